"""The spaCy pipeline as kg loads and extends it."""
from __future__ import annotations

import pytest

from kg.extract.parse import add_lemma_repair


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


def test_lemma_repair_is_added_once(nlp):
    assert add_lemma_repair(add_lemma_repair(nlp)).pipe_names.count("kg_lemma_repair") == 1
