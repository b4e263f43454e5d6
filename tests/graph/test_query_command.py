"""kg query on a graph file: positionals among options, CSV ends with its last row, --update reports the change,
a named query's invalid date is one `error:` line."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.knowledge_graph import KnowledgeGraph
from samples import extractions

COUNTRIES = "SELECT ?c WHERE { ?c a kg:Country } ORDER BY ?c"
DELETE = ("DELETE { GRAPH ?g { ?s kg:visits ?o } } WHERE { GRAPH ?g { ?s kg:visits ?o } }")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    KnowledgeGraph.from_extractions(extractions()).save(tmp_path / "out")
    return tmp_path / "out"


@pytest.mark.parametrize("order", [
    ["GRAPH", "--format", "csv", "SPARQL"],
    ["--format", "csv", "GRAPH", "SPARQL"],
    ["GRAPH", "SPARQL", "--format", "csv"],
])
def test_options_anywhere(out_dir: Path, capsysbinary: pytest.CaptureFixture[bytes], order: list[str]) -> None:
    args = [{"GRAPH": str(out_dir), "SPARQL": COUNTRIES}.get(a, a) for a in order]
    assert main(["query", *args]) == 0
    assert capsysbinary.readouterr().out == (b"c\r\nhttps://w3id.org/kg/id/country/ISR\r\n"
                                             b"https://w3id.org/kg/id/country/MAR\r\n")  # no blank line after


def test_table_output_ends_with_one_line_break(out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(out_dir), COUNTRIES]) == 0
    assert capsys.readouterr().out.endswith("(2 rows)\n")


@pytest.mark.parametrize("where", ["before", "between", "after"])
def test_update_anywhere_reports_and_follows(out_dir: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    args = {"before": ["--update", str(out_dir), DELETE], "between": [str(out_dir), "--update", DELETE],
            "after": [str(out_dir), DELETE, "--update"]}[where]
    assert main(["query", *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"updated {out_dir / 'graph.trig'}") and "2 triples removed, 0 triples added" in out
    assert "visits" not in (out_dir / "facts.csv").read_text(encoding="utf-8")
    assert main(["query", str(out_dir), "--name", "who-visited-whom", "--format", "csv"]) == 0
    assert capsys.readouterr().out == "visitor,visited,date,document\r\n"


@pytest.mark.parametrize("since,until", [("2022-13", "2023"), ("yesterday", "2022"), ("2023", "2022")])
def test_an_invalid_date_is_one_error_line(out_dir: Path, capsys: pytest.CaptureFixture[str], since: str,
                                           until: str) -> None:
    code = main(["query", str(out_dir), "--name", "date-range", "--param", f"since={since}", "--param", f"until={until}"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1


def test_a_year_finds_its_months(out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--name", "date-range", str(out_dir), "--param", "since=2021", "--param", "until=2021",
                 "--format", "csv"]) == 0
    assert "signs,defense memorandum of understanding,2021-11" in capsys.readouterr().out
