"""`parses_with_client`: every 2xx body parses with the generated client, documented types typed.

The client keeps an undocumented event type in its `Unknown…Activity` fallback instead of failing
the page; a *documented* type landing there means the client and the spec disagree (or the payload
of a known type is malformed and the client swallowed it)."""

from __future__ import annotations

from typing import Any

from contract_tests.spec import Feed


def client_parse_problems(feed: Feed, body: Any, documented: frozenset[str]) -> list[str]:
    """Parse as the client's users do with `validate=True`: the page, then every payload."""
    from voucherify_activity import load_payloads, models

    if feed is Feed.CUSTOMER:
        page_model: Any = models.CustomerActivityList
        fallback: type = models.UnknownCustomerActivity
    else:
        page_model = models.ProgramActivityList
        fallback = models.UnknownProgramActivity
    try:
        page = page_model.from_dict(body)
        # Payloads are parsed lazily by default; a broken one must fail here, not in user code.
        load_payloads(page)
    except Exception as exc:  # any failure to parse is the finding, whatever its type
        return [f"{page_model.__name__}.from_dict raised {type(exc).__name__}: {exc}"]
    problems = []
    for item in page.data:
        item_type = getattr(item, "type_", None)
        if isinstance(item, fallback) and item_type in documented:
            problems.append(
                f"activity {getattr(item, 'id', '?')} of documented type {item_type!r} parsed as "
                f"{fallback.__name__}"
            )
    return problems
