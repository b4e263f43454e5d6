"""A persistent RDF store for large, growing archives: Oxigraph (pyoxigraph) on disk, one named graph per document.

The layout is the one of kg.graph.rdf (its functions make the quads): each document's facts in the named graph
of its IRI, documents and entities in the default graph. Two kinds of triples are the store's own
bookkeeping, in the default graph too:

- `<doc> kg:contentHash "…"`: a hash of what the document's graph was built from (text, title, date,
  source, spaCy model, kg version). A build skips a document stored with the same hash and replaces the
  graph of one whose hash changed. The hash is written last and removed first, so a build interrupted
  half-way leaves the document without a hash, and the next build redoes it.
- `<doc> kg:mentions <entity>`: the entities a document mentions, so that an entity no document mentions
  any more (after `remove` or a replace) is removed. Labels and aliases are the union over every document
  ever stored (longest label wins, as in one build); removing a document does not take its aliases back.

Queries go to Oxigraph's SPARQL engine with the default graph as the union of all graphs (unless the query
names its own with FROM / FROM NAMED), after kg.graph.sparql's checks (read-only, no SERVICE / LOAD / FROM of
a graph the store does not hold).
"""
from __future__ import annotations

import gc
import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import DCTERMS, RDF, RDFS, SKOS, BNode, Dataset, Literal, URIRef, XSD
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.graph.files import atomic_output
from kg.graph.rdf import (PREFIXES, OxTerms, document_id_of, document_iri, document_pairs,
                          duplicate_triples, entity_iri_text, entity_pairs, fact_triples, is_default_graph, joined_extractions,
                          merge_entities, new_dataset)
from kg.graph.sparql import QueryResult, check_query, has_dataset_clause, named_query
from kg.model import Document, Entity, Extraction, Skipped
from kg.vocabulary import KG

__all__ = ["CONTENT_HASH", "MENTIONS", "MemoryStore", "Store", "StoreBackend", "StoreReport", "bind_constants", "bind_values", "document_hash",
           "from_ox", "to_ox"]

CONTENT_HASH = KG.contentHash
MENTIONS = KG.mentions
_MARKER = ".kg-store"  # a file in the store folder that says it is a kg store
_LOCK = ".kg-lock"  # flocked: shared by readers, exclusive for the one writer
_XSD_STRING = str(XSD.string)
_ENTITY_PROPS = (RDFS.label, SKOS.altLabel, KG.countryCode)
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_VARIABLE = re.compile(r"\w+")


@dataclass
class StoreReport:
    """What one build did to a store: documents added, replaced (their text changed) and unchanged."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def line(self) -> str:
        """One line for the build summary."""
        return f"store: {self.added} added, {self.replaced} replaced, {self.unchanged} unchanged"


# ---------------------------------------------------------------- terms


def to_ox(term: Node | None) -> Any:
    """An rdflib term as a pyoxigraph term (None, and rdflib's default graph id, as the default graph)."""
    if term is None or is_default_graph(term):
        return ox.DefaultGraph()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as an rdflib term (a plain xsd:string literal becomes rdflib's untyped literal)."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    raise TypeError(f"cannot convert {term!r}")


def _quads(ds: Dataset) -> Iterator[ox.Quad]:
    """Every quad of an rdflib dataset as a pyoxigraph quad."""
    for s, p, o, context in ds.quads((None, None, None, None)):
        graph = getattr(context, "identifier", context)
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(graph))


def _document_quads(extraction: Extraction, doc: ox.NamedNode, terms: OxTerms) -> Iterator[ox.Quad]:
    """What to_dataset writes of one (joined) extraction besides its entities: the document's metadata in the
    default graph, its facts in the document's graph (kg.graph.rdf's mapping, as pyoxigraph terms)."""
    default = ox.DefaultGraph()
    for p, o in document_pairs(extraction.document):
        yield ox.Quad(doc, terms(p), terms(o), default)
    for fact in extraction.facts:
        for s, p, o in fact_triples(fact):
            yield ox.Quad(terms(s), terms(p), terms(o), doc)


def document_hash(document: Document, *, model: str, version: str) -> str:
    """The hash of everything a document's graph is built from: text, metadata, the pipeline and kg's version.

    The caller (kg.pipeline) names the spaCy pipeline and kg's version, so that the store knows no parser.
    """
    parts = (" ".join(document.text.split()), document.id, document.title or "",
             document.published.isoformat() if document.published else "", document.source,
             model, version)
    if document.url or document.publisher:  # only then, so stores built before URLs existed are not all rebuilt
        parts += (document.url or "", document.publisher or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the store


class _LocalGraphs:
    """The store's named graphs as a container of IRIs, for the FROM check (looked up, not listed)."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def __contains__(self, iri: object) -> bool:
        try:
            return self._store.contains_named_graph(ox.NamedNode(str(iri)))
        except ValueError:
            return False


def _lock_store(path: Path, *, shared: bool) -> IO[bytes] | None:
    """Take the store's lock file: shared for readers, exclusive for a writer, without waiting. Raises StoreError
    naming who holds it. None where the system has no flock (readers and writers are then not kept apart)."""
    try:
        import fcntl
    except ImportError:  # not on Windows
        return None
    handle = open(path / _LOCK, "ab")  # noqa: SIM115 - held until Store.close
    try:
        fcntl.flock(handle, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        if shared:
            raise StoreError(f"store {path} is being written by a build; query it when the build ends") from None
        raise StoreError(f"store {path} is in use by another process (a build, or kg serve): stop it, "
                         "then build again") from None
    return handle


class Store:
    """An Oxigraph store in a folder: documents' named graphs, entities, and per-document content hashes.

    One process at a time may open a store for writing; `read_only=True` opens it for reading (queries,
    export, push, serve), by any number of processes while none writes. A lock file says which: a build is
    refused while kg serve (or a query) reads the store, and a reader while a build writes, each with a message
    naming the other, instead of a server answering from a stale view of a store changed under it.
    """

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, create: bool = True) -> None:
        self.path = Path(path)
        marker = self.path / _MARKER
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store folder")
        if read_only or not create:
            if not marker.is_file():
                raise StoreError(f"no kg store at {self.path} (build one with: kg build PATH --store {self.path})")
        elif self.path.is_dir() and any(self.path.iterdir()) and not marker.is_file():
            raise StoreError(f"{self.path} is a folder that is not a kg store: choose an empty or new folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock = _lock_store(self.path, shared=read_only)
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            self._unlock()
            message = " ".join(str(error).split())
            if "lock" in message.lower():
                raise StoreError(f"store {self.path} is in use by another process (a build, or kg serve)") from None
            raise StoreError(f"cannot open store {self.path}: {message[:300]}") from None
        if not read_only and not marker.is_file():
            marker.write_text("kg store: Oxigraph database, one named graph per document\n", encoding="utf-8")
        self.read_only = read_only

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Flush and release the store (its lock with it)."""
        store = self.__dict__.pop("_store", None)
        if store is not None:
            if not self.read_only:
                store.flush()
            del store
            gc.collect()
        self._unlock()

    def _unlock(self) -> None:
        lock = self.__dict__.pop("_lock", None)
        if lock is not None:
            lock.close()  # closing the file releases its flock

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store."""
        try:
            return self._store
        except AttributeError:
            raise StoreError(f"store {self.path} is closed") from None

    def __len__(self) -> int:
        """The number of quads."""
        return len(self.oxigraph)

    # ------------------------------------------------------------ documents

    def documents(self) -> dict[str, str]:
        """Every complete document of the store: its IRI → its content hash."""
        found = {}
        for quad in self.oxigraph.quads_for_pattern(None, to_ox(CONTENT_HASH), None, ox.DefaultGraph()):
            found[quad.subject.value] = quad.object.value
        return found

    def document_ids(self) -> list[str]:
        """The ids of the documents in the store, sorted."""
        return sorted(document_id_of(URIRef(iri)) or iri for iri in self.documents())

    def hash_of(self, doc_id: str) -> str | None:
        """The content hash a document was stored with, or None if it is not (completely) stored."""
        for quad in self.oxigraph.quads_for_pattern(to_ox(document_iri(doc_id)), to_ox(CONTENT_HASH), None,
                                                    ox.DefaultGraph()):
            return quad.object.value
        return None

    def source_of(self, doc_id: str) -> str | None:
        """The path a stored document was read from ("" for a text given directly), or None if it is not stored."""
        iri = to_ox(document_iri(doc_id))
        if not self.oxigraph.contains_named_graph(iri) and self.hash_of(doc_id) is None:
            return None
        for quad in self.oxigraph.quads_for_pattern(iri, to_ox(DCTERMS.source), None, ox.DefaultGraph()):
            return quad.object.value
        return ""

    def sources(self) -> dict[str, str]:
        """Every stored document's id → the path it was read from ("" for a text given directly)."""
        found = {}
        for quad in self.oxigraph.quads_for_pattern(None, to_ox(DCTERMS.source), None, ox.DefaultGraph()):
            doc_id = document_id_of(URIRef(quad.subject.value))
            if doc_id is not None:
                found[doc_id] = quad.object.value
        return found

    def graph_names(self) -> list[str]:
        """The IRIs of the named graphs."""
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def put(self, extraction: Extraction, digest: str) -> str:
        """Store one document's extraction with its content hash: "added", or "replaced" if it was there.

        One transaction: a build killed at any point leaves the document as it was or wholly replaced. People named
        by variants of one name in the document ("Lane", "George Lane") are one node, as to_dataset makes them."""
        store = self.oxigraph
        doc = to_ox(document_iri(extraction.document.id))
        default = ox.DefaultGraph()
        old = list(store.quads_for_pattern(doc, None, None, default))
        had_graph = store.contains_named_graph(doc)
        status = "replaced" if old or had_graph else "added"
        was_mentioned = {q.object for q in old if q.predicate == to_ox(MENTIONS)}

        terms = OxTerms()
        joined = joined_extractions([extraction])[0]  # a person named by variants of one name is one node
        added = list(dict.fromkeys(_document_quads(joined, doc, terms)))
        removed = list(old)
        merged = merge_entities([joined])  # as to_dataset and kg build --out merge them
        for entity in merged.values():
            gone, new = self._entity_change(entity.as_entity(), terms)
            removed += gone
            added += new
        now_mentioned = {terms(entity_iri_text(key)) for key in merged}
        added += [ox.Quad(doc, to_ox(MENTIONS), e, default) for e in sorted(now_mentioned, key=str)]
        removed += self._orphan_quads(was_mentioned - now_mentioned, doc)
        added.append(ox.Quad(doc, to_ox(CONTENT_HASH), ox.Literal(digest), default))
        self._apply(removed, added, drop_graph=doc if had_graph else None)
        return status

    def add_duplicates(self, skipped: Iterable[Skipped]) -> None:
        """Record the inputs skipped as copies of stored documents on those documents (kg.graph.rdf's
        duplicate_triples), in one transaction; a copy recorded before is not added twice."""
        terms, default = OxTerms(), ox.DefaultGraph()
        added = [ox.Quad(terms(s), terms(p), terms(o), default) for s, p, o in duplicate_triples(skipped)]
        self._apply([], list(dict.fromkeys(added)), drop_graph=None)

    def remove(self, doc_id: str) -> bool:
        """Remove a document, in one transaction: its graph, its metadata, and the entities no other document
        mentions."""
        store = self.oxigraph
        doc = to_ox(document_iri(doc_id))
        old = list(store.quads_for_pattern(doc, None, None, ox.DefaultGraph()))
        had_graph = store.contains_named_graph(doc)
        orphans = self._orphan_quads({q.object for q in old if q.predicate == to_ox(MENTIONS)}, doc)
        self._apply(old + orphans, [], drop_graph=doc if had_graph else None)
        return bool(old) or had_graph

    def _apply(self, removed: list[ox.Quad], added: list[ox.Quad], drop_graph: ox.NamedNode | None) -> None:
        """Remove quads (and a whole named graph), then add quads, as one SPARQL update: Oxigraph runs an
        update in one transaction, so the store is never seen, nor left after a kill, half-changed."""
        parts = []
        if drop_graph is not None:
            parts.append(f"DROP SILENT GRAPH {drop_graph}")
        if removed:
            parts.append("DELETE DATA { " + " ".join(_quad_text(q) for q in removed) + " }")
        if added:
            parts.append("INSERT DATA { " + " ".join(_quad_text(q) for q in added) + " }")
        if parts:
            self.oxigraph.update(" ;\n".join(parts))

    def _stored_entity(self, iri: ox.NamedNode, key: str) -> Entity | None:
        """The entity as the store holds it, or None if it has no type there."""
        store, default = self.oxigraph, ox.DefaultGraph()
        types = [q.object.value for q in store.quads_for_pattern(iri, to_ox(KG.entityType), None, default)]
        if not types:
            return None
        values: dict[str, list[str]] = {str(p): [] for p in _ENTITY_PROPS}
        for prop in _ENTITY_PROPS:
            for quad in store.quads_for_pattern(iri, to_ox(prop), None, default):
                values[str(prop)].append(quad.object.value)
        labels = sorted(values[str(RDFS.label)])
        codes = values[str(KG.countryCode)]
        return Entity(key=key, label=labels[0] if labels else key, type=types[0],  # type: ignore[arg-type]
                      aliases=frozenset(values[str(SKOS.altLabel)]), country_code=codes[0] if codes else None)

    def _entity_change(self, entity: Entity, terms: OxTerms) -> tuple[list[ox.Quad], list[ox.Quad]]:
        """The quads to remove and to add to fold an entity into the stored one as one build would (longest
        label, union of aliases), or to add it when it is new."""
        iri = terms(entity_iri_text(entity.key))
        stored = self._stored_entity(iri, entity.key)
        sightings = [entity] if stored is None else [stored, entity]
        merged = merge_entities(Extraction(document=Document(id="", text=""), entities=(e,)) for e in sightings)
        default = ox.DefaultGraph()
        new = {ox.Quad(iri, terms(p), terms(o), default) for p, o in entity_pairs(merged[entity.key])}
        if stored is None:
            return [], sorted(new, key=str)
        old = {q for prop in (RDF.type, KG.entityType, *_ENTITY_PROPS)
               for q in self.oxigraph.quads_for_pattern(iri, to_ox(prop), None, ox.DefaultGraph())}
        return sorted(old - new, key=str), sorted(new - old, key=str)

    def _orphan_quads(self, entities: Iterable[Any], doc: ox.NamedNode) -> list[ox.Quad]:
        """The default-graph description of each entity that no document but `doc` mentions."""
        store, default = self.oxigraph, ox.DefaultGraph()
        found = []
        for iri in entities:
            if any(q.subject != doc for q in store.quads_for_pattern(None, to_ox(MENTIONS), iri, default)):
                continue
            found += store.quads_for_pattern(iri, None, None, default)
        return found

    # ------------------------------------------------------------ reading

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node | None]]:
        """Every quad as rdflib terms (graph None for the default graph)."""
        for quad in self.oxigraph.quads_for_pattern(None, None, None, None):
            yield from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object), from_ox(quad.graph_name)

    def to_dataset(self) -> Dataset:
        """The whole store as an in-memory rdflib dataset (for views and tables: mind the size)."""
        ds = new_dataset()
        data = self.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def dump(self, fmt: ox.RdfFormat = ox.RdfFormat.TRIG, graph: str | None = None) -> bytes:
        """The store (or one named graph, or the default graph with graph="") serialised."""
        if graph is None:
            return self.oxigraph.dump(format=fmt, prefixes=PREFIXES)
        name = ox.DefaultGraph() if graph == "" else ox.NamedNode(graph)
        return self.oxigraph.dump(format=fmt, from_graph=name, prefixes=PREFIXES)

    def export(self, path: str | os.PathLike) -> Path:
        """Write the whole store as TriG (or N-Quads for a .nq path) atomically; return the path."""
        target = Path(path)
        fmt = ox.RdfFormat.N_QUADS if target.suffix.lower() == ".nq" else ox.RdfFormat.TRIG
        with atomic_output(target, "wb") as handle:
            self.oxigraph.dump(handle, fmt, prefixes=None if fmt == ox.RdfFormat.N_QUADS else PREFIXES)
        return target

    # ------------------------------------------------------------ queries

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None, *,
              max_rows: int | None = None) -> QueryResult:
        """Run a read-only SPARQL query over the union of all graphs; bindings are terms or python values."""
        return self.query_limited(sparql, bindings, max_rows=max_rows)[0]

    def query_limited(self, sparql: str, bindings: Mapping[str, Any] | None = None, *,
                      max_rows: int | None = None) -> tuple[QueryResult, bool]:
        """The result of a query cut at max_rows rows, and whether rows were cut."""
        check_query(sparql, allow_update=False, graphs=_LocalGraphs(self.oxigraph))
        if bindings:
            sparql = bind_values(sparql, {k: v if isinstance(v, Node) else Literal(v) for k, v in bindings.items()})
        return self._execute(sparql, max_rows)

    def _execute(self, sparql: str, max_rows: int | None) -> tuple[QueryResult, bool]:
        """Run a checked query in Oxigraph over the union of all graphs, cut at max_rows rows."""
        try:
            answer = self.oxigraph.query(sparql, prefixes=PREFIXES,
                                         use_default_graph_as_union=not has_dataset_clause(sparql))
            return _result(answer, max_rows)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL: {' '.join(str(error).split())}") from None
        except (OSError, ValueError, RuntimeError) as error:
            raise QueryError(f"query failed: {' '.join(str(error).split())}") from None

    def answer(self, sparql: str, *, default_graphs: list[str] | None = None,
               named_graphs: list[str] | None = None) -> Any:
        """pyoxigraph's own answer to a checked read-only query (solutions, triples or a boolean), for its serialisers.

        The dataset is the protocol's graphs when given (default_graphs / named_graphs, each a graph the store
        holds; either alone leaves the other empty), else the query's FROM / FROM NAMED, else the union of all
        graphs as the default graph, with every named graph.
        """
        local = _LocalGraphs(self.oxigraph)
        check_query(sparql, allow_update=False, graphs=local)
        dataset: dict[str, Any] = {"use_default_graph_as_union": not has_dataset_clause(sparql)}
        if default_graphs is not None or named_graphs is not None:
            for iri in [*(default_graphs or ()), *(named_graphs or ())]:
                if iri not in local:
                    raise QueryError(f"<{iri}> names no graph in this store: queries run on the local graphs only")
            dataset = {"default_graph": [ox.NamedNode(iri) for iri in default_graphs or ()],
                       "named_graphs": [ox.NamedNode(iri) for iri in named_graphs or ()]}
        try:
            return self.oxigraph.query(sparql, prefixes=PREFIXES, **dataset)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL: {' '.join(str(error).split())}") from None
        except (OSError, ValueError, RuntimeError) as error:
            raise QueryError(f"query failed: {' '.join(str(error).split())}") from None

    def run_named(self, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run one of the shipped named queries with its parameters bound as plain literals."""
        query = named_query(name)
        params = dict(params or {})
        unknown = sorted(set(params) - set(query.params))
        if unknown:
            raise QueryError(f"query '{name}' has no parameter '{unknown[0]}' "
                             f"(it takes: {', '.join(query.params) or 'none'})")
        missing = [p for p in query.params if p not in params]
        if missing:
            raise QueryError(f"query '{name}' needs parameter '{missing[0]}': {query.params[missing[0]]}")
        # a shipped query (tests check each one); its parameters are constants, not VALUES: a VALUES clause
        # opening the WHERE group is not seen inside subqueries
        return self._execute(bind_constants(query.text, {k: Literal(v) for k, v in params.items()}), None)[0]


class MemoryStore(Store):
    """A dataset copied into an Oxigraph store in memory (no folder, no lock): Oxigraph's engine for the named
    queries of a graph file, which rdflib's evaluates in seconds where Oxigraph takes milliseconds."""

    def __init__(self, ds: Dataset | None = None) -> None:  # noqa: D107 - no folder: Store.__init__ is not called
        self.path = Path(":memory:")
        self.read_only = True
        self._store = ox.Store()
        if ds is not None:
            self._store.bulk_extend(_quads(ds))

    @classmethod
    def of_file(cls, path: Path) -> MemoryStore | None:
        """A TriG, N-Quads, Turtle or N-Triples file parsed by Oxigraph itself (several times faster than copying
        rdflib's parse of it, the same quads), or None for another syntax or a file Oxigraph cannot read."""
        formats = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
                   ".nt": ox.RdfFormat.N_TRIPLES}
        fmt = formats.get(path.suffix.lower())
        if fmt is None:
            return None
        made = cls()
        try:
            made._store.load(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        except (OSError, SyntaxError, ValueError):
            return None
        return made


def bind_constants(sparql: str, bindings: Mapping[str, Node]) -> str:
    r"""The query with each `?k` (or `$k`) outside comments, strings and IRIs replaced by the term of k.

    Terms are written by Oxigraph (strings escaped), so a value cannot end its string; check the query first.

    >>> bind_constants('SELECT ?s WHERE { ?s ?p ?k FILTER(?kk = "?k") } # ?k', {"k": Literal('a"b')})
    'SELECT ?s WHERE { ?s ?p "a\\"b" FILTER(?kk = "?k") } # ?k'
    """
    terms = {name: str(to_ox(term)) for name, term in bindings.items()}
    out, last = [], 0
    for start, end in _variables(sparql):
        if sparql[start + 1:end] in terms:
            out += [sparql[last:start], terms[sparql[start + 1:end]]]
            last = end
    return "".join(out) + sparql[last:]


def _variables(sparql: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each variable (`?x`, `$x`) outside comments, strings and IRIs."""
    end = 0
    for i in _code_positions(sparql):
        if i >= end and sparql[i] in "?$" and (match := _VARIABLE.match(sparql, i + 1)):
            end = match.end()
            yield i, end


def _quad_text(quad: ox.Quad) -> str:
    """A quad in the syntax of SPARQL's DATA blocks."""
    triple = f"{quad.subject} {quad.predicate} {quad.object} ."
    if isinstance(quad.graph_name, ox.DefaultGraph):
        return triple
    return f"GRAPH {quad.graph_name} {{ {triple} }}"


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """The query with `VALUES (?k …) { (v …) }` opening its first group, binding variables for its whole WHERE.

    Oxigraph's own substitutions bind only projected variables; the named queries' parameters are not.
    """
    names = [name for name in bindings if name.isidentifier()]
    if len(names) != len(bindings):
        raise QueryError(f"not a variable name: {sorted(set(bindings) - set(names))[0]!r}")
    values = (f" VALUES ({' '.join('?' + n for n in names)}) "
              f"{{ ({' '.join(str(to_ox(bindings[n])) for n in names)}) }} ")
    brace = _first_brace(sparql)
    return sparql[:brace + 1] + values + sparql[brace + 1:]


def _braces(sparql: str) -> Iterator[int]:
    """The positions of `{` and `}` outside comments, strings and IRIs."""
    return (i for i in _code_positions(sparql) if sparql[i] in "{}")


def _code_positions(sparql: str) -> Iterator[int]:
    """The positions of the characters outside comments, strings and IRIs: where SPARQL syntax may stand."""
    i, n = 0, len(sparql)
    while i < n:
        char = sparql[i]
        if char == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end
        elif char in "\"'":
            i += 1
            while i < n and sparql[i] != char:
                i += 2 if sparql[i] == "\\" else 1
        elif char == "<" and _IRI.match(sparql, i):
            i = sparql.index(">", i)
        else:
            yield i
        i += 1


def _first_brace(sparql: str) -> int:
    """The position of the `{` opening the WHERE group (past a CONSTRUCT template)."""
    braces = _braces(sparql)
    first = next(braces, None)
    if first is not None and re.search(r"\bCONSTRUCT\s*$", sparql[:first], re.IGNORECASE):
        depth = 1
        for position in braces:
            depth += 1 if sparql[position] == "{" else -1
            if depth == 0:
                break
        first = next((b for b in braces if sparql[b] == "{"), None)
    if first is None:
        raise QueryError("the query has no { … } group to bind variables in")
    return first


def _result(answer: Any, max_rows: int | None) -> tuple[QueryResult, bool]:
    """A pyoxigraph answer (solutions, boolean or triples) as a QueryResult, cut at max_rows rows."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(variables=(), terms=(), boolean=bool(answer)), False
    if isinstance(answer, ox.QueryTriples):
        variables: tuple[str, ...] = ("subject", "predicate", "object")
        rows_of: Iterator[tuple[Any, ...]] = ((t.subject, t.predicate, t.object) for t in answer)
    else:
        names = [v.value for v in answer.variables]
        variables = tuple(names)
        rows_of = (tuple(solution[name] for name in names) for solution in answer)
    rows, truncated = [], False
    for row in rows_of:
        if max_rows is not None and len(rows) >= max_rows:
            truncated = True
            break
        rows.append(tuple(from_ox(t) for t in row))
    return QueryResult(variables, tuple(rows)), truncated


# ---------------------------------------------------------------- a store as a KnowledgeGraph's backend


class StoreBackend:
    """A store as a KnowledgeGraph's backend (kg.graph.backend): queries run in Oxigraph on disk.

    Facts, entities, views and save() read an rdflib copy of the whole store, loaded on first use.
    """

    def __init__(self, store: Store) -> None:
        """Serve queries from an open store (closing the backend closes the store)."""
        self.store = store

    @classmethod
    def open(cls, location: str | os.PathLike, *, read_only: bool = True) -> StoreBackend:
        """Open an existing store folder (StoreError if there is none)."""
        return cls(Store(location, read_only=read_only, create=False))

    @cached_property
    def dataset(self) -> Dataset:
        """The store as an rdflib dataset, loaded on first use (facts, entities, views, save)."""
        return self.store.to_dataset()

    def query(self, sparql: str, bindings: Mapping[str, Node]) -> QueryResult:
        """Run a read-only SPARQL query in Oxigraph over all the store's documents."""
        return self.store.query(sparql, bindings)

    def run_named(self, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run one of the shipped named queries in Oxigraph."""
        return self.store.run_named(name, params)

    def close(self) -> None:
        """Release the store."""
        self.store.close()
