"""Tests for kg.views.tables: facts.csv columns, date spans, and spreadsheet formula neutralisation."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.model import Evidence, Fact
from kg.graph.rdf import FactRecord, facts_from_dataset, to_dataset
from kg.views.tables import COLUMNS, date_span, fact_row, facts_csv, safe_cell
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
        "Morocco", "defense memorandum of understanding", "2021-11-24–2024")
    planned = next(r for r in rows if r["modality"] == "planned")
    assert (planned["document"], planned["evidence"], planned["confidence"]) == (
        "doc-two", "Gantz will visit Morocco.", "0.6")


@pytest.mark.parametrize("start,end,expected", [
    ("2021", "2022", "2021–2022"), ("2021", None, "2021–"), (None, "2022-01", "–2022-01"), (None, None, ""),
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
