"""The Schemathesis configuration of a run, built from the run settings instead of a TOML file.

Safe for a live API: GET is the only method sent (`unexpected-methods = []`), path ids are pinned to
the known ones (Schemathesis never fuzzes a pinned parameter, not even in negative mode), examples
and time are bounded and every request goes through the rate limiter.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import BaseSchema
from schemathesis.config import SanitizationConfig, SchemathesisConfig

from contract_tests.config import RunConfig
from contract_tests.redaction import CREDENTIAL_HEADERS, REDACTED
from contract_tests.spec import SPEC_PATH
from contract_tests.target import Target

# Checks Schemathesis runs on every generated case. `ignored_auth` is left out here: outside its own
# engine it re-probes every successful case (three extra requests each); the auth tests run it once
# per operation instead. The others cannot apply to two read-only GET operations probed with GET
# only and one identity, so they would only ever "pass" without checking anything.
DISABLED_CHECKS = (
    "ignored_auth",
    "unsupported_method",
    "allow_header_conformance",
    "missing_required_header",
    "use_after_free",
    "ensure_resource_availability",
    "object_level_authorization",
)
# What answers a request the spec allows (seeds 000 / 002 document 200). Schemathesis also accepts
# 3xx, 401, 403, 404 and 409 by default, which would pass a live API that starts refusing a
# documented filter with 403 or 404; the run's credentials and ids are checked before it starts
# (`preflight`), so such an answer is drift. A 429 is the rate limit, not a verdict on the request,
# and a 5xx is `not_a_server_error`'s to report.
POSITIVE_ANSWERS = ("2xx", "429", "5xx")


def rate_limit_setting(requests_per_second: float) -> str:
    """Schemathesis takes an integer count per unit; slower rates are expressed per minute."""
    if requests_per_second >= 1:
        return f"{int(requests_per_second)}/s"
    return f"{max(1, round(requests_per_second * 60))}/m"


def schemathesis_settings(config: RunConfig, target: Target) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "base-url": target.base_url,
        "headers": dict(target.credentials.headers),
        "request-timeout": config.request_timeout,
        "parameters": {
            "path.customerId": target.customer_id,
            "path.id": target.program_id,
        },
        "generation": {
            "max-examples": config.max_examples,
            # No example database on disk, and no shrinking: bounded time on a failing live run.
            "database": "none",
            "no-shrink": True,
            # Credentials come from the run; a generated `Authorization` next to them would make
            # the request ambiguous (and is not what a client sends).
            "with-security-parameters": False,
        },
        "phases": {
            "coverage": {"unexpected-methods": []},
            "stateful": {"enabled": False},
        },
        "checks": {
            **{name: {"enabled": False} for name in DISABLED_CHECKS},
            "positive_data_acceptance": {"expected-statuses": list(POSITIVE_ANSWERS)},
        },
        "suppress-health-check": ["all"],
        "output": {
            "sanitization": {
                "keys-to-sanitize": sorted(
                    {*SanitizationConfig().keys_to_sanitize, *CREDENTIAL_HEADERS}
                ),
                "replacement": REDACTED,
            },
            "truncation": {"max-recorded-payload-size": config.cassette_body_bytes},
        },
    }
    if config.rate_limit:
        settings["rate-limit"] = rate_limit_setting(config.rate_limit)
    if config.seed is not None:
        settings["seed"] = config.seed
    return settings


def load_schema(config: RunConfig, target: Target) -> BaseSchema:
    st_config = SchemathesisConfig.from_dict(schemathesis_settings(config, target))
    return schemathesis.openapi.from_path(SPEC_PATH, config=st_config)
