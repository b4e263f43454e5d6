"""Document → Extraction: parse with spaCy, find mentions, resolve entities, read facts.

TEMPORARY: the real extractor is being written; this version only returns named entities so that
the stages downstream can be built against the interface.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language

from kg.model import Document, Entity, Extraction

_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group", "EVENT": "Event", "LAW": "Agreement"}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def extract_all(documents: Iterable[Document], nlp: Language) -> Iterator[Extraction]:
    """Extract every document, parsing them in a stream with nlp.pipe."""
    docs = list(documents)
    for document, parsed in zip(docs, nlp.pipe(d.text for d in docs)):
        entities = {}
        for ent in parsed.ents:
            if ent.label_ in _TYPES:
                etype = _TYPES[ent.label_]
                key = f"{etype.lower()}/{_slug(ent.text)}"
                entities[key] = Entity(key=key, label=ent.text, type=etype, aliases=frozenset({ent.text}))
        yield Extraction(document=document, entities=tuple(entities.values()), facts=())


def extract(document: Document, nlp: Language) -> Extraction:
    """Extract one document."""
    return next(extract_all([document], nlp))
