"""Normalisation of recognised temporal expressions to TIMEX3 type and value.

One function per recognition rule reads the rule's named groups and returns a
:class:`Resolution`. Expressions are anchored the way TimeML prescribes:

* absolute   -- the text names the year ("Sept. 3, 1998", "the 1990s");
* publication -- deictic words resolve against the publication date (``doc._.dct``);
* narrative  -- anaphora ("the same year", "a year earlier") resolve against the
  date last mentioned;
* none       -- durations, sets, PRESENT_REF-style references, or nothing to anchor on.

Without a publication date nothing is guessed: values stay underspecified
(``XXXX-11-29``, ``XXXX-WXX-1``), never anchored on the processing date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable

from pipeline.components.timex_calendar import (
    GRAN_RANK, SEASON_START, Point, add_months, end_of, floor, make_day, shift,
    underspecified, value_of,
)

#: Lexicon unit codes -> (calendar granularity, ISO 8601 duration designator).
UNIT_CODES = {
    "S": ("time", "S"), "MIN": ("time", "M"), "H": ("time", "H"), "D": ("day", "D"),
    "W": ("week", "W"), "FN": ("week", "W"), "M": ("month", "M"), "Q": ("quarter", "Q"),
    "Y": ("year", "Y"), "DE": ("decade", "DE"), "CE": ("century", "CE"), "WE": ("weekend", "WE"),
}
_SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
                 "DE": ("Y", 10), "CE": ("Y", 100), "MIN": ("S", 60)}
#: Days around the publication date within which a yearless day is the nearby one.
NEAR_DAYS = 60
#: Units written as multiples of another (decades in years: P20Y, as in TimeBank).
_MULTIPLES = {"DE": (10, "Y"), "CE": (100, "Y"), "FN": (2, "W")}
#: (granularity in focus, granularity asked for) -> the unknown rest of the value.
_UNKNOWN_INSIDE = {("month", "day"): "-XX", ("year", "month"): "-XX", ("year", "day"): "-XX-XX"}
_ANAPHORIC = {"same", "that", "the same"}
_YEAR_BEFORE = {"year-earlier", "year-ago", "year earlier", "prior-year", "comparable",
                "corresponding", "year-before"}


@dataclass
class Resolution:
    """Normalised attributes of one expression; ``point`` is the calendar unit it denotes."""

    type: str
    value: str
    granularity: str | None
    anchor: str
    point: Point | None = None


@dataclass
class Context:
    """What relative expressions resolve against while a document is read left to right.

    Attributes:
        dct: publication date, or None.
        ref: the date last mentioned (absolute or publication-anchored), or None.
        tense: maps a character offset to "past", "future" or None.
        day_first: read 3/9/2024 as 3 September.
        lex: the timex lexicon.
    """

    dct: dt.date | None
    ref: Point | None
    tense: Callable[[int], str | None]
    day_first: bool
    lex: dict


# -- small readers ----------------------------------------------------------------------
def _key(word: str | None) -> str:
    """Lexicon key of a matched word: lower case, no trailing dot, single spaces."""
    return re.sub(r"\s+", " ", (word or "").lower().rstrip(".")).strip()


def parse_number(text: str, lex: dict) -> float | None:
    """Numeric value of "18", "2.5", "5 1/2", "twenty-four", "a couple of"; None if vague."""
    key = _key(text)
    if key in lex["numbers"]:
        return lex["numbers"][key]
    whole = re.fullmatch(r"(\d+(?:\.\d+)?)(\s+1/2)?", key)
    if whole:
        return float(whole.group(1)) + (0.5 if whole.group(2) else 0)
    total = 0.0
    for word in re.split(r"[\s-]+", key):
        if word not in lex["numbers"]:
            return None
        value = lex["numbers"][word]
        total = max(total, 1) * value if value in (100, 1000) else total + value
    return total or None


def _month(groups: dict, lex: dict, name: str = "month") -> int:
    """Month number of a full or abbreviated month name."""
    key = _key(groups[name])
    return lex["months"].get(key) or lex["month_abbreviations"][key]


def _year(text: str) -> int:
    """A four-digit or apostrophe two-digit year ("'89" -> 1989, "'05" -> 2005)."""
    year = int(text)
    if year < 100:
        year += 1900 if year >= 30 else 2000
    return year


def _unit(groups: dict, lex: dict, name: str = "unit") -> str:
    """Lexicon unit code (D, W, M, Q, Y, ...) of the matched unit word."""
    return lex["units"][_key(groups[name])]


# -- anchoring ----------------------------------------------------------------------------
def choose(candidates: list[Point], ctx: Context, mode: str | None, start: int,
           yearly_day: bool = False) -> Point:
    """Pick the occurrence of a yearless unit (a weekday, "March", "the third quarter").

    ``mode`` is "last"/"next" (strictly before/after the publication unit) or None,
    in which case the tense of the governing verb decides: past -> the latest one
    started by the publication date, future -> the first one not yet over,
    unknown -> the nearest.
    A ``yearly_day`` ("Nov. 16") within :data:`NEAR_DAYS` of the publication date is
    taken as that nearby one whatever the tense: "was extended to Nov. 16" in late
    October means the coming one, not one eleven months ago.
    """
    dct = ctx.dct
    here = floor(dct, candidates[0].gran).start
    nearest = min(candidates, key=lambda c: (_distance(c, dct), c.start))
    if mode is None:
        mode = ctx.tense(start)
        if yearly_day and _distance(nearest, dct) <= NEAR_DAYS:
            mode = None
    if mode == "last":
        return max((c for c in candidates if c.start < here), default=nearest)
    if mode == "next":
        return min((c for c in candidates if c.start > here), default=nearest)
    if mode == "past":
        return max((c for c in candidates if c.start <= dct), default=nearest)
    if mode == "future":
        return min((c for c in candidates if end_of(c) >= dct), default=nearest)
    return nearest


def _distance(point: Point, day: dt.date) -> int:
    """Days between ``day`` and the unit (0 inside it)."""
    if day < point.start:
        return (point.start - day).days
    return max(0, (day - end_of(point)).days)


def _mode(rel: str | None, ctx: Context) -> str | None:
    """Map a relative modifier ("last", "coming", "this") to a :func:`choose` mode."""
    shift_by = ctx.lex["relative_shift"].get(_key(rel))
    return None if shift_by is None else {-1: "last", 0: "this", 1: "next"}[shift_by]


def _offset(rel: str | None, ctx: Context) -> int:
    """-1, 0 or +1 for last/this/next style modifiers (0 when there is none)."""
    return ctx.lex["relative_shift"].get(_key(rel), 0)


def _yearly(build: Callable[[int], Point | None], ctx: Context, mode: str | None,
            start: int) -> Point | None:
    """Resolve a unit that recurs every year, built by ``build(year)`` ("this": the publication year's)."""
    if mode == "this":
        return build(ctx.dct.year)
    candidates = [p for p in (build(y) for y in range(ctx.dct.year - 2, ctx.dct.year + 2)) if p]
    if not candidates:
        return None
    return choose(candidates, ctx, mode, start, yearly_day=candidates[0].gran == "day")


def _date(point: Point | None, anchor: str, gran: str | None = None) -> Resolution | None:
    """A DATE resolution for a point (None when the point does not exist)."""
    if point is None:
        return None
    return Resolution("DATE", value_of(point), gran or point.gran, anchor, point)


def _vague_date(gran: str, template: str = "") -> Resolution:
    """An underspecified DATE (no publication date to anchor on)."""
    return Resolution("DATE", template or underspecified(gran), gran, "none")


def _deictic(gran: str, offset: int, ctx: Context, unit: str | None = None) -> Resolution:
    """The unit ``offset`` units of ``unit`` away from the publication date's unit."""
    if ctx.dct is None:
        return _vague_date(gran)
    return _date(shift(floor(ctx.dct, gran), offset, unit or gran), "publication")


def _anaphoric(gran: str, offset: int, ctx: Context, unit: str | None = None) -> Resolution:
    """The unit ``offset`` units from the date last mentioned (else the publication date).

    A day or month inside a coarser date in focus is that date with the rest unknown:
    "last October ... that same day" is ``1998-10-XX``, not the publication day.
    """
    if ctx.ref is None:
        return _deictic(gran, offset, ctx, unit)
    if GRAN_RANK[ctx.ref.gran] > GRAN_RANK[gran]:
        suffix = _UNKNOWN_INSIDE.get((ctx.ref.gran, gran))
        if suffix is None:
            return _deictic(gran, offset, ctx, unit)
        return Resolution("DATE", value_of(ctx.ref) + suffix, gran, "narrative")
    return _date(shift(floor(ctx.ref.start, gran), offset, unit or gran), "narrative")


# -- rule normalisers ---------------------------------------------------------------------
def iso_date(g: dict, ctx: Context, start: int) -> Resolution | None:
    """2024-08-30 (optionally with a clock time)."""
    res = _date(make_day(int(g["year"]), int(g["month"]), int(g["day"])), "absolute")
    if res and g["hour"]:
        res = _at_time(res, f"{g['hour']}:{g['minute']}")
    return res


def numeric_date(g: dict, ctx: Context, start: int) -> Resolution | None:
    """3/9/2024, month first unless the component is configured ``day_first``."""
    first, second = int(g["a"]), int(g["b"])
    day, month = (first, second) if ctx.day_first else (second, first)
    return _date(make_day(_year(g["year"]), month, day), "absolute")


def month_day(g: dict, ctx: Context, start: int) -> Resolution | None:
    """September 3[, 2024], 3 September, Monday, Sept. 3: yearless ones by tense."""
    month, day = _month(g, ctx.lex), int(re.match(r"\d+", g["day"]).group())
    if g["year"]:
        return _date(make_day(int(g["year"]), month, day), "absolute")
    if ctx.dct is None:
        return _vague_date("day", f"XXXX-{month:02d}-{day:02d}") if make_day(2000, month, day) else None
    return _date(_yearly(lambda y: make_day(y, month, day), ctx, None, start), "publication")


def month_year(g: dict, ctx: Context, start: int) -> Resolution | None:
    """September 2024, January nineteen ninety-seven."""
    return _date(Point("month", dt.date(_year_number(g["year"], ctx.lex), _month(g, ctx.lex), 1)), "absolute")


def month(g: dict, ctx: Context, start: int) -> Resolution | None:
    """A month name alone: "last November", "in March", "that May"."""
    number = _month(g, ctx.lex)
    if g["yrel"]:
        year_res = relative_unit({"rel": g["yrel"], "unit": "year"}, ctx, start)
        if year_res.point is None:
            return _vague_date("month", f"XXXX-{number:02d}")
        return _date(Point("month", dt.date(year_res.point.start.year, number, 1)), year_res.anchor)
    if _key(g["rel"]) in _ANAPHORIC and ctx.ref is not None:
        return _date(Point("month", dt.date(ctx.ref.start.year, number, 1)), "narrative")
    if ctx.dct is None:
        return _vague_date("month", f"XXXX-{number:02d}")
    return _date(_yearly(lambda y: Point("month", dt.date(y, number, 1)), ctx, _mode(g["rel"], ctx), start),
                 "publication")


def holiday(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Fixed-date and nth-weekday holidays ("Christmas", "last Thanksgiving")."""
    rule = ctx.lex["holidays"][_key(g["holiday"])]
    build = (lambda y: make_day(y, *rule)) if isinstance(rule, list) else _nth_weekday(rule)
    if g["year"]:
        return _date(build(int(g["year"])), "absolute")
    if ctx.dct is None:
        return _vague_date("day")
    return _date(_yearly(build, ctx, _mode(g["rel"], ctx), start), "publication")


def _nth_weekday(rule: str) -> Callable[[int], Point]:
    """Builder for "month-n-weekday" holiday rules (n = -1: the last one)."""
    month_no, nth, weekday = (int(x) for x in re.fullmatch(r"(\d+)-(-?\d+)-(\d+)", rule).groups())

    def build(year: int) -> Point:
        first = dt.date(year, month_no, 1)
        if nth > 0:
            day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        else:
            last = add_months(first, 1) - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
        return Point("day", day)
    return build


def decade(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The 1990s, the '90s, the mid-1980s."""
    century = int(g["cent"]) if g["cent"] else 19
    digit = ctx.lex["decade_words"][_key(g["decword"])] if g["decword"] else int(g["dec"] or g["dec2"])
    return _date(Point("decade", dt.date(century * 100 + digit * 10, 1, 1)), "absolute")


def century(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The 20th century, the nineteenth century, this century."""
    if g["ordnum"] or g["ord"]:
        number = int(g["ordnum"]) if g["ordnum"] else ctx.lex["ordinals"][_key(g["ord"])]
        return _date(Point("century", dt.date(max(1, (number - 1) * 100), 1, 1)), "absolute")
    return _deictic("century", _offset(g["rel"], ctx), ctx)


def year(g: dict, ctx: Context, start: int) -> Resolution | None:
    """1998, fiscal 1989, '89, the year two thousand."""
    number = _spoken_year(g["year3"], ctx.lex) if g["year3"] else _year(g["year"] or g["year2"])
    return _date(Point("year", dt.date(number, 1, 1)), "absolute")


def _year_number(text: str, lex: dict) -> int:
    """A year written in digits ("1997") or words ("nineteen ninety-seven")."""
    return int(text) if text.isdigit() else _spoken_year(text, lex)


def _spoken_year(text: str, lex: dict) -> int:
    """1996 from "nineteen ninety-six", 2003 from "two thousand and three"."""
    words = re.split(r"[\s-]+", _key(text))
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + int(parse_number(" ".join(rest), lex) or 0) if rest else 2000
    return lex["numbers"][words[0]] * 100 + int(parse_number(" ".join(words[1:]), lex) or 0) % 100


def season(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Summer 1998, last fall, this winter, the spring, the winter of nineteen ninety-four."""
    first = SEASON_START[ctx.lex["seasons"][_key(g["season"])]]
    if g["year"]:
        return _date(Point("season", dt.date(_year_number(g["year"], ctx.lex), first, 1)), "absolute")
    if _key(g["rel"]) in _ANAPHORIC and ctx.ref is not None:
        return _date(Point("season", dt.date(ctx.ref.start.year, first, 1)), "narrative")
    if ctx.dct is None:
        return _vague_date("season")
    return _date(_yearly(lambda y: Point("season", dt.date(y, first, 1)), ctx, _mode(g["rel"], ctx), start),
                 "publication")


def quarter(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Fiscal quarters: "the third quarter", "third-quarter", "the year-earlier period".

    A numbered quarter without a year is the publication year's, or last year's if it
    has not begun and nothing says it is ahead ("the fourth quarter" in January);
    an unnumbered one is the quarter in focus; "fourth quarters" is every fourth quarter.
    """
    rel, year_text = _key(g["rel"]), g["year"] or g["year2"]
    number = _quarter_number(g["ord"], ctx)
    if g["yrel"] or g["yrel2"]:
        rel = _key(g["yrel"] or g["yrel2"])
    if rel in _YEAR_BEFORE:
        return _year_before(ctx, ("quarter",), "quarter", -5)
    if year_text:
        if number is None:
            return _date(Point("year", dt.date(int(year_text), 1, 1)), "absolute")
        return _date(Point("quarter", dt.date(int(year_text), 3 * number - 2, 1)), "absolute")
    if g["ord"]:
        if g["plural"] and not rel:
            return Resolution("SET", f"XXXX-Q{number}", "quarter", "none")
        if ctx.dct is None:
            return _vague_date("quarter", f"XXXX-Q{number}")
        year_no = ctx.dct.year + _offset(rel, ctx)
        point = Point("quarter", dt.date(year_no, 3 * number - 2, 1))
        if not rel and point.start > ctx.dct and ctx.tense(start) != "future":
            point = Point("quarter", dt.date(year_no - 1, 3 * number - 2, 1))
        return _date(point, "publication")
    if rel in _ANAPHORIC or not rel:
        if ctx.ref is not None and ctx.ref.gran == "quarter":
            return _date(ctx.ref, "narrative")
        return _deictic("quarter", -1, ctx)
    return _deictic("quarter", _offset(rel, ctx), ctx)


def _quarter_number(ordinal: str | None, ctx: Context) -> int | None:
    """1-4 from "third"/"3rd"/"final"; else the number of the quarter in focus, if any."""
    if ordinal:
        return min(4, ctx.lex["ordinals"][_key(ordinal)])
    if ctx.ref is not None and ctx.ref.gran == "quarter":
        return (ctx.ref.start.month - 1) // 3 + 1
    return None


def half(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The first half (of 1990 / of next year); the second or last half."""
    number = 1 if _key(g["ord"]) in ("first", "1st") else 2
    if g["year"]:
        return _date(Point("half", dt.date(int(g["year"]), 6 * number - 5, 1)), "absolute")
    if ctx.dct is None:
        return _vague_date("half", f"XXXX-H{number}")
    year_no = ctx.dct.year + _offset(g["yrel"] or g["rel"], ctx)
    return _date(Point("half", dt.date(year_no, 6 * number - 5, 1)), "publication")


def weekday(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Monday, last Friday, late Tuesday, Wednesday morning; "Mondays", "Friday nights" are SETs.

    "Friday night" is the day alone: "night" after a weekday spans the evening and
    the night (TEV or TNI), so only the day is certain.
    """
    number = ctx.lex["weekdays"][_key(g["wday"])]
    part = _daypart(g, ctx.lex)
    if g["plural"] or g.get("dplural"):
        return Resolution("SET", f"XXXX-WXX-{number}{part}", "day", "none")
    if _key(g.get("daypart")) in ctx.lex["weekday_vague_day_parts"]:
        part = ""
    if ctx.dct is None:
        return _with_part(_vague_date("day", f"XXXX-WXX-{number}"), part)
    here = floor(ctx.dct, "week").start
    days = [Point("day", here + dt.timedelta(days=7 * k + number - 1)) for k in (-2, -1, 0, 1, 2)]
    mode = _mode(g["rel"], ctx)
    if mode == "this":
        mode = None
    return _with_part(_date(choose(days, ctx, mode, start), "publication"), part)


def _daypart(g: dict, lex: dict) -> str:
    """"TNI"-style suffix for a part of the day, or ''."""
    return f"T{lex['day_parts'][_key(g['daypart'])]}" if g.get("daypart") else ""


def _with_part(res: Resolution | None, part: str) -> Resolution | None:
    """Add a part-of-day suffix: the expression becomes a TIME."""
    if res is None or not part:
        return res
    return Resolution("TIME", res.value + part, "time", res.anchor, res.point)


def _at_time(res: Resolution, clock: str) -> Resolution:
    """Add a clock time to a day resolution."""
    return Resolution("TIME", f"{res.value}T{clock}", "time", res.anchor, res.point)


def deictic_day(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Today, yesterday, tomorrow, tonight (+ morning/evening ...)."""
    key = _key(g["dword"])
    part = _daypart(g, ctx.lex) or ("TNI" if key == "tonight" else "")
    return _with_part(_deictic("day", ctx.lex["deictic_days"][key], ctx), part)


def _day_of(g: dict, ctx: Context, start: int) -> Resolution:
    """The day a time or part of day belongs to: named in the match, else the day in focus."""
    if g.get("wday2"):
        return weekday({"wday": g["wday2"], "rel": None, "plural": None}, ctx, start)
    if g.get("dword"):
        return deictic_day({"dword": g["dword"]}, ctx, start)
    if g.get("month2"):
        return month_day({"month": g["month2"], "day": g["day2"], "year": None}, ctx, start)
    if ctx.ref is not None and ctx.ref.gran == "day":
        return _date(ctx.ref, "narrative")
    return _deictic("day", 0, ctx)


def day_part(g: dict, ctx: Context, start: int) -> Resolution | None:
    """This morning, last night, that evening, the afternoon of Sept. 3."""
    rel = _key(g.get("rel"))
    if g["wday2"] or g["dword"] or g["month2"]:
        day = _day_of(g, ctx, start)
    elif rel in ("yesterday", "tomorrow"):
        day = _deictic("day", ctx.lex["deictic_days"][rel], ctx)
    elif rel == "last":
        day = _deictic("day", -1, ctx)
    elif rel == "this":
        day = _deictic("day", 0, ctx)
    else:
        day = _day_of(g, ctx, start)
    return _with_part(day, _daypart(g, ctx.lex))


def day_next_to(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The day before last Tuesday, the day after Jan. 1: one day off the day named."""
    if g["wday2"]:
        day = weekday({"wday": g["wday2"], "rel": g["rel"], "plural": None}, ctx, start)
    else:
        day = _day_of(g, ctx, start)
    if day is None or day.point is None:
        return None
    return _date(shift(day.point, 1 if _key(g["dir"]) == "after" else -1, "day"), day.anchor)


def week_of(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The week of March 6: the week containing that day."""
    day = month_day({**g, "part": None, "wday": None}, ctx, start)
    if day is None or day.point is None:
        return None
    return _date(floor(day.point.start, "week"), day.anchor)


def relative_unit(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Last week, this year, the following month, the same day, the past year.

    "the past year" without a number is, as in TimeBank, the previous calendar year
    (a DATE), like "last year"; "the past three years" is a duration (rule ``duration``).
    """
    rel, unit = _key(g["rel"]), _key(g["unit"])
    gran = {"night": "day", "fortnight": "week"}.get(unit, unit)
    if rel in ("previous", "prior", "preceding", "following") or (rel == "next" and unit in ("day", "night")):
        res = _anaphoric(gran, -1 if rel != "following" and rel != "next" else 1, ctx)
    elif rel in _ANAPHORIC:
        res = _anaphoric(gran, 0, ctx)
    else:
        res = _deictic(gran, _offset(rel, ctx), ctx)
    return _with_part(res, "TNI" if unit == "night" else "")


def the_unit(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The year, the week: the publication's; the weekend: by tense, else the last one.

    "the year ended Sept. 30" is a fiscal year, a one-year DURATION in TimeML.
    """
    unit = _key(g["unit"])
    if g["ended"]:
        return _duration(1, ctx.lex["units"][unit])
    if unit != "weekend":
        return _deictic(unit, 0, ctx)
    if ctx.dct is None:
        return _vague_date("weekend")
    here = floor(ctx.dct, "weekend")
    weekends = [shift(here, k, "week") for k in (-1, 0, 1)]
    mode = ctx.tense(start) or "past"
    if mode == "past":
        return _date(max(w for w in weekends if w.start <= ctx.dct), "publication")
    return _date(min(w for w in weekends if end_of(w) >= ctx.dct), "publication")


def part_of_unit(g: dict, ctx: Context, start: int) -> Resolution | None:
    """The end of the year, the beginning of the month: the publication unit."""
    return _deictic(_key(g["unit"]), 0, ctx)


def year_earlier(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Year-earlier, the year-ago quarter: the unit in focus, one year back."""
    return _year_before(ctx, ("quarter", "half", "month"), "year", -1)


def _reported(ctx: Context, grans: tuple[str, ...]) -> Point | None:
    """The period in focus if it is one of ``grans`` and begun by publication.

    Comparisons with "a year earlier" are about results of a period that has ended;
    a forecast mentioned in between ("losses through the third quarter of 1990")
    is not what they compare.
    """
    ref = ctx.ref
    if ref is None or ref.gran not in grans or (ctx.dct is not None and ref.start > ctx.dct):
        return None
    return ref


def _year_before(ctx: Context, grans: tuple[str, ...], gran: str, offset: int) -> Resolution:
    """The reported period one year back, else ``offset`` units of ``gran`` from publication.

    Either way the result is anaphoric ("narrative"): it never becomes the period in
    focus itself, or a second "year-ago" would step back another year.
    """
    ref = _reported(ctx, grans)
    if ref is not None:
        return _date(shift(ref, -1, "year"), "narrative")
    res = _deictic(gran, offset, ctx)
    return replace(res, anchor="narrative") if res.point is not None else res


def ago(g: dict, ctx: Context, start: int) -> Resolution | None:
    """A year ago, 18 months ago, two days after, a week or so earlier.

    "ago" counts from the publication date, "earlier"/"after" from the day in focus;
    years count from the publication date (or the fiscal quarter in focus) because
    news compares with "a year earlier" the period being reported, not the last year named.
    """
    sign = 1 if _key(g["dir"]) in ("after", "from now", "hence") else -1
    count = parse_number(g["num"], ctx.lex)
    code = _unit(g, ctx.lex)
    if count is None:
        return Resolution("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", None, "none")
    count, code = _whole(count, code)
    gran, unit, count = _calendar_unit(code, count)
    reported = _reported(ctx, ("quarter",))
    if gran == "year" and reported is not None:
        return _date(shift(reported, sign * count, "year"), "narrative")
    deictic = _key(g["dir"]) in ("ago", "back", "from now", "hence") or gran == "year"
    return (_deictic if deictic else _anaphoric)(gran, sign * count, ctx, unit)


def _calendar_unit(code: str, count: int) -> tuple[str, str, int]:
    """(granularity of the result, unit to shift by, count) for "N units ago"."""
    if code in _MULTIPLES:
        factor, code = _MULTIPLES[code]
        count *= factor
    gran = UNIT_CODES[code][0]
    return ("day", "day", 0) if gran == "time" else (gran, gran, count)


def _whole(count: float, code: str) -> tuple[int, str]:
    """Express a fractional count in a smaller unit (1.5 years -> 18 months)."""
    while count != int(count) and code in _SMALLER_UNIT:
        code, factor = _SMALLER_UNIT[code]
        count *= factor
    return int(round(count)), code


def _duration(count: float | None, code: str) -> Resolution:
    """A DURATION value: P18M, PT3H, P2Y6M (2 1/2 years), P20Y (two decades), PXY (years)."""
    gran, designator = UNIT_CODES[code]
    if count is None:
        return Resolution("DURATION", f"{'PT' if gran == 'time' else 'P'}X{designator}", gran, "none")
    if code in _MULTIPLES:
        factor, code = _MULTIPLES[code]
        count, designator = count * factor, code
    if code not in _SMALLER_UNIT:
        count = round(count)
    whole, rest = int(count), count - int(count)
    body = f"{whole}{designator}" if whole or not rest else ""
    if rest:
        small, factor = _SMALLER_UNIT[code]
        small_gran, small_designator = UNIT_CODES[small]
        separator = "T" if small_gran == "time" and gran != "time" else ""
        body += f"{separator}{round(rest * factor)}{small_designator}"
    return Resolution("DURATION", f"{'PT' if gran == 'time' else 'P'}{body}", gran, "none")


def duration(g: dict, ctx: Context, start: int) -> Resolution | None:
    """18 months, a year and a half, more than a year, the past three months, five-year.

    "in five years" after a future verb ("will be repaid in five years") is the year it
    points to.
    """
    count = parse_number(g["num"], ctx.lex)
    if count is not None and (g["half1"] or g["half2"]):
        count += 0.5
    bare = not (g["the"] or g["rel2"] or g["approx"])
    if g["after_in"] is not None and bare and count is not None and count == int(count) \
            and ctx.tense(start) == "future":
        gran, unit, steps = _calendar_unit(_unit(g, ctx.lex), int(count))
        if gran in ("month", "year"):
            return _deictic(gran, steps, ctx, unit)
    return _duration(count, _unit(g, ctx.lex))


def unit_long(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Day-long, yearlong: one unit."""
    return _duration(1, _unit(g, ctx.lex))


def bare_units(g: dict, ctx: Context, start: int) -> Resolution | None:
    """For years, in recent months: vague durations (PXY, PXM)."""
    return _duration(None, _unit(g, ctx.lex))


def clock(g: dict, ctx: Context, start: int) -> Resolution | None:
    """9 a.m., 10:35 p.m. EST Tuesday, 20:57, 4 in the morning, 11 at night."""
    hour, minute = int(g["hour"]), int(g["minute"] or 0)
    ampm = _key(g.get("ampm")).replace(".", "").replace(" ", "")
    if g.get("dayhalf"):
        ampm = "am" if _key(g["dayhalf"]) == "morning" or _key(g["dayhalf"]) == "night" and hour < 6 else "pm"
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return _at_time(_day_of(g, ctx, start), f"{hour:02d}:{minute:02d}")


def clock_word(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Noon, midnight (Friday)."""
    return _at_time(_day_of(g, ctx, start), ctx.lex["clock_words"][_key(g["clock"])])


def set_expression(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Annually, every Monday, each month, twice a week, $5 a year."""
    lex = ctx.lex
    if g["adverb"]:
        value = lex["set_adverbs"][_key(g["adverb"])]
    elif g["wday"]:
        value = f"XXXX-WXX-{lex['weekdays'][_key(g['wday'])]}"
    elif g["month"]:
        value = f"XXXX-{_month(g, lex):02d}"
    else:
        count = parse_number(g["num"], lex) if g["num"] else 1
        value = _duration(count, _unit(g, lex, next(k for k in ("unit", "unit2", "unit3") if g[k]))).value
    return Resolution("SET", value, None, "none")


def reference(g: dict, ctx: Context, start: int) -> Resolution | None:
    """Now, currently, recently, the future: PRESENT_REF / PAST_REF / FUTURE_REF."""
    return Resolution("DATE", ctx.lex["references"][_key(g["ref"])], None, "none")


#: Rule name -> normaliser.
NORMALISERS: dict[str, Callable[[dict, Context, int], Resolution | None]] = {
    "iso_date": iso_date, "numeric_date": numeric_date, "month_day": month_day,
    "day_month": month_day, "month_year": month_year, "month": month, "holiday": holiday,
    "decade": decade, "century": century, "year": year, "season": season, "quarter": quarter,
    "half": half, "weekday": weekday, "deictic_day": deictic_day, "day_part": day_part,
    "day_part_of": day_part, "day_next_to": day_next_to, "week_of": week_of, "relative_unit": relative_unit, "the_unit": the_unit, "part_of_unit": part_of_unit,
    "year_end": part_of_unit, "year_earlier": year_earlier, "ago": ago, "duration": duration,
    "unit_long": unit_long, "bare_units": bare_units, "clock": clock, "clock24": clock, "clock_word": clock_word,
    "set": set_expression, "reference": reference,
}


def normalise(rule: str, groups: dict, ctx: Context, start: int) -> Resolution | None:
    """Normalise one recognised expression (None: not a usable temporal expression)."""
    return NORMALISERS[rule](groups, ctx, start)
