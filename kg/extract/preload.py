"""Imported by the fork server of `--jobs N` (kg.extract.parallel) before it forks the workers: the default
pipeline, with kg's components, is loaded here once, and one short text extracted (what the stages load once
per process), so that each worker starts with both in memory.

What is loaded is then frozen out of the garbage collector (`gc.freeze`, as the Python documentation advises
before fork): the workers' collections no longer walk the pipeline's and word lists' objects, which live as
long as the process (workers' CPU ~3 % lower, measured). Until then the collector runs less often
(`_loading_collections`), since what it would walk is frozen anyway.

Nothing else imports this module. An error (a model not installed) is left for the workers, which then load
the pipeline themselves and report it as a build with one process does.
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from kg.extract.parallel import _init_worker, _warm_up

LOADING_GC_THRESHOLD = 100_000  # allocations between young collections while the server loads (Python's: 700)


@contextlib.contextmanager
def _loading_collections() -> Iterator[None]:
    """Raise the collector's first threshold for the block, then restore the thresholds as they were (before any
    worker is forked).

    Importing spaCy and kg's stages and loading the pipeline allocate ~10^6 objects that live as long as the
    process: with Python's threshold the collector runs ~400 times meanwhile and walks them again and again, to
    find little garbage. Here they are frozen right after, so fewer walks are simply saved (the fork server's
    start 1.19 → 1.15 s of CPU, median of 12 alternated). In a process that does not freeze them (one build in
    the user's process), the walks are only put off: measured there, no gain, so it is not done there."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], LOADING_GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


with _loading_collections():
    _init_worker(None)
    _warm_up(None)
gc.freeze()
