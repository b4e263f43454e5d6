"""Jupyter helpers over a KnowledgeGraph: pandas tables of its facts and queries, its summary, the inline view, plots.

pandas is needed for the tables and matplotlib for `plot_cooperation_conflict`; both (and IPython) are imported
only when used (`pip install 'kg[notebook]'`). The networkx measures (dyads, centrality, ...) are kg.analysis.
"""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import networkx as nx

from kg import vocabulary
from kg.errors import KgError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from kg.graph.rdf import FactRecord
    from kg.graph.sparql import QueryResult
    from kg.model import Entity

__all__ = ["FACT_COLUMNS", "NotebookGraph", "facts_frame", "plot_cooperation_conflict", "plot_pairs", "query_frame",
           "require_pandas", "show", "summary_html"]


class NotebookGraph(Protocol):
    """What these helpers use of a KnowledgeGraph (structurally, so that views never import it)."""

    @property
    def facts(self) -> Sequence[FactRecord]: ...

    @property
    def entities(self) -> Sequence[Entity]: ...

    def query(self, sparql: str, **bindings: Any) -> QueryResult: ...

    def summary(self) -> Any: ...

    def to_html(self, path: Any = None, *, graph: nx.MultiDiGraph | None = None, title: str | None = None) -> str: ...


def require_pandas() -> Any:
    """pandas, or a KgError saying how to install it."""
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise KgError("the analysis tables need pandas: pip install 'kg[notebook]'") from None
    return pandas


# ---------------------------------------------------------------- tables


FACT_COLUMNS = ["subject", "predicate", "object", "category", "plover", "date", "start_date", "end_date",
                "modality", "confidence", "document", "evidence", "rule", "attributed_to", "subject_key",
                "object_key"]


def facts_frame(kg: NotebookGraph) -> pd.DataFrame:
    """kg.facts as a table: one row per fact and evidence, with labels, qualifiers and keys (FACT_COLUMNS)."""
    pd = require_pandas()
    rows = []
    for record in kg.facts:
        fact = record.fact
        rows.append({
            "subject": record.subject_label, "predicate": fact.predicate, "object": record.object_label,
            "category": vocabulary.category(fact.predicate), "plover": vocabulary.plover_type(fact.predicate),
            "date": fact.date, "start_date": fact.start_date, "end_date": fact.end_date,
            "modality": fact.modality, "confidence": float(fact.confidence), "document": fact.evidence.document,
            "evidence": " ".join(fact.evidence.sentence.split()), "rule": fact.rule,
            "attributed_to": fact.attributed_to, "subject_key": fact.subject,
            "object_key": None if fact.object_is_literal else fact.object,
        })
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def query_frame(kg: NotebookGraph, sparql: str, **bindings: Any) -> pd.DataFrame:
    """A SPARQL SELECT over the graph as a table, one column per variable (python values: IRIs as str).

    An ASK query gives one column "boolean" with one row. Keyword arguments bind variables, as in kg.query.
    """
    require_pandas()  # the clear message when pandas is missing
    return kg.query(sparql, **bindings).to_frame()


# ---------------------------------------------------------------- display


def summary_html(kg: NotebookGraph) -> str:
    """An HTML table of what the graph holds: documents, entities by type, facts by predicate (all escaped)."""
    summary = kg.summary()
    by_type = Counter(entity.type for entity in kg.entities)

    def row(name: str, value: Any, indent: bool = False) -> str:
        style = ' style="padding-left:1.5em"' if indent else ""
        return (f"<tr><td{style}>{html.escape(str(name))}</td>"
                f'<td style="text-align:right">{html.escape(str(value))}</td></tr>')

    rows = [row("documents", summary.documents)]
    if summary.skipped:
        rows.append(row("inputs skipped", len(summary.skipped)))
        rows += [row(f"{s.source}: {s.reason}", "", indent=True) for s in summary.skipped]
    rows.append(row("entities", summary.entities))
    rows += [row(kind, n, indent=True) for kind, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))]
    rows.append(row("facts", summary.facts))
    rows += [row(p, n, indent=True) for p, n in summary.facts_by_predicate.items()]
    caption = html.escape(f"{type(kg).__name__}")
    return (f'<table class="kg-summary"><caption style="text-align:left"><b>{caption}</b></caption>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def show(kg: NotebookGraph | nx.MultiDiGraph, graph: nx.MultiDiGraph | None = None, *, height: int = 600,
         title: str | None = None) -> Any:
    """The interactive view inline in a notebook: an IPython HTML object holding the page in a sandboxed iframe.

    `kg` is a KnowledgeGraph (drawn whole, or `graph` instead: an ego network, a filtered copy) or a networkx
    graph of the same schema. The page is self-contained, so it works offline and in exported notebooks.
    """
    from IPython.display import HTML

    if isinstance(kg, nx.Graph):
        from kg.views.html import render_html

        page = render_html(graph if graph is not None else kg, title=title or "kg")
    else:
        page = kg.to_html(graph=graph, title=title)
    return HTML(f'<div class="kg-view"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe></div>')


# ---------------------------------------------------------------- plots


def plot_cooperation_conflict(df: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Bars of cooperation (up) and conflict (down) per period, consultation and net as lines; returns the axes."""
    import matplotlib.pyplot as plt  # only when plotting

    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4))
    a, b = df.attrs.get("a", "A"), df.attrs.get("b", "B")
    period = df.attrs.get("period") or "period"
    undated = df.attrs.get("undated", 0)
    if df.attrs.get("period", "period") is None:  # one row of every event, dated or not: counts, not a timeline
        ax.set_title(f"{a} – {b}: cooperation and conflict, all events (dated or not)")
    else:
        ax.set_title(f"{a} – {b}: cooperation and conflict by {period}")
    ax.axhline(0, color="#555555", linewidth=0.8)
    if df.empty:
        note = f"no dated events between {a} and {b}"
        if undated:
            note += f" ({undated} undated)"
        ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes, color="#555555")
        ax.set_xticks([])
        return ax
    positions = list(range(len(df)))
    ax.bar(positions, df["cooperation"], color="#2e9b48", label="cooperation")
    ax.bar(positions, -df["conflict"], color="#d12f2f", label="conflict")
    ax.plot(positions, df["consultation"], color="#2a6fd6", marker="o", label="consultation")
    ax.plot(positions, df["net"], color="#222222", marker=".", linestyle="--", label="net (coop. − conflict)")
    step = max(1, len(positions) // 12)
    ax.set_xticks(positions[::step], [str(p) for p in df.index[::step]], rotation=45 if period == "month" else 0)
    ax.set_ylabel("events (conflict below zero)")
    if undated:
        ax.annotate(f"{undated} undated event(s) not shown", xy=(1, 1), xycoords="axes fraction",
                    ha="right", va="bottom", fontsize=8, color="#555555")
    ax.legend(loc="best", fontsize=8)
    return ax


PAIR_COLOURS = {"cooperation": "#2e9b48", "consultation": "#2a6fd6", "conflict": "#d12f2f"}


def plot_pairs(pairs: pd.DataFrame, top: int = 12, ax: Axes | None = None) -> Axes:
    """Horizontal bars of the busiest pairs (a kg.analysis.country_pairs table: countries and international
    organisations) by category, dated facts or not, so that undated articles still give a chart; returns the axes."""
    import matplotlib.pyplot as plt  # only when plotting

    shown = pairs.head(top).iloc[::-1]  # the busiest on top
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.4 * max(len(shown), 3) + 1))
    ax.set_title(f"The {len(shown)} busiest pairs: facts by category")
    if shown.empty:
        ax.text(0.5, 0.5, "no facts between two countries or organisations", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        ax.set_yticks([])
        return ax
    names = [f"{a} – {b}" for a, b in zip(shown["a"], shown["b"])]
    left = [0] * len(shown)
    for category, colour in PAIR_COLOURS.items():
        values = list(shown[category])
        ax.barh(names, values, left=left, color=colour, label=category)
        left = [x + y for x, y in zip(left, values)]
    undated = int(pairs.head(top)["undated"].sum())
    ax.set_xlabel("facts" + (f" ({undated} of them undated)" if undated else ""))
    ax.legend(loc="lower right", fontsize=8)
    return ax
