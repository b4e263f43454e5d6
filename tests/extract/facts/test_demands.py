"""kg.extract.facts.demands: what one actor says another must do is a demand (obligation:), an act made
conditional on another actor threatens it (threat:unless)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # what one actor says another must do is a demand
    pytest.param("Chile said on Monday that Bolivia must withdraw its claim.", {("Chile", "demands", "Bolivia")},
                 id="obligation-in-reported-speech"),
    # a threat made conditional with "if"
    pytest.param("Russia threatened to stop negotiations if the United States deployed missiles.",
                 {("Russia", "threatens", "United States")}, id="threat-if"),
    # an act conditional on another actor threatens it
    pytest.param("Egypt will cut off gas supplies to Jordan unless Amman pays its debts.",
                 {("Egypt", "threatens", "Jordan")}, id="conditional-threat"),
])
def test_demand_or_threat(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # "if" without a threat is no threat
    pytest.param("Chile will visit Peru if the weather allows.", ("Chile", "threatens", "Peru"), id="plain-if"),
    # what must be done to someone is not asked of them; what should have been done is a reproach
    pytest.param("Chile said Bolivia's claim must be rejected.", ("Chile", "demands", "Bolivia"), id="passive-obligation"),
    pytest.param("Chile said Bolivia should have informed Peru.", ("Chile", "demands", "Bolivia"), id="past-obligation"),
])
def test_no_demand_or_threat(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
