"""Send a graph to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol: one PUT per named graph.

`PUT <endpoint>?graph=<document IRI>` replaces that document's graph on the server with ours (N-Triples
body); `PUT <endpoint>?default` replaces the default graph (documents and entities). Pushing again after a
rebuild therefore replaces rather than duplicates. For an Oxigraph server the endpoint is
http://HOST:PORT/store; for Fuseki, http://HOST:PORT/DATASET/data.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rdflib import Dataset

from kg.errors import KgError
from kg.graph.rdf import is_default_graph

NTRIPLES = "application/n-triples"
Graphs = Iterator[tuple[str | None, bytes]]  # (graph IRI, or None for the default graph; N-Triples body)


class PushError(KgError):
    """The endpoint refused a graph, or could not be reached."""


@dataclass(frozen=True)
class PushReport:
    """What was sent: graphs and triples (lines of N-Triples)."""

    graphs: int
    triples: int


def graphs_of_dataset(ds: Dataset) -> Graphs:
    """Each graph of an rdflib dataset as N-Triples, the default graph first."""
    graphs = sorted(ds.graphs(), key=lambda g: (not is_default_graph(g.identifier), str(g.identifier)))
    for graph in graphs:
        if not len(graph):
            continue
        name = None if is_default_graph(graph.identifier) else str(graph.identifier)
        yield name, graph.serialize(format="nt", encoding="utf-8")


def graphs_of_store(store) -> Graphs:  # store: kg.graph.store.Store (not imported: pyoxigraph is only needed then)
    """Each graph of a kg store as N-Triples, the default graph first."""
    import pyoxigraph as ox

    yield None, store.dump(ox.RdfFormat.N_TRIPLES, graph="")
    for name in store.graph_names():
        yield name, store.dump(ox.RdfFormat.N_TRIPLES, graph=name)


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph: ?graph=<encoded IRI>, or ?default.

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/kg/doc/a b")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fdoc%2Fa+b'
    >>> graph_url("http://host/ds/data?x=1", None)
    'http://host/ds/data?x=1&default'
    """
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def put_graph(endpoint: str, graph: str | None, body: bytes, *, timeout: float = 60.0) -> None:
    """PUT one graph's N-Triples; a refusal or an unreachable endpoint raises PushError."""
    request = urllib.request.Request(graph_url(endpoint, graph), data=body, method="PUT",
                                     headers={"Content-Type": NTRIPLES})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's endpoint
            response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(500).decode("utf-8", "replace").split())
        raise PushError(f"{endpoint} refused graph {graph or '(default)'}: HTTP {error.code} {detail}".rstrip()
                        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise PushError(f"cannot reach {endpoint}: {reason}") from None


def push(graphs: Graphs, endpoint: str, *, timeout: float = 60.0,
         progress: Callable[[int], None] | None = None) -> PushReport:
    """PUT every graph to a Graph Store Protocol endpoint; return how many graphs and triples were sent."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"the endpoint must be an http:// or https:// URL, not {endpoint!r}")
    count = triples = 0
    for name, body in graphs:
        put_graph(endpoint, name, body, timeout=timeout)
        count += 1
        triples += body.count(b"\n")
        if progress is not None:
            progress(1)
    return PushReport(graphs=count, triples=triples)
