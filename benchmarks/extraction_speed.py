"""kg's own extraction (mentions, entities, facts) timed over documents parsed once, without spaCy's parse.

Parsing dominates a build and varies by ±20 % between runs on a shared 2-core machine, which hides changes to
kg's own stages; here the bulk articles are parsed once and only kg's stages are timed, `--repeat` times.
It runs on whichever kg is imported, so two checkouts can be compared (the layout before the stage folders,
commit f6d4a06 and earlier, is supported for that comparison):

    .venv/bin/python benchmarks/extraction_speed.py [--limit 120] [--repeat 5] [--out FILE]
    cd /tmp && PYTHONPATH=/path/to/other/checkout /work/main/.venv/bin/python /work/main/benchmarks/extraction_speed.py
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

# Not benchmarks/_scale.py: it puts this repository first on sys.path, and another checkout is to be measured.
RESULTS = Path(__file__).resolve().parent / "results"
BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"


def _write_atomic(path: Path, data: dict) -> None:
    """Write JSON to path through a temporary file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.write("\n")
    os.replace(tmp, path)


def _stages():
    """(load_pipeline + kg's components, find_mentions, resolve, extract (doc, resolved, document) → facts)."""
    try:
        from kg.extract.entities import resolve
        from kg.extract.facts.rules import extract_facts
        from kg.extract.mentions import add_entity_ruler, find_mentions
        from kg.extract.parse import add_lemma_repair, add_paragraph_breaks, load_pipeline

        def facts(doc, resolved, document):
            return extract_facts(doc, resolved, document)[1]
    except ImportError:  # the flat layout before the stage folders
        from kg.collective_references import fold_collective_references
        from kg.entities import resolve
        from kg.facts import extract_facts
        from kg.mentions import add_entity_ruler, find_mentions
        from kg.nlp import add_lemma_repair, add_paragraph_breaks, load_pipeline

        def facts(doc, resolved, document):
            return fold_collective_references(doc, resolved, extract_facts(doc, resolved, document))[1]
    nlp = add_entity_ruler(add_lemma_repair(add_paragraph_breaks(load_pipeline())))
    return nlp, find_mentions, resolve, facts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120, help="the first N bulk articles")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)

    import kg
    from kg.model import Document

    nlp, find_mentions, resolve, facts = _stages()
    files = sorted(BULK.glob("*.txt"))[:args.limit]
    if not files:
        raise SystemExit(f"no bulk corpus at {BULK}")
    documents = [Document(f"d{i}", Path(f).read_text(encoding="utf-8", errors="replace")) for i, f in enumerate(files)]
    parsed = list(nlp.pipe([d.text for d in documents], batch_size=16))
    seconds, cpu, found = [], [], 0
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        found = sum(len(facts(doc, resolve(doc, find_mentions(doc), d.id), d)) for doc, d in zip(parsed, documents))
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)  # the steadier figure on a shared machine
    result = {"kg": str(Path(kg.__file__).parent), "documents": len(documents), "facts": found,
              "seconds": [round(s, 3) for s in seconds], "median_s": round(statistics.median(seconds), 3),
              "ms_per_document": round(1000 * statistics.median(seconds) / len(documents), 2),
              "cpu_seconds": [round(s, 3) for s in cpu], "median_cpu_s": round(statistics.median(cpu), 3),
              "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                          "python": platform.python_version()}}
    path = Path(args.out) if args.out else RESULTS / "extraction_speed.json"
    _write_atomic(path, result)
    print(f"{result['kg']}: mentions + entities + facts of {len(documents)} parsed documents: median "
          f"{result['median_s']} s, {result['median_cpu_s']} s CPU ({result['ms_per_document']} ms/document, {found} facts) "
          f"over {args.repeat} runs")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
