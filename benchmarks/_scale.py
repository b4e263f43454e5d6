"""Helpers of the scale benchmarks (speed, memory, incremental, store_queries): paths, timing, results."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.graph.files import write_atomic

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk"
RESULTS = ROOT / "benchmarks" / "results"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def machine() -> dict:
    """Where the figures were measured."""
    from kg.extract.parse import model_name

    return {"platform": platform.platform(), "cpu_count": os.cpu_count(), "python": platform.python_version(),
            "spacy_model": model_name(), "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}


def timed(fn: Callable[[], object]) -> float:
    """Wall seconds of one call."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    return statistics.median(values)


def write_result(name: str, data: dict, out: Path | None = None) -> Path:
    """Write benchmarks/results/<name>.json (or out) atomically, with the machine."""
    path = out or RESULTS / f"{name}.json"
    data = {**data, "machine": machine()}
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path


def bulk_files(limit: int | None = None) -> list[Path]:
    """The bulk corpus files (200 articles), sorted."""
    if not BULK.is_dir():
        raise SystemExit(f"no bulk corpus at {BULK}")
    files = sorted(BULK.glob("*.txt"))
    return files[:limit] if limit else files
