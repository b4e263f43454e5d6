"""kg.analysis.country_pairs and kg.views.countries: facts counted for the states (and organisations) involved."""
from __future__ import annotations

import networkx as nx
import pytest

pytest.importorskip("pandas")

from kg import analysis
from kg.views.countries import actor_of, international_organisations, relation_actors


def _node(g: nx.MultiDiGraph, key: str, label: str, type_: str, aliases: tuple[str, ...] = ()) -> None:
    g.add_node(key, label=label, type=type_, aliases=list(aliases))


def _fact(g: nx.MultiDiGraph, s: str, t: str, predicate: str, category: str, date: str | None = None) -> None:
    g.add_edge(s, t, key=predicate, predicate=predicate, category=category, date=date, evidence=[])


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, label in (("c/MAR", "Morocco"), ("c/ISR", "Israel"), ("c/DZA", "Algeria")):
        _node(g, key, label, "Country")
    _node(g, "o/un", "United Nations", "Organization")
    _node(g, "o/wto", "trade body", "Organization", aliases=("WTO",))
    _node(g, "o/acme", "Acme Holdings", "Organization")
    _node(g, "p/gantz", "Benny Gantz", "Person")
    _node(g, "p/bourita", "Nasser Bourita", "Person")
    _node(g, "o/army", "the army", "Organization")
    _fact(g, "p/gantz", "c/ISR", "affiliatedWith", "state")
    _fact(g, "p/bourita", "c/MAR", "affiliatedWith", "state")
    _fact(g, "o/army", "c/DZA", "partOf", "state")
    _fact(g, "c/MAR", "c/ISR", "signs", "cooperation", "2021-11-24")
    _fact(g, "p/gantz", "c/MAR", "visits", "consultation", "2021-11-24")
    _fact(g, "p/bourita", "p/gantz", "meetsWith", "consultation")
    _fact(g, "o/army", "c/MAR", "attacks", "conflict", "2021-08-24")
    _fact(g, "c/MAR", "o/un", "memberOf", "state")
    _fact(g, "o/un", "c/ISR", "criticizes", "conflict", "2022-01-01")
    _fact(g, "o/acme", "c/MAR", "cooperatesWith", "cooperation")
    _fact(g, "c/ISR", "o/wto", "criticizes", "conflict")
    return g


def test_international_organisations_are_those_of_the_table(graph: nx.MultiDiGraph) -> None:
    assert international_organisations(graph) == {"o/un", "o/wto"}  # by name, or by an alias; not Acme


def test_actor_of_follows_belonging_to_states_and_organisations(graph: nx.MultiDiGraph) -> None:
    owner = actor_of(graph)
    assert owner["p/gantz"] == "c/ISR" and owner["o/army"] == "c/DZA" and owner["o/un"] == "o/un"
    assert "o/acme" not in owner


@pytest.mark.parametrize("source,target,predicate,expected", [
    ("p/gantz", "c/MAR", "visits", ("c/ISR", "c/MAR")),
    ("p/gantz", "c/ISR", "affiliatedWith", None),  # belonging is no relation
    ("p/bourita", "c/MAR", "visits", None),  # the same state at both ends
    ("o/acme", "c/MAR", "cooperatesWith", None),  # no state behind Acme
])
def test_relation_actors(graph: nx.MultiDiGraph, source: str, target: str, predicate: str,
                         expected: tuple[str, str] | None) -> None:
    assert relation_actors(actor_of(graph), source, target, predicate) == expected


def test_country_pairs_counts_facts_for_the_states_involved(graph: nx.MultiDiGraph) -> None:
    table = analysis.country_pairs(graph)
    rows = {(r.a, r.b): (r.cooperation, r.consultation, r.conflict, r.cooperative, r.conflictual, r.facts, r.undated)
            for r in table.itertuples()}
    assert rows == {
        ("Israel", "Morocco"): (1, 2, 0, 3, 0, 3, 1),
        ("Algeria", "Morocco"): (0, 0, 1, 0, 1, 1, 0),
        ("Israel", "United Nations"): (0, 0, 1, 0, 1, 1, 0),
        ("Israel", "trade body"): (0, 0, 1, 0, 1, 1, 1),
    }
    assert list(table.columns) == analysis.PAIR_COLUMNS
    assert (table.iloc[0].a, table.iloc[0].b) == ("Israel", "Morocco")  # most facts first


def test_country_pairs_without_organisations_and_on_an_empty_graph(graph: nx.MultiDiGraph) -> None:
    assert set(zip(*analysis.country_pairs(graph, organisations=False)[["a", "b"]].values.T)) == {
        ("Israel", "Morocco"), ("Algeria", "Morocco")}
    assert analysis.country_pairs(nx.MultiDiGraph()).empty
