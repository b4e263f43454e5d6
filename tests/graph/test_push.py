"""kg push: each graph PUT to a real Oxigraph server (the `oxigraph` PyPI package's CLI) on a free local port."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.pipeline import build, build_store
from kg.cli import main
from kg.model import Document
from kg.graph.push import PushError, graph_url, push
from kg.graph.rdf import document_iri
from kg.graph.store import Store

DOCS = [
    Document("a", "Morocco and Israel signed a defence agreement in Rabat on 24 November 2021.\n\n"
                  "Israeli Defence Minister Benny Gantz met his Moroccan counterpart Abdellatif Loudiyi."),
    Document("b", "Benny Gantz visited Bahrain on 2 February 2022. Gantz met King Hamad of Bahrain in Manama."),
]


def _oxigraph() -> str | None:
    """The oxigraph server binary: beside this python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(binary: str, tmp_path) -> tuple[subprocess.Popen, str]:
    """An Oxigraph server on a fresh folder; returns the process and its base URL once it answers."""
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph exited: {process.stderr.read().decode()[:500]}")
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                return process, base
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("oxigraph did not start within 30 s")


@pytest.fixture
def oxigraph(tmp_path):
    """The base URL of a running Oxigraph server (skips when the server is not installed)."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    process, base = _start(binary, tmp_path)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def _remote(base: str, query: str) -> list[dict]:
    """The bindings of a query on the server."""
    url = f"{base}/query?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["results"]["bindings"]


def _remote_counts(base: str) -> dict[str, int]:
    """Triples per graph on the server ('' for the default graph)."""
    rows = _remote(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    counts = {row["g"]["value"]: int(row["n"]["value"]) for row in rows}
    counts[""] = int(_remote(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"])
    return counts


def test_graph_urls():
    assert graph_url("http://h/store", None) == "http://h/store?default"
    assert graph_url("http://h/store", "https://w3id.org/kg/doc/a") == \
        "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fdoc%2Fa"


def test_unreachable_endpoint_is_an_error():
    with pytest.raises(PushError, match="cannot reach"):
        push(iter([(None, b"<urn:a> <urn:b> <urn:c> .\n")]), f"http://127.0.0.1:{_free_port()}/store", timeout=5)
    with pytest.raises(PushError, match="http"):
        push(iter([]), "ftp://example.org/store")


@pytest.mark.slow
def test_push_store_then_replace(oxigraph, tmp_path):
    store_dir = tmp_path / "store"
    build_store(DOCS, store_dir)
    with Store(store_dir, read_only=True) as store:
        local: dict[str, int] = {}
        for _, _, _, graph in store.quads():
            key = str(graph) if graph is not None else ""
            local[key] = local.get(key, 0) + 1
    assert main(["push", "--store", str(store_dir), "--endpoint", f"{oxigraph}/store"]) == 0
    assert _remote_counts(oxigraph) == local
    # pushing again replaces each graph rather than adding to it
    assert main(["push", "--store", str(store_dir), "--endpoint", f"{oxigraph}/store"]) == 0
    assert _remote_counts(oxigraph) == local
    who = _remote(oxigraph, "SELECT ?l WHERE { GRAPH <%s> { ?s <https://w3id.org/kg/ontology#visits> ?o } "
                            "?o <http://www.w3.org/2000/01/rdf-schema#label> ?l }" % document_iri("b"))
    assert sorted(row["l"]["value"] for row in who) == ["Bahrain", "Manama"]  # met the king in Manama


@pytest.mark.slow
def test_push_graph_file(oxigraph, tmp_path):
    graph = build(DOCS)
    paths = graph.save(tmp_path / "out")
    assert main(["push", str(paths["graph"]), "--endpoint", f"{oxigraph}/store"]) == 0
    counts = _remote_counts(oxigraph)
    assert set(counts) == {"", str(document_iri("a")), str(document_iri("b"))}
    assert counts[str(document_iri("a"))] == len(graph.dataset.graph(document_iri("a")))
