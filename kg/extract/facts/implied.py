"""Facts that follow from others in the same document: a signer is a party; a visit to Seoul is a visit to
South Korea; a summit in Nairobi is hosted by Kenya; a member or head of a state's body serves that state, unless
the sentence ties the person to another country."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.extract import lexicons
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["implied_facts"]


def implied_facts(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """The facts the given ones imply; never one of an actor on itself ("Peru retook Tumbes")."""
    facts = list(facts)
    places = {key: reading.ensure_country(iso3) for key, iso3 in reading.place_country.items()}
    implied = [replace(f, predicate="partyTo", rule=f.rule + "+implied", confidence=round(f.confidence * 0.9, 2))
               for f in facts if f.predicate == "signs" and f.subject.startswith(("country/", "organization/"))]
    state_of = {f.subject: f for f in facts if f.predicate in {"partOf", "affiliatedWith"}
                and f.object.startswith("country/") and f.subject.startswith("organization/")}
    country_of_place = dict(places)
    country_of_place.update({f.subject: f.object for f in facts if f.predicate == "partOf"
                             and f.subject.startswith("place/") and f.object.startswith("country/")})
    located = lexicons.predicate_targets()["located"]
    # ("Ana Ruiz, head of Kovana's US sales arm": the country the sentence gives the person is his, not his firm's)
    said_of: dict[tuple[str, int], set[str]] = {}
    for f in facts:
        if f.predicate == "affiliatedWith" and f.subject.startswith("person/") and f.object.startswith("country/"):
            said_of.setdefault((f.subject, f.evidence.start), set()).add(f.object)
    for f in facts:
        if f.predicate == "visits" and f.object in country_of_place:
            implied.append(replace(f, object=country_of_place[f.object], rule=f.rule + "+implied"))
        if f.predicate in located and f.object in country_of_place:
            implied.append(replace(f, object=country_of_place[f.object], rule=f.rule + "+implied"))
        if f.predicate == "hosts" and f.subject in country_of_place:
            implied.append(replace(f, subject=country_of_place[f.subject], rule=f.rule + "+implied"))
        if f.predicate in {"memberOf", "leads"} and f.subject.startswith("person/") and f.object in state_of \
                and state_of[f.object].object in said_of.get((f.subject, f.evidence.start), {state_of[f.object].object}):
            implied.append(replace(f, predicate="affiliatedWith", object=state_of[f.object].object,
                                   rule=f.rule + "+implied", confidence=round(f.confidence * 0.8, 2)))
    return [f for f in implied if f.subject != f.object]
