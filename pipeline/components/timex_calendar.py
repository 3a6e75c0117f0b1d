"""Calendar arithmetic for TIMEX3 values: units, shifts, value strings and intervals.

A resolved date is a :class:`Point`: a calendar unit (its granularity) and the first
day of that unit. Keeping one representation for days, weeks, quarters, seasons,
decades ... lets every rule shift ("a year earlier"), format (``1989-Q3``) and
measure (``date_start``/``date_end``) the same way instead of special-casing strings.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

#: Length of each month-based unit, in months (a season is shifted by whole years).
MONTHS_PER_UNIT = {
    "month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12,
    "decade": 120, "century": 1200,
}
#: Granularities from finest to coarsest.
GRAN_RANK = {g: i for i, g in enumerate(
    ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century"))}
#: Season codes by the month they start in; winter starts in December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {m: code for code, first in SEASON_START.items() for m in range(first, first + 3)}
_SEASON_OF_MONTH.update({1: "WI", 2: "WI"})
_UNDERSPECIFIED = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "season": "XXXX-XX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX",
}


class Point(NamedTuple):
    """A calendar unit: its granularity and its first day."""

    gran: str
    start: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """First day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def floor(day: dt.date, gran: str) -> Point:
    """The unit of granularity ``gran`` that contains ``day``."""
    if gran == "day":
        return Point(gran, day)
    if gran in ("week", "weekend"):
        monday = day - dt.timedelta(days=day.weekday())
        return Point(gran, monday + dt.timedelta(days=5 if gran == "weekend" else 0))
    if gran == "season":
        first = SEASON_START[_SEASON_OF_MONTH[day.month]]
        year = day.year - 1 if day.month < first else day.year
        return Point(gran, dt.date(year, first, 1))
    if gran in ("decade", "century"):
        span = MONTHS_PER_UNIT[gran] // 12
        return Point(gran, dt.date(day.year - day.year % span, 1, 1))
    months = MONTHS_PER_UNIT[gran]
    return Point(gran, dt.date(day.year, day.month - (day.month - 1) % months, 1))


def shift(point: Point, count: int, unit: str) -> Point:
    """``point`` moved by ``count`` units of ``unit``, kept at its own granularity."""
    if unit == "day":
        day = point.start + dt.timedelta(days=count)
    elif unit in ("week", "weekend"):
        day = point.start + dt.timedelta(weeks=count)
    else:
        day = add_months(point.start, count * MONTHS_PER_UNIT[unit]).replace(day=1)
        if point.gran in ("day", "week", "weekend"):
            day = _same_day_in_month(point.start, day)
    return floor(day, point.gran)


def _same_day_in_month(original: dt.date, month_start: dt.date) -> dt.date:
    """``original``'s day of month in the month of ``month_start`` (clipped to its length)."""
    last = (add_months(month_start, 1) - dt.timedelta(days=1)).day
    return month_start.replace(day=min(original.day, last))


def end_of(point: Point) -> dt.date:
    """Last day of the unit."""
    if point.gran == "day":
        return point.start
    if point.gran in ("week", "weekend"):
        return point.start + dt.timedelta(days=6 if point.gran == "week" else 1)
    months = 3 if point.gran == "season" else MONTHS_PER_UNIT[point.gran]
    return add_months(point.start, months) - dt.timedelta(days=1)


def value_of(point: Point) -> str:
    """TIMEX3 value string of a point (``2024-09-02``, ``2024-W36``, ``199`` ...)."""
    start = point.start
    if point.gran == "day":
        return start.isoformat()
    if point.gran in ("week", "weekend"):
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if point.gran == "weekend" else "")
    if point.gran == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if point.gran == "season":
        return f"{start.year:04d}-{_SEASON_OF_MONTH[start.month]}"
    if point.gran == "quarter":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if point.gran == "half":
        return f"{start.year:04d}-H{(start.month - 1) // 6 + 1}"
    if point.gran == "year":
        return f"{start.year:04d}"
    if point.gran == "decade":
        return f"{start.year // 10:03d}"
    return f"{start.year // 100:02d}"


def underspecified(gran: str) -> str:
    """The TIMEX3 value of a unit of ``gran`` whose place in time is unknown."""
    return _UNDERSPECIFIED.get(gran, "XXXX-XX-XX")


def make_day(year: int, month: int, day: int) -> Point | None:
    """A day point, or None when the date does not exist (``February 30``)."""
    try:
        return Point("day", dt.date(year, month, day))
    except ValueError:
        return None
