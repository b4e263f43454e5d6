"""kg.views.html: the self-contained HTML page (offline, styled, escaping)."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.views.html import render_html, safe_json
from networks import add_entity, add_fact, sample_graph

HOSTILE = [
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "javascript:window.__pwned=1",
    "<!-- <script>",
    "\u2028\u2029 & &amp; <b>bold</b>",
]


# ------------------------------------------------------------------------------------------ graphs


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    add_entity(g, "a", HOSTILE[0], "Country", "<b>", HOSTILE, positions=HOSTILE)
    add_entity(g, "b", HOSTILE[1], "Person", aliases=HOSTILE)
    add_fact(g, "a", "b", HOSTILE[2], HOSTILE[3], plover=HOSTILE[4], date="2020-01-01", documents=HOSTILE,
             sentence=" ".join(HOSTILE))
    return g


# ----------------------------------------------------------------------------------------- parsing


class PageParser(HTMLParser):
    """Tags, attributes and the text of each <script> block, as a browser's tokenizer sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buffer = dict(attrs), []

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buffer)))
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._buffer.append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def page_data(page: str) -> dict:
    blocks = [text for attrs, text in parse(page).scripts if attrs.get("id") == "kg-data"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def sample_page() -> str:
    return render_html(sample_graph(), title="Morocco and Israel")


@pytest.fixture(scope="module")
def empty_page() -> str:
    return render_html(nx.MultiDiGraph())


@pytest.fixture(scope="module")
def empty_markers(empty_page) -> dict[str, int]:
    return markers(empty_page)


def markers(page: str) -> dict[str, int]:
    lowered = page.lower()
    return {m: lowered.count(m) for m in ("<script", "</script", "<img", "<!--", "<iframe", "<svg", "<style", "</style")}


# ------------------------------------------------------------------------------------------ offline


def test_page_is_one_self_contained_document(sample_page):
    assert sample_page.startswith("<!DOCTYPE html>")
    parsed = parse(sample_page)
    tags = {tag for tag, _ in parsed.tags}
    assert "link" not in tags and "iframe" not in tags and "img" not in tags
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data"):
            assert name not in attrs, f"<{tag} {name}=...> would load something"
    # vis-network is inlined, not fetched: its code is in the page.
    assert "vis-network" in sample_page and "DataView" in sample_page
    assert len(parsed.scripts) == 3 and all("src" not in attrs for attrs, _ in parsed.scripts)


def test_no_remote_resource_anywhere_outside_data():
    graph = sample_graph()
    add_entity(graph, "https://cdn.example.com/evil.js", "https://cdn.example.com/evil.js", "Place")
    page = render_html(graph)
    outside_data = re.sub(r'<script id="kg-data" type="application/json">.*?</script>', "", page, flags=re.S)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", outside_data, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", outside_data, re.I)
    assert not re.search(r"@import|@font-face", outside_data, re.I)
    for host in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "googleapis", "gstatic"):
        assert host not in outside_data.lower()
    assert "https://cdn.example.com/evil.js" in json.dumps(page_data(page))


def test_content_security_policy_allows_only_the_pages_own_scripts(sample_page):
    parsed = parse(sample_page)
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    executable = [text for attrs, text in parsed.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2
    for text in executable:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


# ------------------------------------------------------------------------------------------ styling


def test_nodes_are_styled_by_type_sized_by_degree_and_labelled(sample_page):
    data = page_data(sample_page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["country/MAR"]["label"] == "Morocco (MAR)"
    assert nodes["person/gantz"]["label"] == "Benny Gantz"
    assert nodes["country/MAR"]["shape"] != nodes["person/gantz"]["shape"]
    assert nodes["country/MAR"]["color"]["background"] != nodes["person/gantz"]["color"]["background"]
    assert nodes["country/MAR"]["value"] == 5 and nodes["org/un"]["value"] == 1
    assert nodes["person/gantz"]["kg"]["positions"] == ["Defence Minister"]
    assert nodes["country/MAR"]["kg"]["aliases"] == ["Kingdom of Morocco", "Rabat"]
    assert [t[0] for t in data["types"]] == ["Country", "Person", "Organization", "Group"]


def test_edges_are_labelled_directed_coloured_by_category_and_dashed_when_planned(sample_page):
    data = page_data(sample_page)
    edges = {e["kg"]["predicate"]: e for e in data["edges"]}
    assert all(e["arrows"] == "to" and e["label"] == p for p, e in edges.items())
    colours = {e["kg"]["category"]: e["color"]["color"] for e in data["edges"]}
    assert colours == {"cooperation": "#2e9b48", "consultation": "#2a6fd6", "conflict": "#d12f2f", "state": "#8c8c8c"}
    assert edges["recognize"]["dashes"] is True and edges["sign_agreement"]["dashes"] is False
    assert edges["sign_agreement"]["from"] == "country/MAR" and edges["sign_agreement"]["to"] == "country/ISR"
    ev = edges["sign_agreement"]["kg"]["evidence"]
    assert [e["document"] for e in ev] == ["doc1", "doc2"] and ev[0]["sentence"].startswith("Morocco and Israel")
    assert edges["holds_position"]["kg"]["lo"] == "2020-05-01" and edges["holds_position"]["kg"]["hi"] == "9999-12-31"
    assert edges["member_of"]["kg"]["lo"] is None
    assert data["documents"] == ["doc1", "doc2", "doc3"]
    assert data["dateMin"] == "2020-05-01" and data["dateMax"] == "2021-11-30"


@pytest.mark.parametrize("modality, dashes", [("asserted", False), ("planned", True), ("claimed", [2, 5]),
                                             ("unknown", False)])
def test_an_edge_is_drawn_by_its_modality(modality, dashes):
    g = sample_graph()
    add_fact(g, "country/ISR", "org/un", "meet", "consultation", modality=modality)
    edge = next(e for e in page_data(render_html(g))["edges"] if e["kg"]["predicate"] == "meet")
    assert edge["dashes"] == dashes and edge["kg"]["modality"] == modality


def test_parallel_facts_are_curved_apart():
    g = sample_graph()
    add_fact(g, "country/MAR", "country/ISR", "meet", "consultation", date="2022-03-28")
    edges = [e for e in page_data(render_html(g))["edges"] if {e["from"], e["to"]} == {"country/MAR", "country/ISR"}]
    assert len(edges) == 3
    assert edges[0]["smooth"] == {"enabled": False}
    # Seen along one fixed direction of the pair, the two curved facts bend to opposite sides.
    sides = {(1 if e["smooth"]["roundness"] > 0 else -1) * (1 if e["from"] <= e["to"] else -1) for e in edges[1:]}
    assert sides == {1, -1} and all(e["smooth"]["type"] == "curvedCW" for e in edges[1:])


def test_empty_and_sparse_graphs_render():
    assert page_data(render_html(nx.MultiDiGraph()))["nodes"] == []
    g = nx.MultiDiGraph()
    g.add_node("x")  # no attributes at all
    g.add_edge("x", "y", key="p")
    data = page_data(render_html(g))
    assert {n["label"] for n in data["nodes"]} == {"x", "y"}
    assert data["edges"][0]["kg"]["predicate"] == "p" and data["edges"][0]["kg"]["category"] == "state"


def test_dates_and_sets_in_attributes_are_serialised():
    g = nx.MultiDiGraph()
    add_entity(g, "a", "A", "Country", "AAA")
    g.nodes["a"]["aliases"] = {"z", "b"}
    add_entity(g, "b", "B", "Country", "BBB")
    add_fact(g, "a", "b", "meet", "consultation", date=dt.date(2023, 5, 1), confidence=float("nan"))
    data = page_data(render_html(g))
    assert data["nodes"][0]["kg"]["aliases"] == ["b", "z"]
    assert data["edges"][0]["kg"]["date"] == "2023-05-01" and data["edges"][0]["kg"]["confidence"] is None


# ----------------------------------------------------------------------------------------- escaping


def test_safe_json_cannot_close_a_script_block():
    text = safe_json({"a": "</script><!-- \u2028 & > é"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text and text.isascii()
    assert json.loads(text) == {"a": "</script><!-- \u2028 & > é"}


def test_hostile_labels_aliases_and_evidence_stay_data(empty_page):
    page = render_html(hostile_graph(), title=HOSTILE[0])
    assert markers(page) == markers(render_html(nx.MultiDiGraph(), title="x")) == markers(empty_page)
    data = page_data(page)
    assert data["title"] == HOSTILE[0]
    labels = {n["kg"]["name"] for n in data["nodes"]}
    assert labels == {HOSTILE[0], HOSTILE[1]}
    assert data["nodes"][0]["kg"]["aliases"] == HOSTILE
    assert data["edges"][0]["kg"]["evidence"][0]["sentence"] == " ".join(HOSTILE)
    assert "<title>&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    assert not any("title" in item for item in data["nodes"] + data["edges"])  # vis renders titles as HTML
    parsed = parse(page)
    assert [tag for tag, _ in parsed.tags] == [tag for tag, _ in parse(empty_page).tags]
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)


def test_the_page_script_never_uses_html_sinks():
    from kg.views.html import VIEW_DIR

    script = (VIEW_DIR / "view.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.S)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    label=st.text(max_size=40),
    alias=st.text(alphabet=st.sampled_from(list("<>/&\"'=!-scriptSCRIPTimg \u2028\u2029\x00é")), max_size=40),
    sentence=st.text(max_size=80),
)
def test_any_unicode_label_stays_inside_the_data_block(label, alias, sentence, empty_markers):
    g = nx.MultiDiGraph()
    add_entity(g, "a", label, "Country", alias[:3] or None, [alias])
    add_entity(g, "b", alias, "Person")
    add_fact(g, "a", "b", alias or "p", "conflict", documents=[alias or "d"], sentence=sentence)
    page = render_html(g, title=label)
    assert markers(page) == empty_markers
    block = page.split('<script id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert block.isascii() and "<" not in block and ">" not in block and "&" not in block
    data = page_data(page)
    assert data["nodes"][0]["kg"]["name"] == (label or "a")
    assert data["nodes"][0]["kg"]["aliases"] == ([alias] if alias else [])
    assert data["edges"][0]["kg"]["evidence"][0]["sentence"] == sentence


def test_facts_carry_the_states_they_count_for_and_documents_their_titles():
    g = nx.MultiDiGraph(documents=["doc1", "doc2"], document_titles={"doc1": "Ministers meet", "other": "Not built"})
    add_entity = lambda key, label, type_: g.add_node(key, label=label, type=type_, aliases=[])  # noqa: E731
    add_entity("country/MAR", "Morocco", "Country")
    add_entity("country/ISR", "Israel", "Country")
    add_entity("person/gantz", "Benny Gantz", "Person")
    g.add_edge("person/gantz", "country/ISR", key="affiliatedWith", predicate="affiliatedWith", category="state")
    g.add_edge("person/gantz", "country/MAR", key="visits", predicate="visits", category="consultation")
    data = page_data(render_html(g))
    actors = {e["kg"]["predicate"]: e["kg"]["actors"] for e in data["edges"]}
    assert actors == {"affiliatedWith": None, "visits": ["country/ISR", "country/MAR"]}
    assert {n["id"]: n["kg"]["actor"] for n in data["nodes"]} == {
        "country/MAR": True, "country/ISR": True, "person/gantz": False}
    assert data["documentTitles"] == {"doc1": "Ministers meet"}


@pytest.mark.parametrize("graph", [sample_graph(), nx.MultiDiGraph()], ids=["sample", "empty"])
def test_nodes_are_the_dicts_pyvis_add_node_makes_in_the_same_order(graph):
    """The nodes are appended without pyvis' add_node (whose duplicate check scans a list): the same dicts, keys
    in the same order, as add_node would make from the same options."""
    from pyvis.network import Network

    from kg.views.html import _build_network

    net = _build_network(graph)
    reference = Network(directed=True, cdn_resources="in_line")
    for node in net.nodes:
        reference.add_node(node["id"], label=node["label"], shape=node["shape"], color=node["color"],
                           value=node["value"], kg=node["kg"])
    assert json.dumps(net.nodes) == json.dumps(reference.nodes)
    assert net.node_ids == reference.node_ids == [str(n) for n in graph.nodes]
    assert net.node_map == reference.node_map
