"""Output files written whole or not at all: a crash or Ctrl-C never leaves half a file under an output's name."""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kg.atomic import atomic_output, new_file_mode
from kg.errors import KgError

__all__ = ["Content", "OutputFolderError", "atomic_output", "check_output_folder", "write_all_atomic",
           "write_atomic"]

Content = str | bytes | Callable[[IO[bytes]], None]  # text, bytes, or a writer streaming into the open file


class OutputFolderError(KgError):
    """The output folder cannot be made or written to (said before any work is done, naming the folder)."""


def check_output_folder(folder: str | os.PathLike) -> Path:
    """Prove `folder` writable, or makeable, without leaving anything behind: a temporary file is created and
    removed in it, or in its nearest existing parent if it is missing (nothing is made before the build has
    something to write). So a build fails before its extraction, naming the folder, not at the end."""
    path = Path(folder)
    nearest = path
    while not nearest.exists() and nearest != nearest.parent:
        nearest = nearest.parent
    try:
        if not nearest.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
        with tempfile.TemporaryFile(prefix=".kg-write-check.", dir=nearest):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise OutputFolderError(f"cannot write to the output folder {path}: {reason}") from None
    return path


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write text (as UTF-8) or bytes to path atomically (see write_all_atomic)."""
    write_all_atomic({path: content})


def write_all_atomic(contents: dict[Path, Content]) -> None:
    """Write several files so that they change together or not at all: every content goes to a temporary file
    beside its target first, and only when all are written are they renamed into place. A failure (a full
    disk) removes the temporary files, leaves every target as it was and names the file it failed on.

    A content may be a function writing to the open binary file (a graph streamed a document at a time); the
    files are written in the order given, so a later one may use what an earlier writer computed."""
    written: list[tuple[str, Path]] = []
    try:
        for path, content in contents.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            written.append((temp, path))
            try:
                with os.fdopen(fd, "wb") as handle:
                    if callable(content):
                        content(handle)
                    else:
                        handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
            except OSError as error:
                raise OSError(error.errno, error.strerror or str(error), str(path)) from error
            os.chmod(temp, new_file_mode())
        for temp, path in written:
            os.replace(temp, path)
    except BaseException:
        for temp, _ in written:  # those not renamed yet (a rename interrupted, a full disk)
            Path(temp).unlink(missing_ok=True)
        raise
