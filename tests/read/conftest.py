"""Helpers of the read-stage tests: write a file, read one path."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kg.model import Document, Skipped
from kg.read.documents import read_documents


def _write(path: Path, data: bytes | str) -> Path:
    """Write bytes or UTF-8 text to path (parents created) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _read_one(path: Path, **kwargs: object) -> Document | Skipped:
    """The single result of reading one path."""
    results = list(read_documents([path], **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


@pytest.fixture(scope="session")
def write() -> Callable[[Path, bytes | str], Path]:
    """write(path, data): the file written (bytes as they are, text as UTF-8), parents created."""
    return _write


@pytest.fixture(scope="session")
def read_one() -> Callable[..., Document | Skipped]:
    """read_one(path, **options): the one Document or Skipped that read_documents gives for path."""
    return _read_one
