"""The programmes of broadcasters (kg.extract.facts.structure)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a named programme a speaker tells or speaks on, owned by a broadcaster
    pytest.param('Mr Hale told ITV\'s Sunday Forum programme: "We will win."',
                 ("Sunday Forum programme", "partOf", "ITV"), id="told-programme"),
    pytest.param("Speaking on ITV's Sunday Forum show, Mr Hale said the tax would rise.",
                 ("Sunday Forum show", "partOf", "ITV"), id="speaking-on-show"),
])
def test_programme_is_part_of_broadcaster(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text", [
    # a policy programme of a party or firm is spoken of, not spoken on
    pytest.param("Labour's Sunday Forum programme will cost millions.", id="policy-programme"),
    pytest.param("Ms Reed praised ITV's Sunday Forum programme.", id="judged-not-spoken-on"),
    # no owner named
    pytest.param('Mr Hale told the Sunday Forum programme: "We will win."', id="no-owner"),
])
def test_no_programme_part(facts_of, text):
    assert not [t for t in facts_of(text).triples if t[1] == "partOf"]
