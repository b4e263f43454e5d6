"""kg.extract.facts.coercion: people held by an actor are coerced by it, people released without a named releaser
are its concession (captivity:), CAMEO 173 and 0841 / PLOVER COERCE and CONCEDE."""
from __future__ import annotations

import pytest

from kg.extract.facts import coercion


@pytest.mark.parametrize("text, expected", [
    # active, passive with a by-agent, a participle and a relative clause on the people held
    pytest.param("Peru has been holding four Chilean fishermen since March.", ("Peru", "coerces", "Chilean fishermen"),
                 id="active-group"),
    pytest.param("The Colombian army is holding hundreds of Wayuu villagers.",
                 ("Colombian army", "coerces", "Wayuu villagers"), id="partitive-group"),
    pytest.param("Ana Rojas and Luis Soto have been held by Venezuela for two years.",
                 ("Venezuela", "coerces", "Luis Soto"), id="passive-by-agent"),
    pytest.param("The three Ecuadorians held by Peru will go home next week.", ("Peru", "coerces", "Ecuador"),
                 id="participle-by-agent"),
    pytest.param("The Bolivian detainees, who are held by Chile, met their lawyers.",
                 ("Chile", "coerces", "Bolivian detainees"), id="relative-clause"),
    # without a named holder: the custody's owner, the country of a named prison, a national prison
    pytest.param("Two Somali detainees are being held in Kenyan custody.", ("Kenya", "coerces", "Somali detainees"),
                 id="custody"),
    pytest.param("Five Bolivian prisoners were held at Lurigancho prison in Lima.",
                 ("Peru", "coerces", "Bolivian prisoners"), id="named-prison-in-city"),
    pytest.param("The Palestinian prisoners are held in an Egyptian jail.",
                 ("Egypt", "coerces", "Palestinian prisoners"), id="national-jail"),
    pytest.param("Three Kurdish activists were detained in Syrian custody.",
                 ("Syria", "coerces", "Kurdish activists"), id="detained-in-custody"),
])
def test_detention(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, predicate", [
    # what is held is no people: a gathering, an office, a stake, a vote
    pytest.param("Peru held talks with Chile in Lima.", "coerces", id="hold-talks"),
    pytest.param("Peru held talks and two Chilean fishermen.", "coerces", id="thing-among-people"),
    pytest.param("Peru will hold elections in April.", "coerces", id="hold-elections"),
    pytest.param("Peru holds the presidency of the Andean Community.", "coerces", id="hold-presidency"),
    # a judgement, not a detention; negated, possible
    pytest.param("Peru holds Chile responsible for the attack.", "coerces", id="held-responsible"),
    pytest.param("Peru held Chilean officials responsible for the crash.", "coerces", id="people-held-responsible"),
    pytest.param("Peru will hold Chile to its promise.", "coerces", id="hold-to"),
    pytest.param("Peru holds the Chilean fishermen in high regard.", "coerces", id="hold-in-regard"),
    pytest.param("Peru is not holding any Chilean fishermen.", "coerces", id="negated"),
    pytest.param("Peru could hold the Chilean fishermen for months.", "coerces", id="possible"),
    # a camp or an unnamed prison says nothing of who runs it; the agent of a detention verb is the table's
    pytest.param("Four Bolivian miners were detained in a Chilean camp.", "coerces", id="camp"),
    pytest.param("The Bolivian prisoners are held in a prison in Chile.", "coerces", id="unnamed-prison"),
])
def test_no_detention(facts_of, text, predicate):
    got = facts_of(text)
    assert not [t for t in got.triples if t[1] == predicate and t[2] != "Bolivia"
                and t[0] not in {"Bolivian miners", "Bolivian prisoners"}], got


def test_word_lists_are_loaded():
    assert {"detainee", "prisoner", "hostage"} <= coercion.captive_nouns()
    assert "prison" in coercion.prison_nouns() and "camp" not in coercion.prison_nouns()


@pytest.mark.parametrize("text, expected", [
    # released from a custody or a prison whose state is known; a release a state announces
    pytest.param("The Chilean fishermen were released from Peruvian custody.",
                 ("Peru", "concedesTo", "Chilean fishermen"), id="from-custody"),
    pytest.param("Five Bolivian prisoners were freed from Lurigancho prison in Lima.",
                 ("Peru", "concedesTo", "Bolivian prisoners"), id="from-named-prison"),
    pytest.param("Relatives met the Chilean fishermen freed from Peruvian custody.",
                 ("Peru", "concedesTo", "Chilean fishermen"), id="participle-from-custody"),
    pytest.param("Peru said the Chilean fishermen would be freed on Friday.",
                 ("Peru", "concedesTo", "Chilean fishermen"), id="announced"),
    # the phrase naming the people says who holds them: a participle, a relative clause
    pytest.param("All four Chileans held by Peru in Lima will be returned to Chile soon.",
                 ("Peru", "concedesTo", "Chile"), id="held-by-returned"),
    pytest.param("The Chilean fishermen whom Peru seized in March were released on Monday.",
                 ("Peru", "concedesTo", "Chilean fishermen"), id="seized-relative-released"),
])
def test_release(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    # things released; a release reported by no state; a denied or possible release; a camp's unnamed holder
    pytest.param("Peru said the trade figures would be released next week.", id="figures"),
    pytest.param("Amnesty said the Chilean fishermen were released.", id="reported-by-a-group"),
    pytest.param("Chile said the Chilean fishermen had been freed.", id="own-people-freed"),
    pytest.param("Peru said the Chilean fishermen were not released.", id="negated"),
    pytest.param("Peru said the Chilean fishermen might be released.", id="possible"),
    pytest.param("The Chilean fishermen were released from a Peruvian camp.", id="camp"),
    pytest.param("The money held by Peru will be returned to Chile.", id="money-returned"),
])
def test_no_release(facts_of, text):
    got = facts_of(text)
    assert not [t for t in got.triples if t[1] == "concedesTo"], got
