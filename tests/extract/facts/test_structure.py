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


@pytest.mark.parametrize("text, expected", [
    # a channel named after a broadcaster the text names, and a programme of that channel
    pytest.param('Mr Hale told CBC Radio 2\'s Morning Forum programme: "We will win." CBC declined to comment.',
                 {("CBC Radio 2", "partOf", "CBC"), ("Morning Forum programme", "partOf", "CBC"),
                  ("Morning Forum programme", "partOf", "CBC Radio 2")}, id="radio-channel-and-programme"),
    pytest.param("Mr Hale spoke on RTE Two last night. RTE declined to comment.",
                 {("RTE Two", "partOf", "RTE")}, id="numbered-channel"),
    pytest.param("Mr Hale spoke on CBC Television on Sunday. The CBC declined to comment.",
                 {("CBC Television", "partOf", "CBC")}, id="television-channel"),
    pytest.param("Mr Hale spoke on CBC TV on Sunday. The CBC declined to comment.",
                 {("CBC TV", "partOf", "CBC")}, id="upper-case-channel-word"),
])
def test_channel_is_part_of_broadcaster(facts_of, text, expected):
    assert expected <= facts_of(text).triples


@pytest.mark.parametrize("text", [
    # the broadcaster is not named on its own: no node for it is made
    pytest.param("Mr Hale spoke on CBC Radio 2 last night.", id="broadcaster-not-named"),
    # a name that goes on with no channel word names no channel
    pytest.param("Mr Hale met CBC Digital bosses. CBC declined to comment.", id="no-channel-word"),
])
def test_no_channel_part(facts_of, text):
    assert not [t for t in facts_of(text).triples if t[1] == "partOf" and t[0].startswith("CBC")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Mr Hale, 31, from Lewisham, south London, was released on Tuesday.",
                 ("Lewisham", "partOf", "London"), id="district-compass-city"),
    pytest.param("The protest began in Lewisham, south-west London, on Sunday.",
                 ("Lewisham", "partOf", "London"), id="hyphenated-compass"),
    pytest.param("The fire started in Lewisham, in south London, on Monday.",
                 ("Lewisham", "partOf", "London"), id="comma-in-compass-city"),
    pytest.param("The fire started in Lewisham in south London on Monday.",
                 ("Lewisham", "partOf", "London"), id="in-compass-city"),
])
def test_district_of_city(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text", [
    # a list of cities: no compass word, no part
    pytest.param("Mr Hale flew to Madrid, London and Rome.", id="list-of-cities"),
    # a compass word before a list's next city
    pytest.param("Mr Hale flew to Madrid, south London and Rome.", id="compass-in-list"),
    # a person named before the city
    pytest.param("The seat was won by John Hale, north London's candidate.", id="person"),
    # neither a comma nor "in" between the two
    pytest.param("Mr Hale lives in Lewisham near south London.", id="near-not-in"),
])
def test_no_district(facts_of, text):
    assert not [t for t in facts_of(text).triples if t[1] == "partOf" and t[2] == "London"]


@pytest.mark.parametrize("text, expected", [
    # a firm bought, in a past tense, is part of the buyer
    pytest.param("Acme Holdings bought Zenith Motors in 2001.", ("Zenith Motors", "partOf", "Acme Holdings"),
                 id="bought"),
    pytest.param("Zenith Motors was acquired by Acme Holdings last year.",
                 ("Zenith Motors", "partOf", "Acme Holdings"), id="passive"),
    pytest.param("The buyer was Norvik Trading, which in turn was snapped up by Acme Holdings.",
                 ("Norvik Trading", "partOf", "Acme Holdings"), id="relative-passive-phrasal"),
    pytest.param("Acme Holdings took over Zenith Motors in March.", ("Zenith Motors", "partOf", "Acme Holdings"),
                 id="took-over"),
])
def test_acquired_firm_is_part_of_buyer(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text", [
    pytest.param("Acme Holdings has agreed to buy Zenith Motors.", id="agreed-not-done"),
    pytest.param("Acme Holdings may acquire Zenith Motors.", id="possible"),
    pytest.param("Acme Holdings wants to take over Zenith Motors.", id="wish"),
    pytest.param("Acme Holdings did not buy Zenith Motors.", id="negated"),
    pytest.param("Acme Holdings bought a stake in Zenith Motors.", id="a-stake"),
    pytest.param("Acme Holdings bought Zenith Motors' assets.", id="assets"),
    pytest.param("If Acme Holdings bought Zenith Motors, prices would rise.", id="condition"),
])
def test_no_acquisition_part(facts_of, text):
    assert ("Zenith Motors", "partOf", "Acme Holdings") not in facts_of(text).triples


@pytest.mark.parametrize("text, expected", [
    pytest.param("The report was written by the IMF's European Department.",
                 ("European Department", "partOf", "International Monetary Fund"), id="possessed-department"),
    pytest.param("Acme Corp's new Research Unit opened in May.", ("Research Unit", "partOf", "Acme Corp"),
                 id="possessed-unit-with-adjective"),
])
def test_possessed_body_is_part(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, absent", [
    pytest.param("Acme Corp's rival Zenith Group grew fast.", ("Zenith Group", "partOf", "Acme Corp"), id="rival"),
    pytest.param("The Greens' Treasury spokesman spoke on Monday.", ("Treasury", "partOf", "Green Party"),
                 id="name-qualifies-post"),
    pytest.param("Acme Corp's Zenith Foods grew fast.", ("Zenith Foods", "partOf", "Acme Corp"),
                 id="no-body-word"),
])
def test_no_possessed_part(facts_of, text, absent):
    assert absent not in facts_of(text).triples
