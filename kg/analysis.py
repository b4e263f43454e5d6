"""Measures of a graph: bilateral events, dyads, ego networks, centrality and timelines over its networkx form.

Every function that takes a `graph` also accepts anything with a `to_networkx()` (a KnowledgeGraph). The results
are pandas tables, pandas being imported only when used (`pip install 'kg[notebook]'`); the notebook helpers
(fact and query tables, the summary, the inline view, plots) are kg.views.notebook.

Counting events. An edge of the networkx graph is one distinct fact (subject, predicate, object) with all
its evidence. Relations between countries are counted as *events*: one per edge and distinct date among its
evidence (evidence without a date makes one undated event). So the same meeting reported by five articles
counts once, and two visits on two different dates count twice.

Attributing facts to countries (`dyads`, `cooperation_conflict`). A fact between two countries counts for
that pair as is. A fact whose subject or object is another entity — a minister, an army, a ministry —
counts for the country that entity belongs to, read from the graph's own `affiliatedWith`, `partOf` and
`leads` edges (followed outwards, up to three steps: a person who leads an army that is part of a country
belongs to that country). The nearest countries win; an entity that reaches several countries at the same
distance is ambiguous and its facts are not attributed. Those three "belonging" edges are not events
themselves, and a fact that ends up between a country and itself is not a dyad.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import networkx as nx

from kg import vocabulary
from kg.errors import KgError
from kg.views.countries import AFFILIATION_DEPTH, AFFILIATION_PREDICATES, actor_of, belongs_to, relation_actors
from kg.views.filters import filter_graph, resolve_focus
from kg.views import notebook as _notebook
from kg.views.notebook import require_pandas

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AFFILIATION_DEPTH", "AFFILIATION_PREDICATES", "DYAD_BY", "EVENT_COLUMNS", "PERIODS",
           "RELATION_CATEGORIES", "TIMELINE_COLUMNS", "HasNetwork", "centrality", "cooperation_conflict",
           "country_events", "country_of", "country_pairs", "dyads", "ego_network", "find_entity", "projection", "timeline"]

#: The periods events can be grouped by.
PERIODS: tuple[str, ...] = ("year", "month")
#: What `dyads` can count by: the fact's category, PLOVER type or predicate.
DYAD_BY: tuple[str, ...] = ("category", "plover", "predicate")
#: The categories of relations between countries shown by `cooperation_conflict`.
RELATION_CATEGORIES: tuple[str, ...] = ("cooperation", "consultation", "conflict")


@runtime_checkable
class HasNetwork(Protocol):
    """Anything with a networkx form of the KnowledgeGraph schema (a KnowledgeGraph, structurally)."""

    def to_networkx(self) -> nx.MultiDiGraph: ...


# ---------------------------------------------------------------- helpers


def _as_graph(graph: nx.MultiDiGraph | HasNetwork) -> nx.MultiDiGraph:
    """The networkx graph of a KnowledgeGraph (anything with to_networkx()), or the graph itself."""
    to_networkx = getattr(graph, "to_networkx", None)
    return to_networkx() if callable(to_networkx) else graph


def _label(graph: nx.MultiDiGraph, node: Hashable) -> str:
    """A node's label, or its id when it has none."""
    return str(graph.nodes[node].get("label") or node)


def _is_country(graph: nx.MultiDiGraph, node: Hashable) -> bool:
    return graph.nodes[node].get("type") == "Country"


def _literal_predicates() -> frozenset[str]:
    return vocabulary.literal_object_predicates()


def _period(date: str | None, period: str | None) -> Any:
    """The year (int) or month ("YYYY-MM") of an ISO date prefix; None when the date does not say."""
    if not date or date.startswith("--") or not date[:4].isdigit():
        return None
    if period == "year":
        return int(date[:4])
    if period == "month":
        return date[:7] if len(date) >= 7 and date[5:7].isdigit() else None
    return date


def _check_period(period: str | None, *, allow_none: bool = True) -> None:
    if period is None and allow_none:
        return
    if period not in PERIODS:
        raise KgError(f"period must be one of {', '.join(PERIODS)}{' or None' if allow_none else ''}, not {period!r}")


def _date_sort_key(date: str) -> tuple[bool, str]:
    """Dates with a year first, in order; days without a year ("--03-25") after them."""
    return (date.startswith("--"), date)


def find_entity(graph: nx.MultiDiGraph | HasNetwork, entity: str) -> Hashable:
    """The node an entity's label, alias, ISO code or IRI names (case-insensitive), as `kg view --focus` reads it.

    An unknown name, or one naming several entities equally well (unless exactly one is a country), is a KgError.
    """
    graph = _as_graph(graph)
    nodes = resolve_focus(graph, entity)  # the CLI's own resolution, so notebooks and `kg view` agree
    if len(nodes) > 1:
        countries = [n for n in nodes if _is_country(graph, n)]
        if len(countries) == 1:
            return countries[0]
        names = ", ".join(sorted(f"{_label(graph, n)} ({graph.nodes[n].get('type')})" for n in nodes))
        raise KgError(f"{entity!r} names several entities: {names}; use one's label or IRI")
    return nodes[0]


def _find_country(graph: nx.MultiDiGraph, name: str) -> Hashable:
    node = find_entity(graph, name)
    if not _is_country(graph, node):
        raise KgError(f"{name!r} is {_label(graph, node)}, a {graph.nodes[node].get('type')}, not a country")
    return node


# ---------------------------------------------------------------- countries and events


def country_of(graph: nx.MultiDiGraph | HasNetwork) -> dict[Hashable, Hashable]:
    """Each entity that belongs to exactly one country (see the module docstring) → that country's node.

    Countries map to themselves.
    """
    graph = _as_graph(graph)
    return belongs_to(graph, lambda node: _is_country(graph, node))


PAIR_COLUMNS = ["a", "b", "cooperation", "consultation", "conflict", "cooperative", "conflictual", "facts", "undated"]


def country_pairs(graph: nx.MultiDiGraph | HasNetwork, *, organisations: bool = True) -> pd.DataFrame:
    """One row per pair of countries (and international organisations, unless `organisations` is False) with
    facts between them, as the page's country view counts them: facts (not events) by category, cooperative
    (cooperation and consultation) and conflictual, and how many are undated; most facts first.

    People and bodies count for the state they serve (see the module docstring); states of belonging do not count.
    """
    pd = require_pandas()
    graph = _as_graph(graph)
    owner = actor_of(graph) if organisations else country_of(graph)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        predicate = attrs.get("predicate") or key
        category = attrs.get("category") or vocabulary.category(predicate)
        pair = relation_actors(owner, source, target, predicate)
        if pair is None or category == "state":
            continue
        names = tuple(sorted((_label(graph, pair[0]), _label(graph, pair[1]))))
        row = counts[names]  # type: ignore[index]
        row[category] += 1
        row["facts"] += 1
        if not (attrs.get("date") or attrs.get("start_date") or attrs.get("end_date")):
            row["undated"] += 1
    rows = [{"a": a, "b": b, **{c: row[c] for c in RELATION_CATEGORIES},
             "cooperative": row["cooperation"] + row["consultation"], "conflictual": row["conflict"],
             "facts": row["facts"], "undated": row["undated"]} for (a, b), row in counts.items()]
    rows.sort(key=lambda r: (-r["facts"], r["a"], r["b"]))
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def _events(graph: nx.MultiDiGraph) -> Iterable[tuple[Hashable, Hashable, str, dict[str, Any], str | None]]:
    """(subject, object, predicate, edge attrs, date) for every event: one per edge and distinct evidence date."""
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        predicate = attrs.get("predicate") or key
        if predicate in _literal_predicates():
            continue
        dates = {item.get("date") for item in attrs.get("evidence") or ()}
        if not dates:
            dates = {attrs.get("date") or attrs.get("start_date")}
        for date in sorted(dates, key=lambda d: (d is None, _date_sort_key(d or ""))):
            yield source, target, predicate, attrs, date


def _country_event_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The rows of `country_events`, as dicts (None stays None: pandas would make it NaN)."""
    owner = country_of(graph)
    rows = []
    for subject, obj, predicate, attrs, date in _events(graph):
        if predicate in AFFILIATION_PREDICATES and not _is_country(graph, subject):
            continue  # a belonging edge, not a relation
        a, b = owner.get(subject), owner.get(obj)
        if a is None or b is None or a == b:
            continue
        rows.append({
            "source": _label(graph, a), "target": _label(graph, b), "predicate": predicate,
            "plover": attrs.get("plover") or vocabulary.plover_type(predicate),
            "category": attrs.get("category") or vocabulary.category(predicate),
            "date": date, "subject": _label(graph, subject), "object": _label(graph, obj),
            "attributed": not (_is_country(graph, subject) and _is_country(graph, obj)),
            "documents": list(attrs.get("documents") or ()),
        })
    return rows


EVENT_COLUMNS = ["source", "target", "predicate", "plover", "category", "date", "subject", "object", "attributed",
                 "documents"]


def country_events(graph: nx.MultiDiGraph | HasNetwork) -> pd.DataFrame:
    """Every event between two different countries, after attribution: one row per event.

    Columns: source, target (country labels, in the fact's direction), predicate, plover, category, date,
    subject and object (the labels of the fact's own endpoints), attributed (whether either endpoint was
    not itself a country), documents.
    """
    return require_pandas().DataFrame(_country_event_rows(_as_graph(graph)), columns=EVENT_COLUMNS)


def _count_columns(by: str, values: Iterable[str]) -> list[str]:
    """The count columns of a dyad table, in vocabulary order."""
    present = set(values)
    if by == "category":
        return list(vocabulary.CATEGORIES)
    if by == "plover":
        order = list(dict.fromkeys(p.plover for p in vocabulary.predicates()))
    else:
        order = list(vocabulary.predicate_names())
    return [v for v in order if v in present] + sorted(present - set(order))


def dyads(graph: nx.MultiDiGraph | HasNetwork, *, by: str = "category", period: str | None = None,
          directed: bool = False) -> pd.DataFrame:
    """Country-to-country pairs with their number of events, one column per category (or PLOVER type, predicate).

    - by: "category" (cooperation, consultation, conflict, state), "plover" or "predicate".
    - period: None for all time, or "year" / "month" for one row per pair and period of the event's date;
      events whose date does not give that period (undated, or a day without a year) are left out.
    - directed: keep (source, target) as the fact states it; by default a pair is unordered, its two
      countries in alphabetical order.

    Columns: country_a, country_b, [year|month], the counts, total; the busiest pairs first.
    Facts of people and organisations count for their country (see the module docstring).
    """
    if by not in DYAD_BY:
        raise KgError(f"by must be one of {', '.join(DYAD_BY)}, not {by!r}")
    _check_period(period)
    pd = require_pandas()
    counts: Counter[tuple[Any, ...]] = Counter()
    values: set[str] = set()
    for row in _country_event_rows(_as_graph(graph)):
        a, b = (row["source"], row["target"]) if directed else tuple(sorted((row["source"], row["target"])))
        when: tuple[Any, ...] = ()
        if period is not None:
            p = _period(row["date"], period)
            if p is None:
                continue
            when = (p,)
        value = row[by]
        values.add(value)
        counts[(a, b, *when, value)] += 1
    keys = ["country_a", "country_b", *([period] if period else [])]
    columns = _count_columns(by, values)
    table: dict[tuple[Any, ...], dict[str, int]] = defaultdict(lambda: dict.fromkeys(columns, 0))
    for (*key, value), n in counts.items():
        table[tuple(key)][value] += n
    rows = [{**dict(zip(keys, key)), **cells, "total": sum(cells.values())} for key, cells in table.items()]
    frame = pd.DataFrame(rows, columns=[*keys, *columns, "total"])
    if frame.empty:
        return frame.astype({c: "int64" for c in [*columns, "total"]})
    # busiest pairs first; a pair's periods in order
    frame["_pair_total"] = frame.groupby(keys[:2])["total"].transform("sum")
    frame = frame.sort_values(["_pair_total", *keys], ascending=[False] + [True] * len(keys), kind="stable")
    frame = frame.reset_index(drop=True)
    return frame.drop(columns=["_pair_total"], errors="ignore")


def cooperation_conflict(graph: nx.MultiDiGraph | HasNetwork, a: str, b: str,
                         period: str | None = "year") -> pd.DataFrame:
    """Cooperation, consultation and conflict events between countries a and b (either direction) over time.

    a and b are a country's label, alias or ISO code. One row per period from the first dated event to the
    last (periods without events count 0), columns cooperation, consultation, conflict and net
    (cooperation − conflict). With period=None, one row "all" with every event, dated or not.
    `df.attrs` holds a, b (labels), period and undated (events left out for want of a date).
    """
    _check_period(period)
    pd = require_pandas()
    graph = _as_graph(graph)
    label_a, label_b = _label(graph, _find_country(graph, a)), _label(graph, _find_country(graph, b))
    if label_a == label_b:
        raise KgError(f"{a!r} and {b!r} are the same country")
    pair = {label_a, label_b}
    counts: dict[Any, Counter[str]] = defaultdict(Counter)
    undated = 0
    for row in _country_event_rows(graph):
        if {row["source"], row["target"]} != pair or row["category"] not in RELATION_CATEGORIES:
            continue
        when = "all" if period is None else _period(row["date"], period)
        if when is None:
            undated += 1
            continue
        counts[when][row["category"]] += 1
    if period is not None and counts:
        first, last = min(counts), max(counts)
        if period == "year":
            index = list(range(first, last + 1))
        else:
            index = [str(p) for p in pd.period_range(first, last, freq="M")]
    else:
        index = sorted(counts)
    frame = pd.DataFrame([[counts[p][c] for c in RELATION_CATEGORIES] for p in index],
                         index=pd.Index(index, name=period or "period"), columns=list(RELATION_CATEGORIES),
                         dtype="int64")
    frame["net"] = frame["cooperation"] - frame["conflict"]
    frame.attrs.update(a=label_a, b=label_b, period=period, undated=undated)
    return frame


# ---------------------------------------------------------------- structure


def ego_network(graph: nx.MultiDiGraph | HasNetwork, entity: str, radius: int = 1) -> nx.MultiDiGraph:
    """The entities within `radius` facts of an entity (label, alias, ISO code or IRI; case-insensitive).

    Facts are followed in both directions; the result is a copy with the same schema, which
    `KnowledgeGraph.to_html(graph=...)` and `kg.views.notebook.show` draw. An unknown entity is a KgError.
    """
    graph = _as_graph(graph)
    find_entity(graph, entity)  # a clear error for an unknown or ambiguous name
    return filter_graph(graph, focus=entity, depth=radius)


def _pagerank(graph: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 500) -> dict[Any, float]:
    """PageRank by power iteration (networkx's own needs scipy); isolated nodes spread their rank uniformly."""
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    rank = dict.fromkeys(graph, 1.0 / n)
    degree = dict(graph.degree())
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in graph if degree[v] == 0) / n
        new = dict.fromkeys(graph, (1.0 - alpha) / n + dangling)
        for v in graph:
            if degree[v]:
                share = alpha * rank[v] / degree[v]
                for w in graph[v]:
                    new[w] += share
        done = sum(abs(new[v] - rank[v]) for v in graph) < n * tol
        rank = new
        if done:
            break
    return rank


def projection(graph: nx.MultiDiGraph | HasNetwork) -> nx.Graph:
    """The simple undirected graph of who is linked to whom (no holdsPosition, no self-loops), node attrs kept."""
    graph = _as_graph(graph)
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    skip = _literal_predicates()
    simple.add_edges_from((s, t) for s, t, key, attrs in graph.edges(keys=True, data=True)
                          if s != t and (attrs.get("predicate") or key) not in skip)
    return simple


def centrality(graph: nx.MultiDiGraph | HasNetwork) -> pd.DataFrame:
    """Degree, betweenness and PageRank of every entity, on the simple undirected projection.

    Columns: entity (label), type, degree (distinct neighbours), betweenness (normalised), pagerank, iri;
    highest PageRank first.
    """
    pd = require_pandas()
    simple = projection(graph)
    betweenness = nx.betweenness_centrality(simple) if simple.number_of_nodes() else {}
    pagerank = _pagerank(simple)
    rows = [{"entity": str(attrs.get("label") or node), "type": attrs.get("type"), "degree": simple.degree(node),
             "betweenness": betweenness.get(node, 0.0), "pagerank": pagerank.get(node, 0.0),
             "iri": attrs.get("iri") or str(node)} for node, attrs in simple.nodes(data=True)]
    frame = pd.DataFrame(rows, columns=["entity", "type", "degree", "betweenness", "pagerank", "iri"])
    return frame.sort_values(["pagerank", "degree", "entity"], ascending=[False, False, True],
                             kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- facts and events as tables


def _until(attrs: dict[str, Any]) -> str | None:
    """The end of an edge's period ("" when not said), or None when the edge is dated by a point in time."""
    if attrs.get("date") or not attrs.get("start_date"):
        return None
    return attrs.get("end_date") or ""


TIMELINE_COLUMNS = ["date", "until", "subject", "predicate", "object", "category", "modality", "document", "evidence"]


def timeline(graph: nx.MultiDiGraph | HasNetwork) -> pd.DataFrame:
    """Every dated fact with its evidence, by date: date, until (the end of a period such as "from 2010 to 2014";
    "" for a period whose end is not said, "since 2010"; None for a point in time), subject, predicate, object,
    category, modality, document, evidence (the sentence).

    From a KnowledgeGraph, one row per fact and evidence (holdsPosition included); from a networkx graph, one
    row per edge and dated evidence item. The date is the fact's date, else its start date. Days without a
    year ("--03-25") come after the dates with one.
    """
    pd = require_pandas()
    rows: list[dict[str, Any]] = []
    facts = getattr(graph, "facts", None)
    if facts is not None and not isinstance(graph, nx.Graph):
        for record in facts:
            fact = record.fact
            date = fact.date or fact.start_date
            if date:
                rows.append({"date": date, "until": None if fact.date or not fact.start_date else fact.end_date or "",
                             "subject": record.subject_label, "predicate": fact.predicate,
                             "object": record.object_label, "category": vocabulary.category(fact.predicate),
                             "modality": fact.modality, "document": fact.evidence.document,
                             "evidence": " ".join(fact.evidence.sentence.split())})
    else:
        for source, target, key, attrs in graph.edges(keys=True, data=True):
            predicate = attrs.get("predicate") or key
            for item in attrs.get("evidence") or ():
                if item.get("date"):
                    rows.append({"date": item["date"], "until": _until(attrs),
                                 "subject": _label(graph, source), "predicate": predicate,
                                 "object": _label(graph, target), "category": attrs.get("category"),
                                 "modality": attrs.get("modality"), "document": item.get("document"),
                                 "evidence": " ".join(str(item.get("sentence") or "").split())})
    rows.sort(key=lambda r: (_date_sort_key(r["date"]), r["subject"], r["predicate"], r["object"], r["document"]))
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


#: Names that moved to kg.views.notebook, still reachable here for notebooks written before the move.
_MOVED_TO_NOTEBOOK = frozenset({"FACT_COLUMNS", "facts_frame", "plot_cooperation_conflict", "query_frame", "show",
                                "summary_html"})


def __getattr__(name: str) -> Any:
    """kg.analysis.show and the other notebook helpers, now in kg.views.notebook (looked up there on use)."""
    if name in _MOVED_TO_NOTEBOOK:
        return getattr(_notebook, name)
    raise AttributeError(f"module 'kg.analysis' has no attribute {name!r}")
