"""Typographic variants the components read as their plain forms.

News text mixes curly apostrophes (``Trump’s``, ``D’Souza``) with plain ones;
the model was trained on plain ones, and word lists are written with them.
"""

from __future__ import annotations

#: Curly apostrophes (and single quote marks) to the plain one.
_PLAIN_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def plain_apostrophes(text: str) -> str:
    """``text`` with every curly apostrophe made plain (``company’s`` → ``company's``)."""
    return text.translate(_PLAIN_APOSTROPHES)
