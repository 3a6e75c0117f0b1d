"""The output tables: their pyarrow schemas and the rows built from each processed Doc.

This is the one place that knows the output contract (documented column by
column in the README). Offsets index ``documents.text``, the cleaned text.
Ids (``entity_id``, ``quote_id``, ``statement_id``, ``sentence_id``) count from 0
within their document; join on ``(doc_id, id)``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator

import pandas as pd
import pyarrow as pa
from spacy.tokens import Doc, Span

from pipeline.clean import Article
from pipeline.errors import ErrorRow


def _schema(fields: list[tuple[str, pa.DataType]], nullable_ints: tuple[str, ...] = ()) -> pa.Schema:
    """An arrow schema whose pandas metadata makes nullable integers read back as ``Int32``.

    Without it pandas turns an int column holding a null into float64.
    """
    schema = pa.schema(fields)
    dtypes = {name: pd.Int32Dtype() for name in nullable_ints}
    empty = pa.Table.from_pandas(
        schema.empty_table().to_pandas().astype(dtypes), schema=schema, preserve_index=False
    )
    return schema.with_metadata({b"pandas": empty.schema.metadata[b"pandas"]})


_STR, _INT, _DATE = pa.string(), pa.int32(), pa.date32()

SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema([
        ("doc_id", _STR), ("source", _STR), ("sha256", _STR), ("title", _STR),
        ("published", pa.timestamp("us")), ("published_from", _STR), ("byline", _STR),
        ("url", _STR), ("outlet", _STR), ("text", _STR), ("n_chars", _INT), ("n_tokens", _INT),
        ("pipeline_version", _STR), ("model", _STR), ("processed_at", pa.timestamp("us", tz="UTC")),
    ]),
    "entities": _schema([
        ("doc_id", _STR), ("entity_id", _INT), ("text", _STR), ("label", _STR),
        ("start_char", _INT), ("end_char", _INT), ("sentence_id", _INT),
        ("canonical", _STR), ("entity_key", _STR),
    ]),
    "quotes": _schema([
        ("doc_id", _STR), ("quote_id", _INT), ("text", _STR), ("kind", _STR),
        ("start_char", _INT), ("end_char", _INT), ("speaker", _STR), ("speaker_canonical", _STR),
        ("speaker_entity_id", _INT), ("speaker_kind", _STR), ("cue", _STR), ("cue_type", _STR),
        ("negated", pa.bool_()),
        ("sentence_id", _INT),
    ], nullable_ints=("speaker_entity_id",)),
    "dated_statements": _schema([
        ("doc_id", _STR), ("statement_id", _INT), ("sentence_id", _INT), ("statement", _STR),
        ("timex", _STR), ("timex_start", _INT), ("timex_end", _INT), ("timex_type", _STR),
        ("value", _STR), ("date_start", _DATE), ("date_end", _DATE), ("granularity", _STR),
        ("anchor", _STR),
    ]),
    "errors": _schema([
        ("source", _STR), ("stage", _STR), ("error", _STR), ("message", _STR), ("rejected", pa.bool_()),
    ]),
}


@dataclasses.dataclass(frozen=True)
class RunInfo:
    """What every documents row records about the run that made it."""

    pipeline_version: str
    model: str
    processed_at: dt.datetime


class _Sentences:
    """Maps a character offset to its sentence index (0 when the model sets no sentences)."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.sents) if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
        self._starts = [span.start_char for span in self.spans]

    def index(self, char: int) -> int:
        return max(bisect.bisect_right(self._starts, char) - 1, 0)


def _extension(span: Span, name: str):
    return getattr(span._, name) if Span.has_extension(name) else None


def document_row(article: Article, doc: Doc, run: RunInfo) -> dict:
    """The ``documents`` row of one article."""
    row = {field.name: getattr(article, field.name) for field in dataclasses.fields(Article)}
    row.update(
        n_chars=len(article.text),
        n_tokens=sum(not token.is_space for token in doc),
        pipeline_version=run.pipeline_version,
        model=run.model,
        processed_at=run.processed_at,
    )
    return row


def entity_rows(doc_id: str, doc: Doc, sentences: _Sentences | None = None) -> Iterator[dict]:
    """One row per entity mention; ``entity_id`` groups mentions when ``news_entities`` ran."""
    sentences = sentences or _Sentences(doc)
    for mention, ent in enumerate(doc.ents):
        entity_id = _extension(ent, "entity_id")
        yield {
            "doc_id": doc_id,
            "entity_id": mention if entity_id is None else entity_id,
            "text": ent.text,
            "label": ent.label_,
            "start_char": ent.start_char,
            "end_char": ent.end_char,
            "sentence_id": sentences.index(ent.start_char),
            "canonical": _extension(ent, "canonical"),
            "entity_key": _extension(ent, "entity_key"),
        }


def quote_rows(doc_id: str, doc: Doc, sentences: _Sentences | None = None) -> Iterator[dict]:
    """One row per quote found by ``news_quotes`` (none when it did not run)."""
    sentences = sentences or _Sentences(doc)
    quotes = doc._.quotes if Doc.has_extension("quotes") else None
    for quote_id, quote in enumerate(quotes or []):
        yield {
            "doc_id": doc_id,
            "quote_id": quote_id,
            "text": doc.text[quote["start"]:quote["end"]],
            "kind": quote["kind"],
            "start_char": quote["start"],
            "end_char": quote["end"],
            "speaker": quote.get("speaker"),
            "speaker_canonical": quote.get("speaker_canonical"),
            "speaker_entity_id": quote.get("speaker_entity_id"),
            "speaker_kind": quote.get("speaker_kind"),
            "cue": quote.get("cue"),
            "cue_type": quote.get("cue_type"),
            "negated": bool(quote.get("negated")),
            "sentence_id": sentences.index(quote["start"]),
        }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def statement_rows(doc_id: str, doc: Doc, sentences: _Sentences | None = None) -> Iterator[dict]:
    """One row per temporal expression found by ``news_timex``, with its sentence as the statement."""
    sentences = sentences or _Sentences(doc)
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    for statement_id, timex in enumerate(timexes or []):
        sentence_id = sentences.index(timex["start"])
        yield {
            "doc_id": doc_id,
            "statement_id": statement_id,
            "sentence_id": sentence_id,
            "statement": sentences.spans[sentence_id].text.strip(),
            "timex": doc.text[timex["start"]:timex["end"]],
            "timex_start": timex["start"],
            "timex_end": timex["end"],
            "timex_type": timex["type"],
            "value": timex["value"],
            "date_start": _date(timex.get("date_start")),
            "date_end": _date(timex.get("date_end")),
            "granularity": timex.get("granularity"),
            "anchor": timex.get("anchor"),
        }


def article_rows(article: Article, doc: Doc, run: RunInfo) -> dict[str, list[dict]]:
    """All rows of one processed article, by table."""
    sentences = _Sentences(doc)
    return {
        "documents": [document_row(article, doc, run)],
        "entities": list(entity_rows(article.doc_id, doc, sentences)),
        "quotes": list(quote_rows(article.doc_id, doc, sentences)),
        "dated_statements": list(statement_rows(article.doc_id, doc, sentences)),
    }


def error_row(error: ErrorRow) -> dict:
    """The ``errors`` row of one problem."""
    return dataclasses.asdict(error)


def annotation(doc_id: str, doc: Doc) -> dict:
    """The ``annotate`` record of one Doc: the format the scorers in ``../shared/bench`` read.

    Built from the same rows as the tables, so the two never disagree (a quote's
    speaker: see :func:`_annotated_speaker`).
    """
    sentences = _Sentences(doc)
    return {
        "doc_id": doc_id,
        "entities": [
            {"start": row["start_char"], "end": row["end_char"], "label": row["label"], "canonical": row["canonical"]}
            for row in entity_rows(doc_id, doc, sentences)
        ],
        "quotes": [
            {"start": row["start_char"], "end": row["end_char"], "kind": row["kind"],
             "speaker": _annotated_speaker(row)}
            for row in quote_rows(doc_id, doc, sentences)
        ],
        "timexes": [
            {"start": row["timex_start"], "end": row["timex_end"], "type": row["timex_type"], "value": row["value"]}
            for row in statement_rows(doc_id, doc, sentences)
        ],
    }


def _annotated_speaker(row: dict) -> str | None:
    """The speaker as attribution corpora annotate it: the mention in the text.

    A nominal keeps its phrase (``the governor``), and so does a name given with
    its title (``Missouri Secretary of State Jason Kander``) or as an acronym (``the
    AP``): the phrase is what names the speaker there. A pronoun, or a phrase that
    does not contain the name it was resolved to, gives the canonical name. The
    person or organisation meant is always the quotes table's ``speaker_canonical``.
    """
    phrase, canonical = row["speaker"], row["speaker_canonical"]
    if row["speaker_kind"] == "nominal" or not canonical:
        return phrase
    if row["speaker_kind"] == "name" and phrase:
        words = phrase.replace("’s", "").replace("'s", "").split()
        names = canonical.split()
        if names[-1] in words or words and words[-1].isupper() and words[-1] not in names:
            return phrase
    return canonical


def annotation_json(doc_id: str, doc: Doc) -> str:
    """:func:`annotation` as one JSON line."""
    return json.dumps(annotation(doc_id, doc), ensure_ascii=False)
