"""Tests of the news_timex component: recognition, TIMEX3 values, anchoring, contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.components import timex  # noqa: F401  (registers the factory)
from pipeline.nlp import load_model
from pipeline.settings import DEFAULT_MODEL

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "timex"


@pytest.fixture(scope="module")
def nlp():
    """The model as the pipeline loads it, with news_timex appended, loaded once for the module."""
    pipeline = load_model(DEFAULT_MODEL)
    pipeline.add_pipe("news_timex")
    return pipeline


def annotate(nlp, text: str, dct: str | None) -> list[dict]:
    """Timexes of ``text`` published on ``dct``."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)._.timexes


def find(timexes: list[dict], phrase: str) -> dict:
    """The timex whose text is ``phrase``."""
    matches = [t for t in timexes if t["text"] == phrase]
    assert matches, f"{phrase!r} not found in {[t['text'] for t in timexes]}"
    return matches[0]


# (sentence, publication date, expression, value, type)
CASES = [
    # absolute dates
    ("The treaty was signed on September 3, 1998.", "2001-05-02", "September 3, 1998", "1998-09-03", "DATE"),
    ("Talks opened on 3 September 2024 in Geneva.", "2024-09-10", "3 September 2024", "2024-09-03", "DATE"),
    ("The report is dated 2024-08-30.", "2024-09-10", "2024-08-30", "2024-08-30", "DATE"),
    ("Polls closed in Sep. 3 voting.", "2024-09-10", "Sep. 3", "2024-09-03", "DATE"),
    ("The plant opened in July 1997.", "2001-05-02", "July 1997", "1997-07", "DATE"),
    ("He moved to Paris in 1985.", "2001-05-02", "1985", "1985", "DATE"),
    ("Keating was convicted in nineteen ninety-one.", "1998-01-15", "nineteen ninety-one", "1991", "DATE"),
    ("Unemployment fell through the nineties.", "1998-01-15", "the nineties", "199", "DATE"),
    ("The company's 1989 results were weak.", "1990-01-15", "1989", "1989", "DATE"),
    ("The company’s 1989 results were weak.", "1990-01-15", "1989", "1989", "DATE"),  # a curly apostrophe
    ("He lost his unsuccessful 1996 campaign.", "2001-05-02", "1996", "1996", "DATE"),
    ("The post-1990 reforms failed.", "2001-05-02", "1990", "1990", "DATE"),
    ("Prices soared during the 1990s.", "2001-05-02", "the 1990s", "199", "DATE"),
    ("The castle dates from the 12th century.", "2001-05-02", "the 12th century", "11", "DATE"),
    ("Growth slowed in the second quarter of 2003.", "2004-01-10", "the second quarter of 2003", "2003-Q2", "DATE"),
    ("Sales rose in the first half of 2010.", "2011-01-10", "the first half of 2010", "2010-H1", "DATE"),
    ("The bridge closed in summer 2015.", "2016-01-10", "summer 2015", "2015-SU", "DATE"),
    # deictic, anchored on the publication date
    ("The minister resigned yesterday.", "2024-09-04", "yesterday", "2024-09-03", "DATE"),
    ("By Jane Doe\nToday the markets fell.", "2024-09-04", "Today", "2024-09-04", "DATE"),
    ("Markets fell sharply last week.", "2024-09-04", "last week", "2024-W35", "DATE"),
    ("Rain fell this past weekend.", "2024-09-04", "this past weekend", "2024-W35-WE", "DATE"),
    ("The board meets this week.", "2024-09-04", "this week", "2024-W36", "DATE"),
    ("Results are due next month.", "2024-09-04", "next month", "2024-10", "DATE"),
    ("Exports grew last year.", "2024-09-04", "last year", "2023", "DATE"),
    ("The firm was founded a year ago.", "2024-09-04", "a year ago", "2023", "DATE"),
    ("The scheme started 18 months ago.", "2024-09-04", "18 months ago", "2023-03", "DATE"),
    ("He was arrested three days ago.", "2024-09-04", "three days ago", "2024-09-01", "DATE"),
    ("Voters go to the polls next year.", "2024-09-04", "next year", "2025", "DATE"),
    ("Storms are expected tonight.", "2024-09-04", "tonight", "2024-09-04TNI", "TIME"),
    ("Sales should recover this summer.", "2024-04-04", "this summer", "2024-SU", "DATE"),
    ("The store opened last fall.", "2024-04-04", "last fall", "2023-FA", "DATE"),
    ("Snow fell last winter.", "2024-02-29", "last winter", "2022-WI", "DATE"),
    ("Profit fell in the third quarter.", "2024-10-20", "the third quarter", "2024-Q3", "DATE"),
    # a hyphenated quarter modifies a noun: the article and possessive stay out
    ("Shares fell after the third-quarter loss.", "2024-10-20", "third-quarter", "2024-Q3", "DATE"),
    ("Analysts blamed its fourth-quarter slump.", "2024-10-20", "fourth-quarter", "2024-Q4", "DATE"),
    ("Talks continued over the weekend.", "2024-09-04", "the weekend", "2024-W35-WE", "DATE"),
    ("For the year, profit doubled.", "2024-09-04", "the year", "2024", "DATE"),
    ("Profit fell in the year ended March 31.", "2024-09-04", "the year", "P1Y", "DURATION"),
    # "the past/next year" with no number: the calendar unit, as in TimeBank
    ("Hate groups multiplied over the past year.", "2024-09-04", "the past year", "2023", "DATE"),
    ("The plant will close over the next year.", "2024-09-04", "the next year", "2025", "DATE"),
    ("Wages lagged inflation in the last decade.", "2024-09-04", "the last decade", "201", "DATE"),
    # a future cue before a yearless date: the coming one, whatever the verb's tense
    ("The board named him chairman, effective Feb. 1.", "2024-10-26", "Feb. 1", "2025-02-01", "DATE"),
    ("Officials postponed the hearing until Tuesday.", "2024-09-04", "Tuesday", "2024-09-10", "DATE"),
    ("Until Tuesday, police had not named a suspect.", "2024-09-06", "Tuesday", "2024-09-03", "DATE"),
    ("The stock is to resume trading Tuesday.", "2024-09-06", "Tuesday", "2024-09-10", "DATE"),
    # a planned event's date is ahead even when the planning is past; "since" looks back
    ("Unions planned a march on Saturday.", "2024-09-06", "Saturday", "2024-09-07", "DATE"),
    # ... but not a pluperfect plan, nor a habitual "would"
    ("Analysts had expected a rebound on Monday, but shares fell.", "2024-09-04", "Monday", "2024-09-02",
     "DATE"),
    ("Back then, he would visit the mill on Monday.", "2024-09-04", "Monday", "2024-09-02", "DATE"),
    ("The road has been closed since soon after the Nov. 12 landslide.", "2024-05-02", "Nov. 12",
     "2023-11-12", "DATE"),
    # a perfect written with a curly apostrophe is past as well
    ("The deal’s been signed Friday.", "2024-09-11", "Friday", "2024-09-06", "DATE"),
    # spoken years (broadcast transcripts) after a month or season; "the last half"
    ("Prices fell in January nineteen ninety-seven.", "1998-02-27", "January nineteen ninety-seven",
     "1997-01", "DATE"),
    ("Oil was cheap in the winter of nineteen ninety-four.", "1998-02-23",
     "the winter of nineteen ninety-four", "1994-WI", "DATE"),
    ("Earnings will be lower for the last half of 2024.", "2024-09-04", "the last half of 2024",
     "2024-H2", "DATE"),
    ("The talks could take two more weeks.", "2024-09-04", "two more weeks", "P2W", "DURATION"),
    ("Prices may fall in the weeks ahead.", "2024-09-04", "the weeks ahead", "PXW", "DURATION"),
    ("Margins will suffer in the near term.", "2024-09-04", "the near term", "FUTURE_REF", "DATE"),
    ("Margins may shrink in coming quarters.", "2024-09-04", "coming quarters", "FUTURE_REF", "DATE"),
    # weekdays resolved by tense
    ("The company said on Monday that sales fell.", "2024-09-04", "Monday", "2024-09-02", "DATE"),
    ("The leaders will meet Tuesday in Rome.", "2024-09-04", "Tuesday", "2024-09-10", "DATE"),
    ("Police arrived late Monday.", "2024-09-04", "late Monday", "2024-09-02", "DATE"),
    ("The vote took place earlier Wednesday.", "2024-09-04", "Wednesday", "2024-09-04", "DATE"),
    # "night" after a weekday may be the evening or the night: the day alone
    ("Rebels attacked the town Friday night.", "2024-09-04", "Friday night", "2024-08-30", "DATE"),
    ("Rebels attacked the town Friday morning.", "2024-09-04", "Friday morning", "2024-08-30TMO", "TIME"),
    ("The envoy arrived last Friday.", "2024-09-06", "last Friday", "2024-08-30", "DATE"),
    ("The rally is this coming Sunday.", "2024-09-05", "this coming Sunday", "2024-09-08", "DATE"),
    # months without a year
    ("Prices peaked in October.", "2025-01-08", "October", "2024-10", "DATE"),
    ("The law takes effect in January.", "2024-11-20", "January", "2025-01", "DATE"),
    ("Talks collapsed in early September.", "2024-10-20", "early September", "2024-09", "DATE"),
    ("Fighting resumed in late October.", "2024-11-02", "late October", "2024-10", "DATE"),
    ("The festival ends in mid-August.", "2024-08-01", "mid-August", "2024-08", "DATE"),
    # durations
    ("The strike lasted 18 months.", "2024-09-04", "18 months", "P18M", "DURATION"),
    ("He spent a year and a half in prison.", "2024-09-04", "a year and a half", "P1Y6M", "DURATION"),
    ("The case has dragged on for more than a year.", "2024-09-04", "more than a year", "P1Y", "DURATION"),
    ("Output rose over the past three months.", "2024-09-04", "the past three months", "P3M", "DURATION"),
    ("They signed a five-year contract.", "2024-09-04", "five-year", "P5Y", "DURATION"),
    ("Talks ended their third day-long session.", "2024-09-04", "day-long", "P1D", "DURATION"),
    ("A yearlong inquiry followed.", "2024-09-04", "yearlong", "P1Y", "DURATION"),
    ("The talks took two hours.", "2024-09-04", "two hours", "PT2H", "DURATION"),
    ("The flight took 5 1/2 hours.", "2024-09-04", "5 1/2 hours", "PT5H30M", "DURATION"),
    ("Shares fell in the last 24 hours.", "2024-09-04", "the last 24 hours", "PT24H", "DURATION"),
    # "in five years" ahead of a future verb is a date, not a length
    ("The bank said the bonds would be repaid in five years.", "2024-09-04", "five years", "2029", "DATE"),
    ("Sales doubled in five years.", "2024-09-04", "five years", "P5Y", "DURATION"),
    ("The band is trying to recapture its 1970s glory.", "2024-09-04", "1970s", "197", "DATE"),
    ("Unemployment is at its lowest for two decades.", "2024-09-04", "two decades", "P20Y", "DURATION"),
    ("Protests have gone on for weeks.", "2024-09-04", "weeks", "PXW", "DURATION"),
    ("Rents rose sharply over the years.", "2024-09-04", "the years", "PXY", "DURATION"),
    ("The loan may run for an additional year.", "2024-09-04", "an additional year", "P1Y", "DURATION"),
    # "within", "only", "over" are signals or focus words, outside the TimeBank extent
    ("The inquiry will end within a year.", "2024-09-04", "a year", "P1Y", "DURATION"),
    ("He stayed for only six months.", "2024-09-04", "six months", "P6M", "DURATION"),
    ("The plan evolved over several years.", "2024-09-04", "several years", "PXY", "DURATION"),
    # sets
    ("The report is published annually.", "2024-09-04", "annually", "P1Y", "SET"),
    ("The market opens every Monday.", "2024-09-04", "every Monday", "XXXX-WXX-1", "SET"),
    ("Fees rose to $40 a year.", "2024-09-04", "a year", "P1Y", "SET"),
    ("Half the revenue each month goes to lenders.", "2024-09-04", "each month", "P1M", "SET"),
    ("Protesters gather daily outside the embassy.", "2024-09-04", "daily", "P1D", "SET"),
    ("The mayor took calls during her weekly phone-in.", "2024-09-04", "weekly", "P1W", "SET"),
    ("Farmers sell their produce at a weekly market.", "2024-09-04", "weekly", "P1W", "SET"),
    # times and parts of the day
    ("The quake struck at 20:57 local time.", "2024-09-04", "20:57", "2024-09-04T20:57", "TIME"),
    ("The polls close at 9 p.m. Tuesday.", "2024-09-02", "9 p.m. Tuesday", "2024-09-03T21:00", "TIME"),
    ("Crowds gathered in the evening.", "2024-09-04", "the evening", "2024-09-04TEV", "TIME"),
    ("Shots were heard this morning.", "2024-09-04", "this morning", "2024-09-04TMO", "TIME"),
    ("Shots were heard last night.", "2024-09-04", "last night", "2024-09-03TNI", "TIME"),
    # a Title-Case headline capitalises every word: its dates are no titles
    ("Markets Fall Sharply Last Week\nShares fell on Friday.", "2024-09-04", "Last Week", "2024-W35", "DATE"),
    ("Mayor Says Tax Will Rise Next Year\nThe mayor spoke on Monday.", "2024-09-04", "Next Year", "2025",
     "DATE"),
    # references
    ("Prices are now falling.", "2024-09-04", "now", "PRESENT_REF", "DATE"),
    ("Prices are falling right now.", "2024-09-04", "now", "PRESENT_REF", "DATE"),
    ("The company recently cut jobs.", "2024-09-04", "recently", "PAST_REF", "DATE"),
    ("He is currently abroad.", "2024-09-04", "currently", "PRESENT_REF", "DATE"),
    ("Nobody knows what the future holds.", "2024-09-04", "the future", "FUTURE_REF", "DATE"),
    # holidays
    ("Shops were busy on Christmas Eve.", "2024-12-28", "Christmas Eve", "2024-12-24", "DATE"),
    ("Families gathered on Thanksgiving Day.", "2024-12-01", "Thanksgiving Day", "2024-11-28", "DATE"),
    ("He arrived last Thanksgiving.", "2025-02-10", "last Thanksgiving", "2024-11-28", "DATE"),
    ("The family will meet next Christmas.", "2024-12-28", "next Christmas", "2025-12-25", "DATE"),
    ("She moved out last Christmas.", "2024-12-20", "last Christmas", "2023-12-25", "DATE"),
    # a day or week named through another day
    ("The trial opens the week of May 12.", "2025-04-30", "the week of May 12", "2025-W20", "DATE"),
    ("He called the day before last Monday's vote.", "2024-09-12", "day before last Monday",
     "2024-09-08", "DATE"),
    ("Talks resumed the day after Jan. 1.", "2025-01-08", "day after Jan. 1", "2025-01-02", "DATE"),
    ("The shop burned on the night of Monday, Sept. 2.", "2024-09-04", "the night of Monday, Sept. 2",
     "2024-09-02TNI", "TIME"),
    # quarters and halves of a named or relative year
    ("Output will rise in the first quarter of next year.", "2024-09-04", "the first quarter of next year",
     "2025-Q1", "DATE"),
    ("Output slipped in the first two quarters of 2022.", "2024-09-04",
     "the first two quarters of 2022", "2022-H1", "DATE"),
    ("Output recovered in the last two quarters of 2023.", "2024-09-04",
     "the last two quarters of 2023", "2023-H2", "DATE"),
    ("Output grew in the first three quarters of 2023.", "2024-09-04", "2023", "2023", "DATE"),
    ("Sales fell over the last two quarters.", "2024-09-04", "the last two quarters", "P2Q", "DURATION"),
    ("Net rose in the quarter ended Sept. 30. The year-ago results were restated.", "2024-10-20",
     "The year-ago", "2023-Q3", "DATE"),
    ("Costs in the year-earlier nine months were smaller.", "2024-10-20", "the year-earlier nine months",
     "P9M", "DURATION"),
    # durations: "later" is a signal outside the expression (TimeML)
    ("The storm hit on Monday. Three days later the power came back.", "2024-09-04", "Three days", "P3D",
     "DURATION"),
    ("The vote was held. A few days later the count ended.", "2024-09-04", "A few days", "PXD", "DURATION"),
    ("The fire started at 4 in the morning on Tuesday.", "2024-09-04", "4 in the morning on Tuesday",
     "2024-09-03T04:00", "TIME"),
    ("The guards left at 11 at night.", "2024-09-04", "11 at night", "2024-09-04T23:00", "TIME"),
    ("Most toys are sold in fourth quarters.", "2024-09-04", "fourth quarters", "XXXX-Q4", "SET"),
    ("The show airs on Friday nights.", "2024-09-04", "Friday nights", "XXXX-WXX-5TNI", "SET"),
    ("Shares fell for five trading days in a row.", "2024-09-04", "five trading days", "P5D", "DURATION"),
    ("The refund takes ten business days.", "2024-09-04", "ten business days", "P10D", "DURATION"),
    # "one day" is "someday" only after a modal or at a sentence start
    ("The launch was delayed by one day.", "2024-09-04", "one day", "P1D", "DURATION"),
    ("He had been in office one day.", "2024-09-04", "one day", "P1D", "DURATION"),
    ("She hopes she will one day lead the party.", "2024-09-04", "one day", "FUTURE_REF", "DATE"),
    ("One day, the river will run dry.", "2024-09-04", "One day", "FUTURE_REF", "DATE"),
]


@pytest.mark.parametrize("sentence,dct,phrase,value,kind", CASES)
def test_value_and_type(nlp, sentence, dct, phrase, value, kind):
    found = find(annotate(nlp, sentence, dct), phrase)
    assert (found["value"], found["type"]) == (value, kind)


# anaphora: (text, dct, expression, value, anchor)
ANAPHORA = [
    ("The war began in 1914. In September of the same year, Paris was threatened.",
     "2014-05-01", "September of the same year", "1914-09", "narrative"),
    ("The war began in 1914. The same year, Paris was threatened.",
     "2014-05-01", "The same year", "1914", "narrative"),
    ("The plant closed in March 2001. That month, 400 workers lost their jobs.",
     "2014-05-01", "That month", "2001-03", "narrative"),
    ("He was released on June 3, 2010. Two days earlier he had been charged.",
     "2014-05-01", "Two days earlier", "2010-06-01", "narrative"),
    ("Profit rose 5% in the third quarter of 1999 from a year earlier.",
     "2014-05-01", "a year earlier", "1998-Q3", "narrative"),
    # a year-ago period is never itself the period in focus; a forecast is not a reported period
    ("Profit fell in the quarter ended Sept. 30 from the year-ago quarter. The year-ago quarter had a gain.",
     "2024-10-20", "The year-ago quarter", "2023-Q3", "narrative"),
    ("Profit rose in the third quarter. Losses are expected in the second quarter of 2025. "
     "In the year-ago period, the firm earned $5 million.", "2024-10-20", "the year-ago period", "2023-Q3",
     "narrative"),
    # a day inside a month in focus: the month, the day unknown
    ("A doctor was shot last October. His name was crossed out the same day.",
     "1999-02-06", "the same day", "1998-10-XX", "narrative"),
    ("The minister resigned yesterday.", "2024-09-04", "yesterday", "2024-09-03", "publication"),
    ("The treaty was signed on September 3, 1998.", "2001-05-02", "September 3, 1998", "1998-09-03",
     "absolute"),
]


@pytest.mark.parametrize("text,dct,phrase,value,anchor", ANAPHORA)
def test_anchoring(nlp, text, dct, phrase, value, anchor):
    found = find(annotate(nlp, text, dct), phrase)
    assert (found["value"], found["anchor"]) == (value, anchor)


# no publication date: (sentence, expression, value)
NO_DCT = [
    ("The summit ends on Nov. 29.", "Nov. 29", "XXXX-11-29"),
    ("The company said Monday that sales fell.", "Monday", "XXXX-WXX-1"),
    ("The plant reopens in November.", "November", "XXXX-11"),
    ("The minister resigned yesterday.", "yesterday", "XXXX-XX-XX"),
    ("The treaty was signed on September 3, 1998.", "September 3, 1998", "1998-09-03"),
]


@pytest.mark.parametrize("sentence,phrase,value", NO_DCT)
def test_without_publication_date_values_stay_underspecified(nlp, sentence, phrase, value):
    found = find(annotate(nlp, sentence, None), phrase)
    assert found["value"] == value
    if "X" in value:
        assert found["date_start"] is None and found["anchor"] == "none"


NOT_TEMPORAL = [
    "We may see a change.",
    "The fund raised $20 million from 2000 investors.",
    "Prices may fall, and the fall of the dollar worried traders.",
    "The 6-year-old boy was found safe.",
    "A second man was arrested.",
    "He paid a quarter of the bill.",
    "March with us, said the organisers.",
    "She was a guest on Five Minutes.",
    "Welcome to Radio Today.",
    "She took up painting in her early 40s.",
    "The firm sells a lathe named Vega 1990 to schools.",
    'He spoke on "This Month With Sam Lee" about it.',
    "The board cut its quarterly dividend.",
]


@pytest.mark.parametrize("sentence", NOT_TEMPORAL)
def test_false_positives(nlp, sentence):
    assert annotate(nlp, sentence, "2024-09-04") == []


def test_day_first_numeric_dates():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("news_timex", config={"day_first": True})
    doc = pipeline.make_doc("Filed on 3/9/2024.")
    doc._.dct = "2024-10-01"
    assert pipeline(doc)._.timexes[0]["value"] == "2024-09-03"
    month_first = spacy.blank("en")
    month_first.add_pipe("news_timex")
    doc = month_first.make_doc("Filed on 3/9/2024.")
    assert month_first(doc)._.timexes[0]["value"] == "2024-03-09"


def test_record_contract_is_plain_json(nlp):
    text = "On Monday, a year after the 2023 floods, officials met for two hours."
    timexes = annotate(nlp, text, "2024-09-04")
    assert timexes == sorted(timexes, key=lambda t: t["start"])
    keys = {"start", "end", "text", "type", "value", "granularity", "date_start", "date_end", "anchor"}
    for record in timexes:
        assert set(record) == keys
        assert text[record["start"]:record["end"]] == record["text"]
    json.dumps(timexes)
    monday = find(timexes, "Monday")
    assert (monday["date_start"], monday["date_end"], monday["granularity"]) == \
        ("2024-09-02", "2024-09-02", "day")
    assert find(timexes, "two hours")["date_start"] is None


def test_calendar_interval_of_a_quarter(nlp):
    found = find(annotate(nlp, "Profit fell in the third quarter.", "2024-10-20"), "the third quarter")
    assert (found["date_start"], found["date_end"], found["granularity"]) == \
        ("2024-07-01", "2024-09-30", "quarter")


@pytest.mark.bench
@pytest.mark.skipif(not (BENCH / "tbaq.jsonl").exists(), reason="../shared/bench is absent")
def test_benchmark_sample_runs(nlp):
    """Smoke test on a few benchmark documents: runs, offsets fit the text."""
    with open(BENCH / "tbaq.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(5), handle)]
    for record in records:
        for found in annotate(nlp, record["text"], record["dct"]):
            assert record["text"][found["start"]:found["end"]] == found["text"]
