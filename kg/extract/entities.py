"""Mentions → entities: join the mentions of one real-world thing into one entity, and resolve what refers to it.

Within a document: country mentions join by ISO code; short names ("Ruiz", "Mr Doe") join the full name;
acronyms defined in the text ("National Defence Force (NDF)") and appositions ("Tarnak, the Chilean army") join
their name; pronouns, group anaphora ("the two countries") and definite descriptions ("the kingdom",
"the deal") resolve by rules on the parse to the entity they most plausibly mean.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token

from kg.extract import gazetteer, lexicons
from kg.extract.grammar import (
    CLOSING_QUOTES,
    COUNTRY_WORD_LABELS,
    DEFINITE_DETERMINERS,
    DOUBLE_QUOTE_MARKS,
    FEMININE_PRONOUNS,
    FIRST_PERSON_PRONOUNS,
    GENDERED_PRONOUNS,
    NEUTER_PRONOUNS,
    NOMINAL_POS,
    OPENING_QUOTES,
    PARTY_NOUN,
    PERSONAL_RELATIVE_PRONOUNS,
    PLURAL_NOUN_TAGS,
    PLURAL_PRONOUNS,
    POSITION_PREPOSITIONS,
    QUANTIFYING_ADJECTIVES,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    SUBSET_MODIFIERS,
    WITHIN_PREPOSITIONS,
    YEAR,
)
from kg.extract.mentions import member_group_owners, plan_owner
from kg.extract.names import first_name_gender, known_first_name  # noqa: F401  (known_first_name: for the rules)
from kg.model import ENTITY_TYPES, Entity, Mention, ResolvedEntities

# Types whose entities are one node across documents, keyed by their name; an agreement or event described
# without a name ("the deal") is keyed within its document.
GLOBAL_TYPES = frozenset(ENTITY_TYPES) - {"Agreement", "Event"}


def slug(text: str) -> str:
    """A readable, IRI-safe key part: lowercase ASCII letters, digits and hyphens (accents folded)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


@dataclass
class _Cluster:
    key: str
    type: str
    names: list[str] = field(default_factory=list)
    proper: list[str] = field(default_factory=list)
    iso3: str | None = None
    canonical: str | None = None
    references: list[str] = field(default_factory=list)  # "the Kingdom", "the Jewish state": aliases, never labels

    def add(self, mention: Mention) -> None:
        if mention.canonical:
            self.canonical = mention.canonical
        if mention.text not in self.names:
            self.names.append(mention.text)
        if mention.is_proper and mention.text not in self.proper:
            self.proper.append(mention.text)


def _acronym_definitions(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """'Royal Armed Forces (FAR)', 'Oil & Natural Gas Corporation (ONGC)': acronym → the mention it abbreviates."""
    found = {}
    for mention in mentions:
        end = mention.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            candidate = doc[end + 1].text
            if candidate.isupper() and 2 <= len(candidate) <= 8 and candidate.isalpha():
                found[candidate] = mention
    return found


def _person_key(name: str) -> str:
    return "person/" + slug(name)


def _other_full_name(tokens: list[str], names: list[str]) -> bool:
    """Whether a person's cluster holds a full name with another first name than `tokens`, neither name the end of
    the other: "Ann Okafor" is not the "Ben Okafor" whose surname alone the text also wrote ("John Q Doe" and
    "John Doe" are one man)."""
    if len(tokens) < 2:
        return False
    for name in names:
        parts = name.split()
        if len(parts) >= 2 and parts[0] != tokens[0] and parts[-len(tokens):] != tokens \
                and tokens[-len(parts):] != parts:
            return True
    return False


class _Resolver:
    """Walks the mentions in text order and assigns each to a cluster."""

    def __init__(self, doc: Doc, doc_id: str):
        self.doc = doc
        self.doc_id = doc_id
        self.clusters: dict[str, _Cluster] = {}
        self.assigned: list[tuple[Mention, str]] = []
        self.aliases: dict[str, str] = {}  # surface form (lowercase) → key

    def cluster(self, key: str, etype: str) -> _Cluster:
        if key not in self.clusters:
            self.clusters[key] = _Cluster(key, etype)
        return self.clusters[key]

    def key_for(self, mention: Mention) -> str:
        text = mention.text
        if mention.type == "Country" and mention.iso3:
            return "country/" + mention.iso3
        if mention.canonical:
            return "organization/" + slug(mention.canonical)
        known = self.aliases.get(text.lower())
        if known and (mention.type != "Event" or self.same_election(mention, known)):
            return known
        if mention.type == "Event" and _venue_variant(text) in self.aliases \
                and self.same_election(mention, self.aliases[_venue_variant(text)]):
            return self.aliases[_venue_variant(text)]  # "the Hong Kong summit" after "a summit in Hong Kong"
        if mention.role == "retinue":
            # "Ross's chief aide": the aide of this article, not one node for every aide of Ross in the graph
            return f"{mention.type.lower()}/{self.doc_id}/{slug(text)}"
        if mention.type == "Person":
            tokens = text.split()
            for key, cl in reversed(list(self.clusters.items())):
                if cl.type != "Person" or _other_full_name(tokens, cl.proper):
                    continue
                for name in cl.proper:
                    parts = name.split()
                    if len(tokens) < len(parts) and tokens == parts[-len(tokens):]:
                        return key
                    if len(tokens) > len(parts) and parts == tokens[-len(parts):]:
                        return key
            return self._first_name_owner(tokens) or _person_key(text)
        if mention.type == "Organization" and mention.kind == "name":
            # "Defense Ministry" after "Israeli Defense Ministry": the same body without its country word.
            forms = gazetteer.surface_forms()
            tokens = text.split()
            for key, cl in reversed(list(self.clusters.items())):
                if cl.type != "Organization":
                    continue
                for name in cl.proper:
                    parts = name.split()
                    extra = parts[:len(parts) - len(tokens)]
                    if len(parts) > len(tokens) and parts[-len(tokens):] == tokens and all(w in forms for w in extra):
                        return key
        if mention.role == "members":
            # "WTO members", "the WTO's 148 current members": one group per body (and per subset: "new members")
            head = self.doc[mention.head]
            owners = " ".join(t.text for t in member_group_owners(head))
            subset = [c.lemma_.lower() for c in head.children if c.lemma_.lower() in SUBSET_MODIFIERS]
            return f"group/{self.doc_id}/members-of-{slug(owners)}" + "".join(f"-{w}" for w in subset)
        if mention.kind == "description" and mention.role == "thing":
            earlier = self._antecedent_thing(mention)
            if earlier:
                return earlier
            key = base = f"{mention.type.lower()}/{self.doc_id}/{slug(text)}"
            number = 2
            while mention.type == "Event" and key in self.clusters and not self.same_election(mention, key):
                key, number = f"{base}-{number}", number + 1  # "the [European] election" after "the election"
            return key
        if mention.type == "Group" and mention.kind == "description" and not mention.country:
            # "demonstrators", "the rebels": each article's are its own, not one node for every protest
            return f"group/{self.doc_id}/{slug(text)}"
        base = mention.type.lower()
        return f"{base}/{slug(text)}"

    def _first_name_owner(self, tokens: list[str]) -> str | None:
        """'Peter has been a loyal colleague', 'Sir Alan told the panel': a lone word that is the first name of one
        person named in full before (and the surname of none) is that person; with two such people, no one."""
        if len(tokens) != 1:
            return None
        owners = {key for key, cl in self.clusters.items() if cl.type == "Person"
                  and any(len(n.split()) >= 2 and n.split()[0] == tokens[0] for n in cl.proper)}
        return owners.pop() if len(owners) == 1 else None

    def _antecedent_thing(self, mention: Mention, window: int = 150) -> str | None:
        """'the protocol', 'the joint maneuvers': a definite description of an agreement or event already named."""
        doc = self.doc
        if mention.start == 0 or doc[mention.start - 1].lower_ not in DEFINITE_DETERMINERS:
            return None
        if any(t.pos_ == "PROPN" for t in doc[mention.start:mention.end]):
            return None
        if any(c.dep_ == "poss" and c.pos_ in NOMINAL_POS for c in doc[mention.head].children):
            return None  # "the nation's commemoration" is its own, not the commemoration named before
        head = doc[mention.head].lemma_.lower()
        kinds = lexicons.event_kinds()
        for earlier, key in reversed(self.assigned):
            if mention.start - earlier.start > window:
                break
            if earlier.type != mention.type:
                continue
            place = re.match(r".+? (?:in|at) (.+)$", mention.text)
            if place and place[1].lower() not in earlier.text.lower():
                continue  # "the conference in Quito" is not the Lima conference
            if mention.type == "Event" and any(w not in earlier.text.lower() for w in _place_words(doc, mention)):
                continue  # "the Swiss summit" is not the World Social Forum named before
            if mention.type == "Event" and not self.same_election(mention, key):
                continue  # "the 1997 election" is not the next general election named before
            earlier_head = doc[earlier.head].lemma_.lower()
            if head in lexicons.policy_nouns() and not earlier.text.lower().endswith(mention.text.lower()):
                continue  # "the peace plan" is not the debt relief plan named before
            if earlier_head == head:
                return key
            # a named one of the same kind ("the African Lion exercises" ... "the joint maneuvers"), or of no
            # known kind ("African Lion"); never one of another kind ("the Iraq war" ... "the regular meeting")
            if earlier.is_proper and kinds.get(earlier_head, kinds.get(head)) == kinds.get(head):
                return key
        return None

    def same_election(self, mention: Mention, key: str) -> bool:
        """Whether an election mention may be the election of cluster `key`: none of the words that tell elections
        apart (`_election_marks`) differ from those of the cluster's mentions, a year it names is named there, and
        "next" or "last" is not said of an election the cluster names by its year only."""
        marks = _election_marks(self.doc, mention)
        if not marks:
            return True
        earlier = [_election_marks(self.doc, m) for m, k in self.assigned if k == key and m.type == "Event"]
        if "year" in marks and not any(e.get("year") == marks["year"] for e in earlier):
            return False  # "the election" ... "the historic 1997 election": a year names an election of its own
        if "time" in marks and any("year" in e for e in earlier) and not any(e.get("time") == marks["time"]
                                                                           for e in earlier):
            return False  # "the 1997 election" ... "the next election": another one of the series
        return not any(e.get(mark) not in {None, value} for e in earlier for mark, value in marks.items())

    def earlier_plan(self, mention: Mention, window: int = 150) -> str | None:
        """'the legislation', 'these measures' → the plan last named with the same noun, else the plan named last
        if it was named as one (an Agreement of data/policy_nouns.txt): none when the last plan-like noun before
        is no entity ("Peru's plan")."""
        doc = self.doc
        lemma = doc[mention.head].lemma_.lower()
        for earlier, key in reversed(self.assigned):
            if mention.start - earlier.start > window:
                break
            if earlier.type == "Agreement" and earlier.kind == "description" \
                    and doc[earlier.head].lemma_.lower() == lemma:
                return key  # "the measures" after "the anti-terror measures broke human rights laws"
        plans = lexicons.plan_nouns()
        last = next((i for i in range(mention.start - 1, max(mention.start - window, 0) - 1, -1)
                     if doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in plans), None)
        if last is None:
            return None
        for earlier, key in reversed(self.assigned):
            if earlier.start <= last < earlier.end:
                return key if earlier.type == "Agreement" and earlier.kind == "description" else None
        return None

    def earlier_body(self, mention: Mention) -> str | None:
        """'the central bank' → the last organisation named with the same last words ('Libyan central bank')."""
        words = mention.text.lower().split()
        for earlier, key in reversed(self.assigned):
            if earlier.type == "Organization" and earlier.text.lower().split()[-len(words):] == words:
                return key
        return None

    def assign(self, mention: Mention, key: str | None = None) -> str:
        key = key or self.key_for(mention)
        cl = self.cluster(key, mention.type)
        cl.add(mention)
        if mention.iso3:
            cl.iso3 = mention.iso3
        self.aliases.setdefault(mention.text.lower(), key)
        if mention.type == "Event":
            self.aliases.setdefault(_venue_variant(mention.text), key)
        self.assigned.append((mention, key))
        return key


def _written_phrase(doc: Doc, mention: Mention) -> str | None:
    """The whole phrase an agreement or event description is written as, an alias a reader recognises it by: its
    modifiers before the noun and a short "with"/"between" phrase after it ("joint fishing agreement", "agreement
    with Peru", "talks between Chile and Peru"), without determiners; None when it is the mention itself."""
    if mention.kind != "description" or mention.type not in {"Agreement", "Event"} or not 0 <= mention.head < len(doc):
        return None
    head = doc[mention.head]
    start = min([mention.start] + [t.i for c in head.lefts if c.dep_ in WRITTEN_MODIFIER_DEPS for t in c.subtree])
    end = max(mention.end, head.i + 1)
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"with", "between"} and prep.i == end:
            tokens = list(prep.subtree)
            if len(tokens) <= 6 and not any(t.is_punct for t in tokens):
                end = tokens[-1].i + 1
            break
    words = [t for t in doc[start:end] if not (t.i < head.i and t.dep_ == "det")]
    phrase = "".join(t.text_with_ws for t in words).strip()
    return phrase if phrase and phrase != mention.text and " " in phrase else None


def _election_marks(doc: Doc, mention: Mention) -> dict[str, str]:
    """What tells an election mention apart from other elections: its year ("the 2001 election"), and the marks of
    data/election_marks.tsv its words or its head's modifiers carry ("the next general election": time:future,
    kind:general); empty for an event of another kind or one with none of them ("the election")."""
    if not 0 <= mention.head < len(doc) or lexicons.event_kinds().get(doc[mention.head].lemma_.lower()) != "election":
        return {}
    head = doc[mention.head]
    tokens = {t.i: t for t in doc[mention.start:mention.end]}
    tokens.update((t.i, t) for c in head.lefts if c.dep_ in {"amod", "compound", "nummod", "nmod"} for t in c.subtree)
    words = lexicons.election_marks()
    marks: dict[str, str] = {}
    for token in sorted(tokens.values(), key=lambda t: t.i):
        if YEAR.fullmatch(token.text):
            marks["year"] = token.text
        elif token.lower_ in words:
            mark, _, value = words[token.lower_].partition(":")
            marks.setdefault(mark, value)
    return marks


def _place_words(doc: Doc, mention: Mention) -> list[str]:
    """The words naming a place or a nationality before an event description's head ("Swiss" in "the Swiss
    summit"), lowercase: a description so placed refers back only to an event named with them."""
    return [t.lower_ for t in doc[mention.start:mention.head] if t.ent_type_ in {"NORP", "GPE", "LOC"}]


def _venue_variant(text: str) -> str:
    """'summit in Hong Kong' → 'hong kong summit' (and the other way): one event, its place before or after."""
    found = re.match(r"(.+?) (?:in|at) (.+)$", text)
    if found:
        return f"{found[2]} {found[1]}".lower()
    return text.lower()


def _known_apart(mention: Mention, partner: Mention) -> bool:
    """Two names that data files give different canonical names ("Labour" and "the Lib Dems", misparsed as an
    apposition in "Unlike the Greens, the Lib Dems back ...") are two organisations, not one named twice."""
    return bool(mention.canonical and partner.canonical and mention.canonical != partner.canonical)


def _appositive_partner(doc: Doc, mention: Mention, by_head: dict[int, Mention]) -> Mention | None:
    head = doc[mention.head]
    for child in head.children:
        if child.dep_ == "appos" and child.i in by_head:
            return by_head[child.i]
    return None


def _displaced_apposition(doc: Doc, mention: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """'a member of Germany's central bank, the Bundesbank, said': a named organisation set off by commas right
    after an organisation described before it renames that one, though the parse hangs it on an earlier noun."""
    start = mention.start - 1 if mention.start > 0 and doc[mention.start - 1].lower_ == "the" else mention.start
    head = doc[mention.head]
    if mention.type != "Organization" or mention.kind != "name" or head.dep_ != "appos" or start < 2 \
            or doc[start - 1].text != "," or (mention.end < len(doc) and doc[mention.end].text not in {",", ".", ")"}):
        return None
    before = by_end.get(start - 1)
    if before is None or before.type != "Organization" or before.kind != "description" or head.head.i == before.head:
        return None
    return before


_ALIAS_FILLERS = frozenset({",", "(", "-", "–", "—", '"', "'", "“", "”", "‘", "’", "the", "simply"})


def _defined_aliases(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(name, alias): 'Salim Haddad, also known as Abu Rami', 'X (better known as Y)', 'X, nicknamed "Y"': a
    name the text itself gives as another name of the one before it is that entity's alias, whatever type NER
    gave it. Countries keep their own entity (a country is never renamed by a phrase)."""
    cues = lexicons.alias_cues()
    ordered = sorted((m for m in mentions if m.kind != "country"), key=lambda m: m.start)
    pairs = []
    for first, second in zip(ordered, ordered[1:]):
        if first.kind != "name" or second.kind != "name" or second.start - first.end > 8:
            continue
        words = [t.lower_ for t in doc[first.end:second.start] if t.lower_ not in _ALIAS_FILLERS]
        if words and " ".join(words) in cues and doc[first.end].text in {",", "(", "-", "–", "—"}:
            pairs.append((first, second))
    return pairs


_DASHES = frozenset({"-", "–", "—"})
_CLOSERS = {"-": _DASHES, "–": _DASHES, "—": _DASHES, "(": {")"}, ",": {",", ".", ";"}}


def _set_off_descriptions(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(name, description): 'the Baltic Trade Fund (BTF) - a Swedish development agency - lent ...', 'Corvan
    Holdings (a British engineering firm)': an organisation described between dashes, brackets or commas right
    after its name, its acronym in brackets or not, is that organisation (the parse rarely makes the dashed one an
    apposition)."""
    names = {m.end: m for m in mentions if m.kind == "name" and m.type == "Organization"}
    pairs = []
    for m in mentions:
        if m.kind != "description" or m.type != "Organization" or m.start < 2:
            continue
        i = m.start - 1 if doc[m.start - 1].lower_ in {"a", "an", "the"} else m.start
        opener = doc[i - 1].text if i >= 1 else ""
        if opener not in _CLOSERS or m.end >= len(doc) or doc[m.end].text not in _CLOSERS[opener]:
            continue
        j = i - 1
        if j >= 3 and doc[j - 1].text == ")" and doc[j - 3].text == "(":
            j -= 3  # "the Baltic Trade Fund (BTF) - a Swedish agency -": past the acronym
        name = names.get(j)
        if name is not None:
            pairs.append((name, m))
    return pairs


def _initials(name: str) -> str:
    """'Oil and Natural Gas Corporation', 'Oil & Natural Gas Corp' → 'ONGC': the first letters of the name's
    capitalised words."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _initialisms(resolver: _Resolver) -> list[tuple[str, str]]:
    """(name's key, acronym's key): an organisation written in capitals ("ONGC") that are the initials of the
    name of one other organisation of the text ("Oil and Natural Gas Corporation") is that organisation, though
    the text never defines the acronym in brackets."""
    organisations = {k: c for k, c in resolver.clusters.items() if c.type == "Organization"}
    pairs = []
    for key, cl in organisations.items():
        short = next((n for n in cl.proper if n.isupper() and n.isalpha() and 2 <= len(n) <= 6), None)
        if short is None or any(len(n.split()) >= 2 for n in cl.proper):
            continue
        named = {k for k, c in organisations.items() if k != key
                 and any(len(n.split()) >= 2 and _initials(n) == short for n in c.proper)}
        if len(named) == 1:
            pairs.append((named.pop(), key))
    return pairs


_NAME_LINKS = frozenset({"and", "&", "of"})


def _first_word_names(resolver: _Resolver) -> list[tuple[str, str]]:
    """(name's key, short name's key): an organisation or person named by one word ("Kovana said") that begins the
    capitalised name of one other organisation of the text ("Kovana Motors") is that organisation. Not a common
    noun's name ("the Navy" and "the Navy Council"), an acronym ("KBC" and "KBC News"), nor a name whose rest is
    lowercase or a model number ("the Senate budget committee", "Corvan A50s"): those are other things."""
    organisations = {k: c for k, c in resolver.clusters.items() if c.type == "Organization" and not c.canonical}
    nouns = lexicons.entity_nouns()
    pairs = []
    for key, cl in resolver.clusters.items():
        if cl.type not in {"Organization", "Person"} or cl.canonical or not cl.proper \
                or any(len(n.split()) > 1 for n in cl.proper):
            continue  # (NER often takes a firm's short name for a person's: "the bank will sue Treller")
        words = {n for n in cl.proper if n[:1].isupper() and not n.isupper() and n.lower() not in nouns}
        longer = {k for k, c in organisations.items() if k != key and any(
            len(n.split()) > 1 and n.split()[0] in words
            and all((w[:1].isupper() and w.isalpha()) or w in _NAME_LINKS for w in n.split()[1:]) for n in c.proper)}
        if len(longer) == 1:
            pairs.append((longer.pop(), key))
    return pairs


def _last_word_names(resolver: _Resolver) -> list[tuple[str, str]]:
    """(name's key, short name's key): an organisation named by one capitalised word ("the Herald said") that ends
    the capitalised name of one other organisation of the text ("the Kovex Herald") is that organisation; not a
    common noun of a body ("the Army" of "the Kovex Army" stays apart only if two such names are written)."""
    organisations = {k: c for k, c in resolver.clusters.items() if c.type == "Organization" and not c.canonical}
    pairs = []
    for key, cl in organisations.items():
        if not cl.proper or any(len(n.split()) > 1 for n in cl.proper):
            continue
        words = {n for n in cl.proper if n[:1].isupper() and not n.isupper()}
        longer = {k for k, c in organisations.items() if k != key and any(
            len(n.split()) > 1 and n.split()[-1] in words and all(w[:1].isupper() for w in n.split()) for n in c.proper)}
        if len(longer) == 1:
            pairs.append((longer.pop(), key))
    return pairs


# Dependencies of the words before an agreement or event noun that belong to the phrase it is written as.
WRITTEN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})


def resolve(doc: Doc, mentions: list[Mention], doc_id: str) -> ResolvedEntities:
    """Join mentions into entities and resolve pronouns, group anaphora and definite descriptions."""
    resolver = _Resolver(doc, doc_id)
    acronyms = _acronym_definitions(doc, mentions)
    by_head = {m.head: m for m in mentions}
    keys: dict[int, str] = {}
    for mention in mentions:
        if mention.role == "anaphor":
            earlier = resolver.earlier_plan(mention) if mention.type == "Agreement" else resolver.earlier_body(mention)
            if earlier:
                keys[mention.head] = resolver.assign(mention, earlier)
            continue
        if mention.text in acronyms and acronyms[mention.text] is not mention:
            target = acronyms[mention.text]
            if target.head in keys:
                keys[mention.head] = resolver.assign(mention, keys[target.head])
                continue
        key = resolver.assign(mention)
        keys[mention.head] = key
        for acronym, target in acronyms.items():
            if target is mention:
                resolver.aliases[acronym.lower()] = key
                resolver.cluster(key, mention.type).names.append(acronym)
    # Appositions between two names of the same kind: "the Tarnak, the Chilean army".
    for mention in mentions:
        partner = _appositive_partner(doc, mention, by_head)
        if partner and partner.type == mention.type and mention.type == "Organization" \
                and mention.head in keys and partner.head in keys and not _known_apart(mention, partner):
            a, b = keys[mention.head], keys[partner.head]
            if a != b:
                _merge(resolver, keys, keep=a, drop=b)
    by_end = {m.end: m for m in mentions}
    for mention in mentions:
        partner = _displaced_apposition(doc, mention, by_end)
        if partner and mention.head in keys and partner.head in keys and keys[mention.head] != keys[partner.head]:
            _merge(resolver, keys, keep=keys[mention.head], drop=keys[partner.head])
    for name, other in _set_off_descriptions(doc, mentions) + _defined_aliases(doc, mentions):
        a, b = keys.get(name.head), keys.get(other.head)  # the description or alias joins the name's entity
        if a and b and a != b and a in resolver.clusters and b in resolver.clusters:
            _merge(resolver, keys, keep=a, drop=b)
    for long, short in _initialisms(resolver) + _first_word_names(resolver) + _last_word_names(resolver):
        if long in resolver.clusters and short in resolver.clusters and long != short:
            _merge(resolver, keys, keep=long, drop=short)
    _merge_descriptors(doc, mentions, resolver, keys)
    _same_owner_plans(doc, resolver, keys)
    for mention in mentions:
        phrase = _written_phrase(doc, mention)
        cluster = resolver.clusters.get(keys.get(mention.head, ""))
        if phrase and cluster is not None and phrase not in cluster.references:
            cluster.references.append(phrase)
    refs: dict[int, tuple[str, ...]] = {}
    for mention, _ in resolver.assigned:
        key = keys[mention.head]
        for i in range(mention.start, mention.end):
            if doc[i].ent_type_ in COUNTRY_WORD_LABELS and mention.kind == "description" and i != mention.head:
                continue  # "Israeli" inside "Israeli army" keeps its own country reference
            refs.setdefault(i, (key,))
        refs[mention.head] = (key,)
    for mention in mentions:
        if mention.kind == "country" or mention.role == "capital":  # (a city inside "the London meeting")
            for i in range(mention.start, mention.end):
                refs[i] = (keys[mention.head],)
    types = {k: c.type for k, c in resolver.clusters.items()}  # kept up to date by _resolve_references
    record: dict = {}
    _resolve_references(doc, resolver, refs, types, record)
    _sole_candidate_holders(doc, resolver, refs, types, record)
    _led_governments(doc, resolver, refs, types)
    _resolve_first_person(doc, refs, types)
    _party_descriptions(doc, refs, types, _held_posts(doc, resolver, refs))
    _lead_described_speakers(doc, resolver, refs, _held_posts(doc, resolver, refs))
    _sole_party_nearby(doc, refs)
    _party_in_focus(doc, refs, types)
    _partitive_actors(doc, refs, types)
    _plan_owners(doc, resolver, refs, types)
    entities: dict[str, Entity] = {}
    rename: dict[str, str] = {}
    for key, cl in resolver.clusters.items():
        entity = _entity(cl)
        if cl.type in GLOBAL_TYPES and not key.startswith("country/") and key.count("/") == 1:
            # The key follows the canonical name, so "Roe" then "Paul Roe" is person/paul-roe everywhere.
            rename[key] = f"{cl.type.lower()}/{slug(entity.label)}"
            entity = Entity(rename[key], entity.label, entity.type, entity.aliases, entity.country_code)
        if entity.key in entities:
            entity = _union(entities[entity.key], entity)
        entities[entity.key] = entity
    refs = {i: tuple(dict.fromkeys(rename.get(k, k) for k in ks)) for i, ks in refs.items()}
    mention_keys = tuple((m, rename.get(keys.get(m.head, k), keys.get(m.head, k))) for m, k in resolver.assigned)
    return ResolvedEntities(entities, refs, mention_keys)


def _merge(resolver: _Resolver, keys: dict[int, str], *, keep: str, drop: str) -> None:
    """Fold cluster `drop` into `keep` (proper names first, so the canonical label is a name)."""
    a, b = resolver.clusters[keep], resolver.clusters.pop(drop)
    if not a.proper and b.proper:
        a.key, b.key = b.key, a.key
        a, b = b, a
        keep, drop = drop, keep
        resolver.clusters[keep] = a
        resolver.clusters.pop(drop, None)
    for name in b.names:
        if name not in a.names:
            a.names.append(name)
    a.proper += [n for n in b.proper if n not in a.proper]
    a.references += b.references
    for head, key in list(keys.items()):
        if key == drop:
            keys[head] = keep
    resolver.assigned = [(m, keep if k == drop else k) for m, k in resolver.assigned]
    for alias, key in list(resolver.aliases.items()):
        if key == drop:
            resolver.aliases[alias] = keep


def _union(old: Entity, new: Entity) -> Entity:
    """Two clusters that turned out to name the same thing: the longer label, every other form an alias."""
    label = old.label if len(old.label) >= len(new.label) else new.label
    aliases = (old.aliases | new.aliases | {old.label, new.label}) - {label}
    return Entity(old.key, label, old.type, frozenset(aliases), old.country_code or new.country_code)


def _entity(cl: _Cluster) -> Entity:
    entity = _named_entity(cl)
    extra = frozenset(cl.references) - {entity.label}
    return Entity(entity.key, entity.label, entity.type, entity.aliases | extra, entity.country_code)


def _named_entity(cl: _Cluster) -> Entity:
    if cl.type == "Country" and cl.iso3:
        country = gazetteer.countries().get(cl.iso3)
        if country:
            aliases = set(cl.names) | country.names | country.codes | country.demonyms | country.capitals
            return Entity(cl.key, country.name, "Country", frozenset(aliases - {country.name}), cl.iso3)
    if cl.canonical:
        org = lexicons.organisation_index().get(cl.canonical)
        known = {org.name, org.acronym, *org.aliases} - {""} if org else set()
        return Entity(cl.key, cl.canonical, cl.type, frozenset((set(cl.names) | known) - {cl.canonical}))
    label = max(cl.proper, key=len) if cl.proper else max(cl.names, key=len)
    if cl.type == "Person" and cl.proper:
        label = max(cl.proper, key=lambda n: len(n.split()))
    return Entity(cl.key, label, cl.type, frozenset(set(cl.names) - {label}))


@functools.cache
def _group_phrases() -> list[list[str]]:
    """Phrases that name the last pair of actors ("the two countries"), longest first."""
    return sorted((p.lower().split() for p in lexicons.group_anaphora()), key=len, reverse=True)


@functools.cache
def _descriptions() -> dict[str, str]:
    """Definite descriptions that corefer with an earlier entity: phrase → type, or 'monarchy' (people's posts
    apart: see `_post_descriptions`)."""
    table = {}
    for phrase, rows in lexicons.definite_descriptions().items():
        row = rows[0]
        if row.type == "Person" and row.needs == "title":
            continue
        monarchic = row.needs == "monarchy" or row.needs in set(lexicons.monarchy_styles().values())
        table[phrase] = f"monarchy:{row.needs}" if monarchic else "government:" if row.needs == "government" \
            else row.type
    return table


@functools.cache
def _organisation_needs() -> dict[str, str]:
    """'the bank' → 'financial', 'the army' → 'named': the condition an organisation description puts on what
    it refers to (data/definite_descriptions.tsv, needs column)."""
    return {p: rows[0].needs for p, rows in lexicons.definite_descriptions().items() if rows[0].type == "Organization"}


def _fits_organisation(cluster: _Cluster, noun: str, needs: str) -> bool:
    """Whether an organisation named before can be 'the <noun>': any when the description sets no condition;
    else one of the type it needs ('the bank' → the World Bank) or one whose name has a word ending in the
    noun ('the army' → the Sudanese army, 'the bank' → the Bundesbank): the army is not the UN named before."""
    if not needs:
        return True
    org = lexicons.organisation_index().get(cluster.canonical or "")
    if org is not None and needs != "named" and lexicons.satisfies(needs, organisation_type=org.type):
        return True
    names = [*cluster.names, *(org.names if org else ())]
    return any(word.endswith(noun) for name in names for word in name.lower().split())


@functools.cache
def _post_descriptions() -> dict[str, list[list[str]]]:
    """'the prime minister', 'the foreign secretary': the posts a definite description names a person by,
    as word lists without the article, indexed by first word, longest first."""
    phrases = [p.split()[1:] for p, rows in lexicons.definite_descriptions().items()
               if rows[0].type == "Person" and rows[0].needs == "title" and p.startswith("the ")]
    return _by_first_word(p for p in phrases if p)


@functools.cache
def _title_words() -> frozenset[str]:
    """The words of the posts of data/titles.tsv ("prime", "minister", "of", "state"), lowercase."""
    return frozenset(w for title in lexicons.titles() for w in title.lower().split())


def _held_posts(doc: Doc, resolver: _Resolver, refs: dict[int, tuple[str, ...]]) -> dict[str, set[str]]:
    """The posts the text gives each person by name: the title words right before the name ("Foreign
    Secretary Tom Hale", "US President X" → "president") or in apposition ("Tom Hale, the foreign
    secretary"), lowercase, with the key of the country that qualifies a post ("Russian President X")."""
    words = _title_words()
    honorifics = lexicons.honorifics()
    held: dict[str, set[str]] = {}
    for mention, key in resolver.assigned:
        if mention.type != "Person":
            continue
        j, found = mention.start - 1, []
        if j > 0 and doc[j].lower_ in honorifics and doc[j - 1].lower_ in words \
                and doc[j - 1].pos_ in NOMINAL_POS:
            j -= 1  # "Shadow Europe minister Mr Carr" (a post ends in a noun: not "Under Mr Roe's rules")
        while j >= 0 and doc[j].lower_ in words and len(found) < 5:
            found.insert(0, doc[j].lower_)
            j -= 1
        while found and j >= 0 and doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} and not doc[j].ent_type_ \
                and doc[j].tag_ not in {"JJR", "JJS", "RBR", "RB"} and len(found) < 5:
            found.insert(0, doc[j].lower_)  # "Shadow Foreign Secretary": another post than the foreign secretary
            j -= 1
        own = mention.text.split()[0].lower()
        if own in words and len(mention.text.split()) > 1:
            found = [own]  # "Prince Philip": NER kept the post in the name
        while found and found[0] == "the":  # "the Attorney General Lord X": the article ("chancellor of the
            found.pop(0)                     # exchequer" makes it a title word) is no part of the post
            j += 1
        if found and j >= 0 and doc[j].lower_ in {"a", "an"}:
            found = []  # "how good a prime minister X will make": a post the text weighs, not one X holds
        if found and found[0] != "of":
            held.setdefault(key, set()).add(" ".join(found))
            qualifier = refs.get(j, ()) if j >= 0 else ()
            if len(qualifier) == 1 and qualifier[0].startswith("country/"):
                held[key].add(qualifier[0])  # "Russian President X": a post of Russia
            parties = _party_keys()
            party_at = [t for t in range(max(j, 0), mention.start) if any(k in parties for k in refs.get(t, ()))]
            held[key].update(k for t in party_at for k in refs[t] if k in parties)
            if party_at and party_at[-1] == j + 1 and party_at[-1] + 1 < mention.start:
                # "Labour leader X" read as one post: the post is "leader", the party is the body led (not
                # "ex-Labour chancellor X": a former post)
                held[key].add(" ".join(doc[t].lower_ for t in range(party_at[-1] + 1, mention.start)
                                       if doc[t].lower_ not in honorifics))
        for child in doc[mention.head].children:
            if child.dep_ == "appos" and child.lower_ in words and not mention.start <= child.i < mention.end:
                left = [t.lower_ for t in child.lefts if t.dep_ in {"amod", "compound"} and t.lower_ in words]
                held.setdefault(key, set()).add(" ".join([*left, child.lower_]))
    return held


@functools.cache
def _titles_by_lower() -> dict[str, lexicons.Title]:
    """data/titles.tsv by lower-cased title (made once, not at each comparison of two posts)."""
    return {t.lower(): entry for t, entry in lexicons.titles().items()}


def _same_post(held: str, post: str) -> bool:
    """Whether a post given with a name is the one a description names: the same words, or a longer title of
    the same kind in data/titles.tsv ("foreign minister" for "the minister"; not "deputy prime minister" for
    "the prime minister", nor "vice president" for "the president")."""
    if held == post:
        return True
    titles = _titles_by_lower()
    longer, shorter = titles.get(held), titles.get(post)
    return held.endswith(" " + post) and longer is not None and shorter is not None \
        and (longer.leads, longer.kind) == (shorter.leads, shorter.kind)


def _described_person(key: str) -> bool:
    """A person the text describes without naming ("Ross's chief aide", keyed per article): holds no post the
    text names ("the prime minister" is not the prime minister's spokesman)."""
    return key.startswith("person/") and key.count("/") > 1


def _post_holder(doc: Doc, before: int, history, types, held: dict[str, set[str]], post: str,
                 country: str | None = None, named: frozenset[str] = frozenset(),
                 rivals: frozenset[str] = frozenset()) -> str | None:
    """Whom 'the <post>' means, when only one person can be meant: the latest person named with that post
    (or a longer post of its kind: "the minister" → a foreign minister), or, when nobody in the text holds it,
    the one person named in the two sentences before (and this one, before the description), if named by a
    full name ("Tom Hale's residence ... the foreign secretary"). None when a person with no post was named
    after the holder ("Italian Prime Minister X ... Mr Doe's spokesman said: 'the prime minister ...'"), or
    several hold the post and none was named in the last three sentences: either may be meant. A post of a `country` ("the Russian president") is the holder's alone, and no one's
    whose post is another country's. The one person nearby is never a government post's holder when among the
    `rivals` (tied to a party other than the one the text names in government: _rival_party_people)."""
    people = [(j, k) for j, k, _ in reversed(history) if j < before and types.get(k) == "Person"
              and not _described_person(k) and not (country and any(h.startswith("country/") and h != country for h in held.get(k, ())))]
    holder = next(((j, k) for j, k in people if post in held.get(k, ())), None) or next(
        ((j, k) for j, k in people if any(_same_post(h, post) for h in held.get(k, ()))), None)
    sentence = doc[before].sent.start
    start = sentence
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else 0
    # not a person of this sentence ("X praised the president"), unless only the possessor of a post
    # ("X's spokesman said the president ..."; not "X's book claims the president ...": its author)
    untitled = None if country else next(((j, k) for j, k in people if start <= j and (
        j < sentence or (doc[j].dep_ == "poss" and doc[j].head.lower_ in _title_words())) and not held.get(k)),
        None)
    if holder is not None:
        holders = {k for j, k in people if any(_same_post(h, post) for h in held.get(k, ()))}
        if len(holders) > 1 and holder[0] < start:
            return None  # several people named with the post, none of them lately: either may be meant
        return holder[1] if untitled is None or untitled[0] < holder[0] else None
    if country or any(_same_post(h, post) for posts in held.values() for h in posts):
        return None  # someone else holds it, only later in the text; a country's post is given with a name
    # (a person named nearby with posts outside government is no rival for a government post: "senator X visited
    # Mr Doe ... the prime minister")
    nearby = {k for j, k in people if j >= start and not (_government_post(post) and _posts_outside_government(
        held.get(k, ())))}
    if untitled and any(k == untitled[1] and j >= sentence and not (
            doc[j].dep_ == "poss" and doc[j].head.lower_ in _title_words()) for j, k in people):
        return None  # "Mr Hale criticised the chancellor": who acts on the post holder is not the holder
    if untitled and untitled[1] in rivals and _government_post(post):
        return None  # "Mr Hale ... his Tory spending plans ... a Labour government ... the prime minister hopes"
    return untitled[1] if untitled and nearby == {untitled[1]} and untitled[1] in named else None


GOVERNMENT_POST_KINDS = frozenset({"head_of_state", "head_of_government", "minister"})  # data/titles.tsv kinds


def _posts_outside_government(posts: Iterable[str]) -> bool:
    """Whether a person is given posts of data/titles.tsv by name ("influential senator": the words before the
    name may open with others) and none of them is a government post ("deputy prime minister" is)."""
    titles = _titles_by_lower()
    given = [next((titles[" ".join(h.split()[i:])] for i in range(len(h.split()))
                   if " ".join(h.split()[i:]) in titles), None) for h in posts if not h.startswith(("country/",
                                                                                                  "organization/"))]
    return bool(given) and all(t is not None and t.kind not in GOVERNMENT_POST_KINDS for t in given)


def _pronoun_subject_before(doc: Doc, at: int, refs: dict[int, tuple[str, ...]], person: str) -> bool:
    """Whether a pronoun subject ("he", "she") earlier in the sentence of a description already stands for the
    person: a description then names someone else ("He changed his mind, fearing the chancellor ...")."""
    return any(refs.get(j) == (person,) and doc[j].lower_ in {"he", "she"} and doc[j].dep_ in SUBJECT_DEPS
               and not any(doc[k].text in DOUBLE_QUOTE_MARKS for k in range(j, at))  # ('He said: "the chancellor ..."')
               for j in range(doc[at].sent.start, at))


def _government_posts_as(doc: Doc, refs: dict[int, tuple[str, ...]], types: dict[str, str]) -> dict[str, set[str]]:
    """'X would stand down as prime minister', 'Mr X said he would stay on as chancellor': the government posts
    (data/titles.tsv) a named person takes, keeps or quits by "as", said of the name or of a pronoun in what the
    name says; not one sought (data/office_sought_verbs.txt) nor qualified ("former", data/title_modifiers.txt)."""
    posts: dict[str, set[str]] = {}
    sought = lexicons.office_sought_verbs()
    modifiers = {m.lower() for m in lexicons.title_modifiers()}
    for prep in doc:
        verb = prep.head
        if prep.lower_ != "as" or prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} \
                or verb.lemma_.lower() in sought or verb.head.lemma_.lower() in sought:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i not in refs):
            words = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ in {"compound", "amod"} or t.i == pobj.i]
            post = " ".join(t.lower_ for t in words)
            if any(t.lower_ in modifiers for t in pobj.subtree) or not _government_post(post):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp":
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            people = [k for k in refs.get(subject.i, ()) if types.get(k) == "Person"] if subject is not None else []
            if len(people) == 1:
                posts.setdefault(people[0], set()).add(post)
    return posts


def _sole_candidate_holders(doc: Doc, resolver: _Resolver, refs: dict[int, tuple[str, ...]],
                            types: dict[str, str], record: dict) -> None:
    """'Tom Hale's rival is the chancellor, Ann Cole ... the prime minister spoke in Leeds. Mr Roe said ...': a
    government post that nobody in the text holds, whose descriptions were left unresolved, is held by the one
    person (named by a full name, with no post) named around them, in the two sentences before or the one
    after; never by one named beside a description (who may be someone else), nor when two people with no post
    are around any of them (beside it or not)."""
    held, left = record.get("held", {}), record.get("left", [])
    if not left:
        return
    barred = set(record.get("rivals", ())) | set(record.get("posted_as", {}))
    sentences = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    people: dict[int, set[str]] = {}  # sentence number → people named in it
    for mention, key in resolver.assigned:
        if mention.type == "Person" and not _described_person(key):
            people.setdefault(index[doc[mention.start].sent.start], set()).add(key)
    by_post: dict[str, list[tuple[int, int]]] = {}
    spouses = lexicons.spouse_nouns()
    for start, length, post in left:
        last = doc[start + length - 1]
        if _government_post(post) and not (last.dep_ == "poss" and last.head.lemma_.lower() in spouses):
            by_post.setdefault(post, []).append((start, length))  # ("the prime minister's wife": she is named)
    for post, places in by_post.items():
        if any(_same_post(h, post) for posts in held.values() for h in posts):
            continue  # someone holds it: who is meant where it was left unresolved is not this rule's to say
        own = {index[doc[start].sent.start] for start, _ in places}
        beside = {k for n in own for j in range(sentences[n].start, sentences[n].end) for k in refs.get(j, ())
                  if types.get(k) == "Person"}  # (by a name or a pronoun: "He changed his mind as the chancellor ...")
        around = {k for n in own for m in (n - 2, n - 1, n, n + 1) for k in people.get(m, ())}
        candidates = {k for k in around if not _titled(held.get(k, ()))} - barred
        if len(candidates) != 1 or candidates & beside or not candidates <= record.get("full_names", frozenset()) \
                or any(h.endswith(" " + post) for k in around for h in held.get(k, ())):
            continue  # (a "deputy prime minister" around may be the one loosely meant)
        holder = next(iter(candidates))
        for start, length in places:
            for j in range(start, start + length):
                refs[j] = (holder,)
            resolver.clusters[holder].references.append(doc[start - 1:start + length].text)
        held.setdefault(holder, set()).add(post)


def _titled(posts: Iterable[str]) -> bool:
    """Whether posts given with a name include a post of data/titles.tsv (or one ending in it: "Labour MP"), not
    only words the title scan took in by mistake ("higher taxes under X": "under" opens a title)."""
    titles = _titles_by_lower()
    return any(" ".join(h.split()[i:]) in titles for h in posts if "/" not in h for i in range(len(h.split())))


def _government_post(post: str) -> bool:
    """Whether a post is one of a government (a head of state or government, a minister: data/titles.tsv)."""
    title = _titles_by_lower().get(post)
    return title is not None and title.kind in GOVERNMENT_POST_KINDS


def _party_word(token: Token) -> str | None:
    """The party a word names by its label (data/political_parties.tsv: "Tory", "Labour"), if any."""
    return lexicons.political_parties().get(token.text)


def _rival_party_people(doc: Doc, refs: dict[int, tuple[str, ...]], types: dict[str, str],
                        held: dict[str, set[str]]) -> frozenset[str]:
    """People the text ties to a party other than the one it names in government ("a Labour government"): by a
    post with the party ("Tory leader X") or by a party's thing they own ("X unveiled his Tory spending plans", "X's
    Tory plans"). Empty when the text names no governing party, or several."""
    governing = {p for t in doc if t.lemma_.lower() in {"government", "administration"} and t.pos_ == "NOUN"
                 for c in t.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < t.i
                 for w in c.subtree if (p := _party_word(w))}
    if len(governing) != 1:
        return frozenset()
    party_keys = {"organization/" + slug(p) for p in lexicons.political_parties().values()}
    ruling = next(iter(governing))
    tied: set[str] = {k for k, posts in held.items()
                      if any(h in party_keys and h != "organization/" + slug(ruling) for h in posts)}
    for t in doc:
        party = _party_word(t) if t.dep_ in {"compound", "amod", "nmod"} else None
        if party is None or party == ruling:
            continue
        owner = next((c for c in t.head.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.lower_ in POSSESSIVE_DETERMINERS:
            owner = _clause_subject(owner)
        people = [k for k in refs.get(owner.i, ()) if types.get(k) == "Person"] if owner is not None else []
        if len(people) == 1:
            tied.add(people[0])
    return frozenset(tied)


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above a word ("X revealed his plans": X for "his")."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


POSSESSIVE_DETERMINERS = frozenset({"his", "her"})  # "his chancellor": a post under a person ("its", "their":
# a body's, whose leader or spokesman may be another's named before)
SPOKESMAN_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _speaks_for(held: str, post: str) -> bool:
    """Whether a post given with a name is one a party's '<post>' can name: the same post or a longer one of
    its kind, or, for a spokesman, an opposition frontbench post ("shadow foreign secretary": the party's
    spokesman on foreign affairs, by the Westminster usage)."""
    return _same_post(held, post) or (post in SPOKESMAN_POSTS and held.startswith("shadow "))


def _labelled_by_other_party(doc: Doc, refs: dict[int, tuple[str, ...]], person: str, party: str) -> bool:
    """'Labour's Jo Hale', 'Tory MP Jo Hale': a name the text labels with a party other than `party`
    (data/political_parties.tsv), by a possessive or modifier of the name."""
    parties = _party_keys()
    return any(k in parties and k != party for i, keys in refs.items() if keys == (person,)
               for c in doc[i].children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i < i
               for k in refs.get(c.i, ()))


def _party_post_holder(before: int, history, types, held: dict[str, set[str]], post: str, party: str) -> str | None:
    """Whom 'the <party> <post>' means ("the Tory spokesman"): the one person named before with that post (or
    a spokesman's frontbench post), whom the text ties to no other party. None when several can be meant."""
    parties = _party_keys()
    holders = {k for j, k, _ in history if j < before and types.get(k) == "Person"
               and any(_speaks_for(h, post) for h in held.get(k, ()))
               and not any(h in parties and h != party for h in held.get(k, ()))}
    return next(iter(holders)) if len(holders) == 1 else None


def _party_post_named_before(doc: Doc, before: int, history, types, held: dict[str, set[str]], post: str, party: str,
                             named: frozenset[str], rivals: frozenset[str],
                             refs: dict[int, tuple[str, ...]]) -> str | None:
    """'Jane Doe is to speak in Leeds. The Tory leader will ...': when the text names nobody with the post at all, a
    party's post that heads it (data/titles.tsv: one holder, unlike its many spokesmen, often unnamed) is the one
    person named (by a full name, with no post) in the two sentences before, as 'the <post>' is (`_post_holder`);
    not one the text ties to another party, by a post or a label ("Labour's Jo Hale")."""
    title = _titles_by_lower().get(post)
    if title is None or title.leads not in {"organisation", "organization"} \
            or any(_speaks_for(h, post) for posts in held.values() for h in posts):
        return None  # someone holds it, if only later in the text
    target = _post_holder(doc, before, history, types, held, post, None, named, rivals)
    parties = _party_keys()
    if target is None or any(h in parties and h != party for h in held.get(target, ())) \
            or _labelled_by_other_party(doc, refs, target, party):
        return None
    return target


def _person_states(held: dict[str, set[str]]) -> dict[str, set[str]]:
    """The country keys each person's posts tie them to: a country named with the post ("Russian President X")
    or a post only one state has ("Foreign Secretary X": data/national_titles.tsv)."""
    return {person: {h for h in posts if h.startswith("country/")}
            | {"country/" + iso3 for h in posts if (iso3 := _national_post(h))} for person, posts in held.items()}


def _national_post(post: str) -> str | None:
    """The ISO code of the one state a post belongs to, by the national title it ends with ("cabinet colleague
    foreign secretary" → GBR), else None."""
    national = lexicons.national_titles()
    words = post.split()
    return next((national[t] for t in (" ".join(words[k:]) for k in range(len(words))) if t in national), None)


def _government_state(doc: Doc, token: Token, refs: dict[int, tuple[str, ...]], types: dict[str, str],
                      held: dict[str, set[str]], resolver: _Resolver) -> str | None:
    """'the government', 'the administration': the state whose government is meant, never a body named before.
    The country it is placed in ("the government in Kabul"); else the state of the person whose words report it
    ("Hale said the government had ..."); else the one state the document's national posts belong to
    ("Foreign Secretary", "Chancellor of the Exchequer"); else the country the document names far more than any
    other. None when nothing tells: a guess between two states would give one the other's acts."""
    capitals = {m.head: m.country for m, _ in resolver.assigned if m.role == "capital" and m.country}
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
            for obj in child.children:
                found = refs.get(obj.i, ())
                if obj.dep_ == "pobj" and len(found) == 1 and types.get(found[0]) == "Country":
                    return found[0]
                if obj.dep_ == "pobj" and obj.i in capitals:  # "the government in Kabul"
                    return _country_cluster(resolver, types, "country/" + capitals[obj.i])
            if child.lower_ == "of":
                return None  # "the regime of detention": no state's government
    states = _person_states(held)
    speech = lexicons.speech_verbs()
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.lemma_ in speech:
            speakers = {k for c in node.children if c.dep_ in SUBJECT_DEPS for k in refs.get(c.i, ())
                        if types.get(k) == "Person"}
            places = {c for k in speakers for c in states.get(k, ())}
            if len(places) == 1:
                return _country_cluster(resolver, types, next(iter(places)))
            break
    national = {"country/" + iso3 for posts in held.values() for h in posts if (iso3 := _national_post(h))}
    if len(national) == 1:
        return _country_cluster(resolver, types, next(iter(national)))
    counts: dict[str, int] = {}
    for mention, key in resolver.assigned:
        if key.startswith("country/") and mention.kind == "country" \
                and not (mention.head >= 0 and _locative(doc[mention.head])):
            counts[key] = counts.get(key, 0) + 1  # ("the war in Iraq": where things happen, not who governs)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _locative(token: Token) -> bool:
    """'in Iraq', 'at Basra': a name as the place where something is, after a preposition of position."""
    return token.dep_ == "pobj" and token.head.lower_ in POSITION_PREPOSITIONS


def _country_cluster(resolver: _Resolver, types: dict[str, str], key: str) -> str | None:
    """The key of a country, with a cluster made for it when the text implies it without naming it."""
    iso3 = key.removeprefix("country/")
    if key not in resolver.clusters:
        if iso3 not in gazetteer.countries():
            return None
        resolver.cluster(key, "Country").iso3 = iso3
        types[key] = "Country"
    return key


def _epithets() -> dict[str, str]:
    return lexicons.country_epithets()


def _is_pleonastic(token: Token) -> bool:
    """'It is in this spirit that…', 'it was the turn of…', 'it is important to…'."""
    head = token.head
    if token.dep_ not in {"nsubj", "expl"} or head.lemma_ != "be":
        return token.dep_ == "expl"
    rights = list(head.rights)
    return any(t.dep_ in {"ccomp", "xcomp"} for t in rights) or any(
        t.dep_ == "attr" and t.lemma_ in lexicons.pleonastic_nouns() for t in rights)


def _honorific_genders(doc: Doc, resolver: _Resolver) -> dict[str, str]:
    """People whose honorific ("Mr Hale", "Ms Moreau") or first name (gender-guesser's name dictionary)
    tells their gender: key → "m" or "f". Unisex and unknown names give nothing."""
    found: dict[str, str] = {}
    honorifics = lexicons.honorifics()
    for mention, key in resolver.assigned:
        if mention.type != "Person":
            continue
        before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
        told = honorifics.get(before)
        if told == "m":
            found.setdefault(key, "m")
        elif told == "f":
            found.setdefault(key, "f")
        elif mention.end - mention.start >= 2:
            guess = first_name_gender(doc[mention.start].text)
            if guess in {"male", "mostly_male"}:
                found.setdefault(key, "m")
            elif guess in {"female", "mostly_female"}:
                found.setdefault(key, "f")
    return found | _first_name_genders(doc, resolver, found)


def _first_name_genders(doc: Doc, resolver: _Resolver, known: dict[str, str]) -> dict[str, str]:
    """'their daughter Ellen ... his plan': a person named only by a first name the name dictionary gives one
    gender outright ("male", "female") is of that gender, when nothing else in the text tells it; so a pronoun
    of the other gender does not fall to them."""
    found: dict[str, str] = {}
    for mention, key in resolver.assigned:
        if mention.type != "Person" or key in known or mention.end - mention.start != 1 \
                or any(len(name.split()) > 1 for name in resolver.clusters[key].proper):
            continue
        guess = first_name_gender(doc[mention.start].text)
        if guess in {"male", "female"}:
            found.setdefault(key, guess[0])
    return found


def _person_antecedent(doc: Doc, before: int, history, types, gender: dict[str, str], want: str,
                       speaking: bool = False) -> str | None:
    """'he'/'she': the person most in focus — the latest subject of this or the previous sentence (a name, or a
    pronoun subject resolved before: `history` holds both), else the latest person — skipping anyone known to be of
    the other gender. A pronoun that speaks ('he said', '"...,"
    she added') goes on with the subject of a main clause before, not one of a clause within it (`_main_subject`)."""
    sent_start = doc[before].sent.start
    prev_start = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    people = [(j, k, subj) for j, k, subj in history
              if j < before and types.get(k) == "Person" and gender.get(k, want) == want and not _name_as_modifier(doc[j])]
    if speaking:
        for j, key, subj in reversed(people):
            if subj and j >= prev_start and _main_subject(doc[j]):
                return key
    for j, key, subj in reversed(people):
        if subj and j >= prev_start:
            return key
    return people[-1][1] if people else None


MAIN_CLAUSE_LINKS = frozenset({"conj"})  # a verb coordinated with the main verb is a main verb too


def _main_subject(token: Token) -> bool:
    """Whether a name is the subject of the sentence's main clause ("X warned the outlook was far bleaker than Y would
    like"): X, not Y, whose clause is within X's; who goes on speaking after it is X."""
    node = token.head if token.dep_ == "appos" else token
    verb = node.head
    while verb.dep_ in MAIN_CLAUSE_LINKS and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _name_as_modifier(token: Token) -> bool:
    """'the Roe government', 'the Roe years': a person's name modifying a common noun after it names an era or a
    body by them, not the person acting; it is no antecedent of a later 'he' or 'she'."""
    return token.dep_ in {"compound", "nmod"} and token.head.pos_ == "NOUN" and token.head.i > token.i


def _by_first_word(phrases: Iterable[list[str]]) -> dict[str, list[list[str]]]:
    """Phrases (as word lists) indexed by their first word, longest first, for a single pass over the tokens."""
    index: dict[str, list[list[str]]] = {}
    for words in sorted(phrases, key=len, reverse=True):
        index.setdefault(words[0], []).append(words)
    return index


class _PhraseIndex:
    """Phrases (word lists, each with a value) indexed by their first two words, longest first: at a position,
    only the phrases whose first two words are there are compared (many phrases begin with "the")."""

    __slots__ = ("_one", "_two", "first_words")

    def __init__(self, phrases: Iterable[tuple[list[str], str]]) -> None:
        self._one: dict[str, list[tuple[list[str], str]]] = {}
        self._two: dict[tuple[str, str], list[tuple[list[str], str]]] = {}
        for words, value in sorted(phrases, key=lambda p: len(p[0]), reverse=True):
            if len(words) == 1:
                self._one.setdefault(words[0], []).append((words, value))
            else:
                self._two.setdefault((words[0], words[1]), []).append((words, value))
        self.first_words = frozenset(self._one) | frozenset(w for w, _ in self._two)

    def candidates(self, lowers: list[str], i: int) -> list[tuple[list[str], str]]:
        """The phrases that may start at position i, in the order of `_by_first_word`'s lists (longest first);
        whether the whole phrase is there is the caller's test."""
        longer = self._two.get((lowers[i], lowers[i + 1]), []) if i + 1 < len(lowers) else []
        return longer + self._one.get(lowers[i], []) if lowers[i] in self._one else longer


@functools.cache
def _group_index() -> _PhraseIndex:
    return _PhraseIndex((words, "") for words in _group_phrases())


@functools.cache
def _epithet_index() -> _PhraseIndex:
    return _PhraseIndex((p.split(), iso3) for p, iso3 in _epithets().items())


@functools.cache
def _reference_words() -> frozenset[str]:
    """The words at which `_resolve_references` may find something besides a mention: the first words of its
    phrases and descriptions, and the pronouns. Any other word not in a mention is skipped untouched."""
    return (_group_index().first_words | _epithet_index().first_words | frozenset(_post_descriptions())
            | frozenset(d.split(" ", 1)[1] for d in _descriptions() if d.startswith("the "))
            | GENDERED_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS | RELATIVE_PRONOUNS)


def _qualified_post(noun: Token) -> bool:
    """'the president of Armenia', 'the minister for Europe', 'the president, Pierre Dumas': a post
    phrase that says itself whose post it is, or names its holder, refers to no earlier person."""
    return any((c.dep_ == "prep" and c.lower_ in {"of", "for"} and not _charge(c))
               or c.dep_ == "appos" for c in noun.children)


def _charge(prep: Token) -> bool:
    """'accused the president of lying', 'suspected the minister of fraud': the of-phrase of a verb of charging
    (data/charging_verbs.txt) that the parser hung on its object says what the object is charged with, not whose
    post it is; one naming a place or body ("the president of Armenia") still says whose post it is."""
    noun = prep.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "accused the president and his deputy of lying"
    return prep.lower_ == "of" and noun.dep_ in {"dobj", "nsubjpass"} \
        and noun.head.lemma_.lower() in lexicons.charging_verbs() \
        and not any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"GPE", "ORG", "NORP", "LOC"})
                    for g in prep.children)


def _qualified_by_entity(noun: Token, refs: dict[int, tuple[str, ...]]) -> bool:
    """'the president of Armenia': a description that names its own entity is no reference to an earlier one."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.i in refs for g in c.children)
               for c in noun.children)


def _resolve_references(doc: Doc, resolver: _Resolver, refs: dict[int, tuple[str, ...]],
                        types: dict[str, str], record: dict | None = None) -> None:
    """Pronouns, group anaphora, epithets and definite descriptions → the keys they refer to (`types`: each
    cluster's type, to which a country cluster this adds is added too). `record`, if given, receives the posts
    held at the end, the posts' descriptions left unresolved and the sets that bar people from a post (for
    `_sole_candidate_holders`)."""
    descriptions = _descriptions()
    iso_of = {k: c.iso3 for k, c in resolver.clusters.items()}
    history: list[tuple[int, str, bool]] = []  # (token index, key, is_subject)
    spoken_of: list[tuple[int, str, bool]] = []  # pronoun subjects resolved: in focus for a later 'he' or 'she'
    pairs: list[tuple[int, tuple[str, ...]]] = []
    strings = doc.vocab.strings
    lowers = [strings[orth] for orth in doc.to_array(LOWER).tolist()]  # (a Token is made only where needed)
    gender = _honorific_genders(doc, resolver)
    groups_at = _group_index()
    epithets_at = _epithet_index()
    posts_at = _post_descriptions()
    wanted = _reference_words()
    held = _held_posts(doc, resolver, refs)
    rivals = _rival_party_people(doc, refs, types, held)
    posted_as = _government_posts_as(doc, refs, types)
    full_names = frozenset(k for k, c in resolver.clusters.items() if any(" " in n for n in c.proper))
    unheld: dict[str, list[tuple[int, int]]] = {}  # post → sentences where its holder was left unknown
    unknown: list[int] = []  # subjects that are organisation descriptions referring to nothing named before
    left: list[tuple[int, int, str]] = []  # (start, length, post) of bare post descriptions left unresolved
    if record is not None:
        record.update(held=held, rivals=rivals, posted_as=posted_as, full_names=full_names, left=left)
    quoted = _quotations(doc)
    i = 0
    n = len(lowers)
    while i < n:
        if i not in refs and lowers[i] not in wanted:
            i += 1  # nothing to resolve here: no Token made
            continue
        token = doc[i]
        if i in refs:
            key = refs[i][0]
            # "the shadow home secretary, Mark Oaten, accused ...": a name in apposition to the subject is the subject
            subject = token.dep_ in SUBJECT_DEPS or (token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS)
            if history and history[-1][1] == key and history[-1][0] == i - 1:
                history[-1] = (i, key, history[-1][2] or subject)  # "Angela Merkel": the head decides
            else:
                history.append((i, key, subject))
            conj_keys = [refs[c.i][0] for c in token.conjuncts if c.i in refs]
            if conj_keys and token.dep_ != "conj":
                pair = tuple(dict.fromkeys([key, *conj_keys]))
                if len(pair) >= 2 and not _placed(token):
                    pairs.append((i, pair))
            i += 1
            continue
        lower = lowers[i]
        matched = False
        for phrase, _ in groups_at.candidates(lowers, i):
            if lowers[i:i + len(phrase)] == phrase:
                end, target = _group_reference(doc, i, len(phrase), pairs, history, types)
                if target:
                    for j in range(i, end):
                        refs[j] = target
                    if len(target) >= 2:
                        pairs.append((i, target))  # "both sides agreed to suspend their requests": named again
                i = end
                matched = True
                break
        if matched:
            continue
        for words, iso3 in epithets_at.candidates(lowers, i):
            if lowers[i:i + len(words)] == words:
                key = "country/" + iso3
                if key in resolver.clusters or iso3 in gazetteer.countries():
                    if key not in resolver.clusters:
                        cl = resolver.cluster(key, "Country")
                        cl.iso3 = iso3
                    resolver.clusters[key].references.append(doc[i:i + len(words)].text)
                    types[key] = "Country"
                    for j in range(i, i + len(words)):
                        refs[j] = (key,)
                    history.append((i + len(words) - 1, key, False))
                    i += len(words)
                    matched = True
                break
        if matched:
            continue
        qualifier = None  # "the US president": the country of the post
        if i > 1 and lowers[i - 2] == "the" and len(refs.get(i - 1, ())) == 1 \
                and types.get(refs[i - 1][0]) == "Country":
            qualifier = refs[i - 1][0]
        party = None  # "the Tory spokesman", "the Lib Dem leader": the party of the post
        if i > 1 and len(refs.get(i - 1, ())) == 1 and refs[i - 1][0] in _party_keys():
            first = i - 1
            while first > 0 and refs.get(first - 1) == refs[i - 1]:
                first -= 1
            party = refs[i - 1][0] if first > 0 and lowers[first - 1] == "the" else None
        owner = None  # "his chancellor": the person whose post it is
        if i > 0 and lowers[i - 1] in POSSESSIVE_DETERMINERS and doc[i - 1].dep_ == "poss":
            owner = refs.get(i - 1, ("",))[0]
        if i > 0 and (lowers[i - 1] == "the" or qualifier or party or owner is not None):
            for words in posts_at.get(lower, ()):
                last = doc[i + len(words) - 1] if i + len(words) <= len(doc) else token
                if lowers[i:i + len(words)] != words or last.pos_ not in NOMINAL_POS \
                        or last.dep_ in {"compound", "amod", "nmod"} or _qualified_post(last):
                    continue
                post = " ".join(words)
                others = {k for a, b in unheld.get(post, ()) for j in range(a, b) for k in refs.get(j, ())}
                if party:
                    target = _party_post_holder(i, history, types, held, post, party) \
                        or _party_post_named_before(doc, i, history, types, held, post, party, full_names, rivals, refs)
                elif owner is not None:  # only a holder named with the post: the fallback could be the owner
                    target = _post_holder(doc, i, history, types, held, post, None, frozenset())
                    target = None if target == owner else target
                else:
                    # (nor one the text gives another government post by "as": "X would stand down as
                    # prime minister ... the chancellor is on tour" is not X)
                    other_posts = {k for k, posts in posted_as.items() if any(
                        p != post and not _same_post(p, post) for p in posts)}
                    target = _post_holder(doc, i, history, types, held, post, qualifier, full_names - others,
                                          rivals | other_posts)
                    if target and _pronoun_subject_before(doc, i, refs, target):
                        target = None  # "he changed his mind as the chancellor plotted": he is another
                if target is None and qualifier is None and party is None and owner is None:
                    # who is named beside a holder left unknown is not it
                    unheld.setdefault(post, []).append((token.sent.start, token.sent.end))
                    left.append((i, len(words), post))
                if target:
                    for j in range(i, i + len(words)):
                        refs[j] = (target,)
                    held.setdefault(target, set()).add(post)
                    if qualifier:
                        held.setdefault(target, set()).add(qualifier)
                    resolver.clusters[target].references.append(
                        doc[(first - 1 if party else i - (2 if qualifier else 1)):i + len(words)].text)
                    history.append((last.i, target, last.dep_ in SUBJECT_DEPS))
                    i += len(words)
                    matched = True
                break
        if matched:
            continue
        if i > 0 and lowers[i - 1] in {"the", "this"} and f"the {lower}" in descriptions \
                and token.pos_ in NOMINAL_POS and token.dep_ not in {"amod", "compound"} \
                and not _qualified_by_entity(token, refs):
            want = descriptions[f"the {lower}"]
            target = None
            if want == "government:":
                target = _government_state(doc, token, refs, types, held, resolver)
                if target:
                    refs[i] = (target,)
                    refs[i - 1] = (target,)
                i += 1
                continue
            for j, key, _ in reversed(history):
                if want == "Organization" and _owner_of_part(doc[j]):
                    break  # "Y's subsidiary, which ... . The firm sued": the unnamed part is nearer than Y
                if want == "Event" and not _same_kind(doc[j], lower):
                    continue  # "the war" is not the election named before
                if want.startswith("monarchy:"):
                    style = lexicons.monarchy_styles().get(iso_of.get(key) or "")
                    if types.get(key) == "Country" and style and want[9:] in {"monarchy", style}:
                        target = key
                elif types.get(key) == want and not (want == "Country" and key.startswith("country/") is False) \
                        and (want != "Organization" or _fits_organisation(
                            resolver.clusters[key], lower, _organisation_needs().get(f"the {lower}", ""))):
                    target = key
                if target:
                    break
            if target:
                refs[i] = (target,)
                refs[i - 1] = (target,)
                resolver.clusters[target].references.append(doc[i - 1:i + 1].text)
                if want == "Organization":
                    _note_description(history, i, target, token)
            elif want == "Organization" and token.dep_ in SUBJECT_DEPS:
                unknown.append(i)
        elif lower in GENDERED_PRONOUNS:
            said = _quotation_said(doc, token, quoted)  # '"... the president is ...," he said': not the president
            speaking = token.dep_ == "nsubj" and token.head.lemma_ in lexicons.speech_verbs()
            outside = not _within(quoted, i)
            # a name subject within a quotation is not in focus outside it; a pronoun subject outside one (the
            # speaker's 'he said') is not whom a pronoun within a quotation means
            candidates = [h for h in sorted(history + spoken_of) if (not said or not said[0] <= h[0] <= said[1])
                          and not (h[2] and (outside and _within(quoted, h[0]) or not outside
                                             and doc[h[0]].pos_ == "PRON"))]
            target = _person_antecedent(doc, i, candidates,
                                        types, gender, "f" if lower in FEMININE_PRONOUNS else "m", speaking)
            if target:
                refs[i] = (target,)
                gender.setdefault(target, "f" if lower in FEMININE_PRONOUNS else "m")
                if token.dep_ in SUBJECT_DEPS and not _within(quoted, i):
                    spoken_of.append((i, target, True))
        elif lower in NEUTER_PRONOUNS and not _is_pleonastic(token):
            target = _last_neuter(history, types, doc, i)
            if target and _unknown_subject_nearer(unknown, history, token):
                target = None  # "The army said it had ...": 'it' is the army, whom nothing named before is
            if target:
                refs[i] = (target,)
        elif lower in PLURAL_PRONOUNS:
            target = _recent_pair(pairs, doc, i)
            if target is None:
                # "Afghan rebel leaders said they would...": the last plural noun that stands for an actor
                target = next(((k,) for j, k, _ in reversed(history)
                               if doc[j].tag_ in PLURAL_NOUN_TAGS and doc[j].sent == token.sent), None)
            if target and _subject_of_own_clause(token, refs) == target:
                target = None  # "they breached the law by detaining them": not the same people
            if target:
                refs[i] = target
        elif lower in RELATIVE_PRONOUNS and token.dep_ in SUBJECT_DEPS | {"dobj", "pobj", "poss"}:
            target = _relative_antecedent(token, refs, types)
            if target:
                refs[i] = target
        i += 1


def _same_kind(earlier: Token, noun: str) -> bool:
    """Whether an event named before (its head word) can be what "the <noun>" speaks of: of the noun's kind
    (data/event_kinds.tsv), or of no known kind ("African Lion"); never of another ("the war" ... an election)."""
    kinds = lexicons.event_kinds()
    return kinds.get(earlier.lemma_.lower(), kinds.get(noun)) == kinds.get(noun)


def _owner_of_part(token: Token) -> bool:
    """'Y's subsidiary', 'the oil unit of Y': Y named as the owner of an unnamed part (data/part_nouns.txt), which
    is the company a later "the firm" speaks of, not Y ("Y's unit Z": Z is named, and nearer)."""
    part = token.head if token.dep_ == "poss" else token.head.head if token.dep_ == "pobj" \
        and token.head.lower_ == "of" else None
    return part is not None and part.i != token.i and part.lemma_.lower() in lexicons.part_nouns() \
        and not any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in part.children)


def _quote_marks(doc: Doc) -> Iterable[Token]:
    """The tokens that are quotation marks, found in the doc's array of token texts (no Token is made for the
    others: a document has thousands)."""
    marks = [doc.vocab.strings[text] for text in ('"', *OPENING_QUOTES, *CLOSING_QUOTES)]
    return (doc[int(i)] for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), marks)))


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token spans (first, last) between opening and closing quotation marks (curly, straight or ``'')."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for token in _quote_marks(doc):
        text = token.text
        if text == '"':  # a straight quote opens after a space and before a word, else closes
            prior = doc[token.i - 1] if token.i else None
            before = prior is None or bool(prior.whitespace_) or prior.is_space or prior.is_left_punct
            opening = before and not token.whitespace_
        elif text in OPENING_QUOTES or text in CLOSING_QUOTES:
            opening = text in OPENING_QUOTES
        else:
            continue
        if opening:
            if start is not None:  # a quotation left open (a quoted paragraph running on) ends here
                spans.append((start, token.i - 1))
            start = token.i
        elif start is not None:
            spans.append((start, token.i))
            start = None
    return spans


def _within(quoted: list[tuple[int, int]], i: int) -> bool:
    """Whether token i lies within a quotation."""
    return any(first <= i <= last for first, last in quoted)


def _quotation_said(doc: Doc, pronoun: Token, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation a pronoun is the speaker of ('"...," he said', '"...," she added'): one that closes right
    before it (punctuation between at most), the pronoun the subject of a speech verb. Whom the quotation
    names is not its speaker."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_ not in lexicons.speech_verbs():
        return None
    for first, last in quoted:
        if last < pronoun.i and all(t.is_punct or t.is_space for t in doc[last + 1:pronoun.i]):
            return first, last
    return None


def _quotation_speaker(doc: Doc, first: int, last: int, refs: dict[int, tuple[str, ...]],
                       types: dict[str, str]) -> tuple[str, ...] | None:
    """Who speaks a quotation: the subject of the speech verb it depends on ("'...,' Mr Oaten said"), or of a
    speech verb beside it in its sentences ("She said: '...'")."""
    speech = lexicons.speech_verbs()
    candidates: list[Token] = []
    for i in range(first, last + 1):
        node = doc[i]
        while first <= node.i <= last and node.head.i != node.i:
            node = node.head
        if not first <= node.i <= last:
            candidates.append(node)
    sentences = [doc[first].sent] + ([doc[last].sent] if doc[last].sent != doc[first].sent else [])
    for sent in sentences:  # in text order (a set of spans would iterate in an order that varies between runs)
        candidates += [t for t in sent if not first <= t.i <= last]
    for verb in candidates:
        if verb.lemma_ not in speech:
            continue
        for child in verb.children:
            if child.dep_ == "nsubj" and not first <= child.i <= last:
                found = refs.get(child.i)
                if found and types.get(found[0]) == "Person":
                    return found
    return None


def _resolve_first_person(doc: Doc, refs: dict[int, tuple[str, ...]], types: dict[str, str]) -> None:
    """'"I want him to act," Mr Oaten said': a first-person pronoun in a quotation is its speaker; a quotation
    with no speech verb of its own continues the previous one's speaker."""
    previous: tuple[str, ...] | None = None
    previous_end = -1
    for first, last in _quotations(doc):
        speaker = _quotation_speaker(doc, first, last, refs, types)
        if speaker is None and previous is not None and doc[first].sent.start <= doc[previous_end].sent.end:
            speaker = previous  # '... she said. "And we will ..."'
        if speaker is None:
            continue
        other = next((refs[j] for j in range(first - 1, -1, -1) if j in refs and refs[j] != speaker
                      and types.get(refs[j][0]) == "Person"), None)
        for i in range(first + 1, last):
            if doc[i].lower_ in FIRST_PERSON_PRONOUNS and i not in refs:
                refs[i] = speaker
            elif doc[i].lower_ in GENDERED_PRONOUNS and refs.get(i) == speaker:
                # the speaker is "I" in their own words: "he" there is someone else, the last other person named
                if other is None:
                    del refs[i]
                else:
                    refs[i] = other
        previous, previous_end = speaker, last


def _relative_antecedent(token: Token, refs: dict[int, tuple[str, ...]], types: dict[str, str]
                         ) -> tuple[str, ...] | None:
    """'who'/'which': the noun the relative clause hangs on, else the nearest fitting mention before it."""
    clause = token.head
    while clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.i in refs:
        found = refs[clause.head.i]
        if (token.lower_ in PERSONAL_RELATIVE_PRONOUNS) == (types.get(found[0]) == "Person") \
                or types.get(found[0]) == "Group":  # "the farmers, who": a group of people
            return found
    head = clause.head
    if clause.dep_ == "relcl" and head.pos_ == "NOUN" and head.i not in refs \
            and head.lemma_.lower() not in lexicons.titles():
        # "the terrorists who threaten Britain": a noun that names no actor, not a name before it; but "its
        # exchange rate, which the G7 blamed": what is owned stands for its owner
        return next((refs[c.i] for c in head.children if c.dep_ == "poss" and c.i in refs), None)
    want_person = token.lower_ in PERSONAL_RELATIVE_PRONOUNS
    for j in range(token.i - 1, token.sent.start - 1, -1):
        if j in refs and (types.get(refs[j][0]) == "Person") == want_person:
            return refs[j]
    return None


def _placed(token: Token) -> bool:
    """'in Russia, India and elsewhere': names coordinated as where something is are places, not a pair acting."""
    return token.dep_ == "pobj" and token.head.lower_ in POSITION_PREPOSITIONS | WITHIN_PREPOSITIONS


ACTOR_TYPES = frozenset({"Country", "Person", "Organization", "Group"})
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT", "dative", "conj", "attr"})


def _group_reference(doc: Doc, start: int, length: int, pairs, history, types
                     ) -> tuple[int, tuple[str, ...] | None]:
    """'the two countries', 'both of them', 'the pair': the end of the phrase and the last pair of actors of the
    kind its noun names (data/group_nouns.tsv), or None. 'both'/'the two' before another noun ('both houses',
    'the two candidates', 'both India and Pakistan') and a noun with an of-phrase ('both sides of the border')
    refer to no pair; a pair is never one actor, nor two of another kind, nor three."""
    last = doc[start + length - 1]
    end = start + length
    nouns = lexicons.group_nouns()
    head, size = last, 2
    if last.lower_ in {"other", "another"}:
        wanted, size = "actor", None  # "each other", "one another": the reciprocal of two or more
    elif last.lower_ in {"both", "two"}:
        if last.dep_ in _PRONOUN_DEPS and not (last.lower_ == "two" and last.head.i > last.i
                                                and last.head.pos_ in NOMINAL_POS):
            wanted = "actor"  # "Both agreed", "the two could work together", "both of them"
        elif last.head.i > last.i and last.head.pos_ in NOMINAL_POS and last.head.tag_ in PLURAL_NOUN_TAGS \
                and last.dep_ in {"det", "predet", "nummod", "quantmod", "amod"}:
            head = last.head  # "the two nuclear powers", "both companies"
            end = head.i + 1
            if _self_defining(head):
                return end, None  # "both the poorest and richest nations", "the two biggest economies"
            wanted = nouns.get(head.lemma_.lower())
            if wanted is None:
                return end, None
        else:
            return end, None  # "both India and Pakistan", "both here and abroad", "the two-day summit"
    else:
        wanted = nouns.get(last.lemma_.lower(), "actor")  # "the two countries", "the pair", "the duo"
    if head.lemma_.lower() in nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return end, None  # "both sides of the border", "the two houses of parliament"
    if any(c.dep_ == "appos" for c in head.children) or (end < len(doc) and doc[end].text in {"(", "["}):
        return end, None  # "the two companies [X and Y]": the text names them itself
    allowed = ACTOR_TYPES if wanted == "actor" else frozenset({wanted})
    for i, pair in reversed(pairs):
        if _close_before(start, i) and all(types.get(k) in allowed for k in pair) \
                and (size is None or len(pair) == size):
            return end, pair
    if wanted == "Country":
        return end, _last_pair(pairs, history, types, start, countries_only=True)
    if wanted == "Organization":
        return end, _last_two(history, types, start, "Organization")  # "X will supply Y ... the two firms"
    return end, None


def _last_two(history, types, before: int, kind: str, window: int = 120) -> tuple[str, ...] | None:
    """'X agreed to supply Y ... The two firms': the last two distinct actors of one kind named within `window`
    tokens before `before`, when no third of that kind comes between (then which two are meant is unclear)."""
    seen: list[str] = []
    for j, key, _ in reversed(history):
        if j >= before or types.get(key) != kind or key in seen:
            continue
        if before - j >= window:
            break
        seen.append(key)
    return tuple(reversed(seen)) if len(seen) == 2 else None


def _self_defining(noun: Token) -> bool:
    """Whether a plural noun's own modifiers say which ones are meant, so that 'both'/'the two' before it
    refers back to no pair: a superlative ("the two biggest economies") or modifiers in coordination ("both the
    poorest and richest nations")."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.dep_ == "conj" for g in c.children))
               for c in noun.children)


def _close_before(before: int, i: int, window: int = 400) -> bool:
    """Whether a pair named at token i is before `before` and close enough to be meant."""
    return i < before and before - i < window


def _last_pair(pairs, history, types, before: int, any_type: bool = False,
               countries_only: bool = False) -> tuple[str, ...] | None:
    """The last coordinated pair named before `before`, else the last two distinct countries (only those with
    `countries_only`)."""
    for i, pair in [] if countries_only else reversed(pairs):
        if i < before and before - i < 400:
            return pair
    if any_type:
        return None
    seen: list[str] = []
    for _, key, _ in reversed(history):
        if types.get(key) == "Country" and key not in seen:
            seen.append(key)
        if len(seen) == 2:
            return tuple(reversed(seen))
    return None


def _recent_pair(pairs, doc: Doc, before: int) -> tuple[str, ...] | None:
    """'they/them': the last coordinated pair named in the pronoun's sentence or the one before; a pair named
    further back has been displaced by what the text spoke of since ("... the IMF and the World Bank. [...] until
    somebody says they are willing")."""
    sent_start = doc[before].sent.start
    window = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for i, pair in reversed(pairs):
        if window <= i < before:
            return pair
        if i < window:
            return None
    return None


def _subject_of_own_clause(pronoun: Token, refs: dict[int, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The referents of the subject of the clause an object pronoun sits in, the verb found through the
    prepositions and non-finite verbs it hangs from ("they broke the law by detaining them", "we asked them"): a
    plain object pronoun is never the subject of its own clause, which would say "themselves"."""
    if pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return None
    head = pronoun.head
    for _ in range(6):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return refs.get(subject.i)
        if head.dep_ not in {"prep", "pcomp", "xcomp", "advcl", "pobj", "acl"} or head.head is head:
            return None
        head = head.head
    return None


def _unknown_subject_nearer(unknown: list[int], history, pronoun: Token) -> bool:
    """Whether 'it' follows, in its sentence, a subject organisation description that refers to nothing named
    before ("The army said it ..."), with no entity named between: 'it' is then that organisation."""
    last = next((j for j in reversed(unknown) if pronoun.sent.start <= j < pronoun.i), None)
    return last is not None and not any(last < j < pronoun.i for j, _, _ in history)


def _note_description(history, i: int, target: str, token: Token) -> None:
    """'The party says ... . Its leader ...': an organisation a description names is in focus as its name would be,
    so a later 'it/its' prefers the description's subject to a body named before it."""
    history.append((i, target, token.dep_ in SUBJECT_DEPS))


def _last_neuter(history, types, doc: Doc, before: int) -> str | None:
    """'it/its': the last non-person entity, preferring a subject of the current or previous sentence."""
    sent_start = doc[before].sent.start
    prev_start = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    candidates = [(i, k, subj) for i, k, subj in history if types.get(k) not in {"Person", None} and i < before
                  and not (k in _party_keys() and _labels_person(doc[i]))]
    for i, key, subj in reversed(candidates):
        if subj and i >= prev_start:
            return key
    return candidates[-1][1] if candidates else None


@functools.cache
def _party_keys() -> frozenset[str]:
    """The keys of the parties of data/political_parties.tsv."""
    return frozenset("organization/" + slug(party) for party in lexicons.political_parties().values())


def _labels_person(token: Token) -> bool:
    """'Democrat John Carr', 'Tory MP X', 'X, a Democrat': a party word labelling a person's name is not what
    'it' refers to (that is a label of the person, not the party spoken of)."""
    if token.dep_ not in {"compound", "amod", "appos"}:
        return False
    while token.dep_ in {"compound", "amod", "appos"} and token.head is not token:
        token = token.head  # "Republican senator John McCain": up through the title to the name
        if token.ent_type_ == "PERSON":
            return True
    return False


def _led_governments(doc: Doc, resolver: _Resolver, refs: dict[int, tuple[str, ...]],
                     types: dict[str, str]) -> None:
    """'the Lane administration', "President X's government" (data/government_nouns.txt): a government named by
    the person heading it stands for that person's state, as "the British government" stands for Britain. Not a
    pronoun's ("his government": the pronoun may err), nor one whose person no state can be found for."""
    nouns = lexicons.government_nouns()
    held: dict[str, set[str]] | None = None
    wanted = {doc.vocab.strings[noun] for noun in nouns}
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):  # (a Token made only for a government noun)
        if lemma not in wanted or i in refs or doc[i].pos_ != "NOUN":
            continue
        token = doc[i]
        people = {k for c in token.children if c.i < token.i and c.dep_ in {"poss", "compound", "nmod", "amod"}
                  and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")  # (a name the tagger took for an adjective)
                  for k in refs.get(c.i, ()) if types.get(k) == "Person"}
        if len(people) != 1:
            continue
        if held is None:
            held = _held_posts(doc, resolver, refs)
        state = _led_state(token, next(iter(people)), held, resolver, refs)
        if state is not None:
            refs[token.i] = (state,)


def _led_state(token: Token, person: str, held: dict[str, set[str]], resolver: _Resolver,
               refs: dict[int, tuple[str, ...]]) -> str | None:
    """The state of the government `token` that `person` heads: the one state the person's posts tie them to
    ("US President X"); else, for a person holding a post that heads a state ("President X"), the one state whose
    government the text names ("the US government"), unless this sentence names that state (the one acted on:
    "President X's government imposed tariffs on Y")."""
    states = _person_states({person: held.get(person, set())})[person]
    if len(states) == 1:
        return next(iter(states))
    titles = _titles_by_lower()
    if states or not any(getattr(titles.get(post), "leads", "") == "state" for post in held.get(person, ())):
        return None
    nouns = lexicons.government_nouns()
    named = {"country/" + m.iso3 for m, _ in resolver.assigned
             if m.role == "state" and m.iso3 and resolver.doc[m.head].lemma_.lower() in nouns}
    if len(named) != 1:
        return None  # (not the state "the government" would stand for: the country named most may be another)
    state = next(iter(named))
    sentence = token.sent
    if any(state in refs.get(i, ()) for i in range(sentence.start, sentence.end)):
        return None
    return state


def _same_owner_plans(doc: Doc, resolver: _Resolver, keys: dict[int, str]) -> None:
    """'the Tarnish tax plan' ... 'the Tarnish plans' ... 'the Tarnish proposals': plans one named owner owns in
    one text are one plan, unless the nouns that specify them differ ("Tarnish tax plans", "Tarnish health
    plans"). A pronoun owner is left alone: whom it stands for is not yet known."""
    seen: list[tuple[str, str, frozenset[str]]] = []  # (plan key, owner key, specifying nouns)
    for mention, key in list(resolver.assigned):
        head = doc[mention.head]
        if mention.type != "Agreement" or mention.kind != "description" or mention.role != "thing" \
                or head.lemma_.lower() not in lexicons.owned_plan_nouns():
            continue
        owner = plan_owner(head)
        if owner is None or owner.pos_ == "PRON":
            continue
        owner_key = next((k for m, k in resolver.assigned if m.start <= owner.i < m.end and m.type in ACTOR_TYPES),
                         None)
        key = keys.get(mention.head, key)
        if owner_key is None or key not in resolver.clusters:
            continue
        nouns = frozenset(c.lemma_.lower() for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")
        earlier = next((k for k, o, n in seen if o == owner_key and k != key and k in resolver.clusters
                        and (nouns <= n or n <= nouns)), None)
        if earlier is not None:
            _merge(resolver, keys, keep=earlier, drop=key)
        else:
            seen.append((key, owner_key, nouns))


def _merge_descriptors(doc: Doc, mentions: list[Mention], resolver: _Resolver, keys: dict[int, str]) -> None:
    """'Russian state bank VEB', 'the Kenyan army unit Alpha': a description written right before a name it
    modifies (its head a compound of the name's) describes that name: one entity, labelled by the name."""
    by_start = {m.start: m for m in mentions if m.kind == "name"}
    for mention in mentions:
        name = by_start.get(mention.end)
        if mention.kind != "description" or name is None or name.type != mention.type \
                or doc[mention.head].dep_ not in {"compound", "nmod"} or doc[mention.head].head.i != name.head:
            continue
        a, b = keys.get(name.head), keys.get(mention.head)
        if a and b and a != b and a in resolver.clusters and b in resolver.clusters:
            _merge(resolver, keys, keep=a, drop=b)


PARTITIVE_PREPOSITIONS = frozenset({"in", "on", "within", "inside", "among"})  # "many in the party"
_PARTITIVE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "conj"})


def _partitive_actors(doc: Doc, refs: dict[int, tuple[str, ...]], types: dict[str, str]) -> None:
    """'Many in his own party criticised him', 'some in the Tory party urged', 'many on the Labour benches': a
    quantifier standing alone for people within an organisation (in, on, within, among it) acts for that
    organisation. Not for a place or state ("many in Britain" are not Britain acting), nor a person."""
    for token in doc:
        if token.i in refs or token.dep_ not in _PARTITIVE_DEPS or token.lemma_.lower() not in QUANTIFYING_ADJECTIVES \
                or any(c.dep_ in {"det", "poss", "amod", "compound"} for c in token.children) \
                or (token.head.pos_ in NOMINAL_POS and token.dep_ not in {"pobj", "conj"}):
            continue
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in PARTITIVE_PREPOSITIONS), None)
        whole = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        keys = _organisation_within(whole, refs, types) if whole is not None else ()
        if keys:
            refs[token.i] = keys


def _organisation_within(whole: Token, refs: dict[int, tuple[str, ...]], types: dict[str, str]) -> tuple[str, ...]:
    """The organisation a partitive's object names: its own reference ("his own party", `_party_descriptions`),
    or the party named on its benches or by its party word ("the Tory benches", "the Tory party"); () for
    anything else."""
    keys = refs.get(whole.i, ())
    if not keys and whole.lemma_.lower() in {"bench", PARTY_NOUN}:
        keys = next((refs[c.i] for c in whole.children if c.dep_ in {"compound", "amod", "nmod"} and c.i in refs), ())
    return keys if keys and all(types.get(k) == "Organization" for k in keys) else ()


def _plan_owners(doc: Doc, resolver: _Resolver, refs: dict[int, tuple[str, ...]], types: dict[str, str]) -> None:
    """'X criticised the Tarn tax plan', 'X backed her plans': a plan an actor owns (mentions.plan_owner) is the
    plan and stands for its owner too, so a stance that takes only actors reaches the owner as before. A plan
    whose owner resolves to no actor is left to its owner's words alone; a pronoun owner's name heads the
    plan's label ("Ann Roe's plans for lower taxes")."""
    for mention, key in resolver.assigned:
        if mention.type != "Agreement" or mention.kind != "description" or mention.role != "thing" \
                or doc[mention.head].lemma_.lower() not in lexicons.owned_plan_nouns():
            continue
        owner = plan_owner(doc[mention.head])
        if owner is None or refs.get(mention.head) != (key,):
            continue
        owners = tuple(k for k in refs.get(owner.i, ()) if types.get(k) in ACTOR_TYPES and k != key)
        if not owners:
            for i in range(mention.start, mention.end):
                if refs.get(i) == (key,):
                    del refs[i]
            continue
        refs[mention.head] = (key, *owners)
        cluster = resolver.clusters.get(key)
        if owner.pos_ == "PRON" and len(owners) == 1 and cluster is not None and owners[0] in resolver.clusters:
            name = _named_entity(resolver.clusters[owners[0]]).label
            cluster.names.append(f"{name}'s {mention.text}")


_PARTY_WINDOW = 2  # sentences before "the party" in which the party it means acted


def _party_descriptions(doc: Doc, refs: dict[int, tuple[str, ...]], types: dict[str, str],
                        held: dict[str, set[str]]) -> None:
    """'Labour hit back. The party challenged ...', 'Tory leader X spoke; his party ...': a bare 'the party' refers
    to the party (data/political_parties.tsv) that last acted as a subject, or whose label a subject bears
    ("UKIP leader X said"), in its sentence or the two before; 'his (own) party' to the one party the text gives
    its owner by a post ("Tory leader X"). Not a qualified one ("the ruling party", "the party of government"),
    nor one of several parties acting together, nor when no party acted nearby."""
    parties = _party_keys()
    if not any(k in parties for ks in refs.values() for k in ks):
        return
    starts = [s.start for s in doc.sents]
    for token in doc:
        if token.lower_ != PARTY_NOUN or token.pos_ != "NOUN" or token.i in refs \
                or token.dep_ in {"compound", "amod", "nmod"} \
                or any((c.dep_ in {"amod", "compound", "nmod", "nummod"} and c.lower_ != "own")
                       or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
            continue
        owner = next((c for c in token.children if c.dep_ in {"det", "poss"}), None)
        target = None
        if owner is not None and owner.lower_ in POSSESSIVE_DETERMINERS:
            people = [k for k in refs.get(owner.i, ()) if types.get(k) == "Person"]
            found = {k for k in held.get(people[0], ()) if k in parties} if len(people) == 1 else set()
            target = next(iter(found)) if len(found) == 1 else None
        elif owner is not None and owner.lower_ == "the":
            here = max(n for n, start in enumerate(starts) if start <= token.i)
            first = starts[max(0, here - _PARTY_WINDOW)]
            # (not one of several parties acting together: "Labour and the Lib Dems say the party's sums ...")
            target = next((k for j in range(token.i - 1, first - 1, -1) for k in refs.get(j, ())
                           if k in parties and _acting_label(doc[j]) and not doc[j].conjuncts), None)
        if target is not None:
            refs[token.i] = (target,)
            if owner.lower_ == "the":  # ("his" stays its owner's)
                refs[owner.i] = (target,)


def _sole_party_nearby(doc: Doc, refs: dict[int, tuple[str, ...]]) -> None:
    """'A Kovex Party aide urged X to leave the council. The party says ...': a bare subject 'the party' that
    `_party_descriptions` left unresolved (no party acted nearby) is the one party (data/political_parties.tsv)
    named in its sentence or the two before, when only one is."""
    parties = _party_keys()
    starts = [s.start for s in doc.sents]
    for token in doc:
        if token.lower_ != PARTY_NOUN or token.pos_ != "NOUN" or token.i in refs or token.dep_ not in SUBJECT_DEPS \
                or any(c.dep_ in {"amod", "compound", "nmod", "nummod", "prep", "poss"} for c in token.children):
            continue
        owner = next((c for c in token.children if c.dep_ == "det"), None)
        if owner is None or owner.lower_ != "the":
            continue
        here = max(n for n, start in enumerate(starts) if start <= token.i)
        first = starts[max(0, here - _PARTY_WINDOW)]
        named = {k for j in range(first, token.i) for k in refs.get(j, ()) if k in parties}
        if len(named) == 1:
            refs[token.i] = refs[owner.i] = (named.pop(),)


def _party_in_focus(doc: Doc, refs: dict[int, tuple[str, ...]], types: dict[str, str]) -> None:
    """'UKIP asked him to quit the assembly. The party says ... . Its leader, X': 'it/its' after a subject 'the
    party' (resolved only after the pronouns, by `_party_descriptions`) is that party when no other subject comes
    between, in the pronoun's sentence or the one before, as it would be had the party been named there."""
    parties = _party_keys()
    for token in doc:
        if token.lower_ not in NEUTER_PRONOUNS or _is_pleonastic(token):
            continue
        sent_start = token.sent.start
        prev_start = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        last = next((t for t in reversed(doc[prev_start:token.i]) if t.dep_ in SUBJECT_DEPS and t.i in refs
                     and types.get(refs[t.i][0]) not in {"Person", None}), None)
        if last is None or last.lower_ != PARTY_NOUN or len(refs[last.i]) != 1 or refs[last.i][0] not in parties \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
            continue
        refs[token.i] = refs[last.i]


def _acting_label(token: Token) -> bool:
    """Whether a word names an actor of its clause: a subject, or a label or possessor of the subject ("UKIP leader
    X said", "Labour's X said"), up through the words it modifies."""
    while True:
        if token.dep_ in SUBJECT_DEPS:
            return True
        if token.dep_ not in {"compound", "amod", "nmod", "poss", "appos", "case"} or token.head is token:
            return False
        token = token.head


LEAD_SENTENCES = 3  # the headline, the lead and the next sentence: where a story's source is first described
NAMED_WITHIN = 3  # sentences after the description within which its speaker is named


def _lead_described_speakers(doc: Doc, resolver: _Resolver, refs: dict[int, tuple[str, ...]],
                             held: dict[str, set[str]]) -> None:
    """The speaker a story's first sentences describe ("..., a senior EU diplomat says") is the one person
    named later whose posts are of the same kind (data/person_kinds.tsv) and, if the description names a
    state or body, whom the text ties to it; nobody when none or two such persons are named."""
    kinds = lexicons.person_kinds()
    speech = lexicons.speech_verbs()
    sentences = list(doc.sents)[:LEAD_SENTENCES]
    if not sentences:
        return
    people: dict[str, list[Mention]] = {}
    for mention, key in resolver.assigned:
        if mention.type == "Person" and mention.kind == "name":
            people.setdefault(key, []).append(mention)
    for sent in sentences:
        for noun in sent:
            kind = kinds.get(noun.lower_)
            if kind is None or noun.pos_ != "NOUN" or noun.dep_ != "nsubj" \
                    or noun.head.lemma_.lower() not in speech \
                    or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
                continue
            bodies = {k for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}
                      for k in refs.get(c.i, ()) if not k.startswith("person/")}
            fitting = [key for key, ms in people.items()
                       if min(m.start for m in ms) > noun.i
                       and kind in _person_kinds(doc, key, ms, held)
                       and bodies <= _person_ties(doc, key, ms, refs, held)]
            if len(fitting) == 1 and _named_soon_as_speaker(doc, noun, people[fitting[0]]):
                refs[noun.i] = (fitting[0],)


def _person_words(doc: Doc, mentions: list[Mention]) -> list[Token]:
    """The words described with a person's names: the title words before a name and the appositions after it
    ("Foreign Minister X", "X, a professor of law")."""
    words = _title_words()
    out: list[Token] = []
    for mention in mentions:
        j = mention.start - 1
        while j >= 0 and (doc[j].lower_ in words or doc[j].pos_ == "PROPN" and doc[j].ent_type_ in {"ORG", "GPE", "NORP"}):
            out.append(doc[j])
            j -= 1
        for child in doc[mention.head].children:
            if child.dep_ == "appos" and not mention.start <= child.i < mention.end:
                out.extend(t for t in child.subtree if t.i <= child.i)
    return out


def _person_kinds(doc: Doc, key: str, mentions: list[Mention], held: dict[str, set[str]]) -> set[str]:
    """The kinds of person (data/person_kinds.tsv) a named person's posts and descriptions make them."""
    kinds = lexicons.person_kinds()
    words = {w for post in held.get(key, ()) for w in post.split()}
    words |= {t.lower_ for t in _person_words(doc, mentions)}
    return {kinds[w] for w in words if w in kinds}


def _person_ties(doc: Doc, key: str, mentions: list[Mention], refs: dict[int, tuple[str, ...]],
                 held: dict[str, set[str]]) -> set[str]:
    """The states and bodies the text ties a named person to by a post or description ("EU envoy X")."""
    ties = {k for k in held.get(key, ()) if "/" in k}
    ties |= {k for t in _person_words(doc, mentions) for k in refs.get(t.i, ()) if k != key}
    return ties


def _named_soon_as_speaker(doc: Doc, noun: Token, mentions: list[Mention]) -> bool:
    """Whether a person fitting a lead's description is named within a few sentences after it and speaks
    somewhere in the text (the subject of a speech verb): the source, not a person the source speaks of."""
    speech = lexicons.speech_verbs()
    sentences = list(doc.sents)
    at = next(n for n, sent in enumerate(sentences) if sent.start <= noun.i < sent.end)
    first = min(m.start for m in mentions)
    soon = any(sent.start <= first < sent.end for sent in sentences[at + 1:at + 1 + NAMED_WITHIN])
    return soon and any(doc[m.head].dep_ == "nsubj" and doc[m.head].head.lemma_.lower() in speech
                        for m in mentions)
