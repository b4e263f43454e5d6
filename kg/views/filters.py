"""Cutting a graph down for `kg view` and notebooks: by predicate, by dates, around one entity.

They work on the networkx graph of KnowledgeGraph.to_networkx(); `resolve_focus` is how a name, alias, ISO code
or IRI is read as an entity, so that `kg view --focus` and kg.analysis agree.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import DateError, KgError

__all__ = ["OPEN_END", "as_text", "as_text_list", "check_confidence", "date_bounds", "display_label", "fact_interval", "filter_graph",
           "resolve_focus"]

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# ------------------------------------------------------------------------------------------- names


def display_label(name: str, country_code: str | None) -> str:
    """The canonical name, with the ISO code for countries: "Morocco (MAR)"."""
    if country_code and f"({country_code})" not in name:
        return f"{name} ({country_code})"
    return name


def as_text(value: Any) -> str:
    """An attribute value as text: "" for None, ISO form for dates."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def as_text_list(values: Any) -> list[str]:
    """An attribute holding one or several values as a list of non-empty texts (a set sorted)."""
    if values is None:
        return []
    if isinstance(values, str):
        return [values]
    items = [as_text(v) for v in values if v is not None and as_text(v)]
    return sorted(items) if isinstance(values, (set, frozenset)) else items


# ------------------------------------------------------------------------------------------- dates

#: The last day of a fact that started and has not ended (still going on).
OPEN_END = "9999-12-31"


def date_bounds(value: Any) -> tuple[str, str] | None:
    """The first and last day covered by an ISO date or prefix: "2023" -> ("2023-01-01", "2023-12-31").

    None for None, "" or anything that does not start with a year.

    >>> date_bounds("2024-02")
    ('2024-02-01', '2024-02-29')
    >>> date_bounds("2023-13") is None
    True
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
        hi = OPEN_END
    return min(lows), hi


def _parse_bound(value: Any, name: str, *, upper: bool) -> str | None:
    if value is None or value == "":
        return None
    bounds = date_bounds(value)
    if bounds is None or (isinstance(value, str) and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip())):
        raise DateError(f"{name} must be a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return bounds[1] if upper else bounds[0]


# ------------------------------------------------------------------------------------- confidence


def check_confidence(value: Any, name: str = "min_confidence") -> float:
    """A confidence threshold as a float in [0, 1]; anything else (NaN, out of range, not a number) is a KgError.

    >>> check_confidence("0.8"), check_confidence(1)
    (0.8, 1.0)
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise KgError(f"{name} must be a number between 0 and 1, not {value!r}") from None
    if isinstance(value, bool) or not 0.0 <= number <= 1.0:  # NaN fails both comparisons
        raise KgError(f"{name} must be a number between 0 and 1, not {value!r}")
    return number


def _confident(attrs: dict[str, Any], threshold: float) -> dict[str, Any] | None:
    """An edge's attributes keeping only the evidence at or above threshold; None when its fact falls below it
    (an edge without a confidence is kept)."""
    value = attrs.get("confidence")
    if value is None:
        return attrs
    if float(value) < threshold:
        return None
    evidence = [e for e in attrs.get("evidence") or () if not isinstance(e, dict) or e.get("confidence") is None
                or float(e["confidence"]) >= threshold]
    return {**attrs, "evidence": evidence} if "evidence" in attrs else attrs


# ------------------------------------------------------------------------------------------ filter


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    predicates: Iterable[str] | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    focus: str | None = None,
    depth: int = 1,
    min_confidence: float | None = None,
) -> nx.MultiDiGraph:
    """A copy of `graph` cut down for `kg view`.

    - predicates: keep only facts with these predicates (case-insensitive); an unknown one is a KgError.
    - since / until: keep only dated facts whose dates overlap [since, until] (dates or "YYYY-MM-DD";
      "YYYY" and "YYYY-MM" mean the whole year / month). Undated facts are dropped when either is given.
    - focus: an entity's label, alias, ISO code or IRI (case-insensitive); keep its ego network of
      radius `depth`, following facts in both directions. An unknown focus is a KgError.
    - min_confidence: keep only facts whose confidence (the highest of their evidence) is at least this, with
      the evidence that reaches it; a threshold outside [0, 1] or NaN is a KgError.

    When predicates, dates or a confidence are given, entities left without any fact are dropped (the focus
    stays).
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise KgError(f"depth must be a whole number >= 0, not {depth!r}")
    lo = _parse_bound(since, "since", upper=False)
    hi = _parse_bound(until, "until", upper=True)
    if lo and hi and lo > hi:
        raise DateError(f"since ({since}) is after until ({until})")
    threshold = check_confidence(min_confidence) if min_confidence is not None else None

    wanted: set[str] | None = None
    if predicates is not None:
        if isinstance(predicates, str):
            predicates = [predicates]
        wanted = {p.strip().casefold() for p in predicates if p and p.strip()}
        known = {
            as_text(attrs.get("predicate") or key).casefold(): as_text(attrs.get("predicate") or key)
            for _, _, key, attrs in graph.edges(keys=True, data=True)
        }
        unknown = sorted(wanted - set(known))
        if unknown:
            listing = ", ".join(sorted(known.values())) or "none: the graph has no facts"
            raise KgError(f"unknown predicate(s): {', '.join(unknown)}. Known predicates: {listing}")

    centres = resolve_focus(graph, focus) if focus is not None else []

    edge_filtering = wanted is not None or lo is not None or hi is not None or threshold is not None
    kept_edges = []
    kept_attrs: dict[tuple, dict[str, Any]] = {}
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        if threshold is not None:
            confident = _confident(attrs, threshold)
            if confident is None:
                continue
            if confident is not attrs:
                kept_attrs[(source, target, key)] = confident
        if wanted is not None and as_text(attrs.get("predicate") or key).casefold() not in wanted:
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
            result.add_edge(s, t, key=key, **dict(kept_attrs.get((s, t, key)) or graph.edges[s, t, key]))
    return result


MAX_LOOSE_MATCHES = 5  # a word, prefix or part of a name matching more entities than this is too vague to focus


def resolve_focus(graph: nx.MultiDiGraph, focus: str) -> list[Any]:
    """The node(s) that `focus` names, as the page's search finds them (case-insensitive).

    Exact matches first (IRI, then label, then ISO code, then alias), then looser ones as the page accepts:
    a whole word of a name (a surname: "Ruiz"), then a name's beginning, then any part of it. Several entities
    sharing the best kind of match are all returned; none, or too many loose ones, is a KgError.
    """
    query = str(focus).strip().casefold()
    if not query:
        raise KgError("focus is empty: give an entity's name, alias or ISO code")
    tiers: list[list[Any]] = [[], [], [], [], [], [], []]
    for node, attrs in graph.nodes(data=True):
        label = as_text(attrs.get("label"))
        aliases = {a.casefold() for a in as_text_list(attrs.get("aliases"))}
        if query in (as_text(node).casefold(), as_text(attrs.get("iri")).casefold()):
            tiers[0].append(node)
        elif query == label.casefold() or query == display_label(
            label, as_text(attrs.get("country_code")) or None
        ).casefold():
            tiers[1].append(node)
        elif query == as_text(attrs.get("country_code")).casefold():
            tiers[2].append(node)
        elif query in aliases:
            tiers[3].append(node)
        else:
            names = [label.casefold(), *aliases]
            if any(query in name.split() for name in names):
                tiers[4].append(node)
            elif any(name.startswith(query) for name in names):
                tiers[5].append(node)
            elif any(query in name for name in names):
                tiers[6].append(node)
    for kind, tier in enumerate(tiers):
        if not tier:
            continue
        if kind >= 4 and len(tier) > MAX_LOOSE_MATCHES:
            some = ", ".join(sorted(as_text(graph.nodes[n].get("label")) for n in tier)[:MAX_LOOSE_MATCHES])
            raise KgError(f"{focus!r} matches {len(tier)} entities ({some}, …): give more of the name")
        return tier
    raise KgError(f"no entity named {focus!r} in the graph (searched labels, aliases and ISO codes).")
