"""kg.views.filters: date bounds of facts, display labels, and filter_graph (predicates, dates, focus, depth,
confidence)."""
from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest

from kg.errors import DateError, KgError
from kg.views.filters import date_bounds, display_label, fact_interval, filter_graph
from networks import add_entity, add_fact, sample_graph


# ---------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023", ("2023-01-01", "2023-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-05-07", ("2023-05-07", "2023-05-07")),
        ("2023-05-07T10:00:00", ("2023-05-07", "2023-05-07")),
        (dt.date(2020, 1, 2), ("2020-01-02", "2020-01-02")),
        (dt.datetime(2020, 1, 2, 3, 4), ("2020-01-02", "2020-01-02")),
        ("2023-13", None),
        ("2023-02-30", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_date_bounds(value, expected):
    assert date_bounds(value) == expected


def test_fact_interval():
    assert fact_interval({"date": "2021"}) == ("2021-01-01", "2021-12-31")
    assert fact_interval({"start_date": "2020-05", "end_date": "2021-02-03"}) == ("2020-05-01", "2021-02-03")
    assert fact_interval({"start_date": "2020-05"}) == ("2020-05-01", "9999-12-31")
    assert fact_interval({"start_date": "2020-05", "date": "2020-07-01"}) == ("2020-05-01", "2020-07-01")
    assert fact_interval({}) == (None, None)


def test_display_label():
    assert display_label("Morocco", "MAR") == "Morocco (MAR)"
    assert display_label("Morocco (MAR)", "MAR") == "Morocco (MAR)"
    assert display_label("Benny Gantz", None) == "Benny Gantz"


# --------------------------------------------------------------------------------------- filter


def edge_set(g):
    return {(s, t, k) for s, t, k in g.edges(keys=True)}


def test_filter_without_arguments_is_a_copy():
    g = sample_graph()
    out = filter_graph(g)
    assert edge_set(out) == edge_set(g) and set(out.nodes) == set(g.nodes)
    out.remove_node("country/MAR")
    assert "country/MAR" in g
    assert out is not g


def test_filter_by_predicate_keeps_attributes_and_drops_lonely_entities():
    g = sample_graph()
    out = filter_graph(g, predicates=["FIGHT", "visit"])
    assert edge_set(out) == {("country/MAR", "group/polisario", "fight"), ("country/ISR", "country/MAR", "visit")}
    assert set(out.nodes) == {"country/MAR", "country/ISR", "group/polisario"}
    assert out.nodes["country/MAR"] == g.nodes["country/MAR"]
    assert out.edges["country/MAR", "group/polisario", "fight"] == g.edges["country/MAR", "group/polisario", "fight"]
    assert edge_set(filter_graph(g, predicates="fight")) == {("country/MAR", "group/polisario", "fight")}


def test_unknown_predicate_is_a_clear_error():
    with pytest.raises(KgError, match=r"unknown predicate\(s\): sign_agrement\. Known predicates: .*sign_agreement"):
        filter_graph(sample_graph(), predicates=["sign_agrement"])


@pytest.mark.parametrize(
    "since, until, expected",
    [
        ("2021-01-01", None, {"sign_agreement", "visit", "holds_position"}),
        (None, "2020-12-31", {"fight", "recognize", "holds_position"}),
        ("2020-12-15", "2020-12-15", {"recognize", "holds_position"}),  # the month "2020-12" covers the 15th
        ("2021-11", "2021-11", {"sign_agreement", "visit", "holds_position"}),
        (dt.date(2020, 11, 13), dt.date(2020, 11, 13), {"fight", "holds_position"}),
        ("2019", "2019", set()),
    ],
)
def test_filter_by_dates_drops_undated_facts(since, until, expected):
    out = filter_graph(sample_graph(), since=since, until=until)
    assert {k for _, _, k in out.edges(keys=True)} == expected
    assert "org/un" not in out  # member_of is undated


@pytest.mark.parametrize("bad", ["2021/01/01", "yesterday", "2021-02-30", "21-01-01"])
def test_bad_dates_are_date_errors(bad):
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        filter_graph(sample_graph(), since=bad)


def test_since_after_until_is_an_error():
    with pytest.raises(DateError, match="after"):
        filter_graph(sample_graph(), since="2022-01-01", until="2021-01-01")


@pytest.mark.parametrize("focus", ["Morocco", "morocco", "MAR", "mar", "Kingdom of Morocco", "Morocco (MAR)", "country/MAR",
                                   "https://kg.example/country/MAR", "  rabat "])
def test_focus_by_label_alias_code_or_iri(focus):
    out = filter_graph(sample_graph(), focus=focus)
    assert set(out.nodes) == {"country/MAR", "country/ISR", "country/USA", "group/polisario", "org/un"}
    assert ("person/gantz", "country/ISR", "holds_position") not in edge_set(out)


def test_focus_depth():
    g = sample_graph()
    assert set(filter_graph(g, focus="Gantz", depth=0).nodes) == {"person/gantz"}
    assert set(filter_graph(g, focus="Gantz", depth=1).nodes) == {"person/gantz", "country/ISR"}
    assert set(filter_graph(g, focus="Gantz", depth=2).nodes) == {"person/gantz", "country/ISR", "country/MAR"}
    assert set(filter_graph(g, focus="Gantz", depth=9).nodes) == set(g.nodes)
    depth2 = filter_graph(g, focus="Gantz", depth=2)
    assert ("country/MAR", "country/ISR", "sign_agreement") in edge_set(depth2)
    assert ("country/MAR", "org/un", "member_of") not in edge_set(depth2)


def test_focus_with_predicates_follows_only_kept_facts():
    out = filter_graph(sample_graph(), focus="US", predicates=["recognize", "fight"], depth=2)
    assert edge_set(out) == {("country/USA", "country/MAR", "recognize"), ("country/MAR", "group/polisario", "fight")}


def test_focus_is_kept_even_when_filters_leave_it_no_fact():
    out = filter_graph(sample_graph(), focus="UN", since="2021-01-01")
    assert set(out.nodes) == {"org/un"} and out.number_of_edges() == 0


def test_label_match_beats_alias_match():
    g = sample_graph()
    add_entity(g, "place/rabat", "Rabat", "Place")
    assert set(filter_graph(g, focus="rabat", depth=0).nodes) == {"place/rabat"}


def test_unknown_focus_is_a_clear_error():
    with pytest.raises(KgError, match=r"no entity named 'Moroco'.*labels, aliases and ISO codes"):
        filter_graph(sample_graph(), focus="Moroco")
    with pytest.raises(KgError, match="empty"):
        filter_graph(sample_graph(), focus="  ")


@pytest.mark.parametrize("focus,nodes", [
    ("benny", {"person/gantz"}),                      # a word of the name (a first name or surname)
    ("Polis", {"group/polisario"}),                   # the beginning of a name, as the page's search accepts
    ("isario front", {"group/polisario"}),            # any part of it
    ("united", {"country/USA", "org/un"}),            # entities sharing the best kind of match are all kept
    ("nited", {"country/USA", "org/un"}),
])
def test_focus_accepts_what_the_page_search_accepts(focus, nodes):
    assert set(filter_graph(sample_graph(), focus=focus, depth=0).nodes) == nodes


def test_whole_word_beats_part_of_a_word():
    g = sample_graph()
    add_entity(g, "person/rael", "Rael Smith", "Person")
    assert set(filter_graph(g, focus="rael", depth=0).nodes) == {"person/rael"}  # not Israel


def test_a_vague_focus_is_an_error_naming_some_matches():
    g = sample_graph()
    for n in range(7):
        add_entity(g, f"person/p{n}", f"Person Number {n}", "Person")
    with pytest.raises(KgError, match=r"'number' matches 7 entities \(Person Number 0, .*give more of the name"):
        filter_graph(g, focus="number")


@pytest.mark.parametrize("depth", [-1, 1.5, True, "2"])
def test_bad_depth(depth):
    with pytest.raises(KgError, match="depth"):
        filter_graph(sample_graph(), focus="Morocco", depth=depth)


# ------------------------------------------------------------------------------------- confidence


def confidence_graph():
    g = nx.MultiDiGraph()
    for key, label in (("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")):
        add_entity(g, key, label, "Country")
    add_fact(g, "a", "b", "visits", "consultation", confidence=0.9)
    add_fact(g, "b", "c", "criticizes", "conflict", confidence=0.4)
    g.add_edge("a", "c", key="meetsWith", predicate="meetsWith", category="consultation", confidence=0.85,
               evidence=[{"document": "d1", "sentence": "sure", "confidence": 0.85},
                         {"document": "d2", "sentence": "unsure", "confidence": 0.3}])
    return g


@pytest.mark.parametrize("threshold, expected", [
    pytest.param(0.0, {("a", "b", "visits"), ("b", "c", "criticizes"), ("a", "c", "meetsWith")}, id="zero-keeps-all"),
    pytest.param(0.4, {("a", "b", "visits"), ("b", "c", "criticizes"), ("a", "c", "meetsWith")}, id="inclusive"),
    pytest.param(0.5, {("a", "b", "visits"), ("a", "c", "meetsWith")}, id="drops-below"),
    pytest.param(0.9, {("a", "b", "visits")}, id="high"),
    pytest.param(1.0, set(), id="one-keeps-only-certain"),
])
def test_filter_by_confidence(threshold, expected):
    assert edge_set(filter_graph(confidence_graph(), min_confidence=threshold)) == expected


def test_filter_by_confidence_keeps_only_the_evidence_that_reaches_it_and_drops_lonely_entities():
    view = filter_graph(confidence_graph(), min_confidence=0.8)
    assert [e["sentence"] for e in view.edges["a", "c", "meetsWith"]["evidence"]] == ["sure"]
    assert set(view.nodes) == {"a", "b", "c"}
    assert set(filter_graph(confidence_graph(), min_confidence=0.95).nodes) == set()


def test_a_fact_without_confidence_is_kept():
    g = confidence_graph()
    g.add_edge("c", "a", key="supports", predicate="supports", category="cooperation")
    assert ("c", "a", "supports") in edge_set(filter_graph(g, min_confidence=0.99))


@pytest.mark.parametrize("bad", [-0.1, 1.01, float("nan"), "high", None.__class__, True])
def test_bad_confidence_thresholds_are_clear_errors(bad):
    with pytest.raises(KgError, match="between 0 and 1"):
        filter_graph(confidence_graph(), min_confidence=bad)
