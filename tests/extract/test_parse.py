"""The spaCy pipeline as kg loads and extends it."""
from __future__ import annotations

import pytest

from kg.extract.parse import add_lemma_repair, add_noun_repair


@pytest.mark.parametrize("sentence, form, lemma", [
    ("The students staged a sit-in.", "staged", "stage"),
    ("The rebels waged a long war.", "waged", "wage"),
    ("They were hoping for a deal.", "hoping", "hope"),
    ("The talks stopped on Monday.", "stopped", "stop"),  # a doubled consonant: the lemma was right
    ("The border opened on Monday.", "opened", "open"),  # two syllables: no e added
    ("Fighting raged in the north.", "raged", "rage"),
])
def test_lemma_repair_restores_the_silent_e(nlp, sentence, form, lemma):
    doc = add_lemma_repair(nlp)(sentence)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


@pytest.mark.parametrize("sentence, form, lemma", [
    ("The government raised taxes on fuel.", "taxes", "tax"),  # spaCy alone: "taxis"
    ("The US keeps two military bases in the region.", "bases", "base"),  # spaCy alone: "basis"
    ("The crises in the region deepened.", "crises", "crisis"),  # one reading only: spaCy's
    ("The new analyses were published.", "analyses", "analysis"),
    ("The leaves fell early this year.", "leaves", "leaf"),  # both readings regular: spaCy's
])
def test_lemma_repair_takes_the_regular_reading_of_a_plural_read_two_ways(nlp, sentence, form, lemma):
    doc = add_lemma_repair(nlp)(sentence)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


def test_the_regular_plurals_come_from_the_lemmatisers_own_tables(nlp):
    from kg.extract.parse import _regular_plurals

    plurals = _regular_plurals(nlp)
    assert {"taxes": "tax", "bases": "base", "comics": "comic"}.items() <= plurals.items()
    assert "leaves" not in plurals and "crises" not in plurals


@pytest.mark.parametrize("sentence, form, tag, pos", [
    # the tagger takes "deal" for a verb after the bracketed sum; the parser makes it the object, with "a"
    ("Peru has signed a $2bn (£1.04bn) deal with the republic of Chile to supply copper to Asia and Europe.",
     "deal", "NN", "NOUN"),
    ("Peru has signed a $2bn (£1.04bn) deal with the republic of Chile to supply copper to Asia and Europe.",
     "supply", "VB", "VERB"),  # a verb without an article stays one
    ("The firm will market the products.", "market", "VB", "VERB"),
])
def test_noun_repair_makes_a_noun_of_a_verb_parsed_with_an_article(nlp, sentence, form, tag, pos):
    from kg.extract.extractor import pipeline_of

    token = next(t for t in pipeline_of(nlp)(sentence) if t.text == form)
    assert (token.tag_, token.pos_) == (tag, pos)


def test_noun_repair_is_added_once_after_the_parser(nlp):
    names = add_noun_repair(add_noun_repair(nlp)).pipe_names
    assert names.count("kg_noun_repair") == 1 and names.index("kg_noun_repair") == names.index("parser") + 1


def test_lemma_repair_is_added_once(nlp):
    assert add_lemma_repair(add_lemma_repair(nlp)).pipe_names.count("kg_lemma_repair") == 1


def test_the_ruler_is_set_up_with_the_tokenizer_alone_in_the_same_place():
    """pipeline_of makes the ruler's phrase patterns with the tokenizer only: same components in the same
    order as spaCy's own set-up (which runs every pattern through the pipeline), same pattern tokens."""
    import spacy

    from kg.extract.extractor import pipeline_of
    from kg.extract.mentions import NEAR_COUNTRIES_NAME, RULER_NAME, add_entity_ruler
    from kg.extract.parse import add_paragraph_breaks, model_name

    fast, slow = pipeline_of(spacy.load(model_name())), spacy.load(model_name())
    slow = add_entity_ruler(add_noun_repair(add_lemma_repair(add_paragraph_breaks(slow))))
    assert fast.pipe_names == slow.pipe_names and fast.disabled == slow.disabled
    assert fast.pipe_names[-3:] == ["ner", RULER_NAME, NEAR_COUNTRIES_NAME]

    def tokens(nlp):
        return {label: [[t.text for t in doc] for doc in docs]
                for label, docs in nlp.get_pipe(RULER_NAME).phrase_patterns.items()}
    assert tokens(fast) == tokens(slow) and len(tokens(fast)) > 10
    text = "Ministers of the United Arab Emirates met the Secretary-General of the African Union in Addis Ababa."
    assert [(e.text, e.label_, e.ent_id_) for e in fast(text).ents] == [(e.text, e.label_, e.ent_id_)
                                                                         for e in slow(text).ents]


def test_the_pipeline_is_loaded_once_whichever_way_it_is_named(nlp):
    """load_pipeline(), load_pipeline(None) and the default's name are one cached pipeline, not three."""
    from kg.extract.parse import load_pipeline, model_name

    assert load_pipeline() is load_pipeline(None) is load_pipeline(model_name()) is nlp


@pytest.mark.parametrize("text, starts, not_starts", [
    ("Headline here\n\nThe text begins.", [0, 3], [2]),
    ("One line\nand its continuation.", [0, 3], [2]),
    ("A title \n\n  Then a body.", [0, 3], [2]),
    ("No break at all here, only  two spaces.", [0], []),
])
def test_a_line_break_starts_a_sentence_and_is_none(nlp, text, starts, not_starts):
    from kg.extract.parse import paragraph_breaks

    doc = paragraph_breaks(nlp.make_doc(text))
    assert [t.i for t in doc if t.is_sent_start] == starts
    assert [t.i for t in doc if t.is_sent_start is False] == not_starts
