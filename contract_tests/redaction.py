"""Keep credentials out of everything the run prints or stores.

Secrets are replaced by the name of the environment variable that holds them
(`$VOUCHERIFY_APP_TOKEN`), so a reproducing command still works when pasted into a shell that has
them set."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

# Headers Schemathesis' sanitizer blanks in the cassette whatever their value.
CREDENTIAL_HEADERS = ("authorization", "x-app-id", "x-app-token", "x-client-token")


class Redactor:
    def __init__(self, secrets: Mapping[str, str]) -> None:
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted(
            ((value, f"${name}") for value, name in secrets.items() if value),
            key=lambda item: len(item[0]),
            reverse=True,
        )

    def text(self, text: str) -> str:
        for value, placeholder in self._secrets:
            text = text.replace(value, placeholder)
        return text

    def file(self, path: Path) -> None:
        """Rewrite a written artifact in place, in case a secret reached it by another route."""
        original = path.read_text(encoding="utf-8")
        redacted = self.text(original)
        if redacted != original:
            path.write_text(redacted, encoding="utf-8")
