"""A stand-in for the store ``kg build`` writes (``out/store/``), made from ``out/graph.ttl``.

When the build writes the store itself this only returns it; otherwise it splits the Turtle
into the same named graphs (one per report, entities, ontology) with pyoxigraph, so the
server and push tests run against the store's layout either way."""
from __future__ import annotations

from pathlib import Path

ID = "https://w3id.org/edukg/id/"
KG = "https://w3id.org/edukg/ontology#"
GRAPH = ID + "graph/"
ROOT = Path(__file__).resolve().parents[1]


def ensure_store(out_dir: Path) -> Path:
    import pyoxigraph as ox

    store_dir = Path(out_dir) / "store"
    if store_dir.exists():
        return store_dir
    store = ox.Store(str(store_dir))
    report_of_sentence: dict[str, str] = {}
    quads = []
    triples = list(ox.parse(path=str(Path(out_dir) / "graph.ttl"), format=ox.RdfFormat.TURTLE))

    def report_graph(iri: str) -> ox.NamedNode | None:
        if iri.startswith(ID + "report/"):
            doc = iri[len(ID + "report/"):].split("/")[0]
            return ox.NamedNode(GRAPH + "report/" + doc)
        return None

    entities = ox.NamedNode(GRAPH + "entities")
    for t in triples:
        s = t.subject.value if isinstance(t.subject, ox.NamedNode) else ""
        g = report_graph(s)
        if g is None and t.predicate.value in (KG + "inReport", KG + "mentionedIn") \
                and isinstance(t.object, ox.NamedNode):
            g = report_graph(t.object.value)
        quads.append(ox.Quad(t.subject, t.predicate, t.object, g or entities))
    onto = ox.NamedNode(GRAPH + "ontology")
    for t in ox.parse(path=str(ROOT / "ontology" / "edukg.ttl"), format=ox.RdfFormat.TURTLE):
        quads.append(ox.Quad(t.subject, t.predicate, t.object, onto))
    store.bulk_extend(quads)
    store.flush()
    del store
    return store_dir
