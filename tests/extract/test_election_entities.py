"""Election entities: mentions told apart by a year, "next"/"last" or a kind word are different elections, and an
election noun modifying a noun that names no particular election ("election research") is no election mention."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve
from kg.extract.mentions import find_mentions


def _elections(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    resolved = resolve(doc, find_mentions(doc), "t")
    return [(m.text, k) for m, k in resolved.mentions if m.type == "Event" and "election" in m.text.lower()]


@pytest.mark.parametrize("text, first, second", [
    ("Labour won the 1997 election by a landslide. Labour hopes to win the next general election.",
     "1997 election", "next general election"),
    ("The Greens did well in the European elections. The party will stand in the forthcoming general election.",
     "European elections", "forthcoming general election"),
    ("Turnout fell in the last election. Ministers want more voters at the next election.",
     "last election", "next election"),
    ("The party is preparing for the election. Its leader recalled the historic 2001 election.",
     "election", "historic 2001 election"),
    ("Voters turned out for the 1992 election. Fewer voted in the 1997 election.",
     "1992 election", "1997 election"),
])
def test_elections_told_apart_are_different_entities(nlp, text, first, second):
    keys = dict(_elections(nlp, text))
    assert first in keys and second in keys, keys
    assert keys[first] != keys[second]


def test_a_marked_election_written_like_an_earlier_one_gets_a_key_of_its_own(nlp):
    found = _elections(nlp, "Few voted at the election. The next general election is due in May. "
                            "Following the [European] election, the chairman quit.")
    assert len(found) == 3 and found[0][1] == found[1][1] != found[2][1], found


@pytest.mark.parametrize("text, first, second", [
    ("The party is preparing for the next general election. Its leader said the election would be close.",
     "next general election", "election"),
    ("The next general election is expected in May. Ministers said the general election would be fair.",
     "next general election", "general election"),
    ("Turnout was low at the 2001 election. Observers said the 2001 election was fair.",
     "2001 election", "2001 election"),
])
def test_an_election_described_again_is_the_same_entity(nlp, text, first, second):
    found = _elections(nlp, text)
    keys = [k for m, k in found if m in {first, second}]
    assert len(keys) >= 2 and len(set(keys)) == 1, found


@pytest.mark.parametrize("text", [
    "Previous election polling showed a swing to the Greens.",
    "The Greens blamed three election setbacks on the weather.",
    "Activists put up election posters across the town.",
    "Past election studies found little change.",
])
def test_election_modifier_of_a_counted_generic_or_series_noun_is_no_election(nlp, text):
    assert _elections(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The election results surprised the party.",
    "Labour's election manifesto promised lower taxes.",
    "The party launched its election campaign in Leeds.",
    "The party is heading for an election victory.",
    "Volunteers will knock on doors come election time.",
    "The scandal hurt the mayor's re-election chances.",
    "The party hit back with election coordinator Ann Roe.",
])
def test_election_modifier_of_a_singular_or_definite_noun_is_an_election(nlp, text):
    assert len(_elections(nlp, text)) == 1


@pytest.mark.parametrize("text, written", [
    ("The Greens launched their general election campaign in Leeds.", "general election"),
    ("Voters seemed sure of a general election victory for the party.", "general election"),
    ("The senator launched her presidential election campaign in Ohio.", "presidential election"),
    ("The party recalled its 1992 election campaign with pride.", "1992 election"),
])
def test_an_election_word_hung_on_the_noun_it_modifies_is_the_election_s_own(nlp, text, written):
    assert [m for m, _ in _elections(nlp, text)] == [written]


@pytest.mark.parametrize("text, written", [
    ("The party launched its election campaign in Leeds.", "election"),  # no word telling the election apart
    ("The new national election campaign was launched in Leeds.", "election"),  # not an election's own word
])
def test_other_words_before_an_election_noun_s_head_stay_the_head_s(nlp, text, written):
    assert [m for m, _ in _elections(nlp, text)] == [written]
