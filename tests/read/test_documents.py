"""kg.read.documents: files and folders in (walk, sniff, decode, ids, parts), clean Documents or Skipped out."""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import tracemalloc
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Document, Skipped
from kg.read import documents
from kg.read.documents import document_from_text, read_documents, safe_id
from kg.read.text import is_boilerplate

Write = Callable[[Path, bytes | str], Path]
ReadOne = Callable[..., Document | Skipped]

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


# --- errors at the top level --------------------------------------------------------------------


def test_missing_path_raises_input_error_at_call(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder: .*nope"):
        read_documents([tmp_path / "nope"])


def test_single_path_string_is_not_iterated_by_character(tmp_path: Path, write: Write) -> None:
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
        ("program.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 9, "binary file (executable)"),
        ("base.txt", b"SQLite format 3\x00\x10\x00", "binary file (SQLite database)"),
        ("picture.html", b"RIFF\x24\x00\x00\x00WEBPVP8 ", "binary file (WebP image)"),
        ("sound.txt", b"RIFF\x24\x00\x00\x00WAVEfmt ", "binary file (WAV audio)"),
        ("clip.md", b"\x00\x00\x00\x18ftypmp42\x00\x00", "binary file (MP4/QuickTime media)"),
        ("setup.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "binary file (Windows executable)"),
        ("song.txt", b"ID3\x03\x00\x00\x00\x00\x0fv", "binary file (MP3 audio)"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 4, "cannot decode: not in any known text encoding"),
        ("french.txt", FRENCH.encode(), "not English (detected: fr)"),
        ("german.txt", GERMAN.encode(), "not English (detected: de)"),
        ("empty.html", b"<html><head><script>var a = 1;</script></head><body>  </body></html>", "no text in the HTML"),
    ],
)
def test_skip_reasons(tmp_path: Path, name: str, data: bytes, reason: str, write: Write, read_one: ReadOne) -> None:
    result = read_one(write(tmp_path / name, data))
    assert result == Skipped(source=str(tmp_path / name), reason=reason)


@pytest.mark.parametrize("text", [
    "MZ Bank said on Monday that it would buy a Polish lender.",
    "ID3 tags were discussed at the conference in Lyon.",
    "OggS is a word that opens this sentence.",
])
def test_a_text_opening_with_a_spellable_signature_is_read(tmp_path: Path, text: str, write: Write,
                                                           read_one: ReadOne) -> None:
    doc = read_one(write(tmp_path / "a.txt", text.encode()))
    assert isinstance(doc, Document) and doc.text.startswith(text[:8])


def test_other_languages_are_read_with_any_language(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    doc = read_one(write(tmp_path / "fr.txt", FRENCH), any_language=True)
    assert isinstance(doc, Document) and "Maroc" in doc.text


def test_short_english_headline_is_not_rejected(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
    doc = read_one(write(tmp_path / "h.txt", "Gantz visits Rabat\n"))
    assert isinstance(doc, Document) and doc.title == "Gantz visits Rabat"


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Write,
                                    read_one: ReadOne) -> None:
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


def test_same_file_twice_is_read_once(tmp_path: Path, write: Write) -> None:
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
def test_encodings_decode_right(tmp_path: Path, encoding: str, text: str, write: Write, read_one: ReadOne) -> None:
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


def test_folder_walk_sorted_recursive_filtered(tmp_path: Path, write: Write) -> None:
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
        str(tmp_path / "sub dir" / "notes.pdf"), str(tmp_path / "Ärger über Zölle.txt"),
    ]
    assert [r.id for r in results if isinstance(r, Document)] == ["a", "b", "c", "Ärger-über-Zölle-6272b6d5"]
    [pdf] = [r for r in results if isinstance(r, Skipped)]  # a document kg cannot read is said, data is not
    assert pdf.reason.startswith("PDF document: not read")


@pytest.mark.parametrize("name,kind", [("scan.PDF", "PDF document"), ("memo.docx", "Word document"),
                                       ("photo.jpeg", "JPEG image"), ("notes.odt", "OpenDocument text")])
def test_documents_kg_cannot_read_in_a_folder_are_skipped_with_what_they_are(tmp_path: Path, write: Write,
                                                                               name: str, kind: str) -> None:
    write(tmp_path / name, b"anything")
    write(tmp_path / "metadata.jsonl", "")
    write(tmp_path / "script.py", "print(1)")
    [skipped] = list(read_documents([tmp_path]))
    assert isinstance(skipped, Skipped) and skipped.source == str(tmp_path / name)
    assert skipped.reason.startswith(f"{kind}: not read (kg reads .txt, .md and .html")


@pytest.mark.parametrize("given", ["https://example.org/news/1.html", "http://example.org", "ftp://host/a.txt"])
def test_a_url_is_not_read_and_says_so(given: str) -> None:
    with pytest.raises(InputError, match=r"URLs are not read; download the page first$") as raised:
        list(read_documents([given]))
    assert str(raised.value).startswith(given)
    with pytest.raises(InputError, match="URLs are not read"):
        list(read_documents([Path(given)]))  # as the command line gives it: "https:/example.org/…"


def test_duplicate_stems_get_suffixes(tmp_path: Path, write: Write) -> None:
    for folder in ("one", "two", "three"):
        write(tmp_path / folder / "000_1bbcc23c29872350.txt", ENGLISH)
    write(tmp_path / "one" / "000_1bbcc23c29872350.html", f"<p>{ENGLISH}</p>")
    ids = [d.id for d in read_documents([tmp_path]) if isinstance(d, Document)]
    assert len(set(ids)) == 4 and "000_1bbcc23c29872350" in ids
    assert all(re.fullmatch(r"000_1bbcc23c29872350(-[0-9a-f]{8})?", i) for i in ids)


@pytest.mark.parametrize("names", [
    ["A/report.txt", "B/report.txt"],
    ["caf\u00e9.txt", "cafe\u0301.txt"],          # NFC and NFD spellings of one name
    ["a b.txt", "a-b.txt"],
    ["same.txt", "same.md"],
])
def test_colliding_names_get_distinct_ids_stable_across_runs(tmp_path: Path, write: Write, names: list[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for number, name in enumerate(names):
        write(tmp_path / "in" / name, f"{ENGLISH} Number {number}.")
    first = {d.source: d.id for d in read_documents([tmp_path / "in"]) if isinstance(d, Document)}
    again = {d.source: d.id for d in read_documents([tmp_path / "in"]) if isinstance(d, Document)}
    assert len(first) == 2 and len(set(first.values())) == 2
    assert first == again
    # The id does not depend on how the folder is named on the command line.
    monkeypatch.chdir(tmp_path)
    relative = {os.path.abspath(d.source): d.id for d in read_documents([Path("in")]) if isinstance(d, Document)}
    assert relative == {os.path.abspath(source): id_ for source, id_ in first.items()}


def test_symlink_loop_is_detected(tmp_path: Path, write: Write) -> None:
    write(tmp_path / "root" / "a.txt", ENGLISH)
    (tmp_path / "root" / "sub").mkdir()
    (tmp_path / "root" / "sub" / "up").symlink_to(tmp_path / "root")
    (tmp_path / "root" / "self.txt").symlink_to(tmp_path / "root" / "self.txt")
    results = list(read_documents([tmp_path / "root"]))
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Skipped"]
    assert results[1] == Skipped(str(tmp_path / "root" / "self.txt"), "symlink loop")
    assert results[2].source == str(tmp_path / "root" / "sub" / "up")
    assert results[2].reason.startswith("symlink loop (points back to ")  # type: ignore[union-attr]


def test_symlinked_folder_outside_the_folders_given_is_followed_only_when_asked(tmp_path: Path, write: Write) -> None:
    write(tmp_path / "elsewhere" / "x.txt", ENGLISH)
    write(tmp_path / "root" / "a.txt", ENGLISH)
    (tmp_path / "root" / "linked").symlink_to(tmp_path / "elsewhere")
    ids = [r.id for r in read_documents([tmp_path / "root"], follow_links=True) if isinstance(r, Document)]
    assert ids == ["a", "x"]
    results = list(read_documents([tmp_path / "root"]))
    assert [r.id for r in results if isinstance(r, Document)] == ["a"]
    assert [r.reason for r in results if isinstance(r, Skipped)] == [
        f"symlink out of the folders given (to {tmp_path / 'elsewhere'}); --follow-links follows it"]


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/status", "outside/secret.txt"])
def test_a_link_in_an_input_folder_never_reads_a_file_outside_it(tmp_path: Path, write: Write, target: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "outside" / "secret.txt", ENGLISH)
    write(tmp_path / "root" / "a.txt", ENGLISH)
    (tmp_path / "root" / "leak.txt").symlink_to(target if target.startswith("/") else tmp_path / target)
    opened: list[Path] = []
    real_open = documents._open
    monkeypatch.setattr(documents, "_open", lambda path: opened.append(path) or real_open(path))
    results = list(read_documents([tmp_path / "root"]))
    assert [r.id for r in results if isinstance(r, Document)] == ["a"]
    assert [r.source for r in results if isinstance(r, Skipped)] == [str(tmp_path / "root" / "leak.txt")]
    assert opened == [tmp_path / "root" / "a.txt"]


def test_links_within_the_folders_given_are_followed(tmp_path: Path, write: Write) -> None:
    write(tmp_path / "root" / "sub" / "x.txt", ENGLISH)
    write(tmp_path / "other" / "y.txt", ENGLISH.replace("Morocco", "Tunisia"))
    (tmp_path / "root" / "alias").symlink_to(tmp_path / "root" / "sub")
    (tmp_path / "root" / "y-link.txt").symlink_to(tmp_path / "other" / "y.txt")
    results = list(read_documents([tmp_path / "root", tmp_path / "other"]))
    assert sorted(r.id for r in results if isinstance(r, Document)) == ["x", "y-link"]  # each file read once
    assert all("out of the folders" not in r.reason for r in results if isinstance(r, Skipped))


def test_a_link_named_on_the_command_line_is_read_where_it_leads(tmp_path: Path, write: Write) -> None:
    write(tmp_path / "outside" / "x.txt", ENGLISH)
    (tmp_path / "named.txt").symlink_to(tmp_path / "outside" / "x.txt")
    assert [r.id for r in read_documents([tmp_path / "named.txt"]) if isinstance(r, Document)] == ["named"]


def test_broken_symlinks_are_skipped(tmp_path: Path, read_one: ReadOne) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "gone.png").symlink_to(tmp_path / "missing.png")  # not a text name: ignored
    results = list(read_documents([tmp_path]))
    assert results == [Skipped(str(tmp_path / "gone.txt"), f"broken symlink (target {tmp_path / 'missing.txt'} does not exist)")]
    assert read_one(tmp_path / "gone.txt") == results[0]  # also when named directly


# --- text given directly and dates ----------------------------------------------------------------


def test_document_from_text() -> None:
    doc = document_from_text("Gantz in Rabat\nPublished: 24 November 2021\n\n\nThe visit.\nShare this\n", id="x", source="s")
    assert doc == Document(id="x", text="Gantz in Rabat\nPublished: 24 November 2021\n\nThe visit.", source="s",
                           title="Gantz in Rabat", published=dt.date(2021, 11, 24))
    assert document_from_text("No date here.", id="y", published=dt.date(2020, 1, 2)).published == dt.date(2020, 1, 2)
    with pytest.raises(InputError, match="has no text"):
        document_from_text(" \n ", id="z")


def test_own_date_wins_over_argument(tmp_path: Path, write: Write) -> None:
    dated = write(tmp_path / "dated.txt", "Headline\nPublished: 12 March 2022\n\n" + ENGLISH)
    undated = write(tmp_path / "undated.txt", ENGLISH)
    given_date = dt.date(2000, 1, 1)
    by_id = {d.id: d for d in read_documents([dated, undated], published=given_date) if isinstance(d, Document)}
    assert by_id["dated"].published == dt.date(2022, 3, 12)
    assert by_id["undated"].published == given_date


# --- chunking -----------------------------------------------------------------------------------


def test_long_file_is_cut_at_paragraphs(tmp_path: Path, write: Write) -> None:
    paragraphs = [f"Paragraph {i}. " + "Morocco and Israel signed an agreement. " * (i % 7 + 1) for i in range(300)]
    text = "Long corpus\n\n" + "\n\n".join(p.strip() for p in paragraphs)
    results = list(read_documents([write(tmp_path / "long.txt", text)], max_chunk_chars=1000))
    assert [r.id for r in results][:3] == ["long-part-0001", "long-part-0002", "long-part-0003"]  # type: ignore[union-attr]
    texts = [r.text for r in results]  # type: ignore[union-attr]
    assert all(len(t) <= 1000 for t in texts)
    assert all(t.startswith(("Paragraph", "Long corpus")) for t in texts)  # cut only between paragraphs
    assert "\n\n".join(texts) == text.strip()


def test_one_huge_line_is_cut_at_spaces(tmp_path: Path, write: Write) -> None:
    text = "word " * 10_000
    results = list(read_documents([write(tmp_path / "line.txt", text)], max_chunk_chars=3000))
    assert all(isinstance(r, Document) and len(r.text) <= 3000 for r in results)
    assert " ".join(r.text for r in results).split() == text.split()  # type: ignore[union-attr]


def test_big_file_streams_with_bounded_memory(tmp_path: Path, write: Write) -> None:
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


def test_tiny_read_blocks_change_nothing(tmp_path: Path, write: Write, read_one: ReadOne) -> None:
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
def test_any_bytes_give_a_document_or_a_skip(data: bytes, suffix: str, write: Write) -> None:
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
def test_unicode_text_round_trips_its_words(text: str, encoding: str, write: Write) -> None:
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


@FAST
@given(data=st.binary(max_size=2000) | WORDY.map(lambda t: t.encode("utf-16")), block=st.sampled_from([1, 2, 3, 7, 64]),
       suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_read_blocks_of_any_size_give_the_same_documents(data: bytes, block: int, suffix: str, write: Write) -> None:
    """Decoding and line splitting are streamed: where the read blocks end changes nothing.

    (A page saved as .txt or .md is sniffed in the first block, which a 1-byte block would hide; real blocks: 256 KiB.)
    """
    assume(suffix == ".html" or b"<" not in data)
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / f"x{suffix}", data)
        whole = list(read_documents([path], any_language=True))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(documents, "_BLOCK", block)
            assert list(read_documents([path], any_language=True)) == whole


@FAST
@given(stem=st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
def test_safe_id_is_one_readable_segment(stem: str) -> None:
    """Any file stem gives a non-empty id with no space, slash or other IRI delimiter, and an id is its own id."""
    made = safe_id(stem)
    assert made and not any(c.isspace() or c in "/?#[]@%:<>\"'\\" for c in made)
    assert not made.startswith(("-", ".")) and not made.endswith(("-", "."))
    assert safe_id(made) == made


class _ChangingFile(io.FileIO):
    """A real file that another program changes while kg reads it: `change` runs on the file on disk when kg
    goes back to its start for the n-th time, or after each read."""

    def __init__(self, path: Path, change: Callable[[Path], None], on_seek: int | None = None) -> None:
        super().__init__(path, "rb")
        self.path, self.change, self.on_seek, self.seeks, self.reads = path, change, on_seek, 0, 0

    def seek(self, offset: int, whence: int = 0) -> int:
        if offset == 0 and whence == 0:
            self.seeks += 1
            if self.seeks == self.on_seek:
                self.change(self.path)
        return super().seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        data = super().read(size)
        self.reads += 1
        if self.on_seek is None and self.reads < 500:
            self.change(self.path)
        return data


def test_a_file_that_stops_decoding_while_read_is_skipped_and_the_rest_built(
        tmp_path: Path, write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "in" / "a.txt", ENGLISH)
    write(tmp_path / "in" / "b.txt", ENGLISH + " Another one.")

    def corrupt(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.write(b"\xff\xfe\xfa" * 20)

    real_open = documents._open
    monkeypatch.setattr(documents, "_open", lambda path: _ChangingFile(path, corrupt, on_seek=2)
                        if path.name == "a.txt" else real_open(path))
    results = list(read_documents([tmp_path / "in"]))
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert [r.id for r in results if isinstance(r, Document)] == ["b"]
    assert len(skipped) == 1 and "changed while being read" in skipped[0].reason


def test_a_file_still_being_appended_is_read_as_it_was_when_opened(
        tmp_path: Path, write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "in" / "log.txt", ENGLISH)

    def append(path: Path) -> None:
        with open(path, "ab") as handle:
            handle.write(b" Appended later." * 100)

    monkeypatch.setattr(documents, "_open", lambda path: _ChangingFile(path, append))
    [document] = read_documents([tmp_path / "in"])
    assert isinstance(document, Document) and "Appended later" not in document.text


@pytest.mark.parametrize("count", [5, 40])
def test_files_given_one_by_one_are_not_each_compared_with_every_input(tmp_path: Path, monkeypatch, count: int) -> None:
    """Which inputs are folders is asked once per input, not once per input and file (N files given one by one
    made N² stat calls), and the documents are those of the folder read whole."""
    for i in range(count):
        (tmp_path / f"{i:03d}.txt").write_text(f"Story {i}\n\nKenya and Uganda signed a trade deal on day {i}.\n",
                                               encoding="utf-8")
    calls = []
    real = Path.is_dir
    monkeypatch.setattr(Path, "is_dir", lambda self, *a, **k: calls.append(self) or real(self, *a, **k))
    files = sorted(tmp_path.glob("*.txt"))
    one_by_one = [(d.id, d.title, d.text) for d in read_documents(files) if isinstance(d, Document)]
    assert len(calls) <= 4 * count  # (a few per file; N² before)
    whole = [(d.id, d.title, d.text) for d in read_documents(tmp_path) if isinstance(d, Document)]
    assert one_by_one == whole and len(whole) == count
