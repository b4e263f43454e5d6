"""Generic events and agreements told apart: "talks", "the deal", "an accord" (common nouns only) relabelled by the
parties their facts give and where they are held ("talks between India and Russia in Islamabad", "deal between
Russia and India"), so that a reader tells apart the many "talks" and "deals" of a graph (issue 12). The label as
written stays an alias, which the scorer and the resolver match."""
from __future__ import annotations

from collections.abc import Iterable

from kg.extract import lexicons
from kg.model import Entity, Fact

__all__ = ["told_apart"]

# The predicates whose subject is a party of the generic entity they take as object, by the entity's type.
PARTY_PREDICATES = {"Event": ("participatesIn",), "Agreement": ("partyTo", "signs")}
# Prepositions by which a written label already sides or places its entity ("talks with him", "talks at home").
SIDING_PREPOSITIONS = {"Event": ("in", "at", "with", "between", "of"), "Agreement": ("with", "between")}


def told_apart(entities: Iterable[Entity], facts: Iterable[Fact]) -> tuple[Entity, ...]:
    """The entities with each generic event and agreement of the document labelled by its parties (and an event by
    where it is held); the label as written becomes an alias."""
    entities = tuple(entities)
    by_key = {e.key: e for e in entities}
    parties: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}
    for f in facts:
        target = by_key.get(f.object)
        if target is None or f.subject not in by_key:
            continue
        if f.predicate in PARTY_PREDICATES.get(target.type, ()):
            found = parties.setdefault(f.object, [])
            if f.subject not in found:
                found.append(f.subject)
        elif f.predicate == "hosts" and target.type == "Event" and by_key[f.subject].type in {"Place", "Country"}:
            places.setdefault(f.object, []).append(f.subject)
    out = []
    for entity in entities:
        label = _label(entity, [by_key[k] for k in parties.get(entity.key, [])],
                       [by_key[k] for k in places.get(entity.key, [])])
        out.append(entity if label is None else Entity(entity.key, label, entity.type,
                                                       entity.aliases | {entity.label}, entity.country_code))
    return tuple(out)


def _label(entity: Entity, parties: list[Entity], places: list[Entity]) -> str | None:
    """'talks between India and Russia in Islamabad', 'talks involving India', 'deal between Russia and India',
    "Ghana's deal" for a generic event or agreement of one document, or None to keep its label: a named one ("the G8 summit", "the Kyoto
    Protocol"), one its phrase already sides or places ("talks in Lima", "an agreement with Iran"), or one no fact
    tells apart."""
    if entity.type not in PARTY_PREDICATES or entity.key.count("/") < 2:
        return None  # (a named agreement or event is keyed by its name, not by its document)
    words = entity.label.split()
    if any(w in SIDING_PREPOSITIONS[entity.type] for w in words[1:]):
        return None
    if any(w != w.lower() for w in words[1:]) or words[0] != words[0].lower() \
            and not _generic_noun(words[0].lower(), entity.type):
        return None  # a name is in it ("London meeting", "G8 summit", "Lome accord"; but "Talks" opening a sentence)
    sides = [p for p in parties if p.type in {"Country", "Organization"}] or \
        [p for p in parties if p.type in {"Person", "Group"}]
    names = [p.label for p in sides]
    if len(names) > 3:
        names = [*names[:3], "others"]
    cities = [p for p in places if p.type == "Place"] or places
    written = entity.label[0].lower() + entity.label[1:]
    text = written
    if len(names) == 1 and entity.type == "Agreement":
        text = _possessive(names[0]) + " " + written  # "Ghana's deal": its one known party made it, with someone
    elif len(names) == 1:
        text += " involving " + names[0]  # its one known party takes part in it: "talks with X" would make X the
        # other side, and the fact that gives the party read "X participatesIn talks with X"
    elif names:
        text += " between " + ", ".join(names[:-1]) + " and " + names[-1]
    if cities:
        text += " in " + cities[0].label
    return text if text != written else None


def _generic_noun(word: str, kind: str) -> bool:
    """Whether a capitalised first word is the generic noun itself opening a sentence ("Talks", "Deal")."""
    if kind == "Event":  # ("Talks", "Discussions": the lexicon lists lemmas)
        return word in lexicons.event_nouns() or word.endswith("s") and word[:-1] in lexicons.event_nouns()
    kinds = lexicons.event_kinds()
    return kinds.get(word) == "agreement" or word.endswith("s") and kinds.get(word[:-1]) == "agreement"


def _possessive(name: str) -> str:
    """'Ghana's', 'the Philippines''."""
    return name + ("'" if name.endswith("s") else "'s")
