"""Shared fixtures.

Extraction tests: one spaCy pipeline for the whole session (`nlp`) and `facts_of(text, published=None)`,
which runs kg.extract.extract on a Document and returns an `Extracted` view: the set of
(subject label, predicate, object label-or-literal) triples, plus the Fact and Entity objects.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from kg.model import Document, Entity, Extraction, Fact

# Symmetric predicates of the vocabulary (/work/shared/eval/README.md): a triple holds in either direction.
SYMMETRIC = frozenset({"meetsWith", "agreesWith", "cooperatesWith", "establishesRelationsWith", "counterpartOf"})


@dataclass(frozen=True)
class Extracted:
    """One document's extraction seen as label triples, with the underlying objects at hand."""

    extraction: Extraction

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.extraction.entities

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.extraction.facts

    def label(self, key: str) -> str:
        for entity in self.entities:
            if entity.key == key:
                return entity.label
        return key

    def obj(self, fact: Fact) -> str:
        return fact.object if fact.object_is_literal else self.label(fact.object)

    @property
    def triples(self) -> set[tuple[str, str, str]]:
        """Every fact as (subject label, predicate, object label); symmetric facts in both directions."""
        found = set()
        for f in self.facts:
            s, o = self.label(f.subject), self.obj(f)
            found.add((s, f.predicate, o))
            if f.predicate in SYMMETRIC:
                found.add((o, f.predicate, s))
        return found

    def find(self, s: str, p: str, o: str) -> Fact | None:
        """The Fact behind a label triple (either direction for symmetric predicates), or None."""
        for f in self.facts:
            subj, ob = self.label(f.subject), self.obj(f)
            if f.predicate == p and ((subj, ob) == (s, o) or (p in SYMMETRIC and (ob, subj) == (s, o))):
                return f
        return None

    def predicates(self, p: str) -> set[tuple[str, str]]:
        return {(s, o) for s, pred, o in self.triples if pred == p}

    def entity(self, label: str) -> Entity | None:
        """The entity with this canonical label, else the one with this alias."""
        for e in self.entities:
            if e.label == label:
                return e
        for e in self.entities:
            if label in e.aliases:
                return e
        return None

    def labels(self) -> set[str]:
        return {e.label for e in self.entities}

    def __repr__(self) -> str:  # readable assertion messages
        lines = [f"{s} --{p}--> {o}" for s, p, o in sorted(self.triples)]
        ents = [f"{e.type}:{e.label}" for e in self.entities]
        return f"Extracted(entities={ents}, triples={lines})"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from kg.extract.parse import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def facts_of(nlp) -> Callable[..., Extracted]:
    """facts_of(text, published=None) → Extracted, memoised per (text, published)."""
    from kg.extract.extractor import extract

    cache: dict[tuple[str, dt.date | None], Extracted] = {}

    def run(text: str, published: dt.date | None = None) -> Extracted:
        if (text, published) not in cache:
            cache[(text, published)] = Extracted(extract(Document("test", text, published=published), nlp))
        return cache[(text, published)]

    return run
