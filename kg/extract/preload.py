"""Imported by the fork server of `--jobs N` (kg.extract.parallel) before it forks the workers: the default
pipeline, with kg's components, is loaded here once, and one short text extracted (what the stages load once
per process), so that each worker starts with both in memory.

What is loaded is then frozen out of the garbage collector (`gc.freeze`, as the Python documentation advises
before fork): the workers' collections no longer walk the pipeline's and word lists' objects, which live as
long as the process (workers' CPU ~3 % lower, measured).

Nothing else imports this module. An error (a model not installed) is left for the workers, which then load
the pipeline themselves and report it as a build with one process does.
"""
from __future__ import annotations

import gc

from kg.extract.parallel import _init_worker, _warm_up

_init_worker(None)
_warm_up(None)
gc.freeze()
