"""SPARQL over a built graph: safe execution, named queries shipped as .rq files, and result formatting.

Queries see the union of all named graphs, have the project prefixes predeclared, are read-only unless
asked otherwise, and may not reach the network (SERVICE, LOAD, FROM of a graph the file does not hold).
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import threading
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.term import Node

from kg.errors import QueryError
from kg.graph.rdf import PREFIXES

FORMATS: tuple[str, ...] = ("table", "csv", "json")
_PARAM = re.compile(r"^#\s*param:\s*(?P<name>[A-Za-z_]\w*)\s*(?:[—–-]+\s*(?P<meaning>.*))?$")
# SPARQL codepoint escapes. The spec expands them before parsing, rdflib does so everywhere and Oxigraph only
# inside strings and IRIs: the same text can then parse into two different queries.
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_NUMERIC = {"integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger"}


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query: variable names and rows of RDF terms (None for an unbound variable)."""

    variables: tuple[str, ...]
    terms: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None  # the answer of an ASK query

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        """The rows as python values: str for IRIs and texts, int/Decimal/float for numbers, bool, None."""
        return [tuple(python_value(t) for t in row) for row in self.terms]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """Each row as a dict from variable name to python value."""
        return (dict(zip(self.variables, row)) for row in self.rows)

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.terms)

    def to_frame(self) -> Any:
        """The answer as a pandas DataFrame, one column per variable ("boolean" for an ASK query)."""
        import pandas as pd

        if self.boolean is not None:
            return pd.DataFrame({"boolean": [self.boolean]})
        return pd.DataFrame(self.rows, columns=list(self.variables))

    def _repr_html_(self) -> str:
        """In Jupyter, the answer shows as a table."""
        return self.to_frame().to_html(index=False, escape=True)


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in kg/data/queries: its name, description, parameters (name → meaning) and text."""

    name: str
    description: str
    params: dict[str, str]
    text: str


# ---------------------------------------------------------------- values and formats


def python_value(term: Node | None) -> Any:
    """A term as a python value; typed dates and other literals keep their lexical form."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = str(term.datatype or "").rsplit("#", 1)[-1]
        if datatype in _NUMERIC or datatype == "boolean":
            value = term.toPython()
            return value if isinstance(value, (int, float, Decimal, bool)) else str(term)
        return str(term)
    return str(term)


def _cell(value: Any) -> str:
    """A python value as one table or CSV cell."""
    return "" if value is None else str(value)


def format_table(result: QueryResult) -> str:
    """The result as aligned text columns with a header and a rule."""
    if result.boolean is not None:
        return "yes" if result.boolean else "no"
    header = list(result.variables)
    body = [[_cell(v).replace("\n", " ") for v in row] for row in result.rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in body]
    lines.append(f"({len(body)} row{'' if len(body) == 1 else 's'})")
    return "\n".join(lines)


def format_csv(result: QueryResult) -> str:
    """The result as CSV with a header row (an ASK answer is one column named 'boolean')."""
    out = io.StringIO()
    writer = csv.writer(out)
    if result.boolean is not None:
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return out.getvalue()
    writer.writerow(result.variables)
    writer.writerows([[_cell(v) for v in row] for row in result.rows])
    return out.getvalue()


def _json_term(term: Node) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    cell: dict[str, str] = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        cell["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        cell["datatype"] = str(term.datatype)
    return cell


def format_json(result: QueryResult) -> str:
    """The result in the SPARQL 1.1 Query Results JSON Format."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2)
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.terms]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      indent=2, ensure_ascii=False)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result in one of FORMATS."""
    formatters = {"table": format_table, "csv": format_csv, "json": format_json}
    if fmt not in formatters:
        raise QueryError(f"unknown output format '{fmt}' (choose from {', '.join(FORMATS)})")
    return formatters[fmt](result)


# ---------------------------------------------------------------- safety


def _one_line(error: Exception) -> str:
    """A parser's message squeezed onto one line."""
    return " ".join(str(error).split()) or type(error).__name__


def _walk(node: Any) -> Iterator[Any]:
    """Every CompValue in a parse tree, depth first (without recursion: a deeply nested query has a deep tree)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            children: Any = node.values()
        elif isinstance(node, (ParseResults, list, tuple)):  # before Mapping: ParseResults registers as one
            children = node
        elif isinstance(node, Mapping):
            children = node.values()
        else:
            continue
        stack.extend(reversed(list(children)))


def _check_safe(tree: Any, ds: Dataset) -> None:
    """Refuse SERVICE, LOAD, and FROM / FROM NAMED / USING of a graph that the dataset does not hold."""
    _check_tree(tree, {str(g.identifier) for g in ds.graphs() if len(g)})


DEEP_STACK = 256 * 1024 * 1024  # the stack of a thread that parses a deeply nested query: reserved, touched when used
DEEP_RECURSION = 50_000  # python frames it may stack (rdflib's parser takes about 25 per bracket)


def _deep(parse: Any, text: str) -> Any:
    """parse(text), retried on a thread with a large stack and recursion limit if it recursed too deep.

    rdflib's parser recurses per bracket: 40 nested parentheses, a valid query, pass Python's default limit.
    """
    try:
        return parse(text)
    except RecursionError:
        pass
    box: dict[str, Any] = {}

    def run() -> None:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, DEEP_RECURSION))
        try:
            box["tree"] = parse(text)
        except Exception as error:  # noqa: BLE001 - raised again in the caller's thread
            box["error"] = error
        finally:
            sys.setrecursionlimit(limit)

    previous = threading.stack_size(DEEP_STACK)
    try:
        thread = threading.Thread(target=run, name="kg-deep-parse")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["tree"]


def _parse_query(text: str) -> Any:
    """rdflib's parse tree of a query, however deeply it nests (pyparsing errors for anything else)."""
    from rdflib.plugins.sparql.parser import parseQuery  # on first use: rdflib's SPARQL parser takes ~0.1 s to import

    return _deep(parseQuery, text)


def _parse_update(text: str) -> Any:
    """rdflib's parse tree of an update, however deeply it nests."""
    from rdflib.plugins.sparql.parser import parseUpdate

    return _deep(parseUpdate, text)


def check_escapes(text: str) -> None:
    r"""Refuse a codepoint escape that stands for an ASCII, control or unpaired surrogate character.

    Engines expand escapes at different stages (rdflib everywhere, before parsing; Oxigraph only inside
    strings and IRIs), so an escaped quote, bracket or backslash can make the query checked differ from the
    query run ("P\u0022 + " hides a SERVICE from the check). Every SPARQL delimiter is ASCII, and ASCII can
    be written as itself: only escapes of other characters are kept, and those cannot move a token boundary.

    >>> check_escapes(r'SELECT * WHERE { ?s ?p "Caf\u00e9" }')
    >>> check_escapes(r'SELECT * WHERE { BIND("P\u0022 + " AS ?a) }')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.QueryError: \u0022 stands for '"': write the character itself ...
    """
    for match in _CODEPOINT_ESCAPE.finditer(text):
        code = int(match.group(1) or match.group(2), 16)
        char = chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
        if code < 0x80 or not char or not char.isprintable():
            shown = repr(char) if char.isprintable() and char else f"U+{code:04X}"
            raise QueryError(f"{match.group(0)} stands for {shown}: write the character itself (codepoint escapes "
                             "are only allowed for non-ASCII characters)")


def check_query(text: str, allow_update: bool = False, *, graphs: Container[str] = ()) -> bool:
    """Check SPARQL text before another engine runs it; True if it is an update, False if a query.

    Raises QueryError if it does not parse, is an update when updates are not allowed, or would reach the
    network: SERVICE, LOAD, or FROM / FROM NAMED / USING of a graph not in `graphs` (the local graph names),
    or if it holds a codepoint escape the two engines could read differently (`check_escapes`).
    """
    check_escapes(text)
    try:
        tree, is_update = _parse_query(text), False
    except Exception as query_error:  # noqa: BLE001 - rdflib raises pyparsing and its own errors
        try:
            tree, is_update = _parse_update(text), True
        except Exception:  # noqa: BLE001
            raise QueryError(f"malformed SPARQL: {_one_line(query_error)}") from None
        if not allow_update:
            raise QueryError("updates are not allowed: the graph is read-only")
    _check_tree(tree, graphs)
    return is_update


def _check_tree(tree: Any, local: Container[str]) -> None:
    """Refuse SERVICE, LOAD, and FROM / FROM NAMED / USING of a graph not among the local ones."""
    for node in _walk(tree):
        if node.name == "ServiceGraphPattern":
            raise QueryError("SERVICE is not allowed: queries run on the local graph only")
        if node.name == "Load":
            raise QueryError("LOAD is not allowed: queries run on the local graph only")
        if node.name in ("DatasetClause", "UsingClause"):
            clause = dict(node)  # CompValue.get answers a missing key with the key's name
            iri = clause.get("default") or clause.get("named")
            if iri is not None and str(iri) not in local:
                raise QueryError(f"FROM <{iri}> names no graph in this file: queries run on the local graph only")


class QueryTooLarge(QueryError):
    """A query longer than the endpoint accepts (HTTP 413)."""


MAX_QUERY_CHARS = 100_000  # longer queries are refused: Oxigraph parses and plans them in deep recursions
MAX_NESTING = 64  # brackets { ( [ open at once; a few thousand crash Oxigraph's parser (a stack overflow)
# What may contain brackets without nesting anything: comments, strings (long ones first), IRIs.
_OPAQUE_PATTERN = (r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')
_OPAQUE = re.compile(_OPAQUE_PATTERN)
_OPAQUE_OR_BRACKET = re.compile(_OPAQUE_PATTERN + r"|[{(\[]|[})\]]")


def nesting_depth(text: str) -> int:
    """The deepest nesting of brackets ({ ( [) outside comments, strings and IRIs.

    >>> nesting_depth('SELECT * WHERE { ?s ?p "{{{" FILTER((?o > 1)) } # {{{')
    3
    """
    depth = deepest = 0
    for match in _OPAQUE_OR_BRACKET.finditer(text):
        token = match.group()
        if token in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "})]":
            depth = max(depth - 1, 0)
    return deepest


def check_size(text: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_NESTING) -> None:
    """Refuse a query too long (QueryTooLarge) or nested too deeply (QueryError) before any engine parses it.

    Oxigraph's parser and planner recurse over the query: thousands of nested groups, UNIONs or operators
    overflow its stack and end the process (a segmentation fault) instead of raising an error.
    """
    if len(text) > max_chars:
        raise QueryTooLarge(f"the query is {len(text)} characters long; at most {max_chars} are accepted")
    if nesting_depth(text) > max_depth:
        raise QueryError(f"the query nests brackets more than {max_depth} levels deep")


# A keyword standing alone: not a variable (?select), a prefix (ask:), a local name (ex:from) nor part of a word.
_FORM = re.compile(r"(?<![\w?$:.-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:.-])", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w?$:.-])FROM(?![\w:.-])", re.IGNORECASE)


def code_of(text: str) -> str:
    r"""The text with comments, strings and IRIs blanked out: what is left is SPARQL's own syntax.

    >>> code_of('SELECT ?s # FROM <x>\nWHERE { ?s ?p "ASK" }')
    'SELECT ?s WHERE { ?s ?p }'
    """
    return " ".join(_OPAQUE.sub(" ", text).split())


def is_blank(text: str) -> bool:
    r"""Whether a query is empty or only comments (a parser would read it as an empty, valid update).

    >>> is_blank("  # nothing here\n"), is_blank("ASK {}")
    (True, False)
    """
    return not code_of(text)


def query_form(text: str) -> str | None:
    r"""The form of a query, SELECT, ASK, CONSTRUCT or DESCRIBE, from its first keyword; None if it has none.

    Read without parsing, to choose the answer's media type before the query runs (the engine decides).

    >>> query_form("PREFIX ask: <urn:a#> # SELECT\nconstruct { ?s ask:p ?select } WHERE { ?s ?p ?select }")
    'CONSTRUCT'
    """
    match = _FORM.search(code_of(text))
    return match.group(1).upper() if match else None


def has_dataset_clause(text: str) -> bool:
    """Whether a query names its dataset (FROM or FROM NAMED): then its default graph is not the union.

    >>> has_dataset_clause("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }"), has_dataset_clause("SELECT ?from {}")
    (True, False)
    """
    return _FROM.search(code_of(text)) is not None


# ---------------------------------------------------------------- execution


def _result(answer: Any) -> QueryResult:
    """An rdflib result (SELECT, ASK, CONSTRUCT or DESCRIBE) as a QueryResult."""
    if answer.type == "ASK":
        return QueryResult(variables=(), terms=(), boolean=bool(answer.askAnswer))
    if answer.type in ("CONSTRUCT", "DESCRIBE"):
        graph: Graph = answer.graph
        return QueryResult(("subject", "predicate", "object"), tuple(tuple(t) for t in graph))
    variables = tuple(str(v) for v in answer.vars or ())
    return QueryResult(variables, tuple(tuple(row) for row in answer))


def run_query(ds: Dataset, sparql: str, *, bindings: Mapping[str, Node] | None = None,
              allow_update: bool = False) -> QueryResult:
    """Run a SPARQL query (or, if allowed, an update) on the union of the dataset's graphs."""
    check_escapes(sparql)  # rdflib both checks and runs here, but the same text must mean the same everywhere
    try:
        tree = _parse_query(sparql)
    except Exception as query_error:  # noqa: BLE001 - rdflib raises pyparsing and its own errors
        return _run_update(ds, sparql, query_error, allow_update)
    _check_safe(tree, ds)
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        prepared = translateQuery(tree, initNs=PREFIXES)
    except Exception as error:  # noqa: BLE001 - unknown prefix, bad aggregate and similar
        raise QueryError(f"malformed SPARQL: {_one_line(error)}") from None
    try:
        answer = ds.query(prepared, initBindings={Variable(k): v for k, v in (bindings or {}).items()})
        return _result(answer)
    except Exception as error:  # noqa: BLE001 - evaluation errors (bad function, type) are the query's fault
        raise QueryError(f"query failed: {_one_line(error)}") from None


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL update (INSERT, DELETE, LOAD, CLEAR…) rather than a query.

    >>> is_update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"), is_update("ASK { ?s ?p ?o }"), is_update("nonsense")
    (True, False, False)
    """
    try:
        _parse_query(sparql)
    except Exception:  # noqa: BLE001 - rdflib raises pyparsing and its own errors
        try:
            _parse_update(sparql)
        except Exception:  # noqa: BLE001
            return False
        return True
    return False


def _run_update(ds: Dataset, text: str, query_error: Exception, allow_update: bool) -> QueryResult:
    """Run text as a SPARQL update when allowed; report the query's parse error if it is not an update."""
    try:
        tree = _parse_update(text)
    except Exception:  # noqa: BLE001
        raise QueryError(f"malformed SPARQL: {_one_line(query_error)}") from None
    if not allow_update:
        raise QueryError("updates are not allowed: the graph is read-only")
    _check_safe(tree, ds)
    import rdflib.plugins.sparql as sparql_settings
    from rdflib.plugins.sparql.algebra import translateUpdate

    union = sparql_settings.SPARQL_DEFAULT_GRAPH_UNION
    sparql_settings.SPARQL_DEFAULT_GRAPH_UNION = False  # rdflib cannot add to a union default graph: use the real one
    try:
        ds.update(translateUpdate(tree, initNs=PREFIXES))
    except Exception as error:  # noqa: BLE001
        raise QueryError(f"update failed: {_one_line(error)}") from None
    finally:
        sparql_settings.SPARQL_DEFAULT_GRAPH_UNION = union
    return QueryResult(variables=(), terms=())


# ---------------------------------------------------------------- named queries


def _parse_named(name: str, text: str) -> NamedQuery:
    """A named query from its .rq text: the first header comment line is the description, then `# param:` lines."""
    description, params = "", {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        match = _PARAM.match(line)
        if match:
            params[match["name"]] = (match["meaning"] or "").strip()
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(name=name, description=description, params=params, text=text)


def named_queries() -> dict[str, NamedQuery]:
    """Every query shipped in kg/data/queries, by name (the file name without .rq)."""
    folder = resources.files("kg").joinpath("data/queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = _parse_named(name, entry.read_text(encoding="utf-8"))
    return found


def named_query(name: str) -> NamedQuery:
    """The named query called name; an unknown name raises QueryError listing the known ones."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no query named '{name}' (known: {', '.join(queries)})")
    return queries[name]


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`k=v` strings from the command line as a dict; a pair without '=' raises QueryError."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"parameter '{pair}' is not of the form name=value")
        params[key.strip()] = value
    return params


def run_named(ds: Dataset, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a named query with its parameters bound as plain literals (never spliced into the text)."""
    query = named_query(name)
    params = dict(params or {})
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise QueryError(f"query '{name}' has no parameter '{unknown[0]}' (it takes: {', '.join(query.params) or 'none'})")
    missing = [p for p in query.params if p not in params]
    if missing:
        raise QueryError(f"query '{name}' needs parameter '{missing[0]}': {query.params[missing[0]]}")
    try:
        answer = ds.query(_prepared(query.text), initBindings={Variable(k): Literal(v) for k, v in params.items()})
        return _result(answer)
    except Exception as error:  # noqa: BLE001 - evaluation errors (bad function, type) are the query's fault
        raise QueryError(f"query failed: {_one_line(error)}") from None


_LATERAL = re.compile(r"\bLATERAL\s*(?=\{)")


@lru_cache(maxsize=32)
def _prepared(text: str) -> Any:
    """A shipped query translated for rdflib once, its joins evaluated left to right (as `LATERAL {…}`).

    rdflib has no LATERAL: the keyword is dropped and every join made lazy (the right side evaluated for each
    row of the left, with its bindings), which is LATERAL, and the same rows as a join for a group that
    filters only on variables it binds itself, as the shipped queries do.
    """
    from rdflib.plugins.sparql.algebra import translateQuery

    prepared = translateQuery(_parse_query(_LATERAL.sub("", text)), initNs=PREFIXES)
    for node in _walk(prepared.algebra):
        if node.name == "Join":
            node["lazy"] = True
    return prepared
