"""Stage profile of `kg build` on the bulk corpus: where the time of a build goes, stage by stage.

    .venv/bin/python benchmarks/profile_build.py [--limit N] [--no-whole] [--out FILE]

Runs the stages of a build one after the other in this process, each over every document, and times each
(wall seconds and CPU seconds of this process): imports, model load, kg's components and the entity ruler's
set-up, reading, spaCy's parse component by component (tokenizer, tok2vec, tagger, parser, ...), mentions,
entities, each rule family, the rest of fact extraction, RDF building, and writing TriG, facts.csv and the
HTML view. Then (unless --no-whole) it times the whole `kg build` command in a subprocess, so that start-up
and exit show as what the whole process costs beyond the stages. Writes benchmarks/results/profile.json.
CPU seconds are the steadier figure on a shared machine; the stages sum to less than a whole build's CPU
time by the process start-up and exit.
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
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

_STARTED_WALL, _STARTED_CPU = time.perf_counter(), time.process_time()

from _scale import BULK, ROOT, bulk_files, write_result  # noqa: E402 - after the clock starts


class Stages:
    """Wall and CPU seconds accumulated per stage name, in first-seen order."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    @contextmanager
    def __call__(self, name: str):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[name] += time.perf_counter() - wall
            self.cpu[name] += time.process_time() - cpu

    def timed_rule(self, name: str, rule):
        """The rule wrapped so that its time (generator consumed) adds to stage `name`."""
        def run(*args):
            with self(name):
                return list(rule(*args))
        return run


def profile(files: list[Path], stages: Stages) -> dict:
    """Run every stage of a build over files, timing each; the counts of what was made."""
    with stages("imports: kg.pipeline"):
        from kg.pipeline import collect
    with stages("imports: spaCy and the extractor"):
        from kg.extract import extractor
        from kg.extract.entities import resolve
        from kg.extract.facts import rules
        from kg.extract.mentions import find_mentions
        from kg.extract.parse import load_pipeline
        from kg.model import Extraction
    with stages("model load"):
        nlp = load_pipeline()
    with stages("kg components and entity ruler set-up"):
        nlp = extractor.pipeline_of(nlp)
    with stages("reading (files, cleaning, language, dates)"):
        documents, _ = collect(files)

    # spaCy component by component, over all documents (what nlp.pipe does, batch by batch)
    with stages("parse: tokenizer"):
        docs = [nlp.make_doc(d.text) for d in documents]
    for name, component in nlp.pipeline:
        with stages(f"parse: {name}"):
            docs = list(component.pipe(docs, batch_size=extractor.BATCH_SIZE)) if hasattr(component, "pipe") \
                else [component(doc) for doc in docs]

    family_of = {}
    for group in ("STATE_RULES", "EVENT_RULES", "FOLLOW_UP_RULES"):
        wrapped = []
        for rule in getattr(rules, group):
            family = f"facts: {rule.__module__.rsplit('.', 1)[-1]}"
            family_of[rule] = family
            wrapped.append(stages.timed_rule(family, rule))
        setattr(rules, group, tuple(wrapped))
    extractions = []
    try:
        for doc, document in zip(docs, documents):
            with stages("mentions"):
                mentions = find_mentions(doc)
            with stages("entities"):
                resolved = resolve(doc, mentions, document.id)
            with stages("facts: all families and their glue"):
                entities, facts = rules.extract_facts(doc, resolved, document)
            extractions.append(Extraction(document=document, entities=entities, facts=tuple(facts)))
    finally:
        import importlib

        importlib.reload(rules)  # the rule tuples as they were
    families = sorted({f for f in family_of.values()})
    stages.wall["facts: glue (reading, dedupe, collective, confidence)"] = (
        stages.wall.pop("facts: all families and their glue") - sum(stages.wall[f] for f in families))
    stages.cpu["facts: glue (reading, dedupe, collective, confidence)"] = (
        stages.cpu.pop("facts: all families and their glue") - sum(stages.cpu[f] for f in families))

    import dataclasses

    extractions = [dataclasses.replace(e, document=dataclasses.replace(e.document, text="")) for e in extractions]
    del docs
    with stages("imports: graph and views"):
        import io

        from kg.graph.rdf import QuadWriter
        from kg.pipeline import FileBuild
        from kg.views.tables import facts_csv
    # what `kg build --out` does (pipeline.FileBuild.save), stage by stage
    with stages("facts as read back, entities and documents (FileBuild, from the extractions)"):
        build = FileBuild(extractions)
    writer, sink = QuadWriter(), io.BytesIO()
    with stages("write: TriG of the default graph (quads and Oxigraph's serialiser)"):
        writer.write_trig(writer.description(build._merged.values(), (x.document for x in build.extractions)), sink)
    for extraction in build.extractions:
        with stages("RDF: each document's quads"):
            quads = writer.document(extraction)
        with stages("write: TriG of each document's graph (Oxigraph's serialiser)"):
            writer.write_trig(quads, sink)
    trig = sink.tell()
    records = build.facts
    with stages("write: facts.csv"):
        csv = facts_csv(records)
    with stages("write: view graph (to_networkx)"):
        view = build._view.to_networkx()
    with stages("write: HTML render"):
        from kg.views.html import render_html

        html = render_html(view, title="profile")
    with stages("write: summary counts"):
        build.summary()
    return {"documents": len(documents), "facts": sum(len(e.facts) for e in extractions),
            "tokens": sum(len(d.text.split()) for d in documents),
            "bytes_written": trig + len(csv) + len(html)}


def whole(files: list[Path]) -> dict:
    """Wall and CPU seconds of the whole `kg build` command over the same files (a subprocess)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = BULK if len(files) == len(bulk_files()) else Path(tmp) / "in"
        if folder != BULK:
            folder.mkdir()
            for file in files:
                shutil.copy(file, folder / file.name)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(Path(tmp) / "out")],
                       check=True, capture_output=True, cwd=tmp, env={**os.environ, "PYTHONPATH": str(ROOT)})
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-whole", action="store_true", help="skip timing the whole kg build command")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    files = bulk_files(args.limit)
    stages = Stages()
    stages.wall["python start-up and benchmark imports"] = time.perf_counter() - _STARTED_WALL
    stages.cpu["python start-up and benchmark imports"] = time.process_time() - _STARTED_CPU
    counts = profile(files, stages)
    total_cpu = sum(stages.cpu.values())
    rows = [{"stage": name, "wall_s": round(stages.wall[name], 3), "cpu_s": round(stages.cpu[name], 3),
             "cpu_share": round(stages.cpu[name] / total_cpu, 4)} for name in stages.wall]
    result = {"articles": len(files), **counts, "stages": rows,
              "stages_total_wall_s": round(sum(stages.wall.values()), 2), "stages_total_cpu_s": round(total_cpu, 2)}
    width = max(len(r["stage"]) for r in rows)
    for row in rows:
        print(f"{row['stage']:<{width}}  {row['wall_s']:7.2f} s wall  {row['cpu_s']:7.2f} s CPU  "
              f"{100 * row['cpu_share']:5.1f} %")
    print(f"{'stages in all':<{width}}  {result['stages_total_wall_s']:7.2f} s wall  {total_cpu:7.2f} s CPU")
    if not args.no_whole:
        result["whole_kg_build"] = whole(files)
        print(f"whole `kg build` command: {result['whole_kg_build']['wall_s']} s wall, "
              f"{result['whole_kg_build']['cpu_s']} s CPU")
    path = write_result("profile", result, args.out and Path(args.out))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
