"""``kg serve``: a read-only SPARQL endpoint and a page to explore the graph.

Standard library only (http.server): the endpoint speaks the SPARQL 1.1 protocol
(GET or POST ``/sparql``, results as application/sparql-results+json or CSV), so
tools such as YASGUI or SPARQLWrapper can use it; ``/`` serves the explorer page.
"""
from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from .query import format_rows, run_query
from .store import query as store_query, store_from_file

MAX_QUERY_CHARS = 20_000


def sparql_json(graph, sparql: str) -> bytes:
    import pyoxigraph as ox
    result = store_query(graph, sparql)
    if isinstance(result, ox.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(result)}).encode()
    return result.serialize(format=ox.QueryResultsFormat.JSON)


def make_handler(graph) -> type[BaseHTTPRequestHandler]:
    page = resources.files("kg").joinpath("web/index.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        server_version = "edukg"

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt: str, *args) -> None:   # keep the console quiet
            pass

        def _answer(self, sparql: str | None) -> None:
            if not sparql:
                self._send(HTTPStatus.BAD_REQUEST, b"missing query parameter\n", "text/plain")
                return
            if len(sparql) > MAX_QUERY_CHARS:
                self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"query too long\n", "text/plain")
                return
            try:
                if "text/csv" in (self.headers.get("Accept") or ""):
                    header, rows = run_query(graph, sparql)
                    body = format_rows(header, rows, "csv").encode("utf-8")
                    self._send(HTTPStatus.OK, body, "text/csv; charset=utf-8")
                else:
                    body = sparql_json(graph, sparql)
                    self._send(HTTPStatus.OK, body, "application/sparql-results+json")
            except Exception as exc:   # a bad query is the client's error, not a crash
                msg = f"query error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                self._send(HTTPStatus.BAD_REQUEST, msg.encode("utf-8"), "text/plain; charset=utf-8")

        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            elif url.path == "/sparql":
                self._answer(parse_qs(url.query).get("query", [None])[0])
            elif url.path == "/health":
                self._send(HTTPStatus.OK, json.dumps({"triples": len(graph)}).encode(),
                           "application/json")
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")

        def do_POST(self) -> None:
            url = urlparse(self.path)
            if url.path != "/sparql":
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
                return
            length = min(int(self.headers.get("Content-Length") or 0), MAX_QUERY_CHARS + 1)
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = self.headers.get("Content-Type") or ""
            if ctype.startswith("application/sparql-query"):
                self._answer(body)
            else:
                self._answer(parse_qs(body).get("query", [None])[0])

    return Handler


def make_server(graph_path: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    graph = store_from_file(graph_path)
    return ThreadingHTTPServer((host, port), make_handler(graph))


def serve(graph_path: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    server = make_server(graph_path, host, port)
    print(f"serving {graph_path} on http://{host}:{server.server_address[1]}/ "
          f"(SPARQL endpoint: /sparql); Ctrl-C stops")
    try:
        server.serve_forever()
    finally:
        server.server_close()
