"""kg's faster equivalents of spaCy's attribute ruler and lemmatiser give the token attributes spaCy's give."""
from __future__ import annotations

import pytest

from kg.extract.parse import add_lemma_repair


# ---- kg's TableAttributeRuler sets what spaCy's AttributeRuler sets -------------------------------------------

def _token_attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_, t.norm_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def stock_and_table():
    """The default model twice, kg's components added: spaCy's attribute ruler in one, kg's tables in the other."""
    import spacy

    from kg.extract.components import (MemoLemmatizer, TableAttributeRuler, use_memo_lemmatizer,
                                       use_table_attribute_ruler)
    from kg.extract.parse import add_paragraph_breaks, model_name

    stock = add_lemma_repair(add_paragraph_breaks(spacy.load(model_name())))
    table = add_lemma_repair(add_paragraph_breaks(spacy.load(model_name())))
    table = use_memo_lemmatizer(use_table_attribute_ruler(table))
    assert isinstance(table.get_pipe("attribute_ruler"), TableAttributeRuler)
    assert isinstance(table.get_pipe("lemmatizer"), MemoLemmatizer)
    assert table.pipe_names == stock.pipe_names and table.disabled == stock.disabled
    return stock, table


@pytest.mark.parametrize("text", [
    "The minister said on Tuesday that the two countries would sign a trade deal.",
    "Let's hope it's over, she said.  There's no reason to wait; there are two weeks left.",
    "We're gonna win, y'all, and I gotta say it ain't easy. C'mon!",
    "Headline without a stop\n\n   WASHINGTON (Reuters) - I told him. You gave it to me, and he got it.",
    "Do they have it? They did, and she does; he has had enough.  \t It gets worse.",
    "The mice fled; geese, wolves and oxen were seen. Prices rose, talks stalled, and the biggest cities worried.",
    "Better relations were sought as the worst crises eased: the leaves fell and the leaves of absence ended.",
    "That is what the report, which both sides accepted, said: whatever happens, this holds.",
    "",
    "   \n\n  ",
])
def test_the_table_ruler_sets_what_spacys_ruler_sets(stock_and_table, text):
    stock, table = stock_and_table
    assert _token_attributes(table(text)) == _token_attributes(stock(text))


def test_the_table_ruler_replaces_the_stock_one_once_under_its_name(stock_and_table):
    from kg.extract.components import TableAttributeRuler, use_table_attribute_ruler

    _, table = stock_and_table
    ruler = table.get_pipe("attribute_ruler")
    assert use_table_attribute_ruler(table).get_pipe("attribute_ruler") is ruler
    assert sum(isinstance(component, TableAttributeRuler) for _, component in table.components) == 1


def _blank_pair(patterns: list[dict]):
    """A blank English pipeline with spaCy's attribute ruler of these patterns, and kg's tables made from it."""
    import spacy

    from kg.extract.components import TableAttributeRuler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler, TableAttributeRuler(nlp.vocab).load(ruler)


_PATTERNS = [  # every shape kg's tables read: equalities, IN, NOT_IN, flags, several tokens, REGEX, an index
    {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "NOUN", "LEMMA": "talk"}},
    {"patterns": [[{"ORTH": "Talks"}], [{"TEXT": "TALKS"}]], "attrs": {"POS": "VERB"}},  # overrides the one before
    {"patterns": [[{"LOWER": {"IN": ["peace", "war"]}, "IS_TITLE": False}]], "attrs": {"MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["peace", "talks", "the"]}, "IS_ALPHA": True}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
    {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "peacetalk"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^wa"}}, {"IS_PUNCT": True, "OP": "?"}]], "attrs": {"NORM": "w"}},
    {"patterns": [[{"ORTH": "the"}, {}]], "attrs": {"LEMMA": "after-the"}, "index": 1},
]


@pytest.mark.parametrize("text", [
    "The peace talks resumed.",
    "Talks on the war went on , and TALKS went on.",
    "peace talks  \n Peace TALKS warfare was the war",
    "nothing here matches 123 !",
])
def test_the_table_ruler_follows_the_patterns_and_their_order(text):
    nlp, ruler, table = _blank_pair(_PATTERNS)
    assert table.matcher is not None and len(table.matcher) == 3  # several tokens or a REGEX: left to a Matcher
    stock_doc, table_doc = ruler(nlp.make_doc(text)), table(nlp.make_doc(text))
    assert _token_attributes(table_doc) == _token_attributes(stock_doc)
    assert [t.pos_ for t in table_doc] != [t.pos_ for t in nlp.make_doc(text)]  # something was set


def test_a_later_pattern_overrides_an_earlier_one():
    nlp, _, table = _blank_pair(_PATTERNS)
    doc = table(nlp.make_doc("Talks talks"))
    assert [(t.pos_, t.lemma_) for t in doc] == [("VERB", "talk"), ("NOUN", "talk")]


def test_an_index_outside_its_match_is_an_error_as_in_spacy():
    nlp, ruler, table = _blank_pair([{"patterns": [[{"LOWER": "a"}, {"LOWER": "b"}]], "attrs": {"POS": "X"},
                                      "index": 2}])
    with pytest.raises(ValueError):
        ruler(nlp.make_doc("a b"))
    with pytest.raises(ValueError):
        table(nlp.make_doc("a b"))


def test_a_ruler_setting_an_extension_is_not_replaced():
    import spacy
    from spacy.tokens import Token

    from kg.extract.components import use_table_attribute_ruler

    Token.set_extension("kg_test_flag", default=False, force=True)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "a"}]], "attrs": {"_": {"kg_test_flag": True}}}])
    assert type(use_table_attribute_ruler(nlp).get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


# ---- kg's MemoLemmatizer gives the lemmas spaCy's lemmatizer gives ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks talks were held; he talks, they talked, talking talks.",  # one form with several POS
    "He saw the saw. She leaves the leaves behind; the meeting was meeting its aims.",  # lemmas by POS
    "Stories of stories: the wolves' leaves and the leaving of the leaves.",
    "Quickly, quicker, quickest: the BBC's U.N. envoys re-elected Smith-Jones in 2005.",
])
def test_the_memo_lemmatizer_gives_spacys_lemmas_asked_twice(stock_and_table, text):
    stock, table = stock_and_table
    for _ in range(2):  # the second time from its memo
        assert [t.lemma_ for t in table(text)] == [t.lemma_ for t in stock(text)]


def test_the_memo_lemmatizer_keeps_a_lemma_already_set(stock_and_table):
    _, table = stock_and_table
    doc = table.make_doc("Ministers gonna meet")
    for name in table.pipe_names[: table.pipe_names.index("lemmatizer")]:
        doc = table.get_pipe(name)(doc)
    doc[0].lemma_ = "kept"
    assert [t.lemma_ for t in table.get_pipe("lemmatizer")(doc)][:2] == ["kept", "go"]  # "gonna": the ruler's


def test_the_memo_lemmatizer_leaves_spacys_own_tables_alone(stock_and_table):
    import spacy

    from kg.extract.components import use_memo_lemmatizer
    from kg.extract.parse import model_name

    nlp = spacy.load(model_name())
    original = nlp.get_pipe("lemmatizer")
    index = original.lookups.get_table("lemma_index")
    kinds = {type(value) for value in index.values()}
    use_memo_lemmatizer(nlp)
    assert {type(value) for value in original.lookups.get_table("lemma_index").values()} == kinds == {list}
    assert nlp.get_pipe("lemmatizer").lemmatizer is not original


def test_a_lemmatizer_of_its_own_kind_is_not_replaced():
    import spacy
    from spacy.pipeline import Lemmatizer

    from kg.extract.components import MemoLemmatizer

    class Other(Lemmatizer):
        def is_base_form(self, token):
            return token.is_title  # reads more than the form, POS and morphology

    assert not MemoLemmatizer.understood(Other(spacy.blank("en").vocab, None, mode="lookup"))


@pytest.mark.parametrize("text", [
    "Officials of the Inland Revenue met bankers from Ethopia and Korean firms in Seoul.",
    "The Quatar emir flew to Nairobi; Mr Kenya, a teacher, stayed in the village.",
])
def test_kgs_pipeline_gives_the_same_tokens_and_entities_with_the_equivalents(text):
    """The whole pipeline kg runs, spaCy's own components against kg's equivalents: kg's components after them
    (the near-country relabelling reads the lemmatiser's tables) see the same."""
    import spacy

    from kg.extract.extractor import pipeline_of
    from kg.extract.parse import model_name

    stock = pipeline_of(spacy.load(model_name()), equivalents=False)
    table = pipeline_of(spacy.load(model_name()))
    assert table.pipe_names == stock.pipe_names
    stock_doc, table_doc = stock(text), table(text)
    assert _token_attributes(table_doc) == _token_attributes(stock_doc)
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in table_doc.ents] == [
        (e.start, e.end, e.label_, e.ent_id_) for e in stock_doc.ents]


@pytest.mark.parametrize("patterns", [
    [{"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "talk"}}],  # one attribute read, one written
    [{"patterns": [[{"LOWER": {"NOT_IN": ["talks"]}}]], "attrs": {"POS": "X"}}],
    [{"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"POS": "NOUN"}, "index": 1}],  # none read
])
def test_the_table_ruler_with_a_single_attribute(patterns):
    nlp, ruler, table = _blank_pair(patterns)
    text = "peace talks and more talks"
    assert _token_attributes(table(nlp.make_doc(text))) == _token_attributes(ruler(nlp.make_doc(text)))
