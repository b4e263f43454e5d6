"""`kg serve`: a small read-only SPARQL 1.1 Protocol endpoint over a kg store (standard library HTTP server).

GET or POST /query with a `query` parameter (or a POST body of type application/sparql-query) answers in
the SPARQL JSON results format, or CSV when the Accept header asks for text/csv. Updates are refused
(403), as are queries that would reach the network (400: SERVICE, LOAD, FROM of a graph not stored).
A query runs in its own thread: past the time limit the answer is 503; past the row limit the rows are
cut and the response carries `X-KG-Truncated: true`. / is a query page that works offline.
It binds 127.0.0.1 unless told otherwise: there is no authentication.
"""
from __future__ import annotations

import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kg.errors import QueryError
from kg.graph.sparql import QueryResult, check_query, format_csv, format_json

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7878
DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS = 30.0, 10_000
MAX_BODY = 1_000_000  # bytes of a POSTed query
JSON_TYPE, CSV_TYPE = "application/sparql-results+json", "text/csv"

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>
body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}
textarea{width:100%;height:12em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
#status{margin-left:1em;color:#555}
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>Read-only queries over the union of all documents' graphs. Prefixes kg:, kgid:, kgdoc:, rdf:, rdfs:,
skos:, xsd:, dcterms: are declared. Endpoint: <code>/query</code> (GET or POST, parameter <code>query</code>).</p>
<form id="form"><textarea id="query" name="query">SELECT ?predicate (COUNT(*) AS ?facts)
WHERE { ?stmt a rdf:Statement ; rdf:predicate ?predicate }
GROUP BY ?predicate ORDER BY DESC(?facts)</textarea><br>
<button type="submit">Run</button><span id="status"></span></form>
<div id="out"></div>
<script>
const form = document.getElementById("form"), out = document.getElementById("out"), status = document.getElementById("status");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  status.textContent = "running…"; out.textContent = "";
  const started = performance.now();
  try {
    const response = await fetch("query", {method: "POST", headers: {"Accept": "application/sparql-results+json"},
                                           body: new URLSearchParams({query: document.getElementById("query").value})});
    const text = await response.text();
    if (!response.ok) { status.textContent = response.status + ": " + text; return; }
    const data = JSON.parse(text), seconds = ((performance.now() - started) / 1000).toFixed(2);
    if ("boolean" in data) { status.textContent = String(data.boolean); return; }
    const vars = data.head.vars, rows = data.results.bindings, table = document.createElement("table");
    const head = table.insertRow();
    for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
    for (const row of rows) { const tr = table.insertRow(); for (const v of vars) tr.insertCell().textContent = row[v] ? row[v].value : ""; }
    out.appendChild(table);
    const cut = response.headers.get("X-KG-Truncated") ? " (truncated)" : "";
    status.textContent = rows.length + " rows" + cut + " in " + seconds + " s";
  } catch (error) { status.textContent = String(error); }
});
</script></body></html>
"""


class QueryTimeout(Exception):
    """A query ran past the time limit."""


def run_with_timeout(store: Any, text: str, *, timeout: float, max_rows: int) -> tuple[QueryResult, bool]:
    """Run a query in a daemon thread; QueryTimeout past `timeout` seconds (the thread is left to finish)."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = store.query_limited(text, max_rows=max_rows)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = error

    thread = threading.Thread(target=work, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryTimeout(f"the query ran longer than {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["result"]


# The SPARQL 1.1 Protocol's request bodies: a query, an update (refused here), or a URL-encoded form.
POST_TYPES = frozenset({"application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded"})
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD = frozenset({"0.0.0.0", "::", ""})


class _Handler(BaseHTTPRequestHandler):
    """Requests of the endpoint; the server carries the store and the limits."""

    server: SparqlServer
    server_version = "kg-serve"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, body: str, content_type: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _host_refused(self) -> bool:
        """Answer 421 to a request whose Host is not this server's own name: a web page the user visits could
        otherwise drive the endpoint, and with DNS rebinding read it (a browser always sends Host)."""
        host = self.headers.get("Host")
        if host is None or self.server.accepts_host(host):
            return False
        self._send(HTTPStatus.MISDIRECTED_REQUEST,
                   f"this endpoint answers only to {', '.join(sorted(self.server.allowed_hosts))}\n")
        return True

    def do_GET(self) -> None:  # noqa: N802 - the base class's naming
        if self._host_refused():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, PAGE, "text/html; charset=utf-8")
        elif url.path in ("/query", "/sparql"):
            self._answer(urllib.parse.parse_qs(url.query))
        elif url.path == "/update":
            self._send(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only\n")
        else:
            self._send(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query\n")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if self._host_refused():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/update":
            self._send(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only\n")
            return
        if url.path not in ("/query", "/sparql"):
            self._send(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a query may be at most {MAX_BODY} bytes\n")
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind not in POST_TYPES:  # text/plain is what a page on another origin may send without asking
            self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                       f"a POST body must be one of {', '.join(sorted(POST_TYPES))}, not {kind or 'untyped'}\n")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = urllib.parse.parse_qs(url.query)
        if kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/sparql-update":
            params["update"] = [body]
        else:
            for key, values in urllib.parse.parse_qs(body).items():
                params.setdefault(key, []).extend(values)
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only\n")
            return
        queries = params.get("query") or []
        if len(queries) != 1:
            self._send(HTTPStatus.BAD_REQUEST, "give exactly one `query` parameter\n")
            return
        text = queries[0]
        server = self.server
        try:
            if check_query(text, allow_update=True):
                self._send(HTTPStatus.FORBIDDEN, "updates are not allowed: this endpoint is read-only\n")
                return
            result, truncated = run_with_timeout(server.store, text, timeout=server.timeout,
                                                 max_rows=server.max_rows)
        except QueryError as error:
            self._send(HTTPStatus.BAD_REQUEST, f"{error}\n")
            return
        except QueryTimeout as error:
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{error}\n", headers={"Retry-After": "60"})
            return
        headers = {"X-KG-Truncated": f"true; max-rows={server.max_rows}"} if truncated else {}
        accept = (self.headers.get("Accept") or "").lower()
        if CSV_TYPE in accept and "json" not in accept:
            self._send(HTTPStatus.OK, format_csv(result), f"{CSV_TYPE}; charset=utf-8", headers)
        else:
            self._send(HTTPStatus.OK, format_json(result), f"{JSON_TYPE}; charset=utf-8", headers)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server of `kg serve`, holding an open store and the limits."""

    daemon_threads = True

    def __init__(self, store: Any, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, verbose: bool = False) -> None:
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self.verbose = verbose
        super().__init__((host, port), _Handler)
        bound, port = self.server_address[:2]
        names = {bound, "localhost", "127.0.0.1", "[::1]"} if bound in LOOPBACK else {bound}
        self.allowed_hosts = frozenset(f"{name}:{port}" for name in names)
        self.any_host = bound in WILDCARD  # bound to every interface: the user chose to be reached by any name

    def accepts_host(self, host: str) -> bool:
        """Whether a Host header names this server (any name, when bound to every interface).

        >>> server = SparqlServer(None, "127.0.0.1", 0)
        >>> port = server.server_address[1]
        >>> server.accepts_host(f"localhost:{port}"), server.accepts_host(f"evil.example:{port}")
        (True, False)
        >>> server.server_close()
        """
        return self.any_host or host.strip().lower() in self.allowed_hosts

    @property
    def url(self) -> str:
        """The base URL the server listens on."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"
