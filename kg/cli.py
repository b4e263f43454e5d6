"""The `kg` command: build, query and view knowledge graphs. Thin: parsing arguments and printing only."""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from kg.errors import InputError, KgError, QueryError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kg.graph.rdf import FactRecord
    from kg.model import Summary

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one `error: …` line and exit 2, like every other user mistake."""

    def error(self, message: str) -> NoReturn:
        """Print one line naming the mistake and how to get help, then exit 2."""
        sys.stderr.write(f"error: {shown(message)} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USER_ERROR)


class _IntermixedParser(_Parser):
    """A parser whose positional arguments may stand before, between or after its options, as in
    `kg query GRAPH --format csv 'SELECT …'` (argparse otherwise takes them only in one run)."""

    _intermixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        """Parse intermixed (parse_known_intermixed_args calls back here for each of its two passes)."""
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def parse_user_date(value: str) -> Any:
    """kg.extract.dates.parse_user_date, imported only when a date is given (that module loads dateparser,
    0.3 s that a rebuild of unchanged documents need not pay)."""
    from kg.extract.dates import parse_user_date as parse

    return parse(value)


def _parser() -> argparse.ArgumentParser:
    """The parser of all subcommands."""
    from kg.version import __version__

    parser = _Parser(prog="kg", description="Knowledge graphs of bilateral relations from news articles.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser("build", help="build a graph from articles: graph.trig, graph.html, facts.csv")
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (.txt, .md, .html)")
    build.add_argument("--out", default="output", metavar="DIR", help="output folder (default: output)")
    build.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that carry none")
    build.add_argument("--metadata", metavar="FILE",
                       help="table of titles and dates (.csv or .jsonl: file, title, published, url, source); "
                            "a metadata.csv beside the articles is read without it")
    build.add_argument("--model", metavar="NAME", help="spaCy pipeline package (default: $KG_MODEL or the small one)")
    build.add_argument("--lang-any", action="store_true", help="build articles in any language (default: English only)")
    build.add_argument("--follow-links", action="store_true",
                       help="follow symlinks that lead out of the folders given (default: skip them)")
    build.add_argument("--strict", action="store_true",
                       help="fail (exit 1, write nothing) if any input is skipped")
    build.add_argument("--min-confidence", type=_confidence, default=None, metavar="X",
                       help="leave facts less confident than X (0 to 1) out of every file written")
    build.add_argument("--bom", action="store_true",
                       help="start facts.csv with a UTF-8 byte-order mark, so that Excel reads its accents right")

    query = commands.add_parser("query", help="run SPARQL over a built graph")
    query.__class__ = _IntermixedParser  # subparsers share one class: only query's positionals need intermixing
    query.add_argument("graph", nargs="?", metavar="GRAPH", help="graph file or build output folder")
    query.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    query.add_argument("--file", metavar="Q.rq", help="read the query from a file")
    query.add_argument("--name", metavar="NAME", help="run a named query (see --list)")
    query.add_argument("--param", action="append", default=[], metavar="K=V", help="parameter of a named query")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    query.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    query.add_argument("--update", action="store_true",
                       help="allow a SPARQL update (INSERT/DELETE) and write the changed graph back to GRAPH")

    view = commands.add_parser("view", help="write an HTML view of a graph, optionally filtered")
    view.add_argument("graph", metavar="GRAPH", help="graph file or build output folder")
    view.add_argument("--out", metavar="FILE.html", help="where to write the view (default: view.html beside GRAPH)")
    view.add_argument("--predicate", nargs="+", action="extend", default=[], metavar="P", help="keep these predicates")
    view.add_argument("--since", metavar="YYYY-MM-DD", help="keep facts dated on or after this day")
    view.add_argument("--until", metavar="YYYY-MM-DD", help="keep facts dated on or before this day")
    view.add_argument("--focus", metavar="ENTITY", help="keep the neighbourhood of this entity (name or code)")
    view.add_argument("--depth", type=int, default=1, metavar="N", help="hops around --focus (default 1)")
    view.add_argument("--min-confidence", type=_confidence, default=None, metavar="X",
                      help="hide facts less confident than X (0 to 1): the page's confidence slider starts at X")
    _add_store_commands(commands, build, query)
    return parser


# ---------------------------------------------------------------- build


def shown(text: object) -> str:
    """Text safe to print on a terminal: control and format characters (escape sequences, newlines, bidi
    overrides, line separators) written as Python escapes, so a file name can neither drive the terminal nor
    forge a line."""
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _UNSHOWN or
                   unicodedata.category(ch)[0] == "C" else ch for ch in str(text))


_UNSHOWN = frozenset({"Zl", "Zp"})


def _confidence(text: str) -> float:
    """An argparse type: a confidence threshold, a number from 0 to 1 (not NaN)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r} (give a confidence from 0 to 1)") from None
    if not 0.0 <= value <= 1.0:  # NaN fails both comparisons
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1, not {text!r}")
    return value


def distinct_facts(records: Iterable[FactRecord]) -> tuple[int, int]:
    """(facts between two entities, counted as the view draws them: one per subject, predicate and object, either
    way round for a symmetric predicate; positions held, a text object), from records of facts and evidence."""
    from kg import vocabulary

    symmetric = vocabulary.symmetric_predicates()
    links: set[tuple[object, str, object]] = set()
    positions: set[tuple[str, str, str]] = set()
    for record in records:
        fact = record.fact
        if fact.object_is_literal:
            positions.add((fact.subject, fact.predicate, fact.object))
        elif fact.predicate in symmetric:
            links.add((frozenset((fact.subject, fact.object)), fact.predicate, None))
        else:
            links.add((fact.subject, fact.predicate, fact.object))
    return len(links), len(positions)


def _summary_lines(kg_summary: Summary, seconds: float, paths: dict[str, Path] | None,
                   distinct: tuple[int, int] | None = None) -> list[str]:
    """The build report: documents built and skipped (with reasons), entities, facts (distinct, as the view counts
    them, when `distinct` is given) and evidence rows by predicate, files."""
    lines = [f"built {kg_summary.documents} document{'s' * (kg_summary.documents != 1)} in {seconds:.1f} s"
             f", skipped {len(kg_summary.skipped)}"]
    lines += [f"  skipped {shown(s.source)}: {shown(s.reason)}" for s in kg_summary.skipped]
    lines.append(f"entities: {kg_summary.entities}")
    by_predicate = ", ".join(f"{p} {n}" for p, n in kg_summary.facts_by_predicate.items())
    if distinct is not None:  # "facts" are what graph.html counts; facts.csv has a row per fact and sentence
        links, positions = distinct
        lines.append(f"facts: {links} between entities (as graph.html counts them)"
                     + (f" and {positions} position{'s' * (positions != 1)} held" if positions else ""))
        lines.append(f"evidence: {kg_summary.facts} row{'s' * (kg_summary.facts != 1)} in facts.csv, one per fact "
                     "and sentence" + (f" ({by_predicate})" if by_predicate else ""))
    else:
        lines.append(f"facts: {kg_summary.facts}" + (f" ({by_predicate})" if by_predicate else ""))
    if paths is not None:
        lines.append(f"wrote {shown(paths['graph'])} and {shown(paths['csv'])}")
        lines.append(f"open {shown(paths['html'].resolve())} in a browser")
    return lines


def _files_to_read(paths: list[str]) -> int | None:
    """How many files a build will read, for the progress bar's count and ETA: the files named, and the files of
    the suffixes kg reads in the folders named (None past 100,000 files, where counting would itself be slow)."""
    from kg.read.documents import TEXT_SUFFIXES

    total = 0
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            total += 1
            continue
        for _, _, names in os.walk(path):
            total += sum(Path(name).suffix.lower() in TEXT_SUFFIXES for name in names)
            if total > 100_000:
                return None
    return total


def _build(args: argparse.Namespace, out: TextIO) -> int:
    """kg build: read, extract, write the three files, print the summary.

    Exit 1, writing nothing (earlier outputs stay as they were), when no document was built, or with
    --strict when any input was skipped.
    """
    from tqdm import tqdm

    from kg.graph.files import check_output_folder
    from kg.pipeline import build_files  # build() for the three files, one document's graph at a time

    published = parse_user_date(args.date) if args.date else None
    check_output_folder(args.out)  # before the extraction, not after it
    started = time.perf_counter()
    with tqdm(desc="documents", unit="doc", file=sys.stderr, disable=None, leave=False,
              total=_files_to_read(args.paths)) as bar:
        graph = build_files([Path(p) for p in args.paths], model=args.model, published=published,
                            progress=bar.update, any_language=args.lang_any, jobs=args.jobs,
                            scheduler=args.scheduler, follow_links=args.follow_links,
                            min_confidence=args.min_confidence, metadata=args.metadata)
    summary = graph.summary()
    skips = len(summary.skipped)
    failure = ("no document was built" if not summary.documents else
               f"--strict and {skips} input{'s' * (skips != 1)} skipped" if args.strict and skips else None)
    if failure:
        lines = _summary_lines(summary, time.perf_counter() - started, None, distinct_facts(graph.facts))
        print("\n".join(lines), file=out)
        print(f"error: {failure}; nothing written to {shown(args.out)}", file=sys.stderr)
        return 1
    paths = graph.save(args.out, bom=args.bom)
    print("\n".join(_summary_lines(summary, time.perf_counter() - started, paths, distinct_facts(graph.facts))),
          file=out)
    return 0


# ---------------------------------------------------------------- query


def _list_queries(out: TextIO) -> int:
    """kg query --list: each named query with its description and parameters."""
    from kg.graph.sparql import named_queries

    for query in named_queries().values():
        print(f"{query.name}: {query.description}", file=out)
        for name, meaning in query.params.items():
            print(f"    --param {name}=…  {meaning}", file=out)
    return 0


def _query_text(args: argparse.Namespace) -> str | None:
    """The SPARQL text given inline or by --file (None for a named query); exactly one source is allowed."""
    sources = [s for s in (args.sparql, args.file, args.name) if s]
    if len(sources) != 1:
        raise QueryError("give exactly one query: SPARQL text, --file Q.rq or --name NAME")
    if args.param and not args.name:
        raise QueryError("--param only goes with --name")
    if args.file:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read query file {args.file}: {getattr(error, 'strerror', None) or error}") from None
    return args.sparql


def _query(args: argparse.Namespace, out: TextIO) -> int:
    """kg query: run inline, file or named SPARQL and print the result."""
    from kg.knowledge_graph import KnowledgeGraph
    from kg.graph.sparql import format_result, is_update, parse_params

    if args.list:
        return _list_queries(out)
    if not args.graph:
        raise InputError("kg query needs a GRAPH file (or --list)")
    text = _query_text(args)
    params = parse_params(args.param)
    graph = KnowledgeGraph.load(args.graph)
    if args.update and text and is_update(text):
        report = graph.update(text)
        if Path(args.graph).is_dir():  # a build folder: keep its three files in step
            written = ", ".join(str(p) for p in graph.save(args.graph).values())
        else:
            written = str(graph.write_graph(args.graph))
        print(f"updated {written}: {report.line()}", file=out)
        return 0
    result = graph.run_named(args.name, params) if args.name else graph.query(text or "")
    _print_result(format_result(result, args.format), out)
    return 0


def _print_result(text: str, out: TextIO) -> None:
    """A formatted result, ended by one line break (CSV's rows already end with theirs: no blank line after)."""
    out.write(text if text.endswith("\n") else text + "\n")


# ---------------------------------------------------------------- view


def _view_path(args: argparse.Namespace) -> Path:
    """Where kg view writes: --out, else view.html beside the graph file (or inside its folder)."""
    if args.out:
        return Path(args.out)
    graph = Path(args.graph)
    return (graph if graph.is_dir() else graph.parent) / "view.html"


def _view(args: argparse.Namespace, out: TextIO) -> int:
    """kg view: load, filter the networkx graph, render HTML (facts below --min-confidence hidden by the
    page's slider, not left out, so the reader can lower it)."""
    from kg.graph.files import write_atomic
    from kg.knowledge_graph import KnowledgeGraph
    from kg.views.filters import filter_graph
    from kg.views.html import render_html

    since = parse_user_date(args.since) if args.since else None
    until = parse_user_date(args.until) if args.until else None
    graph = KnowledgeGraph.load(args.graph)
    view = filter_graph(graph.to_networkx(), predicates=args.predicate or None, since=since, until=until,
                        focus=args.focus, depth=args.depth)
    path = _view_path(args)
    documents = graph.documents
    title = (documents[0].title or documents[0].id) if len(documents) == 1 else f"kg: {len(documents)} documents"
    write_atomic(path, render_html(view, title=title, min_confidence=args.min_confidence or 0.0))
    hidden = "" if args.min_confidence is None else \
        f" ({filter_graph(view, min_confidence=args.min_confidence).number_of_edges()} at confidence >= " \
        f"{args.min_confidence:g}; the others hidden by the page's slider)"
    print(f"{view.number_of_nodes()} entities, {view.number_of_edges()} facts{hidden}; open {path.resolve()} "
          f"in a browser", file=out)
    return 0


# ---------------------------------------------------------------- stores, parallel builds, push, serve


def _add_store_commands(commands: argparse._SubParsersAction, build: argparse.ArgumentParser,
                        query: argparse.ArgumentParser) -> None:
    """Options of build and query for stores and parallel builds, and the export, remove, push, serve commands."""
    build.add_argument("--store", metavar="DIR",
                       help="build into a persistent store (only new and changed documents are extracted); "
                            "writes only the store unless --out is given too")
    build.add_argument("--jobs", type=_positive_int, default=1, metavar="N",
                       help="extract with N processes (default 1; at most the cores available, unless --force-jobs)")
    build.add_argument("--force-jobs", action="store_true",
                       help="run --jobs N processes even when N exceeds the cores available (each loads a pipeline)")
    build.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="extract on this Dask scheduler's workers")
    build.set_defaults(out=None)  # None: not given (the default folder, output, is filled in by _build_command)
    query.add_argument("--store", metavar="DIR", help="query a store built with kg build --store")

    export = commands.add_parser("export", help="write a store as one TriG (or .nq) file")
    export.add_argument("--store", required=True, metavar="DIR", help="the store")
    export.add_argument("--out", required=True, metavar="FILE.trig", help="the file to write (atomically)")

    remove = commands.add_parser("remove", help="remove documents (their graphs) from a store")
    remove.add_argument("--store", required=True, metavar="DIR", help="the store")
    remove.add_argument("doc_ids", nargs="+", metavar="DOC_ID", help="document id, as in kg query results")

    push = commands.add_parser("push", help="mirror a build's graphs onto a SPARQL Graph Store Protocol endpoint")
    push.add_argument("graph", nargs="?", metavar="GRAPH", help="graph file or build output folder")
    push.add_argument("--store", metavar="DIR", help="push a store instead of a graph file")
    push.add_argument("--endpoint", required=True, metavar="URL",
                      help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph)")
    push.add_argument("--collection", metavar="NAME",
                      help="name of what is mirrored on the server (default: the store's or build folder's name); "
                           "its graphs that the build no longer has are deleted there")
    push.add_argument("--user", metavar="NAME",
                      help="log in as NAME; the password comes from KG_PUSH_PASSWORD, ~/.netrc or a prompt")
    push.add_argument("--default-graph", choices=("none", "merge", "replace"), default="none",
                      help="also write the build's metadata into the server's default graph: merge (POST, adding) "
                           "or replace (PUT, erasing others' triples); default none: leave it alone")
    push.add_argument("--force", action="store_true", help="send every graph, also those unchanged since last push")

    serve = commands.add_parser("serve", help="serve a store as a read-only SPARQL endpoint with a query page")
    serve.add_argument("--store", required=True, metavar="DIR", help="the store")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=_port, default=7878, help="port (default 7878; 0: any free port)")
    serve.add_argument("--timeout", type=_positive_seconds, default=30.0, metavar="S",
                       help="longest a request may take, waiting, parsing and running included (default 30)")
    serve.add_argument("--max-rows", type=_positive_int, default=10_000, metavar="N",
                       help="rows returned at most (default 10000); more are cut and flagged")
    serve.add_argument("--max-queries", type=_positive_int, default=None, metavar="N",
                       help="queries run at once, each in its own worker process (default: cores, at most 4)")
    serve.add_argument("--max-memory", type=_positive_int, default=2048, metavar="MB",
                       help="memory a query's worker may use before it is stopped (default 2048)")
    serve.add_argument("--max-query-size", type=_positive_int, default=100_000, metavar="CHARS",
                       help="longest query accepted, in characters (default 100000; longer: 413)")
    serve.add_argument("--idle-timeout", type=_positive_seconds, default=20.0, metavar="S",
                       help="seconds a connection may stay silent before it is closed (default 20)")
    serve.add_argument("--cors", action="store_true",
                       help="let web pages of any origin query the endpoint (Access-Control-Allow-Origin: *)")


def _port(text: str) -> int:
    """An argparse type: a TCP port, 0 to 65535 (0 lets the system choose a free one)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is between 0 and 65535, not {value}")
    return value


def _positive_seconds(text: str) -> float:
    """An argparse type: a finite number of seconds above 0 (nan, inf and 0 are refused)."""
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0 or value > 86_400:
        raise argparse.ArgumentTypeError(f"seconds must be above 0 and at most 86400, not {text!r}")
    return value


def _positive_int(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system says, else the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def _capped_jobs(args: argparse.Namespace) -> int:
    """--jobs at most the cores available: more processes only add a pipeline's memory each (note on stderr)."""
    cores = available_cores()
    if args.jobs > cores and not args.force_jobs:
        print(f"note: --jobs {args.jobs} capped at the {cores} core{'s' * (cores != 1)} available "
              f"(--force-jobs to run {args.jobs})", file=sys.stderr)
        return cores
    return args.jobs


def _build_command(args: argparse.Namespace, out: TextIO) -> int:
    """kg build: into a store with --store, else the three files (in --out, default output)."""
    if not args.scheduler:
        args.jobs = _capped_jobs(args)
    if args.store and args.min_confidence is not None:  # a store keeps every fact; views choose what to show
        raise InputError("--min-confidence does not apply to --store builds (the store keeps every fact); "
                         "use kg view --min-confidence on the graph")
    from kg.read.documents import url_problem

    for path in args.paths:  # before a store folder is made or anything is read
        if (problem := url_problem(path)) is not None:
            raise InputError(problem)
    if args.store:
        return _build_store(args, out)
    if args.out is None:
        args.out = "output"
    return _build(args, out)


def _build_store(args: argparse.Namespace, out: TextIO) -> int:
    """kg build --store DIR: add new documents, replace changed ones, skip unchanged ones; files too with --out."""
    from tqdm import tqdm

    from kg.graph.store import Store, StoreBackend
    from kg.pipeline import build_store

    published = parse_user_date(args.date) if args.date else None
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:  # before the store folder is made
        raise InputError(f"no such file or folder: {missing[0]}")
    if args.out:
        from kg.graph.files import check_output_folder

        check_output_folder(args.out)
    started = time.perf_counter()
    with Store(args.store) as store:
        with tqdm(desc="documents", unit="doc", file=sys.stderr, disable=None, leave=False,
                  total=_files_to_read(args.paths)) as bar:
            report, skipped = build_store([Path(p) for p in args.paths], store, model=args.model,
                                          published=published, progress=bar.update, any_language=args.lang_any,
                                          jobs=args.jobs, scheduler=args.scheduler, follow_links=args.follow_links,
                                          metadata=args.metadata)
        total = len(store.documents())
        lines = [f"{report.line()} in {time.perf_counter() - started:.1f} s, skipped {len(skipped)}"]
        lines += [f"  skipped {shown(s.source)}: {shown(s.reason)}" for s in skipped]
        lines.append(f"{shown(args.store)} holds {total} document{'s' * (total != 1)}, {len(store)} quads")
        if args.out:
            from kg.knowledge_graph import KnowledgeGraph  # only now: a rebuild without --out never needs it

            paths = KnowledgeGraph(StoreBackend(store)).save(args.out, bom=args.bom)
            lines.append(f"wrote {paths['graph']} and {paths['csv']} from the whole store")
            lines.append(f"open {paths['html'].resolve()} in a browser")
    print("\n".join(lines), file=out)
    if args.strict and skipped:
        print(f"error: --strict and {len(skipped)} input{'s' * (len(skipped) != 1)} skipped "
              f"(the other documents are in the store)", file=sys.stderr)
        return 1
    return 0


def _query_command(args: argparse.Namespace, out: TextIO) -> int:
    """kg query: on a store with --store (its one positional argument is then the query), else on a file."""
    if not args.store or args.list:
        return _query(args, out)
    from kg.knowledge_graph import KnowledgeGraph
    from kg.graph.sparql import format_result, parse_params

    if args.graph and args.sparql:
        raise QueryError("with --store, give the query only (no GRAPH)")
    if args.update:
        raise QueryError("a store is changed only by kg build --store and kg remove, not --update")
    args.sparql = args.sparql or args.graph
    text = _query_text(args)
    graph = KnowledgeGraph.open(args.store)
    try:
        result = graph.run_named(args.name, parse_params(args.param)) if args.name else graph.query(text or "")
    finally:
        graph.close()
    _print_result(format_result(result, args.format), out)
    return 0


def _export(args: argparse.Namespace, out: TextIO) -> int:
    """kg export --store DIR --out FILE.trig."""
    from kg.graph.store import Store

    with Store(args.store, read_only=True) as store:
        path = store.export(args.out)
        total = len(store.documents())
    print(f"wrote {path}: {total} document{'s' * (total != 1)}", file=out)
    return 0


def _remove(args: argparse.Namespace, out: TextIO) -> int:
    """kg remove --store DIR DOC_ID…: exit 1 if a document was not in the store (the others are removed)."""
    from kg.graph.store import Store

    missing = []
    with Store(args.store, create=False) as store:
        for doc_id in args.doc_ids:
            if store.remove(doc_id):
                print(f"removed {shown(doc_id)}", file=out)
            else:
                missing.append(doc_id)
    for doc_id in missing:
        print(f"error: no document {shown(doc_id)} in {shown(args.store)}", file=sys.stderr)
    return 1 if missing else 0


def _push(args: argparse.Namespace, out: TextIO) -> int:
    """kg push GRAPH|--store DIR --endpoint URL: mirror the build's graphs as a collection on the server."""
    import getpass

    from kg.graph.push import (
        GraphStore,
        default_collection,
        graphs_of_dataset,
        graphs_of_store,
        push,
        resolve_endpoint,
    )

    if bool(args.graph) == bool(args.store):
        raise InputError("give either a GRAPH file or --store DIR to push")
    endpoint = resolve_endpoint(args.endpoint, args.user, prompt=getpass.getpass if sys.stdin.isatty() else None)
    server = GraphStore(endpoint)
    collection = args.collection or default_collection(args.store or args.graph)
    options = {"default_graph": args.default_graph, "force": args.force}
    if args.store:
        from kg.graph.store import Store

        with Store(args.store, read_only=True) as store:
            report = push(graphs_of_store(store), server, collection, **options)
    else:
        from kg.knowledge_graph import KnowledgeGraph

        report = push(graphs_of_dataset(KnowledgeGraph.load(args.graph).dataset), server, collection, **options)
    print(shown(report.line(endpoint, collection)), file=out)
    return 0


def _serve(args: argparse.Namespace, out: TextIO) -> int:
    """kg serve --store DIR: a read-only SPARQL endpoint until interrupted."""
    from kg.graph.serve import DEFAULT_MAX_QUERIES, LOOPBACK, SparqlServer
    from kg.graph.store import Store

    if args.host not in LOOPBACK:
        print(f"warning: binding {args.host or 'every interface'} lets other machines query the store: kg serve "
              "has no authentication and no encryption", file=sys.stderr, flush=True)
    with Store(args.store, read_only=True) as store:
        try:
            server = SparqlServer(store, args.host, args.port, timeout=args.timeout, max_rows=args.max_rows,
                                  verbose=True, max_queries=args.max_queries or DEFAULT_MAX_QUERIES,
                                  max_memory_mb=args.max_memory, max_query_chars=args.max_query_size,
                                  idle_timeout=args.idle_timeout, cors=args.cors)
        except OSError as error:  # port taken, address not of this machine, name that does not resolve
            raise InputError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
        print(f"serving {args.store} read-only at {server.url} (SPARQL endpoint {server.url}query); "
              f"Ctrl-C stops", file=out, flush=True)
        server.serve_until_stopped()
    return 0


def _store_commands() -> dict:
    """The commands of this section, and build and query with their --store forms."""
    return {"build": _build_command, "query": _query_command, "export": _export, "remove": _remove,
            "push": _push, "serve": _serve}


# ---------------------------------------------------------------- entry point


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that half-written temporary files are removed on the way out."""


def _raise_terminated(signum: int, frame: object) -> None:
    """The SIGTERM handler while a command runs."""
    raise _Terminated


def _on_sigterm_interrupt() -> Any:
    """Make SIGTERM interrupt like Ctrl-C; the previous handler, or None when signals cannot be set here."""
    try:
        return signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread
        return None


def _ignore_further_interrupts() -> None:
    """Once a build is being abandoned, later SIGINT/SIGTERM change nothing: the exit status stays 130/143."""
    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


def main(argv: list[str] | None = None) -> int:
    """Run the kg command; user mistakes print one `error:` line on stderr and return 2."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    commands = {"build": _build, "query": _query, "view": _view, **_store_commands()}
    previous = _on_sigterm_interrupt()
    try:
        return commands[args.command](args, sys.stdout)
    except KgError as error:
        print(f"error: {shown(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt as interrupt:
        if argv is None:  # the kg process itself (not a caller in Python): nothing after this may be interrupted
            _ignore_further_interrupts()
        print("error: interrupted", file=sys.stderr)
        return 128 + signal.SIGTERM if isinstance(interrupt, _Terminated) else 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        print(shown(f"error: {error.strerror or error}: {error.filename or ''}".rstrip(": ")), file=sys.stderr)
        return 1
    finally:
        if previous is not None and signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN:
            signal.signal(signal.SIGTERM, previous)


def run() -> None:
    """The process entry point (console script and `python -m kg`): main(), then exit with its status.

    After an interrupt the status is set with os._exit once the streams are flushed: the outputs are already
    whole (their writers cleaned up as the interrupt passed through them), and letting the interpreter shut down
    normally could still end the process by SIGINT (-2) instead of the 130/143 the command reports.
    """
    try:
        code = main()
    except KeyboardInterrupt:  # interrupted before the command started
        print("error: interrupted", file=sys.stderr)
        code = 130
    if code in (130, 128 + signal.SIGTERM):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
