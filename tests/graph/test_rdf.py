"""Tests for kg.graph.rdf: the output contract (checked with the shared scorer), round trips, odd IRIs."""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Literal, URIRef

from kg.model import Document, Entity, Evidence, Extraction, Fact
from kg.graph.rdf import (date_literal, document_iri, entities_from_dataset, entity_iri, facts_from_dataset,
                          is_default_graph, key_of, statement_iri, to_dataset)
from kg.vocabulary import KG
from samples import GANTZ, LOUDIYI, MOROCCO, SHARED, extractions


def _scorer():
    """The shared scorer module (shared/eval/score.py)."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("kg_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


GOLD = {
    "entities": {
        "Benny Gantz": {"type": "Person", "aliases": ["Benny Gantz", "Gantz"]},
        "Abdellatif Loudiyi": {"type": "Person", "aliases": ["Loudiyi"]},
        "Morocco": {"type": "Country", "aliases": ["Morocco", "MAR"]},
        "Israel": {"type": "Country", "aliases": ["Israel"]},
        "Defense MoU": {"type": "Agreement", "aliases": ["defense memorandum of understanding"]},
    },
    "required": [
        {"s": "Abdellatif Loudiyi", "p": "meetsWith", "o": "Benny Gantz", "date": "2021-11-24"},
        {"s": "Benny Gantz", "p": "holdsPosition", "o": "Minister of Defense"},
        {"s": "Benny Gantz", "p": "affiliatedWith", "o": "Israel"},
        {"s": "Abdellatif Loudiyi", "p": "affiliatedWith", "o": "Morocco"},
        {"s": "Benny Gantz", "p": "signs", "o": "Defense MoU", "date": "2021-11"},
        {"s": "Morocco", "p": "partyTo", "o": "Defense MoU", "start": "2021-11-24"},
        {"s": "Benny Gantz", "p": "visits", "o": "Morocco", "date": "2021-11-24"},
    ],
}


def test_contract_scores_perfectly_with_shared_scorer(tmp_path: Path) -> None:
    scorer = _scorer()
    path = tmp_path / "graph.trig"
    path.write_text(to_dataset(extractions()).serialize(format="trig"), encoding="utf-8")
    result = scorer.score(GOLD, scorer.load_graph(path))
    assert (result["f1"], result["fp"], result["dates"]) == (1.0, 0, "4/4"), result
    assert result["fragmented_entities"] == {}


def test_entities_in_default_graph_with_one_label() -> None:
    ds = to_dataset(extractions())
    default = ds.default_graph
    gantz = entity_iri(GANTZ.key)
    assert (gantz, RDF.type, KG.Person) in default
    assert list(default.objects(gantz, RDFS.label)) == [Literal("Benny Gantz")]  # longest canonical kept
    assert set(default.objects(gantz, SKOS.altLabel)) == {Literal("Gantz")}
    assert (entity_iri(MOROCCO.key), KG.countryCode, Literal("MAR")) in default


def test_each_document_in_its_named_graph() -> None:
    ds = to_dataset(extractions())
    direct = (entity_iri(GANTZ.key), KG.visits, entity_iri(MOROCCO.key))
    for doc in ("doc-one", "doc-two"):
        graph = ds.graph(document_iri(doc))
        assert "doc-" in str(graph.identifier) and direct in graph
    statements = set(ds.subjects(RDF.predicate, KG.visits))
    assert len(statements) == 2 and all(isinstance(s, URIRef) for s in statements)


def test_statement_qualifiers() -> None:
    ds = to_dataset(extractions())
    fact = extractions()[1].facts[0]
    stmt = statement_iri(fact)
    graph = ds.graph(document_iri("doc-two"))
    assert graph.value(stmt, KG.date) == Literal("2021-11-24", datatype=XSD.date)
    assert graph.value(stmt, KG.modality) == Literal("planned")
    assert graph.value(stmt, KG.confidence).datatype == XSD.decimal
    assert graph.value(stmt, KG.attributedTo) == entity_iri(LOUDIYI.key)
    assert graph.value(stmt, KG.document) == document_iri("doc-two")
    assert int(graph.value(stmt, KG.endOffset)) == len(fact.evidence.sentence)


@pytest.mark.parametrize("value,datatype", [
    ("2021-11-24", XSD.date), ("2021-11", XSD.gYearMonth), ("2021", XSD.gYear), ("--03-25", XSD.gMonthDay),
    ("soon", None),
])
def test_date_literal(value: str, datatype: URIRef | None) -> None:
    literal = date_literal(value)
    assert (str(literal), literal.datatype) == (value, datatype)


def test_statement_iri_is_deterministic() -> None:
    fact = extractions()[0].facts[0]
    assert statement_iri(fact) == statement_iri(extractions()[0].facts[0])
    assert statement_iri(fact) != statement_iri(extractions()[0].facts[1])


def test_facts_round_trip() -> None:
    facts = {r.fact for r in facts_from_dataset(to_dataset(extractions()))}
    assert facts == {f for e in extractions() for f in e.facts}


def test_fact_records_carry_labels() -> None:
    records = facts_from_dataset(to_dataset(extractions()))
    position = next(r for r in records if r.fact.predicate == "holdsPosition")
    assert (position.subject_label, position.object_label) == ("Benny Gantz", "Minister of Defense")


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_serialised_round_trip(fmt: str) -> None:
    ds = to_dataset(extractions())
    back = Dataset(default_union=True).parse(data=ds.serialize(format=fmt), format=fmt)
    assert {r.fact for r in facts_from_dataset(back)} == {r.fact for r in facts_from_dataset(ds)}
    assert entities_from_dataset(back) == entities_from_dataset(ds)


def test_unknown_predicate_is_refused() -> None:
    doc = Document("d", "x")
    fact = Fact("a", "likes", "b", Evidence("d", "x", 0, 1))
    with pytest.raises(ValueError, match="likes"):
        to_dataset([Extraction(doc, (), (fact,))])


def test_merged_entity_keeps_type_and_code() -> None:
    merged = {e.key: e for e in entities_from_dataset(to_dataset(extractions()))}
    assert merged[GANTZ.key].aliases == {"Gantz"}
    assert merged[MOROCCO.key].country_code == "MAR"


_KEYS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=_KEYS, label=st.text(min_size=1, max_size=20), doc=_KEYS, fmt=st.sampled_from(["trig", "nquads", "json-ld"]))
def test_odd_names_parse_back(key: str, label: str, doc: str, fmt: str) -> None:
    entity = Entity(f"person/{key}", label, "Person")
    other = Entity("country/MAR", "Morocco", "Country", country_code="MAR")
    fact = Fact(entity.key, "visits", other.key, Evidence(doc, "s", 0, 1))
    ds = to_dataset([Extraction(Document(doc, "s"), (entity, other), (fact,))])
    back = Dataset(default_union=True).parse(data=ds.serialize(format=fmt), format=fmt)
    assert key_of(entity_iri(entity.key)) == entity.key
    assert [r.fact for r in facts_from_dataset(back)] == [fact]
    assert {e.key for e in entities_from_dataset(back)} == {entity.key, other.key}


def _people_extraction(doc: str, *names: str) -> Extraction:
    """One document naming people, each met by the first one (a fact per person)."""
    from kg.extract.entities import slug

    people = [Entity("person/" + slug(n), n, "Person") for n in names]
    evidence = Evidence(document=doc, sentence="s", start=0, end=1)
    facts = tuple(Fact(people[0].key, "meetsWith", p.key, evidence) for p in people[1:])
    return Extraction(Document(doc, "s"), entities=tuple(people), facts=facts)


@pytest.mark.parametrize("names, joined", [
    # one variant extends another: one node, under the fullest name
    ([("a", "Ann Lee", "Bush"), ("b", "Ann Lee", "George Bush"), ("c", "Ann Lee", "George W Bush")],
     {"person/bush": "person/george-w-bush", "person/george-bush": "person/george-w-bush"}),
    ([("a", "Ann Lee", "Kerry"), ("b", "Ann Lee", "John Kerry")], {"person/kerry": "person/john-kerry"}),
    # two fuller names that do not extend each other: the short one could be either
    ([("a", "Ann Lee", "Bush"), ("b", "Ann Lee", "George Bush"), ("c", "Ann Lee", "Laura Bush")], {}),
    # other surnames, or only a first name in common, are other people
    ([("a", "Ann Lee", "John Smith"), ("b", "Ann Lee", "John Kerry")], {}),
])
def test_person_identities_across_documents(names, joined) -> None:
    from kg.graph.rdf import person_identities

    entities = [e for doc, *people in names for e in _people_extraction(doc, *people).entities]
    assert person_identities(entities) == joined


def _identities_by_scan(entities) -> dict[str, str]:
    """The reference: every person's name compared with every other's (what person_identities did first)."""
    from kg.graph.rdf import _extends

    names = {}
    for entity in entities:
        if entity.type == "Person":
            names.setdefault(entity.key, [w.strip(".").lower() for w in entity.label.split()])
    joined = {}
    for key, words in names.items():
        fuller = sorted((k for k, other in names.items() if k != key and _extends(other, words)),
                        key=lambda k: len(names[k]))
        if fuller and all(_extends(names[b], names[a]) for a, b in zip(fuller, fuller[1:])):
            joined[key] = fuller[-1]
    return joined


@pytest.mark.parametrize("labels", [
    ["Bush", "George Bush", "George W Bush", "Laura Bush", "W Bush"],
    ["Kerry", "John Kerry", "John F Kerry", "Kerry Smith", "Smith"],
    ["Ann Lee", "Lee", "Ann B Lee", "Ann C Lee", "Lee Ann"],  # two fuller names of one length: ties kept in order
    ["J. Smith", "Smith", "John Smith", "Mr Smith"],
    ["Madonna", "Cher"],
])
def test_person_identities_compare_only_names_of_one_surname(labels) -> None:
    """Only a name ending as another does can extend it: the same joins as comparing every pair."""
    from kg.graph.rdf import person_identities

    people = [Entity(f"person/{i}", label, "Person") for i, label in enumerate(labels)]
    people += [Entity("country/GBR", "Lee", "Country")]  # not a person: never joined
    assert person_identities(people) == _identities_by_scan(people)
    assert person_identities(list(reversed(people))) == _identities_by_scan(list(reversed(people)))


def test_variants_of_a_name_are_one_node_in_the_dataset() -> None:
    ds = to_dataset([_people_extraction("a", "Ann Lee", "Bush"), _people_extraction("b", "Ann Lee", "George Bush")])
    people = set(ds.subjects(RDF.type, KG.Person))
    assert entity_iri("person/bush") not in people and entity_iri("person/george-bush") in people
    assert (entity_iri("person/ann-lee"), KG.meetsWith, entity_iri("person/george-bush")) in ds
    assert Literal("Bush") in set(ds.objects(entity_iri("person/george-bush"), SKOS.altLabel))


# ---------------------------------------------------------------- document IRIs: stable and distinct

_TEXT = "Morocco and Israel signed a defence agreement in Rabat on 24 November 2021. " * 3


@pytest.mark.parametrize("names", [["x y.txt", "x-y.txt"], ["x  y.txt", "x y.txt", "x-y.txt"],
                                   ["caf\u00e9.txt", "cafe\u0301.txt"], ["a(1).txt", "a-1.txt", "a 1.txt"]])
def test_document_iris_depend_on_the_name_alone(tmp_path: Path, names: list[str]) -> None:
    """Files whose names make the same safe id have distinct IRIs, and each file the same IRI whether it is read
    alone or with the others, in any order."""
    from kg.read.documents import read_documents

    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"{_TEXT} Number {number}.", encoding="utf-8")
    together = {Path(d.source).name: document_iri(d.id) for d in read_documents([tmp_path]) if isinstance(d, Document)}
    alone = {name: document_iri(d.id) for name in names for d in read_documents([tmp_path / name])
             if isinstance(d, Document)}
    assert len(set(together.values())) == len(names)
    assert together == alone


@pytest.mark.slow
def test_separate_builds_into_one_store_keep_one_iri_per_file(tmp_path: Path) -> None:
    """'x-y.txt', then the folder of 'x y.txt' and 'x-y.txt', then 'x y.txt' alone: two documents, never three."""
    from kg.graph.store import Store
    from kg.pipeline import build_store

    (tmp_path / "in").mkdir()
    for number, name in enumerate(["x y.txt", "x-y.txt"]):
        (tmp_path / "in" / name).write_text(f"{_TEXT} Number {number}.", encoding="utf-8")
    for inputs in ([tmp_path / "in" / "x-y.txt"], [tmp_path / "in"], [tmp_path / "in" / "x y.txt"]):
        build_store(inputs, tmp_path / "store")
    with Store(tmp_path / "store", read_only=True) as store:
        ids = store.document_ids()
        assert len(ids) == 2 and "x-y" in ids
        assert store.source_of("x-y") == str(tmp_path / "in" / "x-y.txt")


# ---------------------------------------------------------------- every kg term written is declared


@pytest.mark.slow
def test_every_kg_term_of_a_built_store_is_declared_in_the_ontology(tmp_path: Path) -> None:
    """The seed built into a store (which adds its bookkeeping: content hashes, mentions): every kg: predicate
    used is a declared property of kg/data/ontology.ttl, every kg: type a declared class."""
    from rdflib import OWL

    from kg import vocabulary
    from kg.graph.store import Store
    from kg.pipeline import build_store

    build_store([SHARED / "seeds"], tmp_path / "store")
    with Store(tmp_path / "store", read_only=True) as store:
        quads = list(store.quads())
    ontology = vocabulary.ontology()
    properties = {s for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                  for s in ontology.subjects(RDF.type, kind)}
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    used = {p for _, p, _, _ in quads if str(p).startswith(str(KG))}
    types = {o for _, p, o, _ in quads if p == RDF.type and str(o).startswith(str(KG))}
    assert {KG.contentHash, KG.mentions, KG.document, KG.evidence} <= used
    assert used - properties == set()
    assert types - classes == set()


# ---------------------------------------------------------------- one mapping, two renderings (rdflib, pyoxigraph)

_DOCUMENTS = {
    "bare": Document("doc x", "", source=""),
    "described": Document("doc/é x", "", source="a b/é.txt", title='A "quoted" <b>title</b>',
                          published=dt.date(2021, 11, 25), url="https://example.org/a?b=c&d=é",
                          publisher="Pub \\ lisher"),
}
_FACT_CASES = {  # keyword changes of one meetsWith fact
    "plain": {},
    "dated": {"date": "2021-11-24", "start_date": "2021-11", "end_date": "2024"},
    "odd dates": {"date": "--03-25", "start_date": "spring", "end_date": "2021-13-45"},
    "attributed and planned": {"attributed_to": MOROCCO.key, "modality": "planned", "confidence": 0.123456},
    "claimed": {"modality": "claimed"},
    "no rule, whole confidence": {"rule": "", "confidence": 1.0},
    "literal object": {"predicate": "holdsPosition", "object": "Minister of Defense", "object_is_literal": True},
    "literal by its predicate": {"predicate": "holdsPosition", "object": "Defence Minister"},
}


def _rendering_case(fact_case: str, document: str) -> Extraction:
    """One document with one fact of the case (twice: a graph holds it once) and the entities it names."""
    doc = _DOCUMENTS[document]
    sentence = "Gantz mét Loudiyi in \"Rabat\"\n today."
    changes = {"rule": "meet-verb", "confidence": 0.9, **_FACT_CASES[fact_case]}
    fact = Fact(GANTZ.key, changes.pop("predicate", "meetsWith"), changes.pop("object", LOUDIYI.key),
                Evidence(doc.id, sentence, 12, 12 + len(sentence)), **changes)
    return Extraction(doc, (GANTZ, LOUDIYI, MOROCCO), (fact, fact))


def _oxigraph_quads(extraction: Extraction) -> set[str]:
    """The quads QuadWriter makes of one extraction, as N-Quads lines."""
    from kg.graph.rdf import QuadWriter, merge_entities

    writer = QuadWriter()
    quads = [*writer.description(merge_entities([extraction]).values(), [extraction.document]),
             *writer.document(extraction)]
    assert len(quads) == len({str(q) for q in quads})  # each quad once
    return {str(q) for q in quads}


@pytest.mark.parametrize("document", sorted(_DOCUMENTS))
@pytest.mark.parametrize("fact_case", sorted(_FACT_CASES))
def test_rdflib_and_oxigraph_render_the_same_quads(fact_case: str, document: str) -> None:
    """to_dataset (rdflib terms) and QuadWriter (pyoxigraph terms, for graph.trig) write the same quads of one
    extraction: one mapping (entity_pairs, document_pairs, fact_triples) rendered twice."""
    from kg.graph.store import to_ox

    extraction = _rendering_case(fact_case, document)
    ds = to_dataset([extraction])
    graphs = {g: getattr(g, "identifier", g) for _, _, _, g in ds.quads((None, None, None, None))}
    rdflib_quads = {" ".join(str(to_ox(term)) for term in (s, p, o) if term is not None)
                    + ("" if is_default_graph(graphs[g]) else " " + str(to_ox(graphs[g])))
                    for s, p, o, g in ds.quads((None, None, None, None))}
    assert _oxigraph_quads(extraction) == rdflib_quads
    assert len(rdflib_quads) > 15


@pytest.mark.parametrize("confidence", [1, 1.0, 0.5, 0.99999, 0.0])
def test_graph_trig_of_either_writer_parses_to_the_same_quads(confidence: float, monkeypatch) -> None:
    """graph.trig written by Oxigraph (QuadWriter) and by rdflib parse to the same quads, literals unnormalised:
    a whole confidence, which rdflib holds as "1" and writes as 1.0, is written 1.0 by QuadWriter too."""
    import io

    import rdflib

    from kg.graph.rdf import QuadWriter, merge_entities

    extraction = _rendering_case("dated", "described")
    extraction = Extraction(extraction.document, extraction.entities,
                            tuple(replace(f, confidence=confidence) for f in extraction.facts))
    writer, sink = QuadWriter(), io.BytesIO()
    writer.write_trig([*writer.description(merge_entities([extraction]).values(), [extraction.document]),
                       *writer.document(extraction)], sink)
    monkeypatch.setattr(rdflib, "NORMALIZE_LITERALS", False)

    def quads(trig: str) -> set[str]:
        return set(Dataset().parse(data=trig, format="trig").serialize(format="nquads").splitlines()) - {""}
    assert quads(sink.getvalue().decode("utf-8")) == quads(to_dataset([extraction]).serialize(format="trig"))


def _case_documents(cases: str) -> list[Extraction]:
    """Extractions of several documents, one per letter of cases: f a document with facts (each fact case in
    turn, under its own id), e one without facts."""
    made = []
    for i, kind in enumerate(cases):
        extraction = _rendering_case(sorted(_FACT_CASES)[i % len(_FACT_CASES)], "described" if i % 2 else "bare")
        document = replace(extraction.document, id=f"doc {i}")
        facts = tuple(replace(f, evidence=replace(f.evidence, document=document.id)) for f in extraction.facts)
        made.append(Extraction(document, extraction.entities, facts if kind == "f" else ()))
    return made


@pytest.mark.parametrize("cases", ["f", "ff", "fef", "eff", "ffe", "e", "ee", ""])
@pytest.mark.parametrize("described", [True, False], ids=["with default graph", "no default graph"])
def test_document_blocks_written_one_after_another_are_the_whole_stream(cases: str, described: bool) -> None:
    """graph.trig made of each document's TriG block (made as its extraction arrives) is the file write_trig
    writes of all the quads in one stream, byte for byte: the prefix lines once, at the top, also when the
    default graph is empty; documents without facts add nothing."""
    import io

    from kg.graph.rdf import QuadWriter, merge_entities

    extractions = _case_documents(cases)
    whole, sink = QuadWriter(), io.BytesIO()
    description = (lambda w: [*w.description(merge_entities(extractions).values(), [x.document for x in extractions])]
                   if described else [])
    whole.write_trig([*description(whole), *(q for x in extractions for q in whole.document(x))], sink)
    blocks, parts = QuadWriter(), io.BytesIO()
    made = [QuadWriter().document_trig(x) for x in extractions]  # each block by a writer of its own
    blocks.write_blocks(description(blocks), made, parts)
    assert parts.getvalue() == sink.getvalue()
    assert all(not block.startswith(b"@prefix") for block in made)
    assert [bool(block) for block in made] == [kind == "f" for kind in cases]
    assert sink.getvalue().count(b"@prefix rdf:") == (1 if described and cases or "f" in cases else 0)


def test_the_oxigraph_writer_refuses_an_unknown_predicate() -> None:
    from kg.graph.rdf import QuadWriter

    fact = Fact("a", "likes", "b", Evidence("d", "x", 0, 1))
    with pytest.raises(ValueError, match="likes"):
        QuadWriter().document(Extraction(Document("d", "x"), (), (fact,)))


@pytest.mark.parametrize("fact_case", ["plain", "dated", "literal object", "attributed and planned"])
def test_fact_triples_lead_with_the_direct_triple(fact_case: str) -> None:
    """The mapping of a fact: its direct triple first, then its statement (typed, with its qualifiers)."""
    from kg.graph.rdf import Lit, fact_triples

    fact = _rendering_case(fact_case, "bare").facts[0]
    (s, p, o), *statement = fact_triples(fact)
    assert (s, p) == (str(entity_iri(GANTZ.key)), str(KG) + fact.predicate)
    assert isinstance(o, Lit) == (fact.predicate == "holdsPosition")
    assert {subject for subject, _, _ in statement} == {str(statement_iri(fact))}
    values = {prop: value for _, prop, value in statement}
    assert values[str(RDF.type)] == str(RDF.Statement) and values[str(RDF.object)] == o
    assert values[str(KG.startOffset)] == Lit("12", str(XSD.integer))
    assert (str(KG.attributedTo) in values) == bool(fact.attributed_to)
    assert (str(KG.date) in values) == bool(fact.date)


# ---------------------------------------------------------------- one mapping, read back by its inverse


def test_every_field_of_a_fact_has_one_qualifier_row() -> None:
    """Each field of Fact and Evidence but the core triple is carried by one row of STATEMENT_QUALIFIERS, each by
    its own predicate: a field added to Fact without its row fails here."""
    from dataclasses import fields

    from kg.graph.rdf import STATEMENT_QUALIFIERS

    core = {"subject", "predicate", "object", "object_is_literal", "evidence"}
    wanted = {f.name for f in fields(Fact)} - core | {f"evidence.{f.name}" for f in fields(Evidence)}
    assert sorted(q.field for q in STATEMENT_QUALIFIERS) == sorted(wanted)
    assert len({q.iri for q in STATEMENT_QUALIFIERS}) == len(STATEMENT_QUALIFIERS)


def test_every_field_of_a_document_but_its_text_has_one_row() -> None:
    """Each field of Document but its text (not stored) is carried by one row of DOCUMENT_PROPERTIES, and read back."""
    from dataclasses import fields

    from kg.graph.rdf import DOCUMENT_PROPERTIES, documents_from_dataset, view_documents

    assert sorted(d.field for d in DOCUMENT_PROPERTIES) == sorted(f.name for f in fields(Document) if f.name != "text")
    document = Document("doc a", "text", "a b/é.txt", "A title", dt.date(2005, 1, 2), "https://example.org/a", "Pub")
    [back] = documents_from_dataset(to_dataset([Extraction(document)]))
    assert back == replace(document, text="") == view_documents([document])[0]


_EVIDENCE = Evidence("doc a", "He said \"no\".", 3, 17)
_PLAIN = Fact("person/ann-lee", "visits", "country/FRA", _EVIDENCE)


@pytest.mark.parametrize("fact", [
    _PLAIN,
    replace(_PLAIN, date="2005-01-03", start_date="2005-02", end_date="2006", modality="planned", confidence=0.81234,
            rule="speech", attributed_to="person/bob #1"),
    replace(_PLAIN, date="2005-02-30", start_date="--03-25", end_date="spring", modality="odd", confidence=1 / 3),
    replace(_PLAIN, confidence=1.0, rule="", date=""),
    replace(_PLAIN, predicate="holdsPosition", object="prime minister"),  # literal object given as an entity
    replace(_PLAIN, predicate="holdsPosition", object="minister", object_is_literal=True),
    replace(_PLAIN, subject="person/café <x>", evidence=Evidence("other doc", "", 0, 0)),  # evidence of another document
    replace(_PLAIN, subject="", object="country/FRA"),
], ids=["plain", "every qualifier", "odd values", "empty values", "literal as entity", "literal", "odd names",
        "empty key"])
def test_read_back_is_what_a_graph_gives(fact: Fact) -> None:
    """read_back (the inverse of fact_triples over its own values) gives the fact facts_from_dataset reads from the
    graph to_dataset writes, and the very same object when writing changes nothing."""
    from kg.graph.rdf import read_back

    [record] = facts_from_dataset(to_dataset([Extraction(Document("doc a", "s"), (), (fact,))]))
    assert read_back(fact, "doc a") == record.fact
    assert (read_back(fact, "doc a") is fact) == (record.fact == fact)


def test_update_statement_is_written_with_the_mapping_rows() -> None:
    """The statement of a fact an update adds carries its qualifiers under the mapping's predicates, read back."""
    from kg.knowledge_graph import _update_statement
    from kg.graph.rdf import _fact

    graph = document_iri("doc a")
    s, o = entity_iri("person/ann-lee"), entity_iri("country/FRA")
    ds = Dataset(default_union=True)
    for quad in _update_statement(s, KG.visits, o, graph):
        ds.graph(graph).add(quad[:3])
    [stmt] = set(ds.subjects(RDF.type, RDF.Statement))
    fact = _fact(ds.graph(graph), stmt, graph)
    assert fact == Fact("person/ann-lee", "visits", "country/FRA", Evidence("doc a", "", 0, 0), modality="asserted",
                        confidence=1.0, rule="update")
