"""The shape of the code: the import contracts of pyproject.toml hold, no import cycle exists (imports inside
functions included), and commands that never parse do not load spaCy."""
from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    """The layers of the stages and the independence of the rule families (pyproject's [tool.importlinter])."""
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a dev dependency: pip install -e '.[dev]'"
    done = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """Import cycles between kg's modules, each as its shortest chain back to its start."""
    found = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                found.append((importer, *back))
    return found


def test_no_import_cycles_even_through_imports_inside_functions():
    graph = grimp.build_graph("kg", cache_dir=None)
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle():
    graph = grimp.ImportGraph()
    for module in ("a", "b", "c"):
        graph.add_module(module)
    for importer, imported in itertools.pairwise(("a", "b", "c", "a")):
        graph.add_import(importer=importer, imported=imported)
    assert ("a", "b", "c", "a") in _cycles(graph)


@pytest.mark.parametrize("module", ["kg.cli", "kg.knowledge_graph", "kg.graph.sparql", "kg.graph.serve"])
def test_commands_that_never_parse_do_not_load_spacy(module):
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert not {name for name in loaded if name.split(".")[0] in {"spacy", "thinc"}}
