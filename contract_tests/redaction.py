"""Keep credentials out of everything the run prints or stores.

Secrets are replaced by the name of the environment variable that holds them
(`$VOUCHERIFY_APP_TOKEN`), so a reproducing command still works when pasted into a shell that has
them set."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TextIO
from urllib.parse import quote, quote_plus

# The headers that carry credentials, and what stands in their place: the client's pickled errors
# blank them, Schemathesis' sanitizer blanks the same in the cassette, whatever their value.
from voucherify_activity.errors import CREDENTIAL_HEADERS, REDACTED

__all__ = ["CREDENTIAL_HEADERS", "REDACTED", "RedactedLines", "Redactor", "redacted_output"]


class Redactor:
    def __init__(self, secrets: Mapping[str, str]) -> None:
        # Each also as a URL carries it (a query value, percent- or plus-encoded); longest
        # first, so a secret containing another is replaced whole.
        spelled = {
            form: f"${name}"
            for value, name in secrets.items()
            if value
            for form in (value, quote(value, safe=""), quote_plus(value))
        }
        self._secrets = sorted(spelled.items(), key=lambda item: len(item[0]), reverse=True)

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


class RedactedLines(io.TextIOBase):
    """Writes whole lines to `target`, redacted: a secret split across two writes is still
    replaced (a partial line waits for its end, or for the stream to close)."""

    def __init__(self, target: TextIO, redactor: Redactor) -> None:
        self._target, self._redactor, self._pending = target, redactor, ""

    def write(self, text: str) -> int:
        lines, newline, self._pending = (self._pending + text).rpartition("\n")
        if newline:
            self._target.write(self._redactor.text(lines + newline))
        return len(text)

    def flush(self) -> None:  # what is written so far, but never half a line
        self._target.flush()

    def close(self) -> None:
        if self._pending:
            self._target.write(self._redactor.text(self._pending))
            self._pending = ""
        self._target.flush()
        super().close()

    def isatty(self) -> bool:  # pytest colours its output for a terminal
        return self._target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # read-only here, as on sys.stdout
        return self._target.encoding


@contextlib.contextmanager
def redacted_output(redactor: Redactor) -> Iterator[None]:
    """sys.stdout and sys.stderr redacted meanwhile: pytest prints a failure's traceback, which
    may quote a response that echoed a credential, or a URL that carried one."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (RedactedLines(stream, redactor) for stream in streams)
    try:
        yield
    finally:
        for wrapped in (sys.stdout, sys.stderr):
            wrapped.close()
        sys.stdout, sys.stderr = streams
