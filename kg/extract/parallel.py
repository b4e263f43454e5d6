"""Extraction over several processes (--jobs N) or a Dask cluster (--scheduler tcp://HOST:PORT).

Each worker has the spaCy pipeline loaded once (forked from a fork server that has loaded it, else loading
it itself, cached per process) and runs the same per-document work as a single-process build,
`kg.extract.extractor.extract_all`; results come back in input order, so a parallel build yields exactly the
extractions, and so the quads, of a build with one process.

spaCy's own `nlp.pipe(n_process=N)` works with kg's custom components too, but it parallelises only the
parsing: finding mentions, resolving entities and reading facts (about half the time) would stay in the
parent process. Here whole documents go to the workers instead.
"""
from __future__ import annotations

import contextlib
import dataclasses
import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from kg.model import Document, Extraction

CHUNK = 4  # documents per task (~0.4 s of work): spaCy parses 4 together for ~1.6 % less CPU than 2 (measured)...
CHUNK_CHARS = 12_000  # ...or fewer when they are long: work goes with characters, so chunks of like size end together
WINDOW = 6  # chunks in flight per worker: a worker on a long chunk does not hold the others up (results in order)
TAIL = 8  # the input's last documents go one per task, longest first, so that the workers end together (a
# document alone costs ~4 % more CPU than in a pair: few are sent so)
AHEAD = 32  # chunks read (~130 documents) while the fork server loads, before the first submission


def _pipeline(model: str | None):
    """The pipeline of this process, loaded once per process and model (extract_all adds kg's components)."""
    from kg.extract.parse import load_pipeline

    return load_pipeline(model)


def extract_document(document: Document, model: str | None = None) -> Extraction:
    """Extract one document with this process's cached pipeline: the task a Dask worker runs."""
    from kg.extract.extractor import extract

    return extract(document, _pipeline(model))


def _compact(extraction: Extraction) -> Extraction:
    """The extraction without its document's text, which the parent already has and the graph never keeps."""
    return dataclasses.replace(extraction, document=dataclasses.replace(extraction.document, text=""))


def extract_chunk(documents: Sequence[Document], model: str | None = None) -> list[Extraction]:
    """Extract a few documents with this process's cached pipeline, in order; texts are not sent back."""
    from kg.extract.extractor import extract_all

    return [_compact(e) for e in extract_all(documents, _pipeline(model))]


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters (malloc.h)
KEPT_MAPPING = 32 * 2**20  # glibc's own ceiling for the threshold it raises by itself (DEFAULT_MMAP_THRESHOLD_MAX)
KEPT_TOP = 64 * 2**20


def _keep_freed_memory() -> None:
    """Have glibc's malloc keep the memory a chunk frees for the next chunk, in a worker process (and the fork
    server whose settings its workers inherit), instead of handing it back to the system and faulting it in anew.

    A worker parses its small chunks one after the other, and with glibc's defaults each chunk's parse arrays are
    mapped and unmapped again: 150,000 page faults and 0.3 s of system time per 60 documents in chunks of 2,
    against 28,000 faults and 0.05 s with the arrays kept (a worker's memory stays at its peak, as a process
    parsing batches of 16 sees anyway). Done through mallopt where the C library is glibc; elsewhere nothing.
    """
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None)
        if hasattr(libc, "gnu_get_libc_version"):  # glibc (musl and others have their own allocators)
            libc.mallopt(M_MMAP_THRESHOLD, KEPT_MAPPING)
            libc.mallopt(M_TRIM_THRESHOLD, KEPT_TOP)


def _init_worker(model: str | None) -> None:
    """Load the pipeline and add kg's components when a worker process starts, not with its first chunk; keep
    freed memory for reuse (`_keep_freed_memory`).

    An error (a model not installed) is left for the first chunk to raise again, so that it reaches the
    caller as itself: raised here, it would only break the pool (BrokenProcessPool).
    """
    from kg.extract.extractor import pipeline_of

    _keep_freed_memory()
    with contextlib.suppress(Exception):
        pipeline_of(_pipeline(model))


_WARM_UP = ("The foreign minister of France met the president of Kenya in Nairobi on Monday, 3 May 2004, and said "
            "both countries would sign a trade agreement.")  # written for kg: every stage and its word lists


def _warm_up(model: str | None) -> None:
    """Extract one short text, so that what each stage loads once per process (word lists, gazetteer, name
    tables, ~0.5 s) is loaded in the fork server before it forks the workers, not again in each worker; its
    extraction is dropped. Errors are left for the workers, as in _init_worker."""
    from kg.extract.extractor import extract

    with contextlib.suppress(Exception):
        extract(Document(id="kg-warm-up", text=_WARM_UP), _pipeline(model))


def _chunks(documents: Iterable[Document], size: int, chars: int | None = None) -> Iterator[list[Document]]:
    """Consecutive lists of up to size documents, each closed early once its texts reach `chars` characters."""
    chunk: list[Document] = []
    length = 0
    for document in documents:
        chunk.append(document)
        length += len(document.text)
        if len(chunk) == size or chars is not None and length >= chars:
            yield chunk
            chunk, length = [], 0
    if chunk:
        yield chunk


def _scheduled(documents: Iterable[Document], size: int, chars: int | None = None, tail: int = 0
               ) -> Iterator[tuple[int, list[Document]]]:
    """(index of its first document, chunk): consecutive chunks as _chunks makes them, except the input's last
    `tail` documents, one per chunk and longest first (ties in input order), so that the workers' last tasks are
    the shortest and they end together rather than one idle while the other parses a long article."""
    held: deque[Document] = deque()

    def leading() -> Iterator[Document]:
        for document in documents:
            held.append(document)
            if len(held) > tail:
                yield held.popleft()

    index = 0
    for part in _chunks(leading(), size, chars):
        yield index, part
        index += len(part)
    for offset, document in sorted(enumerate(held), key=lambda item: -len(item[1].text)):
        yield index + offset, [document]


def _in_order(submit: Callable[[list[Document]], Future], documents: Iterable[Document], window: int,
              chunk: int, chars: int | None = None, idle: Callable[[], None] | None = None, *, tail: int = 0,
              ahead: int = 0) -> Iterator[Extraction]:
    """Submit chunks (`_scheduled`: the last `tail` documents alone, longest first), keeping at most `window` in
    flight, and yield their extractions in input order.

    The first window is read, and `idle` called, before anything is submitted, then `ahead` more chunks are read:
    the first submission waits for the fork server to have loaded the pipeline, so this process reads and does its
    own work meanwhile (a core is free then) rather than while the workers parse.
    """
    parts = _scheduled(documents, chunk, chars, tail)
    first = list(itertools.islice(parts, window))
    if idle is not None:
        idle()
    first.extend(itertools.islice(parts, ahead))
    pending: deque[tuple[int, Future]] = deque()
    arrived: dict[int, Extraction] = {}  # by input index, until those before it have been yielded
    following = 0  # the input index to yield next

    def collect() -> Iterator[Extraction]:
        nonlocal following
        start, future = pending.popleft()
        arrived.update(enumerate(future.result(), start))
        while following in arrived:
            yield arrived.pop(following)
            following += 1

    for start, part in itertools.chain(first, parts):
        pending.append((start, submit(part)))
        if len(pending) >= window:
            yield from collect()
    while pending:
        yield from collect()


def _context(model: str | None) -> multiprocessing.context.BaseContext:
    """Where workers come from: a fork server that has loaded the pipeline, else (no fork server) spawned.

    The fork server is a fresh process (never a fork of this one, which may hold a store's threads) that
    imports kg.extract.preload, which loads the default pipeline with kg's components; each worker is forked
    from it with the pipeline in memory instead of importing spaCy and loading its own (2-2.5 s of CPU each).
    A build with another model preloads only the modules. The server starts with the first parallel build and
    serves this process's later ones; it ends with this process.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    from kg.extract.models import model_name

    context = multiprocessing.get_context("forkserver")
    default = model_name(model) == model_name(None)
    context.set_forkserver_preload(["kg.extract.preload" if default else "kg.extract.extractor"])
    return context


def extract_parallel(documents: Iterable[Document], model: str | None = None, *, jobs: int = 2,
                     chunk: int = CHUNK, idle: Callable[[], None] | None = None) -> Iterator[Extraction]:
    """Extract documents with `jobs` worker processes (each with the pipeline loaded once), in input order.

    Once the last extraction is in, the workers are left to exit while the caller writes its outputs; on an
    error or an interrupt they are stopped before it goes on. `idle`: as _in_order.
    """
    context = _context(model)
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()  # it loads the pipeline while this process reads the first documents
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(model,))
    try:
        yield from _in_order(lambda part: pool.submit(extract_chunk, part, model), documents, WINDOW * jobs, chunk,
                             CHUNK_CHARS, idle, tail=TAIL, ahead=AHEAD)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=False)


def extract_dask(documents: Iterable[Document], model: str | None = None, *, scheduler: str
                 ) -> Iterator[Extraction]:
    """Extract documents on the Dask cluster whose scheduler listens at `scheduler` (tcp://HOST:PORT).

    Each document is one `extract_document` task; workers cache the pipeline per process; the results come back to this process, in input order, and
    only this process writes outputs. Needs the `distributed` extra: pip install 'kg[distributed]'.
    """
    try:
        from distributed import Client
    except ImportError:
        from kg.errors import InputError

        raise InputError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
    with Client(scheduler) as client:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[Future] = deque()
        for document in documents:
            pending.append(client.submit(extract_document, document, model, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def extract_documents(documents: Iterable[Document], model: str | None = None, *, jobs: int = 1,
                      scheduler: str | None = None, idle: Callable[[], None] | None = None) -> Iterator[Extraction]:
    """Extract documents in this process, with `jobs` processes, or on a Dask cluster; always in input order.

    Documents are read from the iterable as workers need them, so a huge input is never held whole. With
    `jobs` processes, `idle` is called once in this process while the workers start (see _in_order).
    """
    if scheduler:
        return extract_dask(documents, model, scheduler=scheduler)
    if jobs > 1:
        return extract_parallel(documents, model, jobs=jobs, idle=idle)
    from kg.extract.extractor import extract_all

    return extract_all(documents, _pipeline(model))
