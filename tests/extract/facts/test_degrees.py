"""kg.extract.facts.degrees: a judgement of degree in a reported clause (too much, too little, not enough, less than
hoped, falling short) is criticism of the actor whose doing or thing it is (opinion:)."""
from __future__ import annotations

import pytest

from kg.extract.facts.degrees import degree_words


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile said Peru was spending too much.", ("Chile", "criticizes", "Peru"), id="too-much"),
    pytest.param("Chile said Peru's tariffs were far too high.", ("Chile", "criticizes", "Peru"), id="far-too-high"),
    pytest.param("Chile said Peru had acted too slowly.", ("Chile", "criticizes", "Peru"), id="too-slowly"),
    pytest.param("Chile said Peru had too much licence to ignore its neighbours.", ("Chile", "criticizes", "Peru"),
                 id="too-much-noun"),
    pytest.param("Chile said Peru had not done enough to stop the smuggling.", ("Chile", "criticizes", "Peru"),
                 id="not-enough"),
    pytest.param("Chile said Peru's offer did not go far enough.", ("Chile", "criticizes", "Peru"),
                 id="not-far-enough"),
    pytest.param("Chile said Peru's offer was less than they had wanted.", ("Chile", "criticizes", "Peru"),
                 id="less-than-hoped"),
    pytest.param("Chile said Peru's offer was not big enough.", ("Chile", "criticizes", "Peru"),
                 id="not-good-enough"),
    pytest.param("Chile said Peru's plans fell short.", ("Chile", "criticizes", "Peru"), id="fell-short"),
    pytest.param("Chile said Peru's plans were not up to the task.", ("Chile", "criticizes", "Peru"),
                 id="not-up-to"),
    # a bare "the government" is the state of the document's national posts, when the text names it
    pytest.param("The Foreign Secretary was in Paris. Britain's debt rose. Greenpeace said the government was "
                 "spending too much.", ("Greenpeace", "criticizes", "United Kingdom"), id="home-government"),
])
def test_fault_of_measure(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Chile said it was too early to say whether Peru would win.", ("Chile", "criticizes", "Peru"),
                 id="too-early-to-say"),
    # a text that never names the state of its posts: the government is no state it speaks of
    pytest.param("The Foreign Secretary was in Paris. Greenpeace said the government was spending too much.",
                 ("Greenpeace", "criticizes", "United Kingdom"), id="home-state-not-named"),
    pytest.param("Chile said Peru was too small to resist.", ("Chile", "criticizes", "Peru"), id="too-to-infinitive"),
    pytest.param("Chile said Peru's plan was not too costly.", ("Chile", "criticizes", "Peru"), id="not-too"),
    pytest.param("Chile said Peru could not do enough for its neighbours.", ("Chile", "criticizes", "Peru"),
                 id="cannot-do-enough-praise"),
    pytest.param("Chile said Peru's exports were smaller than analysts had expected.", ("Chile", "criticizes", "Peru"),
                 id="measurement-against-forecast"),
    pytest.param("Chile said Peru's exports were 40% of its output.", ("Chile", "criticizes", "Peru"),
                 id="plain-measurement"),
    pytest.param("Chile said Peru was not strong enough to win the war.", ("Chile", "criticizes", "Peru"),
                 id="not-enough-to-infinitive"),
    pytest.param("Chile said Peru, too, was ready.", ("Chile", "criticizes", "Peru"), id="too-as-also"),
    pytest.param("Chile said Peru might be spending too much.", ("Chile", "criticizes", "Peru"), id="possibility"),
    pytest.param("Chile will say Peru had not done enough.", ("Chile", "criticizes", "Peru"), id="words-not-yet-said"),
    pytest.param("Too many questions about Peru's plan remain.", ("Chile", "criticizes", "Peru"), id="narrator"),
    # no national post: whose government it is, the text does not say
    pytest.param("Greenpeace said the government was spending too much.", ("Greenpeace", "criticizes",
                 "United Kingdom"), id="government-of-no-state"),
    # "the aid" of a giver that no sentence names
    pytest.param("Oxfam said the money fell short.", ("Oxfam", "criticizes", "Chile"), id="no-giver"),
])
def test_no_fault_of_measure(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_degree_words_roles():
    roles = degree_words()
    assert roles["too"] == "excess" and roles["enough"] == "sufficiency" and roles["hope"] == "expectation"
    assert set(roles.values()) == {"excess", "sufficiency", "effort", "lesser", "expectation", "short", "falling",
                                   "reaching"}
