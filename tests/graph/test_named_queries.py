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
from rdflib import RDFS, Dataset, Literal, URIRef

from kg.errors import QueryError
from kg.graph.rdf import to_dataset
from kg.graph.sparql import _LATERAL, check_query, named_queries, run_named, run_query
from kg.graph.store import Store, bind_constants
from kg.knowledge_graph import KnowledgeGraph
from kg.model import Document, Entity, Evidence, Extraction, Fact
from samples import GANTZ, ISRAEL, LOUDIYI, MOROCCO, extractions

# The texts as first shipped (one join of every statement before DISTINCT): the reference for the rows. Date-range's
# is the plain text of its present meaning (a month or year as a bound covers all its days, open intervals).
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
  BIND(STR(COALESCE(?d, ?start)) AS ?lo)
  BIND(STR(IF(BOUND(?d), ?d, ?end)) AS ?hi)
  BIND(CONCAT(STR(?since), SUBSTR("0000-01-01", STRLEN(STR(?since)) + 1)) AS ?first)
  BIND(CONCAT(STR(?until), SUBSTR("9999-99-99", STRLEN(STR(?until)) + 1)) AS ?last)
  BIND(COALESCE(?lo, ?hi) AS ?one)
  FILTER(BOUND(?one))
  BIND(SUBSTR(?one, 3) AS ?md)
  BIND(xsd:integer(SUBSTR(?last, 1, 4)) - xsd:integer(SUBSTR(?first, 1, 4)) AS ?years)
  BIND(?md >= SUBSTR(SUBSTR(?first, 6), 1, STRLEN(?md)) AS ?afterFirst)
  BIND(?md <= SUBSTR(SUBSTR(?last, 6), 1, STRLEN(?md)) AS ?beforeLast)
  FILTER(IF(REGEX(?one, "^[0-9]{4}"),
            (!BOUND(?hi) || ?hi >= SUBSTR(?first, 1, STRLEN(?hi))) && (!BOUND(?lo) || ?lo <= SUBSTR(?last, 1, STRLEN(?lo))),
            REGEX(?one, "^--[0-9]{2}") && (?years > 1 || (?years = 1 && (?afterFirst || ?beforeLast))
                                          || (?years = 0 && ?afterFirst && ?beforeLast))))
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?o rdfs:label ?oLabel }
  OPTIONAL { ?doc dcterms:identifier ?docId }
  BIND(COALESCE(?sLabel, STR(?s)) AS ?subject)
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(?oLabel, STR(?o)) AS ?object)
  BIND(IF(!BOUND(?hi), CONCAT(?lo, "/.."), IF(!BOUND(?lo), CONCAT("../", ?hi), IF(?lo = ?hi, ?lo, CONCAT(?lo, "/", ?hi))))
       AS ?date)
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
        # a visit stated twice, dated once: a row with its date and one without; a visit dated by a start alone
        Fact(king.key, "visits", ISRAEL.key, ev),
        Fact(king.key, "visits", ISRAEL.key, Evidence("doc-three", "Hamad was in Israel in March.", 70, 99),
             date="2022-03-01"),
        Fact(army.key, "visits", MOROCCO.key, ev, start_date="2023-05"),
    )
    return Extraction(doc, (army, king, accord, treaty, GANTZ, LOUDIYI, MOROCCO, ISRAEL), facts)


def _four() -> Extraction:
    """A fourth document whose visits have no date (one of them stated in two sentences): who-visited-whom
    reads them from the direct triples, not statement by statement."""
    doc = Document("doc-four", "…", source="four.txt")
    first = Evidence("doc-four", "Gantz went to Morocco.", 0, 22)
    second = Evidence("doc-four", "He was in Rabat.", 23, 39)
    facts = (Fact(GANTZ.key, "visits", MOROCCO.key, first), Fact(GANTZ.key, "visits", MOROCCO.key, second),
             Fact(LOUDIYI.key, "visits", ISRAEL.key, second))
    return Extraction(doc, (GANTZ, LOUDIYI, MOROCCO, ISRAEL), facts)


def _extractions() -> list[Extraction]:
    return [*extractions(), _three(), _four()]


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
    visits = {(r["visitor"], r["visited"], r["date"], r["document"]) for r in run_named(ds, "who-visited-whom")}
    assert {("Benny Gantz", "Morocco", "", "doc-four"), ("Abdellatif Loudiyi", "Israel", "", "doc-four"),
            ('Hamad "the Younger"', "Israel", "", "doc-three"),
            ('Hamad "the Younger"', "Israel", "2022-03-01", "doc-three"),
            ("Israel Defense Forces", "Morocco", "2023-05", "doc-three")} <= visits


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


# ---------------------------------------------------------------- date-range: what a range and a date cover


def _dated() -> Extraction:
    """One document with a fact per kind of date: a month, a day, a year, a start alone, an end alone, an
    interval, a day without a year."""
    doc = Document("doc-dates", "…", source="dates.txt")
    a, b = ISRAEL, MOROCCO
    ev = Evidence("doc-dates", "A sentence.", 0, 11)
    facts = (
        Fact(a.key, "visits", b.key, ev, date="2022-07"),
        Fact(a.key, "hosts", b.key, ev, date="2019-02-14"),
        Fact(a.key, "signs", b.key, ev, date="2015"),
        Fact(a.key, "cooperatesWith", b.key, ev, start_date="2020-05"),
        Fact(a.key, "criticizes", b.key, ev, end_date="2018-03"),
        Fact(a.key, "supports", b.key, ev, start_date="2016-11", end_date="2017-01-15"),
        Fact(a.key, "meetsWith", b.key, ev, date="--03-25"),
    )
    return Extraction(doc, (a, b), facts)


DATED = [  # since, until → the predicates of the facts found
    ("2022", "2022", {"visits", "cooperatesWith", "meetsWith"}),  # a year holds its months
    ("2022-07", "2022-07", {"visits", "cooperatesWith"}),
    ("2022-07-31", "2022-08-02", {"visits", "cooperatesWith"}),  # a month holds its days
    ("2022-08", "2023", {"cooperatesWith", "meetsWith"}),  # open towards the future
    ("2019-02", "2019-02", {"hosts"}),
    ("2019-02-15", "2019-02-28", set()),
    ("2015-06-01", "2015-06-01", {"signs", "criticizes"}),
    ("2010", "2011", {"criticizes", "meetsWith"}),  # an end alone: open towards the past
    ("2018-04", "2018-12", set()),
    ("2017-01-15", "2017-01-15", {"supports", "criticizes"}),  # an interval, on its last day
    ("2016-10-01", "2016-10-31", {"criticizes"}),
    ("2020-03-25", "2020-03-25", {"meetsWith"}),  # a day without a year, in a range holding it
    ("2021-03-26", "2021-12-31", {"cooperatesWith"}),
    ("2021-12", "2022-03", {"cooperatesWith", "meetsWith"}),  # across a new year
    ("2021-03-26", "2022-03-24", {"cooperatesWith"}),
]


@pytest.fixture(scope="module")
def dated() -> KnowledgeGraph:
    return KnowledgeGraph.from_extractions([_dated()])


@pytest.mark.parametrize("since,until,found", DATED)
def test_date_range_covers_whole_periods(dated: KnowledgeGraph, since: str, until: str, found: set[str]) -> None:
    params = {"since": since, "until": until}
    assert {r["predicate"] for r in dated.run_named("date-range", params)} == found
    assert {r["predicate"] for r in run_named(dated.dataset, "date-range", params)} == found  # rdflib, too


def test_date_range_shows_open_and_closed_intervals(dated: KnowledgeGraph) -> None:
    dates = {r["predicate"]: r["date"] for r in dated.run_named("date-range", {"since": "1900", "until": "2100"})}
    assert dates == {"visits": "2022-07", "hosts": "2019-02-14", "signs": "2015", "cooperatesWith": "2020-05/..",
                     "criticizes": "../2018-03", "supports": "2016-11/2017-01-15", "meetsWith": "--03-25"}


@pytest.mark.parametrize("since,until,message", [
    ("2022-13", "2023", "invalid date since='2022-13'"),
    ("2021", "2021-02-30", "invalid date until='2021-02-30'"),
    ("20x", "2022", "invalid date"),
    ("", "2022", "invalid date"),
    ("2022-1", "2022", "invalid date"),
    ("2022-07-01 ", "2022", "invalid date"),
    ("2023", "2022-12", "is after"),
])
def test_date_range_refuses_an_invalid_date(dated: KnowledgeGraph, since: str, until: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        dated.run_named("date-range", {"since": since, "until": until})


# ---------------------------------------------------------------- a graph file's named queries run in Oxigraph


@pytest.mark.parametrize("name,params", CASES)
def test_a_graph_in_memory_answers_as_rdflib(ds: Dataset, name: str, params: dict[str, str]) -> None:
    """KnowledgeGraph runs a graph file's named queries on an Oxigraph copy: the rows of rdflib's engine."""
    ours = KnowledgeGraph(ds).run_named(name, params)
    plain = run_named(ds, name, params)
    assert ours.variables == plain.variables
    assert _normal(ours.rows) == _normal(plain.rows)


def test_facts_added_by_an_update_answer_as_the_plain_queries() -> None:
    """A fact added by an update has a statement naming its document only in a document's graph: the queries,
    which take a statement's document from the graph holding it, show what the plain texts show."""
    graph = KnowledgeGraph.from_extractions(_extractions())
    ids, docs = "https://w3id.org/kg/id/", "https://w3id.org/kg/doc/"
    graph.update(f"INSERT DATA {{ GRAPH <urn:x:notes> {{ <{ids}person/benny-gantz> kg:visits <{ids}country/ISR> . "
                 f"<{ids}country/ISR> kg:attacks <{ids}country/MAR> }} "
                 f"GRAPH <{docs}doc-four> {{ <{ids}person/hamad> kg:visits <{ids}country/MAR> . "
                 f"<{ids}country/MAR> kg:criticizes <{ids}country/ISR> }} }}")
    for name, params in [("who-visited-whom", {}), ("between-countries", {"a": "Israel", "b": "Morocco"})]:
        ours = graph.run_named(name, params)
        plain = run_query(graph.dataset, _old(name), bindings={k: Literal(v) for k, v in params.items()})
        assert _normal(ours.rows) == _normal(plain.rows), name
    visits = {(r["visitor"], r["visited"], r["document"]) for r in graph.run_named("who-visited-whom")}
    assert ('Hamad "the Younger"', "Morocco", "doc-four") in visits
    assert not any(document == "urn:x:notes" for _, _, document in visits)


def test_the_oxigraph_copy_follows_updates() -> None:
    graph = KnowledgeGraph.from_extractions(_extractions())
    assert graph.run_named("who-visited-whom")
    graph.update("DELETE { GRAPH ?g { ?s kg:visits ?o } } WHERE { GRAPH ?g { ?s kg:visits ?o } }")
    assert not graph.run_named("who-visited-whom")
    graph.dataset.graph(URIRef("https://w3id.org/kg/doc/doc-one")).add(
        (URIRef("https://w3id.org/kg/id/person/x"), RDFS.label, Literal("X")))  # changed directly: copied again
    assert graph.run_named("evidence", {"entity": "x"}).variables


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_a_graph_file_answers_as_rdflib(ds: Dataset, tmp_path, suffix: str) -> None:
    """A loaded file is parsed again by Oxigraph (TriG, N-Quads) or copied from rdflib's parse (JSON-LD): the
    rows of every case are rdflib's."""
    path = tmp_path / f"graph{suffix}"
    path.write_text(ds.serialize(format={".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}[suffix]),
                    encoding="utf-8")
    graph = KnowledgeGraph.load(path)
    for name, params in CASES:
        ours, plain = graph.run_named(name, params), run_named(graph.dataset, name, params)
        assert (ours.variables, _normal(ours.rows)) == (plain.variables, _normal(plain.rows)), (name, params)
    graph.update("DELETE { GRAPH ?g { ?s kg:visits ?o } } WHERE { GRAPH ?g { ?s kg:visits ?o } }")
    assert not graph.run_named("who-visited-whom")  # copied from the changed dataset, not parsed from the file
