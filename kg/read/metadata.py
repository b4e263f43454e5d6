"""Document metadata kept beside the articles: a sidecar table, a table given with --metadata, Markdown front matter.

A table is `metadata.csv` (a header row) or `metadata.jsonl` (one JSON object a line) with the columns `file`
(required: the article's path from the table's folder), `title`, `published` (or `date`, YYYY-MM-DD), `url` and
`source` (the publisher). A bad table (unknown column, bad date, duplicate row, a row naming a file that is not
there) raises MetadataError (an InputError) with one line naming the table and the line, never a traceback; a bad
sidecar is reported by the reader as skipped and its articles build without it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

__all__ = ["COLUMNS", "SIDECAR_NAMES", "DocumentMeta", "MetadataError", "MetadataTable", "front_matter",
           "is_web_address", "load_table", "parse_date", "sidecar_of"]

#: The file names of a sidecar table, looked for in each folder articles are read from.
SIDECAR_NAMES: tuple[str, ...] = ("metadata.csv", "metadata.jsonl")
#: The columns a table may have, and the field each fills ("date" is another name of "published").
COLUMNS: dict[str, str] = {"file": "file", "title": "title", "published": "published", "date": "published",
                           "url": "url", "source": "source"}
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_MAX_FRONT_MATTER_LINES = 200


class MetadataError(InputError):
    """A bad metadata table: `table` (its path), `line` (None: the whole table) and the `reason`, in one line."""

    def __init__(self, table: Path, reason: str, line: int | None = None) -> None:
        self.table, self.reason, self.line = table, reason, line
        super().__init__(f"{table}{f' line {line}' if line is not None else ''}: {reason}")


@dataclass(frozen=True)
class DocumentMeta:
    """What a table or front matter says about one document (None: not said)."""

    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class MetadataTable:
    """The rows of one table: by the article's real path, and by file name for names that are no path there."""

    path: Path
    by_path: dict[str, tuple[int, DocumentMeta]] = field(default_factory=dict)
    by_name: dict[str, tuple[int, DocumentMeta]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    def lookup(self, file: Path) -> DocumentMeta | None:
        """The metadata of an article file, or None when the table has no row for it."""
        row = self.by_path.get(os.path.realpath(file)) or self.by_name.get(file.name)
        if row is None:
            return None
        self.used.add(row[0])
        return row[1]

    def unused(self) -> Iterator[tuple[int, str]]:
        """(line, file) of the rows no article read has matched, in table order."""
        rows = sorted({*self.by_path.values(), *self.by_name.values()}, key=lambda r: r[0])
        names = {line: name for name, (line, _) in self.by_name.items()}
        names |= {line: os.path.relpath(p, self.path.parent) for p, (line, _) in self.by_path.items()}
        for line, _ in rows:
            if line not in self.used:
                yield line, names[line]


def parse_date(text: str) -> dt.date:
    """A published date: YYYY-MM-DD, or an ISO timestamp whose day is taken; ValueError otherwise.

    >>> parse_date("2021-11-24"), parse_date("2021-11-24T09:30:00Z")
    (datetime.date(2021, 11, 24), datetime.date(2021, 11, 24))
    """
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?", text):
        return dt.date.fromisoformat(text[:10])
    raise ValueError(text)


def is_web_address(text: str) -> bool:
    """Whether text is an http(s) URL with a host and no whitespace: the only addresses a view links to.

    >>> is_web_address("https://example.org/news/1"), is_web_address("javascript:alert(1)")
    (True, False)
    """
    return re.fullmatch(r"https?://[^\s/?#]+[^\s]*", text, flags=re.IGNORECASE) is not None


def sidecar_of(folder: Path) -> Path | None:
    """The sidecar table in folder, or None; InputError when there are two (which one holds?)."""
    found = [folder / name for name in SIDECAR_NAMES if (folder / name).is_file()]
    if len(found) > 1:
        raise MetadataError(folder, "both metadata.csv and metadata.jsonl; keep one")
    return found[0] if found else None


def load_table(path: Path | str, *, files_must_exist: bool = True) -> MetadataTable:
    """Read a metadata table (.csv or .jsonl). With files_must_exist (a sidecar), a row naming a file that is
    not in the table's folder is an error; otherwise (--metadata) such a name is matched by file name."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise MetadataError(path, f"cannot read metadata table: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MetadataError(path, f"not UTF-8 (byte {error.start}); save the table as UTF-8") from None
    if path.suffix.lower() == ".jsonl":
        rows = _jsonl_rows(path, text)
    elif path.suffix.lower() == ".csv":
        rows = _csv_rows(path, text)
    else:
        raise MetadataError(path, "a metadata table is .csv or .jsonl")
    table = MetadataTable(path)
    for line, row in rows:
        _add_row(table, line, row, files_must_exist)
    return table


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    """(line, row) of a CSV table with a header; checks the header first."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise MetadataError(path, "empty table (a header row with a 'file' column is needed)") from None
    except csv.Error as error:
        raise MetadataError(path, str(error), 1) from None
    names = [h.strip().lower() for h in header]
    _check_columns(path, 1, names)
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                raise MetadataError(path, f"{len(row)} cells, the header has {len(names)}", reader.line_num)
            yield reader.line_num, {n: (row[i] if i < len(row) else None) for i, n in enumerate(names)}
    except csv.Error as error:
        raise MetadataError(path, f"{error}", reader.line_num) from None


def _jsonl_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    """(line, row) of a JSON Lines table: one object a line, string or null values."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as error:
            raise MetadataError(path, f"not JSON ({str(error).split(':')[0]})", number) from None
        if not isinstance(value, dict):
            raise MetadataError(path, f"a JSON object is needed, not {type(value).__name__}", number)
        keys = [str(k).strip().lower() for k in value]
        _check_columns(path, number, keys)
        row: dict[str, str | None] = {}
        for key, cell in zip(keys, value.values()):
            if cell is not None and not isinstance(cell, (str, int, float)) or isinstance(cell, bool):
                raise MetadataError(path, f"{key!r} must be text, not {type(cell).__name__}", number)
            row[key] = None if cell is None else str(cell)
        yield number, row


def _check_columns(path: Path, line: int, names: list[str]) -> None:
    """InputError for an unknown or repeated column, or a missing 'file'."""
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise MetadataError(path, f"unknown column {unknown[0]!r} (known: {', '.join(COLUMNS)})", line)
    fields = [COLUMNS[n] for n in names]
    repeated = sorted({f for f in fields if fields.count(f) > 1})
    if repeated:
        raise MetadataError(path, f"column {repeated[0]!r} given twice", line)
    if "file" not in fields:
        raise MetadataError(path, "no 'file' column (which article does the row describe?)", line)


def _add_row(table: MetadataTable, line: int, row: dict[str, str | None], files_must_exist: bool) -> None:
    """Check one row and add it to the table."""
    cells = {COLUMNS[k]: (v.strip() if v else None) or None for k, v in row.items()}
    file = cells.get("file")
    if not file:
        raise MetadataError(table.path, "no file named", line)
    published = None
    if cells.get("published"):
        try:
            published = parse_date(cells["published"] or "")
        except ValueError:
            raise MetadataError(table.path, f"published date {cells['published']!r} is not YYYY-MM-DD", line) from None
    url = cells.get("url")
    if url and not is_web_address(url):
        raise MetadataError(table.path, f"url {url!r} is not an http(s) address", line)
    meta = DocumentMeta(title=_one_line(cells.get("title")), published=published,
                        url=url, source=_one_line(cells.get("source")))
    target = table.path.parent / file
    if target.is_file():
        key = os.path.realpath(target)
        if key in table.by_path:
            raise MetadataError(table.path, f"{file!r} already described on line {table.by_path[key][0]}", line)
        table.by_path[key] = (line, meta)
    elif files_must_exist:
        raise MetadataError(table.path, f"no file {file!r} beside the table", line)
    else:
        name = Path(file).name
        if name in table.by_name:
            raise MetadataError(table.path, f"{file!r} already described on line {table.by_name[name][0]}", line)
        table.by_name[name] = (line, meta)


def _one_line(text: str | None) -> str | None:
    """text with its whitespace runs made single spaces, or None when empty."""
    return " ".join(text.split()) or None if text else None


def front_matter(lines: Iterable[str]) -> tuple[Iterator[str], Callable[[], DocumentMeta]]:
    """A Markdown file's lines without the front matter block (`---` … `---` at the very top), and a getter of
    what it says (title, date or published, url, source; other keys are ignored), known once the block is read.
    A block that never closes is no front matter: the lines come back as they were."""
    found: list[DocumentMeta] = []

    def body() -> Iterator[str]:
        iterator = iter(lines)
        first = next(iterator, None)
        if first is None:
            return
        if first.strip() != _FRONT_MATTER_FENCE:
            yield first
            yield from iterator
            return
        held = [first]
        for line in iterator:
            held.append(line)
            if line.strip() == _FRONT_MATTER_FENCE:
                found.append(_front_matter_meta(held[1:-1]))
                yield from iterator
                return
            if len(held) > _MAX_FRONT_MATTER_LINES:
                break
        yield from held
        yield from iterator

    return body(), lambda: found[0] if found else DocumentMeta()


def _front_matter_meta(lines: list[str]) -> DocumentMeta:
    """The metadata of front matter lines (`key: value`, YAML's simple form); bad dates are left out."""
    values: dict[str, str] = {}
    for line in lines:
        match = _FRONT_MATTER_LINE.match(line)
        if match and match.group(1).lower() in COLUMNS:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            values.setdefault(COLUMNS[match.group(1).lower()], value)
    published = None
    if values.get("published"):
        try:
            published = parse_date(values["published"])
        except ValueError:
            published = None
    url = values.get("url") or None
    return DocumentMeta(title=_one_line(values.get("title")), published=published,
                        url=url if url and is_web_address(url) else None, source=_one_line(values.get("source")))
