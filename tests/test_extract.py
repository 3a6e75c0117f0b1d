"""End to end: the extract and annotate commands, their tables, bad input and exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner
from spacy.language import Language

from conftest import CORPUS, shared_path
from pipeline import cli, nlp
from pipeline.settings import Settings
from pipeline.tables import SCHEMAS

ARTICLE = "Storm hits coast\n\nBy Jane Doe\n\nMay 5, 2024\n\nA storm hit Brighton on Monday, officials said.\n"


def extract(corpus, outputs, *args):
    return CliRunner().invoke(cli.main, ["extract", str(corpus), str(outputs), *args])


@pytest.fixture(scope="module")
def sample_outputs(tmp_path_factory):
    outputs = tmp_path_factory.mktemp("outputs")
    result = extract(CORPUS, outputs)
    assert result.exit_code == 0, result.output
    return outputs


def test_sample_corpus_tables(sample_outputs):
    documents = pd.read_parquet(sample_outputs / "documents")
    assert len(documents) == 5 and documents["doc_id"].is_unique
    assert set(documents["source"]) == {p.name for p in CORPUS.glob("*.txt")}
    entities = pd.read_parquet(sample_outputs / "entities")
    assert len(entities) > 100
    merged = entities.merge(documents[["doc_id", "text"]], on="doc_id")
    spans = [text[start:end] for text, start, end in zip(merged["text_y"], merged["start_char"], merged["end_char"])]
    assert spans == list(merged["text_x"]), "entity offsets must index documents.text"
    assert pd.read_parquet(sample_outputs / "errors").empty


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_table_reads_back_with_its_schema(sample_outputs, table):
    frame = pd.read_parquet(sample_outputs / table)
    assert list(frame.columns) == SCHEMAS[table].names
    if "speaker_entity_id" in frame:
        assert str(frame["speaker_entity_id"].dtype) == "Int32"


def test_bad_inputs_become_error_rows_and_exit_3(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00")
    (corpus / "huge.txt").write_text("word " * 400)
    (corpus / "sidecar.txt").write_text(ARTICLE)
    (corpus / "sidecar.json").write_text("{broken")
    (corpus / "notes.md").write_text("not an article")
    result = extract(corpus, tmp_path / "out", "--max-bytes", "1000")
    assert result.exit_code == cli.EXIT_REJECTED, result.output
    assert "5 read, 1 other files skipped, 3 rejected, 1 warnings" in result.output
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert sorted(zip(errors["source"], errors["error"])) == [
        ("binary.txt", "binary"), ("empty.txt", "empty"), ("huge.txt", "too_large"), ("sidecar.txt", "bad_sidecar")]
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(documents["source"]) == ["good.txt", "sidecar.txt"]
    good = documents.set_index("source").loc["good.txt"]
    assert (good["title"], good["byline"], str(good["published"].date())) == ("Storm hits coast", "Jane Doe",
                                                                              "2024-05-05")


def test_exception_in_one_article_is_isolated(tmp_path, monkeypatch):
    @Language.component("explode_on_marker")
    def explode(doc):
        if "EXPLODE" in doc.text:
            raise ValueError("cannot process this article")
        return doc

    build = nlp.build_nlp

    def build_with_bomb(settings):
        language = build(settings)
        language.add_pipe("explode_on_marker")
        return language

    monkeypatch.setattr(nlp, "build_nlp", build_with_bomb)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in "abc":
        (corpus / f"{name}.txt").write_text(ARTICLE + ("EXPLODE\n" if name == "b" else ""))
    result = extract(corpus, tmp_path / "out")
    assert result.exit_code == cli.EXIT_REJECTED
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert list(zip(errors["source"], errors["stage"], errors["error"])) == [("b.txt", "nlp", "ValueError")]
    assert sorted(pd.read_parquet(tmp_path / "out" / "documents")["source"]) == ["a.txt", "c.txt"]


def test_rerun_replaces_rows_and_a_failed_run_keeps_old_outputs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in "ab":
        (corpus / f"{name}.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    assert extract(corpus, out).exit_code == 0
    (corpus / "b.txt").unlink()
    assert extract(corpus, out).exit_code == 0
    assert list(pd.read_parquet(out / "documents")["source"]) == ["a.txt"]
    failed = extract(corpus, out, "--model", "no_such_model_xyz")
    assert failed.exit_code == cli.EXIT_FAILED
    assert "no_such_model_xyz" in failed.output and "not installed" in failed.output
    assert list(pd.read_parquet(out / "documents")["source"]) == ["a.txt"]


def test_missing_corpus_is_a_usage_error(tmp_path):
    assert extract(tmp_path / "nope", tmp_path / "out").exit_code == 2


def test_annotate_format(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [{"doc_id": "d1", "text": "Angela Merkel visited Paris on Monday.", "dct": "2024-09-04"},
             {"doc_id": "d2", "text": "Nothing here."}]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n{bad line\n")
    result = CliRunner().invoke(cli.main, ["annotate", str(source), str(tmp_path / "out.jsonl")])
    assert result.exit_code == cli.EXIT_REJECTED and "line 3" in result.output
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["doc_id"] for r in records] == ["d1", "d2"]
    assert set(records[0]) == {"doc_id", "entities", "quotes", "timexes"}
    text = lines[0]["text"]
    assert {(text[e["start"]:e["end"]], e["label"]) for e in records[0]["entities"]} >= {
        ("Angela Merkel", "PERSON"), ("Paris", "GPE")}


@pytest.mark.parametrize("text,speakers", [
    # a role keeps its phrase; a pronoun is the name it refers to
    ("Union spokesman Erik Lund met the press on Monday.\n\n"
     "“The strike will continue until we get a fair offer,” the spokesman said. “We are ready,” he added.",
     ["the spokesman", "Erik Lund"]),
    # a name with its title, or an acronym, is given as written (the canonical name stays in the quotes table)
    ("The Associated Press counted the votes on Monday. The AP said the count would end on Friday. "
     "Missouri Secretary of State Jason Kander said the polls had closed on time.",
     ["The AP", "Missouri Secretary of State Jason Kander"]),
])
def test_annotate_speaker_is_the_mention_as_annotated(tmp_path, text, speakers):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"doc_id": "d1", "text": text}) + "\n")
    result = CliRunner().invoke(cli.main, ["annotate", str(source), str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    quotes = json.loads((tmp_path / "out.jsonl").read_text())["quotes"]
    assert [q["speaker"] for q in quotes] == speakers


def test_unicode_spaces_in_given_text_are_no_tokens():
    """``annotate`` keeps the text as given, but a no-break space would be a token of
    its own that breaks the parse: it is read as a plain space, offsets unchanged."""
    text = "Mayor Angela\u00a0Merkel visited Paris.\u00a0\u201cWe are ready,\u201d she said."
    language = nlp.build_nlp(Settings(components=()))
    [(_, doc)] = nlp.process(language, [(text, None, "d1")])
    assert len(doc.text) == len(text) and not any(token.is_space for token in doc)


def test_min_indirect_words_keeps_short_reports(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"doc_id": "d1", "text": "Senator Ann Fox announced the deal on Monday."}) + "\n")
    quotes = {}
    for words in (3, 1):
        out = tmp_path / f"out{words}.jsonl"
        result = CliRunner().invoke(cli.main, ["annotate", str(source), str(out), "--min-indirect-words", str(words)])
        assert result.exit_code == 0, result.output
        quotes[words] = json.loads(out.read_text())["quotes"]
    assert quotes[3] == [] and [q["speaker"] for q in quotes[1]] == ["Senator Ann Fox"]


def test_annotate_output_is_accepted_by_the_ner_scorer(tmp_path):
    bench = shared_path("bench", "ner")
    sample = tmp_path / "gold.jsonl"
    with open(bench / "conll03_dev.jsonl", encoding="utf-8") as gold:
        sample.write_text("".join(line for _, line in zip(range(10), gold)))
    result = CliRunner().invoke(cli.main, ["annotate", str(sample), str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 0, result.output
    scored = subprocess.run([sys.executable, str(bench / "score.py"), str(sample), str(tmp_path / "pred.jsonl"),
                             "--strict"], capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout.strip().splitlines()[-1])
    assert summary["docs_missing_pred"] == 0 and summary["overall"]["f1"] > 0.3


def test_module_entry_point_help():
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for option in ["--model", "--batch-size", "--n-process", "--max-bytes", "--day-first", "--progress"]:
        assert option in result.stdout


def test_outputs_are_deterministic_across_runs_and_processes(sample_outputs, tmp_path):
    result = extract(CORPUS, tmp_path, "--n-process", "2", "--batch-size", "2")
    assert result.exit_code == 0, result.output
    for table in SCHEMAS:
        first = pd.read_parquet(sample_outputs / table).drop(columns=["processed_at"], errors="ignore")
        second = pd.read_parquet(tmp_path / table).drop(columns=["processed_at"], errors="ignore")
        pd.testing.assert_frame_equal(first, second)


#: Every temporal expression of the sample articles with the value a careful reader gives it:
#: relative to the stated publication date (001, 003, 004), underspecified where the text
#: states none (000, 002), narrative for "September of the same year".
SAMPLE_TIMEXES = [
    ("000_7eb61d65ad00b622.txt", [
        ("November 29", "XXXX-11-29"),
        ("early September", "XXXX-09"),
        ("2022", "2022"),
        ("late October", "XXXX-10"),
        ("a few days", "PXD"),
        ("Nov 29", "XXXX-11-29"),
        ("March 2023", "2023-03"),
        ("2022", "2022"),
        ("the 18 months", "P18M"),
        ("2023", "2023"),
    ]),
    ("001_cbaceaf170ee55cb.txt", [
        ("September 3", "2024-09-03"),
        ("2023", "2023"),
        ("March 17, 2023", "2023-03-17"),
    ]),
    ("002_c9814bdb68fdbd4b.txt", [
        ("Monday", "XXXX-WXX-1"),
        ("the evening", "XXXX-XX-XXTEV"),
        ("Monday", "XXXX-WXX-1"),
        ("last week", "XXXX-WXX"),
        ("annually", "P1Y"),
        ("2000", "2000"),
        ("2002", "2002"),
        ("about a year and a half", "P1Y6M"),
        ("August 2023", "2023-08"),
        ("September of the same year", "2023-09"),
        ("May", "XXXX-05"),
        ("June", "XXXX-06"),
        ("mid-August", "XXXX-08"),
        ("September 2019", "2019-09"),
    ]),
    ("003_4c1a0e94d2362109.txt", [
        ("late Monday", "2024-09-02"),
        ("last year", "2023"),
        ("last week", "2024-W35"),
        ("March 2023", "2023-03"),
        ("February 2022", "2022-02"),
        ("this week", "2024-W36"),
        ("18 months ago", "2023-03"),
        ("current", "PRESENT_REF"),
    ]),
    ("004_aaf9e518ee056b29.txt", [
        ("Monday", "2024-09-02"),
        ("March 2023", "2023-03"),
        ("Last week", "2024-W35"),
        ("more than a year ago", "2023"),
        ("Feb. 2022", "2022-02"),
        ("Tuesday", "2024-09-03"),
        ("1939", "1939"),
        ("June", "2024-06"),
        ("Monday", "2024-09-02"),
        ("Monday", "2024-09-02"),
    ]),
]


@pytest.mark.parametrize("source, expected", SAMPLE_TIMEXES)
def test_sample_dated_statements(sample_outputs, source, expected):
    statements = pd.read_parquet(sample_outputs / "dated_statements")
    documents = pd.read_parquet(sample_outputs / "documents")
    doc_id = documents.loc[documents["source"] == source, "doc_id"].item()
    rows = statements[statements["doc_id"] == doc_id].sort_values("timex_start")
    assert list(zip(rows["timex"], rows["value"])) == expected
