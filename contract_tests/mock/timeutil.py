"""Instants as integers (epoch microseconds) and their ISO 8601 text forms.

The mock compares instants as integers: cheap, exact at the millisecond precision of the data and
free of naive/aware datetime mix-ups. Parsing is strict RFC 3339 plus the common ISO 8601 variants
(`+0100` offsets, lower-case `t`/`z`, a space separator); anything else is the caller's 400.
"""

from __future__ import annotations

import functools
import re
import time
from datetime import UTC, datetime, timedelta

US_PER_MS = 1_000
MS_PER_DAY = 86_400_000
US_PER_DAY = 86_400 * 1_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_US = timedelta(microseconds=1)

_INSTANT = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))",
    re.ASCII,
)


class InvalidInstant(ValueError):
    """Not an ISO 8601 date-time with a time zone designator."""


def parse_instant(text: str) -> int:
    """Epoch microseconds of an ISO 8601 date-time such as `2023-12-22T10:13:06.487Z`.

    The offset is applied to the integer, not to a datetime: a valid date-time whose UTC instant
    lies outside `datetime`'s years 1-9999 (`0001-01-01T00:07:49+21:06`) is still an instant.
    """
    match = _INSTANT.fullmatch(text)
    if match is None:
        raise InvalidInstant(f"{text!r} is not an ISO 8601 date-time with a time zone")
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    try:
        local = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0")[:6].ljust(6, "0")),
        )
    except ValueError as exc:
        raise InvalidInstant(f"{text!r} is not a valid date-time ({exc})") from exc
    epoch_us = (local - _EPOCH_NAIVE) // _US
    if zulu:
        return epoch_us
    offset_us = (int(off_h) * 60 + int(off_m)) * 60_000_000
    if offset_us >= US_PER_DAY:
        raise InvalidInstant(f"{text!r} has an impossible UTC offset")
    return epoch_us - offset_us if sign == "+" else epoch_us + offset_us


def from_datetime(moment: datetime) -> int:
    """Epoch microseconds of an aware datetime (naive ones are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // _US


def iso_from_ms(epoch_ms: int) -> str:
    """`2023-12-22T10:13:06.487Z` form, as Voucherify writes timestamps."""
    days, in_day = divmod(epoch_ms, MS_PER_DAY)
    seconds, millis = divmod(in_day, 1000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return f"{_day(days)}T{hour:02d}:{minute:02d}:{second:02d}.{millis:03d}Z"


@functools.lru_cache(maxsize=8192)
def _day(epoch_days: int) -> str:
    # The dataset formats ~100,000 timestamps over a few thousand days: cache the date part.
    return time.strftime("%Y-%m-%d", time.gmtime(epoch_days * 86_400))


def iso_from_us(epoch_us: int) -> str:
    return iso_from_ms(epoch_us // US_PER_MS)


def ms_of(year: int, month: int, day: int) -> int:
    """Epoch milliseconds of midnight UTC on a date (dataset time ranges)."""
    return from_datetime(datetime(year, month, day, tzinfo=UTC)) // US_PER_MS


def utc_now() -> datetime:
    return datetime.now(UTC)
