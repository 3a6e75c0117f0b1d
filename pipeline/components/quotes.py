"""``news_quotes``: quote extraction and speaker attribution ("who said what").

Sets ``doc._.quotes`` to a list of plain dicts sorted by ``start``::

    {start, end, kind, speaker, speaker_start, speaker_end,
     speaker_canonical, speaker_entity_id, speaker_kind, cue, cue_type, negated}

``start``/``end`` are character offsets into ``doc.text`` (end exclusive);
``kind`` is ``direct`` (quotation-marked speech, marks included), ``mixed``
(reported content containing a quoted fragment; the span is the whole reported
content) or ``indirect`` (a reported clause). A quote split by its attribution
(``"A," he said, "B."``) and a quote running over several paragraphs give one
dict per piece; the pieces share speaker and cue.

``speaker`` is the phrase naming the speaker in the text, ``speaker_kind`` how
it does so: ``name``, ``pronoun`` (``he``, also ``it`` for a document read out)
or ``nominal`` (``the governor``, ``a source``). ``speaker_canonical`` is the
canonical name of the entity the phrase refers to, with ``speaker_entity_id``
linking it, when resolved; an unresolved speaker keeps its phrase and a null link.
``cue_type`` tells what the cue reports (see :func:`_cue_type`): ``speech``,
``question``, ``stance``, ``intention`` or ``evidence``; null for a quote without a cue.
``negated`` tells that the cue is negated (``did not say whether …``, ``failed to tell …``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pipeline.components import quote_patterns
from pipeline.components.quote_lexicon import QuoteLexicon, load_lexicon
from pipeline.components.quote_marks import QuotePiece, quote_pieces
from pipeline.components.quote_speakers import NO_SPEAKER, Speaker, SpeakerResolver
from pipeline.components.quote_syntax import (FINITE_TAGS, SUBJECT_DEPS, Cue, char_range, definite, first_conjunct,
                                               impersonal_passive, infinitive, is_name, subject, subtree_range,
                                               trim)

_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis", "advcl"})
_SENTENCE_END = frozenset({".", "!", "?"})
_DASHES = frozenset({"—", "–", "-", "--"})
_MARKS = "\"'`“”‘’«»„ \n"
_MAX_CLIMB = 6
#: Particles the parser may read as prepositions (``knocking X out of the race``).
_PARTICLE_PREPS = frozenset({"out", "off", "down"})
_CLAUSE_VERB_TAGS = FINITE_TAGS | {"VB", "MD"}  # a verb of a clause, not a modifier (``newly elected``)
_CLOSING_REACH = 6  # words between a quote and the verb of the attribution closing its sentence
_SEQUEL_GAP = 80  # characters of attribution between a quote and its sequel
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "dative"})
_OWN_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "oprd"})
_QUESTION_OPENERS = frozenset({"if", "whether", "about", "why", "how", "what", "who", "whom", "when", "where", "which"})
_VERB_COMPLEMENTS = _OWN_COMPLEMENT_DEPS | {"ccomp", "dative", "attr", "acomp"}
_TIMES = frozenset({"DATE", "TIME"})
_SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", ""})  # a name that can be a source (or one the model missed)
_NOT_CONTENT = _TIMES | {"CARDINAL", "ORDINAL"}
_PRO_FORMS = frozenset({"so", "yes", "no", "otherwise"})
_ATTRIBUTION_SLOT = 3  # tokens after a quote that hold its attribution (``she added``, ``said Mr. X``)
_TITLE_WORDS = 4  # words of title before a name (``Manchester United manager Alex Ferguson``)
_AFFILIATION_WORDS = 8  # tokens of a bracketed party affiliation (``(R-Wash.)``)
_NO_ONE = frozenset({"nobody", "no-one", "noone", "none", "neither"})
_PLACE_OR_BODY = frozenset({"ORG", "FAC", "GPE", "LOC"})  # names that may end in ``'s`` (``McDonald's``)
_DENIED_DOUBTS = frozenset({"doubt", "question"})  # ``left no doubt that …`` affirms
# participles that set the scene of an attribution (``speaking outside the court, his mother said``)
_SPEAKING = frozenset({"speak", "talk", "write", "ask", "address", "appear", "interview"})
_MIN_CAPITALS_WORDS = 4  # a sentence in capitals this long is a headline (see _in_capitals)
_INVERTED_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod"})  # a name after its cue, as the parser reads it
_INVERTED_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})  # ``said he``; never ``put it``
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "PERCENT"})
_NOT_SPEAKER = frozenset({"MONEY", "QUANTITY", "LAW", "EVENT", "FAC", "PRODUCT"})
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr",
                            "lt", "col", "sgt", "capt", "prof", "rev", "vs", "no", "inc", "co",
                            "corp", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "ft",
                            "mt", "pres", "adm", "maj", "cmdr", "atty", "gens", "reps", "sens", "cie", "cos",
                            "bros", "dept"})
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)\]]*\s+(?=[\"“‘'`«(\[]*[A-Z0-9])"
                             r"|(?<=[a-z0-9]{2})[.!?](?=[\"“«]?[A-Z][a-z])")
_SPEAKER_STOPS = frozenset(",;:()[]\"“”‘’«»—–") | {"''", "``", "--"}
_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at",
                                "with", "or", "from", "by"})
_TITLE_LINK_WORDS = frozenset({"is", "as", "but", "nor", "into"})  # ``Orange is the New Black``
_BREAKS = re.compile(r"\n+")
_CLOSING_MARKS = frozenset({"”", "’", "\"", "'", "''", "»"})
_OPENING_MARKS = frozenset("“‘\"'«")
_ASIDE_OPENERS = frozenset({"-", "--", "—", "–", "(", "["})
_CONJOINED_AFTER = re.compile(r"\s*,?\s*(?:—|–|--)?\s*(?:and|but)\s")
_ADVERBIAL_OPENERS = frozenset({"as", "while", "when", "because", "although",
                                "though", "whereas"})
_FOCUS_ADVERBS = frozenset({"even", "also", "too", "still"})  # they stress a speaker, not part of it
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
_SOURCE_LEAD_IN = 8  # tokens of ``From X:`` before a quote
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_TRAILING_DEPS = frozenset({"relcl", "advcl", "appos"})
#: Dependents of a parenthetical cue that carry on the statement it interrupts (``…, he said, because …``).
_CONTINUING_DEPS = frozenset({"advcl", "conj", "prep", "xcomp", "npadvmod", "ccomp"})
_REASON_MARKS = frozenset({"because"})
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_SETTING_RELATIVES = frozenset({"when", "where"})
_TIME_OPENERS = frozenset({"as", "when", "while"})
_PURPOSE_OPENERS = frozenset({"to", "in", "so"})  # ``to X``, ``in order to X``, ``so as to X``
_BYLINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")
_BYLINE_LEAD = re.compile(r"[,\"”]\s+by\s+[^:,.\"“”]{3,60}:\s*$")
_COMPLEMENT_TAKERS = frozenset({"VERB", "PART", "SCONJ"})
_COMPLEMENTIZERS = frozenset({"that", "to", "whether", "if"})


@dataclasses.dataclass
class Quote:
    """A quote before speaker resolution.

    Attributes:
        start: start offset. end: end offset. kind: direct, mixed or indirect.
        cue: its cue, if any. follows: an earlier quote whose speaker it shares
            (follow-on quotes), else None.
    """

    start: int
    end: int
    kind: str
    cue: Cue | None
    follows: Quote | None = None


def _inverted_subject(token: Token, addressing: frozenset[str]) -> Token | None:
    """The name after an inverted cue (``said Mr. Smith``), parsed as an object.
    Only a cue set off by punctuation inverts, and not one ``addressing`` a
    hearer (``…," X tells Fox News``) nor one conjoined to another verb (``opposes
    "A" and recalled the freeze``); elsewhere (``calls opposing Hillary
    Clinton``) the name is the object."""
    if not _set_off(token) or token.lemma_.lower() in addressing \
            or token.i > token.sent.start and token.nbor(-1).dep_ == "cc":
        return None
    for child in token.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod") and child.ent_type_ not in _TIMES and (
                child.pos_ in ("PROPN", "NOUN") or child.lower_ in _INVERTED_PRONOUNS):
            return child  # not a time (``X, tweeted Sunday``)
    return None


def _in_capitals(token: Token) -> bool:
    """Whether a token's sentence is a headline set in capitals (``NEW ZEALAND DEBT
    EXPECTED TO KEEP FALLING``), with no full stop: the model cannot parse it, so it
    gives no cue. A wire story written in capitals ends its sentences and keeps them."""
    if token.is_alpha and not token.is_upper:
        return False  # the cue word itself is not in capitals (nearly every cue)
    sentence = token.sent
    words = [t for t in sentence if t.is_alpha]
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return len(words) >= _MIN_CAPITALS_WORDS and all(t.is_upper for t in words) \
        and last is not None and last.text != "."


def _relayed_speaker(cue: Token, relaying: frozenset[str]) -> Token | None:
    """The one a medium quotes (``The FT quoted a senior official as saying …``,
    ``Mr Johnson was quoted by the Sun as saying …``): the speaker of ``saying`` is
    the relaying verb's object, or its passive subject, not the medium; also
    without ``as`` (``the Standard quoted Mr Clarke telling activists …``)."""
    if cue.tag_ == "VBG" and cue.dep_ == "xcomp" and cue.head.lemma_.lower() in relaying:
        return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "as" or prep.head.lemma_.lower() not in relaying:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i or c.dep_ == "nsubjpass"), None)


def _relayed_before(cue: Token) -> tuple[int, int] | None:
    """What a medium relays before the attribution (``X held talks with MCI,
    Reuters quoted sources as saying``): the clause the parser hung on the
    relaying verb before it, or joined it to (``The issue will be dealt with …,
    minister Yuri Trutnev was quoted as saying by Interfax``)."""
    relaying = cue.head.head
    clause = next((c for c in relaying.lefts if c.dep_ == "ccomp"), None)
    if clause is not None:
        return subtree_range(clause)
    comma = next((c for c in relaying.lefts if c.text == ","), None)
    if relaying.dep_ == "conj" and comma is not None and relaying.head.i < comma.i:
        return char_range(relaying.head.left_edge, cue.doc[comma.i - 1])
    return None


def _before_hyphen(token: Token) -> bool:
    """Whether a hyphen glued to ``token`` follows it (``co-host``)."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor(1).text == "-"


def _after_hyphen(part: Token) -> Token | None:
    """The noun that ends an inverted speaker phrase whose hyphenated first word
    the parser split into arguments of their own (``mused Blaze co-host Stu
    Burguiere``, ``co`` read as the subject): the last noun argument of the verb
    right after it, or None."""
    verb, following = part.head, None
    for child in verb.rights:
        if child.i > part.i + 1 and child.dep_ in _INVERTED_DEPS and child.pos_ in ("PROPN", "NOUN") \
                and child.left_edge.i <= (following or part).i + 3:
            following = child
    return following


def _verb_subject(token: Token, quoted: Callable[[int], bool], addressing: frozenset[str]) -> Token | None:
    """The subject of a cue verb, inverted ``said X`` included (see
    :func:`_inverted_subject`); a time parsed as a subject (a live blog's
    ``9:30 p.m.¶Trump says``) gives way to the verb's other one, or to a phrase
    hung inside it as an apposition."""
    speaker = _after_aside(subject(token, quoted)) or _inverted_subject(token, addressing)
    if speaker is not None and speaker.i > token.i and _before_hyphen(speaker):
        speaker = _after_hyphen(speaker) or speaker
    if speaker is not None and speaker.ent_type_ in _TIMES:
        others = [c for c in speaker.head.children if c.dep_ in SUBJECT_DEPS and c.i > speaker.i] \
            + [c for c in speaker.subtree if c.dep_ == "appos"]  # (``Saturday at the convention Sen. X said``)
        speaker = next((c for c in others if c.ent_type_ not in _TIMES and not quoted(c.idx)), speaker)
    return speaker


def _after_aside(speaker: Token | None) -> Token | None:
    """The subject after a dash-set aside that the parser ended with its last noun
    (``In the letter - addressed to the US attorney, Channing Phillips - the Utah
    Republican asks``): the phrase it hung on that noun after the closing dash."""
    if speaker is None:
        return None
    after = next((c for c in speaker.rights if c.dep_ == "appos" and c.left_edge.i >= 1
                  and _spaced_dash(c.doc[c.left_edge.i - 1])), None)
    opened = [t for t in speaker.doc[speaker.sent.start:speaker.left_edge.i] if _spaced_dash(t)]
    return after if after is not None and len(opened) % 2 == 1 else speaker


def _parenthetical_speaker(cue: Token, speaker: Token | None) -> Token | None:
    """The speaker of a parenthetical cue between a subject and its predicate
    (``Clinton, a top aide said, "is very confident"``): the phrase right before
    the cue, which the parser hung on the subject as an apposition. The cue is set
    off by commas on its right too (not ``X, spokesman for North East Says No, said``)."""
    if speaker is None or cue.dep_ != "parataxis" or not _comma_after(cue):
        return speaker
    return next((c for c in speaker.rights if c.dep_ == "appos" and c.right_edge.i == cue.i - 1
                 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","), speaker)


def _role_holder(role: Token, person_nouns: frozenset[str] = frozenset()) -> Token | None:
    """The person a role phrase ends with, the role written as a title before the
    name (``director of sport Emilio Butragueno``: ``sport`` is a compound of the
    name); not the person a role belongs to (``the wife of John Smith``), nor one
    whose own title is that compound (``a friend of former Yukos boss X``: ``boss``
    is one of ``person_nouns``)."""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for name in prep.children:
                compounds = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                if name.dep_ == "pobj" and name.ent_type_ == "PERSON" and compounds \
                        and not any(c.lemma_.lower() in person_nouns for c in compounds):
                    return name
    return None


def _idiom_subject(verb: Token) -> Token | None:
    """The subject of ``be`` whose prepositional phrase an infinitive hangs on
    (``Connors is at pains to point out``, ``X is in a position to say``)."""
    noun = verb.head
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.lemma_ != "be":
        return None
    return next((c for c in prep.head.children if c.dep_ in SUBJECT_DEPS), None)


def _subject_before(participle: Token) -> Token | None:
    """The subject of the clause that ends right before a comma-led participle, which
    the parser may have hung on the main verb instead (``The first incident came …,
    when Sanders protesters interrupted her speech, shouting "…"``: the protesters)."""
    doc = participle.doc
    end = participle.i - 2
    if end < 0 or doc[end + 1].text != ",":
        return None
    for node in (doc[end], *doc[end].ancestors):
        if node.right_edge.i != end:
            return None
        if node.pos_ in ("VERB", "AUX"):
            return next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def _utterer(utterance: Token) -> Token | None:
    """The one an utterance given as the speaker comes from (``"…," came shouts from
    the crowd``, ``came the reply from the minister``), or None."""
    source = next((c for c in utterance.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    return next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None


def _medial(cue: Token, quoted: Callable[[int], bool]) -> bool:
    """Whether a parenthetical cue stands inside an unquoted host clause, words on
    both sides (``The plan, Smith argued, would hurt farms``): both sides are
    reported. (``"A," she said, "B"`` is a direct quote in two pieces.)"""
    words = [t for t in cue.head.subtree if not (t.is_punct or t.is_space or t.dep_ == "cc")]
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if _after_comma(cue) and any(c.i > cue.i for c in subjects):
        subjects = []  # ``The economy, said the minister, would …``: the subject before is the host's
    left = min([c.left_edge.i for c in subjects] + [cue.i])  # not a clause hung on it
    return words[0].i < left and cue.right_edge.i < words[-1].i \
        and not any(quoted(t.idx) for t in words)


def _inner_capital(token: Token) -> bool:
    """Whether a noun is capitalised where a common noun would not be: inside its
    sentence, or right after a closing quote mark."""
    if token.pos_ != "NOUN" or not token.is_title or not token.i:
        return False
    previous = token.nbor(-1)
    return previous.text in _CLOSING_MARKS or not token.is_sent_start and previous.is_alpha


def _as_phrase(verb: Token) -> Token | None:
    """A verb's ``as`` complement, on itself, its object or its agent (``sees Trump
    as a threat``, ``seen by experts as a mistake``), or None; ``such as`` gives
    examples, not a view."""
    holders = [verb] + [c for c in verb.rights if c.dep_ == "dobj"] \
        + [g for c in verb.rights if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next((c for h in holders for c in h.rights if c.dep_ == "prep" and c.lower_ == "as"
                 and c.nbor(-1).lower_ != "such"), None)


def _reflexive(token: Token) -> bool:
    """Whether a token is a reflexive pronoun (``himself``, ``themselves``)."""
    return token.lower_.endswith(("self", "selves"))


def _can_speak(speaker: Token) -> bool:
    """Whether a speaker is no date, amount, dateline or reflexive pronoun (the
    parser's subject of ``found himself struggling to explain``); an age (``the
    46-year-old``) or a share of a group (``three in 10``) can speak."""
    if _dateline(speaker) or _reflexive(speaker):
        return False
    return speaker.ent_type_ not in _NOT_CONTENT | _NOT_SPEAKER or _age_noun(speaker) or _share_of_group(speaker)


def _name_beside_quote(token: Token) -> Token | None:
    """A name the parser left unattached to a subjectless cue right after a quote:
    inverted (``"…," said David Brock, a confidant who …``) or between the closing
    mark and the cue (``"…," Gene Sperling, an adviser, said``). Its last word. A
    participle opening the next sentence takes the name as its object instead
    (``"…." Describing Mr Jackson as "a good person", she said …``)."""
    doc = token.doc
    if token.i + 1 < len(doc) and _after_closing_mark(token) and doc[token.i + 1].ent_iob_ == "B" \
            and token.tag_ != "VBG":
        return _name_end(doc[token.i + 1], len(doc))
    for i in range(token.i - 1, max(token.i - 25, 0), -1):
        if doc[i].text in _CLOSING_MARKS:
            return _name_end(doc[i + 1], token.i) if doc[i + 1].ent_iob_ == "B" and i + 1 < token.i else None
    return None


def _name_set_off_before(token: Token) -> Token | None:
    """A name right before a subjectless cue, perhaps with an apposition between
    commas (``Alarmed by the unrest, Senator Harry Reid, the minority leader, said``),
    which the parser hung elsewhere. Its last word."""
    doc = token.doc
    last = token.i - 1
    if last > token.sent.start and doc[last].text == ",":
        last -= 1
        while last > token.sent.start and doc[last].text != ",":
            if doc[last].pos_ in ("VERB", "AUX"):
                return None
            last -= 1
        last -= 1
    if last < token.sent.start or doc[last].ent_type_ not in ("PERSON", "ORG") \
            or doc[last + 1].ent_iob_ == "I" or doc[last].dep_ in _OBJECT_DEPS | {"pobj"}:
        return None
    return doc[last]


def _after_closing_mark(token: Token) -> bool:
    """Whether ``token`` directly follows a closing quotation mark (``…,” said``)."""
    return token.i > 0 and token.doc[token.i - 1].text in _CLOSING_MARKS


def _name_end(first: Token, stop: int) -> Token | None:
    """The last word of the person or organisation name starting at ``first``,
    before token ``stop`` (the cue, which the recogniser may have taken in)."""
    if first.ent_type_ not in ("PERSON", "ORG"):
        return None
    last = first
    while last.i + 1 < stop and last.doc[last.i + 1].ent_iob_ == "I":
        last = last.doc[last.i + 1]
    while last.dep_ == "compound" and last.i < last.head.i < stop:
        last = last.head  # ``Rubio spokesman Alex Conant``: the name modifies a noun phrase
    return last


def _sending_verb(noun: Token, verbs: frozenset[str]) -> Token | None:
    """The sending verb whose object or addressee ``noun`` is (``emailed
    supporters``, ``sent a text to supporters``), or None."""
    token = noun
    for _ in range(3):
        if token.dep_ not in ("dobj", "dative", "pobj", "prep") or token.head == token:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token if token.lemma_.lower() in verbs else None
    return None


def _age_noun(token: Token) -> bool:
    """Whether a token heads ``the 46-year-old``: a person, though tagged as a date."""
    return token.lower_ == "old" and token.i >= 2 and token.nbor(-1).text == "-" \
        and token.nbor(-2).lower_ in ("year", "years")


def _pro_form(verb: Token) -> Token | None:
    """A word standing for what was said (``55 percent said so``, ``said yes``,
    ``say the same of Sanders``): the report, however short."""
    for child in verb.rights:
        if child.lower_ in _PRO_FORMS and child.dep_ != "ccomp" \
                or child.dep_ in _OBJECT_DEPS and child.lower_ in ("same", "opposite"):
            return child
    return None


def _share_of_group(token: Token) -> bool:
    """Whether a number stands for people, a share of a group, as a percentage
    does: a number as the cue's own subject (``six in 10 said``, ``a third say``)
    or with its group (``three-quarters of the voters``, ``four in 10 who said``,
    where the parser heads the phrase with ``10``)."""
    if token.dep_ == "nsubj" and token.ent_type_ in ("CARDINAL", "ORDINAL"):
        return True
    return token.ent_type_ == "CARDINAL" and any(c.dep_ in ("prep", "quantmod") and c.lower_ in ("of", "in", "out")
                                                 for c in token.children)


def _dateline(token: Token) -> bool:
    """Whether a would-be speaker is an upper-case place opening a dateline
    (``OSLO — The council said …``, ``OSLO: The council voted …``)."""
    return token.is_upper and token.ent_type_ == "GPE"


def _dashed_name_lead_in(before: list[Token]) -> Cue | None:
    """``Pollsters agree - Carl Bialik: "…"``: a name set off by a dash and ending in
    the colon right before a quote attributes it, whatever the words before the
    dash say (a digest's summary line)."""
    if len(before) < 3 or before[0].text != ":" or before[1].pos_ != "PROPN":
        return None
    k = 1
    while k < len(before) and before[k].pos_ == "PROPN":
        k += 1
    if k == len(before) or not _spaced_dash(before[k]):
        return None
    return Cue(before[0], "", before[1], None)


def _source_lead_in(before: list[Token]) -> Cue | None:
    """``From the report: "…"``: a sentence opened by ``From`` and its object, then
    the colon right before a quote: the object is the quote's source."""
    if len(before) < 3 or before[0].text != ":" or before[-1].lower_ != "from" \
            or not before[-1].is_sent_start or len(before) > _SOURCE_LEAD_IN:
        return None
    source = next((c for c in before[-1].children if c.dep_ == "pobj"), None)
    return Cue(before[0], "", source, None) if source is not None and source in before else None


def _spaced_dash(token: Token) -> bool:
    """Whether a token is a dash between words (``plan — a rare``), not the
    hyphen spaCy splits off inside a compound (``long-term``)."""
    return token.text in _DASHES and (token.text != "-" or bool(token.whitespace_)
                                      and bool(token.doc[token.i - 1].whitespace_))


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation (``Mr.``, ``U.S.``, ``J.``)."""
    word = text[max(0, dot - 12):dot].split()[-1:] or [""]
    word = word[0].lstrip("(\"'“‘")
    return text[dot] == "." and (len(word) <= 1 or "." in word or word.lower() in _ABBREVIATIONS)


class NewsQuotes:
    """Extracts direct, mixed and indirect quotes with resolved speakers.

    Behaviour:
        * Quotation marks: straight, curly, guillemet, NYT-style ``''`` and wire
          (two backticks, two apostrophes) double marks, paired per paragraph
          (direction read from the surrounding characters); a quote opened at a paragraph start or after ``:``/``,``
          runs on when the next paragraph opens with a mark (or, in text whose
          paragraph breaks were lost, when a mark opens after a full sentence inside
          it: ``… performances. "Eddie told me …"``); a quote of whole sentences
          left open at a paragraph end closes there; other unbalanced marks are
          dropped per paragraph. Single marks (``‘…’``) count outside double quotes.
        * Cues come from ``data/quotes_cues.json`` (one Matcher pass): speech verbs
          report their clausal complement (with a second that-clause conjoined
          to it: ``said A, but that B``; one before the verb only when the verb
          has no complement of its own after it and no colon ends the clause; a
          that-clause misparsed as a relative clause in a phrase after the verb
          counts: ``said in a message that X``), object cues their object (``called
          for X``, ``accused Y of Z``), question verbs what was asked (``asked Y if
          X``, ``asked Y about X``), intention cues their to-infinitive, cue
          nouns their that-clause (``X's claim that …``), a parenthetical cue its
          host clause (both sides of a medial one: ``The plan, X argued, would
          fail``), and ``according to X`` its host clause; a line-initial
          ``Name: clause`` (headline, transcript) is an attribution too. Indirect
          content under ``min_indirect_words`` is dropped, but for the object of a
          stance verb (``Warren endorsed Clinton``). The content is clipped
          to the cue's text sentence (never past a paragraph break) and cut before
          a conjoined cue sharing the speaker, a trailing comma-led participle,
          relative or adverbial clause, apposition or ``according to``, or a lone
          dash after a quoted fragment. A non-speech cue in a relative clause
          (``X, who supports Y``) or an intention cue in a restrictive one
          (``governors who want to run``) reports nothing; a passive intention cue
          (``costs are expected to rise``) reports without a speaker.
        * Mixed: a quoted fragment inside reported content (with unquoted words
          not cut off by a colon, nor only an ``and``/``but`` clause after a whole
          quote; a long quote needs them before it) makes the whole content of
          the outermost such cue one mixed quote; a short
          fragment without such a cue, or a long one continuing an unquoted phrase,
          takes the clause of the nearest cue verb above it, or the that-clause
          holding it of another verb with a person-like subject (``X grumbled
          that Y was "learning on the job"``). Indirect: remaining
          reported content.
        * Direct: quoted text of at least ``min_quote_words`` words, or a shorter
          attributed one ending in punctuation and not run into the words before
          it. Title-case titles, cited headlines (``"…," by X``) and their
          excerpts, and one-word noun modifiers (the ``"arrest" order``) are
          never reported.
        * A direct quote's cue: a name set off by a dash and ending in the colon
          before it (a digest's ``Pollsters agree - Carl Bialik: "…"``) or the
          object of ``From the report: "…"``; else an attribution closing the
          sentence after a comma (``"…," the senator said.``); else the cue whose content it
          overlaps, a lexicon cue in the window after or before it (also a
          speech verb the tagger read as a noun: ``"…," the editorial read.``),
          a dash attribution (also on the next line), another verb with a
          person-like subject next to it, a bare name before a colon, the cue
          of the sentence just before it, or the previous quote in the same or
          previous paragraph (follow-on quotes). Pieces of one multi-paragraph
          quote share the cue.
        * Speakers are the cue's subject (climbing through participles and
          conjunctions, skipping subjects inside quotes; the nearer of two; inverted
          ``said X`` after punctuation, never a hearer ``tells X``), else the noun a
          participle cue modifies (``groups supporting X``) or, for a sent or issued
          message (``issued a statement saying``), its sender; the phrase is cut at
          commas and before the cue, and resolved by :class:`SpeakerResolver`.
    """

    def __init__(self, vocab, min_quote_words: int = 4, min_indirect_words: int = 3,
                 window: int = 30):
        """Build the cue matcher.

        Args:
            vocab: the pipeline's vocab.
            min_quote_words: shortest quoted text (in words) taken as a direct quote.
            min_indirect_words: shortest reported content (in words) taken as an
                indirect quote (``said yes`` reports no statement), but for the
                object of a stance verb (``endorsed Cruz``: a stance).
            window: tokens searched on each side of a quote for its cue.
        """
        self.lexicon: QuoteLexicon = load_lexicon()
        self.min_quote_words = min_quote_words
        self.min_indirect_words = min_indirect_words
        self.window = window
        self.matcher = Matcher(vocab)
        self.matcher.add("CUE", [[{"LEMMA": {"IN": sorted(self.lexicon.cues)},
                                   "POS": {"IN": ["VERB", "AUX"]}}]])
        self.matcher.add("NOUN_CUE", [[{"LEMMA": {"IN": sorted(self.lexicon.nouns)}, "POS": "NOUN"}]])
        self.matcher.add("ACCORDING", [[{"LOWER": word} for word in words]
                                       for words in self.lexicon.according])
        self.according = frozenset(" ".join(words) for words in self.lexicon.according)
        personal = sorted(w for w, g in self.lexicon.pronouns.items() if g in ("m", "f"))
        self.matcher.add("PRONOUN", [[{"LOWER": {"IN": personal},
                                       "DEP": {"IN": list(SUBJECT_DEPS)}}]])
        self.matcher.add("ROLE", [[{"LEMMA": {"IN": sorted(self.lexicon.person_nouns)}, "POS": "NOUN",
                                    "DEP": {"IN": list(SUBJECT_DEPS)}}]])
        self.patterns = quote_patterns.CuePatterns(self.lexicon.nouns)
        self.patterns.add_to(self.matcher)
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.quotes``."""
        doc._.quotes = _DocQuotes(self, doc).extract()
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs (``batch_size`` is accepted for the spaCy API)."""
        for doc in stream:
            yield self(doc)

    def scan(self, doc: Doc, quoted: Callable[[int], bool]) -> tuple[list[Cue], list[Token]]:
        """One matcher pass: every cue with its speaker and content, and the
        gendered subject pronouns and definite role subjects (``the minister``) for
        the coreference chain, in text order.

        Args:
            doc: the parsed document.
            quoted: tells whether a character offset is inside quotation marks.
        """
        cues, pronouns = [], []
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label == "ACCORDING":
                cues.append(self._according(doc[start:end]))
            elif label == "PRONOUN" or label == "ROLE" and definite(doc[start]):
                pronouns.append(doc[start])
            elif label == "NOUN_CUE":
                cues.extend(self._noun_cue(doc[start]))
            elif label == self.patterns.label:
                cues.extend(self.patterns.cues(doc[start], quoted))
            else:
                cues.append(self._verb_cue(doc[start], quoted))
        kept = [cue for cue in cues if (not self.other_sense(cue.token) or _shows_finding(cue.token, self.lexicon))
                and not _in_capitals(cue.token)]
        return kept, pronouns

    def other_sense(self, verb: Token) -> bool:
        """Whether a cue verb is used in a sense that reports nothing: with a
        particle that changes it (``called off the strike``, ``trying to find out
        what …``), with a reflexive object (``found himself embroiled in …``), with
        two objects or what one is granted (``denied them entry``, ``denied access``),
        relaying someone's words (``cited sources as saying``: ``saying`` reports) or,
        for a perceiving verb, without its ``as`` (``saw a rise``)."""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.perceiving and _as_phrase(verb) is None:
            return True
        particles = self.lexicon.other_particles.get(lemma, frozenset())
        after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        return any((c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in _PARTICLE_PREPS) and c.lower_ in particles
                   for c in verb.children) \
            or lemma in self.lexicon.other_reflexive and after is not None and _reflexive(after) \
            or lemma in self.lexicon.other_two_objects and self._refusing(verb) \
            or any(g.lemma_.lower() in self.lexicon.speech and _relayed_speaker(g, self.lexicon.relaying_verbs) is not None
                   for c in verb.children if c.dep_ == "prep" for g in c.children)  # ``cited X as saying``

    def _refusing(self, verb: Token) -> bool:
        """Whether a verb has two objects or a bare one that is granted (``denied them
        entry``, ``denied access``; not ``denies unauthorised access``)."""
        return sum(c.dep_ in ("dobj", "dative") for c in verb.children) >= 2 \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.granted_objects
                   and not any(m.dep_ == "amod" or m.lower_ in ("any", "no") for m in c.children)
                   for c in verb.children)

    @staticmethod
    def _noun_cue(token: Token) -> list[Cue]:
        """``X's claim that …`` / ``a pledge by X to …``: a cue noun with a speaker
        (possessor or by/from phrase) and a that-clause or to-infinitive."""
        speaker = next((c for c in token.children if c.dep_ == "poss"), None)
        if speaker is None:
            by = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            speaker = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        clause = next((c for c in token.rights if c.dep_ in ("acl", "ccomp", "relcl")
                       and c.left_edge.lower_ in ("that", "to")), None)
        if speaker is None or clause is None:
            return []
        return [Cue(token, token.lemma_.lower(), speaker, subtree_range(clause))]

    def _according(self, span: Span) -> Cue:
        """``according to X, ...``: X speaks (a person, a poll, a report), the host
        clause is the content: the whole coordination (``A, B and C, according to
        X``), and both sides of a medial ``according to X`` (``A, according to X,
        B``), not a comment set off after it by a dash or bracket. After the host's
        verb, with none of its arguments following, the phrase ends the report:
        ``A lead in X, according to Y, where …`` and ``…, according to Y - a rise``
        append the writer's comment. Right after a relative clause set off by a
        comma, it sources that clause (see :func:`_relative_before`)."""
        first, last = span[0], span[-1]
        speaker = next((c for c in last.children if c.dep_ == "pobj"), None)
        if first.text == "According" and not first.is_sent_start and first.i and first.nbor(-1).text[:1].isupper():
            return Cue(first, "according to", None, None)  # a title: ``the sitcom The World According to Bex``
        host = first.head if first.head != first else first.sent.root
        relative = _relative_before(first)
        if relative is not None:
            return Cue(first, " ".join(t.lower_ for t in span), speaker, subtree_range(relative))
        for _ in range(_MAX_CLIMB):
            if host.head == host or host.dep_ != "conj" and host.pos_ in ("VERB", "AUX"):
                break
            host = host.head
        if host == first:
            return Cue(first, " ".join(t.lower_ for t in span), speaker, None)
        words = [t for t in host.subtree if not t.is_punct and not t.is_space]
        after = first.doc[first.right_edge.i + 1] if first.right_edge.i + 1 < len(first.doc) else None
        medial = words[0].i < first.left_edge.i and first.right_edge.i < words[-1].i \
            and after is not None and after.text not in _ASIDE_OPENERS  # not ``A, according to X - a comment``
        if host.i < first.i and host.left_edge.i < first.left_edge.i and not any(
                c.i > first.right_edge.i and (c.dep_ in _VERB_COMPLEMENTS or c.dep_ in SUBJECT_DEPS)
                for c in host.children):
            content = char_range(host.left_edge, first.doc[first.left_edge.i - 1])  # what follows is a comment
        else:
            content = subtree_range(host, skip=None if medial else first)
        return Cue(first, " ".join(t.lower_ for t in span), speaker, content)

    def _verb_cue(self, token: Token, quoted: Callable[[int], bool]) -> Cue:
        """A cue verb: speaker from its subject (or a name the parser left beside
        it), content from its complement."""
        inverted = self._inverted_aside(token, quoted)
        if inverted is not None:
            return inverted
        relayed = _relayed_speaker(token, self.lexicon.relaying_verbs)
        speaker = relayed \
            or _parenthetical_speaker(token, _verb_subject(self._reporter(token), quoted, self.lexicon.addressing))
        if speaker is not None and token.dep_ == "relcl" and speaker == token.head:
            speaker = self._issuer(speaker, quoted) or speaker  # ``X released a video that said``
        if speaker is not None and speaker.lemma_.lower() in self.lexicon.person_nouns:
            speaker = _role_holder(speaker, self.lexicon.person_nouns) or speaker
        speaker = self.uttered_by(speaker)
        if speaker is not None and token.tag_ == "VBG" and not self.agent_like(speaker):
            before = _subject_before(token)  # ``…, when protesters interrupted her, shouting "…"``
            speaker = before if before is not None and self.agent_like(before) else speaker
        content = self._content(token, quoted)
        if content is None and relayed is not None:
            content = _relayed_before(token)
        if content is None and (speaker is not None or token.dep_ == "acl"):
            content = self._fronted_clause(token, speaker or token.head)
        content = content or _absolute_report(token)
        if speaker is None:
            speaker = _name_beside_quote(token)
            if speaker is not None:
                content = None  # the parse around the quote is broken
            else:
                speaker = _name_set_off_before(token) or self._participle_head(first_conjunct(token), quoted)
        if content is not None and (speaker is None and impersonal_passive(token) or self._asked_participle(token)
                                    or self._passive_participle(token) or self._passive_view(token)) \
                or speaker is not None and self._told_in_passive(token) \
                or speaker is not None and speaker.dep_ == "nsubjpass" and speaker.head == token \
                and (token.lemma_.lower() in self.lexicon.intention
                     or token.lemma_.lower() in self.lexicon.hearing  # ``X was asked``
                     or self._accusing(token)  # ``X was accused of``: X is the object
                     or any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in token.rights)):
            agent = self._stray_agent(token, content) if content is not None and self._accusing(token) else None
            if agent is not None:  # ``was praised for its record by the regulator``: the regulator praised
                return Cue(token, token.lemma_.lower(), agent, trim(token.doc.text, content[0], agent.head.idx))
            return Cue(token, token.lemma_.lower(), None, content, unnamed=True)  # the one expecting, asking …
        if speaker is not None and token.dep_ == "acl" and token.head == speaker and not self.agent_like(speaker):
            speaker = _idiom_subject(token) or speaker  # ``Connors is at pains to point out``
        return Cue(token, token.lemma_.lower(), speaker if speaker is None or _can_speak(speaker) else None, content)

    def _inverted_aside(self, token: Token, quoted: Callable[[int], bool]) -> Cue | None:
        """An inverted cue set off by commas inside the statement (``The problem they
        face, said Shailendra Jain, head of Adamind, is educating people``, ``Often,
        said Mr Pearson, the information was invisible``, ``The weapon, said a police
        spokesman, was a handgun``) that the parser made the main verb or an aside:
        the one named right after the cue, set off by a comma before the rest of the
        statement's verb, speaks the whole statement. The opening is no one who
        speaks (not ``Benford, 58, who lives in X, says he …``), and the rest is not
        a quotation (``But, said Solovey, "I don't …"``: a direct quote). An opening
        that is a clause of its own is the whole report, and what follows the speaker
        describes the speaker (``A had a voice, said a spokesman, X, who ran …``)."""
        doc = token.doc
        sent = token.sent
        if token.dep_ not in ("ROOT", "parataxis") or token.lemma_.lower() not in self.lexicon.speech \
                or token.i < sent.start + 2 or doc[token.i - 1].text != "," \
                or any(c.dep_ in SUBJECT_DEPS and c.i < token.i and self.agent_like(c) for c in token.children) \
                or any(c.i < token.i - 1 and c.right_edge.i not in (token.i - 2, token.i - 1)
                       for c in token.lefts if not c.is_punct):
            return None
        verb = next((c for c in token.rights if c.dep_ == "ccomp"), None) if token.dep_ == "ROOT" \
            else token.head if token.head.i > token.i else None
        speaker = next((c for h in (token, verb) if h is not None for c in h.children
                        if c.dep_ == "nsubj" and c.left_edge.i == token.i + 1), None)
        if speaker is None or verb is None or not self.agent_like(speaker) \
                or quoted(speaker.idx) or quoted(verb.idx) or not any(t.text == "," for t in doc[speaker.i + 1:verb.i]):
            return None
        fronted = next((c for c in token.lefts
                        if c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
        if fronted is not None:
            return Cue(token, token.lemma_.lower(), speaker, subtree_range(fronted))
        return Cue(token, token.lemma_.lower(), speaker, char_range(sent[0], verb.right_edge))

    def _told_in_passive(self, verb: Token) -> bool:
        """Whether a verb of telling is a passive with no agent, conjoined to a clause
        it takes its subject from (``Mubanga was arrested … and was told he would be
        sent to Guantanamo``): the subject is the one told, the teller unnamed."""
        return verb.dep_ == "conj" and verb.lemma_.lower() in self.lexicon.addressing \
            and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children)

    def _fronted_clause(self, token: Token, speaker: Token) -> tuple[int, int] | None:
        """The clause before a sentence-final inverted attribution (``A signals "the
        end" for B, said X``) when the parser read its noun phrase as the cue's
        subject and left the cue without a complement: the text up to the comma; also
        when it read a trailing ``…, business lobby group the CBI says.`` as a
        relative clause on the noun describing the speaker (not on what is said: ``…,
        a charge the company denies.``), or ``…, a well-placed source told the AP.`` as
        a participle on the speaker."""
        if token.lemma_.lower() not in self.lexicon.speech or self._own_complement(token) \
                or any(c.dep_ in ("ccomp", "xcomp") for c in token.children) or token.i < token.sent.start + 4:
            return None
        if token.dep_ == "ROOT" and speaker.i > token.i and token.nbor(-1).text == ",":
            return char_range(token.sent[0], token.nbor(-2))
        opening = token.head.left_edge
        last = token.sent[-1]
        ends = token.right_edge == last or last.is_punct and last.i == token.right_edge.i + 1
        relative = token.dep_ == "relcl" and speaker.head == token and speaker.i < token.i
        participle = token.dep_ == "acl" and speaker == token.head  # ``…, a well-placed source told the AP.``
        if (relative or participle) and self.agent_like(token.head) and ends \
                and opening.i > token.sent.start + 3 and opening.nbor(-1).text == ",":
            return char_range(token.sent[0], opening.nbor(-2))
        return None

    def _reporter(self, token: Token) -> Token:
        """The verb whose subject speaks for a cue: a subjectless speech verb the
        parser hung on another speech verb's reported clause (``said the result was
        poor but stressed that …``, ``said errors had forced it, adding that …``)
        goes on with that verb's speaker, not with the subject of the report; so
        does any cue hung there when that subject cannot speak (``said Hart's plan
        would cut X, and called him "…"``), also on the report's second verb
        (``saying that the bill had X but was sunk by Y - and arguing that …``).
        A conjunct with a named subject of its own is a new report, not the first
        one's (``said the bill passed and Jones praised the vote, adding …``: Jones);
        one with a common noun usually goes on with it (``said the driver fled and
        officers gave chase, adding …``: the first speaker)."""
        clause = token.head
        while clause.dep_ == "conj" and not _named_subject(clause):
            clause = clause.head
        speech = self.lexicon.speech
        if token.dep_ in ("conj", "advcl") and clause.dep_ == "ccomp" and clause.i < token.i \
                and clause.head.lemma_.lower() in speech \
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            reported = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if token.lemma_.lower() in speech and clause.lemma_.lower() not in speech \
                    or reported is not None and not self.source_like(reported):
                return clause.head
        return token

    def _passive_participle(self, token: Token) -> bool:
        """Whether an intention, perceiving or object cue is a passive participle
        without agent on a noun or a clause (``a year expected to bring record
        turnout``, ``a plan seen as a way to …``, ``the men accused of plotting``,
        ``X is on trial, accused of fraud``): the noun or subject is what is
        expected, seen or accused, the one expecting, seeing or accusing goes unnamed.
        An object cue's participle with an object after a comma on a noun is a main
        verb the parser misread (``Jones, who served as X, criticized the plan``)."""
        lemma = token.lemma_.lower()
        accused = self._accusing(token) and (token.dep_ == "advcl" or token.dep_ == "acl" and not (
            _after_comma(token) and any(c.dep_ == "dobj" for c in token.children)))
        viewed = lemma in self.lexicon.intention | self.lexicon.perceiving and token.dep_ == "acl"
        return (accused or viewed) and token.tag_ == "VBN" \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "agent") for c in token.children)

    def _stray_agent(self, verb: Token, content: tuple[int, int]) -> Token | None:
        """The agent of a passive cue in a ``by`` phrase ending its content that the
        parser hung on the noun of the verb's preposition rather than on the verb
        (``praised for its safety record by the aviation regulator``), when it can speak."""
        by = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.i > verb.i + 1
                   and t.head.dep_ == "pobj" and t.head.head.head == verb
                   and any(c.dep_ == "poss" for c in t.head.children)  # ``its record``, not ``attacks by militias``
                   and t.right_edge.idx + len(t.right_edge) >= content[1]),
                  None)  # on the object of the verb's own preposition; not ``of overseeing a fraud run by X``
        agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if agent is None or not self.source_like(agent) \
                or len(verb.doc.text[content[0]:by.idx].split()) < self.min_indirect_words:
            return None  # ``praised for his performance by X``: too short a report to cut
        return agent

    def _accusing(self, token: Token) -> bool:
        """Whether a cue verb takes the one it judges as its object (``accused X of``,
        ``praised X for``): in the passive that one is the subject. Not a naming verb,
        whose passive is its own rule (``was called "a liar"``, not ``was called
        upon``), a speech verb (``was announced``), nor ``as opposed to``."""
        lemma = token.lemma_.lower()
        return lemma in self.lexicon.object_cues and lemma not in self.lexicon.speech | self.lexicon.naming \
            and not (token.i and token.nbor(-1).lower_ == "as")

    def _passive_view(self, token: Token) -> bool:
        """Whether a perceiving cue is passive without agent (``is widely seen as a
        response``, ``what would be perceived as a show of unity``): whoever holds
        the view goes unnamed."""
        return token.lemma_.lower() in self.lexicon.perceiving and _agentless_passive(token)

    def _asked_participle(self, token: Token) -> bool:
        """Whether a question verb opens a participle clause without agent, perhaps
        after its subordinator (``Asked if X, she laughed``, ``X, when asked whether
        Y, said``): the subject of the sentence was asked; the asker goes unnamed."""
        lead = token.left_edge
        return token.lemma_.lower() in self.lexicon.question and token.dep_ == "advcl" \
            and (lead == token or lead.i == token.i - 1 and lead.tag_ in ("WRB", "IN")) \
            and token.tag_ in ("VBN", "VBD") \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "agent") for c in token.children)

    @staticmethod
    def _present_conjunct(token: Token, clause: Token) -> list[Token]:
        """A subjectless present-tense verb the parser conjoined to a past-tense cue
        right after its report (``told X that polls could be off, and have been unreliable``):
        the reported subject's, not the speaker's (a past cue's own conjunct is past)."""
        verb = next((v for v in token.rights if v.dep_ == "conj" and v.i > clause.i
                     and not any(c.dep_ in SUBJECT_DEPS for c in v.children)), None)
        if token.tag_ != "VBD" or verb is None:
            return []
        tenses = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        between = token.doc[clause.right_edge.i + 1:verb.left_edge.i]
        present = any(tag in ("VBZ", "VBP") for tag in tenses)
        return [verb] if present and all(t.is_punct or t.dep_ == "cc" for t in between) else []

    @staticmethod
    def _question(token: Token) -> tuple[int, int] | None:
        """What a question verb asks, past the person asked: an if/whether clause
        the parser hung on the verb (``asked the students if they were …``) or an
        about/for phrase (``asked Trump about his statements``)."""
        for child in token.rights:
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children):
                return subtree_range(child)
            if child.dep_ == "prep" and child.lower_ in ("about", "for") and child.i > token.i + 1:
                return char_range(child, child.right_edge)
        return None

    def _participle_head(self, token: Token, quoted: Callable[[int], bool]) -> Token | None:
        """The source a participle cue modifies (``groups supporting X``, ``ads
        attacking Y``): a name, a plural or a person or source noun, or an age
        (``the 43-year-old asked``, parsed so); for something issued (``X issued
        a statement saying Y``) the issuer."""
        head = token.head
        if token.dep_ == "acl" and _age_noun(head):
            return head
        if token.dep_ != "acl" or head.pos_ not in ("NOUN", "PROPN"):
            return None
        sender = _sending_verb(head, self.lexicon.sending_verbs)
        issuer = subject(sender, quoted) if sender is not None else self._issuer(head, quoted)
        if issuer is not None:
            return issuer
        return head if self.source_like(head) else None

    def _issuer(self, noun: Token, quoted: Callable[[int], bool]) -> Token | None:
        """Who issued a message noun that is a verb's object (``X issued a statement``,
        ``X released a video``): the verb's subject, or None."""
        if noun.lemma_.lower() in self.lexicon.issued_nouns and noun.dep_ == "dobj":
            return subject(noun.head, quoted)
        return None

    def source_like(self, token: Token) -> bool:
        """Whether a word can head a speaker: one who acts (see :meth:`agent_like`),
        a plural, or a name the tagger read as a common noun (a capitalised word
        inside its sentence, ``…?" Hannity pressed``)."""
        return self.agent_like(token) or token.tag_ == "NNS" or _inner_capital(token)

    def uttered_by(self, speaker: Token | None) -> Token | None:
        """The one an utterance given as the speaker comes from (see :func:`_utterer`),
        else ``speaker``."""
        if speaker is not None and speaker.lemma_.lower() in self.lexicon.utterance_nouns:
            return _utterer(speaker) or speaker
        return speaker

    def agent_like(self, token: Token) -> bool:
        """Whether a word can name one who acts and speaks: a name, pronoun, person or
        organisation (not ``prices`` or ``new plans``)."""
        return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in _SPEAKER_ENTS \
            or _person_like(token, self.lexicon) or token.lemma_.lower() in self.lexicon.source_nouns

    def _own_complement(self, token: Token) -> bool:
        """Whether a cue verb has a complement of its own after it (``decided not to
        run``), so that a clause before it is no report of it; a hearer (``told
        them``) is none, nor the speaker of an inverted cue read as its object (``…,
        said a former adviser to the Treasury, X, who …``)."""
        inverted = _inverted_subject(token, self.lexicon.addressing) if token.lemma_.lower() in self.lexicon.speech \
            and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children) else None
        return any(c.dep_ in _OWN_COMPLEMENT_DEPS and c.i > token.i and c != inverted
                   and not (c.dep_ == "dobj" and token.lemma_.lower() in self.lexicon.addressing)
                   for c in token.children)

    def _content(self, token: Token, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
        """Reported content of a cue verb: its clausal complement, the one after it
        when the parser also hung the sentence before on it (``…?"¶Aides said X``)."""
        lemma = token.lemma_.lower()
        clauses = [c for c in token.children if c.dep_ == "ccomp" and not _adverbial(c)
                   and not _after_other_lead_in(token, c)]
        own = self._own_complement(token)
        if clauses:
            clause = next((c for c in clauses if c.i > token.i), clauses[0])
            subjectless = not any(c.dep_ in SUBJECT_DEPS for c in clause.children) and not _opened_by_that(clause)
            lead = next((c for c in token.rights if c.right_edge.i < clause.left_edge.i
                         and all(t.is_punct for t in token.doc[c.right_edge.i + 1:clause.left_edge.i])
                         and (c.dep_ == "dobj" or c.dep_ == "npadvmod" and subjectless)),
                        None)  # the clause's first part read as the verb's object (``noted Sanders | isn't …``,
            # also across the dash closing an aside: ``said her son's killer, X, 17 - who was jailed - had …``)
            if lead is not None and lemma in self.lexicon.speech \
                    and lemma not in self.lexicon.hearing:
                return char_range(lead.left_edge, clause.right_edge)
            if clause.i > token.i:
                more = [c for c in token.rights if c.dep_ == "conj" and c.i > clause.i and _opened_by_that(c)]
                split = [c for c in clauses if c.i > clause.i and c.left_edge.i == clause.right_edge.i + 1
                         and c.lemma_.lower() not in self.lexicon.speech
                         and not any(t.is_punct or t.dep_ in ("cc", "mark") for t in (clause.right_edge, c.left_edge))]
                more = more or split or self._present_conjunct(token, clause)
                return char_range(clause.left_edge, (more[-1] if more else clause).right_edge)  # ``that A, and that B``
            if not own and not any(t.text == ":" for t in token.doc[clause.right_edge.i + 1:token.i]):
                before = _before_attribution(token, clause, quoted, self.lexicon.speech)
                if before is not None:
                    return before
                rest = self._after_parenthesis(token, clause, quoted)
                return char_range(clause.left_edge, rest.right_edge) if rest is not None \
                    else subtree_range(clause)  # not a lead-in before a colon (``A sounded equivocal: X called it …``)
        elif (token.dep_ == "parataxis" or _trailing_conjunct(token)) and not own:
            return subtree_range(token.head, skip=None if _medial(token, quoted) else token)
        stray = _stray_that_clause(token) if lemma in self.lexicon.speech and not own else None
        if stray is not None:
            return subtree_range(stray)
        gerund = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if gerund is not None and gerund.dep_ == "xcomp" and gerund.tag_ == "VBG" and gerund.head == token \
                and lemma in self.lexicon.speech and lemma not in self.lexicon.intention \
                and any(c.dep_ == "ccomp" for c in gerund.children):
            return subtree_range(gerund)  # ``said having Trump on the ticket puts …``: a gerund subject misread
        if lemma in self.lexicon.question:
            asked = self._question(token)
            if asked is not None:
                return asked
        if lemma in self.lexicon.intention:
            xcomp = next((c for c in token.rights if c.dep_ == "xcomp"
                          and not (c.tag_ == "VBG" and _after_comma(c.left_edge))), None)  # not ``asked, shaking his head``
            if xcomp is not None:
                return subtree_range(xcomp)
        pro_form = _pro_form(token) if lemma in self.lexicon.speech else None
        if pro_form is not None:
            about = [c for c in token.rights if c.dep_ == "prep" and c.i > pro_form.i and c.lower_ in ("of", "about")]
            return char_range(pro_form.left_edge, (about[-1] if about else pro_form).right_edge)
        if _shows_finding(token, self.lexicon):
            return self._finding(token)
        held = self._view_held(token)
        if held is not None:
            return held
        if lemma not in self.lexicon.object_cues | self.lexicon.perceiving:  # a perceiving cue has its ``as``
            return None
        parts = [c for c in token.rights if c.dep_ in _OBJECT_DEPS
                 or (c.dep_ == "prep" and c.lower_ in self.lexicon.object_preps
                     and not any(g.ent_type_ in _NOT_CONTENT for g in c.children))
                 or (c.dep_ == "advcl" and c.left_edge.lower_ in ("for", "to"))]
        if not parts:
            return None
        first = parts[0]
        obj = next((c for c in first.rights if c.dep_ in ("pobj", "pcomp")), None) if first.dep_ == "prep" else None
        if obj is not None and not quoted(obj.left_edge.idx):
            first = obj  # ``called for [a ban]``: the preposition is the cue's (kept before a quote: ``for "…"``)
        # ``called X "a mistake" because …``: the reason argues the claim, as after a speech verb
        reason = next((c for c in token.rights if c.i > parts[-1].i and _reason_clause(c)), None)
        last = reason if reason is not None and any(p.dep_ in _OBJECT_DEPS for p in parts) else parts[-1]
        return char_range(first.left_edge if first.dep_ != "prep" else first, last.right_edge)

    @staticmethod
    def _finding(verb: Token) -> tuple[int, int] | None:
        """What an evidence verb shows: its object and all that follows it (``show
        Clinton | up by 10 points in New York``)."""
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        rest = [c for c in verb.rights if obj is not None and c.i >= obj.i and not c.is_punct
                and c.dep_ not in ("cc", "conj")]
        return char_range(obj.left_edge, rest[-1].right_edge) if rest else None

    def _view_held(self, verb: Token) -> tuple[int, int] | None:
        """The view an agentless passive perceiving verb reports: the whole clause,
        its subject included (``Rubio is widely seen as the candidate with the best
        chance``), since the subject is what the view is about; None without a
        subject of its own."""
        subject_ = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        rest = [c for c in verb.rights if not c.is_punct and c.dep_ not in ("cc", "conj")]
        if not self._passive_view(verb) or subject_ is None or not rest:
            return None
        return char_range(subject_.left_edge, rest[-1].right_edge)

    def _after_parenthesis(self, cue: Token, clause: Token, quoted: Callable[[int], bool]) -> Token | None:
        """The last part of a statement that goes on after a parenthetical cue
        (``He's leaning toward Kasich, he said, because he prizes …``, ``The two
        are tied, the poll indicates, with 40 percent each``), which the parser hung
        on the cue; None when nothing unquoted follows the cue's comma, or when what
        follows is another act (a participle, a second cue)."""
        if not _comma_after(cue):
            return None
        rest = [c for c in cue.rights if c.i > cue.i + 1 and c.dep_ in _CONTINUING_DEPS and c.tag_ != "VBG"
                and c.lemma_.lower() not in self.lexicon.cues and not _time_clause(c)]
        if not rest or any(quoted(t.idx) for t in cue.doc[clause.left_edge.i:rest[-1].right_edge.i + 1]):
            return None
        return rest[-1]


class _DocQuotes:
    """Quote extraction state for one document."""

    def __init__(self, component: NewsQuotes, doc: Doc):
        self.component = component
        self.doc = doc
        self.text = doc.text
        self.pieces = quote_pieces(self.text)
        self.piece_starts = [p.start for p in self.pieces]
        self.boundaries = sorted({m.end() for m in _SENTENCE_BREAK.finditer(self.text)
                                  if not self._inside_piece(m.start())
                                  and not _abbreviation(self.text, m.start())}
                                 | {m.end() for m in _BREAKS.finditer(self.text)})
        self.cues, pronouns = component.scan(doc, self._inside_piece)
        self.cue_at = {cue.token.i: cue for cue in sorted(self.cues, key=lambda c: c.speaker is not None)}
        for cue in self.cues:
            cue.content = self._cut_at_conjoined_cue(self._clip(self._after_relative(cue), cue.token.idx), cue.token)
            cue.speaker = self._next_act_speaker(cue) or cue.speaker
        self.cues = _distinct(self.cues, self._inside_piece)
        reports = [cue.content for cue in self.cues if cue.content and cue.speaker is not None]
        self.nested = {cue.token.i for cue in self.cues
                       if any(start <= cue.token.idx < end for start, end in reports)}
        self.resolver = SpeakerResolver(doc, self.text, component.lexicon, self._inside_piece, pronouns)
        self.name_words = {token.text for ent in doc.ents if ent.label_ in _SPEAKER_ENTS for token in ent}

    def extract(self) -> list[dict]:
        """All quotes of the document as plain dicts sorted by start."""
        quotes = self._quoted()
        taken = [(q.start, q.end) for q in quotes]
        used = {id(q.cue) for q in quotes if q.kind == "mixed"}
        for cue in self.cues:
            if cue.content and id(cue) not in used and (cue.unnamed or cue.speaker is not None and self._credible(cue)) \
                    and not self._inside_piece(cue.token.idx) and not self._weak(cue) \
                    and (self._words(*cue.content) >= self.component.min_indirect_words
                         or self._declined_speech(cue) or _pro_form(cue.token) is not None
                         or self._short_stance(cue)) \
                    and not any(_overlaps(cue.content, span) for span in taken):
                quotes.append(Quote(*cue.content, "indirect", cue))
        return self._resolve(_drop_nested(quotes, "indirect"))

    def _short_stance(self, cue: Cue) -> bool:
        """Whether a short content is the object of a stance verb in the simple
        present or past, with its speaker (``Warren endorsed Clinton``, ``the Lib Dems
        oppose the plans``): a stance, however short, as attribution corpora annotate
        it (``cue_type`` ``stance``); not the object of a verb that needs a second
        part (``called Tom Hale``, ``accused Tom Hale``), nor a pronoun (``attacked
        him``). Perfect and modal forms (``has endorsed X``, ``will oppose X``) are
        left out: on PolNeAR they cost the quoted track 0.13 for 0.05 on all quotes."""
        token = cue.token
        obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
        return cue.speaker is not None and token.lemma_.lower() in self.component.lexicon.stances \
            and token.tag_ in FINITE_TAGS and obj is not None and obj.pos_ != "PRON" \
            and obj.left_edge.idx == cue.content[0]

    def _declined_speech(self, cue: Cue) -> bool:
        """Whether a short content is speech held back (``declined to comment``,
        ``refused to say``): a report, however short."""
        lexicon = self.component.lexicon
        speech = next((c for c in cue.token.rights if c.dep_ == "xcomp"), None)
        return cue.lemma in lexicon.intention and speech is not None and speech.lemma_.lower() in lexicon.speech

    def _weak(self, cue: Cue) -> bool:
        """Whether a cue reports no statement by itself: a naming cue that gives a
        name (``a group called X``), a non-speech cue in a relative clause (``Udall,
        who supports X``) describes its subject, and so does an intention cue in a
        restrictive one (``governors who want to run``); nor does a request for
        anonymity (``who asked not to be identified``, ``declined to be named``,
        ``asked to remain anonymous``)."""
        lexicon = self.component.lexicon
        if cue.lemma in lexicon.naming and cue.token.dep_ == "acl" and cue.token.tag_ == "VBN":
            return True  # ``a group called X``: a name, no report
        if cue.lemma in lexicon.intention and any(_anonymous(c, lexicon.anonymity) for c in cue.token.children):
            return True
        return cue.token.dep_ == "relcl" and (cue.lemma not in lexicon.speech and not _own_subject(cue.token)
                                             or cue.lemma in lexicon.intention and not _after_comma(cue.token.left_edge))

    def _inside_piece(self, offset: int) -> bool:
        """Whether a character offset lies inside quotation marks."""
        k = bisect.bisect_right(self.piece_starts, offset) - 1
        return k >= 0 and offset < self.pieces[k].end

    def _clip(self, content: tuple[int, int] | None, anchor: int) -> tuple[int, int] | None:
        """Cut reported content to the text sentence holding ``anchor`` (the cue),
        since the parser may run sentences together around quotation marks, and
        never inside a word nor before the name a preposition introduces (see
        :meth:`_name_after`)."""
        if content is None:
            return None
        k = bisect.bisect_right(self.boundaries, anchor)
        low = self.boundaries[k - 1] if k else 0
        high = self.boundaries[k] if k < len(self.boundaries) else len(self.text)
        start, end = max(content[0], low), min(content[1], high)
        end = self._name_after(start, end, high)
        if start > low and self.text[start - 1] in _OPENING_MARKS and (start < 2 or self.text[start - 2].isspace()) \
                and any(c in _CLOSING_MARKS for c in self.text[start:end]):
            start -= 1  # the opening mark the parser hung elsewhere (``says 'card-not-present' fraud …``)
        whole = _word_end(self.text, end, high)
        if whole > end:  # the parser split a hyphenated word: its last part heads the rest (``re-enter the market``)
            last = self.doc.char_span(whole - 1, whole, alignment_mode="expand")
            if last is not None:
                edge = last[-1].right_edge
                whole = min(max(whole, edge.idx + len(edge)), high)
        return trim(self.text, start, whole)

    def _after_relative(self, cue: Cue) -> tuple[int, int] | None:
        """Reported content in a relative clause whose subject is the relative
        pronoun, from the word after the cue (``…, which the company said had been a
        big drain``: had been a big drain): the pronoun and the attribution are no
        part of what was said, as attribution corpora mark it; the pronoun stands
        for the noun before. Not a demonstrative opening the sentence (``That, they
        say, will be easier``), nor when too little would be left (``what scientists
        think is necessary``)."""
        token = cue.token
        if cue.content is None or cue.speaker is None or not cue.content[0] < token.idx < cue.content[1]:
            return cue.content
        doc = token.doc
        first = doc.char_span(cue.content[0], cue.content[0] + 1, alignment_mode="expand")
        pronoun = first[0] if first else None
        if pronoun is None or pronoun.dep_ not in SUBJECT_DEPS or pronoun.is_sent_start \
                or pronoun.i >= cue.speaker.left_edge.i \
                or not all(t.is_punct for t in doc[pronoun.i + 1:cue.speaker.left_edge.i]) \
                or pronoun.tag_ not in ("WDT", "WP") and pronoun.lower_ != "that":
            return cue.content  # the speaker follows the pronoun, perhaps after a comma (``which, the firm said, …``)
        after = token.i + 1
        for child in token.rights:  # ``said on Monday``
            if child.dep_ in ("prep", "npadvmod", "advmod") and child.left_edge.i == after:
                after = child.right_edge.i + 1
        while after < len(doc) and doc[after].is_punct and doc[after].text in ",—–-":
            after += 1
        if after >= len(doc) or self._words(doc[after].idx, cue.content[1]) < self.component.min_indirect_words:
            return cue.content
        return doc[after].idx, cue.content[1]

    def _name_after(self, start: int, end: int, high: int) -> int:
        """The end of reported content that stops at a preposition or determiner
        right before a name, taken in (``… a credit facility from National Canada
        Corp.``: the parser read the name's last word as a full stop)."""
        last = self.doc.char_span(end - 1, end, alignment_mode="expand") if end > start else None
        if not last or last[-1].pos_ not in ("ADP", "DET") or last[-1].i + 1 >= len(self.doc):
            return end
        following = self.doc[last[-1].i + 1]
        entity = next((ent for ent in self.doc.ents if ent.start == following.i), None) \
            if following.ent_iob_ == "B" else None
        return min(entity.end_char, high) if entity is not None else end

    def _cut_at_conjoined_cue(self, content: tuple[int, int] | None, cue: Token) -> tuple[int, int] | None:
        """End reported content before a conjoined cue sharing the speaker (``said
        that A and insisted that B``), a trailing comma-led participle, relative
        or adverbial clause, apposition or ``according to`` (``…, referring to …``,
        ``…, who …``, ``…, a first``, ``…, according to her account``) or a lone
        dash after a quote, or the speaker's next act (see :meth:`_next_act`):
        what follows is no longer the reported content. A clause of reason or
        purpose stays: the speaker's ``…, because …`` argues the claim. So does a
        cue that is the report's own second infinitive (:func:`_second_infinitive`),
        and a clause that goes on quoting the speaker (:meth:`_quoting_clause`)."""
        if content is None:
            return None
        span = self.doc.char_span(*content, alignment_mode="expand")
        fronted = cue.idx >= content[1]  # ``A, even after B, union leaders said.``: clauses before the cue are theirs
        for token in span if span is not None else ():
            if self._inside_piece(token.idx) or token.i == span.start:
                continue
            shared = token.dep_ == "conj" and token.i in self.cue_at and token.head.dep_ != "acl" \
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children) and not _second_infinitive(token, cue) \
                and not _agentless_passive(token)  # ``… and is expected to …`` goes on with the report's subject
            participle = (not fronted or _speaking(token, self.component.lexicon.speech)) \
                and token.tag_ == "VBG" and _after_comma(token) \
                and (token.dep_ == "advcl" or token.dep_ == "acl" and token.right_edge.i >= span.end - 2) \
                and not self._quoting_clause(token)
            if shared or participle or self._next_act(token):  # from the cue's auxiliary on (``and was asking``)
                return trim(self.text, content[0], min(token.idx, token.left_edge.idx))
            if (token.dep_ in _TRAILING_DEPS or token.lower_ == "according" and token.dep_ == "prep") \
                    and not (fronted and token.pos_ in ("VERB", "AUX")) \
                    and not _reason_clause(token) and not self._contrast_clause(token) \
                    and token.left_edge.i > span.start \
                    and not (token.dep_ != "prep" and self._quoting_clause(token)) \
                    and token.right_edge.i >= span.end - 2 and _after_comma(token.left_edge):
                return trim(self.text, content[0], token.left_edge.idx)
        dashes = [t for t in span if _spaced_dash(t) and t.i > span.start and not self._inside_piece(t.idx)] \
            if span is not None else []
        if len(dashes) == 1 and any(content[0] <= p.start and p.end <= dashes[0].idx for p in self.pieces):
            return trim(self.text, content[0], dashes[0].idx)  # the writer's comment after a quote
        return content

    def _contrast_clause(self, token: Token) -> bool:
        """Whether ``token`` heads a clause of contrast with no cue of its own (``…,
        while sales had fallen``, ``…, although she is registered as a Democrat``):
        the report goes on. Not the writer's comment on what is the speaker's (``…,
        while its shares fell``), nor one in the plain past after a report put in
        another tense (``said it would cut 500 jobs, while shares closed 4% lower``)."""
        if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.children) \
                or any(t.i in self.cue_at for t in token.subtree):
            return False
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in subject.children):
            return False
        auxiliary = ("aux", "auxpass")
        return not (token.tag_ == "VBD" and not any(c.dep_ in auxiliary for c in token.children)
                    and any(c.dep_ in auxiliary for c in token.head.children))

    def _next_act_speaker(self, cue: Cue) -> Token | None:
        """The reporter for a cue with no subject of its own that the parser hung on
        the clause another cue reports, when that clause's subject cannot speak
        (``Brown said prices had risen and predicted …``, ``… said new plans had
        been designed and hoped …``) or that clause is under a modal the cue does
        not share (``Blair said Labour would set out plans and attacked …``): the
        cue is the reporter's next act, as :meth:`_cut_at_conjoined_cue` ends the
        report before it."""
        outer = _conjoined_to_report(cue.token)
        report = self.cue_at.get(outer.i) if outer is not None else None
        if report is None or report.speaker is None or cue.speaker is None:
            return None
        clause = cue.token.head
        modal = clause.tag_ == "VB" and cue.token.tag_ in ("VBD", "VBZ") \
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        return report.speaker if modal or not self.component.agent_like(cue.speaker) else None

    def _quoting_clause(self, head: Token) -> bool:
        """Whether a trailing clause goes on quoting the speaker (``that the DNC
        "failed to …," which led to "the inadvertent disclosure"``): it holds a
        quoted fragment and no cue or colon of its own (``which he called "…"``,
        ``to which X interjected: "…"`` are other reports)."""
        k = bisect.bisect_left(self.piece_starts, head.left_edge.idx)
        return k < len(self.pieces) and self.pieces[k].start < head.right_edge.idx + len(head.right_edge) \
            and not any(t.i in self.cue_at or t.text == ":" for t in self.doc[head.left_edge.i:head.right_edge.i + 1])

    def _next_act(self, token: Token) -> bool:
        """Whether ``token`` is a finite verb the parser conjoined to a cue's
        to-infinitive (``vowed to keep it legal and celebrated the ruling``): the
        speaker's next act, not part of what was vowed."""
        verb = token.head
        return token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and verb.tag_ == "VB" \
            and verb.dep_ == "xcomp" and verb.head.i in self.cue_at and verb.head.tag_ != "VBG" \
            and infinitive(verb) and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in token.children)

    def _words(self, start: int, end: int) -> int:
        """Number of whitespace-separated words with a letter or digit."""
        return sum(any(ch.isalnum() for ch in w) for w in self.text[start:end].split())

    def _outside_words(self, content: tuple[int, int]) -> int:
        """Words of ``content`` outside every quote piece."""
        start, end = content
        inside = sum(self._words(max(p.start, start), min(p.end, end))
                     for p in self.pieces if p.start < end and p.end > start)
        return self._words(start, end) - inside

    def _mixed_cue(self, piece: QuotePiece) -> Cue | None:
        """The outermost cue whose reported content holds ``piece`` plus unquoted
        words. A long quote needs unquoted words before it (``said the court
        "must act ..."``), after it before a later cue (:meth:`_carried`) or, after
        a preceding cue, a continuation (``citing "reasonable grounds" that …``),
        so ``"…," he added, praising …`` stays direct."""
        span = (piece.start, piece.end)
        long = self._is_long(piece)
        best = None
        for cue in self.cues:
            content = cue.content
            if not content or not _overlaps(content, span) \
                    or content[0] > piece.start + 1 or self._inside_piece(cue.token.idx) \
                    or not (cue.unnamed or cue.speaker is not None and self._credible(cue)):
                continue
            before = 0 if self._introduced(piece) else self._outside_words((content[0], piece.start))
            after = self._outside_words((piece.end, content[1]))
            if before < 1 and not self._carried(piece, cue) \
                    and (after < 1 or long and (cue.token.idx > piece.start or after < 2)
                         or _CONJOINED_AFTER.match(self.text, piece.end)):
                continue  # a whole quote, then the writer goes on (``wrote, "…," and shared a link``)
            if best is None or self._mixed_rank(cue) < self._mixed_rank(best):
                best = cue
        return best

    def _carried(self, piece: QuotePiece, cue: Cue) -> bool:
        """Whether a quote opening the report goes on in unquoted words before its
        cue (``"Boots on the ground" would be appropriate, Carson said``): the
        report is the whole clause, as many words as make an indirect report."""
        end = min(cue.content[1], cue.token.idx)
        return cue.token.idx > piece.end \
            and self._outside_words((piece.end, end)) >= self.component.min_indirect_words

    def _introduced(self, piece: QuotePiece) -> bool:
        """Whether a colon introduces the quote (``… about the budget: "We can't …"``):
        the words before it are a lead-in, not part of the quoted statement."""
        return self.text[max(0, piece.start - 3):piece.start].rstrip().endswith(":")

    def _mixed_rank(self, cue: Cue) -> tuple[bool, int]:
        """Preference among cues holding a fragment: speech before intention, then the
        outermost (``X said Y "showed" Z``: X reports the whole statement)."""
        return cue.lemma in self.component.lexicon.intention, cue.content[0] - cue.content[1]

    def _scare_modifier(self, piece: QuotePiece) -> bool:
        """A one-word quote modifying a noun (the ``“arrest” order``) is a scare quote."""
        if self._words(piece.start, piece.end) != 1:
            return False
        span = self.doc.char_span(piece.start, piece.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in _MODIFIER_DEPS

    def _is_long(self, piece: QuotePiece) -> bool:
        """Whether a quoted stretch has at least ``min_quote_words`` words."""
        return self._words(piece.start, piece.end) >= self.component.min_quote_words

    def _headline(self, piece: QuotePiece) -> bool:
        """A cited headline or its excerpt in a reading list (``"Museum to close,"
        by Ann Lee: "The museum …"``): a quote ending in a comma before a byline,
        or one right after a byline's colon."""
        line_start = self.text.rfind("\n", 0, piece.start) + 1
        return self.text[piece.start:piece.end].rstrip(_MARKS).endswith(",") \
            and _BYLINE.match(self.text, piece.end) is not None \
            or _BYLINE_LEAD.search(self.text, line_start, piece.start) is not None

    def _is_speech(self, piece: QuotePiece, cue: Cue | None) -> bool:
        """Whether a quoted stretch reads as speech: long enough, or short but
        ending like a sentence, attributed and not run into the words before it
        (``"Not yet," she said``, but not ``plenty of "grumbling."``)."""
        if self._is_long(piece):
            return True
        inner = self.text[piece.start:piece.end].rstrip(_MARKS)
        return cue is not None and inner[-1:] in (".", "!", "?", ",") \
            and not self._embedded(piece)

    def _quoted(self) -> list[Quote]:
        """Direct and mixed quotes, in text order."""
        quotes: list[Quote] = []
        mixed: dict[tuple[int, str], Quote] = {}
        group_quote: dict[int, int] = {}
        for piece in self.pieces:
            if self._scare_modifier(piece):
                continue
            cue = self._mixed_cue(piece)
            if cue is not None:
                _add_mixed(quotes, mixed, cue, piece)
                continue
            if piece.group in group_quote:
                first = quotes[group_quote[piece.group]]
                if first.cue is None and first.follows is None:
                    self._attribute_group(quotes[group_quote[piece.group]:], self._direct_cue(piece))
                quotes.append(Quote(piece.start, piece.end, "direct", first.cue, first.follows))
                continue
            if _title_like(self.text[piece.start:piece.end]) and not self._spoken_reply(piece) \
                    or self._headline(piece):
                continue
            cue = self._direct_cue(piece)
            host = self._host_cue(piece) if not self._is_long(piece) or self._embedded(piece) else None
            if host is None and cue is None and self._sequel(quotes, piece):
                group_quote[piece.group] = len(quotes)
                quotes.append(Quote(piece.start, piece.end, "direct", None, quotes[-1]))
                continue
            if host is not None or not self._is_speech(piece, cue):
                if host is not None:
                    _add_mixed(quotes, mixed, host, piece)
                continue
            cue = cue or self._previous_cue(quotes, piece)
            follows = None if cue else self._follow_on(quotes, piece)
            group_quote[piece.group] = len(quotes)
            quotes.append(Quote(piece.start, piece.end, "direct", cue, follows))
        return _drop_nested(quotes, "mixed")

    @staticmethod
    def _attribute_group(group: list[Quote], cue: Cue | None) -> None:
        """Give an unattributed quote running over several paragraphs the cue found
        at a later paragraph (``"A. ¶"B," said X.``): every paragraph is X's."""
        for quote in group:
            if quote.kind == "direct" and quote.cue is None and quote.follows is None:
                quote.cue = cue

    def _spoken_reply(self, piece: QuotePiece) -> bool:
        """Whether a capitalised quote is a short utterance, not a title: it opens
        its sentence, ends in a comma, ``!`` or ``?`` and a speech cue with its
        speaker follows at once (``“Really,” she added``, ``"Quiet!" he demanded``;
        not ``On “Hannity,” X said``), or it ends like a sentence right after such a
        cue and its comma or colon (``X said, "Probably."``), or it is what a vocal
        verb right before it utters (see :meth:`_uttered`)."""
        if self._uttered(piece):
            return True
        lead = self._window(piece, -1)[:2]
        if len(lead) == 2 and lead[0].text in ",:" and self._speech_cue(self.cue_at.get(lead[1].i)) \
                and self.text[piece.start:piece.end].rstrip(_MARKS)[-1:] in _SENTENCE_END:
            return True  # ``Priebus said, "Probably."``
        before = self.text[max(0, piece.start - 3):piece.start].rstrip(" ")
        if self.text[piece.start:piece.end].rstrip(_MARKS)[-1:] not in (",", "!", "?") \
                or before and before[-1] not in ".!?:\n" and before[-1] not in _CLOSING_MARKS:
            return False
        cues = (self.cue_at.get(t.i) for t in self._window(piece, 1)[:_ATTRIBUTION_SLOT])
        return any(self._speech_cue(cue) for cue in cues)

    def _uttered(self, piece: QuotePiece) -> bool:
        """Whether a quote is what a vocal verb right before it utters (``protesters
        chanting "Dump Trump."``, ``someone shouted "Cruz,"``)."""
        lead = self._window(piece, -1)[:1]
        return bool(lead) and lead[0].lemma_.lower() in self.component.lexicon.vocal and lead[0].i in self.cue_at

    def _speech_cue(self, cue: Cue | None) -> bool:
        """Whether ``cue`` is a speech verb with a speaker."""
        return cue is not None and cue.speaker is not None and cue.lemma in self.component.lexicon.speech

    def _sequel(self, quotes: list[Quote], piece: QuotePiece) -> bool:
        """Whether a quoted sentence goes on from the direct quote just before it, with
        only that quote's attribution between (``"A," said X. "B."``): it is X's,
        however short."""
        previous = quotes[-1] if quotes else None
        inner = self.text[piece.start:piece.end].strip(_MARKS)
        if previous is None or previous.kind != "direct" or not inner[:1].isupper() \
                or inner.rstrip(_MARKS)[-1:] not in _SENTENCE_END:
            return False
        between = self.text[previous.end:piece.start]
        return (previous.cue is not None or previous.follows is not None) \
            and "\n" not in between and len(between) <= _SEQUEL_GAP and between.rstrip()[-1:] in _SENTENCE_END

    def _embedded(self, piece: QuotePiece) -> bool:
        """Whether a quote continues a phrase begun outside it: the word before it
        depends on a later word (``would make her "a third term"``, ``the city
        "condemns …"``), governs the quote (``plenty of "grumbling."``) or joins it
        (``and "vowed …"``), or the quote is no clause with its own subject
        (``declared the win "the best night …"``). A whole quoted clause after a verb's object or adverbial is the verb's whole complement
        (``told reporters "We …"``, ``said on Monday "We …"``)."""
        span = self.doc.char_span(piece.start, piece.end, alignment_mode="expand")
        previous = self.doc[span.start - 1] if span is not None and span.start else None
        words = [t for t in span if not t.is_punct] if span is not None else []
        if previous is None or not words or not previous.is_alpha \
                or previous.pos_ in _COMPLEMENT_TAKERS or previous.lower_ in _COMPLEMENTIZERS:
            return False
        root = self.doc[words[0].i:words[-1].i + 1].root
        clause = any(c.dep_ in SUBJECT_DEPS and c.i >= span.start for c in root.children)
        return previous.head.i >= span.start or previous.i in (words[0].head.i, root.head.i) \
            or previous.dep_ == "cc" or not clause

    def _host_cue(self, piece: QuotePiece) -> Cue | None:
        """The clause verb hosting a quoted fragment: its subject speaks, its
        right-hand dependents are the reported content (``Rubio bemoaned the
        climate in which people "hate each other"``). A verb outside the lexicon
        hosts a fragment in its that-clause, the clause being the content, when
        its subject is person-like (``X fired back that the "people …"``). The
        report ends before the speaker's next act (:func:`_before_next_act`) and,
        like any report, before a trailing comment (:meth:`_cut_at_conjoined_cue`).
        A verb attributing a quote before it hosts nothing after it: that is what
        the quote was said of."""
        span = self.doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(_MAX_CLIMB):
            if token.head == token:
                return None
            token, child = token.head, token
            lemma = token.lemma_.lower()
            known = lemma in self.component.lexicon.cues and not self.component.other_sense(token)
            that_clause = child.dep_ == "ccomp" and _opened_by_that(child)
            if token.pos_ in ("VERB", "AUX") and token.i < span.start and (known or that_clause):
                if any(c.i < token.i and c.dep_ in ("ccomp", "parataxis") and self._inside_piece(c.idx)
                       for c in token.children):
                    return None  # ``"…," X declared of the "Partido …"``: the quote before is what was said
                speaker = subject(token, self._inside_piece)
                if speaker is None or speaker.i > token.i or not known and not self._plausible(speaker):
                    return None
                reported = subtree_range(child) if that_clause else \
                    char_range(token.doc[token.i + 1], _before_next_act(token, span.end)) \
                    if token.i + 1 < len(token.doc) else None
                content = self._cut_at_conjoined_cue(self._clip(reported, token.idx), token)
                if content is None or not _overlaps(content, (piece.start, piece.end)):
                    return None  # the parser ran the fragment's sentence into another one
                return Cue(token, lemma, speaker, content)
        return None

    def _direct_cue(self, piece: QuotePiece) -> Cue | None:
        """The cue attributing a direct quote."""
        after, before = self._window(piece, 1), self._window(piece, -1)
        named = _dashed_name_lead_in(before) or _source_lead_in(before)
        if named is not None:
            return named
        closing = self._closing_attribution(piece, after) or self._verbless_attribution(piece, after)
        if closing is not None:
            return closing
        span = (piece.start, piece.end)
        for cue in self.cues:
            if cue.content and cue.speaker is not None and _overlaps(cue.content, span) \
                    and not self._inside_piece(cue.token.idx):
                return cue
        colon = self._colon_paragraph(piece)
        last_mark = self.text[piece.start:piece.end].rstrip(_MARKS)[-1:]
        closed = last_mark == "."  # ``"…." It was`` is a new sentence
        first_word = next((t for t in after if t.is_alpha), None)  # ``"…?" Her critics cited it``, not ``"…?" asked X``
        ended = closed or last_mark in ("?", "!") and first_word is not None and first_word.text[0].isupper()
        if before[:1] and before[0].text in ":," and before[1:2] and before[1].pos_ == "VERB":
            cue = self.cue_at.get(before[1].i)  # ``O'Malley interjected: "…"``, ``…, saying, "…"``
            if cue is None and before[0].text == ":":
                cue = self._report_around(before[1]) or self._any_verb_cue(before[1:2])
            if cue is not None and (cue.speaker is not None or cue.unnamed):
                return cue  # unnamed: ``X was asked: "…"`` (X is the one asked)
        subordinate = None  # ``When a voter asked about it, "…" Smith told the crowd``: Smith's, if a cue follows
        for tokens in (before, after, colon) if ended else (after, before, colon):  # an ended quote: its lead-in first
            for token in tokens:
                cue = self.cue_at.get(token.i)
                if cue is None or cue.speaker is None or token.i in self.nested \
                        or ended and tokens is after and self._reports_other(cue):
                    continue  # a cue inside another's report (``X said that critics predict``) is X's words
                if tokens is before and _subordinate(token) and self._reports_other(cue):
                    subordinate = subordinate or cue
                    continue
                return cue
        aside = before[:1] and after[:1] and before[0].text in _DASHES and after[0].text in _DASHES
        lead_in = before[:8] if before[:1] and (before[0].text in ",:" or aside) \
            else before[:1] if before[:1] and before[0].pos_ == "VERB" else colon  # ``they chanted "…"``
        colon_lead_in = bool(before[:1]) and before[0].text == ":"
        lead_in_cue = self._any_verb_cue(lead_in, copula=colon_lead_in)
        if subordinate is not None:  # the lead-in's main verb (``After X said …, Hillary shot back, "…"``) or it
            return lead_in_cue or subordinate
        trailing = None if closed or aside else self._any_verb_cue(after[:10])
        if trailing is not None and ended and self._reports_other(trailing, object_preps=False):
            trailing = None  # ``"…?" Her critics cited the latest poll.``
        return (None if aside else self._dash_cue(after or self._next_paragraph(piece))) or trailing \
            or lead_in_cue or self._any_verb_cue(self._governor(piece, before)) or self._name_lead_in(lead_in[:4]) \
            or (self._colon_sentence_cue(before[0]) if colon_lead_in else None)

    def _report_around(self, verb: Token) -> Cue | None:
        """The report a verb before a colon lies inside (``Arnesen said the club were
        sad to see Santini go: "…"``): its speaker goes on to quote, not the one the
        report speaks of."""
        return next((cue for cue in self.cues if cue.content and cue.speaker is not None
                     and cue.content[0] <= verb.idx < cue.content[1] and cue.token.sent == verb.sent
                     and not self._inside_piece(cue.token.idx)), None)

    def _colon_sentence_cue(self, colon: Token) -> Cue | None:
        """The main verb of a sentence that ends in a colon before a quote, further back
        than a lead-in is looked for (``Kaine has adopted the stance common among some
        Catholics in public office: "…"``); not a passive, whose subject is acted on
        (``after 14 people were killed …: "…"``)."""
        root = colon.sent.root
        if root.i > colon.i or any(c.dep_ == "auxpass" for c in root.children):
            return None
        return self._any_verb_cue([root], copula=True)

    def _closing_attribution(self, piece: QuotePiece, after: list[Token]) -> Cue | None:
        """The attribution that ends a sentence right after a quote closed by a comma
        (``"…," the Florida senator said.``, ``"…," said X.``): it attributes the
        quote, whatever cue a misparse gives the quote's clause (``Nothing the
        president said "will …"``)."""
        if not self.text[piece.start:piece.end].rstrip(_MARKS).endswith(","):
            return None
        words = [t for t in after if not t.is_punct]  # the window holds no spaces
        cue = next((self.cue_at[t.i] for t in words[:_CLOSING_REACH] if t.i in self.cue_at), None)
        if cue is None or cue.speaker is None or cue.content is not None and not _overlaps(
                cue.content, (piece.start, piece.end)):
            return None
        return cue if after and after[-1].text in _SENTENCE_END and after[-1].i <= cue.token.right_edge.i + 1 \
            else None

    def _verbless_attribution(self, piece: QuotePiece, after: list[Token]) -> Cue | None:
        """A person named with no verb between a quote closed by a comma and the end
        of its sentence (``"…," Anthony J.F. O'Reilly, Heinz's newly elected
        chairman.``, ``"…," Dr Jane Brown, the medical director.``): wire copy leaves
        out ``said``; the name, after any title (``Home Secretary David Blunkett``,
        ``Manchester United manager Alex Ferguson``), attributes the quote, not a name
        that owns what follows (``"…," Sir Hubert Parry's setting``)."""
        name = next((t for t in after[:_TITLE_WORDS + 1] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None)
        if name is None or after[-1].text not in _SENTENCE_END or name is after[-1] \
                or any(not (t.is_title and t.ent_type_ != "PERSON"
                            or t.lemma_.lower() in self.component.lexicon.person_nouns)
                       for t in after[:after.index(name)]) \
                or any(t.tag_ in _CLAUSE_VERB_TAGS for t in after) \
                or not self.text[piece.start:piece.end].rstrip(_MARKS).endswith(","):
            return None
        end = _name_end(name, after[-1].i)
        if any(t.tag_ == "POS" for t in self.doc[name.i:end.i + 2]):
            return None  # ``"…," Sir Hubert Parry's setting of Blake``: a work named, not its speaker
        return Cue(after[-1], "", end, None)

    def _reports_other(self, cue: Cue, object_preps: bool = True) -> bool:
        """Whether a cue has words of its own to report, so that it does not attribute
        a quote it is not next to: a complement right after its verb (``Dee continues
        to live in LA``, ``Viewers voted Stone the winner``, ``When Jones said the race
        was over``), with ``object_preps`` also an object preposition (``are planning
        on …``). A hearer is none (``Smith told the crowd``, ``asked reporters``, not
        ``questioned the estimates``), nor is a clause the parser hung on it past
        punctuation (``X asked, repeating a charge - that …``)."""
        lexicon = self.component.lexicon
        verb = cue.token
        return cue.content is not None or any(
            c.i > verb.i and (c.dep_ in _VERB_COMPLEMENTS
                              or object_preps and c.dep_ == "prep" and c.lower_ in lexicon.object_preps)
            and not self._hearer(verb, c) and not _set_apart(verb, c.left_edge)
            for c in verb.children)

    def _hearer(self, verb: Token, child: Token) -> bool:
        """Whether a verb's object is the one spoken to: any object of ``tell``, a
        person-like one of ``ask`` or ``question``."""
        lexicon = self.component.lexicon
        lemma = verb.lemma_.lower()
        return child.dep_ in ("dobj", "dative") and lemma in lexicon.hearing \
            and (lemma in lexicon.addressing or child.pos_ in ("PRON", "PROPN") or child.ent_type_ == "PERSON"
                 or child.lemma_.lower() in lexicon.person_nouns | lexicon.source_nouns)

    def _governor(self, piece: QuotePiece, before: list[Token]) -> list[Token]:
        """The verb before a quote on which the parser hung the quote's clause
        (``X reacted skeptically to the deal, "I am concerned …"``), if it lies in
        the window before the quote."""
        span = self.doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is None or not before or before[0].text != ",":
            return []
        opening = self.doc[span.start:min(span.end, span[0].sent.end)]  # a quote of several sentences: its first
        head = opening.root.head
        return [head] if head.i < span.start and head in before else []

    @staticmethod
    def _name_lead_in(tokens: list[Token]) -> Cue | None:
        """``Dana Reyes: "…"``: a bare name before a colon attributes the quote."""
        if tokens and tokens[0].text == ":":
            for token in tokens[1:]:
                if token.pos_ == "PROPN" and token.dep_ != "compound" and not _place_of(token):
                    return Cue(tokens[0], "", token, None)
        return None

    def _any_verb_cue(self, tokens: list[Token], copula: bool = False) -> Cue | None:
        """An attribution verb outside the lexicon right next to a quote (``", quipped X``),
        accepted only with a person-like subject (a name, pronoun or person noun) that
        is no passive's (the one acted on); with
        ``copula``, also a linking verb before a colon, whatever clause the parser made
        of it (``the board was conclusive in its findings: "…"``)."""
        for token in tokens:
            linking = copula and token.pos_ == "AUX" and token.dep_ in _CLAUSE_DEPS
            if token.pos_ == "VERB" and token.dep_ in _CLAUSE_DEPS or token.dep_ == "ROOT" and token.pos_ == "AUX" \
                    or linking:
                speaker = self.component.uttered_by(subject(token, self._inside_piece)
                                                    or _inverted_subject(token, self.component.lexicon.addressing))
                if speaker is None or not self._plausible(speaker) or speaker.dep_ == "nsubjpass" \
                        or linking and speaker.pos_ == "PRON" and speaker.lower_ not in _INVERTED_PRONOUNS:
                    return None  # ``this is progress: "…"`` names no one; ``after 14 people were killed:``
                return Cue(token, token.lemma_.lower(), speaker, None)
        return None

    def _credible(self, cue: Cue) -> bool:
        """Whether a cue's speaker can be a source: any for a speech verb or a set-off
        ``according to X`` (a poll, a summary, a book), else a plausible speaker (see
        :meth:`_plausible`); ``arrest him according to the order`` is no attribution."""
        return cue.lemma in self.component.lexicon.speech or self._plausible(cue.speaker) \
            or cue.lemma in self.component.according and _set_off(cue.token)

    def _plausible(self, speaker: Token) -> bool:
        """Whether a token can head a speaker: a name (also a word of a name seen in the
        article that the tagger read as a noun, ``Hannity interjected:``), pronoun,
        person or source noun outside the quoted words (``ended the call with a curt, "fine"``)."""
        return not self._inside_piece(speaker.idx) and (self.component.source_like(speaker)
                                                         or speaker.is_title and speaker.text in self.name_words)

    def _window(self, piece: QuotePiece, step: int) -> list[Token]:
        """Tokens after (``step`` 1) or before (-1) a piece, up to a boundary, spaces left out."""
        doc = self.doc
        edge = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if edge is None:
            return []
        i = edge.end if step > 0 else edge.start - 1
        tokens: list[Token] = []
        while 0 <= i < len(doc) and len(tokens) < self.component.window:
            token = doc[i]
            if "\n" in token.text or self._inside_piece(token.idx):
                break
            if step < 0 and token.text in _SENTENCE_END:
                break
            if token.is_space:  # a run of spaces (``resisted:  "…"``) is no word of the window
                i += step
                continue
            tokens.append(token)
            if step > 0 and token.text in _SENTENCE_END or "\n" in token.whitespace_:
                break
            i += step
        return tokens

    def _next_paragraph(self, piece: QuotePiece) -> list[Token]:
        """The first tokens of the paragraph after a quote closing its paragraph."""
        end = self.text.find("\n", piece.end)
        if end < 0 or self.text[piece.end:end].strip():
            return []
        span = self.doc.char_span(end, min(end + 40, len(self.text)), alignment_mode="expand")
        return [t for t in span if not t.is_space] if span is not None else []

    def _colon_paragraph(self, piece: QuotePiece) -> list[Token]:
        """The last words, nearest first, of a paragraph ending in a colon right
        before a quote opening its own paragraph (``Trump issued this statement:¶"…"``)."""
        line_start = self.text.rfind("\n", 0, piece.start) + 1
        if self.text[line_start:piece.start].strip():
            return []
        end = line_start
        while end and self.text[end - 1].isspace():
            end -= 1
        if not end or self.text[end - 1] != ":":
            return []
        span = self.doc.char_span(max(0, end - 80), end, alignment_mode="expand")
        tokens = [t for t in reversed(span) if t.sent == span[-1].sent] if span is not None else []
        return tokens[:8]

    def _dash_cue(self, after: list[Token]) -> Cue | None:
        """``"…" — Name``: a dash followed by a name attributes the quote (also a
        dash glued to the name's first word: ``-President Obama``)."""
        if after and after[0].text[:1] in _DASHES and after[0].text[1:2].isupper():
            name = after[0]
        elif len(after) >= 2 and after[0].text in _DASHES and is_name(after[1]):
            name = after[1]
        else:
            return None
        while name.head != name and name.head.i > name.i \
                and (name.head.ent_type_ == "PERSON" or name.dep_ == "compound"):
            name = name.head
        return Cue(after[0], "", name, None)

    def _previous_cue(self, quotes: list[Quote], piece: QuotePiece) -> Cue | None:
        """The cue of the sentence just before an unattributed quote (``X said that
        A.¶"B."``), when no quote came in between; not a cue inside another's
        report (``X said critics predict A. "B."``: B is X's), nor a relative
        clause reporting nothing (``said X, an ally of Y, who has known them for
        years.¶"B."``: the clause describes Y, and B is X's), nor a cue in a clause
        on a noun of the previous quote's attribution (``"A," said X, using a term
        Y has used to describe Z. "B."``: B is X's)."""
        last_end = quotes[-1].end if quotes else -1
        for cue in reversed(self.cues):
            if cue.token.idx >= piece.start or cue.token.idx < last_end or cue.token.i in self.nested \
                    or cue.token.dep_ == "relcl" and (cue.content is None or self._describes_speaker(cue)) \
                    or _describes_noun(cue.token) and quotes and quotes[-1].cue is not None \
                    and quotes[-1].cue.token.sent == cue.token.sent:
                continue
            between = self.text[cue.token.idx:piece.start]
            near = len(_BREAKS.findall(between)) <= 1 and len(between) < 300
            ok = cue.speaker is not None and not self._inside_piece(cue.token.idx) \
                and self._plausible(cue.speaker)
            return cue if near and ok else None
        return None

    def _describes_speaker(self, cue: Cue) -> bool:
        """Whether a cue lies in another cue's speaker phrase (``said an adviser to
        X, who declined to be identified``): it describes that speaker."""
        return any(other.speaker is not None and other is not cue
                   and other.speaker.left_edge.i <= cue.token.i <= other.speaker.right_edge.i for other in self.cues)

    def _follow_on(self, quotes: list[Quote], piece: QuotePiece) -> Quote | None:
        """The previous direct quote when ``piece`` continues it."""
        for previous in reversed(quotes):
            between = self.text[previous.end:piece.start]
            if len(_BREAKS.findall(between)) <= 1 \
                    and len(between) < 400 and (previous.cue or previous.follows is not None):
                return previous
            return None
        return None

    def _resolve(self, quotes: list[Quote]) -> list[dict]:
        """Resolve speakers in text order and build the output dicts.

        A cue verb with its own ``according to Y`` (``X said, according to Y``)
        reports Y's account: Y, the outer source, is the speaker; not when the
        ``according to Y`` lies inside the quotation marks (X's own words).
        """
        quotes = sorted(quotes, key=lambda q: q.start)
        outer = {cue.token.head.i: cue.speaker for cue in self.cues
                 if cue.lemma.startswith("according") and cue.speaker is not None
                 and not self._inside_piece(cue.token.idx)}
        speakers: dict[int, Speaker] = {}
        for quote in quotes:
            if quote.follows is not None:
                speakers[id(quote)] = speakers.get(id(quote.follows), NO_SPEAKER)
            elif quote.cue is not None and quote.cue.speaker is not None:
                head = outer.get(quote.cue.token.i, quote.cue.speaker)
                speakers[id(quote)] = self.resolver.resolve(head, _speaker_span(head, quote.cue.token),
                                                            self._named_inside(quote) | self._co_subject(head))
            else:
                speakers[id(quote)] = NO_SPEAKER
        return [_as_dict(quote, speakers[id(quote)], self.component.lexicon) for quote in quotes]

    def _named_inside(self, quote: Quote) -> frozenset[int]:
        """The people a direct quote names as someone else, not as a modifier
        (``Senator Sanders's message``, not ``Trump Tower``): its speaker is not one
        of them. Reported speech names its own speaker freely."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand") if quote.kind == "direct" else None
        if span is None:
            return frozenset()
        return frozenset(ent._.entity_id for ent in span.ents
                         if ent.label_ == "PERSON" and ent.root.dep_ != "compound" and ent._.entity_id is not None)

    def _co_subject(self, head: Token) -> frozenset[int]:
        """The entity a speaker pronoun's own clause has as its subject, when the
        pronoun is that clause's object (``The Daily Mail quoted him as saying``): an
        object pronoun never refers to its own clause's subject."""
        if head.dep_ != "dobj" or head.pos_ != "PRON":
            return frozenset()
        mentions = (self.resolver.by_token.get(c.i) for c in head.head.children if c.dep_ in SUBJECT_DEPS)
        return frozenset(m.entity_id for m in mentions if m is not None and m.entity_id is not None)


def _anonymous(clause: Token, verbs: frozenset[str]) -> bool:
    """Whether an infinitive asks for anonymity: a passive of ``verbs`` with no
    complement (``not to be identified``, not ``to be named captain``), or ``to
    remain anonymous``."""
    if clause.dep_ != "xcomp":
        return False
    children = list(clause.children)
    if clause.lemma_.lower() == "remain":
        return any(c.lower_ == "anonymous" for c in children)
    return clause.lemma_.lower() in verbs and any(c.dep_ == "auxpass" for c in children) \
        and not any(c.dep_ in ("oprd", "attr", "dobj") for c in children)


def _adverbial(clause: Token) -> bool:
    """Whether a clause the parser took for a complement opens with a time or cause
    conjunction (``he said as some booed``): it tells when or why, not what."""
    first = clause.left_edge
    return first.dep_ in ("mark", "advmod") and first.head == clause and first.lower_ in _ADVERBIAL_OPENERS


def _word_end(text: str, end: int, limit: int) -> int:
    """The end of the word an offset falls inside, hyphens included (``re|-drafted``:
    the parser may split a hyphenated word into clauses of its own)."""
    while 0 < end < limit and text[end - 1].isalnum():
        if text[end].isalnum():
            end += 1
        elif text[end] == "-" and end + 1 < limit and text[end + 1].isalnum():
            end += 2
        else:
            break
    return end


def _before_attribution(cue: Token, clause: Token, quoted: Callable[[int], bool],
                        speech: frozenset[str]) -> tuple[int, int] | None:
    """The whole statement before a trailing attribution when the parser hung its
    comma-led last part on the cue (``… for Renault share interests, depending on AMC
    sales, the Renault statement said.``, ``… on strike, even after the court ruled
    it illegal, union leaders said.``): from the reported clause to the comma before
    the speaker (or before the cue: ``…, said X.``). Not past another attribution
    (``A, the ONS said, while B, the TUC said``) nor a participle of speaking, which
    tells how the speaker spoke (``…, speaking outside the court, his mother said``)."""
    doc = cue.doc
    subject = next((c for c in cue.lefts if c.dep_ in SUBJECT_DEPS), None)
    start = subject.left_edge.i if subject is not None else cue.i
    gap = doc[clause.right_edge.i + 1:start - 1]
    if start - 1 <= clause.right_edge.i + 1 or doc[start - 1].text != "," or gap[0].text != "," \
            or any(quoted(t.idx) or t.is_sent_start or _speaking(t, speech) for t in gap):
        return None
    return char_range(clause.left_edge, doc[start - 2])


def _speaking(token: Token, speech: frozenset[str]) -> bool:
    """Whether a token is a verb of speaking with a subject of its own (another
    attribution) or a participle that sets the scene of one (``speaking outside the
    court``, ``writing in the Times``; not ``saying that …``, which is reported too)."""
    lemma = token.lemma_.lower()
    return lemma in speech and any(c.dep_ in SUBJECT_DEPS for c in token.children) \
        or token.tag_ in ("VBG", "VBN") and lemma in _SPEAKING


def _absolute_report(cue: Token) -> tuple[int, int] | None:
    """What a participle on its speaker says in a ``with`` phrase the parser split
    into a clause (``…, with analysts saying sales of $600m a year were possible``:
    ``analysts`` the clause's subject, ``were`` its verb): the words after the cue."""
    clause = cue.head.head
    opened = clause.dep_ == "pcomp" and clause.head.lower_ == "with" \
        or any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children)  # ``with one analyst predicting …``
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.dep_ not in SUBJECT_DEPS or not opened \
            or clause.i <= cue.i + 1:
        return None
    return char_range(cue.nbor(1), clause.right_edge)


def _time_clause(clause: Token) -> bool:
    """Whether a clause tells when something was said (``Cruz said as the heckler
    yelled``), not why (``he said, because …``)."""
    return _adverbial(clause) and clause.left_edge.lower_ in _TIME_OPENERS


def _trailing_conjunct(verb: Token) -> bool:
    """Whether a cue the parser conjoined to the clause before it is a trailing
    attribution of that clause: set off by a comma, with a subject of its own, and
    ending the sentence (``…, but it is under pressure, said the company's chief
    executive.``). A conjoined verb phrase shares its subject (``…, and said …``)."""
    return verb.dep_ == "conj" and verb.i > verb.head.i and verb.nbor(-1).text == "," \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.right_edge.i + 2 >= verb.sent.end


def _own_subject(clause: Token) -> bool:
    """Whether a relative clause has a subject other than its relative pronoun
    (``the candidate, whom he described as "volatile"``): it reports what that
    subject said, rather than describing the noun it hangs on (``Udall, who
    supports X``)."""
    return any(c.dep_ in SUBJECT_DEPS and not any(t.tag_ in ("WP", "WP$", "WDT") for t in c.subtree)
               for c in clause.children)  # not ``whose state is seen as``, ``all of whom opposed``


def _named_subject(clause: Token) -> bool:
    """Whether a clause's subject is a name (``Governor Jones praised the vote``)."""
    return any(c.dep_ in SUBJECT_DEPS and is_name(c) for c in clause.children)


def _opened_by_that(clause: Token) -> bool:
    """Whether a clause is opened by the conjunction ``that`` (``… that X``)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _after_other_lead_in(verb: Token, clause: Token) -> bool:
    """Whether a clause the parser hung on a verb comes after the colon of an
    adverbial clause with a subject of its own (``Cruz said as the heckler
    yelled: "You suck!"``): the heckler's words."""
    between = verb.doc[verb.i + 1:clause.left_edge.i]
    colon = next((t for t in between if t.text == ":"), None)
    return colon is not None and any(
        t.dep_ == "advcl" and t.head == verb and t.i < colon.i and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in between)


def _conjoined_to_report(verb: Token) -> Token | None:
    """The reporting verb of a clause a subjectless verb is conjoined to (``Brown said
    prices had risen and predicted …``: said), or None; the second verb may be the
    reporter's next act, which the parser hung on the reported clause."""
    clause = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return None
    return clause.head


def _stray_that_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on a noun of a phrase after a speech verb
    (``said in one of a series of messages that the truck was …``, ``said for
    the first time that …``): a relative clause opened by ``that`` as a
    conjunction is the verb's complement."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for clause in prep.subtree:
            if clause.dep_ in ("relcl", "acl") and clause.i > prep.i and _opened_by_that(clause) \
                    and any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                return clause
    return None


def _before_next_act(verb: Token, after: int) -> Token:
    """The last token a host verb reports: its right edge, or the token before a verb
    conjoined to it past token ``after`` (``offered himself as a "law and order"
    candidate and made an appeal to …``): that verb is the speaker's next act."""
    following = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > after), None)
    return verb.right_edge if following is None else verb.doc[following.left_edge.i - 1]


def _second_infinitive(conjunct: Token, cue: Token) -> bool:
    """Whether a cue verb conjoined inside a report is a bare infinitive with no
    auxiliary of its own under a finite cue (``hoped they could come together and
    find a solution``, ``urged him to step up and show …``): the second verb of the
    report, not the speaker's next cue. A present cue (``they say … and warn …``)
    is tagged like an infinitive, so it does not count."""
    return conjunct.tag_ == "VB" and cue.tag_ not in ("VB", "VBP") \
        and not any(c.dep_ == "aux" for c in conjunct.children)


def _relative_before(first: Token) -> Token | None:
    """A relative clause set off by a comma that ends right before ``according to``
    (``…, which stood at 263, according to the AP``): the phrase sources that
    clause, not the sentence. A ``when`` or ``where`` clause sets the scene and is
    not what is sourced."""
    previous = first.nbor(-1) if first.i else None
    if previous is not None and previous.text == "," and previous.i:
        previous = previous.nbor(-1)
    if previous is None or previous.i < first.sent.start:
        return None
    for node in (previous, *previous.ancestors):
        if node.dep_ == "relcl" and node.right_edge.i == previous.i and node.head.i < node.i \
                and _after_comma(node.left_edge) and node.left_edge.lower_ not in _SETTING_RELATIVES:
            return node
    return None


def _describes_noun(verb: Token) -> bool:
    """Whether a verb lies in a clause that modifies a noun (``a term Rubio has
    used to describe Trump``): it describes the noun rather than attributing
    what follows its sentence."""
    return any(node.dep_ in ("relcl", "acl") for node in (verb, *verb.ancestors))


def _set_apart(verb: Token, later: Token) -> bool:
    """Whether punctuation stands between a verb and a later token."""
    return any(token.is_punct for token in verb.doc[verb.i + 1:later.i])


def _subordinate(verb: Token) -> bool:
    """Whether a verb heads a subordinate adverbial clause (``When a voter asked
    about it``, ``As the crowd chanted his name``)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)


def _reason_clause(token: Token) -> bool:
    """Whether ``token`` heads an adverbial clause of reason or purpose (``…, because
    X``, ``…, to avoid X``): the speaker's argument for the claim, part of the report."""
    return token.dep_ == "advcl" and (
        any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in token.children)
        or token.tag_ == "VB" and token.left_edge.lower_ in _PURPOSE_OPENERS and infinitive(token))


def _comma_after(token: Token) -> bool:
    """Whether a comma follows ``token`` (a parenthetical cue: ``…, he said, …``)."""
    return token.i + 1 < len(token.doc) and token.nbor(1).text == ","


def _after_comma(token: Token) -> bool:
    """Whether a comma precedes ``token`` (possibly inside a closing quote: ``,”``)."""
    previous = token.nbor(-1) if token.i else None
    if previous is not None and previous.text in _CLOSING_MARKS and previous.i:
        previous = previous.nbor(-1)
    return previous is not None and previous.text == ","


def _set_off(token: Token) -> bool:
    """Whether a phrase starts its sentence or follows punctuation or a conjunction
    (``…, according to X``; ``But according to X, …``)."""
    if token.i == token.sent.start:
        return True
    previous = token.nbor(-1)
    return previous.is_punct or previous.is_space or previous.dep_ == "cc"


def _add_mixed(quotes: list[Quote], mixed: dict[tuple[int, str], Quote], cue: Cue, piece: QuotePiece) -> None:
    """Add the mixed quote of ``cue`` holding ``piece``; one cue makes one mixed
    quote, grown over all its pieces (``shouted, “A,” B joked, “C”``), and a span
    another cue already made is not added twice. A cue reporting the piece alone
    makes a direct quote."""
    start, end = _span_key(cue, piece)
    key = (cue.token.i, cue.lemma)
    if key in mixed:
        mixed[key].start, mixed[key].end = min(mixed[key].start, start), max(mixed[key].end, end)
        mixed[key].kind = "mixed"
    elif not any(q.kind == "mixed" and (q.start, q.end) == (start, end) for q in quotes):
        bare = piece.start <= start and end <= piece.end  # the cue reports the quote alone: ``X said, "Probably."``
        mixed[key] = Quote(start, end, "direct" if bare else "mixed", cue)
        quotes.append(mixed[key])


def _span_key(cue: Cue, piece: QuotePiece) -> tuple[int, int]:
    """Character range of a mixed quote: the cue's content extended over the piece."""
    return min(cue.content[0], piece.start), max(cue.content[1], piece.end)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character ranges overlap."""
    return a[0] < b[1] and b[0] < a[1]


def _title_like(text: str) -> bool:
    """A quoted title: every word capitalised but short function words (also ``is``,
    ``as``, ``but``: "Orange is the New Black", "Paris is Burning"; not a saying
    that names one thing twice, "Arsenal is Arsenal"), and no sentence punctuation."""
    inner = text.strip(_MARKS).rstrip(".,")
    words = [w for w in inner.split() if w[:1].isalpha()]
    small = _TITLE_SMALL_WORDS if len(words) > 2 and words[0] == words[-1] else _TITLE_SMALL_WORDS | _TITLE_LINK_WORDS
    return bool(words) and all(w[0].isupper() or w in small for w in words) \
        and not any(ch in inner for ch in ".!?")


def _distinct(cues: list[Cue], quoted: Callable[[int], bool]) -> list[Cue]:
    """The first cue of each reported content, one outside quotation marks before
    one inside (``X, "is seen as Y," Z said``: Z reports it): a cue lemma and a
    construction (``quote_patterns``) may both find one report, which is one quote.
    A cue whose object is itself a reporting cue (``rejected the notion that X``)
    yields to it."""
    governors = {cue.token.head.i for cue in cues if cue.content is not None and cue.token.dep_ in _OBJECT_DEPS}
    seen: set[tuple[int, int]] = set()
    kept = set()
    for cue in sorted(cues, key=lambda c: quoted(c.token.idx)):
        if cue.token.i in governors and cue.content is not None:
            continue
        if cue.content is not None:
            if cue.content in seen:
                continue
            seen.add(cue.content)
        kept.add(id(cue))
    return [cue for cue in cues if id(cue) in kept]


def _drop_nested(quotes: list[Quote], kind: str) -> list[Quote]:
    """Drop quotes lying inside a larger quote of ``kind``: the fragments of a mixed
    quote, a smaller mixed quote reaching the same fragments through another cue, and
    a report nested in an indirect one (``X said Y wants Z``: attribution corpora
    mark X's report; only 12 % of such nested reports matched a PolNeAR quote)."""
    outer = [(q.start, q.end) for q in quotes if q.kind == kind]
    return [q for q in quotes if not any(s <= q.start and q.end <= e
                                         and (q.kind != kind or (s, e) != (q.start, q.end))
                                         for s, e in outer)]


def _speaker_span(head: Token, cue: Token) -> Span:
    """The speaker phrase: the head's subtree cut at the first comma, dash or quote
    mark on either side (appositions and relative clauses are left out; a comma
    between two of the head's adjectives is no cut; a leading ``even`` or
    ``also`` is dropped, and so is a fronted adverbial the parser hung on the
    name, as in ``on Wednesday Prime Minister X``; a hyphenated word the parser split is whole), and
    before the cue's clause when it modifies the head (``groups supporting X``,
    ``someone who claimed``), with the determiner the parser hung on a cue it
    read as a noun (``the editorial read``), and before a participle of the occasion
    (``another source speaking to Fox News``); a name ending a role phrase takes the role in
    (``director of sport Emilio Butragueno``, see :func:`_role_holder`); a
    list of speakers stays whole (see :func:`_list_comma`); a possessive ending
    is left out (``consumers' fears``: consumers) unless a name ends in it (see :func:`_name_ending`)."""
    doc = head.doc
    role = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    top = role if role is not None and _role_holder(role) == head else head  # the whole ``director of sport X``
    start, end = top.i, head.i + 1
    last = head.right_edge.i
    if head.i < cue.i <= last:  # the cue's clause modifies the head: stop before it (``someone who claimed``)
        clause = cue
        while clause.head != head and clause.head != clause:
            clause = clause.head
        last = (clause.left_edge.i if clause.left_edge.i > head.i else cue.i) - 1
    while start > top.left_edge.i and (not _speaker_stop(doc[start - 1]) or _adjective_comma(doc, start - 1, top)) \
            and not (doc[start - 1].tag_ == "RB" and doc[start - 1].dep_ == "compound"):  # ``Meanwhile Mark Oaten``
        start -= 1
    if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head == cue:
        start -= 1  # the parser read the cue as the phrase's noun (``the editorial read``)
    while start < head.i and doc[start].lower_ in _FOCUS_ADVERBS:  # ``even some of X``; not ``only 4 in 10``
        start += 1
    while start < head.i and doc[start].dep_ == "prep" and doc[start].right_edge.i < head.i:
        start = doc[start].right_edge.i + 1  # a fronted adverbial the parser hung on the name (``on Wednesday X``)
    if 1 <= start < head.i and doc[start].text == "-" and not doc[start - 1].whitespace_ and not doc[start].whitespace_:
        start += 1  # the hyphen begins the phrase (``ex-minister``): the word before it joins below
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2  # one hyphenated word the parser split up (``The non-profit``)
        if start > 0 and doc[start - 1].tag_ == "DT":
            start -= 1
    while end <= last:
        close = _listed_affiliation(doc, end, head)  # a bracket a further speaker follows: skip to its end
        if _speaker_stop(doc[end]) and not _list_comma(doc, end, head) and close is None \
                or doc[end].dep_ == "mark" and doc[end].lower_ in _ADVERBIAL_OPENERS \
                or doc[end].dep_ == "acl" and doc[end].tag_ == "VBG" and doc[end].lemma_.lower() in _SPEAKING:
            break  # no clause of time (``the benches as the minister sat down``) nor occasion (``speaking to Fox``)
        end = (close if close is not None else end) + 1
    while end - 1 > head.i and doc[end - 1].lower_ in _FLOATING_QUANTIFIERS:  # ``X and Y both said``
        end -= 1
    if end - 1 > head.i and doc[end - 1].tag_ == "POS" and not _name_ending(doc[end - 1], cue):
        end -= 1
    return doc[start:end]


def _list_comma(doc: Doc, i: int, head: Token) -> bool:
    """Whether the comma at ``i`` separates speakers named in a list (``Oxfam,
    Christian Aid and Save the Children said``): no end of the phrase."""
    if doc[i].text != "," or i + 1 >= len(doc):
        return False
    following = doc[i + 1]
    return any(t.dep_ == "conj" and t.left_edge.i == following.i and first_conjunct(t) == head
               for t in (following, *following.ancestors))


def _name_ending(possessive: Token, cue: Token) -> bool:
    """Whether a possessive ending before a cue verb belongs to a name (``St Thomas'
    said``, which the parser does not read as a possessive; ``McDonald's said``, ``St
    Mary's said``, after a name no person's), not to the possessor of a cue noun
    (``consumers' fears``)."""
    return cue.pos_ == "VERB" and (possessive.dep_ == "punct" or possessive.lower_ in ("'s", "’s")
                                   and possessive.nbor(-1).ent_type_ in _PLACE_OR_BODY)


def _listed_affiliation(doc: Doc, i: int, head: Token) -> int | None:
    """The closing bracket of a party affiliation at ``i`` after a speaker named in a
    list (``Sens. Alan Cranston (D-Cal.) and Daniel Evans said``), when a further
    speaker follows it: no end of the phrase."""
    if doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i + 1:i + _AFFILIATION_WORDS] if t.text == ")"), None)
    after = doc[close + 1] if close is not None and close + 1 < len(doc) else None
    listed = after is not None and (after.dep_ == "cc" and first_conjunct(after.head) == head
                                    or _list_comma(doc, after.i, head))
    return close if listed else None


def _adjective_comma(doc: Doc, i: int, head: Token) -> bool:
    """Whether the comma at ``i`` separates two adjectives of the speaker's head
    (``the bespectacled, 71-year-old diplomat``): no end of the phrase."""
    return doc[i].text == "," and i > 0 and doc[i - 1].dep_ == "amod" and doc[i - 1].head == head \
        and doc[i + 1].i < head.i


def _place_of(token: Token) -> bool:
    """Whether a name is the object of a preposition (``… the crime scene in San
    Bernardino:``, ``… on Twitter:``) and so no speaker, unless it is a source's
    ``by`` or ``from`` and no place (``the question posed by Marion Brown:``,
    ``Reaction came from Mayor Ann Cole:``, not ``reports from Syria:`` nor ``from
    Monday:``)."""
    return token.dep_ == "pobj" and not (token.head.lower_ in ("by", "from") and token.ent_type_ in _SOURCE_ENTS)


def _speaker_stop(token: Token) -> bool:
    """Whether a token ends a speaker phrase (comma, quote mark, free-standing dash,
    break); an apostrophe marking a possessive (``Sanders’ email``) is none."""
    return token.text in _SPEAKER_STOPS and token.tag_ != "POS" or token.is_space \
        or token.text == "-" and bool(token.whitespace_)


def _negated(verb: Token, negating: frozenset[str]) -> bool:
    """Whether a cue reports words not said: it is negated (``did not say``, a cue
    noun ``had no idea that …``; ``no doubt that …`` affirms), a verb of not doing
    (``declined to comment``) or its infinitive (``failed to tell investors that …``,
    ``refused to say whether …``)."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "neg" or c.dep_ == "det" and _denying(c) and lemma not in _DENIED_DOUBTS
               for c in verb.children) \
        or lemma in negating or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in negating


def _shows_finding(verb: Token, lexicon: QuoteLexicon) -> bool:
    """Whether an evidence verb has a source that is no person as its subject
    (``polls show Clinton up by 10 points``, ``a survey showing a small gender
    gap``, ``surveys show that …``): what it shows is a finding reported."""
    if verb.lemma_.lower() not in lexicon.evidence:
        return False
    subjects = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    sources = lexicon.source_nouns - lexicon.person_nouns
    return any(not sources.isdisjoint({s.lemma_.lower(), s.lower_}) for s in subjects)  # ``data`` -> ``datum``


def _cue_type(quote: Quote, lexicon: QuoteLexicon) -> str | None:
    """What a quote's cue reports, so that "who said what" can leave out wishes and data:

    - ``question``: what a question verb asks (``asked whether he would run``,
      ``was asked about the deal``);
    - ``intention``: a plan, wish or expectation as a to-infinitive of an
      intention verb or noun (``wants to run``, ``wants Congress to act``, ``its
      plan to cut staff``, ``a decision by X to move``) or one in the
      passive (``is expected to rise``, ``it is expected that …``); not a pledge
      or an urging, which is said (``promised to cut taxes``, ``urged X to``: speech);
    - ``evidence``: what data or a study shows, suggests or predicts (``polls show
      Clinton up``, ``surveys show that …``, ``forecasts predict that …``), and what
      anything but a person shows (``the register shows X``); what a person shows
      is a ``stance`` (``he has shown he can control a game``);
    - ``speech``: what was said or claimed: a speech verb (``said``, ``told``,
      ``thinks that``, ``hopes that``), ``according to``, a cue noun (``his claim
      that``), a colon or dash attribution, and any direct quote whose cue reports
      something else (``Ann Lee wants to reopen the link. "We are working on it."``:
      quoted words are said);
    - ``stance``: any other act or view towards something (``attacked X``,
      ``called for Y``, ``sees X as Y``, ``talked about Z``, ``is confident that``).

    None for a quote without a cue.
    """
    cue = quote.cue
    if cue is None:
        return None
    if quote.kind == "direct" and not (cue.content and _overlaps(cue.content, (quote.start, quote.end))):
        return "speech"
    token, start = cue.token, cue.content[0] if cue.content else None
    words = cue.lemma.split() or [token.lower_]
    if words[0] in lexicon.question and cue.content is not None:
        asked = token.doc.char_span(*cue.content, alignment_mode="expand")
        if asked is not None and asked[0].lower_ in _QUESTION_OPENERS:
            return "question"
    if (words[0] in lexicon.intention - lexicon.pledging or token.pos_ == "NOUN" and words[0] in lexicon.intention_nouns) \
            and (_infinitive_at(token, start) or _agentless_passive(token)):
        return "intention"
    source = cue.speaker
    if _shows_finding(token, lexicon) \
            or source is not None and not lexicon.findings.isdisjoint({source.lemma_.lower(), source.lower_}):
        return "evidence"
    if words[0] in lexicon.evidence:  # ``he has shown he can control a game``; ``the register shows X``
        return "stance" if source is not None and _person_like(source, lexicon) else "evidence"
    if not token.is_alpha or tuple(words) in lexicon.according or words[0] in lexicon.speech \
            or token.pos_ == "NOUN" and words[0] in lexicon.nouns:
        return "speech"
    return "stance"


def _person_like(token: Token, lexicon: QuoteLexicon) -> bool:
    """Whether a speaker is a person or people: a personal pronoun, a PERSON name or a person noun."""
    return lexicon.pronouns.get(token.lower_) in ("m", "f", "p") or token.lower_ in lexicon.deictic_pronouns \
        or token.ent_type_ == "PERSON" or token.lemma_.lower() in lexicon.person_nouns


def _agentless_passive(verb: Token) -> bool:
    """Whether a verb is passive with no ``by`` agent (``is expected to``, ``is seen as``;
    not ``was criticised by opposition leaders``)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _infinitive_at(verb: Token, start: int | None) -> bool:
    """Whether a content starting at ``start`` is a to-infinitive complement of
    ``verb`` (``wants [to run]``, ``wants [Congress to act]``) or of a cue noun
    (``its plan [to cut staff]``)."""
    return start is not None and any(
        c.dep_ in ("xcomp", "ccomp", "acl") and c.left_edge.idx <= start <= c.right_edge.idx
        and (c.dep_ == "xcomp" or any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children))
        for c in verb.rights)


def _as_dict(quote: Quote, speaker: Speaker, lexicon: QuoteLexicon) -> dict:
    """The JSON-able output record of a quote."""
    return {
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "speaker": speaker.text,
        "speaker_start": speaker.start,
        "speaker_end": speaker.end,
        "speaker_canonical": speaker.canonical,
        "speaker_entity_id": speaker.entity_id,
        "speaker_kind": speaker.kind,
        "cue": quote.cue.lemma if quote.cue and quote.cue.lemma else None,
        "cue_type": _cue_type(quote, lexicon),
        "negated": quote.cue is not None and (_negated(quote.cue.token, lexicon.negating)
                                              or _no_one(quote.cue.speaker)),
    }


def _denying(determiner: Token) -> bool:
    """Whether a determiner denies its noun (``no official``, ``neither side``), not
    ``No 10``, ``world No 1`` or ``the No campaign``."""
    after = determiner.nbor(1) if determiner.i + 1 < len(determiner.doc) else None
    return determiner.lower_ in ("no", "neither") and after is not None and not after.like_num \
        and not (determiner.text == "No" and determiner.i and not determiner.is_sent_start)


def _no_one(speaker: Token | None) -> bool:
    """Whether a speaker is no one (``Neither regulator estimated how much …``, ``No
    official said``, ``Nobody knows``; the denying word opens the phrase, not ``The
    No campaign``): the report is of words not said."""
    return speaker is not None and (speaker.lower_ in _NO_ONE or any(
        c.dep_ == "det" and _denying(c) and c.i == speaker.left_edge.i for c in speaker.children)
        or speaker.lower_ == "one" and speaker.i >= 2 and speaker.doc[speaker.i - 2:speaker.i].text.lower() == "no-")


@Language.factory("news_quotes",
                  default_config={"min_quote_words": 4, "min_indirect_words": 3, "window": 30})
def make_news_quotes(nlp: Language, name: str, min_quote_words: int, min_indirect_words: int,
                     window: int) -> NewsQuotes:
    """spaCy factory for :class:`NewsQuotes`."""
    return NewsQuotes(nlp.vocab, min_quote_words=min_quote_words,
                      min_indirect_words=min_indirect_words, window=window)
