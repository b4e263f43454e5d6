"""Tests for kg.pipeline: inputs (paths, texts, documents), duplicates, published dates, progress."""
from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.pipeline import _split, build, build_store, collect
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


def _duplicate_sources(dataset: object) -> set[tuple[str, str]]:
    """(document id, source) of every kg:duplicateSource triple of an rdflib dataset."""
    from kg.graph.rdf import DUPLICATE_SOURCE

    return {(str(s).rsplit("/", 1)[-1], str(o)) for s, _, o in dataset.triples((None, URIRef(DUPLICATE_SOURCE), None))}


def test_a_duplicate_is_recorded_on_the_document_built_from_its_text(tmp_path: Path,
                                                                     fake_extractor: list[Document]) -> None:
    """The copy's facts are the kept document's: every output traces them to the copy's file too."""
    from rdflib import Dataset

    from kg.pipeline import build_files
    from kg.graph.store import Store

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text("  " + ARTICLE.replace(" ", "\n"), encoding="utf-8")
    (tmp_path / "in" / "other.txt").write_text(ARTICLE + " More.", encoding="utf-8")
    copy = str(tmp_path / "in" / "two.txt")
    assert _duplicate_sources(build([tmp_path / "in"]).dataset) == {("one", copy)}

    build_files([tmp_path / "in"]).save(tmp_path / "out")
    written = Dataset(default_union=True)
    written.parse(tmp_path / "out" / "graph.trig", format="trig")
    assert _duplicate_sources(written) == {("one", copy)}

    for _ in range(2):  # a second build finds everything unchanged and records the copy once
        build_store([tmp_path / "in"], tmp_path / "store")
    with Store(tmp_path / "store") as store:
        assert _duplicate_sources(store.to_dataset()) == {("one", copy)}


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


def _extractions_for_files() -> list[Extraction]:
    """Three documents written for the test: a person named "Bush" in one and "George Bush" in another (one
    node in the graph), a literal, a dated planned fact, reported speech, and a document without facts."""
    from kg.model import Entity, Evidence, Fact

    def fact(doc: str, s: str, p: str, o: str, start: int, **kw: object) -> Fact:
        return Fact(s, p, o, Evidence(doc, f"Sentence {start} of {doc}.", start, start + 20), **kw)

    bush = Entity("person/bush", "Bush", "Person")
    george = Entity("person/george-bush", "George Bush", "Person", frozenset({"G. Bush"}))
    morocco = Entity("country/MAR", "Morocco", "Country", frozenset({"Moroccan"}), "MAR")
    israel = Entity("country/ISR", "Israel", "Country", country_code="ISR")
    return [
        Extraction(Document("a", "", "a.txt", "Talks", dt.date(2005, 1, 1)), (bush, morocco),
                   (fact("a", "person/bush", "visits", "country/MAR", 0, date="2005-01-03", confidence=0.81234),
                    fact("a", "person/bush", "holdsPosition", "president", 0, object_is_literal=True),
                    fact("a", "country/MAR", "criticizes", "country/ISR", 40, modality="planned",
                         attributed_to="person/bush", rule="speech"))),
        Extraction(Document("b", "", "b.txt", None, None), (george, israel, morocco),
                   (fact("b", "person/george-bush", "meetsWith", "country/ISR", 7, start_date="2005-02"),
                    fact("b", "country/ISR", "hosts", "person/george-bush", 7))),
        Extraction(Document("c", "", "", "Nothing happened", None), ()),
    ]


def test_files_written_a_document_at_a_time_are_those_of_the_whole_graph(tmp_path: Path) -> None:
    """FileBuild (kg build --out) writes the files KnowledgeGraph.save writes: same quads, same facts.csv and
    graph.html bytes, same summary; only one document's graph is in rdflib at a time."""
    import rdflib

    from kg.knowledge_graph import KnowledgeGraph
    from kg.model import Skipped
    from kg.pipeline import FileBuild

    extractions, skipped = _extractions_for_files(), [Skipped("x.pdf", "unsupported")]
    whole = KnowledgeGraph.from_extractions(extractions, skipped=skipped)
    streamed = FileBuild(extractions, skipped)
    assert streamed.summary() == whole.summary()
    whole.save(tmp_path / "whole")
    streamed.save(tmp_path / "streamed")
    assert streamed.summary() == whole.summary() and not streamed.extractions  # the extractions are dropped
    for name in ("facts.csv", "graph.html"):
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name

    def quads(folder: str) -> set[str]:
        dataset = rdflib.Dataset()
        dataset.parse(tmp_path / folder / "graph.trig", format="trig")
        return set(dataset.serialize(format="nquads").splitlines())
    assert quads("streamed") == quads("whole") and len(quads("whole")) > 40
    assert "George Bush" in (tmp_path / "streamed" / "facts.csv").read_text(encoding="utf-8")  # "Bush" joined


@pytest.mark.parametrize("on_disk", [False, True], ids=["in-memory", "on-disk"])
def test_facts_spooled_to_disk_give_the_same_files(tmp_path: Path, on_disk: bool) -> None:
    """kg build --out keeps each document's entities and facts in a temporary file while the rest is parsed: the
    files written are byte for byte those of the extractions held in memory, and the file is gone afterwards."""
    from kg.pipeline import FileBuild, _Spool

    spool = _Spool(on_disk=on_disk)
    for extraction in _extractions_for_files() + _awkward_extractions():
        spool.append(extraction)
    if on_disk:  # only the documents and the people are held
        assert not spool._held and {e.type for e in spool.people} == {"Person"} and len(spool.documents) == 6
    spooled, held = FileBuild(spool), FileBuild(_extractions_for_files() + _awkward_extractions())
    assert spooled.facts == held.facts and spooled.extractions == held.extractions
    spooled.save(tmp_path / "spooled")
    held.save(tmp_path / "held")
    for name in ("facts.csv", "graph.html", "graph.trig"):
        assert (tmp_path / "spooled" / name).read_bytes() == (tmp_path / "held" / name).read_bytes(), name
    assert not spooled.extractions and (spool._file is None or spool._file.closed)


def test_the_spool_keeps_each_documents_trig_block_unless_a_person_of_it_is_joined() -> None:
    """The TriG block and the facts read back made as an extraction arrives are used as they are when none of its
    facts names a person that person_identities joins to another key; else they are made again from the joined
    extraction (None here)."""
    from kg.graph.rdf import QuadWriter, join_people, person_identities, read_facts
    from kg.pipeline import _Spool

    extractions = _extractions_for_files()
    spool = _Spool(on_disk=True)
    for extraction in extractions:
        spool.append(extraction)
    identities = person_identities(spool.people)
    assert identities == {"person/bush": "person/george-bush"}
    assert spool.trig(0, identities) is None  # "Bush" of document a is joined to "George Bush"
    for index in (1, 2):
        assert spool.trig(index, identities) == QuadWriter().document_trig(join_people(extractions[index], identities))
    assert spool.trig(0, {}) == QuadWriter().document_trig(extractions[0])
    assert spool.trig(2, {}) == b""  # no facts, no block
    assert _Spool(extractions).trig(1, {}) is None  # held in memory: blocks are made when written
    # the same for the facts read back (the records of facts.csv and the view, without their labels)
    assert spool.read_facts(0, identities) is None
    assert spool.read_facts(1, identities) == read_facts(join_people(extractions[1], identities))
    assert spool.read_facts(0, {}) == read_facts(extractions[0]) and spool.read_facts(2, {}) == []
    assert _Spool(extractions).read_facts(1, {}) is None
    spool.close()
    awkward = _Spool(on_disk=True)
    for extraction in _awkward_extractions():
        awkward.append(extraction)
    assert awkward.read_facts(1, {}) is None  # two different facts made into one statement: read through rdflib
    awkward.close()


def test_the_page_and_table_written_as_streams_are_those_rendered_whole(tmp_path: Path) -> None:
    """write_html and write_facts_csv (the files written a piece at a time) give render_html's page and
    facts_csv's text byte for byte, also with a BOM and with a title that holds the JSON's place mark."""
    import io

    from kg.knowledge_graph import KnowledgeGraph
    from kg.views.html import _DATA_MARK, render_html, write_html
    from kg.views.tables import facts_csv, write_facts_csv

    graph = KnowledgeGraph.from_extractions(_awkward_extractions() + _extractions_for_files())
    view = graph.to_networkx()
    for title in ("kg: 5 documents", f"odd {_DATA_MARK} title"):
        sink = io.BytesIO()
        write_html(view, sink, title=title, min_confidence=0.25)
        assert sink.getvalue() == render_html(view, title=title, min_confidence=0.25).encode("utf-8")
    for bom in (False, True):
        sink = io.BytesIO()
        write_facts_csv(sink, graph.facts, graph.documents, labels={"person/george-bush": "G"}, bom=bom, block=100)
        assert sink.getvalue() == facts_csv(graph.facts, graph.documents, labels={"person/george-bush": "G"},
                                            bom=bom).encode("utf-8")


def _awkward_extractions() -> list[Extraction]:
    """Extractions whose terms test every escape and lexical form of graph.trig: quotes, backslashes, line ends
    and non-ASCII in literals, keys that need percent-encoding, confidences of every rounding, each date
    shape (and malformed ones), a literal-object predicate given as an entity, facts repeated (one
    statement) and two different facts made into one statement, evidence naming another document."""
    from kg.model import Entity, Evidence, Fact

    sentences = ['He said "no" \\ twice.', "Line one\nline two\r\nend", 'Ends with a quote"', "Tab\there é 日本",
                 '"""triple"""', "ends with backslash \\", ""]
    people = [Entity("person/o'brien & co <x>", 'Ann "Q" O\'Brien', "Person", frozenset({"A. O'Brien\n"})),
              Entity("person/café #1", "Café Un", "Person"), Entity("country/FRA", "France", "Country", country_code="FRA"),
              Entity("organization/odd", "", "Organization"), Entity("thing/unknown-type", "Odd", "Thing")]  # type: ignore[arg-type]
    confidences = [0.0, 1.0, 0.5, 0.81234, 0.99999, 0.12345, 1 / 3, 0.00004, 0.00005, 0.7]
    dates = ["2005-01-03", "2005-02-30", "2021-11", "2021-13", "2005", "0005", "--03-25", "spring", ""]
    facts = []
    for i, sentence in enumerate(sentences):
        for j, confidence in enumerate(confidences):
            date = dates[(i + j) % len(dates)]
            facts.append(Fact(people[j % 2].key, ["meetsWith", "criticizes", "visits"][j % 3], "country/FRA",
                              Evidence("doc a", sentence, 10 * i, 10 * i + j + 1), date=date or None,
                              start_date=dates[j % len(dates)] or None, end_date=date[:4] or None,
                              modality=["asserted", "planned", "odd"][j % 3], confidence=confidence,
                              rule=["", "speech", 'r"x'][j % 3], attributed_to=people[1].key if j % 2 else None))
    facts.append(Fact("person/café #1", "holdsPosition", "prime minister", Evidence("doc a", "Post.", 500, 505)))
    facts.append(Fact("person/café #1", "holdsPosition", "minister", Evidence("doc a", "Post.", 510, 515),
                      object_is_literal=True))
    facts.append(facts[0])  # the same fact twice: one statement
    facts.append(Fact("organization/odd", "partOf", "person/nobody", Evidence("other", "Elsewhere.", 1, 2)))
    colliding = [Fact("country/FRA", "supports", "person/café #1", Evidence("doc b", "Two rules.", 3, 9), rule=rule,
                      confidence=c, date=date) for rule, c, date in (("one", 0.9, None), ("two", 0.4, "2004"))]
    return [Extraction(Document("doc a", "", "a b/é.txt", 'Title "quoted"', dt.date(2005, 1, 1),
                                "https://example.org/a?b=c&d", "Pub \\ lisher"), tuple(people), tuple(facts)),
            Extraction(Document("doc b", "", "", "", None), tuple(people[:3]), tuple(colliding)),
            Extraction(Document("doc c", "", "c.txt", None, dt.date(2004, 2, 29)), ())]


@pytest.mark.parametrize("extractions", [_extractions_for_files, _awkward_extractions], ids=["plain", "awkward"])
def test_files_written_without_rdflib_hold_the_quads_and_facts_of_the_whole_graph(
        tmp_path: Path, extractions, monkeypatch: pytest.MonkeyPatch) -> None:
    """FileBuild writes graph.trig with Oxigraph and facts.csv from the extractions: the quads (literals in the
    lexical form written, not normalised) are those of the graph.trig rdflib writes, and facts.csv and graph.html
    are byte for byte those of KnowledgeGraph.save."""
    import rdflib

    from kg.knowledge_graph import KnowledgeGraph
    from kg.pipeline import FileBuild

    whole = KnowledgeGraph.from_extractions(extractions())
    streamed = FileBuild(extractions())
    assert streamed.facts == whole.facts and streamed.summary() == whole.summary()
    whole.save(tmp_path / "whole")
    streamed.save(tmp_path / "streamed")
    for name in ("facts.csv", "graph.html"):
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name
    monkeypatch.setattr(rdflib, "NORMALIZE_LITERALS", False)

    def quads(folder: str) -> list[str]:
        dataset = rdflib.Dataset()
        dataset.parse(tmp_path / folder / "graph.trig", format="trig")
        return sorted(line.rstrip(" .") for line in dataset.serialize(format="nquads").splitlines() if line.strip())
    assert quads("streamed") == quads("whole") and len(quads("whole")) > 40
    reloaded = KnowledgeGraph.load(tmp_path / "streamed")
    assert reloaded.facts == whole.facts and reloaded.entities == whole.entities


def test_a_streamed_graph_that_fails_leaves_the_earlier_files(tmp_path: Path) -> None:
    """A writer failing half-way through graph.trig leaves the three earlier files as they were."""
    from kg.graph.files import write_all_atomic

    earlier = {tmp_path / name: f"old {name}" for name in ("graph.trig", "facts.csv")}
    write_all_atomic(earlier)

    def failing(handle) -> None:
        handle.write(b"@prefix kg: <https://w3id.org/kg/ontology#> .\n")
        raise RuntimeError("disk gone")
    with pytest.raises(RuntimeError):
        write_all_atomic({tmp_path / "graph.trig": failing, tmp_path / "facts.csv": "new"})
    assert {p: p.read_text() for p in earlier} == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv", "graph.trig"]  # no temporary file left


@pytest.mark.parametrize("name", ["seeds/nonexistent.txt", "missing.md", "folder/page.HTML", "report.htm"])
def test_a_mistyped_file_name_is_an_error_not_a_document(name: str) -> None:
    """A one-line string naming a file kg reads is a path: if nothing is there, say so instead of building it."""
    with pytest.raises(InputError, match="no such file or folder"):
        build([name])


@pytest.mark.parametrize("text", ["I saved it as notes.txt", "Israel and Morocco signed a pact."])
def test_a_sentence_is_still_text(text: str) -> None:
    assert _split([text], None)[0] == []
