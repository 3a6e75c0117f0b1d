"""``news_paragraphs``: every paragraph starts a sentence, set before the parser runs.

The statistical parser runs sentences together over a paragraph break, mostly
around quotation marks (``…works.”¶Sen. Chuck Grassley, …, said …`` makes the
senator the object of the quote's verb). A line break in cleaned article text
always ends a sentence, so this component marks the first token after one as a
sentence start. The opposite mistake, a sentence ended by the dot of a title
before a name (``said Navy Capt. Jeff Davis``), is prevented the same way: the
name after a title is marked as no sentence start. spaCy's parser keeps
boundaries set before it and segments the rest itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

_LINE_BREAK = re.compile(r"\n\s*(?=\S)")


class NewsParagraphs:
    """Marks the first token of each line as a sentence start, and a capitalised
    word after a title abbreviation as none (a spaCy component).

    Args:
        titles: abbreviations written before names, with their dot (``Capt.``).
    """

    def __init__(self, titles: Iterable[str] = ()):
        words = "|".join(re.escape(title) for title in sorted(titles))
        self._after_title = re.compile(rf"(?<![\w.])(?:{words})[ \t]+(?=[A-Z])") if words else None

    def __call__(self, doc: Doc) -> Doc:
        """Mark line starts of an unparsed Doc as sentence starts, names after titles as none."""
        if doc.has_annotation("DEP"):  # parsed already: its sentences are fixed
            return doc
        for match in self._after_title.finditer(doc.text) if self._after_title else ():
            self._mark(doc, match.end(), False)
        for match in _LINE_BREAK.finditer(doc.text):
            self._mark(doc, match.end(), True)
        return doc

    @staticmethod
    def _mark(doc: Doc, offset: int, start: bool) -> None:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = start

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs (``batch_size`` is accepted for the spaCy API)."""
        for doc in stream:
            yield self(doc)


@Language.factory("news_paragraphs", assigns=["token.is_sent_start"], default_config={"titles": []})
def make_news_paragraphs(nlp: Language, name: str, titles: list[str]) -> NewsParagraphs:
    """spaCy factory for :class:`NewsParagraphs`; add it ``before="parser"``."""
    return NewsParagraphs(titles)
