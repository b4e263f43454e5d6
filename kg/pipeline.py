"""build(): files, folders or texts → Documents → Extractions → KnowledgeGraph."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import importlib
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.extract.models import model_name  # not kg.extract.parse: a no-op rebuild never imports spaCy
from kg.model import Document, Entity, Extraction, Skipped, Summary
from kg.read.documents import TEXT_SUFFIXES, disambiguated_id, document_from_text, read_documents

if TYPE_CHECKING:
    from kg.graph.rdf import FactRecord
    from kg.graph.store import Store, StoreReport
    from kg.knowledge_graph import KnowledgeGraph  # imported by build(): a store rebuild never needs networkx

Input = str | os.PathLike | Document


def _is_path(item: str) -> bool:
    """Whether a plain string names a file or folder (else it is the text of a document).

    A one-line string ending in a suffix kg reads ("seeds/article.txt") is meant as a path even when nothing is
    there, so a mistyped name is an error rather than a document whose text is the name.
    """
    if "\n" in item or len(item) > 4096:
        return False
    named = item.strip()
    if Path(named).suffix.lower() in TEXT_SUFFIXES and ("/" in named or os.sep in named or not named.split()[1:]):
        return True
    try:
        return Path(item).exists()
    except (OSError, ValueError):
        return False


def _split(inputs: Iterable[Input] | str, published: dt.date | None) -> tuple[list[Path], list[Document]]:
    """Inputs sorted into paths to read and documents already in hand (texts become "text-N" documents)."""
    items: Iterable[Input] = [inputs] if isinstance(inputs, (str, os.PathLike, Document)) else inputs
    paths, documents, texts = [], [], 0
    for item in items:
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, os.PathLike) or _is_path(item):
            paths.append(Path(item))
        else:
            texts += 1
            documents.append(document_from_text(item, id=f"text-{texts}", published=published))
    return paths, documents


def _unique_id(wanted: str, used: set[str]) -> str:
    """wanted if no document has it yet, else wanted-2, wanted-3, … (the id names the document's graph)."""
    candidate, n = wanted, 1
    while candidate in used:
        n += 1
        candidate = f"{wanted}-{n}"
    used.add(candidate)
    return candidate


def _content_hash(text: str) -> str:
    """A hash of a document's text, whitespace-normalised, to spot the same article saved twice."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _distinct(inputs: Iterable[Input] | str, published: dt.date | None, any_language: bool,
              skipped: list[Skipped], follow_links: bool = False,
              metadata: str | os.PathLike | None = None) -> Iterator[Document]:
    """The distinct documents to build, one at a time (read lazily, never all held at once).

    Inputs skipped (unreadable, unsupported, duplicate) are appended to `skipped` with their reasons as they are met.
    """
    paths, given = _split(inputs, published)
    read = read_documents(paths, published=published, any_language=any_language,
                          follow_links=follow_links, metadata=metadata) if paths else iter(())
    seen: dict[str, str] = {}
    used: set[str] = set()
    for doc in itertools.chain(read, given):
        if isinstance(doc, Skipped):
            skipped.append(doc)
            continue
        digest = _content_hash(doc.text)
        if digest in seen:
            skipped.append(Skipped(doc.source or doc.id, f"duplicate of {seen[digest]}", duplicate_of=seen[digest]))
            continue
        doc = dataclasses.replace(doc, id=_unique_id(doc.id, used), published=doc.published or published)
        seen[digest] = doc.id
        yield doc


def collect(inputs: Iterable[Input] | str, *, published: dt.date | None = None, any_language: bool = False,
            follow_links: bool = False, metadata: str | os.PathLike | None = None
            ) -> tuple[list[Document], list[Skipped]]:
    """The distinct documents to build, and the inputs skipped (unreadable, unsupported, duplicate) with reasons."""
    skipped: list[Skipped] = []
    documents = list(_distinct(inputs, published, any_language, skipped, follow_links, metadata))
    return documents, skipped


def _extract(documents: Iterator[Document], model: str | None,
             progress: Callable[[int], None] | None, *, jobs: int = 1,
             scheduler: str | None = None, idle: Callable[[], None] | None = None) -> Iterator[Extraction]:
    """Extract every document with the pipeline, reporting each one done to progress.

    Documents stream through: each extraction is yielded with its document's text dropped (the graph keeps
    sentences as evidence, not whole texts), so a huge input is never held in memory whole. `idle`: work to
    do in this process while `jobs` worker processes start (kg.extract.parallel.extract_documents).
    """
    first = next(documents, None)
    if first is None:
        return
    from kg.extract.parallel import extract_documents  # spaCy and the extractor load only when there is something to do

    # in this process, or with `jobs` processes, or on a Dask scheduler: always in input order, same results
    for extraction in extract_documents(itertools.chain([first], documents), model, jobs=jobs, scheduler=scheduler,
                                        idle=idle):
        if progress is not None:
            progress(1)
        yield dataclasses.replace(extraction, document=dataclasses.replace(extraction.document, text=""))


def confident(extraction: Extraction, min_confidence: float | None) -> Extraction:
    """The extraction without the facts whose confidence is below min_confidence (all of them when None)."""
    if not min_confidence:
        return extraction
    return dataclasses.replace(extraction, facts=tuple(f for f in extraction.facts if f.confidence >= min_confidence))


def build(inputs: Iterable[Input] | str, *, model: str | None = None, published: dt.date | None = None,
          progress: Callable[[int], None] | None = None, any_language: bool = False, jobs: int = 1,
          scheduler: str | None = None, follow_links: bool = False,
          min_confidence: float | None = None, metadata: str | os.PathLike | None = None) -> KnowledgeGraph:
    """Build a knowledge graph from files, folders (recursively) and texts.

    `published` dates documents that carry no date; `progress` is called with 1 after each document
    (tqdm's update fits); `any_language` keeps documents that are not in English. Files are read, extracted
    and dropped one at a time; the graph's extractions keep no document text. A missing path raises
    InputError, an unknown model ModelNotInstalledError. `jobs` extracts with that many processes,
    `scheduler` (tcp://HOST:PORT) on a Dask cluster: the graph is the same either way. Symlinks inside a
    folder are followed only within the folders given, unless `follow_links`. `min_confidence` (0 to 1, else
    KgError) leaves out the facts less confident than it: the graph holds none of them. `metadata` is a table
    of titles and dates (kg.read.metadata) kept apart from the articles; a sidecar metadata.csv or
    metadata.jsonl beside the articles is read without it.
    """
    from kg.knowledge_graph import KnowledgeGraph

    extractions, skipped = _built(inputs, model=model, published=published, progress=progress,
                                  any_language=any_language, jobs=jobs, scheduler=scheduler,
                                  follow_links=follow_links, min_confidence=min_confidence, metadata=metadata)
    return KnowledgeGraph.from_extractions(extractions, skipped=skipped)


def _built(inputs: Iterable[Input] | str, *, model: str | None, published: dt.date | None,
           progress: Callable[[int], None] | None, any_language: bool, jobs: int, scheduler: str | None,
           follow_links: bool, min_confidence: float | None, metadata: str | os.PathLike | None
           ) -> tuple[tuple[Extraction, ...], list[Skipped]]:
    """The extractions of a build (without document texts) and the inputs skipped, as build() describes."""
    skipped: list[Skipped] = []
    extractions = tuple(_confident_extractions(inputs, model, published, progress, any_language, jobs, scheduler,
                                               follow_links, min_confidence, metadata, skipped))
    return extractions, skipped


def _confident_extractions(inputs: Iterable[Input] | str, model: str | None, published: dt.date | None,
                           progress: Callable[[int], None] | None, any_language: bool, jobs: int,
                           scheduler: str | None, follow_links: bool, min_confidence: float | None,
                           metadata: str | os.PathLike | None, skipped: list[Skipped], *,
                           idle: Callable[[], None] | None = None) -> Iterator[Extraction]:
    """The extractions of a build (without document texts), one at a time; the inputs skipped go to `skipped`;
    `idle` as _extract."""
    if min_confidence is not None:
        from kg.views.filters import check_confidence

        min_confidence = check_confidence(min_confidence)
    documents = _distinct(inputs, published, any_language, skipped, follow_links, metadata)
    for extraction in _extract(documents, model, progress, jobs=jobs, scheduler=scheduler, idle=idle):
        yield confident(extraction, min_confidence)


class _Spool:
    """The extractions of a build in order. With `on_disk` each document's entities and facts (nearly all of an
    extraction's memory: facts carry their evidence sentences) wait in a temporary file, pickled a document at a
    time, and are read back a document at a time when the outputs are written; only the documents and the people
    (whose names are joined across documents, `person_identities`) stay in memory. So a build's memory does not
    grow with its facts and entities while spaCy parses."""

    def __init__(self, extractions: Iterable[Extraction] = (), *, on_disk: bool = False) -> None:
        self.documents: list[Document] = []
        self.people: list[Entity] = []  # every document's Person entities, in order
        self._held: list[Extraction] = []  # in memory (not on_disk)
        self._offsets: list[tuple[int, int, int, int]] = []  # on disk: where each document's entities, facts, facts
        # read back (graph.rdf.read_facts) and TriG block (QuadWriter.document_trig) start
        self._keys: list[frozenset[str]] = []  # on disk: the people (or unknown keys) each document's facts name
        self._writer = None  # on disk: the QuadWriter that makes each document's TriG block as it arrives
        # (the facts read back and the TriG blocks are made as extractions arrive, while worker processes parse,
        # rather than after the last one; they are those of the joined extraction unless a person is joined)
        self._file: IO[bytes] | None = (
            tempfile.TemporaryFile(prefix="kg-extractions-") if on_disk else None)  # noqa: SIM115 - close() closes it
        for extraction in extractions:
            self.append(extraction)

    def append(self, extraction: Extraction) -> None:
        """Add the next extraction (its entities and facts to the file when on disk)."""
        if self._file is None:
            self._held.append(extraction)
        else:
            from kg.graph.rdf import QuadWriter, read_facts

            if self._writer is None:
                self._writer = QuadWriter()
            entities = self._file.tell()
            pickle.dump(extraction.entities, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            facts = self._file.tell()
            pickle.dump(extraction.facts, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            read = self._file.tell()
            pickle.dump(read_facts(extraction), self._file, protocol=pickle.HIGHEST_PROTOCOL)
            trig = self._file.tell()
            self._file.write(self._writer.document_trig(extraction))
            self._offsets.append((entities, facts, read, trig))
            types = {entity.key: entity.type for entity in extraction.entities}
            self._keys.append(frozenset(key for fact in extraction.facts for key in (
                fact.subject, fact.attributed_to, None if fact.object_is_literal else fact.object)
                if key and types.get(key, "Person") == "Person"))  # only people are joined (person_identities)
        self.documents.append(extraction.document)
        self.people.extend(e for e in extraction.entities if e.type == "Person")

    def __len__(self) -> int:
        return len(self.documents)

    def entities(self, index: int) -> tuple[Entity, ...]:
        """The entities of the index-th extraction."""
        return self._held[index].entities if self._file is None else self._load(self._offsets[index][0])

    def extraction(self, index: int) -> Extraction:
        """The index-th extraction, whole."""
        if self._file is None:
            return self._held[index]
        return Extraction(self.documents[index], self._load(self._offsets[index][0]),
                          self._load(self._offsets[index][1]))

    def read_facts(self, index: int, identities: dict[str, str]) -> list | None:
        """The index-th document's facts read back (`graph.rdf.read_facts`) made when it arrived, if they are
        those of the document joined with `identities` (as `trig`); else None, as when the spool is in memory
        or when they must be read through rdflib."""
        if not self._kept(index, identities):
            return None
        return self._load(self._offsets[index][2])

    def trig(self, index: int, identities: dict[str, str]) -> bytes | None:
        """The index-th document's TriG block made when it arrived (`QuadWriter.document_trig`), if it is that of
        the document joined with `identities` (none of its facts names a person joined to another key); else
        None, as when the spool is in memory."""
        if not self._kept(index, identities):
            return None
        start = self._offsets[index][3]
        end = self._offsets[index + 1][0] if index + 1 < len(self._offsets) else self._file.seek(0, os.SEEK_END)
        self._file.seek(start)
        return self._file.read(end - start)

    def _kept(self, index: int, identities: dict[str, str]) -> bool:
        """Whether what the index-th document made as it arrived holds after the join: the spool is on disk and
        none of its facts names a person joined to another key."""
        return self._file is not None and self._keys[index].isdisjoint(identities)

    def _load(self, offset: int) -> tuple:
        assert self._file is not None
        self._file.seek(offset)
        return pickle.load(self._file)  # kg's own temporary file, written above

    def close(self) -> None:
        """Drop everything held (the temporary file is removed)."""
        if self._file is not None:
            self._file.close()
        self.documents, self.people, self._held, self._offsets, self._keys = [], [], [], [], []


class FileBuild:
    """A build bound for its three output files (kg build --out): the same files KnowledgeGraph.save writes
    from build(), made without an rdflib graph. graph.trig is written by Oxigraph's serialiser a document at a
    time (kg.graph.rdf.QuadWriter: the same quads); the facts of facts.csv and the view are those
    KnowledgeGraph.facts reads back from that graph, made from the extractions (kg.graph.rdf.fact_records).

    Held: the documents (no texts), the merged entities and the records of the facts; each extraction is read from
    its _Spool when needed (from a temporary file when build_files made it).
    """

    def __init__(self, extractions: Iterable[Extraction] | _Spool, skipped: Iterable[Skipped] = ()) -> None:
        from kg.graph.rdf import (
            merge_entities,
            new_dataset,
            person_identities,
            view_documents,
            view_entities,
        )
        from kg.knowledge_graph import KnowledgeGraph

        self._spool = extractions if isinstance(extractions, _Spool) else _Spool(extractions)
        self._identities = person_identities(self._spool.people)
        self._documents = list(self._spool.documents)
        self._merged = merge_entities(self._joined(Extraction(document, self._spool.entities(i)))
                                      for i, document in enumerate(self._documents))
        labels = {key: entity.label for key, entity in self._merged.items()}
        records = [r for i in range(len(self._spool)) for r in self._records(i, labels)]
        records.sort(key=lambda r: (r.fact.evidence.document, r.fact.evidence.start, r.fact.predicate,
                                    r.fact.subject, r.fact.object))
        # the view: an empty graph whose facts, entities and documents (KnowledgeGraph's cached reads) are set
        self._skipped = tuple(skipped)
        self._view = KnowledgeGraph(new_dataset(), skipped=self._skipped)
        self._view.__dict__.update(facts=records, entities=view_entities(self._merged.values()),
                                   documents=view_documents(self._documents))

    def _joined(self, extraction: Extraction) -> Extraction:
        """The extraction with each person named by variants of one name under one key (as to_dataset joins)."""
        from kg.graph.rdf import join_people

        return join_people(extraction, self._identities) if self._identities else extraction

    def _records(self, index: int, labels: dict[str, str]) -> list[FactRecord]:
        """The records of the index-th document's facts (graph.rdf.fact_records): from the facts read back as it
        arrived when the spool kept them, else from its joined extraction."""
        from kg.graph.rdf import fact_records, labelled_records

        read = self._spool.read_facts(index, self._identities)
        return fact_records(self._extraction(index), labels) if read is None else labelled_records(read, labels)

    def _extraction(self, index: int) -> Extraction:
        """The index-th extraction, joined, with its facts."""
        return self._joined(self._spool.extraction(index))

    @property
    def extractions(self) -> list[Extraction]:
        """The (joined) extractions of this build, until save() drops them."""
        return [self._extraction(i) for i in range(len(self._spool))]

    @property
    def facts(self) -> list[FactRecord]:
        """KnowledgeGraph.facts of the graph this build writes."""
        return self._view.facts

    def summary(self) -> Summary:
        """KnowledgeGraph.summary of the graph this build writes."""
        return self._view.summary()

    def _write_graph(self, handle: IO[bytes]) -> None:
        """graph.trig: the default graph (entities, documents), then each document's named graph: the TriG block
        the spool made as the extraction arrived, else (a person of it joined, or the spool in memory) one made of
        the extraction read back and joined, then dropped."""
        from kg.graph.rdf import QuadWriter

        writer = QuadWriter()

        def blocks() -> Iterator[bytes]:
            self._merged = {}
            for index in range(len(self._spool)):
                block = self._spool.trig(index, self._identities)
                yield writer.document_trig(self._extraction(index)) if block is None else block
            self._spool.close()

        writer.write_blocks(writer.description(self._merged.values(), self._documents, self._skipped), blocks(),
                            handle)

    def save(self, out_dir: str | os.PathLike, *, bom: bool = False) -> dict[str, Path]:
        """Write graph.trig, graph.html and facts.csv into out_dir, together or not at all; return their paths.
        Once only: the extractions are dropped as their graphs are written. `bom`: as KnowledgeGraph.save."""
        from kg.graph.files import write_all_atomic
        from kg.knowledge_graph import CSV_FILE, GRAPH_FILE, HTML_FILE
        from kg.views.html import write_html
        from kg.views.tables import write_facts_csv

        out = Path(out_dir)
        paths = {"graph": out / GRAPH_FILE, "html": out / HTML_FILE, "csv": out / CSV_FILE}
        # each written as a stream: neither the table nor the page (nor its JSON) is ever held whole
        write_all_atomic({paths["graph"]: self._write_graph,
                          paths["csv"]: lambda handle: write_facts_csv(
                              handle, self._view.facts, self._view.documents,
                              labels={e.key: e.label for e in self._view.entities}, bom=bom),
                          paths["html"]: lambda handle: write_html(self._view.to_networkx(), handle,
                                                                   title=self._view._title())})
        return paths


def _import_writers() -> None:
    """Import what FileBuild and its save() use (rdflib, networkx, pyvis, jinja2 and kg's writers: ~0.4 s) and
    parse the ontology, so that a build with worker processes does it while the fork server loads the pipeline
    (a core is free then), not while the workers parse or after the last extraction."""
    for module in ("kg.graph.files", "kg.graph.rdf", "kg.knowledge_graph", "kg.views.html", "kg.views.tables"):
        importlib.import_module(module)
    from kg import vocabulary

    vocabulary.predicates()  # the ontology, parsed once per process: the first fact written needs it


def build_files(inputs: Iterable[Input] | str, *, model: str | None = None, published: dt.date | None = None,
                progress: Callable[[int], None] | None = None, any_language: bool = False, jobs: int = 1,
                scheduler: str | None = None, follow_links: bool = False,
                min_confidence: float | None = None, metadata: str | os.PathLike | None = None) -> FileBuild:
    """build() for the output files alone (kg build --out): the same files, in bounded memory (FileBuild)."""
    skipped: list[Skipped] = []
    spool = _Spool(on_disk=True)  # entities and facts wait on disk while the rest is parsed
    for extraction in _confident_extractions(inputs, model, published, progress, any_language, jobs, scheduler,
                                             follow_links, min_confidence, metadata, skipped, idle=_import_writers):
        spool.append(extraction)
    return FileBuild(spool, skipped)


def _same_file(one: str, other: str) -> bool:
    """Whether two recorded sources name the same file (as typed from different folders, or both texts)."""
    return one == other or bool(one and other) and os.path.abspath(one) == os.path.abspath(other)


def _own_id_in(store: Store, document: Document, stored_ids: dict[str, str]) -> Document:
    """The document with an id no other file holds in the store: a file already stored keeps the id it has there
    (`stored_ids`: absolute path → id), whatever id this reading gave it; a stored document of the same id read
    from another file ('A/report.txt' then 'B/report.txt') keeps its id, and this one takes a hashed one."""
    if document.source and (known := stored_ids.get(os.path.abspath(document.source))) is not None:
        return document if known == document.id else dataclasses.replace(document, id=known)
    stored = store.source_of(document.id)
    if stored is None or _same_file(stored, document.source):
        return document
    return dataclasses.replace(document, id=disambiguated_id(document.id, os.path.abspath(document.source)))


def build_store(inputs: Iterable[Input] | str, store: Store | str | os.PathLike, *, model: str | None = None,
                published: dt.date | None = None, progress: Callable[[int], None] | None = None,
                any_language: bool = False, jobs: int = 1, scheduler: str | None = None,
                follow_links: bool = False, metadata: str | os.PathLike | None = None
                ) -> tuple[StoreReport, list[Skipped]]:
    """Build into a persistent store (kg.graph.store), extracting only the documents new to it or changed since.

    A document stored with the same content hash is left as it is; one whose text (or metadata, model,
    kg version) changed has its graph replaced. Returns the counts and the skipped inputs. `progress` is
    called with 1 for each document, extracted or found unchanged.
    """
    from kg.version import __version__
    from kg.graph.store import Store, StoreReport, document_hash

    skipped: list[Skipped] = []
    report = StoreReport()
    owned = not isinstance(store, Store)
    target = Store(store) if owned else store
    digests: dict[str, str] = {}
    store_ids: dict[str, str] = {}  # a document's id in this build -> its id in the store

    def todo() -> Iterator[Document]:
        stored_ids = {os.path.abspath(source): doc_id for doc_id, source in target.sources().items() if source}
        for document in _distinct(inputs, published, any_language, skipped, follow_links, metadata):
            read_id = document.id
            document = _own_id_in(target, document, stored_ids)
            store_ids[read_id] = document.id
            digest = document_hash(document, model=model_name(model), version=__version__)
            if target.hash_of(document.id) == digest:
                report.unchanged += 1
                if progress is not None:
                    progress(1)
                continue
            digests[document.id] = digest
            yield document

    try:
        for extraction in _extract(todo(), model, progress, jobs=jobs, scheduler=scheduler):
            status = target.put(extraction, digests.pop(extraction.document.id))
            setattr(report, status, getattr(report, status) + 1)
        target.add_duplicates(dataclasses.replace(s, duplicate_of=store_ids[s.duplicate_of])
                              for s in skipped if s.duplicate_of)
    finally:
        if owned:
            target.close()
    return report, skipped
