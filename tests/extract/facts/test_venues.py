"""kg.extract.facts.venues: the place that hosts an event ("was held in Nairobi"), and the participants and venue
of an event noun phrase ("talks in Nairobi between Ethiopia and Somalia")."""
from __future__ import annotations

import pytest


# generic events are labelled by their parties and place (labels.told_apart)
@pytest.mark.parametrize("text, expected", [
    # venue
    pytest.param("The summit was held in Nairobi.", {("Kenya", "hosts", "summit in Nairobi")}, id="venue-capital"),
    pytest.param("The conference was held in Nairobi.", {("Kenya", "hosts", "conference in Nairobi")}, id="venue-conference"),
    # participants and venue of an event noun phrase
    pytest.param("Talks in Nairobi between Ethiopia and Somalia ended on Friday.",
                 {("Ethiopia", "participatesIn", "Talks in Nairobi"), ("Somalia", "participatesIn", "Talks in Nairobi"),
                  ("Nairobi", "hosts", "Talks in Nairobi"), ("Kenya", "hosts", "Talks in Nairobi")},
                 id="event-participants-venue"),
    # going to an event is taking part in it
    pytest.param("The summit to which Ghana's president went was held in Accra.",
                 {("Ghana", "hosts", "summit involving Ghana in Accra")}, id="venue-relative"),
])
def test_venue(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # what a plan or a call is for has not taken place
    pytest.param("Before the election, plans for a debate between Mr Okafor and Mr Mensah collapsed.",
                 ("Okafor", "participatesIn", "debate"), id="plans-for"),
    pytest.param("Critics renewed calls for talks between Ghana and Togo.", ("Ghana", "participatesIn", "talks"),
                 id="calls-for"),
])
def test_proposed_events_have_no_participants(facts_of, text, absent):
    got = facts_of(text)
    found = {(got.label(f.subject), f.predicate, got.obj(f).split(" between ")[0]) for f in got.facts}
    assert absent not in found, got.facts


@pytest.mark.parametrize("text, expected", [
    # a shell noun frames the event that is held ("two days of talks", "a round of talks")
    pytest.param("Two rounds of talks took place in Lima.", ("Lima", "hosts", "talks in Lima"), id="shell-noun"),
    # a named place in apposition to an unnamed site
    pytest.param("Two days of talks on trade begin at the minister's country residence, Chevening.",
                 ("Chevening", "hosts", "talks in Chevening"), id="apposed-site"),
    pytest.param("The two-day summit at the foreign minister's official country house, Chevening, ended.",
                 ("Chevening", "hosts", "two-day summit in Chevening"), id="apposed-site-of-event-noun"),
    # a time ("ahead of") is no act of which the event is the object: the meeting is held where it says
    pytest.param("In an interview ahead of a meeting in Lima, Mr Okafor said little.",
                 ("Lima", "hosts", "meeting in Lima"), id="ahead-of"),
    # a person named as the host of a meeting takes part in it (only places, countries and bodies host)
    pytest.param("Tuesday's meeting on trade is being hosted by Prime Minister Kofi Mensah.",
                 ("Kofi Mensah", "participatesIn", "meeting involving Kofi Mensah"), id="hosted-by-a-person"),
])
def test_where_and_by_whom(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got.facts


@pytest.mark.parametrize("text, absent", [
    # the establishment of an event is no event held
    pytest.param("Ghana proposed the establishment of exercises between Togo and Benin in Lome.",
                 ("Togo", "participatesIn", "exercises"), id="establishment-of"),
    # an arranged meeting is not (yet) held
    pytest.param("Mr Okafor is trying to arrange talks between Togo and Benin.", ("Togo", "participatesIn", "talks"),
                 id="arranged"),
    # a person who hosts is no host in the ontology's sense
    pytest.param("Tuesday's meeting on trade is being hosted by Prime Minister Kofi Mensah.",
                 ("Kofi Mensah", "hosts", "meeting"), id="person-no-host"),
])
def test_no_venue_fact(facts_of, text, absent):
    got = facts_of(text)
    found = {(got.label(f.subject), f.predicate, got.obj(f).split(" between ")[0]) for f in got.facts}
    assert absent not in found, got.facts


@pytest.mark.parametrize("text, body", [
    # a body's own sitting: the body holds it, it is no party taking part among others
    pytest.param("The minister chaired a meeting of the Nordic Council in Oslo.", "Nordic Council", id="own-sitting"),
    pytest.param("Mr Okafor spoke at Monday's meeting of the Ghana Football Association.",
                 "Ghana Football Association", id="own-sitting-possessed"),
])
def test_a_body_is_no_party_to_its_own_meeting(facts_of, text, body):
    got = facts_of(text)
    assert not [f for f in got.facts if f.predicate == "participatesIn" and got.label(f.subject) == body], got.facts


@pytest.mark.parametrize("text, expected", [
    # but the states or bodies whose people meet, or several bodies, take part
    pytest.param("A meeting of the foreign ministers of Togo and Benin took place in Lome.",
                 {("Togo", "participatesIn"), ("Benin", "participatesIn")}, id="ministers-of-states"),
    pytest.param("A summit of the African Union and the Arab League opened in Cairo.",
                 {("African Union", "participatesIn"), ("Arab League", "participatesIn")}, id="two-bodies"),
])
def test_the_parties_a_meeting_of_names(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= {(got.label(f.subject), f.predicate) for f in got.facts}, got.facts
