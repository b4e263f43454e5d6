"""The values that cross stages: documents, mentions, resolved entities, facts with their evidence, one
document's extraction, and the summary of a build.

Every stage takes and returns these frozen dataclasses, so no stage needs another's internals.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from spacy.tokens import Token

EntityType = Literal["Country", "Person", "Organization", "Agreement", "Event", "Place", "Group"]
#: The seven entity types, in this order: the one definition every stage derives its own sets from.
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)

Modality = Literal["asserted", "planned", "claimed"]
#: What the text says of an act: it happened, it is announced or expected, or others are said to claim it
#: ("allegedly", "is said to have"), which the writer does not vouch for; firmest first.
MODALITIES: tuple[str, ...] = get_args(Modality)


@dataclass(frozen=True)
class Document:
    """One input text, cleaned of markup and web boilerplate, with the date it was published (if known)."""

    id: str  # unique within a build; derived from the file name without extension, e.g. "000_1bbcc23c29872350"
    text: str
    source: str = ""  # the path it was read from, or "" for a text given directly
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None  # where the article was published (from metadata), http(s) only
    publisher: str | None = None  # who published it ("source" in a metadata table)


@dataclass(frozen=True)
class Entity:
    """A real-world thing: one node of the graph.

    `key` is stable across documents and runs ("country/MAR", "person/benny-gantz"): the same key is the same IRI.
    """

    key: str
    label: str
    type: EntityType
    aliases: frozenset[str] = frozenset()
    country_code: str | None = None  # ISO 3166-1 alpha-3, countries only


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the document's text."""

    document: str  # Document.id
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One subject–predicate–object fact of the vocabulary, with its qualifiers.

    `object` is an entity key, except for predicates with a literal object (holdsPosition), where it is the text.
    Dates are ISO prefixes: "2021-11-24", "2021-11", "2021", "--03-25" for a day without a year, or "--03" for a month without one.
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    object_is_literal: bool = False
    date: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5
    rule: str = ""
    attributed_to: str | None = None  # entity key of who said it, for reported speech


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: the entities it mentions and the facts it states."""

    document: Document
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Skipped:
    """An input that was not built, with the one-line reason a user reads in the summary."""

    source: str
    reason: str
    duplicate_of: str = ""  # the id of the document built from the same text, when that is the reason


@dataclass(frozen=True)
class Mention:
    """A span of the parsed doc that refers to an entity, before mentions are joined into entities."""

    start: int  # token index in the Doc
    end: int  # exclusive
    text: str  # the surface form, without leading determiners or honorifics
    type: EntityType
    kind: str  # "name" (proper name), "description" (common-noun phrase), "country" (gazetteer)
    iso3: str | None = None  # the country this mention IS (Country type)
    country: str | None = None  # the country this mention belongs to ("Israeli army" → ISR)
    role: str = ""  # "state", "body", "representative", "thing" or "place" (see entity_nouns.tsv)
    head: int = -1  # token index of the syntactic head
    canonical: str | None = None  # the name a data file gives it ("NATO" → "North Atlantic Treaty Organization")

    @property
    def is_proper(self) -> bool:
        """A proper name or a country's gazetteer form, not a description."""
        return self.kind in {"name", "country"}


@dataclass(frozen=True)
class ResolvedEntities:
    """The entities of one document and, for each token that refers to one or more of them, their keys."""

    entities: dict[str, Entity]
    refs: dict[int, tuple[str, ...]]  # token index → entity keys (names, pronouns, anaphora)
    mentions: tuple[tuple[Mention, str], ...]  # every mention with the key it resolved to

    def keys_at(self, token: Token) -> tuple[str, ...]:
        """The keys of the entities a token refers to (none for most tokens)."""
        return self.refs.get(token.i, ())


@dataclass(frozen=True)
class Summary:
    """What a graph holds, for the build report: documents, skipped inputs, entities, facts by predicate."""

    documents: int
    entities: int
    facts: int
    facts_by_predicate: dict[str, int]
    skipped: tuple[Skipped, ...] = field(default=())
