"""Plain text in, clean text out: lines and paragraphs normalised, web boilerplate dropped, the date a document
carries in its header, and its language. Pure functions over strings, so files and HTML pages clean the same way.

Word lists a user would extend live in ``kg/data`` (``boilerplate.txt``, ``published_date_labels.tsv``) and
load through :mod:`kg.datafiles`; month and weekday names stay here as constants.
"""
from __future__ import annotations

import datetime as dt
import html
import importlib.util
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg import datafiles

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = [
    "BOILERPLATE_FILE",
    "PUBLISHED_DATE_LABELS_FILE",
    "chunks",
    "clean_text",
    "detect_language",
    "detect_published_date",
    "headline",
    "is_boilerplate",
    "language_problem",
    "markdown_line",
    "paragraphs",
    "split_at_space",
    "split_lines",
    "without_boilerplate",
]

BOILERPLATE_FILE = "boilerplate.txt"  # whole-line regular expressions of web page furniture
PUBLISHED_DATE_LABELS_FILE = "published_date_labels.tsv"  # "Published:", "Last updated" ... before a header date

_TITLE_MAX = 300
_BOILERPLATE_MAX_LINE = 300
_LANGUAGE_SAMPLE = 5000  # characters of cleaned text given to the language detector
_LANGUAGE_CONFIDENCE = 0.5  # a non-English verdict below this is not trusted (short or odd text)
_ENGLISH_SHARE = 0.25  # English news prose runs at 0.35-0.5 function words; French or German text near 0.05

_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")  # whitespace runs other than one plain space
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
# Invisible format characters: soft hyphen, zero-width space/joiners, direction marks, bidi embeddings,
# overrides and isolates, word joiners. They carry nothing in English text and would cut a name in two.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]")
# Flag emoji (pairs of regional indicators) glued to a word would make one token of "Israel🇮🇱".
_FLAGS = re.compile("[\U0001F1E6-\U0001F1FF]+")

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
_DATE_KINDS = frozenset({"published", "updated"})
# A line that is only a date, maybe with a time: "Saturday, 12 March 2022 10:42 GMT"
_BARE_DATE_LINE = re.compile(rf"\W*{_WEEKDAY}{_DATE}(?:[\s,|]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}.{{0,20}})?\W*", re.I)
# A news dateline: "RABAT, Morocco, March 12, 2022 (Reuters) -", "WASHINGTON, 12 March 2022 —"
_DATELINE = re.compile(rf"[A-Z][A-Z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?,\s*{_WEEKDAY}{_DATE}", re.I)
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]*[A-Z]\b")
_HEADER_LINES = 15
_SHORT_LINE = 120


@cache
def _date_labels() -> dict[str, str]:
    """The labels of kg/data/published_date_labels.tsv ("published", "last updated" ...) and their kinds, in order."""
    labels = datafiles.word_map(PUBLISHED_DATE_LABELS_FILE, ("label", "kind"))
    for number, (label, kind) in datafiles.rows(PUBLISHED_DATE_LABELS_FILE, ("label", "kind")):
        if kind not in _DATE_KINDS:
            raise datafiles.fail(PUBLISHED_DATE_LABELS_FILE, number,
                                 f"kind of {label!r} must be one of {sorted(_DATE_KINDS)}, not {kind!r}")
    return labels


@cache
def _keyword_line() -> re.Pattern[str]:
    """"Published: 12 March 2022", "By Jane Doe | Posted on March 12, 2022", "Updated 2022-03-12 10:00"."""
    keyword = "(?P<kw>" + "|".join(re.escape(label) for label in _date_labels()) + ")"
    return re.compile(rf"(?:^|\s[|•·—–-]\s*)\W*{keyword}(?:\s+on)?\s*[:\-–—]?\s*{_WEEKDAY}{_DATE}", re.I)


def detect_published_date(text: str) -> dt.date | None:
    """The publication date the document carries in its first lines ("Published: 12 March 2022", a dateline), else None.

    A "published" label wins over a bare date or a dateline, which win over an "updated" label; a date inside a
    body sentence is not the document's date.

    >>> detect_published_date("Ruiz in Lima\\nUpdated: 14 March 2022\\nPublished: 12 March 2022\\n\\nBody.")
    datetime.date(2022, 3, 12)
    >>> detect_published_date("RABAT, Morocco, March 12, 2022 (Reuters) - Morocco and Israel signed a deal.")
    datetime.date(2022, 3, 12)
    >>> detect_published_date("Headline\\n\\nOn 12 March 2022 the ministers met in Rabat.") is None
    True
    """
    published: dt.date | None = None
    other: dt.date | None = None
    updated: dt.date | None = None
    lines = [line.strip() for line in text[:20_000].split("\n") if line.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line) <= _SHORT_LINE:
            match = _keyword_line().search(line)
            if match and (day := _match_date(match)):
                if _date_labels()[match["kw"].lower()] == "updated":
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


# --- boilerplate --------------------------------------------------------------------------------


@cache
def _boilerplate() -> re.Pattern[str]:
    """The boilerplate line patterns of kg/data/boilerplate.txt, as one whole-line regex (each checked on its own)."""
    patterns = []
    for number, line in datafiles.lines(BOILERPLATE_FILE):
        pattern = line.strip()
        try:
            re.compile(pattern, re.I)
        except re.error as error:
            raise datafiles.fail(BOILERPLATE_FILE, number, f"bad regular expression {pattern!r}: {error}") from None
        patterns.append(pattern)
    alternation = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"[\W_]*(?:{alternation})[\W_]*", re.I)


def is_boilerplate(line: str) -> bool:
    """True if a (stripped, whitespace-collapsed) line is web page furniture such as "Share this" or "Advertisement".

    Only short lines are tested, so a paragraph that starts with such a phrase is kept.

    >>> is_boilerplate("— Advertisement —"), is_boilerplate("Read more: Israel and Morocco deepen ties")
    (True, True)
    >>> is_boilerplate("Share prices rose in Rabat after the agreement.")
    False
    """
    return 0 < len(line) <= _BOILERPLATE_MAX_LINE and _boilerplate().fullmatch(line) is not None


# --- text cleaning ------------------------------------------------------------------------------


# "&#233;", "&eacute;", "&amp;": a character reference left in text copied from a web page (with its semicolon:
# "R&D", "AT&T" and the legacy forms html.unescape also takes without one, "&copy", "&not", stay as written)
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _character(reference: re.Match[str]) -> str:
    """The character a reference names; one naming a line break, a control character or no character at all
    ("&#7;", "&#xD800;", "&bogus;") is left as written (lines are split before this runs)."""
    decoded = html.unescape(reference.group(0))
    unusable = not decoded or any(unicodedata.category(c).startswith("C") or (c.isspace() and c != " ")
                                  or c == "\ufffd" for c in decoded)
    return reference.group(0) if unusable else decoded


def _normalise(text: str) -> str:
    """Character references decoded, NFC, control and invisible format characters removed, flags made spaces,
    runs of spaces and tabs made one space (newlines kept)."""
    text = _CHARACTER_REFERENCE.sub(_character, text)
    text = unicodedata.normalize("NFC", text)
    text = _FLAGS.sub(" ", _INVISIBLE.sub("", text))
    text = _SPACES.sub(" ", text)
    return _CONTROLS.sub("", text)


def split_lines(blocks: Iterable[str], max_len: int) -> Iterator[str]:
    """Split decoded text blocks into normalised, stripped lines; a line longer than max_len is cut at a space.

    Blocks may end anywhere, even between the two characters of a "\\r\\n".
    """
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
            head, pending = split_at_space(pending, max_len)
            yield _normalise(head).strip()
        if carry_cr:
            pending += "\r"
    if pending:
        yield _normalise(_NEWLINES.sub("\n", pending)).strip()


def split_at_space(text: str, max_len: int) -> tuple[str, str]:
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


def markdown_line(line: str) -> str:
    """A Markdown line as plain text: heading marks, images, link targets, bold marks and rules removed.

    >>> markdown_line("## Ruiz visits **Lima** ##")
    'Ruiz visits Lima'
    >>> markdown_line("The [minister](https://example.org) met his counterpart.")
    'The minister met his counterpart.'
    """
    if _MD_RULE.match(line):
        return ""
    line = _MD_HEADING.sub(r"\1", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    return line.lstrip("> ").strip() if line.startswith(">") else line


def without_boilerplate(lines: Iterable[str]) -> Iterator[str]:
    """The lines, with boilerplate lines made blank (a paragraph break)."""
    for line in lines:
        yield "" if is_boilerplate(line) else line


def paragraphs(lines: Iterable[str], max_len: int) -> Iterator[str]:
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


def chunks(paragraphs: Iterable[str], max_len: int) -> Iterator[str]:
    """Join paragraphs with blank lines into texts of at most max_len characters, splitting only oversized paragraphs."""
    buffer: list[str] = []
    size = 0
    for paragraph in paragraphs:
        while paragraph:
            piece, paragraph = split_at_space(paragraph, max_len) if len(paragraph) > max_len else (paragraph, "")
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
    lines: Iterable[str] = split_lines([text], max(len(text), 1))
    if markdown:
        lines = (markdown_line(line) for line in lines)
    return "\n\n".join(paragraphs(without_boilerplate(lines), max(len(text), 1)))


def headline(text: str) -> str | None:
    """The first line of the text, as a headline, unless it is too long to be one."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if first and len(first) <= _TITLE_MAX else None


# --- language -----------------------------------------------------------------------------------


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier with probabilities normalised to 0..1 (loaded once, ~0.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language when the detector is confident, else None."""
    sample = text[:_LANGUAGE_SAMPLE]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    language, confidence = _identifier().classify(sample)
    return language if confidence >= _LANGUAGE_CONFIDENCE else None


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop-word list, read from its source file without importing spaCy (a second of
    imports a rebuild of unchanged documents never needs); imported the usual way if the file is not there."""
    namespace: dict[str, object] = {}
    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - spaCy's own file
    except (AttributeError, OSError, SyntaxError):
        from spacy.lang.en.stop_words import STOP_WORDS

        namespace["STOP_WORDS"] = STOP_WORDS
    return frozenset(namespace["STOP_WORDS"])  # type: ignore[arg-type]


def _english_share(text: str) -> float:
    """The share of words that are English function words (spaCy's stop-word list): high in any English prose,
    whatever its proper names, so that a short sentence full of foreign names is not taken for another language."""
    stop_words = _stop_words()
    words = re.findall(r"[a-z']+", text[:_LANGUAGE_SAMPLE].lower())
    return sum(w in stop_words for w in words) / len(words) if words else 0.0


def language_problem(text: str) -> str | None:
    """The skip reason if the text is confidently not English, else None.

    The share of English function words is counted first: English prose passes on it alone, so the language
    detector's model (0.5 s to load, 1 ms a text) is loaded only for a text that may be in another language."""
    if _english_share(text) >= _ENGLISH_SHARE:
        return None
    language = detect_language(text)
    if language in (None, "en"):
        return None
    return f"not English (detected: {language})"
