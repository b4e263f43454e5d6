"""kg.extract.facts.collective: a plural description that sums up the document's specific agreements is folded
into them."""
from __future__ import annotations

import pytest

SPECIFIC = " In June 2019 Peru and Chile signed a defence pact."


def _agreements(got) -> set[str]:
    return {e.label for e in got.entities if e.type == "Agreement"}


def test_summing_plural_is_folded_into_the_specific_agreement(facts_of):
    got = facts_of("Peru and Chile signed security agreements in Lima." + SPECIFIC)
    assert _agreements(got) == {"defence pact between Peru and Chile"}, got
    assert "security agreements" in got.entity("defence pact").aliases
    folded = [f for f in got.facts if f.rule.endswith("+collective")]
    assert {(got.label(f.subject), f.predicate) for f in folded} >= {("Peru", "partyTo"), ("Chile", "partyTo")}
    assert all(f.evidence.sentence.startswith("Peru and Chile signed security agreements") for f in folded)


def test_summing_plural_stands_for_every_matching_agreement(facts_of):
    got = facts_of("Peru and Chile signed security agreements in Lima. A defence pact between Peru and Chile "
                   "was signed on Monday. A military accord between Peru and Chile was signed on Tuesday.")
    assert _agreements(got) == {"defence pact between Peru and Chile", "military accord between Peru and Chile"}, got
    assert {("Peru", "partyTo", "defence pact between Peru and Chile"),
            ("Peru", "partyTo", "military accord between Peru and Chile")} <= got.triples


@pytest.mark.parametrize("text", [
    pytest.param("Peru and Chile signed other agreements in Lima." + SPECIFIC, id="set-apart-by-other"),
    pytest.param("Peru and Chile signed new agreements in Lima." + SPECIFIC, id="set-apart-by-new"),
    pytest.param("Peru and Chile signed trade agreements in Lima." + SPECIFIC, id="another-field"),
    pytest.param("Peru and Chile signed security agreements in 2015." + SPECIFIC, id="another-date"),
    pytest.param("Peru and Bolivia signed security agreements in Lima." + SPECIFIC, id="other-parties"),
    pytest.param("Peru and Chile signed security agreements and a defence pact in Lima.", id="named-beside-it"),
    pytest.param("Peru and Chile signed the Lima Accords." + SPECIFIC, id="plural-name"),
])
def test_plural_that_does_not_sum_up_keeps_its_own_node(facts_of, text):
    got = facts_of(text)
    assert len(_agreements(got)) == 2, got


def test_plural_without_a_specific_agreement_is_kept(facts_of):
    got = facts_of("Peru and Chile signed security agreements in Lima.")
    assert ("Peru", "partyTo", "security agreements between Peru and Chile") in got.triples, got
