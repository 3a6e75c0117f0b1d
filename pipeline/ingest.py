"""Ingestion: article files -> decoded, normalised text with a stable id and a content hash.

A file that cannot be used becomes an :class:`~pipeline.errors.ErrorRow`,
never an exception that stops the run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

import ftfy

from pipeline.errors import ErrorRow

ARTICLE_SUFFIX = ".txt"
SIDECAR_SUFFIX = ".json"

#: ftfy repairs mojibake (``â€™`` -> ``’``) but must keep curly quotes and widths as scraped.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Control characters other than tab/newline/carriage return: a binary file has many.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: Only well-formed references with their semicolon (``&#163;``, ``&amp;``): "AT&T" stays.
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclasses.dataclass(frozen=True)
class RawArticle:
    """One decoded article file.

    Attributes:
        source: path relative to the corpus, POSIX style.
        doc_id: stable id derived from ``source`` (an updated article keeps it).
        sha256: hash of the file's bytes (changes when the article does).
        text: decoded, normalised text.
        sidecar: metadata from ``name.json`` beside ``name.txt``, if any.
    """

    source: str
    doc_id: str
    sha256: str
    text: str
    sidecar: dict | None = None


def doc_id_for(source: str) -> str:
    """Stable id of an article: a hash of its corpus-relative path."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


class Inventory(NamedTuple):
    """What one walk of a corpus found.

    Attributes:
        articles: ``*.txt`` files, recursively, sorted, hidden files and folders skipped.
        ignored: other visible files that are not the sidecar of an article.
    """

    articles: list[Path]
    ignored: int


def survey(corpus: Path) -> Inventory:
    """Walk ``corpus`` once: the articles to read and the count of files left alone."""
    articles: list[Path] = []
    ignored = 0
    for path in sorted(corpus.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(corpus).parts) or not path.is_file():
            continue
        if path.suffix == ARTICLE_SUFFIX:
            articles.append(path)
        elif not (path.suffix == SIDECAR_SUFFIX and path.with_suffix(ARTICLE_SUFFIX).exists()):
            ignored += 1
    return Inventory(articles, ignored)


def decode(data: bytes) -> str:
    """Decode scraped bytes: BOM-marked UTF-8/16, UTF-8, else cp1252 or Latin-1; repair mojibake.

    Raises:
        UnicodeDecodeError: when the bytes look binary (NULs or many control characters).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return ftfy.fix_text(data.decode(encoding), _FTFY)
    if b"\x00" in data or len(_CONTROL.findall(data[:4096])) > 8:
        raise UnicodeDecodeError("binary", data[:1], 0, 1, "binary content (NUL or control bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return ftfy.fix_text(text, _FTFY)


def normalise(text: str) -> str:
    """LF line ends (form feeds too), HTML references resolved, NFC, plain spaces, no control characters."""
    text = _STRAY_CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    text = _HTML_ENTITY.sub(lambda match: html.unescape(match.group()), text)
    text = plain_spaces(unicodedata.normalize("NFC", text))
    return _INVISIBLE.sub("", text)


def plain_spaces(text: str) -> str:
    """Unicode spaces (no-break, thin, ideographic …) as plain spaces, which the
    tokenizer splits on; any other space is a token of its own that breaks the
    parse around it. Length-preserving, so offsets into ``text`` still hold."""
    return _SPACES.sub(" ", text)


def _read_sidecar(path: Path, source: str) -> tuple[dict | None, ErrorRow | None]:
    sidecar = path.with_suffix(SIDECAR_SUFFIX)
    if not sidecar.exists():
        return None, None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("sidecar must hold a JSON object")
    except (OSError, ValueError) as exc:
        return None, ErrorRow(source, "ingest", "bad_sidecar", f"{sidecar.name}: {exc} (ignored)", rejected=False)
    return data, None


def read_article(path: Path, corpus: Path, max_bytes: int) -> tuple[RawArticle | None, list[ErrorRow]]:
    """Read one article file.

    Returns:
        The article (None when rejected) and the errors met; a bad sidecar is
        reported but does not reject its article.
    """
    source = path.relative_to(corpus).as_posix()

    def reject(error: str, message: str) -> tuple[None, list[ErrorRow]]:
        return None, [ErrorRow(source, "ingest", error, message)]

    try:
        size = path.stat().st_size
        if size > max_bytes:
            return reject("too_large", f"{size} bytes exceeds the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        return reject("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    try:
        text = normalise(decode(data))
    except UnicodeDecodeError as exc:
        return reject("binary", exc.reason)
    if not text.strip():
        return reject("empty", "no text")
    sidecar, sidecar_error = _read_sidecar(path, source)
    article = RawArticle(source, doc_id_for(source), hashlib.sha256(data).hexdigest(), text, sidecar)
    return article, [sidecar_error] if sidecar_error else []
