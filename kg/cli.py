"""The `kg` command: build, query and view knowledge graphs. Thin: parsing arguments and printing only."""
from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from kg.dates import parse_user_date
from kg.errors import InputError, KgError, QueryError

if TYPE_CHECKING:
    from kg.knowledge_graph import Summary

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one `error: …` line and exit 2, like every other user mistake."""

    def error(self, message: str) -> NoReturn:
        """Print one line naming the mistake and how to get help, then exit 2."""
        sys.stderr.write(f"error: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USER_ERROR)


def _parser() -> argparse.ArgumentParser:
    """The parser of all subcommands."""
    from kg import __version__

    parser = _Parser(prog="kg", description="Knowledge graphs of bilateral relations from news articles.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser("build", help="build a graph from articles: graph.trig, graph.html, facts.csv")
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (.txt, .md, .html)")
    build.add_argument("--out", default="output", metavar="DIR", help="output folder (default: output)")
    build.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that carry none")
    build.add_argument("--model", metavar="NAME", help="spaCy pipeline package (default: $KG_MODEL or the small one)")
    build.add_argument("--lang-any", action="store_true", help="build articles in any language (default: English only)")
    build.add_argument("--strict", action="store_true",
                       help="fail (exit 1, write nothing) if any input is skipped")

    query = commands.add_parser("query", help="run SPARQL over a built graph")
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
    return parser


# ---------------------------------------------------------------- build


def _summary_lines(kg_summary: Summary, seconds: float, paths: dict[str, Path] | None) -> list[str]:
    """The build report: documents built and skipped (with reasons), entities, facts by predicate, files."""
    lines = [f"built {kg_summary.documents} document{'s' * (kg_summary.documents != 1)} in {seconds:.1f} s"
             f", skipped {len(kg_summary.skipped)}"]
    lines += [f"  skipped {s.source}: {s.reason}" for s in kg_summary.skipped]
    lines.append(f"entities: {kg_summary.entities}")
    by_predicate = ", ".join(f"{p} {n}" for p, n in kg_summary.facts_by_predicate.items())
    lines.append(f"facts: {kg_summary.facts}" + (f" ({by_predicate})" if by_predicate else ""))
    if paths is not None:
        lines.append(f"wrote {paths['graph']} and {paths['csv']}")
        lines.append(f"open {paths['html'].resolve()} in a browser")
    return lines


def _build(args: argparse.Namespace, out: TextIO) -> int:
    """kg build: read, extract, write the three files, print the summary.

    Exit 1, writing nothing (earlier outputs stay as they were), when no document was built, or with
    --strict when any input was skipped.
    """
    from tqdm import tqdm

    from kg.build import build

    published = parse_user_date(args.date) if args.date else None
    started = time.perf_counter()
    with tqdm(desc="documents", unit="doc", file=sys.stderr, disable=None, leave=False) as bar:
        graph = build([Path(p) for p in args.paths], model=args.model, published=published, progress=bar.update,
                      any_language=args.lang_any)
    summary = graph.summary()
    skips = len(summary.skipped)
    failure = ("no document was built" if not summary.documents else
               f"--strict and {skips} input{'s' * (skips != 1)} skipped" if args.strict and skips else None)
    if failure:
        print("\n".join(_summary_lines(summary, time.perf_counter() - started, None)), file=out)
        print(f"error: {failure}; nothing written to {args.out}", file=sys.stderr)
        return 1
    paths = graph.save(args.out)
    print("\n".join(_summary_lines(summary, time.perf_counter() - started, paths)), file=out)
    return 0


# ---------------------------------------------------------------- query


def _list_queries(out: TextIO) -> int:
    """kg query --list: each named query with its description and parameters."""
    from kg.sparql import named_queries

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
    from kg.sparql import format_result, is_update, parse_params

    if args.list:
        return _list_queries(out)
    if not args.graph:
        raise InputError("kg query needs a GRAPH file (or --list)")
    text = _query_text(args)
    params = parse_params(args.param)
    graph = KnowledgeGraph.load(args.graph)
    if args.update and text and is_update(text):
        graph.update(text)
        if Path(args.graph).is_dir():  # a build folder: keep its three files in step
            written = ", ".join(str(p) for p in graph.save(args.graph).values())
        else:
            written = str(graph.write_graph(args.graph))
        print(f"updated {written}", file=out)
        return 0
    result = graph.run_named(args.name, params) if args.name else graph.query(text or "")
    print(format_result(result, args.format), file=out)
    return 0


# ---------------------------------------------------------------- view


def _view_path(args: argparse.Namespace) -> Path:
    """Where kg view writes: --out, else view.html beside the graph file (or inside its folder)."""
    if args.out:
        return Path(args.out)
    graph = Path(args.graph)
    return (graph if graph.is_dir() else graph.parent) / "view.html"


def _view(args: argparse.Namespace, out: TextIO) -> int:
    """kg view: load, filter the networkx graph, render HTML."""
    from kg.knowledge_graph import KnowledgeGraph
    from kg.views import filter_graph

    since = parse_user_date(args.since) if args.since else None
    until = parse_user_date(args.until) if args.until else None
    graph = KnowledgeGraph.load(args.graph)
    view = filter_graph(graph.to_networkx(), predicates=args.predicate or None, since=since, until=until,
                        focus=args.focus, depth=args.depth)
    path = _view_path(args)
    graph.to_html(path, graph=view)
    print(f"{view.number_of_nodes()} entities, {view.number_of_edges()} facts; open {path.resolve()} in a browser",
          file=out)
    return 0


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


def main(argv: list[str] | None = None) -> int:
    """Run the kg command; user mistakes print one `error:` line on stderr and return 2."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    commands = {"build": _build, "query": _query, "view": _view}
    previous = _on_sigterm_interrupt()
    try:
        return commands[args.command](args, sys.stdout)
    except KgError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt as interrupt:
        print("error: interrupted", file=sys.stderr)
        return 128 + signal.SIGTERM if isinstance(interrupt, _Terminated) else 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        print(f"error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
