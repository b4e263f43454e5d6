"""kg.extract.facts.implied: facts that follow from others in the document — a visit to a capital is a visit to its
country, never an act of an actor on itself."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # arriving in a capital is visiting its country
    pytest.param("The French president, Emmanuel Macron, arrived in Algiers on Thursday for a three-day visit.",
                 {("Emmanuel Macron", "visits", "Algeria")}, id="arrive-in-capital"),
])
def test_arrival_in_a_capital_is_a_visit_to_its_country(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


def test_visit_to_a_capital_is_a_visit_to_its_country_and_the_city(facts_of):
    got = facts_of("Emmanuel Macron arrived in Nairobi on Tuesday.")
    assert {("Emmanuel Macron", "visits", "Nairobi"), ("Emmanuel Macron", "visits", "Kenya")} <= got.triples, got
    assert ("Nairobi", "partOf", "Kenya") not in got.triples  # a capital's country is self-evident


def test_an_act_in_a_place_of_ones_own_country_is_no_act_on_oneself(facts_of):
    got = facts_of("Peru recaptured Tumbes.")
    assert ("Peru", "attacks", "Peru") not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # a member of a state's firm serves that state
    pytest.param("Japan's Kovana Motors reported losses on Monday. Jim Hale, a vice president of Kovana Motors, said sales fell.",
                 ("Jim Hale", "affiliatedWith", "Japan"), None, id="firm-state"),
    # not when the sentence ties him to another country
    pytest.param("Japan's Kovana Motors reported losses on Monday. Jim Hale, vice president of Kovana Motors' US sales arm, said "
                 "sales fell.", ("Jim Hale", "affiliatedWith", "United States"), ("Jim Hale", "affiliatedWith", "Japan"),
                 id="own-country"),
])
def test_a_member_of_a_national_body_serves_its_state(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected in got.triples, got
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # an unqualified minister serves the state of the document's head of government
    pytest.param("Brazil's President Paulo Reis opened the session. Finance minister Ana Lima said the budget would be cut.",
                 ("Ana Lima", "affiliatedWith", "Brazil"), None, id="head-of-state"),
    pytest.param("Chilean Prime Minister Jorge Vidal spoke first. Then trade minister Rosa Paz told reporters exports rose.",
                 ("Rosa Paz", "affiliatedWith", "Chile"), None, id="head-of-government"),
    # heads of two states: no one state to choose
    pytest.param("Brazil's President Paulo Reis met Chile's President Jorge Vidal. Finance minister Ana Lima said the "
                 "budget would be cut.", None, ("Ana Lima", "affiliatedWith", "Brazil"), id="two-states"),
    # a minister the text ties to a state keeps it
    pytest.param("Brazil's President Paulo Reis met officials. Peru's finance minister Ana Lima said the budget would be cut.",
                 ("Ana Lima", "affiliatedWith", "Peru"), ("Ana Lima", "affiliatedWith", "Brazil"), id="own-state"),
    # not a head of state or government left unqualified
    pytest.param("Brazil's finance minister Ana Lima met officials. President Jorge Vidal said the budget would be cut.",
                 None, ("Jorge Vidal", "affiliatedWith", "Brazil"), id="not-a-president"),
])
def test_an_unqualified_minister_serves_the_documents_government(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert absent is None or absent not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # the state hosts what its capital hosts, and a summit anywhere in it
    pytest.param("Mr Okafor spoke ahead of a meeting in London on fishing quotas.",
                 ("United Kingdom", "hosts", "meeting in London"), None, id="capital"),
    pytest.param("The three-day Nordic Council summit in Gothenburg opens on Friday.",
                 ("Sweden", "hosts", "Nordic Council summit"), None, id="summit"),
    # a meeting in another town is the town's, not the state's
    pytest.param("Mr Hale set out his case at a meeting in Kettering, Northamptonshire.",
                 ("Kettering", "hosts", "meeting in Kettering"), ("United Kingdom", "hosts", "meeting in Kettering"),
                 id="meeting-in-a-town"),
])
def test_a_state_hosts_what_its_capital_hosts(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected in got.triples, got
    assert absent not in got.triples, got
