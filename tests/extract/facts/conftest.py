"""Helpers of the fact-stage unit tests: a sentence parsed and resolved, ready for the rules (`resolved_doc`)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from kg.model import Document, ResolvedEntities

Resolved = tuple[Doc, ResolvedEntities, Document]


@pytest.fixture(scope="session")
def resolved_doc(nlp) -> Callable[[str], Resolved]:
    """resolved_doc(text) → (doc, resolved entities, document): what `extract_facts` and `Reading.of` take,
    made as kg.extract.extractor makes it (the session pipeline with kg's components added)."""
    from kg.extract.entities import resolve
    from kg.extract.mentions import add_entity_ruler, find_mentions
    from kg.extract.parse import add_lemma_repair, add_paragraph_breaks

    pipeline = add_entity_ruler(add_lemma_repair(add_paragraph_breaks(nlp)))

    def run(text: str) -> Resolved:
        document = Document("test", text)
        doc = pipeline(text)
        return doc, resolve(doc, find_mentions(doc), document.id), document

    return run
