"""kg.extract.facts.judged: a verb of backing or rejecting whose object a third-person pronoun owns judges the one
the pronoun stands for (owned:)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("Peter Hale quit the cabinet in May. Anna Keller and Maria Lopez have welcomed his return.",
                 ("Anna Keller", "supports", "Peter Hale"), id="coordinated-agents"),
    pytest.param("Peter Hale quit the cabinet in May. Anna Keller has welcomed his return.",
                 ("Anna Keller", "supports", "Peter Hale"), id="agent-of-other-gender"),
    pytest.param("Peter Hale resigned as minister on Monday. The Green Party welcomed his resignation.",
                 ("Green Party", "supports", "Peter Hale"), id="body-welcomes-person-named-before"),
    pytest.param("Peter Hale asked for a seat on the board. Greenpeace rejected his request.",
                 ("Greenpeace", "rejects", "Peter Hale"), id="body-rejects-person"),
])
def test_owned_object(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # the pronoun may be the agent's own: a state or body with "its", a man with "his"
    pytest.param("The United Nations met on Monday. Chile defended its decision.",
                 ("Chile", "supports", "United Nations"), id="its-own"),
    pytest.param("Peter Hale quit the cabinet. David Moore has welcomed his return.",
                 ("David Moore", "supports", "Peter Hale"), id="same-gender-agent"),
    # a hope, a negation, a possibility take no stance
    # the pronoun stands for neither of the judging co-subjects
    pytest.param("Anna Keller and Peter Hale have welcomed his return.", ("Anna Keller", "supports", "Peter Hale"),
                 id="co-subject"),
    pytest.param("Anna Keller and Peter Hale have welcomed her return.", ("Peter Hale", "supports", "Anna Keller"),
                 id="co-subject-she"),
    pytest.param("Peter Hale quit the cabinet. Perhaps Anna Keller will welcome his return.",
                 ("Anna Keller", "supports", "Peter Hale"), id="perhaps"),
    pytest.param("Peter Hale quit the cabinet. Anna Keller did not welcome his return.",
                 ("Anna Keller", "supports", "Peter Hale"), id="negated"),
    pytest.param("Peter Hale quit the cabinet. Anna Keller might welcome his return.",
                 ("Anna Keller", "supports", "Peter Hale"), id="might"),
])
def test_no_owned_object(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
