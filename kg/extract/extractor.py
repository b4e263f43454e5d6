"""Document → Extraction: parse with spaCy, find mentions, resolve entities, read facts.

The stages run in this order for each document: `mentions.find_mentions` (parsed doc → mentions),
`entities.resolve` (mentions → entities and references), `facts.rules.extract_facts` (→ entities and facts, by
the rule families in the order rules.py gives).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import resolve
from kg.extract.facts.rules import extract_facts
from kg.extract.mentions import RULER_NAME, add_entity_ruler, find_mentions
from kg.model import Document, Extraction
from kg.extract.components import use_memo_lemmatizer, use_table_attribute_ruler
from kg.extract.parse import add_lemma_repair, add_noun_repair, add_paragraph_breaks

BATCH_SIZE = 16  # documents parsed together by nlp.pipe...
BATCH_CHARS = 100_000  # ...unless they are long: memory grows with the characters of a batch, not its count


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Groups of documents small enough to parse together in bounded memory."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if batch and (len(batch) >= BATCH_SIZE or size + len(document.text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
    if batch:
        yield batch


def _parsed(documents: Iterable[Document], nlp: Language, n_process: int) -> Iterator[tuple[Doc, Document]]:
    if n_process > 1:
        yield from nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=4, n_process=n_process)
        return
    for batch in _batches(documents):
        yield from nlp.pipe(((d.text, d) for d in batch), as_tuples=True, batch_size=len(batch))


def pipeline_of(nlp: Language, *, equivalents: bool = True) -> Language:
    """The spaCy pipeline with kg's components added (once): paragraph breaks, noun and lemma repairs, entity ruler; and
    (unless `equivalents` is False) spaCy's attribute ruler and lemmatiser in the place of faster equivalents
    with the same outputs (`components.TableAttributeRuler`, `components.MemoLemmatizer`).

    The ruler's phrase patterns match token texts, so they are made with the tokenizer alone: spaCy's
    EntityRuler.add_patterns would run its ~1,900 patterns through every component before it (a second per
    process). With every component disabled the ruler goes last, where `after="ner"` puts it when NER is last.
    """
    nlp = add_noun_repair(add_lemma_repair(add_paragraph_breaks(nlp)))
    if equivalents:
        nlp = use_memo_lemmatizer(use_table_attribute_ruler(nlp))
    if RULER_NAME not in nlp.pipe_names and nlp.pipe_names[-1:] == ["ner"]:
        with nlp.select_pipes(enable=[]):
            add_entity_ruler(nlp)
    return add_entity_ruler(nlp)


def extract_all(documents: Iterable[Document], nlp: Language, *, n_process: int = 1) -> Iterator[Extraction]:
    """Extract every document, parsing them as a stream (documents are never all held at once)."""
    nlp = pipeline_of(nlp)
    for parsed, document in _parsed(documents, nlp, n_process):
        mentions = find_mentions(parsed)
        resolved = resolve(parsed, mentions, document.id)
        entities, facts = extract_facts(parsed, resolved, document)
        yield Extraction(document=document, entities=entities, facts=tuple(facts))


def extract(document: Document, nlp: Language) -> Extraction:
    """Extract one document."""
    return next(extract_all([document], nlp))
