"""kg.extract.facts.confidence: a fact's confidence is the smoothed precision of the most specific level of the
calibration table that knows its rule, its error rate scaled by its cues; the shipped table is valid."""
from __future__ import annotations

import re

import pytest

from kg import datafiles
from kg.extract.facts import confidence
from kg.extract.facts.confidence import Estimate, Table
from kg.model import Evidence, Fact

TABLE = Table.of([
    Estimate("all", "*", 100, 90, 0.5, 0.9),
    Estimate("family", "verb", 40, 30, 0.9, 0.8),
    Estimate("family", "role", 50, 49, 0.9, 0.95),
    Estimate("rule", "verb:sign", 10, 10, 0.8, 0.95),
    Estimate("rule-predicate", "role:apposition leads", 5, 2, 0.95, 0.6),
    Estimate("cue", "planned", 10, 6, 0.8, 0.6),     # planned facts err twice as often as expected
    Estimate("cue", "reported", 10, 10, 0.9, 0.95),  # reported facts half as often
])


@pytest.mark.parametrize("rule, predicate, expected", [
    pytest.param("verb:sign", "signs", 0.95, id="known-rule"),
    pytest.param("verb:visit", "visits", 0.8, id="unknown-rule-backs-off-to-its-family"),
    pytest.param("verb:visit+implied", "visits", 0.9, id="unknown-derived-family-backs-off-to-all"),
    pytest.param("role:apposition", "leads", 0.6, id="rule-and-predicate"),
    pytest.param("role:apposition", "holdsPosition", 0.95, id="other-predicate-of-the-rule-uses-the-family"),
    pytest.param("", "visits", 0.9, id="no-rule-at-all"),
])
def test_the_most_specific_known_level_gives_the_estimate(rule, predicate, expected):
    assert confidence.estimate(TABLE, rule, predicate) == expected


@pytest.mark.parametrize("modality, reported, expected", [
    pytest.param("asserted", False, 0.8, id="no-cue"),
    pytest.param("planned", False, 0.6, id="planned-doubles-the-error"),
    pytest.param("asserted", True, 0.9, id="reported-halves-the-error"),
    pytest.param("planned", True, 0.8, id="both"),
])
def test_cues_scale_the_error_rate(modality, reported, expected):
    assert confidence.estimate(TABLE, "verb:visit", "visits", modality, reported) == expected


def test_a_cue_the_table_does_not_know_changes_nothing():
    assert confidence.estimate(TABLE, "verb:visit", "visits", dated=True) == 0.8


def test_confidence_stays_between_floor_and_ceiling():
    sure = Table.of([Estimate("all", "*", 10, 10, 0.5, 1.0)])
    assert confidence.estimate(sure, "x", "visits") == confidence.CEILING
    doubtful = Table.of([Estimate("all", "*", 10, 9, 0.5, 0.9), Estimate("cue", "planned", 5, 0, 0.9, 0.0)])
    assert confidence.estimate(doubtful, "x", "visits", "planned") == confidence.FLOOR


@pytest.mark.parametrize("rule, expected", [
    ("verb:sign", "verb"), ("verb:sign+implied", "verb+implied"), ("role:apposition+implied+collective",
                                                                     "role+implied+collective"),
    ("between", "between"),
])
def test_family_of_a_rule(rule, expected):
    assert confidence.family(rule) == expected


def test_calibrated_sets_each_facts_confidence_from_its_rule_and_cues():
    evidence = Evidence("d", "A sentence.", 0, 11)
    facts = [Fact("country/a", "signs", "agreement/x", evidence, confidence=0.5, rule="verb:sign"),
             Fact("person/p", "visits", "country/a", evidence, confidence=0.99, rule="verb:visit", modality="planned"),
             Fact("person/p", "visits", "country/b", evidence, confidence=0.99, rule="verb:visit",
                  attributed_to="person/q")]
    assert [f.confidence for f in confidence.calibrated(facts, TABLE)] == [0.95, 0.6, 0.9]


def test_a_table_without_the_overall_row_is_refused():
    with pytest.raises(ValueError, match="overall row"):
        Table.of([Estimate("family", "verb", 1, 1, 0.5, 0.5)])


HEADER = "level\tkey\tseen\tright\tprior\tprecision\n"


@pytest.mark.parametrize("text, message", [
    pytest.param(HEADER + "all\t*\t10\t9\t0.5\t1.2\n", "t.tsv:2: 1.2 is not between 0 and 1", id="precision>1"),
    pytest.param(HEADER + "all\t*\t10\t11\t0.5\t0.9\n", "t.tsv:2: 11 right of 10 seen", id="right>seen"),
    pytest.param(HEADER + "all\t*\tmany\t9\t0.5\t0.9\n", "t.tsv:2: not a count: 'many'", id="count"),
    pytest.param(HEADER + "all\t*\t10\t9\t0.5\thigh\n", "t.tsv:2: not a number: 'high'", id="number"),
    pytest.param(HEADER + "all\t*\t10\t9\t0.5\t0.9\ncue\tloud\t1\t1\t0.5\t0.5\n", "t.tsv:3: unknown level or cue",
                 id="unknown-cue"),
    pytest.param(HEADER + "family\tverb\t10\t9\t0.5\t0.9\n", "t.tsv: a confidence table needs the overall row",
                 id="no-overall-row"),
])
def test_a_bad_table_names_file_and_line(monkeypatch, text, message):
    monkeypatch.setattr(datafiles, "text", lambda name: text)
    with pytest.raises(ValueError, match=re.escape(message)):
        confidence.read_table("t.tsv")


def test_the_shipped_table_is_valid_and_covers_every_level_it_lists():
    shipped = confidence.read_table()
    assert ("all", "*") in shipped.rows
    for row in shipped.rows.values():
        assert 0 < row.precision < 1 and row.right <= row.seen
    assert confidence.table() == shipped


def test_a_fact_no_other_sentence_states_carries_the_single_cue():
    table = Table.of([Estimate("all", "*", 100, 90, 0.5, 0.9), Estimate("cue", "single", 80, 68, 0.9, 0.8)])
    once, twice = Evidence("d", "One.", 0, 4), Evidence("d", "Two.", 5, 9)
    facts = [Fact("country/a", "visits", "country/b", once, rule="verb:visit"),
             Fact("country/a", "visits", "country/b", twice, rule="noun:visit"),
             Fact("country/a", "criticizes", "country/b", once, rule="verb:criticise")]
    assert [f.confidence for f in confidence.calibrated(facts, table)] == [0.9, 0.9, 0.8]
