"""A real `kg serve` process on 127.0.0.1 for the server tests, and one HTTP request helper for all of them."""
from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Served:
    """A running `kg serve` process: its base URL and the file its stderr goes to."""

    process: subprocess.Popen
    url: str
    stderr: Path

    @property
    def endpoint(self) -> str:
        return self.url + "query"

    def query_url(self, query: str, **params: str) -> str:
        return f"{self.endpoint}?{urllib.parse.urlencode({'query': query, **params})}"

    def log(self) -> str:
        return self.stderr.read_text(encoding="utf-8", errors="replace")

    def workers(self) -> set[int]:
        """The process ids of the server's query workers (its spawned children)."""
        found = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                if ppid == self.process.pid and b"spawn_main" in (entry / "cmdline").read_bytes():
                    found.add(int(entry.name))
        return found


@contextlib.contextmanager
def kg_serve(store: Path, tmp_path: Path, *options: str) -> Iterator[Served]:
    """`python -m kg serve` on 127.0.0.1 and a free port, stopped (SIGTERM, then SIGKILL) afterwards."""
    log = tmp_path / f"serve-{time.monotonic_ns()}.err"
    with open(log, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0",
                                    *options], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                   stdout=subprocess.PIPE, stderr=stderr, text=True)
    try:
        line = process.stdout.readline()
        match = re.search(r" at (http://\S+/) ", line)
        assert match, f"kg serve did not start: {line!r} {log.read_text()}"
        yield Served(process, match.group(1), log)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGCONT)  # a test may have stopped it
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


def http_request(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None,
                 timeout: float = 120):
    """(status, headers, body bytes) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def http_text(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None,
              timeout: float = 120):
    """(status, headers, body text) of one request, the body decoded as UTF-8."""
    status, answer_headers, body = http_request(url, headers, data, method, timeout)
    return status, answer_headers, body.decode("utf-8")
