"""Tests for kg.knowledge_graph: the networkx schema the view relies on, saving, loading, summary."""
from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import GraphFileError, QueryError
from kg.knowledge_graph import KnowledgeGraph, write_atomic
from kg.graph.rdf import entity_iri
from kg.model import Evidence
from kg.views.tables import facts_csv
from samples import GANTZ, ISRAEL, LOUDIYI, MOROCCO, extractions

NODE_ATTRS = {"label", "type", "aliases", "country_code", "iri"}
EDGE_ATTRS = {"predicate", "plover", "category", "modality", "date", "start_date", "end_date", "confidence",
              "documents", "evidence"}


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_extractions(extractions())


def test_nodes(graph: KnowledgeGraph) -> None:
    nx_graph = graph.to_networkx()
    morocco = nx_graph.nodes[str(entity_iri(MOROCCO.key))]
    assert NODE_ATTRS <= set(morocco)
    assert (morocco["label"], morocco["type"], morocco["aliases"], morocco["country_code"]) == (
        "Morocco", "Country", ["the Kingdom"], "MAR")
    gantz = nx_graph.nodes[str(entity_iri(GANTZ.key))]
    assert gantz["positions"] == ["Minister of Defense"] and gantz["aliases"] == ["Gantz"]


def test_one_edge_per_fact_across_documents(graph: KnowledgeGraph) -> None:
    nx_graph = graph.to_networkx()
    gantz, morocco = str(entity_iri(GANTZ.key)), str(entity_iri(MOROCCO.key))
    visit = nx_graph.edges[gantz, morocco, "visits"]
    assert set(visit) == EDGE_ATTRS
    assert (visit["plover"], visit["category"], visit["modality"]) == ("CONSULT", "consultation", "asserted")
    assert visit["documents"] == ["doc-one", "doc-two"] and visit["confidence"] == 0.7
    assert [e["document"] for e in visit["evidence"]] == ["doc-one", "doc-two"]
    assert set(visit["evidence"][0]) == {"document", "sentence", "date", "confidence"}


def test_symmetric_facts_merge_into_one_edge(graph: KnowledgeGraph) -> None:
    nx_graph = graph.to_networkx()
    meets = [(u, v) for u, v, k in nx_graph.edges(keys=True) if k == "meetsWith"]
    assert len(meets) == 1
    u, v = meets[0]
    assert nx_graph.edges[u, v, "meetsWith"]["documents"] == ["doc-one", "doc-two"]


def test_literal_facts_are_not_edges(graph: KnowledgeGraph) -> None:
    assert "holdsPosition" not in {k for _, _, k in graph.to_networkx().edges(keys=True)}


def test_span_dates_on_edge(graph: KnowledgeGraph) -> None:
    party = graph.to_networkx().edges[str(entity_iri(MOROCCO.key)), "https://w3id.org/kg/id/agreement/defense-mou",
                                      "partyTo"]
    assert (party["date"], party["start_date"], party["end_date"]) == (None, "2021-11-24", "2024")


@pytest.mark.parametrize("modalities, merged", [
    (("planned", "asserted"), "asserted"),
    (("claimed", "asserted"), "asserted"),
    (("claimed", "planned"), "planned"),
    (("claimed", "claimed"), "claimed"),
])
def test_an_edge_has_the_firmest_modality_of_its_sentences(modalities, merged) -> None:
    one, two = extractions()
    facts = tuple(replace(f, modality=modalities[0]) if f.predicate == "visits" else f for f in one.facts)
    later = tuple(replace(f, modality=modalities[1]) if f.predicate == "visits" else f for f in two.facts)
    graph = KnowledgeGraph.from_extractions([replace(one, facts=facts), replace(two, facts=later)])
    visit = graph.to_networkx().edges[str(entity_iri(GANTZ.key)), str(entity_iri(MOROCCO.key)), "visits"]
    assert visit["modality"] == merged


def test_planned_only_when_all_evidence_planned() -> None:
    only_two = KnowledgeGraph.from_extractions(extractions()[1:])
    visit = only_two.to_networkx().edges[str(entity_iri(GANTZ.key)), str(entity_iri(MOROCCO.key)), "visits"]
    assert visit["modality"] == "planned"


def test_entities_and_facts(graph: KnowledgeGraph) -> None:
    assert {e.key for e in graph.entities} >= {GANTZ.key, LOUDIYI.key, MOROCCO.key, ISRAEL.key}
    assert len(graph.facts) == sum(len(e.facts) for e in extractions())


def test_summary(graph: KnowledgeGraph) -> None:
    summary = graph.summary()
    assert (summary.documents, summary.entities, summary.facts) == (2, 5, 9)
    assert list(summary.facts_by_predicate)[:2] == ["visits", "meetsWith"]  # vocabulary order


def test_query(graph: KnowledgeGraph) -> None:
    rows = list(graph.query("SELECT ?l WHERE { ?c kg:countryCode ?code ; rdfs:label ?l }", code="MAR"))
    assert rows == [{"l": "Morocco"}]
    with pytest.raises(QueryError):
        graph.query("SELECT")


def test_save_and_load(graph: KnowledgeGraph, tmp_path: Path) -> None:
    paths = graph.save(tmp_path / "out")
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"graph.trig", "graph.html", "facts.csv"}
    assert "<html" in paths["html"].read_text(encoding="utf-8").lower()
    rows = list(csv.DictReader(paths["csv"].open(encoding="utf-8", newline="")))
    assert len(rows) == 9
    for target in (paths["graph"], tmp_path / "out"):
        loaded = KnowledgeGraph.load(target)
        assert {r.fact for r in loaded.facts} == {r.fact for r in graph.facts}
        assert loaded.summary().facts_by_predicate == graph.summary().facts_by_predicate


@pytest.mark.parametrize("fmt,suffix", [("nquads", ".nq"), ("json-ld", ".jsonld"), ("turtle", ".ttl")])
def test_load_other_syntaxes(graph: KnowledgeGraph, tmp_path: Path, fmt: str, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    if fmt == "turtle":  # no named graphs: facts and statements all in one graph
        from rdflib import Graph

        flat = Graph()
        for triple in graph.dataset.triples((None, None, None)):
            flat.add(triple)
        path.write_text(flat.serialize(format="turtle"), encoding="utf-8")
    else:
        path.write_text(graph.dataset.serialize(format=fmt), encoding="utf-8")
    assert {r.fact for r in KnowledgeGraph.load(path).facts} == {r.fact for r in graph.facts}


@pytest.mark.parametrize("name,content", [("missing.trig", None), ("bad.trig", "this is { not trig"),
                                          ("bad.ttl", "@prefix : <x"), ("graph.xyz", "whatever")])
def test_load_errors(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError) as error:
        KnowledgeGraph.load(path)
    assert "\n" not in str(error.value)


def test_write_atomic_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.txt"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text(encoding="utf-8") == "two"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]


def test_a_dataset_is_held_by_the_memory_backend(graph: KnowledgeGraph) -> None:
    from kg.graph.backend import GraphBackend, MemoryBackend

    assert isinstance(graph.backend, MemoryBackend) and isinstance(graph.backend, GraphBackend)
    assert graph.dataset is graph.backend.dataset
    with KnowledgeGraph(graph.dataset) as same:  # closing a graph in memory releases nothing
        assert same.summary() == graph.summary()
    assert len(same.facts) == len(graph.facts)


def test_backends_are_found_by_name(tmp_path: Path) -> None:
    from kg.errors import KgError

    with pytest.raises(KgError, match="no graph backend named 'nosuch'"):
        KnowledgeGraph.open(tmp_path, backend="nosuch")


def test_the_view_graph_carries_document_titles() -> None:
    """The page's document filter shows titles, not ids such as 000_1bbcc23c29872350."""
    graph = KnowledgeGraph.from_extractions(extractions())
    titles = graph.to_networkx().graph["document_titles"]
    assert titles == {d.id: d.title for d in graph.documents if d.title} and titles


# ---------------------------------------------------------------- updates keep facts and statements together

DOC_ONE = "https://w3id.org/kg/doc/doc-one"
VISITS = "<https://w3id.org/kg/ontology#visits>"
G, M = f"<{entity_iri(GANTZ.key)}>", f"<{entity_iri(MOROCCO.key)}>"


def _visits(graph: KnowledgeGraph) -> list[tuple[str, str]]:
    """Where the Gantz-visits-Morocco fact shows: facts.csv's documents, who-visited-whom's, the view's."""
    csv_docs = sorted(r["document"] for r in csv.DictReader(io.StringIO(facts_csv(graph.facts)))
                      if r["predicate"] == "visits")
    named = sorted(r["document"] for r in graph.run_named("who-visited-whom"))
    edges = graph.to_networkx().edges
    view = edges[str(entity_iri(GANTZ.key)), str(entity_iri(MOROCCO.key)), "visits"]["documents"] \
        if (str(entity_iri(GANTZ.key)), str(entity_iri(MOROCCO.key)), "visits") in edges else []
    return [("csv", *csv_docs), ("named", *named), ("view", *view)]


def test_deleting_a_direct_triple_deletes_its_statements() -> None:
    graph = KnowledgeGraph.from_extractions(extractions())
    assert _visits(graph) == [("csv", "doc-one", "doc-two"), ("named", "doc-one", "doc-two"),
                              ("view", "doc-one", "doc-two")]
    report = graph.update(f"DELETE DATA {{ GRAPH <{DOC_ONE}> {{ {G} {VISITS} {M} }} }}")
    assert _visits(graph) == [("csv", "doc-two"), ("named", "doc-two"), ("view", "doc-two")]
    assert (report.removed, report.added, report.in_step_added) == (1, 0, 0)
    assert report.in_step_removed == 11  # the statement: type, s, p, o, document, evidence, offsets, confidence…
    assert not graph.query(f"ASK {{ GRAPH <{DOC_ONE}> {{ ?st rdf:predicate {VISITS} }} }}").boolean
    assert "1 triple removed, 0 triples added" in report.line() and "11 triples removed" in report.line()


def test_deleting_a_statement_deletes_its_direct_triple() -> None:
    graph = KnowledgeGraph.from_extractions(extractions())
    report = graph.update(f"DELETE {{ GRAPH ?g {{ ?st a rdf:Statement }} }} "
                          f"WHERE {{ GRAPH ?g {{ ?st rdf:predicate {VISITS} ; kg:document <{DOC_ONE}> }} }}")
    assert _visits(graph) == [("csv", "doc-two"), ("named", "doc-two"), ("view", "doc-two")]
    assert report.removed == 1 and report.in_step_removed == 11  # the rest of the statement and the direct triple
    assert not graph.query(f"ASK {{ GRAPH <{DOC_ONE}> {{ {G} {VISITS} {M} }} }}").boolean
    assert graph.query(f"ASK {{ GRAPH ?g {{ {G} {VISITS} {M} }} }}").boolean  # doc-two's is kept


def test_a_direct_triple_stays_while_a_statement_of_it_is_left() -> None:
    one = extractions()[0]
    again = replace(next(f for f in one.facts if f.predicate == "visits"),
                    evidence=Evidence("doc-one", "Gantz visited Morocco again.", 80, 108))
    graph = KnowledgeGraph.from_extractions([replace(one, facts=(*one.facts, again))])
    graph.update(f"DELETE {{ GRAPH ?g {{ ?st ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?st rdf:predicate {VISITS} ; "
                 f"kg:startOffset 80 ; ?p ?o }} }}")
    assert _visits(graph) == [("csv", "doc-one"), ("named", "doc-one"), ("view", "doc-one")]
    assert graph.query(f"ASK {{ GRAPH <{DOC_ONE}> {{ {G} {VISITS} {M} }} }}").boolean


def test_inserting_a_direct_triple_adds_a_statement() -> None:
    graph = KnowledgeGraph.from_extractions(extractions())
    loudiyi = f"<{entity_iri(LOUDIYI.key)}>"
    report = graph.update(f"INSERT DATA {{ GRAPH <{DOC_ONE}> {{ {loudiyi} {VISITS} <{entity_iri(ISRAEL.key)}> }} }}")
    assert (report.removed, report.added, report.in_step_removed, report.in_step_added) == (0, 1, 0, 8)
    added = [r.fact for r in graph.facts if r.fact.subject == LOUDIYI.key and r.fact.predicate == "visits"]
    assert [(f.object, f.rule, f.evidence.document) for f in added] == [(ISRAEL.key, "update", "doc-one")]
    assert ("Abdellatif Loudiyi", "Israel") in {(r["visitor"], r["visited"]) for r in graph.run_named("who-visited-whom")}


def test_inserting_a_statement_adds_its_direct_triple() -> None:
    graph = KnowledgeGraph.from_extractions(extractions())
    report = graph.update(f"INSERT DATA {{ GRAPH <{DOC_ONE}> {{ <{DOC_ONE}#new> a rdf:Statement ; rdf:subject {M} ; "
                          f"rdf:predicate {VISITS} ; rdf:object {G} ; kg:document <{DOC_ONE}> }} }}")
    assert (report.added, report.in_step_added) == (5, 1)
    assert graph.query(f"ASK {{ GRAPH <{DOC_ONE}> {{ {M} {VISITS} {G} }} }}").boolean


def test_an_update_of_other_triples_changes_nothing_else() -> None:
    graph = KnowledgeGraph.from_extractions(extractions())
    before = len(graph.dataset)
    report = graph.update('INSERT DATA { GRAPH <urn:notes> { <urn:a> rdfs:label "a" } }')
    assert (report.removed, report.added, report.in_step_removed, report.in_step_added) == (0, 1, 0, 0)
    assert len(graph.dataset) == before + 1
    assert report.line() == "0 triples removed, 1 triple added"
