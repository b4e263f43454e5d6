"""Roles: titles (holdsPosition), nationality (affiliatedWith), who leads what, counterparts — read from
appositions, pre-modifiers, possessives, "in her capacity as" and copulas."""
from __future__ import annotations

import pytest

def _titles(got, person: str) -> set[str]:
    return {o for s, p, o in got.triples if s == person and p == "holdsPosition"}


@pytest.mark.parametrize("text, person, title, country", [
    # apposition
    ("Olaf Scholz, the German chancellor, visited Kenya.", "Olaf Scholz", "chancellor", "Germany"),
    ("Penny Wong, the Australian foreign minister, visited Fiji.", "Penny Wong", "foreign minister", "Australia"),
    ("The French president, Emmanuel Macron, arrived in Algiers on Thursday for a three-day visit.",
     "Emmanuel Macron", "president", "France"),
    # pre-modifier
    ("Japanese Prime Minister Fumio Kishida visited Vietnam.", "Fumio Kishida", "Prime Minister", "Japan"),
    ("Kenyan President William Ruto visited Uganda.", "William Ruto", "President", "Kenya"),
    ("South African President Cyril Ramaphosa visited Ghana.", "Cyril Ramaphosa", "President", "South Africa"),
    # possessive country
    ("Germany's foreign minister Annalena Baerbock visited Egypt.", "Annalena Baerbock", "foreign minister",
     "Germany"),
    # title + of-phrase
    ("President Cyril Ramaphosa of South Africa visited Ghana.", "Cyril Ramaphosa", "President", "South Africa"),
])
def test_title_and_country(facts_of, text, person, title, country):
    got = facts_of(text)
    titles = _titles(got, person)
    assert any(title.lower() in t.lower() for t in titles), got
    assert not any(person.split()[-1] in t for t in titles)  # the name is not part of the title
    assert (person, "affiliatedWith", country) in got.triples


@pytest.mark.parametrize("text, person, country", [
    ("Olaf Scholz, the German chancellor, visited Kenya.", "Olaf Scholz", "Germany"),
    ("Japanese Prime Minister Fumio Kishida visited Vietnam.", "Fumio Kishida", "Japan"),
    ("Kenyan President William Ruto visited Uganda.", "William Ruto", "Kenya"),
    ("President Cyril Ramaphosa of South Africa visited Ghana.", "Cyril Ramaphosa", "South Africa"),
])
def test_head_of_state_or_government_leads_the_country(facts_of, text, person, country):
    assert (person, "leads", country) in facts_of(text).triples


@pytest.mark.parametrize("text, person", [
    ("Germany's foreign minister Annalena Baerbock visited Egypt.", "Annalena Baerbock"),
    ("Penny Wong, the Australian foreign minister, visited Fiji.", "Penny Wong"),
])
def test_a_minister_does_not_lead_the_country(facts_of, text, person):
    assert not any(s == person and p == "leads" for s, p, _ in facts_of(text).triples)


def test_pre_modifier_title_of_a_non_state_person(facts_of):
    got = facts_of("Reporter Jane Doe interviewed the minister.")
    assert _titles(got, "Jane Doe") == {"Reporter"}
    assert not any(p in {"affiliatedWith", "leads"} for s, p, _ in got.triples if s == "Jane Doe")


@pytest.mark.parametrize("text, person, title", [
    ("Annalena Baerbock, in her capacity as foreign minister, visited Egypt.", "Annalena Baerbock",
     "foreign minister"),
    ("Penny Wong visited Fiji. She became foreign minister in 2022.", "Penny Wong", "foreign minister"),
    ("Penny Wong was appointed foreign minister.", "Penny Wong", "foreign minister"),
    ("Annalena Baerbock served as foreign minister.", "Annalena Baerbock", "foreign minister"),
])
def test_capacity_and_copula_titles(facts_of, text, person, title):
    got = facts_of(text)
    assert any(title in t.lower() for t in _titles(got, person)), got


@pytest.mark.parametrize("text, person, counterpart, country", [
    pytest.param("Pedro Sanchez met his Spanish counterpart José Albares.", "Pedro Sanchez", "José Albares", "Spain",
                 id="his-spanish-counterpart"),
    pytest.param("Catherine Colonna met her Spanish counterpart José Manuel Albares in Madrid.",
                 "Catherine Colonna", "José Manuel Albares", "Spain", id="her-spanish-counterpart",
                 marks=pytest.mark.xfail(reason="with 'in Madrid' after the name spaCy parses the name as a "
                                                "second object of 'met', not an apposition of 'counterpart': no "
                                                "counterpartOf or affiliatedWith, and the meeting goes to Spain",
                                         strict=True)),
    pytest.param("Japanese Prime Minister Fumio Kishida met his South Korean counterpart Yoon Suk Yeol in Seoul.",
                 "Fumio Kishida", "Yoon Suk Yeol", "South Korea", id="his-south-korean-counterpart"),
])
def test_possessive_counterpart(facts_of, text, person, counterpart, country):
    got = facts_of(text)
    assert (person, "counterpartOf", counterpart) in got.triples
    assert (counterpart, "affiliatedWith", country) in got.triples


@pytest.mark.xfail(reason="'met her Spanish counterpart X in Madrid' gives Spain meetsWith Colonna instead of "
                          "Colonna meetsWith X", strict=True)
def test_counterpart_phrase_does_not_make_the_country_a_participant(facts_of):
    got = facts_of("Catherine Colonna met her Spanish counterpart José Manuel Albares in Madrid.")
    assert ("Catherine Colonna", "meetsWith", "José Manuel Albares") in got.triples
    assert ("Spain", "meetsWith", "Catherine Colonna") not in got.triples, got
