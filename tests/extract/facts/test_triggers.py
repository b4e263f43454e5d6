"""kg.extract.facts.triggers: the trigger table built from the lexicons, with the regular nominalisations of its
verbs."""
from __future__ import annotations

import pytest

from kg.extract import lexicons
from kg.extract.facts.triggers import nominalisations, triggers


@pytest.mark.parametrize("verb, nouns", [
    ("establish", {"establishment"}),
    ("normalize", {"normalization"}),
    ("normalise", {"normalisation"}),
    ("mediate", {"mediation"}),
    ("withdraw", {"withdrawal"}),
    ("protect", {"protection"}),
    ("disrupt", {"disruption"}),
    ("condemn", {"condemnation"}),
    ("deploy", {"deployment"}),
    ("go", set()),  # too short to have a regular ending
    ("visit", set()),  # no regular ending
    ("reach deal", set()),  # multi-word: not nominalised
])
def test_nominalisations(verb, nouns):
    assert nominalisations(verb) == nouns


@pytest.mark.parametrize("noun, verb", [
    ("punishment", "punish"),
    ("repatriation", "repatriate"),
    ("redeployment", "redeploy"),
    ("obstruction", "obstruct"),
])
def test_triggers_have_nominalised_entries(noun, verb):
    """The noun reads as its verb, at 0.9 of its confidence; the verb's direct object becomes an of-phrase."""
    table = triggers()
    nominal, = table[(noun, "NOUN")]
    verbal, = table[(verb, "VERB")]
    assert nominal.source == verbal.source + " (nominalised)"
    assert (nominal.lemma, nominal.predicate, nominal.line) == (noun, verbal.predicate, verbal.line)
    assert nominal.confidence == round(verbal.confidence * 0.9, 2)
    assert nominal.objects == tuple("prep:of" if o == "dobj" else o for o in verbal.objects)


def test_a_listed_noun_keeps_its_own_rows():
    """'withdrawal' is a row of triggers.tsv (CAMEO 0874): no nominalisation of 'withdraw' is added to it."""
    withdrawal = triggers()[("withdrawal", "NOUN")]
    assert withdrawal
    assert all(t.pos == "NOUN" and not t.source.endswith("(nominalised)") for t in withdrawal)
    assert "withdrawal" in nominalisations("withdraw")


def test_listed_nouns_are_not_nominalised_again():
    """A noun the lexicon lists keeps its own rows: no nominalised copy is added beside them."""
    table = triggers()
    listed = {head for head, pos in lexicons.trigger_heads() if pos == "NOUN"}
    for (head, pos), rows in table.items():
        if pos == "NOUN" and head in listed:
            assert not any(t.source.endswith("(nominalised)") for t in rows), head


def test_state_triggers_are_in_the_table():
    table = triggers()
    for trigger in lexicons.state_triggers():
        assert trigger in table[(trigger.head, trigger.pos)]


def test_a_hyphenated_prefix_is_joined_to_find_the_trigger(facts_of):
    got = facts_of("Norway has promised to co-operate with Sweden.")
    assert ("Norway", "cooperatesWith", "Sweden") in got.triples, got


@pytest.mark.parametrize("text, pair, present", [
    # "work with" a named actor is working together (CAMEO 060)
    pytest.param("Norway will also work with Sweden to build a research centre.", ("Norway", "Sweden"), True,
                 id="work-with"),
    pytest.param("Siemens has worked closely with Renault for years.", ("Siemens", "Renault"), True,
                 id="worked-closely-with"),
    # "work for" or "work on" is no cooperation with anyone
    pytest.param("Siemens engineers work for Renault in Lyon.", ("Siemens", "Renault"), False, id="work-for"),
    # a refusal to work with someone is no cooperation
    pytest.param("Norway refused to work with Sweden.", ("Norway", "Sweden"), False, id="refused"),
])
def test_work_with_is_cooperation(facts_of, text, pair, present):
    got = facts_of(text)
    found = (pair[0], "cooperatesWith", pair[1]) in got.triples or (pair[1], "cooperatesWith", pair[0]) in got.triples
    assert found is present, got


@pytest.mark.parametrize("text, present", [
    # "X is a partner with Y": partners cooperate (CAMEO 060)
    pytest.param("Siemens is a partner with Renault in the Lyon plant.", True, id="partner-with"),
    # looking for a partner names no partner
    pytest.param("Siemens is looking for a partner in Lyon, Renault said.", False, id="no-partner-named"),
])
def test_partner_with_is_cooperation(facts_of, text, present):
    got = facts_of(text)
    found = {("Siemens", "Renault"), ("Renault", "Siemens")} & got.predicates("cooperatesWith")
    assert bool(found) is present, got
