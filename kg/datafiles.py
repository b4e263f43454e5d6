"""Validated readers of the data files in ``kg/data/``: every lexicon, table and cue list loads through them.

A malformed row raises ``ValueError`` naming the file and the line, so a bad edit fails at start-up and in the
tests rather than silently dropping facts. Used by every stage that reads data (read, extract, graph).
"""
from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

__all__ = ["text", "lines", "rows", "fail", "word_list", "word_map"]


def text(name: str) -> str:
    """The whole text of ``kg/data/<name>``."""
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


def lines(name: str) -> Iterator[tuple[int, str]]:
    """Non-blank, non-comment lines with their 1-based line numbers."""
    for number, raw in enumerate(text(name).splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line


def rows(name: str, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated rows after the header line, each checked for its column count."""
    expected = "\t".join(header)
    seen_header = False
    for number, line in lines(name):
        cells = [c.strip() for c in line.split("\t")]
        if not seen_header:
            if tuple(cells) != header:
                raise ValueError(f"{name}:{number}: expected header {expected!r}, got {line!r}")
            seen_header = True
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise ValueError(f"{name}:{number}: expected {len(header)} tab-separated columns, got {len(cells)}")
        yield number, cells
    if not seen_header:
        raise ValueError(f"{name}: missing header line {expected!r}")


def fail(name: str, number: int, message: str) -> ValueError:
    """The error for a bad line: ``ValueError("<file>:<line>: <message>")``.

    >>> fail("titles.tsv", 3, "unknown kind 'x'")
    ValueError("titles.tsv:3: unknown kind 'x'")
    """
    return ValueError(f"{name}:{number}: {message}")


def word_list(name: str) -> frozenset[str]:
    """A list of lowercase words or phrases, one per line, without duplicates."""
    out: set[str] = set()
    for number, line in lines(name):
        item = line.strip()
        if item != item.lower() or "\t" in item:
            raise fail(name, number, f"entry must be one lowercase phrase: {item!r}")
        if item in out:
            raise fail(name, number, f"duplicate entry {item!r}")
        out.add(item)
    return frozenset(out)


def word_map(name: str, header: tuple[str, str]) -> dict[str, str]:
    """A two-column table of lowercase words and what each maps to."""
    out: dict[str, str] = {}
    for number, (word, value) in rows(name, header):
        if word != word.lower() or not value:
            raise fail(name, number, f"expected a lowercase {header[0]} and its {header[1]}: {word!r}")
        if word in out:
            raise fail(name, number, f"duplicate {header[0]} {word!r}")
        out[word] = value
    return out
