"""Parallel extraction: --jobs N processes and a Dask cluster give exactly the graph of one process."""
from __future__ import annotations

from concurrent.futures import Future

import pytest
from samples import SHARED

from kg.pipeline import build, build_store
from kg.model import Document
from kg.extract.parallel import _chunks, _in_order, _scheduled, extract_document
from kg.graph.rdf import is_default_graph
from kg.graph.store import Store

BULK = SHARED / "corpus" / "bulk"
TEXTS = [
    "Morocco and Israel signed a defence agreement in Rabat on 24 November 2021.\n\n"
    "Israeli Defence Minister Benny Gantz met his Moroccan counterpart Abdellatif Loudiyi.",
    "Benny Gantz visited Bahrain on 2 February 2022. Gantz met King Hamad of Bahrain in Manama.",
    "French President Emmanuel Macron visited Algeria on 25 August 2022. Macron met President Abdelmadjid Tebboune.",
    "Japan and India agreed to hold a summit in Tokyo. The Indian Prime Minister met the Japanese foreign minister.",
    "Egypt condemned the Israeli strikes on Gaza and called on Israel to stop.",
]


def _documents() -> list[Document]:
    """Short texts, plus a few real articles when the shared corpus is there."""
    docs = [Document(f"t{i}", text) for i, text in enumerate(TEXTS)]
    if BULK.is_dir():
        for path in sorted(BULK.glob("*.txt"))[:4]:
            docs.append(Document(path.stem, path.read_text(encoding="utf-8")))
    return docs


def _quads(graph) -> set:
    return {(s, p, o, None if is_default_graph(getattr(g, "identifier", g)) else getattr(g, "identifier", g))
            for s, p, o, g in graph.dataset.quads((None, None, None, None))}


@pytest.fixture(scope="module")
def single():
    """The graph built in this process."""
    return build(_documents())


def test_chunks_keep_order():
    docs = [Document(str(i), "x") for i in range(7)]
    assert [[d.id for d in c] for c in _chunks(docs, 3)] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]


@pytest.mark.parametrize(("lengths", "chunks"), [
    ([10, 10, 10, 10, 10], [["0", "1", "2"], ["3", "4"]]),  # short texts: up to size documents
    ([50, 1, 1, 60, 5, 5], [["0"], ["1", "2", "3"], ["4", "5"]]),  # a long one closes its chunk early
    ([200], [["0"]]),  # one text longer than the bound still goes, alone
])
def test_chunks_close_early_when_their_texts_are_long(lengths, chunks):
    """Chunks of like length (characters, not documents), so that the workers end together."""
    docs = [Document(str(i), "x" * n) for i, n in enumerate(lengths)]
    assert [[d.id for d in c] for c in _chunks(docs, 3, chars=50)] == chunks


def test_extract_document_is_the_per_document_task(single):
    doc = _documents()[0]
    extraction = extract_document(doc)
    assert extraction.facts == single.extractions[0].facts
    assert extraction.entities == single.extractions[0].entities


@pytest.mark.slow
def test_jobs_give_the_same_graph(single, tmp_path):
    parallel = build(_documents(), jobs=2)
    assert [e.document.id for e in parallel.extractions] == [e.document.id for e in single.extractions]
    assert _quads(parallel) == _quads(single)
    report, _ = build_store(_documents(), tmp_path / "store", jobs=2)
    assert report.added == len(_documents())
    with Store(tmp_path / "store") as store:
        content = {q for q in store.quads() if q[3] is not None}
    assert content == {q for q in _quads(single) if q[3] is not None}


@pytest.mark.slow
def test_dask_cluster_gives_the_same_graph(single):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        graph = build(_documents(), scheduler=cluster.scheduler_address)
    assert [e.document.id for e in graph.extractions] == [e.document.id for e in single.extractions]
    assert _quads(graph) == _quads(single)


def test_a_worker_sends_back_extractions_without_the_text() -> None:
    """Workers return compact extractions: the parent has the text already, and the graph keeps none of it."""
    from kg.extract.parallel import extract_chunk
    from kg.model import Document

    text = "The foreign minister of Chile visited Peru on Monday and met the Peruvian president in Lima."
    [extraction] = extract_chunk([Document("chile-peru", text)])
    assert extraction.document.text == "" and extraction.document.id == "chile-peru"
    assert extraction.facts and all(f.evidence.sentence for f in extraction.facts)


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


@pytest.mark.parametrize(("count", "window", "read_before_idle"), [
    (7, 2, 4),  # the first window (2 chunks of 2 documents) is read before the idle work
    (3, 5, 3),  # an input shorter than the window: all of it
    (0, 2, 0),  # nothing to read: the idle work is still done, once
])
def test_in_order_reads_the_first_window_and_calls_idle_before_submitting(count, window, read_before_idle):
    """The first submission waits for the fork server, so this process reads and does its own work first."""
    read: list[str] = []
    events: list[object] = []

    def documents():
        for i in range(count):
            read.append(str(i))
            yield Document(str(i), "x")

    def submit(part):
        events.append([d.id for d in part])
        return _done([d.id for d in part])

    def idle():
        events.append(("idle", len(read)))

    out = list(_in_order(submit, documents(), window, 2, idle=idle))
    assert out == [str(i) for i in range(count)]  # every document, in input order
    assert events[0] == ("idle", read_before_idle)
    assert [e for e in events if isinstance(e, tuple)] == [("idle", read_before_idle)]  # once only


def test_in_order_without_idle_work():
    out = list(_in_order(lambda part: _done([d.id for d in part]), (Document(str(i), "x") for i in range(5)), 2, 2))
    assert out == ["0", "1", "2", "3", "4"]


def test_the_fork_server_preloads_the_pipeline_with_kgs_components():
    """kg.extract.preload (imported by the fork server only) leaves the pipeline loaded with the entity ruler, and
    what it loaded frozen out of the garbage collector (the workers' collections do not walk it)."""
    import gc
    import importlib

    from kg.extract.parallel import _pipeline
    from kg.extract.mentions import RULER_NAME

    thresholds = gc.get_threshold()
    try:
        importlib.import_module("kg.extract.preload")
        assert RULER_NAME in _pipeline(None).pipe_names
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == thresholds  # the workers collect as usual
    finally:
        gc.unfreeze()  # (this is the test process, not a fork server)
        gc.set_threshold(*thresholds)


@pytest.mark.parametrize("first", [5, 700, 200_000])
def test_the_fork_server_collects_less_often_while_it_loads(first):
    """While the fork server loads, the collector's first threshold is raised (never lowered), and all three are
    restored as they were afterwards, also when loading fails."""
    import gc

    from kg.extract.preload import LOADING_GC_THRESHOLD, _loading_collections

    thresholds = gc.get_threshold()
    try:
        gc.set_threshold(first, 7, 9)
        with _loading_collections():
            assert gc.get_threshold() == (max(first, LOADING_GC_THRESHOLD), 7, 9)
        assert gc.get_threshold() == (first, 7, 9)
        with pytest.raises(RuntimeError), _loading_collections():
            raise RuntimeError("no model")
        assert gc.get_threshold() == (first, 7, 9)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


@pytest.mark.slow
def test_a_missing_model_with_jobs_is_reported_as_itself():
    """A worker that cannot load the pipeline does not break the pool: the error reaches the caller as it is."""
    from kg.errors import ModelNotInstalledError

    with pytest.raises(ModelNotInstalledError, match="no_such_model_kg_test"):
        build(TEXTS[:3], jobs=2, model="no_such_model_kg_test")


class _FakeLibc:
    """A C library that records its mallopt calls; `glibc` says whether it has glibc's own symbol."""

    def __init__(self, glibc: bool) -> None:
        self.calls: list[tuple[int, int]] = []
        if glibc:
            self.gnu_get_libc_version = lambda: b"2.36"

    def mallopt(self, parameter: int, value: int) -> int:
        self.calls.append((parameter, value))
        return 1


@pytest.mark.parametrize("glibc, expected", [
    (True, [(-3, 32 * 2**20), (-1, 64 * 2**20)]),  # M_MMAP_THRESHOLD, then M_TRIM_THRESHOLD
    (False, []),  # another C library: left alone
])
def test_workers_keep_freed_memory_on_glibc_only(monkeypatch, glibc, expected):
    import ctypes

    from kg.extract import parallel

    libc = _FakeLibc(glibc)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: libc)
    parallel._keep_freed_memory()
    assert libc.calls == expected


def test_keeping_freed_memory_never_fails(monkeypatch):
    import ctypes

    from kg.extract import parallel

    def no_library(name):
        raise OSError("no C library here")

    monkeypatch.setattr(ctypes, "CDLL", no_library)
    parallel._keep_freed_memory()  # no error


def test_a_worker_keeps_freed_memory_when_it_starts(monkeypatch):
    from kg.extract import parallel

    called = []
    monkeypatch.setattr(parallel, "_keep_freed_memory", lambda: called.append(True))
    monkeypatch.setattr(parallel, "_pipeline", lambda model: (_ for _ in ()).throw(RuntimeError("no model")))
    parallel._init_worker("any")  # the load error is left for the first chunk
    assert called == [True]


@pytest.mark.parametrize(("lengths", "tail", "scheduled"), [
    ([5, 5, 5, 5, 1, 9, 3, 9], 4, [(0, ["0", "1"]), (2, ["2", "3"]), (5, ["5"]), (7, ["7"]), (6, ["6"]), (4, ["4"])]),
    ([5, 5, 5], 0, [(0, ["0", "1"]), (2, ["2"])]),  # no tail: _chunks's chunks
    ([2, 7, 4], 5, [(1, ["1"]), (2, ["2"]), (0, ["0"])]),  # an input shorter than the tail: all alone, longest first
    ([4, 4, 4, 1], 3, [(0, ["0"]), (1, ["1"]), (2, ["2"]), (3, ["3"])]),  # ties keep input order
    ([], 3, []),
])
def test_the_last_documents_go_alone_and_longest_first(lengths, tail, scheduled):
    """The input's last `tail` documents are tasks of one document, the longest first, so that the workers' last
    tasks are the shortest and they end together; each chunk comes with the input index of its first document."""
    docs = [Document(str(i), "x" * n) for i, n in enumerate(lengths)]
    assert [(i, [d.id for d in c]) for i, c in _scheduled(docs, 2, None, tail)] == scheduled


@pytest.mark.parametrize("tail", [0, 1, 3, 10])
@pytest.mark.parametrize("window", [1, 2, 5])
def test_in_order_yields_input_order_whatever_order_the_tasks_go_in(tail, window):
    """Tasks go out of input order at the tail (longest first); extractions still come back in input order."""
    lengths = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    submitted: list[list[str]] = []

    def submit(part):
        submitted.append([d.id for d in part])
        return _done([d.id for d in part])

    docs = (Document(str(i), "x" * n) for i, n in enumerate(lengths))
    assert list(_in_order(submit, docs, window, 2, tail=tail)) == [str(i) for i in range(len(lengths))]
    assert sorted(i for part in submitted for i in part) == sorted(str(i) for i in range(len(lengths)))
    if tail:
        assert [lengths[int(p[0])] for p in submitted[-tail:]] == sorted(lengths[-tail:], reverse=True)


def test_in_order_reads_ahead_before_the_first_submission():
    """`ahead` more chunks are read after the idle work and before anything is submitted (the fork server is
    loading then, and a core is free)."""
    read: list[str] = []
    events: list[object] = []

    def documents():
        for i in range(20):
            read.append(str(i))
            yield Document(str(i), "x")

    def submit(part):
        events.append(("submit", len(read)))
        return _done([d.id for d in part])

    out = list(_in_order(submit, documents(), 2, 2, idle=lambda: events.append(("idle", len(read))), ahead=3))
    assert out == [str(i) for i in range(20)]
    assert events[:2] == [("idle", 4), ("submit", 10)]  # 2 chunks, then 3 more, read before the first submission
