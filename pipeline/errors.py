"""The one record of a problem with one input; every stage reports problems this way."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class ErrorRow:
    """One row of the ``errors`` table.

    Attributes:
        source: the article's path relative to the corpus (or the input line).
        stage: where it happened: ingest, clean, nlp, tables.
        error: a short machine-readable kind (``empty``, ``binary``, ``too_large``...).
        message: what a person needs to fix it.
        rejected: True when the article was dropped, False for a warning.
    """

    source: str
    stage: str
    error: str
    message: str
    rejected: bool = True
