"""Incremental builds: a second `kg build --store` of the same 200 bulk articles against the first, each the
whole command as a user times it.

    .venv/bin/python benchmarks/incremental.py [--limit N] [--rounds 1] [--out FILE]

Each round runs `python -m kg build CORPUS --store STORE` in a subprocess three times: into an empty store (every
article extracted), the same again (every article found unchanged by its content hash: no spaCy, no language
model), then again with 10 articles changed (those re-extracted, their graphs replaced). Figures: wall and CPU
seconds of each whole process (start-up, imports and exit included), second/first ratio of each (median over
rounds), and the counts each build reported.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _scale import ROOT, bulk_files, median, write_result


def command(corpus: Path, store: Path) -> dict:
    """Wall and CPU seconds of one whole `kg build --store` process, and the line it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)], check=True,
                          capture_output=True, text=True, cwd=store.parent,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "report": done.stdout.splitlines()[0]}


def one_round(files: list[Path]) -> dict:
    """First, unchanged and ten-changed builds into a fresh store."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for file in files:
            shutil.copy(file, corpus / file.name)
        store = Path(tmp) / "store"
        first = command(corpus, store)
        second = command(corpus, store)
        for file in sorted(corpus.glob("*.txt"))[:10]:
            file.write_text(file.read_text(encoding="utf-8") + "\n\nThe talks will continue next week.\n",
                            encoding="utf-8")
        changed = command(corpus, store)
    return {"first": first, "second": second, "ten_changed": changed,
            "second_over_first_wall": round(second["wall_s"] / first["wall_s"], 4),
            "second_over_first_cpu": round(second["cpu_s"] / first["cpu_s"], 4)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    files = bulk_files(args.limit)
    rounds = []
    for i in range(args.rounds):
        rounds.append(one_round(files))
        r = rounds[-1]
        print(f"round {i + 1}: first {r['first']['wall_s']:.1f} s ({r['first']['cpu_s']:.1f} s CPU), "
              f"second {r['second']['wall_s']:.2f} s ({r['second']['cpu_s']:.2f} s CPU), "
              f"10 changed {r['ten_changed']['wall_s']:.1f} s", flush=True)
    result = {"articles": len(files), "rounds": rounds,
              "second_over_first": round(median([r["second_over_first_wall"] for r in rounds]), 4),
              "second_over_first_cpu": round(median([r["second_over_first_cpu"] for r in rounds]), 4)}
    path = write_result("incremental", result, args.out and Path(args.out))
    print(f"second / first build, whole processes: {result['second_over_first']:.3f} wall, "
          f"{result['second_over_first_cpu']:.3f} CPU (median of {args.rounds}); "
          f"{rounds[-1]['second']['report']}")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
