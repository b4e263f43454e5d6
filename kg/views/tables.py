"""facts.csv: one row per fact and evidence, with labels, for reading in a spreadsheet.

The columns carry what `kg.views.notebook.facts_frame` carries (category, PLOVER type, rule, speaker) and the
document's title and URL. Dates are ISO as the queries print them: a day, month or year ("2021-11-24",
"--03-25" for a day without a year, "--03" for a month) or an interval "start/end" (either side may be empty). Cells that a
spreadsheet would run as a formula (= + - @, tab, carriage return) are prefixed with a quote; an ISO date is no
formula and stays as it is. `bom=True` starts the text with a UTF-8 byte-order mark, which Excel needs to read
UTF-8.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from typing import IO

from kg import vocabulary
from kg.graph.rdf import FactRecord
from kg.model import Document

__all__ = ["BOM", "COLUMNS", "date_span", "fact_row", "facts_csv", "safe_cell", "write_facts_csv"]

COLUMNS: tuple[str, ...] = ("subject", "predicate", "object", "category", "plover", "date", "modality", "confidence",
                            "speaker", "rule", "document", "title", "url", "evidence")
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ISO_DATE = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)"
_ISO_DATE_OR_SPAN = re.compile(rf"{_ISO_DATE}|{_ISO_DATE}?/{_ISO_DATE}?")


def safe_cell(text: str) -> str:
    """A cell value that a spreadsheet shows as text, never evaluates as a formula.

    >>> safe_cell("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    >>> safe_cell("Morocco")
    'Morocco'
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def date_span(start: str | None, end: str | None) -> str:
    """A period as ISO "start/end" (either side may be empty), or "" when both are unknown.

    >>> date_span("2010", "2014"), date_span("2021-11", None)
    ('2010/2014', '2021-11/')
    """
    return f"{start or ''}/{end or ''}" if start or end else ""


def _date_cell(text: str) -> str:
    """An ISO date or interval as it is (digits and dashes run nothing), anything else made safe."""
    return text if _ISO_DATE_OR_SPAN.fullmatch(text) and text != "/" else safe_cell(text)


def fact_row(record: FactRecord, documents: Mapping[str, Document] | None = None,
             labels: Mapping[str, str] | None = None) -> list[str]:
    """The cells of one record, in COLUMNS order, made safe for spreadsheets; `documents` (by id) give the title
    and URL, `labels` (entity key to label) the speaker's name (else its key)."""
    fact = record.fact
    document = (documents or {}).get(fact.evidence.document)
    speaker = (labels or {}).get(fact.attributed_to, fact.attributed_to) if fact.attributed_to else ""
    known = vocabulary.is_predicate(fact.predicate)  # a graph edited by hand may hold others
    cells = [
        record.subject_label, fact.predicate, record.object_label,
        vocabulary.category(fact.predicate) if known else "", vocabulary.plover_type(fact.predicate) if known else "",
    ]
    date = fact.date or date_span(fact.start_date, fact.end_date)
    tail = [
        fact.modality, f"{fact.confidence:g}", speaker or "", fact.rule, fact.evidence.document,
        (document.title if document else None) or "", (document.url if document else None) or "",
        " ".join(fact.evidence.sentence.split()),
    ]
    return [safe_cell(c) for c in cells] + [_date_cell(date)] + [safe_cell(c) for c in tail]


def facts_csv(records: Iterable[FactRecord], documents: Iterable[Document] = (), *,
              labels: Mapping[str, str] | None = None, bom: bool = False) -> str:
    """The whole facts.csv text: a header row, then one row per record (with a BOM first if `bom`)."""
    by_id = {d.id: d for d in documents}
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out)  # RFC 4180 line ends, so a stray \r in a cell is quoted
    writer.writerow(COLUMNS)
    writer.writerows(fact_row(r, by_id, labels) for r in records)
    return out.getvalue()


def write_facts_csv(handle: IO[bytes], records: Iterable[FactRecord], documents: Iterable[Document] = (), *,
                    labels: Mapping[str, str] | None = None, bom: bool = False, block: int = 1 << 20) -> None:
    """facts_csv's text, byte for byte, written as UTF-8 to a binary file about a block at a time (the table is
    never held whole)."""
    by_id = {d.id: d for d in documents}
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for record in records:
        writer.writerow(fact_row(record, by_id, labels))
        if out.tell() >= block:
            handle.write(out.getvalue().encode("utf-8"))
            out.seek(0)
            out.truncate()
    handle.write(out.getvalue().encode("utf-8"))
