"""Tests for kg.graph.store: the persistent Oxigraph store, its incremental builds, export and queries."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from rdflib import RDFS, SKOS, URIRef

from kg.pipeline import build, build_store
from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.knowledge_graph import KnowledgeGraph
from kg.model import Document
from kg.graph.rdf import document_iri, entity_iri, is_default_graph, to_dataset
from kg import __version__
from kg.extract.parse import model_name
from kg.graph.backend import GraphBackend
from kg.graph.store import CONTENT_HASH, MENTIONS, Store, StoreBackend, document_hash, from_ox, to_ox

A = Document("a", "Morocco and Israel signed a defence agreement in Rabat on 24 November 2021.\n\n"
                  "Israeli Defence Minister Benny Gantz met his Moroccan counterpart Abdellatif Loudiyi.",
             published=dt.date(2021, 11, 25))
B = Document("b", "Benny Gantz visited Bahrain on 2 February 2022. Gantz met King Hamad of Bahrain in Manama.",
             published=dt.date(2022, 2, 3))
B2 = Document("b", "French President Emmanuel Macron visited Algeria on 25 August 2022. "
                   "Macron met President Abdelmadjid Tebboune.", published=dt.date(2022, 8, 26))
BOOKKEEPING = {CONTENT_HASH, MENTIONS}


def _quads(ds) -> set:
    """The quads of an rdflib dataset, the default graph as None."""
    return {(s, p, o, None if is_default_graph(getattr(g, "identifier", g)) else getattr(g, "identifier", g))
            for s, p, o, g in ds.quads((None, None, None, None))}


def _hash(document: Document) -> str:
    """The content hash kg.pipeline.build_store gives a document built with the default pipeline."""
    return document_hash(document, model=model_name(None), version=__version__)


def _content(store: Store) -> set:
    """The store's quads without its bookkeeping triples (content hash, mentions)."""
    return {q for q in store.quads() if q[1] not in BOOKKEEPING}


@pytest.fixture(scope="module")
def extracted():
    """The extractions of A, B and B2 (one build each)."""
    return {name: build([doc]).extractions[0] for name, doc in (("a", A), ("b", B), ("b2", B2))}


def test_terms_convert_both_ways():
    from rdflib import Literal, XSD

    for term in (URIRef("https://w3id.org/kg/id/country/MAR"), Literal("Morocco"), Literal("x", lang="fr"),
                 Literal("2021-11", datatype=XSD.gYearMonth), Literal("0.9", datatype=XSD.decimal)):
        assert from_ox(to_ox(term)) == term


def test_build_skips_unchanged_documents(tmp_path):
    first, _ = build_store([A, B], tmp_path / "store")
    assert (first.added, first.replaced, first.unchanged) == (2, 0, 0)
    with Store(tmp_path / "store") as store:
        before = set(store.quads())
        assert store.document_ids() == ["a", "b"]
    second, _ = build_store([A, B], tmp_path / "store")
    assert (second.added, second.replaced, second.unchanged) == (0, 0, 2)
    with Store(tmp_path / "store") as store:
        assert set(store.quads()) == before


def test_store_holds_what_one_build_writes(tmp_path, extracted):
    with Store(tmp_path / "store") as store:
        for name in ("a", "b"):
            store.put(extracted[name], _hash(extracted[name].document))
        assert _content(store) == _quads(to_dataset([extracted["a"], extracted["b"]]))


def test_entities_keep_their_identity_across_runs(tmp_path, extracted):
    """Benny Gantz, met in two runs, is one node whose aliases are the union of both runs' forms."""
    with Store(tmp_path / "store") as store:
        store.put(extracted["a"], "1")
    with Store(tmp_path / "store") as store:
        store.put(extracted["b"], "2")
        gantz = entity_iri("person/benny-gantz")
        quads = set(store.quads())
        assert [q for q in quads if q[0] == gantz and q[1] == RDFS.label] == \
            [(gantz, RDFS.label, from_ox(to_ox(_literal("Benny Gantz"))), None)]
        assert {str(q[2]) for q in quads if q[0] == gantz and q[1] == SKOS.altLabel} == {"Gantz"}
        mentioned_by = {q[0] for q in quads if q[1] == MENTIONS and q[2] == gantz}
        assert mentioned_by == {document_iri("a"), document_iri("b")}


def _literal(text: str):
    from rdflib import Literal

    return Literal(text)


def test_changed_document_replaces_its_graph(tmp_path, extracted):
    build_store([A, B], tmp_path / "store")
    report, _ = build_store([A, B2], tmp_path / "store")
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 1)
    fresh = _quads(to_dataset([extracted["a"], extracted["b2"]]))
    with Store(tmp_path / "store") as store:
        named = {q for q in store.quads() if q[3] is not None}
        assert named == {q for q in fresh if q[3] is not None}
        subjects = {q[0] for q in store.quads() if q[3] is None}
        assert entity_iri("country/BHR") not in subjects  # only the old b mentioned Bahrain
        assert entity_iri("person/hamad") not in subjects
        assert entity_iri("country/DZA") in subjects
        assert entity_iri("person/benny-gantz") in subjects  # a still mentions him
        assert store.hash_of("b") == _hash(B2)


def test_remove_drops_graph_metadata_and_orphan_entities(tmp_path, extracted):
    with Store(tmp_path / "store") as store:
        store.put(extracted["a"], "1")
        store.put(extracted["b"], "2")
        assert store.remove("b") is True
        assert store.remove("b") is False
        quads = set(store.quads())
        assert not any(q[3] == document_iri("b") or q[0] == document_iri("b") for q in quads)
        subjects = {q[0] for q in quads}
        assert entity_iri("country/BHR") not in subjects
        assert entity_iri("person/benny-gantz") in subjects
        assert store.document_ids() == ["a"]
        assert {q[3] for q in quads} == {None, document_iri("a")}


def test_interrupted_document_is_redone(tmp_path, extracted):
    """A document whose hash is missing (a build stopped half-way) is not taken as unchanged."""
    build_store([A], tmp_path / "store")
    with Store(tmp_path / "store") as store:
        for quad in list(store.oxigraph.quads_for_pattern(to_ox(document_iri("a")), to_ox(CONTENT_HASH), None)):
            store.oxigraph.remove(quad)
    report, _ = build_store([A], tmp_path / "store")
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 0)


def test_export_round_trip(tmp_path):
    build_store([A, B], tmp_path / "store")
    graph = KnowledgeGraph.open(tmp_path / "store")
    try:
        assert isinstance(graph.backend, StoreBackend) and isinstance(graph.backend, GraphBackend)
        store = graph.backend.store
        path = store.export(tmp_path / "out" / "graph.trig")
        loaded = KnowledgeGraph.load(path)
        assert _quads(loaded.dataset) == set(store.quads())
        assert loaded.facts == graph.facts == build([A, B]).facts
        assert loaded.entities == graph.entities
    finally:
        graph.close()
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_named_queries_match_the_in_memory_graph(tmp_path):
    build_store([A, B], tmp_path / "store")
    memory = build([A, B])
    params = {"between-countries": {"a": "Morocco", "b": "Israel"}, "date-range": {"since": "2021", "until": "2022"},
              "evidence": {"entity": "gantz"}}
    from kg.graph.sparql import named_queries

    graph = KnowledgeGraph.open(tmp_path / "store")
    try:
        for name in named_queries():
            ours = graph.run_named(name, params.get(name))
            theirs = memory.run_named(name, params.get(name))
            assert ours.variables == theirs.variables, name
            assert _normal(ours.rows) == _normal(theirs.rows), name
        count = graph.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert count.rows == [(2,)]
        bound = graph.query("SELECT ?label WHERE { ?e kg:countryCode ?code ; rdfs:label ?label }", code="BHR")
        assert bound.rows == [("Bahrain",)]
    finally:
        graph.close()


def _normal(rows):
    """Rows with GROUP_CONCAT cells ('x; y') sorted, as a sorted list (engines order groups differently)."""
    return sorted(tuple("; ".join(sorted(c.split("; "))) if isinstance(c, str) else c for c in row) for row in rows)


def test_queries_are_read_only_and_local(tmp_path):
    build_store([A], tmp_path / "store")
    with Store(tmp_path / "store") as store:
        for text in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }",
                     "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                     "SELECT * FROM <http://example.org/remote> WHERE { ?s ?p ?o }", "SELECT nonsense"):
            with pytest.raises(QueryError):
                store.query(text)
        local = store.query(f"SELECT (COUNT(*) AS ?n) FROM NAMED <{document_iri('a')}> "
                            "WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert local.rows[0][0] > 0
        assert len(store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=5)) == 5


def test_store_folder_checks(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        KnowledgeGraph.open(tmp_path / "missing")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"):
        Store(tmp_path / "other")
    with Store(tmp_path / "store"):
        with pytest.raises(StoreError, match="in use"):
            Store(tmp_path / "store")


def test_cli_store_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(A.text, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(B.text, encoding="utf-8")
    assert main(["build", "in", "--store", "st"]) == 0
    assert "2 added, 0 replaced, 0 unchanged" in capsys.readouterr().out
    assert not (tmp_path / "output").exists()  # --store without --out writes only the store
    assert main(["build", "in", "--store", "st", "--out", "files"]) == 0
    assert "0 added, 0 replaced, 2 unchanged" in capsys.readouterr().out
    assert (tmp_path / "files" / "graph.trig").is_file()
    assert main(["query", "--store", "st", "--name", "who-visited-whom", "--format", "csv"]) == 0
    assert "Benny Gantz,Bahrain" in capsys.readouterr().out
    assert main(["query", "--store", "st", "DROP ALL"]) == 2
    assert "read-only" in capsys.readouterr().err
    assert main(["export", "--store", "st", "--out", "all.trig"]) == 0
    assert len(KnowledgeGraph.load(tmp_path / "all.trig").documents) == 2
    assert main(["remove", "--store", "st", "b", "nope"]) == 1
    captured = capsys.readouterr()
    assert "removed b" in captured.out and "no document nope" in captured.err
    assert main(["query", "--store", "st", "SELECT ?id WHERE { ?d dcterms:identifier ?id }", "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["id", "a"]


def test_bindings_open_the_where_group():
    from rdflib import Literal

    from kg.graph.store import bind_values

    assert bind_values("# a { comment }\nSELECT ?x WHERE { ?x ?p ?a }", {"a": Literal('M"x')}) == \
        '# a { comment }\nSELECT ?x WHERE { VALUES (?a) { ("M\\"x") }  ?x ?p ?a }'
    bound = bind_values('CONSTRUCT { ?s ?p "}" } WHERE { ?s ?p ?a }', {"a": URIRef("urn:x")})
    assert bound == 'CONSTRUCT { ?s ?p "}" } WHERE { VALUES (?a) { (<urn:x>) }  ?s ?p ?a }'
    with pytest.raises(QueryError):
        bind_values("SELECT ?x WHERE { ?x ?p ?a }", {"not a name": Literal("x")})


def test_document_hash_covers_the_pipeline_and_version_it_is_given():
    """The store knows no parser: kg.pipeline names the pipeline and kg's version that go into the hash."""
    base = document_hash(A, model="en_core_web_sm", version="1.0")
    assert base == document_hash(A, model="en_core_web_sm", version="1.0")
    assert base != document_hash(A, model="en_core_web_trf", version="1.0")
    assert base != document_hash(A, model="en_core_web_sm", version="1.1")


def test_same_named_files_of_two_folders_built_in_turn_are_both_kept(tmp_path):
    """'A/report.txt' then 'B/report.txt' into one store: B does not replace A's article; each keeps its id on
    later builds (nothing is extracted again)."""
    for folder, doc in (("A", A), ("B", B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(doc.text, encoding="utf-8")
    store_dir = tmp_path / "store"
    build_store([tmp_path / "A"], store_dir)
    second, _ = build_store([tmp_path / "B"], store_dir)
    assert (second.added, second.replaced) == (1, 0)
    with Store(store_dir) as store:
        ids = store.document_ids()
        assert len(ids) == 2 and "report" in ids
        sources = {store.source_of(i) for i in ids}
    assert sources == {str(tmp_path / "A" / "report.txt"), str(tmp_path / "B" / "report.txt")}
    again_a, _ = build_store([tmp_path / "A"], store_dir)
    again_b, _ = build_store([tmp_path / "B"], store_dir)
    assert (again_a.unchanged, again_b.unchanged, again_a.added + again_b.added) == (1, 1, 0)
    with Store(store_dir) as store:
        assert store.document_ids() == ids
    together, _ = build_store([tmp_path / "A", tmp_path / "B"], store_dir)  # both at once: the ids they hold
    assert (together.unchanged, together.added) == (2, 0)
    with Store(store_dir) as store:
        assert store.document_ids() == ids


KILLED_IN_THE_MIDDLE_OF_A_WRITE = r"""
import os, signal, sys
from pathlib import Path
import pyoxigraph as ox
from kg.pipeline import build_store

WRITES = {"add", "remove", "extend", "bulk_extend", "update", "remove_graph", "clear_graph"}
calls = 0

def kill_at_the_second_write(frame, event, arg):
    global calls
    if event == "c_call" and isinstance(getattr(arg, "__self__", None), ox.Store) and arg.__name__ in WRITES:
        calls += 1
        if calls == 2:
            os.kill(os.getpid(), signal.SIGKILL)

sys.setprofile(kill_at_the_second_write)
build_store([Path(sys.argv[1])], Path(sys.argv[2]))
"""


def test_a_build_killed_while_writing_leaves_each_document_whole(tmp_path):
    """SIGKILL between two writes of a build: every document the store shows has its graph, its metadata and its
    hash (the one being written is wholly old or wholly new), never part of them."""
    import os
    import signal
    import subprocess
    import sys

    folder, store_dir = tmp_path / "in", tmp_path / "store"
    folder.mkdir()
    (folder / "a.txt").write_text(A.text, encoding="utf-8")
    (folder / "b.txt").write_text(B.text, encoding="utf-8")
    build_store([folder], store_dir)
    (folder / "a.txt").write_text(B2.text, encoding="utf-8")  # both change: the rebuild replaces both
    (folder / "b.txt").write_text(A.text + " Gantz also visited Bahrain.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", KILLED_IN_THE_MIDDLE_OF_A_WRITE, str(folder), str(store_dir)],
                          capture_output=True, text=True, timeout=300, env={**os.environ})
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Store(store_dir, read_only=True) as store:
        for doc_id in ("a", "b"):
            iri = to_ox(document_iri(doc_id))
            metadata = {q.predicate.value for q in store.oxigraph.quads_for_pattern(iri, None, None, None)}
            assert store.hash_of(doc_id) is not None, f"{doc_id}: metadata {sorted(metadata)} without its hash"
            assert store.oxigraph.contains_named_graph(iri)
            assert store.source_of(doc_id) == str(folder / f"{doc_id}.txt")


def test_writers_and_readers_of_a_store_keep_apart(tmp_path, capsys):
    """While kg serve (any reader) holds the store, a build is refused with a message naming it, and the store
    is unchanged; while a build writes, a reader is refused; once each is done the other goes ahead."""
    store_dir = tmp_path / "store"
    (tmp_path / "a.txt").write_text(A.text, encoding="utf-8")
    build_store([tmp_path / "a.txt"], store_dir)
    (tmp_path / "b.txt").write_text(B.text, encoding="utf-8")
    with Store(store_dir, read_only=True) as reader:
        assert main(["build", str(tmp_path / "b.txt"), "--store", str(store_dir)]) == 2
        assert "in use by another process (a build, or kg serve)" in capsys.readouterr().err
        assert reader.document_ids() == ["a"]
        with Store(store_dir, read_only=True) as second_reader:  # readers share
            assert second_reader.document_ids() == ["a"]
    with Store(store_dir):
        with pytest.raises(StoreError, match="being written by a build"):
            Store(store_dir, read_only=True)
    assert main(["build", str(tmp_path / "b.txt"), "--store", str(store_dir)]) == 0
    with Store(store_dir, read_only=True) as reader:
        assert reader.document_ids() == ["a", "b"]


def test_document_hash_covers_url_and_publisher_only_when_given():
    """A URL or publisher changed in a sidecar rebuilds the document; documents without them keep their hash."""
    plain = document_hash(A, model="m", version="1")
    with_url = document_hash(replace(A, url="https://example.org/a"), model="m", version="1")
    other_url = document_hash(replace(A, url="https://example.org/b"), model="m", version="1")
    with_publisher = document_hash(replace(A, publisher="Agency"), model="m", version="1")
    assert len({plain, with_url, other_url, with_publisher}) == 4
    assert plain == document_hash(replace(A, url=None, publisher=None), model="m", version="1")


@pytest.mark.parametrize("made", ["samples", "hostile", "facts twice, no facts"])
def test_put_stores_the_quads_to_dataset_writes(tmp_path, made):
    """Store.put writes kg.graph.rdf's mapping as pyoxigraph terms: the quads of to_dataset (dates, attribution,
    literal objects, metadata), entities merged across documents, each quad once; an unknown predicate is refused."""
    from samples import extractions, hostile_extraction

    made_of = {"samples": extractions, "hostile": lambda: [hostile_extraction()],
               "facts twice, no facts": lambda: [replace(x, facts=x.facts * 2) for x in extractions()[:1]]
               + [replace(extractions()[1], facts=())]}[made]
    with Store(tmp_path / "store") as store:
        for extraction in made_of():
            store.put(extraction, "digest")
        assert _content(store) == _quads(to_dataset(made_of()))
        one = made_of()[0]
        unknown = replace(one, facts=(replace(one.facts[0], predicate="likes"),)) if one.facts else None
        if unknown is not None:
            with pytest.raises(ValueError, match="likes"):
                store.put(unknown, "other")
            assert _content(store) == _quads(to_dataset(made_of()))


def _people(doc: str, *names: str):
    """One document naming people, each met by the first one (a fact per person)."""
    from kg.extract.entities import slug
    from kg.model import Entity, Evidence, Extraction, Fact

    people = [Entity("person/" + slug(n), n, "Person") for n in names]
    evidence = Evidence(document=doc, sentence="s", start=0, end=1)
    facts = tuple(Fact(people[0].key, "meetsWith", p.key, evidence) for p in people[1:])
    return Extraction(Document(doc, "s"), entities=tuple(people), facts=facts)


@pytest.mark.parametrize("names, nodes", [
    (("Ann Lee", "Bush", "George Bush"), {"person/ann-lee", "person/george-bush"}),  # one node, the fullest name
    (("Ann Lee", "Bush", "George Bush", "George W Bush"), {"person/ann-lee", "person/george-w-bush"}),
    (("Ann Lee", "Bush", "George Bush", "Laura Bush"),  # "Bush" could be either: three people
     {"person/ann-lee", "person/bush", "person/george-bush", "person/laura-bush"}),
])
def test_put_joins_the_variants_of_a_name_in_a_document_as_the_file_build(tmp_path, names, nodes):
    """A person named by variants of one name in a stored document is one node, as in to_dataset (kg build --out):
    the fullest name, the shorter ones as aliases, the facts and mentions on it."""
    from rdflib import RDF

    from kg.vocabulary import KG

    extraction = _people("a", *names)
    with Store(tmp_path / "store") as store:
        store.put(extraction, "digest")
        quads = set(store.quads())
        assert {q[0] for q in quads if q[1] == RDF.type and q[2] == KG.Person} == {entity_iri(k) for k in nodes}
        assert {q[2] for q in quads if q[1] == MENTIONS} == {entity_iri(k) for k in nodes}
        assert _content(store) == _quads(to_dataset([extraction]))
        if "person/bush" not in nodes:
            fullest = max(nodes - {"person/ann-lee"})
            assert "Bush" in {str(q[2]) for q in quads if q[0] == entity_iri(fullest) and q[1] == SKOS.altLabel}
