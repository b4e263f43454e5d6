"""Speed: the whole `kg build` command on the bulk corpus (200 articles) against a whole process that only runs
spaCy's `nlp.pipe` over the same texts, and `kg build --jobs 2` against `--jobs 1`.

    .venv/bin/python benchmarks/speed.py [--rounds 3] [--limit N] [--no-jobs] [--no-pipe] [--baseline CHECKOUT]
                                         [--out FILE]

Each round runs, one after the other (alternated, so machine load hits all alike), three processes (two with
--no-jobs): plain
`nlp.pipe` of the documents' texts with spaCy's own components and kg's added ones (paragraph breaks, lemma
repair, entity ruler; spaCy's attribute ruler and lemmatizer, not kg's equivalents `TableAttributeRuler` and `MemoLemmatizer`; batch 16; start-up,
imports and model load included), `kg build CORPUS --out DIR`, and the same with `--jobs 2`. Wall seconds
of each whole process; CPU seconds of the build's own process and of its workers (the fork server of
--jobs, and so its workers, is stopped at the end so that their CPU is counted; the wall time leaves out
that stop, which `kg build` does not wait for); when the first and the
last extraction reached the build's process, and the tail after the last (the outputs written, serially); with --jobs, when the
first task started in a worker and how far apart the two workers' last tasks ended (`_chunk_trace`). Figures: median over
rounds of build/pipe (what kg costs on top of parsing, as a user times it), of jobs1/jobs2 (the speed-up of
two processes) and the parent's share of the CPU with --jobs 2 (reading, RDF, writing: the part that does
not parallelise). Each round records the 1-minute load average when it started. --baseline runs another
checkout's `kg build` (and its `--jobs 2`) in each round as well, so that before and after are compared in the
same run; the two checkouts' builds take turns going first from one round to the next (ABAB, then BABA), so that
a load that rises or falls during a round does not favour either. --no-pipe leaves out the `nlp.pipe` process
(for before/after runs of the builds alone). kg's modules are byte-compiled first in each checkout, as an
installed package's are (`byte_compile`).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _scale import ROOT, bulk_files, median, write_result

PIPE = """
import json, sys
sys.path.insert(0, {root!r})
from kg.extract.extractor import pipeline_of
from kg.extract.parse import load_pipeline
try:
    nlp = pipeline_of(load_pipeline(), equivalents=False)  # spaCy's own attribute ruler and lemmatizer
except TypeError:  # a checkout from before kg's equivalents
    nlp = pipeline_of(load_pipeline())
texts = json.load(open({texts!r}, encoding="utf-8"))
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""

BUILD = """
import os, resource, sys, time
started, clock = time.perf_counter(), time.time()
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
os.environ["KG_CHUNK_TRACE"] = {trace!r}
import kg.extract.parallel  # (no spaCy: it imports the extractor only when it runs)
import _chunk_trace
kg.extract.parallel.extract_chunk = _chunk_trace.traced_chunk  # each task's worker, start and end (--jobs)
extract, arrived = kg.extract.parallel.extract_documents, []
def timed(*args, **kwargs):
    for extraction in extract(*args, **kwargs):
        arrived.append(time.perf_counter() - started)
        yield extraction
kg.extract.parallel.extract_documents = timed  # when each extraction reached this process (the public entry
# point of extraction, looked up by the pipeline when a build has documents)
from kg.cli import main
code = main({argv!r})
ended = time.perf_counter() - started
from multiprocessing import forkserver
server = getattr(forkserver, "_forkserver", None)
if getattr(server, "_forkserver_pid", None):  # --jobs's fork server (and so its workers) into RUSAGE_CHILDREN
    server._stop()
stopping = time.perf_counter() - started - ended  # kg itself never waits for its fork server to end
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print("CPU", own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime, arrived[0], arrived[-1], ended, stopping,
      *_chunk_trace.worker_ends({trace!r}, clock))
sys.exit(code)
"""


def run(code: str, cwd: str, root: Path = ROOT) -> tuple[float, float, str]:
    """Wall seconds of a whole python process running code, its CPU seconds (with its workers'), and what it
    printed. CPU seconds are the steadier figure on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(root)})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, done.stdout


def build(folder: Path, out: Path, jobs: int, cwd: str, root: Path = ROOT) -> dict:
    """One whole `kg build` process of the kg checkout at root: wall seconds, its own CPU seconds and its
    workers'."""
    argv = ["build", str(folder), "--out", str(out), "--jobs", str(jobs)]
    trace = out.with_name(out.name + "-chunks.txt")
    trace.unlink(missing_ok=True)
    wall, cpu, printed = run(BUILD.format(root=str(root), argv=argv, bench=str(Path(__file__).resolve().parent),
                                          trace=str(trace)), cwd, root)
    own, workers, first, last, ended, stopping, task, gap = (float(x) for x in printed.split("CPU", 1)[1].split())
    figures = {"wall_s": round(wall - stopping, 2), "cpu_s": round(cpu, 2), "own_cpu_s": round(own, 2),
               "workers_cpu_s": round(workers, 2), "first_extraction_s": round(first, 2),
               "last_extraction_s": round(last, 2), "tail_s": round(ended - last, 2)}
    if task >= 0:  # --jobs: when the first task started, how far apart the workers' last tasks ended
        figures.update(first_task_s=round(task, 2), workers_end_gap_s=round(gap, 3))
    return figures


def summarise(rounds: list[dict], files: list[Path], documents: list) -> dict:
    """The figures of the rounds run so far (medians over rounds)."""
    result = {
        "articles": len(files), "documents": len(documents), "rounds": rounds, "whole_processes": True,
        "docs_per_s_jobs1": round(len(documents) / median([r["jobs1"]["wall_s"] for r in rounds]), 2),
        "load_average_1min": [r["load_1min"] for r in rounds],
    }
    if all("pipe_s" in r for r in rounds):
        result.update({
            "build_over_pipe_median": round(median([r["jobs1"]["wall_s"] / r["pipe_s"] for r in rounds]), 2),
            "build_over_pipe_cpu_median": round(median([r["jobs1"]["cpu_s"] / r["pipe_cpu_s"] for r in rounds]), 2),
        })
    if all("baseline" in r for r in rounds):
        result.update({
            "build_over_baseline_cpu_median": round(median([r["jobs1"]["cpu_s"] / r["baseline"]["cpu_s"]
                                                            for r in rounds]), 3),
            "build_over_baseline_wall_median": round(median([r["jobs1"]["wall_s"] / r["baseline"]["wall_s"]
                                                             for r in rounds]), 3),
        })
        if all("pipe_s" in r for r in rounds):
            result["baseline_over_pipe_cpu_median"] = round(
                median([r["baseline"]["cpu_s"] / r["pipe_cpu_s"] for r in rounds]), 2)
    if all("baseline_jobs2" in r for r in rounds):
        result.update({
            "baseline_jobs2_speedup_median": round(median([r["baseline"]["wall_s"] / r["baseline_jobs2"]["wall_s"]
                                                           for r in rounds]), 2),
            "jobs2_over_baseline_jobs2_wall_median": round(median([r["jobs2"]["wall_s"] / r["baseline_jobs2"]["wall_s"]
                                                                   for r in rounds]), 3),
            "baseline_jobs2_tail_s_median": round(median([r["baseline_jobs2"]["tail_s"] for r in rounds]), 2),
        })
    if all("jobs2" in r for r in rounds):
        result.update({
            "jobs2_over_jobs1_cpu_median": round(median([r["jobs2"]["cpu_s"] / r["jobs1"]["cpu_s"] for r in rounds]),
                                                 2),
            "jobs2_speedup_median": round(median([r["jobs1"]["wall_s"] / r["jobs2"]["wall_s"] for r in rounds]), 2),
            "jobs2_parent_cpu_share_median": round(median([r["jobs2_parent_cpu_share"] for r in rounds]), 3),
            "jobs2_tail_s_median": round(median([r["jobs2"]["tail_s"] for r in rounds]), 2),
            "jobs2_workers_end_gap_s_median": round(median([r["jobs2"].get("workers_end_gap_s", -1) for r in rounds]), 3),
            "docs_per_s_jobs2": round(len(documents) / median([r["jobs2"]["wall_s"] for r in rounds]), 2),
        })
    return result


def byte_compile(checkout: Path) -> None:
    """Write the bytecode of a checkout's kg modules, as `pip install` does for an installed package: where the
    environment sets PYTHONDONTWRITEBYTECODE (this development machine does), an editable checkout would otherwise
    compile every module anew in every process (about 0.14 s of each start, the fork server's included)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "kg")], check=True,
                   capture_output=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-jobs", action="store_true",
                        help="skip the --jobs 2 build (its speed-up means nothing on a machine shared with others)")
    parser.add_argument("--no-pipe", action="store_true", help="skip the plain nlp.pipe process")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another kg checkout whose `kg build` runs in each round too (before/after in one run)")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)

    from kg.pipeline import collect

    for checkout in (ROOT, args.baseline):
        if checkout is not None:
            byte_compile(checkout)
    files = bulk_files(args.limit)
    documents, _ = collect(files)
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for file in files:
            shutil.copy(file, folder / file.name)
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps([d.text for d in documents]), encoding="utf-8")
        for i in range(args.rounds):
            load = os.getloadavg()[0]
            done: dict = {"load_1min": round(load, 2)}
            line = f"round {i + 1} (load {load:.1f}):"
            if not args.no_pipe:
                pipe_s, pipe_cpu, _ = run(PIPE.format(root=str(ROOT), texts=str(texts)), tmp)
                done.update(pipe_s=round(pipe_s, 2), pipe_cpu_s=round(pipe_cpu, 2))
                line += f" nlp.pipe {pipe_s:.1f} s ({pipe_cpu:.1f} s CPU),"
            # this checkout's and the baseline's builds take turns going first (ABAB, then BABA)
            runs = [("jobs1", 1, ROOT), ("baseline", 1, args.baseline)]
            if not args.no_jobs:
                runs += [("jobs2", 2, ROOT), ("baseline_jobs2", 2, args.baseline)]
            if i % 2:
                runs = [runs[k ^ 1] for k in range(len(runs))]
            for name, jobs, root in runs:
                if root is not None:
                    done[name] = build(folder, Path(tmp) / f"out-{name}", jobs, tmp, root.resolve())
            one = done["jobs1"]
            line += f" kg build {one['wall_s']:.1f} s ({one['cpu_s']:.1f} s CPU"
            if "pipe_s" in done:
                done["build_over_pipe_cpu"] = round(one["cpu_s"] / done["pipe_cpu_s"], 3)
                line += f", {done['build_over_pipe_cpu']:.2f}x"
            line += ")"
            if "baseline" in done:
                base = done["baseline"]
                done["build_over_baseline_cpu"] = round(one["cpu_s"] / base["cpu_s"], 3)
                line += f", baseline kg build {base['wall_s']:.1f} s ({base['cpu_s']:.1f} s CPU)"
            for name, label in (("jobs2", "--jobs 2"), ("baseline_jobs2", "baseline --jobs 2")):
                if name in done:
                    two = done[name]
                    done[f"{name}_parent_cpu_share"] = round(two["own_cpu_s"] / (two["own_cpu_s"]
                                                                                 + two["workers_cpu_s"]), 3)
                    line += (f", {label} {two['wall_s']:.1f} s (parent {two['own_cpu_s']:.1f} s CPU, workers "
                             f"{two['workers_cpu_s']:.1f} s CPU; first task at {two.get('first_task_s', -1):.2f} s, "
                             f"extractions from {two['first_extraction_s']:.1f} to {two['last_extraction_s']:.1f} s, "
                             f"workers' ends {two.get('workers_end_gap_s', -1):.2f} s apart, then "
                             f"{two['tail_s']:.1f} s to the end)")
            rounds.append(done)
            print(line, flush=True)
            write_result("speed", summarise(rounds, files, documents), args.out and Path(args.out))  # so far
    result = summarise(rounds, files, documents)
    path = write_result("speed", result, args.out and Path(args.out))
    if "build_over_pipe_median" in result:
        print(f"kg build / nlp.pipe, whole processes: {result['build_over_pipe_median']}x wall, "
              f"{result['build_over_pipe_cpu_median']}x CPU (median of {args.rounds})")
    print(f"{result['docs_per_s_jobs1']} docs/s with 1 process")
    if "build_over_baseline_cpu_median" in result:
        print(f"baseline {args.baseline}: this checkout / baseline: {result['build_over_baseline_cpu_median']}x CPU, "
              f"{result['build_over_baseline_wall_median']}x wall")
    if "baseline_jobs2_speedup_median" in result:
        print(f"baseline --jobs 2 speed-up: {result['baseline_jobs2_speedup_median']}x; this checkout's --jobs 2 / "
              f"the baseline's: {result['jobs2_over_baseline_jobs2_wall_median']}x wall")
    if "jobs2_speedup_median" in result:
        print(f"--jobs 2 speed-up: {result['jobs2_speedup_median']}x, parent's CPU share "
              f"{result['jobs2_parent_cpu_share_median']}; {result['docs_per_s_jobs2']} docs/s with 2")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
