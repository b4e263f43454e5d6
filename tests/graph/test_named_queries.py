"""The shipped named queries give the rows of their first, plain texts, on rdflib and in the Oxigraph store.

The rewrites (distinct sets first, LATERAL joins, parameters as constants in the store) are there for speed
only: each query must answer exactly what the plain text below answers, on a graph with the awkward cases
(a fact stated by two documents, people and organisations of a country, statements dated only by a start
or an end, agreements without parties, signers or dates, names with quotes).
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal

from kg.graph.rdf import to_dataset
from kg.graph.sparql import _LATERAL, check_query, named_queries, run_named, run_query
from kg.graph.store import Store, bind_constants
from kg.model import Document, Entity, Evidence, Extraction, Fact
from samples import GANTZ, ISRAEL, LOUDIYI, MOROCCO, extractions

# The texts as first shipped (one join of every statement before DISTINCT): the reference for the rows.
OLD = {
    "agreements": """
SELECT ?agreement
       (GROUP_CONCAT(DISTINCT ?partyLabel; separator="; ") AS ?parties)
       (GROUP_CONCAT(DISTINCT ?signerLabel; separator="; ") AS ?signatories)
       (MIN(?day) AS ?date)
WHERE {
  { ?a a kg:Agreement } UNION { ?x kg:signs ?a } UNION { ?x kg:partyTo ?a }
  OPTIONAL { ?a rdfs:label ?aLabel }
  BIND(COALESCE(?aLabel, STR(?a)) AS ?agreement)
  OPTIONAL { ?party kg:partyTo ?a . OPTIONAL { ?party rdfs:label ?pl } BIND(COALESCE(?pl, STR(?party)) AS ?partyName) }
  BIND(COALESCE(?partyName, "") AS ?partyLabel)
  OPTIONAL { ?signer kg:signs ?a . OPTIONAL { ?signer rdfs:label ?sl } BIND(COALESCE(?sl, STR(?signer)) AS ?signerName) }
  BIND(COALESCE(?signerName, "") AS ?signerLabel)
  OPTIONAL { ?stmt rdf:object ?a ; kg:date ?d }
  BIND(COALESCE(STR(?d), "") AS ?day)
}
GROUP BY ?agreement
ORDER BY ?agreement""",
    "between-countries": """
SELECT DISTINCT ?subject ?predicate ?object ?date ?document
WHERE {
  ?ca a kg:Country .
  { ?ca rdfs:label ?na } UNION { ?ca skos:altLabel ?na } UNION { ?ca kg:countryCode ?na }
  FILTER(LCASE(STR(?na)) = LCASE(STR(?a)))
  ?cb a kg:Country .
  { ?cb rdfs:label ?nb } UNION { ?cb skos:altLabel ?nb } UNION { ?cb kg:countryCode ?nb }
  FILTER(LCASE(STR(?nb)) = LCASE(STR(?b)))
  ?stmt rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:document ?doc .
  FILTER(?p != kg:affiliatedWith && ?p != kg:partOf)
  ?s (kg:affiliatedWith|kg:partOf|kg:leads)? ?sCountry .
  ?o (kg:affiliatedWith|kg:partOf|kg:leads)? ?oCountry .
  FILTER((?sCountry = ?ca && ?oCountry = ?cb) || (?sCountry = ?cb && ?oCountry = ?ca))
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?o rdfs:label ?oLabel }
  OPTIONAL { ?stmt kg:date ?d }
  OPTIONAL { ?stmt kg:startDate ?start }
  OPTIONAL { ?doc dcterms:identifier ?docId }
  BIND(COALESCE(?sLabel, STR(?s)) AS ?subject)
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(?oLabel, STR(?o)) AS ?object)
  BIND(STR(COALESCE(?d, ?start, "")) AS ?date)
  BIND(COALESCE(?docId, STR(?doc)) AS ?document)
}""",
    "date-range": """
SELECT DISTINCT ?subject ?predicate ?object ?date ?document
WHERE {
  ?stmt rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:document ?doc .
  OPTIONAL { ?stmt kg:date ?d }
  OPTIONAL { ?stmt kg:startDate ?start }
  OPTIONAL { ?stmt kg:endDate ?end }
  BIND(STR(COALESCE(?d, ?start, ?end)) AS ?first)
  BIND(STR(COALESCE(?d, ?end, ?start)) AS ?last)
  FILTER(BOUND(?first) && REGEX(?first, "^[0-9]{4}"))
  FILTER(?last >= SUBSTR(STR(?since), 1, STRLEN(?last)) && ?first <= SUBSTR(STR(?until), 1, STRLEN(?first)))
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?o rdfs:label ?oLabel }
  OPTIONAL { ?doc dcterms:identifier ?docId }
  BIND(COALESCE(?sLabel, STR(?s)) AS ?subject)
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(?oLabel, STR(?o)) AS ?object)
  BIND(IF(?first = ?last, ?first, CONCAT(?first, "/", ?last)) AS ?date)
  BIND(COALESCE(?docId, STR(?doc)) AS ?document)
}""",
    "evidence": """
SELECT DISTINCT ?subject ?predicate ?object ?sentence ?document
WHERE {
  ?e rdfs:label|skos:altLabel ?name .
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?entity))))
  { ?stmt rdf:subject ?e } UNION { ?stmt rdf:object ?e }
  ?stmt rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence ; kg:document ?doc .
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?o rdfs:label ?oLabel }
  OPTIONAL { ?doc dcterms:identifier ?docId }
  BIND(COALESCE(?sLabel, STR(?s)) AS ?subject)
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(?oLabel, STR(?o)) AS ?object)
  BIND(COALESCE(?docId, STR(?doc)) AS ?document)
}""",
    "who-visited-whom": """
SELECT DISTINCT ?visitor ?visited ?date ?document
WHERE {
  ?stmt rdf:predicate kg:visits ; rdf:subject ?s ; rdf:object ?o ; kg:document ?doc .
  OPTIONAL { ?stmt kg:date ?d }
  OPTIONAL { ?stmt kg:startDate ?start }
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?o rdfs:label ?oLabel }
  OPTIONAL { ?doc dcterms:identifier ?docId }
  BIND(COALESCE(?sLabel, STR(?s)) AS ?visitor)
  BIND(COALESCE(?oLabel, STR(?o)) AS ?visited)
  BIND(STR(COALESCE(?d, ?start, "")) AS ?date)
  BIND(COALESCE(?docId, STR(?doc)) AS ?document)
}""",
}

CASES = [
    ("agreements", {}),
    ("positions", {}),
    ("who-visited-whom", {}),
    ("between-countries", {"a": "ISR", "b": "morocco"}),
    ("between-countries", {"a": "Morocco", "b": "Israel"}),
    ("between-countries", {"a": "the kingdom", "b": "MAR"}),  # the same country on both sides
    ("between-countries", {"a": "Israel", "b": "Atlantis"}),  # no such country: no rows
    ("date-range", {"since": "2021-11-24", "until": "2021-11-24"}),
    ("date-range", {"since": "2021-12", "until": "2022"}),
    ("date-range", {"since": "2022-03-15", "until": "2022-03-15"}),  # inside a month given as a start
    ("date-range", {"since": "2021-11-30", "until": "2021-12-01"}),  # an end date alone
    ("date-range", {"since": "2030", "until": "2031"}),
    ("evidence", {"entity": "gantz"}),
    ("evidence", {"entity": "LOUD"}),
    ("evidence", {"entity": ""}),  # every named entity
    ("evidence", {"entity": 'Hamad "the'}),  # a quote in the parameter and in a name
    ("evidence", {"entity": "nobody"}),
]


def _three() -> Extraction:
    """A third document: a country's army and king, dates given only as a start or an end, a fact repeated
    from doc-one, an agreement signed but without a party or a date, and one with neither party nor signer."""
    doc = Document("doc-three", "…", source="three.txt", published=dt.date(2022, 3, 20))
    army = Entity("organization/idf", "Israel Defense Forces", "Organization", frozenset({"IDF"}))
    king = Entity("person/hamad", 'Hamad "the Younger"', "Person", frozenset({"Hamad"}))
    accord = Entity("agreement/accord", "security accord", "Agreement")
    treaty = Entity("agreement/treaty", "water treaty", "Agreement")
    ev = Evidence("doc-three", "A sentence of doc-three.", 10, 34)
    facts = (
        Fact(army.key, "partOf", ISRAEL.key, ev),
        Fact(king.key, "leads", MOROCCO.key, ev),
        Fact(army.key, "cooperatesWith", MOROCCO.key, ev, start_date="2022-03"),
        Fact(king.key, "hosts", GANTZ.key, ev, end_date="2021-12-01"),
        Fact(king.key, "criticizes", army.key, ev, start_date="2021-06", end_date="2021-11-30"),
        Fact(GANTZ.key, "meetsWith", LOUDIYI.key, Evidence("doc-three", "Gantz met Loudiyi again.", 40, 64),
             date="2021-11-24"),
        Fact(king.key, "signs", accord.key, ev),
        Fact(king.key, "affiliatedWith", MOROCCO.key, ev),
        Fact(MOROCCO.key, "meetsWith", MOROCCO.key, ev, date="--03-25"),
    )
    return Extraction(doc, (army, king, accord, treaty, GANTZ, LOUDIYI, MOROCCO, ISRAEL), facts)


def _extractions() -> list[Extraction]:
    return [*extractions(), _three()]


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return to_dataset(_extractions())


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("named") / "store") as opened:
        for extraction in _extractions():
            opened.put(extraction, "digest")
        yield opened


def _normal(rows):
    """Rows with GROUP_CONCAT cells ('x; y') sorted, as a sorted list (engines order groups differently)."""
    return sorted(tuple("; ".join(sorted(c.split("; "))) if isinstance(c, str) else c for c in row) for row in rows)


def _old(name: str) -> str:
    """The plain text of a named query: the first shipped one, or the shipped one if it was never rewritten."""
    return OLD.get(name) or named_queries()[name].text


@pytest.mark.parametrize("name,params", CASES)
def test_rdflib_rows_are_the_plain_query_rows(ds: Dataset, name: str, params: dict[str, str]) -> None:
    ours = run_named(ds, name, params)
    plain = run_query(ds, _old(name), bindings={k: Literal(v) for k, v in params.items()})
    assert ours.variables == plain.variables
    assert _normal(ours.rows) == _normal(plain.rows)


@pytest.mark.parametrize("name,params", CASES)
def test_store_rows_are_the_plain_query_rows(ds: Dataset, store: Store, name: str, params: dict[str, str]) -> None:
    ours = store.run_named(name, params)
    plain = run_query(ds, _old(name), bindings={k: Literal(v) for k, v in params.items()})
    assert ours.variables == plain.variables
    assert _normal(ours.rows) == _normal(plain.rows)


def test_cases_find_rows(ds: Dataset) -> None:
    """The cases above are not all empty answers: each query, and each awkward case, gives rows."""
    counts = {(name, tuple(params.values())): len(run_named(ds, name, params)) for name, params in CASES}
    assert {name for (name, _), n in counts.items() if n} == {name for name, _ in CASES}
    assert counts[("between-countries", ("the kingdom", "MAR"))] == 2  # Morocco meets Morocco, its king leads it
    assert counts[("between-countries", ("Israel", "Atlantis"))] == 0
    assert counts[("date-range", ("2022-03-15", "2022-03-15"))] == 2  # cooperatesWith from 2022-03, partyTo to 2024
    assert counts[("date-range", ("2021-11-30", "2021-12-01"))] >= 2  # hosts until 2021-12-01, criticizes
    assert counts[("evidence", ('Hamad "the',))] > 0


def test_a_fact_of_two_documents_is_a_row_of_each(ds: Dataset) -> None:
    rows = run_named(ds, "between-countries", {"a": "Israel", "b": "Morocco"})
    meetings = {(r["subject"], r["document"]) for r in rows if r["predicate"] == "meetsWith"}
    assert {("Benny Gantz", "doc-one"), ("Benny Gantz", "doc-three")} <= meetings


def test_store_parameters_are_constants_that_cannot_leave_their_string() -> None:
    query = 'SELECT ?s WHERE { ?s rdfs:label ?name FILTER(?name = ?entity && "?entity" != ?entityX) } # ?entity'
    bound = bind_constants(query, {"entity": Literal('x" } ; DROP ALL ; #\\')})
    assert bound == ('SELECT ?s WHERE { ?s rdfs:label ?name FILTER(?name = "x\\" } ; DROP ALL ; #\\\\" '
                     '&& "?entity" != ?entityX) } # ?entity')


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=20))
def test_store_parameters_are_never_code(store: Store, value: str) -> None:
    rows = store.run_named("evidence", {"entity": value})
    names = {r["subject"] for r in rows} | {r["object"] for r in rows}
    assert value == "" or all(isinstance(n, str) for n in names)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_shipped_queries_pass_the_checks(name: str) -> None:
    """The store runs shipped queries unchecked: they must pass the checks (LATERAL aside, which rdflib lacks)."""
    assert check_query(_LATERAL.sub("", named_queries()[name].text)) is False
