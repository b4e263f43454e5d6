"""kg serve speaks the SPARQL 1.1 Protocol to real clients: SPARQLWrapper and rdflib's SPARQLStore against a
real `kg serve` process on 127.0.0.1, every result format, the dataset parameters, status codes, CORS,
HEAD, keep-alive and a clean shutdown."""
from __future__ import annotations

import contextlib
import csv
import http.client
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from serving import ROOT, Served, http_request, kg_serve
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg.graph.store import Store

XSD = "http://www.w3.org/2001/XMLSchema#"
G1, G2 = "urn:kg-test:g1", "urn:kg-test:g2"
P = "urn:kg-test:p"
# Values that a round trip through python values alters: each must come back exactly as stored.
VALUES = {
    "inf": ('"INF"^^<' + XSD + "double>", ox.Literal("INF", datatype=ox.NamedNode(XSD + "double"))),
    "zoned": ('"2021-11-24T10:00:00+01:00"^^<' + XSD + "dateTime>",
              ox.Literal("2021-11-24T10:00:00+01:00", datatype=ox.NamedNode(XSD + "dateTime"))),
    "date": ('"2021-11-24Z"^^<' + XSD + "date>", ox.Literal("2021-11-24Z", datatype=ox.NamedNode(XSD + "date"))),
    "yes": ('"true"^^<' + XSD + "boolean>", ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))),
    "tab": ('"a\tb"', ox.Literal("a\tb")),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two named graphs (g1: the tricky values, g2: one triple) and a label in the default graph."""
    folder = tmp_path_factory.mktemp("protocol") / "store"
    with Store(folder) as opened:
        quads = [ox.Quad(ox.NamedNode(f"urn:kg-test:{name}"), ox.NamedNode(P), term, ox.NamedNode(G1))
                 for name, (_, term) in VALUES.items()]
        quads.append(ox.Quad(ox.NamedNode("urn:kg-test:other"), ox.NamedNode(P), ox.Literal("two"), ox.NamedNode(G2)))
        label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
        quads.append(ox.Quad(ox.NamedNode("urn:kg-test:inf"), label, ox.Literal("Infinity", language="en"),
                             ox.DefaultGraph()))
        opened.oxigraph.extend(quads)
    return folder


@pytest.fixture(scope="module")
def served(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with kg_serve(store, tmp_path_factory.mktemp("log"), "--max-queries", "1", "--max-rows", "50") as server:
        yield server


SELECT = f"SELECT ?s ?o WHERE {{ ?s <{P}> ?o }} ORDER BY ?s"
ASK = f"ASK {{ ?s <{P}> \"two\" }}"
CONSTRUCT = f"CONSTRUCT {{ ?s <{P}> ?o }} WHERE {{ ?s <{P}> ?o }}"
DESCRIBE = "DESCRIBE <urn:kg-test:inf>"


# ---------------------------------------------------------------- real clients


def _wrapper(served: Served, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(served.endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_select_json_keeps_every_value(served: Served) -> None:
    bindings = _wrapper(served, SELECT, JSON).query().convert()["results"]["bindings"]
    got = {row["s"]["value"].rsplit(":", 1)[1]: row["o"] for row in bindings}
    assert got["inf"] == {"type": "literal", "value": "INF", "datatype": XSD + "double"}
    assert got["zoned"]["value"] == "2021-11-24T10:00:00+01:00" and got["date"]["value"] == "2021-11-24Z"
    assert got["yes"]["value"] == "true" and got["tab"]["value"] == "a\tb"


def test_sparqlwrapper_select_xml_is_its_default(served: Served) -> None:
    client = SPARQLWrapper(served.endpoint)  # asks for application/sparql-results+xml
    client.setQuery(SELECT)
    response = client.query()
    assert response.response.headers["Content-Type"].startswith("application/sparql-results+xml")
    document = response.convert()
    literals = {node.firstChild.data for node in document.getElementsByTagName("literal")}
    assert {"INF", "2021-11-24T10:00:00+01:00", "2021-11-24Z", "true", "two"} <= literals


@pytest.mark.parametrize("fmt, delimiter", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_select_csv_and_tsv(served: Served, fmt: str, delimiter: str) -> None:
    body = _wrapper(served, SELECT, fmt).query().convert().decode("utf-8")
    if fmt == CSV:
        rows = {r[0].rsplit(":", 1)[1]: r[1] for r in list(csv.reader(io.StringIO(body)))[1:]}
        assert rows["inf"] == "INF" and rows["yes"] == "true" and rows["zoned"] == "2021-11-24T10:00:00+01:00"
    else:  # TSV writes terms (Turtle syntax): read back, each is the term stored
        assert body.splitlines()[0] == "?s\t?o"
        terms = {row["o"] for row in ox.parse_query_results(body, ox.QueryResultsFormat.TSV)}
        assert {term for _, term in VALUES.values()} <= terms


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_ask(served: Served, fmt: str) -> None:
    answer = _wrapper(served, ASK, fmt).query().convert()
    if fmt == JSON:
        assert answer["boolean"] is True
    elif fmt == XML:
        assert answer.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert b"true" in answer


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD])
def test_sparqlwrapper_graph_answers(served: Served, query: str, fmt: str) -> None:
    graph = _wrapper(served, query, fmt).query().convert()
    if fmt in (TURTLE, N3):  # SPARQLWrapper hands these over as text
        graph = rdflib.Graph().parse(data=graph, format="turtle")
    assert isinstance(graph, rdflib.Graph)
    inf = rdflib.Literal("INF", datatype=rdflib.URIRef(XSD + "double"))
    assert (rdflib.URIRef("urn:kg-test:inf"), rdflib.URIRef(P), inf) in graph
    assert len(graph) == (len(VALUES) + 1 if query == CONSTRUCT else 2)


def test_sparqlwrapper_graph_parameters(served: Served) -> None:
    client = _wrapper(served, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", JSON)
    client.addDefaultGraph(G2)
    assert client.query().convert()["results"]["bindings"][0]["n"]["value"] == "1"
    client = _wrapper(served, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", JSON)
    client.addNamedGraph(G1)
    rows = client.query().convert()["results"]["bindings"]
    assert [(r["g"]["value"], r["n"]["value"]) for r in rows] == [(G1, str(len(VALUES)))]


def test_rdflib_sparqlstore_select_ask_construct_describe(served: Served) -> None:
    graph = rdflib.Graph(store=SPARQLStore(served.endpoint))
    rows = {str(s).rsplit(":", 1)[1]: o for s, o in graph.query(SELECT)}
    assert rows["inf"].datatype == rdflib.URIRef(XSD + "double")  # rdflib itself shows "INF" as "inf"
    assert str(rows["zoned"]) == "2021-11-24T10:00:00+01:00"  # (rdflib normalises xsd:date itself)
    assert graph.query(ASK).askAnswer is True
    assert len(graph.query(CONSTRUCT).graph) == len(VALUES) + 1
    assert len(graph.query(DESCRIBE).graph) == 2
    json_graph = rdflib.Graph(store=SPARQLStore(served.endpoint, returnFormat="json"))
    assert len(list(json_graph.query(SELECT))) == len(VALUES) + 1


# ---------------------------------------------------------------- formats by media type


@pytest.mark.parametrize("accept, answered, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/n-quads", "application/n-quads", "nquads"),
    ("application/trig", "application/trig", "trig"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("text/n3", "text/n3", "n3"),
    ("text/plain", "application/n-triples", "nt"),
    ("*/*", "text/turtle", "turtle"),
    ("", "text/turtle", "turtle"),
    ("text/csv;q=1, application/rdf+xml;q=0.5, text/turtle;q=0.4", "application/rdf+xml", "xml"),
])
def test_construct_in_every_rdf_format(served: Served, accept: str, answered: str, rdflib_format: str) -> None:
    status, headers, body = http_request(served.query_url(CONSTRUCT), {"Accept": accept} if accept else {})
    assert status == 200 and headers["Content-Type"].split(";")[0] == answered
    parsed = rdflib.Dataset() if rdflib_format in ("nquads", "trig") else rdflib.Graph()
    parsed.parse(data=body, format=rdflib_format)
    triples = list(parsed.quads()) if isinstance(parsed, rdflib.Dataset) else list(parsed)
    assert len(triples) == len(VALUES) + 1
    assert rdflib.Literal("INF", datatype=rdflib.URIRef(XSD + "double")) in {t[2] for t in triples}


@pytest.mark.parametrize("accept, answered", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/*", "text/csv"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.2, text/tab-separated-values;q=0.9", "text/tab-separated-values"),
])
def test_select_media_types_and_q_values(served: Served, accept: str, answered: str) -> None:
    status, headers, body = http_request(served.query_url(SELECT), {"Accept": accept})
    assert status == 200 and headers["Content-Type"].split(";")[0] == answered
    fmt = ox.QueryResultsFormat.from_media_type(answered)
    if fmt != ox.QueryResultsFormat.CSV:  # CSV is not read back: it keeps no datatypes
        rows = list(ox.parse_query_results(body, fmt))
        assert VALUES["inf"][1] in {row["o"] for row in rows} and VALUES["zoned"][1] in {row["o"] for row in rows}


@pytest.mark.parametrize("name, answered", [("json", "application/sparql-results+json"), ("xml",
                         "application/sparql-results+xml"), ("tsv", "text/tab-separated-values"), ("csv", "text/csv")])
def test_a_format_parameter_overrides_accept(served: Served, name: str, answered: str) -> None:
    status, headers, _ = http_request(served.query_url(SELECT, format=name), {"Accept": "image/png"})
    assert status == 200 and headers["Content-Type"].split(";")[0] == answered
    status, headers, _ = http_request(served.query_url(SELECT, format="nonsense"), {"Accept": answered})
    assert status == 200 and headers["Content-Type"].split(";")[0] == answered  # an unknown name: Accept decides


@pytest.mark.parametrize("query, accept", [
    (SELECT, "image/png"), (SELECT, "text/turtle"), (ASK, "application/rdf+xml"), (CONSTRUCT, "text/csv"),
    (DESCRIBE, "application/sparql-results+json"), (SELECT, "application/sparql-results+json;q=0"),
])
def test_no_acceptable_format_is_406(served: Served, query: str, accept: str) -> None:
    status, _, body = http_request(served.query_url(query), {"Accept": accept})
    assert status == 406 and b"answers come as" in body


# ---------------------------------------------------------------- the dataset


def _count(served: Served, query: str, **params: str) -> int:
    status, _, body = http_request(served.query_url(query, **params), {"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_default_graph_is_the_union_and_from_selects_graphs(served: Served, store: Path) -> None:
    count = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s ?p ?o }}"
    assert _count(served, count.format(**{"from": ""})) == len(VALUES) + 2  # both documents and the default graph
    assert _count(served, count.format(**{"from": f"FROM <{G2}>"})) == 1
    assert _count(served, count.format(**{"from": f"FROM <{G1}> FROM <{G2}>"})) == len(VALUES) + 1
    named = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{G2}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert _count(served, named) == 1
    # the protocol's parameters replace the query's own dataset
    assert _count(served, count.format(**{"from": f"FROM <{G1}>"}), **{"default-graph-uri": G2}) == 1
    assert _count(served, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": G2}) == 1
    status, _, body = http_request(served.query_url(SELECT, **{"default-graph-uri": "urn:kg-test:none"}))
    assert status == 400 and b"names no graph" in body


def test_kg_query_store_honours_from(store: Path, served: Served) -> None:
    """The CLI on the same store (read-only, beside the server) answers over the FROM graph only."""
    query = f"SELECT (COUNT(*) AS ?n) FROM <{G2}> WHERE {{ ?s ?p ?o }}"
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "--format", "csv", query],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", "1"]


def test_forty_nested_parentheses_are_answered(served: Served, store: Path) -> None:
    query = "SELECT ?x WHERE { BIND(" + "(" * 40 + "1" + ")" * 40 + " AS ?x) }"
    status, _, body = http_request(served.query_url(query), {"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["x"]["value"] == "1"
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "--format", "csv", query],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.split() == ["x", "1"], done.stderr


# ---------------------------------------------------------------- status codes


@pytest.mark.parametrize("query", ["", "   \n", "# only a comment\n", "# one\n# two"])
def test_an_empty_or_comment_only_query_is_400(served: Served, query: str) -> None:
    status, _, body = http_request(served.query_url(query))
    assert status == 400 and b"empty" in body
    status, _, _ = http_request(served.endpoint, {"Content-Type": "application/sparql-query"}, query.encode(), "POST")
    assert status == 400


def test_updates_are_403_with_a_clear_message(served: Served) -> None:
    update = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, body = http_request(served.endpoint, {"Content-Type": "application/sparql-update"}, update, "POST")
    assert status == 403 and b"read-only" in body
    assert http_request(served.query_url(update.decode()))[0] == 403


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(served: Served, method: str) -> None:
    status, headers, _ = http_request(served.endpoint, {"Content-Type": "text/turtle"}, b"<urn:a> <urn:b> <urn:c> .", method)
    assert status == 405 and set(headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "POST", "OPTIONS"}


def _raw(served: Served, request: bytes) -> bytes:
    """Send raw bytes to the server and read its answer until it closes or goes quiet."""
    host, port = urllib.parse.urlsplit(served.url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        sock.settimeout(5)
        chunks = []
        with contextlib.suppress(socket.timeout):
            while chunk := sock.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and b"Content-Length: " in b"".join(chunks):
                    head, _, rest = b"".join(chunks).partition(b"\r\n\r\n")
                    length = int(re.search(rb"Content-Length: (\d+)", head).group(1))
                    if len(rest) >= length:
                        break
    return b"".join(chunks)


def test_a_chunked_post_is_read(served: Served) -> None:
    host = urllib.parse.urlsplit(served.url).netloc
    body = ASK.encode()
    chunks = b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:7], body[7:])) + b"0\r\n\r\n"
    answer = _raw(served, f"POST /query HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
                          f"Accept: application/sparql-results+json\r\nTransfer-Encoding: chunked\r\n"
                          f"Connection: close\r\n\r\n".encode() + chunks)
    assert answer.startswith(b"HTTP/1.1 200") and b'"boolean":true' in answer


def test_a_post_without_length_is_411(served: Served) -> None:
    host = urllib.parse.urlsplit(served.url).netloc
    answer = _raw(served, f"POST /query HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
                          f"Connection: close\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 411")


# ---------------------------------------------------------------- HTTP: keep-alive, HEAD, CORS, shutdown


def test_http_1_1_keep_alive(served: Served) -> None:
    netloc = urllib.parse.urlsplit(served.url).netloc
    connection = http.client.HTTPConnection(netloc, timeout=30)
    try:
        sockets = []
        for method, query in (("GET", ASK), ("HEAD", SELECT), ("GET", SELECT), ("GET", CONSTRUCT)):
            connection.request(method, "/query?" + urllib.parse.urlencode({"query": query}))
            response = connection.getresponse()
            response.read()
            assert response.status == 200 and response.version == 11
            sockets.append(id(connection.sock))
        assert len(set(sockets)) == 1  # one connection served the four, a HEAD among them
    finally:
        connection.close()


def test_head_does_not_run_the_query(served: Served) -> None:
    endless = ("SELECT * WHERE { " + " ".join(f"VALUES ?y{i} {{ 1 2 3 4 5 6 7 8 9 10 }}" for i in range(12))
               + " } ORDER BY ?y3")  # 10^12 rows to sort: runs until the timeout
    started = time.monotonic()
    status, headers, body = http_request(served.query_url(endless), {"Accept": "text/csv"}, method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("text/csv")
    assert "Content-Length" not in headers  # it would have to be the GET's length, unknown without running
    assert time.monotonic() - started < 3
    assert http_request(served.query_url(ASK))[0] == 200  # the only worker is free: HEAD did not occupy it


def test_cors_is_opt_in(served: Served, store: Path, tmp_path: Path) -> None:
    origin = {"Origin": "http://tool.example"}
    status, headers, _ = http_request(served.query_url(ASK), origin)
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = http_request(served.endpoint, origin, method="OPTIONS")
    assert status == 204 and "GET" in headers["Allow"] and "Access-Control-Allow-Origin" not in headers
    with kg_serve(store, tmp_path, "--max-queries", "1", "--cors") as cors:
        preflight = {**origin, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type, accept"}
        status, headers, _ = http_request(cors.endpoint, preflight, method="OPTIONS")
        assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
        status, headers, _ = http_request(cors.endpoint, {**origin, "Content-Type": "application/sparql-query"},
                                   ASK.encode(), "POST")
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.add(int(entry.name))
    return found


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_shutdown_is_clean(store: Path, tmp_path: Path, signum: int) -> None:
    with kg_serve(store, tmp_path, "--max-queries", "1") as server:
        assert http_request(server.query_url(ASK))[0] == 200
        workers = _children(server.process.pid)
        assert workers
        server.process.send_signal(signum)
        assert server.process.wait(30) == 0
        log = server.stderr.read_text()
        assert "Traceback" not in log and "unsendable" not in log, log
        deadline = time.monotonic() + 10
        while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(Path(f"/proc/{pid}/stat").exists() and " Z " not in Path(f"/proc/{pid}/stat").read_text()
                       for pid in workers)


@pytest.mark.parametrize("accept", ["text/tab-separated-values", "application/sparql-results+xml", "text/csv"])
def test_rows_past_the_limit_are_cut_in_every_format(served: Served, accept: str) -> None:
    query = "SELECT ?x WHERE { VALUES ?x { " + " ".join(f'"2021-11-24T10:00:{i:02d}+01:00"^^<{XSD}dateTime>'
                                                      for i in range(60)) + " } }"
    status, headers, body = http_request(served.query_url(query), {"Accept": accept})
    assert status == 200 and headers["X-KG-Truncated"].startswith("true")
    if accept == "text/csv":
        assert len(body.decode().splitlines()) == 1 + 50
    else:
        rows = list(ox.parse_query_results(body, ox.QueryResultsFormat.from_media_type(accept)))
        assert len(rows) == 50 and rows[3]["x"] == ox.Literal("2021-11-24T10:00:03+01:00",
                                                              datatype=ox.NamedNode(XSD + "dateTime"))


def test_a_cut_construct_is_valid_turtle(served: Served) -> None:
    query = ("CONSTRUCT { ?s <urn:kg-test:n> ?x } WHERE { VALUES ?x { " + " ".join(str(i) for i in range(60))
             + " } BIND(IRI(CONCAT('urn:kg-test:n', STR(?x))) AS ?s) }")
    status, headers, body = http_request(served.query_url(query), {"Accept": "text/turtle"})
    assert status == 200 and headers["X-KG-Truncated"].startswith("true")
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == 50
