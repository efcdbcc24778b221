"""Secrets are replaced wherever the run writes them: also URL-encoded, also split across writes."""

from __future__ import annotations

import io
import sys
from urllib.parse import quote_plus

from contract_tests.redaction import Redactor, redacted_output

SECRET = "tok/en+8c1e="
REDACTOR = Redactor({SECRET: "VOUCHERIFY_APP_TOKEN"})


def test_a_secret_is_replaced_as_written_and_as_a_url_carries_it() -> None:
    text = f"a {SECRET} b starting_after_id=tok%2Fen%2B8c1e%3D c {quote_plus(SECRET)}"

    assert REDACTOR.text(text) == (
        "a $VOUCHERIFY_APP_TOKEN b starting_after_id=$VOUCHERIFY_APP_TOKEN c $VOUCHERIFY_APP_TOKEN"
    )


def test_printed_output_is_redacted_even_when_a_secret_is_split_across_writes() -> None:
    out, err = io.StringIO(), io.StringIO()
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        with redacted_output(REDACTOR):
            print("header echoed: tok/e", end="")
            sys.stdout.flush()  # a flush does not let half a line (half a secret) out
            print("n+8c1e= ...")
            print(SECRET, file=sys.stderr, end="")  # a last line without its newline
    finally:
        sys.stdout, sys.stderr = streams

    assert out.getvalue() == "header echoed: $VOUCHERIFY_APP_TOKEN ...\n"
    assert err.getvalue() == "$VOUCHERIFY_APP_TOKEN"
