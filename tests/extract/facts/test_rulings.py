"""kg.extract.facts.rulings: a court ruling an actor's act unlawful criticizes the actor (CAMEO 111, PLOVER
DISAPPROVE); a court dismissing an actor's appeal or claim rejects the actor (CAMEO 120, PLOVER REJECT)."""
from __future__ import annotations

import pytest

from kg.extract.facts import rulings


@pytest.mark.parametrize("text, expected", [
    # a ruling verb with a that-clause saying the act broke the law; its subject, an act's owner, the home state
    pytest.param("The European Court of Human Rights ruled that Turkey had breached the rights of Kurdish villagers.",
                 ("European Court of Human Rights", "criticizes", "Turkey"), id="ruled-breached"),
    pytest.param("The High Court found that Greenpeace acted unlawfully.",
                 ("High Court", "criticizes", "Greenpeace"), id="found-acted-unlawfully"),
    pytest.param("Home Secretary Jack Straw spoke. The High Court ruled that Greenpeace's detention of the nine men "
                 "was unlawful.", ("High Court", "criticizes", "Greenpeace"), id="owner-of-the-act"),
    pytest.param("Home Secretary Jack Straw spoke. The High Court ruled that the detention of the nine men was "
                 "unlawful.", ("High Court", "criticizes", "United Kingdom"), id="state-act-of-the-home-state"),
    # a verb's object and complement; an "it" for a government act named before it
    pytest.param("Home Secretary Jack Straw defended the law until the High Court ruled it unconstitutional.",
                 ("High Court", "criticizes", "United Kingdom"), id="ruled-it-unconstitutional"),
    pytest.param("The High Court declared Greenpeace's blockade illegal.",
                 ("High Court", "criticizes", "Greenpeace"), id="declared-owned-act-illegal"),
    # a ruling noun reports a ruling made, whatever the verb it fills says must be done
    pytest.param("Acme Oil must act on the High Court's ruling that Greenpeace had breached the contract.",
                 ("High Court", "criticizes", "Greenpeace"), id="ruling-noun-under-must"),
])
def test_unlawful_acts(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    # a ruling in one's favour, a denied or lawful act, a ruling still to come or only possible, no court
    pytest.param("The European Court of Human Rights ruled that Turkey had not breached the convention.",
                 id="not-breached"),
    pytest.param("Home Secretary Jack Straw spoke. The High Court ruled that the detention of the nine men was "
                 "lawful.", id="lawful"),
    pytest.param("The European Court of Human Rights will rule on whether Turkey breached the convention.",
                 id="will-rule"),
    pytest.param("The European Court of Human Rights could rule that Turkey breached the convention.",
                 id="could-rule"),
    pytest.param("The European Court of Human Rights did not rule that Turkey breached the convention.",
                 id="negated-ruling"),
    pytest.param("Greenpeace said that Turkey had breached the convention.", id="no-court"),
    pytest.param("Home Secretary Jack Straw defended the law until the High Court ruled it lawful.",
                 id="ruled-it-lawful"),
    pytest.param("Home Secretary Jack Straw met the detainees after the High Court ruled it unlawful to hold them.",
                 id="extraposed-it"),
    pytest.param("Acme Oil hopes for a possible ruling by the High Court that Greenpeace had breached the contract.",
                 id="possible-ruling-noun"),
    pytest.param("Acme Oil is awaiting the High Court's ruling that Greenpeace had breached the contract.",
                 id="awaited-ruling-noun"),
])
def test_no_unlawful_act(facts_of, text):
    got = facts_of(text)
    assert not [t for t in got.triples if t[1] == "criticizes"], got


@pytest.mark.parametrize("text, expected", [
    # the claim's owner: its possessor, its by-phrase, or the actors the document says appealed
    pytest.param("The High Court dismissed Greenpeace's claim against Acme Oil.",
                 ("High Court", "rejects", "Greenpeace"), id="possessor"),
    pytest.param("The High Court rejected an appeal by Greenpeace.", ("High Court", "rejects", "Greenpeace"),
                 id="by-phrase"),
    pytest.param("Greenpeace appealed against the fine. The High Court dismissed the appeal.",
                 ("High Court", "rejects", "Greenpeace"), id="appellant-of-the-document"),
    pytest.param("Greenpeace lost its appeal on Monday. The High Court dismissed the appeal.",
                 ("High Court", "rejects", "Greenpeace"), id="lost-appeal"),
    pytest.param("Greenpeace sought to overturn the ruling. The High Court dismissed the appeal.",
                 ("High Court", "rejects", "Greenpeace"), id="contested-ruling"),
])
def test_dismissed_claims(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    # a hypothetical or denied dismissal, an appeal upheld, a dismissal by no court
    pytest.param("Greenpeace may appeal. The High Court could dismiss the appeal.", id="hypothetical"),
    pytest.param("Greenpeace appealed. The High Court did not dismiss the appeal.", id="negated"),
    pytest.param("The High Court upheld the appeal by Greenpeace.", id="upheld"),
    pytest.param("Greenpeace appealed against the fine. Acme Oil dismissed the appeal.", id="no-court"),
])
def test_no_dismissed_claim(facts_of, text):
    got = facts_of(text)
    assert not [t for t in got.triples if t[1] == "rejects" and t[0] == "High Court"], got
    assert not [t for t in got.triples if t[1] == "rejects" and t[2] == "Greenpeace" and t[0] == "Acme Oil"], got


def test_word_roles_are_loaded():
    words = rulings.ruling_words()
    assert {"court", "judge"} <= words["court"] and "unlawful" in words["wrong"] and "appeal" in words["claim"]
    assert "lawful" not in words["wrong"]
    # a word may play several roles; "Lord X" is a peer, no judge
    assert {"judge", "judges", "lords"} <= words["judge"] and "lord" not in words["judge"]
    assert "challenge" in words["claim"] & words["contest"]
