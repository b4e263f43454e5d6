"""What every fact rule reads: one parsed document, its resolved entities, and the states known so far.

A `Reading` is made once per document (`Reading.of`). The state rules run on it first; `with_states` then makes
the new `Reading` the event rules see, knowing whom each person serves and who leads each organisation. The
inputs are never mutated: countries the text implies without naming them ("the Foreign Secretary" → United
Kingdom) are recorded in the reading (`ensure_country`) and handed back with `resolved_with_implied`.
"""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from kg import vocabulary
from kg.extract import dates, gazetteer, lexicons
from kg.extract.entities import slug
from kg.model import Document, Entity, Fact, ResolvedEntities

__all__ = ["Reading", "TokenIndex", "home_country", "party_home_country", "per_token"]

T = TypeVar("T")


class TokenIndex:
    """The document's tokens made once, indexed by what the rules filter on (lemma, form, POS, dependency).

    Iterating a spaCy `Doc` makes a new `Token` object per token; ~40 rules each walking every token made
    millions of them. A rule asks here for the tokens that can pass its first test, in document order (a
    superset is fine: the rule's own test still runs), and skips the rest without touching them."""

    __slots__ = ("tokens", "_doc", "_lemma", "_lower", "_pos", "_dep", "_heads", "_cache", "_sentence_starts",
                 "_sentences")

    def __init__(self, doc: Doc) -> None:
        self.tokens: list[Token] = list(doc)
        self._doc = doc
        self._sentence_starts: list[int] | None = None  # token index → the index its sentence starts at
        self._sentences: dict[int, Span] = {}  # a sentence's start → its span
        self._lemma: dict[str, list[int]] = {}  # lemma_.lower() → token indices
        self._lower: dict[str, list[int]] = {}  # lower_ → token indices
        self._pos: dict[str, list[int]] = {}
        self._dep: dict[str, list[int]] = {}
        self._heads: list[int] = []  # token index → its head's index
        self._cache: dict[object, list[Token]] = {}
        # read from the doc's arrays (ids grouped first, each distinct id made a string once), not token by token
        columns = doc.to_array([LEMMA, LOWER, POS, DEP, HEAD]).reshape(-1, 5)
        self._heads = (numpy.arange(len(columns)) + columns[:, 4].astype(numpy.int64)).tolist()
        strings = doc.vocab.strings
        for table, column in ((self._lemma, 0), (self._lower, 1), (self._pos, 2), (self._dep, 3)):
            values = columns[:, column]
            order = numpy.argsort(values, kind="stable")  # the token indices grouped by id, each group in order
            ordered = values[order]
            starts = [0, *(numpy.flatnonzero(ordered[1:] != ordered[:-1]) + 1).tolist()]
            order_list = order.tolist()
            if not order_list:
                continue
            for start, end, value in zip(starts, [*starts[1:], len(order_list)], ordered[starts].tolist()):
                key = parts_of_speech.NAMES[value] if column == 2 else strings[value]
                table.setdefault(key.lower() if column == 0 else key, []).extend(order_list[start:end])

    def _of(self, indices: Iterable[int]) -> list[Token]:
        tokens = self.tokens
        return [tokens[i] for i in sorted(set(indices))]

    def _matching(self, table: dict[str, list[int]], words: Collection[str]) -> list[int]:
        if len(words) < len(table):
            return [i for w in words for i in table.get(w, ())]
        return [i for key, found in table.items() if key in words for i in found]

    def with_pos(self, *pos: str) -> list[Token]:
        """The tokens whose coarse POS is one of these, in document order."""
        key = ("pos", pos)
        if key not in self._cache:
            self._cache[key] = self._of(i for p in pos for i in self._pos.get(p, ()))
        return self._cache[key]

    def with_dep(self, *deps: str) -> list[Token]:
        """The tokens attached by one of these dependency labels, in document order."""
        key = ("dep", deps)
        if key not in self._cache:
            self._cache[key] = self._of(i for d in deps for i in self._dep.get(d, ()))
        return self._cache[key]

    def heads_of(self, *deps: str) -> list[Token]:
        """The tokens with a child attached by one of these labels (not themselves), in document order."""
        key = ("heads", deps)
        if key not in self._cache:
            heads = self._heads
            self._cache[key] = self._of(heads[i] for d in deps for i in self._dep.get(d, ()) if heads[i] != i)
        return self._cache[key]

    def with_lemma(self, words: Collection[str], *pos: str, forms: bool = False, phrases: bool = False
                   ) -> list[Token]:
        """The tokens whose lower-case lemma (or, with `forms`, lower-case form) is one of `words`, of one of
        the POS given (any when none), in document order. With `phrases`, a lemma that begins a word group of
        `words` counts too ("take" for "take place")."""
        if phrases:
            words = set(words) | {w[:i] for w in words for i, c in enumerate(w) if c == " "}
        found = set(self._matching(self._lemma, words))
        if forms:
            found.update(self._matching(self._lower, words))
        if pos:
            found.intersection_update(i for p in pos for i in self._pos.get(p, ()))
        return self._of(found)

    def with_lower(self, words: Collection[str]) -> list[Token]:
        """The tokens whose lower-case form is one of `words`, in document order."""
        return self._of(self._matching(self._lower, words))

    def at(self, indices: Iterable[int]) -> list[Token]:
        """The tokens at these indices (each once), in document order."""
        return self._of(indices)

    def sentence(self, token: Token) -> Span:
        """`token.sent`, each sentence's span made once: spaCy's walks the sentence anew at every call. The same
        bounds as spaCy's: a sentence starts at the first token and at each token whose sentence start is 1."""
        starts = self._sentence_starts
        if starts is None:
            doc = self._doc
            if not doc.has_annotation("SENT_START") or "sents" in doc.user_hooks or "sent" in doc.user_span_hooks \
                    or "sent" in doc.user_token_hooks:
                return token.sent  # (spaCy's own error, or a hook's sentences)
            flags = doc.to_array(SENT_START).tolist()
            starts, start = [], 0
            for i, flag in enumerate(flags):
                if flag == 1:
                    start = i
                starts.append(start)
            self._sentence_starts = starts
        start = starts[token.i]
        span = self._sentences.get(start)
        if span is None:
            end = start + 1
            while end < len(starts) and starts[end] == start:
                end += 1
            span = self._sentences[start] = self._doc[start:end]
        return span


# Kinds of post (data/titles.tsv) whose holders speak for the government of the state they serve.
GOVERNMENT_KINDS = frozenset({"head_of_state", "head_of_government", "minister", "diplomat", "official", "military"})


@dataclass(frozen=True)
class Reading:
    """One document as the rules read it. `types` and `implied` grow only through `ensure_country`; a reading
    made by `with_states` shares them (and the date cache), so a country implied in either phase is kept."""

    doc: Doc
    resolved: ResolvedEntities
    document: Document
    types: dict[str, str]  # entity key → entity type, implied countries included
    place_country: Mapping[str, str]  # place key → ISO 3166-1 alpha-3 of its country
    symmetric: frozenset[str]  # predicates that hold in both directions
    home_country: str | None  # the state of the document's unqualified posts ("the Foreign Secretary")
    serves: Mapping[str, str] = field(default_factory=dict)  # person → the one country they serve
    leader_of: Mapping[str, str] = field(default_factory=dict)  # organisation → the one person leading it
    # people and bodies that speak for the state they serve: office holders of its government, its own bodies
    voices: frozenset[str] = frozenset()
    implied: dict[str, Entity] = field(default_factory=dict)  # countries (and parent bodies) implied, in order
    date_cache: dict[int, list[dates.DateMention]] = field(default_factory=dict, repr=False)
    index_cache: dict[str, TokenIndex] = field(default_factory=dict, repr=False, compare=False)
    memo: dict[tuple[str, int], object] = field(default_factory=dict, repr=False, compare=False)  # `per_token` ...
    # answers that read the states too (`arguments.refs`): each reading of `with_states` starts its own
    phase_memo: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)

    @property
    def index(self) -> TokenIndex:
        """The document's tokens, made once and indexed for the rules' first tests (shared by `with_states`)."""
        index = self.index_cache.get("")
        if index is None:
            index = self.index_cache[""] = TokenIndex(self.doc)
        return index

    @property
    def tokens(self) -> list[Token]:
        """Every token of the document, in order, made once (iterating `doc` makes new Token objects)."""
        return self.index.tokens

    def referring_tokens(self) -> list[Token]:
        """The tokens that refer to some entity (`resolved.keys_at` is not empty), in document order."""
        return self.index.at(i for i, keys in self.resolved.refs.items() if keys)

    @classmethod
    def of(cls, doc: Doc, resolved: ResolvedEntities, document: Document) -> Reading:
        """The reading of a document before any rule has run."""
        return cls(doc, resolved, document, types={k: e.type for k, e in resolved.entities.items()},
                   place_country={key: m.country for m, key in resolved.mentions if m.type == "Place" and m.country},
                   symmetric=frozenset(vocabulary.symmetric_predicates()),
                   home_country=home_country(doc) or party_home_country(resolved))

    def with_states(self, state_facts: Iterable[Fact]) -> Reading:
        """The reading that knows what the state facts establish: whom each person serves, who leads what.

        Only unambiguous states count: a person said to serve two countries serves none here."""
        state_facts = list(state_facts)
        leaders: dict[str, set[str]] = {}
        for fact in state_facts:
            if fact.predicate == "leads" and self.types.get(fact.object) == "Organization":
                leaders.setdefault(fact.object, set()).add(fact.subject)
        countries: dict[str, set[str]] = {}
        for fact in state_facts:
            if fact.predicate in {"affiliatedWith", "leads"} and self.types.get(fact.object) == "Country":
                countries.setdefault(fact.subject, set()).add(fact.object)
        return dataclasses.replace(
            self, phase_memo={}, leader_of={org: next(iter(people)) for org, people in leaders.items() if len(people) == 1},
            serves={person: next(iter(c)) for person, c in countries.items() if len(c) == 1},
            voices=frozenset(self._state_voices(state_facts)))

    def _state_voices(self, state_facts: list[Fact]) -> Iterator[str]:
        """Who speaks for the state they serve: the holder of a government office (data/titles.tsv kinds head of
        state or government, minister, diplomat, official, military) not in opposition ("shadow"), and a
        body that is part of a country; a party, a company, a legislator or a citizen speaks for himself."""
        out_of_office = lexicons.out_of_office_words()
        for fact in state_facts:
            if fact.predicate == "partOf" and self.types.get(fact.object) == "Country":
                yield fact.subject
            elif fact.predicate == "holdsPosition":
                words = fact.object.lower().split()
                entry = lexicons.title_ending(words)
                if entry is not None and entry[1].kind in GOVERNMENT_KINDS and not out_of_office & set(words):
                    yield fact.subject

    def ensure_country(self, iso3: str) -> str:
        """The key of a country, recorded as implied when the text does not name it (a national title)."""
        key = "country/" + iso3
        if key not in self.resolved.entities and key not in self.implied:
            country = gazetteer.countries()[iso3]
            aliases = country.names | country.codes | country.demonyms | country.capitals
            self.implied[key] = Entity(key, country.name, "Country", frozenset(aliases - {country.name}), iso3)
            self.types[key] = "Country"
        return key

    def names_state(self, iso3: str) -> bool:
        """Whether the text names this state itself ("Britain", "the UK", "British"): a post that only implies it
        ("shadow chancellor X" in a text that never names Britain) ties nothing to a state the text speaks of."""
        if "country/" + iso3 in self.resolved.entities:
            return True
        forms = gazetteer.surface_forms()  # ("British Defence Secretary": a word of the post itself may name it)
        return any(forms.get(t.text, ("", "")) in {(iso3, "name"), (iso3, "demonym")} for t in self.tokens
                   if t.text[:1].isupper())

    def ensure_organisation(self, key: str, label: str, aliases: Iterable[str] = ()) -> str:
        """The key of an organisation the text names only inside another name ("the UN" in "UN Economic
        Commission"), recorded as implied when no mention of its own resolved to it."""
        if key not in self.resolved.entities and key not in self.implied:
            self.implied[key] = Entity(key, label, "Organization", frozenset(set(aliases) - {label, ""}))
            self.types[key] = "Organization"
        return key

    def home_party(self, party: str, written: str) -> str | None:
        """The key of a party of data/political_parties.tsv that a label names ("Tory", "Democratic"), when it is a
        party of the document's own state (data/party_countries.tsv): the organisation the text resolved by that
        name, else one recorded as implied; None for another state's party."""
        if self.home_country is None or lexicons.party_countries().get(party) != self.home_country:
            return None
        known = next((k for k, e in self.resolved.entities.items() if e.type == "Organization" and e.label == party),
                     None)
        return known or self.ensure_organisation("organization/" + slug(party), party, [written])

    def resolved_with_implied(self) -> ResolvedEntities:
        """The document's resolved entities with the implied countries added after them."""
        if not self.implied:
            return self.resolved
        return dataclasses.replace(self.resolved, entities={**self.resolved.entities, **self.implied})


def per_token(function: Callable[[Reading, Token], T]) -> Callable[[Reading, Token], T]:
    """`function(reading, token)` computed once per document and token, for a check (or a date) that reads only
    the parse (never the states a reading learns): many rules ask it again of the same trigger."""
    name = function.__qualname__

    @functools.wraps(function)
    def memoised(reading: Reading, token: Token) -> T:
        key = (name, token.i)
        memo = reading.memo
        if key not in memo:
            memo[key] = function(reading, token)
        return memo[key]  # type: ignore[return-value]
    return memoised


def home_country(doc: Doc) -> str | None:
    """The country whose government the document's unqualified posts belong to: the one country named by the
    national titles it uses ("Foreign Secretary" → United Kingdom), if there is exactly one."""
    titles = lexicons.national_titles()
    strings = doc.vocab.strings
    lowers = [strings[orth] for orth in doc.to_array(LOWER).tolist()]  # (no Token made per position)
    found = set()
    firsts, sizes = _title_starts()  # a window whose first word starts no title is none: skip it
    for i in [i for i, word in enumerate(lowers) if word in firsts or " " in word]:
        for size in sizes:
            if i + size <= len(lowers):
                iso3 = titles.get(" ".join(lowers[i:i + size]))
                if iso3:
                    found.add(iso3)
    return found.pop() if len(found) == 1 else None


@functools.cache
def _title_starts() -> tuple[frozenset[str], tuple[int, ...]]:
    """The first words of the national titles, and their lengths in words."""
    titles = lexicons.national_titles()
    return frozenset(t.split(" ")[0] for t in titles), tuple(sorted({len(t.split()) for t in titles}))


def party_home_country(resolved: ResolvedEntities) -> str | None:
    """Without a national title, the one state whose national parties (data/party_countries.tsv) the document names,
    when it names that state too: a text on Labour and the Conservatives that names Britain is about British posts."""
    states = {lexicons.party_countries().get(e.label) for e in resolved.entities.values() if e.type == "Organization"}
    states.discard(None)
    state = states.pop() if len(states) == 1 else None
    return state if state is not None and "country/" + state in resolved.entities else None
