"""kg push against real servers started on 127.0.0.1 by the tests: Oxigraph's (the `oxigraph` PyPI package's
CLI), the same behind a proxy that demands HTTP basic authentication, and Virtuoso (Debian's
virtuoso-opensource-7, skipped when its binary is absent) through its digest-authenticated Graph Store endpoint.

Each checks that kg owns and changes only its collection's graphs: two collections pushed into one dataset
keep each other, a foreign named graph and foreign default-graph triples survive, a removed document's graph
is deleted, and credentials never appear in what kg prints.
"""
from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from rdflib import RDFS, Dataset, Literal, URIRef

from kg.cli import main
from kg.graph.push import (
    Endpoint,
    GraphStore,
    PushError,
    collection_graphs,
    graph_hash,
    graph_url,
    graphs_of_dataset,
    push,
    resolve_endpoint,
    split_credentials,
)
from kg.graph.rdf import document_iri
from kg.model import Document

DOCS = [
    Document("a", "Morocco and Israel signed a defence agreement in Rabat on 24 November 2021.\n\n"
                  "Israeli Defence Minister Benny Gantz met his Moroccan counterpart Abdellatif Loudiyi."),
    Document("b", "Benny Gantz visited Bahrain on 2 February 2022. Gantz met King Hamad of Bahrain in Manama."),
]
FOREIGN_GRAPH = "http://example.org/ontology"
FOREIGN_TRIPLE = b"<http://example.org/s> <http://example.org/p> \"kept\" .\n"
SECRET = "s3cret-pw"


# ---------------------------------------------------------------- servers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(process: subprocess.Popen, url: str, name: str, seconds: float = 60) -> None:
    """Wait until a started server answers a GET of url (any HTTP status); raise if it dies or never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{name} did not answer within {seconds:.0f} s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _oxigraph() -> str | None:
    """The oxigraph server binary: beside this python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@pytest.fixture
def oxigraph(tmp_path) -> Iterator[str]:
    """The base URL of an Oxigraph server on a fresh folder (skips when the server is not installed)."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(process, f"{base}/query?query=ASK%7B%7D", "oxigraph", 30)
        yield base
    finally:
        _stop(process)


class _BasicAuthProxy(BaseHTTPRequestHandler):
    """Forwards to the server at `target` only requests that carry the right basic credentials; records each
    request that sent a body, and whether it was let through."""

    target = ""
    expected = ""
    uploads: ClassVar[list[str]] = []

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        authorized = self.headers.get("Authorization") == self.expected
        if body is not None:
            self.uploads.append(f"{self.command} {'accepted' if authorized else 'refused'}")
        if not authorized:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(self.target + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, answer = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, answer = error.code, error.read()
        self.send_response(status)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_PUT = do_POST = do_DELETE = _forward

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def guarded(oxigraph) -> Iterator[tuple[str, list[str]]]:
    """The base URL of a proxy in front of the Oxigraph server that demands user `ann` with password SECRET,
    and the list of uploads it saw."""
    handler = type("Proxy", (_BasicAuthProxy,), {
        "target": oxigraph, "uploads": [],
        "expected": "Basic " + base64.b64encode(f"ann:{SECRET}".encode()).decode()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.uploads
    finally:
        server.shutdown()
        server.server_close()


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
MaxClientConnections = 4
"""


@pytest.fixture
def virtuoso(tmp_path) -> Iterator[str]:
    """The base URL of a Virtuoso 7 server on a fresh database, with user `kgpush` (password SECRET) allowed
    to write graphs (the SPARQL_UPDATE role); skips when Virtuoso is not installed (apt-get install
    virtuoso-opensource-7)."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if binary is None or isql is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7: virtuoso-t and isql-vt)")
    folder = tmp_path / "virtuoso"
    folder.mkdir()
    sql, http = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    process = subprocess.Popen([binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    try:
        _wait(process, f"{base}/sparql?query=ASK%7B%7D", "virtuoso", 90)
        grant = f"DB.DBA.USER_CREATE('kgpush', '{SECRET}'); GRANT SPARQL_UPDATE TO \"kgpush\";"
        subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", f"exec={grant}"], check=True, timeout=60,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        yield base
    finally:
        _stop(process)


# ---------------------------------------------------------------- reading a server back


def _select(url: str, query: str) -> list[dict]:
    """The bindings of a SELECT on a server's query endpoint (Oxigraph's /query, Virtuoso's /sparql)."""
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["results"]["bindings"]


def _graph_counts(query_url: str, *, prefix: str = "") -> dict[str, int]:
    """Triples per named graph on the server (only graphs whose IRI starts with prefix)."""
    rows = _select(query_url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows if row["g"]["value"].startswith(prefix)}


def _default_count(base: str) -> int:
    """Triples in Oxigraph's own default graph."""
    return int(_select(f"{base}/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"])


def _with_foreign_data(base: str, store_path: str = "/store") -> None:
    """Someone else's data on the server: a triple in the default graph (where Oxigraph allows it) and a graph."""
    server = GraphStore(Endpoint(base + store_path))
    if "sparql-graph-crud" not in store_path:
        server.put(None, FOREIGN_TRIPLE)
    server.put(FOREIGN_GRAPH, FOREIGN_TRIPLE)


# ---------------------------------------------------------------- hand-made builds (no spaCy: fast)


def _dataset(docs: dict[str, list[str]], labels: dict[str, str]) -> Dataset:
    """A build-shaped dataset: entity labels in the default graph, each document's facts in its own graph."""
    ds = Dataset()
    for key, label in labels.items():
        ds.default_graph.add((URIRef(f"https://w3id.org/kg/id/{key}"), RDFS.label, Literal(label)))
    for doc, objects in docs.items():
        graph = ds.graph(document_iri(doc))
        for obj in objects:
            graph.add((URIRef("https://w3id.org/kg/id/country/x"), URIRef("https://w3id.org/kg/ontology#visits"),
                       URIRef(f"https://w3id.org/kg/id/{obj}")))
    return ds


def test_graph_urls():
    assert graph_url("http://h/store", None) == "http://h/store?default"
    assert graph_url("http://h/store", "https://w3id.org/kg/doc/a") == \
        "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fdoc%2Fa"


def test_graph_hash_ignores_line_order():
    assert graph_hash(b"<a> <b> <c> .\n<d> <e> <f> .\n") == graph_hash(b"<d> <e> <f> .\n<a> <b> <c> .\n")
    assert graph_hash(b"<a> <b> <c> .\n") != graph_hash(b"<a> <b> <d> .\n")


def test_unreachable_endpoint_is_an_error_without_credentials():
    endpoint = resolve_endpoint(f"http://ann:{SECRET}@127.0.0.1:{_free_port()}/store", environ={})
    with pytest.raises(PushError, match="cannot reach") as caught:
        GraphStore(endpoint, timeout=5).get("urn:x")
    assert SECRET not in str(caught.value) and "ann:" not in str(caught.value)
    with pytest.raises(PushError, match="http"):
        resolve_endpoint("ftp://example.org/store", environ={})


@pytest.mark.parametrize(("url", "clean", "user", "password"), [
    ("http://ann:pw@h:1/s", "http://h:1/s", "ann", "pw"),
    ("http://ann:p%3Aw%40x@h/s?a=1", "http://h/s?a=1", "ann", "p:w@x"),
    ("http://ann@h/s", "http://h/s", "ann", None),
    ("https://h/s", "https://h/s", None, None),
])
def test_split_credentials(url, clean, user, password):
    assert split_credentials(url) == (clean, user, password)


def test_credentials_from_user_variable_netrc_prompt(tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine h.example login bob password from-netrc\n")
    netrc.chmod(0o600)
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return "typed"

    def resolved(url: str, user: str | None, environ: dict[str, str]) -> tuple[str | None, str | None]:
        endpoint = resolve_endpoint(url, user, environ=environ, prompt=prompt, netrc_file=str(netrc))
        return endpoint.user, endpoint.password

    assert resolved("http://h.example/s", "ann", {"KG_PUSH_PASSWORD": "from-env"}) == ("ann", "from-env")
    assert resolved("http://h.example/s", None, {}) == ("bob", "from-netrc")  # netrc alone
    assert resolved("http://h.example/s", "bob", {}) == ("bob", "from-netrc")
    assert resolved("http://other.example/s", None, {}) == (None, None)  # no credentials at all
    assert not asked
    assert resolved("http://h.example/s", "ann", {}) == ("ann", "typed")  # netrc has another login: asked
    assert asked == ["password for ann at h.example: "]
    assert resolved("http://carl:in-url@h.example/s", None, {}) == ("carl", "in-url")
    with pytest.raises(PushError, match="KG_PUSH_PASSWORD"):
        resolve_endpoint("http://h.example/s", "ann", environ={}, prompt=None, netrc_file=str(netrc))


def test_two_collections_keep_each_other_and_foreign_data(oxigraph):
    _with_foreign_data(oxigraph)
    server = GraphStore(Endpoint(f"{oxigraph}/store"))
    first = push(graphs_of_dataset(_dataset({"a": ["country/y"], "b": ["country/z"]}, {"country/x": "X"})),
                 server, "first")
    assert (len(first.added), first.replaced, first.deleted) == (3, [], [])  # a, b and first's metadata
    second = push(graphs_of_dataset(_dataset({"c": ["country/y"]}, {"country/y": "Y"})), server, "second")
    assert len(second.added) == 2
    counts = _graph_counts(f"{oxigraph}/query")
    first_manifest, first_metadata = collection_graphs("first")
    second_manifest, second_metadata = collection_graphs("second")
    assert {str(document_iri(d)) for d in "abc"} | {first_metadata, second_metadata, FOREIGN_GRAPH} <= set(counts)
    assert counts[first_metadata] == counts[second_metadata] == 1  # each collection's labels, neither wiped
    assert first_manifest in counts and second_manifest in counts
    assert _default_count(oxigraph) == 1  # the foreign triple, untouched: kg never wrote ?default
    assert counts[FOREIGN_GRAPH] == 1


def test_removed_document_is_deleted_and_unchanged_graphs_are_skipped(oxigraph):
    _with_foreign_data(oxigraph)
    server = GraphStore(Endpoint(f"{oxigraph}/store"))
    push(graphs_of_dataset(_dataset({"a": ["country/y"], "b": ["country/z"]}, {"country/x": "X"})), server, "c1")
    push(graphs_of_dataset(_dataset({"z": ["country/y"]}, {})), server, "c2")
    again = push(graphs_of_dataset(_dataset({"a": ["country/y"]}, {"country/x": "X"})), server, "c1")
    assert again.deleted == [str(document_iri("b"))]
    assert sorted(again.unchanged) == sorted([str(document_iri("a")), collection_graphs("c1")[1]])
    assert again.added == again.replaced == [] and again.triples == 0
    counts = _graph_counts(f"{oxigraph}/query")
    assert str(document_iri("b")) not in counts
    assert str(document_iri("a")) in counts and str(document_iri("z")) in counts  # c2's document stays
    assert counts[FOREIGN_GRAPH] == 1 and _default_count(oxigraph) == 1
    changed = push(graphs_of_dataset(_dataset({"a": ["country/w"]}, {"country/x": "X"})), server, "c1")
    assert changed.replaced == [str(document_iri("a"))] and changed.triples == 1
    forced = push(graphs_of_dataset(_dataset({"a": ["country/w"]}, {"country/x": "X"})), server, "c1", force=True)
    assert len(forced.replaced) == 2 and not forced.unchanged


@pytest.mark.parametrize(("mode", "default_triples"), [("none", 1), ("merge", 2), ("replace", 1)])
def test_default_graph_only_when_asked(oxigraph, mode, default_triples):
    _with_foreign_data(oxigraph)
    server = GraphStore(Endpoint(f"{oxigraph}/store"))
    push(graphs_of_dataset(_dataset({"a": ["country/y"]}, {"country/x": "X"})), server, "c", default_graph=mode)
    labels = _select(f"{oxigraph}/query", "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert _default_count(oxigraph) == default_triples
    assert [row["l"]["value"] for row in labels] == ([] if mode == "none" else ["X"])


def test_basic_authentication_required_and_given(guarded, oxigraph, capsys, monkeypatch, tmp_path):
    guarded, _ = guarded
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    monkeypatch.delenv("KG_PUSH_PASSWORD", raising=False)
    graph = tmp_path / "out" / "graph.trig"
    graph.parent.mkdir()
    graph.write_bytes(_dataset({"a": ["country/y"], "b": ["country/z"]}, {"country/x": "X"}).serialize(
        format="trig", encoding="utf-8"))
    assert main(["push", str(graph), "--endpoint", f"{guarded}/store"]) == 2
    assert "needs a login" in capsys.readouterr().err
    monkeypatch.setenv("KG_PUSH_PASSWORD", "wrong-password")
    assert main(["push", str(graph), "--endpoint", f"{guarded}/store", "--user", "ann"]) == 2
    assert "401" in capsys.readouterr().err
    assert _graph_counts(f"{oxigraph}/query") == {}  # nothing got through
    monkeypatch.setenv("KG_PUSH_PASSWORD", SECRET)
    assert main(["push", str(graph), "--endpoint", f"{guarded}/store", "--user", "ann"]) == 0
    out = capsys.readouterr()
    assert "collection 'out'" in out.out and "3 graphs added" in out.out
    assert str(document_iri("a")) in _graph_counts(f"{oxigraph}/query")
    monkeypatch.delenv("KG_PUSH_PASSWORD")
    # credentials in the URL: used, never printed, not even when the server refuses them
    assert main(["push", str(graph), "--endpoint", f"http://ann:{SECRET}@{guarded[7:]}/store", "--force"]) == 0
    bad = f"http://ann:not-{SECRET}@{guarded[7:]}/store"
    assert main(["push", str(graph), "--endpoint", bad]) == 2
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login ann password {SECRET}\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert main(["push", str(graph), "--endpoint", f"{guarded}/store", "--collection", "from-netrc"]) == 0
    printed = capsys.readouterr()
    assert "3 graphs added" in printed.out
    assert SECRET not in printed.out + printed.err and "ann:" not in printed.out + printed.err


def test_basic_credentials_sent_up_front_once_accepted(guarded):
    url, uploads = guarded
    server = GraphStore(resolve_endpoint(f"{url}/store", "ann", environ={"KG_PUSH_PASSWORD": SECRET}))
    for name in ("urn:g1", "urn:g2", "urn:g3"):
        server.put(name, FOREIGN_TRIPLE)
    # challenged once, then the credentials go with each graph: no graph is uploaded twice
    assert uploads == ["PUT refused", "PUT accepted", "PUT accepted", "PUT accepted"]


class _Interrupted(Exception):
    pass


class _MemoryServer(GraphStore):
    """A Graph Store in memory that can fail after a number of PUTs, as a push cut off half-way."""

    def __init__(self, fail_after: int | None = None) -> None:
        super().__init__(Endpoint("http://memory/store"))
        self.graphs: dict[str | None, bytes] = {}
        self.fail_after = fail_after

    def get(self, graph):
        return self.graphs.get(graph)

    def put(self, graph, body):
        if self.fail_after is not None:
            if self.fail_after == 0:
                raise _Interrupted
            self.fail_after -= 1
        self.graphs[graph] = body

    def delete(self, graph):
        return self.graphs.pop(graph, None) is not None


def test_interrupted_push_still_deletes_what_it_sent():
    server = _MemoryServer(fail_after=2)  # the manifest claim, then one document graph
    with pytest.raises(_Interrupted):
        push(graphs_of_dataset(_dataset({"a": ["country/y"], "b": ["country/z"]}, {})), server, "c")
    sent = [name for name in server.graphs if name and "/doc/" in name]
    assert len(sent) == 1
    server.fail_after = None
    report = push(graphs_of_dataset(_dataset({}, {"country/x": "X"})), server, "c")  # both documents gone
    assert report.deleted == sent
    assert not [name for name in server.graphs if name and "/doc/" in name]


# ---------------------------------------------------------------- real builds, the command line


@pytest.mark.slow
def test_push_store_then_remove_a_document(oxigraph, tmp_path, capsys):
    from kg.pipeline import build_store

    _with_foreign_data(oxigraph)
    store_dir = tmp_path / "archive"
    build_store(DOCS, store_dir)
    endpoint = f"{oxigraph}/store"
    assert main(["push", "--store", str(store_dir), "--endpoint", endpoint]) == 0
    assert "collection 'archive'" in capsys.readouterr().out
    counts = _graph_counts(f"{oxigraph}/query")
    assert {str(document_iri("a")), str(document_iri("b")), collection_graphs("archive")[1]} <= set(counts)
    who = _select(f"{oxigraph}/query",
                  f"SELECT ?l WHERE {{ GRAPH <{document_iri('b')}> {{ ?s <https://w3id.org/kg/ontology#visits> ?o }} "
                  "GRAPH ?m { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
    assert sorted(row["l"]["value"] for row in who) == ["Bahrain", "Manama"]
    assert main(["push", "--store", str(store_dir), "--endpoint", endpoint]) == 0
    assert "0 graphs added, 0 replaced, 0 deleted, 3 unchanged" in capsys.readouterr().out
    assert main(["remove", "--store", str(store_dir), "b"]) == 0
    assert main(["push", "--store", str(store_dir), "--endpoint", endpoint]) == 0
    assert "1 deleted" in capsys.readouterr().out
    counts = _graph_counts(f"{oxigraph}/query")
    assert str(document_iri("b")) not in counts and str(document_iri("a")) in counts
    assert counts[FOREIGN_GRAPH] == 1 and _default_count(oxigraph) == 1


@pytest.mark.slow
def test_push_rebuilt_graph_file_deletes_what_it_lost(oxigraph, tmp_path, capsys):
    from kg.pipeline import build

    out = tmp_path / "out"
    build(DOCS).save(out)
    assert main(["push", str(out), "--endpoint", f"{oxigraph}/store"]) == 0
    build(DOCS[:1]).save(out)
    assert main(["push", str(out / "graph.trig"), "--endpoint", f"{oxigraph}/store"]) == 0
    assert "1 deleted" in capsys.readouterr().out.splitlines()[-1]
    assert str(document_iri("b")) not in _graph_counts(f"{oxigraph}/query")


@pytest.mark.slow
def test_virtuoso(virtuoso, tmp_path, capsys, monkeypatch):
    from kg.pipeline import build_store

    foreign = GraphStore(resolve_endpoint(f"{virtuoso}/sparql-graph-crud-auth", "kgpush",
                                          environ={"KG_PUSH_PASSWORD": SECRET}))
    foreign.put(FOREIGN_GRAPH, FOREIGN_TRIPLE)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    monkeypatch.delenv("KG_PUSH_PASSWORD", raising=False)
    first, second = tmp_path / "first", tmp_path / "second"
    build_store(DOCS, first)
    build_store([Document("c", "Benny Gantz visited Bahrain on 3 March 2022.")], second)
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    assert main(["push", "--store", str(first), "--endpoint", endpoint]) == 2  # digest login required
    monkeypatch.setenv("KG_PUSH_PASSWORD", SECRET)
    assert main(["push", "--store", str(first), "--endpoint", endpoint, "--user", "kgpush"]) == 0
    assert main(["push", "--store", str(second), "--endpoint", endpoint, "--user", "kgpush"]) == 0
    printed = capsys.readouterr()
    assert printed.out.count("3 graphs added") == 1 and printed.out.count("2 graphs added") == 1
    counts = _graph_counts(f"{virtuoso}/sparql", prefix="https://w3id.org/kg/")
    assert {str(document_iri(d)) for d in "abc"} <= set(counts)
    assert {collection_graphs("first")[1], collection_graphs("second")[1]} <= set(counts)
    assert main(["remove", "--store", str(first), "b"]) == 0
    with_password = f"http://kgpush:{SECRET}@{virtuoso[7:]}/sparql-graph-crud-auth"
    assert main(["push", "--store", str(first), "--endpoint", with_password]) == 0
    printed = capsys.readouterr()
    assert "1 deleted" in printed.out and SECRET not in printed.out + printed.err
    counts = _graph_counts(f"{virtuoso}/sparql")
    assert str(document_iri("b")) not in counts
    assert str(document_iri("a")) in counts and str(document_iri("c")) in counts
    assert counts[FOREIGN_GRAPH] == 1
    # Virtuoso answers a query without FROM over all graphs: labels of the pushed metadata are found
    labels = _select(f"{virtuoso}/sparql", "SELECT ?l WHERE { <https://w3id.org/kg/id/country/BHR> "
                                           "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert {row["l"]["value"] for row in labels} == {"Bahrain"}
