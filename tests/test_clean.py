"""Cleaning and metadata: each rule on variants of our own, then on the five sample articles."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from conftest import CORPUS
from pipeline.clean import clean, fix_spacing, parse_date_line, strip_markdown
from pipeline.ingest import RawArticle, read_article


def cleaned(text: str, sidecar: dict | None = None):
    article, _ = clean(RawArticle("x.txt", "id", "sha", text, sidecar))
    return article


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("September 02, 2024", dt.datetime(2024, 9, 2)),
        ("Sep 2, 2024 - 20:57", dt.datetime(2024, 9, 2, 20, 57)),
        ("2 September 2024", dt.datetime(2024, 9, 2)),
        ("Published: 2024-08-30 14:05", dt.datetime(2024, 8, 30, 14, 5)),
        ("Updated Sept. 4, 2024 at 3:15 pm", dt.datetime(2024, 9, 4, 15, 15)),
        ("Monday, March 3rd, 2025", dt.datetime(2025, 3, 3)),
        ("2024-02-30", None),  # no such day
        ("Putin arrived on September 2, 2024", None),  # a sentence, not a date line
        ("2024 was a busy year", None),
    ],
)
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By [AFP](#) and [Reuters](https://reuters.com)", "By AFP and Reuters"),
        ("**Bold** and __strong__ and *em* and _em_", "Bold and strong and em and em"),
        ("![photo](https://x/y.jpg)Caption", "Caption"),
        ("## A heading", "A heading"),
        ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
        # a news wire's company and ticker markup
        ("<Renouf Corp Ltd> said it sold its stake in Allied-Lyons PLC <ALLD.L>.",
         "Renouf Corp Ltd said it sold its stake in Allied-Lyons PLC (ALLD.L)."),
        ("If x <y and z> w, <b>bold</b> <tweet author=\"X\">", "If x <y and z> w, bold <tweet author=\"X\">"),
        ("Write to John Smith <John.Smith@example.com> or see <Editor's note: updated> and <HR> or <H2>",
         "Write to John Smith <John.Smith@example.com> or see <Editor's note: updated> and <HR> or <H2>"),
    ],
)
def test_strip_markdown(line, expected):
    assert strip_markdown(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("invaded in 2022.“The Chamber rejects it”", "invaded in 2022. “The Chamber rejects it”"),
        ("in March 2023.It said so", "in March 2023. It said so"),
        ("said in a ruling.The ICC in late October", "said in a ruling. The ICC in late October"),
        ("a “formal court ruling”.It was", "a “formal court ruling”. It was"),
        ("“We will go,” he said.”Then", "“We will go,” he said.” Then"),
        ("citing foreign media .", "citing foreign media."),
        ("too   many    spaces", "too many spaces"),
        ("U.S. and U.K. officials met at 3.30 p.m. on News.az", "U.S. and U.K. officials met at 3.30 p.m. on News.az"),
        ("a population of 3.4 million.", "a population of 3.4 million."),
    ],
)
def test_fix_spacing(text, expected):
    assert fix_spacing(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        # title on the first line, kept as the first paragraph
        ("Storm hits coast\n\nA storm hit the coast.", "Storm hits coast", "Storm hits coast\n\nA storm hit the coast."),
        # markdown-bold title
        ("**Storm hits coast**\nA storm hit the coast.", "Storm hits coast", "Storm hits coast\n\nA storm hit the coast."),
        # a first line that is a sentence is a lead, not a title
        ("A storm hit the coast on Monday .\n\nMore later.", None, "A storm hit the coast on Monday.\n\nMore later."),
        # headlines may start with a symbol or a lower-case brand, or trail off
        ("$2bn deal for steel maker\n\nThe firm agreed.", "$2bn deal for steel maker", None),
        ("eBay buys rival site\n\nThe firm agreed.", "eBay buys rival site", None),
        ("Rivals of the cheap laptop...\n\nThe laptop is cheap.", "Rivals of the cheap laptop...", None),
        ("'My memories of the band...'\n\nHe remembers.", "'My memories of the band...'", None),
        # a byline-looking word is still a headline
        ("Byrds producer dies at 62\n\nHe died.", "Byrds producer dies at 62", None),
        # the headline repeated further down is dropped
        ("Storm hits coast\n\nMay 5, 2024\nStorm hits coast\n\nA storm hit.", "Storm hits coast",
         "Storm hits coast\n\nA storm hit."),
    ],
)
def test_title(text, title, body):
    article = cleaned(text)
    assert article.title == title
    assert body is None or article.text == body


@pytest.mark.parametrize(
    ("text", "published", "byline", "url"),
    [
        (" date 2024-08-30 Mongolia will not comply\n\nBody.", dt.datetime(2024, 8, 30), None, None),
        ("Title\n\nBy [AFP](#)\n\nSeptember 02, 2024\n\nBody.", dt.datetime(2024, 9, 2), "AFP", None),
        ("Title\n\nBy Jane Doe\nSep 2, 2024 - 20:57\n\nBody.", dt.datetime(2024, 9, 2, 20, 57), "Jane Doe", None),
        ("Title\n\nBody.\n—by/radwa sherif", None, "Radwa Sherif", None),
        ("Title\n\nBody.\n\nOriginal url:\n\n<https://example.com/a/b>", None, None, "https://example.com/a/b"),
        ("Title\n\nBody.\nSource URL: https://example.org/x", None, None, "https://example.org/x"),
        # a date inside the story is not the publication date
        ("Title\n\n" + "Para.\n\n" * 12 + "March 3, 2020\n\nPara.", None, None, None),
    ],
)
def test_metadata(text, published, byline, url):
    article = cleaned(text)
    assert (article.published, article.byline, article.url) == (published, byline, url)
    assert "By " not in article.text and "://" not in article.text and "date 20" not in article.text


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # web chrome lines and a reactions block
        ("Title\n\nBody one.\n\nEmbed:\n\nBody two.\n\nWhat's Your Reaction?\n\nlike\n\ndislike\n\nwow",
         "Title\n\nBody one.\n\nBody two."),
        ("Title\n\nBody.\nAdvertisement\nRead more: other story\nShare this article\nBody two.",
         "Title\n\nBody.\n\nBody two."),
        # photo captions with credits
        ("Title\n\nThe leader arrives. **Kremlin / Telegram**\n\nBody.", "Title\n\nBody."),
        ("Title\n\nRescuers at the site. Photo: Getty Images\n\nBody.", "Title\n\nBody."),
        ("Title\n\nCrowds gather in the square / AFP\n\nBody.", "Title\n\nBody."),
        # a teaser repeating the lead
        ("Title\n\nThe minister resigned on Friday after weeks of pressure from his own party and...\n\n"
         "The minister resigned on Friday after weeks of pressure from his own party and the unions.",
         "Title\n\nThe minister resigned on Friday after weeks of pressure from his own party and the unions."),
        # a short ellipsis sentence is content, not a teaser
        ("Title\n\nAnd then…\n\nAnd then the rain came.", "Title\n\nAnd then…\n\nAnd then the rain came."),
        # a paragraph broken mid-sentence
        ("Title\n\nThe Kremlin said it was\n\nunconcerned about the visit.",
         "Title\n\nThe Kremlin said it was unconcerned about the visit."),
        # hard-wrapped lines join; a line list stays apart
        ("Title\n\nThe company said on Tuesday that its\nprofits rose sharply in the third\nquarter "
         "despite weaker demand in\nEurope.", "Title\n\nThe company said on Tuesday that its profits rose "
         "sharply in the third quarter despite weaker demand in Europe."),
        # a news wire's hard-wrapped text marks its paragraphs by indentation, names broken over lines included
        ("Title\n\nSouth Korean exports rose sharply in February, Trade Minister Rha\nWoong Bae said on Monday.\n"
         "    The ministry said imports of crude oil and machinery fell\nby four pct from a year earlier, led by\n"
         "lower prices.\n    Analysts in Seoul said the trend in both\nexports and imports would last.",
         "Title\n\nSouth Korean exports rose sharply in February, Trade Minister Rha Woong Bae said on Monday.\n\n"
         "The ministry said imports of crude oil and machinery fell by four pct from a year earlier, led by lower "
         "prices.\n\nAnalysts in Seoul said the trend in both exports and imports would last."),
        # ... also when its paragraphs are short, so that most lines end a sentence
        ("Title\n\nSouth Korean Trade Minister Rha\nWoong Bae said his nation would keep its surplus.\n"
         "    He said in an interview that the barriers\nwould go in a few years.\n    Rha said the surplus was vital.",
         "Title\n\nSouth Korean Trade Minister Rha Woong Bae said his nation would keep its surplus.\n\n"
         "He said in an interview that the barriers would go in a few years.\n\nRha said the surplus was vital."),
        # an indented list of short lines is no wire text either
        ("Title\n\nThe results were as follows:\n  Labour 21,455\n  Conservative 14,302\nTurnout 61%\n"
         "  Liberal Democrat 4,100\nMajority 7,153",
         "Title\n\nThe results were as follows:\n\nLabour 21,455\n\nConservative 14,302\n\nTurnout 61%\n\n"
         "Liberal Democrat 4,100\n\nMajority 7,153"),
        # indented lines that end their sentences are no wire paragraphs: a block quote stays apart
        ("Title\n\n    We will refund all customers.\nThe regulator said it would investigate.\nShares fell 5%.",
         "Title\n\nWe will refund all customers.\n\nThe regulator said it would investigate.\n\nShares fell 5%."),
    ],
)
def test_debris_removed(text, body):
    assert cleaned(text).text == body


def test_sidecar_overrides_inferred_metadata():
    sidecar = {"title": "Sidecar title", "published": "2024-09-01T10:30:00", "byline": "Ann Lee",
               "url": "https://news.example.com/a", "source": "Example News"}
    article = cleaned("Text title\n\nSeptember 02, 2024\n\nBody.", sidecar)
    assert (article.title, article.published, article.published_from, article.byline, article.url, article.outlet) == (
        "Sidecar title", dt.datetime(2024, 9, 1, 10, 30), "sidecar", "Ann Lee", "https://news.example.com/a",
        "Example News")


def test_bad_sidecar_date_is_a_warning_and_the_text_date_stays():
    article, warnings = clean(RawArticle("x.txt", "id", "sha", "T\n\nMay 5, 2024\n\nBody.", {"published": "soon"}))
    assert article.published == dt.datetime(2024, 5, 5) and article.published_from == "text"
    assert [(w.error, w.rejected) for w in warnings] == [("bad_sidecar_date", False)]


def test_unknown_date_stays_null():
    article = cleaned("Title\n\nOn Monday the talks resumed.")
    assert article.published is None and article.published_from is None


# --- the five sample articles -------------------------------------------------------------

SAMPLES = {
    "000_7eb61d65ad00b622.txt": dict(title=None, published=None, byline=None, url=None),
    "001_cbaceaf170ee55cb.txt": dict(
        title="Mongolia has assured that it will not comply with the ICC arrest warrant for Russian President Putin",
        published=dt.datetime(2024, 8, 30), byline=None, url=None),
    "002_c9814bdb68fdbd4b.txt": dict(
        title="Putin Defies International Criminal Court with Visit to Mongolia", published=None,
        byline="Radwa Sherif", url=None),
    "003_4c1a0e94d2362109.txt": dict(
        title="Putin Arrives in Mongolia, His First Visit to ICC Member Since Arrest Warrant",
        published=dt.datetime(2024, 9, 2), byline="AFP",
        url="https://www.themoscowtimes.com/2024/09/02/putin-arrives-in-mongolia-his-first-visit-to-icc-member-state"
            "-since-arrest-warrant-a86231"),
    "004_aaf9e518ee056b29.txt": dict(
        title="Putin visits Mongolia, in defiance of arrest order from international court",
        published=dt.datetime(2024, 9, 2, 20, 57), byline=None, url=None),
}

DEBRIS = [
    re.compile(pattern, re.MULTILINE)
    for pattern in [r"\*\*", r"\]\(", r"<https?:", r"^Embed:", r"What.s Your Reaction", r"^(like|wow|sad)$",
                    r"Kremlin / Telegram", r"[a-z0-9][.!?][“\"]?[A-Z][a-z]", r"”\.[A-Z]", r"^By ", r"—by/",
                    r"Original url", r"hand\.\.\.", r"^date \d", r"\w \.$", r"\w+\n\n[a-z]"]
]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_article_metadata_and_no_debris(name):
    raw, problems = read_article(CORPUS / name, CORPUS, 5_000_000)
    article, warnings = clean(raw)
    assert problems == [] and warnings == []
    assert {key: getattr(article, key) for key in SAMPLES[name]} == SAMPLES[name]
    for pattern in DEBRIS:
        assert not pattern.search(article.text), pattern.pattern
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph is repeated"


def test_sample_004_teaser_and_repeated_headline_dropped():
    raw, _ = read_article(CORPUS / "004_aaf9e518ee056b29.txt", CORPUS, 5_000_000)
    text = clean(raw)[0].text
    assert text.count("Putin visits Mongolia, in defiance") == 1
    assert text.count("Russian President Vladimir Putin arrived Monday in Mongolia") == 1


def test_sidecar_from_disk(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text.")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2024-01-02"}))
    raw, _ = read_article(tmp_path / "a.txt", tmp_path, 1000)
    article = clean(raw)[0]
    assert article.published == dt.datetime(2024, 1, 2) and article.published_from == "sidecar"


# --- regressions: real content must survive the debris rules ---------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nBy the time we came, the shop had closed.",
        "Title\n\nBy Tuesday prices doubled.",
        "Title\n\nSome text.\n\nMore.\n\nBy far the worst hit was Leeds",
        "Title\n\nCopyright law changes were approved by parliament on Monday.",
        "Title\n\nSubscribe to a newspaper and you support journalism, he argued.",
        "Title\n\nFollow us on the road, the rebels said.",
        "Title\n\nThe prize went to **Jane Doe**",
        "Title\n\nShe spoke to the press via Telegram",
        "Title\n\nLink: the new policy explained",
    ],
)
def test_sentences_that_look_like_debris_are_kept(text):
    article = cleaned(text)
    assert article.byline is None
    last = strip_markdown(text.split("\n\n")[-1])
    assert last in article.text


def test_url_lines_in_the_body_stay_text():
    body = "\n\n".join(f"Paragraph {n}." for n in range(12))
    article = cleaned(f"Title\n\n{body}\n\nThe report is here:\nhttps://example.com/report\n\n{body}")
    assert article.url is None and "https://example.com/report" in article.text
    assert "See https://example.com/a for details." in cleaned("T\n\nSee <https://example.com/a> for details.").text


def test_headline_is_never_joined_to_the_lead():
    article = cleaned("Storm hits coast\n\niPhone sales fell on Monday.")
    assert article.title == "Storm hits coast" and article.text.startswith("Storm hits coast\n\niPhone")


@pytest.mark.parametrize("text", ["Advertisement\nShare this article", "September 2, 2024", "**\n#\n---"])
def test_article_with_nothing_left_is_rejected(text):
    article, problems = clean(RawArticle("x.txt", "id", "sha", text))
    assert article is None and [(p.stage, p.error, p.rejected) for p in problems] == [("clean", "empty", True)]


def test_lists_and_markup_only_lines():
    article = cleaned("Title\n\n- First point\n- Second point\n- Third point here\n**\n***\n\nEnd.")
    assert article.text == "Title\n\nFirst point\n\nSecond point\n\nThird point here\n\nEnd."
    assert strip_markdown("see __init__.py") == "see __init__.py"


@pytest.mark.parametrize(
    ("line", "day_first", "expected"),
    [
        ("05/09/2024", False, dt.datetime(2024, 5, 9)),
        ("05/09/2024", True, dt.datetime(2024, 9, 5)),
        ("Sep 2, 2024 14:00 GMT", False, dt.datetime(2024, 9, 2, 14)),
        ("May 5, 2024 Kyiv", False, None),
    ],
)
def test_numeric_dates_and_time_zones(line, day_first, expected):
    assert parse_date_line(line, day_first) == expected


def test_sidecar_time_is_kept_as_stated():
    article = cleaned("T\n\nBody.", {"published": "2024-09-03T01:00:00+05:00", "source": ""})
    assert article.published == dt.datetime(2024, 9, 3, 1) and article.outlet is None


def test_lead_ending_in_a_quote_is_not_a_title():
    assert cleaned("The minister said: “We will go.”\n\nMore text.").title is None
