"""Command line: ``python -m pipeline extract|annotate``.

Exit status: 0 all went well; 3 some inputs were rejected (see the ``errors``
table, or stderr for ``annotate``); 1 the run failed (bad model, unwritable
output...); 2 wrong usage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline import nlp, run, tables
from pipeline.settings import DEFAULT_MODEL, Settings

EXIT_REJECTED = 3
EXIT_FAILED = 1


def _parse_components(_ctx, _param, value: str) -> tuple[str, ...]:
    """``a,b`` -> ``("a", "b")``, each a registered component, once."""
    names = tuple(dict.fromkeys(name.strip() for name in value.split(",") if name.strip()))
    known = nlp.component_names()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(unknown)}; known: {', '.join(known)}")
    return names


def _settings_options(command):
    """The options shared by every command that runs the NLP stages."""
    options = [
        click.option("--model", default=DEFAULT_MODEL, show_default=True,
                     help="Installed spaCy pipeline name or path (e.g. en_core_web_trf)."),
        click.option("--batch-size", default=Settings.batch_size, show_default=True, type=click.IntRange(1),
                     help="Texts per nlp.pipe batch."),
        click.option("--n-process", default=Settings.n_process, show_default=True, type=click.IntRange(1),
                     help="Worker processes for nlp.pipe."),
        click.option("--components", default=",".join(Settings.components), show_default=True,
                     callback=_parse_components,
                     help="Our spaCy components to add to the model, comma-separated ('' for the model alone)."),
        click.option("--day-first/--month-first", default=Settings.day_first, show_default=True,
                     help="Read 3/9/2024 as 3 September (day first) or March 9 (month first)."),
        click.option("--min-indirect-words", default=Settings.min_indirect_words, show_default=True,
                     type=click.IntRange(1),
                     help="Shortest reported content kept as an indirect quote (lower: more recall, less precision)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_FAILED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """News extraction pipeline: raw articles in, Parquet tables out."""


@main.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("outputs", type=click.Path(file_okay=False, path_type=Path))
@_settings_options
@click.option("--max-bytes", default=Settings.max_bytes, show_default=True, type=click.IntRange(1),
              help="Reject article files larger than this.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: only when stderr is a terminal].")
def extract(corpus: Path, outputs: Path, model: str, batch_size: int, n_process: int, components: tuple[str, ...],
            day_first: bool, min_indirect_words: int, max_bytes: int, progress: bool | None) -> None:
    """Process every *.txt article under CORPUS into Parquet tables in OUTPUTS.

    Writes OUTPUTS/{documents,entities,quotes,dated_statements,errors}/, each
    readable with pandas.read_parquet. A file beside an article with the same
    name and .json suffix (title, published, byline, url, source) overrides the
    metadata read from the text.
    """
    settings = Settings(model=model, batch_size=batch_size, n_process=n_process, max_bytes=max_bytes,
                        components=components, day_first=day_first, min_indirect_words=min_indirect_words)
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        summary = run.extract(corpus, outputs, settings, progress=progress)
    except (nlp.ModelError, OSError) as exc:
        _fail(str(exc))
    click.echo(
        f"articles: {summary.read} read, {summary.skipped} other files skipped, {summary.rejected} rejected, "
        f"{summary.warnings} warnings; {summary.seconds:.1f} s"
    )
    click.echo("rows: " + ", ".join(f"{table} {count}" for table, count in summary.rows.items()))
    for (stage, error), count in sorted(summary.errors_by_kind.items()):
        click.echo(f"  {stage}/{error}: {count} (see {outputs / 'errors'})")
    if summary.rejected:
        sys.exit(EXIT_REJECTED)


def _read_jsonl(lines, problems: list[str]):
    """``(text, dct, doc_id)`` items from annotate's input; bad lines go to ``problems``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            doc_id, text = str(record["doc_id"]), record["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"line {number}: {type(exc).__name__}: {exc}")
            continue
        yield text, record.get("dct"), doc_id


@main.command()
@click.argument("input_jsonl", metavar="IN.jsonl", type=click.File("r", encoding="utf-8"))
@click.argument("output_jsonl", metavar="OUT.jsonl", type=click.File("w", encoding="utf-8"))
@_settings_options
def annotate(input_jsonl, output_jsonl, model: str, batch_size: int, n_process: int, components: tuple[str, ...],
             day_first: bool, min_indirect_words: int) -> None:
    """Run the NLP stages on each line {"doc_id", "text", "dct"?} of IN.jsonl.

    The text is used as given (no cleaning; Unicode spaces are read as plain ones),
    so offsets index it. Each output line is {"doc_id", "entities": [{start, end,
    label, canonical}], "quotes": [{start, end, kind, speaker}], "timexes": [{start,
    end, type, value}]}: the format the scorers in ../shared/bench read. dct is the
    publication date (ISO) that relative dates resolve against. Use - for
    stdin/stdout.
    """
    settings = Settings(model=model, batch_size=batch_size, n_process=n_process, components=components,
                        day_first=day_first, min_indirect_words=min_indirect_words)
    try:
        language = nlp.build_nlp(settings)
    except nlp.ModelError as exc:
        _fail(str(exc))
    problems: list[str] = []
    items = _read_jsonl(input_jsonl, problems)
    for doc_id, doc in nlp.process(language, items, batch_size, n_process):
        if isinstance(doc, Exception):
            problems.append(f"{doc_id}: {type(doc).__name__}: {doc}")
            continue
        output_jsonl.write(tables.annotation_json(doc_id, doc) + "\n")
    for problem in problems:
        click.echo(f"rejected {problem}", err=True)
    if problems:
        sys.exit(EXIT_REJECTED)
