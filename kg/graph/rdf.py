"""Extractions ⇄ RDF: entities and documents in the default graph, each document's facts in its own named graph.

The layout follows the output contract in shared/eval/README.md: direct `s kg:p o` triples for the scorer,
plus one rdf:Statement per fact and evidence carrying dates, modality, confidence, rule and provenance. It is
written down once, as plain values (entity_pairs, document_pairs, fact_triples, the last two through the rows of
DOCUMENT_PROPERTIES and STATEMENT_QUALIFIERS), rendered as rdflib terms (to_dataset) or pyoxigraph terms
(QuadWriter for graph.trig, kg.graph.store's put), and read back by its inverse (entity_of, document_of,
fact_of), from an rdflib graph or from the mapping's own values.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import IO, Any, NamedTuple
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg import vocabulary
from kg.model import ENTITY_TYPES, MODALITIES, Document, Entity, Evidence, Extraction, Fact, Skipped
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
    (re.compile(r"--\d{2}"), XSD.gMonth),
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
    return _entity_key(str(iri)) if isinstance(iri, URIRef) else None


def document_id_of(iri: Node) -> str | None:
    """The document id a document IRI was minted from, or None for any other term."""
    return _document_id(str(iri)) if isinstance(iri, URIRef) else None


def statement_iri(fact: Fact) -> URIRef:
    """A deterministic IRI for the statement of one fact read from one sentence of one document."""
    return URIRef(_statement_text(fact))


def date_literal(value: str) -> Literal:
    """An ISO date prefix typed by its shape: xsd:date, gYearMonth, gYear, gMonthDay or gMonth (plain string otherwise).

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
# so a new qualifier is added in one place (a row of STATEMENT_QUALIFIERS), both renderings hold the same quads,
# and the readers (fact_of, document_of, entity_of) read back what was written.


class Lit(NamedTuple):
    """A literal as plain values: its lexical form and its datatype IRI (None for a plain string)."""

    lexical: str
    datatype: str | None = None


Term = str | Lit  # an IRI, or a literal

_RDF_TYPE, _RDF_STATEMENT = str(RDF.type), str(RDF.Statement)
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_RDFS_LABEL, _SKOS_ALT_LABEL, _SKOS_PREF_LABEL = str(RDFS.label), str(SKOS.altLabel), str(SKOS.prefLabel)
_KG = str(KG)
_XSD_DATE, _XSD_DECIMAL, _XSD_INTEGER, _XSD_ANY_URI = str(XSD.date), str(XSD.decimal), str(XSD.integer), str(XSD.anyURI)
_DOCUMENT_TYPE = (_RDF_TYPE, str(KG.Document))
_DC_IDENTIFIER, _DC_TITLE, _DC_ISSUED = str(DCTERMS.identifier), str(DCTERMS.title), str(DCTERMS.issued)
_DC_SOURCE, _DC_IS_FORMAT_OF, _DC_PUBLISHER = str(DCTERMS.source), str(DCTERMS.isFormatOf), str(DCTERMS.publisher)


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


# A field of a document, and a qualifier of a fact, is one Property: the field, the predicate carrying it, how a
# value becomes the object written (document_pairs, fact_triples) and how the object read back becomes the
# value again (document_of, fact_of: the inverse, which reads rdflib graphs in documents_from_dataset and
# facts_from_dataset, and the mapping's own values in view_documents and read_back). A new field is one row.


class Property(NamedTuple):
    """One field of a kg value carried by one RDF property: the field, the predicate, and both directions."""

    field: str  # a field of Document or Fact; "evidence.<name>" for a field of a fact's Evidence
    iri: str  # the predicate
    write: Callable[[Any], Term | None]  # the field's value → the object written (None: no triple)
    read: Callable[[Term | None, str | None], Any]  # the object read (None if absent), the IRI of the document
    #                                                 or of the graph holding the statement → the value


def _lexical(value: Term | None, where: str | None = None) -> str | None:
    """The text of a term read back: a literal's lexical form, an IRI itself, None when absent."""
    return value.lexical if isinstance(value, Lit) else value


def _text_or_empty(value: Term | None, where: str | None = None) -> str:
    """The text of a term read back, "" when absent."""
    return _lexical(value) or ""


def _int_read(value: Term | None, where: str | None = None) -> int:
    """An integer read back (0 when absent or malformed)."""
    try:
        return int(_lexical(value) or "") if value is not None else 0
    except ValueError:
        return 0


def _confidence_read(value: Term | None, where: str | None = None) -> float:
    """A confidence read back (0.5, the Fact default, when absent or malformed)."""
    try:
        return float(_lexical(value) or "") if value is not None else 0.5
    except ValueError:
        return 0.5


def _day_read(value: Term | None, where: str | None = None) -> dt.date | None:
    """A publication day read back (None when absent or not a day)."""
    try:
        return dt.date.fromisoformat(_lexical(value) or "") if value is not None else None
    except ValueError:
        return None


def _entity_key(value: Term | None) -> str | None:
    """The key an entity IRI was minted from (key_of), None for any other term."""
    return unquote(value[len(ENTITY_BASE):]) if isinstance(value, str) and value.startswith(ENTITY_BASE) else None


def _document_id(value: Term | None) -> str | None:
    """The id a document IRI was minted from (document_id_of), None for any other term."""
    if not (isinstance(value, str) and value.startswith(DOCUMENT_BASE)):
        return None
    return unquote(value[len(DOCUMENT_BASE):].split("#", 1)[0])


def _key_read(value: Term | None, where: str | None = None) -> str:
    """The entity key of an entity IRI read back, else the term's text ("" when absent)."""
    return _entity_key(value) or _lexical(value) or ""


def _optional(write: Callable[[Any], Term]) -> Callable[[Any], Term | None]:
    """A writer that writes no triple for an empty value."""
    return lambda value: write(value) if value else None


def _integer_value(value: int) -> Lit:
    """An offset as an xsd:integer."""
    return Lit(str(value), _XSD_INTEGER)


def entity_of(objects: Callable[[str], list[Term]], iri: str, entity_type: str) -> Entity:
    """The Entity of class kg:<entity_type> described at an entity IRI, read back (the inverse of entity_pairs):
    `objects` gives the objects of one of the IRI's predicates. Its label is its rdfs:label (or skos:prefLabel,
    else its key), its aliases every skos:altLabel."""
    labels = objects(_RDFS_LABEL) or objects(_SKOS_PREF_LABEL)
    codes = objects(_KG + "countryCode")
    return Entity(key=_key_read(iri), label=(_lexical(labels[0]) or "") if labels else _key_read(iri),
                  type=entity_type,  # type: ignore[arg-type]
                  aliases=frozenset(_lexical(alias) or "" for alias in objects(_SKOS_ALT_LABEL)),
                  country_code=_lexical(codes[0]) if codes else None)


DOCUMENT_PROPERTIES: tuple[Property, ...] = (
    Property("id", _DC_IDENTIFIER, Lit,
             lambda value, iri: _lexical(value) or _document_id(iri) or iri or ""),  # else from the document's IRI
    Property("title", _DC_TITLE, _optional(Lit), _lexical),
    Property("published", _DC_ISSUED, _optional(_issued_value), _day_read),
    Property("source", _DC_SOURCE, _optional(Lit), _text_or_empty),
    Property("url", _DC_IS_FORMAT_OF, _optional(lambda url: Lit(url, _XSD_ANY_URI)), _lexical),  # the web page
    Property("publisher", _DC_PUBLISHER, _optional(Lit), _lexical),
)

STATEMENT_QUALIFIERS: tuple[Property, ...] = (
    Property("modality", _KG + "modality", Lit,
             lambda value, graph: _lexical(value) if _lexical(value) in MODALITIES else "asserted"),
    Property("confidence", _KG + "confidence", _confidence_value, _confidence_read),
    Property("evidence.sentence", _KG + "evidence", Lit, _text_or_empty),
    Property("evidence.document", _KG + "document", document_iri_text,  # else the id of the graph holding it
             lambda value, graph: _document_id(value) or _document_id(graph) or _lexical(value) or ""),
    Property("evidence.start", _KG + "startOffset", _integer_value, _int_read),
    Property("evidence.end", _KG + "endOffset", _integer_value, _int_read),
    Property("date", _KG + "date", _optional(_date_value), _lexical),
    Property("start_date", _KG + "startDate", _optional(_date_value), _lexical),
    Property("end_date", _KG + "endDate", _optional(_date_value), _lexical),
    Property("rule", _KG + "rule", _optional(Lit), _text_or_empty),
    Property("attributed_to", _KG + "attributedTo", _optional(entity_iri_text),
             lambda value, graph: None if value is None else _key_read(value)),
)
QUALIFIER: dict[str, Property] = {q.field: q for q in STATEMENT_QUALIFIERS}
_DOCUMENT_FIELDS = tuple(attrgetter(d.field) for d in DOCUMENT_PROPERTIES)
_FACT_FIELDS = tuple(attrgetter(q.field) for q in STATEMENT_QUALIFIERS)
_FACT_READS = tuple((q.iri, q.read, q.field.startswith("evidence."), q.field.removeprefix("evidence."))
                    for q in STATEMENT_QUALIFIERS)  # for fact_of: the reader, and the field of Fact or of Evidence


def document_pairs(document: Document) -> list[tuple[str, Term]]:
    """The (predicate, object) pairs of a document's IRI in the default graph: its type, then each of
    DOCUMENT_PROPERTIES that has a value (id, title, published day, source, web page, publisher)."""
    pairs: list[tuple[str, Term]] = [_DOCUMENT_TYPE]
    for prop, field_of in zip(DOCUMENT_PROPERTIES, _DOCUMENT_FIELDS):
        value = prop.write(field_of(document))
        if value is not None:
            pairs.append((prop.iri, value))
    return pairs


DUPLICATE_SOURCE = _KG + "duplicateSource"


def duplicate_triples(skipped: Iterable[Skipped]) -> list[tuple[str, str, Term]]:
    """The default graph's `<document> kg:duplicateSource "path"` of each input skipped as a copy of a built
    document, so the document's facts can be traced to every file that holds its text."""
    return [(document_iri_text(s.duplicate_of), DUPLICATE_SOURCE, Lit(s.source)) for s in skipped if s.duplicate_of]


def document_of(value: Callable[[str], Term | None], iri: str) -> Document:
    """The Document described at a document IRI, read back (the inverse of document_pairs; its text is not
    stored, so it is empty): `value` gives the object of one of the IRI's predicates (None when it has none)."""
    return Document(text="", **{prop.field: prop.read(value(prop.iri), iri) for prop in DOCUMENT_PROPERTIES})


def fact_triples(fact: Fact) -> list[tuple[str, str, Term]]:
    """A fact's triples in its document's graph: the direct `s kg:p o` triple first, then its rdf:Statement
    (rdf:subject, rdf:predicate, rdf:object) with each of STATEMENT_QUALIFIERS that has a value. ValueError for
    a predicate outside the vocabulary."""
    direct, pairs = _fact_parts(fact)
    stmt = _statement_text(fact)
    return [direct, *((stmt, prop, value) for prop, value in pairs)]


def _fact_parts(fact: Fact) -> tuple[tuple[str, str, Term], list[tuple[str, Term]]]:
    """fact_triples in two parts: the direct triple, and the (predicate, object) pairs of the statement."""
    if not vocabulary.is_predicate(fact.predicate):
        raise ValueError(f"predicate {fact.predicate!r} is not in the vocabulary")
    s, p = entity_iri_text(fact.subject), _KG + fact.predicate
    o: Term = (Lit(fact.object) if fact.object_is_literal or fact.predicate in vocabulary.literal_object_predicates()
               else entity_iri_text(fact.object))
    pairs: list[tuple[str, Term]] = [(_RDF_TYPE, _RDF_STATEMENT), (_RDF_SUBJECT, s), (_RDF_PREDICATE, p),
                                     (_RDF_OBJECT, o)]
    for qualifier, field_of in zip(STATEMENT_QUALIFIERS, _FACT_FIELDS):
        value = qualifier.write(field_of(fact))
        if value is not None:
            pairs.append((qualifier.iri, value))
    return (s, p, o), pairs


def fact_of(value: Callable[[str], Term | None], graph: str | None = None) -> Fact | None:
    """The Fact a statement holds, read back (the inverse of fact_triples): `value` gives the object of one of
    its predicates (None when it has none), `graph` is the IRI of the graph holding it. None when it has no
    subject or object, or its predicate is not one of the vocabulary's."""
    s, p, o = value(_RDF_SUBJECT), value(_RDF_PREDICATE), value(_RDF_OBJECT)
    text = _lexical(p) or ""
    name = text.rsplit("#", 1)[-1]
    if s is None or o is None or not text.startswith(_KG) or not vocabulary.is_predicate(name):
        return None
    fields: dict[str, Any] = {}
    evidence: dict[str, Any] = {}
    for iri, read, of_evidence, field_name in _FACT_READS:
        (evidence if of_evidence else fields)[field_name] = read(value(iri), graph)
    literal = isinstance(o, Lit)
    return Fact(subject=_key_read(s), predicate=name, object=o.lexical if literal else _key_read(o),
                object_is_literal=literal, evidence=Evidence(**evidence), **fields)


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

    def as_entity(self) -> Entity:
        """The merged entity as one Entity: its label, every other form as an alias."""
        return Entity(key=self.key, label=self.label, type=self.type,  # type: ignore[arg-type]
                      aliases=frozenset(self.forms - {self.label}), country_code=self.country_code)


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
    ("Lane" → "George Lane"), or the same first and last names with more between ("George Lane" →
    "George W Lane")."""
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
    "Lane" < "George Lane" < "George W Lane"); "Lane" stays alone beside "George Lane" and "Laura Lane"."""
    names: dict[str, list[str]] = {}
    for entity in entities:
        if entity.type == "Person":
            names.setdefault(entity.key, [w.strip(".").lower() for w in entity.label.split()])
    by_surname: dict[str, list[tuple[str, list[str]]]] = {}  # a fuller name ends as the name does: only these
    for key, words in names.items():
        if words:
            by_surname.setdefault(words[-1], []).append((key, words))
    joined: dict[str, str] = {}
    for key, words in names.items():
        others = by_surname.get(words[-1], ()) if words else names.items()  # (in the order of `names`)
        fuller = [k for k, other in others if k != key and _extends(other, words)]
        if not fuller:
            continue
        fuller.sort(key=lambda k: len(names[k]))
        if all(_extends(names[b], names[a]) for a, b in zip(fuller, fuller[1:])):
            joined[key] = fuller[-1]
    return joined


def join_people(extraction: Extraction, identities: dict[str, str]) -> Extraction:
    """An extraction with its people's keys replaced by the keys of their fullest names."""
    def key(k: str | None) -> str | None:
        return identities.get(k, k) if k else k

    entities = tuple(replace(e, key=identities[e.key]) if e.key in identities else e for e in extraction.entities)
    facts = tuple(replace(f, subject=key(f.subject), attributed_to=key(f.attributed_to),
                          object=f.object if f.object_is_literal else key(f.object))
                  for f in extraction.facts)
    return replace(extraction, entities=entities, facts=facts)


def joined_extractions(extractions: Iterable[Extraction]) -> list[Extraction]:
    """The extractions with each person named by variants of one name under one key (person_identities): what
    to_dataset, kg build --out (pipeline.FileBuild) and Store.put describe and state facts of."""
    extractions = list(extractions)
    identities = person_identities(e for x in extractions for e in x.entities)
    return [join_people(x, identities) for x in extractions] if identities else extractions


def to_dataset(extractions: Iterable[Extraction], skipped: Iterable[Skipped] = ()) -> Dataset:
    """Build the RDF dataset of a set of extractions, following the output contract; a person named by
    variants of one name in several documents is one node (`person_identities`); inputs skipped as copies of a
    document are recorded on it (duplicate_triples)."""
    extractions = joined_extractions(extractions)
    ds, terms = new_dataset(), RdflibTerms()
    for entity in merge_entities(extractions).values():
        add_entity(ds, entity, terms)
    for extraction in extractions:
        _add_document(ds, extraction.document, terms)
        graph = ds.graph(document_iri(extraction.document.id))
        for fact in extraction.facts:
            _add_fact(graph, fact, terms)
    for s, p, o in duplicate_triples(skipped):
        ds.add((terms(s), terms(p), terms(o)))
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


def _plain(node: Node | None) -> Term | None:
    """An rdflib term as the mapping's plain values (an IRI or blank node as its text, a literal as a Lit)."""
    if node is None or not isinstance(node, Literal):
        return None if node is None else str(node)
    return Lit(str(node), None if node.datatype is None else str(node.datatype))


_PREDICATE_TERMS = RdflibTerms()  # the mapping's predicates as rdflib terms, made once


def _fact(graph: Graph, stmt: Node, context: Node) -> Fact | None:
    """The Fact a statement node reifies (fact_of over the graph), or None if it is not a vocabulary fact."""
    return fact_of(lambda iri: _plain(graph.value(stmt, _PREDICATE_TERMS(iri))),
                   None if context is None else str(context))


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
    """Every typed entity of a dataset (entity_of over the graph); aliases are the other surface forms
    (skos:altLabel), without the label."""
    entities: dict[str, Entity] = {}
    for entity_type in ENTITY_TYPES:
        for node in ds.subjects(RDF.type, KG[entity_type]):
            key = key_of(node) or str(node)
            if key not in entities:
                def objects(iri: str, node: Node = node) -> list[Term]:
                    return [_plain(o) for o in ds.objects(node, _PREDICATE_TERMS(iri))]
                entities[key] = entity_of(objects, str(node), entity_type)
    return sorted(entities.values(), key=lambda e: e.key)


def documents_from_dataset(ds: Dataset) -> list[Document]:
    """The documents described in a dataset's default graph (document_of over the graph; their text is not
    stored, so it is empty)."""
    documents = [document_of(lambda iri, node=node: _plain(ds.value(node, _PREDICATE_TERMS(iri))), str(node))
                 for node in set(ds.subjects(RDF.type, KG.Document))]
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


def document_dataset(extraction: Extraction) -> Dataset:
    """A dataset of one (joined) extraction's named graph, its facts exactly as to_dataset writes them."""
    ds, terms = new_dataset(), RdflibTerms()
    graph = ds.graph(document_iri(extraction.document.id))
    for fact in extraction.facts:
        _add_fact(graph, fact, terms)
    return ds


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

    def description(self, entities: Iterable[_MergedEntity], documents: Iterable[Document],
                    skipped: Iterable[Skipped] = ()) -> Iterator[Any]:
        """The default graph's quads: what add_entity and _add_document write, and the duplicate_triples."""
        for entity in entities:
            yield from self._once(entity_iri_text(entity.key), entity_pairs(entity))
        for document in documents:
            yield from self._once(document_iri_text(document.id), document_pairs(document))
        for s, p, o in duplicate_triples(skipped):
            yield from self._once(s, [(p, o)])

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

    def document_trig(self, extraction: Extraction) -> bytes:
        """A document's named graph (`document`) as write_trig writes it after the graphs before it: its TriG
        block without the prefix lines Oxigraph begins a file with (b"" for a document without facts). A block
        can be made as soon as the extraction is in, and the blocks written one after the other
        (`write_blocks`) are the bytes write_trig writes of all their quads in one stream."""
        sink = io.BytesIO()
        self.write_trig(self.document(extraction), sink)
        return _without_prefixes(sink.getvalue())

    def write_blocks(self, description: Iterable[Any], blocks: Iterable[bytes], handle: IO[bytes]) -> None:
        """Write the default graph's quads (`description`), then each document's TriG block (`document_trig`) to
        handle: the file write_trig writes of the same quads in one stream."""
        sink = io.BytesIO()
        self.write_trig(description, sink)
        head = sink.getvalue()
        handle.write(head)
        for block in blocks:
            if block and not head:  # nothing written before it: the file begins with the prefix lines
                head = self._prefix_lines()
                handle.write(head)
            handle.write(block)

    def _prefix_lines(self) -> bytes:
        """The prefix lines write_trig begins a file with (before its first quad)."""
        sink = io.BytesIO()
        self.write_trig([self._ox.Quad(*(self._ox.NamedNode(str(KG)),) * 3, self._default)], sink)
        whole = sink.getvalue()
        return whole[:len(whole) - len(_without_prefixes(whole))]

    def write_trig(self, quads: Iterable[Any], handle: IO[bytes]) -> None:
        """Write quads (the default graph's first, then each document's in turn) to handle as TriG. Entity,
        document and statement IRIs are written whole, as rdflib writes them: Oxigraph would shorten them to
        names with escapes (kgid:country\\/GBR) that a search for the IRI does not find."""
        prefixes = {prefix: iri for prefix, iri in PREFIXES.items() if iri not in (ENTITY_BASE, DOCUMENT_BASE)}
        self._ox.serialize(quads, handle, self._ox.RdfFormat.TRIG, prefixes=prefixes)


def _without_prefixes(trig: bytes) -> bytes:
    """TriG without the prefix lines it begins with."""
    start = 0
    while trig.startswith(b"@prefix ", start):
        start = trig.index(b"\n", start) + 1
    return trig[start:]


def read_back(fact: Fact, graph_id: str) -> Fact:
    """The fact facts_from_dataset reads from the statement _add_fact writes of it in the graph of document
    graph_id (the same object when nothing changes): fact_of over fact_triples's values, with no graph built."""
    read = fact_of(dict(_fact_parts(fact)[1]).get, document_iri_text(graph_id))
    assert read is not None  # fact_triples wrote its subject, a vocabulary predicate and its object
    return fact if read == fact else read


def _record_key(record: FactRecord) -> tuple:
    fact = record.fact
    return fact.evidence.document, fact.evidence.start, fact.predicate, fact.subject, fact.object


def fact_records(extraction: Extraction, labels: dict[str, str]) -> list[FactRecord]:
    """The records facts_from_dataset reads from a (joined) extraction's named graph, without building it:
    one per statement (the first fact of each), labels from `labels` (entity key → label, as the default graph
    gives them), sorted as facts_from_dataset sorts them. Two different facts made into one statement IRI
    (same document, subject, predicate, object and offsets) are read back from an rdflib graph as before."""
    read = read_facts(extraction)
    return _records_through_rdflib(extraction, labels) if read is None else labelled_records(read, labels)


def read_facts(extraction: Extraction) -> list[tuple[Fact, Fact]] | None:
    """The part of fact_records that needs no labels, so that it can be done as the extraction arrives: (the
    first fact of each statement, the fact facts_from_dataset reads back of it), in the extraction's order; None
    when two different facts are made into one statement IRI (fact_records then reads them through rdflib)."""
    firsts: dict[URIRef, Fact] = {}
    graph_id = extraction.document.id
    for fact in extraction.facts:
        if not vocabulary.is_predicate(fact.predicate):
            raise ValueError(f"predicate {fact.predicate!r} is not in the vocabulary")
        stmt = statement_iri(fact)
        first = firsts.setdefault(stmt, fact)
        if first is not fact and read_back(first, graph_id) != read_back(fact, graph_id):  # several values
            return None
    return [(fact, read_back(fact, graph_id)) for fact in firsts.values()]


def labelled_records(read: Iterable[tuple[Fact, Fact]], labels: dict[str, str]) -> list[FactRecord]:
    """fact_records of the pairs read_facts gives: the labels of their entities added, sorted."""
    records = []
    for fact, back in read:
        subject_label = labels.get(fact.subject, back.subject)
        object_label = back.object if back.object_is_literal else labels.get(fact.object, back.object)
        records.append(FactRecord(back, subject_label, object_label))
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
    """entities_from_dataset of the default graph to_dataset writes for these merged entities (entity_of over
    entity_pairs' own values, no graph built)."""
    entities: dict[str, Entity] = {}
    for entity in merged:
        if entity.type not in ENTITY_TYPES:
            continue
        pairs = entity_pairs(entity)
        iri = entity_iri_text(entity.key)
        entities.setdefault(_key_read(iri), entity_of(lambda p, pairs=pairs: [o for q, o in pairs if q == p],
                                                       iri, entity.type))
    return sorted(entities.values(), key=lambda e: e.key)


def view_documents(documents: Iterable[Document]) -> list[Document]:
    """documents_from_dataset of the default graph to_dataset writes for these documents (document_of over
    document_pairs' own values, no graph built)."""
    read = [document_of(dict(document_pairs(document)).get, document_iri_text(document.id)) for document in documents]
    return sorted(read, key=lambda d: d.id)
