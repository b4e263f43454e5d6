"""A file written whole or not at all, beside its target then renamed into place: the one primitive the output
writers (kg.graph.files) and kg's caches (the place tables of kg.extract.gazetteer) share."""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def new_file_mode() -> int:
    """The permissions a new file gets under the process's umask (mkstemp's own are 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO]:
    """Open a temporary file beside `path` for writing; when the block ends normally, give it the permissions
    a new file would get (the umask, not mkstemp's 0600) and rename it into place; otherwise remove it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        text = "b" not in mode
        with os.fdopen(fd, mode, **({"encoding": "utf-8", "newline": ""} if text else {})) as handle:
            yield handle
        os.chmod(temp, new_file_mode())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
