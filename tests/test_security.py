"""Security: read-only local SPARQL through the CLI, spreadsheet-safe CSV, and no script from an article
ever runs in graph.html (end to end: article file → kg build → headless Chromium)."""
from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.cli import main, shown
from kg.knowledge_graph import KnowledgeGraph
from kg.model import Evidence, Fact
from kg.graph.rdf import FactRecord
from kg.views.tables import COLUMNS, facts_csv, safe_cell
from canary import canary_server
from samples import extractions

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    KnowledgeGraph.from_extractions(extractions()).save(out)
    return out


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in captured.err, captured.err
    return lines[0]


# ------------------------------------------------------------------------------------------ SPARQL

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("query,needle", [
    ("SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { SERVICE SILENT <https://evil.example/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://evil.example/data.ttl> WHERE { ?s ?p ?o }", "FROM <http://evil.example/data.ttl>"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM <file:///etc/passwd>"),
    ("LOAD <http://evil.example/data.ttl>", "read-only"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only"),
    ("DELETE WHERE { ?s ?p ?o }", "read-only"),
    ("CLEAR ALL", "read-only"),
])
def test_query_refuses_remote_access_and_updates(out_dir: Path, query: str, needle: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = (out_dir / "graph.trig").read_bytes()
    assert main(["query", str(out_dir), query]) == 2
    assert needle in one_error_line(capsys)
    assert (out_dir / "graph.trig").read_bytes() == before


@pytest.mark.parametrize("query,needle", [
    ("LOAD <http://evil.example/data.ttl>", "LOAD is not allowed"),
    ("LOAD <file:///etc/passwd> INTO GRAPH <urn:g>", "LOAD is not allowed"),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://evil.example/> { ?s ?p ?o } }", "SERVICE"),
    ("INSERT { ?s ?p ?o } USING <http://evil.example/g> WHERE { ?s ?p ?o }", "FROM <http://evil.example/g>"),
])
def test_update_still_never_reaches_out(out_dir: Path, query: str, needle: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = (out_dir / "graph.trig").read_bytes()
    assert main(["query", str(out_dir), query, "--update"]) == 2
    assert needle in one_error_line(capsys)
    assert (out_dir / "graph.trig").read_bytes() == before


def test_update_allowed_with_flag_and_written_back(out_dir: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(out_dir), COUNT, "--format", "csv"]) == 0
    count = int(capsys.readouterr().out.splitlines()[1])
    insert = "INSERT DATA { GRAPH <urn:notes> { <urn:a> rdfs:label \"added\" } }"
    assert main(["query", str(out_dir), insert, "--update"]) == 0
    assert "updated" in capsys.readouterr().out
    assert main(["query", str(out_dir), COUNT, "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) == count + 1
    single = tmp_path / "single.nq"
    single.write_text(KnowledgeGraph.load(out_dir).dataset.serialize(format="nquads"), encoding="utf-8")
    assert main(["query", str(single), "DELETE WHERE { GRAPH <urn:notes> { <urn:a> ?p ?o } }", "--update"]) == 0
    capsys.readouterr()
    assert main(["query", str(single), COUNT, "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) == count
    # --update with a read query just answers it
    assert main(["query", str(single), COUNT, "--update", "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) == count


def test_refusal_via_subprocess_is_one_line(out_dir: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kg", "query", str(out_dir),
                           "SELECT * WHERE { SERVICE <http://evil.example/> { ?s ?p ?o } }"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and "SERVICE" in done.stderr


# ------------------------------------------------------------------------------------------ CSV


@given(st.text(max_size=30))
def test_safe_cell_never_starts_a_formula(text: str) -> None:
    cell = safe_cell(text)
    assert not cell.startswith(FORMULA_START)
    assert cell == text or cell == "'" + text


_CELLS = st.text(max_size=30) | st.sampled_from(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")"])


@given(subject=_CELLS, obj=_CELLS, sentence=_CELLS, document=_CELLS, date=_CELLS, rule=_CELLS)
def test_no_csv_cell_starts_a_formula(subject: str, obj: str, sentence: str, document: str, date: str,
                                      rule: str) -> None:
    fact = Fact("k", "meetsWith", "o", Evidence(document, sentence, 0, 1), date=date or None, rule=rule)
    text = facts_csv([FactRecord(fact, subject, obj)])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 2
    for cell in rows[1]:
        assert not cell.startswith(FORMULA_START), cell


# ------------------------------------------------------------------------------------------ XSS

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_URL = "javascript:window.__pwned=1"
HOSTILE_ARTICLE = f"""{XSS_SCRIPT} Morocco and Israel sign a defence pact

Published: 25 November 2021

Defence Minister Benny Gantz {XSS_IMG} met his Moroccan counterpart Abdellatif Loudiyi in Rabat on 24 November 2021.

Israel and Morocco signed a memorandum of understanding on defence cooperation {XSS_SCRIPT} in Rabat.

Gantz visited Morocco, said the ministry at {XSS_URL} on Wednesday.

The "{XSS_IMG} Front" rejected the agreement with Morocco, and Algeria criticised Israel.
"""
CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--headless", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _browser_or_skip():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    return sync_playwright


@pytest.mark.slow
@pytest.mark.browser
def test_hostile_article_cannot_run_script_in_the_built_view(tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / '<img src=x onerror="window.__pwned=1">.txt').write_text(HOSTILE_ARTICLE, encoding="utf-8")
    assert main(["build", str(folder), "--out", str(out)]) == 0
    graph = KnowledgeGraph.load(out)
    # The payloads really travelled into the graph and the page (else this test would prove nothing).
    evidence = " ".join(r.fact.evidence.sentence for r in graph.facts)
    assert XSS_IMG in evidence and XSS_SCRIPT in evidence and XSS_URL in evidence
    assert graph.documents[0].title.startswith(XSS_SCRIPT) and XSS_IMG in graph.documents[0].source
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "window.__pwned" in html and XSS_SCRIPT not in html and XSS_IMG not in html  # there, escaped
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1400, "height": 850}).new_page()
            requests: list[str] = []
            page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else requests.append(r.url))
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            page.goto((out / "graph.html").as_uri())
            page.wait_for_function("() => window.kgView && window.kgView.ready === true", timeout=60_000)
            assert page.title().startswith(XSS_SCRIPT)
            nodes = page.evaluate("() => kgView.network.body.nodeIndices.slice()")
            assert len(nodes) >= 3
            shown: list[str] = []
            for node in nodes:
                page.evaluate("(id) => kgView.network.focus(id, {scale: 1.2})", node)
                point = page.evaluate(
                    """(id) => { const n = kgView.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                                 const r = document.getElementById('kg-network').getBoundingClientRect();
                                 return [p.x + r.left, p.y + r.top]; }""", node)
                page.mouse.move(*point)
                page.wait_for_timeout(150)
                page.mouse.click(*point)
                page.wait_for_timeout(100)
                buttons = page.locator("#kg-details li button")
                if buttons.count():  # the node's facts are listed: open the first one's evidence
                    buttons.first.click()
                    page.wait_for_timeout(50)
                shown.append(page.inner_text("#kg-details"))
                assert page.evaluate("() => window.__pwned") is None, node
            assert any(XSS_IMG in text or XSS_SCRIPT in text for text in shown)  # shown as text, inert
            page.select_option("#kg-document", index=1)
            page.fill("#kg-search", XSS_IMG)
            page.press("#kg-search", "Enter")
            page.wait_for_timeout(200)
            assert page.evaluate("() => window.__pwned") is None
            assert page.locator("#kg-details img, #kg-tooltip img, #kg-details script, #kg-tooltip script").count() == 0
            assert requests == []
        finally:
            browser.close()


# ------------------------------------------------------------------------------------------ JSON-LD contexts


@pytest.mark.parametrize("context", [
    pytest.param("{canary}context.jsonld", id="http"),
    pytest.param(["{canary}context.jsonld", {"kg": "https://w3id.org/kg/ontology#"}], id="http-in-a-list"),
    pytest.param({"@import": "{canary}imported.jsonld"}, id="import"),
    pytest.param("file:///etc/passwd", id="file"),
])
def test_a_jsonld_graph_never_fetches_its_context(tmp_path: Path, context, capsys: pytest.CaptureFixture[str]) -> None:
    """`kg query` on a .jsonld file whose @context is remote: refused in one line, nothing fetched or read."""
    import json

    with canary_server() as canary:
        filled = json.loads(json.dumps(context).replace("{canary}", canary.url))
        graph = tmp_path / "graph.jsonld"
        graph.write_text(json.dumps({"@context": filled, "@id": "urn:a", "urn:p": "x"}), encoding="utf-8")
        assert main(["query", str(graph), "SELECT * WHERE { ?s ?p ?o }"]) == 2
        assert "remote JSON-LD context" in one_error_line(capsys)
        assert canary.hits == []


def test_a_jsonld_graph_with_an_inline_context_loads(tmp_path: Path) -> None:
    import json

    graph = tmp_path / "graph.jsonld"
    graph.write_text(json.dumps({"@context": {"name": "http://xmlns.com/foaf/0.1/name"},
                                 "@id": "urn:a", "name": "Ann"}), encoding="utf-8")
    rows = KnowledgeGraph.load(graph).query("SELECT ?o WHERE { <urn:a> ?p ?o }").terms
    assert [str(row[0]) for row in rows] == ["Ann"]


# ------------------------------------------------------------------------------------------ symlinks


@pytest.mark.parametrize("flags, built", [([], 1), (["--follow-links"], 2)])
def test_build_follows_a_link_out_of_the_input_folder_only_with_the_flag(tmp_path: Path, flags: list[str], built: int,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "private").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Morocco and Israel signed a defence agreement in Rabat.\n")
    (tmp_path / "private" / "notes.txt").write_text("Canada imposed sanctions on Venezuela on Monday.\n")
    (tmp_path / "articles" / "notes.txt").symlink_to(tmp_path / "private" / "notes.txt")
    assert main(["build", str(tmp_path / "articles"), "--out", str(tmp_path / "out"), *flags]) == 0
    report = capsys.readouterr().out
    assert f"built {built} document" in report
    assert ("symlink out of the folders given" in report) == (built == 1)
    assert ("Venezuela" in (tmp_path / "out" / "facts.csv").read_text(encoding="utf-8")) == (built == 2)


# ------------------------------------------------------------------------------------------ terminals

@pytest.mark.parametrize("name", [
    "title\x1b]0;owned\x07.txt",             # an escape sequence that retitles the terminal
    "a\nbuilt 99 documents in 0.1 s.txt",    # a newline that forges a summary line
    "report\u202egnp.txt",                   # a right-to-left override that hides the real extension
])
def test_file_names_are_printed_escaped(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(b"\x00\x01\x02binary\x00" * 10)  # skipped as binary: its name is printed
    assert main(["build", str(folder), "--out", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    printed = captured.out + captured.err
    assert not any(ch in printed for ch in "\x1b\x07\u202e")
    assert not any(line.startswith("built 99") for line in printed.splitlines())
    assert name.encode("unicode_escape").decode("ascii")[:5] in printed or name[:5] in printed


@pytest.mark.parametrize("text, expected", [
    ("plain name.txt", "plain name.txt"),
    ("café/Δ.txt", "café/Δ.txt"),                       # letters of any script stay as they are
    ("a\nb", "a\\nb"),
    ("x\x1b[31my", "x\\x1b[31my"),
    ("\u200bhidden", "\\u200bhidden"),
])
def test_shown_escapes_only_control_and_format_characters(text: str, expected: str) -> None:
    assert shown(text) == expected


@given(st.text())
def test_shown_is_one_line_with_no_control_or_format_character(text: str) -> None:
    import unicodedata

    assert not any(unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
                   for ch in shown(text))


def test_jobs_are_capped_at_the_cores_unless_forced(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from kg import cli

    monkeypatch.setattr(cli, "available_cores", lambda: 2)
    assert cli._capped_jobs(argparse.Namespace(jobs=8, force_jobs=False)) == 2
    assert "capped at the 2 cores" in capsys.readouterr().err
    assert cli._capped_jobs(argparse.Namespace(jobs=8, force_jobs=True)) == 8
    assert cli._capped_jobs(argparse.Namespace(jobs=2, force_jobs=False)) == 2
    assert capsys.readouterr().err == ""
