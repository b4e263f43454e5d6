"""Files and folders in, clean `Document`s (or `Skipped` with a one-line reason) out: the read stage's front door.

This module walks folders, sniffs and decodes bytes, gives ids and cuts files into parts; kg.read.html turns pages
into text and kg.read.text cleans it, dates it and checks its language. Reading is streamed: a file is decoded in
blocks, cleaned line by line and cut into Documents of at most `max_chunk_chars` characters at paragraph boundaries,
so a huge file never sits in memory whole. Encodings are found by byte-order mark, then strict UTF-8, then
charset-normalizer.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.model import Document, Skipped
from kg.read.html import HtmlText, extract_html, looks_like_html, stream_html
from kg.read.metadata import DocumentMeta, MetadataError, MetadataTable, front_matter, load_table, sidecar_of
from kg.read.text import (
    chunks,
    clean_text,
    detect_published_date,
    headline,
    language_problem,
    markdown_line,
    paragraphs,
    split_lines,
    without_boilerplate,
)

__all__ = ["TEXT_SUFFIXES", "document_from_text", "read_documents", "safe_id", "url_problem"]

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
#: Files met in a folder that a reader may expect kg to read, but it cannot: reported as skipped, with what they
#: are. Other files (data, code, a metadata table) are passed over in silence.
UNREAD_SUFFIXES: dict[str, str] = {
    ".pdf": "PDF document", ".doc": "Word document", ".docx": "Word document", ".odt": "OpenDocument text",
    ".rtf": "RTF document", ".epub": "EPUB book", ".pages": "Pages document", ".ppt": "PowerPoint file",
    ".pptx": "PowerPoint file", ".odp": "OpenDocument presentation", ".xls": "Excel workbook",
    ".xlsx": "Excel workbook", ".ods": "OpenDocument spreadsheet", ".png": "PNG image", ".jpg": "JPEG image",
    ".jpeg": "JPEG image", ".gif": "GIF image", ".webp": "WebP image", ".tif": "TIFF image", ".tiff": "TIFF image",
    ".bmp": "bitmap image", ".heic": "HEIC image", ".eml": "e-mail message", ".msg": "Outlook message",
    ".mhtml": "web archive", ".mht": "web archive",
}

_BLOCK = 256 * 1024  # bytes read at a time
_SNIFF = 64 * 1024  # bytes looked at for magic numbers and NUL bytes
# The mark of kg's own pages (kg/data/view/page.html): a build never reads what an earlier build wrote.
_KG_PAGE = re.compile(rb'<meta\s+name="generator"\s+content="kg"\s*/?>', re.IGNORECASE)
_ENCODING_SAMPLE = 1024 * 1024  # bytes given to charset-normalizer
_HTML_EXTRACTOR_LIMIT = 8 * 1024 * 1024  # larger HTML files are streamed through html.parser instead
_MAX_CONTROL_SHARE = 0.02  # more C0 control bytes than this (besides tab, newlines, form feed, escape): binary
_TEXT_CONTROLS = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))  # the bytes counted by that rule

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


# --- ids ----------------------------------------------------------------------------------------


def safe_id(stem: str) -> str:
    """A file stem made safe as one IRI path segment: other characters than letters, digits, "_.~-" become "-".

    Letters of any script are kept, so ids stay readable; a stem with nothing left becomes "document".

    >>> safe_id("Rabat (AFP) #2"), safe_id("Ärger über Zölle"), safe_id("...")
    ('Rabat-AFP-2', 'Ärger-über-Zölle', 'document')
    """
    text = unicodedata.normalize("NFC", stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    kept = "".join(c if _id_char(c) else " " for c in text)
    return "-".join(kept.split()).strip("-.") or "document"


def file_id(stem: str) -> str:
    """The id of a file named stem: its safe id, followed by a short hash of the stem when making it safe changed
    it, so that the id depends on the name alone ('x y' is never 'x-y', in one build or in separate runs).

    >>> file_id("x-y"), file_id("x y"), file_id("x  y")
    ('x-y', 'x-y-887fcea6', 'x-y-3ed3b267')
    """
    made = safe_id(stem)
    return made if made == stem else disambiguated_id(made, stem)


def _id_char(char: str) -> bool:
    """True for letters, digits and combining marks of any script, and "_", ".", "~", "-"."""
    return char.isalnum() or char in "_.~-" or unicodedata.category(char).startswith("M")


def _printable(path: Path) -> str:
    """The path as a string that encodes to UTF-8 (undecodable file-name bytes shown as U+FFFD)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def disambiguated_id(wanted: str, key: str) -> str:
    """wanted followed by a short hash of key (the file's path from its input folder): the id of a document
    whose safe id another document already has ('A/report.txt' and 'B/report.txt', 'café' in NFC and NFD,
    'a b.txt' and 'a-b.txt', 'same.txt' and 'same.md'). The same path gives the same id on every run.

    >>> disambiguated_id("report", "B/report.txt")
    'report-b6c0b361'
    """
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{wanted}-{digest[:8]}"


@dataclass
class _Ids:
    """Ids given out in one call, so that each is unique."""

    used: set[str] = field(default_factory=set)

    def claim(self, wanted: str, key: str) -> str:
        """wanted if free, else wanted with a hash of key (see disambiguated_id), else that with -2, -3…"""
        candidate = wanted if wanted not in self.used else disambiguated_id(wanted, key)
        base, n = candidate, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate


def _path_key(path: Path, folders: list[Path]) -> str:
    """The path of a file from its input folder (`folders`: the inputs that are folders), that folder's name
    included ('corpus/x/report.txt'), or the file's name when it was given itself: what tells same-named files
    apart, the same from any working folder."""
    for root in folders:
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        return str(Path(Path(os.path.abspath(root)).name) / relative)
    return path.name


# --- bytes → text -------------------------------------------------------------------------------


class _Skip(Exception):
    """Internal: this file is skipped for the reason given."""


def _spellable(magic: bytes) -> bool:
    """A signature a text could begin with ("MZ", "ID3", "OggS"): it names a binary format only when control bytes
    follow, as they do in every such file, so that an article opening "MZ Bank said" is read, not skipped."""
    return all(32 <= b < 127 for b in magic) and not magic.startswith(b"%PDF")


def _binary_kind(head: bytes) -> str | None:
    """The binary format named by the file's first bytes, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic) and (not _spellable(magic) or any(b in _TEXT_CONTROLS for b in head)):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def _blocks(handle: BinaryIO, limit: int | None) -> Iterator[bytes]:
    """The file's bytes from the start, a block at a time, at most `limit` (its size when opened; None when the
    system does not say, as for /proc): a file still being appended is read as it was, not followed."""
    handle.seek(0)
    left = limit
    while left is None or left > 0:
        block = handle.read(_BLOCK if left is None else min(_BLOCK, left))
        if not block:
            return
        if left is not None:
            left -= len(block)
        yield block


def _decodes(handle: BinaryIO, encoding: str, limit: int | None) -> bool:
    """True if the whole file decodes strictly in encoding (read in blocks, nothing kept)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        for block in _blocks(handle, limit):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _choose_encoding(handle: BinaryIO, head: bytes, limit: int | None) -> tuple[str, str]:
    """(codec, errors mode) for the file: byte-order mark, else strict UTF-8, else charset-normalizer's guess."""
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            if _decodes(handle, codec, limit):
                return codec, "strict"
            break
    if b"\x00" in head:
        raise _Skip("binary file (contains NUL bytes)")
    if len(head.translate(None, _TEXT_CONTROLS)) < len(head) * (1 - _MAX_CONTROL_SHARE):
        raise _Skip("binary file (control characters)")
    if _decodes(handle, "utf-8", limit):
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


def _decoded_blocks(handle: BinaryIO, encoding: str, errors: str, limit: int | None) -> Iterator[str]:
    """The file's text, decoded a block at a time."""
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    for block in _blocks(handle, limit):
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
    follow_links: bool = False


def _open(path: Path) -> BinaryIO:
    """Open a file for binary reading (a seam for tests)."""
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's with-block


def _read_file(path: Path, base_id: str, key: str, options: _Options, ids: _Ids,
               meta: DocumentMeta | None = None) -> Iterator[Document | Skipped]:
    """One file's Documents (several parts if it is long), or one Skipped; `meta` (from a table) wins over
    what the file says of its title and date."""
    source = _printable(path)
    emitted = False
    try:
        with _open(path) as handle:
            for document in _file_documents(handle, path, source, base_id, key, options, ids, meta):
                emitted = True
                yield document
    except _Skip as skip:
        yield Skipped(source, str(skip))
    except UnicodeDecodeError as error:  # it decoded when the encoding was chosen: the file changed since
        where = "the rest of the file" if emitted else "the file"
        yield Skipped(source, f"cannot read {where}: it changed while being read (no longer {error.encoding}); "
                              "build it again once it is written")
    except PermissionError:
        yield Skipped(source, "cannot read: permission denied")
    except OSError as error:
        where = "the rest of the file" if emitted else "the file"
        yield Skipped(source, f"cannot read {where}: {error.strerror or error}")


def _file_documents(
    handle: BinaryIO, path: Path, source: str, base_id: str, key: str, options: _Options, ids: _Ids,
    meta: DocumentMeta | None = None,
) -> Iterator[Document]:
    """The Documents of an open file; raises _Skip with the reason when there is none to make."""
    size = os.fstat(handle.fileno()).st_size  # before any read: what is appended later is not this file's
    limit = size or None  # 0: a file whose size the system does not give (/proc)
    head = handle.read(_SNIFF)[:limit]
    if not head:
        raise _Skip("empty file")
    if kind := _binary_kind(head):
        raise _Skip(f"binary file ({kind})")
    if _KG_PAGE.search(head):
        raise _Skip("a graph view kg wrote (an output folder inside the input)")
    encoding, errors = _choose_encoding(handle, head, limit)
    lines, is_html, metadata = _text_lines(_decoded_blocks(handle, encoding, errors, limit), path, size, options.max_chunk_chars)
    limit = options.max_chunk_chars
    parts = chunks(paragraphs(without_boilerplate(lines), limit), limit)
    first_chunk = next(parts, None)
    if first_chunk is None:
        raise _Skip("no text in the HTML" if is_html else "no text (only whitespace or boilerplate)")
    if not options.any_language and (problem := language_problem(first_chunk)):
        raise _Skip(problem)
    said = metadata()
    meta = meta or DocumentMeta()
    title = meta.title or said.title or headline(first_chunk)
    published = meta.published or said.published or detect_published_date(first_chunk) or options.published
    about = {"url": meta.url or said.url, "publisher": meta.source or said.source}
    second = next(parts, None)
    if second is None:
        yield Document(id=ids.claim(base_id, key), text=first_chunk, source=source, title=title, published=published,
                       **about)
        return
    for number, text in enumerate(_prepend(first_chunk, _prepend(second, parts)), start=1):
        part_title = title if number == 1 or title is None else f"{title} (part {number})"
        part_id = ids.claim(f"{base_id}-part-{number:04d}", f"{key}#{number}")
        yield Document(id=part_id, text=text, source=source, title=part_title, published=published, **about)


def _text_lines(
    blocks: Iterator[str], path: Path, size: int, limit: int
) -> tuple[Iterable[str], bool, Callable[[], DocumentMeta]]:
    """The file's text lines, whether it is HTML, and a getter of what the file says of itself (the page's title
    and date, a Markdown front matter), known once read."""
    first = next(blocks, "")
    blocks = _prepend(first, blocks)
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES or looks_like_html(first):
        if size <= _HTML_EXTRACTOR_LIMIT:
            page = extract_html("".join(blocks))
            return split_lines([page.text], limit), True, lambda: DocumentMeta(page.title, page.published)
        parser = HtmlText()  # too big for the extractor: stream it through the stdlib parser
        return (split_lines(stream_html(blocks, parser), limit), True,
                lambda: DocumentMeta(parser.title, parser.published))
    lines = split_lines(blocks, limit)
    if suffix == ".md":
        body, said = front_matter(lines)
        return (markdown_line(line) for line in body), False, said
    return lines, False, DocumentMeta


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


def _outside(path: Path, inside: tuple[str, ...]) -> str | None:
    """Where a symlink leads when that is outside every folder given (`inside`, real paths), else None."""
    real = os.path.realpath(path)
    if any(real == folder or real.startswith(folder.rstrip(os.sep) + os.sep) for folder in inside):
        return None
    return real


def _walk(folder: Path, ancestors: frozenset[tuple[int, int]], inside: tuple[str, ...] | None
          ) -> Iterator[Path | Skipped]:
    """Text files under folder, sorted by name, recursively; symlink loops and broken links as Skipped.

    Unless `inside` is None, a symlink leading out of the folders given is not followed: a link in an article
    folder must not make kg read /etc/shadow or /proc/self/status."""
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
        if entry.is_symlink() and inside is not None and (target := _outside(path, inside)) is not None:
            if wanted or entry.is_dir():
                yield Skipped(_printable(path), f"symlink out of the folders given (to {_printable(Path(target))});"
                                                " --follow-links follows it")
            continue
        try:
            if entry.is_dir():
                info = entry.stat()
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    yield Skipped(_printable(path), f"symlink loop (points back to {_printable(Path(os.path.realpath(path)))})")
                else:
                    yield from _walk(path, ancestors | {key}, inside)
            elif wanted and entry.is_file():
                yield path
            elif (kind := UNREAD_SUFFIXES.get(path.suffix.lower())) and entry.is_file():
                yield Skipped(_printable(path), f"{kind}: not read (kg reads .txt, .md and .html; save it as text "
                                                "first)")
        except OSError as error:
            yield Skipped(_printable(path), f"cannot read: {error.strerror or error}")


def _candidates(roots: list[Path], follow_links: bool = False) -> Iterator[Path | Skipped]:
    """Every file named, or found under a folder named, in order; links inside folders stay inside them
    unless `follow_links` (a file or folder named itself is read wherever it leads)."""
    inside = None if follow_links else tuple(os.path.realpath(r) for r in roots if r.is_dir())
    for root in roots:
        if root.is_symlink() and (problem := _link_problem(root)):
            yield Skipped(_printable(root), problem)
        elif root.is_dir():
            info = root.stat()
            yield from _walk(root, frozenset({(info.st_dev, info.st_ino)}), inside)
        else:
            yield root


_URL = re.compile(r"(?i)(?:https?|ftp|file|s3|gs):/")


def url_problem(path: Path | str) -> str | None:
    """The one-line error for an input that is a URL and no file there ("https://…" given to kg build), else None.

    >>> url_problem("https://example.org/news/1")
    'https://example.org/news/1: URLs are not read; download the page first'
    """
    text = os.fspath(path)
    if not _URL.match(text) or os.path.lexists(text):
        return None
    shown = text if "://" in text else text.replace(":/", "://", 1)  # Path("https://x") is "https:/x"
    shown = shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return f"{shown}: URLs are not read; download the page first"


def read_documents(
    paths: Iterable[Path | str],
    *,
    published: dt.date | None = None,
    any_language: bool = False,
    max_chunk_chars: int = 200_000,
    follow_links: bool = False,
    metadata: Path | str | None = None,
) -> Iterator[Document | Skipped]:
    """Read files and folders (recursively: .txt, .md, .html, .htm) into Documents, or Skipped with a reason.

    Symlinks inside a folder are followed only to files and folders within the folders given, unless
    `follow_links`. Raises InputError at once for a path that does not exist; everything else is reported per
    file, lazily. Titles and dates come from `metadata` (a table, see kg.read.metadata) first, then from a
    sidecar metadata.csv or metadata.jsonl in the file's folder or one above it within the folder given, then
    from the file. A row of `metadata` naming no file read is reported as Skipped at the end, and so is a bad
    sidecar (its files build without it); a bad `metadata` table raises InputError.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    for given in paths:
        if (problem := url_problem(given)) is not None:
            raise InputError(problem)
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise InputError(f"no such file or folder: {_printable(root)}")
    if max_chunk_chars < 1:
        raise InputError(f"max_chunk_chars must be at least 1, not {max_chunk_chars}")
    options = _Options(published=published, any_language=any_language, max_chunk_chars=max_chunk_chars,
                       follow_links=follow_links)
    table = load_table(metadata, files_must_exist=False) if metadata is not None else None
    return _read_all(roots, options, table)


def _read_all(roots: list[Path], options: _Options, table: MetadataTable | None = None
              ) -> Iterator[Document | Skipped]:
    """The generator behind read_documents."""
    ids = _Ids()
    seen: dict[tuple[int, int], str] = {}
    sidecars: dict[Path, MetadataTable | None] = {}
    # which inputs are folders, asked once (per file, 200 files given one by one made 80,000 stat calls)
    folders_given = [root for root in roots if root.is_dir()]
    for candidate in _candidates(roots, options.follow_links):
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
        folders = _table_folders(candidate, folders_given)
        for folder in folders:
            if folder not in sidecars:
                try:
                    sidecars[folder] = _sidecar_table(folder)
                except MetadataError as error:  # the articles still build, without it; the summary says why
                    sidecars[folder] = None
                    yield Skipped(*_table_problem(error))
        meta = _metadata_of(candidate, table, [sidecars[f] for f in folders])
        path_key = _path_key(candidate, folders_given)
        yield from _read_file(candidate, file_id(candidate.stem), path_key, options, ids, meta)
    if table is not None:
        for line, name in table.unused():
            yield Skipped(_printable(table.path), f"line {line}: no file {name!r} among the inputs")


def _table_folders(path: Path, given: list[Path]) -> list[Path]:
    """The folders whose sidecar may describe a file: its own, then each one up to the input folder it was
    found in (`given`: the inputs that are folders; a metadata.csv at the top of a corpus may name
    'politics/001.txt')."""
    folders = [path.parent]
    root = next((r for r in given if r in path.parents), None)
    while root is not None and folders[-1] != root:
        folders.append(folders[-1].parent)
    return folders


def _sidecar_table(folder: Path) -> MetadataTable | None:
    """The sidecar table of a folder, or None; InputError for a bad one."""
    sidecar = sidecar_of(folder)
    return load_table(sidecar) if sidecar is not None else None


def _table_problem(error: MetadataError) -> tuple[str, str]:
    """(source, reason) of a bad sidecar, for the Skipped that reports it."""
    where = f"line {error.line}: " if error.line is not None else ""
    return _printable(error.table), f"metadata table not used: {where}{error.reason}"


def _metadata_of(path: Path, table: MetadataTable | None, sidecars: list[MetadataTable | None]
                 ) -> DocumentMeta | None:
    """A file's metadata: each field from the table given, else from the nearest sidecar that says it."""
    found = [m for m in [table.lookup(path) if table is not None else None,
                         *(t.lookup(path) for t in sidecars if t is not None)] if m is not None]
    if len(found) < 2:
        return found[0] if found else None
    return DocumentMeta(title=next((m.title for m in found if m.title), None),
                        published=next((m.published for m in found if m.published), None),
                        url=next((m.url for m in found if m.url), None),
                        source=next((m.source for m in found if m.source), None))


def document_from_text(text: str, *, id: str, published: dt.date | None = None, source: str = "") -> Document:
    """A Document from text given directly: cleaned, titled by its first line, dated by itself or by `published`."""
    cleaned = clean_text(text)
    if not cleaned:
        raise InputError(f"document {id!r} has no text")
    return Document(id=id, text=cleaned, source=source, title=headline(cleaned),
                    published=detect_published_date(cleaned) or published)
