"""Tests for kg.views.tables: facts.csv columns, date spans, and spreadsheet formula neutralisation."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.model import Document, Evidence, Fact
from kg.graph.rdf import FactRecord, facts_from_dataset, to_dataset
from kg.views.tables import BOM, COLUMNS, date_span, fact_row, facts_csv, safe_cell
from samples import extractions


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_header_and_one_row_per_record() -> None:
    records = facts_from_dataset(to_dataset(extractions()))
    rows = _rows(facts_csv(records))
    assert tuple(rows[0]) == COLUMNS and len(rows) == len(records)


def test_labels_dates_and_evidence() -> None:
    rows = _rows(facts_csv(facts_from_dataset(to_dataset(extractions()))))
    party = next(r for r in rows if r["predicate"] == "partyTo")
    assert (party["subject"], party["object"], party["date"]) == (
        "Morocco", "defense memorandum of understanding", "2021-11-24/2024")
    planned = next(r for r in rows if r["modality"] == "planned")
    assert (planned["document"], planned["evidence"], planned["confidence"]) == (
        "doc-two", "Gantz will visit Morocco.", "0.6")


@pytest.mark.parametrize("start,end,expected", [
    ("2021", "2022", "2021/2022"), ("2021", None, "2021/"), (None, "2022-01", "/2022-01"), (None, None, ""),
])
def test_date_span(start: str | None, end: str | None, expected: str) -> None:
    assert date_span(start, end) == expected


@pytest.mark.parametrize("text,expected", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("Morocco", "Morocco"), ("", ""), ("a=b", "a=b"),
])
def test_safe_cell(text: str, expected: str) -> None:
    assert safe_cell(text) == expected


@given(st.text(max_size=40), st.text(max_size=40))
def test_no_cell_starts_a_formula(subject: str, sentence: str) -> None:
    record = FactRecord(Fact("k", "visits", "o", Evidence("d", sentence, 0, 1)), subject, "=cmd")
    for cell in fact_row(record):
        assert not cell.startswith(("=", "+", "-", "@"))
    assert _rows(facts_csv([record]))[0]["object"] == "'=cmd"


def _record(**qualifiers: object) -> FactRecord:
    fact = Fact("person/ann", "visits", "country/MAR", Evidence("d1", "Ann visited Morocco.", 0, 20), **qualifiers)
    return FactRecord(fact, "Ann", "Morocco")


@pytest.mark.parametrize("qualifiers,shown", [
    ({"date": "--03-25"}, "--03-25"), ({"date": "2021-11-24"}, "2021-11-24"), ({"date": "2021-11"}, "2021-11"),
    ({"start_date": "2010", "end_date": "2014"}, "2010/2014"), ({"start_date": "--03"}, "--03/"),
    ({"end_date": "2022-01-05"}, "/2022-01-05"), ({"date": "-1+2"}, "'-1+2"), ({"date": "=1"}, "'=1"),
])
def test_dates_are_iso_as_the_queries_print_them_and_only_formulas_are_quoted(qualifiers: dict, shown: str) -> None:
    assert _rows(facts_csv([_record(**qualifiers)]))[0]["date"] == shown


def test_columns_of_facts_frame_and_the_document_title_and_url() -> None:
    record = _record(rule="journey:visit", attributed_to="person/bob", modality="planned")
    document = Document("d1", "", title="Ann in Rabat", url="https://example.org/ann", publisher="Example")
    [row] = _rows(facts_csv([record], [document], labels={"person/bob": "Bob Smith"}))
    assert (row["category"], row["plover"]) == ("consultation", "CONSULT")
    assert (row["title"], row["url"], row["document"], row["modality"]) == (
        "Ann in Rabat", "https://example.org/ann", "d1", "planned")
    assert (row["rule"], row["speaker"]) == ("journey:visit", "Bob Smith")
    [unknown] = _rows(facts_csv([_record(attributed_to="person/eve")]))
    assert (unknown["speaker"], unknown["title"], unknown["url"]) == ("person/eve", "", "")


def test_bom_only_when_asked() -> None:
    assert facts_csv([_record()], bom=True).startswith(BOM + "subject,")
    assert facts_csv([_record()]).startswith("subject,")
    assert BOM.encode("utf-8") == b"\xef\xbb\xbf"
