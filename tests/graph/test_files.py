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


SAVE_UNDER_A_FILE_SIZE_LIMIT = r"""
import resource, signal, sys
from pathlib import Path
from kg.knowledge_graph import KnowledgeGraph
from samples import extractions

out = Path(sys.argv[1])
graph = KnowledgeGraph.from_extractions(extractions())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, as on a full disk
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    graph.save(out)
except OSError as error:
    print(f"{error.strerror}|{error.filename}")
    sys.exit(3)
"""


def test_the_three_outputs_change_together_or_not_at_all(tmp_path: Path) -> None:
    """A write failing part-way (here a file-size limit, as a full disk does) leaves the earlier graph.trig,
    facts.csv and graph.html as they were, no temporary file, and an error that names the file."""
    import subprocess
    import sys

    from kg.knowledge_graph import KnowledgeGraph
    from samples import extractions

    out = tmp_path / "out"
    paths = KnowledgeGraph.from_extractions(extractions()[:1]).save(out)
    before = {name: path.read_bytes() for name, path in paths.items()}
    sizes = sorted(len(content) for content in before.values())
    tests = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests), os.environ.get("PYTHONPATH", "")])}
    # A limit above the smallest output's new size and below the largest's: some files fit, one does not.
    done = subprocess.run([sys.executable, "-c", SAVE_UNDER_A_FILE_SIZE_LIMIT, str(out), str(sizes[-1] // 2)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 3, done.stderr
    strerror, filename = done.stdout.strip().split("|")
    assert Path(filename).name in {"graph.trig", "facts.csv", "graph.html"}
    assert {name: path.read_bytes() for name, path in paths.items()} == before
    assert sorted(p.name for p in out.iterdir()) == ["facts.csv", "graph.html", "graph.trig"]


def test_write_all_atomic_writes_every_file(tmp_path: Path) -> None:
    from kg.graph.files import write_all_atomic

    write_all_atomic({tmp_path / "a.txt": "α", tmp_path / "sub" / "b.bin": b"\x00\x01"})
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "α"
    assert (tmp_path / "sub" / "b.bin").read_bytes() == b"\x00\x01"
