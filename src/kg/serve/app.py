"""The ASGI app in front of Oxigraph: the SPARQL 1.1 Protocol at ``/sparql`` and the
explorer page at ``/``.

Every query is checked before it reaches Oxigraph (read-only, no SERVICE, no LOAD), the
result is read as a stream and cut at the row cap, and the whole exchange is given a
deadline: when the deadline passes or the cap is reached the upstream connection is
closed, which stops Oxigraph's work on it. Results are then written in the format the
client asked for by pyoxigraph's own serialisers."""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .sparqlcheck import classify, dataset
from .upstream import UpstreamError

MAX_QUERY_BYTES = 100_000
RQ = ox.QueryResultsFormat
RF = ox.RdfFormat

# media type → (format, canonical content type)
RESULT_TYPES = {
    "application/sparql-results+json": (RQ.JSON, "application/sparql-results+json"),
    "application/json": (RQ.JSON, "application/sparql-results+json"),
    "application/sparql-results+xml": (RQ.XML, "application/sparql-results+xml"),
    "application/xml": (RQ.XML, "application/sparql-results+xml"),
    "text/xml": (RQ.XML, "application/sparql-results+xml"),
    "text/csv": (RQ.CSV, "text/csv; charset=utf-8"),
    "text/tab-separated-values": (RQ.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_TYPES = {
    "text/turtle": (RF.TURTLE, "text/turtle; charset=utf-8"),
    "application/x-turtle": (RF.TURTLE, "text/turtle; charset=utf-8"),
    "application/n-triples": (RF.N_TRIPLES, "application/n-triples"),
    "text/plain": (RF.N_TRIPLES, "application/n-triples"),
    "application/ld+json": (RF.JSON_LD, "application/ld+json"),
    "application/json": (RF.JSON_LD, "application/ld+json"),
    "application/rdf+xml": (RF.RDF_XML, "application/rdf+xml"),
}
# ?format= (also &output=) for clients that cannot set Accept
FORMAT_PARAM = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
    "n-triples": "application/n-triples", "jsonld": "application/ld+json",
    "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml",
}
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization, X-Requested-With",
    "Access-Control-Expose-Headers": "X-Edukg-Truncated, X-Edukg-Row-Limit, Content-Type",
    "Access-Control-Max-Age": "86400",
}
TRUNCATED = "X-Edukg-Truncated"


@dataclass
class Settings:
    pool: object             # kg.serve.upstream.EnginePool of oxigraph serve-read-only servers
    timeout: float = 30.0
    max_rows: int = 10_000
    queries_dir: Path | None = None


class ClientError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status, headers=CORS)


def negotiate(accept: str | None, table: dict, fmt_param: str | None = None):
    """The best (format, content type) in ``table`` for an Accept header, or None."""
    if fmt_param and fmt_param.lower() in FORMAT_PARAM and (not accept or "*/*" in accept
                                                               or accept.startswith("text/html")):
        wanted = FORMAT_PARAM[fmt_param.lower()]
        if wanted in table:
            return table[wanted]
    if not accept or not accept.strip():
        return next(iter(table.values()))
    ranges = []
    for pos, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        media = bits[0].lower()
        if not media:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranges.append((-q, pos, media))
    for negq, _pos, media in sorted(ranges):
        if -negq <= 0:
            continue
        if media in table:
            return table[media]
        if media == "*/*":
            return next(iter(table.values()))
        if media.endswith("/*"):
            major = media[:-1]
            for key, value in table.items():
                if key.startswith(major):
                    return value
    return None


async def _read_request(request: Request) -> tuple[str, dict[str, list[str]]]:
    """The query text and the protocol parameters of a GET or POST request."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method == "GET":
        if "update" in params:
            raise ClientError(403, "updates are refused: this endpoint is read-only")
        text = params.get("query", [None])[0]
    else:
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_QUERY_BYTES:
            raise ClientError(413, f"query too long (more than {MAX_QUERY_BYTES} bytes)")
        body = await request.body()
        if len(body) > MAX_QUERY_BYTES:
            raise ClientError(413, f"query too long (more than {MAX_QUERY_BYTES} bytes)")
        if ctype == "application/sparql-update":
            raise ClientError(403, "updates are refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            text = body.decode("utf-8", "replace")
        elif ctype in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            if "update" in form:
                raise ClientError(403, "updates are refused: this endpoint is read-only")
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            text = params.get("query", [None])[0]
        else:
            raise ClientError(415, f"unsupported Content-Type {ctype!r}: send "
                                   "application/sparql-query or a form with query=")
    if not text or not text.strip():
        raise ClientError(400, "missing query: pass query=… (GET or form POST) or a "
                               "application/sparql-query body")
    if len(text.encode("utf-8")) > MAX_QUERY_BYTES:
        raise ClientError(413, f"query too long (more than {MAX_QUERY_BYTES} bytes)")
    return text, params


class Sparql:
    def __init__(self, settings: Settings):
        self.s = settings
        self.client: httpx.AsyncClient | None = None

    async def startup(self) -> None:
        await self.s.pool.open()
        self.client = httpx.AsyncClient(
            trust_env=False,
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
            timeout=httpx.Timeout(self.s.timeout + 5, connect=5.0))

    async def shutdown(self) -> None:
        await self.s.pool.close()
        if self.client is not None:
            await self.client.aclose()

    async def __call__(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(status_code=204, headers=CORS)
        try:
            text, params = await _read_request(request)
            kind = classify(text)
            if kind.form == "UPDATE":
                raise ClientError(403, "updates are refused: this endpoint is read-only")
            if kind.forbidden:
                raise ClientError(400, f"{kind.forbidden} is not allowed on this endpoint: "
                                       "it never fetches data from elsewhere")
            fmt_param = (params.get("format") or params.get("output") or [None])[0]
            accept = request.headers.get("accept")
            graph_form = kind.form in ("CONSTRUCT", "DESCRIBE")
            table = GRAPH_TYPES if graph_form else RESULT_TYPES
            chosen = negotiate(accept, table, fmt_param)
            if chosen is None:
                can = ", ".join(sorted({v[1].split(";")[0] for v in table.values()}))
                raise ClientError(406, f"cannot give {accept!r} for a "
                                       f"{kind.form or 'SPARQL'} query; available: {can}")
            extra = {k: v for k, v in params.items()
                     if k in ("default-graph-uri", "named-graph-uri")}
            if not extra:
                # the engines' union default graph would ignore FROM: pass it on as the
                # protocol's parameters, which they honour
                default, named = dataset(text)
                if default:
                    extra["default-graph-uri"] = default
                if named:
                    extra["named-graph-uri"] = named
            return await self._run(text, kind.form, chosen, extra)
        except ClientError as exc:
            return _error(exc.status, exc.message)

    async def _run(self, text: str, form: str | None, chosen, extra) -> Response:
        fmt, ctype = chosen
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        if form == "ASK":
            up_accept = "application/sparql-results+json"
        elif graph_form:
            up_accept = "application/n-triples"
        else:   # SELECT, or unknown: oxigraph's parser will say what is wrong
            up_accept = "text/tab-separated-values"
        data = {"query": text, **extra}
        pool = self.s.pool
        engine = None
        finished = False
        try:
            async with asyncio.timeout(self.s.timeout):
                engine = await pool.acquire()
                body, truncated, status = await self._fetch(engine.url, data, up_accept)
                finished = not truncated
        except TimeoutError:
            return _error(503, f"query stopped: it ran longer than the {self.s.timeout:g} s "
                               "limit (kg serve --timeout)")
        except httpx.HTTPError as exc:
            if engine is not None and engine.over_memory:
                return _error(503, f"query stopped: it needed more than "
                                   f"{pool.max_memory_mb:.0f} MB (kg serve --max-memory)")
            return _error(502, f"the query engine did not answer: {type(exc).__name__}")
        except UpstreamError as exc:
            return _error(503, f"the query engine could not be restarted: {exc}")
        finally:
            if engine is not None:
                # an answer left unread means the engine may still be working on it
                await asyncio.shield(pool.release(engine, healthy=finished))
        if engine is not None and engine.over_memory:
            return _error(503, f"query stopped: it needed more than "
                               f"{pool.max_memory_mb:.0f} MB (kg serve --max-memory)")
        if status != 200:
            msg = body.decode("utf-8", "replace").strip() or f"HTTP {status}"
            if status == 400:
                return _error(400, f"malformed query: {msg}")
            return _error(503 if "cancel" in msg.lower() else 502, f"query failed: {msg}")
        headers = dict(CORS)
        headers["Vary"] = "Accept"
        if truncated:
            headers[TRUNCATED] = "true"
            headers["X-Edukg-Row-Limit"] = str(self.s.max_rows)
        try:
            out = await asyncio.to_thread(self._reserialise, body, form, up_accept, fmt,
                                          graph_form)
        except (SyntaxError, ValueError, OSError) as exc:
            msg = str(exc)
            if "cancel" in body.decode("utf-8", "replace").lower():
                return _error(503, f"query stopped: it ran longer than the {self.s.timeout:g} s "
                                   "limit (kg serve --timeout)")
            return _error(502, f"unexpected answer from the query engine: {msg}")
        return Response(out, status_code=200, media_type=ctype, headers=headers)

    async def _fetch(self, url: str, data, up_accept: str) -> tuple[bytes, bool, int]:
        """POST the query upstream and read at most max_rows rows (lines) of the answer."""
        assert self.client is not None
        req = self.client.build_request("POST", url + "/query", data=data,
                                        headers={"Accept": up_accept})
        resp = await self.client.send(req, stream=True)
        try:
            if resp.status_code != 200:
                return await resp.aread(), False, resp.status_code
            if up_accept.startswith("application/sparql-results+json"):
                return await resp.aread(), False, 200
            header_lines = 1 if up_accept == "text/tab-separated-values" else 0
            limit = self.s.max_rows + header_lines
            chunks: list[bytes] = []
            lines = 0
            async for chunk in resp.aiter_raw():
                start = 0
                while True:
                    nl = chunk.find(b"\n", start)
                    if nl < 0:
                        chunks.append(chunk[start:])
                        break
                    lines += 1
                    if lines > limit:
                        return b"".join(chunks), True, 200   # closing the stream stops oxigraph
                    chunks.append(chunk[start:nl + 1])
                    start = nl + 1
            return b"".join(chunks), False, 200
        finally:
            await resp.aclose()

    @staticmethod
    def _reserialise(body: bytes, form, up_accept: str, fmt, graph_form: bool) -> bytes:
        if graph_form:
            triples = list(ox.parse(body, format=RF.N_TRIPLES))
            if fmt == RF.N_TRIPLES:
                return body
            return ox.serialize(triples, format=fmt, prefixes=PREFIXES) \
                if fmt == RF.TURTLE else ox.serialize(triples, format=fmt)
        in_fmt = RQ.JSON if up_accept.startswith("application/sparql-results+json") else RQ.TSV
        results = ox.parse_query_results(body, format=in_fmt)
        if isinstance(results, ox.QuerySolutions):
            # read every row first, so a broken or cancelled answer is an error, not a 200
            for _row in results:
                pass
            if fmt == RQ.TSV:
                return body
            results = ox.parse_query_results(body, format=in_fmt)
        return results.serialize(format=fmt)


PREFIXES = {
    "kg": "https://w3id.org/edukg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def _web_root() -> Path:
    return Path(str(resources.files("kg").joinpath("web")))


def default_queries_dir() -> Path | None:
    here = Path(__file__).resolve()
    for candidate in (Path.cwd() / "queries", here.parents[3] / "queries"):
        if candidate.is_dir() and any(candidate.glob("*.rq")):
            return candidate
    return None


def example_queries(folder: Path | None) -> list[dict]:
    """``queries/*.rq``: name, the comment lines at the top as title, and the text."""
    if folder is None:
        return []
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = " ".join(line.lstrip("# ").strip() for line in text.splitlines()
                         if line.startswith("#")).strip()
        out.append({"name": path.stem, "title": title or path.stem, "query": text})
    return out


def make_app(settings: Settings) -> Starlette:
    sparql = Sparql(settings)
    web = _web_root()
    page = (web / "index.html").read_bytes()
    examples = example_queries(settings.queries_dir)

    async def index(request: Request) -> Response:
        return Response(page, media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})

    async def queries(request: Request) -> Response:
        return JSONResponse(examples, headers=CORS)

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "timeout_s": settings.timeout,
                             "max_rows": settings.max_rows}, headers=CORS)

    async def config(request: Request) -> Response:
        return JSONResponse({"timeout_s": settings.timeout, "max_rows": settings.max_rows,
                             "prefixes": PREFIXES}, headers=CORS)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        await sparql.startup()
        try:
            yield
        finally:
            await sparql.shutdown()

    async def sparql_endpoint(request: Request) -> Response:
        return await sparql(request)

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    routes = [
        Route("/", index),
        Route("/favicon.ico", favicon),
        Route("/index.html", index),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST", "OPTIONS"]),
        Route("/queries", queries),
        Route("/config", config),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=str(web)), name="static"),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
