"""Ingestion: decoding, normalisation, stable ids and rejection of bad files."""

from __future__ import annotations

import os

import pytest

from pipeline.ingest import decode, doc_id_for, normalise, read_article, survey

TEXT = "Putin’s visit to Mongolia cost £5 — café “news”."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),
        (TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]), TEXT),
        ("Putin’s café “news”".encode("cp1252"), "Putin’s café “news”"),
        ("A bare \xa3 sign".encode("latin-1"), "A bare £ sign"),
        # mojibake: UTF-8 read as cp1252 somewhere upstream, then saved as UTF-8
        ("Putinâ€™s visit cost Â£5, cafÃ©".encode("utf-8"), "Putin’s visit cost £5, café"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "latin1", "mojibake"],
)
def test_decode(data, expected):
    assert decode(data) == expected


def test_decode_rejects_binary():
    with pytest.raises(UnicodeDecodeError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("page one\x0cpage two\x07\x1b", "page one\npage two"),
        ("non\u00a0breaking\u202fspaces", "non breaking spaces"),
        ("cafe\u0301", "café"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("&#163;1.8m fine &amp; costs; AT&T and R&D; &#x2019;", "£1.8m fine & costs; AT&T and R&D; ’"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_doc_id_is_stable_and_path_based():
    assert doc_id_for("a/b.txt") == doc_id_for("a/b.txt")
    assert doc_id_for("a/b.txt") != doc_id_for("a/c.txt")


def test_updated_article_keeps_its_id_and_changes_its_hash(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("First version.\n")
    first, _ = read_article(path, tmp_path, 1000)
    path.write_text("Second version.\n")
    second, _ = read_article(path, tmp_path, 1000)
    assert first.doc_id == second.doc_id and first.sha256 != second.sha256


def test_survey_is_recursive_sorted_and_skips_hidden(tmp_path):
    for name in ["b/2.txt", "a.txt", "a.json", "b/1.txt", ".hidden/x.txt", "b/.x.md", "notes.md", "orphan.json"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    inventory = survey(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in inventory.articles] == ["a.txt", "b/1.txt", "b/2.txt"]
    assert inventory.ignored == 2  # notes.md and orphan.json; a.json is a.txt's sidecar


@pytest.mark.parametrize(
    ("content", "max_bytes", "error"),
    [
        (b"", 100, "empty"),
        (b"  \n\t\n", 100, "empty"),
        (b"\x00\x01\x02binary\x00", 100, "binary"),
        (b"x" * 101, 100, "too_large"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path, content, max_bytes, error):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    article, problems = read_article(path, tmp_path, max_bytes)
    assert article is None
    assert [(p.source, p.stage, p.error, p.rejected) for p in problems] == [("bad.txt", "ingest", error, True)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_rejected(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("text")
    path.chmod(0)
    article, problems = read_article(path, tmp_path, 100)
    assert article is None and problems[0].error == "unreadable"


@pytest.mark.parametrize("kind", ["directory", "dangling-link"])
def test_unreadable_path_is_rejected(tmp_path, kind):
    path = tmp_path / "story.txt"
    if kind == "directory":
        path.mkdir()
    else:
        path.symlink_to(tmp_path / "missing.txt")
    article, problems = read_article(path, tmp_path, 1_000_000)
    assert article is None and problems[0].error == "unreadable"


def test_sidecar_is_read_and_a_bad_one_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Story.")
    (tmp_path / "a.json").write_text('{"title": "T"}')
    (tmp_path / "b.txt").write_text("Story.")
    (tmp_path / "b.json").write_text("{not json")
    good, no_problems = read_article(tmp_path / "a.txt", tmp_path, 100)
    kept, problems = read_article(tmp_path / "b.txt", tmp_path, 100)
    assert good.sidecar == {"title": "T"} and no_problems == []
    assert kept is not None and kept.sidecar is None
    assert [(p.error, p.rejected) for p in problems] == [("bad_sidecar", False)]


def test_bbc_latin1_file_decodes(tmp_path):
    from conftest import shared_path

    path = shared_path("corpus", "bbc", "sport", "199.txt")
    article, _ = read_article(path, path.parents[1], 10_000_000)
    assert "£" in article.text and "Â£" not in article.text
