"""Scalar query parameters, typed and validated against the operation's parameter schemas.

The spec's parameter schemas carry exactly the constraints Voucherify documents (enums, bounds,
patterns, formats), so they are the authority here: a new enum value needs no mock change. Where
the documentation is silent the permissive reading wins: an empty value of a string parameter
without an enum or a format (`starting_after_id`, `campaign_id`, the string-or-null `cursor`) is
no value at all. Semantics (what a parameter *does*) live in the endpoints; `unimplemented` lists
spec parameters the mock accepts but does not act on (a test keeps it empty).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema.exceptions import best_match

from ..spec import Spec
from .errors import ApiError, invalid_query

MAX_DETAILS = 300
# Any integer that int() reads: its own digit limit guards against absurd inputs, and a
# tighter one would refuse values that the spec allows (an unbounded integer, e.g. a filter's
# day count), which Schemathesis rightly reports.
INTEGER = re.compile(rf"[+-]?\d{{1,{sys.get_int_max_str_digits() or 4300}}}", re.ASCII)


class ScalarParams:
    """The non-deepObject query parameters of one operation."""

    def __init__(self, spec: Spec, operation_id: str, implemented: frozenset[str]) -> None:
        parameters = spec.parameters(operation_id, "query")
        self.schemas: dict[str, Mapping[str, Any]] = {
            name: spec.resolve(parameter.get("schema", {}))
            for name, parameter in parameters.items()
            if parameter.get("style") != "deepObject"
        }
        self.names = frozenset(self.schemas)
        self._empty_is_absent = frozenset(
            name for name, schema in self.schemas.items() if _free_string(schema)
        )
        self.unimplemented = self.names - implemented
        self._validators = {
            name: spec.validator(parameters[name].get("schema", {})) for name in self.schemas
        }

    def default(self, name: str) -> Any:
        return self.schemas.get(name, {}).get("default")

    def parse(
        self,
        pairs: list[tuple[str, str]],
        errors: Mapping[str, Callable[[str], ApiError]] | None = None,
    ) -> dict[str, Any]:
        """Typed values of the parameters present; anything invalid raises a 400 `ApiError`.

        `errors` picks the error kind per parameter (default `invalid_query_params`).
        """
        # A parameter given twice: the docs are silent, so the last value wins (as in most web
        # frameworks), in first-seen order. Unknown parameters are ignored, as the live API does.
        given = {name: text for name, text in pairs if name in self.names}
        values: dict[str, Any] = {}
        for name, text in given.items():
            if text == "" and name in self._empty_is_absent:
                continue
            make_error = (errors or {}).get(name, invalid_query)
            value = _coerce(name, text, self.schemas[name], make_error)
            problem = best_match(self._validators[name].iter_errors(value))
            if problem is not None:
                raise _shorten(make_error(f"{name}: {problem.message}"))
            values[name] = value
        return values


def _free_string(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "string" and "enum" not in schema and "format" not in schema


def _coerce(
    name: str, text: str, schema: Mapping[str, Any], make_error: Callable[[str], ApiError]
) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        if not INTEGER.fullmatch(text):
            raise _shorten(make_error(f"{name}: {text!r} is not an integer"))
        return int(text)
    if kind == "number":
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise _shorten(make_error(f"{name}: {text!r} is not a number"))
        return number
    if kind == "boolean":
        if text not in ("true", "false"):
            raise _shorten(make_error(f"{name}: {text!r} is not true or false"))
        return text == "true"
    return text


def _shorten(error: ApiError) -> ApiError:
    if len(error.details) > MAX_DETAILS:
        error.details = error.details[: MAX_DETAILS - 1] + "…"
    return error
