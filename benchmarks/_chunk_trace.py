"""The task of `kg build --jobs N`'s workers with its timing recorded, for speed.py: each chunk's worker process,
start and end (wall clock) appended as a line to the file named by $KG_CHUNK_TRACE (one short write per chunk)."""
from __future__ import annotations

import os
import time


def traced_chunk(documents, model=None):
    """kg.extract.parallel.extract_chunk, timed."""
    from kg.extract.parallel import extract_chunk

    started = time.time()
    extractions = extract_chunk(documents, model)
    with open(os.environ["KG_CHUNK_TRACE"], "a", encoding="utf-8") as trace:
        trace.write(f"{os.getpid()} {started} {time.time()}\n")
    return extractions


def worker_ends(path: str, clock: float) -> tuple[float, float]:
    """(when the first task started, how far apart the workers' last tasks ended), seconds from `clock`; (-1, -1)
    when no task was traced (one process)."""
    if not os.path.exists(path):
        return -1.0, -1.0
    starts, ends = [], {}
    with open(path, encoding="utf-8") as trace:
        for line in trace:
            pid, start, end = line.split()
            starts.append(float(start))
            ends[pid] = max(ends.get(pid, 0.0), float(end))
    return min(starts) - clock, max(ends.values()) - min(ends.values())
