"""Hand-built networkx graphs with the schema of KnowledgeGraph.to_networkx(), shared by the view tests."""
from __future__ import annotations

import networkx as nx

from kg import vocabulary

BASE = "https://w3id.org/kg/id/"


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


# ---------------------------------------------------------------- countries, with what belongs to them

NODES = {
    "country/ISR": ("Israel", "Country", ["ISR", "Israeli"], "ISR"),
    "country/MAR": ("Morocco", "Country", ["MAR", "Moroccan"], "MAR"),
    "country/USA": ("United States", "Country", ["USA", "US"], "USA"),
    "country/FRA": ("France", "Country", ["FRA"], "FRA"),
    "person/gantz": ("Benny Gantz", "Person", [], None),
    "person/loudiyi": ("Abdellatif Loudiyi", "Person", [], None),
    "person/kochavi": ("Aviv Kochavi", "Person", [], None),
    "person/dual": ("Dual Citizen", "Person", [], None),
    "organization/tsahal": ("Tsahal", "Organization", ["Israeli army"], None),
    "agreement/mou": ("defense memorandum", "Agreement", [], None),
}


def add_relation(graph: nx.MultiDiGraph, s: str, p: str, o: str, *dates: str | None, docs: tuple[str, ...] = ("d1",)) -> None:
    dates = dates or (None,)
    evidence = [{"document": docs[i % len(docs)], "sentence": f"{s} {p} {o} <{i}>.", "date": d, "confidence": 0.8}
                for i, d in enumerate(dates)]
    known = sorted(d for d in dates if d)
    graph.add_edge(BASE + s, BASE + o, key=p, predicate=p, plover=vocabulary.plover_type(p),
                   category=vocabulary.category(p), modality="asserted", date=known[0] if known else None,
                   start_date=None, end_date=None, confidence=0.8, documents=sorted(set(docs)), evidence=evidence)


def bilateral_graph() -> nx.MultiDiGraph:
    """Four countries, people and an army that belong to them, and dated relations between them (kg.analysis)."""
    g = nx.MultiDiGraph(documents=["d1", "d2"])
    for key, (label, kind, aliases, code) in NODES.items():
        g.add_node(BASE + key, label=label, type=kind, aliases=aliases, country_code=code, iri=BASE + key)
    g.nodes[BASE + "person/gantz"]["positions"] = ["Minister of Defense"]
    # belonging
    add_relation(g, "person/gantz", "affiliatedWith", "country/ISR")
    add_relation(g, "person/loudiyi", "affiliatedWith", "country/MAR")
    add_relation(g, "person/kochavi", "leads", "organization/tsahal")
    add_relation(g, "organization/tsahal", "partOf", "country/ISR")
    add_relation(g, "person/dual", "affiliatedWith", "country/ISR")
    add_relation(g, "person/dual", "affiliatedWith", "country/USA")
    # relations
    add_relation(g, "country/ISR", "visits", "country/MAR", "2021-11-24", "2021-11-24", "2022-07-01", docs=("d1", "d2"))
    add_relation(g, "person/gantz", "meetsWith", "person/loudiyi", "2021-11-24")
    add_relation(g, "person/kochavi", "visits", "country/MAR", "2022-08")
    add_relation(g, "country/ISR", "criticizes", "country/MAR", "2023")
    add_relation(g, "country/MAR", "cooperatesWith", "country/ISR")  # undated
    add_relation(g, "country/USA", "sanctions", "country/ISR", "2022-03-01")
    add_relation(g, "person/dual", "visits", "country/FRA", "2022")  # ambiguous person: not attributed
    add_relation(g, "person/gantz", "signs", "agreement/mou", "2021-11-24")  # not a country pair
    add_relation(g, "person/loudiyi", "signs", "agreement/mou", "--11-24")
    return g
