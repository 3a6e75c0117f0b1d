"""The stage chain: ingest -> clean -> nlp -> tables -> store, streamed article by article."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from pipeline import __version__, clean, ingest, nlp, tables
from pipeline.errors import ErrorRow
from pipeline.settings import Settings
from pipeline.store import TableStore


@dataclasses.dataclass
class Summary:
    """What a run did; printed at its end.

    Attributes:
        read: article files found.
        skipped: other files under the corpus, not articles nor their sidecars.
        rejected: articles dropped (each has an ``errors`` row).
        warnings: problems that did not drop an article (a bad sidecar).
        rows: rows written per table.
        errors_by_kind: counts of ``(stage, error)``.
        seconds: wall time.
    """

    read: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    errors_by_kind: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    seconds: float = 0.0

    def note(self, error: ErrorRow) -> None:
        self.errors_by_kind[(error.stage, error.error)] += 1
        if error.rejected:
            self.rejected += 1
        else:
            self.warnings += 1


def _record(problems: list[ErrorRow], summary: Summary, store: TableStore) -> None:
    """Count problems in the summary and write them to the ``errors`` table."""
    for problem in problems:
        summary.note(problem)
    store.add("errors", [tables.error_row(problem) for problem in problems])


def _cleaned(
    corpus: Path, paths: list[Path], settings: Settings, store: TableStore, summary: Summary, bar: tqdm
) -> Iterator[clean.Article]:
    """Ingested and cleaned articles; problems go to the ``errors`` table as they happen."""
    for path in paths:
        summary.read += 1
        raw, problems = ingest.read_article(path, corpus, settings.max_bytes)
        _record(problems, summary, store)
        if raw is None:
            bar.update()
            continue
        try:
            article, problems = clean.clean(raw, settings.day_first)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the run
            article, problems = None, [ErrorRow(raw.source, "clean", type(exc).__name__, str(exc))]
        _record(problems, summary, store)
        if article is None:
            bar.update()
            continue
        yield article


def extract(corpus: Path, outputs: Path, settings: Settings, progress: bool = False) -> Summary:
    """Process every article under ``corpus`` and write the tables to ``outputs``.

    Raises:
        NotADirectoryError: ``corpus`` is not a directory.
        pipeline.nlp.ModelError: the spaCy model cannot be loaded.
    """
    if not corpus.is_dir():
        raise NotADirectoryError(f"corpus {corpus} is not a directory")
    started = time.perf_counter()
    language = nlp.build_nlp(settings)
    run = tables.RunInfo(
        pipeline_version=f"{__version__}+{settings.fingerprint()}",
        model=f"{language.meta['lang']}_{language.meta['name']}-{language.meta['version']}",
        processed_at=dt.datetime.now(dt.timezone.utc),
    )
    inventory = ingest.survey(corpus)
    summary = Summary(skipped=inventory.ignored)
    with TableStore(outputs) as store, tqdm(total=len(inventory.articles), unit=" articles", disable=not progress) as bar:
        articles = _cleaned(corpus, inventory.articles, settings, store, summary, bar)
        items = ((a.text, a.published.date().isoformat() if a.published else None, a) for a in articles)
        for article, doc in nlp.process(language, items, settings.batch_size, settings.n_process):
            bar.update()
            try:
                if isinstance(doc, Exception):
                    raise doc
                rows = tables.article_rows(article, doc, run)
            except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the run
                stage = "nlp" if exc is doc else "tables"
                _record([ErrorRow(article.source, stage, type(exc).__name__, str(exc))], summary, store)
                continue
            for table, table_rows in rows.items():
                store.add(table, table_rows)
    summary.rows = dict(store.counts)
    summary.seconds = time.perf_counter() - started
    return summary
