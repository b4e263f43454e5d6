"""kg.extract.facts.speech: blame a speaker lays by how an actor acted: a manner adverb rated negative on the
actor's verb, or an adjective rated negative on a noun of the actor's conduct (_faulted_ways)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a manner adverb rated negative (by itself or by its adjective) on the verb of a named actor
    pytest.param("Chile said Peru had recklessly closed the border.", ("Chile", "criticizes", "Peru"),
                 id="adverb-reported"),
    pytest.param('"Peru has foolishly closed the border again," the Chilean minister Ana Rojas said.',
                 ("Ana Rojas", "criticizes", "Peru"), id="adverb-quoted"),
    pytest.param("Norway said Sweden had met the envoys and then arrogantly expelled them.",
                 ("Norway", "criticizes", "Sweden"), id="adverb-conjunct-verb"),
    # an adjective rated negative on a noun of conduct whose agent is named
    pytest.param("Chile said it was a sign of sinister tactics by Peru.", ("Chile", "criticizes", "Peru"),
                 id="conduct-by-hung-high"),
    pytest.param("Norway said Sweden's negative campaigning had failed.", ("Norway", "criticizes", "Sweden"),
                 id="gerund-possessive"),
    pytest.param("Chile said farmers would pay for the reckless spending spree planned by Peru.",
                 ("Chile", "criticizes", "Peru"), id="conduct-participle-agent"),
    pytest.param("Chile said the arrogance of Peru was driving investors away.", ("Chile", "criticizes", "Peru"),
                 id="quality-of-holder"),
    # a person owns a way of acting reproached
    pytest.param("Norway said Mr Lund's style of leadership was arrogant.", ("Norway", "criticizes", "Lund"),
                 id="person-owns-style"),
])
def test_faulted_ways(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # the narrator's own words: no speaker
    pytest.param("Peru recklessly closed the border last year.", ("Peru", "criticizes", "Peru"), id="narrator"),
    # a comment on a state of affairs, a degree, a feeling, an outcome: no fault in how the actor acted
    pytest.param("Chile said Peru had sadly lost the vote.", ("Chile", "criticizes", "Peru"), id="comment-adverb"),
    pytest.param("Chile said Peru badly needed the loan.", ("Chile", "criticizes", "Peru"), id="degree-adverb"),
    pytest.param("Chile said Peru had angrily rejected the claim.", ("Chile", "criticizes", "Peru"),
                 id="feeling-adverb"),
    pytest.param("Chile said Peru had tried unsuccessfully to win the vote.", ("Chile", "criticizes", "Peru"),
                 id="outcome-adverb"),
    # negated, or a mere possibility
    pytest.param("Chile said Peru had not recklessly closed the border.", ("Chile", "criticizes", "Peru"),
                 id="negated"),
    pytest.param("Chile said Peru might recklessly close the border.", ("Chile", "criticizes", "Peru"),
                 id="possibility"),
    # what befalls an actor, a situation, a victim
    pytest.param("Chile said the tragic loss of Peru's president was a blow.", ("Chile", "criticizes", "Peru"),
                 id="tragic-loss"),
    pytest.param("Chile said it had been a difficult year for Peru.", ("Chile", "criticizes", "Peru"),
                 id="difficult-year"),
    pytest.param("Chile said Peru's terrible suffering had to end.", ("Chile", "criticizes", "Peru"),
                 id="rated-gerund-befalls"),
    pytest.param("Chile said the brutal bullying of Peru's envoy had to stop.", ("Chile", "criticizes", "Peru"),
                 id="act-of-victim"),
    # the speaker's own conduct
    pytest.param('"We foolishly trusted the promises," the Chilean minister Ana Rojas said.',
                 ("Ana Rojas", "criticizes", "Chile"), id="self-description"),
])
def test_no_faulted_ways(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
