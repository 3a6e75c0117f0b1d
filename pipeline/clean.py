"""Cleaning and metadata: scraped article text -> clean paragraphs plus title, date, byline, URL.

Scraped news carries debris around the story: metadata glued to the first line,
markdown, bylines, photo captions, share buttons, a teaser that repeats the lead,
sentences glued without a space and paragraphs broken mid-sentence. Each rule
here is general (tested on the sample articles and on variants in
``tests/test_clean.py``); word lists live in ``pipeline/data/clean.json``.

The cleaned text is paragraphs separated by one blank line; it keeps the
headline as its first paragraph, because headlines carry entities and quotes,
and drops the other metadata lines, which go to their own columns.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import json
import re
from importlib import resources
from typing import NamedTuple
from urllib.parse import urlparse

from pipeline.errors import ErrorRow
from pipeline.ingest import RawArticle

_WORDS = json.loads(resources.files("pipeline").joinpath("data/clean.json").read_text("utf-8"))

#: Metadata lines are looked for among the first and last few non-blank lines only.
HEAD_LINES = 10
TAIL_LINES = 3
MAX_TITLE_CHARS = 250
MAX_BYLINE_WORDS = 8
MIN_TEASER_CHARS = 40
MAX_CHROME_WORDS = 12
#: A chrome line ending in a full stop ("Sign up for our newsletter.") is shorter, has no comma and ends the article.
MAX_CHROME_SENTENCE_WORDS = 8
#: Lines of a block join as one hard-wrapped paragraph only when this long.
MIN_WRAPPED_CHARS = 25
#: A block marks its paragraphs by indentation when this many of its lines (after the first) are indented,
#: and at least this share of its other lines go on with a line that stopped mid-sentence.
MIN_INDENTED_PARAGRAPHS = 2
MIN_GOING_ON_SHARE = 0.8
#: ... and its lines are this long on average (a wire's wrapped prose, not a list, table or poem).
MIN_WIRE_LINE_CHARS = 35
_NAME_JOINERS = frozenset(_WORDS["name_joiners"])
_COMMON_FIRST = frozenset(_WORDS["byline_not_first"]) | frozenset(_WORDS["weekdays"])

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(_WORDS["weekdays"], key=len, reverse=True))
_LABEL = "|".join(re.escape(label) for label in sorted(_WORDS["date_labels"], key=len, reverse=True))
_ZONE = "|".join(_WORDS["time_zones"])
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
_DATE = (
    r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<n1>\d{1,2})[/.](?P<n2>\d{1,2})[/.](?P<ny>\d{4})"
    rf"|(?P<md_month>{_MONTH})\.?\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<md_year>\d{{4}})"
    rf"|(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm_month>{_MONTH})\.?,?\s+(?P<dm_year>\d{{4}}))"
)
#: A line that is only a date (and time), possibly labelled: ``Sep 2, 2024 - 20:57``.
_DATE_LINE = re.compile(
    rf"^(?:(?:{_LABEL})\s*:?\s+)?(?:(?:{_WEEKDAY})\.?,?\s+)?{_DATE}"
    rf"(?:\s*(?:T|-|–|—|,|\||at|@)?\s*{_TIME})?\s*(?:\(?(?:{_ZONE})\)?|[+-]\d{{2}}:?\d{{2}}|Z)?\s*$",
    re.IGNORECASE,
)
#: ``date 2024-08-30 Headline...``: a labelled date glued to the first line.
_DATE_PREFIX = re.compile(rf"^\s*(?:{_LABEL})\s*:?\s+{_DATE}(?:[T ]{_TIME})?\s+(?=\S)", re.IGNORECASE)
_BYLINE = re.compile(r"^[—–-]*\s*(?:written\s+)?by(?:\s*[/:]\s*|\s+)(?P<name>\S.*?)\s*$", re.IGNORECASE)
_URL = re.compile(r"<?(?P<url>https?://[^\s<>]+?)>?[.,;]?$")
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_URL_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in _WORDS["url_labels"]) + r")\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_CREDIT = "|".join(re.escape(credit) for credit in _WORDS["photo_credits"])
#: A caption line ends with a bold credit after the caption's full stop or holding a slash
#: (``... Mongolia. **Kremlin / Telegram**``), or with a ``/ Getty Images`` or ``Photo: AFP`` credit.
_CAPTION_BOLD = re.compile(r"(?:[.!?]\s+\*\*[^*]{1,60}|\*\*[^*]{0,60}/[^*]{0,60})\*\*\s*$")
_CAPTION_CREDIT = re.compile(rf"(?:[/|]|\bphoto:|\bcredit:)\s*(?:{_CREDIT})(?:\s*/\s*\w+)*\)?\s*$", re.IGNORECASE)
_CAPTION_PREFIX = re.compile(
    r"^\(?(?:" + "|".join(re.escape(prefix) for prefix in _WORDS["caption_prefixes"]) + ")", re.IGNORECASE
)

_MARKDOWN = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"(?<!\w)\*\*(\S(?:.*?\S)?)\*\*(?!\w|\.\w)"), r"\1"),  # **bold**
    (re.compile(r"(?<!\w)__(\S(?:.*?\S)?)__(?!\w|\.\w)"), r"\1"),  # __bold__
    (re.compile(r"(?<![\w*])\*([^\s*](?:[^*]*?[^\s*])?)\*(?![\w*]|\.\w)"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_([^\s_](?:[^_]*?[^\s_])?)_(?![\w_]|\.\w)"), r"\1"),  # _em_
    (re.compile(r"^#{1,6}\s+"), ""),  # headings
    (re.compile(r"^>\s?"), ""),  # block quotes
    (re.compile(r"^\s*[-*+•]\s+"), ""),  # list bullets
    (re.compile(r"</?(?:b|i|em|strong|span|p|div|br)\b[^>]*>", re.IGNORECASE), ""),  # stray tags
    # a wire's company markup, <Renouf Corp Ltd> (several words, no address, note or tag), and its ticker after a
    # name, <ALLD.L> (not an upper-case HTML tag such as <HR> or <H2>)
    (re.compile(r"<([A-Z][^<>=/@:\n]{0,60}[a-z.] [^<>=/@:\n]{1,60})>"), r"\1"),
    (re.compile(r"(?<=\w )<(?!(?:[BIPU]|[HD][1-6RLT]|T[DHR]|LI|OL|UL|EM|DIV|SPAN|TABLE|IMG)>)([A-Z][A-Z0-9.&-]{0,11})>"),
     r"(\1)"),
]
_RULE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")
_SPACE_RUN = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w) +(?=[.,;:!?](?:\s|$))")
#: ``in 2022.“The`` / ``ruling.The``: sentence end glued to the next sentence.
_GLUED = re.compile(r"(?<=[a-z0-9)%”’\"])([.!?]+[”’\"']?)(?=[“‘\"]?[A-Z][a-z])")
#: ``…”.It`` / ``said.”The``: a closing quote glued to the next sentence.
_GLUED_AFTER_QUOTE = re.compile(r"(?<=[.!?,][”’])(?=[A-Z“‘])")
_SENTENCE_END = tuple(".!?…:;\"”’)]")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")


@dataclasses.dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata; the input of the NLP stage.

    Attributes:
        doc_id, source, sha256: as ingested.
        text: cleaned text; every offset in the output tables indexes it.
        title, byline, url, outlet: None when neither the text nor a sidecar states them.
        published: publication date and time (naive, as stated), or None.
        published_from: ``sidecar``, ``text`` or None.
    """

    doc_id: str
    source: str
    sha256: str
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    published_from: str | None = None
    byline: str | None = None
    url: str | None = None
    outlet: str | None = None


class _Line(NamedTuple):
    """A kept line of the article, stripped, and whether it was indented."""

    text: str
    indented: bool


@dataclasses.dataclass
class _Metadata:
    title: str | None = None
    published: dt.datetime | None = None
    byline: str | None = None
    url: str | None = None


def parse_date_line(line: str, day_first: bool = False) -> dt.datetime | None:
    """The date a line states when the line is only a (labelled) date and optional time.

    Args:
        line: one line of text.
        day_first: read ``05/09/2024`` as 5 September (else May 9).
    """
    match = _DATE_LINE.match(line.strip())
    return _datetime_from(match, day_first) if match else None


def _datetime_from(match: re.Match, day_first: bool) -> dt.datetime | None:
    parts = match.groupdict()
    if parts["iy"]:
        year, month, day = int(parts["iy"]), int(parts["im"]), int(parts["id"])
    elif parts["ny"]:
        first, second = int(parts["n1"]), int(parts["n2"])
        year, (day, month) = int(parts["ny"]), (first, second) if day_first else (second, first)
    elif parts["md_year"]:
        year, month, day = int(parts["md_year"]), _MONTHS[parts["md_month"].lower()], int(parts["md_day"])
    else:
        year, month, day = int(parts["dm_year"]), _MONTHS[parts["dm_month"].lower()], int(parts["dm_day"])
    hour = int(parts["hour"]) if parts.get("hour") else 0
    minute = int(parts["minute"]) if parts.get("minute") else 0
    ampm = (parts.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    try:
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def strip_markdown(line: str) -> str:
    """Markdown and stray HTML reduced to their text: links keep their words, markers go."""
    for pattern, replacement in _MARKDOWN:
        line = pattern.sub(replacement, line)
    return line


def _key(line: str) -> str:
    """A line as compared with the word lists: lower-cased, trimmed, no trailing colon."""
    return line.strip().lower().rstrip(":").strip()


def _is_chrome(line: str, at_end: bool) -> bool:
    """Share buttons and the like; a prefix rule only takes short non-sentences, or the last lines."""
    key = _key(line)
    if key in _WORDS["chrome_lines"]:
        return True
    words = len(key.split())
    sentence = key.endswith(".")
    short = words <= MAX_CHROME_SENTENCE_WORDS and at_end and "," not in key if sentence else words <= MAX_CHROME_WORDS
    return short and key.startswith(tuple(_WORDS["chrome_prefixes"]))


def _is_caption(raw_line: str) -> bool:
    line = raw_line.strip()
    if len(line.split()) > 40:
        return False
    return bool(_CAPTION_BOLD.search(line) and not line.startswith("**")) or bool(
        _CAPTION_CREDIT.search(line) or _CAPTION_PREFIX.match(line)
    )


def _byline(line: str) -> str | None:
    """The name in ``By Jane Doe`` / ``—by/radwa sherif``; None for ``By the time we came``.

    The name's words must be capitalised (or joiners such as "and", "de"), the
    first not a common word; an all-lower-case name needs the ``by/`` or
    ``by:`` form and at most three words.
    """
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    name = match.group("name").strip(" ,;")
    words = name.split()
    if not words or name.endswith(".") or len(words) > MAX_BYLINE_WORDS:
        return None
    if name.islower():
        explicit = re.search(r"by\s*[/:]", line, re.IGNORECASE)
        return name.title() if explicit and len(words) <= 3 else None
    if _key(words[0]) in _COMMON_FIRST or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return None
    return name


def _url(line: str) -> str | None:
    match = _URL.fullmatch(line.strip())
    return match.group("url") if match else None


def _strip_metadata(lines: list[str], meta: _Metadata, day_first: bool) -> list[_Line]:
    """Remove metadata, chrome and caption lines, filling ``meta`` from them.

    Blank lines are kept (they separate paragraphs). A date line counts only near
    the top, a byline near the top or bottom, where scrapers put them. Each kept
    line is stripped and says whether it was indented (see :func:`_paragraphs`).
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    head, tail = set(filled[:HEAD_LINES]), set(filled[-TAIL_LINES:])
    edges = head | tail
    kept: list[_Line] = []
    expect_url = in_reactions = False
    for i, raw in enumerate(lines):
        if not raw.strip():
            kept.append(_Line("", False))
            continue
        if in_reactions and _key(raw) in _WORDS["reaction_words"]:
            continue
        in_reactions = _key(raw) in _WORDS["reaction_headers"]
        if in_reactions or _is_caption(raw):
            continue
        if _RULE.match(raw):
            continue
        line = strip_markdown(raw).strip()
        url_label = _URL_LABEL.match(line)
        rest = url_label.group("rest").strip() if url_label else None
        if url_label and (not rest or _url(rest)):
            meta.url = meta.url or (_url(rest) if rest else None)
            expect_url = not rest
            continue
        url = _url(line)
        if url and (expect_url or i in edges):
            if expect_url or meta.url is None:
                meta.url = url  # a labelled URL wins over a bare one
            expect_url = False
            continue
        expect_url = False
        if not any(char.isalnum() for char in line) or _is_chrome(line, at_end=i in tail):
            continue
        if i in edges:
            published = parse_date_line(line, day_first) if i in head else None
            byline = None if published else _byline(line)
            if published or byline:
                meta.published = meta.published or published
                meta.byline = meta.byline or byline
                continue
        kept.append(_Line(_AUTOLINK.sub(r"\1", line), raw[:1].isspace()))
    return kept


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Group lines into paragraphs.

    Blank lines separate blocks. Inside a block each line is a paragraph, unless
    the block marks its paragraphs by indenting their first lines (a news wire's
    hard-wrapped text, see :func:`_indented_paragraphs`: one paragraph per indented
    line) or is hard-wrapped (most lines stop mid-sentence), when its lines join.
    """
    blocks: list[list[_Line]] = [[]]
    for line in lines:
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    for block in blocks:
        if not block:
            continue
        texts = [line.text for line in block]
        wrapped = sum(_stops_mid_sentence(text) for text in texts[:-1])
        if _indented_paragraphs(block):
            for line in block:
                if line.indented or line is block[0]:
                    paragraphs.append(line.text)
                else:
                    paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        elif len(block) < 3 or wrapped * 3 < (len(block) - 1) * 2:
            paragraphs.extend(texts)
        else:
            paragraphs.append(" ".join(texts))
    return paragraphs


def _stops_mid_sentence(text: str) -> bool:
    """Whether a line is long enough to be wrapped and stops mid-sentence."""
    return len(text) >= MIN_WRAPPED_CHARS and not text.endswith(_SENTENCE_END)


def _indented_paragraphs(block: list[_Line]) -> bool:
    """Whether a block marks its paragraphs by indenting their first lines, as a
    news wire's hard-wrapped text does: several lines are indented, nearly every
    other line goes on from a long line that stopped mid-sentence (a block quote,
    a subheading or a list item after a finished sentence does not), and the lines
    are as long as wrapped prose (not a list, a table or a poem)."""
    indented = sum(line.indented for line in block[1:])
    following = [previous for previous, line in zip(block, block[1:]) if not line.indented]
    going_on = sum(_stops_mid_sentence(previous.text) for previous in following)
    return MIN_INDENTED_PARAGRAPHS <= indented and bool(following) \
        and going_on >= MIN_GOING_ON_SHARE * len(following) \
        and sum(len(line.text) for line in block) >= MIN_WIRE_LINE_CHARS * len(block)


def _is_title(paragraph: str) -> bool:
    """A headline: short and not ending like a sentence (an ellipsis is allowed)."""
    text = paragraph.strip()
    bare = text.rstrip("\"”’')]")
    return len(text) <= MAX_TITLE_CHARS and (bool(_ELLIPSIS.search(bare)) or not bare.endswith((".", ",", ";", ":")))


def _fold(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip().casefold()


def _is_teaser(paragraph: str, rest: list[str]) -> bool:
    """An ellipsis-ended paragraph whose words come again in what follows it."""
    if not _ELLIPSIS.search(paragraph):
        return False
    stem = _fold(_ELLIPSIS.sub("", paragraph))
    return len(stem) >= MIN_TEASER_CHARS and stem in _fold(" ".join(rest))


def _drop_repeats(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop a repeated headline and a teaser (an ellipsis-ended copy of what follows)."""
    return [
        paragraph
        for i, paragraph in enumerate(paragraphs)
        if not (title and i > 0 and _fold(paragraph) == _fold(title)) and not _is_teaser(paragraph, paragraphs[i + 1:])
    ]


def _join_broken(paragraphs: list[str], title: str | None) -> list[str]:
    """Rejoin a paragraph broken mid-sentence: no sentence end, next starts in lower case.

    The headline (the first paragraph when there is a title) is never joined.
    """
    joined: list[str] = []
    for paragraph in paragraphs:
        mergeable = joined and not (title and len(joined) == 1)
        if mergeable and not joined[-1].endswith(_SENTENCE_END) and paragraph[:1].islower():
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def fix_spacing(paragraph: str) -> str:
    """Unglue sentences (``2022.“The`` -> ``2022. “The``), drop space before punctuation."""
    paragraph = _SPACE_RUN.sub(" ", paragraph).strip()
    paragraph = _SPACE_BEFORE_PUNCT.sub("", paragraph)
    paragraph = _GLUED.sub(r"\1 ", paragraph)
    return _GLUED_AFTER_QUOTE.sub(" ", paragraph)


def _sidecar_overrides(raw: RawArticle, meta: _Metadata) -> tuple[str | None, str | None, list[ErrorRow]]:
    """Apply sidecar metadata over what the text gave; returns (published_from, outlet, warnings)."""
    sidecar = raw.sidecar or {}
    warnings: list[ErrorRow] = []
    published_from = "text" if meta.published else None
    for field in ("title", "byline", "url"):
        if isinstance(sidecar.get(field), str) and sidecar[field].strip():
            setattr(meta, field, sidecar[field].strip())
    if sidecar.get("published"):
        try:
            published = dt.datetime.fromisoformat(str(sidecar["published"]).replace("Z", "+00:00"))
            meta.published = published.replace(tzinfo=None)  # as stated, like dates read from the text
            published_from = "sidecar"
        except ValueError:
            warnings.append(
                ErrorRow(raw.source, "clean", "bad_sidecar_date",
                         f"sidecar published {sidecar['published']!r} is not ISO 8601 (ignored)", rejected=False)
            )
    outlet = sidecar["source"].strip() or None if isinstance(sidecar.get("source"), str) else None
    if not outlet and meta.url:
        outlet = urlparse(meta.url).hostname
        outlet = outlet.removeprefix("www.") if outlet else None
    return published_from, outlet, warnings


def clean(raw: RawArticle, day_first: bool = False) -> tuple[Article | None, list[ErrorRow]]:
    """Clean one article and read its metadata.

    Args:
        raw: the ingested article.
        day_first: read numeric dates such as ``05/09/2024`` day first.

    Returns:
        The cleaned article (None when nothing is left of it: a rejected
        ``empty`` error then says so) and warnings (an unusable sidecar date).
    """
    meta = _Metadata()
    lines = raw.text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        prefix = _DATE_PREFIX.match(lines[first])
        if prefix:
            meta.published = _datetime_from(prefix, day_first)
            lines[first] = lines[first][prefix.end():]
    paragraphs = _paragraphs(_strip_metadata(lines, meta, day_first))
    if not paragraphs:
        return None, [ErrorRow(raw.source, "clean", "empty", "no article text left after cleaning")]
    if paragraphs and _is_title(paragraphs[0]) and not _is_teaser(paragraphs[0], paragraphs[1:]):
        meta.title = paragraphs[0]
    paragraphs = _join_broken(_drop_repeats(paragraphs, meta.title), meta.title)
    paragraphs = [fixed for fixed in map(fix_spacing, paragraphs) if fixed]
    if meta.title:
        meta.title = fix_spacing(meta.title)
    published_from, outlet, warnings = _sidecar_overrides(raw, meta)
    article = Article(
        doc_id=raw.doc_id,
        source=raw.source,
        sha256=raw.sha256,
        text="\n\n".join(paragraphs),
        title=meta.title,
        published=meta.published,
        published_from=published_from,
        byline=meta.byline,
        url=meta.url,
        outlet=outlet,
    )
    return article, warnings
