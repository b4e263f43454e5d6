"""Benchmark of the interactive HTML view in headless Chromium: time to first draw and to apply a filter.

Graphs measured (--graphs, comma-separated):
- bilateral: a real build of the 40 articles of ../shared/corpus/bilateral;
- bulk2000: a real build of the 200 articles of ../shared/corpus/bulk, repeated under other names to 2,000
  documents as benchmarks/_scale.py's scale benchmarks do (each copy renames the documents and the entities scoped
  to a document; countries, people and organisations are shared, so their facts gather the copies' evidence, as
  the same facts read in several articles do);
- synthetic: 3,000 entities and 6,000 facts drawn at random in kg's schema (--nodes, --edges).
Each graph is rendered with kg.views.html.render_html, opened from disk (network blocked) and measured: render
time in Python, page size, time to first draw (navigation start to vis-network's first "afterDrawing", layout
included), and the time a category filter click takes (handler, then to the redraw). Builds are kept in --keep
DIR (graph.trig per corpus) and reused. Prints the figures and writes benchmarks/results/view.json.

    .venv/bin/python benchmarks/view.py [--graphs bilateral,bulk2000] [--keep DIR] [--chromium /usr/bin/chromium]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.views.html import render_html  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--headless", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TYPES = ["Country", "Person", "Organization", "Agreement", "Event", "Place", "Group"]
PREDICATES = [
    ("sign_agreement", "AGREE", "cooperation"), ("cooperate", "COOPERATE", "cooperation"),
    ("aid", "AID", "cooperation"), ("meet", "CONSULT", "consultation"), ("visit", "CONSULT", "consultation"),
    ("criticize", "ACCUSE", "conflict"), ("sanction", "SANCTION", "conflict"), ("attack", "ASSAULT", "conflict"),
    ("member_of", "state", "state"), ("holds_position", "state", "state"), ("located_in", "state", "state"),
]


def synthetic_graph(n_nodes: int = 3000, n_edges: int = 6000, *, n_documents: int = 200, seed: int = 1) -> nx.MultiDiGraph:
    """A graph with kg's schema: a few hub countries, a long tail of entities, dated facts with evidence."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    ids = []
    for i in range(n_nodes):
        kind = "Country" if i < 150 else rng.choice(TYPES[1:])
        iri = f"https://example.org/kg/{kind.lower()}/{i}"
        code = f"C{i:02d}"[-3:] if kind == "Country" else None
        g.add_node(iri, label=f"{kind} {i}", type=kind, aliases=[f"alias {i}"], country_code=code, iri=iri,
                   **({"positions": [f"Minister {i}"]} if kind == "Person" else {}))
        ids.append(iri)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(n_nodes)]  # hubs: the first countries
    for j in range(n_edges):
        s, t = rng.choices(ids, weights=weights, k=2)
        if s == t:
            t = ids[(ids.index(s) + 1) % n_nodes]
        pred, plover, cat = rng.choice(PREDICATES)
        date = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.85 else None
        docs = [f"{rng.randrange(n_documents):03d}_doc" for _ in range(rng.randint(1, 3))]
        g.add_edge(s, t, key=f"{pred}#{j}", predicate=pred, plover=plover, category=cat,
                   modality="planned" if rng.random() < 0.1 else "asserted", date=date, start_date=None,
                   end_date=None, confidence=round(rng.uniform(0.4, 1.0), 2), documents=docs,
                   evidence=[{"document": d, "sentence": f"Sentence {j} about {pred} read in {d}, a typical news sentence "
                              "of about twenty words or so.", "date": date, "confidence": 0.8} for d in docs])
    return g


def measure(html_path: Path, chromium: str) -> dict:
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        start = time.perf_counter()
        page.goto(html_path.as_uri())
        page.wait_for_function("() => window.kgView && window.kgView.ready", timeout=300_000, polling=50)
        wall_first_draw = time.perf_counter() - start
        timings = page.evaluate("kgView.timings")
        counts = page.evaluate("[kgView.visibleNodeCount(), kgView.visibleEdgeCount()]")

        # Category filter clicks: the click handler (filter + DataView refresh, synchronous), then the frame
        # vis-network redraws in (two animation frames later the redraw has happened).
        click = """(selector) => new Promise(resolve => {
            const t0 = performance.now();
            document.querySelector(selector).click();
            const handled = performance.now() - t0;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve([handled, performance.now() - t0])));
        })"""
        hide = page.evaluate(click, "#kg-filter-category input[value=conflict]")
        after = page.evaluate("() => [kgView.visibleNodeCount(), kgView.visibleEdgeCount()]")
        show = page.evaluate(click, "#kg-filter-category input[value=conflict]")
        restored = page.evaluate("() => [kgView.visibleNodeCount(), kgView.visibleEdgeCount()]")
        version = browser.version
        browser.close()
    return {
        "chromium": version,
        "first_draw_ms": round(timings["firstDrawMs"], 1),
        "layout_ms": round(timings["stabilizedMs"] - timings["scriptMs"], 1) if "stabilizedMs" in timings else None,
        "first_draw_wall_s": round(wall_first_draw, 2),
        "filter_hide_conflict_handler_ms": round(hide[0], 1),
        "filter_hide_conflict_to_redraw_ms": round(hide[1], 1),
        "filter_show_conflict_handler_ms": round(show[0], 1),
        "filter_show_conflict_to_redraw_ms": round(show[1], 1),
        "visible_before": counts,
        "visible_after_hiding_conflict": after,
        "visible_after_showing_again": restored,
        "console_errors": errors,
        "blocked_requests": blocked,
    }


BILATERAL = ROOT.parent / "shared" / "corpus" / "bilateral"
BULK = ROOT.parent / "shared" / "corpus" / "bulk"
SCOPED = re.compile(r"^(https://w3id\.org/kg/id/[^/]+/)([^/]+)/")  # document-scoped keys: agreement/DOC/name


def built(corpus: Path, keep: Path) -> nx.MultiDiGraph:
    """The networkx graph of a real build of corpus (kept as keep/<name>/graph.trig and reused)."""
    from kg.knowledge_graph import KnowledgeGraph
    from kg.pipeline import build

    out = keep / corpus.name
    if not (out / "graph.trig").is_file():
        started = time.perf_counter()
        build([corpus]).save(out)
        print(f"built {corpus} in {time.perf_counter() - started:.0f} s into {out}", file=sys.stderr)
    return KnowledgeGraph.load(out / "graph.trig").to_networkx()


def repeated(graph: nx.MultiDiGraph, copies: int) -> nx.MultiDiGraph:
    """graph with its documents repeated under other names `copies` times (the original included): a copy renames
    the documents and the entities scoped to a document; the facts of shared entities gather the copies' evidence."""
    out = nx.MultiDiGraph(**{k: v for k, v in graph.graph.items()})
    documents = graph.graph.get("documents", [])
    out.graph["documents"] = [f"copy{c}-{d}" if c else d for c in range(copies) for d in documents]

    def node(n: str, c: int) -> str:
        return SCOPED.sub(lambda m: f"{m[1]}copy{c}-{m[2]}/", n) if c else n

    for c in range(copies):
        for n, attrs in graph.nodes(data=True):
            if node(n, c) not in out:
                out.add_node(node(n, c), **{**attrs, "iri": node(n, c)})
        for s, t, key, attrs in graph.edges(keys=True, data=True):
            u, v = node(s, c), node(t, c)
            renamed = [f"copy{c}-{d}" if c else d for d in attrs.get("documents", [])]
            evidence = [{**e, "document": f"copy{c}-{e['document']}" if c else e["document"]}
                        for e in attrs.get("evidence", [])]
            if out.has_edge(u, v, key):
                held = out.edges[u, v, key]
                held["documents"] = held["documents"] + renamed
                held["evidence"] = held["evidence"] + evidence
            else:
                out.add_edge(u, v, key=key, **{**attrs, "documents": renamed, "evidence": evidence})
    return out


def graphs(names: list[str], keep: Path, n_nodes: int, n_edges: int) -> dict[str, tuple[nx.MultiDiGraph, int]]:
    """Each graph asked for, with the number of documents it stands for."""
    found: dict[str, tuple[nx.MultiDiGraph, int]] = {}
    for name in names:
        if name == "bilateral":
            found[name] = (built(BILATERAL, keep), len(list(BILATERAL.glob("*.txt"))))
        elif name == "bulk2000":
            base = built(BULK, keep)
            found[name] = (repeated(base, 10), 10 * len(base.graph.get("documents", [])))
        elif name == "synthetic":
            found[name] = (synthetic_graph(n_nodes, n_edges), 200)
        else:
            raise SystemExit(f"unknown graph {name!r} (bilateral, bulk2000, synthetic)")
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graphs", default="bilateral,bulk2000", help="bilateral, bulk2000, synthetic (comma-separated)")
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "kg-view-benchmark",
                    help="folder where the builds are kept and reused")
    ap.add_argument("--nodes", type=int, default=3000)
    ap.add_argument("--edges", type=int, default=6000)
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "view.json")
    args = ap.parse_args()

    results: dict[str, dict] = {}
    failed = False
    for name, (graph, documents) in graphs(args.graphs.split(","), args.keep, args.nodes, args.edges).items():
        t = time.perf_counter()
        html = render_html(graph, title=f"benchmark: {name}")
        render_s = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "graph.html"
            path.write_text(html, encoding="utf-8")
            browser = measure(path, args.chromium)
        results[name] = {
            "documents": documents,
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "evidence": sum(len(a.get("evidence", [])) for _, _, a in graph.edges(data=True)),
            "render_html_s": round(render_s, 3),
            "page_bytes": len(html.encode("utf-8")),
            **browser,
        }
        print(f"--- {name}")
        for key, value in results[name].items():
            print(f"{key:34} {value}")
        failed = failed or bool(browser["console_errors"] or browser["blocked_requests"])
    result = {"graphs": results, "load_average": os.getloadavg()[0],
              "machine": f"{platform.machine()}, {platform.system()}, {os.cpu_count()} cores, "
                         f"Python {platform.python_version()}, {platform.processor() or 'cpu unknown'}"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
