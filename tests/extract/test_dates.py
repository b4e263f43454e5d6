"""Tests for kg.extract.dates: finding date expressions and resolving them to ISO prefixes."""
from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import DateMention, find_dates, parse_user_date, weekday_ahead
from kg.errors import DateError

REF = dt.date(2021, 11, 24)  # a Wednesday
ISO_PREFIX = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d(?:-\d\d)?")


def only(text: str, reference: dt.date | None = REF) -> DateMention:
    """The single mention found in `text`."""
    mentions = find_dates(text, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "span", "date"),
    [
        ("Morocco and Israel signed the accord on November 24, 2021 in Rabat.", "November 24, 2021", "2021-11-24"),
        ("Ghana recalled its envoy to Togo on 24 November 2021.", "24 November 2021", "2021-11-24"),
        ("Chile and Peru reopened their border on 3 March 2005.", "3 March 2005", "2005-03-03"),
        ("Japan lifted its sanctions on Myanmar in December 2020.", "December 2020", "2020-12"),
        ("Kenya hosted Uganda's president in 2019.", "2019", "2019"),
        ("The treaty between Norway and Iceland was dated 2021-11-24.", "2021-11-24", "2021-11-24"),
        ("Vietnam and Laos will hold talks on March 25.", "March 25", "--03-25"),
        ("Brazil's minister arrived in Buenos Aires on 25 March.", "25 March", "--03-25"),
        ("Talks between Sudan and Egypt stalled in early 2005.", "early 2005", "2005"),
        ("Poland expelled Belarusian diplomats in mid-2005.", "mid-2005", "2005"),
        ("India and Nepal signed a deal at the end of 2019.", "the end of 2019", "2019"),
        ("Fiji and Tonga agreed to cooperate in May 2018.", "May 2018", "2018-05"),
        ("Canada and Denmark settled the dispute on Mar. 5, 2020.", "Mar. 5, 2020", "2020-03-05"),
        ("Greece thanked Cyprus on the 22nd of March 2020.", "22nd of March 2020", "2020-03-22"),
        ("Algeria cut ties with Morocco in August of 2021.", "August of 2021", "2021-08"),
        ("The 2019 election in Bolivia strained ties with Argentina.", "2019", "2019"),
    ],
)
def test_absolute_dates(sentence: str, span: str, date: str) -> None:
    mention = only(sentence)
    assert (mention.text, mention.date, mention.relative, mention.future) == (span, date, False, False)
    assert sentence[mention.start : mention.end] == span


def test_day_month_without_year_keeps_no_year_even_with_reference() -> None:
    assert only("Senegal and Mali met on March 25.", REF).date == "--03-25"
    assert only("Senegal and Mali met on March 25.", None).date == "--03-25"


def test_weekday_before_date_is_part_of_the_date() -> None:
    mention = only("Qatar and Bahrain restored ties on Tuesday, November 23, 2021.")
    assert (mention.text, mention.date, mention.relative) == ("Tuesday, November 23, 2021", "2021-11-23", False)


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("Turkey occupied the post from 2010 to 2014.", "from 2010 to 2014", "2010", "2014"),
        ("Ecuador and Colombia clashed between 1998 and 2002.", "between 1998 and 2002", "1998", "2002"),
        ("Sweden has supplied Ukraine since January 2019.", "since January 2019", "2019-01", None),
        ("The ceasefire with Armenia holds until March 2023.", "until March 2023", None, "2023-03"),
        ("Iran and Iraq traded oil in 2010-2014.", "2010-2014", "2010", "2014"),
        ("Spain chaired the forum in 2019–20.", "2019–20", "2019", "2020"),
        ("Peru and Bolivia drilled from January to March 2020.", "from January to March 2020", "2020-01", "2020-03"),
        ("France hosted Mali's leaders on 3-5 March 2020.", "3-5 March 2020", "2020-03-03", "2020-03-05"),
        ("China hosted Pakistan's army chief on March 3-5, 2020.", "March 3-5, 2020", "2020-03-03", "2020-03-05"),
        ("Relations between Russia and Georgia froze in the 1990s.", "the 1990s", "1990", "1999"),
        ("Sri Lanka has hosted Indian troops since 2015.", "since 2015", "2015", None),
        ("Benin and Togo held talks between 5 and 7 May 2020.", "between 5 and 7 May 2020", "2020-05-05", "2020-05-07"),
        ("Japan's envoy toured Korea from 5 to 7 May.", "from 5 to 7 May", "--05-05", "--05-07"),
    ],
)
def test_ranges(sentence: str, span: str, start: str | None, end: str | None) -> None:
    mention = only(sentence)
    assert (mention.text, mention.date, mention.start_date, mention.end_date) == (span, None, start, end)


@pytest.mark.parametrize(
    ("sentence", "span", "date", "start", "end", "future"),
    [
        ("Egypt will host Jordan's king next week.", "next week", "2021", "2021-11-29", "2021-12-05", True),
        ("Nigeria met Niger's delegation last week.", "last week", "2021-11", "2021-11-15", "2021-11-21", False),
        ("Iran said on Tuesday it would free the tanker.", "Tuesday", "2021-11-23", None, None, False),
        ("Israel said on Wednesday it would send aid.", "Wednesday", "2021-11-24", None, None, False),
        ("Moldova hopes to meet Romania next Tuesday.", "next Tuesday", "2021-11-30", None, None, True),
        ("Latvia spoke to Estonia last Wednesday.", "last Wednesday", "2021-11-17", None, None, False),
        ("Oman's foreign minister visited Yemen yesterday.", "yesterday", "2021-11-23", None, None, False),
        ("Kuwait's emir flies to Riyadh tomorrow.", "tomorrow", "2021-11-25", None, None, True),
        ("Cuba and Mexico signed a deal last year.", "last year", "2020", None, None, False),
        ("Italy will send troops to Niger next month.", "next month", "2021-12", None, None, True),
        ("Chad and Libya reopened their border this year.", "this year", "2021", None, None, False),
        ("Tunisia expects Algeria's president in two weeks.", "in two weeks", "2021-12-08", None, None, True),
        ("Angola will repay China within a year.", "within a year", None, None, "2022", True),
        ("Somalia's troops entered Kenya three days ago.", "three days ago", "2021-11-21", None, None, False),
        ("Serbia will reply later this year.", "later this year", "2021", None, None, True),
        ("Hungary signed with Austria earlier this month.", "earlier this month", "2021-11", None, None, False),
        ("Malaysia and Indonesia will talk in the coming days.", "in the coming days", None, None, None, True),
        ("Gabon has hosted Cameroon's refugees since last year.", "since last year", None, "2020", None, False),
    ],
)
def test_relative_with_reference(
    sentence: str, span: str, date: str | None, start: str | None, end: str | None, future: bool
) -> None:
    mention = only(sentence)
    assert (mention.text, mention.date, mention.start_date, mention.end_date) == (span, date, start, end)
    assert mention.relative and mention.future is future


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        ("Egypt will host Jordan's king next week.", True),
        ("Nigeria met Niger's delegation last week.", False),
        ("Iran said on Tuesday it would free the tanker.", False),
        ("Kuwait's emir flies to Riyadh tomorrow.", True),
        ("Tunisia expects Algeria's president in two weeks.", True),
        ("Malaysia and Indonesia will talk in the coming days.", True),
    ],
)
def test_relative_without_reference_has_no_date_but_keeps_future(sentence: str, future: bool) -> None:
    mention = only(sentence, None)
    assert (mention.date, mention.start_date, mention.end_date) == (None, None, None)
    assert mention.relative and mention.future is future


def test_absolute_date_after_reference_is_future() -> None:
    assert only("Qatar will host the summit in March 2022.").future
    assert not only("Qatar will host the summit in March 2022.", None).future


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia massed 7,500 soldiers near the border.",
        "Turnout in Armenia reached 35% in the vote.",
        "Saudi Arabia pledged $40bn to Pakistan.",
        "The fighting resumed on the 22nd.",
        "Mongolia's president began a 3-day visit to Seoul.",
        "The G8 condemned the attack on Georgia.",
        "Iran may attack the tanker, Israel warned.",
        "May God protect our soldiers, the Afghan envoy said.",
        "Theresa May told Ireland the border would stay open.",
        "Protesters march toward the Serbian embassy.",
        "About 2000 troops crossed into Mali from Niger.",
        "Nigeria deployed 1950 police to the border with Benin.",
        "The UN adopted Resolution 2231 on Iran.",
        "The Security Council passed Resolution 2002 on Somalia.",
        "Canada sent the Marines 5 trucks.",
        "Exports from Laos to Thailand may fall 2019 points.",
        "Ethiopia and Eritrea ended a decade-long freeze.",
        "COVID-19 closed the border between Chile and Argentina.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, REF) == []


@pytest.mark.parametrize(
    "sentence, text, date, future",
    [
        ("Libya asked Egypt in January for help.", "January", "--01", False),
        ("In October, Chad and Niger agreed to reopen the border.", "October", "--10", False),
        ("Peru will host the talks in early December.", "early December", "--12", False),
        ("Fiji recalled its envoy in mid-March.", "mid-March", "--03", False),
        ("Oman expects a deal by the end of June.", "the end of June", "--06", False),
        ("Last April, Kenya signed a grain deal with Egypt.", "Last April", "2021-04", False),
        ("Ghana and Togo will meet next March.", "next March", "2022-03", True),
        ("Ghana and Togo will meet next January.", "next January", "2022-01", True),
        ("Mali joined the pact last January.", "last January", "2021-01", False),
        ("Mali joined the pact last November.", "last November", "2020-11", False),
        ("Nepal hopes to sign this May.", "this May", "2021-05", False),
        ("November's vote in Chad was peaceful.", "November", "--11", False),
        ("The talks are scheduled for June.", "June", "--06", False),
        ("Chad last held an election in February in 1974.", "February in 1974", "1974-02", False),  # one month
        ("The blockade began in early May of 2003.", "early May of 2003", "2003-05", False),
    ],
)
def test_a_month_named_alone_after_a_cue_is_a_date(sentence: str, text: str, date: str, future: bool) -> None:
    """Its year stays open unless last/this/next place it against the reference (2021-11-24 here), or a year
    follows it ("February in 1974")."""
    assert [(m.text, m.date, m.future) for m in find_dates(sentence, REF)] == [(text, date, future)]


@pytest.mark.parametrize(
    "sentence",
    ["Theresa May told Ireland the border would stay open.", "MAY WINS", "Sources: AUGUST",
     "Allies lost confidence in May's plan.", "June's speech angered Chad.",
     "March against the war, the Greek unions said.", "June Sarpong met the Ugandan envoy."],
)
def test_a_month_name_without_a_cue_or_before_a_possessive_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, REF) == []


@pytest.mark.parametrize("sentence, text, future", [
    ("Oman will host a summit later in the week.", "later in the week", True),
    ("Oman hosted a summit earlier in the week.", "earlier in the week", False),
])
def test_later_or_earlier_in_the_week(sentence: str, text: str, future: bool) -> None:
    mentions = find_dates(sentence, REF)
    assert [(m.text, m.future, m.start_date, m.end_date) for m in mentions] == [
        (text, future, "2021-11-22", "2021-11-28")]


def test_several_mentions_in_order() -> None:
    text = "Ghana and Togo met on 3 March 2005 and again in 2019, and will meet next week."
    assert [m.text for m in find_dates(text, REF)] == ["3 March 2005", "2019", "next week"]


def test_invalid_calendar_days_are_not_dates() -> None:
    assert find_dates("The deal was dated 2021-02-30.") == []
    assert find_dates("Talks were set for February 30, 2021.") == []
    assert [m.text for m in find_dates("Aid flowed from February 30, 2020 to March 2020.")] == ["March 2020"]


def test_relative_arithmetic_at_the_edge_of_the_calendar_does_not_raise() -> None:
    assert only("Fiji will reply tomorrow.", dt.date.max).date is None
    assert only("Fiji replied yesterday.", dt.date.min).date is None
    assert only("Fiji will reply next year.", dt.date.max).date is None
    assert only("Fiji will reply in two weeks.", dt.date.max).date is None


def test_parse_user_date_accepts_strict_iso_day() -> None:
    assert parse_user_date("2021-11-24") == dt.date(2021, 11, 24)


@pytest.mark.parametrize("value", ["2021-11", "24/11/2021", "2021-02-30", "yesterday", "", "2021-11-24T10:00"])
def test_parse_user_date_rejects_anything_else(value: str) -> None:
    with pytest.raises(DateError) as error:
        parse_user_date(value)
    assert "\n" not in str(error.value) and "YYYY-MM-DD" in str(error.value)


WORDS = st.sampled_from(
    ["on", "in", "since", "until", "from", "to", "between", "and", "the", "early", "mid-", "next", "last", "week",
     "Tuesday", "March", "May", "Mar.", "25", "3-5", "2019", "2010-14", "1990s", "in two weeks", "ago", ",", "-", "–",
     "yesterday", "the end of", "within", "a", "year", "2021-11-24", "7,500", "$40bn", "22nd", "\n", "  ",
     "February 30,", "2020", "31"]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=12).map(" ".join)),
    reference=st.one_of(st.none(), st.dates()),
)
def test_find_dates_never_raises_and_spans_match_text(text: str, reference: dt.date | None) -> None:
    mentions = find_dates(text, reference)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        for value in (mention.date, mention.start_date, mention.end_date):
            assert value is None or ISO_PREFIX.fullmatch(value), value
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@pytest.mark.parametrize("row, message", [
    ("season\tspring\t-\t-\n", "unknown kind 'season'"),
    ("month\tSmarch\t13\t-\n", "bad value '13' for a month cue"),
    ("relative\tsoon\tdecade:1\tfuture\n", "bad value 'decade:1' for a relative cue"),
    ("start\tsince\t-\tlater\n", "unknown flag 'later'"),
    ("start\tsince\n", "bad value '' for a start cue"),
    ("start\tsince\t-\t-\nstart\tSince\t-\t-\n", "duplicate start 'Since'"),
])
def test_bad_cue_rows_are_rejected_with_file_and_line(monkeypatch, row, message):
    from kg import datafiles
    from kg.extract import dates

    monkeypatch.setattr(datafiles, "text", lambda name: "kind\tphrase\tvalue\tflags\n" + row)
    dates._lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"date_cues\.tsv:\d+: " + re.escape(message)):
            dates._lexicon()
    finally:
        monkeypatch.undo()
        dates._lexicon.cache_clear()
    assert find_dates("on 24 November 2021")


@pytest.mark.parametrize("rows, message", [
    ("range_join\tand\t-\tbetween\n", "range_join 'and' needs ['between'], no range_open word"),
    ("range_open\tfrom\t-\t-\n", "no month rows"),
])
def test_cue_table_must_be_whole(monkeypatch, rows, message):
    from kg import datafiles
    from kg.extract import dates

    monkeypatch.setattr(datafiles, "text", lambda name: "kind\tphrase\tvalue\tflags\n" + rows)
    dates._lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"date_cues\.tsv: " + re.escape(message)):
            dates._lexicon()
    finally:
        monkeypatch.undo()
        dates._lexicon.cache_clear()
    assert find_dates("between 5 and 7 May 2020")[0].start_date == "2020-05-05"


# The patterns that need a digit are not run on a text without one: the same candidates as running them all.
from kg.extract import dates as _dates  # noqa: E402 - the private scanner, compared with the unfiltered scan


def _all_candidates(text: str, reference: dt.date | None) -> list:
    return [c for kind, pattern in _dates._lexicon().patterns for m in pattern.finditer(text)
            if (c := _dates._HANDLERS[kind](text, m, kind, reference)) is not None]


@pytest.mark.parametrize("text", [
    "The talks resumed in March and ended last week.",
    "On Monday the ministers met; next Tuesday they meet again.",
    "Talks were held in the nineties, two years ago, and in early May.",
    "He will return within three months.",
    "The deal of 12 March 2004 ran until 2006.",
    "In the 1990s, from 3-5 June, on 2004-05-06.",
    "No date here at all.",
])
def test_skipping_digit_patterns_finds_the_same_candidates(text: str) -> None:
    assert list(_dates._candidates(text, REF)) == _all_candidates(text, REF)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzJMAODS ,.-'") + ["March ", "May ", "the ", "Monday ",
                                                                                  "since ", "nineties ", "mid-"]),
                max_size=30).map("".join))
def test_digit_patterns_never_match_without_a_digit(text: str) -> None:
    for kind, pattern in _dates._lexicon().patterns:
        if kind in _dates._DIGIT_KINDS:
            assert pattern.search(text) is None


# A pattern built around a year or a month name is not run on a text without one (`_needs`): it could not match.
@pytest.mark.parametrize("text", [
    "In mid-1990s talks, and in the late-2000s, as in early-May 2004.",
    "From March-May 2004 and Jan. 5-7, 2003; 5 of June 2001, the 3rd of Sept.",
    "Sunday, 12 MARCH 2004: OCTOBER 2001 and the 2020s.",
    "Mayor Smith and Marchers met in Junction town 2199, 1899 and 19999.",  # names and numbers that are no dates
    "Between 5 and 7 May, from 2001 to 2003, 2001-02 and 2004-05-06.",
])
def test_skipping_patterns_without_their_year_or_month_finds_the_same_candidates(text: str) -> None:
    assert list(_dates._candidates(text, REF)) == _all_candidates(text, REF)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0129 ,.-'") + [
    "March ", "MAY ", "Sept. ", "June", "mid-", "early ", "the ", "of ", "20", "19", "1999", "2004 ", "5th ", "s "]),
    max_size=30).map("".join))
def test_a_pattern_matches_only_where_what_it_needs_is_found(text: str) -> None:
    lexicon = _dates._lexicon()
    for kind, pattern in lexicon.patterns:
        if kind in lexicon.needs and pattern.search(text) is not None:
            assert lexicon.needs[kind].search(text) is not None, kind


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", "2005-01-04"),  # published Saturday 2005-01-01: the coming Tuesday
    ("on Saturday", "2005-01-01"),
    ("last Tuesday", "2004-12-28"),  # a marked weekday is left as it is
    ("in March", "--03"),
])
def test_weekday_ahead(text, expected):
    reference = dt.date(2005, 1, 1)
    assert weekday_ahead(find_dates(text, reference)[0], reference).date == expected
