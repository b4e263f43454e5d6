"""kg.read.text: cleaning, web boilerplate, the date in a document's header, and its language."""
from __future__ import annotations

import datetime as dt
import os
import time
import unicodedata
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.read.text as text_module
from kg import datafiles
from kg.model import Document, Skipped
from kg.read.text import (
    PUBLISHED_DATE_LABELS_FILE,
    clean_text,
    detect_language,
    detect_published_date,
    headline,
    is_boilerplate,
    language_problem,
    split_lines,
)

Write = Callable[[Path, bytes | str], Path]
ReadOne = Callable[..., Document | Skipped]


# --- boilerplate and cleaning -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Previous Post Next Post", "Previous article", "« Older posts", "Share this", "Share this:",
        "Share on Facebook", "Share this article", "Read more", "» Read more", "Read more: Israel and Morocco deepen ties",
        "Click here to subscribe", "Click here", "Subscribe", "Subscribe to our newsletter", "Follow us on Twitter",
        "Follow us", "We use cookies to improve your experience. By using this site you agree.", "Accept all cookies",
        "Advertisement", "— Advertisement —", "ADVERTISEMENT", "Related articles", "Related", "Related: Gantz visits Rabat",
        "You may also like", "Sign up for our daily newsletter", "Skip to main content", "© 2021 Reuters. All rights reserved.",
        "Tags: Morocco, Israel", "Story continues below advertisement", "Facebook Twitter WhatsApp Email",
        "Continue reading the main story", "Leave a comment", "12 Comments",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose in Rabat after the agreement.",
        "Subscribers to the pact include Bahrain and the UAE.",
        "Read more about the deal in the annex, the ministry said.",
        "Morocco and Israel sign defence pact",
        "Following us on this path, Morocco may normalise ties, he said.",
        "Advertisement revenue fell, the newspaper said.",
        "Related talks are expected in Jerusalem next month.",
        "The ministers agreed to follow up on the accord.",
        "Cookies were served at the reception.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["Home" + " >" * 140 + ".", " | home | " + "previous post | " * 18 + "x.", "privacy policy" + " |" * 140 + ".",
     "share " * 50 + "?", "Facebook " * 30 + "zzz", "read more " * 30 + "!", ". " * 150],
)
def test_boilerplate_patterns_do_not_backtrack(line: str) -> None:
    """Catastrophic backtracking on 300 characters takes minutes to ages; a linear match takes microseconds. The
    bound only tells the two apart (a hang guard, not a speed figure), so a loaded machine does not trip it."""
    start = time.perf_counter()
    is_boilerplate(line[:300])
    assert time.perf_counter() - start < 2.0


def test_boilerplate_removed_and_paragraphs_kept(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    raw = (
        "Morocco and Israel sign defence pact\r\n"
        "Share this\r\n"
        "\r\n\r\n\r\n"
        "First   paragraph,\tline one.\r\n"
        "Advertisement\r\n"
        "\r\n"
        "Second paragraph.\rStill second.\r\n"
        "Read more: Another story\n"
        "Previous Post Next Post\n"
        "Third paragraph with a\u00a0non-breaking space and a zero\u0007 bell.\n"
        "Follow us on Twitter\n"
    )
    doc = read_one(write(tmp_path / "a.txt", raw))
    assert isinstance(doc, Document)
    assert doc.text == (
        "Morocco and Israel sign defence pact\n\n"
        "First paragraph, line one.\n\n"
        "Second paragraph.\nStill second.\n\n"
        "Third paragraph with a non-breaking space and a zero bell."
    )
    assert doc.title == "Morocco and Israel sign defence pact"


def test_markdown_marks_are_removed(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    raw = "# Gantz visits **Rabat**\n\n![photo](x.jpg)\nThe [minister](https://example.org) met his counterpart.\n\n---\n\n> A quote.\n"
    doc = read_one(write(tmp_path / "a.md", raw))
    assert isinstance(doc, Document)
    assert doc.text == "Gantz visits Rabat\n\nThe minister met his counterpart.\n\nA quote."
    assert doc.title == "Gantz visits Rabat"


@pytest.mark.parametrize(
    ("raw", "markdown", "cleaned"),
    [
        ("Gantz  in\tRabat\r\n\r\n\r\nThe visit.\u00a0Ends.\x07", False, "Gantz in Rabat\n\nThe visit. Ends."),
        ("Cafe\u0301 talks\u2028Share this\u2029Second line", False, "Café talks\n\nSecond line"),
        ("Advertisement\nFollow us on Twitter", False, ""),
        ("# Gantz visits **Rabat**\n\n---\n> A quote.", True, "Gantz visits Rabat\n\nA quote."),
        ("# Gantz visits **Rabat**", False, "# Gantz visits **Rabat**"),
        ("", False, ""),
    ],
)
def test_clean_text(raw: str, markdown: bool, cleaned: str) -> None:
    assert clean_text(raw, markdown=markdown) == cleaned


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("He signed a communiqu&#233; in Paris.", "He signed a communiqué in Paris."),
        ("Caf&eacute; &amp; bar, &#x201C;quoted&#x201D;", "Café & bar, \u201cquoted\u201d"),
        ("R&D at AT&T, &copy 2005, a&not;b", "R&D at AT&T, &copy 2005, a¬b"),  # only with the semicolon
        ("Line&#10;break&#7;bell &bogus; &#xD800;", "Line&#10;break&#7;bell &bogus; &#xD800;"),  # left as written
    ],
)
def test_character_references_are_decoded(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize(
    ("text", "title"),
    [("Gantz visits Rabat\n\nThe visit.", "Gantz visits Rabat"), ("  \n Headline \nBody", "Headline"),
     ("x" * 301 + "\nBody", None), ("", None)],
)
def test_headline(text: str, title: str | None) -> None:
    assert headline(text) == title


@pytest.fixture
def data_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """data_file(name, content): kg/data/<name> reads as content until the test ends (loaders' caches cleared)."""
    real = datafiles.text
    files: dict[str, str] = {}
    monkeypatch.setattr(datafiles, "text", lambda name: files[name] if name in files else real(name))
    caches = (text_module._boilerplate, text_module._date_labels, text_module._keyword_line)

    def replace(name: str, content: str) -> None:
        files[name] = content
        for cached in caches:
            cached.cache_clear()

    yield replace
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("boilerplate.txt", "# comment\n\nshare this\n(?:unclosed\n", r"boilerplate\.txt:4: bad regular expression"),
        ("published_date_labels.tsv", "# c\nlabel\tkind\nposted\tpublished\nrevised\tchanged\n",
         r"published_date_labels\.tsv:4: kind of 'revised' must be one of"),
        ("published_date_labels.tsv", "label\tkind\nPosted\tpublished\n",
         r"published_date_labels\.tsv:2: expected a lowercase"),
        ("published_date_labels.tsv", "posted\tpublished\n", r"published_date_labels\.tsv:1: expected header"),
    ],
)
def test_bad_data_files_name_the_file_and_line(data_file: Callable[[str, str], None], name: str, content: str,
                                               error: str) -> None:
    data_file(name, content)
    with pytest.raises(ValueError, match=error):
        is_boilerplate("Share this")
        detect_published_date("Headline\nPosted: 12 March 2022")


def test_a_user_can_add_a_boilerplate_line_and_a_date_label(data_file: Callable[[str, str], None]) -> None:
    assert not is_boilerplate("Gefällt mir") and detect_published_date("Headline\nErstellt: 12 March 2022") is None
    data_file("boilerplate.txt", datafiles.text("boilerplate.txt") + "\ngefällt mir\n")
    data_file(PUBLISHED_DATE_LABELS_FILE, datafiles.text(PUBLISHED_DATE_LABELS_FILE) + "erstellt\tpublished\n")
    assert is_boilerplate("Gefällt mir")
    assert detect_published_date("Headline\nErstellt: 12 March 2022") == dt.date(2022, 3, 12)


# --- dates in the header --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nPublished: 12 March 2022\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\nPublished on March 12, 2022 at 10:00\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\nBy Jane Doe | Posted Mar. 12, 2022\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\nDate: 2022-03-12\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\nSaturday, 12th of March 2022 10:42 GMT\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\n2022-03-12\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\n\nRABAT, Morocco, March 12, 2022 (Reuters) - Morocco and Israel signed a deal.", dt.date(2022, 3, 12)),
        ("Headline\n\nWASHINGTON, 12 March 2022 — The talks began.", dt.date(2022, 3, 12)),
        ("Headline\nUpdated: 14 March 2022\nPublished: 12 March 2022\n\nBody.", dt.date(2022, 3, 12)),
        ("Headline\nLast updated 14 March 2022\n\nBody.", dt.date(2022, 3, 14)),
        ("Headline\n\nOn 12 March 2022 the ministers met in Rabat and signed the agreement.", None),
        ("Headline\n\nThe accord was published on 12 March 2022.\n\nBody.", None),
        ("Headline\n\nThe agreement, dated 1 May 2020, was signed.", None),
        ("Headline\nPublished: 31 February 2022\n\nBody.", None),
        ("Headline\n\nThe agreement, dated 1 May 2020, is cited in a long body sentence that goes on and on about many "
         "other things, well past the length of a header line.", None),
        ("", None),
    ],
)
def test_detect_published_date(text: str, expected: dt.date | None) -> None:
    assert detect_published_date(text) == expected


_LABELS = [(label, kind) for _, (label, kind) in datafiles.rows(PUBLISHED_DATE_LABELS_FILE, ("label", "kind"))]


@pytest.mark.parametrize(("label", "kind"), _LABELS)
@pytest.mark.parametrize("separator", [": ", " ", " on "])
def test_every_label_dates_the_header_by_its_kind(label: str, kind: str, separator: str) -> None:
    """A label's date wins over a bare date line if the label says "published", and loses to it if "updated"."""
    header = f"Headline\n{label.title()}{separator}14 March 2022\n12 March 2022\n\nBody."
    assert detect_published_date(header) == (dt.date(2022, 3, 14) if kind == "published" else dt.date(2022, 3, 12))
    assert detect_published_date(f"Headline\nBy Jane Doe | {label.upper()}{separator}14 March 2022") == dt.date(2022, 3, 14)


# --- language -----------------------------------------------------------------------------------

ENGLISH = ("Morocco and Israel signed a defence cooperation agreement on Wednesday, the first of its kind "
           "between Israel and an Arab country, officials said in Rabat.")
FRENCH = ("Le Maroc et Israël ont signé mercredi un accord de coopération en matière de défense, le premier du genre "
          "entre Israël et un pays arabe, ont indiqué des responsables à Rabat.")
GERMAN = ("Marokko und Israel haben am Mittwoch ein Abkommen über die Zusammenarbeit im Verteidigungsbereich "
          "unterzeichnet, das erste dieser Art zwischen Israel und einem arabischen Land.")
SPANISH = ("Marruecos e Israel firmaron el miércoles un acuerdo de cooperación en materia de defensa, el primero de "
           "este tipo entre Israel y un país árabe, según informaron fuentes oficiales en Rabat.")


@pytest.mark.parametrize(
    ("text", "language", "problem"),
    [
        (ENGLISH, "en", None),
        (FRENCH, "fr", "not English (detected: fr)"),
        (GERMAN, "de", "not English (detected: de)"),
        (SPANISH, "es", "not English (detected: es)"),
        ("Gantz visits Rabat", None, None),  # too few letters to judge
        ("12 345 678 90 -- 2021", None, None),
    ],
)
def test_language(text: str, language: str | None, problem: str | None) -> None:
    assert detect_language(text) == language
    assert language_problem(text) == problem


def test_english_with_foreign_names_is_english() -> None:
    """Function words decide when the detector is swayed by names: a short English sentence is never skipped."""
    assert language_problem("Abdellatif Loudiyi and Benny Gantz signed the memorandum in Rabat on Wednesday.") is None


# --- properties ---------------------------------------------------------------------------------

FAST = settings(max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
_HEADER_WORDS = st.sampled_from(["Published", "Updated", "Posted on", "Date:", "RABAT,", "Morocco,", "12", "March",
                                 "Mar.", "2022", "2022-03-12", "31", "February", "Saturday,", "|", "—", "(Reuters)", "-",
                                 "10:42", "GMT", "\n", "\n\n", "0000-00-00", "99", "9999"])
_HEADER = st.lists(_HEADER_WORDS | st.text(max_size=8), max_size=25).map(" ".join)


@FAST
@given(text=_HEADER | st.text(max_size=300))
def test_header_dates_are_real_dates_or_none(text: str) -> None:
    day = detect_published_date(text)
    assert day is None or (isinstance(day, dt.date) and 1800 <= day.year <= 2200)


@FAST
@given(text=st.text(st.characters(exclude_categories=("Cs",)) | st.sampled_from("\r\n\u2028\x0b\x85"), max_size=300),
       cuts=st.lists(st.integers(min_value=0, max_value=300), max_size=6))
def test_lines_do_not_depend_on_where_blocks_end(text: str, cuts: list[int]) -> None:
    """Decoded text arrives in blocks that may end anywhere, even inside a "\\r\\n" or before a combining mark."""
    bounds = sorted({0, len(text), *(c for c in cuts if c < len(text))})
    blocks = [text[a:b] for a, b in pairwise(bounds)]
    assert list(split_lines(blocks, 10_000)) == list(split_lines([text], 10_000))


@FAST
@given(text=st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
                    | st.sampled_from(["\n", "\r\n", "Share this\n", "\t", "  ", "&#10;", "&#233;", "&#7;", "&amp;"]),
                    max_size=30).map("".join))
def test_clean_text_is_clean(text: str) -> None:
    """No boilerplate line, control character, tab or triple newline survives cleaning.

    (A space may double where a control character between two spaces is dropped: "0 \\x1b 0" gives "0  0".)
    """
    cleaned = clean_text(text)
    assert cleaned == cleaned.strip() and "\n\n\n" not in cleaned and "\t" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    for line in cleaned.split("\n"):
        assert line == line.strip() and not is_boilerplate(line)
        assert not any(unicodedata.category(c) == "Cc" and c != "\x1b" for c in line), repr(line)
