"""Tests for the ``news_entities`` component (pipeline/components/entities.py)."""

from __future__ import annotations

import importlib.util
import json
import pickle
import re
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from pipeline import clean, ingest
from pipeline.components import entity_names
from pipeline.components.entities import NewsEntities, entity_rows, summarize_entities
from pipeline.nlp import build_nlp
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
CONLL = SHARED / "bench" / "ner"


@pytest.fixture(scope="module")
def nlp():
    """The pinned model with ``news_entities`` appended (loaded once)."""
    return build_nlp(Settings(components=("news_entities",)))


def groups_by_text(doc: Doc) -> dict[str, set[tuple[int, str]]]:
    """Entity text -> the (entity_id, canonical) pairs its mentions got."""
    found: dict[str, set[tuple[int, str]]] = {}
    for ent in doc.ents:
        found.setdefault(ent.text, set()).add((ent._.entity_id, ent._.canonical))
    return found


def assert_groups(doc: Doc, expected: list[tuple[str, list[str]]]) -> None:
    """Each (canonical, mention texts) is one entity; different rows are different entities."""
    found = groups_by_text(doc)
    ids = []
    for canonical, texts in expected:
        pairs = set().union(*(found.get(text, {(None, None)}) for text in texts))
        assert len(pairs) == 1, f"{texts} split into {pairs} in {[(e.text, e.label_) for e in doc.ents]}"
        entity_id, got = pairs.pop()
        assert got == canonical, f"{texts}: canonical {got!r}, expected {canonical!r}"
        ids.append(entity_id)
    assert len(set(ids)) == len(ids), f"rows of {expected} merged: ids {ids}"


GROUPING = [
    pytest.param(
        "Keeper Jens Lehmann made two fine saves on Sunday. Lehmann said the team had earned the win.",
        [("Jens Lehmann", ["Keeper Jens Lehmann", "Lehmann"])],
        id="sports-role-title",
    ),
    pytest.param(
        "Angela Merkel met reporters in Berlin on Monday. Merkel said the talks had gone well.",
        [("Angela Merkel", ["Angela Merkel", "Merkel"]), ("Berlin", ["Berlin"])],
        id="surname",
    ),
    pytest.param(
        "Chancellor Olaf Scholz arrived late in Paris. Mr Scholz apologised to Dr. Scholz's staff.",
        [("Olaf Scholz", ["Olaf Scholz", "Scholz"]), ("Paris", ["Paris"])],
        id="titles-mr-dr",
    ),
    pytest.param(
        "Senator Elizabeth Warren spoke first. Sen. Warren then left, and Gen. Mark Milley "
        "replied that Warren was wrong.",
        [("Elizabeth Warren", ["Elizabeth Warren", "Warren"]), ("Mark Milley", ["Mark Milley"])],
        id="titles-sen-gen",
    ),
    pytest.param(
        "Emmanuel Macron's pension plan angered unions. Macron’s critics marched in Lyon, "
        "while Macron's allies stayed home.",
        [("Emmanuel Macron", ["Emmanuel Macron's", "Macron"])],
        id="possessives",
    ),
    pytest.param(
        "Rishi Sunak visited Leeds on Friday. Protesters chanted \"SUNAK OUT\" as Sunak arrived, "
        "and shouted at RISHI SUNAK again.",
        [("Rishi Sunak", ["Rishi Sunak", "SUNAK", "Sunak", "RISHI SUNAK"])],
        id="case-variants",
    ),
    pytest.param(
        "Jacinda Ardern resigned on Thursday. Supporters of Jacinda ARDERN gathered in Wellington.",
        [("Jacinda Ardern", ["Jacinda Ardern", "Jacinda ARDERN"]), ("Wellington", ["Wellington"])],
        id="case-variants-mixed",
    ),
    pytest.param(
        "The North Atlantic Treaty Organization (NATO) met in Brussels. NATO members agreed "
        "to spend more.",
        [("North Atlantic Treaty Organization", ["The North Atlantic Treaty Organization", "NATO"])],
        id="acronym-after-name",
    ),
    pytest.param(
        "NASA (National Aeronautics and Space Administration) launched a probe. A NASA engineer "
        "said it worked.",
        [("National Aeronautics and Space Administration",
          ["NASA", "National Aeronautics and Space Administration"])],
        id="acronym-before-name",
    ),
    pytest.param(
        "The Associated Press reported the vote on Friday. According to AP, turnout was high.",
        [("Associated Press", ["The Associated Press", "AP"])],
        id="acronym-by-initials",
    ),
    pytest.param(
        "Lawyers filed the case with the European Court of Human Rights (ECHR) in Strasbourg. "
        "The ECHR will rule next year.",
        [("European Court of Human Rights", ["the European Court of Human Rights", "ECHR"]),
         ("Strasbourg", ["Strasbourg"])],
        id="acronym-minor-words",
    ),
    pytest.param(
        "The Washington Post broke the story. Editors at the Washington Post said it was checked twice.",
        [("Washington Post", ["Washington Post", "the Washington Post"])],
        id="leading-the",
    ),
    pytest.param(
        "The European Court of Justice ruled on Friday. Lawyers said the Court had overreached.",
        [("European Court of Justice", ["The European Court of Justice", "Court"])],
        id="org-head-word",
    ),
    pytest.param(
        "The BBC said on Monday that BBC Sport would cut jobs.",
        [("BBC", ["BBC"]), ("BBC Sport", ["BBC Sport"])],
        id="parent-org-stays-apart",
    ),
    pytest.param(
        "Banner Industries Inc said it will buy the rest of the company. Banner said the deal would close in May.",
        [("Banner Industries Inc", ["Banner Industries Inc", "Banner"])],
        id="company-shortened-to-its-first-word",
    ),
    pytest.param(
        "General Motors Acceptance Corp reported a loss of $500 million. General Motors said it would not sell the "
        "unit.",
        [("General Motors Acceptance Corp", ["General Motors Acceptance Corp"]), ("General Motors", ["General Motors"])],
        id="parent-company-stays-apart-from-its-unit",
    ),
    pytest.param(
        "Angola's oil minister Justo Marin Ludena met the delegation on Monday. Marin said output would rise.",
        [("Justo Marin Ludena", ["Justo Marin Ludena", "Marin"])],
        id="paternal-surname-of-a-spanish-name",
    ),
    pytest.param(
        "Orlando dos Santos, the central bank governor, spoke to reporters. Dos Santos said inflation would fall.",
        [("Orlando dos Santos", ["Orlando dos Santos", "Dos Santos"])],
        id="given-name-read-as-a-place-before-a-particle",
    ),
    pytest.param(
        "Moody's Investors Service Inc said it cut the bank's rating. Moody's pointed out that its capital was weak.",
        [("Moody's Investors Service Inc", ["Moody's Investors Service Inc", "Moody's"])],
        id="company-shortened-with-its-s",
    ),
    pytest.param(
        "Chrysler Corp said its Chrysler Motors Corp unit will reopen the plant in July. Chrysler workers will "
        "have jobs, Chrysler said.",
        [("Chrysler Corp", ["Chrysler Corp", "Chrysler"]), ("Chrysler Motors Corp", ["Chrysler Motors Corp"])],
        id="company-of-the-word-alone-keeps-it",
    ),
    pytest.param(
        "Lloyds TSB Group Plc said profits rose. Lloyd's said insurers faced record hurricane claims.",
        [("Lloyds TSB Group Plc", ["Lloyds TSB Group Plc"]), ("Lloyd", ["Lloyd's"])],
        id="company-possessive-is-another-name",
    ),
    pytest.param(
        "Deutsche Bank AG and Deutsche Telekom AG signed the deal. Deutsche said it was pleased.",
        [("Deutsche Bank AG", ["Deutsche Bank AG"]), ("Deutsche Telekom AG", ["Deutsche Telekom AG"]),
         ("Deutsche", ["Deutsche"])],
        id="two-companies-share-the-word",
    ),
    pytest.param(
        "Halifax Building Society Plc raised its rates. Halifax, the West Yorkshire town, said it would lose jobs.",
        [("Halifax Building Society Plc", ["Halifax Building Society Plc"]), ("Halifax", ["Halifax"])],
        id="word-introduced-anew",
    ),
    pytest.param(
        "Ford Motor Co cut prices on Monday. Ford said sales fell. Ford, the No. 2 U.S. automaker, also said it "
        "would hire.",
        [("Ford Motor Co", ["Ford Motor Co", "Ford"])],
        id="company-described-as-a-company",
    ),
    pytest.param(
        "Morgan Stanley & Co raised its target. Late on Tuesday Morgan said the shares were cheap.",
        [("Morgan Stanley & Co", ["Morgan Stanley & Co", "Morgan"])],
        id="company-word-after-a-date",
    ),
    pytest.param(
        "Texas Instruments Inc opened a plant in Dallas. Texas will pay part of the cost.",
        [("Texas Instruments Inc", ["Texas Instruments Inc"]), ("Texas", ["Texas"])],
        id="place-is-no-short-company-name",
    ),
    pytest.param(
        "Bill Clinton and Hillary Clinton arrived in Little Rock. Clinton said the campaign was "
        "going well.",
        [("Bill Clinton", ["Bill Clinton"]), ("Hillary Clinton", ["Hillary Clinton", "Clinton"])],
        id="two-clintons-most-recent",
    ),
    pytest.param(
        "Clinton wins the primary. Bill Clinton congratulated Hillary Clinton in New York on Tuesday.",
        [("Clinton", ["Clinton"]), ("Bill Clinton", ["Bill Clinton"]),
         ("Hillary Clinton", ["Hillary Clinton"])],
        id="two-clintons-ambiguous-stays-apart",
    ),
    pytest.param(
        "Senator Paul Dunne visited the school. Dunne said the town had suffered. Later Dunne "
        "praised Mary Dunne, a teacher who died there. Dunne said the law must change.",
        [("Paul Dunne", ["Paul Dunne", "Dunne"]), ("Mary Dunne", ["Mary Dunne"])],
        id="established-bearer-keeps-the-surname",
    ),
]


@pytest.mark.parametrize("text, expected", GROUPING)
def test_grouping(nlp, text, expected):
    assert_groups(nlp(text), expected)


def with_ents(nlp, text: str, ents: list[tuple[str, str]], component=None) -> Doc:
    """Run the model without our component, force ``ents`` (in order of occurrence), then run it
    (or ``component``)."""
    with nlp.select_pipes(disable=["news_entities"]):
        doc = nlp(text)
    spans, offset = [], 0
    for ent_text, label in ents:
        start = text.index(ent_text, offset)
        offset = start + len(ent_text)
        spans.append(doc.char_span(start, offset, label=label))
    doc.ents = spans
    return (component or nlp.get_pipe("news_entities"))(doc)


LABEL_VOTE = [
    pytest.param(
        "Dmitry Peskov spoke on Monday. Peskov said the visit was planned.",
        [("Dmitry Peskov", "PERSON"), ("Peskov", "GPE")],
        {"Dmitry Peskov": "PERSON", "Peskov": "PERSON"},
        id="majority",
    ),
    pytest.param(
        "Talks with President Khurelsukh began.",
        [("Khurelsukh", "ORG")],
        {"Khurelsukh": "PERSON"},
        id="title-supports-person",
    ),
    pytest.param(
        "The group thanked Batdorj, who leads the campaign.",
        [("Batdorj", "WORK_OF_ART")],
        {"Batdorj": "PERSON"},
        id="relative-pronoun-supports-person",
    ),
    pytest.param(
        "Mongolia signed the treaty. Mongolia ratified it, and Mongolia joined the court.",
        [("Mongolia", "GPE"), ("Mongolia", "PERSON"), ("Mongolia", "GPE")],
        {"Mongolia": "GPE"},
        id="minority-label-outvoted",
    ),
    pytest.param(
        "Jeff Tarango lost in Paris. Tarango said the umpire erred, and Tarango left.",
        [("Jeff Tarango", "PERSON"), ("Tarango", "ORG"), ("Tarango", "ORG")],
        {"Jeff Tarango": "PERSON", "Tarango": "PERSON"},
        id="surname-of-person-votes-person",
    ),
    pytest.param(
        "Pirelli SpA reported profits. Pirelli said sales rose, and Pirelli hired staff.",
        [("Pirelli SpA", "PERSON"), ("Pirelli", "ORG"), ("Pirelli", "ORG")],
        {"Pirelli SpA": "ORG", "Pirelli": "ORG"},
        id="company-suffix-votes-org",
    ),
    pytest.param(
        "Halford United won the cup on Saturday, and Halford United fans celebrated.",
        [("Halford United", "PERSON"), ("Halford United", "PERSON")],
        {"Halford United": "ORG"},
        id="club-suffix-votes-org",
    ),
    pytest.param(
        "Halford beat Leeds on Saturday. Halford have signed a new striker, and Halford top the table.",
        [("Halford", "PERSON"), ("Halford", "PERSON"), ("Halford", "PERSON")],
        {"Halford": "ORG"},
        id="plural-agreement-of-a-club-outweighs-person-labels",
    ),
    pytest.param(
        "Kathy Lund ran well. Tom Berg and Kathy Lund were no match for the winner, and Lund left.",
        [("Kathy Lund", "PERSON"), ("Kathy Lund", "PERSON"), ("Lund", "PERSON")],
        {"Kathy Lund": "PERSON", "Lund": "PERSON"},
        id="last-of-a-list-before-a-plural-verb-is-no-group",
    ),
    pytest.param(
        "Shares in Halden Energy fell. Halden Energy said the sale would go ahead. Halden is confident of its "
        "right to appeal.",
        [("Halden Energy", "PERSON"), ("Halden Energy", "PERSON"), ("Halden", "PERSON")],
        {"Halden Energy": "ORG", "Halden": "ORG"},
        id="subject-going-on-with-its-is-no-person",
    ),
    pytest.param(
        "Senator Tom Hale spoke first. Hale attacked its record on jobs.",
        [("Tom Hale", "PERSON"), ("Hale", "PERSON")],
        {"Tom Hale": "PERSON", "Hale": "PERSON"},
        id="its-of-another-noun-and-a-person-cue",
    ),
    pytest.param(
        "Rwandan Hutu rebels attacked. Rwandan officials said Rwandan troops were ready.",
        [("Rwandan Hutu", "PERSON"), ("Rwandan", "NORP"), ("Rwandan", "NORP")],
        {"Rwandan Hutu": "NORP", "Rwandan": "NORP"},
        id="nationality-is-not-a-short-name",
    ),
]


@pytest.mark.parametrize("text, ents, expected", LABEL_VOTE)
def test_label_vote(nlp, text, ents, expected):
    doc = with_ents(nlp, text, ents, NewsEntities(given_names=False))  # only the mentions given
    assert {(e.text, e.label_) for e in doc.ents} == set(expected.items())
    assert len({e._.entity_id for e in doc.ents}) == 1


@pytest.mark.parametrize("text", [
    "Filmmaker and best-selling author Dinesh D’Souza made his prediction.",
    "Trump’s campaign didn’t say what Martin O’Malley’s plan was.",
    "‘We won’t back down,’ said Shaquille O’Neal.",
])
def test_curly_apostrophes_are_read_as_plain_ones(nlp, text):
    # the model, trained on plain apostrophes, missed ``D’Souza`` and tagged ``Trump’s`` a common noun
    curly, plain = nlp(text), nlp(text.replace("’", "'").replace("‘", "'"))
    assert curly.text == text
    assert [t.tag_ for t in curly] == [t.tag_ for t in plain]
    assert [(e.start, e.end, e.label_) for e in curly.ents] == [(e.start, e.end, e.label_) for e in plain.ents]


def test_shouted_name_is_not_a_person_name(nlp):
    text = "Talks ended on Friday.\nDeborah Charles RANGOON reported it. Charles said so."
    doc = with_ents(nlp, text, [("Deborah Charles RANGOON", "PERSON"), ("Charles", "PERSON")])
    assert [(e.label_, e._.entity_id) for e in doc.ents] == [("PERSON", 0), ("PERSON", 1)]


def outcome(doc: Doc) -> list[tuple[str, str, str]]:
    """(text, label, canonical) of every entity span, in order."""
    return [(e.text, e.label_, e._.canonical) for e in doc.ents]


SPAN_REPAIR = [
    pytest.param(
        "Scholz Arrives in Madrid for Talks\n\nOlaf Scholz landed in Madrid on Monday.",
        [("Scholz Arrives", "ORG"), ("Madrid", "GPE"), ("Olaf Scholz", "PERSON"), ("Madrid", "GPE")],
        [("Scholz", "PERSON", "Olaf Scholz"), ("Madrid", "GPE", "Madrid"),
         ("Olaf Scholz", "PERSON", "Olaf Scholz"), ("Madrid", "GPE", "Madrid")],
        id="verb-trimmed-piece-joins-known-person",
    ),
    pytest.param(
        "Scholz Defies European Commission with Visit to Madrid\n\nOlaf Scholz ignored the "
        "European Commission on Monday.",
        [("Scholz Defies European Commission with Visit", "ORG"), ("Olaf Scholz", "PERSON"),
         ("the European Commission", "ORG")],
        [("Scholz", "PERSON", "Olaf Scholz"), ("European Commission", "ORG", "European Commission"),
         ("Olaf Scholz", "PERSON", "Olaf Scholz"), ("the European Commission", "ORG", "European Commission")],
        id="verb-and-with-split-unknown-piece-dropped",
    ),
    pytest.param(
        "Macron and Scholz met on Monday. Macron spoke first, then Scholz.",
        [("Macron and Scholz", "PERSON"), ("Macron", "PERSON"), ("Scholz", "PERSON")],
        [("Macron", "PERSON", "Macron"), ("Scholz", "PERSON", "Scholz"),
         ("Macron", "PERSON", "Macron"), ("Scholz", "PERSON", "Scholz")],
        id="and-splits-person-names",
    ),
    pytest.param(
        "Officials told the Interfax news agency that talks would resume.",
        [("Interfax news agency", "ORG")],
        [("Interfax", "ORG", "Interfax")],
        id="lower-case-words-trimmed-lone-piece-keeps-label",
    ),
    pytest.param(
        "A third firm - Boston-based Acme Research - said the market had peaked. Donald Trump - the nominee - spoke.",
        [("Acme Research -", "ORG"), ("Donald Trump -", "PERSON")],
        [("Acme Research", "ORG", "Acme Research"), ("Donald Trump", "PERSON", "Donald Trump")],
        id="spaced-dash-ends-a-name",
    ),
    pytest.param(
        "The senate voted on the budget.",
        [("senate", "ORG")],
        [],
        id="lower-case-span-dropped",
    ),
    pytest.param(
        "Trump Signs Executive Order on Tariffs\n\nPresident Donald Trump signed an order on "
        "Monday. Trump said it would help.",
        [("Trump Signs Executive Order on Tariffs", "ORG"), ("Donald Trump", "PERSON"), ("Trump", "PERSON")],
        [("Trump", "PERSON", "Donald Trump"), ("Donald Trump", "PERSON", "Donald Trump"),
         ("Trump", "PERSON", "Donald Trump")],
        id="headline-span-replaced-by-known-name",
    ),
    pytest.param(
        "MARLINS BEAT REDS\nThe Reds lost again on Friday.",
        [("MARLINS BEAT REDS", "PERSON"), ("Reds", "ORG")],
        [("REDS", "ORG", "Reds"), ("Reds", "ORG", "Reds")],
        id="shouted-headline-verb",
    ),
    pytest.param(
        "Oil prices rose on Monday.\nAnalysts at the New York Energy Desk said New York was calm.",
        [("the New York Energy Desk", "ORG"), ("New York", "GPE")],
        [("the New York Energy Desk", "ORG", "New York Energy Desk"), ("New York", "GPE", "New York")],
        id="known-names-split-nothing-outside-headline",
    ),
    pytest.param(
        "The Bank of England and the Organisation for Security and Co-operation in Europe met in "
        "Dar es Salaam with Joost van der Westhuizen, Kang Young-hoon and Omar al-Bashir.",
        [("Bank of England", "ORG"), ("Organisation for Security and Co-operation in Europe", "ORG"),
         ("Dar es Salaam", "GPE"), ("Joost van der Westhuizen", "PERSON"), ("Kang Young-hoon", "PERSON"),
         ("Omar al-Bashir", "PERSON")],
        [("Bank of England", "ORG", "Bank of England"),
         ("Organisation for Security and Co-operation in Europe", "ORG",
          "Organisation for Security and Co-operation in Europe"),
         ("Dar es Salaam", "GPE", "Dar es Salaam"),
         ("Joost van der Westhuizen", "PERSON", "Joost van der Westhuizen"),
         ("Kang Young-hoon", "PERSON", "Kang Young-hoon"), ("Omar al-Bashir", "PERSON", "Omar al-Bashir")],
        id="connectors-particles-hyphens-kept",
    ),
    pytest.param(
        "Games maker Jo Brandt spoke first. In his keynote at GDC Mr Brandt said sales were up.",
        [("Jo Brandt", "PERSON"), ("GDC Mr Brandt", "ORG")],
        [("Jo Brandt", "PERSON", "Jo Brandt"), ("Mr Brandt", "PERSON", "Jo Brandt")],
        id="inner-honorific-opens-a-person",
    ),
    pytest.param(
        "Prime Minister Mr Sato arrived.",
        [("Prime Minister Mr Sato", "PERSON")],
        [("Prime Minister Mr Sato", "PERSON", "Sato")],
        id="honorific-after-title-kept",
    ),
    pytest.param(
        "Late last month de Graaf said the subsidy would go.",
        [("Late last month de Graaf", "DATE")],
        [("Late last month", "DATE", "Late last month"), ("de Graaf", "PERSON", "de Graaf")],
        id="name-split-off-a-date",
    ),
]


@pytest.mark.parametrize("text, ents, expected", SPAN_REPAIR)
def test_span_repair(nlp, text, ents, expected):
    assert outcome(with_ents(nlp, text, ents)) == expected


ARTICLES = [
    pytest.param("Talks were held in The Hague on Monday.", [("The Hague", "GPE")],
                 ("The Hague", "place:hague"), id="place-keeps-capital-the-mid-sentence"),
    pytest.param("The Hague is a city of courts.", [("The Hague", "GPE")],
                 ("Hague", "place:hague"), id="sentence-start-the-dropped"),
    pytest.param("Reporters said The Associated Press had the story.", [("The Associated Press", "ORG")],
                 ("Associated Press", "org:associated press"), id="organisation-drops-the"),
]


@pytest.mark.parametrize("text, ents, expected", ARTICLES)
def test_leading_article_in_canonical(nlp, text, ents, expected):
    doc = with_ents(nlp, text, ents)
    assert [(e._.canonical, e._.entity_key) for e in doc.ents] == [expected]


def test_place_name_with_and_without_article_is_one_entity(nlp):
    text = "Judges in The Hague ruled. Hague officials agreed."
    doc = with_ents(nlp, text, [("The Hague", "GPE"), ("Hague", "GPE")])
    found = {(e._.entity_id, e._.canonical, e._.entity_key) for e in doc.ents}
    assert found == {(0, "The Hague", "place:hague")}


CONTEXT_CUES = [
    pytest.param("Officials flew to the capital, Ulaanbaatar, on Monday.", [("Ulaanbaatar", "ORG")], "GPE",
                 id="place-noun-before"),
    pytest.param("Fighting continued in the Kursk region.", [("Kursk", "PRODUCT")], "GPE",
                 id="place-noun-after"),
    pytest.param("Protesters gathered in Kyiv on Monday.", [("Kyiv", "PERSON")], "GPE",
                 id="in-before-person-label"),
    pytest.param("He met his Mongolian counterpart Ukhnaagiin Khurelsukh.",
                 [("Ukhnaagiin Khurelsukh", "ORG")], "PERSON", id="person-noun-before"),
    pytest.param("Altantuya Batdorj, executive director of the group, spoke.",
                 [("Altantuya Batdorj", "WORK_OF_ART")], "PERSON", id="appositive-title"),
    pytest.param("At the UN, President Biden spoke.", [("UN", "ORG")], "ORG",
                 id="capitalised-title-before-a-name-is-no-appositive"),
    pytest.param("The Russian region of Kursk was shelled.", [("Russian", "NORP")], "NORP",
                 id="nationality-takes-no-place-cue"),
    pytest.param("Many Iraqis, who fled the war, returned.", [("Iraqis", "NORP")], "NORP",
                 id="nationality-takes-no-person-cue"),
    pytest.param("The critics of Dana Whitfield met in Leeds.", [("Dana Whitfield", "ORG")], "PERSON",
                 id="common-given-name-opens-a-person-name"),
    pytest.param("Fans lined the streets after the Stanley Cup final.", [("Stanley Cup", "EVENT")], "EVENT",
                 id="given-name-before-a-generic-head-is-no-person"),
    pytest.param("She studied at Georgia Tech for four years.", [("Georgia Tech", "ORG")], "ORG",
                 id="given-name-opening-an-institution"),
    pytest.param("Narvik have signed a new goalkeeper.", [("Narvik", "PERSON")], "ORG",
                 id="plural-agreement-names-a-group"),
    pytest.param("If Halvorsen were a man, nobody would ask.", [("Halvorsen", "PERSON")], "PERSON",
                 id="subjunctive-were-is-no-plural"),
    pytest.param("The Halvorsens have visited the restaurant before.", [("Halvorsens", "PERSON")], "PERSON",
                 id="a-family-is-no-organisation"),
    pytest.param("Shares in engineering group Jarvis have soared.", [("Jarvis", "PERSON")], "ORG",
                 id="organisation-noun-before"),
    pytest.param("Tickets for rock band Pearl Jam sold out in an hour.", [("Pearl Jam", "PERSON")], "ORG",
                 id="a-band-is-an-organisation"),
    pytest.param("Leading British computer games maker Peter Molyneux has been made an OBE.",
                 [("Peter Molyneux", "PERSON")], "PERSON", id="a-given-name-outweighs-a-trade"),
    pytest.param("It was a chapter of the group Fiorina addressed a month earlier.", [("Fiorina", "PERSON")],
                 "PERSON", id="organisation-noun-described-by-the-name's-clause"),
    pytest.param("Officials told the agency Putin was satisfied with the talks.",
                 [("Putin", "PERSON")], "PERSON", id="organisation-noun-after-a-determiner"),
]


@pytest.mark.parametrize("text, ents, label", CONTEXT_CUES)
def test_context_cue_decides_a_lone_mention(nlp, text, ents, label):
    assert [e.label_ for e in with_ents(nlp, text, ents).ents] == [label]


ICC = "International Criminal Court"

PROPAGATION = [
    pytest.param(
        "The International Criminal Court (ICC) issued a warrant. Mongolia did not hand him over to ICC, "
        "and ICC members objected.",
        [("International Criminal Court", "ORG"), ("ICC", "ORG"), ("Mongolia", "GPE")],
        [("International Criminal Court", "ORG", ICC), ("ICC", "ORG", ICC), ("Mongolia", "GPE", "Mongolia"),
         ("ICC", "ORG", ICC), ("ICC", "ORG", ICC)],
        id="acronym-defined-in-parentheses",
    ),
    pytest.param(
        "The European Central Bank raised rates. Markets had expected the ECB move.",
        [("European Central Bank", "ORG")],
        [("European Central Bank", "ORG", "European Central Bank"), ("ECB", "ORG", "European Central Bank")],
        id="acronym-by-initials",
    ),
    pytest.param(
        "Industrial Bank of Japan Ltd will lead the rescue. A spokesman for IBJ said the package was ready.",
        [("Industrial Bank of Japan Ltd", "ORG"), ("IBJ", "ORG")],
        [("Industrial Bank of Japan Ltd", "ORG", "Industrial Bank of Japan Ltd"),
         ("IBJ", "ORG", "Industrial Bank of Japan Ltd")],
        id="acronym-by-initials-without-company-suffix",
    ),
    pytest.param(
        "Angela Merkel visited Paris. Officials said Merkel's aides and Merkel herself were tired.",
        [("Angela Merkel", "PERSON"), ("Paris", "GPE")],
        [("Angela Merkel", "PERSON", "Angela Merkel"), ("Paris", "GPE", "Paris"),
         ("Merkel", "PERSON", "Angela Merkel"), ("Merkel", "PERSON", "Angela Merkel")],
        id="surname-possessive-left-out",
    ),
    pytest.param(
        "Talks with Olaf Scholz ended. Reporters asked Olaf Scholz about it.",
        [("Olaf Scholz", "PERSON")],
        [("Olaf Scholz", "PERSON", "Olaf Scholz"), ("Olaf Scholz", "PERSON", "Olaf Scholz")],
        id="full-name",
    ),
    pytest.param(
        "Tarango lost. Fans booed Tarango, and Tarango left. Later Tarango was fined.",
        [("Tarango", "PERSON"), ("Tarango", "PERSON")],
        [("Tarango", "PERSON", "Tarango")] * 4,
        id="one-word-name-tagged-twice",
    ),
    pytest.param(
        "Tarango lost. Fans booed Tarango.",
        [("Tarango", "PERSON")],
        [("Tarango", "PERSON", "Tarango")],
        id="one-word-name-tagged-once-not-propagated",
    ),
    pytest.param(
        "Theresa May spoke on Friday. May I add that she left?",
        [("Theresa May", "PERSON")],
        [("Theresa May", "PERSON", "Theresa May")],
        id="stop-word-at-sentence-start",
    ),
    pytest.param(
        "Matthew Young spoke on Friday. Young voters cheered, and officials thanked Young.",
        [("Matthew Young", "PERSON")],
        [("Matthew Young", "PERSON", "Matthew Young"), ("Young", "PERSON", "Matthew Young")],
        id="adjective-at-sentence-start",
    ),
    pytest.param(
        "The United States agreed on Monday. Talks with the US resumed.\nLET US PRAY FOR PEACE",
        [("United States", "GPE")],
        [("United States", "GPE", "United States"), ("US", "GPE", "United States")],
        id="stop-word-in-capitals-line",
    ),
    pytest.param(
        "Dionne Rose won the race. Prices rose, ROSE fell and pro-Rose fans left the Rose Bowl.",
        [("Dionne Rose", "PERSON"), ("Rose Bowl", "FAC")],
        [("Dionne Rose", "PERSON", "Dionne Rose"), ("Rose Bowl", "FAC", "Rose Bowl")],
        id="case-hyphen-and-other-entity",
    ),
]


@pytest.mark.parametrize("text, ents, expected", PROPAGATION)
def test_name_propagation(nlp, text, ents, expected):
    assert outcome(with_ents(nlp, text, ents)) == expected


GIVEN_NAMES = [
    ("And oh yes, Carly Fiorina: what, exactly, are her qualifications?", ["Carly Fiorina"]),
    ("7 - Chris Walker ( England ) beat 2 - Peter Nicol ( Scotland ) 15-8 15-9", ["Chris Walker", "Peter Nicol"]),
    # glued to the word before it, after a determiner, holding a generic noun: no person
    ("Scorers: U.S. - Joe-Max Moore ( 3rd minute )", []),
    ("Money went to the Clinton Global Initiative and to The Rachel Maddow Show.", []),
    ("The Clark County Coroner's Office named him.", []),
]


SUFFIXED_COMPANIES = [
    ("Home Shopping Network Inc said its board approved the plan.", ["Home Shopping Network Inc"]),
    ("Renouf Corp Ltd sold its stake to Procter & Gamble Co on Monday.", ["Renouf Corp Ltd", "Procter & Gamble Co"]),
    # a paragraph's first words are no continuation of the paragraph before
    ("HOME SHOPPING SETS STOCK OPTIONS\n\nHome Shopping Network Inc said its board approved the plan.",
     ["Home Shopping Network Inc"]),
    # no suffix, or a suffix alone: nothing added
    ("Home Shopping Network said its board approved the plan.", []),
    ("Shares of Ltd rose.", []),
]


@pytest.mark.parametrize("text, label, names", [(text, "PERSON", people) for text, people in GIVEN_NAMES]
                         + [(text, "ORG", companies) for text, companies in SUFFIXED_COMPANIES])
def test_untagged_given_names_and_suffixed_companies_are_added(nlp, text, label, names):
    """Runs of proper nouns the model left untagged: given-name pairs become people,
    names ending in a company suffix organisations."""
    doc = with_ents(nlp, text, [])
    assert [e.text for e in doc.ents if e.label_ == label] == names


@pytest.mark.parametrize("text, ents, expected", [
    ("Jones and Vining Inc said it would fight the bid.", [("Vining Inc", "ORG")], ["Jones and Vining Inc"]),
    ("Standard and Poor's Corp cut the rating on Monday.", [("Poor's Corp", "ORG")], ["Standard and Poor's Corp"]),
    # ... also when the model read the first partner as a one-word name of its own
    ("Standard and Poor's Corp cut the rating on Monday.", [("Standard", "PERSON"), ("Poor's Corp", "ORG")],
     ["Standard and Poor's Corp"]),
    # a list of two companies, the second named in full, or a first partner the model tagged
    ("Shares of Chrysler and General Motors Corp fell.", [("General Motors Corp", "ORG")], ["General Motors Corp"]),
    ("IBM and Apple Inc will cooperate.", [("IBM", "ORG"), ("Apple Inc", "ORG")], ["IBM", "Apple Inc"]),
    ("The plant is a joint venture between China and Volkswagen AG.", [("China", "GPE"), ("Volkswagen AG", "ORG")],
     ["Volkswagen AG"]),
])
def test_company_partner_left_out_joins_the_name(nlp, text, ents, expected):
    doc = with_ents(nlp, text, ents)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == expected


def test_name_propagation_can_be_switched_off(nlp):
    text = "Angela Merkel visited Paris. Merkel left."
    with nlp.select_pipes(disable=["news_entities"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(0, 13, label="PERSON")]
    component = NewsEntities(propagate=False)
    assert outcome(component(doc)) == [("Angela Merkel", "PERSON", "Angela Merkel")]


DEBRIS = [
    pytest.param("The ICC issued a warrant in March 2023.It said more.", "March 2023.It", id="glue"),
    pytest.param("He cited the ruling.“The Chamber rejects it.", "ruling.“The Chamber", id="glue-quote"),
    pytest.param("Read it at https://example.com/story today.", "https://example.com/story", id="url"),
    pytest.param("Photo by **Kremlin Press** today.", "**Kremlin Press**", id="markdown-bold"),
    pytest.param("By [AFP](#) in Paris.", "[AFP](#)", id="markdown-link"),
    pytest.param("Putin visits\n\nMongolia today.", "visits\n\nMongolia", id="paragraph-break"),
]


@pytest.mark.parametrize("text, debris", DEBRIS)
def test_debris_spans_are_dropped(nlp, text, debris):
    doc = with_ents(nlp, text, [(debris, "ORG")])
    assert [e.text for e in doc.ents] == []


@pytest.mark.parametrize(
    "text", ["Amazon.com", "U.S.", "AT&T", "Procter & Gamble", "Ph.D. Smith", "O'Neill", "al-Bashir"]
)
def test_names_are_not_debris(text):
    assert not entity_names.is_debris(text, entity_names.load_lexicon())


@pytest.mark.parametrize(
    "canonical, label, key",
    [
        ("Vladimir Putin", "PERSON", "person:vladimir putin"),
        ("U.S.", "GPE", "place:us"),
        ("The Hague", "GPE", "place:hague"),
        ("Zürich", "GPE", "place:zurich"),
        ("International Criminal Court", "ORG", "org:international criminal court"),
    ],
)
def test_entity_key(canonical, label, key):
    assert entity_names.entity_key(canonical, label, entity_names.load_lexicon()) == key


def test_contract_values_are_plain_and_survive_serialisation(nlp):
    doc = nlp("Vladimir Putin met Xi Jinping in Beijing. Putin and Xi signed a deal on Monday.")
    ids = [e._.entity_id for e in doc.ents]
    first_seen = list(dict.fromkeys(ids))
    assert first_seen == list(range(len(first_seen)))
    rows = entity_rows(doc)
    json.dumps(rows)
    restored = pickle.loads(pickle.dumps(doc))
    assert entity_rows(restored) == rows
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes()).user_data == doc.user_data


def test_summary_is_a_view_of_the_rows(nlp):
    doc = nlp("Vladimir Putin met Xi Jinping in Beijing. Putin and Xi signed a deal.")
    summary = summarize_entities(entity_rows(doc))
    putin = next(s for s in summary if s["canonical"] == "Vladimir Putin")
    assert putin["mentions"] == 2 and putin["entity_key"] == "person:vladimir putin"
    assert [s["entity_id"] for s in summary] == sorted({e._.entity_id for e in doc.ents})


SAMPLES = sorted((ROOT / "corpus").glob("*.txt"))

#: In every sample article, the mentions matching a pattern are one entity with this canonical
#: name (None: any canonical); the first two occur in every article.
SAMPLE_ENTITIES = [
    (r"\bPutin\b", "Vladimir Putin"),
    (r"\b(?:ICC|International Criminal Court)\b", "International Criminal Court"),
    (r"\bPeskov\b", "Dmitry Peskov"),
    (r"\b(?:AP|Associated Press)\b", "Associated Press"),
    (r"\b(?:ASP|Assembly of States)\b", "Assembly of States Parties"),
    (r"\bKhurelsukh\b", None),
    (r"\bKremlin\b", "Kremlin"),
]


def _sample_texts(path: Path) -> list[str]:
    """The raw sample article and its cleaned text, as ``extract`` runs the pipeline on it."""
    raw, _ = ingest.read_article(path, path.parent, 10**7)
    return [path.read_text(encoding="utf-8"), clean.clean(raw)[0].text]


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_articles(nlp, path):
    lexicon = entity_names.load_lexicon()
    for doc in nlp.pipe(_sample_texts(path)):
        assert not [e.text for e in doc.ents if entity_names.is_debris(e.text, lexicon)]
        for number, (pattern, canonical) in enumerate(SAMPLE_ENTITIES):
            found = {(e._.entity_id, e._.canonical) for e in doc.ents if re.search(pattern, e.text)}
            assert len(found) == (1 if found or number < 2 else 0), (pattern, found)
            if found and canonical:
                assert found.pop()[1] == canonical
        # every bare "ICC" is a mention of the court, found or added by name propagation
        canonical_at = {e.start_char: e._.canonical for e in doc.ents}
        assert all(canonical_at.get(m.start()) == ICC for m in re.finditer(r"\bICC\b", doc.text))
        assert {e.label_ for e in doc.ents if "Putin" in e.text} == {"PERSON"}
        assert not [e.text for e in doc.ents if e.text.startswith("Putin ")]
        hague = {e._.canonical for e in doc.ents if e.text == "The Hague"}
        assert hague <= {"The Hague"}


def _load_scorer():
    spec = importlib.util.spec_from_file_location("conll_score", CONLL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.bench
@pytest.mark.skipif(not (CONLL / "conll03_dev.jsonl").exists(), reason="../shared/bench absent")
def test_conll_f1_not_below_raw_model(nlp):
    scorer = _load_scorer()
    records = [json.loads(line) for line in (CONLL / "conll03_dev.jsonl").open(encoding="utf-8")][:80]
    gold = {r["doc_id"]: {(e["start"], e["end"], scorer.map_label(e["label"])) for e in r["entities"]}
            for r in records}

    def predict(docs) -> dict:
        return {
            r["doc_id"]: {(e.start_char, e.end_char, scorer.map_label(e.label_)) for e in doc.ents
                          if scorer.map_label(e.label_)}
            for r, doc in zip(records, docs)
        }

    with nlp.select_pipes(disable=["news_entities"]):
        raw_docs = list(nlp.pipe(r["text"] for r in records))
    component = nlp.get_pipe("news_entities")
    raw = scorer.score(gold, predict(raw_docs))["overall"]["f1"]
    ours = scorer.score(gold, predict([component(doc) for doc in raw_docs]))["overall"]["f1"]
    assert ours >= raw
