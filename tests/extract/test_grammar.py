"""Tests of kg.extract.grammar: the closed-class words and spaCy labels the rules share."""
from __future__ import annotations

import pytest

from kg.extract import grammar
from kg.model import ENTITY_TYPES


def _word_sets():
    return {name: value for name, value in vars(grammar).items()
            if name.isupper() and isinstance(value, frozenset) and all(isinstance(w, str) for w in value)}


def test_word_sets_are_frozen_and_not_empty():
    assert _word_sets()
    for name, words in _word_sets().items():
        assert words, name


def test_english_words_are_lowercase():
    for name in ("DETERMINERS", "DEFINITE_DETERMINERS", "POSITION_PREPOSITIONS", "GENDERED_PRONOUNS",
                 "NEUTER_PRONOUNS", "PLURAL_PRONOUNS", "FIRST_PERSON_PRONOUNS", "RELATIVE_PRONOUNS"):
        assert all(w == w.lower() for w in getattr(grammar, name)), name


def test_ner_labels_give_entity_types_of_the_model():
    assert set(grammar.NER_ENTITY_TYPES.values()) <= set(ENTITY_TYPES)
    assert grammar.COUNTRY_WORD_LABELS <= set(grammar.NER_ENTITY_TYPES)


def test_pronoun_sets_nest():
    assert grammar.DEFINITE_DETERMINERS <= grammar.DETERMINERS
    assert grammar.PERSONAL_RELATIVE_PRONOUNS <= grammar.RELATIVE_PRONOUNS
    assert not grammar.MASCULINE_PRONOUNS & grammar.FEMININE_PRONOUNS



@pytest.mark.parametrize("text, verb, particle_decides, expected", [
    ("They called off the talks.", "called", False, True),     # the phrasal verb is listed
    ("They bought the firm.", "bought", False, True),           # the verb alone is listed
    ("They bought back the shares.", "bought", False, True),    # a particle does not hide the listed verb...
    ("They bought back the shares.", "bought", True, False),    # ...unless the particle decides
    ("They met the envoy.", "met", False, False),
])
def test_verb_in_reads_a_phrasal_verb(nlp, text, verb, particle_decides, expected):
    token = next(t for t in nlp(text) if t.text == verb)
    words = frozenset({"call off", "buy"})
    assert grammar.verb_in(token, words, particle_decides=particle_decides) is expected
