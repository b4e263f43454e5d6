"""Document metadata from sidecar tables, --metadata tables and Markdown front matter (kg.read.metadata)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Document, Skipped
from kg.read.documents import read_documents
from kg.read.metadata import DocumentMeta, front_matter, load_table, parse_date

ARTICLE = "A headline of the day\n\nThe minister of one country met the minister of another country on Tuesday.\n"


def _folder(tmp_path: Path, table_name: str | None = None, table: str = "", **files: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (files or {"one.txt": ARTICLE}).items():
        (folder / name.replace("__", ".")).write_text(text, encoding="utf-8")
    if table_name:
        (folder / table_name).write_text(table, encoding="utf-8")
    return folder


def _documents(*paths: Path, **options: object) -> list[Document]:
    return [d for d in read_documents(list(paths), **options) if isinstance(d, Document)]  # type: ignore[arg-type]


@pytest.mark.parametrize("name,table", [
    ("metadata.csv", "file,title,published,url,source\none.txt,Ministers meet,2021-11-24,https://x.example/1,Wire\n"),
    ("metadata.csv", "\ufeffFile,Title,Date\none.txt,Ministers meet,2021-11-24T08:00:00Z\n"),
    ("metadata.jsonl", '{"file": "one.txt", "title": "Ministers meet", "published": "2021-11-24", "url": null}\n'),
])
def test_sidecar_gives_title_and_date(tmp_path: Path, name: str, table: str) -> None:
    [doc] = _documents(_folder(tmp_path, name, table))
    assert (doc.title, doc.published) == ("Ministers meet", dt.date(2021, 11, 24))


def test_sidecar_is_found_for_a_file_given_alone_and_is_not_read_as_an_article(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "metadata.csv", "file,published\none.txt,2020-01-02\n")
    assert [d.published for d in _documents(folder / "one.txt")] == [dt.date(2020, 1, 2)]
    assert [d.id for d in _documents(folder)] == ["one"]


def test_without_any_date_the_document_stays_undated(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "metadata.csv", "file,title\none.txt,Only a title\n")
    [doc] = _documents(folder)
    assert doc.published is None and doc.title == "Only a title"


def test_empty_cells_leave_what_the_file_says(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "metadata.csv", "file,title,published\none.txt,,\n")
    [doc] = _documents(folder, published=dt.date(2019, 5, 6))
    assert doc.title == "A headline of the day" and doc.published == dt.date(2019, 5, 6)


@pytest.mark.parametrize("name,table,needle", [
    ("metadata.csv", "file,title,author\none.txt,T,Someone\n", "unknown column 'author'"),
    ("metadata.csv", "title,published\nT,2021-01-01\n", "no 'file' column"),
    ("metadata.csv", "file,date,published\none.txt,2021-01-01,2021-01-01\n", "given twice"),
    ("metadata.csv", "file,published\none.txt,24/11/2021\n", "line 2: published date '24/11/2021'"),
    ("metadata.csv", "file,published\none.txt,2021-02-30\n", "not YYYY-MM-DD"),
    ("metadata.csv", "file,title\none.txt,A\nmissing.txt,B\n", "line 3: no file 'missing.txt'"),
    ("metadata.csv", "file,title\none.txt,A\none.txt,B\n", "already described on line 2"),
    ("metadata.csv", "file,title\none.txt,A,extra\n", "3 cells"),
    ("metadata.csv", "", "empty table"),
    ("metadata.jsonl", '{"file": "one.txt"}\n[1, 2]\n', "line 2: a JSON object"),
    ("metadata.jsonl", '{"file": "one.txt", "title": {"x": 1}}\n', "must be text"),
    ("metadata.jsonl", '{"file": "one.txt",\n', "line 1: not JSON"),
])
def test_bad_sidecar_is_one_clear_line_and_the_articles_build_without_it(tmp_path: Path, name: str, table: str,
                                                                        needle: str) -> None:
    folder = _folder(tmp_path, name, table)
    results = list(read_documents([folder]))
    [skipped] = [r for r in results if isinstance(r, Skipped)]
    assert skipped.source == str(folder / name)
    assert skipped.reason.startswith("metadata table not used: ") and needle in f"{name} {skipped.reason}"
    assert "\n" not in skipped.reason
    [doc] = [r for r in results if isinstance(r, Document)]
    assert doc.title == "A headline of the day" and doc.published is None


@pytest.mark.parametrize("name,table,needle", [
    ("metadata.csv", "file,published\none.txt,24/11/2021\n", "line 2: published date '24/11/2021'"),
    ("metadata.jsonl", '{"file": "one.txt", "url": 1.5, "x": 1}\n', "line 1: unknown column 'x'"),
])
def test_bad_table_given_apart_is_an_input_error(tmp_path: Path, name: str, table: str, needle: str) -> None:
    path = tmp_path / name
    path.write_text(table, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_documents([_folder(tmp_path)], metadata=path)
    message = str(caught.value)
    assert needle in message and "\n" not in message and message.startswith(str(path))


def test_two_sidecars_in_one_folder_are_both_left_out(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "metadata.csv", "file,title\none.txt,T\n")
    (folder / "metadata.jsonl").write_text('{"file": "one.txt"}\n', encoding="utf-8")
    results = list(read_documents([folder]))
    assert [r.reason for r in results if isinstance(r, Skipped)] == [
        "metadata table not used: both metadata.csv and metadata.jsonl; keep one"]
    assert [r.title for r in results if isinstance(r, Document)] == ["A headline of the day"]


def test_table_given_apart_matches_by_name_wins_over_the_sidecar_and_reports_unused_rows(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "metadata.csv", "file,title,published\none.txt,Sidecar title,2001-01-01\n")
    table = tmp_path / "elsewhere" / "meta.csv"
    table.parent.mkdir()
    table.write_text("file,published,source\none.txt,2021-03-04,Wire\nother.txt,2021-03-05,Wire\n", encoding="utf-8")
    results = list(read_documents([folder], metadata=table))
    [doc] = [r for r in results if isinstance(r, Document)]
    assert (doc.title, doc.published) == ("Sidecar title", dt.date(2021, 3, 4))
    [skipped] = [r for r in results if isinstance(r, Skipped)]
    assert skipped.source.endswith("meta.csv") and "line 3: no file 'other.txt'" in skipped.reason


def test_missing_metadata_table_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read metadata table"):
        read_documents([_folder(tmp_path)], metadata=tmp_path / "nope.csv")


@pytest.mark.parametrize("text,title,published,body_starts", [
    ('---\ntitle: "Ministers meet"\ndate: 2021-11-24\ntags: [a, b]\n---\n# Heading here\n\n' + ARTICLE,
     "Ministers meet", dt.date(2021, 11, 24), "Heading here"),
    ("---\npublished: 2021-11-24\nurl: https://x.example/a\n---\n" + ARTICLE,
     "A headline of the day", dt.date(2021, 11, 24), "A headline"),
    ("---\ndate: someday\n---\n" + ARTICLE, "A headline of the day", None, "A headline"),
    # a rule in the text is no front matter
    (ARTICLE + "\n---\ntitle: Not metadata\n---\n", "A headline of the day", None, "A headline"),
])
def test_markdown_front_matter(tmp_path: Path, text: str, title: str, published: dt.date | None,
                               body_starts: str) -> None:
    [doc] = _documents(_folder(tmp_path, one__md=text))
    assert (doc.title, doc.published) == (title, published)
    assert doc.text.startswith(body_starts) and "tags:" not in doc.text


def test_unclosed_front_matter_gives_the_lines_back() -> None:
    lines = ["---", "title: x", "more text"]
    body, said = front_matter(lines)
    assert list(body) == lines and said() == DocumentMeta()


# ----------------------------------------------------------------------------------- properties

_CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(_CELL, min_size=1, max_size=5), rows=st.lists(st.lists(_CELL, max_size=6), max_size=4))
def test_any_csv_table_loads_or_raises_input_error(tmp_path_factory: pytest.TempPathFactory,
                                                   header: list[str], rows: list[list[str]]) -> None:
    import csv
    import io

    folder = tmp_path_factory.mktemp("t")
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    (folder / "metadata.csv").write_text(out.getvalue(), encoding="utf-8")
    try:
        table = load_table(folder / "metadata.csv")
    except InputError as error:
        assert "\n" not in str(error) and "metadata.csv" in str(error)
    else:
        assert all(isinstance(meta, DocumentMeta) for _, meta in table.by_path.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["file", "title", "published", "date", "url", "source", "x"]),
                    st.one_of(st.none(), _CELL, st.integers(), st.booleans(), st.lists(st.integers(), max_size=2)),
                    max_size=5).map(json.dumps),
    _CELL,
), max_size=4))
def test_any_jsonl_table_loads_or_raises_input_error(tmp_path_factory: pytest.TempPathFactory,
                                                     lines: list[str]) -> None:
    folder = tmp_path_factory.mktemp("t")
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "metadata.jsonl").write_text("\n".join(lines), encoding="utf-8")
    try:
        load_table(folder / "metadata.jsonl")
    except InputError as error:
        assert "\n" not in str(error) and "metadata.jsonl" in str(error)


@given(st.dates())
def test_parse_date_round_trips(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day


@given(st.text(max_size=20))
def test_parse_date_raises_value_error_or_gives_a_date(text: str) -> None:
    try:
        assert isinstance(parse_date(text), dt.date)
    except ValueError:
        pass


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=12))
def test_front_matter_keeps_every_line_it_does_not_take(lines: list[str]) -> None:
    body, said = front_matter(lines)
    kept = list(body)
    meta = said()
    assert isinstance(meta, DocumentMeta)
    if not lines or lines[0].strip() != "---" or not any(line.strip() == "---" for line in lines[1:]):
        assert kept == lines  # no block: nothing taken
    else:
        closing = next(i for i, line in enumerate(lines) if i and line.strip() == "---")
        assert kept == lines[closing + 1:]


def test_a_sidecar_at_the_top_of_the_folder_given_describes_files_below_and_the_nearest_comes_first(tmp_path: Path) -> None:
    top = tmp_path / "corpus"
    (top / "politics" / "2005").mkdir(parents=True)
    (top / "business").mkdir()
    (top / "politics" / "2005" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (top / "business" / "b.txt").write_text(ARTICLE.replace("minister", "president"), encoding="utf-8")
    (top / "metadata.csv").write_text("file,title,published\npolitics/2005/a.txt,From the top,2005-01-02\n"
                                      "business/b.txt,Also from the top,2005-01-03\n", encoding="utf-8")
    (top / "business" / "metadata.jsonl").write_text('{"file": "b.txt", "title": "From beside"}\n', encoding="utf-8")
    docs = {d.id: (d.title, d.published) for d in _documents(top)}
    # each field from the nearest table that says it
    assert docs == {"a": ("From the top", dt.date(2005, 1, 2)), "b": ("From beside", dt.date(2005, 1, 3))}
    # the file given alone has no folder above it to look in: only its own folder's table counts
    assert [d.title for d in _documents(top / "politics" / "2005" / "a.txt")] == ["A headline of the day"]


@pytest.mark.parametrize("name,table", [
    ("metadata.csv", "file,url,source\none.txt,https://news.example/a?id=1,Example Wire\n"),
    ("metadata.jsonl", '{"file": "one.txt", "url": "https://news.example/a?id=1", "source": " Example  Wire "}\n'),
])
def test_url_and_source_reach_the_document_and_its_rdf(tmp_path: Path, name: str, table: str) -> None:
    from kg.graph.rdf import documents_from_dataset, to_dataset
    from kg.model import Extraction

    [doc] = _documents(_folder(tmp_path, name, table))
    assert (doc.url, doc.publisher) == ("https://news.example/a?id=1", "Example Wire")
    [back] = documents_from_dataset(to_dataset([Extraction(doc)]))
    assert (back.url, back.publisher) == (doc.url, doc.publisher)


def test_front_matter_url_and_source(tmp_path: Path) -> None:
    text = "---\ntitle: T\nurl: https://news.example/b\nsource: Wire\n---\n" + ARTICLE
    [doc] = _documents(_folder(tmp_path, None, "", **{"one__md": text}))
    assert (doc.url, doc.publisher) == ("https://news.example/b", "Wire")
    bad = "---\nurl: javascript:alert(1)\n---\n" + ARTICLE
    (tmp_path / "x").mkdir()
    [doc] = _documents(_folder(tmp_path / "x", None, "", **{"two__md": bad}))
    assert doc.url is None  # a view links to http(s) addresses only


@pytest.mark.parametrize("url", ["javascript:alert(1)", "www.example.org/a", "file:///etc/passwd", "https://"])
def test_a_url_that_is_no_web_address_is_a_bad_table(tmp_path: Path, url: str) -> None:
    folder = _folder(tmp_path, None, "")
    (tmp_path / "meta.csv").write_text(f"file,url\none.txt,{url}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"meta.csv line 2: url .* is not an http\(s\) address"):
        _documents(folder, metadata=tmp_path / "meta.csv")
