"""``kg push --endpoint URL``: load the built graph into a SPARQL server with the SPARQL 1.1
Graph Store HTTP Protocol.

Every named graph of ``out/store`` — one per report, the shared entities, the ontology — is
sent as ``PUT URL?graph=<name>`` with an N-Triples body, which replaces whatever the server
held under that name; so pushing a rebuilt report replaces that report and nothing else.
Works with Oxigraph (``http://HOST:7878/store``), Fuseki (``http://HOST:3030/DATASET/data``),
GraphDB and Virtuoso's graph store endpoints."""
from __future__ import annotations

import time
from pathlib import Path

import httpx
import pyoxigraph as ox


class PushError(Exception):
    """A problem worth one line to the user."""


def open_read_only(store: Path) -> ox.Store:
    if not store.is_dir() or not any(store.iterdir()):
        raise PushError(f"{store}: no store here; run `kg build` first (or pass --store)")
    try:
        from .store import open_store     # the build's own opener, when present
    except ImportError:
        return ox.Store.read_only(str(store))
    return open_store(store.parent, read_only=True) if store.name == "store" \
        else ox.Store.read_only(str(store))


def graph_names(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs())


def graph_ntriples(store: ox.Store, name: str) -> tuple[bytes, int]:
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(name))
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


def _why(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({text.splitlines()[0]})"
    if isinstance(exc, httpx.TimeoutException):
        return "no answer in time (see --timeout)"
    return text.splitlines()[0]


def push(out_dir: Path, endpoint: str, store: Path | None = None, timeout: float = 120.0,
         quiet: bool = False) -> str:
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint!r} is not an http(s) URL of a Graph Store Protocol endpoint")
    store_dir = Path(store) if store else Path(out_dir) / "store"
    db = open_read_only(store_dir)
    names = graph_names(db)
    if not names:
        raise PushError(f"{store_dir}: the store holds no named graphs; rebuild with `kg build`")
    started = time.monotonic()
    total = 0
    with httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), trust_env=True) as client:
        for i, name in enumerate(names, 1):
            body, n = graph_ntriples(db, name)
            try:
                resp = client.put(endpoint, params={"graph": name}, content=body,
                                  headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise PushError(f"{endpoint}: {_why(exc)}")
            if resp.status_code >= 300:
                detail = (resp.text or "").strip().splitlines()
                raise PushError(f"{endpoint}: PUT graph <{name}> answered HTTP "
                                f"{resp.status_code} {resp.reason_phrase}"
                                + (f": {detail[0][:200]}" if detail else ""))
            total += n
            if not quiet:
                print(f"[{i}/{len(names)}] {name}: {n} triples", flush=True)
    took = time.monotonic() - started
    return (f"pushed {len(names)} graphs ({total} triples) to {endpoint} in {took:.1f} s")
