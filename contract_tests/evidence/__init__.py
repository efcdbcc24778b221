"""Evidence fixtures: realistic activities of every documented type, with the quirks of
Voucherify's published example payloads, written by us (see payloads.py and blocks.py). The
tests check them (tests/evidence) and the embedded mock serves them (contract_tests/mock)."""
