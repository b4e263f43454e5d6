"""Named queries on a graph file: every one within a second on the 40 bilateral articles (issue 13).

    .venv/bin/python benchmarks/named_queries_file.py [--graph FILE] [--rounds 5] [--cap 60] [--out FILE]

Builds the 40 bilateral articles (shared/corpus/bilateral) into a temporary folder, or reads --graph FILE, and
runs each named query, with several parameter sets (the broadest ones included: every entity, the countries
with the most facts, a range of two centuries), the way `kg query FILE --name …` does (KnowledgeGraph.run_named:
on an Oxigraph copy of the file made on first use) and on rdflib's engine (kg.graph.sparql.run_named, what ran
before). Figures are medians in wall seconds over --rounds runs (cpu_s: the CPU seconds, which a busy machine
inflates less); `first_s` is the first run, which makes the copy. An rdflib run slower than --cap seconds is
given up (a forked child, killed). Also the rows of both engines compared, and the whole command
(`kg query FILE --name …`: start, load, query, print) timed once per query.
"""
from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _scale import median, write_result

ROOT = Path(__file__).resolve().parent.parent
BILATERAL = ROOT.parent / "shared" / "corpus" / "bilateral"
CASES: list[tuple[str, dict[str, str]]] = [
    ("agreements", {}),
    ("positions", {}),
    ("who-visited-whom", {}),
    ("between-countries", {"a": "United Kingdom", "b": "United States"}),
    ("between-countries", {"a": "Israel", "b": "Morocco"}),
    ("between-countries", {"a": "India", "b": "Pakistan"}),
    ("between-countries", {"a": "China", "b": "Japan"}),
    ("date-range", {"since": "1900", "until": "2100"}),
    ("date-range", {"since": "2004", "until": "2005"}),
    ("date-range", {"since": "2005-01", "until": "2005-01"}),
    ("evidence", {"entity": ""}),  # every named entity
    ("evidence", {"entity": "a"}),
    ("evidence", {"entity": "Blair"}),
]


def _normal(rows: list[tuple]) -> list[tuple]:
    """Rows with GROUP_CONCAT cells sorted, as a sorted list (engines order groups differently)."""
    return sorted(tuple("; ".join(sorted(c.split("; "))) if isinstance(c, str) else c for c in row) for row in rows)


def _timed(fn, rounds: int) -> tuple[float, float, float, object]:
    """(first wall seconds, median wall seconds, median CPU seconds, last answer)."""
    walls, cpus, answer = [], [], None
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        answer = fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - started_cpu)
    return walls[0], median(walls), median(cpus), answer


def _capped(fn, rounds: int, cap: float) -> tuple[float, float, float, list] | None:
    """_timed in a forked child (sharing the loaded graph), given up after cap seconds (None)."""
    context = multiprocessing.get_context("fork")
    here, there = context.Pipe()

    def child() -> None:
        first, wall, cpu, answer = _timed(fn, rounds)
        there.send((first, wall, cpu, answer.rows))

    process = context.Process(target=child)
    process.start()
    answer = here.recv() if here.poll(cap) else None
    if answer is None:
        process.kill()
    process.join()
    return answer


def _command_seconds(graph: Path, name: str, params: dict[str, str]) -> float:
    """Wall seconds of the whole `kg query GRAPH --name NAME --param …` command."""
    args = [sys.executable, "-m", "kg", "query", str(graph), "--name", name]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default=None, help="a graph file (default: build the 40 bilateral articles)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cap", type=float, default=60.0, help="give up an rdflib query after this many seconds")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)

    from kg.graph.sparql import run_named
    from kg.knowledge_graph import KnowledgeGraph

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.graph) if args.graph else None
        build_s = None
        if path is None:
            from kg.pipeline import build

            started = time.perf_counter()
            path = build(sorted(BILATERAL.glob("*.txt")), published=dt.date(2005, 1, 1)).save(Path(tmp) / "b")["graph"]
            build_s = time.perf_counter() - started
        started = time.perf_counter()
        graph = KnowledgeGraph.load(path)
        load_s = time.perf_counter() - started
        quads = len(graph.dataset)
        started = time.perf_counter()
        graph.run_named("positions")  # the Oxigraph copy, made once for all named queries
        copy_s = time.perf_counter() - started
        print(f"{path}: {quads} triples, loaded in {load_s:.2f} s, first named query (with the copy) "
              f"{copy_s:.3f} s", flush=True)
        cases = []
        for name, params in CASES:
            _, wall, cpu, ours = _timed(lambda n=name, p=params: graph.run_named(n, p), args.rounds)
            rdflib = _capped(lambda n=name, p=params: run_named(graph.dataset, n, p), args.rounds, args.cap)
            same = None if rdflib is None else _normal(ours.rows) == _normal(rdflib[3])
            command_s = _command_seconds(path, name, params)
            cases.append({"query": name, "params": params, "rows": len(ours), "s": round(wall, 4),
                          "cpu_s": round(cpu, 4), "rdflib_s": None if rdflib is None else round(rdflib[1], 4),
                          "rdflib_given_up_after_s": args.cap if rdflib is None else None,
                          "same_rows": same, "command_s": round(command_s, 3)})
            shown = f"{rdflib[1]:7.3f} s" if rdflib else f"> {args.cap:g} s"
            print(f"{name:18} {str(params):52} {wall:7.4f} s (cpu {cpu:.4f})  rdflib {shown}  rows {len(ours):4}  "
                  f"same {same}  command {command_s:.2f} s", flush=True)
    summary = {"max_s": max(c["s"] for c in cases), "max_cpu_s": max(c["cpu_s"] for c in cases),
               "first_query_with_copy_s": round(copy_s, 4), "load_s": round(load_s, 3),
               "max_command_s": max(c["command_s"] for c in cases),
               "rdflib_max_s": max((c["rdflib_s"] for c in cases if c["rdflib_s"] is not None), default=None),
               "rdflib_given_up": [f"{c['query']} {c['params']}" for c in cases if c["rdflib_s"] is None],
               "all_rows_same": all(c["same_rows"] is not False for c in cases)}
    print(f"named queries on the graph file: max {summary['max_s']:.4f} s (first, with the copy: "
          f"{summary['first_query_with_copy_s']:.3f} s); rdflib max {summary['rdflib_max_s']} s; "
          f"same rows: {summary['all_rows_same']}", flush=True)
    result = {"graph": str(path) if args.graph else "the 40 bilateral articles, built with --date 2005-01-01",
              "triples": quads, "build_s": None if build_s is None else round(build_s, 1), "rounds": args.rounds,
              "summary": summary, "cases": cases}
    written = write_result("named_queries_file", result, args.out and Path(args.out))
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
