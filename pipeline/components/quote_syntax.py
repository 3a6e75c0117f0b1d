"""Syntax shared by the quote cue finders (``quotes`` and ``quote_patterns``): the
:class:`Cue` record, a cue verb's subject and character ranges of parse subtrees."""

from __future__ import annotations

import dataclasses
from typing import Callable

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "prep", "ccomp"})
_EAGER_ADJECTIVES = frozenset({"quick", "keen", "anxious", "eager", "careful", "happy", "willing"})
_CAUSING = frozenset({"prompt", "lead", "cause", "force", "spur", "inspire", "compel", "provoke", "drive"})
_EDGE_PUNCT = " \n\t,;:.-—–"
_EXPLETIVES = frozenset({"it", "this", "that", "there"})
_RELATIVE = frozenset({"who", "which", "that"})
_RAISING = frozenset({"appear", "seem"})  # ``it appears that …``: an ``it`` that stands for no one
_CONJUNCTIONS = frozenset({"and", "but", "or", "while"})


@dataclasses.dataclass
class Cue:
    """A cue word with its speaker head and reported content.

    Attributes:
        token: the cue token (``said``, ``according``).
        lemma: the cue lemma reported in ``cue``.
        speaker: head token of the speaker phrase, or None.
        content: character range of the reported content, or None.
        unnamed: the source goes unnamed (``costs are expected to rise``): the
            content is reported without a speaker.
    """

    token: Token
    lemma: str
    speaker: Token | None
    content: tuple[int, int] | None
    unnamed: bool = False


def subject(token: Token, quoted: Callable[[int], bool]) -> Token | None:
    """Subject of a cue verb, climbing through conjunctions and participles (a
    subjectless conjunct takes the subject of the conjunct just before it). A
    comma-led participle the parser hung deep inside a reported clause belongs
    to the reporting verb (``X said Y will have to choose, saying "…"``: X says).

    Args:
        token: the cue verb.
        quoted: tells whether a character offset is inside quotation marks;
            subjects there belong to the quoted speech, so the climb goes on.
    """
    start, conjoined = token, False
    participle = token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > 0 and token.nbor(-1).text == ","
    for _ in range(4):
        if participle and token not in (start, start.head) and token.dep_ == "ccomp" \
                and token.head.pos_ == "VERB" and token.head.i < token.i:
            token, participle = token.head, False  # from the reported clause to the reporting verb
        agent = next((c for c in token.children if c.dep_ == "agent"), None) if not conjoined else None
        if agent is not None:  # passive: ``criticized by his rivals``; not a passive a verb is conjoined to
            return next((g for g in agent.children if g.dep_ == "pobj"), None)  # (``X was joined by Y and said``)
        if impersonal_passive(token):
            return None
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and not quoted(c.idx)
                    and not (c.dep_ == "nsubjpass" and c.lower_ in _EXPLETIVES)]
        if subjects:  # two subjects are a misparse (``His view: "…," he said``): the nearer one,
            child = min(subjects, key=lambda c: abs(c.i - token.i))  # or the last of one phrase after it
            if token.i and token.nbor(-1).text == "," and any(c.i > token.i for c in subjects):
                child = min((c for c in subjects if c.i > token.i), key=lambda c: c.i)  # ``A, said X, B``: X
            last = max(subjects, key=lambda c: c.i)
            if child.i > token.i and not any(t.is_punct and t.text != "-" for t in token.doc[child.i:last.i]):
                child = last  # ``said Blaze co - host Stu Burguiere``: the parser split one name
            child = _name_before_role(child, subjects, token)
            if child.lower_ == "it" and (token != start and token.lemma_ == "be" and infinitive(start)
                                         or token == start and token.lemma_ in _RAISING):  # not ``it seemed to suggest``
                return None  # ``It is hard to say whether …``, ``it appears that …``: the writer's aside
            return _antecedent(token) if child.lower_ in _RELATIVE else child
        named = _conjoined_name(token) or _name_hung_before(token) or _sibling_subject(token, quoted) \
            or _verbless_sentence_subject(token)
        if named is not None:
            return named
        if (token.dep_ not in _CLIMB_DEPS and not _eager(token)) or token.head == token:
            return None
        controller = _object_controller(token, quoted)
        if controller is not None:
            return controller
        conjoined = token.dep_ == "conj"
        if conjoined and token.tag_ in FINITE_TAGS and infinitive(token.head) and token.head.head != token.head:
            token = token.head  # ``waited for the truth to come out and admitted``: no subject shared with ``to come``
        token = token.head
    return None


def _eager(token: Token) -> bool:
    """Whether a token is an adjective of readiness whose subject speaks through the
    infinitive after it (``Critics are quick to point out that …``, ``The company
    is keen to stress that …``)."""
    return token.dep_ == "acomp" and token.lower_ in _EAGER_ADJECTIVES \
        and any(c.dep_ == "xcomp" and infinitive(c) for c in token.children)


def _name_before_role(child: Token, subjects: list[Token], verb: Token) -> Token:
    """The name of a person whose role, set off by commas, the parser read as a
    second subject (``Cory Doctorow, European outreach coordinator for X, said``):
    the role describes the name, which is the speaker."""
    doc = child.doc
    if child.pos_ != "NOUN" or child.i > verb.i or doc[verb.i - 1].text != "," \
            or doc[child.left_edge.i - 1].text != ",":
        return child
    return next((s for s in subjects if s.ent_type_ == "PERSON"
                 and s.i < child.left_edge.i <= s.right_edge.i + 2), child)


def _object_controller(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The object of a verb of causing a to-infinitive hangs on, which did what the
    infinitive says (``prompted a Labour donor to say``, ``led some commentators to
    argue``); not after a verb of asking or urging, whose object has not acted
    (``urged the club to reject the deal``: the urging is the report). What one
    leads may be a gathering (``led a rally of 5,000 people to call for``): no speaker."""
    if verb.dep_ != "xcomp" or not infinitive(verb) or verb.head.lemma_.lower() not in _CAUSING:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and not quoted(c.idx)), None)
    return None if obj is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children) else obj


def infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive (``to say``)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _verbless_sentence_subject(verb: Token) -> Token | None:
    """The name a sentence the parser left without a main verb opens with, when
    the verb after a comma was read as a participle on a noun of a relative clause
    or apposition (``Stuart Stevens, who served as X during the 2012 campaign,
    called Trump's statements "childish."``): the name is the verb's subject."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or root.pos_ != "PROPN" or root.i > verb.i \
            or verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return root


def impersonal_passive(verb: Token) -> bool:
    """Whether a verb is an impersonal passive (``it is reported that …``): the
    source goes unnamed, and no subject of a clause around it speaks."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _conjoined_name(verb: Token) -> Token | None:
    """A name the parser attached beside a subjectless conjoined verb, right
    before it (``“…,” Lund, 61, told the radio``): the verb's subject."""
    if verb.dep_ != "conj":
        return None
    before = [c for c in verb.head.children if c.dep_ in ("conj", "npadvmod") and c.i < verb.i]
    name = before[-1] if before else None
    if name is None or name.pos_ != "PROPN" \
            or any(not t.is_punct for t in verb.doc[name.right_edge.i + 1:verb.i]):
        return None
    return name


def _name_hung_before(verb: Token) -> Token | None:
    """A name right before a subjectless verb that the parser hung on it as a
    modifier (``“Cruz,” Beck joked``, ``Beck`` read as a compound), a person
    it read as the object of a fronted phrase (``Tuesday at a rally in Ohio
    Governor John Kasich said``), or a plural after ``and`` it joined to a noun
    before (``… a trade deficit and analysts said``): its subject."""
    name = verb.nbor(-1) if verb.i else None
    if name is not None and name.dep_ == "pobj" and name.ent_type_ == "PERSON" and verb.tag_ in ("VBD", "VBZ") \
            and verb.dep_ == "ROOT" and any(a == verb for a in name.ancestors):  # not ``X flew in and after … Y said``
        return name
    if name is not None and name.dep_ == "conj" and name.tag_ == "NNS" and name.i and name.nbor(-1).lower_ == "and" \
            and verb.dep_ == "ROOT" and verb.tag_ in FINITE_TAGS:
        return name  # ``The US is struggling with a deficit and analysts said …``: a clause read as a noun list
    if name is None or name.pos_ != "PROPN" or name.head != verb or name.dep_ not in ("compound", "npadvmod", "dep", "nmod"):
        return None
    before = verb.doc[name.left_edge.i - 1] if name.left_edge.i else None
    return name if before is None or before.is_punct or before.is_space else None  # not ``the Vermont senator``


def _sibling_subject(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The subject of the conjunct just before a subjectless conjoined verb, when
    that conjunct has its own (``A called for X, and B denounced Y and said Z``:
    the parser hangs both on ``called``; B said Z)."""
    if verb.dep_ != "conj":
        return None
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    if not before:
        return None
    subjects = [c for c in before[-1].children if c.dep_ in SUBJECT_DEPS and not quoted(c.idx)]
    return subjects[-1] if subjects and subjects[-1].lower_ not in _RELATIVE else None


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's ``who`` stands for, also from a conjoined
    relative clause (``Kim, who runs a shop and who said …``); None outside one
    (``who said so?``)."""
    verb = first_conjunct(verb)
    return verb.head if verb.dep_ == "relcl" else None


def is_name(token: Token) -> bool:
    """Whether a token heads a name (a proper noun or a person the model tagged)."""
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON"


def first_conjunct(word: Token) -> Token:
    """The first of the conjuncts a word is conjoined to (``ads attacking X and
    praising Y``: ``attacking``)."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without edge punctuation or a dangling conjunction, or None."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    last = text[start:end].rsplit(None, 1)
    if len(last) == 2 and last[1] in _CONJUNCTIONS:
        return trim(text, start, start + len(text[start:end].rstrip()) - len(last[1]))
    return (start, end) if end > start else None


def char_range(first: Token, last: Token) -> tuple[int, int] | None:
    """Characters from ``first`` to ``last`` without edge punctuation, or None if empty."""
    text = first.doc[first.i:last.i + 1].text
    kept = trim(text, 0, len(text))
    return None if kept is None else (first.idx + kept[0], first.idx + kept[1])


def definite(noun: Token) -> bool:
    """Whether a noun has the definite article (``the minister``)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def subtree_range(token: Token, skip: Token | None = None) -> tuple[int, int] | None:
    """Character range of ``token``'s subtree, cut before ``skip``'s subtree if inside."""
    first, last = token.left_edge, token.right_edge
    if skip is not None and first.i <= skip.i <= last.i:
        if skip.left_edge.i - first.i >= last.i - skip.right_edge.i:
            last = token.doc[skip.left_edge.i - 1]
        else:
            first = token.doc[skip.right_edge.i + 1]
    if first.i > last.i:
        return None
    return char_range(first, last)
