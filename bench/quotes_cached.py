"""Fast development loop for ``news_quotes`` on PolNeAR dev (``../shared/bench/quotes``).

Parsing is the slow part and does not change while quote rules do, so ``parse``
runs the model and ``news_entities`` once and caches the Docs (with their entity
extensions) as a DocBin; ``score`` runs the current ``news_quotes`` over the cache
and prints the reference scorer's figures per half of an md5(doc_id) split (half 0
to develop on, half 1 to check that a rule generalises) and on the whole set.
The figures equal ``make eval``'s, which parses afresh. A last row scores the
quoted track on the direct and mixed predictions alone: a diagnostic of the
quotation-mark extractor, since the scorer counts every indirect prediction that
no gold quote covers as a false positive of that track too.

Usage:
    python -m bench.quotes_cached parse [--cache DIR]
    python -m bench.quotes_cached score [--cache DIR] [--errors]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
from pathlib import Path

from spacy.tokens import Doc, DocBin

from pipeline import nlp as pipeline_nlp
from pipeline import tables
from pipeline.settings import Settings

GOLD = Path(__file__).resolve().parents[2] / "shared" / "bench" / "quotes" / "dev.jsonl"
PARSE_COMPONENTS = ("news_paragraphs", "news_entities")


def _half(doc_id: str) -> int:
    return int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2


def _records() -> list[dict]:
    with open(GOLD, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def parse(cache: Path) -> None:
    """Parse every gold text with the model and ``news_entities``; save the Docs."""
    language = pipeline_nlp.build_nlp(Settings(components=PARSE_COMPONENTS))
    records = _records()
    items = ((r["text"], r.get("meta", {}).get("date"), r["doc_id"]) for r in records)
    store = DocBin(store_user_data=True)
    for _, doc in pipeline_nlp.process(language, items):
        store.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    store.to_disk(cache / "docs.spacy")
    print(f"cached {len(records)} parsed documents in {cache}")


def _scorer():
    spec = importlib.util.spec_from_file_location("quote_score", GOLD.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(cache: Path, errors: bool) -> None:
    """Run ``news_quotes`` on the cached Docs and print the scorer's figures."""
    language = pipeline_nlp.build_nlp(Settings(components=PARSE_COMPONENTS + ("news_quotes",)))
    quotes = language.get_pipe("news_quotes")
    records = _records()
    docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(language.vocab))
    predictions = {}
    for record, doc in zip(records, docs):
        assert len(doc.text) == len(record["text"])  # the same but for plain spaces
        predictions[record["doc_id"]] = tables.annotation(record["doc_id"], quotes(doc))["quotes"]
    scorer = _scorer()
    print(f"{'part':6} {'track':7} {'ovP':>5} {'ovR':>5} {'ovF1':>5} {'exF1':>5} | "
          f"{'name':>5} {'nom':>5} {'pron':>5} | {'e2e':>5} {'e2eS':>5}")
    for part, keep in (("half0", 0), ("half1", 1), ("all", None)):
        gold = [r for r in records if keep is None or _half(r["doc_id"]) == keep]
        error_rows = [] if errors and keep == 0 else None
        result, _ = scorer.score(gold, predictions, errors=error_rows)
        for track in ("quoted", "all"):
            r = result[track]
            cells = [r["overlap_p"], r["overlap_r"], r["overlap_f1"], r["exact_f1"], r["speaker_acc_name"],
                     r["speaker_acc_nominal"], r["speaker_acc_pronoun_silver"], r["e2e_f1"], r["e2e_silver_f1"]]
            row = " ".join(f"{100 * c:5.1f}" for c in cells[:4])
            row += " | " + " ".join(f"{100 * c:5.1f}" for c in cells[4:7])
            row += " | " + " ".join(f"{100 * c:5.1f}" for c in cells[7:])
            print(f"{part:6} {track:7} {row}")
        if keep is None:
            marked = {k: [q for q in v if q["kind"] != "indirect"] for k, v in predictions.items()}
            r = scorer.score(gold, marked)[0]["quoted"]
            print(f"{'all':6} {'quoted':7} {100 * r['overlap_f1']:5.1f} ovF1 | {100 * r['e2e_f1']:5.1f} e2e "
                  "(direct and mixed predictions only: a diagnostic, not the track's figure)")
        if error_rows is not None:
            path = cache / "errors-half0-quoted.jsonl"
            path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in error_rows), encoding="utf-8")
            print(f"quoted-track errors of half 0 in {path}")
    (cache / "pred.jsonl").write_text(
        "".join(json.dumps({"doc_id": k, "quotes": v}, ensure_ascii=False) + "\n" for k, v in predictions.items()),
        encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("parse", "score"))
    parser.add_argument("--cache", type=Path, default=Path(".cache/polnear"))
    parser.add_argument("--errors", action="store_true", help="write half 0's quoted-track errors")
    args = parser.parse_args()
    if not GOLD.exists():
        raise SystemExit(f"{GOLD} absent")
    if args.command == "parse":
        parse(args.cache)
    else:
        score(args.cache, args.errors)


if __name__ == "__main__":
    main()
