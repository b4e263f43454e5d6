"""kg build --metadata: a table of titles and dates kept apart from the articles; bad tables are one line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.cli import main
from kg.knowledge_graph import KnowledgeGraph

ARTICLE = ("Ministers meet in the capital\n\nThe Israeli defence minister Benny Gantz arrived in Morocco on Tuesday "
           "and signed a security agreement with Morocco.\n")


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    return lines[0]


@pytest.mark.parametrize("table,needle", [
    ("file,writer\na.txt,x\n", "unknown column 'writer'"),
    ("file,published\na.txt,last week\n", "is not YYYY-MM-DD"),
    (None, "cannot read metadata table"),
    ("file\na.txt\n", "a metadata table is .csv or .jsonl"),
])
def test_bad_metadata_table_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   table: str | None, needle: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / ("meta.txt" if needle.endswith(".jsonl") else "meta.csv")
    if table is not None:
        path.write_text(table, encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--metadata", str(path), "--out", str(tmp_path / "out")]) == 2
    assert needle in _error(capsys)
    assert not (tmp_path / "out").exists()


def test_metadata_dates_relative_expressions_and_titles_the_document(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    table = tmp_path / "meta.csv"
    table.write_text("file,title,published\na.txt,Gantz in Morocco,2021-11-25\nb.txt,Nothing,2021-01-01\n",
                     encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--metadata", str(table), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "line 3: no file 'b.txt' among the inputs" in printed
    [doc] = KnowledgeGraph.load(out / "graph.trig").documents
    assert (doc.title, doc.published) == ("Gantz in Morocco", dt.date(2021, 11, 25))
    assert "2021-11-23" in (out / "facts.csv").read_text(encoding="utf-8")  # "on Tuesday" before the 25th


@pytest.mark.parametrize("url", ["https://example.org/news/1.html", "http://example.org"])
def test_a_url_given_to_build_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str) -> None:
    assert main(["build", url, "--out", str(tmp_path / "out")]) == 2
    assert _error(capsys) == f"error: {url}: URLs are not read; download the page first"
    assert not (tmp_path / "out").exists()


def test_url_and_source_end_to_end_facts_csv_columns_bom_and_the_facts_counted_as_the_view_counts_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import re

    from kg.views.html import render_html

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not text")
    (folder / "metadata.csv").write_text("file,title,published,url,source\n"
                                         "a.txt,Gantz in Morocco,2021-11-25,https://news.example/gantz,Wire\n",
                                         encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--strict"]) == 1  # the PDF counts as skipped
    assert "--strict and 1 input skipped" in capsys.readouterr().err
    assert main(["build", str(folder), "--out", str(out), "--bom"]) == 0
    printed = capsys.readouterr().out
    assert "skipped 1\n" in printed and "scan.pdf: PDF document: not read" in printed
    graph = KnowledgeGraph.load(out)
    [doc] = graph.documents
    assert (doc.url, doc.publisher) == ("https://news.example/gantz", "Wire")
    assert "dcterms:isFormatOf" in (out / "graph.trig").read_text(encoding="utf-8")
    raw = (out / "facts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsubject,predicate,object,category,plover,date,")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows and {(r["title"], r["url"]) for r in rows} == {("Gantz in Morocco", "https://news.example/gantz")}
    assert all(r["category"] and r["plover"] and r["rule"] for r in rows)
    links = int(re.search(r"^facts: (\d+) between entities \(as graph.html counts them\)", printed, re.M).group(1))
    assert re.search(rf"^evidence: {len(rows)} rows? in facts.csv", printed, re.M)
    assert links == graph.to_networkx().number_of_edges()
    page = render_html(graph.to_networkx())
    assert '"documentUrls":{"a":"https://news.example/gantz"}' in page
