"""The BBC before-and-after diff of ``bench.quotes_bbc`` (no corpus needed)."""

import json

from bench import quotes_bbc


def _dump(path, rows):
    base = {"kind": "indirect", "cue": "say", "context": "…", "text": "the plan would fail"}
    path.write_text("".join(json.dumps({**base, **row}) + "\n" for row in rows), encoding="utf-8")


def test_diff_prints_the_rows_a_change_touched(tmp_path, capsys):
    same = {"source": "a.txt", "start": 0, "end": 19, "speaker": "Ann Lake", "speaker_canonical": "Ann Lake"}
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    _dump(before, [same, {"source": "b.txt", "start": 5, "end": 24, "speaker": "a spokesman",
                          "speaker_canonical": "a spokesman"}])
    _dump(after, [same, {"source": "b.txt", "start": 5, "end": 24, "speaker": "a spokesman",
                         "speaker_canonical": "Halden Motors"}])
    quotes_bbc.diff(before, after)
    lines = capsys.readouterr().out.splitlines()
    assert [line[:2] for line in lines[:2]] == ["- ", "+ "]
    assert "a spokesman -> a spokesman" in lines[0] and "a spokesman -> Halden Motors" in lines[1]
    assert lines[-1] == "2 rows before, 2 after; 1 gone, 1 new"
