"""Imported by the fork server of `--jobs N` (kg.extract.parallel) before it forks the workers: the default
pipeline, with kg's components, is loaded here once, and one short text extracted (what the stages load once
per process), so that each worker starts with both in memory.

Nothing else imports this module. An error (a model not installed) is left for the workers, which then load
the pipeline themselves and report it as a build with one process does.
"""
from __future__ import annotations

from kg.extract.parallel import _init_worker, _warm_up

_init_worker(None)
_warm_up(None)
