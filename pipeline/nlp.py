"""Builds the spaCy pipeline: the model plus our registered components."""

from __future__ import annotations

import importlib
import pkgutil

import spacy
from spacy.language import Language

from pipeline import components
from pipeline.settings import DEFAULT_MODEL, DEFAULT_MODEL_META, Settings


class ModelError(RuntimeError):
    """The spaCy model cannot be loaded or is not the one we pinned."""


def _register_components() -> None:
    """Import every module in :mod:`pipeline.components` so its factories exist."""
    for info in pkgutil.iter_modules(components.__path__):
        importlib.import_module(f"{components.__name__}.{info.name}")


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
    return nlp


def build_nlp(settings: Settings) -> Language:
    """The model with our components appended in ``settings.components`` order."""
    _register_components()
    nlp = load_model(settings.model)
    for name in settings.components:
        config = {"day_first": settings.day_first} if name == "news_timex" else {}
        nlp.add_pipe(name, config=config)
    return nlp
