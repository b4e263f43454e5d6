"""The relation vocabulary, read once from the ontology (kg/data/ontology.ttl).

Every module that needs the predicate list, a PLOVER type or a category asks here, so the ontology file
stays the single place where the vocabulary is defined.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg import datafiles
from kg.model import ENTITY_TYPES

KG = Namespace("https://w3id.org/kg/ontology#")
ENTITY_BASE = "https://w3id.org/kg/id/"
DOCUMENT_BASE = "https://w3id.org/kg/doc/"
CATEGORIES: tuple[str, ...] = ("cooperation", "consultation", "conflict", "state")


@dataclass(frozen=True)
class Predicate:
    """One predicate of the vocabulary with what the ontology says about it."""

    name: str  # local name, e.g. "meetsWith"
    label: str
    comment: str
    plover: str  # PLOVER event type, or "state"
    category: str  # one of CATEGORIES
    symmetric: bool
    literal_object: bool  # the object is a text (owl:DatatypeProperty), not an entity

    @property
    def iri(self) -> URIRef:
        """The predicate's IRI in the kg namespace."""
        return KG[self.name]


def ontology_text() -> str:
    """The ontology as Turtle text, read from the package data."""
    return datafiles.text("ontology.ttl")


@functools.lru_cache(maxsize=1)
def ontology() -> Graph:
    """The ontology graph, parsed once per process."""
    return Graph().parse(data=ontology_text(), format="turtle")


def _text(graph: Graph, subject: URIRef, prop: URIRef) -> str:
    """The first literal value of prop on subject, or ''."""
    value = graph.value(subject, prop)
    return str(value) if isinstance(value, Literal) else ""


@functools.lru_cache(maxsize=1)
def _predicates() -> dict[str, Predicate]:
    """All predicates carrying a kg:ploverType, in the order of the vocabulary table."""
    graph = ontology()
    found: list[tuple[int, Predicate]] = []
    for iri in set(graph.subjects(KG.ploverType, None)):
        name = str(iri)[len(str(KG)):]
        order = graph.value(iri, KG.order)
        found.append((int(order.toPython()) if order is not None else 10**6, Predicate(
            name=name,
            label=_text(graph, iri, RDFS.label),
            comment=_text(graph, iri, RDFS.comment),
            plover=_text(graph, iri, KG.ploverType),
            category=_text(graph, iri, KG.category),
            symmetric=(iri, RDF.type, OWL.SymmetricProperty) in graph,
            literal_object=(iri, RDF.type, OWL.DatatypeProperty) in graph,
        )))
    return {p.name: p for _, p in sorted(found, key=lambda item: (item[0], item[1].name))}


def predicates() -> tuple[Predicate, ...]:
    """Every predicate of the vocabulary, in table order."""
    return tuple(_predicates().values())


def predicate_names() -> tuple[str, ...]:
    """The local names of the vocabulary's predicates, in table order."""
    return tuple(_predicates())


def predicate(name: str) -> Predicate:
    """The predicate with this local name; KeyError if it is not in the vocabulary."""
    return _predicates()[name]


def is_predicate(name: str) -> bool:
    """Whether name is the local name of a vocabulary predicate."""
    return name in _predicates()


def plover_type(name: str) -> str:
    """The PLOVER event type of a predicate ("state" for state predicates)."""
    return predicate(name).plover


def category(name: str) -> str:
    """The category of a predicate: cooperation, consultation, conflict or state."""
    return predicate(name).category


def symmetric_predicates() -> frozenset[str]:
    """Predicates whose direction carries no meaning (A meetsWith B = B meetsWith A)."""
    return frozenset(p.name for p in predicates() if p.symmetric)


def literal_object_predicates() -> frozenset[str]:
    """Predicates whose object is a text, not an entity (holdsPosition)."""
    return frozenset(p.name for p in predicates() if p.literal_object)



def _classes(graph: Graph, value) -> frozenset[str]:
    """The entity types a class expression stands for: itself, its subclasses, the members of a union."""
    union = graph.value(value, OWL.unionOf)
    members = list(graph.items(union)) if union is not None else [value]
    found: set[str] = set()
    while members:  # a class stands for itself and its subclasses (kg:Actor → Person, Country, ...)
        member = members.pop()
        found.add(str(member).rsplit("#", 1)[-1])
        members += list(graph.subjects(RDFS.subClassOf, member))
        for equivalent in graph.objects(member, OWL.equivalentClass):
            union = graph.value(equivalent, OWL.unionOf)
            members += list(graph.items(union)) if union is not None else []
    return frozenset(found & set(ENTITY_TYPES))


ACTOR_TYPES: frozenset[str] = frozenset({"Person", "Organization", "Country", "Group"})  # kg:Actor's subclasses


@functools.cache
def allowed_types(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The entity types the ontology allows as subject and as object of a predicate (any, when it says none).

    >>> sorted(allowed_types("visits")[0])
    ['Country', 'Organization', 'Person']
    """
    graph = ontology()
    iri = predicate(name).iri
    anything = ACTOR_TYPES | {"Agreement", "Event", "Place"}
    domain, range_ = graph.value(iri, RDFS.domain), graph.value(iri, RDFS.range)
    return (_classes(graph, domain) if domain is not None else anything,
            _classes(graph, range_) if range_ is not None else anything)
