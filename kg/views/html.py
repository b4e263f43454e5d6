"""The interactive HTML view of a graph: one self-contained page that opens from disk, offline.

`render_html` turns the networkx graph (schema: see kg.knowledge_graph) into one self-contained page:
vis-network (shipped inside pyvis) and the page's own CSS/JS are inlined, so the file opens from disk
with no network at all. Everything that comes from an article (labels, aliases, evidence sentences,
document ids) travels as JSON inside a ``<script type="application/json">`` block, escaped so that it
cannot close that block, and the page's script puts it on screen with ``textContent`` only.  A Content
Security Policy with the hashes of the page's own two scripts is a second wall: even a bug that let
markup through could neither run a script nor fetch anything.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg.read.metadata import is_web_address
from kg.views.countries import actor_of, relation_actors
from kg.views.filters import OPEN_END, as_text, as_text_list, check_confidence, display_label, fact_interval

__all__ = ["CATEGORY_COLOURS", "LARGE_GRAPH_NODES", "NODE_STYLES", "render_html", "safe_json", "write_html"]

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
#: vis-network's `dashes` of an edge by the fact's modality: dashed for a plan, dotted for a claim, else solid.
EDGE_DASHES: dict[str, bool | list[int]] = {"planned": True, "claimed": [2, 5]}

#: Above this many nodes the page uses a bounded, cheaper layout (no improvedLayout, straight edges).
LARGE_GRAPH_NODES = 300

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


# --------------------------------------------------------------------------------------------- page


def render_html(graph: nx.MultiDiGraph, *, title: str = "kg", min_confidence: float = 0.0) -> str:
    """The whole self-contained HTML page for `graph`: no remote script, style, font or image.

    `min_confidence` is where the page's confidence slider starts: facts below it are hidden, not left out, so
    the reader can lower it."""
    net = _build_network(graph)
    payload = _page_data(graph, net, title) | {"minConfidence": check_confidence(min_confidence)}
    view_js = (VIEW_DIR / "view.js").read_text(encoding="utf-8")
    return _template_page(Markup(safe_json(payload)), view_js, _vis_js(), title)


def _template_page(data_json: Markup, view_js: str, vis_js: str, title: str) -> str:
    """The page template rendered as render_html renders it, around the given JSON."""
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(view_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "form-action 'none'; base-uri 'none'; object-src 'none'; frame-src 'none'"
    )
    return _environment().get_template("page.html").render(
        title=_clean_text(title),
        csp=csp,
        vis_css=Markup(_vis_css()),
        view_css=Markup((VIEW_DIR / "view.css").read_text(encoding="utf-8")),
        vis_js=Markup(vis_js),
        view_js=Markup(view_js),
        data_json=data_json,
    )


_DATA_MARK = "\x00kg-data\x00"  # where the page's JSON goes in write_html (no JSON or template text has a NUL)


def write_html(graph: nx.MultiDiGraph, handle: IO[bytes], *, title: str = "kg", min_confidence: float = 0.0) -> None:
    """render_html's page, byte for byte, written to a binary file: the JSON is encoded and written a node and an
    edge at a time, so the page is never held whole (nor its JSON twice) in memory."""
    net = _build_network(graph)
    payload = _page_data(graph, net, title) | {"minConfidence": check_confidence(min_confidence)}
    del graph, net
    view_js = (VIEW_DIR / "view.js").read_text(encoding="utf-8")
    page = _template_page(Markup(_DATA_MARK), view_js, _vis_js(), title)
    if page.count(_DATA_MARK) != 1:  # the mark in a title: the page whole, the ordinary way
        handle.write(_template_page(Markup(safe_json(payload)), view_js, _vis_js(), title).encode("utf-8"))
        return
    head, tail = page.split(_DATA_MARK)
    handle.write(head.encode("utf-8"))
    for part in _json_parts(payload):
        handle.write(part.encode("ascii"))
    handle.write(tail.encode("utf-8"))


def _json_parts(payload: dict[str, Any]) -> Iterator[str]:
    """safe_json(payload) in pieces: the dict's members in order, its lists of nodes and edges an item at a time
    (the same text, json.dumps of a dict being its members' dumps joined)."""
    yield "{"
    for n, (key, value) in enumerate(payload.items()):
        yield ("," if n else "") + safe_json(key) + ":"
        if key in ("nodes", "edges") and isinstance(value, list):
            yield "["
            for i, item in enumerate(value):
                yield ("," if i else "") + safe_json(item)
            yield "]"
        else:
            yield safe_json(value)
    yield "}"


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> block: no `<`, `>`, `&` or line separators, all ASCII."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _build_network(graph: nx.MultiDiGraph) -> Network:
    """vis-network nodes and edges, styled, assembled with pyvis (data only: the page is ours)."""
    net = Network(directed=True, cdn_resources="in_line")
    owner = actor_of(graph)  # the country view: each fact counted for the states (or organisations) it involves
    seen: set[str] = set()
    for node_id, attrs in graph.nodes(data=True):
        node_type = str(attrs.get("type") or "")
        shape, colour = NODE_STYLES.get(node_type, OTHER_NODE_STYLE)
        name = as_text(attrs.get("label")) or as_text(node_id)
        code = as_text(attrs.get("country_code")) or None
        key = as_text(node_id)
        if key in seen:  # as pyvis' add_node: the first node of an id is kept
            continue
        seen.add(key)
        label = display_label(name, code)
        # pyvis' add_node scans every node added so far (a list) for the id: quadratic in the nodes. The dict it
        # would make (its Node's options: color and our options, then id, label, shape) is appended directly.
        node = {
            "color": {
                "background": colour,
                "border": _darker(colour),
                "highlight": {"background": colour, "border": "#111111"},
                "hover": {"background": colour, "border": "#111111"},
            },
            "value": int(graph.degree(node_id)),
            "kg": {
                "name": name,
                "type": node_type or "Entity",
                "code": code,
                "iri": as_text(attrs.get("iri") or node_id),
                "aliases": as_text_list(attrs.get("aliases")),
                "positions": as_text_list(attrs.get("positions")),
                "actor": owner.get(node_id) == node_id,
            },
            "id": key,
            "label": label if label else key,
            "shape": shape,
        }
        net.nodes.append(node)
        net.node_ids.append(key)
        net.node_map[key] = node

    # Parallel facts between the same two entities: the first straight, the others curved alternately to
    # either side (sides taken relative to one fixed direction of the pair) with growing roundness.
    group_size = Counter(frozenset((s, t)) for s, t in graph.edges())
    parallel: Counter[frozenset] = Counter()
    for index, (source, target, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        predicate = as_text(attrs.get("predicate") or key)
        category = as_text(attrs.get("category")) or "state"
        modality = as_text(attrs.get("modality")) or "asserted"
        colour = CATEGORY_COLOURS.get(category, OTHER_CATEGORY_COLOUR)
        pair = frozenset((source, target))
        rank = parallel[pair]
        parallel[pair] += 1
        lo, hi = fact_interval(attrs)
        counted_for = relation_actors(owner, source, target, predicate)
        actors = [as_text(counted_for[0]), as_text(counted_for[1])] if counted_for else None
        options: dict[str, Any] = {
            "id": f"e{index}",
            "label": predicate,
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.85},
            "dashes": EDGE_DASHES.get(modality, False),
            "kg": {
                "predicate": predicate,
                "plover": as_text(attrs.get("plover")) or None,
                "category": category,
                "modality": modality,
                "date": _date_text(attrs.get("date")),
                "start": _date_text(attrs.get("start_date")),
                "end": _date_text(attrs.get("end_date")),
                "lo": lo,
                "hi": hi,
                "confidence": _number(attrs.get("confidence")),
                "documents": as_text_list(attrs.get("documents")),
                "evidence": [_evidence(item) for item in attrs.get("evidence") or ()],
                "actors": actors,
            },
        }
        if group_size[pair] > 1:
            if rank == 0:
                options["smooth"] = {"enabled": False}
            else:
                side = (1 if rank % 2 else -1) * (1 if as_text(source) <= as_text(target) else -1)
                options["smooth"] = {
                    "enabled": True,
                    "type": "curvedCW",
                    "roundness": round(side * 0.25 * ((rank + 1) // 2), 2),
                }
        # pyvis' add_edge scans every node per edge; the nodes are known to exist, so append directly.
        net.edges.append({"from": as_text(source), "to": as_text(target), "arrows": "to", **options})
    return net


def _page_data(graph: nx.MultiDiGraph, net: Network, title: str) -> dict[str, Any]:
    edges = net.edges
    predicates = Counter(edge["kg"]["predicate"] for edge in edges)
    categories = Counter(edge["kg"]["category"] for edge in edges)
    documents: set[str] = {as_text(d) for d in graph.graph.get("documents") or () if as_text(d)}
    dates: list[str] = []
    for edge in edges:
        documents.update(edge["kg"]["documents"])
        documents.update(ev["document"] for ev in edge["kg"]["evidence"] if ev["document"])
        dates.extend(d for d in (edge["kg"]["lo"], edge["kg"]["hi"]) if d and d != OPEN_END)
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
        "documentTitles": {as_text(d): _clean_text(t) for d, t in (graph.graph.get("document_titles") or {}).items()
                           if as_text(d) in documents and t},
        "documentUrls": _document_urls(graph, documents),
        "documentPublishers": {as_text(d): _clean_text(name)
                               for d, name in (graph.graph.get("document_publishers") or {}).items()
                               if as_text(d) in documents and name},
        "openEnd": OPEN_END,
        "dateMin": min(dates) if dates else None,
        "dateMax": max(dates) if dates else None,
    }


def _document_urls(graph: nx.MultiDiGraph, documents: set[str]) -> dict[str, str]:
    """Where each document was published (graph.graph['document_urls']): http(s) addresses only, the page's links."""
    urls = {as_text(d): as_text(url) for d, url in (graph.graph.get("document_urls") or {}).items()}
    return {d: url for d, url in urls.items() if d in documents and is_web_address(url)}


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


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 4) if number == number and abs(number) != float("inf") else None


def _date_text(value: Any) -> str | None:
    text = as_text(value).strip()
    return text or None


def _evidence(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        item = {"sentence": item}
    return {
        "document": as_text(item.get("document")),
        "sentence": as_text(item.get("sentence")),
        "date": _date_text(item.get("date")),
        "confidence": _number(item.get("confidence")),
    }
