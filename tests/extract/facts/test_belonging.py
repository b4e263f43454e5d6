"""kg.extract.facts.belonging: the state a body, place, group or named organisation belongs to (rules
role:belongs-to, role:group-of, role:organisation-of)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a named body with a country word is part of that state and serves it
    pytest.param("The Kenyan Defence Ministry denied the report.",
                 {("Kenyan Defence Ministry", "partOf", "Kenya"), ("Kenyan Defence Ministry", "affiliatedWith", "Kenya")},
                 id="named-state-body"),
    # a firm described by its country
    pytest.param("Norwegian energy firm Statoil signed the contract.", {("Statoil", "affiliatedWith", "Norway")},
                 id="organisation-descriptor"),
    # a group in or from a place belongs to its country; a city stands for its country
    pytest.param("Demonstrators in Kabul blocked a road.", {("Demonstrators", "affiliatedWith", "Afghanistan")},
                 id="group-located"),
    pytest.param("Thousands of students throughout Kenya staged demonstrations.",
                 {("students", "affiliatedWith", "Kenya")}, id="group-throughout"),
])
def test_belonging(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got
