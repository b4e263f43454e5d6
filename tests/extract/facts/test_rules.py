"""kg.extract.facts.rules: the ordered tables of rule families and `extract_facts`, which runs the state rules,
then the event rules on a Reading that knows the states, then the follow-ups on the facts found so far."""
from __future__ import annotations

import inspect
from collections import Counter

import pytest

from kg.extract.facts import (agreements, aid, belonging, coercion, demands, events, gatherings, implied, journeys,
                              judged, membership, roles, rules, rulings, speech, stances, structure, venues)
from kg.extract.facts.qualifiers import dedupe
from kg.model import Entity, Fact

STATE_RULES = (roles.titled_people, belonging.belonging_facts, belonging.places_within, belonging.described_firms,
               belonging.state_firms,
               membership.people_in_organisations, membership.organisation_parts, membership.owned_parts,
               membership.named_before_post,
               membership.composition, membership.joining, membership.member_nouns, membership.party_members,
               membership.member_groups, membership.taken_offices, membership.fellow_members,
               membership.named_parents, membership.voices_with,
               structure.programmes, structure.channels, structure.districts, structure.acquisitions,
               structure.possessed_parts, roles.copula_roles,
               roles.capacity_roles, roles.office_roles, roles.organisation_countries, roles.described_people,
               roles.regime_heads)
EVENT_RULES = (events.event_facts, venues.venue_facts, agreements.agreement_parties, agreements.qualified_parties, agreements.owners,
               agreements.makers, agreements.counterparts, agreements.breakers,
               agreements.bound_parties, agreements.awarded_parties, agreements.hyphenated_parties,
               venues.event_participants, gatherings.gathering_facts,
               gatherings.representation_facts, gatherings.meeting_places, gatherings.campaign_facts,
               gatherings.party_contenders,
               demands.obligation_demands,
               demands.conditional_threats, demands.wanted_acts, demands.directive_nouns, demands.directed_acts,
               aid.debt_relief, aid.funds_received, aid.funds_given, aid.goods_given, aid.help_to_act, aid.partners,
               aid.close_relations, aid.joint_acts, aid.help_in_place, aid.purposed_aid,
               aid.exchanges_of_captives, coercion.detentions,
               coercion.releases, speech.spoken_opinions, speech.claimed_opinions,
               speech.stated_attitudes, speech.verbal_attacks, speech.stance_holders, speech.quoted_opinions,
               speech.refusals, speech.stance_phrases, speech.proposers, stances.withheld_backing,
               judged.pronoun_owned_objects, speech.reactions,
               speech.faced_stances, rulings.unlawful_acts, rulings.dismissed_claims,
               journeys.presence_facts, journeys.company_facts,
               journeys.site_visits, journeys.acts_abroad, journeys.named_destinations,
               journeys.occasions_attended)
FOLLOW_UP_RULES = (journeys.itinerary_facts, roles.government_heads, roles.party_heads, roles.party_states,
                   roles.state_voices, roles.state_makers, roles.sentence_states, belonging.ministries,
                   belonging.home_posts, roles.home_heads,
                   implied.implied_facts, membership.labelled_groups, membership.leaders_as_members,
                   membership.post_bodies,
                   agreements.cooperating_parties, gatherings.parties_of_the_article, agreements.represented_parties,
                   agreements.agreeing_parties,
                   agreements.signed_up,
                   speech.voiced_stances)


def test_the_tables_list_the_families_in_the_documented_order():
    assert rules.STATE_RULES == STATE_RULES
    assert rules.EVENT_RULES == EVENT_RULES
    assert rules.FOLLOW_UP_RULES == FOLLOW_UP_RULES


def test_each_rule_function_is_listed_once():
    listed = Counter(rules.STATE_RULES + rules.EVENT_RULES + rules.FOLLOW_UP_RULES)
    assert {rule.__qualname__: n for rule, n in listed.items() if n > 1} == {}


def test_every_family_module_runs_through_the_tables():
    """Each family's public rules are in a table; `collective` folds the facts last, inside extract_facts."""
    listed = set(rules.STATE_RULES + rules.EVENT_RULES + rules.FOLLOW_UP_RULES)
    for family in (roles, belonging, membership, events, venues, gatherings, agreements, demands, speech, journeys,
                   implied, aid, coercion, rulings, stances):
        assert {rule.__module__ for rule in listed} >= {family.__name__}
        for name in family.__all__:
            function = getattr(family, name)
            parameters = list(inspect.signature(function).parameters) if inspect.isfunction(function) else []
            if parameters in (["reading"], ["reading", "facts"]):
                assert function in listed, f"{family.__name__}.{name} is a rule but in no table"


@pytest.mark.parametrize("table, arity", [
    pytest.param("STATE_RULES", 1, id="state"),
    pytest.param("EVENT_RULES", 1, id="event"),
    pytest.param("FOLLOW_UP_RULES", 2, id="follow-up"),
])
def test_rules_take_the_reading_and_follow_ups_the_facts_found(table, arity):
    for rule in getattr(rules, table):
        assert len(inspect.signature(rule).parameters) == arity, rule.__qualname__


def test_extract_facts_returns_entities_and_deduplicated_facts(resolved_doc):
    doc, resolved, document = resolved_doc("Emmanuel Macron arrived in Nairobi on Tuesday.")
    entities, facts = rules.extract_facts(doc, resolved, document)
    assert isinstance(entities, tuple) and all(isinstance(e, Entity) for e in entities)
    assert isinstance(facts, list) and facts and all(isinstance(f, Fact) for f in facts)
    keys = Counter((f.subject, f.predicate, f.object, f.evidence.start) for f in facts)
    assert max(keys.values()) == 1  # one fact per (subject, predicate, object, sentence)
    assert dedupe(facts) == facts
    assert {(f.subject, f.predicate, f.object) for f in facts} >= {
        ("person/emmanuel-macron", "visits", "place/nairobi"), ("person/emmanuel-macron", "visits", "country/KEN")}


def test_extract_facts_adds_implied_countries_to_a_new_value(resolved_doc):
    doc, resolved, document = resolved_doc("The National Bank of Kuwait lent money to Kenya.")
    named = dict(resolved.entities)
    entities, facts = rules.extract_facts(doc, resolved, document)
    assert "country/KWT" not in named
    assert resolved.entities == named  # the input is not mutated
    assert {e.key: e.label for e in entities}["country/KWT"] == "Kuwait"
    triples = {(f.subject, f.predicate, f.object) for f in facts}
    assert ("organization/national-bank-of-kuwait", "affiliatedWith", "country/KWT") in triples


def test_extract_facts_without_implied_countries_keeps_the_named_entities(resolved_doc):
    doc, resolved, document = resolved_doc("Canada sanctioned Venezuela.")
    entities, facts = rules.extract_facts(doc, resolved, document)
    assert entities == tuple(resolved.entities.values())
    assert [(f.subject, f.predicate, f.object, f.rule) for f in facts] == [
        ("country/CAN", "sanctions", "country/VEN", "verb:sanction")]


def test_event_rules_read_the_states(resolved_doc):
    """A protest aimed at no one is aimed at the protesters' own state: the event rule needs the state fact
    (Kenyan students affiliatedWith Kenya) that a state rule found."""
    doc, resolved, document = resolved_doc("Kenyan students demonstrated on Monday.")
    _, facts = rules.extract_facts(doc, resolved, document)
    by_rule = {f.rule: (f.subject, f.predicate, f.object) for f in facts}
    assert by_rule["role:belongs-to"] == ("group/kenyan-students", "affiliatedWith", "country/KEN")
    assert by_rule["verb:demonstrate"] == ("group/kenyan-students", "protests", "country/KEN")


def test_extract_facts_folds_a_summing_plural_into_the_agreement(resolved_doc):
    doc, resolved, document = resolved_doc(
        "Peru and Chile signed security agreements in Lima. "
        "In June 2019 a defence pact between Peru and Chile was signed by both ministers.")
    entities, facts = rules.extract_facts(doc, resolved, document)
    assert {e.label for e in entities if e.type == "Agreement"} == {"defence pact between Peru and Chile"}
    assert any(f.rule.endswith("+collective") for f in facts)


@pytest.mark.parametrize("text, dropped, kept", [
    pytest.param("Kenya's president William Ruto and Kenya agreed on a plan.", ("Kenya", "agreesWith", "William Ruto"),
                 ("William Ruto", "leads", "Kenya"), id="a-leader-and-his-state-agree"),
    pytest.param("Reports said Ghana's oil minister Kofi Mensah and Ghana would discuss the pipeline.",
                 ("Ghana", "meetsWith", "Kofi Mensah"), ("Kofi Mensah", "affiliatedWith", "Ghana"),
                 id="a-minister-and-his-state-meet"),
    pytest.param("Kenyan opposition leader John Mwangi left Kenya in 1990.", ("John Mwangi", "withdrawsFrom", "Kenya"),
                 ("John Mwangi", "affiliatedWith", "Kenya"), id="leaving-ones-own-country"),
    pytest.param("Kenya's foreign minister John Mwangi visited Kenya and Uganda last week.",
                 ("John Mwangi", "visits", "Kenya"), ("John Mwangi", "visits", "Uganda"), id="visiting-ones-own-country"),
    pytest.param("Kenya's president William Ruto pledged help to Kenya.", ("William Ruto", "aids", "Kenya"),
                 ("William Ruto", "leads", "Kenya"), id="aiding-ones-own-state"),
])
def test_one_side_does_not_meet_or_agree_with_itself(facts_of, text, dropped, kept):
    got = facts_of(text)
    assert dropped not in got.triples and dropped[::-1] not in got.triples
    assert kept in got.triples


@pytest.mark.parametrize("text, kept", [
    pytest.param("Reports said Ghana's oil minister Kofi Mensah and Togo would discuss the pipeline.",
                 ("Kofi Mensah", "meetsWith", "Togo"), id="a-minister-and-another-state-meet"),
    pytest.param("Kenyan minister John Mwangi said Kenya would withdraw its troops from Uganda.",
                 ("Kenya", "withdrawsFrom", "Uganda"), id="a-state-leaves-another"),
    pytest.param("Labour MPs sharply criticised Jane Lowe, the Labour leader.", ("Labour MPs", "criticizes", "Jane Lowe"),
                 id="criticism-within-a-party-stays"),
])
def test_two_sides_keep_their_facts(facts_of, text, kept):
    got = facts_of(text)
    assert kept in got.triples or kept[::-1] in got.triples, got


def test_counterparts_are_two_sides(facts_of):
    got = facts_of("In May, Mr Lamy and his Chilean counterpart Jorge Vidal agreed to set up a joint forum.")
    assert ("Lamy", "agreesWith", "Jorge Vidal") in got.triples or ("Jorge Vidal", "agreesWith", "Lamy") in got.triples, got
