"""Tests for kg.pipeline: inputs (paths, texts, documents), duplicates, published dates, progress."""
from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from kg.pipeline import build, build_store, collect
from kg.errors import InputError, ModelNotInstalledError
from kg.model import Document, Extraction
from samples import SHARED

ARTICLE = "Morocco and Israel signed a defense agreement in Rabat on Wednesday. The ministers met for talks."


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    """Replace spaCy and the extractor with stand-ins that record which documents were extracted."""
    seen: list[Document] = []

    def extract_all(documents: Iterable[Document], nlp: object) -> Iterator[Extraction]:
        for document in documents:
            seen.append(document)
            yield Extraction(document)

    monkeypatch.setitem(sys.modules, "kg.extract.extractor", types.SimpleNamespace(extract_all=extract_all))
    monkeypatch.setitem(sys.modules, "kg.extract.parse", types.SimpleNamespace(load_pipeline=lambda model: object()))
    return seen


def test_texts_become_numbered_documents(fake_extractor: list[Document]) -> None:
    graph = build([ARTICLE, ARTICLE.replace("Rabat", "Tel Aviv")], published=dt.date(2021, 11, 24))
    assert [d.id for d in fake_extractor] == ["text-1", "text-2"]
    assert {d.published for d in graph.documents} == {dt.date(2021, 11, 24)}


def test_single_string_is_one_input(fake_extractor: list[Document]) -> None:
    build(ARTICLE)
    assert len(fake_extractor) == 1


def test_folders_read_recursively_and_sorted(tmp_path: Path, fake_extractor: list[Document]) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE + " Second.", encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE + " First.", encoding="utf-8")
    graph = build([tmp_path])
    assert [d.id for d in fake_extractor] == ["a", "two"]
    assert graph.summary().documents == 2


def test_duplicate_content_is_skipped(tmp_path: Path, fake_extractor: list[Document]) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(ARTICLE + "\n", encoding="utf-8")
    graph = build([tmp_path])
    assert len(fake_extractor) == 1
    assert [s.reason for s in graph.skipped] == [f"duplicate of {fake_extractor[0].id}"]


def test_given_documents_keep_their_date(fake_extractor: list[Document]) -> None:
    doc = Document("mine", ARTICLE, published=dt.date(2020, 1, 1))
    build([doc, Document("undated", ARTICLE + " More.")], published=dt.date(2022, 2, 2))
    assert [d.published for d in fake_extractor] == [dt.date(2020, 1, 1), dt.date(2022, 2, 2)]


def test_ids_stay_unique(fake_extractor: list[Document]) -> None:
    build([Document("x", ARTICLE), Document("x", ARTICLE + " Other.")])
    assert [d.id for d in fake_extractor] == ["x", "x-2"]


def test_progress_called_per_document(fake_extractor: list[Document]) -> None:
    calls: list[int] = []
    build([ARTICLE, ARTICLE + " B.", ARTICLE + " C."], progress=calls.append)
    assert calls == [1, 1, 1]


def test_missing_path_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        build([tmp_path / "missing.txt"])


def test_collect_reports_unsupported_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    documents, skipped = collect([tmp_path / "a.txt", tmp_path / "b.pdf"])
    assert [d.id for d in documents] == ["a"] and [Path(s.source).name for s in skipped] == ["b.pdf"]


def test_unknown_model() -> None:
    with pytest.raises(ModelNotInstalledError):
        build([ARTICLE], model="no_such_model_kg_test")


@pytest.mark.slow
def test_build_seed_with_spacy() -> None:
    graph = build([SHARED / "seeds"])
    summary = graph.summary()
    assert summary.documents == 1 and summary.entities > 5 and summary.facts > 5
    assert all(r.fact.evidence.document == "000_1bbcc23c29872350" for r in graph.facts)


@pytest.fixture
def confident_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """An extractor stand-in whose every document states three facts, of confidence 0.3, 0.8 and 0.95."""
    from kg.model import Entity, Evidence, Fact

    def extract_all(documents: Iterable[Document], nlp: object) -> Iterator[Extraction]:
        for document in documents:
            entities = (Entity("country/MAR", "Morocco", "Country"), Entity("country/ISR", "Israel", "Country"))
            evidence = Evidence(document.id, "A sentence.", 0, 11)
            facts = tuple(Fact("country/MAR", predicate, "country/ISR", evidence, confidence=value)
                          for predicate, value in (("criticizes", 0.3), ("meetsWith", 0.8), ("cooperatesWith", 0.95)))
            yield Extraction(document, entities, facts)

    monkeypatch.setitem(sys.modules, "kg.extract.extractor", types.SimpleNamespace(extract_all=extract_all))
    monkeypatch.setitem(sys.modules, "kg.extract.parse", types.SimpleNamespace(load_pipeline=lambda model: object()))


@pytest.mark.parametrize("threshold, kept", [
    (None, {"criticizes", "meetsWith", "cooperatesWith"}), (0.0, {"criticizes", "meetsWith", "cooperatesWith"}),
    (0.8, {"meetsWith", "cooperatesWith"}), (0.96, set()),
])
def test_min_confidence_leaves_less_confident_facts_out_of_the_graph(confident_extractor: None,
                                                                    threshold: float | None, kept: set[str]) -> None:
    graph = build([ARTICLE], min_confidence=threshold)
    assert {record.fact.predicate for record in graph.facts} == kept
    assert {p.rsplit("#", 1)[-1] for p in graph.dataset.predicates()} >= kept
    assert not {"criticizes", "meetsWith", "cooperatesWith"} - kept & {
        p.rsplit("#", 1)[-1] for p in graph.dataset.predicates()}


@pytest.mark.parametrize("bad", [-0.5, 2, float("nan"), "most"])
def test_a_bad_min_confidence_is_a_clear_error_before_any_work(bad: object) -> None:
    from kg.errors import KgError

    with pytest.raises(KgError, match="between 0 and 1"):
        build(["/no/such/file.txt"], min_confidence=bad)


def test_a_rebuild_that_changes_nothing_never_imports_spacy(tmp_path: Path) -> None:
    """A no-op `kg build --store` checks hashes only: no spaCy import, no pipeline load (whole process)."""
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    build_store([tmp_path / "a.txt"], tmp_path / "store")
    probe = ("import sys; from kg.pipeline import build_store; "
             f"report, _ = build_store([{str(tmp_path / 'a.txt')!r}], {str(tmp_path / 'store')!r}); "
             "print(report.unchanged, 'spacy' in sys.modules, 'py3langid' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["1", "False", "False"], done.stderr  # English text: no language model either
