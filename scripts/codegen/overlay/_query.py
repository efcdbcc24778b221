"""Query-string encoding the generator gets wrong: `style: deepObject` parameters.

The generated endpoint functions call `deep_object_params` for every object-typed query
parameter (an edit of endpoint_macros.py.jinja, scripts/codegen/template_edits.py); the generator
would otherwise hand httpx a nested dict, which it cannot encode.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from .types import Unset


def deep_object_params(name: str, value: Mapping[str, Any]) -> dict[str, str]:
    """Flatten `value` into deepObject query pairs, arrays as indexed keys.

    >>> deep_object_params("filters", {"type": {"conditions": {"$in": ["a", "b"]}}, "junction": "OR"})
    {'filters[type][conditions][$in][0]': 'a', 'filters[type][conditions][$in][1]': 'b', \
'filters[junction]': 'OR'}
    """
    params: dict[str, str] = {}
    _flatten(name, value, params)
    return params


def _flatten(key: str, value: object, params: dict[str, str]) -> None:
    if value is None or isinstance(value, Unset):
        return
    if isinstance(value, Mapping):
        for child, item in value.items():
            _flatten(f"{key}[{child}]", item, params)
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
        for index, item in enumerate(value):
            _flatten(f"{key}[{index}]", item, params)
    else:
        params[key] = _scalar(value)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, int | float | str):
        return str(value)
    raise TypeError(f"cannot encode {type(value).__name__} in a query string")
