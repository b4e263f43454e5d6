"""Where a KnowledgeGraph's triples live: the backend interface, the in-memory backend, and backends by name.

A KnowledgeGraph runs its queries on a backend and reads facts, entities and documents from the backend's
rdflib `Dataset`. Like rdflib's `Graph(store="...")`, which finds its store through `plugin.get`,
kg.knowledge_graph never imports a persistent store: it asks `open_backend(name, location)`, and the module
that implements the backend is imported only then (this table is the one place that names them).
"""
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from rdflib import Dataset
from rdflib.term import Node

from kg.errors import KgError
from kg.graph.sparql import QueryResult, run_named, run_query

__all__ = ["BACKENDS", "GraphBackend", "MemoryBackend", "backend_class", "open_backend", "register_backend"]

#: Persistent backends by name: "module:Class", the class having `open(location, *, read_only)`.
BACKENDS: dict[str, str] = {"oxigraph": "kg.graph.store:StoreBackend"}


@runtime_checkable
class GraphBackend(Protocol):
    """What a KnowledgeGraph needs of the place its triples live: a query engine and an rdflib view."""

    @property
    def dataset(self) -> Dataset:
        """The whole graph as an rdflib dataset (default graph = union); a store loads it on first use."""
        ...

    def query(self, sparql: str, bindings: Mapping[str, Node]) -> QueryResult:
        """Run a read-only SPARQL query over the union of all graphs, variables bound to terms."""
        ...

    def run_named(self, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run one of the shipped named queries with its parameters."""
        ...

    def close(self) -> None:
        """Release what the backend holds (a store's lock); nothing for a dataset in memory."""
        ...


class MemoryBackend:
    """An rdflib dataset in memory: queries run in rdflib's SPARQL engine."""

    def __init__(self, dataset: Dataset) -> None:
        """Hold a dataset whose default graph is the union of its named graphs."""
        self.dataset = dataset

    def query(self, sparql: str, bindings: Mapping[str, Node]) -> QueryResult:
        """Run a read-only query with kg.graph.sparql's checks."""
        return run_query(self.dataset, sparql, bindings=bindings)

    def run_named(self, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run a named query on the dataset."""
        return run_named(self.dataset, name, params)

    def close(self) -> None:
        """Nothing to release."""


def register_backend(name: str, target: str) -> None:
    """Make a persistent backend available by name: target is "module:Class" (imported on first use)."""
    if ":" not in target:
        raise ValueError(f"a backend is named as 'module:Class', not {target!r}")
    BACKENDS[name] = target


def backend_class(name: str) -> Any:
    """The class registered under name, imported now; KgError for an unknown name."""
    target = BACKENDS.get(name)
    if target is None:
        raise KgError(f"no graph backend named {name!r} (known: {', '.join(sorted(BACKENDS))})")
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)


def open_backend(name: str, location: Any, *, read_only: bool = True) -> GraphBackend:
    """Open the persistent backend called name at location (a store folder for "oxigraph")."""
    return backend_class(name).open(location, read_only=read_only)
