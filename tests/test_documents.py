"""kg.read.documents: files and folders in, clean Documents or Skipped with a reason out."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.read.documents as documents
from kg.read.documents import (
    detect_published_date,
    document_from_text,
    extract_html,
    is_boilerplate,
    read_documents,
    safe_id,
)
from kg.errors import InputError
from kg.model import Document, Skipped

ENGLISH = (
    "Morocco and Israel sign defence pact\n\n"
    "Morocco and Israel signed a defence cooperation agreement on Wednesday, the first of its kind "
    "between Israel and an Arab country, officials said in Rabat.\n\n"
    "Israeli Defence Minister Benny Gantz met his Moroccan counterpart and the two sides agreed to share "
    "intelligence and to cooperate on arms purchases and joint training.\n"
)
FRENCH = (
    "Le Maroc et Israël ont signé mercredi un accord de coopération en matière de défense, le premier du genre "
    "entre Israël et un pays arabe, ont indiqué des responsables à Rabat.\n"
)
GERMAN = (
    "Marokko und Israel haben am Mittwoch ein Abkommen über die Zusammenarbeit im Verteidigungsbereich "
    "unterzeichnet, das erste dieser Art zwischen Israel und einem arabischen Land.\n"
)


def read_one(path: Path, **kwargs: object) -> Document | Skipped:
    """The single result of reading one path."""
    results = list(read_documents([path], **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes or UTF-8 text to path (parents created) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- errors at the top level --------------------------------------------------------------------


def test_missing_path_raises_input_error_at_call(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder: .*nope"):
        read_documents([tmp_path / "nope"])


def test_single_path_string_is_not_iterated_by_character(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    [doc] = list(read_documents(str(path)))  # type: ignore[arg-type]
    assert isinstance(doc, Document) and doc.id == "a"


def test_bad_chunk_size_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="max_chunk_chars"):
        read_documents([tmp_path], max_chunk_chars=0)


# --- skip reasons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\r\n   \n", "no text (only whitespace or boilerplate)"),
        ("furniture.txt", b"Share this\nAdvertisement\n\nPrevious Post Next Post\n", "no text (only whitespace or boilerplate)"),
        ("nul.txt", b"hello\x00world" * 10, "binary file (contains NUL bytes)"),
        ("controls.txt", bytes(range(1, 9)) * 50, "binary file (control characters)"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image)"),
        ("anim.md", b"GIF89a\x01\x00\x01\x00", "binary file (GIF image)"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "binary file (ZIP archive or Office document)"),
        ("packed.txt", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary file (gzip archive)"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 4, "cannot decode: not in any known text encoding"),
        ("french.txt", FRENCH.encode(), "not English (detected: fr)"),
        ("german.txt", GERMAN.encode(), "not English (detected: de)"),
        ("empty.html", b"<html><head><script>var a = 1;</script></head><body>  </body></html>", "no text in the HTML"),
    ],
)
def test_skip_reasons(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    result = read_one(write(tmp_path / name, data))
    assert result == Skipped(source=str(tmp_path / name), reason=reason)


def test_other_languages_are_read_with_any_language(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "fr.txt", FRENCH), any_language=True)
    assert isinstance(doc, Document) and "Maroc" in doc.text


def test_short_english_headline_is_not_rejected(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "h.txt", "Gantz visits Rabat\n"))
    assert isinstance(doc, Document) and doc.title == "Gantz visits Rabat"


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", ENGLISH)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything: simulate the refusal instead

            def refuse(p: Path) -> object:
                raise PermissionError(13, "Permission denied", str(p))

            monkeypatch.setattr(documents, "_open", refuse)
        assert read_one(path) == Skipped(str(path), "cannot read: permission denied")
    finally:
        path.chmod(0o644)


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    first, second = read_documents([path, tmp_path])
    assert isinstance(first, Document)
    assert second == Skipped(str(path), f"same file as {path}")


# --- encodings ----------------------------------------------------------------------------------

WESTERN = "Café talks in Zürich: the ministers’ “résumé” of the deal — worth €5 million — was naïve.\n" + ENGLISH
LATIN1 = "Café talks in Zürich: the ministers' résumé of the façade was naïve, said Señor Müller.\n" + ENGLISH


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", WESTERN),
        ("utf-8-sig", WESTERN),
        ("utf-16", WESTERN),  # Python writes the BOM in native order
        ("utf-16-le-bom", WESTERN),
        ("utf-16-be-bom", WESTERN),
        ("utf-32", WESTERN),
        ("latin-1", LATIN1),
        ("cp1252", WESTERN),
        ("cp1252", LATIN1),
    ],
)
def test_encodings_decode_right(tmp_path: Path, encoding: str, text: str) -> None:
    if encoding.endswith("-bom"):
        codec = encoding.removesuffix("-bom")
        data = ("\ufeff" + text).encode(codec)
    else:
        data = text.encode(encoding)
    doc = read_one(write(tmp_path / "article.txt", data))
    assert isinstance(doc, Document), doc
    assert doc.text.split() == text.split()
    assert doc.title == text.split("\n", 1)[0]


# --- ids and folders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("000_1bbcc23c29872350", "000_1bbcc23c29872350"),
        ("my file é", "my-file-é"),
        ("Rabat (AFP) #2", "Rabat-AFP-2"),
        ("report.final", "report.final"),
        ("a/b?c", "a-b-c"),
        ("...", "document"),
        ("名前 テスト", "名前-テスト"),
        ("हिन्दी समाचार", "हिन्दी-समाचार"),
        ("a -- b", "a----b"),
    ],
)
def test_safe_id(stem: str, expected: str) -> None:
    assert safe_id(stem) == expected


def test_folder_walk_sorted_recursive_filtered(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ENGLISH)
    write(tmp_path / "a.md", ENGLISH)
    write(tmp_path / "sub dir" / "c.HTML", f"<html><body><article><p>{ENGLISH}</p></article></body></html>")
    write(tmp_path / "sub dir" / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / "sub dir" / "data.json", "{}")
    write(tmp_path / ".hidden" / "x.txt", ENGLISH)
    write(tmp_path / "Ärger über Zölle.txt", ENGLISH)
    results = list(read_documents([tmp_path]))
    assert [r.source for r in results] == [
        str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "sub dir" / "c.HTML"),
        str(tmp_path / "Ärger über Zölle.txt"),
    ]
    assert [r.id for r in results if isinstance(r, Document)] == ["a", "b", "c", "Ärger-über-Zölle"]


def test_duplicate_stems_get_suffixes(tmp_path: Path) -> None:
    for folder in ("one", "two", "three"):
        write(tmp_path / folder / "000_1bbcc23c29872350.txt", ENGLISH)
    write(tmp_path / "one" / "000_1bbcc23c29872350.html", f"<p>{ENGLISH}</p>")
    ids = [d.id for d in read_documents([tmp_path]) if isinstance(d, Document)]
    assert sorted(ids) == ["000_1bbcc23c29872350", "000_1bbcc23c29872350-2", "000_1bbcc23c29872350-3",
                           "000_1bbcc23c29872350-4"]
    assert len(set(ids)) == 4


def test_symlink_loop_is_detected(tmp_path: Path) -> None:
    write(tmp_path / "root" / "a.txt", ENGLISH)
    (tmp_path / "root" / "sub").mkdir()
    (tmp_path / "root" / "sub" / "up").symlink_to(tmp_path / "root")
    (tmp_path / "root" / "self.txt").symlink_to(tmp_path / "root" / "self.txt")
    results = list(read_documents([tmp_path / "root"]))
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Skipped"]
    assert results[1] == Skipped(str(tmp_path / "root" / "self.txt"), "symlink loop")
    assert results[2].source == str(tmp_path / "root" / "sub" / "up")
    assert results[2].reason.startswith("symlink loop (points back to ")  # type: ignore[union-attr]


def test_symlinked_folder_that_is_not_a_loop_is_followed(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "x.txt", ENGLISH)
    write(tmp_path / "root" / "a.txt", ENGLISH)
    (tmp_path / "root" / "linked").symlink_to(tmp_path / "elsewhere")
    ids = [r.id for r in read_documents([tmp_path / "root"]) if isinstance(r, Document)]
    assert ids == ["a", "x"]


def test_broken_symlinks_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "gone.png").symlink_to(tmp_path / "missing.png")  # not a text name: ignored
    results = list(read_documents([tmp_path]))
    assert results == [Skipped(str(tmp_path / "gone.txt"), f"broken symlink (target {tmp_path / 'missing.txt'} does not exist)")]
    assert read_one(tmp_path / "gone.txt") == results[0]  # also when named directly


# --- cleaning -----------------------------------------------------------------------------------


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
    start = time.perf_counter()
    is_boilerplate(line[:300])
    assert time.perf_counter() - start < 0.05


def test_boilerplate_removed_and_paragraphs_kept(tmp_path: Path) -> None:
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


def test_markdown_marks_are_removed(tmp_path: Path) -> None:
    raw = "# Gantz visits **Rabat**\n\n![photo](x.jpg)\nThe [minister](https://example.org) met his counterpart.\n\n---\n\n> A quote.\n"
    doc = read_one(write(tmp_path / "a.md", raw))
    assert isinstance(doc, Document)
    assert doc.text == "Gantz visits Rabat\n\nThe minister met his counterpart.\n\nA quote."
    assert doc.title == "Gantz visits Rabat"


def test_document_from_text() -> None:
    doc = document_from_text("Gantz in Rabat\nPublished: 24 November 2021\n\n\nThe visit.\nShare this\n", id="x", source="s")
    assert doc == Document(id="x", text="Gantz in Rabat\nPublished: 24 November 2021\n\nThe visit.", source="s",
                           title="Gantz in Rabat", published=dt.date(2021, 11, 24))
    assert document_from_text("No date here.", id="y", published=dt.date(2020, 1, 2)).published == dt.date(2020, 1, 2)
    with pytest.raises(InputError, match="has no text"):
        document_from_text(" \n ", id="z")


# --- dates --------------------------------------------------------------------------------------


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


def test_own_date_wins_over_argument(tmp_path: Path) -> None:
    dated = write(tmp_path / "dated.txt", "Headline\nPublished: 12 March 2022\n\n" + ENGLISH)
    undated = write(tmp_path / "undated.txt", ENGLISH)
    given_date = dt.date(2000, 1, 1)
    by_id = {d.id: d for d in read_documents([dated, undated], published=given_date) if isinstance(d, Document)}
    assert by_id["dated"].published == dt.date(2022, 3, 12)
    assert by_id["undated"].published == given_date


# --- HTML ---------------------------------------------------------------------------------------

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


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "page.html", PAGE), published=dt.date(2000, 1, 1))
    assert isinstance(doc, Document)
    assert doc.title == "Morocco and Israel sign defence pact"
    assert doc.published == dt.date(2021, 11, 24)
    assert "Gantz met his Moroccan counterpart" in doc.text
    assert "\n\n" in doc.text
    for noise in ("Home | World", "tracking", "Share this", "Follow us", "<p>"):
        assert noise not in doc.text


def test_html_sniffed_by_content_in_txt_file(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "saved.txt", PAGE))
    assert isinstance(doc, Document) and "<article>" not in doc.text and doc.published == dt.date(2021, 11, 24)


def test_html_fallback_to_stdlib_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "_trafilatura", lambda html: None)
    page = extract_html(PAGE)
    assert page.title == "Morocco and Israel sign defence pact | Example News"
    assert page.published == dt.date(2021, 11, 24)
    assert "Gantz met his Moroccan counterpart" in page.text
    assert "Home | World" not in page.text and "tracking" not in page.text


def test_short_html_still_gives_text(tmp_path: Path) -> None:
    doc = read_one(write(tmp_path / "s.htm", "<html><head><title>T</title></head><body><p>Gantz visits Rabat.</p></body></html>"))
    assert isinstance(doc, Document) and doc.text == "Gantz visits Rabat." and doc.title == "T"


def test_big_html_is_streamed_through_stdlib_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "_HTML_EXTRACTOR_LIMIT", 1000)
    body = "".join(f"<p>Paragraph {i}: Morocco and Israel signed a defence agreement.</p>\n" for i in range(200))
    html = f"<html><head><title>Big page</title><meta name=date content=2021-11-24></head><body><nav>Menu</nav>{body}</body></html>"
    results = list(read_documents([write(tmp_path / "big.html", html)], max_chunk_chars=2000))
    assert all(isinstance(r, Document) for r in results) and len(results) > 3
    assert results[0].title == "Big page" and results[1].title == "Big page (part 2)"  # type: ignore[union-attr]
    assert {r.published for r in results} == {dt.date(2021, 11, 24)}  # type: ignore[union-attr]
    words = " ".join(r.text for r in results).split()  # type: ignore[union-attr]
    assert "Menu" not in words and words.count("Paragraph") == 200


# --- chunking -----------------------------------------------------------------------------------


def test_long_file_is_cut_at_paragraphs(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {i}. " + "Morocco and Israel signed an agreement. " * (i % 7 + 1) for i in range(300)]
    text = "Long corpus\n\n" + "\n\n".join(p.strip() for p in paragraphs)
    results = list(read_documents([write(tmp_path / "long.txt", text)], max_chunk_chars=1000))
    assert [r.id for r in results][:3] == ["long-part-0001", "long-part-0002", "long-part-0003"]  # type: ignore[union-attr]
    texts = [r.text for r in results]  # type: ignore[union-attr]
    assert all(len(t) <= 1000 for t in texts)
    assert all(t.startswith(("Paragraph", "Long corpus")) for t in texts)  # cut only between paragraphs
    assert "\n\n".join(texts) == text.strip()


def test_one_huge_line_is_cut_at_spaces(tmp_path: Path) -> None:
    text = "word " * 10_000
    results = list(read_documents([write(tmp_path / "line.txt", text)], max_chunk_chars=3000))
    assert all(isinstance(r, Document) and len(r.text) <= 3000 for r in results)
    assert " ".join(r.text for r in results).split() == text.split()  # type: ignore[union-attr]


def test_big_file_streams_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    paragraph = ("Morocco and Israel signed a defence cooperation agreement on Wednesday in Rabat, "
                 "the first of its kind between Israel and an Arab country. ") * 3
    with path.open("w", encoding="utf-8") as out:
        out.write("Big corpus\nPublished: 24 November 2021\n\n")
        for _ in range(20_000_000 // (len(paragraph) + 2)):
            out.write(paragraph + "\n\n")
    size = path.stat().st_size
    list(read_documents([write(tmp_path / "warm.txt", ENGLISH)]))  # load the language model outside the measure
    tracemalloc.start()
    try:
        count, longest, total, dates = 0, 0, 0, set()
        for doc in read_documents([path]):
            assert isinstance(doc, Document)
            count += 1
            longest = max(longest, len(doc.text))
            total += len(doc.text)
            dates.add(doc.published)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count >= size // 200_000 and longest <= 200_000
    assert total >= size * 0.99
    assert dates == {dt.date(2021, 11, 24)}
    assert peak < size / 5, f"peak {peak} bytes for a {size}-byte file"


def test_tiny_read_blocks_change_nothing(tmp_path: Path) -> None:
    text = "Gantz in Rabat\r\n\r\nCafé — “ministers’ talks” in Zürich.\r\nSecond line 名前.\r\n\r\nLast paragraph."
    for encoding in ("utf-8", "utf-16", "cp1252"):
        path = write(tmp_path / f"{encoding}.txt", text.replace("名前", "" if encoding == "cp1252" else "名前").encode(encoding))
        normal = read_one(path, any_language=True)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(documents, "_BLOCK", 3)
            assert read_one(path, any_language=True) == normal
        assert isinstance(normal, Document) and "Café — “ministers’ talks”" in normal.text


def test_special_top_level_paths(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert list(read_documents([loop, fifo])) == [Skipped(str(loop), "symlink loop"), Skipped(str(fifo), "not a regular file")]
    assert list(read_documents([])) == []


# --- properties ---------------------------------------------------------------------------------

FAST = settings(max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_any_bytes_give_a_document_or_a_skip(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / f"x{suffix}", data)
        results = list(read_documents([path]))
    assert results and all(isinstance(r, (Document, Skipped)) for r in results)
    for r in results:
        if isinstance(r, Skipped):
            assert r.reason and "\n" not in r.reason


WORDY = st.text(st.characters(categories=["L", "N", "P", "Zs"]) | st.sampled_from("\n\n\r\n\t"), max_size=400)


@FAST
@given(text=WORDY, encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_unicode_text_round_trips_its_words(text: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "x.txt", text.encode(encoding))
        [result] = list(read_documents([path], any_language=True))
    kept = [line for line in unicodedata.normalize("NFC", text).replace("\r", "\n").split("\n")
            if not is_boilerplate(" ".join(line.split()))]
    words = " ".join(kept).split()
    if words:
        assert isinstance(result, Document), result
        assert result.text.split() == words
    else:
        assert isinstance(result, Skipped)
