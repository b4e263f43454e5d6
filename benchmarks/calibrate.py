"""Calibrate fact confidence on the annotated development articles and write kg/data/rule_confidence.tsv.

Builds the 24 BBC development articles (as benchmarks/quality.py does), labels every vocabulary statement right
(a required or optional gold fact) or wrong (a false positive by shared/eval/score.py), and measures the
precision of each rule family, rule, rule and predicate, and of the cues (planned, reported, dated). Each
level's precision is smoothed towards its parent's with a Beta prior of STRENGTH pseudo-facts, so a rule seen
twice says little and a rule seen fifty times says much. Honest check: the table fitted on one half (odd or
even file numbers) sets the confidences of the other half, whose reliability is printed; then the table is
fitted on all articles and written. Deterministic; one command (about 30 s, the build of the 24 articles):

    .venv/bin/python benchmarks/calibrate.py [--check] [--statements FILE.json] [--out kg/data/rule_confidence.tsv]

--check prints the reliability tables without writing the table; --statements saves the labelled statements
(or reads them if the file exists, to re-fit without building).
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import quality  # noqa: E402

from kg.extract.facts import confidence  # noqa: E402
from kg.graph.files import write_atomic  # noqa: E402

DEFAULT_OUT = ROOT / "kg" / "data" / confidence.TABLE
STRENGTHS = (4.0, 10.0, 20.0)  # pseudo-facts of the parent's precision that a level's count is smoothed with
CUE_STRENGTH = 10.0  # a cue's precision is smoothed towards its facts' estimate with this many pseudo-facts


def smoothed(right: int, seen: int, prior: float, strength: float) -> float:
    """The posterior mean of a Beta prior of `strength` pseudo-facts at `prior`, after right of seen."""
    return (right + strength * prior) / (seen + strength)


@dataclass(frozen=True)
class Setting:
    """How a table is fitted: how many levels of the hierarchy, the prior strength, which cues."""

    depth: int
    strength: float
    cues: tuple[str, ...]

    def describe(self) -> str:
        """One line: levels, strength and cues."""
        return (f"levels {', '.join(confidence.LEVELS[:self.depth])}; prior strength {self.strength:g}; "
                f"cues {', '.join(self.cues) or 'none'}")


FULL = Setting(len(confidence.LEVELS), STRENGTHS[1], confidence.CUES)


def fit(statements: list[dict], setting: Setting = FULL) -> list[confidence.Estimate]:
    """The calibration rows of labelled statements: the setting's levels, each smoothed towards its parent,
    then its cues."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    parent: dict[tuple[str, str], tuple[str, str] | None] = {}
    for row in statements:
        cells = confidence.levels(row["rule"], row["predicate"])[:setting.depth]
        for i, cell in enumerate(cells):
            counts[cell][0] += 1
            counts[cell][1] += bool(row["right"])
            parent[cell] = cells[i - 1] if i else None
    estimates: dict[tuple[str, str], confidence.Estimate] = {}
    order = sorted(counts, key=lambda cell: (confidence.LEVELS.index(cell[0]), cell[1]))
    for cell in order:  # parents come first: levels are sorted general to specific
        seen, right = counts[cell]
        up = parent[cell]
        prior = estimates[up].precision if up else 0.5
        estimates[cell] = confidence.Estimate(cell[0], cell[1], seen, right, round(prior, 4),
                                              round(smoothed(right, seen, prior, setting.strength if up else 2.0), 4))
    table = confidence.Table.of(estimates.values())
    for cue in setting.cues:
        chosen = [r for r in statements
                  if cue in confidence.cues(r["modality"], r["reported"], r["dated"], r["single"])]
        if not chosen:
            continue
        expected = sum(confidence.estimate(table, r["rule"], r["predicate"]) for r in chosen) / len(chosen)
        right = sum(bool(r["right"]) for r in chosen)
        estimates[("cue", cue)] = confidence.Estimate("cue", cue, len(chosen), right, round(expected, 4),
                                                      round(smoothed(right, len(chosen), expected, CUE_STRENGTH), 4))
    return list(estimates.values())


def apply(statements: list[dict], estimates: list[confidence.Estimate]) -> list[dict]:
    """The statements with the confidence the table gives them."""
    table = confidence.Table.of(estimates)
    return [row | {"confidence": confidence.estimate(table, row["rule"], row["predicate"], row["modality"],
                                                     row["reported"], row["dated"], row["single"])}
            for row in statements]


def half(statements: list[dict], which: str) -> list[dict]:
    """The statements of the odd or even development articles."""
    return [row for row in statements if quality.half_of(row["article"]) == which]


def held_out(statements: list[dict], setting: Setting) -> list[dict]:
    """Each half's statements with the confidences of the table fitted on the OTHER half."""
    odd, even = half(statements, "odd"), half(statements, "even")
    return apply(odd, fit(even, setting)) + apply(even, fit(odd, setting))


def log_loss(statements: list[dict]) -> float:
    """Mean negative log-likelihood of the right/wrong labels of the triples under their confidences."""
    rows = quality.triples_of(statements)
    return sum(-math.log(r["confidence"] if r["right"] else 1.0 - r["confidence"]) for r in rows) / len(rows)


def settings() -> list[Setting]:
    """Every candidate setting, simplest first: depth, then cue count, then strength."""
    cue_sets = [c for n in range(len(confidence.CUES) + 1) for c in itertools.combinations(confidence.CUES, n)]
    return [Setting(depth, strength, cues) for depth in range(1, len(confidence.LEVELS) + 1)
            for cues in cue_sets for strength in STRENGTHS]


def choose(statements: list[dict]) -> tuple[Setting, dict[Setting, float]]:
    """The setting whose tables, fitted on one half, predict the other half best (the least held-out log loss;
    of equal losses the simplest), with the held-out loss of every candidate."""
    losses = {setting: round(log_loss(held_out(statements, setting)), 4) for setting in settings()}
    best = min(losses, key=lambda setting: losses[setting])  # min keeps the first, simplest, of equal losses
    return best, losses


def cross_half(statements: list[dict], setting: Setting) -> dict:
    """Reliability of each half with confidences from the table fitted on the OTHER half, and of both together."""
    rows = held_out(statements, setting)
    return {"all": quality.reliability(rows), "odd": quality.reliability(half(rows, "odd")),
            "even": quality.reliability(half(rows, "even"))}


def render(estimates: list[confidence.Estimate], statements: list[dict], setting: Setting,
           losses: dict[Setting, float]) -> str:
    """The table file: a header saying what it is, how and when it was made, then the rows."""
    articles = len({row["article"] for row in statements})
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    constant = min(loss for s, loss in losses.items() if s.depth == 1 and not s.cues)
    by_depth = ", ".join(f"{confidence.LEVELS[d - 1]} {min(loss for s, loss in losses.items() if s.depth == d)}"
                         for d in range(1, len(confidence.LEVELS) + 1))
    lines = [
        "# Calibrated fact confidence: the share of right facts per rule family, rule, rule and predicate, and cue.",
        f"# Written by benchmarks/calibrate.py on {today} from {len(statements)} vocabulary statements of the "
        f"{articles} annotated development",
        "# articles (shared/eval/gold/bbc-*.json, each built alone, published 2005-01-01); right = a required or "
        "optional gold fact,",
        "# wrong = a false positive by shared/eval/score.py. Re-run it after changing the rules; do not edit by hand.",
        "# Columns (tab-separated):",
        "#   level      all | family | rule | rule-predicate (rule, a space, the predicate) | cue",
        "#   key        what the row counts; a cue is planned (modality), reported (attributed speech), dated, or",
        "#              single (no other sentence of the document states the fact)",
        "#   seen right statements at this level or with this cue, and how many of them were right",
        f"#   prior      the precision smoothed towards: the parent level's (Beta prior of {setting.strength:g} facts; "
        "the overall row: 1 of 2),",
        f"#              for a cue the mean estimate of its facts before the cue (smoothed with {CUE_STRENGTH:g} facts)",
        "#   precision  the smoothed precision; kg/extract/facts/confidence.py gives a fact that of the most "
        "specific level",
        "#              known, and scales its error rate by (1 - precision) / (1 - prior) of each of its cues",
        f"# Setting: {setting.describe()}. Chosen among {len(losses)} settings (levels x cues x strength) as the one",
        "# whose tables, fitted on one half of the articles (odd or even file numbers), best predicted the other half:",
        f"# held-out log loss {losses[setting]} (one constant: {constant}; best by deepest level: {by_depth}).",
        "\t".join(confidence.HEADER),
    ]
    order = sorted(estimates, key=lambda e: ((confidence.LEVELS + ("cue",)).index(e.level), e.key))
    lines += [f"{e.level}\t{e.key}\t{e.seen}\t{e.right}\t{e.prior:.4f}\t{e.precision:.4f}" for e in order]
    return "\n".join(lines) + "\n"


def labelled(path: Path | None, shared: Path, model: str | None) -> list[dict]:
    """The labelled statements of the development articles: read from path if it exists, else built (and saved
    to path if given)."""
    if path is not None and path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    statements: list[dict] = []
    quality.bbc_quality(shared, model, statements=statements)
    if path is not None:
        write_atomic(path, json.dumps(statements, indent=1) + "\n")
    return statements


def report_lines(title: str, report: dict) -> list[str]:
    """A reliability report as lines of text."""
    lines = [title]
    for name, part in report.items():
        bands = "  ".join(f"{b['band']}: {b['precision'] if b['precision'] is not None else '–'} ({b['right']}/"
                          f"{b['facts']})" for b in part["bands"])
        high = part["high"]
        lines.append(f"  {name:4} {bands}")
        lines.append(f"       >= {high['threshold']}: precision {high['precision']} ({high['right']}/{high['facts']}),"
                     f" {high['share_of_right_kept']} of the right facts")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="table to write (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="print the reliability tables, write nothing")
    ap.add_argument("--statements", type=Path, default=None, metavar="FILE.json",
                    help="save the labelled statements here, or read them if the file exists")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: $KG_MODEL or kg's default)")
    ap.add_argument("--shared", type=Path, default=quality.SHARED, help="the shared folder (default: %(default)s)")
    args = ap.parse_args(argv)
    statements = labelled(args.statements, args.shared.resolve(), args.model)
    setting, losses = choose(statements)
    estimates = fit(statements, setting)
    constant = min(loss for s, loss in losses.items() if s.depth == 1 and not s.cues)
    lines = [f"chosen: {setting.describe()} (held-out log loss {losses[setting]}; one constant: {constant}; "
             f"the confidences as built: {round(log_loss(statements), 4)})"]
    lines += report_lines("confidences as built (the table in use):", quality.reliability_report(statements))
    lines += report_lines("held out (each half's confidences from the table fitted on the other half):",
                          cross_half(statements, setting))
    lines += report_lines("in sample (the table fitted on all 24 articles):",
                          quality.reliability_report(apply(statements, estimates)))
    print("\n".join(lines))
    if not args.check:
        write_atomic(args.out, render(estimates, statements, setting, losses))
        print(f"wrote {args.out} ({len(estimates)} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
