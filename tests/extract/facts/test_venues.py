"""kg.extract.facts.venues: the place that hosts an event ("was held in Nairobi"), and the participants and venue
of an event noun phrase ("talks in Nairobi between Ethiopia and Somalia")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # venue
    pytest.param("The summit was held in Nairobi.", {("Kenya", "hosts", "summit")}, id="venue-capital"),
    pytest.param("The conference was held in Nairobi.", {("Kenya", "hosts", "conference")}, id="venue-conference"),
    # participants and venue of an event noun phrase
    pytest.param("Talks in Nairobi between Ethiopia and Somalia ended on Friday.",
                 {("Ethiopia", "participatesIn", "Talks in Nairobi"), ("Somalia", "participatesIn", "Talks in Nairobi"),
                  ("Nairobi", "hosts", "Talks in Nairobi"), ("Kenya", "hosts", "Talks in Nairobi")},
                 id="event-participants-venue"),
    # going to an event is taking part in it
    pytest.param("The summit to which Ghana's president went was held in Accra.",
                 {("Ghana", "hosts", "summit")}, id="venue-relative"),
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
