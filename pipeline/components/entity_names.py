"""Name forms for the ``news_entities`` component: pure string functions, no spaCy.

A *mention* of a name is reduced to display words (title, leading article and
possessive removed, case kept) and to a *form*: those words normalised for
matching (see :func:`normalise_word`). Word lists live in
``data/entities_names.json`` and debris patterns in ``data/entities_debris.json``;
common given names are shared with ``news_quotes`` (``data/quotes_names.json``).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import unicodedata
from pathlib import Path
from typing import Iterator, Sequence

DATA_DIR = Path(__file__).parent / "data"

#: Characters stripped from both ends of every name word.
_EDGE_PUNCT = "\"“”‘’'«»()[]{},;:!?*"
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_ROMAN = re.compile(r"[IVXL]+")


@dataclasses.dataclass(frozen=True)
class Lexicon:
    """Word lists from ``data/entities_names.json`` (see its ``_doc``)."""

    titles: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    stop_prefixes: frozenset[str]
    org_suffixes: frozenset[str]
    team_suffixes: frozenset[str]
    group_verb_forms: frozenset[str]
    acronym_minor_words: frozenset[str]
    org_head_prepositions: frozenset[str]
    relative_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    named_labels: frozenset[str]
    adjective_labels: frozenset[str]
    repaired_labels: frozenset[str]
    break_tags: frozenset[str]
    person_particles: frozenset[str]
    name_connectors: frozenset[str]
    place_labels: frozenset[str]
    org_nouns: frozenset[str]
    place_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    thing_heads: frozenset[str]
    headline_minor_tags: frozenset[str]
    propagated_labels: frozenset[str]
    name_pos: frozenset[str]
    coarse_types: dict[str, str]
    debris: re.Pattern[str]
    given_names: frozenset[str]

    def coarse_type(self, label: str) -> str:
        """Coarse entity type used in ``entity_key`` (``PERSON`` -> ``person``)."""
        return self.coarse_types.get(label, label.lower())


@functools.lru_cache(maxsize=None)
def load_lexicon(data_dir: str = str(DATA_DIR)) -> Lexicon:
    """Read the word lists and debris patterns once per data directory."""
    names = json.loads((Path(data_dir) / "entities_names.json").read_text(encoding="utf-8"))
    debris = json.loads((Path(data_dir) / "entities_debris.json").read_text(encoding="utf-8"))
    word_lists = {
        field.name: frozenset(names[field.name])
        for field in dataclasses.fields(Lexicon)
        if field.name not in ("coarse_types", "debris", "given_names")
    }
    given = json.loads((Path(data_dir) / "quotes_names.json").read_text(encoding="utf-8"))
    return Lexicon(
        **word_lists,
        coarse_types=dict(names["coarse_types"]),
        debris=re.compile("|".join(f"(?:{p})" for p in debris["patterns"].values())),
        given_names=frozenset(given["m"]) | frozenset(given["f"]),
    )


def lookup_word(word: str) -> str:
    """Lower-case ``word`` without trailing dots, as the word lists store it."""
    return word.lower().rstrip(".")


@functools.lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """Matching form of a word: accents removed, case-folded, dots and apostrophes dropped.

    ``"U.S."`` -> ``"us"``, ``"O’Neill"`` -> ``"oneill"``, ``"Zürich"`` -> ``"zurich"``.
    """
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[.'’‘`]", "", plain.casefold()).replace("–", "-").replace("—", "-")


def normalise(text: str) -> str:
    """Matching form of a whole name (words joined by single spaces)."""
    return " ".join(filter(None, (normalise_word(word) for word in text.split())))


def name_words(
    text: str, label: str, lexicon: Lexicon, keep_article: bool = False
) -> tuple[str, ...]:
    """Display words of a name: no leading article, title or trailing possessive.

    Titles are removed from ``PERSON`` spans; from other spans only unambiguous
    honorifics are (``"General Motors"`` keeps its first word). A parenthesis the
    span runs into is cut off (``"China Aviation Oil (CAO"``). At least one word
    always remains.

    Args:
        text: the entity span text.
        label: the entity label.
        lexicon: the word lists.
        keep_article: keep a leading article (``"The Hague"``); matching forms
            still ignore it (see :func:`matching_form`).
    """
    head = text.partition("(")[0]
    words = _drop_possessive((head if head.strip() else text).split())
    words = [w for w in (w.strip(_EDGE_PUNCT) for w in words) if w]
    strippable = (
        lexicon.titles | lexicon.title_modifiers if label == "PERSON" else lexicon.honorifics
    )
    start = 0 if keep_article else _article_length(words, lexicon)
    while start < len(words) - 1 and lookup_word(words[start]) in strippable:
        start += 1
    return tuple(words[start:]) or (text.strip(),)


def _article_length(words: Sequence[str], lexicon: Lexicon) -> int:
    """How many leading words are articles (``the``, ``a``), leaving at least one word."""
    start = 0
    while start < len(words) - 1 and lookup_word(words[start]) in lexicon.stop_prefixes:
        start += 1
    return start


def _drop_possessive(words: list[str]) -> list[str]:
    """Glue spaced possessives back (``Farrakhan 's``) and drop the one ending the name."""
    glued: list[str] = []
    for word in words:
        if glued and is_possessive(word):
            glued[-1] += word
        else:
            glued.append(word)
    if glued:
        glued[-1] = _POSSESSIVE.sub("", glued[-1]) or glued[-1]
    return glued


def is_possessive(word: str) -> bool:
    """True for a bare possessive ending (``'s``, ``’s``, ``'``)."""
    return _POSSESSIVE.fullmatch(word) is not None


def matching_form(words: Sequence[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Normalised words of a name without leading article or trailing company suffix (``Inc``)."""
    form = [normalise_word(w) for w in words[_article_length(words, lexicon) :]]
    while len(form) > 1 and form[-1].rstrip(",") in lexicon.org_suffixes:
        form.pop()
    return tuple(w for w in form if w)


def is_given_name_pair(words: Sequence[str], lexicon: Lexicon) -> bool:
    """True if a capitalised two- or three-word name opens with a common given name and
    does not end in a generic head noun: "Dana Whitfield", not "Stanley Cup" or "Grant Park"."""
    return (
        2 <= len(words) <= 3
        and words[0].istitle()
        and words[-1][:1].isupper()
        and lookup_word(words[0]) in lexicon.given_names
        and lookup_word(words[-1]) not in lexicon.thing_heads
    )


def has_org_suffix(words: Sequence[str], lexicon: Lexicon) -> bool:
    """True if a name of two or more words ends in a company suffix (``Pirelli SpA``)
    or a sports club's (``Manchester United``)."""
    return len(words) > 1 and normalise_word(words[-1]).rstrip(",") in lexicon.org_suffixes | lexicon.team_suffixes


def is_shouted(words: Sequence[str]) -> bool:
    """True if a word of three or more letters is in capitals (not a roman numeral).

    Headlines ("MARLINS BEAT REDS") and datelines glued to bylines ("Deborah
    Charles RANGOON") are shouted; ``"Vladimir Putin III"`` is not.
    """
    return any(len(w) > 2 and w.isalpha() and w.isupper() and not _ROMAN.fullmatch(w) for w in words)


def is_acronym(words: Sequence[str]) -> bool:
    """True for a one-word upper-case abbreviation of 2-6 letters (``ICC``, ``U.S.``, ``AT&T``)."""
    return len(words) == 1 and bool(_ACRONYM.fullmatch(words[0].replace(".", "")))


def acronym_of(word: str) -> str:
    """The acronym letters of an abbreviation, case-folded (``"U.S."`` -> ``"us"``)."""
    return word.replace(".", "").replace("&", "").casefold()


def initials(words: Sequence[str], lexicon: Lexicon) -> Iterator[str]:
    """Possible acronyms of a multi-word name, case-folded.

    Yields the initials of the content words, of all words, and of the content
    words split at hyphens (``"Organisation for Economic Co-operation and
    Development"`` gives ``oecd`` and ``oecod``), also without a company suffix
    (``"Industrial Bank of Japan Ltd"`` gives ``ibj``).
    """
    if len(words) > 2 and normalise_word(words[-1]).rstrip(",") in lexicon.org_suffixes:
        yield from initials(words[:-1], lexicon)
    content = [w for w in words if lookup_word(w) not in lexicon.acronym_minor_words]
    if len(content) < 2:
        return
    yield "".join(w[0] for w in content).casefold()
    yield "".join(w[0] for w in words if w[0].isalnum()).casefold()
    yield "".join(part[0] for w in content for part in w.split("-") if part).casefold()


def derived_forms(words: Sequence[str], label: str, lexicon: Lexicon) -> Iterator[str]:
    """Other ways an article may write a name of two or more words, as written (case kept).

    A person name yields its surname, the last word (``"Putin"``), unless
    the name is shouted or ends in a company suffix or a roman numeral; another
    name yields the acronyms its initials spell, in capitals (``"ICC"``).
    """
    if len(words) < 2:
        return
    if label != "PERSON":
        yield from {acronym.upper() for acronym in initials(words, lexicon)}
    elif not (is_shouted(words) or has_org_suffix(words, lexicon) or _ROMAN.fullmatch(words[-1])):
        yield words[-1]


def is_capitalised(form: str) -> bool:
    """True if a name form of two or more characters starts and ends with a capitalised word."""
    words = form.split()
    return len(form) > 1 and words[0][:1].isupper() and words[-1][:1].isupper()


def subsumes(short: Sequence[str], long: Sequence[str]) -> bool:
    """True if the person name form ``short`` can be a shorter way to say ``long``.

    ``short`` must be shorter and be its suffix (surname), its prefix (given name,
    or a family name written first), or keep its first and last words with middle
    words dropped (``george bush`` in ``george w bush``).
    """
    n = len(short)
    if n >= len(long):
        return False
    if tuple(long[-n:]) == tuple(short) or tuple(long[:n]) == tuple(short):
        return True
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])


def org_head(form: Sequence[str], lexicon: Lexicon) -> str:
    """The head word of an ORG name: the word before its first preposition, else its last.

    ``european court of justice`` -> ``court``; ``international criminal court`` -> ``court``.
    """
    head = next((i for i, w in enumerate(form) if i and w in lexicon.org_head_prepositions), len(form))
    return form[head - 1]


def entity_key(canonical: str, label: str, lexicon: Lexicon) -> str:
    """Cross-article key: coarse type, a colon, the normalised canonical name without article.

    ``("Vladimir Putin", "PERSON")`` -> ``"person:vladimir putin"``;
    ``("U.S.", "GPE")`` -> ``"place:us"``; ``("The Hague", "GPE")`` -> ``"place:hague"``.
    """
    words = canonical.split()
    return f"{lexicon.coarse_type(label)}:{normalise(' '.join(words[_article_length(words, lexicon) :]))}"


def is_debris(text: str, lexicon: Lexicon) -> bool:
    """True if an entity text holds markdown, a URL, glued sentences or no word at all."""
    return lexicon.debris.search(text) is not None
