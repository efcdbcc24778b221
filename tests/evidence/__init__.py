"""Evidence fixtures: realistic activities of every documented type, with the quirks of
Voucherify's published example payloads, written by us (see payloads.py and blocks.py)."""
