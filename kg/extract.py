"""Document → Extraction: parse with spaCy, find mentions, resolve entities, read facts.

The stages run in this order for each document: `mentions.find_mentions` (parsed doc → mentions),
`entities.resolve` (mentions → entities and references), `facts.extract_facts` (→ facts).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from kg.entities import resolve
from kg.facts import extract_facts
from kg.mentions import add_entity_ruler, find_mentions
from kg.model import Document, Extraction
from kg.nlp import add_paragraph_breaks

BATCH_SIZE = 16


def extract_all(documents: Iterable[Document], nlp: Language, *, n_process: int = 1) -> Iterator[Extraction]:
    """Extract every document, parsing them as a stream with nlp.pipe (documents are never all held at once)."""
    nlp = add_entity_ruler(add_paragraph_breaks(nlp))
    pairs = nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process)
    for parsed, document in pairs:
        mentions = find_mentions(parsed)
        resolved = resolve(parsed, mentions, document.id)
        facts = extract_facts(parsed, resolved, document)
        yield Extraction(document=document, entities=tuple(resolved.entities.values()), facts=tuple(facts))


def extract(document: Document, nlp: Language) -> Extraction:
    """Extract one document."""
    return next(extract_all([document], nlp))
