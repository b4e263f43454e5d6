"""Tests for kg.vocabulary: the predicate list and its annotations come from the ontology."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS

from kg import vocabulary
from kg.vocabulary import KG

TABLE = {  # the vocabulary table of shared/eval/README.md
    "visits": "CONSULT", "hosts": "CONSULT", "meetsWith": "CONSULT", "mediates": "CONSULT",
    "participatesIn": "CONSULT", "signs": "AGREE", "partyTo": "AGREE", "agreesWith": "AGREE",
    "cooperatesWith": "COOPERATE", "establishesRelationsWith": "COOPERATE", "supports": "SUPPORT", "aids": "AID",
    "demands": "DEMAND", "criticizes": "DISAPPROVE", "rejects": "REJECT", "threatens": "THREATEN",
    "protests": "PROTEST", "sanctions": "SANCTION", "concedesTo": "CONCEDE", "withdrawsFrom": "RETREAT",
    "mobilizesAgainst": "MOBILIZE", "attacks": "ASSAULT", "investigates": "INVESTIGATE", "coerces": "COERCE",
    "leads": "state", "memberOf": "state", "affiliatedWith": "state", "counterpartOf": "state", "partOf": "state",
    "holdsPosition": "state",
}


def test_thirty_predicates_in_table_order() -> None:
    assert vocabulary.predicate_names() == tuple(TABLE)


@pytest.mark.parametrize("name,plover", TABLE.items())
def test_plover_type(name: str, plover: str) -> None:
    assert vocabulary.plover_type(name) == plover


@pytest.mark.parametrize("plover,category", [
    ("AGREE", "cooperation"), ("COOPERATE", "cooperation"), ("SUPPORT", "cooperation"), ("AID", "cooperation"),
    ("CONCEDE", "cooperation"), ("CONSULT", "consultation"), ("DEMAND", "conflict"), ("ASSAULT", "conflict"),
    ("COERCE", "conflict"), ("RETREAT", "conflict"), ("state", "state"),
])
def test_category_follows_plover(plover: str, category: str) -> None:
    names = [n for n, p in TABLE.items() if p == plover]
    assert names and {vocabulary.category(n) for n in names} == {category}


def test_symmetric_and_literal() -> None:
    assert vocabulary.symmetric_predicates() == {
        "meetsWith", "agreesWith", "cooperatesWith", "establishesRelationsWith", "counterpartOf"}
    assert vocabulary.literal_object_predicates() == {"holdsPosition"}


@pytest.mark.parametrize("name", list(TABLE))
def test_every_predicate_documented(name: str) -> None:
    graph = vocabulary.ontology()
    iri = KG[name]
    for prop in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range):
        assert graph.value(iri, prop) is not None, (name, prop)
    kind = OWL.DatatypeProperty if name == "holdsPosition" else OWL.ObjectProperty
    assert (iri, RDF.type, kind) in graph


@pytest.mark.parametrize("cls", ["Country", "Person", "Organization", "Agreement", "Event", "Place", "Group"])
def test_entity_classes(cls: str) -> None:
    assert (KG[cls], RDF.type, OWL.Class) in vocabulary.ontology()


@pytest.mark.parametrize("prop", ["date", "startDate", "endDate", "modality", "confidence", "rule", "evidence",
                                  "document", "startOffset", "endOffset", "attributedTo", "countryCode", "entityType"])
def test_qualifiers_defined(prop: str) -> None:
    assert vocabulary.ontology().value(KG[prop], RDFS.comment) is not None


def test_unknown_predicate() -> None:
    assert not vocabulary.is_predicate("likes")
    with pytest.raises(KeyError):
        vocabulary.predicate("likes")


def test_actor_types_are_the_subclasses_of_actor() -> None:
    """ACTOR_TYPES is written out in code; it must stay what the ontology says kg:Actor stands for."""
    assert vocabulary.ACTOR_TYPES == vocabulary._classes(vocabulary.ontology(), KG.Actor)
    assert vocabulary.ACTOR_TYPES == {"Person", "Organization", "Country", "Group"}
