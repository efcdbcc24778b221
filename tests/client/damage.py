"""Damaged pages for the property tests: odd JSON values put at, or in place of, any path."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

from .fakes import customer_activity, customer_page

# (path, "replace" | "delete" | "add", value): one edit of a page.
Edit = tuple[tuple[Any, ...], str, Any]

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    # orjson (the default path's decoder) reads integers beyond 64 bits as floats; msgspec and
    # the standard library keep them: a difference of the decoders, documented in docs/client.md.
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.sampled_from(["2024-03-05T10:20:30Z", "2024-03-05", "list", "customer.created", "UTC"]),
    st.builds(list),  # new objects each time: an edit may later add a key into one
    st.builds(dict),
)

BASE_PAGE = customer_page(
    [customer_activity(1), customer_activity(2, "CustomerOrderPaidActivity")], has_more=False
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key and index path inside `value`."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from paths(item, (*prefix, index))


BASE_PATHS = list(paths(BASE_PAGE))


def edits(
    among: list[tuple[Any, ...]], actions: tuple[str, ...], most: int
) -> st.SearchStrategy[list[Edit]]:
    return st.lists(
        st.tuples(st.sampled_from(among), st.sampled_from(actions), ODD_VALUES),
        min_size=1,
        max_size=most,
    )


def damaged(edits: list[Edit]) -> dict[str, Any]:
    """BASE_PAGE with `edits` applied in order (an edit whose path is gone is skipped)."""
    page = copy.deepcopy(BASE_PAGE)
    for path, action, value in edits:
        parent: Any = page
        try:
            for step in path[:-1]:
                parent = parent[step]
            target = parent[path[-1]]
            if action == "add" and isinstance(target, dict):
                target["added_key"] = value
            elif action == "delete" and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed or replaced this path
    return page
