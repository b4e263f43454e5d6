"""kg serve under load and under attack: bounded concurrent load on 127.0.0.1, then hostile queries, then load again.

    .venv/bin/python benchmarks/serve_load.py --store DIR [--clients 50] [--requests 500] [--timeout 10] [--out FILE]

Starts `kg serve --store DIR` on a free port. Load: --clients threads send --requests queries in all (a
count by predicate, a 10-row SELECT, an ASK, in turn) and the script reports requests per second, p50/p99/max
latency and the statuses. Memory: the peak resident memory of the server and its query workers, sampled every
0.2 s. Attack: each hostile query of issue 15 once (an engine panic, 7,000 UNIONs, deep nesting, an endless
count, a memory-hungry sort, Content-Length -1), with its status and the seconds until a trivial query is
answered again. Then the load again. The server must be alive at the end.
"""
from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from _scale import ROOT, write_result

XSD = "http://www.w3.org/2001/XMLSchema#"
LOAD = ["SELECT ?p (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement ; rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?n)",
        "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 10",
        "ASK { ?s a kg:Country }"]
_PANIC = ('"1242"^^xsd:integer "1186"^^xsd:integer "w739395" "2025"^^xsd:gYear "2709"^^xsd:integer "w962061" '
          '"2005"^^xsd:gYear "w402832" "1718"^^xsd:integer "w525968" "2623"^^xsd:integer "2966"^^xsd:integer '
          '"w577958" "w852082" "805"^^xsd:integer "w739842" "2809"^^xsd:integer "w566192" "w750349" '
          '"1266"^^xsd:integer "w531930" "1941"^^xsd:integer "2457"^^xsd:integer "1993"^^xsd:gYear "w851657" '
          '"w530652" "73"^^xsd:integer "w599473" "w788565" "206"^^xsd:integer "1535"^^xsd:integer '
          '"21"^^xsd:integer "978"^^xsd:integer')
HOSTILE = {
    "engine panic (ORDER BY)": f"SELECT ?o WHERE {{ VALUES ?o {{ {_PANIC} }} }} ORDER BY DESC(?o)",
    "7000 UNIONs (130 KB)": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 7000) + " }",
    "100 nested groups": "SELECT * WHERE " + "{ " * 100 + "?s ?p ?o" + " }" * 100,
    "endless count": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "sort of a cross product": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?i",
}


def _ask(url: str, query: str) -> tuple[int, float]:
    """(status, seconds) of one POSTed query."""
    request = urllib.request.Request(f"{url}query", data=query.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except OSError:
        status = 0  # no answer at all
    return status, time.perf_counter() - started


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and its children."""
    total = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                if int(entry.name) == pid or int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    total += int((entry / "statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, ValueError, IndexError):
                pass
    return total


def _load(url: str, clients: int, requests: int) -> dict:
    """Requests per second, latency percentiles and statuses of `requests` queries from `clients` threads."""
    results: list[tuple[int, float]] = []
    lock, counter = threading.Lock(), iter(range(requests))

    def client() -> None:
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            answer = _ask(url, LOAD[index % len(LOAD)])
            with lock:
                results.append(answer)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    seconds = sorted(s for _, s in results)
    statuses: dict[str, int] = {}
    for status, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    return {"requests": requests, "clients": clients, "requests_per_second": round(requests / wall, 1),
            "p50_s": round(statistics.median(seconds), 3), "p99_s": round(seconds[int(0.99 * (len(seconds) - 1))], 3),
            "max_s": round(seconds[-1], 3), "over_60_s": sum(s > 60 for s in seconds), "statuses": statuses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--timeout", default="10")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(args.store), "--port", "0",
                               "--timeout", args.timeout], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = re.search(r" at (http://\S+/) ", server.stdout.readline()).group(1)
        peak, sampling = [0], [True]

        def sample() -> None:
            while sampling[0]:
                peak[0] = max(peak[0], _tree_rss(server.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        before = _load(url, args.clients, args.requests)
        print("load:", before, flush=True)
        attack = {}
        for name, query in HOSTILE.items():
            status, seconds = _ask(url, query)
            started = time.perf_counter()
            while _ask(url, LOAD[2])[0] != 200:
                pass
            attack[name] = {"status": status, "seconds": round(seconds, 2),
                            "recovered_after_s": round(time.perf_counter() - started, 2)}
            print(f"{name}: {attack[name]}", flush=True)
        host, port = urllib.parse.urlsplit(url).netloc.split(":")
        with socket.create_connection((host, int(port)), timeout=60) as sock:
            sock.sendall(f"POST /query HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/sparql-query\r\n"
                         "Content-Length: -1\r\n\r\nASK {}".encode())
            attack["Content-Length: -1"] = {"status": int(sock.recv(4096).split()[1])}
        after = _load(url, args.clients, args.requests)
        print("load after the attack:", after, flush=True)
        sampling[0] = False
        sampler.join()
        alive = server.poll() is None
        result = {"store": str(args.store), "timeout_s": float(args.timeout), "load": before, "attack": attack,
                  "load_after_attack": after, "peak_rss_mb": round(peak[0] / 2**20), "server_alive": alive}
        print(f"peak memory {result['peak_rss_mb']} MB; server alive: {alive}")
        print(f"wrote {write_result('serve_load', result, args.out)}")
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
