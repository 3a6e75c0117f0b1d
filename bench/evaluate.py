"""Accuracy on the benchmarks in ``../shared/bench`` (``make eval``).

For each benchmark present, writes the gold texts as ``annotate`` input, runs
``python -m pipeline annotate`` on them and prints the reference scorer's
summary. Benchmarks that are absent are skipped. NER is scored twice: the raw
model and the full pipeline, since our components must not lose entities.

Usage: python -m bench.evaluate [--only ner,quotes,timex] [--limit N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.settings import DEFAULT_COMPONENTS

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"


def _dct(record: dict) -> str | None:
    return record.get("dct") or (record.get("meta") or {}).get("date")


#: benchmark -> (gold file under ../shared/bench, annotate runs as (label, components), scorer argument lists)
BENCHMARKS = {
    "ner": ("ner/conll03_dev.jsonl", [("raw model", ()), ("pipeline", DEFAULT_COMPONENTS)], [[]]),
    "timex": ("timex/tbaq.jsonl", [("pipeline", DEFAULT_COMPONENTS)], [[]]),
    "quotes": ("quotes/dev.jsonl", [("pipeline", DEFAULT_COMPONENTS)],
               [["--track", "all"], ["--track", "quoted"], ["--track", "direct"]]),
}


def _write_input(gold: Path, target: Path, limit: int) -> Path:
    """The gold file cut to ``limit`` documents, and the annotate input for it."""
    cut = target / f"gold-{gold.name}"
    with open(gold, encoding="utf-8") as source, open(cut, "w", encoding="utf-8") as gold_out, \
            open(target / f"in-{gold.name}", "w", encoding="utf-8") as annotate_in:
        for number, line in enumerate(source):
            if limit and number >= limit:
                break
            record = json.loads(line)
            gold_out.write(line)
            annotate_in.write(json.dumps({"doc_id": record["doc_id"], "text": record["text"],
                                          "dct": _dct(record)}) + "\n")
    return cut


def evaluate(name: str, work: Path, limit: int) -> None:
    relative, runs, scorer_args = BENCHMARKS[name]
    gold = SHARED / relative
    if not gold.exists():
        print(f"== {name}: {gold} absent, skipped")
        return
    cut = _write_input(gold, work, limit)
    for label, components in runs:
        pred = work / f"pred-{name}-{label.replace(' ', '_')}.jsonl"
        annotated = subprocess.run([sys.executable, "-m", "pipeline", "annotate", str(work / f"in-{gold.name}"),
                                    str(pred), "--components", ",".join(components)])
        if annotated.returncode not in (0, 3):  # 3: some input lines rejected, the rest scored
            raise SystemExit(f"annotate failed on {gold} (exit {annotated.returncode})")
        for args in scorer_args:
            print(f"== {name} ({label}{', ' + ' '.join(args) if args else ''})", flush=True)
            subprocess.run([sys.executable, str(gold.parent / "score.py"), str(cut), str(pred), *args], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="comma-separated benchmarks to run")
    parser.add_argument("--limit", type=int, default=0, help="first N documents of each set (0: all)")
    parser.add_argument("--keep", type=Path, help="keep inputs and predictions in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        for name in args.only.split(","):
            if name.strip() not in BENCHMARKS:
                parser.error(f"unknown benchmark {name!r}; known: {', '.join(BENCHMARKS)}")
            evaluate(name.strip(), work, args.limit)


if __name__ == "__main__":
    main()
