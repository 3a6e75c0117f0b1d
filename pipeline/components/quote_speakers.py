"""Speaker resolution for ``news_quotes``: from a speaker token to a canonical entity.

Mentions come from ``doc.ents``. When ``news_entities`` ran, its ``canonical``
and ``entity_id`` extensions are used; otherwise the entity text is the
canonical name (a lone surname borrows the full name of an earlier person ending
with it) and there is no id.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.components import entity_names
from pipeline.components.quote_lexicon import QuoteLexicon
from pipeline.components.quote_syntax import FINITE_TAGS, definite, first_conjunct, is_name

_PEOPLE = frozenset({"PERSON"})
_PAIR_NOUNS = frozenset({"duo", "pair", "two", "couple"})  # ``the duo``: the pair last named
_GROUPS = frozenset({"ORG", "NORP", "GPE"})
_ORGANISATIONS = frozenset({"ORG"})
_SPEAKER_LABELS = _PEOPLE | _GROUPS
#: Labels naming kinds or shares of people ("one Democrat", "Republicans", "four in
#: 10 voters", "26 percent", "the 46-year-old"): such a speaker keeps its surface
#: phrase rather than becoming the entity (a bare number).
_NOMINAL_LABELS = frozenset({"NORP", "CARDINAL", "PERCENT", "DATE"})
_ROLE_DEPS = frozenset({"compound", "appos", "amod"})
#: ``"…," it read``: the verb of a document giving its own words, and how far back
#: (in tokens) the document is looked for, with the modifiers kept in its phrase.
_READING_VERBS = frozenset({"read"})
_DOCUMENT_REACH = 80
_DOCUMENT_MODIFIERS = frozenset({"det", "amod", "compound", "poss"})
#: Labels NER gives names that may still be people (a given name alone read as GPE,
#: ``Oliver Irish`` as NORP).
_MISREAD_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})
_FOCUS_CHARS = 400
_PUBLISHED = frozenset({"article", "column", "editorial", "essay", "op-ed", "story"})  # pieces a medium publishes
_REPORTING = frozenset({"report", "publish", "write"})  # what a medium does with them
#: What an organisation issues of its own that a story may cite without saying whose
#: (``the OECD said in an annual review … The report said``).
_OWN_PUBLICATIONS = frozenset({"report", "review", "statement", "release", "study", "survey", "analysis",
                               "outlook", "forecast", "order", "ruling", "assessment"})
_WORK = " (work)"  # the key suffix of an author speaking through a work
_ROLE_REACH = 12  # mentions back a role looks for the one it refers to
_INDEFINITE = frozenset({"a", "an", "another", "one"})  # words that introduce someone unnamed
#: ``one said``, ``another said``, ``most said``: some of the unnamed people just spoken of.
_MEMBERS = frozenset({"one", "another", "most"})
#: Dependents that say what a group's members are (``Other trade sources``: trade), not how many.
_DESCRIBING_DEPS = frozenset({"amod", "compound", "poss", "case", "nmod"})
#: Words before a group's noun that count it rather than describe it (``Other arbitrageurs``).
_COUNTING = frozenset({"other", "some", "several", "many", "few", "most", "all", "both", "these", "those",
                       "the", "two", "three", "four", "five", "various", "numerous", "multiple"})
#: Verbs of a speaker going on (``he added``): their pronoun is the previous speaker.
_GOING_ON = frozenset({"add", "continue"})
#: Links that set a name beside a title (``Vice President … Dave Gorab``).
_NAME_LINKS = frozenset({"appos", "compound", "conj", "flat"})
#: Prepositions naming whom a spokesperson speaks for (``a spokesman for Dell``).
_FOR_WHOM = frozenset({"for", "of", "from", "at"})
_SPOKESPERSON = " (spokesperson)"  # the key of one speaking for an organisation or person
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_EDGE = " \n\"'`“”‘’«»,.;:()-—–"


@dataclasses.dataclass
class Mention:
    """One entity mention usable as a speaker antecedent."""

    start: int
    end: int
    label: str
    canonical: str
    entity_id: int | None
    key: str
    subject: bool = False


@dataclasses.dataclass(frozen=True)
class Speaker:
    """A resolved speaker: surface text and span, canonical name, entity link, and
    how the text mentions the speaker (``name``, ``pronoun`` or ``nominal``)."""

    text: str | None
    start: int | None
    end: int | None
    canonical: str | None
    entity_id: int | None
    kind: str | None = None


NO_SPEAKER = Speaker(None, None, None, None, None)


def _extension(span: Span, name: str):
    """``span._.<name>`` when the extension exists, else None."""
    return getattr(span._, name) if Span.has_extension(name) else None


def _clean_name(text: str) -> str:
    """Entity text without a trailing possessive and edge punctuation."""
    text = text.strip(_EDGE)
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _main_subject(token: Token) -> bool:
    """Whether a token is in the salient position: subject of a main clause or of
    a complement before its verb (``Mook acknowledged X, he said``; ``Biden
    weighed in, “…,” he said``), its possessor (``X's fate is unclear, but she
    said``) or apposition (``her husband, Tom, spoke``), a name introduced by ``there
    is`` (``There was also Mark Delaney, who …``, ``There is also the treasurer, Mark
    Delaney``), or the topic of ``as for X, …``. A
    clause the parser hangs on a sentence of another paragraph is a main clause."""
    if token.dep_ == "poss":
        return token.head.dep_ in _SUBJECTS and _main_subject(token.head)
    if token.dep_ == "appos":
        return _main_subject(token.head)
    head = token.head
    if token.dep_ in _SUBJECTS:
        clause = first_conjunct(head)  # a conjunct is as main as the first conjunct
        return clause.dep_ in ("ROOT", "parataxis") or clause.dep_ == "ccomp" and clause.i < clause.head.i \
            or _new_paragraph(head)
    if token.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        return head.dep_ == "ROOT" and (is_name(token) or any(  # ``There is also the treasurer, Mark Delaney``
            c.dep_ == "appos" and is_name(c) and c.left_edge.i == token.i + 2 and c.doc[token.i + 1].text == ","
            for c in token.children))
    return token.dep_ == "pobj" and head.lower_ == "for" and head.i > 0 and head.nbor(-1).lower_ == "as"


def _spoken_for(head: Token) -> list[Token]:
    """The objects of a spokesperson's ``for``, ``of``, ``from`` or ``at`` phrase
    (``a spokesman for Dell``)."""
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ in _FOR_WHOM for g in c.children
            if g.dep_ == "pobj"]


def _group_possessor(token: Token) -> bool:
    """Whether ``token`` is a possessor that makes a role definite without naming its
    holder: an organisation or group (``the group's general secretary``, ``Labour's
    spokesman``), not a person or pronoun (``Trump's spokesman``, ``his aide``), whose
    role-holder is someone else."""
    return token.dep_ == "poss" and token.pos_ != "PRON" and token.ent_type_ != "PERSON"


def _modifiers(token: Token) -> list[Token]:
    """Named modifiers (a place, party or organisation) that tell people of one
    role apart (``Florida`` Sen. X, the ``Vermont`` senator, the ``Republican`` candidate)."""
    return [c for c in token.children if c.dep_ in ("compound", "amod")
            and c.pos_ in ("PROPN", "ADJ") and c.ent_type_ not in ("PERSON", "")]


def _places(name: Token) -> list[str]:
    """The named modifiers of a name, ``of X`` included (``Sanders of Vermont``)."""
    return [c.lower_ for c in _modifiers(name)] + [
        g.lower_ for c in name.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]


def _set_beside(head: Token, apposition: Token) -> bool:
    """Whether an apposition follows its head at once (``the firm Halden``) or after
    a comma, bracket, dash or quote mark (``the firm, Halden``)."""
    before = apposition.doc[apposition.left_edge.i - 1] if apposition.left_edge.i else None
    return apposition.left_edge.i == head.i + 1 or before is not None \
        and (before.text in (",", "(", "—", "–", "-") or before.is_quote)  # ``his book "The Art of the Deal"``


def _new_paragraph(verb: Token) -> bool:
    """Whether a clause is parsed as part of a sentence in another paragraph
    (a misparse: a paragraph starts a new sentence)."""
    start, end = sorted((verb.head.i, verb.i))
    return any("\n" in token.text for token in verb.doc[start:end])


def _salient_speaker(head: Token) -> bool:
    """Whether a speaker is salient: any but the subject of an embedded clause
    (``Sherman joked that God did not want …``: not God)."""
    return head.dep_ not in _SUBJECTS or _main_subject(head)


def _mention(ent: Span, by_surname: dict[str, str]) -> Mention:
    """Build a :class:`Mention` from an entity span, linking surnames when unresolved."""
    canonical = _extension(ent, "canonical")
    entity_id = _extension(ent, "entity_id")
    if not canonical:
        canonical = _clean_name(ent.text)
        words = canonical.split()
        if ent.label_ in _PEOPLE and len(words) > 1:
            by_surname.setdefault(words[-1], canonical)
        canonical = by_surname.get(canonical, canonical)
    key = _extension(ent, "entity_key") or canonical
    salient = _main_subject(ent.root) or any(t.dep_ in _SUBJECTS and _main_subject(t) for t in ent)
    return Mention(ent.start_char, ent.end_char, ent.label_, canonical, entity_id, key, salient)  # a name the
    # parser split (``Michael`` a sentence of its own, ``Howard is to make …``) is as salient as its subject word


def _clause_like(ent: Span) -> bool:
    """Whether NER ran an entity over a clause (``Trump assured Jones`` as one
    WORK_OF_ART): a lower-case finite verb inside it. Such a span names no one."""
    return any(t.tag_ in FINITE_TAGS and t.is_alpha and t.is_lower and len(t) > 2 for t in ent)


def _plural_after_the(ent: Span) -> bool:
    """Whether an entity is one plural word after ``the`` (``the Gunners``, ``the
    Clintons``): a team or family NER took for a person; no ``he`` or ``she`` refers to it."""
    word = ent[0]
    return len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" \
        and (word.tag_ == "NNPS" or word.text.endswith("s") and not word.text.endswith("ss"))


def _of_someone_unnamed(role: Token) -> bool:
    """Whether a role belongs to something indefinite (``the manager of an oil
    company``, ``the head of a rival bank``): not an entity named before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in g.children)
        for g in c.children) for c in role.children)


def _partitive_noun(head: Token) -> Token | None:
    """The plural noun a count or quantifier takes its members from (``One of the
    officials``: officials), or None."""
    if head.lower_ not in _COUNTING | _MEMBERS and head.pos_ != "NUM":
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.tag_ in _PLURAL_TAGS else None


def _members_of(group: Token) -> str:
    """``of the arbitrageurs`` for ``Other arbitrageurs``, ``of his rivals`` for ``some of
    his rivals``: the words saying what a group's members are, the counting left out."""
    words = [t for t in group.doc[group.left_edge.i:group.i] if t.dep_ in _DESCRIBING_DEPS
             and t.lower_ not in _COUNTING] + [group]
    first = words[0].lower_ if words[0].is_sent_start and words[0].pos_ == "NOUN" else words[0].text
    text = (first + words[0].whitespace_ + "".join(t.text_with_ws for t in words[1:])).strip()
    possessed = any(t.dep_ == "poss" or t.tag_ == "PRP$" for t in words)
    return f"of {text}" if possessed else f"of the {text}"


def _age_noun(token: Token) -> bool:
    """Whether a word is an age standing for a person (``the 34-year-old said``)."""
    return token.lower_ == "old" and any(c.lemma_.lower() == "year" for c in token.children)


def _phrase(head: Token) -> Iterator[Token]:
    """A noun phrase's words without the phrases hung on it by a preposition or clause."""
    yield head
    for child in head.children:
        if child.dep_ not in ("prep", "relcl", "acl", "punct"):
            yield from _phrase(child)


def _hung_on(token: Token, head: Token, links: frozenset[str] = _NAME_LINKS) -> bool:
    """Whether ``token`` depends on ``head`` through ``links`` alone (apposition,
    compound or conjunction: a name set beside a title)."""
    while token != head:
        if token.dep_ not in links or token.head == token:
            return False
        token = token.head
    return True


def _described_as(ent: Span, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` describes a name beside it (``marketing company
    Doubleclick``, ``Doubleclick, a marketing firm``, ``the newspaper Granma``);
    not the end of a hyphenated word, which names a person's trade (``Film-maker
    Spike Lee``)."""
    root = ent.root
    described = [c for c in root.children if c.dep_ in ("compound", "appos")]
    if root.dep_ == "appos" and root.head.i < ent.start:
        described.append(root.head)  # the name set after the noun it is
    return any(not ent.start <= c.i < ent.end and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
               and not (c.i and c.nbor(-1).text == "-" and not c.nbor(-1).whitespace_) for c in described)


def _given_name_pair(ent: Span) -> bool:
    """Whether an entity ends in a common given name and a surname (``Paul Manafort``)."""
    words = _clean_name(ent.text).split()
    return len(words) >= 2 and entity_names.is_given_name_pair(words[-2:], entity_names.load_lexicon())


def _speaker_record(span: Span, mention: Mention | None, kind: str) -> Speaker:
    """The speaker phrase, linked to ``mention`` when resolved."""
    if mention is None:
        return Speaker(span.text, span.start_char, span.end_char, span.text, None, kind)
    return Speaker(span.text, span.start_char, span.end_char, mention.canonical, mention.entity_id, kind)


class SpeakerResolver:
    """Resolves speaker tokens of one document to canonical entities.

    Resolution order: an entity covering the speaker's head or in apposition to
    it; for a pronoun, the nearest earlier salient mention (main-clause or
    sentence-opening subject, ``as for X`` topic) of compatible gender within a
    few sentences, else the nearest compatible mention. Subject pronouns outside
    quotes are resolved in text order as a chain, and every resolved speaker
    becomes a salient antecedent, so the previous quote's speaker is preferred
    for follow-on quotes; definite role subjects (``the minister``) resolved to their
    holder join the chain, and two people named as a pair are a group for ``they``. Genders come from titles, roles, common given names
    and speaker or main-clause pronouns already resolved to the entity. A definite nominal (``the
    spokesman``, ``the Florida senator``) is linked to the latest entity introduced with that
    role (an abbreviated title counts: ``Florida Sen. X``; a named modifier picks among several), else
    to the nearest person in the same paragraph, but keeps its phrase as
    canonical name even when it refers back to the previous speaker (a role
    describes, it does not name, and reporters' attributions keep it; the link
    is the ``entity_id``); only a nominal in apposition to a name takes the name.
    A pronoun that goes on speaking (``he added``) is the previous quote's speaker.
    A work given as the source (``a study by X``, ``X's statement``, and ``the
    survey`` after it) speaks for its author, a spokesperson for whom the phrase
    names (``a BBC spokesman``). An unlinked proper name, person
    or source noun keeps its surface text as canonical name (and becomes an antecedent).
    """

    def __init__(self, doc: Doc, text: str, lexicon: QuoteLexicon,
                 quoted: Callable[[int], bool], pronouns: list[Token]):
        """Index the document's entity mentions.

        Args:
            doc: the parsed document.
            text: ``doc.text``.
            lexicon: word lists (pronoun and title genders, person nouns).
            quoted: tells whether a character offset is inside quotation marks (no antecedents there).
            pronouns: gendered subject pronouns and definite role subjects (``the
                minister``) of the document, in text order; those outside quotes are
                resolved as a chain of antecedents.
        """
        self.lexicon = lexicon
        self.doc = doc
        self.text = text
        self.gender: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self.by_token: dict[int, Mention] = {}
        antecedents: list[Mention] = []
        by_surname: dict[str, str] = {}
        self.misread_surnames: dict[str, str] = {}
        names = entity_names.load_lexicon()
        self.honorifics = names.honorifics
        self.name_titles = names.honorifics | names.titles  # ``Dr``, ``Professor``
        self.titled_names = {ent[-1].text for ent in doc.ents if self._titled(ent)}  # ``Mr Katwala``: a person
        described = {ent[-1].text for ent in doc.ents
                     if ent.label_ == "PERSON" and _described_as(ent, lexicon.organisation_nouns)}
        self.described_firms = described - {ent[-1].text for ent in doc.ents if ent[-1].text in described
                                            and _given_name_pair(ent)}  # ``company X``, never ``Paul X``
        for ent in doc.ents:
            if _clause_like(ent) or self._acronym_role(ent.root):
                continue
            mention = self._misread_organisation(ent, self._misread_person(ent, _mention(ent, by_surname)))
            if mention.label in _PEOPLE and _plural_after_the(ent):
                mention = dataclasses.replace(mention, label="ORG")
            if ent.label_ not in _NOMINAL_LABELS or mention.label in _PEOPLE:
                for token in ent:
                    self.by_token[token.i] = mention
            if mention.label not in _SPEAKER_LABELS:
                continue
            self._learn_cues(ent, mention)
            if not quoted(ent.end_char - 1) and not self._channel(ent):
                antecedents.append(mention)
                antecedents.extend(self._pair(ent, mention))
        self.antecedents = antecedents
        self.positions = [m.start for m in antecedents]
        self.pending = [t for t in pronouns if not quoted(t.idx)]
        self.quoted = quoted
        self.work_nouns = lexicon.issued_nouns | lexicon.findings
        self.works: list[tuple[int, str, Mention | None]] | None = None  # authored works, indexed on first need
        self.last_speaker: Mention | None = None
        self.last_speaker_at = -1
        self.last_reporter: Mention | None = None  # the last named organisation that reported
        self.last_reporter_at = -1
        self.unnamed_heads: dict[str, str] = {}  # an unnamed speaker's phrase -> its head noun (``an aide to X``: aide)

    def _channel(self, ent: Span) -> bool:
        """Whether a name is where or to whom someone spoke (``a minister said on ZDF
        public television``, ``told the BBC``): the medium carries the words, it is no
        one a later ``it`` refers to."""
        node = ent.root
        while node.dep_ in ("compound", "nmod", "poss") and node.head != node:
            node = node.head  # ``ZDF public television``
        verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "on" else node.head
        return verb.lemma_.lower() in self.lexicon.speech and (node.dep_ == "pobj" or node.dep_ in ("dobj", "dative")
                                                               and verb.lemma_.lower() in self.lexicon.addressing)

    def _pair(self, ent: Span, mention: Mention) -> list[Mention]:
        """Two people named as a pair (``Kenteris and Thanou``), a group ``they`` can
        refer to, placed at the first name (the second is met later in ``doc.ents``)."""
        if mention.label not in _PEOPLE:
            return []
        other = next((c for c in ent.root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
        span = next((e for e in ent.doc.ents if e.start <= other.i < e.end), None) if other is not None else None
        if span is None:
            return []
        name = f"{mention.canonical} and {_extension(span, 'canonical') or _clean_name(span.text)}"
        return [Mention(mention.start, span.end_char, "NORP", name, None, name, mention.subject)]

    def _misread_person(self, ent: Span, mention: Mention) -> Mention:
        """A name NER labelled otherwise is a person when it ends in a given name
        and a surname (``Fox News’ Bret Baier`` as ORG), stands in apposition to a
        person noun (``the novelist, Ada Brennan`` as PRODUCT), or is the surname of
        such a person met before; so is a name whose last word follows an honorific
        (``Mr``, ``Dr``, ``Gov.``) somewhere in the article (``Sundar Katwala`` as FAC, ``Mr Katwala`` as GPE).
        A nationality or group label (NORP) is a person only as a given name and
        surname or right after an honorific (``Oliver Irish``, ``Mr Irish``)."""
        words = _clean_name(ent.text).split()
        if ent.label_ not in _MISREAD_LABELS or not words or not words[-1][:1].isupper():
            return mention
        given_name = _given_name_pair(ent)
        if ent.label_ == "NORP" and not given_name and not self._titled(ent):
            return mention  # ``a Republican``, ``Irish voters``: a group, not ``Mr Irish``
        if given_name:
            canonical = " ".join(words[-2:]) if len(words) > 2 else mention.canonical
        elif self._person_apposition(ent.root):
            canonical = mention.canonical
        elif len(words) == 1 and words[0] in self.misread_surnames:
            canonical = self.misread_surnames[words[0]]
        elif words[-1] in self.titled_names and len(words) <= 3:
            canonical = mention.canonical
        else:
            return mention
        if len(words) >= 2:
            self.misread_surnames.setdefault(words[-1], canonical)
        return dataclasses.replace(mention, label="PERSON", canonical=canonical)

    def _misread_organisation(self, ent: Span, mention: Mention) -> Mention:
        """A name NER labelled a person is an organisation when an organisation noun
        describes it somewhere in the article (``marketing company Doubleclick``,
        ``Doubleclick, a marketing firm``), so that ``it`` can refer to it; a name
        the article also gives with a given name stays a person (``whatever real
        authority Manafort had``, parsed as a compound, after ``Paul Manafort``)."""
        if mention.label not in _PEOPLE or ent[-1].text not in self.described_firms:
            return mention
        return dataclasses.replace(mention, label="ORG")

    def _titled(self, ent: Span) -> bool:
        """Whether an honorific stands right before a name (``Mr Irish``)."""
        return ent.start > 0 and entity_names.lookup_word(ent.doc[ent.start - 1].text) in self.honorifics

    def _person_apposition(self, root: Token) -> bool:
        """Whether a name stands in apposition to a person noun, after or before it."""
        nouns = self.lexicon.person_nouns
        if root.dep_ == "appos" and root.head.lemma_.lower() in nouns:
            return True
        return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children)

    def _learn_cues(self, ent: Span, mention: Mention) -> None:
        """Record gender and role cues around an entity (titles, appositions)."""
        titles = self.lexicon.titles
        for token in ent.doc[max(ent.start - 1, 0):ent.start + 1]:
            if titles.get(token.lower_, "n") != "n":
                self.gender.setdefault(mention.key, titles[token.lower_])
        first = mention.canonical.split()[0].lower() if mention.canonical else ""
        if mention.label in _PEOPLE and first in self.lexicon.given_names:
            self.gender.setdefault(mention.key, self.lexicon.given_names[first])
        root = ent.root
        related = [c for c in root.children if c.dep_ in _ROLE_DEPS]
        if root.dep_ == "appos":
            related.append(root.head)
        for token in related:
            lemma = token.lemma_.lower()
            role = self.lexicon.role_abbreviations.get(token.lower_, lemma)
            if role in self.lexicon.person_nouns and mention.label in _PEOPLE:  # not ``the official Iraqi News Agency``
                self.roles[role] = mention.key
                self.roles.setdefault(token.lower_, mention.key)
                for place in _places(root) + [c.lower_ for c in _modifiers(token)]:
                    self.roles[f"{place} {role}"] = mention.key  # ``the Florida senator``
            if token.lower_ in titles and titles[token.lower_] != "n":
                self.gender.setdefault(mention.key, titles[token.lower_])

    def _recent(self, position: int, labels: frozenset[str], gender: str | None,
                limit: int, others: frozenset[int] = frozenset(), role: str | None = None,
                since: int | None = None) -> Mention | None:
        """The preferred antecedent before ``position`` with a label and compatible gender.

        Preference: the nearest salient mention (see :func:`_main_subject`) within
        a few sentences of ``since`` (by default ``position``; a pronoun's sentence
        start, so that a trailing ``…, he said.`` after a long report still finds the
        subject before it), else the nearest mention (gender known to match or unknown).
        For a ``role`` noun, an unnamed speaker whose phrase only mentions it is
        passed over (``A friend of the president`` is not ``the president``).
        """
        candidates = [m for m in self._before(position, limit)
                      if m.label in labels and m.entity_id not in others
                      and not (role and m.canonical in self.unnamed_heads and self.unnamed_heads[m.canonical] != role
                               and role in m.canonical.lower().split())]
        if gender is None:
            return candidates[0] if candidates else None
        candidates = [m for m in candidates if self.gender.get(m.key, gender) == gender]
        anchor = position if since is None else since
        focus = [m for m in candidates if m.subject and anchor - m.start < _FOCUS_CHARS]
        if gender == "n":  # ``it said``: an organisation rather than a place named in passing
            focus = focus or [m for m in candidates if m.label in _ORGANISATIONS]
        return (focus or candidates or [None])[0]

    def _before(self, position: int, limit: int | None = None) -> Iterator[Mention]:
        """The antecedents before ``position``, nearest first; at most ``limit``."""
        k = bisect.bisect_left(self.positions, position)
        return reversed(self.antecedents[0 if limit is None else max(0, k - limit):k])

    def _insert(self, mention: Mention) -> None:
        """Add an antecedent mention (a resolved pronoun or a new name) in text order."""
        k = bisect.bisect_left(self.positions, mention.start)
        self.positions.insert(k, mention.start)
        self.antecedents.insert(k, mention)

    def _advance(self, position: int) -> None:
        """Resolve the subject pronouns before ``position`` so they act as antecedents."""
        while self.pending and self.pending[0].idx < position:
            token = self.pending.pop(0)
            main = _main_subject(token)
            if token.lower_ in self.lexicon.pronouns:
                mention = self._chain(token, learn=main)
            else:  # a role subject (``the minister``)
                mention = self._nominal(token) if main and token.i not in self.by_token else None
            if mention is not None:
                self._insert(dataclasses.replace(mention, start=token.idx, end=token.idx + len(token), subject=main))

    def _pronoun(self, head: Token, others: frozenset[int]) -> Mention | None:
        """Antecedent of a speaker pronoun (earlier speakers count as salient subjects)."""
        self._advance(head.idx)
        if head in self.pending:
            self.pending.remove(head)
        mention = self._went_on(head, others) or self._chain(head, learn=False, others=others)
        mention = self._addressee(mention, head) or mention
        self._learn_gender(mention, head)
        return mention

    def _went_on(self, head: Token, others: frozenset[int]) -> Mention | None:
        """The speaker before a pronoun that goes on speaking (``He added: …``, ``she
        continued``, not ``he continued to express doubts``): the previous quote's
        speaker, of the pronoun's gender, in the same or the previous paragraph."""
        last = self.last_speaker
        gender = self.lexicon.pronouns[head.lower_]
        verb = head.head
        if last is None or verb.lemma_.lower() not in _GOING_ON or gender not in ("m", "f") \
                or any(c.dep_ in ("xcomp", "prt") for c in verb.children) \
                or last.label not in _PEOPLE or last.entity_id in others or self.gender.get(last.key, gender) != gender \
                or self.text.count("\n\n", last.start, head.idx) > 1:
            return None
        return last

    def _addressee(self, asker: Mention | None, head: Token) -> Mention | None:
        """The person asked, when the antecedent found is the one asking
        (``A reporter asked Sanders how he felt. He replied: …``): the answer is theirs."""
        if asker is None:
            return None
        span = self.doc.char_span(asker.start, asker.end, alignment_mode="expand")
        verb = span.root.head if span is not None and span.root.dep_ in _SUBJECTS else None
        if verb is None or verb.lemma_.lower() not in self.lexicon.question or verb.i > head.i:
            return None
        asked = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        mention = self.by_token.get(asked.i) if asked is not None else None
        gender = self.lexicon.pronouns[head.lower_]
        if mention is None or mention.label not in _PEOPLE or mention.key == asker.key \
                or self.gender.get(mention.key, gender) != gender:
            return None
        return mention

    def _chain(self, head: Token, learn: bool, others: frozenset[int] = frozenset()) -> Mention | None:
        """Antecedent of a pronoun by salience and gender.

        Args:
            head: the pronoun.
            learn: record the pronoun's gender for the antecedent (only for
                speakers and main-clause subjects: an embedded pronoun, as in
                ``X told Y that she …``, often names someone else).
            others: people left out (see :meth:`resolve`).
        """
        gender = self.lexicon.pronouns[head.lower_]
        labels = _PEOPLE if gender in ("m", "f") else _GROUPS
        mention = self._recent(head.idx, labels, gender, limit=40, others=others, since=head.sent.start_char)
        if learn:
            self._learn_gender(mention, head)
        return mention

    def _learn_gender(self, mention: Mention | None, pronoun: Token) -> None:
        """Record a personal pronoun's gender for the antecedent it was resolved to."""
        gender = self.lexicon.pronouns[pronoun.lower_]
        if mention is not None and gender in ("m", "f"):
            self.gender.setdefault(mention.key, gender)

    def _nominal(self, head: Token, others: frozenset[int] = frozenset()) -> Mention | None:
        """Antecedent of a definite nominal speaker: an organisation whose name ends
        in its noun or that it described (see :meth:`_named_body`), a role (``the
        diplomat``, ``the group's general secretary``), or an organisation (``the
        firm``: one named in the phrase, ``the Reuters news agency``, else the one a
        recent sentence had as its subject, else the one named last; a company noun
        never a public body, ``the Securities and Exchange Commission``).
        A role of something left unnamed (``the general trading manager of an
        international oil company``) is someone new, resolved to no one.
        An unknown role goes to the nearest person in its paragraph, or to a subject
        of the paragraph before: reporters name a speaker, then go on with a role
        (``Ayotte said. ¶ The Republican incumbent said …``). A person in ``others``
        (see :meth:`resolve`) is passed over."""
        lemma = head.lemma_.lower()
        if not definite(head) and not any(_group_possessor(c) for c in head.children):
            return None
        body = self._named_body(head)
        if body is not None:
            return body
        if lemma in self.lexicon.organisation_nouns and head.tag_ not in _PLURAL_TAGS:
            named = next((self.by_token[c.i] for c in head.children if c.dep_ == "compound" and c.i in self.by_token
                          and self.by_token[c.i].label == "ORG"), None)  # ``the Reuters news agency``
            public = frozenset(m.entity_id for m in self.antecedents if m.entity_id is not None
                               and m.canonical.rsplit(" ", 1)[-1].lower() in self.lexicon.public_body_words) \
                if lemma in self.lexicon.company_nouns else frozenset()  # ``the firm`` is no commission
            return named or self._recent(head.idx, _ORGANISATIONS, "n", limit=40, others=public)
        if lemma in _PAIR_NOUNS:
            return self._latest_pair(head)
        if lemma not in self.lexicon.person_nouns and not _age_noun(head) or _of_someone_unnamed(head):
            return None
        described = [self.roles.get(f"{c.lower_} {lemma}") for c in _modifiers(head)]
        key = next((k for k in described if k), None) or self.roles.get(lemma) or self.roles.get(head.lower_)
        if key:
            found = [m for m in self.antecedents if m.key == key and m.start < head.idx and m.entity_id not in others]
            if found:
                return found[-1]
        represented = self._represented(head)
        if represented is not None or head.tag_ in _PLURAL_TAGS or self._for_group(head):
            return represented
        introduced = self._introduced_as(head)
        if introduced is not None:
            return introduced
        if any(t.i in self.by_token and self.by_token[t.i].label in _PEOPLE for c in head.lefts for t in c.subtree) \
                or lemma in self.lexicon.unnamed_nouns:
            return None  # ``the senior Cruz adviser``: not Cruz, and no one else the text names nearby; ``the source``
        mention = self._recent(head.idx, _PEOPLE, None, limit=_ROLE_REACH, others=others, role=lemma)
        if mention is None:
            return None
        reach = self.text.rfind("\n", 0, head.idx)  # the paragraph's start
        if mention.subject:
            reach = self.text.rfind("\n", 0, max(reach - 1, 0))  # a subject: also the paragraph before
        return mention if mention.start > reach else None

    def _latest_pair(self, head: Token) -> Mention | None:
        """The two people last named as a pair, for ``the duo``, ``the pair``, ``the
        two`` (``Mr Magnier and Mr McManus … the Irish duo simply do not think …``)."""
        return next((m for m in self._before(head.idx, _ROLE_REACH)
                     if m.label == "NORP" and m.entity_id is None and " and " in m.canonical), None)

    def _introduced_as(self, head: Token) -> Mention | None:
        """An unnamed speaker introduced with the same noun a few mentions before
        (``An aide to Lyng said … The aide said``, ``a senior official said … the
        official added``): that one again, not the person named in passing."""
        lemma = head.lemma_.lower()
        for m in self._before(head.idx, _ROLE_REACH):
            if m.entity_id is None and m.label != "ORG" and m.canonical.split()[0].lower() in _INDEFINITE \
                    and self.unnamed_heads.get(m.canonical) == lemma:  # not ``a friend of the president``
                return m
        return None

    def _person_in(self, head: Token, span: Span) -> Mention | None:
        """The person a title names when NER found no name at the phrase's head
        (``Sirius XM Vice President for news and talk Dave Gorab``, parsed with
        ``President`` as head and the name conjoined to it): the last person hung
        after a singular head by apposition, compound or conjunction alone (by
        conjunction only after a role word: ``Euroclear and Cedel`` are two names),
        not one the phrase only mentions (``Attorneys for Clinton``, ``Trump's son``,
        ``Former Clinton pollster``)."""
        if head.tag_ in _PLURAL_TAGS:
            return None
        role = self.lexicon.role_abbreviations.get(head.lower_, head.lemma_.lower())  # ``Gov.`` -> governor
        links = _NAME_LINKS if role in self.lexicon.person_nouns else _NAME_LINKS - {"conj"}
        for token in reversed(span):
            mention = self.by_token.get(token.i)
            if mention is not None and mention.label in _PEOPLE and token.i > head.i and _hung_on(token, head, links):
                return mention
        return None

    def _named_before(self, head: Token) -> Mention | None:
        """The person named in full before a surname NER did not tag (``Vincent Cable
        … Mr Cable said``): the latest person mention whose name ends in it."""
        return next((m for m in self._before(head.idx) if m.label in _PEOPLE and m.entity_id is not None
                     and m.canonical.split()[-1] == head.text and m.canonical != head.text), None)

    def _represented(self, head: Token) -> Mention | None:
        """Who a spokesperson speaks for, named in the phrase (``a BBC spokesman``,
        ``a spokesman for Dell``, ``Mr Blair's official spokesman``, ``a spokeswoman for
        the SEC's Boston office``) or referred to
        (``a spokesman for the firm``: see :meth:`_nominal`), else, for a bare ``a
        spokesman``, the organisation a sentence just before had as its subject:
        that organisation or person, as a person a later ``he`` or ``she`` can refer to.
        A bare ``the spokesman`` is the spokesperson met last, if one was."""
        if not {head.lemma_.lower(), head.lower_} & self.lexicon.spokesperson_nouns:
            return None
        named = [c for c in head.children if c.dep_ in ("compound", "poss")] + _spoken_for(head)
        named += [g for t in named for g in t.children if g.dep_ == "poss"]  # ``for the SEC's Boston office``
        mention = next((self.by_token[t.i] for t in named if t.i in self.by_token
                        and self.by_token[t.i].label in _PEOPLE | _ORGANISATIONS), None) \
            or next((self._nominal(t) for t in named if t.lemma_.lower() in self.lexicon.organisation_nouns), None)
        if mention is None and all(c.dep_ == "det" for c in head.children):  # a bare ``a spokesman``
            earlier = next((m for m in self._before(head.idx, _ROLE_REACH)
                            if m.key.endswith(_SPOKESPERSON)), None) if definite(head) else None
            if earlier is not None:
                return earlier  # ``A Bayern spokesman said … "…," the spokesman said``
            mention = next((m for m in self._before(head.idx) if head.idx - m.start < _FOCUS_CHARS
                            and m.label in _ORGANISATIONS and m.subject), None)
            if mention is not None and self._acts_on_other(mention):
                mention = None  # ``The Commission fined Microsoft … A spokesman said``: either may speak
        if mention is None:
            return None
        return dataclasses.replace(mention, label="PERSON", key=f"{mention.key}{_SPOKESPERSON}")

    def _for_group(self, head: Token) -> bool:
        """Whether a spokesperson's phrase names the kind of group spoken for (``the
        band's spokesman``, ``a spokesman for the club``; not ``the prime minister's
        spokesman``): when that group is not resolved, the speaker is no one else, not
        the person named last."""
        groups = [c for c in head.children if c.dep_ == "poss"] + _spoken_for(head)
        return bool({head.lemma_.lower(), head.lower_} & self.lexicon.spokesperson_nouns) and any(
            g.lemma_.lower() in self.lexicon.organisation_nouns for g in groups)

    def _acts_on_other(self, mention: Mention) -> bool:
        """Whether a subject's verb has another named body in its object (``fined
        Microsoft 497 million euros``, ``accused Shell of``, ``sued Google``); not the
        one spoken to (``told Reuters``) nor a person hired or named (``signed Rooney``)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        verb = span.root.head if span is not None else None
        if verb is None or verb.lemma_.lower() in self.lexicon.speech:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return any(t.ent_type_ == "ORG" for obj in objects for t in _phrase(obj))

    def _named_body(self, head: Token) -> Mention | None:
        """The organisation a definite common noun names by its own head word (``the
        commission`` after ``the European Commission``, ``the party`` after ``the
        Labour Party``) or was said to be (``the group`` after ``publishing group
        Independent News & Media``): the latest one named before it as a subject, else the latest
        (``The FAO urged the World Trade Organisation … According to the organisation``:
        the FAO)."""
        if head.pos_ != "NOUN" or head.tag_ in _PLURAL_TAGS \
                or any(c.dep_ in ("compound", "poss") and c.ent_type_ for c in head.children) \
                or head.lemma_.lower() in self.lexicon.person_nouns - self.lexicon.organisation_nouns:
            return None  # ``the NBC network`` names its own; ``the official`` is no ``official Iraqi News Agency``
        named = [self.by_token[ent.root.i] for ent in reversed(self.doc.ents)
                 if ent.end_char <= head.idx and ent.root.i in self.by_token
                 and self.by_token[ent.root.i].label in _ORGANISATIONS
                 and (ent.root.lower_ == head.lower_ or _described_as(ent, frozenset({head.lemma_.lower()})))]
        return next((m for m in named if m.subject), named[0] if named else None)

    def _author(self, head: Token) -> Mention | None:
        """The person or organisation that made a work given as the source (``a
        study by X``, ``an email from Y``, ``a report released by Z``, ``a World Bank
        report``, ``the Bank of Japan's survey``): who speaks through it. One who
        only obtained, saw or reported it (``a letter obtained by the AP``) is no
        author, nor is a place a person comes from."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma in self.lexicon.person_nouns:
            return None
        work = self._work_word(head) is not None or lemma in self.lexicon.source_nouns
        maker = next((self.by_token[c.i] for c in head.children
                      if c.dep_ in ("compound", "poss") and c.i in self.by_token), None)
        if maker is not None and self._made_by(head, maker):
            return maker
        preps = [c for c in head.children if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and work)]
        for participle in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                           and c.lemma_.lower() in self.lexicon.authoring_verbs):
            preps += [c for c in participle.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
        for prep in preps:
            author = next((self.by_token.get(c.i) for c in prep.children if c.dep_ == "pobj"), None)
            if author is not None and author.label in _PEOPLE | _ORGANISATIONS:
                return author
        return None

    def _made_by(self, work: Token, maker: Mention) -> bool:
        """Whether a name before a noun is its maker: a person or organisation before a
        work (``a World Bank report``, ``Mr Crosby's statement``), or an organisation
        before a publication or body it is (``the Financial Times newspaper``,
        ``Reuters news agency``); not a person before a body (``the Blair
        government``), nor one before a group of people (``the Sanders campaign``,
        ``Labour members``)."""
        lemma = work.lemma_.lower()
        if self._work_word(work) is not None:
            return maker.label in _PEOPLE | _ORGANISATIONS
        return maker.label in _ORGANISATIONS and work.tag_ not in _PLURAL_TAGS \
            and lemma in self.lexicon.media_nouns | self.lexicon.organisation_nouns

    def _work_author(self, head: Token) -> Mention | None:
        """The author a work given as the source speaks for (:meth:`_author`,
        :meth:`_earlier_author`), as an antecedent of ``it`` rather than of ``he``
        (``Mr Crosby's statement said … It added``)."""
        author = self._author(head) or self._earlier_author(head) or self._publisher(head) \
            or self._own_publication(head)
        return None if author is None else dataclasses.replace(author, label="ORG", key=author.key + _WORK)

    def _publisher(self, head: Token) -> Mention | None:
        """The organisation that just reported, for a definite published piece no
        earlier work explains and that names no source of its own (``The Washington
        Post reported … Apple declined to comment. The article said``; not ``the
        column in the Nikkei``)."""
        last = self.last_reporter
        if not definite(head) or head.lemma_.lower() not in _PUBLISHED or last is None \
                or any(c.dep_ in ("prep", "poss", "compound") for c in head.children) \
                or head.idx - self.last_reporter_at > _FOCUS_CHARS:
            return None
        return last

    def _own_publication(self, head: Token) -> Mention | None:
        """The organisation that spoke just before, for a definite work that names no
        source and refers back to no work named before it (``…, the OECD said in an
        annual review. The report said …``; ``…, the U.S. Embassy said in its
        outlook. … the report said``): the organisation's own publication."""
        word = head.lemma_.lower()
        last = self.last_speaker
        if word not in _OWN_PUBLICATIONS or head.tag_ in _PLURAL_TAGS or not definite(head) or last is None \
                or last.label not in _ORGANISATIONS or last.key.endswith(_WORK) \
                or head.idx - self.last_speaker_at > _FOCUS_CHARS \
                or any(c.dep_ in ("prep", "poss", "compound") for c in head.children):
            return None  # not ``the lawsuit`` (against whom?), ``the messages``, ``the polls``
        return None if next(self._works_before(head, word), None) is not None else last

    def _earlier_author(self, head: Token) -> Mention | None:
        """The author of the work a definite work noun refers back to (``A survey by
        RSA Security found … The survey said …``): that of the latest work before
        it with the same noun, or with any study noun for a study noun (``The study
        by Pew Internet … the survey said``). A work has its own author (see
        :meth:`_author`), or a definite one that of the work it refers back to;
        an indefinite one without an author is a new work, so None."""
        if not definite(head) or self._work_word(head) is None:
            return None
        return self._latest_work(head)

    def _indexed_works(self) -> list[tuple[int, str, Mention | None]]:
        """Every work noun outside quotes with its author, in text order, indexed on
        first need (a definite one takes the author of the work it refers back to)."""
        if self.works is None:
            self.works = []
            for token in self.doc:
                word = self._work_word(token) if token.pos_ == "NOUN" else None
                if word is not None and not self.quoted(token.idx):
                    author = self._author(token) or (self._latest_work(token) if definite(token) else None)
                    self.works.append((token.idx, word, author))
        return self.works

    def _works_before(self, head: Token, word: str) -> Iterator[tuple[int, str, Mention | None]]:
        """The indexed works of ``word``'s kind before ``head``, latest first (any study
        noun for a study noun)."""
        same = self.lexicon.findings if word in self.lexicon.findings else {word}
        return (work for work in reversed(self._indexed_works()) if work[0] < head.idx and work[1] in same)

    def _work_word(self, token: Token) -> str | None:
        """The word of the lexicon a work noun is listed by, its lemma or its form
        (``data`` -> ``datum``; ``figures``, listed plural: a person is ``a figure``)."""
        return next((w for w in (token.lemma_.lower(), token.lower_) if w in self.work_nouns), None)

    def _latest_work(self, head: Token) -> Mention | None:
        """The author of the latest indexed work before ``head`` of its kind."""
        return next((author for _, _, author in self._works_before(head, self._work_word(head))), None)

    def _named_next(self, head: Token) -> Mention | None:
        """The one an article's lead, a paragraph of one sentence after the headline,
        introduces unnamed and the next paragraph names as its first subject (``A
        senior Tory MP has warned … ¶ Public accounts committee chairman Edward
        Leigh was giving his reaction``; ``A US bank has agreed … ¶ Riggs Bank will
        put money …``): a person for a person noun, an organisation whose name holds
        the noun for an organisation noun (``A US firm … ¶ Paris-based LVMH`` is
        another firm). One who speaks there is the lead's speaker only when named
        with no other role (``…, a Home Office minister has said. ¶ Hazel Blears
        said …``), not when given one (``… ¶ Health Secretary John Reid said``: more
        likely a reaction)."""
        lemma = head.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        doc, sent = head.doc, head.sent
        if sum(bool(line.strip()) for line in self.text[:sent.start_char].split("\n")) > 1 \
                or sent.start and "\n" not in doc[sent.start - 1].text + doc[sent.start - 1].whitespace_:
            return None  # not the lead: the paragraph after the headline
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        if not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[words[-1].i:sent.end + 1]):
            return None  # the paragraph goes on
        start = sent.end
        while start < len(doc) and doc[start].is_space:
            start += 1
        if start >= len(doc):
            return None
        root = doc[start].sent.root
        subject_ = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
        named = [self.by_token[t.i] for t in subject_.subtree if t.i in self.by_token] if subject_ is not None else []
        mention = named[-1] if named else None  # ``committee chairman Edward Leigh``
        if mention is None or mention.entity_id is None:
            return None
        roles = {t.lemma_.lower() for t in subject_.subtree if t.lemma_.lower() in self.lexicon.person_nouns}
        if root.lemma_.lower() in self.lexicon.speech and roles - {lemma}:
            return None  # ``… ¶ Opposition leader Michael Howard said``: another voice reacting
        if lemma in self.lexicon.person_nouns and mention.label in _PEOPLE \
                or lemma in self.lexicon.organisation_nouns and mention.label in _ORGANISATIONS \
                and lemma in mention.canonical.lower().split():
            return mention
        return None

    def _new_person(self, head: Token, span: Span) -> Mention | None:
        """An unresolved person-noun speaker (``a source``) becomes an antecedent
        itself; a plural one (``aides``) only for ``they``, as a group; a source
        noun (``a study``, ``the poll``) only for ``it``/``they``. A speaker taken
        from a group (``One of the officials travelling with Blair``) is one of
        that noun (``The official said`` goes on with them)."""
        noun = _partitive_noun(head) or head
        lemma = noun.lemma_.lower()
        if lemma not in self.lexicon.person_nouns and lemma not in self.lexicon.source_nouns:
            return None
        text = span.text
        plural = head.tag_ in _PLURAL_TAGS or noun is not head  # one of a group is met as the group, not as ``he``
        label = "NORP" if plural else "PERSON" if lemma in self.lexicon.person_nouns else "ORG"
        self.unnamed_heads[text] = lemma
        if not plural and self.lexicon.titles.get(noun.lower_, "n") != "n":
            self.gender.setdefault(text, self.lexicon.titles[noun.lower_])  # ``a spokeswoman`` is no ``he``
        return Mention(span.start_char, span.end_char, label, text, None, text)

    def _member(self, head: Token) -> Mention | None:
        """One of the unnamed people the sentence or the two before last speak of
        (as subject or object), for ``one``, ``another`` or ``most`` as a speaker:
        one of a group (``Other arbitrageurs said … "…," one said``: one of the
        arbitrageurs; ``Economists said … But most said``: most of the economists),
        or another of the kind after one (``One analyst said … Another said``,
        ``one company says …, another says``: another analyst, another company).
        Linked to no entity. Not a generic ``one`` (``as one might say``), nor a
        word that says whom it means (``one of them``, ``most who …``)."""
        word = head.lower_
        if word not in _MEMBERS or any(c.dep_ not in ("advmod", "punct") for c in head.children) \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.head.children):
            return None
        doc = head.doc
        start = head.sent.start
        for _ in range(2):
            start = doc[start - 1].sent.start if start else start
        for token in reversed(doc[start:head.i]):
            if token.dep_ not in _SUBJECTS | {"dobj", "pobj"} or self.quoted(token.idx):
                continue  # the nearest people spoken of (``Rescuers pulled five miners out. One said``: a miner)
            if token.tag_ in _PLURAL_TAGS and token.lemma_.lower() in self.lexicon.person_nouns:
                name = f"{word} {_members_of(token)}"
                return Mention(head.idx, head.idx + len(head), "NORP", name, None, name)  # no ``he`` or ``she``
            if word == "another" and token.tag_ == "NN" and any(c.lower_ in _INDEFINITE for c in token.children) \
                    and token.lemma_.lower() in self.lexicon.person_nouns | self.lexicon.organisation_nouns:
                name = f"another {token.lower_}"
                return Mention(head.idx, head.idx + len(head), "PERSON", name, None, name)
        return None

    def _apposition(self, head: Token) -> Mention | None:
        """The named entity in apposition to a nominal head, after it (``the coach,
        Peter Lind``) or before it (``said Tom Rath, a veteran party leader``); a
        name takes only a person (not the place in ``Ann Marks, Philadelphia``). A
        phrase the verb follows straight away is its subject, not an apposition
        (``Clinton, a top aide said, "…"``). A name the parser hung on the head
        across other words (see :func:`_set_beside`) counts only as a person's
        (``master of ceremonies Asab Al-Tabchi``), not a firm's (``a shareholder
        in US phone firm MCI``)."""
        for child in head.children:
            mention = self.by_token.get(child.i) if child.dep_ == "appos" else None
            if mention is not None and (head.pos_ != "PROPN" or mention.label in _PEOPLE) \
                    and (mention.label in _PEOPLE or _set_beside(head, child)):
                return mention
        doc = head.doc
        unclosed = head.right_edge.i + 1 < len(doc) and doc[head.right_edge.i + 1].pos_ in ("VERB", "AUX")
        parent = self.by_token.get(head.head.i) if head.dep_ == "appos" and not unclosed \
            and head.lemma_.lower() not in self.lexicon.unnamed_nouns else None  # ``Guard, a well-placed source``
        return parent if parent is not None and parent.label in _PEOPLE else None

    def resolve(self, head: Token | None, span: Span | None, others: frozenset[int] = frozenset()) -> Speaker:
        """Resolve a speaker given its head token and surface span.

        Args:
            head: syntactic head of the speaker phrase, or None.
            span: the speaker phrase.
            others: entities the quoted words name in the third person (``"… whether
                Senator Sanders's message …," he said``): no antecedent of a pronoun.

        Returns:
            The speaker; its entity also becomes a salient antecedent here.
        """
        if head is None or span is None:
            return NO_SPEAKER
        document = self._document(head)
        if document is not None:
            return Speaker(span.text, span.start_char, span.end_char, document.text, None, "pronoun")
        role = self._capitalised_role(head)
        mention = self.by_token.get(head.i) or self._apposition(head) or self._leading_name(head, span)
        named = head.pos_ == "PROPN" and not role
        kind = "name" if mention is not None or named else "nominal"
        if mention is None and head.lower_ in self.lexicon.pronouns:
            mention, kind = self._pronoun(head, others), "pronoun"
        elif mention is None and head.lower_ in self.lexicon.deictic_pronouns:
            kind = "pronoun"
        elif mention is None and named:
            name = _clean_name(span.text)
            mention = self._person_in(head, span) or self._named_before(head) or self._named_next(head) \
                or Mention(span.start_char, span.end_char, "PERSON", name, None, name)
        elif mention is None:
            if head in self.pending:
                self.pending.remove(head)
            mention = self._nominal(head, others) or self._work_author(head) or self._represented(head) \
                or self._member(head) or self._named_next(head) or self._new_person(head, span)
        if mention is not None and kind == "name":
            mention = self._named_group(head, span, mention)
        if mention is not None:
            self._insert_speaker(head, mention)
        return _speaker_record(span, mention, kind)

    def _leading_name(self, head: Token, span: Span) -> Mention | None:
        """A person named in full, after at most a title, at the start of a role
        phrase whose comma was left out (``Dr Mark Tuffy games systems director at
        THX told …``, ``Paolo Pescatore mobile specialist for IDC``); not a name that
        only modifies the role (``Clinton adviser``, ``Donald Trump campaign manager``,
        ``the Cruz campaign manager``, ``Donald Trump's campaign manager``)."""
        if head.tag_ in _PLURAL_TAGS or head.lemma_.lower() not in self.lexicon.person_nouns:
            return None
        titled = len(span) > 1 and span[0].lower_.rstrip(".") in self.name_titles
        if not titled and not _spoken_for(head):
            return None  # ``Donald Trump campaign manager``: the name modifies the role
        first = span[1] if titled else span[0]
        mention = self.by_token.get(first.i)
        name = [t for t in span if self.by_token.get(t.i) is mention] if mention is not None else []
        if mention is None or mention.label != "PERSON" or len(name) < 2 or name[0] != first or name[-1].i >= head.i:
            return None
        possessive = any(t.tag_ == "POS" or t.text in ("'", "’") for t in head.doc[name[-1].i:name[-1].i + 2])
        return None if possessive else mention

    def _named_group(self, head: Token, span: Span, first: Mention) -> Mention:
        """Speakers named in a list (``Gordon Brown and Tony Blair said``): one group
        under the canonical names of the entities ending its items, joined, linked to
        no single entity. A lone speaker, or a list with an item that ends in no
        entity (``former Pennsylvania Gov. and DNC Chairman Ed Rendell``: one
        person), stays as it is; so do items naming one entity twice or mixing
        people with other entities. A list of people named in full is read off
        the words, whatever the parser made of it (``Secretary of State George
        Shultz and Defense Secretary Caspar Weinberger``, the first name read as
        a modifier)."""
        parsed = any(t.dep_ == "conj" and first_conjunct(t) == head for t in span)
        if not parsed and not any(t.dep_ == "cc" for t in span):
            return first
        items, last, bracketed = [], None, False
        for token in (*span, None):
            if token is not None and token.text in "()":
                bracketed = token.text == "("  # a party affiliation (``Alan Cranston (D-Cal.) and …``)
            elif token is None or token.text == "," or token.dep_ == "cc":
                if last is not None:
                    if last.i not in self.by_token:
                        return first
                    items.append(self.by_token[last.i])
                last = None
            elif not bracketed:
                last = token
        if len({m.key for m in items}) < len(items) or len({m.label in _PEOPLE for m in items}) > 1:
            return first  # one name with ``and`` in it, or a person and a place (``the Duke of Edinburgh``)
        if not parsed and not all(m.label == "PERSON" and " " in self.text[m.start:m.end].strip() for m in items):
            return first  # not ``Richard and Judy executive producer Amanda Ross``, ``Isakson of Georgia and …``
        names = [m.canonical for m in items]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Mention(first.start, span.end_char, "NORP", name, None, name, first.subject)

    def _acronym_role(self, head: Token) -> bool:
        """Whether a word NER took for a name is a role in capitals after ``the``
        (``The MEP said``, ``the Mid-Bedfordshire MP``): no name to refer to, so
        neither a speaker's entity nor a pronoun's antecedent; the role resolves
        as a role."""
        return head.text.isupper() and self._capitalised_role(head)

    def _capitalised_role(self, head: Token) -> bool:
        """Whether a proper-noun head is a role after ``the`` (``The Glasgow Kelvin MP``)."""
        return head.lemma_.lower() in self.lexicon.person_nouns and definite(head)

    def _document(self, head: Token) -> Span | None:
        """The document an ``it`` reading out words stands for (``The letter cited a
        study. "…," it read.``): the nearest issued noun before it, outside quotes."""
        if head.lower_ != "it" or head.head.lemma_.lower() not in _READING_VERBS:
            return None
        for token in reversed(head.doc[max(0, head.i - _DOCUMENT_REACH):head.i]):
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.issued_nouns \
                    and not self.quoted(token.idx):
                first = min([c.i for c in token.lefts if c.dep_ in _DOCUMENT_MODIFIERS] + [token.i])
                return head.doc[first:token.i + 1]
        return None

    def _insert_speaker(self, head: Token, mention: Mention) -> None:
        """Make a resolved speaker a salient antecedent at its head."""
        label = mention.label if mention.label in _SPEAKER_LABELS else "PERSON"
        if label == "NORP" and mention.entity_id is None and head.tag_ == "NN" \
                and head.lemma_.lower() in self.lexicon.person_nouns:
            label = "PERSON"  # ``The aide said`` after ``one of his aides said``: one person now, a ``he``
        self._insert(dataclasses.replace(mention, start=head.idx, end=head.idx + len(head),
                                         label=label, subject=_salient_speaker(head)))
        self.last_speaker, self.last_speaker_at = mention, head.idx
        if head.head.lemma_.lower() in _REPORTING and mention.label in _ORGANISATIONS and mention.entity_id is not None:
            self.last_reporter, self.last_reporter_at = mention, head.idx  # ``The Washington Post reported``
