"""The notebooks run top to bottom: 01 on the seed article, 02 on the shared bilateral corpus.

Each notebook is copied, with the seeds, into a temporary folder laid out like the repository and executed
there in memory (nothing is written into the repository). The execution tests are slow (each builds
articles). The kernel is this interpreter's: a kernelspec written into the temporary folder points at
sys.executable, and a first injected cell checks it.
A failing cell fails the test.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import KernelManager  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
BILATERAL = ROOT.parent / "shared" / "corpus" / "bilateral"
CELL_TIMEOUT = 600
KERNEL = "kg-test-python"

def _kernel_manager(tmp: Path) -> KernelManager:
    """A kernel manager whose only kernel runs ipykernel on this very interpreter."""
    spec_dir = tmp / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg test kernel", "language": "python",
        "env": {"MPLBACKEND": "module://matplotlib_inline.backend_inline"},
    }), encoding="utf-8")
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp / "kernels")]))


def _execute(name: str, tmp_path: Path) -> nbformat.NotebookNode:
    """Run notebooks/<name> from a copy of the repository layout in tmp_path; return the executed notebook."""
    work = tmp_path / "repo"
    (work / "notebooks").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", work / "seeds")
    shutil.copy2(NOTEBOOKS / name, work / "notebooks" / name)
    nb = nbformat.read(work / "notebooks" / name, as_version=4)
    check = nbformat.v4.new_code_cell(
        "import sys, os\n"
        f"assert os.path.realpath(sys.prefix) == {os.path.realpath(sys.prefix)!r}, sys.executable")
    check["id"] = "kg-test-kernel-check"
    nb.cells.insert(0, check)
    client = nbclient.NotebookClient(
        nb, km=_kernel_manager(tmp_path), timeout=CELL_TIMEOUT, allow_errors=False,
        resources={"metadata": {"path": str(work / "notebooks")}})
    client.execute()
    return nb


def _outputs(nb: nbformat.NotebookNode) -> str:
    """All text and HTML outputs of a notebook, joined, for a few checks on what it showed."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text" in output:
                parts.append(output["text"])
            for kind in ("text/plain", "text/html"):
                if kind in output.get("data", {}):
                    parts.append(output["data"][kind])
    return "\n".join(parts)


def _repo_untouched(before: set[Path]) -> None:
    assert set(NOTEBOOKS.iterdir()) == before, "the test wrote into notebooks/"


@pytest.mark.slow
def test_quickstart_runs(tmp_path):
    before = set(NOTEBOOKS.iterdir())
    started = time.perf_counter()
    nb = _execute("01-quickstart.ipynb", tmp_path)
    shown = _outputs(nb)
    assert "kg-summary" in shown and "Israel" in shown and "<iframe srcdoc=" in shown
    _repo_untouched(before)
    print(f"01-quickstart: {time.perf_counter() - started:.1f} s")


@pytest.mark.slow
def test_bilateral_relations_runs(tmp_path, monkeypatch):
    if not BILATERAL.is_dir():
        pytest.skip(f"the shared bilateral corpus is not at {BILATERAL}")
    monkeypatch.setenv("KG_NOTEBOOK_ARTICLES", str(BILATERAL))
    for name in ("KG_NOTEBOOK_A", "KG_NOTEBOOK_B"):
        monkeypatch.delenv(name, raising=False)
    before = set(NOTEBOOKS.iterdir())
    started = time.perf_counter()
    nb = _execute("02-bilateral-relations.ipynb", tmp_path)
    shown = _outputs(nb)
    assert '<td>documents</td><td style="text-align:right">40</td>' in shown
    assert "A = " in shown and "image/png" in json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "40 articles described by SOURCES.md" in shown  # the sidecar written in a temporary folder
    pairs = next(c for c in nb.cells if c.source.startswith("pairs = analysis.country_pairs"))
    table = "".join(o["data"].get("text/html", "") for o in pairs.outputs if "data" in o)
    assert "European Union" in table  # organisations are actors too
    assert any("image/png" in o.get("data", {}) for o in pairs.outputs)  # the pairs' chart, with data
    relation = next(c for c in nb.cells if c.source.startswith("relation = analysis.cooperation_conflict"))
    assert any("image/png" in o.get("data", {}) for o in relation.outputs)
    _repo_untouched(before)
    print(f"02-bilateral-relations: {time.perf_counter() - started:.1f} s")


def test_committed_notebooks_have_no_outputs():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{path.name} has outputs"
    params = [c for c in nbformat.read(NOTEBOOKS / "02-bilateral-relations.ipynb", as_version=4).cells
              if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "KG_NOTEBOOK_ARTICLES" in params[0].source
