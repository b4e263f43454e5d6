"""kg.extract.extractor end to end: boilerplate never becomes an entity or a fact, documents stay apart in a stream,
and every fact points at entities of its extraction with evidence inside the document."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.read.documents import document_from_text, read_documents
from kg.extract.extractor import extract, extract_all
from kg.model import Document

ARTICLE = (
    "Kenya and Uganda sign border accord\n\n"
    "Share this\n\n"
    "Kenya and Uganda signed a border accord in Nairobi on 3 March 2005.\n\n"
    "Read more: Tanzania hosts regional summit\n\n"
    "Share on Facebook\n\n"
    "Kenyan President William Ruto welcomed the accord.\n"
)
BOILERPLATE = ("Share this", "Read more", "Share on Facebook", "Tanzania hosts regional summit")


def test_cleaning_removes_boilerplate_lines():
    document = document_from_text(ARTICLE, id="article")
    for line in BOILERPLATE:
        assert line not in document.text
    assert "Kenya and Uganda signed a border accord in Nairobi on 3 March 2005." in document.text


def test_boilerplate_yields_no_entity_and_no_fact(nlp):
    extraction = extract(document_from_text(ARTICLE, id="article"), nlp)
    labels = {e.label for e in extraction.entities} | {a for e in extraction.entities for a in e.aliases}
    assert not any(word in label for label in labels for word in ("Share", "Read", "Facebook"))
    assert "country/TZA" not in {e.key for e in extraction.entities}  # only named in the "Read more" teaser
    for fact in extraction.facts:
        assert not any(line in fact.evidence.sentence for line in BOILERPLATE)
    signers = {f.subject for f in extraction.facts if f.predicate == "signs"}
    assert {"country/KEN", "country/UGA"} <= signers


def test_boilerplate_removed_when_reading_a_file(tmp_path, nlp):
    path = tmp_path / "kenya-uganda.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    documents = [d for d in read_documents(path) if isinstance(d, Document)]
    assert len(documents) == 1
    assert not any(line in documents[0].text for line in BOILERPLATE)
    extraction = extract(documents[0], nlp)
    assert "country/TZA" not in {e.key for e in extraction.entities}


def test_every_fact_refers_to_entities_of_its_extraction(nlp):
    extraction = extract(document_from_text(ARTICLE, id="article"), nlp)
    keys = {e.key for e in extraction.entities}
    assert extraction.facts
    for fact in extraction.facts:
        assert fact.subject in keys
        assert fact.object_is_literal or fact.object in keys
        assert fact.evidence.document == "article"
        assert 0 <= fact.evidence.start < fact.evidence.end <= len(extraction.document.text)
        assert fact.evidence.sentence in extraction.document.text


def test_documents_in_a_stream_stay_apart(nlp):
    docs = [
        Document("one", "Kenya signed the accord.", published=dt.date(2020, 1, 1)),
        Document("two", "Justin Trudeau visited India."),
        Document("three", "Share this"),
    ]
    extractions = list(extract_all(docs, nlp))
    assert [x.document.id for x in extractions] == ["one", "two", "three"]
    one, two, three = extractions
    assert "country/IND" not in {e.key for e in one.entities}
    assert "country/KEN" not in {e.key for e in two.entities}
    assert {f.evidence.document for f in one.facts + two.facts} == {"one", "two"}
    assert three.facts == ()


@pytest.mark.parametrize("text", ["", "   ", "Share this", "Read more"])
def test_empty_or_furniture_text_gives_nothing(nlp, text):
    extraction = extract(Document("empty", text), nlp)
    assert extraction.facts == ()
    assert extraction.entities == ()


def test_extracting_twice_gives_the_same_result(nlp):
    doc = Document("same", "Kenyan President William Ruto visited Uganda on 3 March 2005.")
    first, second = extract(doc, nlp), extract(doc, nlp)
    assert set(first.facts) == set(second.facts)
    assert set(first.entities) == set(second.entities)


WORDS = ["the", "The", "a", "ministry", "central", "bank", "army", "embassy", "summit", "talks", "agreement", ",",
         ".", "and", "of", "in", "with", "to", "his", "her", "its", "their", "it", "they", "he", "she", "who",
         "which", "Kenya", "Kenyan", "Nairobi", "Uganda", "Ugandan", "Mr", "Ms", "Odinga", "Raila", "NATO", "(",
         ")", "KDF", "signed", "visited", "met", "criticised", "urged", "held", "was", "will", "not", "President",
         "minister", "foreign", "counterpart", "between", "two", "countries", "as", "capacity", "Foreign",
         "Secretary", "'s", "said", "that", "March", "2005", "next", "week"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_any_word_soup_extracts_without_error(nlp, words):
    """The rules meet every parse shape without raising (a definite body with nothing to refer to, an
    apposition of two descriptions, a pronoun with no antecedent, ...)."""
    text = " ".join(words)
    extraction = extract(Document(id="soup", text=text, published=dt.date(2005, 3, 1)), nlp)
    keys = {e.key for e in extraction.entities}
    for fact in extraction.facts:
        assert fact.subject in keys and (fact.object_is_literal or fact.object in keys)


@pytest.mark.parametrize("text", [
    "Kampala forced the UN food agency, WFP, out of the country.",  # an unresolved definite body in apposition
    "They met. It was signed. He visited.",  # pronouns with nothing to refer to
    "The central bank's governor resigned.",  # a definite body with no antecedent
])
def test_awkward_sentences_extract_without_error(nlp, text):
    extract(Document(id="awkward", text=text), nlp)
