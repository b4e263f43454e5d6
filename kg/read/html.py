"""HTML in, main text, title and publication date out: trafilatura first, the stdlib ``html.parser`` as the
fallback and for pages too big to hold whole (it streams). Knows markup only; cleaning is kg.read.text's job.

The meta tags that carry a date are listed in ``kg/data/html_date_meta.txt``; HTML element names are closed-class
and stay here as constants.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

from kg import datafiles

__all__ = ["HTML_DATE_META_FILE", "HtmlPage", "HtmlText", "extract_html", "iso_date", "looks_like_html", "stream_html"]

HTML_DATE_META_FILE = "html_date_meta.txt"

_SNIFF_CHARS = 4096  # characters looked at to tell an HTML page from plain text
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form",
                        "button", "select", "iframe", "object", "canvas", "math"})
_HTML_BLOCK = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                         "article", "main", "header", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption",
                         "hr", "address", "details", "summary", "caption", "title", "body", "head"})


@cache
def _date_meta() -> frozenset[str]:
    """The lowercase names of the <meta> tags whose content is the publication date."""
    return datafiles.word_list(HTML_DATE_META_FILE)


def looks_like_html(text: str) -> bool:
    """True if the text starts like an HTML page (a doctype, <html>, <head> or <body>, maybe after comments)."""
    return _HTML_START.match(text[:_SNIFF_CHARS]) is not None


def iso_date(value: str | None) -> dt.date | None:
    """The date at the start of an ISO-like string ("2021-11-24T10:00Z"), else None.

    >>> iso_date("2021-11-24T10:00:00Z")
    datetime.date(2021, 11, 24)
    >>> iso_date("2021-02-30") is None, iso_date(None) is None, iso_date("24 November 2021") is None
    (True, True, True)
    """
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


class HtmlText(HTMLParser):
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
            if key in _date_meta():
                self.published = iso_date(values.get("content"))
        elif tag == "time" and self.published is None and any(k == "pubdate" for k, _ in attrs):
            self.published = iso_date(dict(attrs).get("datetime"))
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


def stream_html(blocks: Iterable[str], parser: HtmlText) -> Iterator[str]:
    """Feed HTML blocks to the stdlib parser and yield the text it finds, a block at a time.

    The page's title and date are on the parser once the blocks are consumed.
    """
    for block in blocks:
        parser.feed(block)
        yield parser.take()
    parser.close()
    yield parser.take()


@dataclass(frozen=True)
class HtmlPage:
    """What was extracted from one HTML page."""

    text: str
    title: str | None
    published: dt.date | None


def extract_html(html: str) -> HtmlPage:
    """Main text (paragraphs separated by blank lines), title and publication date of an HTML page."""
    page = _trafilatura(html)
    if page is not None and page.text.strip():
        return page
    parser = HtmlText()
    text = "".join(stream_html([html], parser))
    return HtmlPage(text=text, title=(page and page.title) or parser.title, published=(page and page.published) or parser.published)


def _trafilatura(html: str) -> HtmlPage | None:
    """trafilatura's main text, title and date, or None when it finds nothing, fails on the markup or cannot
    be imported (an install missing one of its dependencies, such as lxml_html_clean, still reads HTML)."""
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - any failure inside the extractor means: use the stdlib fallback
        return None
    if result is None:
        return None
    text = (getattr(result, "text", None) or "").replace("\n", "\n\n")
    return HtmlPage(text=text, title=getattr(result, "title", None) or None,
                    published=iso_date(getattr(result, "date", None)))
