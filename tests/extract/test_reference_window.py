"""kg.extract.entities: a plural pronoun takes the pair of actors named in its sentence or the one before, and no
pair named further back (what the text spoke of since has displaced it)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("Kenya and Uganda signed a deal. They will meet Tanzania next week.",
                 ("Kenya", "meetsWith", "Tanzania"), id="next-sentence"),
    pytest.param("Kenya and Uganda said they would visit Tanzania.", ("Kenya", "visits", "Tanzania"),
                 id="same-sentence"),
    pytest.param("Kenya and Uganda filed complaints. Talks failed. Officials met. However, both sides agreed to "
                 "suspend their requests for WTO arbitration.", ("Kenya", "agreesWith", "Uganda"),
                 id="after-a-group-reference"),
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


GOVERNMENT_TEXTS = {
    "placed": "The war in Iraq has cost billions. Troops in Iraq are still fighting. Many civilians in Iraq have "
              "died. Aid agencies in Iraq warn of a crisis.\n\nBishop John Smith has since criticised the government.",
    "named": "Kenya is rich. Kenya is big. Kenya voted. Kenya is proud. Uganda is small. "
             "John Smith criticised the government.",
}


def test_the_government_is_not_the_country_where_things_happen(facts_of):
    """'the government' is never guessed from a country named only as a place ("in Iraq")."""
    got = facts_of(GOVERNMENT_TEXTS["placed"])
    assert not got.predicates("criticizes"), got


def test_the_government_is_the_country_the_text_names_most(facts_of):
    got = facts_of(GOVERNMENT_TEXTS["named"])
    assert got.find("John Smith", "criticizes", "Kenya") is not None, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Mr Odinga met the farmers, who criticised Uganda.", ("Odinga", "criticizes", "Uganda"),
                 id="common-noun"),
    pytest.param("John Smith forgot one point; the rebels who threaten Kenya are armed.",
                 ("John Smith", "threatens", "Kenya"), id="other-clause"),
])
def test_a_relative_pronoun_on_a_common_noun_is_not_a_name_before(facts_of, text, absent):
    """'who' of a relative clause on a noun that names no actor refers to that noun, not to a name before it."""
    got = facts_of(text)
    assert not any(p == absent[1] and s.endswith(absent[0]) for s, p, _ in got.triples), got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Kenya sent troops to Somalia, which attacked Ethiopia.", ("Somalia", "attacks", "Ethiopia"),
                 id="named-head"),
    pytest.param("Mr Odinga, who criticised Uganda, left.", ("Raila Odinga", "criticizes", "Uganda"),
                 id="person-head"),
    pytest.param("Kenya defended its tax policy, which Uganda blamed for the crisis.", ("Uganda", "criticizes", "Kenya"),
                 id="owned-head"),
])
def test_a_relative_pronoun_on_a_name_is_that_name(facts_of, text, expected):
    got = facts_of(text.replace("Mr Odinga", "Raila Odinga") if "Raila" in expected[0] else text)
    assert got.find(*expected) is not None, got
