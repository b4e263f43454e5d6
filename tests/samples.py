"""Hand-made extractions shared by the tests of rdf, tables, sparql, knowledge_graph, cli, analysis and notebook."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.model import Document, Entity, Evidence, Extraction, Fact

SHARED = Path(__file__).parents[1].parent / "shared"
SENTENCE_1 = "Benny Gantz met Abdellatif Loudiyi in Rabat on 24 November 2021."
SENTENCE_2 = "Gantz will visit Morocco."

GANTZ = Entity("person/benny-gantz", "Benny Gantz", "Person", frozenset({"Benny Gantz", "Gantz"}))
LOUDIYI = Entity("person/abdellatif-loudiyi", "Abdellatif Loudiyi", "Person", frozenset({"Loudiyi"}))
MOROCCO = Entity("country/MAR", "Morocco", "Country", frozenset({"the Kingdom"}), country_code="MAR")
ISRAEL = Entity("country/ISR", "Israel", "Country", frozenset({"Israeli"}), country_code="ISR")
MOU = Entity("agreement/defense-mou", "defense memorandum of understanding", "Agreement", frozenset({"MoU"}))


def evidence(doc: str, sentence: str = SENTENCE_1, start: int = 0) -> Evidence:
    """Evidence for a sentence at an offset of a document."""
    return Evidence(doc, sentence, start, start + len(sentence))


def extractions() -> list[Extraction]:
    """Two documents: a meeting with positions and an agreement, and a planned visit repeated in the second."""
    one = Document("doc-one", SENTENCE_1, source="one.txt", title="Gantz in Rabat", published=dt.date(2021, 11, 25))
    two = Document("doc-two", SENTENCE_2, source="two.txt", published=dt.date(2021, 11, 20))
    e1, e2 = evidence("doc-one"), evidence("doc-two", SENTENCE_2)
    facts_one = (
        Fact(GANTZ.key, "meetsWith", LOUDIYI.key, e1, date="2021-11-24", confidence=0.9, rule="meet-verb"),
        Fact(GANTZ.key, "holdsPosition", "Minister of Defense", e1, object_is_literal=True, rule="appos"),
        Fact(GANTZ.key, "affiliatedWith", ISRAEL.key, e1, rule="nationality"),
        Fact(LOUDIYI.key, "affiliatedWith", MOROCCO.key, e1, rule="nationality"),
        Fact(GANTZ.key, "signs", MOU.key, e1, date="2021-11", rule="sign-verb"),
        Fact(MOROCCO.key, "partyTo", MOU.key, e1, start_date="2021-11-24", end_date="2024"),
        Fact(GANTZ.key, "visits", MOROCCO.key, e1, date="2021-11-24", confidence=0.7),
    )
    facts_two = (
        Fact(GANTZ.key, "visits", MOROCCO.key, e2, date="2021-11-24", modality="planned", confidence=0.6,
             attributed_to=LOUDIYI.key),
        Fact(LOUDIYI.key, "meetsWith", GANTZ.key, e2, date="2021-11-24"),
    )
    return [
        Extraction(one, (GANTZ, LOUDIYI, MOROCCO, ISRAEL, MOU), facts_one),
        Extraction(two, (Entity(GANTZ.key, "Gantz", "Person"), MOROCCO, LOUDIYI), facts_two),
    ]


def hostile_extraction() -> Extraction:
    """One document whose title and a person's label hold markup: for the notebook tables and summary."""
    doc = Document("doc<1>", "text", title="A <b>bold</b> title", published=dt.date(2022, 1, 1))
    isr = Entity("country/ISR", "Israel", "Country", frozenset({"Israeli"}), "ISR")
    mar = Entity("country/MAR", "Morocco", "Country", frozenset(), "MAR")
    evil = Entity("person/evil", "<script>alert(1)</script>", "Person")
    ev = Evidence("doc<1>", "Israel visited Morocco.", 0, 23)
    facts = (
        Fact("country/ISR", "visits", "country/MAR", ev, date="2022-01-01", confidence=0.9, rule="r1"),
        Fact("person/evil", "affiliatedWith", "country/ISR", ev),
        Fact("person/evil", "holdsPosition", "minister", ev, object_is_literal=True, start_date="2020"),
    )
    return Extraction(doc, (isr, mar, evil), facts)
