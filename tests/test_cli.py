"""Tests for kg.cli: exit codes, one-line errors, and the three commands end to end."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.knowledge_graph import KnowledgeGraph
from samples import SHARED, extractions


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build output folder made from the hand-made extractions (no spaCy)."""
    out = tmp_path_factory.mktemp("out")
    KnowledgeGraph.from_extractions(extractions()).save(out)
    return out


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


@pytest.mark.parametrize("argv,needle", [
    (["build", "/no/such/path.txt"], "no such file"),
    (["build", "x", "--date", "2021-13-01"], "YYYY-MM-DD"),
    (["build", "x", "--date", "24/11/2021"], "YYYY-MM-DD"),
    (["query", "/no/such/graph.trig", "SELECT * WHERE { ?s ?p ?o }"], "no graph file"),
    (["query", "GRAPH", "SELECT * WHERE {"], "malformed SPARQL"),
    (["query", "GRAPH", "SELECT * WHERE { SERVICE <http://x.org/> { ?s ?p ?o } }"], "SERVICE"),
    (["query", "GRAPH"], "exactly one query"),
    (["query", "GRAPH", "--name", "nope"], "no query named"),
    (["query", "GRAPH", "--name", "evidence"], "needs parameter"),
    (["query", "GRAPH", "--name", "evidence", "--param", "entity"], "name=value"),
    (["view", "GRAPH", "--since", "yesterday"], "YYYY-MM-DD"),
    (["view", "GRAPH", "--focus", "Atlantis"], "Atlantis"),
    (["view", "GRAPH", "--predicate", "likes"], "likes"),
    (["bogus"], "invalid choice"),
    (["query", "GRAPH", "--format", "xml"], "invalid choice"),
])
def test_user_mistakes_exit_2_with_one_line(argv: list[str], needle: str, out_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(out_dir / "graph.trig") if a == "GRAPH" else a for a in argv]
    assert main(argv) == 2
    assert needle in _one_error_line(capsys)


def test_unparsable_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> {", encoding="utf-8")
    assert main(["query", str(bad), "ASK {}"]) == 2
    assert "does not parse" in _one_error_line(capsys)


def test_unknown_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Morocco and Israel met in Rabat.", encoding="utf-8")
    assert main(["build", str(tmp_path), "--model", "no_such_model_kg", "--out", str(tmp_path / "o")]) == 2
    assert "not installed" in _one_error_line(capsys)


def test_query_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    assert "between-countries:" in out and "--param a=" in out


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_answers(out_dir: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", str(out_dir), "--name", "between-countries", "--param", "a=MAR", "--param", "b=Israel",
            "--format", fmt]
    assert main(argv) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert len(json.loads(out)["results"]["bindings"]) == 4  # one row per fact and document
    else:
        assert "visits" in out and "Benny Gantz" in out


def test_query_file(out_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?code WHERE { ?c kg:countryCode ?code } ORDER BY ?code", encoding="utf-8")
    assert main(["query", str(out_dir / "graph.trig"), "--file", str(query), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["code", "ISR", "MAR"]


def test_view_filters_and_writes(out_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "v.html"
    argv = ["view", str(out_dir), "--out", str(target), "--predicate", "visits", "meetsWith", "--focus", "Gantz"]
    assert main(argv) == 0
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert "3 entities, 2 facts" in capsys.readouterr().out


def test_view_default_out(out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["view", str(out_dir / "graph.trig"), "--since", "2021-11-01", "--until", "2021-11-30"]) == 0
    assert (out_dir / "view.html").is_file()


@pytest.mark.slow
def test_build_seed_writes_three_files_then_query(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(SHARED / "seeds"), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert {p.name for p in out.iterdir()} == {"graph.trig", "graph.html", "facts.csv"}
    assert "built 1 document" in done.stdout and "graph.html" in done.stdout
    query = subprocess.run([sys.executable, "-m", "kg", "query", str(out / "graph.trig"), "--name", "positions"],
                           capture_output=True, text=True, timeout=120)
    assert query.returncode == 0 and "row" in query.stdout


def test_missing_path_via_subprocess_has_no_traceback() -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "build", "/no/such/dir"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and "Traceback" not in done.stderr
