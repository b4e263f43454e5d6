"""kg's equivalents of two spaCy components against spaCy's own: the same token attributes, and the CPU each takes.

    .venv/bin/python benchmarks/equivalents.py [--rounds 3] [--limit N] [--no-check]

`extractor.pipeline_of` puts `components.TableAttributeRuler` in the place of spaCy's attribute ruler and
`components.MemoLemmatizer` in the place of its lemmatiser. Here the 200 bulk articles are parsed once up to the
attribute ruler; then, per round and alternated, each component of each kind runs over fresh copies of those
docs (the lemmatisers over the attribute ruler's output), in a fresh component each round for the lemmatiser
(so that its first round is as cold as in a build). CPU seconds per round and their medians. Unless
--no-check, every token's TAG, POS, MORPH, DEP, LEMMA, NORM, head, entity and sentence start is compared
between kg's whole pipeline with spaCy's components and with kg's equivalents over the bulk articles, the 40
bilateral articles and the PLOVER sentences. Writes results/equivalents.json.
"""
from __future__ import annotations

import argparse
import json
import time

from _scale import ROOT, bulk_files, median, write_result


def _cpu(component, docs) -> float:
    """CPU seconds of the component over copies of the docs."""
    copies = [doc.copy() for doc in docs]
    started = time.process_time()
    for doc in copies:
        component(doc)
    return time.process_time() - started


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_, t.norm_, t.head.i, t.ent_type_, t.ent_iob_,
             t.ent_id_, t.is_sent_start) for t in doc]


def _check(texts: list[str]) -> dict:
    """Tokens compared between kg's pipeline with spaCy's components and with kg's equivalents."""
    import spacy

    from kg.extract.extractor import pipeline_of
    from kg.extract.parse import model_name

    stock = pipeline_of(spacy.load(model_name()), equivalents=False)
    table = pipeline_of(spacy.load(model_name()))
    tokens = different = 0
    for one, other in zip(stock.pipe(texts, batch_size=16), table.pipe(texts, batch_size=16)):
        a, b = _attributes(one), _attributes(other)
        tokens += len(a)
        different += sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
    return {"texts": len(texts), "tokens": tokens, "different": different}


def _check_texts(limit: int | None) -> list[str]:
    shared = ROOT.parent / "shared"
    files = bulk_files(limit) + sorted((shared / "corpus" / "bilateral").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    records = json.loads((shared / "benchmarks" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.txt").read_text("utf-8"))
    return texts + [r["text"] for r in records if r.get("event") != "DOCUMENT"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N bulk articles")
    parser.add_argument("--no-check", action="store_true", help="time only; do not compare tokens")
    args = parser.parse_args(argv)

    import spacy

    from kg.extract.components import MemoLemmatizer, TableAttributeRuler
    from kg.extract.parse import add_lemma_repair, add_paragraph_breaks, model_name

    nlp = add_lemma_repair(add_paragraph_breaks(spacy.load(model_name())))
    texts = [f.read_text(encoding="utf-8") for f in bulk_files(args.limit)]
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[: names.index("attribute_ruler")]):
        parsed = list(nlp.pipe(texts, batch_size=16))
    ruler = nlp.get_pipe("attribute_ruler")
    ruled = [ruler(doc.copy()) for doc in parsed]
    rounds = []
    for i in range(args.rounds):
        lemmatizer = spacy.load(model_name()).get_pipe("lemmatizer")  # cold, as in a build
        memo = MemoLemmatizer(nlp.vocab).load(spacy.load(model_name()).get_pipe("lemmatizer"))
        done = {"attribute_ruler": _cpu(ruler, parsed),
                "table_attribute_ruler": _cpu(TableAttributeRuler(nlp.vocab).load(ruler), parsed),
                "lemmatizer": _cpu(lemmatizer, ruled), "memo_lemmatizer": _cpu(memo, ruled)}
        rounds.append({k: round(v, 3) for k, v in done.items()})
        print(f"round {i + 1}: " + ", ".join(f"{k} {v:.2f} s" for k, v in rounds[-1].items()))
    result = {"documents": len(texts), "rounds": rounds,
              "median_cpu_s": {k: round(median([r[k] for r in rounds]), 3) for k in rounds[0]}}
    if not args.no_check:
        result["identity"] = _check(_check_texts(args.limit))
        print(f"identity: {result['identity']}")
    print(f"medians (CPU s): {result['median_cpu_s']}")
    print(f"written to {write_result('equivalents', result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
