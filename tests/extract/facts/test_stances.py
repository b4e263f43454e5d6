"""kg.extract.facts.stances: backing withheld from an accord, or from a thing an actor put forward, rejects it or
that actor (withheld:)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile did not accept Peru's offer.", ("Chile", "rejects", "Peru"), id="not-accept-owned"),
    pytest.param("Norway will not support the Swedish proposal.", ("Norway", "rejects", "Sweden"),
                 id="will-not-support-modifier"),
    pytest.param("Chile has never backed the plan of Argentina.", ("Chile", "rejects", "Argentina"),
                 id="never-backed-of"),
    pytest.param("Egypt said it would not endorse the resolution from Jordan.", ("Egypt", "rejects", "Jordan"),
                 id="reported-would-not-from"),
    pytest.param("Australia has never accepted the Kyoto Protocol.", ("Australia", "rejects", "Kyoto Protocol"),
                 id="never-accepted-accord"),
])
def test_rejection(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a backing given, or only possibly withheld, or asked about, rejects no one
    pytest.param("Chile accepted Peru's offer.", ("Chile", "rejects", "Peru"), id="accepted"),
    pytest.param("Chile could not accept Peru's offer.", ("Chile", "rejects", "Peru"), id="could-not"),
    pytest.param("Will Chile not accept Peru's offer?", ("Chile", "rejects", "Peru"), id="question"),
    # an actor not backed, or a thing that is no proposal, is left to other rules
    pytest.param("Chile did not support Peru.", ("Chile", "rejects", "Peru"), id="actor-object"),
    pytest.param("Chile did not accept Peru's goods.", ("Chile", "rejects", "Peru"), id="not-a-proposal"),
])
def test_no_rejection(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
