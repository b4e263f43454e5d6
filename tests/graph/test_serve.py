"""kg serve: the read-only SPARQL endpoint over a store, started in a thread on a free port."""
from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.pipeline import build_store
from kg.model import Document
from kg.graph.serve import SparqlServer
from kg.graph.store import Store

TEXT = ("Morocco and Israel signed a defence agreement in Rabat on 24 November 2021.\n\n"
        "Israeli Defence Minister Benny Gantz met his Moroccan counterpart Abdellatif Loudiyi.")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A server on 127.0.0.1 and a free port over a one-document store; yields its base URL."""
    folder = tmp_path_factory.mktemp("serve") / "store"
    build_store([Document("a", TEXT)], folder)
    store = Store(folder, read_only=True)
    httpd = SparqlServer(store, "127.0.0.1", 0, timeout=5.0, max_rows=3)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    store.close()


def _get(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def _q(server, query: str) -> str:
    return f"{server.url}query?{urllib.parse.urlencode({'query': query})}"


def test_binds_localhost_by_default():
    import inspect

    assert inspect.signature(SparqlServer).parameters["host"].default == "127.0.0.1"


def test_get_answers_sparql_json(server):
    status, headers, body = _get(_q(server, COUNT))
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["n"]
    assert int(data["results"]["bindings"][0]["n"]["value"]) > 10


def test_post_form_and_csv(server):
    query = "SELECT ?label WHERE { ?c kg:countryCode \"MAR\" ; rdfs:label ?label }"
    status, headers, body = _get(f"{server.url}query", {"Accept": "text/csv"},
                                 urllib.parse.urlencode({"query": query}).encode(), "POST")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body))) == [["label"], ["Morocco"]]
    status, _, body = _get(f"{server.url}query", {"Content-Type": "application/sparql-query"}, query.encode(), "POST")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["label"]["value"] == "Morocco"


def test_ask(server):
    status, _, body = _get(_q(server, "ASK { ?s a kg:Country }"))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_updates_are_refused(server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert _get(_q(server, update))[0] == 403
    assert _get(f"{server.url}update", data=urllib.parse.urlencode({"update": update}).encode(), method="POST")[0] == 403
    assert _get(f"{server.url}query", {"Content-Type": "application/sparql-update"}, update.encode(), "POST")[0] == 403
    assert _get(_q(server, "DROP ALL"))[0] == 403
    assert json.loads(_get(_q(server, COUNT))[2])["results"]["bindings"][0]["n"]["value"] != "0"


def test_network_and_malformed_queries_are_refused(server):
    assert _get(_q(server, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"))[0] == 400
    assert _get(_q(server, "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }"))[0] == 400
    assert _get(_q(server, "SELECT WHERE"))[0] == 400
    assert _get(f"{server.url}query")[0] == 400


def test_rows_are_capped(server):
    status, headers, body = _get(_q(server, "SELECT * WHERE { ?s ?p ?o }"))
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 3
    assert headers["X-KG-Truncated"].startswith("true")
    assert "X-KG-Truncated" not in _get(_q(server, COUNT))[1]


def test_query_page_works_offline(server):
    status, headers, body = _get(server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<form" in body and "fetch(" in body
    assert "http://" not in body and "https://" not in body  # nothing loaded from elsewhere
    assert _get(f"{server.url}nothing")[0] == 404


def test_a_timed_out_query_answers_503_with_retry_after(tmp_path):
    """Past the time limit the worker is stopped and the request answered 503, with when to try again."""
    from kg.graph.store import Store

    folder = tmp_path / "store"
    Store(folder).close()
    httpd = SparqlServer(folder, "127.0.0.1", 0, timeout=0.5, max_queries=1)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        endless = "SELECT * WHERE { VALUES ?x { 1 2 3 4 5 6 7 8 9 10 } " + " ".join(
            f"VALUES ?y{i} {{ 1 2 3 4 5 6 7 8 9 10 }}" for i in range(12)) + " } ORDER BY ?y3"
        status, headers, body = _get(_q(httpd, endless))
        assert status == 503 and "longer than" in body and headers["Retry-After"]
        # 503 while the new worker starts; on a loaded machine that takes a while, so wait for it (no speed asserted)
        deadline = time.monotonic() + 120
        while _get(_q(httpd, "ASK { }"))[0] != 200:
            assert time.monotonic() < deadline, "no worker answered after the timed-out query"
            time.sleep(0.2)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("host, status", [
    pytest.param("evil.example:{port}", 421, id="another-name"),
    pytest.param("127.0.0.1.nip.io:{port}", 421, id="rebinding-name"),
    pytest.param("127.0.0.1:1", 421, id="another-port"),
    pytest.param("localhost:{port}", 200, id="localhost"),
    pytest.param("127.0.0.1:{port}", 200, id="the-bound-address"),
])
def test_only_requests_for_this_server_are_answered(server, host, status):
    """A page on another site (or a DNS-rebound name) reaches the endpoint with its own Host: refused."""
    port = server.server_address[1]
    headers = {"Host": host.format(port=port)}
    assert _get(_q(server, COUNT), headers)[0] == status
    assert _get(f"{server.url}query", {**headers, "Content-Type": "application/sparql-query"},
                COUNT.encode(), "POST")[0] == status


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=utf-8", "multipart/form-data", None])
def test_a_post_body_of_another_type_is_not_run(server, content_type):
    """text/plain is what a page on another origin may POST without a preflight: it is never run as a query."""
    request = urllib.request.Request(f"{server.url}query", data=f"query={COUNT}".encode(), method="POST")
    if content_type:
        request.add_header("Content-Type", content_type)
    else:
        request.remove_header("Content-type")  # urllib adds a form type to any body; send none
        request.add_unredirected_header("Content-Type", "")
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(request, timeout=30)
    assert answer.value.code == 415
