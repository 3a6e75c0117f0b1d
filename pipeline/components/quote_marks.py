"""Quotation-mark pairing for ``news_quotes`` (pure text, no spaCy).

The scanner works paragraph by paragraph so that one stray mark cannot swallow
the rest of an article, and it reads the direction of ambiguous marks (``"``,
``''``, a ``”`` used as an opener) from the characters around them. Marks inside
markup tags left in scraped text (``<tweet author="X">``) are skipped.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, NamedTuple

_DOUBLE_RE = re.compile(r"''|``|[\"“”«»„‟]")
_SINGLE_RE = re.compile(r"[‘’']")
_OPENERS = frozenset({"“", "«", "„", "‟", "``"})  # ``…'' as wire copy and treebanks write
_CLOSERS = frozenset("”»")
_OPEN_CONTEXT = frozenset("([{—–-/:")
_TAG_RE = re.compile(r"<[A-Za-z/][^<>\n]*>")  # markup left in scraped text: ``<tweet author="X">``
_INNER_CLOSERS = "'’)"  # a single quote or parenthesis closed at the end of a sentence
_MAX_SINGLE_CHARS = 300
_MIN_UNCLOSED_WORDS = 4


class QuotePiece(NamedTuple):
    """A quotation-marked stretch of text inside one paragraph.

    Attributes:
        start: offset of the opening mark.
        end: offset after the closing mark (or the paragraph end for a quote
            that continues in the next paragraph).
        group: pieces of one quote running over several paragraphs share it.
        single: the quote uses single marks.
    """

    start: int
    end: int
    group: int
    single: bool


def _flanks(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the mark at ``text[start:end]`` can open and can close a quote."""
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    can_open = (prev.isspace() or prev in _OPEN_CONTEXT or prev in _OPENERS) and not nxt.isspace()
    can_close = not prev.isspace() and (not nxt.isalnum())
    return can_open, can_close


def _is_opener(mark: str, can_open: bool, can_close: bool, is_open: bool) -> bool:
    """Decide the direction of a double mark given its context and the state."""
    if mark in _OPENERS:
        return not (is_open and can_close and not can_open)
    if mark in _CLOSERS:
        return not is_open and can_open and not can_close
    if is_open:
        return can_open and not can_close
    return can_open or not can_close


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-empty lines of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _starts_with_opener(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` begins with an opening double mark."""
    m = _DOUBLE_RE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()))
    return bool(m) and _flanks(text, m.start(), m.end())[0]


def _opens_block(text: str, p_start: int, open_at: int) -> bool:
    """A quote opened at the paragraph start or after ``:``/``,`` may run on."""
    lead = text[p_start:open_at].rstrip()
    return not lead or lead[-1] in ":,"


def _glued_paragraph(inner: str) -> bool:
    """Whether a quote still open when another opener comes (``inner``: its text,
    right-stripped) is a paragraph of a multi-paragraph quote whose break was lost
    (``… performances. "Eddie told me …"``, as in text scraped with paragraphs run
    together): it ends a sentence, perhaps inside a quote of its own (``… ask the
    player 'do you want the wall back?' "If they say …``)."""
    return inner.rstrip(_INNER_CLOSERS)[-1:] in (".", "!", "?") and len(inner.split()) >= _MIN_UNCLOSED_WORDS


def _unclosed_speech(rest: str) -> bool:
    """Whether the text after an opener left open at the paragraph end reads as
    quoted sentences whose closing mark was left out (``… said Baron. “His
    candidacy has defied all conventions.¶``): several words from a capital
    letter to the end of a sentence (not ``at the “gate on Monday.``)."""
    rest = rest.rstrip()
    return rest[:1].isupper() and rest[-1:] in (".", "!", "?") and len(rest.split()) >= _MIN_UNCLOSED_WORDS


def _tag_test(text: str) -> Callable[[int], bool]:
    """A test for offsets inside markup tags (``<a href="…">``): their marks quote nothing."""
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text)]
    starts = [start for start, _ in tags]

    def in_tag(i: int) -> bool:
        k = bisect.bisect_left(starts, i) - 1
        return k >= 0 and i < tags[k][1]

    return in_tag


def double_quote_pieces(text: str, in_tag: Callable[[int], bool]) -> list[QuotePiece]:
    """Pair double quotation marks (``"“”«»''``) into quote pieces.

    A paragraph that ends inside a quote continues it only when the next
    paragraph opens with a quotation mark (the newspaper convention); otherwise
    it ends there if it holds quoted sentences (a closing mark left out) and the
    dangling opener is dropped if not. An opener met inside an open quote after
    a full sentence is that convention in text whose paragraph breaks were lost
    (``… performances. "Eddie told me …"``): the open quote ends there and the
    quote goes on; after anything else it drops the earlier, unclosed opener, and
    the new one opens another quote (``… "Of course he'll learn. … Wenger said:
    "Freddie is an option …"``: Wenger's words, not the first speaker's).

    Args:
        text: the document text.
        in_tag: tells whether an offset lies inside a markup tag.

    Returns:
        Pieces in text order.
    """
    pieces: list[QuotePiece] = []
    paras = _paragraphs(text)
    group = 0
    carried: list[QuotePiece] = []
    for index, (p_start, p_end) in enumerate(paras):
        open_at, chained = -1, False
        for m in _DOUBLE_RE.finditer(text, p_start, p_end):
            if in_tag(m.start()):
                continue
            can_open, can_close = _flanks(text, m.start(), m.end())
            if _is_opener(m.group(), can_open, can_close, open_at >= 0):
                inner = text[open_at + 1:m.start()].rstrip() if open_at >= 0 else ""
                if _glued_paragraph(inner):
                    pieces.extend(carried)
                    pieces.append(QuotePiece(open_at, open_at + 1 + len(inner), group, False))
                    chained = True
                elif chained:  # the chain ended at an opener left unclosed: the new one opens another quote
                    group += 1
                    chained = False
                if open_at >= 0:
                    carried = []
                open_at = m.start()
            elif open_at >= 0:
                pieces.extend(carried)
                pieces.append(QuotePiece(open_at, m.end(), group, False))
                group += 1
                carried, open_at, chained = [], -1, False
        following = paras[index + 1] if index + 1 < len(paras) else None
        if open_at >= 0 and following and _starts_with_opener(text, *following) \
                and _opens_block(text, p_start, open_at):
            carried.append(QuotePiece(open_at, p_end, group, False))
        elif open_at >= 0 and _unclosed_speech(text[open_at + 1:p_end]):
            pieces.extend(carried)
            pieces.append(QuotePiece(open_at, p_end, group, False))
            group += 1
            carried = []
        else:
            carried = []
            group += chained  # a chain of glued paragraphs ended unclosed: its pieces stay one quote
    return pieces


def single_quote_pieces(text: str, taken: list[QuotePiece], in_tag: Callable[[int], bool]) -> list[QuotePiece]:
    """Pair single quotation marks (``‘…’``, ``'…'``) that mark speech or titles.

    Only pairs outside double-quoted text, within one paragraph, whose opener
    starts a word and whose closer ends one (so apostrophes are skipped).

    Args:
        text: the document text.
        taken: double-quote pieces already found.
        in_tag: tells whether an offset lies inside a markup tag.

    Returns:
        Pieces in text order.
    """
    covered = [(p.start, p.end) for p in taken]
    pieces: list[QuotePiece] = []
    open_at = -1
    for m in _SINGLE_RE.finditer(text):
        i = m.start()
        if any(s <= i < e for s, e in covered) or "'" in text[max(i - 1, 0):i] + text[i + 1:i + 2] or in_tag(i):
            continue
        can_open, can_close = _flanks(text, i, i + 1)
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at >= 0 and can_close and not nxt.isalnum():
            if "\n" not in text[open_at:i] and i - open_at <= _MAX_SINGLE_CHARS:
                pieces.append(QuotePiece(open_at, i + 1, -1 - len(pieces), True))
            open_at = -1
        elif can_open and m.group() != "’":
            open_at = i
    return pieces


def quote_pieces(text: str) -> list[QuotePiece]:
    """All quote pieces of ``text``: double-marked, then single-marked, sorted by start."""
    in_tag = _tag_test(text)
    doubles = double_quote_pieces(text, in_tag)
    return sorted(doubles + single_quote_pieces(text, doubles, in_tag))
