"""Calibrated confidence: a fact's confidence is the share of right facts its rule produced on the annotated
development articles (kg/data/rule_confidence.tsv, written by benchmarks/calibrate.py), so that a user can read
"0.8" as "about four in five such facts are right".

The table is hierarchical: every fact falls into the whole (`all`), a rule family (`verb`, `role`, a derived
family such as `verb+implied`), its rule (`verb:sign`) and its rule for one predicate (`role:pre-modifier
leads`). Each level's precision was smoothed towards its parent's (a Beta prior), so the most specific level the
table knows is the estimate and a rule the table has never seen gets its family's, else the overall precision.
Cues (a planned act, reported speech, a dated act, a fact no other sentence repeats) then scale the estimated
error rate by what they did to it.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from kg import datafiles
from kg.model import Fact

__all__ = ["TABLE", "HEADER", "LEVELS", "CUES", "Estimate", "Table", "family", "levels", "cues", "table",
           "read_table", "estimate", "calibrated"]

TABLE = "rule_confidence.tsv"
HEADER = ("level", "key", "seen", "right", "prior", "precision")
LEVELS = ("all", "family", "rule", "rule-predicate")  # general to specific
CUES = ("planned", "reported", "dated", "single")
FLOOR, CEILING = 0.05, 0.99  # never certain either way: the table was measured on 24 articles


@dataclass(frozen=True)
class Estimate:
    """One row of the table: facts seen at this level or with this cue, how many were right, the prior the
    precision was smoothed towards, and the smoothed precision."""

    level: str
    key: str
    seen: int
    right: int
    prior: float
    precision: float


@dataclass(frozen=True)
class Table:
    """The rows of a calibration table, by (level, key)."""

    rows: dict[tuple[str, str], Estimate]

    @classmethod
    def of(cls, estimates: Iterable[Estimate]) -> Table:
        """A table of these rows; it must have the overall row (level `all`)."""
        rows = {(e.level, e.key): e for e in estimates}
        if ("all", "*") not in rows:
            raise ValueError("a confidence table needs the overall row: all\t*")
        return cls(rows)


def family(rule: str) -> str:
    """The family of a rule: the part before ':' plus any derivation suffix.

    >>> family("verb:sign+implied"), family("role:pre-modifier"), family("between"), family("")
    ('verb+implied', 'role', 'between', '')
    """
    base, *derived = rule.split("+")
    return "+".join([base.split(":", 1)[0], *derived])


def levels(rule: str, predicate: str) -> list[tuple[str, str]]:
    """The (level, key) cells a fact falls into, general to specific."""
    return [("all", "*"), ("family", family(rule)), ("rule", rule), ("rule-predicate", f"{rule} {predicate}")]


def cues(modality: str, reported: bool, dated: bool, single: bool = False) -> list[str]:
    """The cues of a fact that the table may know to raise or lower its error rate; `single`: no other sentence
    of the document states the same fact (a fact said twice is less often a misreading)."""
    return [cue for cue, on in zip(CUES, (modality == "planned", reported, dated, single)) if on]


def _float(name: str, number: int, text: str) -> float:
    """A probability cell of the table."""
    try:
        value = float(text)
    except ValueError:
        raise datafiles.fail(name, number, f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise datafiles.fail(name, number, f"{value} is not between 0 and 1")
    return value


def _int(name: str, number: int, text: str) -> int:
    """A count cell of the table."""
    if not text.isdigit():
        raise datafiles.fail(name, number, f"not a count: {text!r}")
    return int(text)


def read_table(name: str = TABLE) -> Table:
    """Read and validate a calibration table of kg/data."""
    estimates = []
    for number, (level, key, seen, right, prior, precision) in datafiles.rows(name, HEADER):
        if level not in (*LEVELS, "cue") or (level == "cue" and key not in CUES):
            raise datafiles.fail(name, number, f"unknown level or cue: {level} {key}")
        count, hits = _int(name, number, seen), _int(name, number, right)
        if hits > count:
            raise datafiles.fail(name, number, f"{hits} right of {count} seen")
        estimates.append(Estimate(level, key, count, hits, _float(name, number, prior),
                                  _float(name, number, precision)))
    try:
        return Table.of(estimates)
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


@cache
def table() -> Table:
    """The calibration table shipped in kg/data, read once."""
    return read_table()


def estimate(calibration: Table, rule: str, predicate: str, modality: str = "asserted", reported: bool = False,
             dated: bool = False, single: bool = False) -> float:
    """The calibrated confidence of a fact: the precision of the most specific level the table knows, its error
    rate scaled by each cue's (error with the cue / error expected without it)."""
    value = next(calibration.rows[cell].precision for cell in reversed(levels(rule, predicate))
                 if cell in calibration.rows)
    error = 1.0 - value
    for cue in cues(modality, reported, dated, single):
        row = calibration.rows.get(("cue", cue))
        if row is not None and row.prior < 1.0:
            error *= (1.0 - row.precision) / (1.0 - row.prior)
    return round(min(CEILING, max(FLOOR, 1.0 - error)), 2)


def calibrated(facts: Iterable[Fact], calibration: Table | None = None) -> Iterator[Fact]:
    """The facts with their confidence set from the calibration table (kg/data's unless one is given)."""
    calibration = calibration or table()
    facts = list(facts)
    sentences: dict[tuple[str, str, str, str], set[int]] = {}
    for fact in facts:
        sentences.setdefault(_triple(fact), set()).add(fact.evidence.start)
    for fact in facts:
        value = estimate(calibration, fact.rule, fact.predicate, fact.modality, fact.attributed_to is not None,
                         bool(fact.date or fact.start_date), len(sentences[_triple(fact)]) == 1)
        yield dataclasses.replace(fact, confidence=value)


def _triple(fact: Fact) -> tuple[str, str, str, str]:
    """What makes two facts the same fact: document, subject, predicate, object."""
    return fact.evidence.document, fact.subject, fact.predicate, fact.object
