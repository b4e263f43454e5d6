"""Find date expressions in a sentence and resolve them to ISO prefixes ("2021-11-24", "2021-11", "2021", "--03-25",
"--03").

A regex pass built from the cue lexicon in data/date_cues.tsv finds candidate spans; each is normalised on its own,
and dateparser resolves counted relative spans ("in two weeks", "three years ago") against the reference date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from dateparser.date import DateDataParser

from kg import datafiles
from kg.errors import DateError

__all__ = ["DateMention", "find_dates", "parse_user_date", "place_in_year", "bare_weekday", "weekday_ahead"]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its char offsets and what it resolves to (ISO prefixes)."""

    start: int
    end: int
    text: str
    date: str | None  # point in time: "2021-11-24" | "2021-11" | "2021" | "--03-25" | "--03"
    start_date: str | None  # ranges, "since", and the bounds of a relative week
    end_date: str | None
    relative: bool  # resolved against the reference date ("next week", "on Tuesday", "last year")
    future: bool  # after the reference date, or future-marked ("next week", "in the coming days")


# ---------------------------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class _Cue:
    """One row of the cue lexicon."""

    phrase: str
    value: str
    flags: frozenset[str]


CUES_FILE = "date_cues.tsv"
# What the value column of each kind of cue must hold; "-" (none) for the kinds not listed.
_CUE_VALUES: dict[str, re.Pattern[str]] = {
    kind: re.compile(pattern)
    for kind, pattern in {
        "month": r"[1-9]|1[0-2]",
        "weekday": r"[0-6]",
        "weekday_mod": r"-1|0|1",
        "month_before": r"-|-1|0|1",
        "relative": r"-|(?:day|week|month|year):-?\d+",
        "number": r"\d+",
        "unit": r"day|month|year",
        "count_prefix": r"point|deadline",
        "count_suffix": r"point|deadline",
    }.items()
}
_NO_VALUE = re.compile("-")
CUE_KINDS = frozenset(_CUE_VALUES) | {
    "qualifier", "start", "end", "range_open", "range_join", "not_year_before", "not_year_after"}
# "-": none; one flag per row. A range_join's flag is the range_open word it needs ("between" before "and").
CUE_FLAGS = frozenset({"-", "abbr", "future", "between", "name"})
_REQUIRED_KINDS = ("month", "weekday", "unit")  # the patterns cannot be built without them


def _read_cues() -> dict[str, list[_Cue]]:
    """Read data/date_cues.tsv into rows grouped by kind, checking each row (ValueError naming file and line)."""
    cues: dict[str, list[_Cue]] = {}
    seen: set[tuple[str, str]] = set()
    for number, (kind, phrase, value, flags) in datafiles.rows(CUES_FILE, ("kind", "phrase", "value", "flags")):
        if kind not in CUE_KINDS:
            raise datafiles.fail(CUES_FILE, number, f"unknown kind {kind!r}")
        if not phrase or "  " in phrase:
            raise datafiles.fail(CUES_FILE, number, f"phrase must be words separated by single spaces: {phrase!r}")
        if not _CUE_VALUES.get(kind, _NO_VALUE).fullmatch(value):
            raise datafiles.fail(CUES_FILE, number, f"bad value {value!r} for a {kind} cue")
        if flags not in CUE_FLAGS:
            raise datafiles.fail(CUES_FILE, number, f"unknown flag {flags!r}")
        if (kind, _key(phrase)) in seen:
            raise datafiles.fail(CUES_FILE, number, f"duplicate {kind} {phrase!r}")
        seen.add((kind, _key(phrase)))
        cues.setdefault(kind, []).append(_Cue(phrase, value, frozenset() if flags == "-" else frozenset({flags})))
    openers = {_key(cue.phrase) for cue in cues.get("range_open", [])}
    for cue in cues.get("range_join", []):
        if not cue.flags <= openers:
            raise ValueError(f"{CUES_FILE}: range_join {cue.phrase!r} needs {sorted(cue.flags)}, no range_open word")
    for kind in _REQUIRED_KINDS:
        if kind not in cues:
            raise ValueError(f"{CUES_FILE}: no {kind} rows")
    return cues


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


def _capitalised(names: list[str]) -> str:
    """An alternation of names as written capitalised or in capitals ("May", "MAY")."""
    return _alternation([form for name in names for form in (name, name.upper())])


def _key(phrase: str) -> str:
    """Normalise a matched phrase for lexicon lookup: lower case, single spaces."""
    return " ".join(phrase.lower().split())


@dataclass(frozen=True)
class _Lexicon:
    """The cue lexicon, as lookup tables and the regexes built from them."""

    months: dict[str, int]
    name_months: frozenset[int]  # months whose names are also people's names ("May", "June")
    weekdays: dict[str, int]
    weekday_mods: dict[str, _Cue]
    relatives: dict[str, _Cue]
    qualifiers: dict[str, _Cue]
    units: dict[str, str]
    count_prefixes: dict[str, _Cue]
    range_joins: dict[str, _Cue]
    month_before: dict[str, _Cue]
    not_year_before: frozenset[str]
    not_year_after: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    start_marker: re.Pattern[str]
    end_marker: re.Pattern[str]
    range_open: re.Pattern[str]
    range_join: re.Pattern[str]
    month_cue: re.Pattern[str]  # a month_before word ending the text before a bare month
    needs: dict[str, re.Pattern[str]]  # kind → what any match of its pattern contains (`_needs`)


def _phrases(cues: dict[str, list[_Cue]], kind: str) -> list[str]:
    """The phrases of one kind of cue."""
    return [cue.phrase for cue in cues.get(kind, [])]


def _build_patterns(cues: dict[str, list[_Cue]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compile one regex per kind of candidate span; `_HANDLERS` turns each match into a candidate."""
    full_month = rf"(?:{_capitalised([c.phrase for c in cues['month'] if 'abbr' not in c.flags])})(?![A-Za-z])"
    abbr_month = rf"(?:{_capitalised([c.phrase for c in cues['month'] if 'abbr' in c.flags])})(?![A-Za-z])\.?"
    month = rf"(?:{full_month}|{abbr_month})"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    before = r"(?<![\w$€£¥#@.,/:\-])"
    after = r"(?![\w%]|[.,:]\d|-\w)"
    qual = rf"(?i:(?P<q>{_alternation(_phrases(cues, 'qualifier'))})(?:\s+|-)(?:of\s+)?)"
    number = rf"(?:\d{{1,3}}|{_alternation(_phrases(cues, 'number'))})"
    unit = _alternation(_phrases(cues, "unit"))
    count_prefix = _alternation(_phrases(cues, "count_prefix"))
    count_suffix = _alternation(_phrases(cues, "count_suffix"))
    weekday = _capitalised(_phrases(cues, "weekday"))
    range_open, range_join = _alternation(_phrases(cues, "range_open")), _alternation(_phrases(cues, "range_join"))
    sources = {
        "iso": rf"(?<![\w\-])(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w\-])",
        "mdy": rf"(?<!\w)(?P<m>{month})\s+(?P<d>{day})(?:,?\s+(?P<y>{year}))?{after}",
        "dmy": rf"{before}(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>{year}))?{after}",
        "md_range": rf"(?<!\w)(?P<m>{month})\s+(?P<d>{day})\s?[-–]\s?(?P<d2>{day})(?:,?\s+(?P<y>{year}))?{after}",
        "dm_range": rf"(?:(?i:(?<!\w)(?P<open>{range_open})\s+))?{before}(?P<d>{day})"
        rf"(?:\s?[-–]\s?|(?i:\s+(?P<join>{range_join})\s+))(?P<d2>{day})\s+(?:of\s+)?(?P<m>{month})"
        rf"(?:,?\s+(?P<y>{year}))?{after}",
        "my": rf"(?<![\w\-]){qual}?(?P<m>{month}),?\s+(?:of\s+)?(?P<y>{year}){after}",
        "year": rf"{before}{qual}?(?P<y>{year}){after}",
        "year_range": rf"{before}(?P<y>{year})\s?[-–—]\s?(?P<y2>{year}|\d\d){after}",
        "decade": rf"(?<![\w\-])(?i:the\s+)?{qual}?(?P<y>(?:19|20)\d0)'?s(?!\w)",
        "month": rf"(?<![\w\-]){qual}?(?P<m>{full_month})",
        "weekday": rf"(?<!\w)(?:(?i:(?P<mod>{_alternation(_phrases(cues, 'weekday_mod'))}))\s+)?(?P<w>{weekday})(?!\w)",
        "relative": rf"(?<![\w\-]){qual}?(?i:(?P<r>{_alternation(_phrases(cues, 'relative'))}))(?!\w)",
        "count": rf"(?<!\w)(?i:(?:(?P<p>{count_prefix})\s+(?P<n>{number})\s+(?P<u>{unit}))"
        rf"|(?:(?P<n2>{number})\s+(?P<u2>{unit})\s+(?P<s>{count_suffix})))(?!\w)",
    }
    return tuple((kind, re.compile(source)) for kind, source in sources.items())


def _needs(cues: dict[str, list[_Cue]]) -> dict[str, re.Pattern[str]]:
    """For the kinds built around a year or a month name, a plain regex that finds that part of every match
    (at a word's start: each pattern puts a boundary before it): a text without it is not scanned by those
    patterns, whose optional leading parts and look-behinds make them slower to search."""
    full_month = rf"(?:{_capitalised([c.phrase for c in cues['month'] if 'abbr' not in c.flags])})(?![A-Za-z])"
    abbr_month = rf"(?:{_capitalised([c.phrase for c in cues['month'] if 'abbr' in c.flags])})(?![A-Za-z])"
    year = re.compile(r"(?:19|20)\d\d")
    month = re.compile(rf"(?<!\w)(?:{full_month}|{abbr_month})")
    return {"iso": year, "year": year, "year_range": year, "decade": year,
            "mdy": month, "dmy": month, "md_range": month, "dm_range": month, "my": month, "month": month}


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the cue lexicon and compile its regexes once."""
    cues = _read_cues()

    def by_phrase(kind: str) -> dict[str, _Cue]:
        return {_key(c.phrase): c for c in cues.get(kind, [])}

    return _Lexicon(
        months={_key(c.phrase): int(c.value) for c in cues["month"]},
        name_months=frozenset(int(c.value) for c in cues["month"] if "name" in c.flags),
        weekdays={_key(c.phrase): int(c.value) for c in cues["weekday"]},
        weekday_mods=by_phrase("weekday_mod"),
        relatives=by_phrase("relative"),
        qualifiers=by_phrase("qualifier"),
        units={_key(c.phrase): c.value for c in cues["unit"]},
        count_prefixes=by_phrase("count_prefix"),
        range_joins=by_phrase("range_join"),
        month_before=by_phrase("month_before"),
        not_year_before=frozenset(_key(p) for p in _phrases(cues, "not_year_before")),
        not_year_after=frozenset(_key(p) for p in _phrases(cues, "not_year_after")),
        patterns=_build_patterns(cues),
        start_marker=re.compile(rf"(?i:(?<!\w)(?:{_alternation(_phrases(cues, 'start'))})\s+)$"),
        end_marker=re.compile(rf"(?i:(?<!\w)(?:{_alternation(_phrases(cues, 'end'))})\s+)$"),
        range_open=re.compile(rf"(?i:(?<!\w)(?P<open>{_alternation(_phrases(cues, 'range_open'))})\s+)$"),
        range_join=re.compile(rf"(?i:\s*(?:(?P<word>{_alternation(_phrases(cues, 'range_join'))})|[-–—])\s*)"),
        month_cue=re.compile(rf"(?i:(?<![\w\-])(?P<cue>{_alternation(_phrases(cues, 'month_before'))})\s+)$"),
        needs=_needs(cues),
    )


# ---------------------------------------------------------------------------------------------------------------
# Calendar parts and their ISO prefixes


@dataclass(frozen=True)
class _Parts:
    """A calendar date with any of its parts unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        """The ISO prefix these parts spell, or None when they spell none (a month alone, an invalid day)."""
        try:
            if self.year is not None and self.month is not None and self.day is not None:
                return dt.date(self.year, self.month, self.day).isoformat()
            if self.year is not None and self.month is not None:
                return f"{self.year:04d}-{self.month:02d}"
            if self.year is not None:
                return f"{self.year:04d}" if self.day is None else None
            if self.month is not None and self.day is not None:
                return "--" + dt.date(2000, self.month, self.day).isoformat()[5:]
        except ValueError:
            return None
        return None

    def first_day(self) -> dt.date | None:
        """The first day of the period these parts name, when they name a year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def filled_from(self, other: _Parts) -> _Parts:
        """These parts with a missing year (and month, when a day is known) taken from `other`."""
        month = self.month if self.month is not None or self.day is None else other.month
        return _Parts(self.year if self.year is not None else other.year, month, self.day)


def _day_iso(day: dt.date) -> str:
    """A day's ISO prefix."""
    return day.isoformat()


def _common_prefix(first: dt.date, last: dt.date) -> str | None:
    """The most precise ISO prefix containing both days: their month, else their year, else None."""
    if (first.year, first.month) == (last.year, last.month):
        return first.isoformat()[:7]
    return f"{first.year:04d}" if first.year == last.year else None


def _year_iso(year: int) -> str:
    """A year's ISO prefix; OverflowError outside the years a date can hold."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"year {year} out of range")
    return f"{year:04d}"


def _shift_month(reference: dt.date, offset: int) -> str:
    """The ISO month `offset` months after the reference's month."""
    index = reference.year * 12 + reference.month - 1 + offset
    return f"{_year_iso(index // 12)}-{index % 12 + 1:02d}"


def _first_day_of_iso(value: str | None) -> dt.date | None:
    """The first day of the period an ISO prefix with a year names; None for "--MM-DD" or None."""
    if not value or value.startswith("--"):
        return None
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


# ---------------------------------------------------------------------------------------------------------------
# Candidates


@dataclass(frozen=True)
class _Candidate:
    """A matched span before ranges and markers are applied: calendar parts, or an already resolved mention."""

    start: int
    end: int
    kind: str
    parts: _Parts | None = None  # calendar dates
    end_parts: _Parts | None = None  # built-in ranges ("2010-2014", "3-5 March")
    mention: DateMention | None = None  # relative expressions

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start


def _group_int(match: re.Match[str], name: str) -> int | None:
    """A named group's leading digits as an int, or None when the group did not take part."""
    value = match.group(name)
    return int(re.match(r"\d+", value).group()) if value else None  # type: ignore[union-attr]


def _month_number(match: re.Match[str], name: str = "m") -> int | None:
    """The month number of a matched month name (with or without its trailing dot)."""
    value = match.group(name)
    return _lexicon().months.get(_key(value.rstrip("."))) if value else None


def _calendar(match: re.Match[str], kind: str) -> _Candidate:
    """A candidate for a calendar date: ISO, day-month(-year), month-year, year, or a bare month."""
    groups = match.groupdict()
    if kind == "iso":
        month = _group_int(match, "m")
    else:
        month = _month_number(match) if "m" in groups else None
    day = _group_int(match, "d") if "d" in groups else None
    year = _group_int(match, "y") if "y" in groups else None
    return _Candidate(match.start(), match.end(), kind, _Parts(year, month, day))


def _bare_year_is_count(text: str, match: re.Match[str]) -> bool:
    """Whether a bare 19xx/20xx number reads as a count or a name ("2000 troops", "Vision 2030")."""
    lexicon = _lexicon()
    before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 20) : match.start()])
    after = re.match(r"\s+([A-Za-z]+)", text[match.end() : match.end() + 20])
    return bool(before and _key(before.group(1)) in lexicon.not_year_before) or bool(
        after and _key(after.group(1)) in lexicon.not_year_after
    )


def _year(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for a year ("2019", "early 2005"), unless it reads as a count or a name."""
    if _bare_year_is_count(text, match):
        return None
    return _calendar(match, kind)


def _year_range(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for "2010-2014" or "2019-20"; None unless the second year is later."""
    first = int(match.group("y"))
    second_text = match.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first:
        return None
    return _Candidate(match.start(), match.end(), kind, _Parts(first), _Parts(second))


def _lacks_opener(join: str, opener: str) -> bool:
    """Whether a range joined by the word `join` lacks the opening word its cue needs ("and" needs "between")."""
    cue = _lexicon().range_joins.get(_key(join))
    return cue is not None and bool(cue.flags) and _key(opener) not in cue.flags


def _day_range(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for "3-5 March 2020", "between 5 and 7 May" or "March 3-5, 2020"; None unless the days ascend."""
    groups = match.groupdict()
    if _lacks_opener(groups.get("join") or "", groups.get("open") or ""):
        return None
    year, month = _group_int(match, "y"), _month_number(match)
    first, last = _Parts(year, month, _group_int(match, "d")), _Parts(year, month, _group_int(match, "d2"))
    if first.iso() is None or last.iso() is None or (first.day or 0) >= (last.day or 0):
        return None
    return _Candidate(match.start(), match.end(), kind, first, last)


def _decade(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for "the 1990s": the years 1990 to 1999."""
    first = int(match.group("y"))
    return _Candidate(match.start(), match.end(), kind, _Parts(first), _Parts(first + 9))


def _plain(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for a calendar date whose parts are all in the match."""
    return _calendar(match, kind)


def _relative_mention(
    match: re.Match[str], kind: str, dates: tuple[str | None, str | None, str | None], future: bool
) -> _Candidate:
    """A candidate holding an already resolved relative mention (date, start_date, end_date)."""
    mention = DateMention(match.start(), match.end(), match.group(), *dates, relative=True, future=future)
    return _Candidate(match.start(), match.end(), kind, mention=mention)


def _resolve_period(unit: str, offset: int, reference: dt.date) -> tuple[str | None, str | None, str | None]:
    """(date, start_date, end_date) of the period `offset` units from the reference; Nones past year 1 or 9999."""
    try:
        return _period(unit, offset, reference)
    except OverflowError:
        return None, None, None


def _period(unit: str, offset: int, reference: dt.date) -> tuple[str | None, str | None, str | None]:
    """(date, start_date, end_date) of the day, week, month or year `offset` units from the reference."""
    if unit == "day":
        return _day_iso(reference + dt.timedelta(days=offset)), None, None
    if unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        return _common_prefix(monday, sunday), _day_iso(monday), _day_iso(sunday)
    if unit == "month":
        return _shift_month(reference, offset), None, None
    return _year_iso(reference.year + offset), None, None


def _relative(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for a relative phrase from the lexicon ("next week", "earlier this year", "in the coming days")."""
    lexicon = _lexicon()
    cue = lexicon.relatives[_key(match.group("r"))]
    qualifier = lexicon.qualifiers.get(_key(match.group("q") or ""))
    future = "future" in cue.flags or bool(qualifier and "future" in qualifier.flags)
    dates: tuple[str | None, str | None, str | None] = (None, None, None)
    if reference is not None and cue.value != "-":
        unit, offset = cue.value.split(":")
        dates = _resolve_period(unit, int(offset), reference)
    return _relative_mention(match, kind, dates, future)


def _weekday(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for a weekday: the last one on or before the reference unless marked ("next Tuesday")."""
    lexicon = _lexicon()
    modifier = lexicon.weekday_mods.get(_key(match.group("mod") or "this"))
    direction = int(modifier.value) if modifier else 0
    future = bool(modifier and "future" in modifier.flags)
    if reference is None:
        return _relative_mention(match, kind, (None, None, None), future)
    weekday = lexicon.weekdays[_key(match.group("w"))]
    if direction > 0:
        delta = (weekday - reference.weekday()) % 7 or 7
    else:
        delta = -((reference.weekday() - weekday) % 7 or (7 if direction < 0 else 0))
    return _relative_mention(match, kind, _resolve_period("day", delta, reference), future)


@lru_cache(maxsize=16)
def _count_parser(reference: dt.date) -> DateDataParser:
    """A dateparser parser for English relative phrases, anchored at the reference date."""
    base = dt.datetime.combine(reference, dt.time())
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=256)
def _count_date(phrase: str, unit: str, reference: dt.date) -> str | None:
    """Resolve "in two weeks" / "three years ago" with dateparser, to the precision of its unit."""
    try:
        parsed: dt.datetime | None = _count_parser(reference).get_date_data(phrase).date_obj
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    precision = {"day": 10, "month": 7, "year": 4}[unit]
    return parsed.date().isoformat()[:precision]


def _count(text: str, match: re.Match[str], kind: str, reference: dt.date | None) -> _Candidate | None:
    """A candidate for a counted offset: "in two weeks", "within a year" (a deadline), "three days ago"."""
    lexicon = _lexicon()
    if match.group("p"):
        prefix = lexicon.count_prefixes[_key(match.group("p"))]
        number, unit_word, deadline, future = match.group("n"), match.group("u"), prefix.value == "deadline", True
        phrase = f"in {number} {unit_word}"
    else:
        number, unit_word, deadline, future = match.group("n2"), match.group("u2"), False, False
        phrase = f"{number} {unit_word} ago"
    if number.isdigit() and int(number) == 0:
        return None
    date = _count_date(phrase, lexicon.units[_key(unit_word)], reference) if reference else None
    dates = (None, None, date) if deadline else (date, None, None)
    return _relative_mention(match, kind, dates, future)


_Handler = Callable[[str, re.Match[str], str, dt.date | None], _Candidate | None]
_HANDLERS: dict[str, _Handler] = {
    "iso": _plain,
    "mdy": _plain,
    "dmy": _plain,
    "my": _plain,
    "month": _plain,
    "year": _year,
    "year_range": _year_range,
    "md_range": _day_range,
    "dm_range": _day_range,
    "decade": _decade,
    "relative": _relative,
    "weekday": _weekday,
    "count": _count,
}


# Kinds whose pattern cannot match without an ASCII digit (each requires a day, a year or an ISO date);
# a text without one (most sentences) is not scanned by them.
_DIGIT_KINDS = frozenset({"iso", "mdy", "dmy", "md_range", "dm_range", "my", "year", "year_range", "decade"})
_ASCII_DIGIT = re.compile(r"[0-9]")


def _candidates(text: str, reference: dt.date | None) -> Iterator[_Candidate]:
    """Every candidate span of every pattern, overlapping ones included."""
    digits = _ASCII_DIGIT.search(text) is not None
    lexicon = _lexicon()
    present: dict[re.Pattern[str], bool] = {}  # each needed part searched once
    for kind, pattern in lexicon.patterns:
        if not digits and kind in _DIGIT_KINDS:
            continue
        need = lexicon.needs.get(kind)
        if need is not None:
            if need not in present:
                present[need] = need.search(text) is not None
            if not present[need]:
                continue
        for match in pattern.finditer(text):
            candidate = _HANDLERS[kind](text, match, kind, reference)
            if candidate is not None:
                yield candidate


def _non_overlapping(candidates: Iterator[_Candidate]) -> list[_Candidate]:
    """Keep the longest candidates that do not overlap, in text order."""
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, c.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------------------------
# Combining candidates: ranges, "since"/"until", weekday before a date


_CUE_WINDOW = 40  # how far before a date to look for "from", "between", "since", "until"


def _range_of(text: str, left: _Candidate, right: _Candidate) -> _Candidate | None:
    """Merge "from X to Y" / "between X and Y" / "X - Y" into one range candidate, when the gap joins them."""
    if left.parts is None or right.parts is None or left.end_parts or right.end_parts:
        return None
    join = _lexicon().range_join.fullmatch(text, left.end, right.start)
    if join is None:
        return None
    opening = _lexicon().range_open.search(text, max(0, left.start - _CUE_WINDOW), left.start)
    if _lacks_opener(join.group("word") or "", opening.group("open") if opening else ""):
        return None
    first, last = left.parts.filled_from(right.parts), right.parts.filled_from(left.parts)
    if first.iso() is None or last.iso() is None:
        return None
    first_day, last_day = first.first_day(), last.first_day()
    if first_day and last_day and first_day > last_day:
        return None
    start = opening.start() if opening else left.start
    return _Candidate(start, right.end, "range", first, last)


def _merge_ranges(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Merge each pair of neighbouring calendar candidates that a range joins."""
    merged: list[_Candidate] = []
    for candidate in candidates:
        joined = _range_of(text, merged[-1], candidate) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(candidate)
    return merged


_MONTH_YEAR_GAP = re.compile(r"\s+(?:in|of)\s+")


def _join_month_years(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Join a month named alone and the year right after it ("February in 1974", "May of 2003"): one month."""
    joined: list[_Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == "month" and candidate.kind == "year" \
                and previous.parts is not None and candidate.parts is not None \
                and _MONTH_YEAR_GAP.fullmatch(text, previous.end, candidate.start):
            joined[-1] = _Candidate(previous.start, candidate.end, "my",
                                    _Parts(candidate.parts.year, previous.parts.month))
        else:
            joined.append(candidate)
    return joined


def _absorb_weekdays(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a weekday that names the calendar date right after it ("Tuesday, November 24"), widening that date."""
    kept: list[_Candidate] = []
    for candidate in candidates:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and candidate.parts is not None
            and candidate.parts.day is not None
            and re.fullmatch(r",?\s+(?:the\s+)?", text[previous.end : candidate.start])
        ):
            kept[-1] = replace(candidate, start=previous.start)
        else:
            kept.append(candidate)
    return kept


def _bare_month(text: str, candidate: _Candidate, reference: dt.date | None) -> DateMention | None:
    """A month named alone is a date after a cue word, with a qualifier or as a possessive ("in May", "last April",
    "early March", "November's vote"; not "Theresa May" nor "May's plan"): its year stays open ("--05") unless the
    cue is last/this/next, which places it against the reference date."""
    assert candidate.parts is not None and candidate.parts.month is not None
    month, lexicon = candidate.parts.month, _lexicon()
    possessive = text.startswith(("'s", "\u2019s"), candidate.end)
    if possessive and month in lexicon.name_months:
        return None  # "May's plan"; "November's vote" is a date
    cue = lexicon.month_cue.search(text, max(0, candidate.start - _CUE_WINDOW), candidate.start)
    qualified = re.search(r"[\s-]", text[candidate.start:candidate.end]) is not None  # "early March", "mid-March"
    if cue is None and not qualified and not possessive:
        return None
    row = lexicon.month_before.get(_key(cue.group("cue"))) if cue else None
    placed = row is not None and row.value != "-"  # last / this / next April
    start = cue.start() if placed else candidate.start
    date, future = f"--{month:02d}", bool(row and "future" in row.flags)
    if placed:
        if reference is None:
            return None
        offset = month - reference.month  # this April
        if row.value == "-1" and offset >= 0:
            offset -= 12  # the last April before the reference's month
        elif row.value == "1" and offset <= 0:
            offset += 12  # the first April after it
        date = _resolve_period("month", offset, reference)[0]
        if date is None:
            return None
    mention = DateMention(start, candidate.end, text[start:candidate.end], date, None, None,
                          relative=placed, future=future)
    return mention if placed else replace(mention, future=_is_future(mention, reference))


def _is_future(mention: DateMention, reference: dt.date | None) -> bool:
    """Whether an absolute mention starts after the reference date."""
    first = _first_day_of_iso(mention.start_date or mention.date)
    return bool(reference and first and first > reference)


def _to_mention(text: str, candidate: _Candidate, reference: dt.date | None) -> DateMention | None:
    """The mention a candidate stands for, or None for one that resolves to nothing (a month alone)."""
    if candidate.mention is not None:
        return replace(candidate.mention, start=candidate.start, text=text[candidate.start : candidate.end])
    assert candidate.parts is not None
    if candidate.kind == "month":
        return _bare_month(text, candidate, reference)
    dates: tuple[str | None, str | None, str | None]
    if candidate.end_parts is not None:
        dates = (None, candidate.parts.iso(), candidate.end_parts.iso())
    else:
        dates = (candidate.parts.iso(), None, None)
    if not any(dates):
        return None
    date, start_date, end_date = dates
    mention = DateMention(
        candidate.start, candidate.end, text[candidate.start : candidate.end], date, start_date, end_date, False, False
    )
    return replace(mention, future=_is_future(mention, reference))


def _with_marker(text: str, mention: DateMention, reference: dt.date | None) -> DateMention:
    """Turn "since X" into a start and "until X" into an end, widening the span over the marker."""
    if mention.date is None and mention.start_date is None and mention.end_date is None:
        return mention
    lexicon = _lexicon()
    window = max(0, mention.start - _CUE_WINDOW)
    since = lexicon.start_marker.search(text, window, mention.start)
    until = None if since else lexicon.end_marker.search(text, window, mention.start)
    if since is not None:
        moved = replace(mention, start_date=mention.start_date or mention.date, end_date=None, date=None)
    elif until is not None:
        moved = replace(mention, end_date=mention.end_date or mention.date, start_date=None, date=None)
    else:
        return mention
    start = (since or until).start()  # type: ignore[union-attr]
    moved = replace(moved, start=start, text=text[start : mention.end])
    return moved if moved.relative else replace(moved, future=_is_future(moved, reference))


# ---------------------------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Find the date expressions in `text`, in order; relative ones are resolved only when `reference` is given.

    Examples
    --------
    >>> [(m.text, m.date, m.start_date, m.end_date) for m in find_dates("from 2010 to 2014, and since March 2019")]
    [('from 2010 to 2014', None, '2010', '2014'), ('since March 2019', None, '2019-03', None)]

    A relative week is resolved against the reference date: its Monday and Sunday, and the ISO prefix both share.

    >>> week = find_dates("The next round is due next week.", dt.date(2021, 11, 24))[0]
    >>> week.text, week.date, week.start_date, week.end_date, week.future
    ('next week', '2021', '2021-11-29', '2021-12-05', True)
    """
    candidates = _non_overlapping(_candidates(text, reference))
    candidates = _absorb_weekdays(text, _join_month_years(text, _merge_ranges(text, candidates)))
    mentions = (_to_mention(text, candidate, reference) for candidate in candidates)
    return [_with_marker(text, mention, reference) for mention in mentions if mention is not None]


_YEARLESS = re.compile(r"--(\d\d)(?:-(\d\d))?")


def place_in_year(value: str, reference: dt.date, *, past: bool) -> str:
    """A day or month without a year ("--03-25", "--03") in the year that makes it the last on or before the
    reference (`past`: a past-tense clause) or the first on or after it (a planned one); other values unchanged.

    >>> place_in_year("--10", dt.date(2005, 1, 1), past=True), place_in_year("--03-25", dt.date(2022, 7, 1), past=False)
    ('2004-10', '2023-03-25')
    """
    match = _YEARLESS.fullmatch(value)
    if match is None:
        return value
    month, day = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    named, now = (month, day or 0), (reference.month, reference.day if day else 0)
    year = reference.year - (named > now) if past else reference.year + (named < now)
    try:
        placed = dt.date(year, month, day or 1)
    except ValueError:  # 29 February of a year without one
        return value
    return placed.isoformat() if day else placed.isoformat()[:7]


def bare_weekday(mention: DateMention) -> bool:
    """'on Tuesday', "Tuesday's meeting": a weekday without a modifier ("last", "next"), which the tense of its
    clause places before or after the reference (resolved by `find_dates` to the last one on or before it)."""
    return _key(mention.text) in _lexicon().weekdays


def weekday_ahead(mention: DateMention, reference: dt.date) -> DateMention:
    """A bare weekday of a planned act read forward: the first such day on or after the reference ("will meet on
    Tuesday", "is meeting Y on Tuesday"); other mentions unchanged.

    >>> ahead = weekday_ahead(find_dates("on Tuesday", dt.date(2005, 1, 1))[0], dt.date(2005, 1, 1))
    >>> ahead.date, ahead.future
    ('2005-01-04', True)
    """
    if not bare_weekday(mention):
        return mention
    delta = (_lexicon().weekdays[_key(mention.text)] - reference.weekday()) % 7
    date, start, end = _resolve_period("day", delta, reference)
    return DateMention(mention.start, mention.end, mention.text, date, start, end, relative=True, future=True)


_USER_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_user_date(value: str) -> dt.date:
    """Parse a --date given on the command line: strictly YYYY-MM-DD, else DateError.

    Examples
    --------
    >>> parse_user_date(" 2021-11-24 ")
    datetime.date(2021, 11, 24)
    >>> parse_user_date("2021-02-30")
    Traceback (most recent call last):
    ...
    kg.errors.DateError: invalid date '2021-02-30': expected a real calendar day as YYYY-MM-DD, e.g. 2021-11-24
    """
    if _USER_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise DateError(f"invalid date {value!r}: expected a real calendar day as YYYY-MM-DD, e.g. 2021-11-24")
