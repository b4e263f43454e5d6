"""kg.views.notebook: the pandas tables of facts and queries, the HTML summary, the inline view and the plot.

They run on a KnowledgeGraph of hand-built extractions (no spaCy) and the hand-built bilateral graph of
tests/networks.py.
"""
from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")

from kg import analysis  # noqa: E402
from kg.knowledge_graph import KnowledgeGraph  # noqa: E402
from kg.views import notebook  # noqa: E402
from networks import BASE, bilateral_graph  # noqa: E402
from samples import hostile_extraction  # noqa: E402


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_extractions([hostile_extraction()])


@pytest.fixture()
def graph():
    return bilateral_graph()


def test_facts_frame():
    kg = _kg()
    facts = notebook.facts_frame(kg)
    assert list(facts.columns) == notebook.FACT_COLUMNS and len(facts) == len(kg.facts) == 3
    visit = facts[facts["predicate"] == "visits"].iloc[0]
    assert (visit.subject, visit.object, visit.date, visit.category, visit.plover) == (
        "Israel", "Morocco", "2022-01-01", "consultation", "CONSULT")
    assert pd.isna(facts[facts["predicate"] == "holdsPosition"].iloc[0]["object_key"])
    assert kg.facts_frame().equals(facts)


def test_query_frame():
    kg = _kg()
    frame = notebook.query_frame(kg, "PREFIX kg: <https://w3id.org/kg/ontology#> "
                                     "SELECT ?s ?o WHERE { ?s kg:visits ?o }")
    assert list(frame.columns) == ["s", "o"] and frame.iloc[0]["o"] == BASE + "country/MAR"
    ask = notebook.query_frame(kg, "ASK { ?s ?p ?o }")
    assert ask.to_dict("list") == {"boolean": [True]}


def test_summary_html_is_escaped():
    text = notebook.summary_html(_kg())
    assert "<script>" not in text and "documents" in text
    assert ">visits</td>" in text and "Country" in text
    assert _kg()._repr_html_() == text


def test_show_embeds_view_in_iframe(graph):
    pytest.importorskip("IPython")
    shown = notebook.show(_kg())
    assert '<iframe srcdoc="' in shown.data and "<script>alert" not in shown.data
    assert "iframe" in notebook.show(analysis.ego_network(graph, "Israel")).data


@pytest.mark.parametrize("empty", [False, True])
def test_plot_cooperation_conflict(graph, empty):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    frame = analysis.cooperation_conflict(graph, "Israel", "United States" if empty else "Morocco", period="year")
    if empty:
        frame = frame.iloc[0:0]
    ax = notebook.plot_cooperation_conflict(frame)
    try:
        assert "cooperation and conflict" in ax.get_title()
        texts = " ".join(t.get_text() for t in ax.texts)
        assert ("no dated events" in texts) == empty
    finally:
        plt.close(ax.figure)


def test_moved_helpers_are_still_reachable_from_analysis():
    """Notebooks written before the helpers moved (analysis.show, analysis.facts_frame...) keep working."""
    for name in ("FACT_COLUMNS", "facts_frame", "plot_cooperation_conflict", "query_frame", "show", "summary_html"):
        assert getattr(analysis, name) is getattr(notebook, name)
    with pytest.raises(AttributeError):
        analysis.no_such_helper  # noqa: B018


def test_plot_pairs_draws_every_pair_with_data_dated_or_not(graph):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pairs = analysis.country_pairs(graph)
    undated = pairs.assign(undated=pairs["facts"])  # the same facts, none dated: the chart is the same
    for table in (pairs, undated):
        ax = notebook.plot_pairs(table, top=5)
        try:
            drawn = sum(p.get_width() for p in ax.patches)
            assert drawn == table.head(5)[["cooperation", "consultation", "conflict"]].to_numpy().sum() > 0
            assert [t.get_text() for t in ax.get_yticklabels()][-1] == f"{table.iloc[0]['a']} – {table.iloc[0]['b']}"
        finally:
            plt.close(ax.figure)
    ax = notebook.plot_pairs(undated, top=5)
    assert "undated" in ax.get_xlabel()
    plt.close(ax.figure)
    empty = notebook.plot_pairs(pairs.iloc[0:0])
    assert "no facts" in " ".join(t.get_text() for t in empty.texts)
    plt.close(empty.figure)


def test_plot_of_all_events_says_so(graph):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = notebook.plot_cooperation_conflict(analysis.cooperation_conflict(graph, "Israel", "Morocco", period=None))
    assert ax.get_title().endswith("all events (dated or not)") and ax.patches
    plt.close(ax.figure)
