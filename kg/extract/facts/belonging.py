"""Belonging: which state a body, a place, a group or a firm is part of or belongs to.

A body of a state ("the Israeli army") is part of it and serves it; a firm, a delegation or a group ("Sudanese
rebels") only belongs to it; a place is part of its country; a group is of where it is ("demonstrators in
Baghdad"), unless it is displaced there ("refugees in Chad" are not Chadian).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import lexicons
from kg.extract.facts.arguments import country_refs, pre_modifiers, refs
from kg.extract.facts.qualifiers import fact
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["belonging_facts"]


def belonging_facts(reading: Reading) -> Iterator[Fact]:
    """The state each body, place, group or named organisation of the document belongs to."""
    for mention, key in reading.resolved.mentions:
        etype = reading.types.get(key)
        head = reading.doc[mention.head]
        found: list[Fact | None] = []
        if etype in {"Organization", "Place", "Group"} and mention.country and mention.role not in {"capital", "city"}:
            predicates = {"Place": ("partOf",), "body": ("partOf", "affiliatedWith")}.get(
                etype if etype == "Place" else mention.role, ("affiliatedWith",))
            country = reading.ensure_country(mention.country)
            found += [fact(reading, key, predicate, country, head, "role:belongs-to", 0.8) for predicate in predicates]
        elif etype == "Group":
            # "students throughout Indonesia", "demonstrators in Baghdad", "activists from the Fatah party"
            found += [fact(reading, key, "affiliatedWith", home, head, "role:group-of", 0.7)
                      for home in _located_in(reading, head)]
        elif etype == "Organization" and mention.kind == "name":
            # "Russian oil firm Yukos", "Iran's state broadcaster IRIB": the modifiers say whose it is,
            # when a descriptor noun says what it is ("firm", "broadcaster")
            pre = pre_modifiers(reading, mention, head)
            if any(t.pos_ == "NOUN" for t in pre):
                found += [fact(reading, key, "affiliatedWith", country, head, "role:organisation-of", 0.7)
                          for t in pre for country in country_refs(reading, t)]
        yield from (f for f in found if f is not None)


def _located_in(reading: Reading, head: Token) -> tuple[str, ...]:
    """The country or body a group is in or from; a city stands for its country."""
    found: list[str] = []
    away = head.lemma_.lower() in lexicons.displaced_groups()  # "refugees in Pakistan" are not Pakistani
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ({"from", "of"} if away else {
                "in", "from", "of", "throughout", "across"}):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for k in refs(reading, pobj, modifiers=False):
                    if k in reading.place_country:
                        found.append(reading.ensure_country(reading.place_country[k]))
                    elif reading.types.get(k) in {"Country", "Organization"}:
                        found.append(k)
    return tuple(dict.fromkeys(found))
