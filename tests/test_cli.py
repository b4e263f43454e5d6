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


@pytest.mark.parametrize("command", ["build", "view"])
@pytest.mark.parametrize("value, needle", [
    ("abc", "not a number: 'abc'"), ("nan", "from 0 to 1, not 'nan'"), ("-0.1", "from 0 to 1, not '-0.1'"),
    ("1.5", "from 0 to 1, not '1.5'"), ("inf", "from 0 to 1"), ("", "not a number"),
])
def test_min_confidence_must_be_a_number_from_0_to_1(command: str, value: str, needle: str, out_dir: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = str(out_dir) if command == "view" else "/no/such/path.txt"
    assert main([command, target, "--min-confidence", value]) == 2
    assert needle in _one_error_line(capsys)


def test_min_confidence_is_refused_for_store_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--store", str(tmp_path / "st"), "--min-confidence", "0.5"]) == 2
    assert "--store" in _one_error_line(capsys) and not (tmp_path / "st").exists()


@pytest.mark.parametrize("threshold, shown", [("0", 6), ("0.65", 2), ("0.95", 0)])
def test_view_min_confidence_hides_facts_in_the_page_but_keeps_them(threshold: str, shown: int, out_dir: Path,
                                                                      tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "v.html"
    assert main(["view", str(out_dir), "--out", str(target), "--min-confidence", threshold]) == 0
    printed = capsys.readouterr().out
    total = KnowledgeGraph.load(out_dir).to_networkx().number_of_edges()
    assert f"{total} facts ({shown} at confidence >= {float(threshold):g};" in printed
    page = target.read_text(encoding="utf-8")
    assert f'"minConfidence":{float(threshold)}' in page


@pytest.mark.slow
def test_build_min_confidence_leaves_less_confident_facts_out_of_every_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("French President Jacques Chirac visited Germany on Monday. He met Chancellor Gerhard "
                       "Schroeder in Berlin. Italy may criticise the visit.\n", encoding="utf-8")

    def built(name: str, *options: str) -> list:
        out = tmp_path / name
        assert main(["build", str(article), "--out", str(out), "--date", "2005-01-01", *options]) == 0
        facts = KnowledgeGraph.load(out).facts
        rows = (out / "facts.csv").read_text(encoding="utf-8").splitlines()[1:]
        assert facts and len(rows) == len(facts)
        return facts

    everything = built("all")
    confidences = sorted({f.fact.confidence for f in everything})
    assert len(confidences) > 1, "the sample needs facts of different confidence"
    threshold = confidences[-1]  # the most confident facts only
    kept = built("kept", "--min-confidence", str(threshold))
    assert all(f.fact.confidence >= threshold for f in kept)
    assert len(kept) == sum(f.fact.confidence >= threshold for f in everything) < len(everything)


@pytest.mark.parametrize("out,reason", [("/sys", "Permission denied"),          # a read-only folder, even for root
                                        ("/sys/kg-out", "Permission denied"),  # one that cannot be made
                                        ("FILE/out", "Not a directory")])       # a file where a folder should be
@pytest.mark.parametrize("store", [False, True])
def test_an_unwritable_output_folder_is_said_before_anything_is_read(tmp_path: Path, out: str, reason: str,
                                                                     store: bool, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import kg.pipeline

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the build started although its output folder cannot be written")

    monkeypatch.setattr(kg.pipeline, "build_files", never)
    monkeypatch.setattr(kg.pipeline, "build_store", never)
    (tmp_path / "FILE").write_text("not a folder")
    (tmp_path / "a.txt").write_text("Israel and Morocco signed an agreement.")
    out = out.replace("FILE", str(tmp_path / "FILE"))
    argv = ["build", str(tmp_path / "a.txt"), "--out", out] + (["--store", str(tmp_path / "store")] if store else [])
    assert main(argv) == 2
    assert _one_error_line(capsys) == f"error: cannot write to the output folder {out}: {reason}"


def test_the_progress_bar_counts_the_files_a_build_will_read(tmp_path: Path) -> None:
    from kg.cli import _files_to_read

    for name in ["a.txt", "b.MD", "sub/c.html", "sub/deeper/d.htm", "sub/e.pdf", "sub/metadata.csv", "f.py"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert _files_to_read([str(tmp_path)]) == 4
    assert _files_to_read([str(tmp_path / "a.txt"), str(tmp_path / "sub")]) == 3
