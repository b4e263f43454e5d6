"""The HTML view in a real browser: Debian's Chromium, headless, driven by Playwright, network blocked.

Skipped (with the reason) when Chromium or Playwright is missing; CI installs both (.ci/run, dev extra).
With KG_SCREENSHOT=1, test_seed_article_view also writes docs/graph.png: the real view of the seed article.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.views.html import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--headless", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_SCRIPT = "<script>window.__pwned=1</script>"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

if sync_playwright is None:
    pytest.skip("playwright is not installed (pip install -e '.[dev]')", allow_module_level=True)
if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
    pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


# ------------------------------------------------------------------------------------------ graphs


def entity(g, key, label, type_, code=None, aliases=(), positions=None):
    attrs = dict(label=label, type=type_, aliases=list(aliases), country_code=code, iri=f"https://kg.example/{key}")
    if positions is not None:
        attrs["positions"] = list(positions)
    g.add_node(key, **attrs)


def fact(g, s, t, predicate, category, *, plover="CONSULT", modality="asserted", date=None, start=None,
         documents=("doc1",), sentence="A sentence.", confidence=0.8):
    g.add_edge(
        s, t, key=predicate, predicate=predicate, plover=plover, category=category, modality=modality, date=date,
        start_date=start, end_date=None, confidence=confidence, documents=list(documents),
        evidence=[{"document": d, "sentence": sentence, "date": date, "confidence": confidence} for d in documents],
    )


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    entity(g, "country/MAR", "Morocco", "Country", "MAR", ["Kingdom of Morocco"])
    entity(g, "country/ISR", "Israel", "Country", "ISR", ["State of Israel"])
    entity(g, "country/USA", "United States", "Country", "USA", ["US", "Washington"])
    entity(g, "country/DZA", "Algeria", "Country", "DZA")
    entity(g, "person/gantz", "Benny Gantz", "Person", aliases=["Gantz"], positions=["Defence Minister of Israel"])
    entity(g, "person/bourita", "Nasser Bourita", "Person", aliases=["Bourita"], positions=["Foreign Minister of Morocco"])
    entity(g, "group/polisario", "Polisario Front", "Group", aliases=["Polisario"])
    entity(g, "org/un", "United Nations", "Organization", aliases=["UN"])
    entity(g, "agreement/abraham", "Abraham Accords", "Agreement")
    entity(g, "event/negev", "Negev Summit", "Event")
    entity(g, "place/rabat", "Rabat", "Place")
    fact(g, "country/MAR", "country/ISR", "sign_agreement", "cooperation", plover="AGREE", date="2021-11-24",
         documents=("doc1", "doc2"), sentence="Morocco and Israel signed a memorandum of understanding on defence.")
    fact(g, "country/ISR", "country/MAR", "visit", "consultation", date="2021-11-24", documents=("doc1",),
         sentence="Gantz landed in Rabat on Tuesday, the first visit of an Israeli defence minister.")
    fact(g, "country/MAR", "group/polisario", "fight", "conflict", plover="FIGHT", date="2020-11-13",
         documents=("doc3",), sentence="Moroccan troops clashed with Polisario fighters near Guerguerat.")
    fact(g, "country/DZA", "country/MAR", "cut_relations", "conflict", plover="REDUCE", date="2021-08-24",
         documents=("doc3",), sentence="Algeria cut diplomatic ties with Morocco.")
    fact(g, "country/USA", "country/MAR", "recognize", "cooperation", modality="planned", date="2020-12",
         documents=("doc2",), sentence="Washington will open a consulate in Dakhla.")
    fact(g, "person/gantz", "country/ISR", "holds_position", "state", plover="state", start="2020-05")
    fact(g, "person/bourita", "country/MAR", "holds_position", "state", plover="state", start="2017-04")
    fact(g, "country/MAR", "agreement/abraham", "party_to", "state", plover="state", date="2020-12-22")
    fact(g, "country/ISR", "agreement/abraham", "party_to", "state", plover="state", date="2020-09-15")
    fact(g, "country/MAR", "org/un", "member_of", "state", plover="state")
    fact(g, "person/bourita", "event/negev", "attend", "consultation", date="2022-03-28", documents=("doc4",),
         sentence="Bourita joined the Negev Summit.")
    fact(g, "event/negev", "place/rabat", "located_in", "state", plover="state")
    return g


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    entity(g, "a", XSS_IMG, "Country", "<b>", [XSS_SCRIPT, "javascript:window.__pwned=1"], positions=[XSS_IMG])
    entity(g, "b", XSS_SCRIPT, "Person", aliases=[XSS_IMG])
    fact(g, "a", "b", XSS_IMG, "conflict", plover=XSS_SCRIPT, date="2021-01-01", documents=[XSS_SCRIPT, XSS_IMG],
         sentence=f"They said {XSS_IMG} and {XSS_SCRIPT} and javascript:window.__pwned=1")
    return g


# ---------------------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Opened:
    def __init__(self, page, errors, requests):
        self.page, self.errors, self.requests = page, errors, requests


@pytest.fixture
def open_graph(browser, tmp_path):
    contexts = []

    def _open(graph: nx.MultiDiGraph | None = None, *, title: str = "kg test", html: str | None = None,
              viewport: tuple[int, int] = (1400, 850)) -> Opened:
        """Open a graph rendered with render_html, or a page already rendered (html), from a file on disk."""
        path = tmp_path / f"graph{len(contexts)}.html"
        path.write_text(html if html is not None else render_html(graph, title=title), encoding="utf-8")
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else requests.append(r.url))

        def block(route):
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                route.abort()

        page.route("**/*", block)
        page.goto(path.as_uri())
        # A function, not a bare expression: the page's CSP forbids Playwright's string eval.
        page.wait_for_function("() => window.kgView && window.kgView.ready === true", timeout=60_000)
        return Opened(page, errors, requests)

    yield _open
    for context in contexts:
        context.close()


def node_point(page, node_id):
    return page.evaluate(
        """(id) => { const n = kgView.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                     const r = document.getElementById('kg-network').getBoundingClientRect();
                     return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )


def edge_point(page, edge_id):
    """A point on an edge (on its curve), a third of the way from its source: clear of the label and arrow."""
    return page.evaluate(
        """(id) => { const n = kgView.network, p = n.canvasToDOM(n.body.edges[id].edgeType.getPoint(0.3));
                     const r = document.getElementById('kg-network').getBoundingClientRect();
                     return [p.x + r.left, p.y + r.top]; }""",
        edge_id,
    )


def edge_id(page, predicate):
    return page.evaluate("(p) => kgView.edges.get({filter: e => e.kg.predicate === p})[0].id", predicate)


def counts(page):
    return page.evaluate("() => [kgView.visibleNodeCount(), kgView.visibleEdgeCount()]")


def drawn_pixels(page):
    """How many pixels of the network's canvas are drawn in a colour (not blank, not near-white)."""
    return page.evaluate(
        """() => { const c = document.querySelector('#kg-network canvas'), d = c.getContext('2d')
                     .getImageData(0, 0, c.width, c.height).data; let n = 0;
                   for (let i = 0; i < d.length; i += 4) if (d[i + 3] && (d[i] < 200 || d[i + 1] < 200)) n++; return n; }"""
    )


# ------------------------------------------------------------------------------------------- tests


def test_draws_the_graph_offline_without_errors(open_graph):
    graph = sample_graph()
    opened = open_graph(graph, title="kg: Morocco, Israel and their neighbours (sample)")
    page = opened.page
    assert page.locator("#kg-network canvas").count() == 1
    assert page.evaluate("() => Object.keys(kgView.network.body.nodes).length") >= graph.number_of_nodes()
    assert page.evaluate("() => kgView.network.body.nodeIndices.length") == graph.number_of_nodes()
    assert page.evaluate("() => kgView.network.body.edgeIndices.length") == graph.number_of_edges()
    assert counts(page) == [graph.number_of_nodes(), graph.number_of_edges()]
    assert page.evaluate("() => kgView.network.physics.physicsEnabled") is False  # frozen after layout
    assert drawn_pixels(page) > 500  # something was drawn: the canvas is not blank
    assert "12 of 12 facts" in page.inner_text("#kg-status")
    assert page.locator("#kg-legend-types .kg-legend-item").count() == 7
    assert opened.errors == [] and opened.requests == []


def test_seed_article_view(open_graph):
    """The real view of the seed article, built with the library: drawn offline, Morocco's facts and evidence.

    With KG_SCREENSHOT=1 this is the view written to docs/graph.png (for the README).
    """
    from kg.pipeline import build

    seeds = ROOT / "seeds"
    article = " ".join(" ".join(f.read_text(encoding="utf-8").split()) for f in sorted(seeds.glob("*.txt")))
    kg_graph = build(seeds)
    graph = kg_graph.to_networkx()
    n_entities, n_facts = graph.number_of_nodes(), graph.number_of_edges()
    assert n_facts > 0
    (document,) = kg_graph.documents
    opened = open_graph(html=kg_graph.to_html(), viewport=(1400, 900))
    page = opened.page

    assert page.inner_text("#kg-title") == document.title
    assert page.locator("#kg-network canvas").count() == 1
    # Entities with no fact (names the article mentions in passing) are hidden until the switch shows them.
    with_facts = sum(1 for n in graph.nodes if graph.degree(n))
    assert 0 < with_facts < n_entities
    assert page.evaluate("() => kgView.network.body.nodeIndices.length") == with_facts
    assert page.evaluate("() => kgView.network.body.edgeIndices.length") == n_facts
    assert counts(page) == [with_facts, n_facts]
    assert (f"{n_facts} of {n_facts} facts, {with_facts} of {n_entities} entities shown "
            f"({n_entities - with_facts} without facts hidden)") in page.inner_text("#kg-status")
    page.click("#kg-show-isolated")
    assert counts(page) == [n_entities, n_facts]
    page.click("#kg-show-isolated")
    assert counts(page) == [with_facts, n_facts]
    assert page.evaluate("() => kgView.network.physics.physicsEnabled") is False
    assert drawn_pixels(page) > 2000

    # Morocco and the entities it has facts with, filling the canvas (at most at 100 %: labels readable).
    (morocco,) = [n for n, attrs in graph.nodes(data=True) if attrs.get("country_code") == "MAR"]
    morocco_facts = [(s, t) for s, t in graph.edges() if morocco in (s, t)]
    assert morocco_facts
    neighbourhood = sorted({n for edge in morocco_facts for n in edge})
    page.evaluate("(ids) => kgView.network.fit({nodes: ids, animation: false})", neighbourhood)
    assert page.evaluate("() => kgView.network.getScale()") >= 0.9

    # Clicked, Morocco is selected and its facts are listed in the side panel.
    page.mouse.click(*node_point(page, morocco))
    assert page.evaluate("() => kgView.network.getSelectedNodes()") == [morocco]
    assert page.inner_text("#kg-details h2") == "Morocco (MAR)"
    assert page.inner_text("#kg-details h3") == f"Facts ({len(morocco_facts)})"
    fact_lines = page.locator("#kg-details li button").all_inner_texts()
    assert len(fact_lines) == len(morocco_facts)
    assert all("Morocco (MAR)" in line for line in fact_lines)

    if os.environ.get("KG_SCREENSHOT") == "1":
        left, top = page.evaluate("() => { const r = document.getElementById('kg-network').getBoundingClientRect();"
                                  " return [r.left, r.top]; }")
        page.mouse.move(left + 8, top + 8)  # off Morocco, onto empty canvas: its tooltip goes
        page.wait_for_timeout(300)
        assert page.is_hidden("#kg-tooltip")
        (ROOT / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "docs" / "graph.png"))

    # One of Morocco's facts, opened from the panel: its evidence, sentences of the article.
    page.locator("#kg-details li button").first.click()
    assert page.inner_text("#kg-details h3").startswith("Evidence (")
    sentences = page.locator("#kg-details blockquote").all_inner_texts()
    assert sentences and all(" ".join(s.split()) in article for s in sentences)
    assert document.id in page.inner_text("#kg-details")
    assert opened.errors == [] and opened.requests == []


def test_category_filter_hides_its_facts_through_the_dataview(open_graph):
    opened = open_graph(sample_graph())
    page = opened.page
    network_id = page.evaluate("() => kgView.network.body.container.id")
    page.click("#kg-filter-category input[value=conflict]")
    assert counts(page)[1] == 10
    assert page.evaluate("() => kgView.edgesView.get().every(e => e.kg.category !== 'conflict')")
    assert page.evaluate("() => kgView.network.body.edgeIndices.length") == 10
    # Algeria's only fact was a conflict: it goes; Polisario too.
    visible = page.evaluate("() => kgView.nodesView.getIds()")
    assert "country/DZA" not in visible and "group/polisario" not in visible and "country/MAR" in visible
    page.click("#kg-filter-category input[value=state]")
    assert counts(page) == [5, 4]  # MAR, ISR, USA, Bourita, Negev Summit
    page.click("#kg-filter-category input[value=conflict]")
    page.click("#kg-filter-category input[value=state]")
    assert counts(page) == [11, 12]
    # The same network object throughout: filtering updates the views, it does not rebuild.
    assert page.evaluate("() => kgView.network.body.container.id") == network_id
    assert opened.errors == [] and opened.requests == []


def test_predicate_date_and_document_filters(open_graph):
    opened = open_graph(sample_graph())
    page = opened.page
    page.click("#kg-predicates-none")
    assert counts(page) == [0, 0]
    page.click("#kg-filter-predicate input[value=holds_position]")
    assert counts(page) == [4, 2]
    page.click("#kg-predicates-all")
    page.fill("#kg-date-from", "2021-01-01")
    page.fill("#kg-date-to", "2021-12-31")
    page.dispatch_event("#kg-date-to", "change")
    # sign_agreement, visit, cut_relations, and the two ongoing holds_position facts.
    assert counts(page)[1] == 5
    page.click("#kg-date-undated")
    assert counts(page)[1] == 7  # + member_of, located_in
    page.click("#kg-reset")
    assert counts(page) == [11, 12]
    page.select_option("#kg-document", "doc3")
    assert page.evaluate("() => kgView.edgesView.get().map(e => e.kg.predicate).sort()") == ["cut_relations", "fight"]
    assert opened.errors == [] and opened.requests == []


def test_search_selects_and_zooms_to_a_node(open_graph):
    opened = open_graph(sample_graph())
    page = opened.page
    scale = page.evaluate("() => kgView.network.getScale()")
    page.fill("#kg-search", "kingdom of morocco")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(500)
    assert page.evaluate("() => kgView.network.getSelectedNodes()") == ["country/MAR"]
    assert page.evaluate("() => kgView.network.getScale()") != pytest.approx(scale)
    assert page.inner_text("#kg-details h2") == "Morocco (MAR)"
    page.fill("#kg-search", "DZA")
    page.press("#kg-search", "Enter")
    assert page.evaluate("() => kgView.network.getSelectedNodes()") == ["country/DZA"]
    page.fill("#kg-search", "Atlantis")
    page.press("#kg-search", "Enter")
    assert "No entity matches" in page.inner_text("#kg-search-message")
    assert opened.errors == []


def test_clicking_a_node_and_an_edge_shows_details_and_evidence(open_graph):
    opened = open_graph(sample_graph())
    page = opened.page
    page.mouse.click(*node_point(page, "person/bourita"))
    details = page.inner_text("#kg-details")
    assert "Nasser Bourita" in details and "Foreign Minister of Morocco" in details and "Bourita" in details
    assert "Nasser Bourita —attend→ Negev Summit (2022-03-28)" in details
    page.click("#kg-details li button >> text=attend")
    details = page.inner_text("#kg-details")
    assert "Bourita joined the Negev Summit." in details and "doc4" in details and "0.80" in details
    page.mouse.click(*edge_point(page, edge_id(page, "cut_relations")))
    details = page.inner_text("#kg-details")
    assert "Algeria cut diplomatic ties with Morocco." in details and "conflict" in details and "2021-08-24" in details
    page.mouse.move(*node_point(page, "country/USA"))
    page.wait_for_timeout(300)
    assert page.is_visible("#kg-tooltip") and "United States (USA)" in page.inner_text("#kg-tooltip")
    assert opened.errors == []


def test_hostile_labels_and_evidence_cannot_run(open_graph):
    opened = open_graph(hostile_graph(), title=XSS_SCRIPT)
    page = opened.page
    assert page.title() == XSS_SCRIPT
    assert page.inner_text("#kg-title") == XSS_SCRIPT
    # Hover (tooltip) then click each node, then the edge.
    for node in ("a", "b"):
        point = node_point(page, node)
        page.mouse.move(*point)
        page.wait_for_timeout(250)
        page.mouse.click(*point)
        page.wait_for_timeout(100)
        assert page.evaluate("() => window.__pwned") is None
    assert XSS_SCRIPT in page.inner_text("#kg-details")
    page.mouse.click(*edge_point(page, edge_id(page, XSS_IMG)))
    page.mouse.move(*edge_point(page, edge_id(page, XSS_IMG)))
    page.wait_for_timeout(300)
    details = page.inner_text("#kg-details")
    assert f"They said {XSS_IMG} and {XSS_SCRIPT}" in details and XSS_IMG in details
    assert page.locator("#kg-details img, #kg-tooltip img, #kg-details script, #kg-tooltip script").count() == 0
    assert page.locator("img").count() == 0 and page.locator("script").count() == 3
    # Every string shows as text in the controls too: predicate checkbox, document select, search list.
    assert XSS_IMG in page.inner_text("#kg-filter-predicate")
    assert page.locator("#kg-document option").all_inner_texts()[1:] == sorted([XSS_SCRIPT, XSS_IMG])
    page.fill("#kg-search", "javascript:window.__pwned=1")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    assert opened.errors == [] and opened.requests == []


def test_a_large_graph_lays_out_with_bounded_physics_and_filters(open_graph):
    """Above 300 entities the page takes its large-graph path (ForceAtlas2, bounded layout, label thresholds)."""
    import random

    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for i in range(400):
        entity(g, f"n{i}", f"Entity {i}", "Country" if i < 40 else "Organization", f"C{i:02d}" if i < 40 else None)
    categories = ["cooperation", "consultation", "conflict", "state"]
    for j in range(800):
        s, t = rng.sample(range(400), 2)
        g.add_edge(f"n{s}", f"n{t}", key=f"p{j % 7}#{j}", predicate=f"p{j % 7}", plover="X", category=categories[j % 4],
                   modality="asserted", date=f"2020-01-{1 + j % 28:02d}", start_date=None, end_date=None,
                   confidence=0.5, documents=[f"d{j % 20}"], evidence=[])
    opened = open_graph(g)
    page = opened.page
    assert page.evaluate("() => kgView.network.physics.physicsEnabled") is False
    assert page.evaluate("() => kgView.network.physics.options.solver") == "forceAtlas2Based"
    with_facts = sum(1 for n in g.nodes if g.degree(n))  # the random edges miss a few entities
    assert counts(page) == [with_facts, 800]
    page.click("#kg-filter-category input[value=conflict]")
    assert counts(page)[1] == 600
    assert page.evaluate("() => kgView.network.body.edgeIndices.length") == 600
    assert opened.errors == [] and opened.requests == []


def confidence_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, label in (("country/MAR", "Morocco"), ("country/ISR", "Israel"), ("country/DZA", "Algeria")):
        entity(g, key, label, "Country")
    fact(g, "country/MAR", "country/ISR", "visit", "consultation", confidence=0.95)
    fact(g, "country/ISR", "country/MAR", "meet", "consultation", confidence=0.7)
    fact(g, "country/DZA", "country/MAR", "criticize", "conflict", confidence=0.4)
    return g


def test_confidence_slider_hides_less_confident_facts_and_starts_at_the_option(open_graph):
    opened = open_graph(html=render_html(confidence_graph(), title="kg test", min_confidence=0.6))
    page = opened.page
    assert page.input_value("#kg-confidence") == "0.6"
    assert page.text_content("#kg-confidence-value") == "0.60"
    assert counts(page) == [2, 2]  # Algeria's only fact is below 0.6: it goes
    page.fill("#kg-confidence", "0.9")
    assert counts(page) == [2, 1]
    assert page.evaluate("() => kgView.edgesView.get().map(e => e.kg.predicate)") == ["visit"]
    page.fill("#kg-confidence", "0")
    assert counts(page) == [3, 3]
    page.fill("#kg-confidence", "1")
    assert counts(page) == [0, 0]
    page.click("#kg-reset")
    assert counts(page) == [3, 3] and page.input_value("#kg-confidence") == "0"
    assert opened.errors == [] and opened.requests == []


def test_without_the_option_the_slider_starts_at_zero_and_shows_everything(open_graph):
    opened = open_graph(confidence_graph())
    assert opened.page.input_value("#kg-confidence") == "0" and counts(opened.page) == [3, 3]


# ------------------------------------------------------------------ page fixes of issue 14


def view_position(page):
    return page.evaluate("() => { const p = kgView.network.getViewPosition(); return [p.x, p.y, kgView.network.getScale()]; }")


@pytest.mark.parametrize("how", ["go", "enter"])
def test_after_a_search_moving_the_pointer_leaves_the_view_where_it_is(open_graph, how):
    """Enter (or Go) and the input's change event both focus the node: the view must settle once, on it."""
    page = open_graph(sample_graph()).page
    for query, node in (("Gantz", "person/gantz"), ("Morocco", "country/MAR")):
        page.fill("#kg-search", query)
        if how == "go":
            page.click("#kg-search-go")
        else:
            page.press("#kg-search", "Enter")
        # the move runs to its end (vis-network's animation done and its render loop stopped): before the
        # fix, the second search left the loop stalled half way, and the next pointer move finished it
        page.wait_for_function("() => kgView.network.view.easingTime === 0 && "
                               "kgView.network.renderer.renderRequests <= 0", timeout=15_000)
        settled = view_position(page)
        centre = page.evaluate("(id) => kgView.network.getPositions([id])[id]", node)
        assert settled[:2] == [pytest.approx(centre["x"], abs=1), pytest.approx(centre["y"], abs=1)]
        box = page.locator("#kg-network").bounding_box()
        page.mouse.move(box["x"] + 40, box["y"] + 40)
        page.mouse.move(box["x"] + 90, box["y"] + 70, steps=6)
        page.wait_for_timeout(400)
        assert view_position(page) == pytest.approx(settled)


def checked(page, box):
    return sorted(page.evaluate(f"() => Array.from(document.querySelectorAll('#{box} input:checked')).map(i => i.value)"))


def test_category_and_predicate_filters_follow_each_other(open_graph):
    page = open_graph(sample_graph()).page
    state_only = ["holds_position", "located_in", "member_of", "party_to"]
    page.click("#kg-filter-category input[value=state]")
    assert not set(state_only) & set(checked(page, "kg-filter-predicate"))
    assert "sign_agreement" in checked(page, "kg-filter-predicate")
    # a predicate checked again brings its category back, and only that predicate
    page.click("#kg-filter-predicate input[value=member_of]")
    assert "state" in checked(page, "kg-filter-category")
    assert counts(page)[1] == 12 - 6 + 1  # six state facts, one of them member_of
    # every predicate of a category off: the category goes off too
    page.click("#kg-filter-predicate input[value=fight]")
    page.click("#kg-filter-predicate input[value=cut_relations]")
    assert "conflict" not in checked(page, "kg-filter-category")
    page.click("#kg-predicates-none")
    assert checked(page, "kg-filter-category") == [] and counts(page) == [0, 0]
    page.click("#kg-predicates-all")
    assert checked(page, "kg-filter-category") == ["conflict", "consultation", "cooperation", "state"]
    assert counts(page) == [11, 12]


def isolated_graph() -> nx.MultiDiGraph:
    g = sample_graph()
    entity(g, "place/dakhla", "Dakhla", "Place")
    entity(g, "person/nobody", "Someone Mentioned", "Person")
    return g


def test_entities_without_facts_are_hidden_until_the_switch_shows_them(open_graph):
    page = open_graph(isolated_graph()).page
    assert counts(page) == [11, 12]
    assert "(2 without facts hidden)" in page.inner_text("#kg-status")
    assert page.text_content("label:has(#kg-show-isolated)").strip().endswith("(2)")
    page.click("#kg-show-isolated")
    assert counts(page) == [13, 12] and "without facts hidden" not in page.inner_text("#kg-status")
    page.click("#kg-reset")
    assert counts(page) == [11, 12] and not page.is_checked("#kg-show-isolated")
    # searched for, a hidden entity is shown all the same
    page.fill("#kg-search", "Dakhla")
    page.press("#kg-search", "Enter")
    assert "place/dakhla" in page.evaluate("() => kgView.nodesView.getIds()")
    assert "no fact" in page.inner_text("#kg-search-message")


def test_planned_facts_are_marked_in_the_panel_lists(open_graph):
    page = open_graph(sample_graph()).page
    page.evaluate("() => kgView.showNode('country/MAR')")
    items = page.locator("#kg-details li").all_inner_texts()
    planned = [i for i in items if "recognize" in i]
    assert len(planned) == 1 and planned[0].rstrip().endswith("planned")
    assert not any(i.rstrip().endswith("planned") for i in items if "recognize" not in i)


def test_a_wrapped_list_item_has_its_bullet_on_the_first_line(open_graph):
    """The bullet (the list marker) is drawn level with the first line of a fact that wraps."""
    import io

    from PIL import Image

    g = sample_graph()
    entity(g, "org/long", "Organisation for Security and Co-operation in the Western Mediterranean", "Organization")
    fact(g, "country/MAR", "org/long", "member_of", "state", plover="state")
    page = open_graph(g, viewport=(1100, 700)).page
    page.evaluate("() => kgView.showNode('org/long')")
    item = page.locator("#kg-details li").first
    box = item.bounding_box()
    line = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('#kg-details li')).lineHeight)")
    assert box["height"] > 1.5 * line  # it wraps
    shot = Image.open(io.BytesIO(page.screenshot(clip={"x": box["x"] - 14, "y": box["y"], "width": 12,
                                                        "height": box["height"]}))).convert("L")
    dark_rows = [y for y in range(shot.height) if any(shot.getpixel((x, y)) < 128 for x in range(shot.width))]
    assert dark_rows and max(dark_rows) < line + 2


def test_the_empty_panel_shows_a_summary_until_something_is_clicked(open_graph):
    g = sample_graph()
    fact(g, "country/MAR", "country/ISR", "meet", "consultation", date=None)
    page = open_graph(g).page
    text = page.inner_text("#kg-details")
    assert page.inner_text("#kg-details h2") == "Overview"
    assert "Documents\n4" in text.replace("\t", "\n") or "4" in page.inner_text("#kg-details dd")
    assert "13 (3 undated)" in text  # the new meeting, member_of, located_in
    categories = page.locator(".kg-summary-categories li").all_inner_texts()
    assert [c.split()[0] for c in categories] == ["cooperation", "consultation", "conflict", "state"]
    dyads = page.locator(".kg-summary-dyads li").all_inner_texts()
    assert dyads[0].startswith("Israel (ISR) – Morocco (MAR)") and "3 facts" in dyads[0]
    page.locator(".kg-summary-dyads li button").first.click()
    assert page.locator("#kg-details li").count() == 3
    page.evaluate("() => kgView.showNode('country/MAR')")
    box = page.locator("#kg-network").bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + 5)  # empty canvas
    assert page.inner_text("#kg-details h2") == "Overview"


# ------------------------------------------------------------------------------------ country view


def country_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, label in (("country/MAR", "Morocco"), ("country/ISR", "Israel"), ("country/DZA", "Algeria")):
        entity(g, key, label, "Country", key[-3:])
    entity(g, "org/un", "United Nations", "Organization", aliases=["UN"])
    entity(g, "org/acme", "Acme Holdings", "Organization")
    entity(g, "person/gantz", "Benny Gantz", "Person")
    entity(g, "person/bourita", "Nasser Bourita", "Person")
    fact(g, "person/gantz", "country/ISR", "affiliatedWith", "state", plover="state")
    fact(g, "person/bourita", "country/MAR", "affiliatedWith", "state", plover="state")
    fact(g, "country/MAR", "country/ISR", "signs", "cooperation", date="2021-11-24")
    fact(g, "person/gantz", "country/MAR", "visits", "consultation", date="2021-11-24")
    fact(g, "person/bourita", "person/gantz", "meetsWith", "consultation", date="2021-11-25")
    fact(g, "country/DZA", "country/MAR", "reducesRelations", "conflict", date="2021-08-24")
    fact(g, "country/DZA", "country/MAR", "criticizes", "conflict")
    fact(g, "country/MAR", "org/un", "memberOf", "state", plover="state")
    fact(g, "org/un", "country/ISR", "criticizes", "conflict", date="2022-01-01")
    fact(g, "org/acme", "country/MAR", "cooperatesWith", "cooperation", date="2021-12-01")
    return g


def country_pairs(page):
    return sorted(page.evaluate(
        "() => kgView.countryEdges.get().map(e => [e.from, e.to, e.kg.coop, e.kg.conflict, e.color.color])"))


def test_country_view_counts_facts_for_the_states_people_serve(open_graph):
    opened = open_graph(country_graph())
    page = opened.page
    page.click("#kg-view-countries")
    assert page.is_hidden("#kg-network") and page.is_visible("#kg-countries canvas")
    green, red = "#2e9b48", "#d12f2f"
    assert country_pairs(page) == [
        ["country/DZA", "country/MAR", 0, 2, red],
        ["country/ISR", "country/MAR", 3, 0, green],  # the signing, Gantz's visit, the ministers' meeting
        ["country/ISR", "org/un", 0, 1, red],
    ]  # Acme is no state: its fact is counted for no pair; memberOf is a state, not a relation
    assert sorted(page.evaluate("() => kgView.countryNodes.getIds()")) == [
        "country/DZA", "country/ISR", "country/MAR", "org/un"]
    assert page.inner_text("#kg-status").startswith("3 pairs of 4 countries and organisations")

    # the date filter (the time control) filters this view too
    page.fill("#kg-date-from", "2021-11-25")
    page.dispatch_event("#kg-date-from", "change")
    assert country_pairs(page) == [["country/ISR", "country/MAR", 1, 0, green], ["country/ISR", "org/un", 0, 1, red]]
    page.click("#kg-reset")

    # a click on a pair lists its facts, with their evidence one click further
    page.wait_for_function("() => kgView.countryNetwork && !kgView.countryNetwork.physics.physicsEnabled",
                           timeout=30_000)
    x, y = page.evaluate(
        """() => { const n = kgView.countryNetwork, p = n.getPositions(['country/DZA', 'country/MAR']);
                   const a = n.canvasToDOM(p['country/DZA']), b = n.canvasToDOM(p['country/MAR']);
                   const r = document.getElementById('kg-countries').getBoundingClientRect();
                   return [r.left + a.x + 0.3 * (b.x - a.x), r.top + a.y + 0.3 * (b.y - a.y)]; }""")
    assert page.evaluate("() => kgView.countryEdges.get().every(e => e.label === '')")  # no label until pointed at
    page.mouse.move(x, y)
    page.wait_for_timeout(300)
    pair = "country/DZA\u0000country/MAR"
    assert page.evaluate("() => kgView.labelledPairs") == ["pair:" + pair]
    assert page.evaluate("(id) => kgView.countryEdges.get(id).label", "pair:" + pair) == "0 coop. · 2 confl."
    page.mouse.click(x, y)
    assert page.inner_text("#kg-details h2") == "Algeria (DZA) – Morocco (MAR)"
    assert page.locator("#kg-details li").count() == 2
    page.locator("#kg-details li button").first.click()
    assert page.inner_text("#kg-details h3").startswith("Evidence (")

    page.click("#kg-view-entities")
    assert page.is_visible("#kg-network canvas") and page.is_hidden("#kg-countries")
    assert "of 10 facts" in page.inner_text("#kg-status")
    assert opened.errors == [] and opened.requests == []


def slide(page, slider, index):
    page.evaluate("([id, i]) => { const s = document.getElementById(id); s.value = String(i);"
                  " s.dispatchEvent(new Event('input')); }", [slider, index])


def test_time_control_filters_both_views(open_graph):
    opened = open_graph(country_graph())
    page = opened.page
    # days covered: 2021-08-24, 2021-11-24, 2021-11-25, 2021-12-01, 2022-01-01; four facts undated
    assert page.inner_text("#kg-time-label") == "2021-08-24 – 2022-01-01 · 4 undated facts"
    slide(page, "kg-time-from", 2)
    assert page.input_value("#kg-date-from") == "2021-11-25" and page.input_value("#kg-date-to") == "2022-01-01"
    assert sorted(page.evaluate("() => kgView.edgesView.get().map(e => e.kg.predicate)")) == [
        "cooperatesWith", "criticizes", "meetsWith"]
    page.click("#kg-view-countries")
    assert country_pairs(page) == [["country/ISR", "country/MAR", 1, 0, "#2e9b48"],
                                   ["country/ISR", "org/un", 0, 1, "#d12f2f"]]
    slide(page, "kg-time-to", 1)  # the end pushed below the start: the start follows it
    assert page.input_value("#kg-date-from") == page.input_value("#kg-date-to") == "2021-11-24"
    assert country_pairs(page) == [["country/ISR", "country/MAR", 2, 0, "#2e9b48"]]
    # both ends back: no date filter, the undated fact is back
    slide(page, "kg-time-from", 0)
    slide(page, "kg-time-to", 4)
    assert page.input_value("#kg-date-from") == ""
    assert len(country_pairs(page)) == 3 and country_pairs(page)[0][3] == 2
    # a date typed in moves the slider
    page.fill("#kg-date-from", "2021-12-01")
    page.dispatch_event("#kg-date-from", "change")
    assert page.input_value("#kg-time-from") == "3"
    assert opened.errors == [] and opened.requests == []


def test_modality_filter_and_csv_export_of_the_shown_facts(open_graph):
    g = sample_graph()
    fact(g, "country/DZA", "country/MAR", "=criticize", "conflict", date="2021-09-01", sentence='He said "no", twice.')
    fact(g, "country/DZA", "country/ISR", "-1+1", "conflict", date="--03-25", documents=("doc5",))
    g.graph["document_urls"] = {"doc5": "https://news.example/5"}
    opened = open_graph(g)
    page = opened.page
    assert counts(page)[1] == 14
    page.click("#kg-filter-modality input[value=planned]")
    assert counts(page)[1] == 13
    assert page.evaluate("() => kgView.edgesView.get().every(e => e.kg.modality !== 'planned')")
    page.click("#kg-filter-category input[value=state]")
    with page.expect_download() as caught:
        page.click("#kg-export")
    download = caught.value
    assert download.suggested_filename == "kg-facts.csv"
    text = Path(download.path()).read_bytes().decode("utf-8-sig")  # RFC 4180 line ends kept
    lines = text.split("\r\n")
    assert lines[0] == "subject,predicate,object,category,modality,date,confidence,documents,urls,evidence"
    assert len([line for line in lines[1:] if line]) == 7  # 14 facts, less the planned one and six states
    assert "Algeria (DZA),'=criticize,Morocco (MAR),conflict,asserted,2021-09-01,0.80,doc1,,\"He said \"\"no\"\", twice.\"" in lines
    # a date is no formula and stays ISO; a predicate that looks like one is quoted
    assert "Algeria (DZA),'-1+1,Israel (ISR),conflict,asserted,--03-25,0.80,doc5,https://news.example/5,A sentence." in lines
    assert not any("recognize" in line or "holds_position" in line for line in lines)
    page.click("#kg-reset")
    assert counts(page)[1] == 14 and page.is_checked("#kg-filter-modality input[value=planned]")
    assert opened.errors == [] and opened.requests == []


def test_side_panels_fold_away_and_start_folded_in_a_narrow_frame(open_graph):
    page = open_graph(sample_graph(), viewport=(760, 480)).page
    assert page.is_hidden("#kg-controls") and page.is_hidden("#kg-details")
    width = page.evaluate("() => document.getElementById('kg-network').getBoundingClientRect().width")
    assert width > 700  # the graph has the cell's width
    page.click("#kg-toggle-details")
    assert page.is_visible("#kg-details") and page.get_attribute("#kg-toggle-details", "aria-pressed") == "true"
    page.click("#kg-toggle-controls")
    assert page.is_visible("#kg-controls")
    page.click("#kg-toggle-controls")
    assert page.is_hidden("#kg-controls")
    wide = open_graph(sample_graph()).page  # 1400 pixels: both shown
    assert wide.is_visible("#kg-controls") and wide.is_visible("#kg-details")


def test_the_evidence_links_to_the_article_where_it_was_published(open_graph):
    g = sample_graph()
    g.graph["document_urls"] = {"doc3": "https://news.example/algeria?id=3", "doc1": "javascript:window.__pwned=1"}
    g.graph["document_publishers"] = {"doc3": "Example Wire"}
    opened = open_graph(g)
    page = opened.page
    page.evaluate("(id) => kgView.network.setSelection({nodes: [], edges: [id]})", edge_id(page, "cut_relations"))
    page.mouse.click(*edge_point(page, edge_id(page, "cut_relations")))
    link = page.locator("#kg-details a.kg-source")
    assert link.count() == 1 and link.inner_text() == "Example Wire \u2197"
    assert link.get_attribute("href") == "https://news.example/algeria?id=3"
    assert link.get_attribute("target") == "_blank" and link.get_attribute("rel") == "noopener noreferrer"
    page.click(f"#kg-details h2 button >> text=Algeria")
    page.click("#kg-details li button >> text=cut_relations")
    assert page.locator("#kg-details a.kg-source").count() == 1
    page.mouse.click(*edge_point(page, edge_id(page, "visit")))  # doc1's address is no web address: no link
    assert "Gantz landed in Rabat" in page.inner_text("#kg-details")
    assert page.locator("#kg-details a").count() == 0
    assert opened.errors == [] and opened.requests == []


def test_edge_labels_show_on_hover_and_selection_only_at_a_readable_size(open_graph):
    opened = open_graph(sample_graph())
    page = opened.page
    assert page.evaluate("() => kgView.edges.get().every(e => e.label === '')")  # none drawn at first
    visit = edge_id(page, "visit")
    page.mouse.move(*edge_point(page, visit))
    page.wait_for_timeout(300)
    assert page.evaluate("() => kgView.labelledEdges") == [visit]
    shown = page.evaluate("(id) => { const e = kgView.edges.get(id); return [e.label, e.font.size,"
                          " kgView.network.getScale()]; }", visit)
    assert shown[0] == "visit" and shown[1] * shown[2] >= 12.5  # about 13 pixels on screen, whatever the zoom
    corner = page.evaluate("() => { const r = document.getElementById('kg-network').getBoundingClientRect();"
                           " return [r.right - 3, r.bottom - 3]; }")
    page.mouse.move(*corner)  # off the edge, on the blank canvas
    page.wait_for_timeout(300)
    assert page.evaluate("() => kgView.labelledEdges") == []
    page.mouse.click(*node_point(page, "person/bourita"))  # a node selected: its facts are labelled
    bourita = page.evaluate("() => kgView.edges.get({filter: e => e.from === 'person/bourita'}).map(e => e.id).sort()")
    assert len(bourita) == 2 and page.evaluate("() => kgView.labelledEdges") == bourita
    page.click("#kg-details li button >> text=attend")  # a fact chosen in the panel: its label alone
    assert page.evaluate("() => kgView.labelledEdges") == [edge_id(page, "attend")]
    assert opened.errors == []


def test_in_a_notebook_cell_the_details_open_below_the_graph_not_beside_it(open_graph):
    opened = open_graph(sample_graph(), viewport=(760, 480))
    page = opened.page
    box = ("(id) => { const r = document.getElementById(id).getBoundingClientRect();"
           " return [r.left, r.top, r.width, r.bottom]; }")
    network = page.evaluate(box, "kg-network")
    page.mouse.click(*node_point(page, "person/bourita"))
    page.click("#kg-toggle-details")
    details = page.evaluate(box, "kg-details")
    assert details[2] >= 700 and details[1] > network[1] + 100  # the cell's width, along the bottom
    assert page.evaluate(box, "kg-network") == network  # the graph is not squeezed (no relayout)
    assert "Nasser Bourita" in page.inner_text("#kg-details")
    page.click("#kg-toggle-controls")
    assert page.evaluate(box, "kg-controls")[0] == 0 and page.evaluate(box, "kg-network") == network
    assert opened.errors == []


def test_at_the_default_zoom_of_a_big_graph_the_hubs_are_named_and_the_tail_is_not(open_graph):
    g = nx.MultiDiGraph()
    entity(g, "hub", "Hubland", "Country", "HUB")
    for i in range(350):
        entity(g, f"n{i}", f"Entity {i}", "Person")
        fact(g, f"n{i}", "hub" if i % 3 else f"n{(i + 1) % 350}", "visit", "consultation")
    opened = open_graph(g)
    page = opened.page
    visible = "(id) => kgView.network.body.nodes[id].labelModule.visible()"
    assert page.evaluate("() => kgView.network.getScale()") < 0.6  # zoomed out to fit 351 entities
    assert page.evaluate(visible, "hub") is True
    assert page.evaluate(visible, "n1") is False
    assert opened.errors == []
