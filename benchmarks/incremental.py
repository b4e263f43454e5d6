"""Incremental builds: a second `kg build --store` of the same 200 bulk articles against the first.

    .venv/bin/python benchmarks/incremental.py [--limit N] [--out FILE]

First build into an empty store (every article extracted), then the same build again (every article
found unchanged by its content hash), then again with 10 articles changed (those re-extracted, their
graphs replaced). Figures: wall times, second/first ratio, counts reported by each build.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from _scale import bulk_files, timed, write_result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)

    from kg.pipeline import build_store
    from kg.extract.parse import load_pipeline
    from kg.graph.store import Store

    load_pipeline()  # load the pipeline outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for file in bulk_files(args.limit):
            shutil.copy(file, corpus / file.name)
        store = Path(tmp) / "store"
        reports = {}

        def run(name: str) -> float:
            def go() -> None:
                reports[name] = build_store([corpus], store)[0]
            return timed(go)

        first = run("first")
        second = run("second")
        for file in sorted(corpus.glob("*.txt"))[:10]:
            file.write_text(file.read_text(encoding="utf-8") + "\n\nThe talks will continue next week.\n",
                            encoding="utf-8")
        changed = run("changed")
        with Store(store, read_only=True) as opened:
            quads = len(opened)
    result = {"articles": len(bulk_files(args.limit)), "quads": quads,
              "first_s": round(first, 2), "second_s": round(second, 2), "ten_changed_s": round(changed, 2),
              "second_over_first": round(second / first, 4),
              "reports": {k: vars(v) for k, v in reports.items()}}
    path = write_result("incremental", result, args.out and Path(args.out))
    print(f"first build {first:.1f} s ({reports['first'].line()}); second {second:.2f} s "
          f"({reports['second'].line()}): {result['second_over_first']:.3f} of the first; "
          f"10 changed {changed:.1f} s ({reports['changed'].line()}); {quads} quads")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
