"""The Python examples of README.md, docs/client.md and the package's README run as written,
against the embedded mock.

Each ```python block is executed with the client pointed at the mock: `VoucherifyActivityClient`
becomes a subclass that sends to the mock, with the mock's credentials, whatever cluster, token
or base URL the example names; the documentation's ids become the mock's. A snippet that
continues a larger example gets what that one made or imported (`client`, `datetime`, `UTC`,
`ProgramActivityFilter`). An example about deviations reads a mock whose pages each carry one
(`malformed_known_type`), so it has some to print.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import voucherify_activity
from voucherify_activity import ProgramActivityFilter, VoucherifyActivityClient

from contract_tests.mock import create_app, serve_in_thread
from contract_tests.mock.dataset import APP_ID, APP_TOKEN, BIG_CUSTOMER_ID, BIG_PROGRAM_ID

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "docs/client.md", "generated/voucherify-activity-client/README.md")
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# The documentation's example ids -> the mock's (an unknown one, `cust_unknown`, stays: a 404).
MOCK_IDS = {
    f'"{documented}"': f'"{mock_id}"'
    for documented, mock_id in (
        ("cust_nk0N1uNQ1YnupAoJGOgvsODC", BIG_CUSTOMER_ID),
        ("cust_123", BIG_CUSTOMER_ID),
        ("lprg_0f8d3a8c1e2b4a5d", BIG_PROGRAM_ID),
        ("lprg_0f8d", BIG_PROGRAM_ID),
    )
}
CONNECTION = ("app_id", "app_token", "bearer_token", "cluster", "base_url")


def examples() -> list[Any]:
    found = []
    for doc in DOCS:
        text = (ROOT / doc).read_text(encoding="utf-8")
        for block in BLOCK.finditer(text):
            line = text.count("\n", 0, block.start()) + 2  # the block's first line of code
            found.append(pytest.param(doc, line, block.group(1), id=f"{doc}:{line}"))
    return found


@pytest.fixture(scope="module")
def mock_urls() -> Iterator[dict[str, str]]:
    with (
        serve_in_thread(create_app()) as clean,
        serve_in_thread(create_app(faults=frozenset({"malformed_known_type"}))) as deviating,
    ):
        yield {"clean": clean, "deviating": deviating}


def client_class(mock_url: str) -> type[VoucherifyActivityClient]:
    class ToTheMock(VoucherifyActivityClient):
        def __init__(self, **options: Any) -> None:
            for name in CONNECTION:
                options.pop(name, None)
            super().__init__(app_id=APP_ID, app_token=APP_TOKEN, base_url=mock_url, **options)

    return ToTheMock


@pytest.mark.parametrize(("doc", "line", "source"), examples())
def test_the_example_runs(
    doc: str,
    line: int,
    source: str,
    mock_urls: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for documented, mock_id in MOCK_IDS.items():
        source = source.replace(documented, mock_id)
    about_deviations = "deviations" in source
    client_type = client_class(mock_urls["deviating" if about_deviations else "clean"])
    monkeypatch.setattr(voucherify_activity, "VoucherifyActivityClient", client_type)
    namespace: dict[str, Any] = {
        "__name__": "doc_example",
        "datetime": datetime,
        "UTC": UTC,
        "ProgramActivityFilter": ProgramActivityFilter,
    }
    with client_type() as client:
        namespace["client"] = client
        # Padded so that a traceback names the documentation's own line.
        exec(compile("\n" * (line - 1) + source, doc, "exec"), namespace)
    printed = capsys.readouterr().out
    if "print(" in source:
        assert printed.strip(), "the example printed nothing"
    if "errors.NotFoundError" in source:
        assert re.search(r"^404 not_found ", printed, re.MULTILINE), printed
    if about_deviations:  # each page of that mock has one: a customer missing from its event
        assert "data.data.customer" in printed, printed


def test_every_documentation_file_has_examples() -> None:
    # A renamed file or a changed fence must not quietly leave nothing to run.
    found = {param.values[0] for param in examples()}
    assert found == set(DOCS)
