"""Speed: `kg build` of the bulk corpus (200 articles) against plain spaCy `nlp.pipe` over the same texts,
and `--jobs 2` against `--jobs 1`.

    .venv/bin/python benchmarks/speed.py [--rounds 3] [--limit N] [--out FILE]

Each round times, one after the other (alternated, so machine load hits both alike): the library build
(kg.pipeline.build: reading, spaCy parsing with kg's components, mentions, entities, facts, RDF) with one
process, plain `nlp.pipe` of the same texts with the same pipeline (kg's components added, batch 16),
and the build with 2 processes. Figures: median over rounds of build/pipe (the overhead of kg's own
extraction over parsing alone) and of jobs1/jobs2 (the speed-up of two processes).
"""
from __future__ import annotations

import argparse

from _scale import bulk_files, median, timed, write_result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)

    from kg.pipeline import build, collect
    from kg.extract.mentions import add_entity_ruler
    from kg.extract.parse import add_lemma_repair, add_paragraph_breaks, load_pipeline

    files = bulk_files(args.limit)
    documents, _ = collect(files)
    texts = [d.text for d in documents]
    nlp = add_entity_ruler(add_lemma_repair(add_paragraph_breaks(load_pipeline())))  # as extract_all uses it
    list(nlp.pipe(texts[:4]))  # warm up
    rounds = []
    for i in range(args.rounds):
        pipe_s = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
        build1_s = timed(lambda: build(files))
        build2_s = timed(lambda: build(files, jobs=2))
        rounds.append({"pipe_s": round(pipe_s, 2), "build_jobs1_s": round(build1_s, 2),
                       "build_jobs2_s": round(build2_s, 2)})
        print(f"round {i + 1}: nlp.pipe {pipe_s:.1f} s, build --jobs 1 {build1_s:.1f} s, "
              f"build --jobs 2 {build2_s:.1f} s", flush=True)
    result = {
        "articles": len(files), "documents": len(documents), "rounds": rounds,
        "build_over_pipe_median": round(median([r["build_jobs1_s"] / r["pipe_s"] for r in rounds]), 2),
        "jobs2_speedup_median": round(median([r["build_jobs1_s"] / r["build_jobs2_s"] for r in rounds]), 2),
        "docs_per_s_jobs1": round(len(documents) / median([r["build_jobs1_s"] for r in rounds]), 2),
        "docs_per_s_jobs2": round(len(documents) / median([r["build_jobs2_s"] for r in rounds]), 2),
    }
    path = write_result("speed", result, args.out and __import__("pathlib").Path(args.out))
    print(f"kg build / nlp.pipe: {result['build_over_pipe_median']}x (median of {args.rounds}); "
          f"--jobs 2 speed-up: {result['jobs2_speedup_median']}x; "
          f"{result['docs_per_s_jobs1']} docs/s with 1 process, {result['docs_per_s_jobs2']} with 2")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
