"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a kg store (standard library HTTP server).

GET or POST /query (also /sparql) with a `query` parameter, a form body or an application/sparql-query body
(chunked or not). The answer is in the format the Accept header (or a `format` parameter) asks for, written
by pyoxigraph's own serialisers so that every value passes untouched: SELECT and ASK as SPARQL JSON, XML,
CSV or TSV; CONSTRUCT and DESCRIBE as Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD or N3; 406
otherwise. The dataset is the protocol's `default-graph-uri` / `named-graph-uri` graphs, else the query's
FROM / FROM NAMED, else the union of all documents' graphs as the default graph (with every named graph).
Updates are refused (403), other methods 405, queries that would reach the network 400 (SERVICE, LOAD, a
graph the store does not hold). Queries run in worker processes that open the store read-only
(`QueryPool`): a query that crashes the engine costs its worker, answered 500, never the server; past the
time limit (which covers waiting, parsing and running) the worker is killed and the answer is 503 with
Retry-After, as when every worker stays busy. Past the row limit the rows are cut and the response carries
`X-KG-Truncated: true`. `--cors` opts in to cross-origin use. / is a query page that works offline.
It binds 127.0.0.1 unless told otherwise: there is no authentication.

Why kg's own server and not Oxigraph's (`oxigraph serve-read-only --union-default-graph --cors
--timeout-s`, measured with oxigraph 0.5.13 over a store of the same version): one query with the ORDER BY
that panics pyoxigraph's sort (docs/upstream/pyoxigraph-order-by-total-order.md) aborted the whole Oxigraph
server, every other client's request with it; and `--timeout-s 2` did not stop a long COUNT: it answered
after 27 s with status 200 and a body cut by "The SPARQL operation has been cancelled" (invalid JSON). It
also knows nothing of kg's lock file, row cap, memory cap, Host check or offline page. Keeping kg's
workers, which are killed at the deadline, keeps those guarantees; the protocol code left by hand is the
HTTP layer only, since every answer is serialised by pyoxigraph.
"""
from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from typing import Any

from kg.errors import QueryError, StoreError
from kg.graph.rdf import PREFIXES
from kg.graph.sparql import MAX_NESTING, MAX_QUERY_CHARS, QueryTooLarge, check_size, is_blank, query_form

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7878
DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS = 30.0, 10_000
DEFAULT_MAX_QUERIES = max(1, min(4, os.cpu_count() or 1))  # queries run at once, one worker process each
DEFAULT_MAX_MEMORY_MB = 2048  # a worker grown past this is stopped (its query answered 503)
DEFAULT_IDLE_TIMEOUT = 20.0  # seconds a connection may stay silent
MAX_BODY = 1_000_000  # bytes of a POSTed query
MAX_CONNECTIONS = 256  # connections served at once; more are answered 503 at once
WAITING_PER_WORKER = 32  # requests that may wait for a busy worker (until their deadline); more get 503 at once
LISTEN_BACKLOG = 256  # connections the kernel queues before the server accepts them
# The formats answered (pyoxigraph's names), in the order preferred when the client accepts several equally,
# with the media type each is sent as.
RESULT_FORMATS = {"JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml",
                  "CSV": "text/csv", "TSV": "text/tab-separated-values"}
GRAPH_FORMATS = {"TURTLE": "text/turtle", "N_TRIPLES": "application/n-triples", "N_QUADS": "application/n-quads",
                 "TRIG": "application/trig", "RDF_XML": "application/rdf+xml", "JSON_LD": "application/ld+json",
                 "N3": "text/n3"}
# Media types a client may ask for (the formats' own, and older or looser names) → the format answered.
RESULT_TYPES = {**{media: name for name, media in RESULT_FORMATS.items()},
                "application/json": "JSON", "application/xml": "XML", "text/xml": "XML"}
GRAPH_TYPES = {**{media: name for name, media in GRAPH_FORMATS.items()},
               "application/turtle": "TURTLE", "application/x-turtle": "TURTLE", "text/plain": "N_TRIPLES",
               "application/xml": "RDF_XML", "text/xml": "RDF_XML", "application/json": "JSON_LD",
               "application/x-json+ld": "JSON_LD", "text/rdf+n3": "N3", "application/n3": "N3"}
# Names of the `format` parameter → (format of SELECT/ASK answers, format of CONSTRUCT/DESCRIBE answers).
FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("JSON", "JSON_LD"), "xml": ("XML", "RDF_XML"), "csv": ("CSV", None), "tsv": ("TSV", None),
    "turtle": (None, "TURTLE"), "ttl": (None, "TURTLE"), "ntriples": (None, "N_TRIPLES"), "nt": (None, "N_TRIPLES"),
    "nquads": (None, "N_QUADS"), "nq": (None, "N_QUADS"), "trig": (None, "TRIG"), "rdfxml": (None, "RDF_XML"),
    "rdf": (None, "RDF_XML"), "rdf+xml": (None, "RDF_XML"), "jsonld": (None, "JSON_LD"), "json-ld": (None, "JSON_LD"),
    "n3": (None, "N3"), "n-triples": (None, "N_TRIPLES"), "n-quads": (None, "N_QUADS")}
ALLOW = "GET, HEAD, POST, OPTIONS"

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
skos:, xsd:, dcterms: are declared. Endpoint: <code>/query</code> (GET or POST, parameter <code>query</code>;
the SPARQL 1.1 Protocol: JSON, XML, CSV, TSV, Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD by Accept).</p>
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
    const response = await fetch("query", {method: "POST",
                                           headers: {"Accept": "application/sparql-results+json, text/turtle;q=0.9"},
                                           body: new URLSearchParams({query: document.getElementById("query").value})});
    const text = await response.text(), seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) { status.textContent = response.status + ": " + text; return; }
    if (!(response.headers.get("Content-Type") || "").includes("json")) {  // CONSTRUCT, DESCRIBE: Turtle
      const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
      status.textContent = "in " + seconds + " s"; return;
    }
    const data = JSON.parse(text);
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


def _ranges(accept: str) -> list[tuple[str, float, int]]:
    """The media ranges of an Accept header: (range, q-value, position), lower-cased, other parameters dropped."""
    found = []
    for position, part in enumerate(accept.split(",")):
        media, *params = part.split(";")
        media = media.strip().lower()
        if media == "*":
            media = "*/*"
        if "/" not in media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        found.append((media, q, position))
    return found


def negotiate(accept: str, types: dict[str, str]) -> str | None:
    """The format (a value of `types`) the Accept header prefers, None if it accepts none of them.

    The highest q-value wins, then the most specific range (a type, then type/*, then */*), then the
    client's order, then the order of `types`. No Accept header (or an empty one) accepts anything.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
    'XML'
    >>> negotiate("*/*;q=0.1, text/tab-separated-values", RESULT_TYPES), negotiate("text/*", GRAPH_TYPES)
    ('TSV', 'TURTLE')
    >>> negotiate("image/png", RESULT_TYPES) is None, negotiate("text/csv;q=0, */*", RESULT_TYPES)
    (True, 'JSON')
    """
    ranges = _ranges(accept) if accept.strip() else [("*/*", 1.0, 0)]
    best, best_key = None, None
    for order, (media, name) in enumerate(types.items()):
        match = None
        for pattern, q, position in ranges:
            if pattern == media:
                specific = 3
            elif pattern.endswith("/*") and pattern != "*/*" and media.startswith(pattern[:-1]):
                specific = 2
            elif pattern == "*/*":
                specific = 1
            else:
                continue
            if match is None or specific > match[0]:
                match = (specific, q, position)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -order)
        if best_key is None or key > best_key:
            best, best_key = name, key
    return best


def choose_formats(accept: str, fmt: str | None) -> tuple[str | None, str | None]:
    """The formats of a SELECT/ASK answer and of a CONSTRUCT/DESCRIBE answer (None: none acceptable), from a
    `format` parameter (a name of FORMAT_NAMES or a media type) if given, else from the Accept header. A
    `format` this server does not know is left aside (clients send their own names for it) for the Accept header.

    >>> choose_formats("application/sparql-results+xml,application/rdf+xml,*/*", None)
    ('XML', 'RDF_XML')
    >>> choose_formats("", "text/turtle"), choose_formats("text/html", "csv")
    ((None, 'TURTLE'), ('CSV', None))
    """
    if fmt is not None:
        name = fmt.strip().lower()
        if name in FORMAT_NAMES:
            return FORMAT_NAMES[name]
        if name in RESULT_TYPES or name in GRAPH_TYPES:
            return RESULT_TYPES.get(name), GRAPH_TYPES.get(name)
    return negotiate(accept, RESULT_TYPES), negotiate(accept, GRAPH_TYPES)


def _tsv_cell(term: Any) -> str:
    """A term as a cell of SPARQL TSV: its N-Triples form (tabs escaped, the one character N-Triples leaves)."""
    return "" if term is None else str(term).replace("\t", "\\t")


def serialize_answer(answer: Any, results: str | None, graph: str | None,
                     max_rows: int | None) -> tuple[str, bytes, bool]:
    """A pyoxigraph answer written by pyoxigraph in the format asked: ("results" or "graph", body, truncated).

    Raises NotAcceptable when the format for this kind of answer is None. Rows past max_rows are cut: the kept
    solutions are written to TSV (N-Triples terms, lossless) and read back, so that the serialisers still write
    every value exactly as stored.
    """
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        if results is None:
            raise NotAcceptable("results")
        return "results", answer.serialize(format=getattr(ox.QueryResultsFormat, results)), False
    limit = None if max_rows is None else max_rows + 1
    if isinstance(answer, ox.QueryTriples):
        if graph is None:
            raise NotAcceptable("graph")
        fmt = getattr(ox.RdfFormat, graph)
        triples = list(itertools.islice(answer, limit))
        truncated = max_rows is not None and len(triples) > max_rows
        kept: list[Any] = triples[:max_rows] if truncated else triples
        if fmt.supports_datasets:
            kept = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in kept]
        prefixes = PREFIXES if graph in ("TURTLE", "TRIG", "N3", "RDF_XML") else None
        return "graph", ox.serialize(kept, format=fmt, prefixes=prefixes), truncated
    if results is None:
        raise NotAcceptable("results")
    names = [v.value for v in answer.variables]
    rows = list(itertools.islice(answer, limit))
    truncated = max_rows is not None and len(rows) > max_rows
    lines = ["\t".join("?" + name for name in names)]
    lines += ["\t".join(_tsv_cell(row[name]) for name in names) for row in rows[:max_rows]]
    solutions = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
    return "results", solutions.serialize(format=getattr(ox.QueryResultsFormat, results)), truncated


class NotAcceptable(Exception):
    """No format the client accepts for this kind of answer ("results" or "graph"): HTTP 406."""


class QueryTimeout(Exception):
    """A query ran past the time limit (its worker was stopped)."""


class ServerBusy(Exception):
    """Every query worker stayed busy until the request's time ran out, or too many requests wait already."""


class WorkerCrashed(Exception):
    """The worker process running a query ended: the engine crashed on it (a new worker takes its place)."""


class MemoryExceeded(Exception):
    """A query's worker grew past the memory limit and was stopped."""


WORKER_STACK = 512 * 1024 * 1024  # the query thread's stack: reserved, touched only by deep recursions
WORKER_RECURSION = 100_000  # python frames the query thread may stack (its stack holds them)
STARTUP_SECONDS = 120.0  # longest a new worker may take to import kg and open the store
POLL_SECONDS = 0.1  # how often a waiting request looks at its worker's health and memory
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _worker_main(conn: Connection, store_path: str, max_rows: int) -> None:
    """A worker process: open the store read-only, then answer queries one at a time until the pipe closes.

    Each query runs (and its results are formatted and dropped) in one thread with a large stack, so that
    deep recursions in the engine do not overflow and Oxigraph's results never cross threads.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the server decides
    from kg.graph.store import Store

    try:
        store = Store(store_path, read_only=True)
    except Exception as error:  # noqa: BLE001 - reported to the server, which names the store
        conn.send(("failed", " ".join(str(error).split())))
        return
    conn.send(("ready", os.getpid()))
    threading.stack_size(WORKER_STACK)
    sys.setrecursionlimit(WORKER_RECURSION)  # rdflib's parser recurses per bracket: 40 nested ones passed 1000
    while True:
        try:
            text, request = conn.recv()
        except (EOFError, OSError):  # the server closed the pipe or ended
            return
        box: dict[str, Any] = {}
        thread = threading.Thread(target=_answer_in_worker, args=(store, text, request, max_rows, box))
        thread.start()
        thread.join()
        try:
            conn.send(box["reply"])
        except (BrokenPipeError, OSError):
            return


def _answer_in_worker(store: Any, text: str, request: dict[str, Any], max_rows: int, box: dict[str, Any]) -> None:
    """Run one query in a worker: ("ok", kind, body, truncated), ("unacceptable", kind), ("update",),
    ("bad", message) or ("failed", message). `request` holds the formats and the protocol's graphs."""
    from kg.graph.sparql import is_update

    try:
        answer = store.answer(text, default_graphs=request.get("default"), named_graphs=request.get("named"))
        kind, body, truncated = serialize_answer(answer, request.get("results"), request.get("graph"), max_rows)
        box["reply"] = ("ok", kind, body, truncated)
    except NotAcceptable as error:
        box["reply"] = ("unacceptable", str(error))
    except QueryError as error:
        box["reply"] = ("update",) if is_update(text) else ("bad", str(error))
    except (OSError, ValueError, RuntimeError) as error:  # raised while the results are read: the query's fault
        box["reply"] = ("bad", "query failed: " + " ".join(str(error).split())[:500])
    except Exception as error:  # noqa: BLE001 - anything else is the engine's failure, reported as a 500
        box["reply"] = ("failed", " ".join(f"{type(error).__name__}: {error}".split())[:500])
    finally:
        # Oxigraph's result iterators may only be freed by the thread that made them (else they leak, with an
        # "unsendable" warning): collect any cycle holding one here, before this thread ends.
        answer = None
        gc.collect()


class _Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, process: Any, conn: Connection) -> None:
        self.process = process
        self.conn = conn

    def rss(self) -> int:
        """Resident memory in bytes (0 where /proc is not available)."""
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            return 0

    def stop(self) -> None:
        """Kill the process (it may be stuck in the engine) and reap it."""
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()

    def ending(self) -> str:
        """How the process ended, in words."""
        self.process.join(5)
        code = self.process.exitcode
        if code is None:
            return "still running"
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"ended by signal {signal.Signals(-code).name}"
        return f"exited with status {code}"


def _hung_up(conn: Connection) -> bool:
    """Whether an idle worker's pipe has something to read: it sends only answers, so that is its end closing
    (the process died, and its exit may not be visible to waitpid yet)."""
    try:
        return conn.poll(0)
    except (OSError, EOFError):
        return True


class QueryPool:
    """Worker processes that each hold the store open read-only and run one query at a time.

    A query that crashes the engine (a Rust panic, a stack overflow) ends only its worker; a query past its
    deadline or memory limit is stopped by killing its worker. Either way a new worker takes its place, so
    the server lives on, and the work really stops. The number of workers caps the concurrent queries.
    """

    def __init__(self, store_path: str, *, size: int, max_rows: int, max_memory: int, max_waiting: int) -> None:
        self.store_path = store_path
        self.size = size
        self.max_rows = max_rows
        self.max_memory = max_memory  # bytes; 0 for no limit
        self.max_waiting = max_waiting
        self._context = multiprocessing.get_context("spawn")  # never fork a threaded server
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._workers: set[_Worker] = set()
        self._waiting = 0
        self._closed = False

    def start(self) -> None:
        """Start every worker and wait until each has opened the store (StoreError if one cannot)."""
        starting = [self._launch() for _ in range(self.size)]
        for worker in starting:
            self._await_ready(worker)
            with self._cond:
                self._idle.append(worker)

    def _launch(self) -> _Worker:
        """A new worker process, not yet ready."""
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(theirs, self.store_path, self.max_rows),
                                        name="kg-query-worker", daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        with self._cond:
            self._workers.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        """Wait for a new worker's greeting; StoreError (and the worker stopped) if it failed or never came."""
        message: tuple[Any, ...] = ("failed", f"the query worker did not start within {STARTUP_SECONDS:g} s")
        try:
            if worker.conn.poll(STARTUP_SECONDS):
                message = worker.conn.recv()
        except (EOFError, OSError):
            message = ("failed", f"the query worker {worker.ending()}")
        if message[0] != "ready":
            self._discard(worker)
            raise StoreError(f"a query worker could not open the store: {message[1]}")

    def _discard(self, worker: _Worker) -> None:
        """Stop a worker and forget it."""
        worker.stop()
        with self._cond:
            self._workers.discard(worker)

    def _replace(self, worker: _Worker) -> None:
        """Stop a worker and start another in the background."""
        self._discard(worker)

        def start_one() -> None:
            with self._cond:
                if self._closed:
                    return
            try:
                fresh = self._launch()
                self._await_ready(fresh)
            except Exception as error:  # noqa: BLE001 - the pool shrinks; requests then wait or get 503
                if not self._closed:
                    print(f"kg serve: could not start a query worker: {error}", file=sys.stderr, flush=True)
                return
            with self._cond:
                if self._closed:
                    fresh.stop()
                    return
                self._idle.append(fresh)
                self._cond.notify()

        threading.Thread(target=start_one, name="kg-worker-start", daemon=True).start()

    def _acquire(self, deadline: float) -> _Worker:
        """An idle worker, waiting for one until the deadline (ServerBusy then, or when too many wait)."""
        with self._cond:
            if not self._idle and self._waiting >= self.max_waiting:
                raise ServerBusy(f"all {self.size} query workers are busy and {self._waiting} requests wait")
            self._waiting += 1
            try:
                while True:
                    while not self._idle:
                        remaining = deadline - time.monotonic()
                        if self._closed or remaining <= 0:
                            raise ServerBusy(f"all {self.size} query workers stayed busy")
                        self._cond.wait(remaining)
                    worker = self._idle.pop()
                    if worker.process.is_alive() and not _hung_up(worker.conn):
                        return worker
                    self._replace(worker)  # died while idle (killed from outside): take the next
            finally:
                self._waiting -= 1

    def _release(self, worker: _Worker) -> None:
        """Give a worker back (or replace it, if it grew past half the memory limit: leaks stay bounded)."""
        if self.max_memory and worker.rss() > self.max_memory // 2:
            self._replace(worker)
            return
        with self._cond:
            if self._closed:
                worker.stop()
                return
            self._idle.append(worker)
            self._cond.notify()

    def run(self, text: str, request: dict[str, Any], deadline: float) -> tuple[str, bytes, bool]:
        """The answer of a query: its kind ("results" or "graph"), its body, and whether rows were cut.

        `request` holds the formats asked for ("results", "graph") and the protocol's graphs ("default",
        "named"). Raises QueryError (UpdateRefused for an update), NotAcceptable, QueryTimeout, ServerBusy,
        WorkerCrashed, MemoryExceeded.
        """
        worker = self._acquire(deadline)
        reply: tuple[Any, ...] | None = None
        try:
            try:
                worker.conn.send((text, request))
            except OSError:
                raise WorkerCrashed(f"the query worker {worker.ending()} before it got the query") from None
            while reply is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise QueryTimeout("the query ran longer than the time limit and was stopped")
                if worker.conn.poll(min(remaining, POLL_SECONDS)):
                    try:
                        reply = worker.conn.recv()
                    except (EOFError, OSError):
                        raise WorkerCrashed(f"the query engine crashed on this query (its worker process "
                                            f"{worker.ending()}); the server goes on") from None
                elif self.max_memory and worker.rss() > self.max_memory:
                    raise MemoryExceeded(f"the query needed more than {self.max_memory // 2**20} MB "
                                         "and was stopped")
        finally:
            if reply is None:
                self._replace(worker)
            else:
                self._release(worker)
        kind = reply[0]
        if kind == "ok":
            return reply[1], reply[2], reply[3]
        if kind == "unacceptable":
            raise NotAcceptable(reply[1])
        if kind == "update":
            raise UpdateRefused("updates are not allowed: this endpoint is read-only")
        if kind == "bad":
            raise QueryError(reply[1])
        raise WorkerCrashed(f"the query engine failed: {reply[1]}")

    def pids(self) -> list[int]:
        """The process ids of the workers."""
        with self._cond:
            return sorted(w.process.pid for w in self._workers if w.process.pid is not None)

    def close(self) -> None:
        """Stop every worker."""
        with self._cond:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
            self._idle.clear()
            self._cond.notify_all()
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.close()  # an idle worker reads the end of its pipe and exits
        for worker in workers:
            worker.process.join(2)
            worker.stop()


class UpdateRefused(QueryError):
    """An update sent to the read-only endpoint (HTTP 403)."""


# The SPARQL 1.1 Protocol's request bodies: a query, an update (refused here), or a URL-encoded form.
POST_TYPES = frozenset({"application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded"})
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD = frozenset({"0.0.0.0", "::", ""})


READ_ONLY = "updates are not allowed: this endpoint is read-only (kg build --store changes the store)\n"


class _Handler(BaseHTTPRequestHandler):
    """Requests of the endpoint; the server carries the worker pool and the limits."""

    server: SparqlServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"  # keep-alive: every answer says its length

    def setup(self) -> None:
        self.timeout = self.server.idle_timeout  # a silent connection is closed, never held forever
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, body: str | bytes, content_type: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None, *, length_known: bool = True) -> None:
        """Answer; `length_known=False` for a HEAD whose GET length is unknown (the query is not run), where a
        Content-Length would have to be the GET's."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length_known:
            self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, Retry-After")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _refuse(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        """Answer an error before the request body was read: the connection cannot be reused."""
        self.close_connection = True
        self._send(status, message, headers=headers)

    def _host_refused(self) -> bool:
        """Answer 421 to a request whose Host is not this server's own name: a web page the user visits could
        otherwise drive the endpoint, and with DNS rebinding read it (a browser always sends Host)."""
        host = self.headers.get("Host")
        if host is None or self.server.accepts_host(host):
            return False
        self._refuse(HTTPStatus.MISDIRECTED_REQUEST,
                     f"this endpoint answers only to {', '.join(sorted(self.server.allowed_hosts))}\n")
        return True

    def do_GET(self) -> None:  # noqa: N802 - the base class's naming
        started = time.monotonic()
        if self._host_refused():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, PAGE, "text/html; charset=utf-8")
        elif url.path in ("/query", "/sparql"):
            self._answer(urllib.parse.parse_qs(url.query, keep_blank_values=True), started)
        elif url.path == "/update":
            self._send(HTTPStatus.FORBIDDEN, READ_ONLY)
        else:
            self._send(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query\n")

    def do_HEAD(self) -> None:  # noqa: N802
        """The headers a GET would answer with, without running the query."""
        self.do_GET()

    def do_OPTIONS(self) -> None:  # noqa: N802
        """The methods allowed; with --cors, a browser's preflight is answered for any origin."""
        if self._host_refused():
            return
        headers = {"Allow": ALLOW}
        if self.server.cors:
            asked = self.headers.get("Access-Control-Request-Headers")
            headers.update({"Access-Control-Allow-Methods": ALLOW,
                            "Access-Control-Allow-Headers": asked or "Accept, Content-Type",
                            "Access-Control-Max-Age": "86400"})
        self._send(HTTPStatus.NO_CONTENT, b"", headers=headers)

    def _not_allowed(self) -> None:
        """Any other method: 405 with the methods allowed (a read-only endpoint takes no PUT or DELETE)."""
        if self._host_refused():
            return
        self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, f"method {self.command} is not allowed: this endpoint is "
                     f"read-only and answers {ALLOW}\n", headers={"Allow": ALLOW})

    do_PUT = do_DELETE = do_PATCH = do_TRACE = do_CONNECT = _not_allowed

    def _read_body(self) -> bytes | None:
        """The request body (by Content-Length, or chunked), or None once an error has been answered: 400 for a
        bad length or chunk, 413 past MAX_BODY, 411 for a body of neither kind."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunks()
        declared = self.headers.get("Content-Length")
        if declared is None:
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length or a chunked body\n")
            return None
        declared = declared.strip()
        if not declared.isdigit():  # also "-1": a negative length would read to the end of the stream
            self._refuse(HTTPStatus.BAD_REQUEST, "Content-Length must be a whole number of bytes\n")
            return None
        length = int(declared)
        if length > MAX_BODY:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a query may be at most {MAX_BODY} bytes\n")
            return None
        try:
            return self.rfile.read(length)
        except (TimeoutError, OSError):  # the client stopped sending: drop the connection
            self.close_connection = True
            return None

    def _read_chunks(self) -> bytes | None:
        """A chunked body, up to MAX_BODY bytes."""
        parts, total = [], 0
        try:
            while True:
                line = self.rfile.readline(1024).split(b";")[0].strip()
                try:
                    size = int(line, 16)
                except ValueError:
                    self._refuse(HTTPStatus.BAD_REQUEST, "a chunk of the body has no valid size\n")
                    return None
                if size < 0 or total + size > MAX_BODY:
                    self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a query may be at most {MAX_BODY} bytes\n")
                    return None
                if size == 0:
                    while self.rfile.readline(1024).strip():  # trailer fields, up to the blank line
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                total += size
                self.rfile.readline(1024)  # the CRLF closing the chunk
        except (TimeoutError, OSError):
            self.close_connection = True
            return None

    def do_POST(self) -> None:  # noqa: N802
        started = time.monotonic()
        if self._host_refused():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/update":
            self._refuse(HTTPStatus.FORBIDDEN, READ_ONLY)
            return
        if url.path not in ("/query", "/sparql"):
            self._refuse(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query\n")
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind not in POST_TYPES:  # text/plain is what a page on another origin may send without asking
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                         f"a POST body must be one of {', '.join(sorted(POST_TYPES))}, not {kind or 'untyped'}\n")
            return
        if kind == "application/sparql-update":
            self._refuse(HTTPStatus.FORBIDDEN, READ_ONLY)
            return
        raw = self._read_body()
        if raw is None:
            return
        body = raw.decode("utf-8", "replace")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if kind == "application/sparql-query":
            params["query"] = [body]
        else:
            for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        self._answer(params, started)

    def _answer(self, params: dict[str, list[str]], started: float) -> None:
        """Check a query's parameters, run it (not for HEAD) and answer in the format negotiated."""
        if "update" in params:
            self._send(HTTPStatus.FORBIDDEN, READ_ONLY)
            return
        queries = params.get("query") or []
        if len(queries) != 1:
            self._send(HTTPStatus.BAD_REQUEST, "give exactly one `query` parameter\n")
            return
        text = queries[0]
        server = self.server
        formats = params.get("format") or params.get("output") or []
        results, graph = choose_formats(self.headers.get("Accept") or "", formats[0] if formats else None)
        busy = {"Retry-After": str(max(1, round(server.timeout)))}
        try:
            check_size(text, max_chars=server.max_query_chars, max_depth=server.max_nesting)
        except QueryTooLarge as error:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"{error}\n")
            return
        except QueryError as error:
            self._send(HTTPStatus.BAD_REQUEST, f"{error}\n")
            return
        if is_blank(text):
            self._send(HTTPStatus.BAD_REQUEST, "the query is empty (or only comments)\n")
            return
        form = query_form(text)
        expected = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"
        if (graph if expected == "graph" else results) is None and form is not None:
            self._not_acceptable(expected)
            return
        if self.command == "HEAD":
            media = GRAPH_FORMATS[graph] if expected == "graph" and graph else RESULT_FORMATS.get(results or "JSON")
            self._send(HTTPStatus.OK, b"", f"{media}; charset=utf-8", length_known=False)
            return
        request = {"results": results, "graph": graph, "default": params.get("default-graph-uri"),
                   "named": params.get("named-graph-uri")}
        if request["default"] is None and request["named"] is not None:
            request["default"] = []
        elif request["named"] is None and request["default"] is not None:
            request["named"] = []
        try:
            kind, body, truncated = server.pool.run(text, request, started + server.timeout)
        except UpdateRefused:
            self._send(HTTPStatus.FORBIDDEN, READ_ONLY)
            return
        except QueryError as error:
            self._send(HTTPStatus.BAD_REQUEST, f"{error}\n")
            return
        except NotAcceptable as error:
            self._not_acceptable(str(error))
            return
        except QueryTimeout:
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran longer than {server.timeout:g} s and was "
                       "stopped\n", headers=busy)
            return
        except (ServerBusy, MemoryExceeded) as error:
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{error}\n", headers=busy)
            return
        except WorkerCrashed as error:
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, f"{error}\n")
            return
        headers = {"X-KG-Truncated": f"true; max-rows={server.max_rows}"} if truncated else {}
        headers["Vary"] = "Accept"
        media = GRAPH_FORMATS[graph] if kind == "graph" and graph else RESULT_FORMATS[results or "JSON"]
        self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8", headers)

    def _not_acceptable(self, kind: str) -> None:
        """406, naming the media types this kind of answer comes in."""
        offered = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
        what = "CONSTRUCT and DESCRIBE" if kind == "graph" else "SELECT and ASK"
        self._send(HTTPStatus.NOT_ACCEPTABLE, f"{what} answers come as {', '.join(offered.values())}: the Accept "
                   "header (or format parameter) allows none of them\n")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server of `kg serve`: the limits, and the pool of query workers over the store."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, store: Any, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, verbose: bool = False,
                 max_queries: int = DEFAULT_MAX_QUERIES, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
                 max_query_chars: int = MAX_QUERY_CHARS, max_nesting: int = MAX_NESTING,
                 idle_timeout: float = DEFAULT_IDLE_TIMEOUT, cors: bool = False) -> None:
        """Bind host:port and start the workers over `store` (a Store or its folder; None: no queries).

        With cors, answers carry Access-Control-Allow-Origin: * and preflights are answered (opt-in: any web
        page the user visits may then query the endpoint).
        """
        self.cors = cors
        self.timeout = timeout
        self.max_rows = max_rows
        self.verbose = verbose
        self.max_query_chars = max_query_chars
        self.max_nesting = max_nesting
        self.idle_timeout = idle_timeout
        self._connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__((host, port), _Handler)
        bound, port = self.server_address[:2]
        names = {bound, "localhost", "127.0.0.1", "[::1]"} if bound in LOOPBACK else {bound}
        self.allowed_hosts = frozenset(f"{name}:{port}" for name in names)
        self.any_host = bound in WILDCARD  # bound to every interface: the user chose to be reached by any name
        path = getattr(store, "path", store)
        self.pool = QueryPool(str(path), size=max_queries, max_rows=max_rows, max_memory=max_memory_mb * 2**20,
                              max_waiting=WAITING_PER_WORKER * max_queries) if path is not None else None
        if self.pool is not None:
            try:
                self.pool.start()
            except BaseException:
                self.server_close()
                raise

    def accepts_host(self, host: str) -> bool:
        """Whether a Host header names this server (any name, when bound to every interface).

        >>> server = SparqlServer(None, "127.0.0.1", 0)
        >>> port = server.server_address[1]
        >>> server.accepts_host(f"localhost:{port}"), server.accepts_host(f"evil.example:{port}")
        (True, False)
        >>> server.server_close()
        """
        return self.any_host or host.strip().lower() in self.allowed_hosts

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve a connection in its own thread, or answer 503 at once when MAX_CONNECTIONS are open."""
        if not self._connections.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n"
                                b"Connection: close\r\n\r\n")
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._connections.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A connection's failure (the client went away, a socket error): one line when verbose, no traceback."""
        if self.verbose:
            error = sys.exc_info()[1]
            print(f"kg serve: {client_address[0]}: {type(error).__name__}: {error}", file=sys.stderr, flush=True)

    def server_close(self) -> None:
        """Close the socket and stop the workers."""
        super().server_close()
        pool = getattr(self, "pool", None)
        if pool is not None:
            pool.close()

    def serve_until_stopped(self) -> None:
        """Serve until Ctrl-C or SIGTERM, then close the socket and stop the workers, without a traceback."""
        def stop(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        main = threading.current_thread() is threading.main_thread()  # signals reach only the main thread
        previous = (signal.signal(signal.SIGTERM, stop), signal.getsignal(signal.SIGINT)) if main else None
        try:
            self.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            if previous is not None:  # a second Ctrl-C or SIGTERM does not cut the shutdown short
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                self.server_close()
            finally:
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous[0])
                    signal.signal(signal.SIGINT, previous[1])

    @property
    def url(self) -> str:
        """The base URL the server listens on."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"
