"""Builds the spaCy pipeline: the model plus our registered components."""

from __future__ import annotations

import functools
import importlib
import itertools
import json
import pkgutil
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.attrs import NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex
from spacy.tokens import Doc

from pipeline import components, ingest
from pipeline.components.typography import plain_apostrophes
from pipeline.settings import DEFAULT_MODEL, DEFAULT_MODEL_META, Settings

T = TypeVar("T")
#: Where a component goes when not after the model's last pipe: sentence starts are set before parsing.
_PLACEMENT = {"news_paragraphs": {"before": "parser"}}
_TOKENIZER_EXCEPTIONS = Path(__file__).parent / "data" / "tokenizer_exceptions.json"


class ModelError(RuntimeError):
    """The spaCy model cannot be loaded or is not the one we pinned."""


def component_names() -> tuple[str, ...]:
    """Our registered component factories (importing every module in :mod:`pipeline.components`)."""
    for info in pkgutil.iter_modules(components.__path__):
        importlib.import_module(f"{components.__name__}.{info.name}")
    return tuple(name for name in Language.factories if name.startswith("news_"))


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, with a one-line error."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed (pip install it, or pass --model "
            f"with an installed pipeline name or path)"
        ) from exc
    if name == DEFAULT_MODEL:
        meta = {key: nlp.meta.get(key) for key in DEFAULT_MODEL_META}
        if meta != DEFAULT_MODEL_META:
            raise ModelError(f"model {name!r} has meta {meta}, expected {DEFAULT_MODEL_META}")
    _keep_whole(nlp)
    _split_glued_quote_marks(nlp)
    _split_wire_quote_marks(nlp)
    _plain_marks_for_features(nlp)
    return nlp


#: The word features the model's embedding reads (besides the spacing flags), with
#: the lexeme attribute that caches each.
_FEATURES = {NORM: "norm_", PREFIX: "prefix_", SUFFIX: "suffix_", SHAPE: "shape_"}


def _plain_marks_for_features(nlp: Language) -> None:
    """Let the model see a curly apostrophe as the plain one in the word features
    it embeds, while the text keeps it as written. Trained on plain apostrophes,
    the model reads ``D’Souza`` as a common noun and misses the name it finds in
    ``D'Souza``, and ``Trump’s`` loses its proper-noun tag; on CoNLL dev written
    with curly apostrophes its NER F1 was 0.4 below the same text with plain ones.
    Curly double quote marks are left alone: the model reads them as well as plain ones."""
    getters = nlp.vocab.lex_attr_getters
    for feature in _FEATURES:
        getters[feature] = functools.partial(_on_plain_marks, getters[feature])
    for lexeme in nlp.vocab:
        if plain_apostrophes(lexeme.orth_) != lexeme.orth_:
            for feature, name in _FEATURES.items():
                setattr(lexeme, name, getters[feature](lexeme.orth_))


def _on_plain_marks(getter, string: str):
    """A lexical attribute getter applied to the string with plain apostrophes."""
    return getter(plain_apostrophes(string))


#: A quote mark glued between sentence punctuation and a word (``paranoia,”Clinton
#: said``, ``said,“Look``), and the punctuation before it, split off as tokens.
_GLUED_QUOTE_MARKS = (r"(?<=\w)[.,!?;:]+(?=[\"“”]\w)", r"(?<=[.,!?;:])[\"“”](?=\w)")


def _split_glued_quote_marks(nlp: Language) -> None:
    """Split quote marks glued to the words around them, which the default rules
    leave inside one token (``paranoia,”Clinton``): the quote's attribution would
    lose its speaker. ``clean`` spaces such text for ``extract``; ``annotate`` must
    keep it as given."""
    infixes = list(nlp.Defaults.infixes) + list(_GLUED_QUOTE_MARKS)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _split_wire_quote_marks(nlp: Language) -> None:
    """Split the two backticks that open a quote in wire and treebank text
    (````no comment''``) off as one token, as the model was trained to read them;
    the default rules split them into two single backticks and the parse around
    the quote goes astray."""
    nlp.tokenizer.prefix_search = compile_prefix_regex([r"``"] + list(nlp.Defaults.prefixes)).search


def _keep_whole(nlp: Language) -> None:
    """Keep title abbreviations (``Lt.``, ``Capt.``), abbreviations in names
    (``Dept.``, ``Cie.``) and some hyphenated words (``e-mail``) as one token: split
    from its dot, a title before a name ends a sentence and breaks the name, and
    ``Dept.`` leaves the dot as the subject; split at its hyphen, ``e-mail`` leaves
    the parser a bare ``mail`` as the speaker."""
    exceptions = _tokenizer_exceptions()
    for string in exceptions["titles"] + exceptions["words"] + exceptions["abbreviations"]:
        nlp.tokenizer.add_special_case(string, [{ORTH: string}])


@functools.cache
def _tokenizer_exceptions() -> dict[str, list[str]]:
    return json.loads(_TOKENIZER_EXCEPTIONS.read_text(encoding="utf-8"))


def build_nlp(settings: Settings) -> Language:
    """The model with our components added in ``settings.components`` order (after
    the model's last pipe unless :data:`_PLACEMENT` says otherwise)."""
    known = component_names()
    nlp = load_model(settings.model)
    for name in settings.components:
        if name not in known:
            raise ModelError(f"unknown component {name!r}; known: {', '.join(known)}")
        config = {"news_paragraphs": {"titles": _tokenizer_exceptions()["titles"]},
                  "news_timex": {"day_first": settings.day_first},
                  "news_quotes": {"min_indirect_words": settings.min_indirect_words}}.get(name, {})
        placement = {key: pipe for key, pipe in _PLACEMENT.get(name, {}).items() if pipe in nlp.pipe_names}
        nlp.add_pipe(name, config=config, **placement)
    return nlp


def _make_doc(nlp: Language, text: str, dct: str | None) -> Doc:
    doc = nlp.make_doc(ingest.plain_spaces(text))  # text given as is (``annotate``) keeps its offsets
    if Doc.has_extension("dct"):
        doc._.dct = dct
    return doc


def process(
    nlp: Language, items: Iterable[tuple[str, str | None, T]], batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[T, Doc | Exception]]:
    """Run ``nlp`` over ``(text, dct, context)`` items, streaming, in input order.

    ``dct`` is the publication date (ISO) that date normalisation anchors on.
    Items go through ``nlp.pipe`` a chunk at a time; when a chunk fails, its items
    are redone one by one so that a single bad article yields its exception and
    the others their Docs.
    """
    chunk_size = batch_size * max(n_process, 1) * 8
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, chunk_size)):
        try:
            docs = list(nlp.pipe(
                (_make_doc(nlp, text, dct) for text, dct, _ in chunk), batch_size=batch_size, n_process=n_process
            ))
        except Exception:  # noqa: BLE001 - isolate the failing item below
            docs = [_process_one(nlp, text, dct) for text, dct, _ in chunk]
        yield from zip((context for _, _, context in chunk), docs)


def _process_one(nlp: Language, text: str, dct: str | None) -> Doc | Exception:
    try:
        return nlp(_make_doc(nlp, text, dct))
    except Exception as exc:  # noqa: BLE001 - reported as this article's error
        return exc
