"""kg.extract.facts.journeys: a person known to serve one state, present in another, visits it (presence:be-in);
a traveller acting in a place abroad visits it (presence:itinerary)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a person who serves one state, present in another, visits it
    pytest.param("British Foreign Secretary Jack Straw praised the deal. Mr Straw was in Nairobi on Monday.",
                 {("Jack Straw", "visits", "Nairobi"), ("Jack Straw", "visits", "Kenya")}, id="presence"),
])
def test_presence(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # at home is no visit
    pytest.param("British Foreign Secretary Jack Straw praised the deal. On Thursday Mr Straw was in London.",
                 ("Jack Straw", "visits", "London"), id="presence-at-home"),
])
def test_no_presence_at_home(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Emmanuel Macron visited Algeria on Monday. On Tuesday he met students of the university in Oran.",
                 {("Emmanuel Macron", "visits", "Oran")}, id="acts-in-a-city"),
    pytest.param("Justin Trudeau arrived in Kenya on Monday. He will see a school in Tanzania and a clinic in Uganda "
                 "before chairing a meeting of the donors in Kampala.",
                 {("Justin Trudeau", "visits", "Tanzania"), ("Justin Trudeau", "visits", "Uganda")}, id="planned-stops"),
])
def test_a_traveller_acting_in_a_place_visits_it(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got
    planned = [f for f in got.facts if f.rule == "presence:itinerary" and "will" in f.evidence.sentence]
    assert all(f.modality == "planned" for f in planned)


@pytest.mark.parametrize("text, place", [
    pytest.param("Emmanuel Macron, the French president, visited Algeria. Back in France he gave a speech in Lyon.",
                 "Lyon", id="own-country"),
    pytest.param("Emmanuel Macron visited Algeria in May. He died at home in Provence.", "Provence", id="at-home"),
    pytest.param("Emmanuel Macron gave a speech in Oran.", "Oran", id="not-travelling"),
])
def test_no_itinerary_visit(facts_of, text, place):
    got = facts_of(text)
    assert not [f for f in got.facts if f.rule == "presence:itinerary" and got.label(f.object) == place], got


@pytest.mark.parametrize("text, expected", [
    # whoever joins others in a place abroad, and those joined, are there
    pytest.param("British Foreign Secretary Jack Straw praised the plan. Prince Henry will join Mr Straw in Poland "
                 "on Monday.", {("Prince Henry", "visits", "Poland"), ("Jack Straw", "visits", "Poland")},
                 id="join-in"),
])
def test_joining_others_abroad(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # at home, joining is no visit
    pytest.param("British Foreign Secretary Jack Straw praised the plan. Prince Henry will join Mr Straw in London "
                 "on Monday.", ("Prince Henry", "visits", "London"), id="join-at-home"),
    # nobody known to serve a state: no telling whether the place is abroad
    pytest.param("Prince Henry will join the choir in Poland on Monday.", ("Prince Henry", "visits", "Poland"),
                 id="join-unknown-state"),
    pytest.param("British Foreign Secretary Jack Straw praised the plan. Prince Henry will not join Mr Straw in "
                 "Poland.", ("Prince Henry", "visits", "Poland"), id="join-negated"),
])
def test_no_visit_by_joining(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
