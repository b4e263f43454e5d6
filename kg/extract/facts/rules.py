"""The rule families in the order they run, and `extract_facts`: the only module that knows them all.

State rules run first: who holds which post, whom people serve, which body belongs to which state. The event
rules then read a `Reading` that knows those states (a protest aimed at no one is aimed at the protesters' own
state; "the head of the army" is the one person said to lead it). Follow-up rules read the facts found so far.
Last, plural descriptions are folded into the agreements they sum up (`collective`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from kg import vocabulary
from kg.extract import lexicons
from kg.extract.facts import (agreements, aid, belonging, coercion, collective, demands, events, gatherings, implied,
                              judged,
                              journeys, membership, roles, rulings, speech, stances, structure,
                              venues)
from kg.extract.facts import labels
from kg.extract.facts.confidence import calibrated
from kg.extract.facts.qualifiers import dedupe
from kg.extract.facts.reading import Reading
from kg.model import Document, Entity, Fact, ResolvedEntities

__all__ = ["STATE_RULES", "EVENT_RULES", "FOLLOW_UP_RULES", "extract_facts", "between_two_sides"]

Rule = Callable[[Reading], Iterator[Fact]]
FollowUpRule = Callable[[Reading, list[Fact]], Iterable[Fact]]

STATE_RULES: tuple[Rule, ...] = (
    roles.titled_people,
    belonging.belonging_facts,
    belonging.places_within,
    belonging.described_firms,
    belonging.state_firms,
    membership.people_in_organisations,
    membership.organisation_parts,
    membership.owned_parts,
    membership.named_before_post,
    membership.composition,
    membership.joining,
    membership.member_nouns,
    membership.party_members,
    membership.member_groups,
    membership.taken_offices,
    membership.fellow_members,
    membership.named_parents,
    membership.voices_with,
    structure.programmes,
    structure.channels,
    structure.districts,
    structure.acquisitions,
    structure.possessed_parts,
    roles.copula_roles,
    roles.capacity_roles,
    roles.office_roles,
    roles.organisation_countries,
    roles.described_people,
    roles.regime_heads,
)
EVENT_RULES: tuple[Rule, ...] = (
    events.event_facts,
    venues.venue_facts,
    agreements.agreement_parties,
    agreements.qualified_parties,
    agreements.owners,
    agreements.makers,
    agreements.counterparts,
    agreements.breakers,
    agreements.bound_parties,
    agreements.awarded_parties,
    agreements.hyphenated_parties,
    venues.event_participants,
    gatherings.gathering_facts,
    gatherings.representation_facts,
    gatherings.meeting_places,
    gatherings.campaign_facts,
    gatherings.party_contenders,
    demands.obligation_demands,
    demands.conditional_threats,
    demands.wanted_acts,
    demands.directive_nouns,
    demands.directed_acts,
    aid.debt_relief,
    aid.funds_received,
    aid.funds_given,
    aid.goods_given,
    aid.help_to_act,
    aid.partners,
    aid.close_relations,
    aid.joint_acts,
    aid.help_in_place,
    aid.purposed_aid,
    aid.exchanges_of_captives,
    coercion.detentions,
    coercion.releases,
    speech.spoken_opinions,
    speech.claimed_opinions,
    speech.stated_attitudes,
    speech.verbal_attacks,
    speech.stance_holders,
    speech.quoted_opinions,
    speech.refusals,
    speech.stance_phrases,
    speech.proposers,
    stances.withheld_backing,
    judged.pronoun_owned_objects,
    speech.reactions,
    speech.faced_stances,
    rulings.unlawful_acts,
    rulings.dismissed_claims,
    journeys.presence_facts,
    journeys.company_facts,
    journeys.site_visits,
    journeys.acts_abroad,
    journeys.named_destinations,
    journeys.occasions_attended,
)
FOLLOW_UP_RULES: tuple[FollowUpRule, ...] = (
    journeys.itinerary_facts,
    roles.government_heads,
    roles.party_heads,
    roles.party_states,
    roles.state_voices,
    roles.state_makers,
    roles.sentence_states,
    belonging.ministries,
    belonging.home_posts,
    roles.home_heads,
    implied.implied_facts,
    membership.labelled_groups,
    membership.leaders_as_members,
    membership.post_bodies,
    agreements.cooperating_parties,
    gatherings.parties_of_the_article,
    agreements.represented_parties,
    agreements.agreeing_parties,
    agreements.signed_up,
    speech.voiced_stances,
)


def extract_facts(doc: Doc, resolved: ResolvedEntities, document: Document
                  ) -> tuple[tuple[Entity, ...], list[Fact]]:
    """Every fact the document states, and its entities: the countries the facts imply added, the plural
    descriptions that stand for specific agreements removed."""
    reading = Reading.of(doc, resolved, document)
    states = [fact for rule in STATE_RULES for fact in rule(reading)]
    reading = reading.with_states(states)
    found = [fact for rule in EVENT_RULES for fact in rule(reading)] + states
    for follow_up in FOLLOW_UP_RULES:
        found = found + list(follow_up(reading, found))
    entities, facts = collective.fold_collective_references(doc, reading.resolved_with_implied(),
                                                            dedupe(between_two_sides(found)))
    entities = labels.told_apart(entities, facts)  # "talks", "deal" → "talks between X and Y", told apart
    return entities, list(calibrated(facts))  # last, so that which facts are found never depends on the table


def between_two_sides(facts: list[Fact]) -> list[Fact]:
    """The facts without those that relate an actor to itself, or that have an actor meet, agree or cooperate
    with, visit, aid or leave the state, party or body it belongs to: a minister and his state are one side."""
    symmetric = vocabulary.symmetric_predicates()  # counterpartOf relates two sides, it is no belonging
    two_sided = symmetric | {name for name in vocabulary.predicate_names()
                             if name.lower() in lexicons.two_sided_predicates()}
    belonging = {(fact.subject, fact.object) for fact in facts if not fact.object_is_literal
                 and vocabulary.category(fact.predicate) == "state" and fact.predicate not in symmetric}

    def two_sides(fact: Fact) -> bool:
        if fact.object_is_literal or vocabulary.category(fact.predicate) == "state":
            return True
        if fact.subject == fact.object:
            return False
        return not (fact.predicate in two_sided
                    and ((fact.subject, fact.object) in belonging or (fact.object, fact.subject) in belonging))

    return [fact for fact in facts if two_sides(fact)]
