"""Events named by a trigger word: a verb or event noun of the trigger table with its agent and its object.

Active and passive voice, light verbs ("made a visit to"), copulas ("was the mediator in"), relative clauses,
control ("agreed to set up") and coordination on either side; a refused or ended act gives only what the
refusal or the ending expresses (data/intent.tsv), a committed or planned one also what it promises or threatens.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import (
    between,
    complement_objects,
    location,
    noun_subjects,
    objects,
    position,
    purpose_objects,
    refs,
    subjects,
    through_prep,
    typed_in_clause,
)
from kg.extract.facts.qualifiers import clause_date, ended, expressed_intent, fact, modality, negated, refused
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import has_dependents, is_light_verb, trigger_lemma, triggers
from kg.model import Fact

__all__ = ["event_facts"]

MIN_TRIGGER_CONFIDENCE = 0.5  # the floor of the lexicon; raising it cost recall on every test set (measured)


def event_facts(reading: Reading) -> Iterator[Fact]:
    """The facts of every trigger word of the document that is not negated, or refused or ended."""
    table = triggers()
    for token in reading.doc:
        pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else ""
        if token.ent_type_ and token.ent_type_ not in grammar.TRIGGER_ENTITY_LABELS:
            continue  # "last March", "the Fatah Party": a word inside a name or a date is no trigger
        lemma = trigger_lemma(token, pos, table)
        candidates = tuple(t for t in table.get((lemma, pos), ())
                           if t.confidence >= MIN_TRIGGER_CONFIDENCE and has_dependents(token, t))
        if not candidates or pos == "VERB" and _carries_event_noun(token, table):
            continue
        # the most specific reading wins: "lifted a blockade" is a retreat, not the bare "lift" concession
        candidates = tuple(t for t in candidates if t.dependents) or candidates
        outcome = None
        if negated(reading, token):
            outcome = "refused" if refused(reading, token) else "ended" if ended(reading, token) else None
            if outcome is None:
                continue
        yield from _trigger_facts(reading, token, pos, candidates, outcome)


def _stative(verb: Token) -> bool:
    """'is opposed to', 'is committed to': a participle of state with its own object, not a passive."""
    return (verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))


def _carries_event_noun(verb: Token, table: dict) -> bool:
    """'offered condolences to X', 'gave a warning': a light verb whose object is an event noun lends its
    arguments to the noun and is no event of its own."""
    if any(t.dependents and has_dependents(verb, t) for t in table.get((verb.lemma_.lower(), "VERB"), ())):
        return False  # a collocation of its own: "lodged a protest with X" is a complaint
    return is_light_verb(verb) and any(
        c.dep_ == "dobj" and (trigger_lemma(c, "NOUN", table), "NOUN") in table for c in verb.children)


def _trigger_facts(reading: Reading, token: Token, pos: str, candidates: tuple[lexicons.Trigger, ...],
                   outcome: str | None = None) -> Iterator[Fact]:
    """The facts of one trigger; of a refused or ended act ("refused to meet X", "cancelled its visit to X"),
    only what the refusal or the ending expresses (data/intent.tsv)."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    stative = pos == "VERB" and passive and _stative(token)
    if stative:  # "Israel is opposed to French mediation": the subject holds the attitude
        agents, passive = refs(reading, next(c for c in token.children if c.dep_ == "nsubjpass")), False
    elif pos == "VERB":
        agents = subjects(reading, token)
    else:
        agents = noun_subjects(reading, token)
        if not agents and outcome and position(token).dep_ == "dobj":
            agents = subjects(reading, position(token).head)  # "France cancelled a planned visit to Haiti"
    when = clause_date(reading, token)
    mode = modality(reading, token, when)
    if mode is None:
        return
    seen: set[tuple[str, str, str]] = set()
    for trig in candidates:
        spec = tuple(w for w in trig.objects if w.startswith(("dobj", "prep:", "dative", "poss")))
        if stative:
            spec = ("prep:to",)
        targets = _trigger_objects(reading, token, pos, trig.predicate, spec, passive, outcome)
        if trig.predicate in lexicons.predicate_targets()["co-agent"] and pos == "VERB":
            agents = agents + tuple(k for k in objects(reading, token, ("prep:with",), False)
                                        if k not in agents)
        if trig.symmetric_pair or trig.predicate in reading.symmetric:
            sides = between(reading, token)
            if sides and not agents:
                agents = sides
        pairs: list[tuple[str, str]] = []
        if targets and agents:
            pairs = [(s, o) for s in agents for o in targets]
        elif (trig.symmetric_pair or trig.predicate in reading.symmetric) and len(agents) >= 2:
            pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
        elif passive and targets and not agents:
            continue
        elif trig.predicate in lexicons.predicate_targets()["home"] and agents and not targets:
            # "students throughout Kenya staged demonstrations": a protest aimed at no one is aimed at the
            # protesters' own state (CAMEO codes domestic protest against the government)
            pairs = [(s, reading.serves[s]) for s in agents if s in reading.serves]
        for s, o in pairs:
            if trig.predicate == "hosts" and reading.types.get(s) == "Person" \
                    and reading.types.get(o) in vocabulary.ACTOR_TYPES:
                trig = replace(trig, predicate="meetsWith")  # a person hosting a visitor meets them
            if outcome:
                intent = lexicons.expressed_intent().get(lexicons.PREDICATES.get(trig.predicate, ""))
                expressed = intent and getattr(intent, outcome)
                found = expressed and fact(reading, s, expressed, o, token, f"{outcome}:{trig.lemma}",
                                               trig.confidence * 0.8, when=when)
                if found and (s, found.predicate, o) not in seen:
                    seen.add((s, found.predicate, o))
                    yield found
                continue
            expressed = expressed_intent(reading, token, trig.predicate, s, mode)
            found = fact(reading, s, trig.predicate, o, token, f"{pos.lower()}:{trig.lemma}", trig.confidence,
                             when=when, modality=mode)
            if found and (s, trig.predicate, o) not in seen:
                seen.add((s, trig.predicate, o))
                yield found
                intent = expressed and fact(reading, s, expressed, o, token, f"intent:{trig.lemma}",
                                                 trig.confidence * 0.8, when=when)
                if intent:
                    yield intent
        if seen:
            return  # the first reading of the trigger that yields a fact wins


def _trigger_objects(reading: Reading, token: Token, pos: str, predicate: str, spec: tuple[str, ...], passive: bool,
                     outcome: str | None) -> tuple[str, ...]:
    """The other participants of one reading of a trigger: the first of these attachments that names any."""
    _, range_ = vocabulary.allowed_types(predicate)
    place = position(token) if pos == "NOUN" else token
    carrier = pos == "NOUN" and place.dep_ == "dobj" and (is_light_verb(place.head) or bool(outcome))
    searches = (
        # the lexicon's attachment: dobj, dative, a preposition, a possessor
        lambda: objects(reading, token, spec, passive, wanted=range_) if spec else (),
        # an agreement or event the parser attached elsewhere in the clause
        lambda: typed_in_clause(reading, token, range_) if not range_ & vocabulary.ACTOR_TYPES else (),
        # "demanded that Y ...", "threatened to cut supplies to Y"
        lambda: complement_objects(reading, token, predicate) if spec else (),
        # "a mediation effort between X and Y", "25,000 tons of food aid to X"
        lambda: objects(reading, place, spec, passive) if place is not token else (),
        # "gave Ivory Coast $5m of aid", "lodged a protest with Albania", "would prohibit all aid to Cuba":
        # the light verb, or the verb that refuses or ends the act, carries the object
        lambda: (objects(reading, place.head, ("dative", *spec), False) or through_prep(reading, token)
                 or through_prep(reading, place) or through_prep(reading, place.head)) if carrier else (),
        # "confiscated weapons from X", "hacked into X's computers"
        lambda: (objects(reading, token, grammar.THING_PREPOSITIONS, passive)
                 if pos == "VERB" and predicate in lexicons.predicate_targets()["located"] | {"investigates"} else ()),
        # "marched to demand reforms from X", "lifted a ban to reward Tripoli"
        lambda: purpose_objects(reading, token) if predicate in lexicons.predicate_targets()["purpose"] else (),
        # "imposed a curfew in Kabul", "rioted in Serbia"
        lambda: (location(reading, token) or (location(reading, token.head) if token.dep_ == "dobj" else ())
                 if predicate in lexicons.predicate_targets()["located"] else ()),
    )
    for search in searches:
        found = search()
        if found:
            return found
    return ()
