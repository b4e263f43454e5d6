"""kg.datafiles: the readers every data file loads through reject a bad row with its file and line."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import datafiles


@pytest.fixture
def data(monkeypatch):
    """data(name → text): serve these texts as kg/data files."""
    def serve(files: dict[str, str]) -> None:
        monkeypatch.setattr(datafiles, "text", lambda name: files[name])
    return serve


def test_lines_skip_blanks_and_comments_and_keep_line_numbers(data):
    data({"f.txt": "# header\n\nalpha\n  # indented comment\nbeta\n"})
    assert list(datafiles.lines("f.txt")) == [(3, "alpha"), (5, "beta")]


@pytest.mark.parametrize("text, message", [
    pytest.param("Alpha\n", "f.txt:1: entry must be one lowercase phrase: 'Alpha'", id="uppercase"),
    pytest.param("alpha\nbeta\nalpha\n", "f.txt:3: duplicate entry 'alpha'", id="duplicate"),
    pytest.param("alpha\tbeta\n", "f.txt:1: entry must be one lowercase phrase", id="tab"),
])
def test_word_list_rejects_bad_entries(data, text, message):
    data({"f.txt": text})
    with pytest.raises(ValueError, match=re.escape(message)):
        datafiles.word_list("f.txt")


@pytest.mark.parametrize("text, message", [
    pytest.param("a\tb\tc\n", re.escape("f.tsv:1: expected header 'word\\tfield'"), id="wrong-header"),
    pytest.param("# only a comment\n", "missing header line", id="no-header"),
    pytest.param("word\tfield\nx\ty\tz\n", "f.tsv:2: expected 2 tab-separated columns, got 3", id="extra-column"),
])
def test_rows_check_the_header_and_the_columns(data, text, message):
    data({"f.tsv": text})
    with pytest.raises(ValueError, match=message):
        list(datafiles.rows("f.tsv", ("word", "field")))


def test_rows_pad_missing_trailing_cells(data):
    data({"f.tsv": "word\tfield\nx\n"})
    assert list(datafiles.rows("f.tsv", ("word", "field"))) == [(2, ["x", ""])]


@pytest.mark.parametrize("text, message", [
    pytest.param("word\tfield\nX\tm\n", "f.tsv:2: expected a lowercase word and its field", id="uppercase"),
    pytest.param("word\tfield\nx\t\n", "f.tsv:2: expected a lowercase word and its field", id="empty-value"),
    pytest.param("word\tfield\nx\tm\nx\tn\n", "f.tsv:3: duplicate word 'x'", id="duplicate"),
])
def test_word_map_rejects_bad_rows(data, text, message):
    data({"f.tsv": text})
    with pytest.raises(ValueError, match=message):
        datafiles.word_map("f.tsv", ("word", "field"))


words = st.text(alphabet="abcdefghij -'", min_size=1, max_size=12).map(str.strip).filter(
    lambda w: w and not w.startswith("#"))


@given(st.lists(words, unique=True, max_size=20))
def test_a_word_list_reads_back_what_was_written(entries):
    text = "# a list\n" + "".join(f"{w}\n" for w in entries)
    original = datafiles.text
    datafiles.text = lambda name: text
    try:
        assert datafiles.word_list("f.txt") == frozenset(entries)
    finally:
        datafiles.text = original

