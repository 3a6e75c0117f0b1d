"""The ``news_timex`` spaCy component: TIMEX3 temporal expressions, recognised and normalised.

Recognition is a set of regex rules compiled from ``data/timex_lexicon.json``
(:mod:`timex_grammar`); normalisation resolves each expression against the
publication date (``doc._.dct``) or the date last mentioned (:mod:`timex_normalise`).
The parse is used only to read the tense of the verb governing a yearless month or
a bare weekday ("said Friday" is last Friday, "will meet Friday" the next one).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.components.timex_calendar import end_of
from pipeline.components.timex_grammar import Grammar, load_lexicon, previous_word
from pipeline.components.timex_normalise import Context, Resolution, normalise
from pipeline.components.typography import plain_apostrophes

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)

#: Anchors whose value may serve as the date in focus for later anaphora.
_FOCUS_ANCHORS = ("absolute", "publication")
#: How far up the dependency tree to look for the verb that carries the tense.
_MAX_HEAD_STEPS = 4
#: How many tokens before an expression a past cue ("since") may stand.
_PAST_CUE_WINDOW = 6


@functools.lru_cache(maxsize=None)
def shared_grammar() -> Grammar:
    """The compiled grammar, built once per process and shared by all instances."""
    return Grammar(load_lexicon())


@Language.factory("news_timex", default_config={"day_first": False})
def make_news_timex(nlp: Language, name: str, day_first: bool) -> "TimexTagger":
    """Factory: ``day_first`` reads 3/9/2024 as 3 September (else March 9)."""
    return TimexTagger(day_first=day_first)


class TimexTagger:
    """Sets ``doc._.timexes`` to TIMEX3 dicts, resolved against ``doc._.dct``.

    Args:
        day_first: read ambiguous numeric dates (3/9/2024) day first.
    """

    def __init__(self, day_first: bool = False):
        self.day_first = day_first
        self.grammar = shared_grammar()
        self.lex = self.grammar.lex
        self.future_auxiliaries = frozenset(self.lex["future_auxiliaries"])
        self.reported_future_auxiliaries = frozenset(self.lex["reported_future_auxiliaries"])
        self.future_verbs = frozenset(self.lex["future_verbs"])
        self.future_cues = frozenset(self.lex["future_cues"])
        self.past_cues = frozenset(self.lex["past_cues"])
        self.period_end_cues = frozenset(self.lex["period_end_cues"])

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc (its ``_.dct`` must be set before, or stay None)."""
        doc._.timexes = self.annotate(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Annotate a stream of Docs; there is no batch-level work to share."""
        for doc in docs:
            yield self(doc)

    def annotate(self, doc: Doc) -> list[dict]:
        """TIMEX3 dicts for ``doc``, in text order, reading the document left to right."""
        ctx = Context(parse_dct(doc._.dct), None, functools.partial(self.tense_at, doc),
                      self.day_first, self.lex)
        text = doc.text  # built from the tokens on every access: read it once
        timexes = []
        # the date closing a period ("the quarter ended Sept. 30") leaves that period in focus
        for cand in self.grammar.find(text):
            res = normalise(cand.rule, cand.groups, ctx, cand.start)
            if res is None:
                continue
            timexes.append(as_record(text, cand.start, cand.end, res))
            if res.point is not None and res.anchor in _FOCUS_ANCHORS and \
                    previous_word(text, cand.start) not in self.period_end_cues:
                ctx.ref = res.point
        return timexes

    def tense_at(self, doc: Doc, char: int) -> str | None:
        """"past", "future" or None for the verb governing the token at ``char``.

        A future cue just before the expression ("effective Feb. 1", "postponed until
        Tuesday") wins over the verb, except opening a sentence ("Until Tuesday, police had ...").
        """
        if not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        if token is None:
            return None
        if token.i > 0 and doc[token.i - 1].lower_ in self.future_cues and not doc[token.i - 1].is_sent_start:
            return "future"
        tense = self._governing_tense(token)
        if tense is None and self._after_past_cue(token):
            return "past"
        return tense

    def _after_past_cue(self, token: Token) -> bool:
        """"since soon after the May 4 fire": a date after "since" is behind us."""
        sent_start = token.sent.start
        window = token.doc[max(sent_start, token.i - _PAST_CUE_WINDOW):token.i]
        return any(t.lower_ in self.past_cues for t in window)

    def _governing_tense(self, token: Token) -> str | None:
        """Tense of the verb up the dependency tree from ``token`` (None if none found)."""
        infinitive = False
        for _ in range(_MAX_HEAD_STEPS):
            if token is None:
                return None
            tense = self._verb_tense(token)
            if tense == "to":
                infinitive = True
            elif tense != "up":
                # "was set to expire Nov. 6": the past tense governs the plan, not the date;
                # "is to resume trading Tuesday": present "be" + infinitive is a plan;
                # "planned a rally on Saturday": the planned event's date is ahead,
                # unless the plan is a pluperfect one ("had expected a rebound on Monday").
                if infinitive and tense is None and token.lemma_ == "be":
                    return "future"
                if tense == "past" and token.lemma_ in self.future_verbs and \
                        any(c.dep_ == "dobj" for c in token.children) and \
                        not any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
                    return "future"
                return None if infinitive and tense == "past" else tense
            token = token.head if token.head != token else None
        return None

    def _verb_tense(self, token: Token) -> str | None:
        """Tense of a verb from its tag and auxiliaries; "up"/"to" to keep climbing.

        "would" is a future only in a reported clause ("said the plant would close
        Monday"); elsewhere it is habitual or conditional ("he would visit the mill on Monday").

        A bare past participle is past ("the year ended March 31", "the plan
        announced Tuesday"); a present tense in news announces a plan ("meets Friday").
        """
        if token.pos_ not in ("VERB", "AUX"):
            return "up"
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        words = {plain_apostrophes(a.lower_) for a in auxes}  # ``’s been`` as ``'s been``
        if words & self.future_auxiliaries or words & self.reported_future_auxiliaries and token.dep_ == "ccomp":
            return "future"
        if "to" in words:
            return "to"
        if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or \
                token.tag_ == "VBN" and (not words or words & {"has", "have", "'s", "'ve"}):
            return "past"
        if token.lemma_ in self.future_verbs or \
                token.tag_ == "VBG" and words & {"is", "are", "'s", "'re"}:
            return "future"
        return None


def parse_dct(value: str | None) -> dt.date | None:
    """The publication date from ``doc._.dct`` ("YYYY-MM-DD..."), or None if absent/invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_record(text: str, start: int, end: int, res: Resolution) -> dict:
    """The plain, JSON-able dict stored in ``doc._.timexes``."""
    dated = res.point is not None and res.type in ("DATE", "TIME")
    return {
        "start": start, "end": end, "text": text[start:end], "type": res.type, "value": res.value,
        "granularity": res.granularity, "anchor": res.anchor,
        "date_start": res.point.start.isoformat() if dated else None,
        "date_end": end_of(res.point).isoformat() if dated else None,
    }
