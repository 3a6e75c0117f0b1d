"""``news_entities``: one id, canonical name and cross-article key per entity of an article."""

from __future__ import annotations

import collections
import dataclasses
from typing import Iterable, Iterator, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components import entity_names as names
from pipeline.components.entity_names import Lexicon

#: Span extensions this component sets (plain ints and strings, so Docs pickle).
EXTENSIONS = ("entity_id", "canonical", "entity_key")
PERSON = "PERSON"
ORG = "ORG"
GPE = "GPE"
#: Words that join the parts of one long name (``Bank of Nova Scotia``, ``Australia and New Zealand Banking Group``).
_INNER_NAME_WORDS = frozenset({"of", "and", "&"})
_HYPHENS = ("-", "‐", "–")
#: Adverbs between a subject and its verb (``Blackburn have also signed``).
_BEFORE_VERB = frozenset({"also", "not", "now", "still"})
#: Tags of ``have``/``are`` (VBP) and ``were`` (VBD) as finite plural verbs, not ``have`` after ``does``.
_FINITE_PLURAL_TAGS = frozenset({"VBP", "VBD"})


@dataclasses.dataclass(frozen=True)
class Mention:
    """One entity span reduced to what grouping needs.

    Attributes:
        start: first token index of the span.
        end: token index after the span.
        label: the NER label.
        words: display words (no leading article, title or possessive).
        form: normalised ``words`` used for matching.
        named: the label names something (PERSON, ORG, GPE, ...), not a number or date.
        cue: the label the context asks for, or "": PERSON after a title or before
            a person pronoun, ORG for a name ending in a company suffix ("Inc"),
            GPE next to a place noun ("the capital, Ulaanbaatar", "Kursk region").
        owner: a PERSON-labelled subject whose clause goes on with "its" ("Yukos is
            confident of its right"): a thing or a body, which turns its group ORG
            unless a mention has a PERSON cue; unlike an ORG cue it lets the mention
            join a longer name ("Vivendi" ... "Vivendi Universal").
    """

    start: int
    end: int
    label: str
    words: tuple[str, ...]
    form: tuple[str, ...]
    named: bool
    cue: str
    owner: bool = False


class _UnionFind:
    """Disjoint sets over mention indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, *items: int) -> None:
        roots = sorted({self.find(item) for item in items})
        for root in roots[1:]:
            self.parent[root] = roots[0]


class NewsEntities:
    """Group the entity mentions of one article and name each group canonically.

    Runs after ``ner``. Spans whose text holds markdown, a URL, glued sentences
    (``"March 2023.It"``) or no word character are dropped from ``doc.ents``
    (patterns in ``data/entities_debris.json``). Spans of people, organisations,
    places and nationalities that run over a finite verb or a lower-case word
    foreign to names ("Putin Arrives", "Putin Defies International Criminal
    Court with Visit", "Interfax news agency") are split or trimmed; in a
    title-case headline a span holding names known from the article is replaced
    by them ("Trump Signs Executive Order" -> "Trump"). A piece takes the label
    of the article's other mentions of its name and a lone piece keeps the
    span's; other pieces are dropped (see :func:`repair_spans`).

    An untagged run of two or three proper nouns that opens with a common given
    name ("And oh yes, Carly Fiorina:") becomes a PERSON mention (see
    :func:`add_given_name_pairs`). Names the model found are then looked for
    again where it missed them (see
    :func:`propagate_names`): once the article names an entity, the other
    exact, case-sensitive, whole-word occurrences of its name that no span
    covers become mentions with the label of the name they match. The names
    are the multi-word names found, the one-word names found at least twice,
    acronyms defined in parentheses, the surname of a full person name
    ("Putin" from "Vladimir Putin") and the acronym a non-person name's
    initials spell ("ICC" from "International Criminal Court"). A one-word
    occurrence at the start of a sentence or line, or in a line in capitals,
    is not taken if it is a stop word ("May", "Will", "US") or, at a start,
    not tagged as a noun. The spans are then grouped:

    * named mentions (PERSON, ORG, GPE, ...) with the same normalised name (case,
      accents, dots, leading "the", trailing possessive, company suffix and, for
      people, titles ignored) form one entity, whatever their labels;
    * a shorter person name ("Putin", "Vladimir") joins the longer person name
      it is part of ("Vladimir Putin"). When it fits several ("Clinton" with
      "Bill Clinton" and "Hillary Clinton"), each mention joins the entity
      mentioned most often before it (its shorter mentions count, so the
      established bearer keeps the bare surname when a namesake appears), the
      most recent one on a tie, or stays apart. Names
      with a company suffix ("Pirelli SpA") or a word in capitals ("MARLINS BEAT
      REDS", a dateline "Deborah Charles RANGOON") are not taken as person names;
    * a one-word ORG joins the longer ORG name it heads ("Court" ... "European
      Court of Justice"), ties broken the same way;
    * an abbreviation joins the name it is defined against in parentheses, in
      either order ("International Criminal Court (ICC)", "ICC (International
      Criminal Court)"), or, failing that, the non-person name whose initials it
      spells ("The Associated Press" ... "AP"); ties go as for people;
    * dates, numbers and other unnamed mentions group by label and exact text.

    Each group gets a canonical name (its most complete name form, expansions
    of abbreviations included, without title or possessive, and without leading
    "the" except a capitalised "The" of a place inside a sentence: "in The
    Hague"; a form in capitals only if no mixed-case form has two words) and a
    label by vote of its mentions, ties going to the canonical mention's vote.
    A mention after a title ("Mr", "President", "counterpart"), before a person
    pronoun ("who", "said he") or an appositive title (", executive director"),
    or a shorter form that joined a person name, votes PERSON; a name with a
    company or club suffix, or a PERSON that is the subject of a plural be/have
    ("Blackburn have signed": British agreement for a group) or one whose clause
    goes on with "its" ("Yukos is confident of its right"), votes ORG, and
    that vote decides unless a mention votes PERSON; a mention next to a place
    noun ("the capital, Ulaanbaatar", "Kursk region") or a PERSON after "in"
    votes GPE (places and nationalities take no person or place cue); others
    vote their own label.
    Every span in ``doc.ents`` gets ``span._.entity_id`` (groups numbered
    from 0 by first mention), ``span._.canonical`` and ``span._.entity_key``
    (coarse type of the voted label and normalised canonical name, see
    :func:`pipeline.components.entity_names.entity_key`), and takes its group's
    label when ``vote_labels`` is set. Word lists are in
    ``data/entities_names.json``.
    """

    def __init__(
        self,
        name: str = "news_entities",
        *,
        drop_debris: bool = True,
        repair: bool = True,
        vote_labels: bool = True,
        propagate: bool = True,
        given_names: bool = True,
        company_suffixes: bool = True,
        lexicon: Lexicon | None = None,
    ) -> None:
        """Create the component.

        Args:
            name: the component name in the pipeline.
            drop_debris: remove debris spans from ``doc.ents``.
            repair: split or trim spans that run over a verb or a foreign lower-case
                word (see :func:`repair_spans`).
            propagate: add the missed occurrences of names found in the article
                (see :func:`propagate_names`).
            given_names: add the untagged names that open with a common given name
                (see :func:`add_given_name_pairs`).
            company_suffixes: add the untagged names that end in a company suffix
                (see :func:`add_suffixed_companies`).
            vote_labels: relabel every named mention with its group's voted label.
            lexicon: word lists; by default ``data/entities_*.json``.
        """
        self.name = name
        self.drop_debris = drop_debris
        self.repair = repair
        self.vote_labels = vote_labels
        self.propagate = propagate
        self.given_names = given_names
        self.company_suffixes = company_suffixes
        self.lexicon = lexicon or names.load_lexicon()
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Set the entity extensions on ``doc.ents`` (dropping debris, repairing spans, adding missed
        mentions, voting labels)."""
        spans = [s for s in doc.ents if not (self.drop_debris and names.is_debris(s.text, self.lexicon))]
        if self.repair:
            spans = repair_spans(doc, spans, self.lexicon)
        if self.given_names:
            spans = join_given_names(doc, add_given_name_pairs(doc, split_dated_names(doc, spans, self.lexicon),
                                                               self.lexicon), self.lexicon)
        if self.company_suffixes:
            spans = add_suffixed_companies(doc, spans, self.lexicon)
        if self.propagate:
            spans = propagate_names(doc, spans, self.lexicon)
        mentions = [self._mention(doc, span) for span in spans]
        groups = group_mentions(doc, mentions, self.lexicon)
        labels = [m.label for m in mentions]
        values: list[tuple[int, str, str]] = [(0, "", "")] * len(mentions)
        for entity_id, (members, canonical, label) in enumerate(groups):
            key = names.entity_key(canonical, label, self.lexicon)
            for i in members:
                values[i] = (entity_id, canonical, key)
                if self.vote_labels and mentions[i].named:
                    labels[i] = label
        spans = [
            s if s.label_ == lab else Span(doc, s.start, s.end, label=lab, kb_id=s.kb_id)
            for s, lab in zip(spans, labels)
        ]
        if _bounds(spans) != _bounds(doc.ents):
            doc.ents = spans
        for span, (entity_id, canonical, key) in zip(doc.ents, values):
            span._.set("entity_id", entity_id)
            span._.set("canonical", canonical)
            span._.set("entity_key", key)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs one by one (``batch_size`` is accepted for spaCy)."""
        for doc in stream:
            yield self(doc)

    def _mention(self, doc: Doc, span: Span) -> Mention:
        """Reduce a span to its name words, matching form and context cue."""
        label, lexicon = span.label_, self.lexicon
        named = label in lexicon.named_labels
        keep_article = label in lexicon.place_labels and _capital_the_mid_sentence(doc, span, lexicon)
        words = names.name_words(span.text, label, lexicon, keep_article) if named else (span.text.strip(),)
        return Mention(
            start=span.start,
            end=span.end,
            label=label,
            words=words,
            form=names.matching_form(words, lexicon),
            named=named,
            cue=_cue(doc, span, words, lexicon) if named else "",
            owner=label == PERSON and _owns_with_its(doc, span),
        )


def _bounds(spans: Iterable[Span]) -> list[tuple[int, int, int]]:
    """Token bounds and label id of each span, to tell whether ``doc.ents`` must be reset."""
    return [(s.start, s.end, s.label) for s in spans]


def _capital_the_mid_sentence(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span starts with a capitalised article after a word of its sentence ("in The Hague")."""
    first = span[0]
    return (
        first.text[:1].isupper()
        and first.lower_ in lexicon.stop_prefixes
        and span.start > 0
        and doc[span.start - 1].is_alpha
        and not first.is_sent_start
    )


def _cue(doc: Doc, span: Span, words: Sequence[str], lexicon: Lexicon) -> str:
    """ORG for a company suffix or a PERSON span in group agreement, PERSON for a
    person cue, ORG for an organisation noun before the span, GPE for a place cue, else "".

    See :func:`_has_org_noun`, :func:`_has_group_agreement`, :func:`_has_person_cue` and
    :func:`_has_place_cue`. Adjective labels (NORP: "Iraqis, who ...") and place
    labels take no person or place cue.
    """
    if names.has_org_suffix(words, lexicon):
        return ORG
    if span.label_ in lexicon.adjective_labels or span.label_ in lexicon.place_labels:
        return ""
    if span.label_ == PERSON and _has_group_agreement(doc, span, lexicon):
        return ORG
    if _has_person_cue(doc, span, lexicon):
        return PERSON
    if _has_org_noun(doc, span, lexicon):
        return ORG
    return GPE if _has_place_cue(doc, span, lexicon) else ""


def _owns_with_its(doc: Doc, span: Span) -> bool:
    """A subject whose own clause goes on with "its" before any other noun ("Yukos is
    confident of its right", "Acme cut its forecast"), not in a clause it reports
    ("X said its plan …")."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = span.root.head
    for token in doc[span.end : min(len(doc), span.end + 6)]:
        if token.lower_ == "its" and token.tag_ == "PRP$":
            return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None) == clause
        if token.pos_ in ("NOUN", "PROPN", "PRON") or token.is_punct:
            return False
    return False


def _has_org_noun(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """An organisation noun right before the span ("engineering group Jarvis",
    "brewing giant Foster's"), not one after a determiner, which a clause of the
    name usually describes ("the group Fiorina addressed", "told the agency Putin
    was …"), nor before the surname of a person named in full ("Rupert Murdoch …
    publisher Murdoch said")."""
    before = doc[span.start - 1] if span.start else None
    if before is None or not before.is_lower or before.lower_ not in lexicon.org_nouns \
            or before.i and doc[before.i - 1].tag_ in ("DT", "PRP$"):
        return False
    return not any(ent.label_ == PERSON and ent.start != span.start and len(ent.text.split()) > 1
                   and ent.text.split()[-1] == span.text for ent in doc.ents)


def _has_group_agreement(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A plural be/have right after a name as its only subject: a group in British
    agreement ("Blackburn have signed", "Wales were leading"), not a person. Not
    a family ("the Clintons are"), an item of a list ("Butler and Yelling were",
    "Republican Trump and Democrat Clinton have") or a subjunctive ("if Rubio
    were", "Trump were to turn")."""
    verb = doc[span.end] if span.end < len(doc) else None
    if verb is not None and verb.lower_ in _BEFORE_VERB and span.end + 1 < len(doc):
        verb = doc[span.end + 1]
    if verb is None or verb.lower_ not in lexicon.group_verb_forms or verb.tag_ not in _FINITE_PLURAL_TAGS:
        return False
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    listed = doc[max(span.sent.start, span.start - 6) : span.start]
    return (
        span.root.dep_ == "nsubj"
        and span.root.head == clause
        and span.root.tag_ != "NNPS"
        and not any(c.dep_ == "conj" for c in span.root.children)
        and not any(t.dep_ == "cc" or t.lower_ in ("and", "&") for t in listed)
        and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)
        and not (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to")
    )


def _has_person_cue(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A title right before the span, a common given name opening a two- or
    three-word name ("Dana Whitfield" read as ORG), "who" / "<verb> he|she" or an
    appositive title right after it."""
    if span.start > 0 and names.lookup_word(doc[span.start - 1].text) in lexicon.titles:
        return True
    if names.is_given_name_pair([t.text for t in span if not t.is_punct], lexicon):
        return True
    if _has_appositive_title(doc, span.end, lexicon):
        return True
    after = doc[span.end : span.end + 3]
    if len(after) and after[0].text == ",":
        after = after[1:]
    if len(after) and after[0].lower_ in lexicon.relative_pronouns:
        return True
    return (
        len(after) > 1
        and after[0].pos_ in ("VERB", "AUX")
        and after[1].lower_ in lexicon.person_pronouns
    )


def _has_appositive_title(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """A comma, lower-case title modifiers and a lower-case title not before a name.

    "Altantuya Batdorj, executive director of Amnesty ..."; not "the UN, President Biden".
    """
    if end >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    while i < len(doc) and doc[i].is_lower and doc[i].text in lexicon.title_modifiers:
        i += 1
    return (
        i < len(doc)
        and doc[i].is_lower
        and names.lookup_word(doc[i].text) in lexicon.titles
        and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper())
    )


def _has_place_cue(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A place noun right before (a comma between allowed) or after a non-place span, or "in" before a PERSON.

    "the capital, Ulaanbaatar", "at Ulaanbaatar airport", "the Kursk region",
    "in Kyiv".
    """
    before = span.start - 1
    if before >= 0 and span.label_ == PERSON and doc[before].lower_ in lexicon.place_prepositions:
        return True
    if before > 0 and doc[before].text == ",":
        before -= 1
    return (before >= 0 and doc[before].lower_ in lexicon.place_nouns) or (
        span.end < len(doc) and doc[span.end].lower_ in lexicon.place_nouns
    )


def repair_spans(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Split or trim spans that hold a word no name of their label holds.

    A span of a repaired label (PERSON, ORG, places, NORP) breaks at a finite
    verb ("Putin Arrives", "Putin Defies International Criminal Court with
    Visit": title-case headlines) and at a lower-case word that is neither a
    name particle ("van", "bin" for PERSON) nor a connector ("of", "and" for
    others); words inside a hyphenated word ("Kang Young-hoon") never break.
    The pieces between breaks lose their uncapitalised edge words and
    articles. In a headline (a title-case first sentence or line, see
    :func:`_is_title_case`), where the tagger often misses the verb ("Trump
    Signs Executive Order"), a piece that holds known names is replaced by them.

    Known names are those of the unbroken spans outside the headline (for a
    person also the first or last word). A piece whose name is known
    takes the known label ("Putin" -> PERSON) and so joins its entity. A lone
    piece (a trimmed span: "Interfax news agency" -> "Interfax") otherwise
    keeps the span's label; several pieces that match nothing ("Visit") are
    dropped, since the NER's label was for the whole.

    Args:
        doc: the Doc.
        spans: its entity spans, in order.
        lexicon: the word lists.

    Returns:
        The spans with broken ones replaced by their labelled pieces, in order.
    """
    headline_end = _headline_end(doc, lexicon)
    pieces = [_pieces(doc, span, span.start < headline_end, lexicon) for span in spans]
    if all(parts is None for parts in pieces):
        return list(spans)
    known = _known_labels((s for s, parts in zip(spans, pieces) if parts is None), lexicon)
    repaired = []
    for span, parts in zip(spans, pieces):
        if parts is None:
            repaired.append(span)
            continue
        if span.start < headline_end:
            parts = [name for part in parts for name in _known_names(doc, part, span.label_, known, lexicon)]
        repaired.extend(_labelled(doc, parts, span.label_, known, lexicon))
    return repaired


def _labelled(
    doc: Doc,
    parts: Sequence[tuple[int, int]],
    label: str,
    known: Mapping[tuple[str, ...], str],
    lexicon: Lexicon,
) -> Iterator[Span]:
    """The pieces of a span of ``label`` with their known label; a lone unknown piece keeps ``label``,
    and a piece opened by an inner honorific (see :func:`_inner_honorific`) is a person."""
    for start, end in parts:
        if start > 0 and _inner_honorific(doc, start, end, lexicon):
            yield Span(doc, start, end, label=PERSON)
            continue
        piece_label = known.get(_form(doc[start:end], label, lexicon)) or (label if len(parts) == 1 else "")
        if piece_label:
            yield Span(doc, start, end, label=piece_label)


def _form(span: Span, label: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Matching form of a span's text read as a name of ``label``."""
    return names.matching_form(names.name_words(span.text, label, lexicon), lexicon)


def _headline_end(doc: Doc, lexicon: Lexicon) -> int:
    """The end token of the doc's first sentence or line if that is a title-case headline, else 0."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return 0
    first = next((s for s in doc.sents if not s.text.isspace()), None)
    if first is None:
        return 0
    start = next(t.i for t in first if not t.is_space)
    end = next((t.i for t in first[start - first.start :] if t.is_space and "\n" in t.text), first.end)
    return end if _is_title_case(doc[start:end], lexicon) else 0


def _is_title_case(text: Span, lexicon: Lexicon) -> bool:
    """Whether a text has three or more capitalised words and no lower-case words but function words.

    Function words are those tagged ``headline_minor_tags`` ("with", "to").
    """
    capitalised = 0
    for token in text:
        if token.is_alpha:
            if token.text[0].isupper():
                capitalised += 1
            elif token.tag_ not in lexicon.headline_minor_tags:
                return False
    return capitalised >= 3


def _pieces(doc: Doc, span: Span, in_headline: bool, lexicon: Lexicon) -> list[tuple[int, int]] | None:
    """Token bounds of the capitalised pieces between the span's breaks.

    Returns:
        None if nothing breaks the span and it is not a multi-word span of the
        headline; the whole span if only the latter.
    """
    if span.label_ not in lexicon.repaired_labels:
        return None
    breaks = [i for i in range(span.start, span.end) if _breaks_name(doc, i, span.label_, lexicon)]
    honorifics = [i for i in range(span.start + 1, span.end) if _inner_honorific(doc, i, span.end, lexicon)]
    if not breaks and not honorifics:
        return [(span.start, span.end)] if in_headline and len(span) > 1 else None
    starts = sorted([span.start] + [i + 1 for i in breaks] + honorifics)
    ends = sorted(breaks + honorifics + [span.end])
    return [piece for piece in (_trim(doc, start, end, lexicon) for start, end in zip(starts, ends)) if piece]


def _inner_honorific(doc: Doc, i: int, end: int, lexicon: Lexicon) -> bool:
    """Whether ``doc[i]`` opens a person's name, ending before ``end``, inside a
    longer span (``at GDC Mr Allard``: the recogniser took in the words before
    the honorific, and may have labelled the whole an organisation)."""
    previous = names.normalise_word(doc[i - 1].text)
    return names.normalise_word(doc[i].text) in lexicon.honorifics and i + 1 < end \
        and doc[i + 1].text[:1].isupper() and previous not in lexicon.honorifics | lexicon.titles | lexicon.title_modifiers


def _known_names(
    doc: Doc, bounds: tuple[int, int], label: str, known: Mapping[tuple[str, ...], str], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """The longest known names within token ``bounds``, left to right; the bounds if there are none."""
    start, end = bounds
    found = []
    i = start
    while i < end:
        j = next((j for j in range(end, i, -1) if _form(doc[i:j], label, lexicon) in known), i)
        if j > i and doc[i].text[:1].isupper():
            found.append((i, j))
            i = j
        else:
            i += 1
    return found or [bounds]


def _breaks_name(doc: Doc, i: int, label: str, lexicon: Lexicon) -> bool:
    """Whether ``doc[i]`` is a whole word: a finite verb, or a lower-case word foreign to ``label`` names;
    or a dash set apart by spaces (``Acme Research - said``: the model ran a name into an aside)."""
    token = doc[i]
    if token.text in (*_HYPHENS, "—") and token.whitespace_ and i > 0 and doc[i - 1].whitespace_:
        return True
    if not (token.is_alpha and _whole_word(doc, i)):
        return False
    if token.tag_ in lexicon.break_tags:
        return True
    allowed = lexicon.person_particles if label == PERSON else lexicon.name_connectors
    return token.is_lower and token.text not in allowed


def _whole_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is not glued to the token before it or hyphened to the one after it."""
    glued_before = i > 0 and not doc[i - 1].whitespace_
    hyphened_after = not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text in _HYPHENS
    return not (glued_before or hyphened_after)


def _trim(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Tokens ``start:end`` without edge words that are uncapitalised or articles; None if nothing is left."""
    while start < end and doc[start].whitespace_ and not _capitalised_name_word(doc[start], lexicon):
        start += 1
    while end - 1 > start and doc[end - 2].whitespace_ and not _capitalised_name_word(doc[end - 1], lexicon):
        end -= 1
    return (start, end) if any(_capitalised_name_word(t, lexicon) for t in doc[start:end]) else None


def _capitalised_name_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether a token starts with a capital and is no article ("The")."""
    return token.text[:1].isupper() and token.lower_ not in lexicon.stop_prefixes


def _known_labels(spans: Iterable[Span], lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    """Matching form -> most frequent label among the named spans with that name.

    The first and last word of a person name count as a PERSON name too.
    """
    votes: dict[tuple[str, ...], collections.Counter] = collections.defaultdict(collections.Counter)
    for span in spans:
        if span.label_ not in lexicon.named_labels:
            continue
        form = _form(span, span.label_, lexicon)
        votes[form][span.label_] += 1
        if span.label_ == PERSON:
            for part in {form[:1], form[-1:]} - {form}:
                votes[part][PERSON] += 1
    return {form: counts.most_common(1)[0][0] for form, counts in votes.items()}


def add_given_name_pairs(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Add a PERSON span for each run of two or three proper nouns that no span touches
    and that opens with a common given name (see
    :func:`~pipeline.components.entity_names.is_given_name_pair`): the model misses
    such names where nothing around them says person ("And oh yes, Carly Fiorina:",
    "7 - Chris Walker ( England )"). A run glued to a word before it ("Joe-Max
    Moore") or next to a person's span is part of another name; one after a
    determiner or holding a generic head noun names a thing ("the Clinton Global
    Initiative", "The Rachel Maddow Show", "Clark County Coroner"); a title-case
    headline is left to the model."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    people = {i for span in spans if span.label_ == PERSON for i in (span.start, span.end - 1)}
    added = []
    start = _headline_end(doc, lexicon)
    while start < len(doc):
        end = start
        while end < len(doc) and end not in covered and (
                doc[end].tag_ in ("NNP", "NNPS") and doc[end].is_alpha
                or end > start and doc[end].lower_ in lexicon.person_particles):  # "Nick Van den Brul"
            end += 1
        if end == start:
            start += 1
            continue
        glued = start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space
        part_of_person = start - 1 in people or end in people
        words = [t.text for t in doc[start:end]]
        if not glued and not part_of_person and not (start > 0 and doc[start - 1].tag_ == "DT") \
                and names.is_given_name_pair(words, lexicon) \
                and not any(names.lookup_word(w) in lexicon.thing_heads for w in words[1:]):
            added.append(Span(doc, start, end, label=PERSON))
        start = end
    return sorted([*spans, *added], key=lambda span: span.start) if added else list(spans)


def split_dated_names(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Split a person's name off a date span the model ran into it ("Late last month
    de Graaf said": DATE "Late last month de Graaf"): from a name particle followed
    by a capitalised word, the rest of the span is a PERSON."""
    split = []
    for span in spans:
        cut = next((t.i for t in span[1:-1] if t.is_lower and t.lower_ in lexicon.person_particles
                    and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"), None) \
            if span.label_ in ("DATE", "TIME") else None
        if cut is None:
            split.append(span)
        else:
            split += [Span(doc, span.start, cut, label=span.label_), Span(doc, cut, span.end, label=PERSON)]
    return split


def join_given_names(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Join a person's span to the given name before it that the model took for a
    place or an organisation ("Orlando dos Santos": Orlando GPE, Santos PERSON;
    "Jordan Henderson"): a one-word span or bare proper noun right before the
    person (or a word a person's name ends in), across name particles ("dos",
    "van"); without a particle only a common given name, since a place may stand
    before a name ("Paris Hilton" aside, "in Texas Smith said" is two names)."""
    by_end = {span.end: span for span in spans if len(span) == 1 and span.label_ != PERSON}
    covered = {i for span in spans for i in range(span.start, span.end)}
    surnames = {span[-1].lower_ for span in spans if span.label_ == PERSON}
    joined, dropped = [], set()
    for span in spans:
        if span.label_ != PERSON and span[-1].lower_ not in surnames:
            continue  # a person, or a word some person's name ends in ("Santos" GPE beside "Dos Santos")
        start = span.start
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in lexicon.person_particles:
            start -= 1
        first = start - 1
        place = by_end.get(start)
        if first < 0 or doc[first].pos_ != "PROPN" or not doc[first].is_title or not doc[first].whitespace_ \
                or first in covered and place is None or place is span \
                or start == span.start and names.lookup_word(doc[first].text) not in lexicon.given_names:
            continue
        joined.append(Span(doc, first, span.end, label=PERSON))
        dropped.update({id(span)} | ({id(place)} if place is not None else set()))
    if not joined:
        return list(spans)
    return sorted([s for s in spans if id(s) not in dropped] + joined, key=lambda s: s.start)


def add_suffixed_companies(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Add an ORG span for each run of capitalised words that no span touches and
    that ends in a company suffix (``Home Shopping Network Inc said``, ``Renouf Corp
    Ltd``): the model misses many such names in business news, where nothing but
    the suffix says company. A run that goes on from a longer name (``Australia and
    New Zealand Banking Group Ltd``, the model's span ending before ``Banking``) or
    lies in a title-case headline is left to the model."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    added = []
    start = _headline_end(doc, lexicon)
    while start < len(doc):
        end = start
        while end < len(doc) and end not in covered and (
                _proper_word(doc[end]) or end > start and doc[end].text == "&"):  # ``Procter & Gamble Co``
            end += 1
        if end - start < 2:
            start += 1
            continue
        last = next((k for k in range(end - 1, start, -1)  # ``Renouf Corp Ltd Chairman``: up to the last suffix
                     if _company_suffix(doc[k], lexicon)), None)
        before = doc[start - 1] if start > 0 else None
        continued = before is not None and not before.is_space and (
            not before.whitespace_ or before.i in covered or before.tag_ in ("NNP", "NNPS")
            or before.lower_ in _INNER_NAME_WORDS)  # the end of a longer name
        if last is not None and not continued:
            added.append(Span(doc, start, last + 1, label=ORG))
        start = end
    lone = {span.start for span in spans if len(span) == 1 and span.label_ == PERSON}  # not ``China and X AG``
    joined = [_with_partner(doc, span, covered - lone, lexicon) for span in spans]
    if joined != spans:  # drop the partner's own one-word span (``Standard`` read as a person)
        starts = {span.start for span, old in zip(joined, spans) if span.start != old.start}
        joined = [span for span in joined if not (span.start in starts and len(span) == 1 and span.label_ == PERSON)]
    return sorted([*joined, *added], key=lambda span: span.start) if added else joined


def _with_partner(doc: Doc, span: Span, covered: set[int], lexicon: Lexicon) -> Span:
    """A company named after two partners whose first the model left out or read as
    a one-word name of its own (``Jones and | Vining Inc``, ``Standard and | Poor's
    Corp``: wire copy writes "and" for "&"): the span from that capitalised word."""
    start = span.start
    if span.label_ != ORG or start < 2 or doc[start - 1].lower_ != "and" \
            or sum(not names.is_possessive(t.text) for t in span) != 2 \
            or not _company_suffix(doc[span.end - 1], lexicon):
        return span  # one partner's name and the suffix; not ``Chrysler and General Motors Corp``
    partner = doc[start - 2]
    if partner.i in covered or not _proper_word(partner) or start > 2 and doc[start - 3].tag_ in ("NNP", "NNPS"):
        return span
    return Span(doc, start - 2, span.end, label=ORG)


def _proper_word(token: Token) -> bool:
    """Whether a token is a capitalised proper noun not written in capitals."""
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and not token.is_upper


def _company_suffix(token: Token, lexicon: Lexicon) -> bool:
    """Whether a token is a company suffix (``Inc``, ``Corp.``)."""
    return token.lower_.replace(".", "") in lexicon.org_suffixes


def propagate_names(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """Add the occurrences of names already named in the article that no span covers.

    The forms looked for are those of :func:`_recurring_forms`, longest first;
    each is found in ``doc.text`` exactly (case-sensitive, whole words, not
    inside a hyphenated word, see :func:`_occurrences`) and kept when it
    overlaps no span and, for a one-token occurrence, passes
    :func:`_plausible_name_token`. An added span takes the label its form
    votes for, so it joins that entity.

    Args:
        doc: the Doc.
        spans: its entity spans, in order, not overlapping.
        lexicon: the word lists.

    Returns:
        The spans and the added ones, in order.
    """
    forms = _recurring_forms(doc, spans, lexicon)
    if not forms:
        return list(spans)
    text = doc.text
    covered = {i for span in spans for i in range(span.start, span.end)}
    added = []
    for span in _occurrences(doc, text, forms):
        tokens = range(span.start, span.end)
        if covered.isdisjoint(tokens) and (len(span) > 1 or _plausible_name_token(doc, text, span[0], lexicon)):
            added.append(span)
            covered.update(tokens)
    return sorted([*spans, *added], key=lambda span: span.start) if added else list(spans)


def _recurring_forms(doc: Doc, spans: Sequence[Span], lexicon: Lexicon) -> dict[str, str]:
    """Capitalised name forms worth looking for again, with the label most of their sources have.

    A form is the name words of a span of a ``propagated_labels`` label (see
    :func:`~pipeline.components.entity_names.name_words`) or a form derived
    from them (see :func:`~pipeline.components.entity_names.derived_forms`:
    surnames, acronyms by initials). A one-word name is looked for only if the
    model tagged it twice or more, or if it is an acronym defined in
    parentheses ("the International Criminal Court (ICC)"): a single word
    tagged once is too often a mistake the model made once.
    """
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    sure: set[str] = set()
    for span in spans:
        if span.label_ not in lexicon.propagated_labels:
            continue
        words = names.name_words(span.text, span.label_, lexicon)
        name = " ".join(words)
        votes[name][span.label_] += 1
        if len(words) > 1 or names.is_acronym(words) and _in_parentheses(doc, span.start, span.end):
            sure.add(name)
        for form in names.derived_forms(words, span.label_, lexicon):
            votes[form][span.label_] += 1
            sure.add(form)
    return {
        form: counts.most_common(1)[0][0]
        for form, counts in votes.items()
        if (form in sure or counts.total() > 1) and names.is_capitalised(form)
    }


def _in_parentheses(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are the whole content of a pair of parentheses."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def _occurrences(doc: Doc, text: str, forms: Mapping[str, str]) -> Iterator[Span]:
    """Token-aligned whole-word occurrences of the forms in ``text`` (the doc's), labelled, longest forms first.

    ``str.find`` per form: cheaper than compiling a pattern of the article's forms.
    """
    for form in sorted(forms, key=len, reverse=True):
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if _whole_word_at(text, start, end):
                span = doc.char_span(start, end, label=forms[form])
                if span is not None:
                    yield span
            start = text.find(form, end)


def _whole_word_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is neither glued to a word character nor hyphened to a word ("ICC-backed")."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return not (before.isalnum() or before in _HYPHENS or after[:1].isalnum() or (
        after[:1] in _HYPHENS and after[1:].isalnum()
    ))


def _plausible_name_token(doc: Doc, text: str, token: Token, lexicon: Lexicon) -> bool:
    """Whether a one-token occurrence of a name form may be that name.

    Mid-sentence in mixed-case text a capitalised word is taken. Where capitals
    tell nothing, at the start of a sentence or line or in a line in capitals,
    a stop word is not taken ("May", "Will", "US", "IT"), and at a start only a
    word tagged as a noun or proper noun (``name_pos``) is ("Bill" in "Bill
    Gates" ... "Bill said", not "Young" in "Young voters").
    """
    at_start = _starts_sentence_or_line(doc, token.i)
    if not (at_start or _in_shouted_line(text, token.idx)):
        return True
    return not token.is_stop and (not at_start or token.pos_ in lexicon.name_pos)


def _starts_sentence_or_line(doc: Doc, i: int) -> bool:
    """Whether only punctuation stands between ``doc[i]`` and the start of its sentence or line."""
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].is_punct:
        i -= 1
    return i == 0 or bool(doc[i].is_sent_start) or "\n" in doc[i - 1].text_with_ws


def _in_shouted_line(text: str, offset: int) -> bool:
    """Whether the line of ``text`` holding ``offset`` has letters in capitals only ("PUTIN DEFIES ICC")."""
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)].isupper()


def group_mentions(
    doc: Doc, mentions: Sequence[Mention], lexicon: Lexicon
) -> list[tuple[list[int], str, str]]:
    """Group mentions into entities.

    Args:
        doc: the Doc the mentions come from (parentheses around abbreviations).
        mentions: the mentions, in document order.
        lexicon: the word lists.

    Returns:
        One ``(member indices, canonical name, voted label)`` per entity, ordered
        by first mention.
    """
    uf = _UnionFind(len(mentions))
    _group_unnamed(mentions, uf)
    shortened = _group_names(doc, mentions, uf, lexicon)
    expansions = _link_parentheses(doc, mentions, uf, lexicon)
    _link_initials(mentions, uf, expansions, lexicon)
    members: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(len(mentions)):
        members[uf.find(i)].append(i)
    groups = []
    for indices in sorted(members.values()):
        canonical, source = _canonical(indices, mentions, expansions)
        tie_break = _ballot(mentions[source], source in shortened, lexicon)
        groups.append((indices, canonical, _vote(indices, mentions, tie_break, shortened, lexicon)))
    return groups


def _group_unnamed(mentions: Sequence[Mention], uf: _UnionFind) -> None:
    """Dates, numbers etc.: one entity per label and normalised text."""
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, m in enumerate(mentions):
        if not m.named:
            uf.union(i, first.setdefault((m.label, m.form), i))


def _group_names(doc: Doc, mentions: Sequence[Mention], uf: _UnionFind, lexicon: Lexicon) -> set[int]:
    """Same-form named mentions, and short names into the longer names they shorten.

    A shorter form joins a longer *person* name it is part of (see
    :func:`~pipeline.components.entity_names.subsumes`; a one-word form is the
    middle of three words only if it ends no name); names with a company
    suffix and shouted forms ("MARLINS BEAT REDS", "Deborah Charles RANGOON")
    are not person names here. A one-word ORG joins a longer ORG name it heads
    (see :func:`~pipeline.components.entity_names.org_head`), not one it starts
    ("BBC" is not "BBC Sport"), except a company name with a suffix, which wire copy
    shortens to its first word ("Banner Industries Inc" ... "Banner said", "Moody's
    Investors Service Inc" ... "Moody's"), when NER read that word as an ORG or a
    person with no person cue, and no company is named by that word alone
    ("Chrysler Corp" ... "Chrysler Motors Corp" ... "Chrysler": Chrysler Corp). Forms
    are taken longest first, so every name a form could shorten is already
    placed when the form is reached.

    Returns:
        The mentions that joined a person name as a shorter form of it.
    """
    by_form: dict[tuple[str, ...], list[int]] = collections.defaultdict(list)
    for i, m in enumerate(mentions):
        if m.named:
            by_form[m.form].append(i)
    person_forms: dict[str, list[tuple[str, ...]]] = collections.defaultdict(list)
    middles: dict[str, list[tuple[str, ...]]] = collections.defaultdict(list)  # by the middle of three words
    org_heads: dict[str, list[tuple[str, ...]]] = collections.defaultdict(list)
    companies: dict[str, list[tuple[str, ...]]] = collections.defaultdict(list)
    shortened: set[int] = set()
    for form in sorted(by_form, key=lambda f: (-len(f), by_form[f][0])):
        indices = by_form[form]
        labels = {mentions[i].label for i in indices}
        cues = {mentions[i].cue for i in indices}
        longer = set() if ORG in cues else {
            f for word in (form[0], form[-1]) for f in person_forms[word] if names.subsumes(form, f)
        } or set(middles[form[0]] if len(form) == 1 and labels <= {PERSON, ORG} and ORG not in cues else ())
        shortens_person = bool(longer)
        if not longer and len(form) == 1 and labels == {ORG}:
            longer = set(org_heads[form[0]])
        if not longer and len(form) == 1 and labels <= {ORG, PERSON} and not cues & {PERSON, ORG}:
            longer = _company_shortened(doc, [mentions[i] for i in indices], companies[form[0]], lexicon)
        candidates = _positions(uf, mentions, (i for f in longer for i in by_form[f]))
        unattached = _attach(uf, mentions, indices, candidates)
        uf.union(*unattached)
        if shortens_person:
            shortened.update(set(indices) - set(unattached))
        if len(candidates) > 1 or len(form) == 1:
            continue
        if _is_person_name([mentions[i] for i in indices]):
            person_forms[form[0]].append(form)
            person_forms[form[-1]].append(form)
            if len(form) == 3 and form[-1].isalpha():  # "Marin" of "Justo Marin Ludena"
                middles[form[1]].append(form)
        elif ORG in labels:
            org_heads[names.org_head(form, lexicon)].append(form)
            if ORG in cues:
                first = mentions[indices[0]].words[0]  # "Moody's Investors Service": shortened to "Moody's"
                companies[form[0][:-1] if names.is_possessive(first[-2:]) else form[0]].append(form)
    return shortened


def _company_shortened(
    doc: Doc, same_form: Sequence[Mention], companies: Sequence[tuple[str, ...]], lexicon: Lexicon
) -> set:
    """The company a one-word name shortens: the only one named in full that starts
    with it ("Deutsche" stays apart with Deutsche Bank and Deutsche Telekom named),
    unless a mention is the end of a name NER cut short ("Piers Morgan" tagged
    "Morgan", the given name in no entity) or is introduced as a place ("Halifax,
    the West Yorkshire town"; not "Ford, the No. 2 U.S. automaker")."""
    if len(set(companies)) != 1:
        return set()
    for m in same_form:
        before = doc[m.start - 1] if m.start else None
        if m.label == PERSON and before is not None and before.is_title and not before.ent_type_ \
                or _described_as_place(doc, m.end, lexicon):
            return set()
    return set(companies)


def _described_as_place(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """Whether a name is followed by an apposition about a place (``, the West Yorkshire town``)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    return any(t.lower_ in lexicon.place_nouns for t in doc[end + 2:end + 7])


def _is_person_name(same_form: Sequence[Mention]) -> bool:
    """Whether shorter names may join this one: PERSON (label or cue), no company suffix, not shouted."""
    cues = {m.cue for m in same_form}
    return (
        ORG not in cues
        and PERSON in cues | {m.label for m in same_form}
        and not names.is_shouted(same_form[0].words)
    )


def _positions(
    uf: _UnionFind, mentions: Sequence[Mention], indices: Iterable[int]
) -> dict[int, list[int]]:
    """Start tokens of the given mentions, by the root of their group."""
    positions: dict[int, list[int]] = collections.defaultdict(list)
    for i in indices:
        positions[uf.find(i)].append(mentions[i].start)
    return positions


def _attach(
    uf: _UnionFind,
    mentions: Sequence[Mention],
    indices: Sequence[int],
    candidates: Mapping[int, list[int]],
) -> list[int]:
    """Join mentions to a candidate group; return those that joined none.

    With one candidate every mention joins it; with several each mention joins
    the candidate mentioned most often before it (counting the short mentions
    already joined: the established bearer keeps the bare surname when a
    namesake appears), the most recent one on a tie, if any.
    """
    if len(candidates) == 1:
        uf.union(*indices, next(iter(candidates)))
        return []
    unattached = []
    seen = {root: list(ps) for root, ps in candidates.items()}
    for i in sorted(indices, key=lambda k: mentions[k].start):
        start = mentions[i].start
        before = [
            (sum(p < start for p in ps), max(p for p in ps if p < start), root)
            for root, ps in seen.items() if min(ps) < start
        ]
        if before:
            root = max(before)[2]
            uf.union(i, root)
            seen[root].append(start)
        else:
            unattached.append(i)
    return unattached


def _link_parentheses(
    doc: Doc, mentions: Sequence[Mention], uf: _UnionFind, lexicon: Lexicon
) -> dict[int, tuple[str, ...]]:
    """Join abbreviations to the names they are defined against in parentheses.

    Handles "Long Name (ABBR)", where the long name is read back from the text
    so that a span cut short by the NER ("the Assembly of States" in "the
    Assembly of States Parties (ASP)") still links, and "ABBR (Long Name)".

    Returns:
        The long names read from the text, by the index of their abbreviation.
    """
    starts = {m.start: i for i, m in enumerate(mentions)}
    expansions: dict[int, tuple[str, ...]] = {}
    for i, m in enumerate(mentions):
        if not (m.named and names.is_acronym(m.words)):
            continue
        acronym = names.acronym_of(m.words[0])
        if _in_parentheses(doc, m.start, m.end):
            found = _long_form_before(doc, m.start - 1, acronym, lexicon)
            if found:
                expansions[i] = found[1]
                uf.union(i, *_overlapping(mentions, found[0], m.start - 1))
        elif m.end + 1 < len(doc) and doc[m.end].text == "(" and m.end + 1 in starts:
            j = starts[m.end + 1]
            if mentions[j].end < len(doc) and doc[mentions[j].end].text == ")":
                if acronym in names.initials(mentions[j].words, lexicon):
                    uf.union(i, j)
    return expansions


def _overlapping(mentions: Sequence[Mention], start: int, end: int) -> list[int]:
    """Indices of the named mentions overlapping tokens ``start:end``."""
    return [j for j, m in enumerate(mentions) if m.named and m.start < end and m.end > start]


def _long_form_before(
    doc: Doc, paren: int, acronym: str, lexicon: Lexicon
) -> tuple[int, tuple[str, ...]] | None:
    """The shortest run of words before ``doc[paren]`` whose initials spell ``acronym``.

    Returns:
        The run's first token index and its name words, or None.
    """
    end = paren - 1 if paren > 0 and names.is_possessive(doc[paren - 1].text) else paren
    for start in range(end - 1, max(end - 2 * len(acronym) - 2, -1), -1):
        token = doc[start]
        if token.is_punct and token.text not in "-&" or token.is_space:
            return None
        words = names.name_words(doc[start:end].text, "ORG", lexicon)
        if acronym in names.initials(words, lexicon):
            return start, words
    return None


def _link_initials(
    mentions: Sequence[Mention],
    uf: _UnionFind,
    expansions: Mapping[int, tuple[str, ...]],
    lexicon: Lexicon,
) -> None:
    """Join each abbreviation to the non-person name whose initials it spells.

    Only the first mention of an abbreviation decides; ties go to the name
    mentioned most recently before it.
    """
    spelled: dict[str, list[int]] = collections.defaultdict(list)
    for i, m in enumerate(mentions):
        if m.named and m.label != PERSON and len(m.words) > 1:
            for acronym in set(names.initials(m.words, lexicon)):
                spelled[acronym].append(i)
    for i, words in expansions.items():
        for acronym in set(names.initials(words, lexicon)):
            spelled[acronym].append(i)
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.named and names.is_acronym(m.words):
            first.setdefault(names.acronym_of(m.words[0]), i)
    for acronym, i in first.items():
        candidates = _positions(uf, mentions, spelled.get(acronym, ()))
        candidates.pop(uf.find(i), None)
        _attach(uf, mentions, [i], candidates)


def _canonical(
    indices: Sequence[int], mentions: Sequence[Mention], expansions: Mapping[int, tuple[str, ...]]
) -> tuple[str, int]:
    """The most complete name form of a group and the index of the mention it came from.

    Longest in words, then longest in characters, then first; an all-capitals
    form (a shouted headline) only wins when no mixed-case form has two words
    or spells the same name (``REAGAN`` in a wire headline, ``Reagan`` below).
    """
    forms = [(mentions[i].words, i) for i in indices]
    forms += [(expansions[i], i) for i in indices if i in expansions]
    mixed_name = any(len(words) > 1 and not " ".join(words).isupper() for words, _ in forms)
    mixed_forms = {" ".join(words).lower() for words, _ in forms if not " ".join(words).isupper()}

    def completeness(item: tuple[tuple[str, ...], int]) -> tuple[bool, int, int, int]:
        words, i = item
        text = " ".join(words)
        shouted = text.isupper() and (mixed_name or text.lower() in mixed_forms)
        return not shouted, len(words), len(text), -mentions[i].start

    words, i = max(forms, key=completeness)
    return " ".join(words), i


def _vote(
    indices: Sequence[int],
    mentions: Sequence[Mention],
    tie_break: str,
    shortened: set[int],
    lexicon: Lexicon,
) -> str:
    """The group's label by most votes; ties go to ``tie_break`` (the canonical mention's vote).

    An ORG cue (a company or club suffix, a group's plural agreement: "Blackburn
    have signed") or an owner ("Yukos is confident of its right") decides unless
    a mention has a PERSON cue: the model labels a club named after its town, or
    a company, a person in every other mention.
    A named mention votes its cue if it has one, else PERSON if it joined as a
    shorter form of a person name (unless its label is an adjective label such
    as NORP: "Rwandan" in "Rwandan Hutu"), else its own label.
    """
    cues = {mentions[i].cue for i in indices if mentions[i].named}
    if (ORG in cues or any(mentions[i].owner for i in indices)) and PERSON not in cues:
        return ORG  # a suffix, a group's agreement or "its" outweighs the model's bare labels
    votes = collections.Counter(
        _ballot(mentions[i], i in shortened, lexicon) for i in indices if mentions[i].named
    )
    if not votes:
        return tie_break
    return max(votes, key=lambda label: (votes[label], label == tie_break))


def _ballot(mention: Mention, shortened: bool, lexicon: Lexicon) -> str:
    """One mention's vote (see :func:`_vote`)."""
    if mention.cue:
        return mention.cue
    if shortened and mention.label not in lexicon.adjective_labels:
        return PERSON
    return mention.label


def register_extensions() -> None:
    """Register the Span extensions (idempotent); values are set, never computed."""
    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


@Language.factory(
    "news_entities",
    default_config={"drop_debris": True, "repair": True, "propagate": True, "given_names": True,
                    "company_suffixes": True, "vote_labels": True},
    requires=["doc.ents"],
    assigns=["doc.ents"] + [f"span._.{name}" for name in EXTENSIONS],
)
def make_news_entities(
    nlp: Language, name: str, drop_debris: bool, repair: bool, propagate: bool, given_names: bool,
    company_suffixes: bool, vote_labels: bool
) -> NewsEntities:
    """spaCy factory for :class:`NewsEntities` (see its docstring for the behaviour)."""
    return NewsEntities(name, drop_debris=drop_debris, repair=repair, propagate=propagate, given_names=given_names,
                        company_suffixes=company_suffixes, vote_labels=vote_labels)


def entity_rows(doc: Doc) -> list[dict]:
    """One plain dict per entity mention: character offsets, text, label and the extensions."""
    return [
        {
            "start": span.start_char,
            "end": span.end_char,
            "text": span.text,
            "label": span.label_,
            **{name: span._.get(name) for name in EXTENSIONS},
        }
        for span in doc.ents
    ]


def summarize_entities(rows: Iterable[Mapping]) -> list[dict]:
    """Per-entity view of one article's entity rows (from :func:`entity_rows` or a DataFrame).

    Args:
        rows: mappings with ``entity_id``, ``canonical``, ``entity_key`` and
            ``label`` (e.g. ``df.to_dict("records")``).

    Returns:
        One dict per entity id, in id order: ``entity_id``, ``canonical``,
        ``entity_key``, ``label`` and ``mentions`` (how many rows).
    """
    summary: dict[int, dict] = {}
    for row in rows:
        fields = {key: row[key] for key in ("entity_id", "canonical", "entity_key", "label")}
        entry = summary.setdefault(row["entity_id"], fields | {"mentions": 0})
        entry["mentions"] += 1
    return [summary[key] for key in sorted(summary)]


register_extensions()
