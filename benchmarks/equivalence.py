"""Behaviour equivalence of two kg checkouts: snapshot what `kg build` writes, then compare snapshots.

A refactor (modules moved into sub-packages) must not change a single fact or triple. `snapshot` runs
`python -m kg build` in subprocesses (kg internals are never imported here, their paths are what
changes; PYTHONPATH=--kg-path selects the checkout, cwd is a temp dir so the venv's editable install
cannot win) on the quality sets: the repo's seeds/ in one run; each of the 24 gold BBC articles alone
with --date 2005-01-01; the 322 PLOVER sentences exported as in benchmarks/quality.py, in one run; with
--sets bulk (or plover,seeds,bbc,bulk) the 200 articles of shared/corpus/bulk in one run.
Per build it keeps <set>/<name>.facts.csv (raw rows sorted, header first), <set>/<name>.nq (graph.trig
as N-Quads, lines sorted) and <set>/<name>.html.sha256 (the hash of graph.html, paths normalised); `compare` diffs two snapshots file by file and exits 1 on any difference.

    .venv/bin/python benchmarks/equivalence.py snapshot /tmp/equiv-before --kg-path /tmp/kg-before
    .venv/bin/python benchmarks/equivalence.py snapshot /tmp/equiv-after        # this checkout
    .venv/bin/python benchmarks/equivalence.py compare /tmp/equiv-before /tmp/equiv-after [--write]

Normalised, because run- or place-dependent: the per-build temp dir (PLOVER records, dcterms:source)
-> <TMP>, and the shared dir, this repo and the kg checkout -> <SHARED>, <REPO>, <KG> wherever they
appear as text; row and line order (graph.trig's statement order differs between two runs of one
checkout). Literals keep their lexical form (rdflib.NORMALIZE_LITERALS off). kg writes no blank nodes,
timestamps or versions into graph.trig or facts.csv (two snapshots of one checkout are identical); a
blank node would stop the snapshot rather than be relabelled. graph.html is compared byte for byte (by its hash);
not compared: manifest.json (kg file used, timings). Seeds are read from this repo's seeds/ whichever --kg-path, so inputs match.
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib import BNode

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_RESULT = ROOT / "benchmarks" / "results" / "equivalence.json"
BBC_DATE = "2005-01-01"


@dataclass
class Build:
    set: str
    name: str
    inputs: list[Path] = field(default_factory=list)
    date: str | None = None
    plover_gsr: Path | None = None  # export the PLOVER records into the build's temp dir first


# --- what to build ----------------------------------------------------------------------------------

def plover_export(gsr: Path, out: Path) -> int:
    """Copy of shared/eval/plover.py export(): one <id>.txt per record that is not a DOCUMENT."""
    out.mkdir(parents=True, exist_ok=True)
    records = [r for r in json.loads(gsr.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    for r in records:
        (out / f"{r['id']}.txt").write_text(r["text"] + "\n", encoding="utf-8")
    return len(records)


SETS = ("plover", "seeds", "bbc", "bulk")
DEFAULT_SETS = "plover,seeds,bbc"


def builds(shared: Path, seeds: Path, sets: str = DEFAULT_SETS) -> list[Build]:
    """The builds of the sets named (comma-separated): the 200 bulk articles in one run, PLOVER and seeds,
    then each gold BBC article alone."""
    wanted = {name.strip() for name in sets.split(",") if name.strip()}
    if not wanted or wanted - set(SETS):
        raise SystemExit(f"--sets: choose among {', '.join(SETS)}")
    gsr = shared / "benchmarks" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.txt"
    todo = [Build("bulk", "bulk", [shared / "corpus" / "bulk"])] if "bulk" in wanted else []
    todo += [Build("plover", "plover", plover_gsr=gsr)] if "plover" in wanted else []
    todo += [Build("seeds", "seeds", [seeds])] if "seeds" in wanted else []
    if "bbc" not in wanted:
        return todo
    golds = sorted((shared / "eval" / "gold").glob("bbc-*.json"))
    if not golds:
        raise SystemExit(f"no eval/gold/bbc-*.json under {shared}")
    for path in golds:
        doc = json.loads(path.read_text(encoding="utf-8"))["doc"]
        todo.append(Build("bbc", path.stem, [shared / doc], date=BBC_DATE))
    return todo


# --- running kg -------------------------------------------------------------------------------------

def kg_env(kg_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(kg_path)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def probe(kg_path: Path, env: dict[str, str]) -> dict:
    """Which kg the subprocesses import (must lie inside kg_path) and whether `kg build` has --jobs."""
    with tempfile.TemporaryDirectory(prefix="kg-equiv-probe-") as tmp:
        kg_file = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], cwd=tmp, env=env,
                                 capture_output=True, text=True, check=True).stdout.strip()
        helptext = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], cwd=tmp, env=env,
                                  capture_output=True, text=True, check=True).stdout
    if not Path(kg_file).resolve().is_relative_to(kg_path.resolve()):
        raise SystemExit(f"kg imported from {kg_file}, not from {kg_path}")
    return {"kg_file": kg_file, "jobs_option": "--jobs" in helptext}


def substitutions(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Path -> placeholder pairs, first one of a path kept, longest path first (stable, deterministic)."""
    seen: dict[str, str] = {}
    for old, new in pairs:
        seen.setdefault(old, new)
    return sorted(seen.items(), key=lambda pair: -len(pair[0]))


def read_raw(path: Path) -> str:
    """The text with its line ends as written (facts.csv ends rows with \\r\\n)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def normalise(text: str, subs: list[tuple[str, str]]) -> str:
    for old, new in subs:
        text = text.replace(old, new)
    return text


def sorted_csv(text: str) -> str:
    """facts.csv with its records sorted, header first; each record kept byte for byte (a record may
    span lines inside a quoted cell: it ends where its count of '"' is even)."""
    records, current = [], ""
    for line in text.split("\n"):
        current = line if not current else current + "\n" + line
        if current.count('"') % 2 == 0:
            records.append(current)
            current = ""
    if current:
        records.append(current)
    if records and records[-1] == "":
        records.pop()  # the split after the final line end
    if not records:
        return ""
    return "\n".join([records[0]] + sorted(records[1:])) + "\n"


def sorted_nquads(trig: Path, subs: list[tuple[str, str]]) -> str:
    rdflib.NORMALIZE_LITERALS = False  # compare lexical forms as written ("0.70" stays "0.70")
    ds = rdflib.Dataset()
    ds.parse(trig, format="trig")
    if any(isinstance(term, BNode) for quad in ds.quads((None, None, None, None)) for term in quad[:3]):
        raise RuntimeError(f"{trig} has blank nodes: canonicalise them before comparing")
    lines = []
    for line in ds.serialize(format="nquads").splitlines():
        if line.strip():
            lines.append(line.rstrip(" .") + " .")  # default-graph rows end "  ." in rdflib
    return normalise("\n".join(sorted(lines)) + "\n", subs)


def run_build(build: Build, outdir: Path, env: dict[str, str], base_subs: list[tuple[str, str]],
              jobs_option: bool, model: str | None) -> dict:
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"kg-equiv-{build.name}-") as tmp_name:
        tmp = Path(tmp_name)
        inputs = list(build.inputs)
        if build.plover_gsr is not None:
            plover_export(build.plover_gsr, tmp / "records")
            inputs = [tmp / "records"]
        out = tmp / "out"
        cmd = [sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out)]
        if jobs_option:
            cmd += ["--jobs", "1"]
        if build.date:
            cmd += ["--date", build.date]
        if model:
            cmd += ["--model", model]
        proc = subprocess.run(cmd, check=False, cwd=tmp, env=env, capture_output=True, text=True)
        subs = substitutions([(str(tmp.resolve()), "<TMP>"), (tmp_name, "<TMP>"), *base_subs])
        target = outdir / build.set
        target.mkdir(parents=True, exist_ok=True)
        if proc.returncode != 0:
            (target / f"{build.name}.error.txt").write_text(
                normalise(f"exit {proc.returncode}\n{proc.stderr[-4000:]}", subs), encoding="utf-8")
            ok = False
        else:
            csv_text = read_raw(out / "facts.csv")
            (target / f"{build.name}.facts.csv").write_text(normalise(sorted_csv(csv_text), subs),
                                                            encoding="utf-8", newline="")
            (target / f"{build.name}.nq").write_text(sorted_nquads(out / "graph.trig", subs),
                                                     encoding="utf-8", newline="")
            html = normalise(read_raw(out / "graph.html"), subs).encode("utf-8")
            (target / f"{build.name}.html.sha256").write_text(hashlib.sha256(html).hexdigest() + "\n",
                                                              encoding="utf-8")
            ok = True
    seconds = round(time.perf_counter() - start, 1)
    print(f"[equivalence] {build.set}/{build.name}: {'ok' if ok else 'FAILED'} in {seconds} s",
          file=sys.stderr, flush=True)
    return {"set": build.set, "name": build.name, "ok": ok, "seconds": seconds, "cmd": normalise(" ".join(cmd), subs)}


def snapshot(args) -> int:
    outdir: Path = args.outdir
    if outdir.exists() and any(outdir.iterdir()):
        raise SystemExit(f"{outdir} is not empty")
    kg_path = (args.kg_path or ROOT).resolve()
    shared, seeds = args.shared.resolve(), (args.seeds or ROOT / "seeds").resolve()
    env = kg_env(kg_path)
    info = probe(kg_path, env)
    print(f"[equivalence] kg from {info['kg_file']}; --jobs 1: {info['jobs_option']}", file=sys.stderr)
    base_subs = [(str(shared), "<SHARED>"), (str(ROOT), "<REPO>"), (str(kg_path), "<KG>")]
    todo = builds(shared, seeds, args.sets)
    outdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, args.parallel)) as pool:
        runs = list(pool.map(lambda b: run_build(b, outdir, env, base_subs, info["jobs_option"], args.model), todo))
    total = round(time.perf_counter() - start, 1)
    manifest = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "kg_path": str(kg_path), **info, "python": sys.executable, "rdflib": rdflib.__version__,
                "platform": platform.platform(), "model": args.model or os.environ.get("KG_MODEL"),
                "parallel": args.parallel, "seconds": total, "builds": runs}
    (outdir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    failed = [f"{r['set']}/{r['name']}" for r in runs if not r["ok"]]
    print(f"[equivalence] {len(runs)} builds in {total} s into {outdir}"
          + (f"; FAILED: {', '.join(failed)}" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


# --- comparing --------------------------------------------------------------------------------------

def snapshot_files(root: Path) -> dict[str, set[str]]:
    sets: dict[str, set[str]] = {}
    for path in root.glob("*/*"):
        if path.is_file():
            sets.setdefault(path.parent.name, set()).add(path.name)
    return sets


def kg_file(root: Path) -> str | None:
    try:
        return json.loads((root / "manifest.json").read_text(encoding="utf-8")).get("kg_file")
    except (OSError, ValueError):
        return None


def compare(args) -> int:
    a, b = args.a, args.b
    for d in (a, b):
        if not (d / "manifest.json").exists():
            raise SystemExit(f"{d} is not a snapshot (no manifest.json)")
    files_a, files_b = snapshot_files(a), snapshot_files(b)
    print(f"A: {a} (kg {kg_file(a)})\nB: {b} (kg {kg_file(b)})")
    summary, same_overall = {}, True
    for name in sorted(set(files_a) | set(files_b)):
        fa, fb = files_a.get(name, set()), files_b.get(name, set())
        identical, differing = [], []
        for fname in sorted(fa & fb):
            ta, tb = read_raw(a / name / fname), read_raw(b / name / fname)
            if ta == tb:
                identical.append(fname)
                continue
            la, lb = ta.splitlines(), tb.splitlines()
            diff = list(difflib.unified_diff(la, lb, f"A/{name}/{fname}", f"B/{name}/{fname}", lineterm="", n=1))
            removed = sum(1 for x in diff if x.startswith("-") and not x.startswith("---"))
            added = sum(1 for x in diff if x.startswith("+") and not x.startswith("+++"))
            differing.append({"file": fname, "lines_only_in_a": removed, "lines_only_in_b": added,
                              "diff": diff})
        only_a, only_b = sorted(fa - fb), sorted(fb - fa)
        total = len(fa | fb)
        ok = not differing and not only_a and not only_b
        same_overall &= ok
        print(f"\n{name}: {len(identical)}/{total} files identical" + ("" if ok else "  <-- DIFFERS"))
        for fname in only_a:
            print(f"  only in A: {fname}")
        for fname in only_b:
            print(f"  only in B: {fname}")
        for i, d in enumerate(differing):
            print(f"  {d['file']}: {d['lines_only_in_a']} lines only in A, {d['lines_only_in_b']} only in B")
            if i < args.max_files:
                shown = d["diff"][: args.max_lines]
                print("\n".join("    " + x[:300] for x in shown))
                if len(d["diff"]) > len(shown):
                    print(f"    … {len(d['diff']) - len(shown)} more diff lines")
        if len(differing) > args.max_files:
            print(f"  (diffs shown for the first {args.max_files} differing files only)")
        summary[name] = {"files": total, "identical": len(identical),
                         "differing": {d["file"]: {"lines_only_in_a": d["lines_only_in_a"],
                                                   "lines_only_in_b": d["lines_only_in_b"]} for d in differing},
                         "only_in_a": only_a, "only_in_b": only_b}
    print("\nEQUIVALENT" if same_overall else "\nDIFFERENT")
    if args.write:
        result = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                  "a": str(a), "b": str(b), "a_kg": kg_file(a), "b_kg": kg_file(b),
                  "equivalent": same_overall, "sets": summary}
        path = Path(args.write)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as tmp:
            tmp.write(json.dumps(result, indent=2) + "\n")
        os.replace(tmp.name, path)
        print(f"wrote {path}", file=sys.stderr)
    return 0 if same_overall else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("snapshot", help="build the sets with one kg checkout, keep normalised outputs")
    s.add_argument("outdir", type=Path)
    s.add_argument("--kg-path", type=Path, default=None,
                   help=f"checkout whose kg is run (PYTHONPATH); default: this repo ({ROOT})")
    s.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: %(default)s)")
    s.add_argument("--seeds", type=Path, default=None, help="seed folder (default: <this repo>/seeds)")
    s.add_argument("--model", default=None, help="passed to kg build --model (default: kg's own choice)")
    s.add_argument("--parallel", type=int, default=2, help="kg builds at a time (default: %(default)s)")
    s.add_argument("--sets", default=DEFAULT_SETS,
                   help=f"comma-separated, among {', '.join(SETS)} (default: %(default)s; bulk: the 200 articles "
                        "of shared/corpus/bulk in one run)")
    c = sub.add_parser("compare", help="diff two snapshots; exit 1 if anything differs")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--write", nargs="?", const=str(DEFAULT_RESULT), default=None, metavar="JSON",
                   help=f"also write a summary, atomically (default path: {DEFAULT_RESULT})")
    c.add_argument("--max-lines", type=int, default=20, help="diff lines shown per file (default: %(default)s)")
    c.add_argument("--max-files", type=int, default=3, help="files with a diff shown per set (default: %(default)s)")
    args = ap.parse_args(argv)
    return snapshot(args) if args.command == "snapshot" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
