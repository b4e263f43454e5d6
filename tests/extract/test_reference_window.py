"""kg.extract.entities: a plural pronoun takes the pair of actors named in its sentence or the one before, and no
pair named further back (what the text spoke of since has displaced it)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("Kenya and Uganda signed a deal. They will meet Tanzania next week.",
                 ("Kenya", "meetsWith", "Tanzania"), id="next-sentence"),
    pytest.param("Kenya and Uganda said they would visit Tanzania.", ("Kenya", "visits", "Tanzania"),
                 id="same-sentence"),
])
def test_plural_pronoun_takes_a_recent_pair(facts_of, text, expected):
    got = facts_of(text)
    assert got.find(*expected) is not None, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Kenya and Uganda signed a deal. Farmers were pleased. Prices rose in the markets. "
                 "Many traders came to the city. They will meet Tanzania next week.", "meetsWith", id="far-back"),
    pytest.param("Critics named Chile and Peru. The people in the square were angry. Most of them were young. "
                 "Then they visited Bolivia.", "visits", id="displaced"),
])
def test_plural_pronoun_skips_a_pair_named_long_before(facts_of, text, absent):
    got = facts_of(text)
    assert not any(p == absent for _, p, _ in got.triples), got
