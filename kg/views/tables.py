"""facts.csv: one row per fact and evidence, with labels, for reading in a spreadsheet.

Cells that a spreadsheet would run as a formula (= + - @, tab, carriage return) are prefixed with a quote.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from kg.graph.rdf import FactRecord

COLUMNS: tuple[str, ...] = ("subject", "predicate", "object", "date", "modality", "confidence", "document", "evidence")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A cell value that a spreadsheet shows as text, never evaluates as a formula.

    >>> safe_cell("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    >>> safe_cell("Morocco")
    'Morocco'
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def date_span(start: str | None, end: str | None) -> str:
    """A period as "start–end" (either side may be empty), or "" when both are unknown."""
    return f"{start or ''}–{end or ''}" if start or end else ""


def fact_row(record: FactRecord) -> list[str]:
    """The cells of one record, in COLUMNS order, made safe for spreadsheets."""
    fact = record.fact
    cells = [
        record.subject_label, fact.predicate, record.object_label,
        fact.date or date_span(fact.start_date, fact.end_date),
        fact.modality, f"{fact.confidence:g}", fact.evidence.document, fact.evidence.sentence,
    ]
    return [safe_cell(" ".join(c.split()) if i == len(cells) - 1 else c) for i, c in enumerate(cells)]


def facts_csv(records: Iterable[FactRecord]) -> str:
    """The whole facts.csv text: a header row, then one row per record."""
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180 line ends, so a stray \r in a cell is quoted
    writer.writerow(COLUMNS)
    writer.writerows(fact_row(r) for r in records)
    return out.getvalue()
