"""Memory: peak RSS of building 2,000 articles against 200 (the bulk corpus, repeated under other names).

    .venv/bin/python benchmarks/memory.py [--small 200] [--large 2000] [--store] [--out FILE]

Each size is built in a fresh subprocess running the `kg build DIR --out OUT` command (with --store,
`kg build DIR --store STORE` instead), which reports its peak resident set size (getrusage). The copies
get a line of their own so that they are not dropped as duplicates of the first 200. Figures: peak RSS
(MB) of each, the peak reached before the output files are made (the extraction: spaCy's parse and what is
held meanwhile), their ratio, and the time of each build.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _scale import ROOT, bulk_files, write_result

CHILD = """
import sys, resource
sys.path.insert(0, {root!r})
import kg.pipeline
from kg.cli import main
parsed = []  # the peak when the last document is extracted, before the files are made (kg build --out)
if hasattr(kg.pipeline, "FileBuild"):
    made = kg.pipeline.FileBuild.__init__
    def before_writing(self, *args, **kwargs):
        parsed.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        made(self, *args, **kwargs)
    kg.pipeline.FileBuild.__init__ = before_writing
target = ["--store", {out!r} + "/store"] if {store!r} else ["--out", {out!r} + "/files"]
code = main(["build", {corpus!r}, *target])
print(parsed[0] if parsed else 0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def corpus(folder: Path, size: int) -> Path:
    """size articles: the bulk files, then copies under other names with a distinguishing line."""
    files = bulk_files()
    folder.mkdir(parents=True)
    for i in range(size):
        source = files[i % len(files)]
        copy = i // len(files)
        text = source.read_text(encoding="utf-8")
        if copy:
            text += f"\n\nArchive copy {copy}.\n"
        (folder / f"{copy:02d}-{source.name}").write_text(text, encoding="utf-8")
    return folder


def peak(size: int, tmp: Path, store: bool) -> tuple[float, float, float]:
    """(peak RSS in MB, the peak until the files are made (0 with --store), seconds) of a build of size articles
    in a subprocess."""
    folder = corpus(tmp / f"in-{size}", size)
    code = CHILD.format(root=str(ROOT), store=store, corpus=str(folder), out=str(tmp / f"out-{size}"))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    parsed, whole = done.stdout.split()[-2:]
    return int(whole) / 1024, int(parsed) / 1024, seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--store", action="store_true", help="build into a store rather than files")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        small_mb, small_parsed, small_s = peak(args.small, Path(tmp), args.store)
        print(f"{args.small} articles: peak RSS {small_mb:.0f} MB ({small_parsed:.0f} MB before writing) "
              f"in {small_s:.0f} s", flush=True)
        large_mb, large_parsed, large_s = peak(args.large, Path(tmp), args.store)
        print(f"{args.large} articles: peak RSS {large_mb:.0f} MB ({large_parsed:.0f} MB before writing) "
              f"in {large_s:.0f} s", flush=True)
    name = "memory-store" if args.store else "memory"
    result = {"mode": "store" if args.store else "files", "small": args.small, "large": args.large,
              "small_peak_rss_mb": round(small_mb, 1), "large_peak_rss_mb": round(large_mb, 1),
              "large_over_small": round(large_mb / small_mb, 2),
              "small_peak_before_writing_mb": round(small_parsed, 1),
              "large_peak_before_writing_mb": round(large_parsed, 1),
              "small_s": round(small_s, 1),
              "large_s": round(large_s, 1)}
    path = write_result(name, result, args.out and Path(args.out))
    print(f"peak RSS {args.large}/{args.small} articles: {result['large_over_small']}x; wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
