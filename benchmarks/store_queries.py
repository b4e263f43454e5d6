"""Store queries: the named queries on a store of about a million quads, Oxigraph against in-memory rdflib.

    .venv/bin/python benchmarks/store_queries.py [--target 1000000] [--rounds 5] [--store DIR] [--keep DIR]
                                                 [--graph FILE] [--out FILE]

Builds the bulk corpus (200 articles) into a store (or copies --store DIR, or uses --keep DIR as it is when it
holds a store, else builds there and keeps it), then copies its documents'
quads under renamed document IRIs (graph, statements, metadata, entities scoped to a document) until the store
holds about --target quads. Each named query (kg query --list, with fixed parameters) and a facts-by-
predicate count run --rounds times on the store (pyoxigraph) and on the same quads loaded into an rdflib
Dataset (what `kg query GRAPH` uses); figures are medians in seconds. An rdflib query slower than
--slow seconds runs only once, one slower than --cap is given up
(it runs in a forked child that is killed). Also: store size on disk, load times, rdflib's memory, and
the named queries on a graph file with rdflib (--graph FILE, e.g. `kg build` of the 40 bilateral articles;
built into a temporary folder when not given). Times are wall seconds (cpu_s: CPU seconds of the query,
which a busy machine inflates less).
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import resource
import tempfile
import time
from pathlib import Path

from _scale import bulk_files, median, write_result

# United Kingdom: the country with the most facts in the bulk corpus (Israel and the US have no fact between them)
PARAMS = {"between-countries": {"a": "United Kingdom", "b": "USA"}, "date-range": {"since": "2004", "until": "2005"},
          "evidence": {"entity": "Blair"}}
FILE_PARAMS = {"between-countries": {"a": "Israel", "b": "United States"}, "date-range": {"since": "2004", "until": "2005"},
               "evidence": {"entity": "Blair"}}
BILATERAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bilateral"
EXTRA = {"facts-by-predicate": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement ; rdf:predicate ?p } "
                               "GROUP BY ?p ORDER BY DESC(?n)"}


SCOPED = re.compile(r"<https://w3id\.org/kg/id/([^/>]+)/([^/>]+)/")  # document-scoped keys: agreement/DOC/name


def _replicate(store, target: int) -> int:
    """Copy the documents' quads under renamed IRIs until the store holds about target quads; copies made.

    A copy renames the document IRIs (graphs, statements, metadata) and the entities scoped to a document
    (agreement/DOC/…), as another document would have them; countries, people and organisations are shared.
    """
    import pyoxigraph as ox

    if len(store) >= target:  # a store kept by an earlier run, already copied up: no dump of a million quads
        return 0
    data = store.oxigraph.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    lines = "\n".join(line for line in data.splitlines()
                      if "<https://w3id.org/kg/doc/" in line or SCOPED.search(line))
    per_copy = lines.count("\n") + 1
    copies = 0
    while len(store) + per_copy <= target * 1.05 and lines:
        copies += 1
        text = SCOPED.sub(lambda m: f"<https://w3id.org/kg/id/{m[1]}/copy{copies}-{m[2]}/", lines)
        text = text.replace("<https://w3id.org/kg/doc/", f"<https://w3id.org/kg/doc/copy{copies}-")
        store.oxigraph.bulk_load(text.encode("utf-8"), ox.RdfFormat.N_QUADS)
    store.oxigraph.optimize()
    return copies


def _time(fn, rounds: int, slow: float) -> tuple[float, int, int]:
    """(median seconds, rounds run, rows)."""
    return _time_cpu(fn, rounds, slow)[:3]


def _time_cpu(fn, rounds: int, slow: float) -> tuple[float, int, int, float]:
    """(median wall seconds, rounds run, rows, median CPU seconds)."""
    times, cpu, rows = [], [], 0
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        rows = len(fn())
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        if times[-1] > slow:
            break
    return median(times), len(times), rows, median(cpu)


def _time_capped(fn, rounds: int, slow: float, cap: float) -> tuple[float | None, int, int | None]:
    """_time in a forked child (which shares the loaded graph), given up after cap seconds: (None, 0, None)."""
    context = multiprocessing.get_context("fork")
    here, there = context.Pipe()

    def child() -> None:
        there.send(_time(fn, rounds, slow))

    process = context.Process(target=child)
    process.start()
    answer = here.recv() if here.poll(cap) else None
    if answer is None:
        process.kill()
    process.join()
    return answer if answer is not None else (None, 0, None)


def _graph_file_queries(args, tmp: Path) -> dict:
    """The named queries on a graph file with rdflib (`kg query FILE --name …`): seconds (wall, CPU) and rows."""
    from kg.graph.sparql import named_queries
    from kg.knowledge_graph import KnowledgeGraph

    path = Path(args.graph) if args.graph else None
    if path is None:
        import datetime as dt

        from kg.pipeline import build

        saved = build(sorted(BILATERAL.glob("*.txt")), published=dt.date(2005, 1, 1)).save(tmp / "bilateral")
        path = saved["graph"]
    started = time.perf_counter()
    graph = KnowledgeGraph.load(path)
    size = len(graph.dataset)
    print(f"graph file {path.name}: {size} quads, loaded in {time.perf_counter() - started:.1f} s", flush=True)
    found = {}
    for name in named_queries():
        run = lambda name=name: graph.run_named(name, FILE_PARAMS.get(name))  # noqa: E731
        wall, rounds, rows = _time_capped(run, args.rounds, args.slow, args.cap)
        found[name] = {"s": None if wall is None else round(wall, 4), "rounds": rounds, "rows": rows}
        shown = f"{wall:8.3f} s" if wall is not None else f"> {args.cap:g} s (given up)"
        print(f"  file {name:20} rdflib {shown}  rows {rows}", flush=True)
    return found


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--slow", type=float, default=30.0)
    parser.add_argument("--cap", type=float, default=120.0, help="give up an rdflib query after this many seconds")
    parser.add_argument("--store", default=None, help="an existing store of the bulk corpus to copy from")
    parser.add_argument("--keep", default=None, help="build the store here and keep it; reuse it if it is there")
    parser.add_argument("--graph", default=None, help="a graph file to time the named queries on with rdflib")
    parser.add_argument("--oxigraph-only", action="store_true",
                        help="time the store alone: no rdflib copy of the store, no graph file "
                             "(benchmarks/named_queries_file.py times the graph file)")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)

    from kg.pipeline import build_store
    from kg.knowledge_graph import KnowledgeGraph
    from kg.graph.sparql import named_queries
    from kg.graph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp) / "store"
        started = time.perf_counter()
        if args.keep and folder.is_dir():
            pass  # a store kept by an earlier run: used as it is (already copied up to its size)
        elif args.store:
            import shutil

            shutil.copytree(args.store, folder)
        else:
            build_store(bulk_files(), folder)
        build_s = time.perf_counter() - started
        with Store(folder) as store:
            base = len(store)
            started = time.perf_counter()
            copies = _replicate(store, args.target)
            replicate_s = time.perf_counter() - started
            total = len(store)
        print(f"store: {base} quads from the bulk corpus, {copies} copies → {total} quads "
              f"({_size(folder) / 2**20:.0f} MB on disk)", flush=True)

        graph = KnowledgeGraph.open(folder)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        memory = None if args.oxigraph_only else KnowledgeGraph(graph.backend.store.to_dataset())
        rdflib_load_s = time.perf_counter() - started
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"rdflib: loaded in {rdflib_load_s:.0f} s, peak RSS +{(rss_after - rss_before) / 1024:.0f} MB",
              flush=True)

        file_queries = {} if args.oxigraph_only else _graph_file_queries(args, Path(tmp))
        queries = {}
        for name in [*named_queries(), *EXTRA]:
            if name in EXTRA:
                ours = lambda name=name: graph.query(EXTRA[name])  # noqa: E731
                theirs = lambda name=name: memory.query(EXTRA[name])  # noqa: E731
            else:
                ours = lambda name=name: graph.run_named(name, PARAMS.get(name))  # noqa: E731
                theirs = lambda name=name: memory.run_named(name, PARAMS.get(name))  # noqa: E731
            ox_s, ox_n, ox_rows, ox_cpu = _time_cpu(ours, args.rounds, args.slow)
            if args.oxigraph_only:
                rdf_s, rdf_n, rdf_rows = None, 0, None
            else:
                rdf_s, rdf_n, rdf_rows = _time_capped(theirs, args.rounds, args.slow, args.cap)
            queries[name] = {"oxigraph_s": round(ox_s, 4), "oxigraph_cpu_s": round(ox_cpu, 4),
                             "rdflib_s": None if rdf_s is None else round(rdf_s, 4),
                             "rdflib_gave_up_after_s": args.cap if rdf_s is None and not args.oxigraph_only else None,
                             "rounds_rdflib": rdf_n, "rows_oxigraph": ox_rows, "rows_rdflib": rdf_rows,
                             "speedup": round(rdf_s / ox_s, 1) if rdf_s and ox_s else None}
            shown = f"{rdf_s:8.3f} s ({rdf_n} rounds)" if rdf_s is not None else f"> {args.cap:g} s (given up)"
            shown = "not run" if args.oxigraph_only else shown
            print(f"{name:20} oxigraph {ox_s:8.3f} s (cpu {ox_cpu:.3f})  rdflib {shown}  rows {ox_rows}/{rdf_rows}",
                  flush=True)
        graph.close()
        disk = _size(folder)
    named = [q for name, q in queries.items() if name not in EXTRA]
    summary = {"oxigraph_median_s": round(median([q["oxigraph_s"] for q in named]), 4),
               "oxigraph_max_s": max(q["oxigraph_s"] for q in named),
               "oxigraph_median_cpu_s": round(median([q["oxigraph_cpu_s"] for q in named]), 4),
               "oxigraph_max_cpu_s": max(q["oxigraph_cpu_s"] for q in named),
               "graph_file_max_s": max((q["s"] for q in file_queries.values() if q["s"] is not None), default=None),
               "graph_file_given_up": sorted(n for n, q in file_queries.items() if q["s"] is None)}
    print(f"named queries on the store: median {summary['oxigraph_median_s']:.3f} s, max {summary['oxigraph_max_s']:.3f} s "
          f"(cpu median {summary['oxigraph_median_cpu_s']:.3f} s, max {summary['oxigraph_max_cpu_s']:.3f} s); "
          f"on the graph file: max {summary['graph_file_max_s']} s", flush=True)
    result = {"quads": total, "base_quads": base, "copies": copies, "store_mb_on_disk": round(disk / 2**20, 1),
              "build_s": round(build_s, 1), "replicate_s": round(replicate_s, 1),
              "rdflib_load_s": round(rdflib_load_s, 1),
              "rdflib_rss_growth_mb": round((rss_after - rss_before) / 1024, 1), "params": PARAMS,
              "summary": summary, "queries": queries, "graph_file_params": FILE_PARAMS, "graph_file": file_queries,
              "oxigraph_only": args.oxigraph_only}
    path = write_result("store_queries", result, args.out and Path(args.out))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
