"""kg.views.html: the self-contained HTML page (offline, escaping) and filter_graph."""
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

from kg.errors import DateError, KgError
from kg.views.html import date_bounds, display_label, fact_interval, filter_graph, render_html, safe_json

HOSTILE = [
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "javascript:window.__pwned=1",
    "<!-- <script>",
    "\u2028\u2029 & &amp; <b>bold</b>",
]


# ------------------------------------------------------------------------------------------ graphs


def add_entity(g, key, label, type_, code=None, aliases=(), positions=None):
    attrs = dict(label=label, type=type_, aliases=list(aliases), country_code=code, iri=f"https://kg.example/{key}")
    if positions is not None:
        attrs["positions"] = list(positions)
    g.add_node(key, **attrs)


def add_fact(g, s, t, predicate, category, *, plover="CONSULT", modality="asserted", date=None, start=None,
             end=None, documents=("doc1",), sentence="A sentence.", confidence=0.8):
    g.add_edge(
        s, t, key=predicate, predicate=predicate, plover=plover, category=category, modality=modality,
        date=date, start_date=start, end_date=end, confidence=confidence, documents=list(documents),
        evidence=[{"document": d, "sentence": sentence, "date": date, "confidence": confidence} for d in documents],
    )


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    add_entity(g, "country/MAR", "Morocco", "Country", "MAR", ["Kingdom of Morocco", "Rabat"])
    add_entity(g, "country/ISR", "Israel", "Country", "ISR", ["State of Israel"])
    add_entity(g, "country/USA", "United States", "Country", "USA", ["US", "Washington"])
    add_entity(g, "person/gantz", "Benny Gantz", "Person", aliases=["Gantz"], positions=["Defence Minister"])
    add_entity(g, "group/polisario", "Polisario Front", "Group", aliases=["Polisario"])
    add_entity(g, "org/un", "United Nations", "Organization", aliases=["UN"])
    add_fact(g, "country/MAR", "country/ISR", "sign_agreement", "cooperation", plover="AGREE", date="2021-11-24",
             documents=("doc1", "doc2"), sentence="Morocco and Israel signed a defence pact.")
    add_fact(g, "country/ISR", "country/MAR", "visit", "consultation", date="2021-11", documents=("doc1",))
    add_fact(g, "country/MAR", "group/polisario", "fight", "conflict", plover="FIGHT", date="2020-11-13",
             documents=("doc3",))
    add_fact(g, "country/USA", "country/MAR", "recognize", "cooperation", modality="planned", date="2020-12",
             documents=("doc2",))
    add_fact(g, "person/gantz", "country/ISR", "holds_position", "state", plover="state", start="2020-05")
    add_fact(g, "country/MAR", "org/un", "member_of", "state", plover="state")
    return g


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


# ---------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023", ("2023-01-01", "2023-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-05-07", ("2023-05-07", "2023-05-07")),
        ("2023-05-07T10:00:00", ("2023-05-07", "2023-05-07")),
        (dt.date(2020, 1, 2), ("2020-01-02", "2020-01-02")),
        (dt.datetime(2020, 1, 2, 3, 4), ("2020-01-02", "2020-01-02")),
        ("2023-13", None),
        ("2023-02-30", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_date_bounds(value, expected):
    assert date_bounds(value) == expected


def test_fact_interval():
    assert fact_interval({"date": "2021"}) == ("2021-01-01", "2021-12-31")
    assert fact_interval({"start_date": "2020-05", "end_date": "2021-02-03"}) == ("2020-05-01", "2021-02-03")
    assert fact_interval({"start_date": "2020-05"}) == ("2020-05-01", "9999-12-31")
    assert fact_interval({"start_date": "2020-05", "date": "2020-07-01"}) == ("2020-05-01", "2020-07-01")
    assert fact_interval({}) == (None, None)


def test_display_label():
    assert display_label("Morocco", "MAR") == "Morocco (MAR)"
    assert display_label("Morocco (MAR)", "MAR") == "Morocco (MAR)"
    assert display_label("Benny Gantz", None) == "Benny Gantz"


# --------------------------------------------------------------------------------------- filter


def edge_set(g):
    return {(s, t, k) for s, t, k in g.edges(keys=True)}


def test_filter_without_arguments_is_a_copy():
    g = sample_graph()
    out = filter_graph(g)
    assert edge_set(out) == edge_set(g) and set(out.nodes) == set(g.nodes)
    out.remove_node("country/MAR")
    assert "country/MAR" in g
    assert out is not g


def test_filter_by_predicate_keeps_attributes_and_drops_lonely_entities():
    g = sample_graph()
    out = filter_graph(g, predicates=["FIGHT", "visit"])
    assert edge_set(out) == {("country/MAR", "group/polisario", "fight"), ("country/ISR", "country/MAR", "visit")}
    assert set(out.nodes) == {"country/MAR", "country/ISR", "group/polisario"}
    assert out.nodes["country/MAR"] == g.nodes["country/MAR"]
    assert out.edges["country/MAR", "group/polisario", "fight"] == g.edges["country/MAR", "group/polisario", "fight"]
    assert edge_set(filter_graph(g, predicates="fight")) == {("country/MAR", "group/polisario", "fight")}


def test_unknown_predicate_is_a_clear_error():
    with pytest.raises(KgError, match=r"unknown predicate\(s\): sign_agrement\. Known predicates: .*sign_agreement"):
        filter_graph(sample_graph(), predicates=["sign_agrement"])


@pytest.mark.parametrize(
    "since, until, expected",
    [
        ("2021-01-01", None, {"sign_agreement", "visit", "holds_position"}),
        (None, "2020-12-31", {"fight", "recognize", "holds_position"}),
        ("2020-12-15", "2020-12-15", {"recognize", "holds_position"}),  # the month "2020-12" covers the 15th
        ("2021-11", "2021-11", {"sign_agreement", "visit", "holds_position"}),
        (dt.date(2020, 11, 13), dt.date(2020, 11, 13), {"fight", "holds_position"}),
        ("2019", "2019", set()),
    ],
)
def test_filter_by_dates_drops_undated_facts(since, until, expected):
    out = filter_graph(sample_graph(), since=since, until=until)
    assert {k for _, _, k in out.edges(keys=True)} == expected
    assert "org/un" not in out  # member_of is undated


@pytest.mark.parametrize("bad", ["2021/01/01", "yesterday", "2021-02-30", "21-01-01"])
def test_bad_dates_are_date_errors(bad):
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        filter_graph(sample_graph(), since=bad)


def test_since_after_until_is_an_error():
    with pytest.raises(DateError, match="after"):
        filter_graph(sample_graph(), since="2022-01-01", until="2021-01-01")


@pytest.mark.parametrize("focus", ["Morocco", "morocco", "MAR", "mar", "Kingdom of Morocco", "Morocco (MAR)", "country/MAR",
                                   "https://kg.example/country/MAR", "  rabat "])
def test_focus_by_label_alias_code_or_iri(focus):
    out = filter_graph(sample_graph(), focus=focus)
    assert set(out.nodes) == {"country/MAR", "country/ISR", "country/USA", "group/polisario", "org/un"}
    assert ("person/gantz", "country/ISR", "holds_position") not in edge_set(out)


def test_focus_depth():
    g = sample_graph()
    assert set(filter_graph(g, focus="Gantz", depth=0).nodes) == {"person/gantz"}
    assert set(filter_graph(g, focus="Gantz", depth=1).nodes) == {"person/gantz", "country/ISR"}
    assert set(filter_graph(g, focus="Gantz", depth=2).nodes) == {"person/gantz", "country/ISR", "country/MAR"}
    assert set(filter_graph(g, focus="Gantz", depth=9).nodes) == set(g.nodes)
    depth2 = filter_graph(g, focus="Gantz", depth=2)
    assert ("country/MAR", "country/ISR", "sign_agreement") in edge_set(depth2)
    assert ("country/MAR", "org/un", "member_of") not in edge_set(depth2)


def test_focus_with_predicates_follows_only_kept_facts():
    out = filter_graph(sample_graph(), focus="US", predicates=["recognize", "fight"], depth=2)
    assert edge_set(out) == {("country/USA", "country/MAR", "recognize"), ("country/MAR", "group/polisario", "fight")}


def test_focus_is_kept_even_when_filters_leave_it_no_fact():
    out = filter_graph(sample_graph(), focus="UN", since="2021-01-01")
    assert set(out.nodes) == {"org/un"} and out.number_of_edges() == 0


def test_label_match_beats_alias_match():
    g = sample_graph()
    add_entity(g, "place/rabat", "Rabat", "Place")
    assert set(filter_graph(g, focus="rabat", depth=0).nodes) == {"place/rabat"}


def test_unknown_focus_is_a_clear_error():
    with pytest.raises(KgError, match=r"no entity named 'Moroco'.*labels, aliases and ISO codes"):
        filter_graph(sample_graph(), focus="Moroco")
    with pytest.raises(KgError, match="Did you mean: United Nations, United States"):
        filter_graph(sample_graph(), focus="united")
    with pytest.raises(KgError, match="empty"):
        filter_graph(sample_graph(), focus="  ")


@pytest.mark.parametrize("depth", [-1, 1.5, True, "2"])
def test_bad_depth(depth):
    with pytest.raises(KgError, match="depth"):
        filter_graph(sample_graph(), focus="Morocco", depth=depth)
