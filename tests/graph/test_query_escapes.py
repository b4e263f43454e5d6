"""A query must never reach the network: codepoint escapes cannot hide a SERVICE from the check.

rdflib (which checks) expands \\u escapes everywhere before parsing; Oxigraph (which runs a store's queries)
expands them only inside strings and IRIs. "P\\u0022 + " is then a closed string for one and an open one for the
other, and a SERVICE between two such strings was run by Oxigraph unseen. Each variant below is sent to the real
store and the real server while a canary HTTP server on 127.0.0.1 records any request that reaches it.
"""
from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from canary import canary_server
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.graph.serve import SparqlServer
from kg.graph.sparql import check_escapes, check_query
from kg.graph.store import Store
from kg.model import Document
from kg.pipeline import build_store

TEXT = "Morocco and Israel signed a defence agreement in Rabat on 24 November 2021."


@pytest.fixture(scope="module")
def canary():
    """An HTTP server on 127.0.0.1 standing for an internal service; `.hits` lists the paths requested."""
    with canary_server() as httpd:
        yield httpd


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("escapes") / "store"
    build_store([Document("a", TEXT)], folder)
    opened = Store(folder, read_only=True)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def endpoint(store):
    httpd = SparqlServer(store, "127.0.0.1", 0, timeout=5.0, max_rows=10)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _variants(url: str) -> list[str]:
    """Ways to hide `SERVICE <url>` from a parser that expands escapes before it tokenizes."""
    service = f"SERVICE <{url}> {{ ?s ?p ?x }}"
    return [
        f'SELECT ?x WHERE {{ BIND("P\\u0022 + " AS ?a) {service} BIND(" + \\u0022Y" AS ?b) }}',  # the report
        f"SELECT ?x WHERE {{ BIND('P\\u0027 + ' AS ?a) {service} BIND(' + \\u0027Y' AS ?b) }}",  # single quotes
        f'SELECT ?x WHERE {{ BIND("P\\U00000022 + " AS ?a) {service} BIND(" + \\U00000022Y" AS ?b) }}',
        f'SELECT ?x WHERE {{ BIND("P\\u0022 + " AS ?a) {service} BIND(" + \\U00000022Y" AS ?b) }}',  # mixed
        f'select ?x where {{ bind("p\\u0022 + " as ?a) {service.lower()} bind(" + \\u0022y" as ?b) }}',
        f'SELECT ?x WHERE {{ BIND("P\\u005c" AS ?a) {service} BIND("\\u005cY" AS ?b) }}',  # escaped backslash
        f'SELECT ?x WHERE {{ BIND("P\\\\u0022 + " AS ?a) {service} BIND(" + \\\\u0022Y" AS ?b) }}',  # \\ before
        f'SELECT ?x WHERE {{ BIND("P\\u0022 #" AS ?a) {service} BIND("\\u000a" AS ?b) }}',  # comment, newline
        f'SELECT ?x WHERE {{ BIND(<urn:a\\u003e + <urn:b> AS ?a) {service} BIND(<urn:c> + \\u003c AS ?b) }}',
        f'SELECT ?x WHERE {{ BIND("""P\\u0022\\u0022\\u0022 + """ AS ?a) {service} '
        f'BIND(""" + \\u0022\\u0022\\u0022Y""" AS ?b) }}',  # long strings
        f'SELECT ?x WHERE {{ BIND("P\\u0022 + " AS ?a) {service.replace("SERVICE", "SERVICE SILENT")} '
        f'BIND(" + \\u0022Y" AS ?b) }}',
    ]


def test_the_report_variants_are_refused_by_the_store_and_never_reach_the_network(store, canary):
    url = f"http://127.0.0.1:{canary.server_address[1]}/admin"
    for query in _variants(url):
        with pytest.raises(QueryError, match="stands for|not allowed|malformed"):
            store.query(query)
    assert canary.hits == []


def test_the_report_variants_are_refused_by_the_endpoint_and_never_reach_the_network(endpoint, canary):
    url = f"http://127.0.0.1:{canary.server_address[1]}/admin"
    for query in _variants(url):
        request = f"{endpoint.url}query?{urllib.parse.urlencode({'query': query})}"
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(request, timeout=30)
        assert answer.value.code == 400
        assert "SECRET" not in answer.value.read().decode("utf-8")
    assert canary.hits == []


@pytest.mark.parametrize("query", [
    'SELECT ?s WHERE { ?s ?p "Caf\\u00e9" }',
    'SELECT ?s WHERE { ?s ?p "\\U0001F600" }',
    "SELECT ?s WHERE { ?s ?p <urn:caf\\u00e9> }",
    'SELECT ?s WHERE { ?s ?p "Café" }',
])
def test_escapes_of_non_ascii_characters_still_run(store, query):
    assert store.query(query).variables == ("s",)


@pytest.mark.parametrize("escape, shown", [
    ("\\u0022", "'\"'"), ("\\u0041", "'A'"), ("\\U0000007B", "'{'"), ("\\u000a", "U+000A"),
    ("\\u200e", "U+200E"), ("\\ud800", "U+D800"), ("\\U00110000", "U+110000"),
])
def test_escapes_of_ascii_control_or_surrogate_characters_are_refused(escape, shown):
    with pytest.raises(QueryError, match=f"stands for {shown.replace('+', '[+]').replace('{', '[{]')}"):
        check_query(f'SELECT * WHERE {{ ?s ?p "{escape}" }}')


@given(st.characters(min_codepoint=0x80, max_codepoint=0x10FFFF, categories=("L", "M", "N", "P", "S")))
def test_any_printable_non_ascii_escape_is_accepted(char):
    check_escapes(f'SELECT * WHERE {{ ?s ?p "\\U{ord(char):08X}" }}')
    check_escapes(f'SELECT * WHERE {{ ?s ?p "\\u{ord(char):04X}" }}' if ord(char) <= 0xFFFF else "")


@given(st.characters(max_codepoint=0x7F))
def test_every_ascii_escape_is_refused(char):
    with pytest.raises(QueryError):
        check_escapes(f'SELECT * WHERE {{ ?s ?p "\\u{ord(char):04x}" }}')
