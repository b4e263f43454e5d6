"""kg serve under hostile requests: a real `kg serve` process on 127.0.0.1 must not be killed, poisoned or
exhausted by any request, and bad options or headers give one line, never a traceback."""
from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from serving import ROOT, Served, http_text, kg_serve

from kg.graph.store import Store

XSD = "http://www.w3.org/2001/XMLSchema#"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# Counting a four-way cross product of 300 triples: 8.1e9 rows, constant memory, minutes of CPU.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# Sorting the same cross product: memory grows by hundreds of MB a second.
GREEDY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?l"
# Strings, integers and gYears in this order make pyoxigraph 0.5's ORDER BY panic ("does not correctly implement
# a total order") and abort the process: docs/upstream/pyoxigraph-order-by-total-order.md.
_PANIC_VALUES = [("1242", "integer"), ("1186", "integer"), ("w739395", None), ("2025", "gYear"), ("2709", "integer"),
                 ("w962061", None), ("2005", "gYear"), ("w402832", None), ("1718", "integer"), ("w525968", None),
                 ("2623", "integer"), ("2966", "integer"), ("w577958", None), ("w852082", None), ("805", "integer"),
                 ("w739842", None), ("2809", "integer"), ("w566192", None), ("w750349", None), ("1266", "integer"),
                 ("w531930", None), ("1941", "integer"), ("2457", "integer"), ("1993", "gYear"), ("w851657", None),
                 ("w530652", None), ("73", "integer"), ("w599473", None), ("w788565", None), ("206", "integer"),
                 ("1535", "integer"), ("21", "integer"), ("978", "integer")]
PANIC = ("SELECT ?o WHERE { VALUES ?o { "
         + " ".join(f'"{v}"^^<{XSD}{d}>' if d else f'"{v}"' for v, d in _PANIC_VALUES) + " } } ORDER BY DESC(?o)")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 300 triples, written without parsing any article."""
    folder = tmp_path_factory.mktemp("limits") / "store"
    with Store(folder) as opened:
        opened.oxigraph.extend(ox.Quad(ox.NamedNode(f"urn:kg-test:s{i}"), ox.NamedNode("urn:kg-test:p"),
                                       ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer")))
                               for i in range(300))
    return folder


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time a live process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss(pid: int) -> int:
    """Resident memory of a process, in bytes."""
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _state(pid: int) -> str | None:
    """The process's state letter in /proc (R, S, Z ...), None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2]


def _count(served: Served) -> int:
    """The number of triples, asked until a worker answers (a new one may still be starting)."""
    for _ in range(60):
        status, _, body = http_text(served.query_url(COUNT))
        if status == 200:
            return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        assert status == 503, body
    raise AssertionError("no worker answered")


@pytest.fixture(scope="module")
def served(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server for the tests that leave it as they found it."""
    with kg_serve(store, tmp_path_factory.mktemp("served"), "--timeout", "60", "--max-queries", "2",
                  "--max-rows", "2") as running:
        yield running


# ------------------------------------------------------------------------------------------ crashes


def test_a_query_that_crashes_the_engine_answers_500_and_the_server_lives_on(served: Served) -> None:
    """pyoxigraph's ORDER BY panic aborts whatever process runs it: here a worker, never the server."""
    before = served.workers()
    status, _, body = http_text(served.query_url(PANIC))
    assert status == 500 and "crashed" in body and "SIGABRT" in body
    assert served.process.poll() is None
    assert _count(served) == 300
    assert served.workers() != before  # the worker that crashed was replaced


def test_a_worker_killed_mid_query_answers_500_and_one_killed_idle_is_replaced(store: Path, tmp_path: Path) -> None:
    """Whatever ends a worker (the kernel's OOM killer, an operator), the server answers and goes on."""
    with kg_serve(store, tmp_path, "--timeout", "120", "--max-queries", "1") as server:
        (worker,) = server.workers()
        idle = _cpu_seconds(worker)
        answers: list[tuple[int, str]] = []
        running = threading.Thread(target=lambda: answers.append(http_text(server.query_url(ENDLESS))[::2]))
        running.start()
        while _cpu_seconds(worker) < idle + 0.3:  # until the endless query runs
            time.sleep(0.05)
        os.kill(worker, signal.SIGKILL)
        running.join()
        assert answers[0][0] == 500 and "SIGKILL" in answers[0][1]
        assert _count(server) == 300
        (worker,) = server.workers()
        os.kill(worker, signal.SIGKILL)  # idle this time
        while _state(worker) not in {"Z", "X", None}:
            time.sleep(0.05)  # until it is a zombie (the server reaps it when it next looks)
        # The next query may still be handed to the dead worker (its end is not always visible yet): that one
        # request then gets 500 like any crash, and the server answers the following ones.
        status, _, body = http_text(server.query_url(COUNT))
        assert status in {200, 500, 503}, body
        assert _count(server) == 300 and server.process.poll() is None


@pytest.mark.parametrize("query, status, message", [
    pytest.param("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 7000) + " }", 413, "characters long",
                 id="7000-unions-130KB"),
    pytest.param("SELECT * WHERE " + "{ " * 100 + "?s ?p ?o" + " }" * 100, 400, "levels deep", id="100-nested-groups"),
    pytest.param("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 3000 + "?o" + ")" * 3000 + ") }", 400, "levels deep",
                 id="3000-nested-parentheses"),
    pytest.param("SELECT * WHERE { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o " * 1000 + "}" * 1000 + " }", 400,
                 "levels deep", id="1000-nested-not-exists"),
])
def test_huge_or_deeply_nested_queries_never_reach_the_engine(served: Served, query: str, status: int,
                                                               message: str) -> None:
    """Each of these overflows Oxigraph's stack (a segmentation fault) when it parses them."""
    answer, _, body = http_text(f"{served.url}query", {"Content-Type": "application/sparql-query"}, query.encode(), "POST")
    assert (answer, message in body) == (status, True)
    assert served.process.poll() is None and _count(served) == 300


def test_nesting_in_strings_iris_and_comments_is_not_counted(served: Served) -> None:
    query = ('SELECT ?s WHERE { ?s <urn:kg-test:p> ?o FILTER(?o != "' + "{(" * 100 + '") } # ' + "{" * 100
             + "\nLIMIT 1")
    assert http_text(served.query_url(query))[0] == 200


def test_nesting_within_the_bound_is_answered(served: Served) -> None:
    """60 nested parentheses used to exhaust the pre-parse's recursion limit (400 "maximum recursion depth")."""
    query = "SELECT ?s WHERE { ?s ?p ?o FILTER(" + "(" * 60 + "?o = 7" + ")" * 60 + ") }"
    status, _, body = http_text(served.query_url(query))
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["s"]["value"] == "urn:kg-test:s7"


def test_with_the_size_bound_lifted_a_long_union_chain_costs_only_its_time(store: Path, tmp_path: Path) -> None:
    """The 7,000-UNION query that segfaulted the server: its worker parses it within the time limit (503) or
    runs it on a thread with a stack large enough (200); the server answers the next query either way."""
    chain = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 7000) + " } LIMIT 1"
    with kg_serve(store, tmp_path, "--max-query-size", "1000000", "--max-queries", "1", "--timeout", "5") as server:
        status, _, _ = http_text(f"{server.url}query", {"Content-Type": "application/sparql-query"}, chain.encode(), "POST")
        assert status in (200, 503)
        assert server.process.poll() is None and _count(server) == 300


# ------------------------------------------------------------------------------------------ poisoning and leaks


FIRST_QUERIES = [
    "SELECT ?s WHERE { ?s ?p ?o FILTER(?o > 5 && ?o < 9) }",
    "SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?s <urn:kg-test:q> ?x } } LIMIT 3",
    "SELECT (SUM(?o) AS ?total) WHERE { ?s ?p ?o }",
    "SELECT ?o (STR(?o) AS ?text) WHERE { ?s ?p ?o BIND(?o * 2 AS ?twice) FILTER(?twice = 10) }",
    "SELECT ?p (COUNT(?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p HAVING (COUNT(?s) > 1)",
    "ASK { ?s <urn:kg-test:p>/^<urn:kg-test:p> ?s }",
    "SELECT ?s WHERE { VALUES ?o { 1 2 3 } ?s ?p ?o } ORDER BY DESC(?s)",
    "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(STR(?s), \"s1.$\")) } LIMIT 2",
]


def test_concurrent_first_queries_do_not_poison_the_server(store: Path, tmp_path: Path) -> None:
    """rdflib's parser is not thread-safe on first use: each worker parses alone, so none is poisoned."""
    with kg_serve(store, tmp_path, "--max-queries", "2") as server:
        barrier = threading.Barrier(len(FIRST_QUERIES))
        first: dict[str, int] = {}

        def ask(query: str) -> None:
            barrier.wait()
            first[query] = http_text(server.query_url(query))[0]

        threads = [threading.Thread(target=ask, args=(q,)) for q in FIRST_QUERIES]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert first == dict.fromkeys(FIRST_QUERIES, 200)
        assert {q: http_text(server.query_url(q))[0] for q in FIRST_QUERIES * 2} == dict.fromkeys(FIRST_QUERIES, 200)
        assert "Traceback" not in server.log()


def test_truncated_results_neither_leak_nor_warn(served: Served) -> None:
    """Cut results used to be dropped on another thread than the one that made them: leaked, with a warning."""
    everything = served.query_url("SELECT * WHERE { ?s ?p ?o }")
    for _ in range(20):
        assert http_text(everything)[1]["X-KG-Truncated"]
    settled = _rss(served.process.pid)
    for _ in range(300):
        assert http_text(everything)[0] == 200
    assert _rss(served.process.pid) - settled < 20 * 2**20
    assert "unsendable" not in served.log() and "Traceback" not in served.log()


# ------------------------------------------------------------------------------------------ time, CPU, memory


def test_a_timed_out_query_is_stopped(store: Path, tmp_path: Path) -> None:
    """Past --timeout the answer is 503 and the work really stops: the worker running it is killed."""
    with kg_serve(store, tmp_path, "--timeout", "2", "--max-queries", "1") as server:
        worker = server.workers()
        assert len(worker) == 1
        status, headers, body = http_text(server.query_url(ENDLESS))
        assert status == 503 and "longer than 2 s" in body and headers["Retry-After"]
        assert not any(Path(f"/proc/{pid}").exists() for pid in worker)  # killed and reaped
        used = _cpu_seconds(server.process.pid)
        time.sleep(2)
        assert _cpu_seconds(server.process.pid) - used < 0.5  # nothing runs on in the server
        assert _count(server) == 300


def test_a_query_that_grows_past_the_memory_limit_is_stopped(store: Path, tmp_path: Path) -> None:
    with kg_serve(store, tmp_path, "--timeout", "120", "--max-memory", "300", "--max-queries", "1") as server:
        status, headers, body = http_text(server.query_url(GREEDY))
        assert status == 503 and "more than 300 MB" in body and headers["Retry-After"]
        assert _count(server) == 300


def test_when_every_worker_is_busy_a_request_gets_503(store: Path, tmp_path: Path) -> None:
    """--max-queries caps the queries running at once; past 32 waiting requests per worker, the next get 503."""
    with kg_serve(store, tmp_path, "--timeout", "5", "--max-queries", "1") as server:
        (worker,) = server.workers()
        idle = _cpu_seconds(worker)
        running = threading.Thread(target=http_text, args=(server.query_url(ENDLESS),))
        running.start()
        while _cpu_seconds(worker) < idle + 0.3:  # until the endless query holds the only worker
            time.sleep(0.05)
        answers: list[tuple[int, str, str | None]] = []

        def ask() -> None:
            status, headers, body = http_text(server.query_url("ASK { }"))
            answers.append((status, body, headers["Retry-After"]))

        asking = [threading.Thread(target=ask) for _ in range(40)]
        for thread in asking:
            thread.start()
        for thread in [running, *asking]:
            thread.join()
        refused = [(body, retry) for status, body, retry in answers if status == 503]
        assert any("busy" in body and retry for body, retry in refused), answers
        assert _count(server) == 300


# ------------------------------------------------------------------------------------------ connections


@pytest.mark.parametrize("length, status", [("-1", 400), ("abc", 400), ("1e3", 400), ("2000000", 413)])
def test_bad_or_huge_content_length_is_refused(served: Served, length: str, status: int) -> None:
    """`Content-Length: -1` used to read to the end of the stream, past the 1 MB limit."""
    host, port = urllib.parse.urlsplit(served.url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(f"POST /query HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/sparql-query\r\n"
                     f"Content-Length: {length}\r\n\r\n{COUNT}".encode())
        answer = sock.recv(4096).decode("latin-1")
    assert answer.split()[1] == str(status)
    assert served.process.poll() is None and "Traceback" not in served.log()


def test_an_idle_connection_is_closed(store: Path, tmp_path: Path) -> None:
    with kg_serve(store, tmp_path, "--idle-timeout", "1") as server:
        host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
        with socket.create_connection((host, int(port)), timeout=60) as sock:
            assert sock.recv(4096) == b""  # the server hung up on the silent client
        assert _count(server) == 300


def test_the_listen_backlog_holds_many_waiting_clients(store: Path, tmp_path: Path) -> None:
    """While the server is not accepting (stopped here), the kernel queues 60 connections, not 5."""
    with kg_serve(store, tmp_path) as server:
        host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
        os.kill(server.process.pid, signal.SIGSTOP)
        sockets = []
        try:
            for _ in range(60):
                sock = socket.socket()
                sock.setblocking(False)
                with contextlib.suppress(BlockingIOError):
                    sock.connect((host, int(port)))
                sockets.append(sock)
            pending, give_up = set(sockets), time.monotonic() + 10
            while pending and time.monotonic() < give_up:
                _, writable, _ = select.select([], list(pending), [], 0.5)
                pending -= {s for s in writable if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0}
            assert not pending, f"{len(pending)} of 60 connections were not queued"
        finally:
            os.kill(server.process.pid, signal.SIGCONT)
            for sock in sockets:
                sock.close()
        assert _count(server) == 300


# ------------------------------------------------------------------------------------------ options


@pytest.mark.parametrize("option, value", [
    ("--port", "70000"), ("--port", "-1"), ("--port", "http"),
    ("--timeout", "nan"), ("--timeout", "inf"), ("--timeout", "0"), ("--timeout", "-5"), ("--timeout", "soon"),
    ("--max-queries", "0"), ("--max-memory", "0"), ("--max-query-size", "0"), ("--idle-timeout", "nan"),
])
def test_bad_options_are_one_error_line(store: Path, option: str, value: str) -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", option, value],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1 and option in done.stderr


def test_a_port_in_use_is_one_error_line(store: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                              timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}") and done.stderr.count("\n") == 1


def test_binding_every_interface_warns(store: Path, tmp_path: Path) -> None:
    with kg_serve(store, tmp_path, "--host", "0.0.0.0", "--max-queries", "1") as server:
        assert server.log().startswith("warning: binding 0.0.0.0 lets other machines query the store")


def test_loopback_does_not_warn(served: Served) -> None:
    assert "warning" not in served.log()
