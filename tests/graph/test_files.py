"""kg.graph.files: outputs appear whole or not at all, with the permissions any new file would get."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kg.graph.files import atomic_output, write_atomic


@pytest.mark.parametrize("content", ["text é\n", b"\x00bytes"])
def test_write_atomic_writes_the_content(tmp_path: Path, content) -> None:
    target = tmp_path / "sub" / "out.bin"
    write_atomic(target, content)
    assert (target.read_bytes() if isinstance(content, bytes) else target.read_text(encoding="utf-8")) == content
    assert [p.name for p in target.parent.iterdir()] == ["out.bin"]


def test_output_permissions_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "graph.trig", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "graph.trig").stat().st_mode) == 0o644


def test_a_failure_keeps_the_previous_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half a fi")
        raise RuntimeError("crash")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]
