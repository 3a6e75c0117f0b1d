"""Recognition of temporal expressions: regex rules compiled from the timex lexicon.

Each :class:`Rule` is one compiled regex (case-insensitive) with named groups that
the normaliser reads, plus an optional context check for words that are only
temporal in some contexts ("May", "fall", a bare "1990"). Regexes run over the
whole text in C, which keeps the component far below the cost of the spaCy model;
overlapping candidates are resolved longest-first, as TimeBank annotates the
maximal expression ("late Monday night", "the first nine months").
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.components.typography import plain_apostrophes

LEXICON_PATH = Path(__file__).parent / "data" / "timex_lexicon.json"

#: Characters that may follow a bare year ("in 1990.", "1990, when").
_AFTER_YEAR = re.compile(r"\s*(?:[.,;:!?)\"']|$|\s(?:and|or|to|through|when|with|after|before|as)\b)")
#: What makes a number an amount, not a year ("1990%", "1990-91" stays a year range).
_AMOUNT = re.compile(r"%|\s*percent\b|-\d{1,2}\b(?!-)|\.\d|,\d")
#: A lowercase plural noun after a number ("2000 investors"): a count, not a year.
_COUNTED_NOUN = re.compile(r"\s+[a-z]{2,}[^s\W]s\b")
#: A lowercase word after a year: a noun it modifies ("his 1996 campaign").
_MODIFIED_NOUN = re.compile(r"\s+[a-z]")
#: Groups holding month, weekday and holiday names (proper nouns: capitalised).
_PROPER_NAMES = ("month", "wday", "wday2", "month2", "holiday")
#: Characters of context kept around each trigger word when scanning (longest prefix/suffix).
WINDOW = 60
#: A set adverb used attributively ("quarterly dividend", "daily newspaper") is no timex.
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|but|in|on|at|for|to|from|with|by|as|since|until|than|"
                          r"over|during|through|after|before|while|because|the|a|an|is|are|was|were|"
                          r"outside|inside|near|basis|ever|anyway)\b)[a-z]")
#: A capitalised word just before a number: part of a name ("Vega 1990", "Windows 2000").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
_PREV_WORD = re.compile(r"([\w'’$%]+)\W*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\W*)$")
#: A capitalised word (a common temporal word written so is part of a title: "48 Hours").
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
#: A lower-case word of four letters or more: a line without one is a Title-Case headline.
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


@functools.lru_cache(maxsize=None)
def load_lexicon(path: Path = LEXICON_PATH) -> dict:
    """The lexicon JSON (read once per process)."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def alternation(words) -> str:
    """A non-capturing regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case), or '' at the start of the text."""
    found = _PREV_WORD.search(text, max(0, start - 30), start)
    return plain_apostrophes(found.group(1).lower()) if found else ""  # ``company’s`` as ``company's``


@dataclass(frozen=True)
class Rule:
    """One recognition pattern and the normaliser that interprets its groups."""

    name: str
    regex: re.Pattern
    check: Callable[[re.Match, str], bool] | None = None


@dataclass(frozen=True)
class Candidate:
    """A rule match: its span, the rule's name and the named groups."""

    start: int
    end: int
    rule: str
    groups: dict
    priority: int


class Grammar:
    """All recognition rules, compiled once from the lexicon."""

    def __init__(self, lexicon: dict):
        self.lex = lexicon
        self.rules = [Rule(name, re.compile(pattern), check) for name, pattern, check in self._rule_table()]
        self.trigger = re.compile(self._trigger_pattern())
        self.name_words = {w for key in ("months", "month_abbreviations", "weekdays", "holidays")
                           for name in lexicon[key] for w in re.findall(r"[a-z]+", name)}

    # -- pattern fragments -------------------------------------------------------------
    def _fragments(self) -> dict:
        """Regex fragments shared by the rules, built from the lexicon lists."""
        lex = self.lex
        tens = alternation(w for w, v in lex["numbers"].items() if v in range(20, 100, 10))
        units_digit = alternation(w for w, v in lex["numbers"].items() if v in range(1, 10))
        number = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{tens}(?:[\s-]+{units_digit})?|"
                  rf"{alternation(lex['numbers'])}(?:\s+(?:hundred|thousand))?)")
        part = alternation(lex["part_modifiers"])
        small = rf"(?:{tens}(?:[\s-]+{units_digit})?|{alternation(w for w, v in lex['numbers'].items() if 1 <= v < 20)})"
        return {
            "SPOKEN_YEAR": rf"(?:nineteen|eighteen)[\s-]+(?:{tens}(?:[\s-]+{units_digit})?|hundred)\b|"
                           rf"two\s+thousand(?:\s+and)?(?:\s+{small})?\b",
            "MONTH": rf"(?:{alternation(lex['months'])}\b|{alternation(lex['month_abbreviations'])}\b\.?)",
            "WD": alternation(lex["weekdays"]) + r"\b",
            "YEAR": r"(?:1[0-9]|20)\d\d\b(?!-\d|\.\d|,\d)",
            "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b",
            "NUM": number,
            "VAGUE": alternation(lex["vague_numbers"]),
            "UNIT": alternation(lex["units"]),
            "DAY_KIND": alternation(lex["day_kinds"]),
            "PART": rf"{part}(?:[\s-]+|(?<=mid)-?)",
            "APPROX": alternation(lex["approx_modifiers"]) + r"\s+(?!the\b)",
            "DAYPART": alternation(lex["day_parts"]),
            "SEASON": alternation(lex["seasons"]),
            "ORD": alternation(lex["ordinals"]),
            "TZ": alternation(lex["time_zones"]) + r"\b",
            "REL": alternation(lex["relative_shift"]),
            "DWORD": alternation(lex["deictic_days"]),
        }

    def _rule_table(self) -> list[tuple[str, str, Callable | None]]:
        """(name, pattern, check) for every rule; earlier rules win ties of equal length."""
        f = self._fragments()
        lex = self.lex
        # "the night of Monday, Sept. 2": the weekday before a full date only repeats it
        day_ref = rf"(?:(?P<wday2>{f['WD']})(?!,?\s+{f['MONTH']}\s+\d)|(?P<dword>{f['DWORD']})|" \
                  rf"(?:{f['WD']},?\s+)?(?P<month2>{f['MONTH']})\s+(?P<day2>{f['DAY']}))"
        return [
            ("iso_date", r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
                         r"(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?\b", None),
            ("numeric_date", r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d\d)\b", None),
            ("month_day", rf"\b(?:(?P<part>{f['PART']}))?(?:(?P<wday>{f['WD']}),?\s+)?"
                          rf"(?P<month>{f['MONTH']})\s+(?P<day>{f['DAY']})(?!\s*%|,\d|\.\d|:\d)"
                          rf"(?:,?\s+(?P<year>{f['YEAR']}))?", self._capitalised),
            ("day_month", rf"\b(?:the\s+)?(?:(?P<wday>{f['WD']}),?\s+)?(?P<day>{f['DAY']})\s+(?:of\s+)?"
                          rf"(?P<month>{f['MONTH']})(?:,?\s+(?P<year>{f['YEAR']}))?", self._capitalised),
            ("month_year", rf"\b(?:(?P<part>{f['PART']}))?(?P<month>{f['MONTH']}),?\s+(?:of\s+)?"
                           rf"(?P<year>{f['YEAR']}|{f['SPOKEN_YEAR']})", self._capitalised),
            ("month", rf"\b(?:(?P<part>{f['PART']}))?(?:(?P<rel>{f['REL']}|that|the\s+same)\s+)?"
                      rf"(?P<month>{f['MONTH']})(?:,?\s+(?:of\s+)?(?P<yrel>{f['REL']}|that|the\s+same)\s+year)?",
             self._bare_month),
            ("holiday", rf"\b(?:(?P<rel>last|this|next)\s+)?(?P<holiday>{alternation(lex['holidays'])})"
                        rf"(?:,?\s+(?P<year>{f['YEAR']}))?",
             self._capitalised),
            ("decade", rf"\b(?:the\s+)?(?:(?P<part>{f['PART']}))?(?:(?P<cent>1[0-9]|20)?(?P<dec>\d)0|"
                       rf"'(?P<dec2>\d)0)'?s\b|\bthe\s+(?:(?P<part2>{f['PART']}))?(?P<decword>"
                       rf"{alternation(lex['decade_words'])})\b", self._decade),
            ("century", rf"\b(?:the\s+)?(?:(?P<part>{f['PART']}))?(?:(?P<rel>{f['REL']})\s+)?"
                        rf"(?:(?P<ordnum>\d{{1,2}})(?:st|nd|rd|th)|(?P<ord>{f['ORD']}))?[\s-]*"
                        r"(?P<unit>century)\b", self._century),
            ("year", rf"\b(?:(?P<part>{f['PART']}))?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|"
                     rf"the\s+year|model\s+year)\s+)?(?:(?P<year>{f['YEAR']})|'(?P<year2>\d\d)\b|"
                     rf"(?P<year3>{f['SPOKEN_YEAR']}))", self._bare_year),
            ("season", rf"\b(?:(?P<part>{f['PART']}))?(?:(?P<rel>{f['REL']}|the|that|the\s+same)\s+)?"
                       rf"(?P<season>{f['SEASON']})\b(?:\s+(?:of\s+)?(?P<year>{f['YEAR']}|{f['SPOKEN_YEAR']}))?",
             self._season),
            # no article before a hyphenated modifier: "the [third-quarter] loss"
            ("quarter", rf"\b(?:(?P<det>the)\s+(?!(?:fiscal\s+)?\w+-(?:quarter|period))|"
                        rf"(?P<yrel>last|next|this)\s+year's\s+)?(?:(?P<rel>{f['REL']}|"
                        r"that(?=\s+(?:quarter|period))|same|year-earlier|year-ago|year\s+earlier|"
                        r"prior-year|comparable|corresponding)\s+)?(?:fiscal\s+)?"
                        rf"(?:(?P<year>{f['YEAR']})\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|"
                        r"final|last)[\s-]+)?(?:fiscal[\s-]+)?(?P<unit>quarter|period)(?P<plural>s)?\b"
                        rf"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>{f['YEAR']})|"
                        r"\s+of\s+(?:the|this|(?P<yrel2>last|next))\s+year\b)?", self._quarter),
            # "the first two quarters" is the first half
            ("half", rf"\b(?:the\s+)?(?:(?P<rel>{f['REL']})\s+)?(?P<ord>first|second|last|1st|2nd)[\s-]+"
                     r"(?:half|(?P<quarters>two\s+quarters))\b"
                     rf"(?:\s+of\s+(?:(?P<year>{f['YEAR']})|(?:the|this|(?P<yrel>last|next))\s+year))?",
             self._half),
            # "earlier Friday": the comparative adverb stays outside (TimeBank), "late Friday" is in
            ("weekday", rf"\b(?:(?!earlier|later)(?P<part>{f['PART']}))?(?:(?P<rel>{f['REL']}|that)\s+)?"
                        rf"(?P<wday>{f['WD']})(?P<plural>s)?(?:\s+(?P<daypart>{f['DAYPART']})(?P<dplural>s)?\b)?",
             self._capitalised),
            ("deictic_day", rf"\b(?:(?P<part>{f['PART']}))?(?P<dword>{f['DWORD']})\b"
                            rf"(?:\s+(?P<daypart>{f['DAYPART']})\b)?", None),
            ("day_part", rf"\b(?:(?P<part>early|late|mid)[\s-]+)?(?:(?P<rel>this|last|that|the|tomorrow|yesterday)"
                         rf"\s+)(?:(?:early|late)\s+)?(?P<daypart>{f['DAYPART']})\b(?:\s+(?:of\s+)?{day_ref})?",
             None),
            ("day_part_of", rf"\b(?:(?P<part>early|late|mid)[\s-]+)?(?P<daypart>{f['DAYPART']})\s+"
                            rf"(?:of\s+)?{day_ref}", self._capitalised),
            ("day_next_to", rf"\bday\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?{day_ref}",
             self._capitalised),
            ("week_of", rf"\bthe\s+week\s+of\s+(?P<month>{f['MONTH']})\s+(?P<day>{f['DAY']})"
                        rf"(?:,?\s+(?P<year>{f['YEAR']}))?", self._capitalised),
            ("relative_unit", rf"\b(?:(?P<part>{f['PART']}))?(?:the\s+)?"
                              rf"(?P<rel>{f['REL']}|same|that)\s+"
                              r"(?P<unit>week|month|year|decade|weekend|fortnight|day|night)\b"
                              r"(?!-)", None),
            ("the_unit", r"\bthe\s+(?:(?:fiscal|full|calendar)\s+)?(?P<unit>year|month|week|weekend)\b(?!-)"
                         r"(?=(?P<ended>\s+(?:ended|ending)\b)?)", None),
            ("part_of_unit", rf"\b(?P<part>{f['PART']})(?:the\s+)?(?P<unit>week|month|year|quarter|decade)\b",
             None),
            ("year_end", r"\b(?P<unit>year|month|quarter)(?:[\s-]|'s\s+)end\b", None),
            ("year_earlier", r"\b(?:(?P<the>the)\s+)?(?P<adj>year-(?:earlier|ago|before)|prior-year|"
                             r"year-to-year|year-over-year)"
                             r"(?:\s+(?P<unit>quarter|period|month|week))?\b", None),
            # "three days later": "later" is a signal outside a DURATION (TimeML), unlike "ago"
            ("ago", rf"\b(?:(?P<approx>{f['APPROX']}))?(?P<num>{f['NUM']}|{f['VAGUE']})[\s-]+"
                    rf"(?P<unit>{f['UNIT']})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|before|after|from\s+now|"
                    r"hence|back|previously|prior)\b", self._ago),
            ("reference", rf"\b(?P<ref>{alternation(lex['references'])})\b", self._reference),
            ("set", rf"\b(?:(?P<adverb>{alternation(lex['set_adverbs'])})|(?:every|each)\s+(?:other\s+)?"
                    rf"(?:(?P<num>{f['NUM']})\s+)?(?P<unit>{f['UNIT']})|(?:every|each)\s+"
                    rf"(?P<wday>{f['WD']})|(?:every|each)\s+(?P<month>{f['MONTH']})|"
                    r"(?P<freq>once|twice|\w+\s+times)\s+(?:a|per|each)\s+(?P<unit2>day|week|month|year)|"
                    r"(?:a|per)\s+(?P<unit3>day|week|month|year))\b", self._set),
            # after_in: an empty group set when "in" precedes ("in five years")
            ("duration", rf"(?P<after_in>(?<=\bin\s))?\b(?:(?P<approx>{f['APPROX']}))?"
                         rf"(?:(?P<the>the)\s+(?!{f['NUM']}-)(?:(?P<rel>past|last|next|first|"
                         r"previous|coming|final|latest|following|remaining|preceding|initial|"
                         r"year-earlier|year-ago)\s+)?)?"
                         rf"(?:(?P<rel2>past|last|next|first|previous|coming|final|another|additional)\s+)?"
                         rf"(?P<num>{f['NUM']}|{f['VAGUE']})(?P<half1>\s+and\s+a\s+half)?"
                         r"(?:\s+(?:more|additional|further|extra))?[\s-]+"
                         rf"(?:(?:{f['DAY_KIND']})\s+(?=days?\b))?"
                         rf"(?P<unit>{f['UNIT']})(?P<half2>\s+and\s+a\s+half)?(?:-long)?\b(?![-\s]old\b|-)",
             self._duration),
            ("unit_long", r"\b(?P<unit>day|week|month|year)-?long\b", None),
            ("bare_units", rf"\b(?:(?P<cue>recent|coming|past|the\s+past|the\s+coming|the\s+next|the\s+last|"
                           r"the(?=\s+\w+\s+ahead\b)|(?<=over\s)the)\s+)?"
                           r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b(?:\s+ahead\b)?(?!-)",
             self._bare_units),
            ("clock", rf"\b(?:(?P<approx>about|around|approximately|shortly\s+after|shortly\s+before)\s+)?"
                      r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
                      r"(?:(?P<ampm>[ap]\.?\s?m\b\.?|o'clock)|(?<=\s)(?:in\s+the|at)\s+"
                      r"(?P<dayhalf>morning|afternoon|evening|night)\b)"
                      rf"(?:\s+(?P<tz>{f['TZ']}))?(?:,?\s+(?:on\s+)?{day_ref})?", None),
            ("clock24", rf"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b(?!:)(?:\s*(?P<tz>{f['TZ']}))?"
                        rf"(?:,?\s+(?:on\s+)?{day_ref})?", None),
            ("clock_word", rf"\b(?P<clock>{alternation(lex['clock_words'])})\b(?:,?\s+(?:on\s+)?{day_ref})?",
             None),
        ]

    def _trigger_pattern(self) -> str:
        """Words and digit shapes one of which every expression contains (see :meth:`find`)."""
        lex = self.lex
        words = set(lex["months"]) | set(lex["month_abbreviations"]) | set(lex["weekdays"]) \
            | set(lex["units"]) | set(lex["seasons"]) | set(lex["day_parts"]) | set(lex["clock_words"]) \
            | set(lex["deictic_days"]) | set(lex["trigger_words"])
        for phrases in (lex["references"], lex["set_adverbs"], lex["holidays"]):
            words.update(phrase.split()[-1] for phrase in phrases)
        return rf"\b{alternation(words)}\b|\d{{4}}|\d[:/.]\d|\d\s*(?:[ap]\.?\s?m\b|o'clock)|'\d\d"

    # -- context checks ------------------------------------------------------------------
    def _capitalised(self, match: re.Match, text: str) -> bool:
        """Month, weekday and holiday names are proper nouns: require a capital."""
        groups = match.groupdict()
        return all(text[match.start(k)].isupper() for k in _PROPER_NAMES if groups.get(k))

    def _bare_month(self, match: re.Match, text: str) -> bool:
        """A month with no day or year: capitalised, full name, and a cue for "May"/"March"."""
        key = match.group("month").lower()
        if not self._capitalised(match, text) or key not in self.lex["months"]:
            return False
        if key not in self.lex["ambiguous_months"] or match.group("part") or match.group("rel"):
            return True
        return previous_word(text, match.start()) in self.lex["month_cues"]

    def _bare_year(self, match: re.Match, text: str) -> bool:
        """A four-digit number is a year after a cue word, before punctuation or before a noun it
        modifies ("his 1996 campaign"), not in "1990 people" nor in a name ("Vega 1990")."""
        if text[max(0, match.start() - 1):match.start()] in "$£€#" and match.start() > 0:
            return False
        if match.group("year2") and not (match.group("fiscal") or previous_word(text, match.start()) in
                                          self.lex["year_cues"]):
            return False
        if match.group("part") or match.group("fiscal") or match.group("year3"):
            return True
        previous = previous_word(text, match.start())
        if _AMOUNT.match(text, match.end()):
            return False
        if previous in self.lex["year_determiners"] or previous in self.lex["possessives"] or \
                previous.endswith("'s"):
            return True
        if _COUNTED_NOUN.match(text, match.end()) or previous not in self.lex["year_cues"] and \
                _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            return False
        modifier = (match.group("year") or "")[:2] in ("19", "20") and _MODIFIED_NOUN.match(text, match.end())
        return previous in self.lex["year_cues"] or bool(_AFTER_YEAR.match(text, match.end()) or modifier)

    def _decade(self, match: re.Match, text: str) -> bool:
        """"in his 30s" is an age, not a decade; "its 1960s heyday" (with a century) is a decade."""
        return not (match.group("dec") and not match.group("cent")) or \
            previous_word(text, match.start()) not in self.lex["possessives"]

    def _century(self, match: re.Match, text: str) -> bool:
        """A century needs an ordinal or a relative word ("this century")."""
        return bool(match.group("ordnum") or match.group("ord") or match.group("rel"))

    def _season(self, match: re.Match, text: str) -> bool:
        """A bare season word needs a determiner, year or a preposition before it ("in spring")."""
        if match.group("rel") or match.group("year") or match.group("part"):
            return match.group("season").lower() != "fall" or match.group("rel") != "the" \
                or not text[match.end():match.end() + 4].startswith(" of ")
        return previous_word(text, match.start()) in self.lex["season_cues"]

    def _quarter(self, match: re.Match, text: str) -> bool:
        """"quarter" alone is a fraction; "period" is temporal only with a relative modifier;
        plural quarters need an ordinal ("fourth quarters"; not "coming quarters", nor
        "quarters of 2023" in "the first three quarters of 2023")."""
        groups = match.groupdict()
        if groups["plural"] and not groups["ord"]:
            return False
        if groups["unit"].lower().startswith("period"):
            return bool(groups["rel"] or groups["year"])
        return bool(groups["ord"] or groups["rel"] or groups["year"] or groups["year2"]
                    or groups["det"] and groups["det"].lower() == "the")

    def _half(self, match: re.Match, text: str) -> bool:
        """"the second half of the game" is no date: reject a half followed by another "of".

        Two quarters are a half only when they open the year ("the first two quarters") or
        close a named one ("the last two quarters of 2023"); "the last two quarters" is a span.
        """
        ordinal = match.group("ord")
        if match.group("quarters") and (ordinal not in ("first", "last") or
                                        ordinal == "last" and
                                        not (match.group("year") or match.group("yrel"))):
            return False
        return not text[match.end():match.end() + 3].startswith(" of")

    def _ago(self, match: re.Match, text: str) -> bool:
        """"two days before/after X" is a duration plus a signal; keep it only at a clause end."""
        if match.group("dir").lower() in ("before", "after", "prior"):
            return bool(re.match(r"\s*(?:[.,;:!?)]|$)", text[match.end():match.end() + 3]))
        return not self._bad_unit(match)

    def _bad_unit(self, match: re.Match) -> bool:
        """"a second" (ordinal), "a quarter"/"three quarters" (fractions), "a night" are no durations."""
        unit, num = match.group("unit"), match.group("num")
        return num in ("a", "an", "one") and unit in ("second", "quarter", "night") or \
            unit.startswith("quarter") and num == "three"

    def _duration(self, match: re.Match, text: str) -> bool:
        """Number + unit, except ordinal/fraction readings and "one day" (= someday)."""
        if self._bad_unit(match):
            return False
        prev = previous_word(text, match.start())
        return not (match.group("num").lower() in ("a", "an") and prev in self.lex["frequency_words"])

    def _bare_units(self, match: re.Match, text: str) -> bool:
        """"years", "months" ... are vague durations after a cue ("for years", "recent months")."""
        return bool(match.group("cue")) or previous_word(text, match.start()) in self.lex["bare_unit_cues"]

    def _set(self, match: re.Match, text: str) -> bool:
        """"a year" is a frequency only after an amount ("$5 a year", "twice a week")."""
        adverb = match.group("adverb")
        if adverb and " " not in adverb and _ATTRIBUTIVE.match(text, match.end()) \
                and not self._routine(adverb, match, text):
            return False
        if match.group("unit3"):
            return previous_word(text, match.start()) in self.lex["frequency_words"] or \
                bool(re.search(r"[\d%]\s*$", text[max(0, match.start() - 3):match.start()]))
        return self._capitalised(match, text)

    def _routine(self, adverb: str, match: re.Match, text: str) -> bool:
        """A routine adjective after a possessive or "a" names a repeated event, a SET
        ("his daily walk", "a weekly market"), unlike "the quarterly dividend" or "the party daily"."""
        previous = previous_word(text, match.start())
        return adverb in self.lex["routine_sets"] and \
            (previous in self.lex["possessives"] or previous in self.lex["indefinite_articles"])

    def _reference(self, match: re.Match, text: str) -> bool:
        """"now" as a discourse marker is still PRESENT_REF in TimeBank; block only idioms.

        "one day" is "someday" only after a modal or at a sentence start ("will one day
        lead"); elsewhere ("in the job one day", "for one day") it is a duration.
        """
        ref = match.group("ref").lower()
        following = text[match.end():match.end() + 12].lower()
        if any(following.startswith(idiom) for idiom in self.lex["reference_blockers"].get(ref, ())):
            return False
        cues = self.lex["reference_cues"].get(ref)
        return cues is None or previous_word(text, match.start()) in cues or _SENTENCE_START.search(
            text, max(0, match.start() - 4), match.start()) is not None

    # -- matching ------------------------------------------------------------------------
    def find(self, text: str) -> list[Candidate]:
        """Non-overlapping temporal expressions in ``text``, longest first, sorted by start.

        The rules run on the lower-cased text (case-sensitive regexes are several times
        faster than IGNORECASE) and only in windows around trigger words, since every
        expression contains one (a month, a unit, "now", a four-digit number ...).
        Checks that need capitals read the original text at the same offsets.
        """
        low = lower_same_length(text)
        candidates = []
        for start, end in self.regions(low):
            for priority, rule in enumerate(self.rules):
                for match in rule.regex.finditer(low, start, end):
                    if rule.check is None or rule.check(match, text):
                        candidates.append(Candidate(match.start(), match.end(), rule.name,
                                                    match.groupdict(), priority))
        return [cand for cand in select_longest(candidates) if not self.in_title(text, cand)]

    def in_title(self, text: str, cand: Candidate) -> bool:
        """A capitalised common word ("on 48 Hours", "watch Good Morning Today") marks a title.

        Month, weekday and holiday names are exempt, and so is the first word after
        punctuation or a line break (a sentence start). A line that is itself a Title-Case
        headline ("Mayor Says Taxes Will Rise Next Year") capitalises every word, so there
        the capitals say nothing.
        """
        before = text[max(0, cand.start - 10):cand.start].rstrip(" \t")[-1:]
        for word in _CAPITALISED.finditer(text, cand.start, cand.end):
            if word.group().lower() in self.name_words:
                continue
            if word.start() > cand.start or before.isalnum():
                return not self.in_headline(text, cand)
        return False

    @staticmethod
    def in_headline(text: str, cand: Candidate) -> bool:
        """The candidate's line has three capitalised words, no full stop at its end and no
        lower-case word of four letters or more (Title Case keeps "of", "to", "the" small)."""
        start = text.rfind("\n", 0, cand.start) + 1
        end = text.find("\n", cand.end)
        line = text[start:len(text) if end < 0 else end].strip()
        return not line.endswith(".") and len(_CAPITALISED.findall(line)) >= 3 and not _LOWER_WORD.search(line)

    def regions(self, low: str) -> list[tuple[int, int]]:
        """Merged windows of :data:`WINDOW` characters around trigger words, cut at spaces."""
        regions: list[list[int]] = []
        for hit in self.trigger.finditer(low):
            start = low.rfind(" ", 0, max(0, hit.start() - WINDOW)) + 1
            end = low.find(" ", hit.end() + WINDOW)
            end = len(low) if end < 0 else end
            if regions and start <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], end)
            else:
                regions.append([start, end])
        return [(start, end) for start, end in regions]


def lower_same_length(text: str) -> str:
    """``text`` lower-cased, keeping offsets (characters whose lower case is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def select_longest(candidates: list[Candidate]) -> list[Candidate]:
    """Greedy longest-first choice of non-overlapping candidates (ties: rule order)."""
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        span = range(cand.start, cand.end)
        if not occupied.intersection(span):
            taken.append(cand)
            occupied.update(span)
    return sorted(taken, key=lambda c: c.start)
