"""kg.analysis: dyads, attribution to countries, ego networks, centrality and timelines.

Most tests run on a small hand-built networkx graph with the schema of KnowledgeGraph.to_networkx()
(tests/networks.py), the timeline also on a KnowledgeGraph of hand-built extractions (no spaCy), and one
test on a real build of the seed article. The notebook helpers are tested in tests/views/test_notebook.py.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

pd = pytest.importorskip("pandas")

from kg import analysis  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.knowledge_graph import KnowledgeGraph  # noqa: E402
from kg.views import notebook  # noqa: E402
from networks import BASE, add_relation, bilateral_graph  # noqa: E402
from samples import hostile_extraction  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------- a hand-built graph (tests/networks.py)


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    return bilateral_graph()


def _row(frame: pd.DataFrame, a: str, b: str) -> pd.Series:
    match = frame[(frame["country_a"] == a) & (frame["country_b"] == b)]
    assert len(match) == 1, frame
    return match.iloc[0]


# ---------------------------------------------------------------- attribution and dyads


def test_country_of_follows_belonging_edges(graph):
    owner = analysis.country_of(graph)
    assert owner[BASE + "person/gantz"] == BASE + "country/ISR"
    assert owner[BASE + "person/kochavi"] == BASE + "country/ISR"  # leads Tsahal, part of Israel
    assert owner[BASE + "country/MAR"] == BASE + "country/MAR"
    assert BASE + "person/dual" not in owner  # two countries at the same distance: ambiguous
    assert BASE + "agreement/mou" not in owner


def test_dyads_by_category(graph):
    table = analysis.dyads(graph)
    assert list(table.columns) == ["country_a", "country_b", "cooperation", "consultation", "conflict", "state",
                                   "total"]
    pair = _row(table, "Israel", "Morocco")
    # visits on two distinct dates (the same day reported twice counts once), meetsWith and Kochavi's visit
    assert (pair.consultation, pair.cooperation, pair.conflict, pair.state, pair.total) == (4, 1, 1, 0, 6)
    assert _row(table, "Israel", "United States").conflict == 1
    assert len(table) == 2  # no France pair (ambiguous visitor), no self pairs from belonging edges
    assert table.iloc[0]["country_a"] == "Israel" and table.iloc[0]["country_b"] == "Morocco"  # busiest first


@pytest.mark.parametrize(("by", "expected"), [
    ("category", {"consultation": 4, "cooperation": 1, "conflict": 1}),
    ("plover", {"CONSULT": 4, "COOPERATE": 1, "DISAPPROVE": 1}),
    ("predicate", {"visits": 3, "meetsWith": 1, "cooperatesWith": 1, "criticizes": 1}),
])
def test_dyads_by(graph, by, expected):
    pair = _row(analysis.dyads(graph, by=by), "Israel", "Morocco")
    for column, n in expected.items():
        assert pair[column] == n
    assert pair["total"] == 6


@pytest.mark.parametrize(("period", "expected"), [
    ("year", {2021: (2, 0), 2022: (2, 0), 2023: (0, 1)}),
    ("month", {"2021-11": (2, 0), "2022-07": (1, 0), "2022-08": (1, 0)}),  # "2023" has no month
])
def test_dyads_by_period(graph, period, expected):
    table = analysis.dyads(graph, period=period)
    pair = table[(table["country_a"] == "Israel") & (table["country_b"] == "Morocco")]
    got = {row[period]: (row["consultation"], row["conflict"]) for _, row in pair.iterrows()}
    assert got == expected  # the undated cooperation is left out
    assert list(pair[period]) == sorted(pair[period])


def test_dyads_directed(graph):
    table = analysis.dyads(graph, directed=True)
    assert _row(table, "Israel", "Morocco").total == 5
    assert _row(table, "Morocco", "Israel").cooperation == 1
    assert _row(table, "United States", "Israel").conflict == 1


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"by": "colour"}, "by must be"), ({"period": "week"}, "period must be"),
])
def test_dyads_rejects_bad_arguments(graph, kwargs, message):
    with pytest.raises(KgError, match=message):
        analysis.dyads(graph, **kwargs)


def test_dyads_of_empty_graph():
    table = analysis.dyads(nx.MultiDiGraph())
    assert table.empty and "total" in table.columns


# ---------------------------------------------------------------- cooperation vs conflict


def test_cooperation_conflict_by_year(graph):
    frame = analysis.cooperation_conflict(graph, "israel", "MAR")
    assert list(frame.index) == [2021, 2022, 2023]
    assert list(frame.columns) == ["cooperation", "consultation", "conflict", "net"]
    assert frame.loc[2022, "consultation"] == 2 and frame.loc[2023, "conflict"] == 1
    assert frame.loc[2023, "net"] == -1
    assert frame.attrs == {"a": "Israel", "b": "Morocco", "period": "year", "undated": 1}


def test_cooperation_conflict_fills_gaps_and_totals(graph):
    add_relation(graph, "country/MAR", "criticizes", "country/ISR", "2026-01-02")
    frame = analysis.cooperation_conflict(graph, "Morocco", "Israel")
    assert list(frame.index) == list(range(2021, 2027)) and frame.loc[2024].sum() == 0
    months = analysis.cooperation_conflict(graph, "Morocco", "Israel", period="month")
    assert months.index[0] == "2021-11" and months.index[-1] == "2026-01" and len(months) == 51
    everything = analysis.cooperation_conflict(graph, "Morocco", "Israel", period=None)
    assert list(everything.index) == ["all"] and everything.loc["all"].tolist() == [1, 4, 2, -1]


@pytest.mark.parametrize(("a", "b", "message"), [
    ("Atlantis", "Israel", "no entity named"),
    ("Tsahal", "Israel", "not a country"),
    ("Israel", "ISR", "same country"),
])
def test_cooperation_conflict_errors(graph, a, b, message):
    with pytest.raises(KgError, match=message):
        analysis.cooperation_conflict(graph, a, b)


# ---------------------------------------------------------------- structure


@pytest.mark.parametrize("name", ["Israel", "israel", "ISR", "Israeli", BASE + "country/ISR"])
def test_ego_network_finds_entity(graph, name):
    ego = analysis.ego_network(graph, name)
    assert isinstance(ego, nx.MultiDiGraph)
    labels = {attrs["label"] for _, attrs in ego.nodes(data=True)}
    assert {"Israel", "Morocco", "United States", "Benny Gantz", "Tsahal", "Dual Citizen"} == labels
    assert ego.has_edge(BASE + "country/ISR", BASE + "country/MAR", key="visits")
    assert ego.graph["documents"] == ["d1", "d2"]


def test_ego_network_radius_two_and_unknown(graph):
    assert BASE + "person/kochavi" in analysis.ego_network(graph, "Israel", radius=2)
    assert analysis.ego_network(graph, "Israel", radius=0).number_of_nodes() == 1
    with pytest.raises(KgError, match="no entity named"):
        analysis.ego_network(graph, "Atlantis")


def test_centrality(graph):
    graph.add_node("literal", label="Minister", type="Entity")
    graph.add_edge(BASE + "person/gantz", "literal", key="holdsPosition", predicate="holdsPosition")
    table = analysis.centrality(graph)
    assert list(table.columns) == ["entity", "type", "degree", "betweenness", "pagerank", "iri"]
    assert table.iloc[0]["entity"] == "Israel"  # the hub of the graph
    degree = dict(zip(table["entity"], table["degree"]))
    # Israel: Morocco, United States, Gantz, Tsahal, Dual Citizen; Gantz: Israel, Loudiyi, memorandum
    assert degree["Israel"] == 5 and degree["Benny Gantz"] == 3
    assert degree["Minister"] == 0  # holdsPosition is not a link
    assert table["pagerank"].sum() == pytest.approx(1.0)
    assert list(table["pagerank"]) == sorted(table["pagerank"], reverse=True)


def test_pagerank_matches_networkx():
    reference = getattr(nx.algorithms.link_analysis.pagerank_alg, "_pagerank_python", None)
    if reference is None:
        pytest.skip("networkx has no pure-python pagerank to compare with")
    simple = nx.karate_club_graph()
    simple.add_node("isolated")
    ours, theirs = analysis._pagerank(simple), reference(simple, weight=None, tol=1e-12, max_iter=1000)
    assert ours == pytest.approx(theirs, abs=1e-6)


def test_timeline_of_graph(graph):
    table = analysis.timeline(graph)
    assert list(table.columns) == analysis.TIMELINE_COLUMNS
    assert list(table["date"])[0] == "2021-11-24" and list(table["date"])[-1] == "--11-24"  # no year: last
    assert len(table) == 10  # every dated evidence item
    visits = table[(table["subject"] == "Israel") & (table["predicate"] == "visits")]
    assert list(visits["document"]) == ["d1", "d2", "d1"]


# ---------------------------------------------------------------- a KnowledgeGraph (no spaCy)


def test_timeline_of_kg():
    table = analysis.timeline(KnowledgeGraph.from_extractions([hostile_extraction()]))
    assert list(table["date"]) == ["2020", "2022-01-01"]


def test_timeline_keeps_the_end_of_a_period():
    from samples import extractions

    built = KnowledgeGraph.from_extractions(extractions())
    for table in (analysis.timeline(built), analysis.timeline(built.to_networkx())):
        party = table[table["predicate"] == "partyTo"].iloc[0]
        assert (party["date"], party["until"]) == ("2021-11-24", "2024")  # "from 2021-11-24 to 2024", not 2021
        assert table[table["predicate"] != "partyTo"]["until"].isna().all()
    since = KnowledgeGraph.from_extractions([hostile_extraction()])  # "minister" from 2020, its end not said
    until = analysis.timeline(since)["until"]
    assert until.tolist()[0] == "" and until.isna().tolist() == [False, True]


# ---------------------------------------------------------------- a real build


@pytest.mark.slow
def test_seed_build():
    import kg

    built = kg.build(ROOT / "seeds")
    table = analysis.dyads(built)
    assert not table.empty
    pair = _row(table, "Israel", "Morocco")
    assert pair.consultation >= 1 and pair.total >= 2
    assert len(notebook.facts_frame(built)) == len(built.facts)
    assert analysis.centrality(built).iloc[0]["type"] == "Country"
    ego = analysis.ego_network(built, "Morocco")
    assert "Israel" in {a["label"] for _, a in ego.nodes(data=True)}
    assert (analysis.timeline(built)["date"].str.len() > 0).all()
