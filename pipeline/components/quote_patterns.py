"""Cue constructions for ``news_quotes`` beyond single cue lemmas.

``data/quotes_cues.json`` holds single cue lemmas whose reported content is a
fixed dependent (``said`` + its clause). This module holds multi-word and
dependency constructions, read from ``data/quotes_patterns.json``, that report
content only in one shape, so that adding their words as plain cue lemmas would
report too much: ``talked about X``, ``confident that X``, ``expressed concern
that X``, ``noted X``, and inflected cue verbs the lemmatizer gets wrong
(``hoped`` -> ``hop``) or the tagger reads as nouns (``"…," the editorial
read.``). Their words join the component's single Matcher pass as one one-token
pattern; each match is checked against the parse around it and turned into a
:class:`~pipeline.components.Cue`.
"""

from __future__ import annotations

import functools
import json
from typing import Callable

from spacy.matcher import Matcher
from spacy.tokens import Span, Token

from pipeline.components.quote_lexicon import DATA_DIR
from pipeline.components.quote_syntax import Cue, char_range, subject, subtree_range

_CLAUSE_DEPS = ("ccomp", "acl", "advcl")
_FORM_CONTENT = ("ccomp", "xcomp")
_MAX_LEAD = 6
_MIN_COLON_WORDS = 4
_MAX_AS_CLAUSE = 8
_PREDICATE_DEPS = ("acomp", "ccomp", "oprd")  # an adjective predicated by a verb: is sure, made (it) clear
_MISREAD_POS = ("NOUN", "PROPN", "ADJ")
_MAX_PHRASE = 8  # words of a speaker phrase before a misread verb


@functools.lru_cache(maxsize=1)
def _load() -> dict:
    """``quotes_patterns.json`` (cached)."""
    return json.loads((DATA_DIR / "quotes_patterns.json").read_text(encoding="utf-8"))


class CuePatterns:
    """Adds one cheap one-token pattern (the constructions' words) to the
    component's matcher and turns its matches into cues by checking the parse
    around the matched word."""

    label = "CONSTRUCTION"

    def __init__(self, cue_nouns: frozenset[str]):
        """Args:
            cue_nouns: the cue nouns of ``quotes_cues.json``; as a verb's object they
                also report a that-clause (``rejected the claim that X``).
        """
        data = _load()
        self.forms: dict[str, str] = data["forms"]
        self.misread_forms: dict[str, str] = data["misread_forms"]
        self.object_verbs = frozenset(data["object_verbs"])
        self.prep_verbs: dict[str, list[str]] = data["prep_verbs"]
        self.as_clause_verbs = frozenset(data["as_clause_verbs"])
        self.causing_verbs = frozenset(data["causing_verbs"])
        self.that_words = {"VERB": frozenset(data["that_verbs"]), "ADJ": frozenset(data["that_adjectives"]),
                           "NOUN": frozenset(data["that_nouns"]) | cue_nouns}

    def add_to(self, matcher: Matcher) -> None:
        """Add the constructions' words to the component's matcher (one label)."""
        lemmas = self.object_verbs | set(self.prep_verbs) | frozenset().union(*self.that_words.values())
        matcher.add(self.label, [[{"LEMMA": {"IN": sorted(lemmas)}}],
                                 [{"LOWER": {"IN": sorted(self.forms)}}],
                                 [{"LOWER": {"IN": sorted(self.misread_forms)}, "POS": {"IN": list(_MISREAD_POS)}}],
                                 [{"ORTH": ":"}],
                                 [{"LOWER": "as", "DEP": "mark"}]])

    def cues(self, token: Token, quoted: Callable[[int], bool]) -> list[Cue]:
        """The cues a matched word heads, if the parse bears the construction out."""
        lemma = token.lemma_.lower()
        if token.text == ":":
            return _colon_cue(token, quoted)
        if token.lower_ == "as":
            return self._as_clause_cue(token, quoted)
        if token.pos_ in _MISREAD_POS and token.lower_ in self.misread_forms:
            found = _misread_cue(token, self.misread_forms[token.lower_])
            if found:
                return found
        if token.pos_ != "VERB":
            return self._that_cue(token, quoted) if lemma in self.that_words.get(token.pos_, ()) else []
        if token.lower_ in self.forms:
            return _cue(token, self.forms[token.lower_], _child(token, _FORM_CONTENT), quoted)
        found = self._that_cue(token, quoted) if lemma in self.that_words["VERB"] else []
        if lemma in self.object_verbs and _child(token, ("ccomp",)) is None:
            found += _cue(token, lemma, _child(token, ("dobj",)), quoted)
        if lemma in self.prep_verbs:
            found += self._prep_cue(token, quoted)
        return found

    def _as_clause_cue(self, mark: Token, quoted: Callable[[int], bool]) -> list[Cue]:
        """``As Clyburn noted, those voters will …``, ``As Foner put it, "…"``: a
        reporting verb in a short as-clause without content of its own (not ``as X announced that …``, nor
        a time clause ``as X continues``) reports the clause it is attached to."""
        verb = mark.head
        obj = _child(verb, ("dobj",))
        if verb.dep_ != "advcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.as_clause_verbs \
                or verb.head.i == verb.i or not 0 < verb.i - mark.i <= _MAX_AS_CLAUSE \
                or _child(verb, ("ccomp", "xcomp")) is not None \
                or obj is not None and obj.lower_ != "it":  # ``As X put it, …``: ``it`` is the clause
            return []
        content = subtree_range(verb.head, skip=verb)
        return [Cue(verb, verb.lemma_.lower(), subject(verb, quoted), content)]

    def _prep_cue(self, token: Token, quoted: Callable[[int], bool]) -> list[Cue]:
        """``talked (briefly) about X``: the object of a preposition right after the verb,
        with the as-phrase that says what it is called (``refers to X as "Mr. Trump"``)."""
        lemma = token.lemma_.lower()
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.i <= token.i + 2), None)
        if prep is None or prep.lower_ not in self.prep_verbs[lemma]:
            return []
        cues = _cue(token, f"{lemma} {prep.lower_}", _child(prep, ("pobj", "pcomp")), quoted)
        as_phrase = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > prep.i), None)
        if cues and cues[0].content is not None and as_phrase is not None:
            cues[0].content = (cues[0].content[0], subtree_range(as_phrase)[1])
        return cues

    def _that_cue(self, token: Token, quoted: Callable[[int], bool]) -> list[Cue]:
        """``learned that X`` / ``is confident that X`` / ``rejected the notion that X``:
        the clause a ``that`` right after the word introduces, spoken by the subject
        of the verb, of the verb predicating the adjective (``made it clear``: not
        the small clause's ``it``) or of the verb taking the noun as its
        object (unless that verb reports its whole object: ``expressed concern that X``,
        or causes the view rather than holding it: ``sparked hopes that X`` has no
        named holder)."""
        that = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if that is None or that.lower_ != "that" or that.dep_ != "mark":
            return []
        clause = that.head
        if clause.head.i != token.i or clause.dep_ not in _CLAUSE_DEPS:
            return []
        if token.pos_ == "NOUN":
            verb = token.head.lemma_.lower()
            if token.dep_ != "dobj" or verb in self.object_verbs:
                return []
            if verb in self.causing_verbs:  # ``the rise in prices sparked hopes that X``: no one's named
                return [Cue(token, token.lemma_.lower(), None, subtree_range(clause), unnamed=True)]
            return _cue(token, token.lemma_.lower(), clause, quoted, speaker_of=token.head)
        speaker_of = token.head if token.dep_ in _PREDICATE_DEPS else token
        return _cue(token, token.lemma_.lower(), clause, quoted, speaker_of=speaker_of)


def _colon_cue(colon: Token, quoted: Callable[[int], bool]) -> list[Cue]:
    """``Paul Ryan: FBI decision defies explanation``: a short name phrase opening
    a line (a headline or transcript turn) and a colon attribute the rest of the
    line. The phrase has no verb and its last word is a name or noun (not an
    all-capitals label such as ``UPDATE:`` nor a place heading a list, ``Iowa:``);
    the speaker must still be plausible. Short lines (``Kasich: Now or never``)
    are section headings, not statements."""
    doc = colon.doc
    start = colon.i
    while start > 0 and colon.i - start <= _MAX_LEAD and "\n" not in doc[start - 1].text:
        start -= 1
    lead = doc[start:colon.i]
    head = colon.nbor(-1) if colon.i else None
    if head is None or not 1 <= len(lead) <= _MAX_LEAD \
            or len(head.text) < 3 or head.is_upper or head.pos_ not in ("PROPN", "NOUN") \
            or head.ent_type_ in ("GPE", "LOC") or quoted(colon.idx) \
            or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in lead):
        return []
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    line = doc[colon.i + 1:end]
    if len(line.text.split()) < _MIN_COLON_WORDS or _verbless_list(line):
        return []
    content = char_range(line[0], line[-1])
    return [Cue(colon, ":", head, content)]


def _misread_cue(form: Token, lemma: str) -> list[Cue]:
    """``"…," the editorial read.``, ``"…," a voice-over in the ad states.``,
    ``Article 33 affirms: "…"``: a speech verb the tagger read as a noun, ending a
    noun phrase set between a closing quote mark and the sentence's end (a
    phrase of its own may follow: ``"…," the Saudis state in the white paper.``;
    or between the sentence's start and a colon opening a quote), attributes the
    quote beside it (no content of its own). The speaker is the noun the verb
    form leans on (``editorial``), or the noun a preposition hangs from
    (``a voice-over in the ad states``). A lower-case form only: ``the United
    States.`` is a name."""
    doc = form.doc
    if not form.is_lower or form.ent_type_ or form.i + 1 >= len(doc):
        return []
    start = form.i  # the noun phrase the form ends: back to a verb or to punctuation not glued
    while start > 1 and form.i - start < _MAX_PHRASE and doc[start - 1].pos_ not in ("VERB", "AUX") \
            and not (doc[start - 1].is_punct and doc[start - 1].whitespace_ + doc[start - 2].whitespace_):
        start -= 1  # (a hyphen glued to both neighbours is inside a word: ``voice-over``)
    if form.dep_ == "pobj" and form.head.dep_ == "prep":
        speaker = form.head.head
    else:
        speaker = next((c for c in reversed(list(form.lefts)) if c.pos_ in ("NOUN", "PROPN")
                        or c.pos_ == "ADJ" and c.i > 0 and doc[c.i - 1].tag_ == "DT"), None)
    if speaker is None or speaker.pos_ not in _MISREAD_POS or not start <= speaker.i < form.i or start == 0:
        return []
    before, after = doc[start - 1], doc[form.i + 1]
    after_quote = before.is_quote or before.text == "," and start > 1 and doc[start - 2].is_quote
    before_quote = after.text == ":" and form.i + 2 < len(doc) and doc[form.i + 2].is_quote
    if after.dep_ == "prep" and after.head == form and after.right_edge.i + 1 < len(doc):
        after = doc[after.right_edge.i + 1]  # ``the Saudis state in the white paper.``
    if not (after_quote and after.text in (".", ",") or before_quote):
        return []
    return [Cue(form, lemma, speaker, None)]


def _verbless_list(line: Span) -> bool:
    """Whether a line is a list without a verb (``Replacements: R Lee (Bath), D Peel
    (Sale), …``), not a statement."""
    return sum(t.text == "," for t in line) >= 2 and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in line)


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The first right-hand child of ``token`` with one of ``deps``."""
    return next((c for c in token.rights if c.dep_ in deps), None)


def _cue(token: Token, lemma: str, content: Token | None, quoted: Callable[[int], bool],
         speaker_of: Token | None = None) -> list[Cue]:
    """A cue reporting ``content``'s subtree, spoken by the subject of ``speaker_of``
    (default: the cue token); none without content."""
    if content is None:
        return []
    speaker = subject(speaker_of if speaker_of is not None else token, quoted)
    return [Cue(token, lemma, speaker, subtree_range(content))]
