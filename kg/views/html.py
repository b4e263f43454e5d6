"""The interactive HTML view of a graph, and the filters behind `kg view`.

`render_html` turns the networkx graph (schema: see kg.knowledge_graph) into one self-contained page:
vis-network (shipped inside pyvis) and the page's own CSS/JS are inlined, so the file opens from disk
with no network at all. Everything that comes from an article (labels, aliases, evidence sentences,
document ids) travels as JSON inside a ``<script type="application/json">`` block, escaped so that it
cannot close that block, and the page's script puts it on screen with ``textContent`` only.  A Content
Security Policy with the hashes of the page's own two scripts is a second wall: even a bug that let
markup through could neither run a script nor fetch anything.

`filter_graph` cuts a graph down by predicate, date range and ego network around one entity.
"""
from __future__ import annotations

import base64
import calendar
import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg.errors import DateError, KgError

VIEW_DIR = Path(__file__).parent.parent / "data" / "view"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

#: vis-network shape and colour for each entity type.
NODE_STYLES: dict[str, tuple[str, str]] = {
    "Country": ("dot", "#2f6fb0"),
    "Person": ("triangle", "#e08a2c"),
    "Organization": ("square", "#8a5cb8"),
    "Agreement": ("diamond", "#c9a400"),
    "Event": ("star", "#d2558f"),
    "Place": ("hexagon", "#8c6a43"),
    "Group": ("triangleDown", "#23998e"),
}
OTHER_NODE_STYLE = ("dot", "#9e9e9e")

#: Edge colour for each fact category.
CATEGORY_COLOURS: dict[str, str] = {
    "cooperation": "#2e9b48",
    "consultation": "#2a6fd6",
    "conflict": "#d12f2f",
    "state": "#8c8c8c",
}
OTHER_CATEGORY_COLOUR = "#8c8c8c"

#: Above this many nodes the page uses a bounded, cheaper layout (no improvedLayout, straight edges).
LARGE_GRAPH_NODES = 300

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# --------------------------------------------------------------------------------------------- page


def render_html(graph: nx.MultiDiGraph, *, title: str = "kg") -> str:
    """The whole self-contained HTML page for `graph`: no remote script, style, font or image."""
    net = _build_network(graph)
    payload = _page_data(graph, net, title)
    data_json = safe_json(payload)
    view_js = (VIEW_DIR / "view.js").read_text(encoding="utf-8")
    vis_js = _vis_js()
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(view_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "form-action 'none'; base-uri 'none'; object-src 'none'; frame-src 'none'"
    )
    template = _environment().get_template("page.html")
    return template.render(
        title=_clean_text(title),
        csp=csp,
        vis_css=Markup(_vis_css()),
        view_css=Markup((VIEW_DIR / "view.css").read_text(encoding="utf-8")),
        vis_js=Markup(vis_js),
        view_js=Markup(view_js),
        data_json=Markup(data_json),
    )


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> block: no `<`, `>`, `&` or line separators, all ASCII."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _build_network(graph: nx.MultiDiGraph) -> Network:
    """vis-network nodes and edges, styled, assembled with pyvis (data only: the page is ours)."""
    net = Network(directed=True, cdn_resources="in_line")
    for node_id, attrs in graph.nodes(data=True):
        node_type = str(attrs.get("type") or "")
        shape, colour = NODE_STYLES.get(node_type, OTHER_NODE_STYLE)
        name = _text(attrs.get("label")) or _text(node_id)
        code = _text(attrs.get("country_code")) or None
        net.add_node(
            _text(node_id),
            label=display_label(name, code),
            shape=shape,
            color={
                "background": colour,
                "border": _darker(colour),
                "highlight": {"background": colour, "border": "#111111"},
                "hover": {"background": colour, "border": "#111111"},
            },
            value=int(graph.degree(node_id)),
            kg={
                "name": name,
                "type": node_type or "Entity",
                "code": code,
                "iri": _text(attrs.get("iri") or node_id),
                "aliases": _text_list(attrs.get("aliases")),
                "positions": _text_list(attrs.get("positions")),
            },
        )

    # Parallel facts between the same two entities: the first straight, the others curved alternately to
    # either side (sides taken relative to one fixed direction of the pair) with growing roundness.
    group_size = Counter(frozenset((s, t)) for s, t in graph.edges())
    parallel: Counter[frozenset] = Counter()
    for index, (source, target, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        predicate = _text(attrs.get("predicate") or key)
        category = _text(attrs.get("category")) or "state"
        modality = _text(attrs.get("modality")) or "asserted"
        colour = CATEGORY_COLOURS.get(category, OTHER_CATEGORY_COLOUR)
        pair = frozenset((source, target))
        rank = parallel[pair]
        parallel[pair] += 1
        lo, hi = fact_interval(attrs)
        options: dict[str, Any] = {
            "id": f"e{index}",
            "label": predicate,
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.85},
            "dashes": modality == "planned",
            "kg": {
                "predicate": predicate,
                "plover": _text(attrs.get("plover")) or None,
                "category": category,
                "modality": modality,
                "date": _date_text(attrs.get("date")),
                "start": _date_text(attrs.get("start_date")),
                "end": _date_text(attrs.get("end_date")),
                "lo": lo,
                "hi": hi,
                "confidence": _number(attrs.get("confidence")),
                "documents": _text_list(attrs.get("documents")),
                "evidence": [_evidence(item) for item in attrs.get("evidence") or ()],
            },
        }
        if group_size[pair] > 1:
            if rank == 0:
                options["smooth"] = {"enabled": False}
            else:
                side = (1 if rank % 2 else -1) * (1 if _text(source) <= _text(target) else -1)
                options["smooth"] = {
                    "enabled": True,
                    "type": "curvedCW",
                    "roundness": round(side * 0.25 * ((rank + 1) // 2), 2),
                }
        # pyvis' add_edge scans every node per edge; the nodes are known to exist, so append directly.
        net.edges.append({"from": _text(source), "to": _text(target), "arrows": "to", **options})
    return net


def _page_data(graph: nx.MultiDiGraph, net: Network, title: str) -> dict[str, Any]:
    edges = net.edges
    predicates = Counter(edge["kg"]["predicate"] for edge in edges)
    categories = Counter(edge["kg"]["category"] for edge in edges)
    documents: set[str] = {_text(d) for d in graph.graph.get("documents") or () if _text(d)}
    dates: list[str] = []
    for edge in edges:
        documents.update(edge["kg"]["documents"])
        documents.update(ev["document"] for ev in edge["kg"]["evidence"] if ev["document"])
        dates.extend(d for d in (edge["kg"]["lo"], edge["kg"]["hi"]) if d and d != _OPEN_END)
    types_present = {node["kg"]["type"] for node in net.nodes}
    category_order = [c for c in CATEGORY_COLOURS if c in categories] + sorted(set(categories) - set(CATEGORY_COLOURS))
    return {
        "title": _clean_text(title),
        "nodes": net.nodes,
        "edges": edges,
        "large": graph.number_of_nodes() > LARGE_GRAPH_NODES,
        "predicates": [[p, n] for p, n in sorted(predicates.items())],
        "categories": [[c, categories[c], CATEGORY_COLOURS.get(c, OTHER_CATEGORY_COLOUR)] for c in category_order],
        "types": [
            [t, shape, colour] for t, (shape, colour) in NODE_STYLES.items() if t in types_present
        ] + [[t, *OTHER_NODE_STYLE] for t in sorted(types_present - set(NODE_STYLES))],
        "documents": sorted(documents),
        "dateMin": min(dates) if dates else None,
        "dateMax": max(dates) if dates else None,
    }


def display_label(name: str, country_code: str | None) -> str:
    """The canonical name, with the ISO code for countries: "Morocco (MAR)"."""
    if country_code and f"({country_code})" not in name:
        return f"{name} ({country_code})"
    return name


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(VIEW_DIR)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _vis_js() -> str:
    return (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _vis_css() -> str:
    css = (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    # Belt and braces: the bundled stylesheet only uses data: URLs, but never let it reach the network.
    return re.sub(r"url\(\s*['\"]?https?:[^)]*\)", "none", css)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(int(r * factor), int(g * factor), int(b * factor))


def _clean_text(value: Any) -> str:
    """A str that encodes as UTF-8 (lone surrogates replaced)."""
    return str(value).encode("utf-8", "replace").decode("utf-8")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _text_list(values: Any) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        return [values]
    items = [_text(v) for v in values if v is not None and _text(v)]
    return sorted(items) if isinstance(values, (set, frozenset)) else items


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 4) if number == number and abs(number) != float("inf") else None


def _date_text(value: Any) -> str | None:
    text = _text(value).strip()
    return text or None


def _evidence(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        item = {"sentence": item}
    return {
        "document": _text(item.get("document")),
        "sentence": _text(item.get("sentence")),
        "date": _date_text(item.get("date")),
        "confidence": _number(item.get("confidence")),
    }


# ------------------------------------------------------------------------------------------- dates

_OPEN_END = "9999-12-31"


def date_bounds(value: Any) -> tuple[str, str] | None:
    """The first and last day covered by an ISO date or prefix: "2023" -> ("2023-01-01", "2023-12-31").

    None for None, "" or anything that does not start with a year.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value.isoformat()
        return day, day
    match = _DATE_RE.match(str(value).strip())
    if not match:
        return None
    year, month, day = match.groups()
    y = int(year)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{calendar.monthrange(y, m)[1]:02d}"
    try:
        dt.date(y, m, int(day))
    except ValueError:
        return None
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}"


def fact_interval(attrs: dict[str, Any]) -> tuple[str | None, str | None]:
    """The days a fact covers, as ISO strings (lo, hi); (None, None) for an undated fact.

    A fact with a start and no end (and no single date) is taken as still going on: hi is open.
    """
    start, date, end = (date_bounds(attrs.get(k)) for k in ("start_date", "date", "end_date"))
    lows = [b[0] for b in (start, date, end) if b]
    if not lows:
        return None, None
    if end:
        hi = end[1]
    elif date:
        hi = max(date[1], start[1]) if start else date[1]
    else:
        hi = _OPEN_END
    return min(lows), hi


def _parse_bound(value: Any, name: str, *, upper: bool) -> str | None:
    if value is None or value == "":
        return None
    bounds = date_bounds(value)
    if bounds is None or (isinstance(value, str) and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip())):
        raise DateError(f"{name} must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return bounds[1] if upper else bounds[0]


# ------------------------------------------------------------------------------------------ filter


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    predicates: Iterable[str] | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    focus: str | None = None,
    depth: int = 1,
) -> nx.MultiDiGraph:
    """A copy of `graph` cut down for `kg view`.

    - predicates: keep only facts with these predicates (case-insensitive); an unknown one is a KgError.
    - since / until: keep only dated facts whose dates overlap [since, until] (dates or "YYYY-MM-DD";
      "YYYY" and "YYYY-MM" mean the whole year / month). Undated facts are dropped when either is given.
    - focus: an entity's label, alias, ISO code or IRI (case-insensitive); keep its ego network of
      radius `depth`, following facts in both directions. An unknown focus is a KgError.

    When predicates or dates are given, entities left without any fact are dropped (the focus stays).
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise KgError(f"depth must be a whole number >= 0, not {depth!r}")
    lo = _parse_bound(since, "since", upper=False)
    hi = _parse_bound(until, "until", upper=True)
    if lo and hi and lo > hi:
        raise DateError(f"since ({since}) is after until ({until})")

    wanted: set[str] | None = None
    if predicates is not None:
        if isinstance(predicates, str):
            predicates = [predicates]
        wanted = {p.strip().casefold() for p in predicates if p and p.strip()}
        known = {
            _text(attrs.get("predicate") or key).casefold(): _text(attrs.get("predicate") or key)
            for _, _, key, attrs in graph.edges(keys=True, data=True)
        }
        unknown = sorted(wanted - set(known))
        if unknown:
            listing = ", ".join(sorted(known.values())) or "none: the graph has no facts"
            raise KgError(f"unknown predicate(s): {', '.join(unknown)}. Known predicates: {listing}")

    centres = resolve_focus(graph, focus) if focus is not None else []

    edge_filtering = wanted is not None or lo is not None or hi is not None
    kept_edges = []
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        if wanted is not None and _text(attrs.get("predicate") or key).casefold() not in wanted:
            continue
        if lo is not None or hi is not None:
            f_lo, f_hi = fact_interval(attrs)
            if f_lo is None:
                continue
            if lo is not None and f_hi < lo:
                continue
            if hi is not None and f_lo > hi:
                continue
        kept_edges.append((source, target, key))

    if edge_filtering:
        nodes = {n for s, t, _ in kept_edges for n in (s, t)} | set(centres)
    else:
        nodes = set(graph.nodes)

    if centres:
        adjacency: dict[Any, set] = defaultdict(set)
        for s, t, _ in kept_edges:
            adjacency[s].add(t)
            adjacency[t].add(s)
        reached = set(centres)
        frontier = set(centres)
        for _ in range(depth):
            frontier = {m for n in frontier for m in adjacency[n]} - reached
            if not frontier:
                break
            reached |= frontier
        nodes &= reached

    result = nx.MultiDiGraph()
    result.graph.update(graph.graph)
    result.add_nodes_from((n, dict(graph.nodes[n])) for n in graph.nodes if n in nodes)
    for s, t, key in kept_edges:
        if s in nodes and t in nodes:
            result.add_edge(s, t, key=key, **dict(graph.edges[s, t, key]))
    return result


def resolve_focus(graph: nx.MultiDiGraph, focus: str) -> list[Any]:
    """The node(s) that `focus` names: IRI, then label, then ISO code, then alias (case-insensitive).

    Several entities sharing the best kind of match are all returned. None is a KgError.
    """
    query = str(focus).strip().casefold()
    if not query:
        raise KgError("focus is empty: give an entity's name, alias or ISO code")
    tiers: list[list[Any]] = [[], [], [], []]
    for node, attrs in graph.nodes(data=True):
        if query in (_text(node).casefold(), _text(attrs.get("iri")).casefold()):
            tiers[0].append(node)
        elif query == _text(attrs.get("label")).casefold() or query == display_label(
            _text(attrs.get("label")), _text(attrs.get("country_code")) or None
        ).casefold():
            tiers[1].append(node)
        elif query == _text(attrs.get("country_code")).casefold():
            tiers[2].append(node)
        elif query in {a.casefold() for a in _text_list(attrs.get("aliases"))}:
            tiers[3].append(node)
    for tier in tiers:
        if tier:
            return tier
    close = sorted(
        _text(attrs.get("label"))
        for _, attrs in graph.nodes(data=True)
        if query in _text(attrs.get("label")).casefold()
    )[:5]
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise KgError(f"no entity named {focus!r} in the graph (searched labels, aliases and ISO codes).{hint}")
