"""Who acts for which state: countries, international organisations, and the entities that belong to one.

The country view of the page and kg.analysis count a fact for the states it involves. A fact between two
countries counts for them as is; one whose subject or object is a minister, an army or a ministry counts for the
country that entity belongs to, read from the graph's own `affiliatedWith`, `partOf` and `leads` edges (followed
outwards up to three steps; the nearest actors win, and an entity reaching several at the same distance is
ambiguous and left out). International organisations (those of kg/data/organisations.tsv) are actors too.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import cache

import networkx as nx

__all__ = ["AFFILIATION_DEPTH", "AFFILIATION_PREDICATES", "actor_of", "belongs_to", "international_organisations",
           "relation_actors"]

#: Edges that say an entity belongs to a country (directly or through an organisation).
AFFILIATION_PREDICATES: tuple[str, ...] = ("affiliatedWith", "partOf", "leads")
#: How many belonging edges are followed from an entity to its country.
AFFILIATION_DEPTH = 3


def belongs_to(graph: nx.MultiDiGraph, is_actor: Callable[[Hashable], bool]) -> dict[Hashable, Hashable]:
    """Each node that belongs to exactly one actor (nearest along the belonging edges) → that actor's node.

    Actors map to themselves."""
    found: dict[Hashable, Hashable] = {}
    for node in graph.nodes:
        if is_actor(node):
            found[node] = node
            continue
        seen, frontier = {node}, {node}
        for _ in range(AFFILIATION_DEPTH):
            nxt = {target for source in frontier
                   for _, target, key, attrs in graph.out_edges(source, keys=True, data=True)
                   if (attrs.get("predicate") or key) in AFFILIATION_PREDICATES and target not in seen}
            actors = {n for n in nxt if is_actor(n)}
            if actors:
                if len(actors) == 1:
                    found[node] = actors.pop()
                break
            seen |= nxt
            frontier = nxt
            if not frontier:
                break
    return found


@cache
def _organisation_names() -> frozenset[str]:
    """The names, acronyms and aliases of international organisations, lowercased (acronyms keep their case)."""
    from kg.extract.lexicons import organisations  # a data table only: no parser loads

    names: set[str] = set()
    for org in organisations():
        names.update(form if form.isupper() else form.lower() for form in org.names)
    return frozenset(names)


def international_organisations(graph: nx.MultiDiGraph) -> set[Hashable]:
    """The Organization nodes that are international organisations (named in kg/data/organisations.tsv)."""
    names = _organisation_names()
    found = set()
    for node, attrs in graph.nodes(data=True):
        if attrs.get("type") != "Organization":
            continue
        label = str(attrs.get("label") or "")
        forms = [label, *(str(a) for a in attrs.get("aliases") or ())]
        if any(form in names or form.lower() in names for form in forms if form):
            found.add(node)
    return found


def relation_actors(owner: dict[Hashable, Hashable], source: Hashable, target: Hashable, predicate: str
                    ) -> tuple[Hashable, Hashable] | None:
    """The two actors a fact is counted for (in its direction), or None: an end belongs to no actor, both ends
    to the same one, or the fact is an entity's belonging itself (a minister affiliated with his country)."""
    if predicate in AFFILIATION_PREDICATES and owner.get(source) != source:
        return None
    a, b = owner.get(source), owner.get(target)
    return (a, b) if a is not None and b is not None and a != b else None


def actor_of(graph: nx.MultiDiGraph) -> dict[Hashable, Hashable]:
    """Each node → the country or international organisation it is, or acts for (see the module docstring)."""
    igos = international_organisations(graph)
    return belongs_to(graph, lambda n: graph.nodes[n].get("type") == "Country" or n in igos)
