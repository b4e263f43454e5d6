"""benchmarks/calibrate.py and the reliability parts of benchmarks/quality.py, on hand-made labelled statements
(no build): smoothing and back-off of the fitted table, cues, the held-out choice of a setting, the file it
writes (which kg/extract/facts/confidence.py must read back), and precision by confidence band."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg import datafiles
from kg.extract.facts import confidence

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks")]
import calibrate  # noqa: E402
import quality  # noqa: E402


def row(article: str, rule: str, right: bool, *, predicate: str = "visits", modality: str = "asserted",
        reported: bool = False, dated: bool = False, single: bool = True, n: int = 0) -> dict:
    return {"article": article, "triple": f"{article}:{rule}:{predicate}:{right}:{n}", "rule": rule,
            "predicate": predicate, "modality": modality, "reported": reported, "dated": dated, "single": single,
            "right": right, "confidence": 0.5}


def statements() -> list[dict]:
    """Role facts nearly always right, verb facts right two times in three, in odd and even articles alike."""
    rows = []
    for article in ("bbc-001", "bbc-002", "bbc-003", "bbc-004"):
        rows += [row(article, "role:apposition", i != 0, predicate="holdsPosition", n=i) for i in range(10)]
        rows += [row(article, "verb:visit", i % 3 != 0, n=i) for i in range(6)]
    return rows


def test_smoothing_is_the_mean_of_a_beta_prior():
    assert calibrate.smoothed(0, 0, 0.9, 20) == pytest.approx(0.9)
    assert calibrate.smoothed(10, 10, 0.5, 10) == pytest.approx(0.75)


def test_each_level_is_smoothed_towards_its_parent():
    table = {(e.level, e.key): e for e in calibrate.fit(statements(), calibrate.Setting(3, 4.0, ()))}
    overall = table[("all", "*")]
    assert (overall.seen, overall.right) == (64, 52) and overall.precision == pytest.approx(53 / 66, abs=1e-4)
    role, verb = table[("family", "role")], table[("family", "verb")]
    assert role.prior == verb.prior == overall.precision
    assert verb.precision < overall.precision < role.precision
    assert table[("rule", "verb:visit")].prior == verb.precision
    assert ("rule-predicate", "verb:visit visits") not in table  # depth 3 stops at rules


def test_a_cue_is_fitted_against_what_its_facts_were_expected_to_be():
    rows = statements() + [row("bbc-005", "verb:visit", False, modality="planned", n=i) for i in range(5)]
    table = {(e.level, e.key): e for e in calibrate.fit(rows, calibrate.Setting(2, 4.0, ("planned",)))}
    planned = table[("cue", "planned")]
    assert (planned.seen, planned.right) == (5, 0) and planned.precision < planned.prior
    assert ("cue", "dated") not in table


def test_the_held_out_choice_prefers_families_that_differ():
    setting, losses = calibrate.choose(statements())
    assert setting.depth >= 2 and len(losses) == len(calibrate.settings())
    assert losses[setting] <= min(loss for s, loss in losses.items() if s.depth == 1)


def test_the_written_table_reads_back_and_gives_the_fitted_confidences(monkeypatch):
    rows = statements()
    setting, losses = calibrate.choose(rows)
    estimates = calibrate.fit(rows, setting)
    text = calibrate.render(estimates, rows, setting, losses)
    assert text.startswith("# Calibrated fact confidence") and "Setting: levels" in text
    monkeypatch.setattr(datafiles, "text", lambda name: text)
    table = confidence.read_table("rule_confidence.tsv")
    applied = calibrate.apply(rows, estimates)
    assert {r["confidence"] for r in applied if r["rule"] == "role:apposition"} == {
        confidence.estimate(table, "role:apposition", "holdsPosition", single=True)}


def test_reliability_bands_count_triples_at_their_highest_confidence():
    rows = [row("bbc-001", "a", True) | {"confidence": 0.95}, row("bbc-001", "b", False) | {"confidence": 0.55},
            row("bbc-002", "c", True) | {"confidence": 0.85}, row("bbc-002", "d", False) | {"confidence": 0.82}]
    twin = dict(rows[1]) | {"confidence": 0.3}  # the same triple from another sentence: the higher one counts
    report = quality.reliability_report(rows + [twin])
    bands = {b["band"]: (b["right"], b["facts"]) for b in report["all"]["bands"]}
    assert bands == {"< 0.5": (0, 0), "0.5-0.6": (0, 1), "0.6-0.7": (0, 0), "0.7-0.8": (0, 0), "0.8-0.9": (1, 2),
                     ">= 0.9": (1, 1)}
    assert report["all"]["high"] == {"threshold": 0.8, "facts": 3, "right": 2, "precision": 0.667,
                                     "share_of_right_kept": 1.0}
    assert report["odd"]["facts"] == 2 and report["even"]["high"]["precision"] == 0.5


def test_the_reliability_report_can_add_each_half_judged_by_the_table_of_the_other():
    report = quality.reliability_report(statements(), held_out=True)
    held = report["held_out"]
    assert set(held) == {"all", "odd", "even", "setting"} and held["setting"].startswith("levels")
    assert held["all"]["facts"] == report["all"]["facts"]
    assert "held_out" not in quality.reliability_report(statements())
