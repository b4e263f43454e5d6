"""Facts that follow from others in the same document: a signer is a party; a visit to Seoul is a visit to
South Korea; a summit in Nairobi is hosted by Kenya; a member or head of a state's body serves that state, unless
the sentence ties the person to another country; a minister named with no country serves the one state the
document's other government posts serve."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.extract import gazetteer, lexicons
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
        if f.predicate == "visits" and f.object in country_of_place \
                and not _home_visit(reading, f, country_of_place[f.object]):
            implied.append(replace(f, object=country_of_place[f.object], rule=f.rule + "+implied"))
        if f.predicate in located and f.object in country_of_place:
            implied.append(replace(f, object=country_of_place[f.object], rule=f.rule + "+implied"))
        if f.predicate == "hosts" and f.subject in country_of_place and _state_hosted(reading, f):
            implied.append(replace(f, subject=country_of_place[f.subject], rule=f.rule + "+implied"))
        if f.predicate in {"memberOf", "leads"} and f.subject.startswith("person/") and f.object in state_of \
                and state_of[f.object].object in said_of.get((f.subject, f.evidence.start), {state_of[f.object].object}):
            implied.append(replace(f, predicate="affiliatedWith", object=state_of[f.object].object,
                                   rule=f.rule + "+implied", confidence=round(f.confidence * 0.8, 2)))
    implied += cabinet_colleagues(facts)
    return [f for f in implied if f.subject != f.object]


def _state_hosted(reading: Reading, hosting: Fact) -> bool:
    """Whether the state hosts what a town of it hosts: an event in its capital ("talks in Beijing"), or a summit
    anywhere in it (data/state_hosted_events.txt); not a party conference or a public meeting in another town."""
    place = reading.resolved.entities.get(hosting.subject)
    event = reading.resolved.entities.get(hosting.object)
    if place is not None and gazetteer.surface_forms().get(place.label, ("", ""))[1] == "capital":
        return True
    return event is not None and bool(set(event.label.lower().split()) & lexicons.state_hosted_events())


def _home_visit(reading: Reading, visit: Fact, country: str) -> bool:
    """A visit to a town that is no visit to its country: the visitor serves that country ("the prime minister
    toured a factory in Leeds"), or only an occasion attended puts them there and no other state is known as
    theirs (a speaker at a rally in Derby may live in the country)."""
    served = reading.serves.get(visit.subject)
    return served == country or served is None and visit.rule.startswith("presence:occasion")


STATE_POST_KINDS = frozenset({"minister", "head_of_government", "head_of_state"})  # kinds of data/titles.tsv


def _post_kind(title: str) -> str:
    """The kind (data/titles.tsv) of the longest lexicon title that ends a post as written ("Economy minister" →
    minister), or "" when none does."""
    words = title.split()
    entry = lexicons.title_ending(words, longest=len(words))
    return entry[1].kind if entry else ""


def cabinet_colleagues(facts: list[Fact]) -> list[Fact]:
    """'Ruritanian President Jan Kos ... Finance minister Ewa Lis said': a minister named with no country (no
    state fact of any kind for the person in the document) serves the one state that the document's heads of
    state or government serve, else the one that all its holders of government posts serve; an unqualified
    minister is the home government's, as foreign ones are named by country."""
    posts: dict[str, list[Fact]] = {}
    for f in facts:
        if f.predicate == "holdsPosition" and f.subject.startswith("person/"):
            posts.setdefault(f.subject, []).append(f)
    tied = {f.subject for f in facts if f.predicate in {"affiliatedWith", "leads", "memberOf"}
            and f.subject.startswith("person/")}
    def states(kinds: frozenset[str]) -> set[str]:
        return {f.object for f in facts if f.predicate == "affiliatedWith" and f.object.startswith("country/")
                and any(_post_kind(p.object) in kinds for p in posts.get(f.subject, ()))}
    # (the heads of state or government decide first: "Prime Minister X ... then-US secretary of state Y")
    heads = states(STATE_POST_KINDS - {"minister"})
    states = heads if len(heads) == 1 else states(STATE_POST_KINDS)
    if len(states) != 1:
        return []
    state = next(iter(states))
    found: list[Fact] = []
    for person, held in posts.items():
        if person in tied:
            continue
        post = next((p for p in held if _post_kind(p.object) == "minister" and p.modality == "asserted"), None)
        if post is not None:
            found.append(replace(post, predicate="affiliatedWith", object=state, object_is_literal=False, date=None,
                                 start_date=None, end_date=None, rule="role:cabinet-colleague", confidence=round(post.confidence * 0.75, 2)))
    return found
