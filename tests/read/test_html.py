"""kg.read.html: an HTML page's main text, title and publication date (trafilatura, else the stdlib parser)."""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.read.html as html_module
from kg import datafiles
from kg.model import Document, Skipped
from kg.read import documents
from kg.read.documents import read_documents
from kg.read.html import (
    HTML_DATE_META_FILE,
    HtmlText,
    extract_html,
    iso_date,
    looks_like_html,
    stream_html,
)
from kg.read.text import split_lines

Write = Callable[[Path, bytes | str], Path]
ReadOne = Callable[..., Document | Skipped]

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Morocco and Israel sign defence pact | Example News</title>
<meta property="article:published_time" content="2021-11-24T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Morocco and Israel sign defence pact</h1>
<p>Morocco and Israel signed a defence cooperation agreement on Wednesday, the first of its kind between Israel
and an Arab country.</p>
<p>Israeli Defence Minister Benny Gantz met his Moroccan counterpart Abdellatif Loudiyi in Rabat. The memorandum
of understanding covers intelligence sharing and arms purchases.</p>
<p>Share this</p></article>
<footer>Copyright 2021. Follow us on Twitter</footer><script>var tracking = 1;</script></body></html>"""


def test_html_main_text_title_and_date(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    doc = read_one(write(tmp_path / "page.html", PAGE), published=dt.date(2000, 1, 1))
    assert isinstance(doc, Document)
    assert doc.title == "Morocco and Israel sign defence pact"
    assert doc.published == dt.date(2021, 11, 24)
    assert "Gantz met his Moroccan counterpart" in doc.text
    assert "\n\n" in doc.text
    for noise in ("Home | World", "tracking", "Share this", "Follow us", "<p>"):
        assert noise not in doc.text


def test_html_sniffed_by_content_in_txt_file(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    doc = read_one(write(tmp_path / "saved.txt", PAGE))
    assert isinstance(doc, Document) and "<article>" not in doc.text and doc.published == dt.date(2021, 11, 24)


def test_html_fallback_to_stdlib_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "_trafilatura", lambda html: None)
    page = extract_html(PAGE)
    assert page.title == "Morocco and Israel sign defence pact | Example News"
    assert page.published == dt.date(2021, 11, 24)
    assert "Gantz met his Moroccan counterpart" in page.text
    assert "Home | World" not in page.text and "tracking" not in page.text


@pytest.mark.parametrize("missing", ["trafilatura", "lxml.html.clean"])
def test_html_is_read_when_the_extractor_cannot_be_imported(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    """An install without trafilatura or one of its dependencies (lxml_html_clean, which old pips do not pull)
    still reads HTML, with the stdlib parser."""
    import sys

    for name in [m for m in sys.modules if m == "trafilatura" or m.startswith(("trafilatura.", "justext"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, missing, None)  # importing it raises ImportError
    page = extract_html(PAGE)
    assert "Gantz met his Moroccan counterpart" in page.text
    assert page.published == dt.date(2021, 11, 24)


def test_short_html_still_gives_text(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    doc = read_one(write(tmp_path / "s.htm", "<html><head><title>T</title></head><body><p>Gantz visits Rabat.</p></body></html>"))
    assert isinstance(doc, Document) and doc.text == "Gantz visits Rabat." and doc.title == "T"


def test_big_html_is_streamed_through_stdlib_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Write) -> None:
    monkeypatch.setattr(documents, "_HTML_EXTRACTOR_LIMIT", 1000)
    body = "".join(f"<p>Paragraph {i}: Morocco and Israel signed a defence agreement.</p>\n" for i in range(200))
    html = f"<html><head><title>Big page</title><meta name=date content=2021-11-24></head><body><nav>Menu</nav>{body}</body></html>"
    results = list(read_documents([write(tmp_path / "big.html", html)], max_chunk_chars=2000))
    assert all(isinstance(r, Document) for r in results) and len(results) > 3
    assert results[0].title == "Big page" and results[1].title == "Big page (part 2)"  # type: ignore[union-attr]
    assert {r.published for r in results} == {dt.date(2021, 11, 24)}  # type: ignore[union-attr]
    words = " ".join(r.text for r in results).split()  # type: ignore[union-attr]
    assert "Menu" not in words and words.count("Paragraph") == 200


# --- sniffing, dates and the stdlib parser ----------------------------------------------------------


def _parsed(page: str) -> HtmlText:
    """The stdlib parser after reading the whole page (its title and date)."""
    parser = HtmlText()
    for _ in stream_html([page], parser):
        pass
    return parser


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("<!DOCTYPE html><html><body>", True),
        ("  \n<html lang=en>", True),
        ("<!-- saved from a browser -->\n<!-- twice -->\n<HEAD><title>T</title>", True),
        ("<body><p>Text</p>", True),
        ("<p>A fragment is not a page.</p>", False),
        ("Gantz visits Rabat <b>today</b>", False),
        ("<htmlish>", False),
        ("x" * 5000 + "<html>", False),
    ],
)
def test_looks_like_html(start: str, expected: bool) -> None:
    assert looks_like_html(start) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-24", dt.date(2021, 11, 24)),
        ("2021-11-24T10:00:00Z", dt.date(2021, 11, 24)),
        ("  2021-1-2 10:00", dt.date(2021, 1, 2)),
        ("2021-02-30", None),
        ("24 November 2021", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: dt.date | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize("name", sorted(datafiles.word_list(HTML_DATE_META_FILE)))
@pytest.mark.parametrize("attribute", ["name", "property", "itemprop"])
def test_every_date_meta_name_dates_the_page(name: str, attribute: str) -> None:
    parser = _parsed(f'<html><head><meta {attribute}="{name.upper()}" content="2021-11-24T10:00Z"></head></html>')
    assert parser.published == dt.date(2021, 11, 24)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ('<meta name="keywords" content="2021-11-24">', None),  # not a date meta tag
        ('<meta name="date" content="24/11/2021">', None),  # not ISO
        ('<meta name="date" content="2021-11-24"><meta name="date" content="2020-01-01">', dt.date(2021, 11, 24)),
        ('<time pubdate datetime="2021-11-24">Wednesday</time>', dt.date(2021, 11, 24)),
        ('<time datetime="2021-11-24">Wednesday</time>', None),  # any time, not the publication
    ],
)
def test_meta_and_time_dates(page: str, published: dt.date | None) -> None:
    assert _parsed(page).published == published


def test_stdlib_parser_keeps_visible_text_in_blocks() -> None:
    parser = HtmlText()
    text = "".join(stream_html(["<title> Gantz \n in Rabat </title><nav>Home</nav><h1>Pact</h1><p>One\n  two<br>three",
                                "</p><pre>a\n  b</pre><script>x = 1</script><p>Caf&eacute;</p>"], parser))
    assert parser.title == "Gantz in Rabat"
    assert [line for line in split_lines([text], 1000) if line] == ["Pact", "One two", "three", "a", "b", "Café"]


# --- properties -------------------------------------------------------------------------------------

FAST = settings(max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
_MARKUP = st.lists(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<pre>", "</pre>", "<nav>", "</nav>", "<script>",
                     "</script>",
                     "<title>", "</title>", "<meta name=date content=2021-11-24>", "&amp;", "&eacute;", "<!-- c -->",
                     "<", ">", "&", " ", "\n", "\t"])
    | st.text(max_size=12),
    max_size=30,
).map("".join)


@FAST
@given(page=_MARKUP, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_stdlib_parser_gives_the_same_lines_however_the_page_is_cut(page: str, cuts: list[int]) -> None:
    """Big pages are streamed block by block: where the blocks end changes neither the text lines, title nor date."""
    whole = HtmlText()
    expected = list(split_lines(stream_html([page], whole), 10_000))
    bounds = sorted({0, len(page), *(c for c in cuts if c < len(page))})
    streamed = HtmlText()
    blocks = [page[a:b] for a, b in pairwise(bounds)]
    assert list(split_lines(stream_html(blocks, streamed), 10_000)) == expected
    assert (streamed.title, streamed.published) == (whole.title, whole.published)


@FAST
@given(page=_MARKUP)
def test_any_markup_gives_a_page(page: str) -> None:
    """trafilatura or the fallback: any markup gives text (maybe empty), never an exception."""
    result = extract_html(page)
    assert isinstance(result.text, str)
    assert result.title is None or isinstance(result.title, str)
    assert result.published is None or isinstance(result.published, dt.date)
