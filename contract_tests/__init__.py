"""Nightly contract check for the Voucherify activity feeds.

`python -m contract_tests` runs the pytest + Schemathesis suite in `contract_tests/suite`
against the embedded mock (`contract_tests.mock`) or, when `VOUCHERIFY_BASE_URL` is set, the live
API, and writes `junit.xml`, `cassette.yaml`, `drift-report.md`, `findings.json` and, when the
spec could absorb a finding, `spec.patch` into a report folder (`contract_tests/drift`).
"""
