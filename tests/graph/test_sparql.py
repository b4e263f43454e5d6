"""Tests for kg.graph.sparql: safety checks, errors on one line, named queries, and result formats."""
from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.errors import QueryError
from kg.graph.rdf import to_dataset
from kg.graph.sparql import (format_result, named_queries, parse_params, run_named, run_query)
from samples import extractions


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return to_dataset(extractions())


COUNT_VISITS = "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:visits ?o }"


def test_prefixes_predeclared_and_union_default(ds: Dataset) -> None:
    result = run_query(ds, "SELECT DISTINCT ?label WHERE { ?s kg:visits ?o . ?o rdfs:label ?label }")
    assert result.rows == [("Morocco",)]


@pytest.mark.parametrize("query", ["SELECT WHERE {", "SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s nope:x ?o }"])
def test_malformed_is_one_line_query_error(ds: Dataset, query: str) -> None:
    with pytest.raises(QueryError) as error:
        run_query(ds, query)
    assert "\n" not in str(error.value) and str(error.value)


@pytest.mark.parametrize("query,word", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
])
def test_remote_access_refused(ds: Dataset, query: str, word: str) -> None:
    with pytest.raises(QueryError, match=word):
        run_query(ds, query)


def test_from_local_graph_allowed(ds: Dataset) -> None:
    query = "SELECT ?o FROM <https://w3id.org/kg/doc/doc-two> WHERE { ?s kg:visits ?o }"
    assert len(run_query(ds, query)) == 1


@pytest.mark.parametrize("query", [
    'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(?l != "SERVICE <http://x/> LOAD FROM") }',
    "SELECT ?s WHERE { ?s rdfs:label ?l } # SERVICE <http://example.org/> in a comment",
])
def test_words_inside_strings_and_comments_allowed(ds: Dataset, query: str) -> None:
    assert len(run_query(ds, query)) > 0


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR ALL", "LOAD <http://x.org/>"])
def test_updates_refused_by_default(ds: Dataset, update: str) -> None:
    with pytest.raises(QueryError, match="read-only"):
        run_query(ds, update)


def test_update_when_allowed_but_never_load() -> None:
    ds = to_dataset(extractions())
    run_query(ds, "INSERT DATA { <urn:a> kg:visits <urn:c> }", allow_update=True)
    assert run_query(ds, COUNT_VISITS).rows[0][0] == 2  # Gantz visits Morocco (in two graphs, counted once), urn:a
    with pytest.raises(QueryError, match="LOAD"):
        run_query(ds, "LOAD <http://example.org/data.ttl>", allow_update=True)


NAMED_PARAMS = {
    "who-visited-whom": {}, "agreements": {}, "positions": {},
    "between-countries": {"a": "ISR", "b": "morocco"},
    "date-range": {"since": "2021-11-01", "until": "2021-11-30"},
    "evidence": {"entity": "gantz"},
}


def test_named_queries_listed_with_descriptions() -> None:
    queries = named_queries()
    assert set(queries) == set(NAMED_PARAMS)
    for query in queries.values():
        assert query.description and set(query.params) == set(NAMED_PARAMS[query.name])


@pytest.mark.parametrize("name", list(NAMED_PARAMS))
def test_each_named_query_answers(ds: Dataset, name: str) -> None:
    assert len(run_named(ds, name, NAMED_PARAMS[name])) > 0


def test_named_query_answers_are_right(ds: Dataset) -> None:
    visits = list(run_named(ds, "who-visited-whom"))
    assert {(v["visitor"], v["visited"], v["date"]) for v in visits} == {("Benny Gantz", "Morocco", "2021-11-24")}
    assert [tuple(r) for r in run_named(ds, "positions").rows] == [("Benny Gantz", "Minister of Defense", "Israel")]
    agreement = next(iter(run_named(ds, "agreements")))
    assert (agreement["parties"], agreement["signatories"]) == ("Morocco", "Benny Gantz")
    between = {(r["subject"], r["predicate"]) for r in run_named(ds, "between-countries", NAMED_PARAMS["between-countries"])}
    assert between == {("Benny Gantz", "visits"), ("Benny Gantz", "meetsWith"), ("Abdellatif Loudiyi", "meetsWith")}


@pytest.mark.parametrize("since,until,expected", [
    ("2021-11-24", "2021-11-24", {"meetsWith", "signs", "partyTo", "visits"}),
    ("2021-12-01", "2022-12-31", {"partyTo"}),
    ("2025-01-01", "2025-12-31", set()),
])
def test_date_range(ds: Dataset, since: str, until: str, expected: set[str]) -> None:
    rows = run_named(ds, "date-range", {"since": since, "until": until})
    assert {r["predicate"] for r in rows} == expected


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=30))
def test_params_are_never_spliced(ds: Dataset, value: str) -> None:
    run_named(ds, "evidence", {"entity": value})  # any text is a literal: no parse error, no injection


@pytest.mark.parametrize("params,message", [({}, "needs parameter"), ({"entity": "x", "other": "y"}, "no parameter")])
def test_param_errors(ds: Dataset, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_named(ds, "evidence", params)


def test_unknown_named_query(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="no query named"):
        run_named(ds, "nope")


@pytest.mark.parametrize("pairs,expected", [(["a=ISR", "b=x=y"], {"a": "ISR", "b": "x=y"}), ([], {})])
def test_parse_params(pairs: list[str], expected: dict[str, str]) -> None:
    assert parse_params(pairs) == expected


def test_parse_params_rejects_pair_without_equals() -> None:
    with pytest.raises(QueryError):
        parse_params(["a"])


def test_formats(ds: Dataset) -> None:
    result = run_query(ds, "SELECT ?code ?n WHERE { ?c kg:countryCode ?code BIND(1 AS ?n) } ORDER BY ?code")
    assert result.rows == [("ISR", 1), ("MAR", 1)]
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["code", "n"] and table[2].split() == ["ISR", "1"]
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [["code", "n"], ["ISR", "1"], ["MAR", "1"]]
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["code", "n"]
    assert data["results"]["bindings"][0]["code"] == {"type": "literal", "value": "ISR"}
    assert data["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")


def test_ask_and_construct(ds: Dataset) -> None:
    assert run_query(ds, "ASK { ?s kg:visits ?o }").boolean is True
    assert json.loads(format_result(run_query(ds, "ASK { ?s kg:attacks ?o }"), "json")) == {"head": {}, "boolean": False}
    construct = run_query(ds, "CONSTRUCT { ?s kg:visits ?o } WHERE { ?s kg:visits ?o }")
    assert construct.variables == ("subject", "predicate", "object") and len(construct) == 1


def test_unknown_format(ds: Dataset) -> None:
    with pytest.raises(QueryError):
        format_result(run_query(ds, COUNT_VISITS), "xml")


def test_query_result_as_a_dataframe_and_in_jupyter() -> None:
    import kg as kg_package
    from samples import extractions as sample_extractions

    graph = kg_package.KnowledgeGraph.from_extractions(sample_extractions())
    result = graph.query("SELECT ?s ?o WHERE { ?s kg:visits ?o }")
    frame = result.to_frame()
    assert list(frame.columns) == ["s", "o"] and len(frame) == len(result) > 0
    assert "<table" in result._repr_html_()
    assert bool(graph.query("ASK { ?s kg:visits ?o }").to_frame()["boolean"][0])


# ---------------------------------------------------------------- reading queries without running them

from kg.graph.sparql import check_query, code_of, has_dataset_clause, is_blank, query_form  # noqa: E402


@pytest.mark.parametrize("text, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("prefix ex: <urn:x#>\nask { ?s ex:p 1 }", "ASK"),
    ("# SELECT in a comment\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("PREFIX select: <urn:s#> DESCRIBE select:a", "DESCRIBE"),
    ('BASE <urn:SELECT> PREFIX p: <urn:ASK#> CONSTRUCT WHERE { ?s p:q "SELECT" }', "CONSTRUCT"),
    ("ASK { ?select ?p ?o }", "ASK"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", None),
    ("# only a comment", None),
])
def test_query_form_is_read_from_the_first_keyword(text: str, form: str | None) -> None:
    assert query_form(text) == form


@pytest.mark.parametrize("text, named", [
    ("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", True),
    ("select * from named <urn:g> where { graph ?g { ?s ?p ?o } }", True),
    ("SELECT ?from WHERE { ?from ?p ?o }", False),
    ("PREFIX from: <urn:f#> SELECT * WHERE { ?s from:x ?o }", False),
    ('SELECT * WHERE { ?s ?p "FROM <urn:g>" } # FROM <urn:g>', False),
    ("SELECT * WHERE { ?s <urn:FROM> ?o }", False),
])
def test_a_dataset_clause_is_found_outside_strings_comments_and_iris(text: str, named: bool) -> None:
    assert has_dataset_clause(text) is named


@pytest.mark.parametrize("text, blank", [("", True), ("  \n\t", True), ("# a\n  # b", True), ("ASK {}", False),
                                         ('ASK { ?s ?p "#" }', False)])
def test_blank_queries(text: str, blank: bool) -> None:
    assert is_blank(text) is blank
    assert code_of(text) == "" if blank else code_of(text)


@pytest.mark.parametrize("depth", [40, 200])
def test_deeply_nested_valid_queries_pass_the_check(depth: int) -> None:
    """rdflib's parser recursed past Python's limit at 40 nested parentheses ("maximum recursion depth")."""
    assert check_query("SELECT ?x WHERE { BIND(" + "(" * depth + "1" + ")" * depth + " AS ?x) }") is False


def test_absurd_nesting_is_one_error() -> None:
    with pytest.raises(QueryError, match="malformed"):
        check_query("SELECT ?x WHERE { BIND(" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) }")
