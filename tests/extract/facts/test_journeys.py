"""kg.extract.facts.journeys: a person known to serve one state, present in another, visits it (presence:be-in);
a traveller acting in a place abroad visits it (presence:itinerary); whoever visits a site visits its place
(journey:site); a person serving one state who acts in a city of another visits it (presence:acts-in)."""
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


@pytest.mark.parametrize("text, expected", [
    # whoever visits a site visits the place it is in
    pytest.param("Canadian Prime Minister Justin Trudeau visited a hospital in Lagos on Friday.",
                 {("Justin Trudeau", "visits", "Lagos")}, id="site-in-city"),
    pytest.param("Justin Trudeau will tour a refinery and a port in Norway next week.",
                 {("Justin Trudeau", "visits", "Norway")}, id="sites-in-country"),
])
def test_a_visited_site_puts_the_visitor_in_its_place(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got
    assert all(f.rule.startswith("journey:site") for f in got.facts if (got.label(f.subject), f.predicate,
                                                                         got.label(f.object)) in expected)


@pytest.mark.parametrize("text, absent", [
    pytest.param("Justin Trudeau did not visit the hospital in Lagos.", ("Justin Trudeau", "visits", "Lagos"),
                 id="site-negated"),
    # a party's leader visiting is no visit by the party
    pytest.param("The Green Party leader will visit a farm in Devon.", ("Green Party", "visits", "Devon"),
                 id="site-party-of-leader"),
    # not a verb of visiting
    pytest.param("Justin Trudeau praised a hospital in Lagos.", ("Justin Trudeau", "visits", "Lagos"),
                 id="site-other-verb"),
])
def test_no_site_visit(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a person known to serve one state acting in a city of another visits it
    pytest.param("Brazilian Foreign Minister Celso Amorim told reporters in Berlin that the talks would go on.",
                 {("Celso Amorim", "visits", "Berlin")}, id="acts-in-city"),
    pytest.param("On Monday in Tokyo, Brazilian Foreign Minister Celso Amorim discussed trade with Japanese officials.",
                 {("Celso Amorim", "visits", "Tokyo")}, id="fronted-city"),
])
def test_acting_in_a_city_abroad_is_a_visit(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # at home is no visit
    pytest.param("Brazilian Foreign Minister Celso Amorim told reporters in Brasilia that the talks would go on.",
                 ("Celso Amorim", "visits", "Brasilia"), id="acts-at-home"),
    # "in" a country is as often what the act is about
    pytest.param("Brazilian Foreign Minister Celso Amorim said firms would invest in Japan.",
                 ("Celso Amorim", "visits", "Japan"), id="acts-in-country"),
    # no state known for the person: no telling whether the city is abroad
    pytest.param("Celso Amorim told reporters in Berlin that the talks would go on.",
                 ("Celso Amorim", "visits", "Berlin"), id="acts-unknown-state"),
    pytest.param("Brazilian Foreign Minister Celso Amorim did not speak in Berlin.",
                 ("Celso Amorim", "visits", "Berlin"), id="acts-negated"),
    # where one lives, studied or died is no visit (data/presence_act_verbs.txt)
    pytest.param("Brazilian Foreign Minister Celso Amorim studied in Berlin in the 1970s.",
                 ("Celso Amorim", "visits", "Berlin"), id="acts-studied"),
    pytest.param("Brazilian Foreign Minister Celso Amorim lived in Berlin for years.",
                 ("Celso Amorim", "visits", "Berlin"), id="acts-lived"),
])
def test_no_visit_by_acting(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a named place in front of a journey noun is where its possessor or agent goes
    pytest.param("Mr Okafor's Ghana trip ended on Friday.", ("Okafor", "visits", "Ghana"), id="possessor"),
    pytest.param("The Accra visit by Mr Okafor came after the election.", ("Okafor", "visits", "Ghana"), id="by-agent"),
])
def test_named_destinations(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    # an adjective may name who travels as well as where to
    pytest.param("Mr Okafor praised the Ghanaian visit.", id="adjective"),
    # no traveller named
    pytest.param("The Ghana trip ended on Friday.", id="no-traveller"),
])
def test_no_named_destination(facts_of, text):
    got = facts_of(text)
    assert not [f for f in got.facts if f.rule == "journey:named-destination"], got


@pytest.mark.parametrize("text, expected", [
    # whoever speaks or acts at an occasion held in a place is there, a town at home included
    pytest.param("Ms Okafor outlined her tax plans at a rally in Leeds.", ("Okafor", "visits", "Leeds"), id="at-rally"),
    pytest.param("Canadian Trade Minister Ana Lopez told an audience in France that tariffs would fall.",
                 ("Ana Lopez", "visits", "France"), id="audience-in-a-foreign-country"),
    pytest.param("Mr Okafor defended his record in a speech in Sheffield.", ("Okafor", "visits", "Sheffield"),
                 id="in-a-speech"),
    pytest.param("Mr Okafor's lecture in Sheffield drew a big crowd.", ("Okafor", "visits", "Sheffield"),
                 id="possessor"),
])
def test_occasions_attended(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # who was at an occasion the passive does not say
    pytest.param("Mr Okafor's plan was rejected at a meeting in Leeds.", ("Okafor", "visits", "Leeds"), id="passive"),
    # an occasion criticised is not attended
    pytest.param("Mr Okafor criticised the rally in Leeds.", ("Okafor", "visits", "Leeds"), id="object-of-other-verb"),
    # a country's own politician in it, or in its capital, makes no journey
    pytest.param("British Prime Minister Tom Hale told an audience in Britain that taxes would fall.",
                 ("Tom Hale", "visits", "United Kingdom"), id="own-country"),
    pytest.param("British Prime Minister Tom Hale told a rally in London that taxes would fall.",
                 ("Tom Hale", "visits", "London"), id="own-capital"),
    pytest.param("Mr Hale told a briefing in Downing Street that taxes would fall.",
                 ("Hale", "visits", "Downing Street"), id="seat-of-government"),
    pytest.param("British Prime Minister Tom Hale spoke on Monday. Mr Hale told a briefing in "
                 "Downing Street that taxes would fall.", ("Tom Hale", "visits", "Downing Street"),
                 id="seat-of-own-government"),
    # a town at home is no visit to the home country
    pytest.param("British Prime Minister Tom Hale told a rally in Leeds that taxes would fall.",
                 ("Tom Hale", "visits", "United Kingdom"), id="home-town-not-home-country"),
    pytest.param("Ms Okafor outlined her tax plans at a rally in Leeds.", ("Okafor", "visits", "United Kingdom"),
                 id="occasion-unknown-state"),
    pytest.param("Mr Okafor did not speak at the rally in Leeds.", ("Okafor", "visits", "Leeds"), id="negated"),
])
def test_no_occasion_visit(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
