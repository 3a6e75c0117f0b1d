"""The data behind ``news_quotes``: cue verbs and speaker words, loaded from JSON."""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclasses.dataclass(frozen=True)
class QuoteLexicon:
    """Word lists that drive quote extraction (see ``data/quotes_*.json``).

    Attributes:
        speech: lemmas of verbs introducing speech with a clausal complement.
        object_cues: lemmas whose reported content is an object or prepositional object.
        stances: object cues whose object alone is the position taken (``endorsed
            Clinton``): kept however short.
        object_preps: prepositions whose object is reported content (``call for X``).
        intention: lemmas whose to-infinitive complement is reported content (``wants to X``).
        addressing: speech verbs whose object is the hearer (``told Y``), never an inverted speaker.
        naming: cues that also give a name: a participle on a noun (``a group called X``).
        evidence: verbs whose object is a finding when a source that is no person
            is their subject (``polls show Clinton up by 10 points``).
        perceiving: verbs that report a view only in the frame ``X as Y`` (``sees
            Trump as a threat``); without it they are no cue (``saw a rise``).
        findings: nouns for data and studies: what they show, suggest or predict is
            a finding, not speech (``surveys show that …``).
        pledging: intention verbs that are speech acts: what they commit to or
            urge is said (``promised to cut taxes``).
        anonymity: verbs whose passive infinitive asks for anonymity (``asked not to be
            identified``): no report.
        negating: verbs of not doing: a cue that is one or its infinitive
            (``failed to tell``, ``declined to comment``) is negated.
        vocal: speech verbs of the voice: a short capitalised quote right after
            one is an utterance (``chanting "Dump Trump"``), not a title.
        other_particles: cue lemma -> particles that give it another sense
            (``called off``, ``find out``): such a verb is no cue.
        other_two_objects: cue lemmas that report nothing with two objects (``denied
            them entry``: refused, not denied a claim) or with an object one is granted.
        granted_objects: what one is granted or refused (``denied access``, ``bail``).
        other_reflexive: cue lemmas that report nothing with a reflexive object
            (``found himself embroiled``).
        question: verbs asking someone: they report what was asked (``asked Y if X``),
            and a reply right after is the asked person's.
        nouns: cue nouns (``Trump's claim that X``): the possessor speaks.
        intention_nouns: cue nouns of a decided act (``a decision by X to move``):
            their to-infinitive is an intention, not speech.
        according: multi-word cues whose object is the speaker (``according to X``).
        pronouns: speaker pronoun -> gender (``m``, ``f`` or ``p`` for plural).
        deictic_pronouns: first- and second-person speakers (``I think``, ``we
            checked the modem``): the writer or the one addressed, left unresolved.
        titles: lower-cased title or role word -> gender it implies.
        person_nouns: nominal heads that denote speakers (``spokesman``, ``official``).
        source_nouns: non-person nominal heads that can be a quote's source (``the poll``).
        organisation_nouns: nominal heads naming an organisation (``the firm``), linked
            to the organisation named last before them.
        media_nouns: heads naming a publication after its name (``the Financial
            Times newspaper``): that organisation.
        spokesperson_nouns: nominal heads of one who speaks for an organisation or
            person named in the phrase (``a BBC spokesman``): linked to that one.
        issued_nouns: what a speaker issues (``a statement``): a participle on one,
            as a verb's object, reports the issuer's words.
        sending_verbs: verbs of sending a message: a participle on their object or
            addressee (``emailed supporters saying``) reports the sender's words.
        company_nouns: organisation nouns that name a company (``the firm``).
        public_body_words: last words of public bodies' names (``Commission``): no
            company noun refers to one.
        relaying_verbs: verbs by which a medium passes on someone's words
            (``quoted X as saying``): X speaks.
        authoring_verbs: participles whose by-phrase names a work's author (``a
            report released by X``).
        utterance_nouns: what a speaker gives voice to (``came shouts from the
            crowd``): the one it comes from speaks.
        unnamed_nouns: person nouns of one whose name is withheld (``the source``):
            never the person named nearby.
        given_names: lower-cased common given name -> gender it usually implies.
        role_abbreviations: abbreviated title -> the role noun it stands for (``sen.`` -> ``senator``).
    """

    speech: frozenset[str]
    object_cues: frozenset[str]
    stances: frozenset[str]
    object_preps: frozenset[str]
    intention: frozenset[str]
    question: frozenset[str]
    addressing: frozenset[str]
    naming: frozenset[str]
    vocal: frozenset[str]
    negating: frozenset[str]
    anonymity: frozenset[str]
    evidence: frozenset[str]
    perceiving: frozenset[str]
    findings: frozenset[str]
    pledging: frozenset[str]
    other_particles: dict[str, frozenset[str]]
    other_reflexive: frozenset[str]
    other_two_objects: frozenset[str]
    granted_objects: frozenset[str]
    nouns: frozenset[str]
    intention_nouns: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    pronouns: dict[str, str]
    deictic_pronouns: frozenset[str]
    titles: dict[str, str]
    person_nouns: frozenset[str]
    source_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    media_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    issued_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    company_nouns: frozenset[str]
    public_body_words: frozenset[str]
    relaying_verbs: frozenset[str]
    authoring_verbs: frozenset[str]
    utterance_nouns: frozenset[str]
    unnamed_nouns: frozenset[str]
    given_names: dict[str, str]
    role_abbreviations: dict[str, str]

    @property
    def hearing(self) -> frozenset[str]:
        """Verbs whose object may be the one spoken to (``told Y``, ``asked Y``)."""
        return self.addressing | self.question

    @property
    def cues(self) -> frozenset[str]:
        """Every single-word cue lemma."""
        return self.speech | self.object_cues | self.intention | self.evidence | self.perceiving


def _read(name: str) -> dict:
    """One JSON data file from :data:`DATA_DIR`."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    """Read ``quotes_cues.json``, ``quotes_speakers.json`` and ``quotes_names.json`` (cached)."""
    cues = _read("quotes_cues.json")
    speakers = _read("quotes_speakers.json")
    names = _read("quotes_names.json")
    return QuoteLexicon(
        speech=frozenset(cues["speech"]),
        object_cues=frozenset(cues["object"]),
        stances=frozenset(cues["stances"]),
        object_preps=frozenset(cues["object_preps"]),
        intention=frozenset(cues["intention"]),
        question=frozenset(cues["question"]),
        addressing=frozenset(cues["addressing"]),
        naming=frozenset(cues["naming"]),
        vocal=frozenset(cues["vocal"]),
        negating=frozenset(cues["negating"]),
        anonymity=frozenset(cues["anonymity"]),
        evidence=frozenset(cues["evidence"]),
        perceiving=frozenset(cues["perceiving"]),
        findings=frozenset(cues["findings"]),
        pledging=frozenset(cues["pledging"]),
        other_particles={lemma: frozenset(words) for lemma, words in cues["other_senses"]["particles"].items()},
        other_reflexive=frozenset(cues["other_senses"]["reflexive"]),
        other_two_objects=frozenset(cues["other_senses"]["two_objects"]),
        granted_objects=frozenset(cues["other_senses"]["granted_objects"]),
        nouns=frozenset(cues["nouns"]),
        intention_nouns=frozenset(cues["intention_nouns"]),
        according=tuple(tuple(words) for words in cues["according"]),
        pronouns=dict(speakers["pronouns"]),
        deictic_pronouns=frozenset(speakers["deictic_pronouns"]),
        titles=dict(speakers["titles"]),
        person_nouns=frozenset(speakers["person_nouns"]),
        source_nouns=frozenset(speakers["source_nouns"]),
        organisation_nouns=frozenset(speakers["organisation_nouns"]),
        media_nouns=frozenset(speakers["media_nouns"]),
        spokesperson_nouns=frozenset(speakers["spokesperson_nouns"]),
        issued_nouns=frozenset(speakers["issued_nouns"]),
        sending_verbs=frozenset(speakers["sending_verbs"]),
        company_nouns=frozenset(speakers["company_nouns"]),
        public_body_words=frozenset(speakers["public_body_words"]),
        relaying_verbs=frozenset(speakers["relaying_verbs"]),
        authoring_verbs=frozenset(speakers["authoring_verbs"]),
        utterance_nouns=frozenset(speakers["utterance_nouns"]),
        unnamed_nouns=frozenset(speakers["unnamed_nouns"]),
        given_names={name: gender for gender in ("m", "f") for name in names[gender]},
        role_abbreviations=dict(speakers["role_abbreviations"]),
    )
