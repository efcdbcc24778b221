"""Every Schemathesis internal the contract suite uses, in one place (checked against 4.32.5).

The rest of the suite imports only Schemathesis' public API (`schemathesis.Case`, `.BaseSchema`,
`.check`, `.config`, `.errors`, `.checks`, `schema.hook`...) or this module. Each internal here has
no public counterpart in 4.32.5:

- `engine.recorder.ScenarioRecorder`, `reporting.vcr.VcrWriter`: Schemathesis' own cassette writer.
  Its public `reports.vcr` setting records only the cases of its own pytest tests, not the pages
  our walks and filter checks fetch, which the cassette must hold too.
- `core.failures.Failure` and its `_unique_key`: failures are equal when class, operation and that
  key match, and Schemathesis keeps one of equal failures. A plain `AssertionError` (the public
  way) would name every finding "Custom check failed"; ours carry what went wrong as their title,
  and distinct problems must stay distinct.
- `specs.openapi.checks.*`: the built-in OpenAPI checks, to run a chosen few on our own requests
  (only `not_a_server_error` is public, in `schemathesis.checks`).
- `generation.meta.CoveragePhaseData`, `REQUEST_SHAPE_PROBES`: what a coverage-phase case probes,
  so deliberately malformed requests pass the negative-scope filter untouched.

`tests/contract/test_schemathesis_compat.py` fails, naming the internal, when an upgrade moves one.
"""

from __future__ import annotations

import schemathesis

CHECKED_AGAINST = "4.32.5"

try:
    from schemathesis.core.failures import Failure
    from schemathesis.engine.recorder import ScenarioRecorder
    from schemathesis.generation.meta import REQUEST_SHAPE_PROBES, CoveragePhaseData
    from schemathesis.reporting.vcr import VcrWriter
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        ignored_auth,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )
except ImportError as exc:  # pragma: no cover - only on a Schemathesis upgrade
    raise ImportError(
        f"Schemathesis {schemathesis.__version__} lacks an internal the contract suite uses "
        f"({exc}); they were checked against {CHECKED_AGAINST}: see {__name__}"
    ) from exc


class ContractFailure(Failure):
    """A failure of one of our checks; its title says what went wrong."""

    kind_title = "Contract check failed"

    @property
    def _unique_key(self) -> str:
        # Distinct problems of one check stay distinct findings.
        return self.title


__all__ = [
    "REQUEST_SHAPE_PROBES",
    "ContractFailure",
    "CoveragePhaseData",
    "Failure",
    "ScenarioRecorder",
    "VcrWriter",
    "content_type_conformance",
    "ignored_auth",
    "response_headers_conformance",
    "response_schema_conformance",
    "status_code_conformance",
]
