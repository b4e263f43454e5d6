"""Files and folders in, clean `Document`s (or `Skipped` with a one-line reason) out.

Reading is streamed: a file is decoded in blocks, cleaned line by line and cut into Documents of at most
`max_chunk_chars` characters at paragraph boundaries, so a huge file never sits in memory whole.
Encodings are found by byte-order mark, then strict UTF-8, then charset-normalizer; HTML main text, title
and date come from trafilatura (stdlib html.parser as the fallback); language is checked with py3langid.
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kg.errors import InputError
from kg.model import Document, Skipped

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})

_BLOCK = 256 * 1024  # bytes read at a time
_SNIFF = 64 * 1024  # bytes looked at for magic numbers and NUL bytes
_ENCODING_SAMPLE = 1024 * 1024  # bytes given to charset-normalizer
_HTML_EXTRACTOR_LIMIT = 8 * 1024 * 1024  # larger HTML files are streamed through html.parser instead
_LANGUAGE_SAMPLE = 5000  # characters of cleaned text given to the language detector
_LANGUAGE_CONFIDENCE = 0.5  # a non-English verdict below this is not trusted (short or odd text)
_MAX_CONTROL_SHARE = 0.02  # more C0 control bytes than this (besides tab, newlines, form feed, escape): binary
_TEXT_CONTROLS = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))  # the bytes counted by that rule
_TITLE_MAX = 300
_BOILERPLATE_MAX_LINE = 300

# Signatures of binary formats, checked at the start of the file.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document (OLE)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")  # whitespace runs other than one plain space
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")

# --- dates written in the document itself -------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2}))(?!\d)"
)
_KEYWORD = (
    r"(?P<kw>first published|published|publication date|pub(?:lished)? date|posted|dated|date|released|issued"
    r"|last updated|last modified|updated|modified)"
)
# "Published: 12 March 2022", "By Jane Doe | Posted on March 12, 2022", "Updated 2022-03-12 10:00"
_KEYWORD_LINE = re.compile(rf"(?:^|\s[|•·—–-]\s*)\W*{_KEYWORD}(?:\s+on)?\s*[:\-–—]?\s*{_WEEKDAY}{_DATE}", re.I)
# A line that is only a date, maybe with a time: "Saturday, 12 March 2022 10:42 GMT"
_BARE_DATE_LINE = re.compile(rf"\W*{_WEEKDAY}{_DATE}(?:[\s,|]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}.{{0,20}})?\W*", re.I)
# A news dateline: "RABAT, Morocco, March 12, 2022 (Reuters) -", "WASHINGTON, 12 March 2022 —"
_DATELINE = re.compile(rf"[A-Z][A-Z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?,\s*{_WEEKDAY}{_DATE}", re.I)
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]*[A-Z]\b")
_HEADER_LINES = 15
_SHORT_LINE = 120


def detect_published_date(text: str) -> dt.date | None:
    """The publication date the document carries in its first lines ("Published: 12 March 2022", a dateline), else None."""
    published: dt.date | None = None
    other: dt.date | None = None
    updated: dt.date | None = None
    lines = [line.strip() for line in text[:20_000].split("\n") if line.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line) <= _SHORT_LINE:
            match = _KEYWORD_LINE.search(line)
            if match and (day := _match_date(match)):
                if "updated" in match["kw"].lower() or "modified" in match["kw"].lower():
                    updated = updated or day
                else:
                    published = published or day
                continue
            match = _BARE_DATE_LINE.fullmatch(line)
            if match and (day := _match_date(match)):
                other = other or day
                continue
        match = _DATELINE.match(line)
        if match and _DATELINE_PLACE.match(line) and (day := _match_date(match)):
            other = other or day
    return published or other or updated


def _match_date(match: re.Match[str]) -> dt.date | None:
    """The date a _DATE match names, or None when it is not a real calendar date."""
    for n in "123":
        if match[f"y{n}"]:
            month = match[f"m{n}"]
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            try:
                day = dt.date(int(match[f"y{n}"]), number, int(match[f"d{n}"]))
            except ValueError:
                return None
            return day if 1800 <= day.year <= 2200 else None
    return None


def _iso_date(value: str | None) -> dt.date | None:
    """The date at the start of an ISO-like string ("2021-11-24T10:00Z"), else None."""
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


# --- boilerplate --------------------------------------------------------------------------------


@cache
def _boilerplate() -> re.Pattern[str]:
    """The boilerplate line patterns of kg/data/boilerplate.txt, as one whole-line regex."""
    text = resources.files("kg").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    patterns = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    alternation = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"[\W_]*(?:{alternation})[\W_]*", re.I)


def is_boilerplate(line: str) -> bool:
    """True if a (stripped, whitespace-collapsed) line is web page furniture such as "Share this" or "Advertisement"."""
    return 0 < len(line) <= _BOILERPLATE_MAX_LINE and _boilerplate().fullmatch(line) is not None


# --- text cleaning ------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """NFC, control characters removed, runs of spaces and tabs made one space (newlines kept)."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    return _CONTROLS.sub("", text)


def _lines(blocks: Iterable[str], max_len: int) -> Iterator[str]:
    """Split decoded text blocks into normalised, stripped lines; a line longer than max_len is cut at a space."""
    pending = ""
    for block in blocks:
        pending += block
        carry_cr = pending.endswith("\r")  # a "\r\n" may straddle two blocks
        if carry_cr:
            pending = pending[:-1]
        pending = _NEWLINES.sub("\n", pending)
        cut = pending.rfind("\n")
        if cut >= 0:
            for line in _normalise(pending[:cut]).split("\n"):
                yield line.strip()
            pending = pending[cut + 1 :]
        while len(pending) > max_len:
            head, pending = _split_at_space(pending, max_len)
            yield _normalise(head).strip()
        if carry_cr:
            pending += "\r"
    if pending:
        yield _normalise(_NEWLINES.sub("\n", pending)).strip()


def _split_at_space(text: str, max_len: int) -> tuple[str, str]:
    """Cut text into a head of at most max_len characters, at the last space (or newline) if there is one."""
    cut = max(text.rfind(" ", 0, max_len + 1), text.rfind("\n", 0, max_len + 1))
    if cut <= 0:
        cut = max_len
    return text[:cut], text[cut:].lstrip()


_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")


def _markdown_line(line: str) -> str:
    """A Markdown line as plain text: heading marks, images, link targets, bold marks and rules removed."""
    if _MD_RULE.match(line):
        return ""
    line = _MD_HEADING.sub(r"\1", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    return line.lstrip("> ").strip() if line.startswith(">") else line


def _without_boilerplate(lines: Iterable[str]) -> Iterator[str]:
    """The lines, with boilerplate lines made blank (a paragraph break)."""
    for line in lines:
        yield "" if is_boilerplate(line) else line


def _paragraphs(lines: Iterable[str], max_len: int) -> Iterator[str]:
    """Group non-blank lines into paragraphs (lines joined by newlines), each at most about max_len characters."""
    buffer: list[str] = []
    size = 0
    for line in lines:
        if not line or (buffer and size + len(line) + 1 > max_len):
            if buffer:
                yield "\n".join(buffer)
            buffer, size = [], 0
        if line:
            buffer.append(line)
            size += len(line) + 1
    if buffer:
        yield "\n".join(buffer)


def _chunks(paragraphs: Iterable[str], max_len: int) -> Iterator[str]:
    """Join paragraphs with blank lines into texts of at most max_len characters, splitting only oversized paragraphs."""
    buffer: list[str] = []
    size = 0
    for paragraph in paragraphs:
        while paragraph:
            piece, paragraph = _split_at_space(paragraph, max_len) if len(paragraph) > max_len else (paragraph, "")
            added = len(piece) + (2 if buffer else 0)
            if buffer and size + added > max_len:
                yield "\n\n".join(buffer)
                buffer, size, added = [], 0, len(piece)
            buffer.append(piece)
            size += added
    if buffer:
        yield "\n\n".join(buffer)


def clean_text(text: str, *, markdown: bool = False) -> str:
    """Normalised text with boilerplate lines removed and paragraphs separated by one blank line."""
    lines: Iterable[str] = _lines([text], max(len(text), 1))
    if markdown:
        lines = (_markdown_line(line) for line in lines)
    return "\n\n".join(_paragraphs(_without_boilerplate(lines), max(len(text), 1)))


def _title(text: str) -> str | None:
    """The first line of the text, as a headline, unless it is too long to be one."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if first and len(first) <= _TITLE_MAX else None


# --- ids ----------------------------------------------------------------------------------------


def safe_id(stem: str) -> str:
    """A file stem made safe as one IRI path segment: other characters than letters, digits, "_.~-" become "-"."""
    text = unicodedata.normalize("NFC", stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    kept = "".join(c if _id_char(c) else " " for c in text)
    return "-".join(kept.split()).strip("-.") or "document"


def _id_char(char: str) -> bool:
    """True for letters, digits and combining marks of any script, and "_", ".", "~", "-"."""
    return char.isalnum() or char in "_.~-" or unicodedata.category(char).startswith("M")


def _printable(path: Path) -> str:
    """The path as a string that encodes to UTF-8 (undecodable file-name bytes shown as U+FFFD)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass
class _Ids:
    """Ids given out in one call, so that each is unique."""

    used: set[str] = field(default_factory=set)

    def claim(self, wanted: str) -> str:
        """wanted if free, else wanted-2, wanted-3…"""
        candidate, n = wanted, 1
        while candidate in self.used:
            n += 1
            candidate = f"{wanted}-{n}"
        self.used.add(candidate)
        return candidate


# --- language -----------------------------------------------------------------------------------


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier with probabilities normalised to 0..1 (loaded once, ~0.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_ENGLISH_SHARE = 0.25  # English news prose runs at 0.35-0.5 function words; French or German text near 0.05


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language when the detector is confident, else None."""
    sample = text[:_LANGUAGE_SAMPLE]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    language, confidence = _identifier().classify(sample)
    return language if confidence >= _LANGUAGE_CONFIDENCE else None


def _english_share(text: str) -> float:
    """The share of words that are English function words (spaCy's stop-word list): high in any English prose,
    whatever its proper names, so that a short sentence full of foreign names is not taken for another language."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z']+", text[:_LANGUAGE_SAMPLE].lower())
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


def _language_problem(text: str) -> str | None:
    """The skip reason if the text is confidently not English, else None."""
    language = detect_language(text)
    if language in (None, "en") or _english_share(text) >= _ENGLISH_SHARE:
        return None
    return f"not English (detected: {language})"


# --- HTML ---------------------------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form",
                        "button", "select", "iframe", "object", "canvas", "math"})
_HTML_BLOCK = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                         "article", "main", "header", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption",
                         "hr", "address", "details", "summary", "caption", "title", "body", "head"})
_HTML_DATE_META = frozenset({"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                             "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.issued",
                             "dcterms.created", "sailthru.date", "parsely-pub-date", "publication_date", "citation_date",
                             "citation_publication_date", "article.published", "og:article:published_time"})


class _HtmlText(HTMLParser):
    """A lenient streaming HTML-to-text parser: visible text with blank lines between blocks, title and meta date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: str | None = None
        self.published: dt.date | None = None
        self._skip = 0
        self._in_title = False
        self._title_parts: list[str] = []
        self._out: list[str] = []
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track skipped and block elements; read date meta tags."""
        if tag in _HTML_SKIP:
            self._skip += 1
        elif tag == "title" and self.title is None:
            self._in_title = True
        elif tag == "meta" and self.published is None:
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _HTML_DATE_META:
                self.published = _iso_date(values.get("content"))
        elif tag == "time" and self.published is None and any(k == "pubdate" for k, _ in attrs):
            self.published = _iso_date(dict(attrs).get("datetime"))
        if tag == "pre":
            self._pre += 1
        if tag == "br":
            self._out.append("\n")
        elif tag in _HTML_BLOCK:
            self._out.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        """Close skipped, title and block elements."""
        if tag in _HTML_SKIP and self._skip:
            self._skip -= 1
        elif tag == "title" and self._in_title:
            self._in_title = False
            self.title = " ".join("".join(self._title_parts).split()) or None
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in _HTML_BLOCK:
            self._out.append("\n\n")

    def handle_data(self, data: str) -> None:
        """Keep visible text; whitespace collapses as a browser would, except inside <pre>."""
        if self._in_title:
            self._title_parts.append(data)
        elif not self._skip:
            self._out.append(data if self._pre else re.sub(r"\s+", " ", data))

    def take(self) -> str:
        """The text gathered since the last call."""
        text = "".join(self._out)
        self._out.clear()
        return text


def _stream_html(blocks: Iterable[str], parser: _HtmlText) -> Iterator[str]:
    """Feed HTML blocks to the stdlib parser and yield the text it finds, a block at a time."""
    for block in blocks:
        parser.feed(block)
        yield parser.take()
    parser.close()
    yield parser.take()


@dataclass(frozen=True)
class _HtmlPage:
    """What was extracted from one HTML page."""

    text: str
    title: str | None
    published: dt.date | None


def extract_html(html: str) -> _HtmlPage:
    """Main text (paragraphs separated by blank lines), title and publication date of an HTML page."""
    page = _trafilatura(html)
    if page is not None and page.text.strip():
        return page
    parser = _HtmlText()
    text = "".join(_stream_html([html], parser))
    return _HtmlPage(text=text, title=(page and page.title) or parser.title, published=(page and page.published) or parser.published)


def _trafilatura(html: str) -> _HtmlPage | None:
    """trafilatura's main text, title and date, or None when it finds nothing or fails on the markup."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - any failure inside the extractor means: use the stdlib fallback
        return None
    if result is None:
        return None
    text = (getattr(result, "text", None) or "").replace("\n", "\n\n")
    return _HtmlPage(text=text, title=getattr(result, "title", None) or None,
                     published=_iso_date(getattr(result, "date", None)))


# --- bytes → text -------------------------------------------------------------------------------


class _Skip(Exception):
    """Internal: this file is skipped for the reason given."""


def _binary_kind(head: bytes) -> str | None:
    """The binary format named by the file's first bytes, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def _decodes(handle: BinaryIO, encoding: str) -> bool:
    """True if the whole file decodes strictly in encoding (read in blocks, nothing kept)."""
    handle.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        while block := handle.read(_BLOCK):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _choose_encoding(handle: BinaryIO, head: bytes) -> tuple[str, str]:
    """(codec, errors mode) for the file: byte-order mark, else strict UTF-8, else charset-normalizer's guess."""
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            if _decodes(handle, codec):
                return codec, "strict"
            break
    if b"\x00" in head:
        raise _Skip("binary file (contains NUL bytes)")
    if len(head.translate(None, _TEXT_CONTROLS)) < len(head) * (1 - _MAX_CONTROL_SHARE):
        raise _Skip("binary file (control characters)")
    if _decodes(handle, "utf-8"):
        return "utf-8", "strict"
    handle.seek(0)
    guess = _guess_encoding(handle.read(_ENCODING_SAMPLE))
    if guess is None:
        raise _Skip("cannot decode: not in any known text encoding")
    return guess, "replace"


def _guess_encoding(sample: bytes) -> str | None:
    """charset-normalizer's encoding for sample, preferring Windows-1252 among equally clean candidates."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = min(match.chaos for match in matches)
    for match in matches:  # short Western text often ties between cp1250 and cp1252: English news is cp1252
        if match.chaos <= best + 0.05 and "cp1252" in (match.could_be_from_charset or [match.encoding]):
            return "cp1252"
    return matches[0].encoding


def _decoded_blocks(handle: BinaryIO, encoding: str, errors: str) -> Iterator[str]:
    """The file's text, decoded a block at a time."""
    handle.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    while block := handle.read(_BLOCK):
        if text := decoder.decode(block):
            yield text
    if tail := decoder.decode(b"", final=True):
        yield tail


# --- one file -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    """The options of one read_documents call."""

    published: dt.date | None
    any_language: bool
    max_chunk_chars: int


def _open(path: Path) -> BinaryIO:
    """Open a file for binary reading (a seam for tests)."""
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's with-block


def _read_file(path: Path, base_id: str, options: _Options, ids: _Ids) -> Iterator[Document | Skipped]:
    """One file's Documents (several parts if it is long), or one Skipped."""
    source = _printable(path)
    emitted = False
    try:
        with _open(path) as handle:
            for document in _file_documents(handle, path, source, base_id, options, ids):
                emitted = True
                yield document
    except _Skip as skip:
        yield Skipped(source, str(skip))
    except PermissionError:
        yield Skipped(source, "cannot read: permission denied")
    except OSError as error:
        where = "the rest of the file" if emitted else "the file"
        yield Skipped(source, f"cannot read {where}: {error.strerror or error}")


def _file_documents(
    handle: BinaryIO, path: Path, source: str, base_id: str, options: _Options, ids: _Ids
) -> Iterator[Document]:
    """The Documents of an open file; raises _Skip with the reason when there is none to make."""
    head = handle.read(_SNIFF)
    if not head:
        raise _Skip("empty file")
    if kind := _binary_kind(head):
        raise _Skip(f"binary file ({kind})")
    encoding, errors = _choose_encoding(handle, head)
    size = os.fstat(handle.fileno()).st_size
    lines, is_html, metadata = _text_lines(_decoded_blocks(handle, encoding, errors), path, size, options.max_chunk_chars)
    limit = options.max_chunk_chars
    chunks = _chunks(_paragraphs(_without_boilerplate(lines), limit), limit)
    first_chunk = next(chunks, None)
    if first_chunk is None:
        raise _Skip("no text in the HTML" if is_html else "no text (only whitespace or boilerplate)")
    if not options.any_language and (problem := _language_problem(first_chunk)):
        raise _Skip(problem)
    page_title, page_date = metadata()
    title = page_title or _title(first_chunk)
    published = page_date or detect_published_date(first_chunk) or options.published
    second = next(chunks, None)
    if second is None:
        yield Document(id=ids.claim(base_id), text=first_chunk, source=source, title=title, published=published)
        return
    for number, text in enumerate(_prepend(first_chunk, _prepend(second, chunks)), start=1):
        part_title = title if number == 1 or title is None else f"{title} (part {number})"
        part_id = ids.claim(f"{base_id}-part-{number:04d}")
        yield Document(id=part_id, text=text, source=source, title=part_title, published=published)


def _text_lines(
    blocks: Iterator[str], path: Path, size: int, limit: int
) -> tuple[Iterable[str], bool, Callable[[], tuple[str | None, dt.date | None]]]:
    """The file's text lines, whether it is HTML, and a getter of the page's title and date (known once read)."""
    first = next(blocks, "")
    blocks = _prepend(first, blocks)
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES or _HTML_START.match(first[:4096]):
        if size <= _HTML_EXTRACTOR_LIMIT:
            page = extract_html("".join(blocks))
            return _lines([page.text], limit), True, lambda: (page.title, page.published)
        parser = _HtmlText()  # too big for the extractor: stream it through the stdlib parser
        return _lines(_stream_html(blocks, parser), limit), True, lambda: (parser.title, parser.published)
    lines = _lines(blocks, limit)
    if suffix == ".md":
        lines = (_markdown_line(line) for line in lines)
    return lines, False, lambda: (None, None)


def _prepend(first: str, rest: Iterator[str]) -> Iterator[str]:
    """first, then the rest."""
    yield first
    yield from rest


# --- walking ------------------------------------------------------------------------------------


def _link_problem(path: Path) -> str | None:
    """Why a symlink cannot be followed (loop or missing target), or None if it resolves."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop"
        target = os.readlink(path) if path.is_symlink() else "?"
        return f"broken symlink (target {target} does not exist)"
    return None


def _walk(folder: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Path | Skipped]:
    """Text files under folder, sorted by name, recursively; symlink loops and broken links as Skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(_printable(folder), f"cannot read folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        wanted = path.suffix.lower() in TEXT_SUFFIXES
        if entry.is_symlink() and (problem := _link_problem(path)):
            if wanted or not path.suffix:
                yield Skipped(_printable(path), problem)
            continue
        try:
            if entry.is_dir():
                info = entry.stat()
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    yield Skipped(_printable(path), f"symlink loop (points back to {_printable(Path(os.path.realpath(path)))})")
                else:
                    yield from _walk(path, ancestors | {key})
            elif wanted and entry.is_file():
                yield path
        except OSError as error:
            yield Skipped(_printable(path), f"cannot read: {error.strerror or error}")


def _candidates(roots: list[Path]) -> Iterator[Path | Skipped]:
    """Every file named, or found under a folder named, in order."""
    for root in roots:
        if root.is_symlink() and (problem := _link_problem(root)):
            yield Skipped(_printable(root), problem)
        elif root.is_dir():
            info = root.stat()
            yield from _walk(root, frozenset({(info.st_dev, info.st_ino)}))
        else:
            yield root


def read_documents(
    paths: Iterable[Path | str],
    *,
    published: dt.date | None = None,
    any_language: bool = False,
    max_chunk_chars: int = 200_000,
) -> Iterator[Document | Skipped]:
    """Read files and folders (recursively: .txt, .md, .html, .htm) into Documents, or Skipped with a reason.

    Raises InputError at once for a path that does not exist; everything else is reported per file, lazily.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise InputError(f"no such file or folder: {_printable(root)}")
    if max_chunk_chars < 1:
        raise InputError(f"max_chunk_chars must be at least 1, not {max_chunk_chars}")
    options = _Options(published=published, any_language=any_language, max_chunk_chars=max_chunk_chars)
    return _read_all(roots, options)


def _read_all(roots: list[Path], options: _Options) -> Iterator[Document | Skipped]:
    """The generator behind read_documents."""
    ids = _Ids()
    seen: dict[tuple[int, int], str] = {}
    for candidate in _candidates(roots):
        if isinstance(candidate, Skipped):
            yield candidate
            continue
        try:
            info = candidate.stat()
        except OSError as error:
            yield Skipped(_printable(candidate), f"cannot read: {error.strerror or error}")
            continue
        if not stat.S_ISREG(info.st_mode):
            yield Skipped(_printable(candidate), "not a regular file")
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield Skipped(_printable(candidate), f"same file as {seen[key]}")
            continue
        seen[key] = _printable(candidate)
        yield from _read_file(candidate, safe_id(candidate.stem), options, ids)


def document_from_text(text: str, *, id: str, published: dt.date | None = None, source: str = "") -> Document:
    """A Document from text given directly: cleaned, titled by its first line, dated by itself or by `published`."""
    cleaned = clean_text(text)
    if not cleaned:
        raise InputError(f"document {id!r} has no text")
    return Document(id=id, text=cleaned, source=source, title=_title(cleaned),
                    published=detect_published_date(cleaned) or published)
