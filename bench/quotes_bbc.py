"""Before-and-after check of ``news_quotes`` on real news: every third BBC article.

A rule tuned on PolNeAR dev also changes what analysts get from other news. This
reads every third article of ``../shared/corpus/bbc`` as ``extract`` does (ingest,
clean), parses them once with the model and ``news_entities`` (a DocBin cache, as
:mod:`bench.quotes_cached` does for PolNeAR), runs the current ``news_quotes`` over
the cache and writes one JSON line per quote. ``diff`` prints the rows that differ
between two such dumps (by span, kind, speaker and canonical speaker), so that every
row a change touches can be read before it lands.

Usage:
    python -m bench.quotes_bbc parse [--cache DIR]
    python -m bench.quotes_bbc dump OUT.jsonl [--cache DIR]
    python -m bench.quotes_bbc diff BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from spacy.tokens import DocBin

from bench.quotes_cached import PARSE_COMPONENTS
from pipeline import clean, ingest
from pipeline import nlp as pipeline_nlp
from pipeline.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"
_CONTEXT = 100  # characters before a quote shown in a dump
_KEY = ("source", "start", "end", "kind", "speaker", "speaker_canonical")


def _articles(settings: Settings) -> list[clean.Article]:
    """Every third BBC article, ingested and cleaned (articles ``extract`` rejects are left out)."""
    articles = []
    for path in ingest.survey(CORPUS).articles[::3]:
        raw, _ = ingest.read_article(path, CORPUS, settings.max_bytes)
        article = clean.clean(raw, settings.day_first)[0] if raw is not None else None
        if article is not None:
            articles.append(article)
    return articles


def parse(cache: Path) -> None:
    """Parse the articles with the model and ``news_entities``; save the Docs and their sources."""
    settings = Settings(components=PARSE_COMPONENTS)
    language = pipeline_nlp.build_nlp(settings)
    articles = _articles(settings)
    items = ((a.text, a.published.date().isoformat() if a.published else None, a.source) for a in articles)
    store = DocBin(store_user_data=True)
    for _, doc in pipeline_nlp.process(language, items):
        store.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    store.to_disk(cache / "docs.spacy")
    (cache / "sources.json").write_text(json.dumps([a.source for a in articles]), encoding="utf-8")
    print(f"cached {len(articles)} parsed BBC articles in {cache}")


def dump(cache: Path, out: Path) -> None:
    """Run the current ``news_quotes`` on the cached Docs; one JSON line per quote."""
    language = pipeline_nlp.build_nlp(Settings(components=PARSE_COMPONENTS + ("news_quotes",)))
    quotes = language.get_pipe("news_quotes")
    sources = json.loads((cache / "sources.json").read_text(encoding="utf-8"))
    docs = DocBin().from_disk(cache / "docs.spacy").get_docs(language.vocab)
    rows = 0
    with out.open("w", encoding="utf-8") as lines:
        for source, doc in zip(sources, docs):
            for quote in quotes(doc)._.quotes:
                record = {"source": source, **quote, "text": doc.text[quote["start"]:quote["end"]],
                          "context": doc.text[max(0, quote["start"] - _CONTEXT):quote["start"]]}
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
                rows += 1
    print(f"{rows} quotes of {len(sources)} articles in {out}")


def _rows(path: Path) -> dict[tuple, dict]:
    with path.open(encoding="utf-8") as lines:
        return {tuple(r[k] for k in _KEY): r for r in map(json.loads, lines)}


def diff(before: Path, after: Path) -> None:
    """Print the rows only one of two dumps has: ``-`` before, ``+`` after."""
    old, new = _rows(before), _rows(after)
    for tag, keys, rows in (("-", old.keys() - new.keys(), old), ("+", new.keys() - old.keys(), new)):
        for key in sorted(keys, key=str):
            r = rows[key]
            context = r["context"][-60:].replace("\n", "/")
            print(f"{tag} {r['source']} {r['kind']} | {r['speaker']} -> {r['speaker_canonical']} | {r['cue']} | "
                  f"{context} [[ {r['text'][:120]} ]]")
    print(f"{len(old)} rows before, {len(new)} after; {len(old.keys() - new.keys())} gone, "
          f"{len(new.keys() - old.keys())} new")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("parse", "dump", "diff"))
    parser.add_argument("files", nargs="*", type=Path, help="dump: OUT.jsonl; diff: BEFORE.jsonl AFTER.jsonl")
    parser.add_argument("--cache", type=Path, default=Path(".cache/bbc"))
    args = parser.parse_args()
    if args.command == "diff":
        if len(args.files) != 2:
            parser.error("diff takes BEFORE.jsonl AFTER.jsonl")
        diff(*args.files)
        return
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} absent")
    if args.command == "parse":
        parse(args.cache)
    elif len(args.files) != 1:
        parser.error("dump takes OUT.jsonl")
    else:
        dump(args.cache, args.files[0])


if __name__ == "__main__":
    main()
