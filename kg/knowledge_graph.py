"""KnowledgeGraph: one built or loaded graph, with its facts, entities, queries, views and output files.

Its triples live in a backend (kg.graph.backend): an rdflib dataset in memory, or a persistent store opened by
backend name, so that this module never imports a persistent store. Named queries of a graph in memory run on
an Oxigraph copy of it in memory (kg.graph.store.MemoryStore, imported on first use): rdflib's engine takes
seconds on them where Oxigraph takes milliseconds.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, Dataset, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from kg import vocabulary
from kg.errors import GraphFileError, QueryError
from kg.graph.backend import GraphBackend, MemoryBackend, open_backend
from kg.graph.files import write_all_atomic, write_atomic
from kg.graph.rdf import (QUALIFIER, FactRecord, RdflibTerms, document_id_of, document_iri, documents_from_dataset,
                          entities_from_dataset, entity_iri, facts_from_dataset, new_dataset, remote_contexts,
                          to_dataset)
from kg.graph.sparql import QueryResult, named_query, run_query
from kg.model import MODALITIES, Document, Entity, Extraction, Skipped, Summary
from kg.views import notebook
from kg.views.tables import facts_csv

__all__ = ["CSV_FILE", "GRAPH_FILE", "HTML_FILE", "KnowledgeGraph", "Summary", "UpdateReport", "write_atomic"]

GRAPH_FILE, HTML_FILE, CSV_FILE = "graph.trig", "graph.html", "facts.csv"
_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld",
            ".nt": "nt", ".rdf": "xml", ".xml": "xml", ".n3": "n3"}
_NODE_ATTR_OF_LITERAL = {"holdsPosition": "positions"}
_DATE_PARAM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CORE = (RDF.subject, RDF.predicate, RDF.object)  # with rdf:type rdf:Statement, what makes a statement of a fact
Quad = tuple[Node, Node, Node, Node]


@dataclass(frozen=True)
class UpdateReport:
    """What a SPARQL update changed: triples it removed and added, and the triples kg removed or added after it
    so that each fact's direct triple and its statements stay together (KnowledgeGraph.update)."""

    removed: int
    added: int
    in_step_removed: int = 0
    in_step_added: int = 0

    def line(self) -> str:
        """One line for kg query --update."""
        def triples(n: int) -> str:
            return f"{n} triple{'' if n == 1 else 's'}"

        text = f"{triples(self.removed)} removed, {triples(self.added)} added"
        if self.in_step_removed or self.in_step_added:
            text += (f" (and, to keep facts and their statements together, {triples(self.in_step_removed)} "
                     f"removed, {triples(self.in_step_added)} added)")
        return text


def _graph_file(path: Path) -> Path:
    """The graph file a user means: the path itself, or graph.trig inside a build's output folder."""
    if path.is_dir() and (path / GRAPH_FILE).is_file():
        return path / GRAPH_FILE
    if not path.is_file():
        raise GraphFileError(f"no graph file at {path}")
    return path


class KnowledgeGraph:
    """An RDF graph of facts and entities, plus the extractions and skipped inputs when it was just built."""

    def __init__(self, data: Dataset | GraphBackend, *, extractions: Iterable[Extraction] = (),
                 skipped: Iterable[Skipped] = ()) -> None:
        """Wrap a dataset (its default graph should be the union of its named graphs) or an open backend."""
        self.backend: GraphBackend = MemoryBackend(data) if isinstance(data, Dataset) else data
        self.extractions: tuple[Extraction, ...] = tuple(extractions)
        self.skipped: tuple[Skipped, ...] = tuple(skipped)
        self._copy: tuple[int, Any] | None = None  # (triples copied, the Oxigraph copy) for named queries
        self._file: tuple[Path, int, int] | None = None  # the file loaded, its triples and mtime, until changed

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib dataset (a store's is loaded into memory on first use)."""
        return self.backend.dataset

    @classmethod
    def from_extractions(cls, extractions: Iterable[Extraction], *, skipped: Iterable[Skipped] = ()) -> KnowledgeGraph:
        """The graph of a set of extractions."""
        extractions = tuple(extractions)
        skipped = tuple(skipped)
        return cls(to_dataset(extractions, skipped), extractions=extractions, skipped=skipped)

    @classmethod
    def open(cls, store_dir: str | Path, *, read_only: bool = True, backend: str = "oxigraph") -> KnowledgeGraph:
        """A persistent store built with `kg build --store DIR` (kg.graph.store): queries run in Oxigraph on disk.

        Facts, entities, views and save() load the store into memory on first use. Close it with .close().
        `backend` names a registered persistent backend (kg.graph.backend.BACKENDS), imported only now.
        """
        return cls(open_backend(backend, store_dir, read_only=read_only))

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeGraph:
        """Read a graph file (.trig, .nq, .ttl, .jsonld, …) or a build's output folder; GraphFileError if unreadable."""
        file = _graph_file(Path(path))
        fmt = _FORMATS.get(file.suffix.lower()) or guess_format(str(file))
        if fmt is None:
            raise GraphFileError(f"{file}: unknown graph format (use .trig, .nq, .ttl or .jsonld)")
        dataset = new_dataset()
        try:
            if fmt == "json-ld":  # parsed from the text checked here, so no context is fetched
                text = file.read_text(encoding="utf-8")
                fetched = remote_contexts(json.loads(text))
                if fetched:
                    raise GraphFileError(f"{file}: remote JSON-LD context {fetched[0]!r} refused: kg reads no "
                                         "network or file but the one given; put the context inline")
                dataset.parse(data=text, format=fmt, publicID=file.resolve().as_uri())
            else:
                dataset.parse(source=str(file), format=fmt)
        except GraphFileError:
            raise
        except Exception as error:  # noqa: BLE001 - every rdflib parser raises its own error types
            message = " ".join(str(error).split()) or type(error).__name__
            raise GraphFileError(f"{file} does not parse as {fmt}: {message[:300]}") from None
        graph = cls(dataset)
        graph._file = (file, len(dataset), _mtime(file))
        return graph

    def close(self) -> None:
        """Release the backend (a store's lock); a graph in memory holds nothing to release."""
        self.backend.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ contents

    @cached_property
    def facts(self) -> list[FactRecord]:
        """Every fact with its evidence, read back from the graph."""
        return facts_from_dataset(self.dataset)

    @cached_property
    def entities(self) -> list[Entity]:
        """Every entity of the graph, sorted by key."""
        return entities_from_dataset(self.dataset)

    @cached_property
    def documents(self) -> list[Document]:
        """The documents the graph was built from (metadata only, no text)."""
        return documents_from_dataset(self.dataset)

    def query(self, sparql: str, **bindings: Any) -> QueryResult:
        """Run a read-only SPARQL query over all the graph's documents; keyword arguments bind variables."""
        from rdflib import Literal
        from rdflib.term import Node

        terms = {k: v if isinstance(v, Node) else Literal(v) for k, v in bindings.items()}
        return self.backend.query(sparql, terms)

    def update(self, sparql: str) -> UpdateReport:
        """Run a SPARQL update (INSERT, DELETE…; never LOAD or SERVICE) on the graph in memory; report the change.

        A fact is a direct `s kg:p o` triple and its statements (rdf:Statement) in a document's graph: views,
        facts.csv and named queries read one or the other, so the update's change is carried over to the other
        side here. Removing a direct triple removes its statements in that graph; removing a statement (its
        type, subject, predicate or object) removes the rest of it, and the direct triple when no statement of
        it is left there; adding either adds the other (a statement made by an update has rule "update").
        """
        ds = self.dataset
        before = _quad_set(ds)
        run_query(ds, sparql, allow_update=True)
        after = _quad_set(ds)
        removed, added = before - after, after - before
        in_step_removed, in_step_added = _keep_facts_in_step(ds, before, removed, added)
        self._forget_views()
        return UpdateReport(len(removed), len(added), in_step_removed, in_step_added)

    def _forget_views(self) -> None:
        """Drop what was read from the dataset (facts, entities, documents, the Oxigraph copy): it is stale."""
        for name in ("facts", "entities", "documents"):
            self.__dict__.pop(name, None)
        self._copy = self._file = None

    def write_graph(self, path: str | Path) -> Path:
        """Write the dataset alone, atomically, to a graph file (or a build folder's graph.trig); return its path."""
        file = _graph_file(Path(path))
        fmt = _FORMATS.get(file.suffix.lower()) or guess_format(str(file)) or "trig"
        write_atomic(file, self.dataset.serialize(format=fmt))
        return file

    def run_named(self, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run one of the shipped named queries (kg query --list) with its parameters.

        A parameter documented as YYYY-MM-DD must be a real day, month or year (QueryError otherwise). On a
        graph in memory the query runs in Oxigraph, on a copy of the dataset made on first use (and again after
        update() or when the number of triples changed; a graph file loaded and unchanged since is parsed by
        Oxigraph itself): the same rows as rdflib's engine, in milliseconds.
        """
        _check_dates(name, params or {})
        if not isinstance(self.backend, MemoryBackend):
            return self.backend.run_named(name, params)
        size = len(self.dataset)
        if self._copy is None or self._copy[0] != size:
            from kg.graph.store import MemoryStore

            copy = None
            if self._file is not None and self._file[1:] == (size, _mtime(self._file[0])):
                copy = MemoryStore.of_file(self._file[0])  # the file as loaded, unchanged: Oxigraph parses it faster
            self._copy = (size, copy if copy is not None else MemoryStore(self.dataset))
        return self._copy[1].run_named(name, params)

    def query_frame(self, sparql: str, **bindings: Any) -> Any:
        """A SPARQL query's answer as a pandas DataFrame (for notebooks)."""
        return notebook.query_frame(self, sparql, **bindings)

    def facts_frame(self) -> Any:
        """Every fact with its qualifiers and evidence as a pandas DataFrame (for notebooks)."""
        return notebook.facts_frame(self)

    def show(self, graph: nx.MultiDiGraph | None = None, *, height: int = 600, title: str | None = None) -> Any:
        """The interactive view, inline in Jupyter."""
        return notebook.show(self, graph, height=height, title=title)

    def _repr_html_(self) -> str:
        return notebook.summary_html(self)

    def summary(self) -> Summary:
        """Counts of documents, entities and facts (by predicate, in vocabulary order)."""
        counts = Counter(r.fact.predicate for r in self.facts)
        by_predicate = {p: counts[p] for p in vocabulary.predicate_names() if counts[p]}
        return Summary(documents=len(self.documents), entities=len(self.entities), facts=len(self.facts),
                       facts_by_predicate=by_predicate, skipped=self.skipped)

    # ------------------------------------------------------------ networkx

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph for views: entity nodes, one edge per distinct fact, holdsPosition titles on the person."""
        graph = nx.MultiDiGraph(documents=[d.id for d in self.documents],
                                document_titles={d.id: d.title for d in self.documents if d.title},
                                document_urls={d.id: d.url for d in self.documents if d.url},
                                document_publishers={d.id: d.publisher for d in self.documents if d.publisher})
        for entity in self.entities:
            graph.add_node(str(entity_iri(entity.key)), **_node_attrs(entity))
        groups: dict[tuple[str, str, str], list[FactRecord]] = defaultdict(list)
        for record in self.facts:
            fact = record.fact
            subject = _ensure_node(graph, fact.subject, record.subject_label)
            if fact.object_is_literal:
                attr = _NODE_ATTR_OF_LITERAL.get(fact.predicate)
                if attr:
                    graph.nodes[subject][attr] = sorted({*graph.nodes[subject].get(attr, ()), fact.object})
                continue
            obj = _ensure_node(graph, fact.object, record.object_label)
            if fact.predicate in vocabulary.symmetric_predicates() and obj < subject:
                subject, obj = obj, subject
            groups[(subject, fact.predicate, obj)].append(record)
        for (subject, predicate, obj), records in groups.items():
            graph.add_edge(subject, obj, key=predicate, **_edge_attrs(predicate, records))
        return graph

    # ------------------------------------------------------------ outputs

    def to_html(self, path: str | Path | None = None, *, graph: nx.MultiDiGraph | None = None,
                title: str | None = None) -> str:
        """The interactive HTML view of this graph (or of a filtered networkx copy), written to path if given."""
        from kg.views.html import render_html

        html = render_html(graph if graph is not None else self.to_networkx(), title=title or self._title())
        if path is not None:
            write_atomic(Path(path), html)
        return html

    def save(self, out_dir: str | Path, *, bom: bool = False) -> dict[str, Path]:
        """Write graph.trig, graph.html and facts.csv into out_dir, together or not at all (a full disk leaves
        the earlier three as they were); return their paths. `bom`: facts.csv starts with a UTF-8 BOM (Excel)."""
        out = Path(out_dir)
        paths = {"graph": out / GRAPH_FILE, "html": out / HTML_FILE, "csv": out / CSV_FILE}
        table = facts_csv(self.facts, self.documents, labels={e.key: e.label for e in self.entities}, bom=bom)
        write_all_atomic({paths["graph"]: self.dataset.serialize(format="trig"),
                          paths["csv"]: table, paths["html"]: self.to_html()})
        return paths

    def _title(self) -> str:
        """A title for views: the single document's title, or the number of documents."""
        docs = self.documents
        if len(docs) == 1:
            return docs[0].title or docs[0].id
        return f"kg: {len(docs)} documents"

    def document_iri(self, doc_id: str) -> str:
        """The IRI of a document's named graph in this knowledge graph."""
        return str(document_iri(doc_id))


def _mtime(path: Path) -> int:
    """When a file was last changed (ns), or -1 if it is gone."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _node_attrs(entity: Entity) -> dict[str, Any]:
    """The networkx attributes of an entity node."""
    return {"label": entity.label, "type": entity.type, "aliases": sorted(entity.aliases - {entity.label}),
            "country_code": entity.country_code, "iri": str(entity_iri(entity.key))}


def _ensure_node(graph: nx.MultiDiGraph, key: str, label: str) -> str:
    """The node id of an entity key, adding an untyped node for a key that has no entity description."""
    node = str(entity_iri(key))
    if node not in graph:
        graph.add_node(node, label=label, type="Entity", aliases=[], country_code=None, iri=node)
    return node


def _edge_attrs(predicate: str, records: list[FactRecord]) -> dict[str, Any]:
    """The attributes of one edge from all the evidence of the same fact: dates, confidence, documents."""
    facts = [r.fact for r in records]
    starts = sorted(f.start_date for f in facts if f.start_date)
    ends = sorted(f.end_date for f in facts if f.end_date)
    dates = sorted(f.date for f in facts if f.date)
    return {
        "predicate": predicate,
        "plover": vocabulary.plover_type(predicate),
        "category": vocabulary.category(predicate),
        "modality": min((f.modality for f in facts), key=MODALITIES.index),  # the firmest any sentence gives
        "date": dates[0] if dates else None,
        "start_date": starts[0] if starts else None,
        "end_date": ends[-1] if ends else None,
        "confidence": max(f.confidence for f in facts),
        "documents": sorted({f.evidence.document for f in facts}),
        "evidence": [{"document": f.evidence.document, "sentence": f.evidence.sentence,
                      "date": f.date or f.start_date, "confidence": f.confidence} for f in facts],
    }


# ---------------------------------------------------------------- named query parameters


def _check_dates(name: str, params: Mapping[str, str]) -> None:
    """Refuse a date parameter (one documented as YYYY-MM-DD) that is not a real day, month or year, and a
    `since` after its `until`: QueryError, which kg prints as one `error:` line."""
    documented = named_query(name).params
    periods: dict[str, tuple[dt.date, dt.date]] = {}
    for key, value in params.items():
        if "YYYY-MM-DD" in documented.get(key, ""):
            periods[key] = _period(key, value)
    if "since" in periods and "until" in periods and periods["since"][0] > periods["until"][1]:
        raise QueryError(f"since={params['since']} is after until={params['until']}: no day is in that range")


def _period(key: str, value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a date given as YYYY-MM-DD, YYYY-MM or YYYY; QueryError if it is none."""
    match = _DATE_PARAM.fullmatch(value)
    try:
        if match is None:
            raise ValueError
        year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
        if day:
            first = last = dt.date(year, month, day)
        elif month:
            first = dt.date(year, month, 1)
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        raise QueryError(f"invalid date {key}={value!r}: expected a day YYYY-MM-DD, a month YYYY-MM or a year YYYY "
                         "(e.g. 2021-11-24, 2021-11, 2021)") from None
    return first, last


# ---------------------------------------------------------------- updates: facts and statements in step


def _quad_set(ds: Dataset) -> set[Quad]:
    """Every quad of a dataset, its graph as an identifier."""
    return {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in ds.quads((None, None, None, None))}


def _fact_predicate(predicate: Node) -> bool:
    """Whether a predicate is one of the vocabulary's fact predicates (kg:visits…)."""
    text = str(predicate)
    return (isinstance(predicate, URIRef) and text.startswith(str(vocabulary.KG))
            and vocabulary.is_predicate(text[len(str(vocabulary.KG)):]))


def _statements(quads: Iterable[Quad]) -> dict[tuple[Node, Node], dict[Node, Node]]:
    """The statements among quads: (statement, graph) → its rdf:type, subject, predicate and object values."""
    found: dict[tuple[Node, Node], dict[Node, Node]] = defaultdict(dict)
    for s, p, o, g in quads:
        if p in _CORE or (p == RDF.type and o == RDF.Statement):
            found[(s, g)][p] = o
    return found


def _complete(values: Mapping[Node, Node]) -> tuple[Node, Node, Node] | None:
    """The fact (s, p, o) of a statement with a type, subject, predicate (a fact predicate) and object, else None."""
    if values.get(RDF.type) != RDF.Statement or any(p not in values for p in _CORE):
        return None
    fact = (values[RDF.subject], values[RDF.predicate], values[RDF.object])
    return fact if _fact_predicate(fact[1]) else None


def _keep_facts_in_step(ds: Dataset, before: set[Quad], removed: set[Quad], added: set[Quad]) -> tuple[int, int]:
    """After an update: remove and add what keeps each fact's direct triple and its statements together in each
    graph (see KnowledgeGraph.update); the numbers of triples removed and added."""
    after = (before - removed) | added
    of_subject: dict[tuple[Node, Node], list[Quad]] = defaultdict(list)  # (subject, graph) → its quads
    for quad in after:
        of_subject[(quad[0], quad[3])].append(quad)
    statements = _statements(after)
    reified: dict[Quad, list[Node]] = defaultdict(list)  # (s, p, o, graph) → the statements of that fact there
    for (stmt, graph), values in statements.items():
        fact = _complete(values)
        if fact is not None:
            reified[(*fact, graph)].append(stmt)
    drop: set[Quad] = set()
    put: set[Quad] = set()
    broken = {(s, g) for s, p, o, g in removed if p in _CORE or (p == RDF.type and o == RDF.Statement)}
    old = _statements(q for q in before if (q[0], q[3]) in broken)
    for stmt, graph in broken:  # a statement losing its core: the rest of it goes, and its fact if it was the last
        drop.update(of_subject.get((stmt, graph), ()))
        fact = _complete(old.get((stmt, graph), {}))
        if fact is not None and all((x, graph) in broken for x in reified.get((*fact, graph), [])):
            drop.add((*fact, graph))
    for s, p, o, g in removed:  # a direct triple removed: its statements in that graph go
        if _fact_predicate(p):
            for stmt in reified.get((s, p, o, g), []):
                drop.update(of_subject.get((stmt, g), ()))
    for (stmt, graph), values in statements.items():  # a statement added: its direct triple
        fact = _complete(values)
        if fact is not None and any((stmt, p, v, graph) in added for p, v in values.items()):
            put.add((*fact, graph))
    for s, p, o, g in added:  # a direct triple added without a statement: a statement made by the update
        if _fact_predicate(p) and not reified.get((s, p, o, g)):
            put |= _update_statement(s, p, o, g)
    drop &= after
    put = put - after - drop
    for s, p, o, g in drop:
        ds.graph(g).remove((s, p, o))
    for s, p, o, g in put:
        ds.graph(g).add((s, p, o))
    return len(drop), len(put)


_UPDATE_QUALIFIERS = {"modality": "asserted", "rule": "update", "confidence": 1.0}  # of a fact an update adds


def _update_statement(s: Node, p: Node, o: Node, graph: Node) -> set[Quad]:
    """The statement of a fact added by an update, in the graph it was added to (naming its document, if any)."""
    digest = hashlib.sha256("\x1f".join(map(str, (s, p, o, graph))).encode("utf-8")).hexdigest()[:20]
    document = document_id_of(graph) is not None
    stmt = URIRef(f"{graph}#update-{digest}" if document else f"urn:kg:update:{digest}")
    term = RdflibTerms()
    triples: list[tuple[Node, Node]] = [(RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o)]
    for name, value in _UPDATE_QUALIFIERS.items():  # written as kg.graph.rdf's mapping writes these fields
        qualifier = QUALIFIER[name]
        triples.append((term(qualifier.iri), term(qualifier.write(value))))
    if document:
        triples.append((term(QUALIFIER["evidence.document"].iri), graph))
    return {(stmt, prop, value, graph) for prop, value in triples}
