"""Extractions ⇄ RDF: entities and documents in the default graph, each document's facts in its own named graph.

The layout follows the output contract in shared/eval/README.md: direct `s kg:p o` triples for the scorer,
plus one rdf:Statement per fact and evidence carrying dates, modality, confidence, rule and provenance. It is
written down once, as plain values (entity_pairs, document_pairs, fact_triples), and rendered as rdflib terms
(to_dataset) or pyoxigraph terms (QuadWriter for graph.trig, kg.graph.store's put).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import IO, Any, NamedTuple
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg import vocabulary
from kg.model import ENTITY_TYPES, Document, Entity, Evidence, Extraction, Fact
from kg.vocabulary import DOCUMENT_BASE, ENTITY_BASE, KG

DCTERMS = Namespace("http://purl.org/dc/terms/")
PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgid": ENTITY_BASE,
    "kgdoc": DOCUMENT_BASE,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
}

_DATE_TYPES: tuple[tuple[re.Pattern[str], URIRef], ...] = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
    (re.compile(r"--\d{2}-\d{2}"), XSD.gMonthDay),
)


@dataclass(frozen=True)
class FactRecord:
    """A fact read back from a graph, with the labels of its subject and object resolved for display."""

    fact: Fact
    subject_label: str
    object_label: str  # the text itself for a literal object


# ---------------------------------------------------------------- IRIs


def entity_iri(key: str) -> URIRef:
    """The IRI of an entity key; anything not IRI-safe is percent-encoded so that every syntax parses it back.

    >>> entity_iri("person/benny-gantz")
    rdflib.term.URIRef('https://w3id.org/kg/id/person/benny-gantz')
    >>> key_of(entity_iri("organization/at&t <us>"))
    'organization/at&t <us>'
    """
    return URIRef(entity_iri_text(key))


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, which is also the name of the graph holding its facts."""
    return URIRef(document_iri_text(doc_id))


def key_of(iri: Node) -> str | None:
    """The entity key an IRI was minted from, or None for an IRI outside the entity namespace."""
    text = str(iri)
    return unquote(text[len(ENTITY_BASE):]) if isinstance(iri, URIRef) and text.startswith(ENTITY_BASE) else None


def document_id_of(iri: Node) -> str | None:
    """The document id a document IRI was minted from, or None for any other term."""
    text = str(iri)
    if not (isinstance(iri, URIRef) and text.startswith(DOCUMENT_BASE)):
        return None
    return unquote(text[len(DOCUMENT_BASE):].split("#", 1)[0])


def statement_iri(fact: Fact) -> URIRef:
    """A deterministic IRI for the statement of one fact read from one sentence of one document."""
    return URIRef(_statement_text(fact))


def date_literal(value: str) -> Literal:
    """An ISO date prefix typed by its shape: xsd:date, gYearMonth, gYear or gMonthDay (plain string otherwise).

    >>> date_literal("2021-11").datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth')
    >>> date_literal("--03-25").datatype.fragment, date_literal("spring").datatype
    ('gMonthDay', None)
    """
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return Literal(value, datatype=datatype)
    return Literal(value)


def new_dataset() -> Dataset:
    """An empty dataset whose default graph is the union of all graphs, with the project prefixes bound."""
    ds = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    return ds


# ---------------------------------------------------------------- the mapping: each thing kg writes, once
#
# What an entity, a document and a fact become in RDF is said once, here, as plain values: an IRI is a str, a
# literal a Lit (its lexical form as rdflib holds it, its datatype IRI). Term factories make rdflib terms of them
# (RdflibTerms: to_dataset, KnowledgeGraph) or pyoxigraph terms (OxTerms: graph.trig by QuadWriter, Store.put),
# so a new qualifier is added in one place and both renderings hold the same quads.


class Lit(NamedTuple):
    """A literal as plain values: its lexical form and its datatype IRI (None for a plain string)."""

    lexical: str
    datatype: str | None = None


Term = str | Lit  # an IRI, or a literal

_RDF_TYPE, _RDF_STATEMENT = str(RDF.type), str(RDF.Statement)
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_RDFS_LABEL, _SKOS_ALT_LABEL = str(RDFS.label), str(SKOS.altLabel)
_KG = str(KG)
_XSD_DATE, _XSD_DECIMAL, _XSD_INTEGER, _XSD_ANY_URI = str(XSD.date), str(XSD.decimal), str(XSD.integer), str(XSD.anyURI)
_DOCUMENT_TYPE = (_RDF_TYPE, str(KG.Document))
_DC_IDENTIFIER, _DC_TITLE, _DC_ISSUED = str(DCTERMS.identifier), str(DCTERMS.title), str(DCTERMS.issued)
_DC_SOURCE, _DC_IS_FORMAT_OF, _DC_PUBLISHER = str(DCTERMS.source), str(DCTERMS.isFormatOf), str(DCTERMS.publisher)
_DATE_PROPS = (("date", _KG + "date"), ("start_date", _KG + "startDate"), ("end_date", _KG + "endDate"))


@lru_cache(maxsize=1 << 16)
def entity_iri_text(key: str) -> str:
    """entity_iri(key) as a string (cached: every fact names two or three entities)."""
    return ENTITY_BASE + quote(key, safe="/")


@lru_cache(maxsize=1 << 12)
def document_iri_text(doc_id: str) -> str:
    """document_iri(doc_id) as a string (cached: every fact names its document)."""
    return DOCUMENT_BASE + quote(doc_id, safe="/")


def _statement_text(fact: Fact) -> str:
    """statement_iri(fact) as a string."""
    parts = (fact.evidence.document, fact.subject, fact.predicate, fact.object,
             str(fact.evidence.start), str(fact.evidence.end))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"{document_iri_text(fact.evidence.document)}#fact-{digest}"


@lru_cache(maxsize=1 << 10)
def _date_value(value: str) -> Lit:
    """date_literal(value) as plain values."""
    literal = date_literal(value)
    return Lit(str(literal), None if literal.datatype is None else str(literal.datatype))


def _confidence_value(value: float) -> Lit:
    """A confidence as an xsd:decimal of 4 places, in the lexical form rdflib gives it."""
    return _decimal_value(str(round(value, 4)))


@lru_cache(maxsize=1 << 12)
def _decimal_value(digits: str) -> Lit:
    """A number's digits as an xsd:decimal (cached by its text: 1 and 1.0, 0.0 and -0.0 are told apart)."""
    return Lit(str(Literal(Decimal(digits), datatype=XSD.decimal)), _XSD_DECIMAL)


def _issued_value(published: dt.date) -> Lit:
    """A document's publication day as an xsd:date, in the lexical form rdflib gives it."""
    return Lit(str(Literal(published.isoformat(), datatype=XSD.date)), _XSD_DATE)


def entity_pairs(entity: _MergedEntity) -> list[tuple[str, Term]]:
    """The (predicate, object) pairs of a (merged) entity's IRI in the default graph: its class, entity type,
    label, other forms as aliases and country code."""
    pairs: list[tuple[str, Term]] = [(_RDF_TYPE, _KG + entity.type), (_KG + "entityType", Lit(entity.type)),
                                     (_RDFS_LABEL, Lit(entity.label))]
    pairs += [(_SKOS_ALT_LABEL, Lit(alias)) for alias in sorted(entity.forms - {entity.label})]
    if entity.country_code:
        pairs.append((_KG + "countryCode", Lit(entity.country_code)))
    return pairs


def document_pairs(document: Document) -> list[tuple[str, Term]]:
    """The (predicate, object) pairs of a document's IRI in the default graph: type, id, title, published date,
    source, and the web page an article file is a copy of (dcterms:isFormatOf, an xsd:anyURI) with its publisher."""
    pairs: list[tuple[str, Term]] = [_DOCUMENT_TYPE, (_DC_IDENTIFIER, Lit(document.id))]
    if document.title:
        pairs.append((_DC_TITLE, Lit(document.title)))
    if document.published:
        pairs.append((_DC_ISSUED, _issued_value(document.published)))
    if document.source:
        pairs.append((_DC_SOURCE, Lit(document.source)))
    if document.url:
        pairs.append((_DC_IS_FORMAT_OF, Lit(document.url, _XSD_ANY_URI)))
    if document.publisher:
        pairs.append((_DC_PUBLISHER, Lit(document.publisher)))
    return pairs


def fact_triples(fact: Fact) -> list[tuple[str, str, Term]]:
    """A fact's triples in its document's graph: the direct `s kg:p o` triple first, then its rdf:Statement
    with modality, confidence, evidence, document, offsets, dates, rule and attribution. ValueError for a
    predicate outside the vocabulary."""
    if not vocabulary.is_predicate(fact.predicate):
        raise ValueError(f"predicate {fact.predicate!r} is not in the vocabulary")
    evidence = fact.evidence
    s, p = entity_iri_text(fact.subject), _KG + fact.predicate
    o: Term = (Lit(fact.object) if fact.object_is_literal or fact.predicate in vocabulary.literal_object_predicates()
               else entity_iri_text(fact.object))
    stmt = _statement_text(fact)
    pairs: list[tuple[str, Term]] = [
        (_RDF_TYPE, _RDF_STATEMENT), (_RDF_SUBJECT, s), (_RDF_PREDICATE, p), (_RDF_OBJECT, o),
        (_KG + "modality", Lit(fact.modality)),
        (_KG + "confidence", _confidence_value(fact.confidence)),
        (_KG + "evidence", Lit(evidence.sentence)),
        (_KG + "document", document_iri_text(evidence.document)),
        (_KG + "startOffset", Lit(str(evidence.start), _XSD_INTEGER)),
        (_KG + "endOffset", Lit(str(evidence.end), _XSD_INTEGER)),
    ]
    for field_name, prop in _DATE_PROPS:
        value = getattr(fact, field_name)
        if value:
            pairs.append((prop, _date_value(value)))
    if fact.rule:
        pairs.append((_KG + "rule", Lit(fact.rule)))
    if fact.attributed_to:
        pairs.append((_KG + "attributedTo", entity_iri_text(fact.attributed_to)))
    return [(s, p, o), *((stmt, prop, value) for prop, value in pairs)]


class RdflibTerms:
    """Plain values (IRI strings, Lit) as rdflib terms; IRIs and typed literals cached (they repeat)."""

    def __init__(self) -> None:
        self._cache: dict[Term, Node] = {}

    def __call__(self, value: Term) -> Node:
        """The rdflib term of a plain value."""
        term = self._cache.get(value)
        if term is not None:
            return term
        if isinstance(value, str):
            term = URIRef(value)
        elif value.datatype is None:
            return Literal(value.lexical)
        else:
            term = Literal(value.lexical, datatype=URIRef(value.datatype))
        self._cache[value] = term
        return term


# ---------------------------------------------------------------- Extractions → Dataset


@dataclass
class _MergedEntity:
    """An entity being merged across documents: longest canonical label wins, every other form is an alias."""

    key: str
    type: str
    label: str
    forms: set[str] = field(default_factory=set)
    country_code: str | None = None

    def add(self, entity: Entity) -> None:
        """Fold another sighting of the same key into this one."""
        self.forms |= {entity.label, *entity.aliases}
        if len(entity.label) > len(self.label):
            self.label = entity.label
        self.country_code = self.country_code or entity.country_code


def merge_entities(extractions: Iterable[Extraction]) -> dict[str, _MergedEntity]:
    """All entities of all extractions, one per key, in first-seen order."""
    merged: dict[str, _MergedEntity] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.key not in merged:
                merged[entity.key] = _MergedEntity(entity.key, entity.type, entity.label)
            merged[entity.key].add(entity)
    return merged


def add_entity(ds: Dataset, entity: _MergedEntity, terms: RdflibTerms | None = None) -> None:
    """Write one entity's type, label, aliases and country code (entity_pairs) to the default graph."""
    term = terms or RdflibTerms()
    iri = term(entity_iri_text(entity.key))
    for p, o in entity_pairs(entity):
        ds.add((iri, term(p), term(o)))


def _add_document(ds: Dataset, document: Document, terms: RdflibTerms | None = None) -> None:
    """Write a document's metadata (document_pairs) to the default graph."""
    term = terms or RdflibTerms()
    iri = term(document_iri_text(document.id))
    for p, o in document_pairs(document):
        ds.add((iri, term(p), term(o)))


def _add_fact(graph: Graph, fact: Fact, terms: RdflibTerms | None = None) -> None:
    """Write a fact's direct triple and its reified statement with every qualifier (fact_triples) to a
    document's graph."""
    term = terms or RdflibTerms()
    for s, p, o in fact_triples(fact):
        graph.add((term(s), term(p), term(o)))


def _extends(longer: list[str], shorter: list[str]) -> bool:
    """Whether one person's name is a fuller form of another's: the same surname with more before it
    ("Bush" → "George Bush"), or the same first and last names with more between ("George Bush" →
    "George W Bush")."""
    if len(longer) <= len(shorter) or longer[-1] != shorter[-1]:
        return False
    if longer[-len(shorter):] == shorter:
        return True
    if longer[0] != shorter[0]:
        return False
    rest = iter(longer)
    return all(word in rest for word in shorter)  # a subsequence of the longer name


def person_identities(entities: Iterable[Entity]) -> dict[str, str]:
    """People of different documents named by variants of one name: key → the key of its fullest form.

    A name joins the fullest name extending it when every name extending it extends one another (a chain
    "Bush" < "George Bush" < "George W Bush"); "Bush" stays alone beside "George Bush" and "Laura Bush"."""
    names: dict[str, list[str]] = {}
    for entity in entities:
        if entity.type == "Person":
            names.setdefault(entity.key, [w.strip(".").lower() for w in entity.label.split()])
    joined: dict[str, str] = {}
    for key, words in names.items():
        fuller = [k for k, other in names.items() if k != key and _extends(other, words)]
        if not fuller:
            continue
        fuller.sort(key=lambda k: len(names[k]))
        if all(_extends(names[b], names[a]) for a, b in zip(fuller, fuller[1:])):
            joined[key] = fuller[-1]
    return joined


def _joined(extraction: Extraction, identities: dict[str, str]) -> Extraction:
    """An extraction with its people's keys replaced by the keys of their fullest names."""
    def key(k: str | None) -> str | None:
        return identities.get(k, k) if k else k

    entities = tuple(replace(e, key=identities[e.key]) if e.key in identities else e for e in extraction.entities)
    facts = tuple(replace(f, subject=key(f.subject), attributed_to=key(f.attributed_to),
                          object=f.object if f.object_is_literal else key(f.object))
                  for f in extraction.facts)
    return replace(extraction, entities=entities, facts=facts)


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """Build the RDF dataset of a set of extractions, following the output contract; a person named by
    variants of one name in several documents is one node (`person_identities`)."""
    extractions = list(extractions)
    identities = person_identities(e for x in extractions for e in x.entities)
    if identities:
        extractions = [_joined(x, identities) for x in extractions]
    ds, terms = new_dataset(), RdflibTerms()
    for entity in merge_entities(extractions).values():
        add_entity(ds, entity, terms)
    for extraction in extractions:
        _add_document(ds, extraction.document, terms)
        graph = ds.graph(document_iri(extraction.document.id))
        for fact in extraction.facts:
            _add_fact(graph, fact, terms)
    return ds


# ---------------------------------------------------------------- Dataset → records


def _label(graph: Graph, node: Node) -> str:
    """The display label of a node: its rdfs:label or skos:prefLabel, else its key, else the IRI."""
    if isinstance(node, Literal):
        return str(node)
    for prop in (RDFS.label, SKOS.prefLabel):
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return key_of(node) or str(node)


def _text(graph: Graph, node: Node, prop: URIRef) -> str | None:
    """The lexical form of a property's value on node, or None."""
    value = graph.value(node, prop)
    return None if value is None else str(value)


def _int(graph: Graph, node: Node, prop: URIRef) -> int:
    """An integer property of node (0 when absent or malformed)."""
    value = graph.value(node, prop)
    try:
        return int(str(value)) if value is not None else 0
    except ValueError:
        return 0


def _confidence(graph: Graph, stmt: Node) -> float:
    """The confidence of a statement (0.5, the Fact default, when absent or malformed)."""
    value = graph.value(stmt, KG.confidence)
    try:
        return float(str(value)) if value is not None else 0.5
    except ValueError:
        return 0.5


def _fact(graph: Graph, stmt: Node, context: Node) -> Fact | None:
    """The Fact a statement node reifies, or None if it is not a vocabulary fact."""
    s, p, o = (graph.value(stmt, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
    name = str(p).rsplit("#", 1)[-1] if p is not None else ""
    if s is None or o is None or not str(p).startswith(str(KG)) or not vocabulary.is_predicate(name):
        return None
    doc_node = graph.value(stmt, KG.document)
    doc_id = document_id_of(doc_node) or document_id_of(context) or (str(doc_node) if doc_node else "")
    attributed = graph.value(stmt, KG.attributedTo)
    modality = _text(graph, stmt, KG.modality)
    return Fact(
        subject=key_of(s) or str(s),
        predicate=name,
        object=str(o) if isinstance(o, Literal) else key_of(o) or str(o),
        object_is_literal=isinstance(o, Literal),
        evidence=Evidence(document=doc_id, sentence=_text(graph, stmt, KG.evidence) or "",
                          start=_int(graph, stmt, KG.startOffset), end=_int(graph, stmt, KG.endOffset)),
        date=_text(graph, stmt, KG.date),
        start_date=_text(graph, stmt, KG.startDate),
        end_date=_text(graph, stmt, KG.endDate),
        modality="planned" if modality == "planned" else "asserted",
        confidence=_confidence(graph, stmt),
        rule=_text(graph, stmt, KG.rule) or "",
        attributed_to=(key_of(attributed) or str(attributed)) if attributed is not None else None,
    )


def facts_from_dataset(ds: Dataset) -> list[FactRecord]:
    """Every reified vocabulary fact of a dataset, with labels, sorted by document, position and predicate."""
    records: dict[URIRef | Node, FactRecord] = {}
    for stmt, _, _, context in ds.quads((None, RDF.type, RDF.Statement, None)):
        graph = ds.graph(context) if context is not None else ds
        fact = _fact(graph, stmt, getattr(context, "identifier", context))
        if fact is None or stmt in records:
            continue
        s = graph.value(stmt, RDF.subject)
        o = graph.value(stmt, RDF.object)
        records[stmt] = FactRecord(fact=fact, subject_label=_label(ds, s), object_label=_label(ds, o))
    return sorted(records.values(), key=lambda r: (
        r.fact.evidence.document, r.fact.evidence.start, r.fact.predicate, r.fact.subject, r.fact.object))


def entities_from_dataset(ds: Dataset) -> list[Entity]:
    """Every typed entity of a dataset; aliases are the other surface forms (skos:altLabel), without the label."""
    entities: dict[str, Entity] = {}
    for etype in ENTITY_TYPES:
        for node in ds.subjects(RDF.type, KG[etype]):
            key = key_of(node) or str(node)
            if key in entities:
                continue
            code = ds.value(node, KG.countryCode)
            entities[key] = Entity(
                key=key, label=_label(ds, node), type=etype,  # type: ignore[arg-type]
                aliases=frozenset(str(a) for a in ds.objects(node, SKOS.altLabel)),
                country_code=str(code) if code is not None else None,
            )
    return sorted(entities.values(), key=lambda e: e.key)


def documents_from_dataset(ds: Dataset) -> list[Document]:
    """The documents described in a dataset's default graph (their text is not stored, so it is empty)."""
    documents = []
    for node in set(ds.subjects(RDF.type, KG.Document)):
        published = ds.value(node, DCTERMS.issued)
        try:
            day = dt.date.fromisoformat(str(published)) if published is not None else None
        except ValueError:
            day = None
        documents.append(Document(
            id=_text(ds, node, DCTERMS.identifier) or document_id_of(node) or str(node), text="",
            source=_text(ds, node, DCTERMS.source) or "", title=_text(ds, node, DCTERMS.title), published=day,
            url=_text(ds, node, DCTERMS.isFormatOf), publisher=_text(ds, node, DCTERMS.publisher),
        ))
    return sorted(documents, key=lambda d: d.id)


def is_default_graph(identifier: Node) -> bool:
    """Whether a graph identifier names the dataset's default graph."""
    return identifier == DATASET_DEFAULT_GRAPH_ID


def remote_contexts(document: object) -> list[str]:
    """The contexts a JSON-LD document would fetch: every `@context` given by IRI, and every `@import`.

    A JSON-LD parser dereferences them over the network or from the file system (`file:///etc/passwd`);
    a graph file read by kg must carry its contexts inline.

    >>> remote_contexts({"@context": ["https://schema.org/", {"kg": "https://w3id.org/kg/ontology#"}],
    ...                  "@graph": [{"@context": {"@import": "file:///etc/passwd"}}]})
    ['https://schema.org/', 'file:///etc/passwd']
    >>> remote_contexts({"@context": {"name": "http://xmlns.com/foaf/0.1/name"}, "name": "Ann"})
    []
    """
    found: list[str] = []

    def context(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list):
            for item in value:
                context(item)
        elif isinstance(value, dict):
            if isinstance(value.get("@import"), str):
                found.append(value["@import"])
            walk(value)  # scoped contexts of term definitions

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    context(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(document)
    return found


# ---------------------------------------------------------------- one document's graph at a time


def joined_extractions(extractions: Iterable[Extraction]) -> list[Extraction]:
    """The extractions with each person named by variants of one name under one key, as to_dataset joins them."""
    extractions = list(extractions)
    identities = person_identities(e for x in extractions for e in x.entities)
    return [_joined(x, identities) for x in extractions] if identities else extractions


def description_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """What to_dataset writes to the default graph for (joined) extractions: the merged entities and the
    documents' metadata, without any document's facts."""
    extractions = list(extractions)
    ds, terms = new_dataset(), RdflibTerms()
    for entity in merge_entities(extractions).values():
        add_entity(ds, entity, terms)
    for extraction in extractions:
        _add_document(ds, extraction.document, terms)
    return ds


def document_dataset(extraction: Extraction) -> Dataset:
    """A dataset of one (joined) extraction's named graph, its facts exactly as to_dataset writes them."""
    ds, terms = new_dataset(), RdflibTerms()
    graph = ds.graph(document_iri(extraction.document.id))
    for fact in extraction.facts:
        _add_fact(graph, fact, terms)
    return ds


def document_facts(document: Dataset, description: Dataset) -> list[FactRecord]:
    """facts_from_dataset of one document's dataset, its subjects' and objects' labels taken from the
    description: the records facts_from_dataset gives for that document in the whole dataset. The label
    triples are added to `document`."""
    nodes = {node for prop in (RDF.subject, RDF.object) for node in document.objects(None, prop)
             if not isinstance(node, Literal)}
    for node in nodes:
        for prop in (RDFS.label, SKOS.prefLabel):
            for label in description.objects(node, prop):
                document.add((node, prop, label))
    return facts_from_dataset(document)


# ---------------------------------------------------------------- the output files without rdflib (kg build --out)


class OxTerms:
    """Plain values (IRI strings, Lit) as pyoxigraph terms, for graph.trig (QuadWriter) and the store (Store.put).
    IRIs and typed literals are cached (entities, predicates, dates, offsets repeat); plain literals are not.

    `trig`: a decimal in the lexical form rdflib's TriG writer gives it (it always has a point: "1" is written
    1.0), so that a graph.trig written by Oxigraph parses to the quads of one written by rdflib; the store keeps
    the lexical form of the mapping, as rdflib holds it in memory."""

    def __init__(self, *, trig: bool = False) -> None:
        import pyoxigraph as ox

        self._ox = ox
        self._trig = trig
        self._cache: dict[Term, Any] = {}

    def __call__(self, value: Term) -> Any:
        """The pyoxigraph term of a plain value."""
        term = self._cache.get(value)
        if term is not None:
            return term
        if isinstance(value, str):
            term = self._ox.NamedNode(value)
        elif value.datatype is None:
            return self._ox.Literal(value.lexical)
        else:
            lexical = _trig_decimal(value.lexical) if self._trig and value.datatype == _XSD_DECIMAL else value.lexical
            term = self._ox.Literal(lexical, datatype=self(value.datatype))
        self._cache[value] = term
        return term


def _trig_decimal(lexical: str) -> str:
    """An xsd:decimal's lexical form as rdflib's TriG writer writes it: with a point ("1" → "1.0")."""
    if "e" in lexical or "E" in lexical:
        raise ValueError(f"decimal {lexical!r} has no decimal form")
    return lexical if "." in lexical else lexical + ".0"


class QuadWriter:
    """The quads to_dataset makes (the same mapping: entity_pairs, document_pairs, fact_triples), as pyoxigraph
    terms, for writing graph.trig with Oxigraph's serialiser (about ten times faster than rdflib's, and no
    rdflib graph is built). A literal has the lexical form the quad has in a graph.trig written by rdflib, so
    both files parse to the same quads; each graph's quads are written once."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self._ox = ox
        self._term = OxTerms(trig=True)
        self._default = ox.DefaultGraph()
        self._seen_default: set[tuple[Any, Any, Any]] = set()

    def description(self, entities: Iterable[_MergedEntity], documents: Iterable[Document]) -> Iterator[Any]:
        """The default graph's quads: what add_entity and _add_document write."""
        for entity in entities:
            yield from self._once(entity_iri_text(entity.key), entity_pairs(entity))
        for document in documents:
            yield from self._once(document_iri_text(document.id), document_pairs(document))

    def _once(self, subject: str, pairs: list[tuple[str, Term]]) -> Iterator[Any]:
        """The quads of subject's pairs in the default graph, each once (a graph is a set)."""
        term, seen, quad, graph = self._term, self._seen_default, self._ox.Quad, self._default
        s = term(subject)
        for p, o in pairs:
            triple = (s, term(p), term(o))
            if triple not in seen:
                seen.add(triple)
                yield quad(*triple, graph)

    def document(self, extraction: Extraction) -> list[Any]:
        """A document's named graph: what _add_fact writes for each of its facts, each quad once."""
        term, quad = self._term, self._ox.Quad
        graph = term(document_iri_text(extraction.document.id))
        seen: set[tuple[Any, Any, Any]] = set()
        quads: list[Any] = []
        for fact in extraction.facts:
            for s, p, o in fact_triples(fact):
                triple = (term(s), term(p), term(o))
                if triple not in seen:
                    seen.add(triple)
                    quads.append(quad(*triple, graph))
        return quads

    def write_trig(self, quads: Iterable[Any], handle: IO[bytes]) -> None:
        """Write quads (the default graph's first, then each document's in turn) to handle as TriG. Entity,
        document and statement IRIs are written whole, as rdflib writes them: Oxigraph would shorten them to
        names with escapes (kgid:country\\/GBR) that a search for the IRI does not find."""
        prefixes = {prefix: iri for prefix, iri in PREFIXES.items() if iri not in (ENTITY_BASE, DOCUMENT_BASE)}
        self._ox.serialize(quads, handle, self._ox.RdfFormat.TRIG, prefixes=prefixes)


def _read_back_date(value: str | None) -> str | None:
    """A date qualifier as facts_from_dataset reads it back: the lexical form fact_triples writes, None when absent."""
    return _date_value(value).lexical if value else None


def _read_back_confidence(value: float, cache: dict[float, float] = {}) -> float:  # noqa: B006 - a cache
    """A confidence as facts_from_dataset reads it back: the xsd:decimal fact_triples writes (4 places)."""
    read = cache.get(value)
    if read is None:
        read = cache[value] = float(_confidence_value(value).lexical)
    return read


def _read_back_key(key: str) -> str:
    """An entity key as read back from its IRI (key_of(entity_iri(key)), the IRI itself for an empty key)."""
    iri = entity_iri(key)
    return key_of(iri) or str(iri)


def read_back(fact: Fact, graph_id: str) -> Fact:
    """The fact facts_from_dataset reads from the statement _add_fact writes of it in the graph of document
    graph_id (the same object when nothing changes): confidence rounded, literal objects marked, modality
    'planned' or 'asserted', dates in their typed lexical form."""
    evidence = fact.evidence
    document = (document_id_of(document_iri(evidence.document)) or document_id_of(document_iri(graph_id))
                or str(document_iri(evidence.document)))
    if document != evidence.document or type(evidence.start) is not int or type(evidence.end) is not int:
        evidence = Evidence(document, str(evidence.sentence or ""), int(str(evidence.start)), int(str(evidence.end)))
    literal = fact.object_is_literal or fact.predicate in vocabulary.literal_object_predicates()
    read = replace(
        fact, subject=_read_back_key(fact.subject),
        object=fact.object if literal else _read_back_key(fact.object), object_is_literal=literal,
        evidence=evidence, date=_read_back_date(fact.date), start_date=_read_back_date(fact.start_date),
        end_date=_read_back_date(fact.end_date), modality="planned" if fact.modality == "planned" else "asserted",
        confidence=_read_back_confidence(fact.confidence), rule=fact.rule or "",
        attributed_to=_read_back_key(fact.attributed_to) if fact.attributed_to else None)
    return fact if read == fact else read


def _record_key(record: FactRecord) -> tuple:
    fact = record.fact
    return fact.evidence.document, fact.evidence.start, fact.predicate, fact.subject, fact.object


def fact_records(extraction: Extraction, labels: dict[str, str]) -> list[FactRecord]:
    """The records facts_from_dataset reads from a (joined) extraction's named graph, without building it:
    one per statement (the first fact of each), labels from `labels` (entity key → label, as the default graph
    gives them), sorted as facts_from_dataset sorts them. Two different facts made into one statement IRI
    (same document, subject, predicate, object and offsets) are read back from an rdflib graph as before."""
    firsts: dict[URIRef, Fact] = {}
    graph_id = extraction.document.id
    for fact in extraction.facts:
        if not vocabulary.is_predicate(fact.predicate):
            raise ValueError(f"predicate {fact.predicate!r} is not in the vocabulary")
        stmt = statement_iri(fact)
        first = firsts.setdefault(stmt, fact)
        if first is not fact and read_back(first, graph_id) != read_back(fact, graph_id):  # several values
            return _records_through_rdflib(extraction, labels)
    records = []
    for fact in firsts.values():
        read = read_back(fact, graph_id)
        subject_label = labels.get(fact.subject, read.subject)
        object_label = read.object if read.object_is_literal else labels.get(fact.object, read.object)
        records.append(FactRecord(read, subject_label, object_label))
    return sorted(records, key=_record_key)


def _records_through_rdflib(extraction: Extraction, labels: dict[str, str]) -> list[FactRecord]:
    """fact_records the slow way: the document's graph in rdflib, its nodes' labels added, facts read back."""
    document = document_dataset(extraction)
    for node in {node for prop in (RDF.subject, RDF.object) for node in document.objects(None, prop)}:
        key = key_of(node)
        if key is not None and key in labels:
            document.add((node, RDFS.label, Literal(labels[key])))
    return facts_from_dataset(document)


def view_entities(merged: Iterable[_MergedEntity]) -> list[Entity]:
    """entities_from_dataset of the default graph description_dataset writes for these merged entities."""
    entities: dict[str, Entity] = {}
    for entity in merged:
        if entity.type not in ENTITY_TYPES:
            continue
        key = _read_back_key(entity.key)
        entities.setdefault(key, Entity(key=key, label=entity.label, type=entity.type,  # type: ignore[arg-type]
                                        aliases=frozenset(entity.forms - {entity.label}),
                                        country_code=entity.country_code or None))
    return sorted(entities.values(), key=lambda e: e.key)


def view_documents(documents: Iterable[Document]) -> list[Document]:
    """documents_from_dataset of the default graph description_dataset writes for these documents."""
    read = []
    for document in documents:
        iri = document_iri(document.id)
        try:
            published = dt.date.fromisoformat(_issued_value(document.published).lexical) if document.published else None
        except ValueError:
            published = None
        read.append(Document(id=document.id or document_id_of(iri) or str(iri), text="", source=document.source or "",
                             title=document.title or None, published=published,
                             url=document.url or None, publisher=document.publisher or None))
    return sorted(read, key=lambda d: d.id)
