"""A canary HTTP server on 127.0.0.1 standing for an internal service: it answers anything and records each
request, so a test can show that kg never reached it."""
from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator


class _Canary(http.server.BaseHTTPRequestHandler):
    """Answers any request with one secret SPARQL row (also valid JSON), and records that it was asked."""

    def do_GET(self):  # noqa: N802 - http.server's naming
        self._answer()

    def do_POST(self):  # noqa: N802
        self._answer()

    def _answer(self):
        self.server.hits.append(self.path)
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"SECRET"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def canary_server() -> Iterator[http.server.ThreadingHTTPServer]:
    """A running canary; `.hits` lists the paths requested, `.url` is its base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    httpd.hits = []
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
