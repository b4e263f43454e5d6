"""Parsed doc + resolved entities → facts of the vocabulary, each with its evidence, dates, modality and confidence.

Two families of rules, both on the dependency parse:
- events: a trigger word (verb or nominalisation, from `data/triggers.tsv`) with its agent and its object,
  through active and passive voice, light verbs ("made a visit to"), copulas ("was the mediator in"),
  relative clauses, control ("agreed to set up") and coordination on either side;
- states: roles and titles of people (appositions, pre-modifiers, "in his capacity as", "X's foreign
  minister Y", "his Moroccan counterpart Y"), the country a body or person belongs to, who leads what.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import replace

from rdflib import OWL, RDFS
from spacy.tokens import Doc, Span, Token

from kg.extract import dates, gazetteer, lexicons
from kg import vocabulary
from kg.extract.entities import ResolvedEntities
from kg.model import ENTITY_TYPES, Document, Entity, Evidence, Fact

ACTORS = frozenset({"Person", "Organization", "Country", "Group"})
PARTITIVES = frozenset({"thousand", "hundred", "dozen", "million", "group", "crowd", "number", "some", "many",
                        "most", "all", "several", "batch", "contingent", "delegation", "team", "part", "majority",
                        "member", "leader", "official", "representative", "delegate"})
MEASURES = frozenset({"ton", "tonne", "worth", "package", "amount", "shipment", "consignment", "tranche", "lot",
                      "round", "series", "wave", "kind", "type", "form"})  # "25,000 tons of food aid"
HOME_TARGETS = frozenset({"protests"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "throughout"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})  # "X said that Y must withdraw": X demands of Y
CONDITION_MARKS = frozenset({"unless"})  # "X will withdraw unless Y ...": a conditional threat to Y
# Predicates whose target may be the place where the act is done: "a curfew in Montenegro", "rioted in Serbia".
LOCATED_TARGETS = frozenset({"attacks", "coerces", "sanctions", "concedesTo", "protests", "threatens",
                             "mobilizesAgainst", "aids"})
# Predicates whose target may be named only by their purpose clause: "marched to demand reforms from X",
# "opened fire to disperse X", "lifted a trade ban to reward Tripoli".
PURPOSE_TARGETS = frozenset({"protests", "attacks", "coerces", "concedesTo", "sanctions"})
# Prepositions by which a verb names whom a thing is taken from or done to: "seized weapons from X".
THING_PREPOSITIONS = ("prep:from", "prep:against", "prep:on", "prep:into", "prep:to")
PLAN_VERBS = frozenset({"plan", "intend", "expect", "schedule", "prepare", "hope", "aim", "want", "seek", "propose",
                        "due", "set", "go", "will", "agree", "decide", "promise", "pledge", "vow", "offer",
                        "threaten", "warn", "propose", "consider", "vote"})
NEGATING_HEADS = frozenset({"refuse", "fail", "decline", "deny", "cancel", "postpone", "reject", "avoid", "halt",
                            "stop", "abandon", "scrap", "call off", "rule out"})
POSSIBILITY = frozenset({"may", "might", "could", "would", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PLANNED_MODIFIERS = frozenset({"planned", "upcoming", "forthcoming", "proposed", "scheduled", "future", "next",
                               "expected", "prospective", "coming"})
LIGHT_SUBJECT_DEPS = frozenset({"dobj", "attr", "pobj", "nsubj", "nsubjpass"})
MIN_TRIGGER_CONFIDENCE = 0.5  # the floor of the lexicon; raising it cost recall on every test set (measured)
CO_AGENT_PREDICATES = frozenset({"signs"})
ADDRESSEE_PREDICATES = frozenset({"demands", "criticizes"})  # "demanded that Y ...", "accused ... that Y ..."
TRIGGER_ENTITY_TYPES = frozenset({"EVENT"})  # NER spans whose words may still be triggers
RANK_NOUNS = frozenset({"member", "officer", "official", "figure"})  # "the highest ranking member of ..."
CIRCUMSTANCE_PREPOSITIONS = frozenset({"during", "in", "at", "after", "amid", "through"})
# Prepositions that introduce whom an act is aimed at ("action against Russia", "X signed with Y an accord").
OBJECT_PREPOSITIONS = frozenset({"against", "on", "to", "with", "for", "over", "from", "toward", "towards", "upon"})


NOMINAL_SUFFIXES = (("ish", "ishment"), ("ize", "ization"), ("ise", "isation"), ("ate", "ation"), ("aw", "awal"),
                    ("ct", "ction"), ("pt", "ption"), ("mn", "mnation"), ("oy", "oyment"))


def nominalisations(verb: str) -> set[str]:
    """The regular English nominalisation of a verb, by its ending ("establish" → "establishment", "normalise" →
    "normalisation", "mediate" → "mediation", "withdraw" → "withdrawal", "deploy" → "deployment")."""
    if len(verb) < 5 or " " in verb:
        return set()
    return {verb[: -len(end)] + noun for end, noun in NOMINAL_SUFFIXES if verb.endswith(end)}


def _nominal(trigger: lexicons.Trigger, noun: str) -> lexicons.Trigger:
    """The noun reading of a verb trigger: its direct object becomes an of-phrase ("the signing of the deal")."""
    objects = tuple("prep:of" if o == "dobj" else o for o in trigger.objects if o not in {"dative", "poss"})
    lemma = " ".join([noun, *trigger.dependents])
    return lexicons.Trigger(lemma, "NOUN", trigger.predicate, objects or ("prep:of",),
                            round(trigger.confidence * 0.9, 2), trigger.source + " (nominalised)", trigger.line)


@functools.cache
def triggers() -> dict[tuple[str, str], tuple[lexicons.Trigger, ...]]:
    """Event triggers (data/triggers.tsv, with the regular nominalisations of its verbs) and state triggers
    (data/state_triggers.tsv), keyed by (head lemma, POS), multi-word ones first."""
    table = {k: list(v) for k, v in lexicons.trigger_heads().items()}
    listed_nouns = {head for head, pos in table if pos == "NOUN"} | set(lexicons.entity_nouns())
    listed_nouns |= lexicons.nominal_exceptions()
    for (head, pos), rows in list(table.items()):
        if pos != "VERB":
            continue
        for noun in nominalisations(head) - listed_nouns:
            table.setdefault((noun, "NOUN"), []).extend(_nominal(t, noun) for t in rows)
    for trigger in lexicons.state_triggers():
        table.setdefault((trigger.head, trigger.pos), []).append(trigger)
    return {k: tuple(v) for k, v in table.items()}


def is_light_verb(verb: Token) -> bool:
    """A light verb, single ("held talks") or phrasal ("carried out raids", "speeded up the withdrawal")."""
    lemma = verb.lemma_.lower()
    verbs = lexicons.light_verbs()
    return lemma in verbs or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in verbs for c in verb.children)


def _governors(verb: Token, depth: int = 3) -> Iterator[Token]:
    """The words whose complement a clause is, nearest first: "offered to send troops" → offered;
    "is ready to help" → ready."""
    node = verb
    for _ in range(depth):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return
        node = node.head
        yield node


def _trigger_lemma(token: Token, pos: str, table: dict) -> str:
    """The token's lemma as the lexicon knows it; a capitalised plural opening a sentence ("Talks between...")
    may keep its form in spaCy's lemma, so its lower-case singular is tried too."""
    lemma = token.lemma_.lower()
    if (lemma, pos) in table or pos != "NOUN":
        return lemma
    lower = token.lower_
    for candidate in (lower, lower[:-1] if lower.endswith("s") else "", lower[:-2] if lower.endswith("es") else ""):
        if candidate and (candidate, pos) in table:
            return candidate
    return lemma


def _has_dependents(token: Token, trigger: lexicons.Trigger) -> bool:
    """A multi-word trigger ("call on", "reach deal", "take part") needs its particle, preposition or object."""
    if not trigger.dependents:
        return True
    around = {c.lemma_.lower() for c in token.children} | {c.lower_ for c in token.children}
    around |= {g.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "prep"} for g in c.children}
    return all(d in around for d in trigger.dependents)


@functools.cache
def _allowed_types(predicate: str) -> tuple[frozenset[str], frozenset[str]]:
    """The entity types the ontology allows as subject and as object of a predicate."""
    graph = vocabulary.ontology()
    iri = vocabulary.predicate(predicate).iri

    def classes(prop) -> frozenset[str]:
        value = graph.value(iri, prop)
        if value is None:
            return frozenset(ACTORS | {"Agreement", "Event", "Place"})
        union = graph.value(value, OWL.unionOf)
        members = list(graph.items(union)) if union is not None else [value]
        found: set[str] = set()
        while members:  # a class stands for itself and its subclasses (kg:Actor → Person, Country, ...)
            member = members.pop()
            found.add(str(member).rsplit("#", 1)[-1])
            members += list(graph.subjects(RDFS.subClassOf, member))
            for equivalent in graph.objects(member, OWL.equivalentClass):
                union = graph.value(equivalent, OWL.unionOf)
                members += list(graph.items(union)) if union is not None else []
        return frozenset(found & set(ENTITY_TYPES))

    return classes(RDFS.domain), classes(RDFS.range)


class FactReader:
    """Reads the facts of one parsed document; one instance per document."""

    def __init__(self, doc: Doc, resolved: ResolvedEntities, document: Document):
        self.doc = doc
        self.resolved = resolved
        self.document = document
        self.types = {k: e.type for k, e in resolved.entities.items()}
        self.symmetric = vocabulary.symmetric_predicates()
        self._dates: dict[int, list[dates.DateMention]] = {}
        self.leader_of: dict[str, str] = {}  # organisation → the one person the text says leads it
        self.serves: dict[str, str] = {}  # person → the one country the text says they serve
        self.place_country = {key: m.country for m, key in resolved.mentions if m.type == "Place" and m.country}

    def ensure_country(self, iso3: str) -> str:
        """The key of a country the text implies without naming it (a national title); added to the entities."""
        key = "country/" + iso3
        if key not in self.resolved.entities:
            country = gazetteer.countries()[iso3]
            aliases = country.names | country.codes | country.demonyms | country.capitals
            self.resolved.entities[key] = Entity(key, country.name, "Country", frozenset(aliases - {country.name}),
                                                 iso3)
            self.types[key] = "Country"
        return key

    # ---- arguments -------------------------------------------------------------------------------------

    def refs(self, token: Token, depth: int = 0, modifiers: bool = True, owners: bool = True) -> tuple[str, ...]:
        """The entity keys a token stands for, with its coordinated siblings ("Morocco and Israel").

        With `modifiers`, a noun that names no entity stands for the country or organisation modifying it
        ("Hungarian officials", "Kenya's biggest slum"); unless `owners`, not for a pronoun owner ("its market")."""
        keys = list(self.resolved.keys_at(token))
        if keys and token.pos_ == "NOUN" and self.types.get(keys[0]) == "Country":
            # "Hungarian and Romanian officials": a state description with coordinated countries stands for all
            for child in token.children:
                if child.dep_ in {"amod", "compound"}:
                    keys += [k for c in child.conjuncts for k in self.resolved.keys_at(c)
                             if self.types.get(k) == "Country"]
        if not keys and depth < 3:
            # "one Arab country, namely Bahrain": the apposition names it.
            for child in token.children:
                if child.dep_ == "appos":
                    keys += self.refs(child, depth + 1)
        if not keys and token.pos_ == "NOUN" and self.leader_of:
            keys += self._leader_described(token)
        title = lexicons.titles().get(token.lemma_.lower()) if not keys and token.pos_ == "NOUN" else None
        if title is not None and title.leads == "state":
            # "the president of Armenia", unnamed: the head of state or government acts for the state
            keys += [k for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"
                     for k in self.resolved.keys_at(g) if self.types.get(k) == "Country"]
        if not keys and depth < 3 and (token.like_num or token.ent_type_ in {"CARDINAL", "QUANTITY"}
                                       or token.lemma_.lower() in PARTITIVES):
            # "thousands of Iraqi Kurds", "a group of Yoruba leaders": the part acts for the whole.
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    keys += [k for pobj in child.children if pobj.dep_ == "pobj" for k in self.refs(pobj, depth + 1)]
        if not keys and modifiers and depth < 3 and token.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}:
            # "Hungarian and Romanian officials", "Egyptian goods": the modifying country stands for the actor.
            for child in token.children:
                if child.dep_ in {"amod", "compound", "nmod", "poss"} and child.i < token.i and (
                        owners or child.pos_ != "PRON"):
                    found = self.resolved.keys_at(child)
                    if found and self.types.get(found[0]) in {"Country", "Organization"}:
                        keys += found
                        keys += [k for c in child.conjuncts for k in self.resolved.keys_at(c)]
        if depth <= 2:
            for conj in token.conjuncts:
                if conj.i != token.i:
                    keys += self.refs(conj, depth + 1, modifiers)
        return tuple(dict.fromkeys(keys))

    def subjects(self, verb: Token, raising: bool = False) -> tuple[str, ...]:
        """The agent of a verb: nsubj, the by-agent of a passive, or inherited through xcomp, conj or relcl.

        With `raising`, the passive subject of a governing verb counts ("X is expected to visit Y")."""
        for child in verb.children:
            if child.dep_ == "nsubj":
                return self.refs(child) or self._located(child)
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.refs(pobj)
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return self.refs(child) if raising else ()
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            return self.subjects(verb.head, raising=True)
        if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and verb.head.i != verb.i:
            governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
            return self.subjects(governor)
        if verb.dep_ == "acomp" and verb.head.i != verb.i:
            return self.subjects(verb.head)  # "Norway is ready to provide aid": the subject of the copula
        if verb.dep_ == "relcl":
            return self.refs(verb.head)
        if verb.dep_ in {"acl"} and verb.tag_ == "VBG":
            # "protesters demanding reforms"; "issued a declaration demanding ...": the issuer
            keys = tuple(k for k in self.refs(verb.head) if self.types.get(k) in ACTORS)
            return keys or self.noun_subjects(verb.head)
        return ()

    def objects(self, head: Token, spec: tuple[str, ...], passive: bool, places: bool = True,
                wanted: frozenset[str] | None = None) -> tuple[str, ...]:
        """The object of a trigger by the lexicon's attachment spec: dobj, or a preposition ("prep:to").

        Unless `places`, a thing owned by a country does not stand for it ("called the UK's rebate unjustified").
        With `wanted` entity types, an object of another type is looked into ("demanded a meeting of the UN
        Security Council": the council)."""
        found = self._objects(head, spec, passive, places)
        if wanted is None or not found or any(self.types.get(k) in wanted for k in found):
            return found
        inner = self._objects(head, spec, passive, places, inside=True)
        return tuple(k for k in inner if self.types.get(k) in wanted) or found

    def _objects(self, head: Token, spec: tuple[str, ...], passive: bool, places: bool = True,
                 inside: bool = False) -> tuple[str, ...]:
        for way in spec:
            if way == "poss":
                for child in head.children:
                    if child.dep_ == "dobj":
                        keys = tuple(k for g in child.children if g.dep_ == "poss" for k in self.refs(g))
                        if keys:
                            return keys
            if way in {"dobj", "dative"}:
                deps = {"nsubjpass"} if passive else {way}
                for child in head.children:
                    if child.dep_ in deps:
                        keys = self.argument(child, modifiers=places, inside=inside)
                        if keys:
                            return keys
            elif way.startswith("prep:"):
                prep = way[5:]
                for child in self._preps(head):
                    if child.lower_ == prep:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                # "a ban on trade with Tripoli": the entity may sit one phrase further in.
                                keys = self.argument(pobj, modifiers=places, inside=inside)
                                if keys:
                                    return keys
        return ()

    def argument(self, token: Token, depth: int = 0, modifiers: bool = True, inside: bool = False
                 ) -> tuple[str, ...]:
        """The actors an object phrase stands for: the entity it names or its modifying country, else, for a
        thing, whose it is ("Saddam Hussein's proposal"), what it is of or aimed at ("the reopening of X",
        "action against Russia"), who made it ("calls by Kofi Annan") or what an apposition names."""
        keys = () if inside else self.refs(token, modifiers=modifiers, owners=False)
        if keys or depth > 2 or token.pos_ not in {"NOUN", "PROPN"}:
            return keys
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":  # "press their demands": "their" is the agent
                keys = self.refs(child)
                if keys:
                    return keys
        keys = self._through_of(token) or self._through_prep(token)
        if keys:
            return keys
        for child in token.children:  # "crimes committed by Croat forces": the agent of a participle
            if child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        keys = tuple(k for g in agent.children if g.dep_ == "pobj" for k in self.refs(g))
                        if keys:
                            return keys
        for child in token.children:  # one phrase further in: "demands for reforms from the government"
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS | {"of", "by"} or child.dep_ == "appos":
                for pobj in ([child] if child.dep_ == "appos" else child.children):
                    if pobj.dep_ in {"pobj", "appos"}:
                        keys = self.argument(pobj, depth + 1)
                        if keys:
                            return keys
        return ()

    def location(self, head: Token) -> tuple[str, ...]:
        """The country or place where an act is done ("imposed a curfew in Montenegro", "rioted in Serbia")."""
        # (phrase, whether a locative preposition leads to it); "rioted at a jail in northern Israel", "a state of
        # emergency in Darfur", "in the town of Cizre": the place may sit a phrase or two further in
        scopes = [(head, False), *((c, False) for c in head.children
                                   if c.dep_ in {"dobj", "nsubjpass", "xcomp", "acl"})]  # "a curfew imposed in X"
        scopes += [(g, False) for c, _ in scopes[1:] if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
        for _ in range(3):
            found: list[tuple[Token, bool]] = []
            for scope, located in scopes:
                for child in scope.children:
                    if child.dep_ != "prep" or child.lower_ not in LOCATIVE_PREPOSITIONS | {"of"}:
                        continue
                    for pobj in child.children:
                        if pobj.dep_ != "pobj":
                            continue
                        here = located or child.lower_ in LOCATIVE_PREPOSITIONS
                        keys = tuple(k for k in self.refs(pobj) if self.types.get(k) in {"Country", "Place"})
                        if here and keys:  # a place stands for its country too ("a curfew in Kabul")
                            return keys + tuple(self.ensure_country(self.place_country[k]) for k in keys
                                                if k in self.place_country)
                        found.append((pobj, here))
            scopes = found
        return ()

    def purpose_objects(self, head: Token) -> tuple[str, ...]:
        """The target named by an act's purpose clause: "marched to demand reforms from X", "rallied on Sunday
        calling for independence from X" (for a staged event noun, the clause may hang on the light verb)."""
        scopes = [head] + ([head.head] if head.pos_ == "NOUN" and head.dep_ == "dobj" else [])
        objects = [c for c in head.children if c.dep_ == "dobj"]  # "lifted a ban to reward Tripoli"
        for scope in scopes + objects:
            for clause in scope.children:
                if clause.dep_ not in {"advcl", "xcomp", "acl", "conj", "relcl"} or clause.pos_ != "VERB":
                    continue
                if (clause.dep_ == "relcl" or scope in objects) and not any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                    continue  # on a noun, only an infinitive states a purpose ("a bridge spanning X" does not)
                for child in clause.children:
                    if child.dep_ in {"dobj", "ccomp"}:
                        target = child
                        if child.dep_ == "ccomp":  # "demanding that he be reinstated": the clause's subject
                            target = next((g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                        keys = self.argument(target) if target is not None else ()
                        if keys:
                            return keys
                    if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
                        for pobj in child.children:
                            keys = self.argument(pobj) if pobj.dep_ == "pobj" else ()
                            if keys:
                                return keys
        return ()

    def complement_objects(self, verb: Token, predicate: str) -> tuple[str, ...]:
        """Objects reached through a complement clause.

        'X demanded that Y withdraw' / 'X urged that Y ...': the addressee is the complement's subject;
        'X threatened to cut off supplies to Y': the threatened party is the complement's object.
        """
        for child in verb.children:
            if (child.dep_ == "ccomp" or child.dep_ == "acl" and verb.pos_ == "NOUN" and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in child.children)) \
                    and predicate in ADDRESSEE_PREDICATES:  # "its demand that Israel ease the restrictions"
                for grand in child.children:
                    if grand.dep_ in {"nsubj", "nsubjpass"}:
                        keys = self.refs(grand)
                        if keys:
                            return keys
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                for grand in child.children:
                    if grand.dep_ in {"dobj", "dative"}:
                        keys = self.refs(grand) or self._through_prep(grand)
                        if keys:
                            return keys
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in OBJECT_PREPOSITIONS:
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj" and self.refs(pobj):
                                return self.refs(pobj)
        return ()

    def _leader_described(self, noun: Token) -> list[str]:
        """'the head of the army', 'the highest ranking member of the army': the one person the text has said
        leads that organisation."""
        det = any(c.lower_ in {"the", "its", "this"} for c in noun.children if c.dep_ in {"det", "poss"})
        lemma = noun.lemma_.lower()
        superlative = any(c.tag_ == "JJS" or c.lower_ in {"top", "highest", "most"} for c in noun.subtree
                          if c.i < noun.i)
        if not det or not (lemma in lexicons.titles() or (lemma in RANK_NOUNS and superlative)):
            return []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    leaders = [self.leader_of[k] for k in self.resolved.keys_at(pobj) if k in self.leader_of]
                    if pobj.dep_ == "pobj" and leaders:
                        return leaders[:1]
        return []

    def _located(self, noun: Token) -> tuple[str, ...]:
        """'Security forces in Guinea', 'officials from Iran': an agent known by the country it is in or from."""
        if noun.pos_ != "NOUN":
            return ()
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "from", "of"}:
                for pobj in child.children:
                    # "the prime ministers of Bulgaria, Albania and Macedonia": every coordinated country
                    keys = tuple(k for c in (pobj, *pobj.conjuncts) for k in self.resolved.keys_at(c)
                                 if self.types.get(k) == "Country")
                    if pobj.dep_ == "pobj" and keys:
                        return tuple(dict.fromkeys(keys))
        return ()

    def _through_prep(self, token: Token) -> tuple[str, ...]:
        """'threatened further action against Russia': a nominal object aimed at an entity."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        keys = self.refs(pobj)
                        if keys:
                            return keys
        return ()

    def _preps(self, head: Token) -> Iterator[Token]:
        """Prepositions attached to the trigger, also through its direct object ("signed a deal with X")."""
        for child in head.children:
            if child.dep_ in {"prep", "agent", "dative"}:
                yield child
            elif child.dep_ == "prt":
                yield child
        for child in head.children:
            if child.dep_ in {"dobj", "attr"}:
                for grand in child.children:
                    if grand.dep_ == "prep":
                        yield grand
            if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN":
                # "the reestablishment of relations with Israel": the of-phrase of a nominalisation
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield from (g for g in pobj.children if g.dep_ == "prep")

    def _through_of(self, token: Token) -> tuple[str, ...]:
        """'the reopening of the Allenby bridge': a nominal object that is about an entity."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.refs(pobj)
        return ()

    # ---- qualifiers ------------------------------------------------------------------------------------

    def sentence_dates(self, sent: Span) -> list[dates.DateMention]:
        if sent.start not in self._dates:
            self._dates[sent.start] = dates.find_dates(sent.text, self.document.published)
        return self._dates[sent.start]

    def clause_date(self, head: Token) -> dates.DateMention | None:
        """The date expression of the trigger's clause, else the nearest in the sentence."""
        sent = head.sent
        found = self.sentence_dates(sent)
        if not found:
            return None
        clause = head
        while clause.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj"} and clause.head.i != clause.i:
            clause = clause.head
        lo = min(t.idx for t in clause.subtree) - sent.start_char
        hi = max(t.idx + len(t) for t in clause.subtree) - sent.start_char
        inside = [d for d in found if lo <= d.start and d.end <= hi]
        pool = inside or found
        pos = head.idx - sent.start_char
        return min(pool, key=lambda d: abs(d.start - pos))

    def negated(self, head: Token) -> bool:
        """'did not visit', 'no talks', 'refused to meet', 'did not mean that X had cut ties': not asserted."""
        if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in head.children):
            return True
        clause = head if head.pos_ in {"VERB", "AUX"} else head.head
        if clause.dep_ == "ccomp" and clause.head.i != clause.i:
            governor = clause.head
            if any(c.dep_ == "neg" for c in governor.children) or governor.lemma_ in {"deny", "dismiss", "reject"}:
                return True
        governor = head.head if head.dep_ in {"xcomp", "dobj"} else None
        if governor is not None and governor.i != head.i:
            if governor.lemma_ in NEGATING_HEADS or self._ender(head) is not None:
                return True
            if any(c.dep_ == "neg" for c in governor.children):
                return True
        return False

    def modality(self, head: Token, when: dates.DateMention | None) -> str | None:
        """'planned' for future or scheduled events, None for mere possibilities, else 'asserted'."""
        verb = head if head.pos_ in {"VERB", "AUX"} else head.head
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        reported_future = "would" in aux and self._reported(verb)  # "X said it would boycott Y": future in the past
        if aux & POSSIBILITY and not aux & FUTURE_AUX and not reported_future:
            return None
        planned = bool(aux & FUTURE_AUX) or reported_future
        if head.pos_ == "NOUN" and any(c.lower_ in PLANNED_MODIFIERS for c in head.children):
            planned = True
        governor = verb.head if verb.dep_ in {"xcomp"} else None
        if governor is not None and governor.lemma_ in PLAN_VERBS - {"agree"}:
            planned = True
        if verb.dep_ == "xcomp" and any(c.lemma_ == "be" for c in verb.head.children) and verb.head.lemma_ == "due":
            planned = True
        if when is not None and when.future:
            planned = True
        if not planned and verb.tag_ in {"VBG", "VB"} and verb.dep_ in {"pcomp", "advcl", "conj"} \
                and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children) and verb.head.i != verb.i:
            # "He will see X before chairing Y": a clause without tense of its own takes its governor's
            governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
            planned = governor.i != verb.i and self.modality(governor, None) == "planned"
        return "planned" if planned else "asserted"

    @staticmethod
    def _reported(verb: Token) -> bool:
        """The clause is what someone said ("X said (that) ..."), directly or through a control verb."""
        node = verb
        for _ in range(3):
            if node.dep_ == "ccomp" and node.head.lemma_ in lexicons.speech_verbs():
                return True
            if node.dep_ != "xcomp" or node.head.i == node.i:
                return False
            node = node.head
        return False

    def speaker(self, head: Token) -> str | None:
        """Reported speech: 'X said that Y visited Z' keeps X."""
        node = head
        for _ in range(6):
            if node.dep_ == "ccomp" and node.head.lemma_ in lexicons.speech_verbs():
                found = self.subjects(node.head)
                return found[0] if found else None
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    # ---- facts -----------------------------------------------------------------------------------------

    def fact(self, s: str, predicate: str, o: str, head: Token, rule: str, confidence: float,
             *, literal: bool = False, when: dates.DateMention | None = None, modality: str = "asserted") -> Fact | None:
        """One fact with its evidence; None when the types do not fit the predicate or it is a self-loop."""
        if not literal:
            if s == o:
                return None
            domain, range_ = _allowed_types(predicate)
            if self.types.get(o) == "Place" and "Place" not in range_ and o in self.place_country:
                o = self.ensure_country(self.place_country[o])  # "imposed a curfew in Kabul": on Afghanistan
            if self.types.get(s) not in domain or self.types.get(o) not in range_ or s == o:
                return None
            if predicate in self.symmetric and s > o:
                s, o = o, s
        sent = head.sent
        start_date = end_date = point = None
        if when is not None:
            point = when.date
            if not when.relative:  # "next week" spans a week, but the event is not a week long
                start_date, end_date = when.start_date, when.end_date
        evidence = Evidence(self.document.id, sent.text.strip(), sent.start_char, sent.end_char)
        return Fact(s, predicate, o, evidence, object_is_literal=literal, date=point, start_date=start_date,
                    end_date=end_date, modality=modality, confidence=round(confidence, 2), rule=rule,
                    attributed_to=self.speaker(head))

    def event_facts(self) -> Iterator[Fact]:
        table = triggers()
        for token in self.doc:
            pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else ""
            if token.ent_type_ and token.ent_type_ not in TRIGGER_ENTITY_TYPES:
                continue  # "last March", "the Fatah Party": a word inside a name or a date is no trigger
            lemma = _trigger_lemma(token, pos, table)
            candidates = tuple(t for t in table.get((lemma, pos), ())
                               if t.confidence >= MIN_TRIGGER_CONFIDENCE and _has_dependents(token, t))
            if not candidates or pos == "VERB" and self._carries_event_noun(token, table):
                continue
            # the most specific reading wins: "lifted a blockade" is a retreat, not the bare "lift" concession
            candidates = tuple(t for t in candidates if t.dependents) or candidates
            outcome = None
            if self.negated(token):
                outcome = "refused" if self.refused(token) else "ended" if self.ended(token) else None
                if outcome is None:
                    continue
            yield from self._trigger_facts(token, pos, candidates, outcome)

    @staticmethod
    def _stative(verb: Token) -> bool:
        """'is opposed to', 'is committed to': a participle of state with its own object, not a passive."""
        return (verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children)
                and any(c.dep_ == "nsubjpass" for c in verb.children)
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))

    @staticmethod
    def _carries_event_noun(verb: Token, table: dict) -> bool:
        """'offered condolences to X', 'gave a warning': a light verb whose object is an event noun lends its
        arguments to the noun and is no event of its own."""
        if any(t.dependents and _has_dependents(verb, t) for t in table.get((verb.lemma_.lower(), "VERB"), ())):
            return False  # a collocation of its own: "lodged a protest with X" is a complaint
        return is_light_verb(verb) and any(
            c.dep_ == "dobj" and (_trigger_lemma(c, "NOUN", table), "NOUN") in table for c in verb.children)

    def _trigger_facts(self, token: Token, pos: str, candidates: tuple[lexicons.Trigger, ...],
                       outcome: str | None = None) -> Iterator[Fact]:
        """The facts of one trigger; of a refused or ended act ("refused to meet X", "cancelled its visit to X"),
        only what the refusal or the ending expresses (data/intent.tsv)."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        stative = pos == "VERB" and passive and self._stative(token)
        if stative:  # "Israel is opposed to French mediation": the subject holds the attitude
            subjects, passive = self.refs(next(c for c in token.children if c.dep_ == "nsubjpass")), False
        elif pos == "VERB":
            subjects = self.subjects(token)
        else:
            subjects = self.noun_subjects(token)
            if not subjects and outcome and self.position(token).dep_ == "dobj":
                subjects = self.subjects(self.position(token).head)  # "France cancelled a planned visit to Haiti"
        when = self.clause_date(token)
        modality = self.modality(token, when)
        if modality is None:
            return
        seen: set[tuple[str, str, str]] = set()
        for trig in candidates:
            spec = tuple(w for w in trig.objects if w.startswith(("dobj", "prep:", "dative", "poss")))
            if stative:
                spec = ("prep:to",)
            objects = self._trigger_objects(token, pos, trig.predicate, spec, passive, outcome)
            if trig.predicate in CO_AGENT_PREDICATES and pos == "VERB":
                subjects = subjects + tuple(k for k in self.objects(token, ("prep:with",), False)
                                            if k not in subjects)
            if trig.symmetric_pair or trig.predicate in self.symmetric:
                between = self._between(token)
                if between and not subjects:
                    subjects = between
            pairs: list[tuple[str, str]] = []
            if objects and subjects:
                pairs = [(s, o) for s in subjects for o in objects]
            elif (trig.symmetric_pair or trig.predicate in self.symmetric) and len(subjects) >= 2:
                pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
            elif passive and objects and not subjects:
                continue
            elif trig.predicate in HOME_TARGETS and subjects and not objects:
                # "students throughout Kenya staged demonstrations": a protest aimed at no one is aimed at the
                # protesters' own state (CAMEO codes domestic protest against the government)
                pairs = [(s, self.serves[s]) for s in subjects if s in self.serves]
            for s, o in pairs:
                if trig.predicate == "hosts" and self.types.get(s) == "Person" and self.types.get(o) in ACTORS:
                    trig = replace(trig, predicate="meetsWith")  # a person hosting a visitor meets them
                if outcome:
                    intent = lexicons.expressed_intent().get(lexicons.PREDICATES.get(trig.predicate, ""))
                    expressed = intent and getattr(intent, outcome)
                    fact = expressed and self.fact(s, expressed, o, token, f"{outcome}:{trig.lemma}",
                                                   trig.confidence * 0.8, when=when)
                    if fact and (s, fact.predicate, o) not in seen:
                        seen.add((s, fact.predicate, o))
                        yield fact
                    continue
                expressed = self.expressed_intent(token, trig.predicate, s, modality)
                fact = self.fact(s, trig.predicate, o, token, f"{pos.lower()}:{trig.lemma}", trig.confidence,
                                 when=when, modality=modality)
                if fact and (s, trig.predicate, o) not in seen:
                    seen.add((s, trig.predicate, o))
                    yield fact
                    intent = expressed and self.fact(s, expressed, o, token, f"intent:{trig.lemma}",
                                                     trig.confidence * 0.8, when=when)
                    if intent:
                        yield intent
            if seen:
                return  # the first reading of the trigger that yields a fact wins

    def _trigger_objects(self, token: Token, pos: str, predicate: str, spec: tuple[str, ...], passive: bool,
                         outcome: str | None) -> tuple[str, ...]:
        """The other participants of one reading of a trigger: the first of these attachments that names any."""
        _, range_ = _allowed_types(predicate)
        place = self.position(token) if pos == "NOUN" else token
        carrier = pos == "NOUN" and place.dep_ == "dobj" and (is_light_verb(place.head) or bool(outcome))
        searches = (
            # the lexicon's attachment: dobj, dative, a preposition, a possessor
            lambda: self.objects(token, spec, passive, wanted=range_) if spec else (),
            # an agreement or event the parser attached elsewhere in the clause
            lambda: self.typed_in_clause(token, range_) if not range_ & ACTORS else (),
            # "demanded that Y ...", "threatened to cut supplies to Y"
            lambda: self.complement_objects(token, predicate) if spec else (),
            # "a mediation effort between X and Y", "25,000 tons of food aid to X"
            lambda: self.objects(place, spec, passive) if place is not token else (),
            # "gave Ivory Coast $5m of aid", "lodged a protest with Albania", "would prohibit all aid to Cuba":
            # the light verb, or the verb that refuses or ends the act, carries the object
            lambda: (self.objects(place.head, ("dative", *spec), False) or self._through_prep(token)
                     or self._through_prep(place) or self._through_prep(place.head)) if carrier else (),
            # "confiscated weapons from X", "hacked into X's computers"
            lambda: (self.objects(token, THING_PREPOSITIONS, passive)
                     if pos == "VERB" and predicate in LOCATED_TARGETS | {"investigates"} else ()),
            # "marched to demand reforms from X", "lifted a ban to reward Tripoli"
            lambda: self.purpose_objects(token) if predicate in PURPOSE_TARGETS else (),
            # "imposed a curfew in Kabul", "rioted in Serbia"
            lambda: (self.location(token) or (self.location(token.head) if token.dep_ == "dobj" else ())
                     if predicate in LOCATED_TARGETS else ()),
        )
        for search in searches:
            found = search()
            if found:
                return found
        return ()

    def committed(self, head: Token, actor: str) -> bool:
        """'offered to mediate', 'is ready to send troops', 'Portugal will support Turkey, its president said':
        the actor commits itself to the act (a commitment word governs it, or it reports its own future act)."""
        place = self.position(head) if head.pos_ in {"NOUN", "PROPN"} else head
        if head.pos_ in {"VERB", "AUX"}:
            verb = head
        elif place.dep_ == "dobj" and is_light_verb(place.head):
            verb = place.head  # "offered to provide aid", "will provide 25,000 tons of food aid"
        else:
            return False  # "Kochavi's planned trip": a plan reported by others, not a commitment
        if any(g.lemma_.lower() in lexicons.commitment_cues() for g in _governors(verb)):
            return True
        # its own word ("Iraq said it would allow ..."), or a future act announced in reported speech
        # ("Finland will give Tanzania a grant, a statement said"); "would" reported by others is hearsay
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        speaker = self.speaker(head) if aux & (FUTURE_AUX | {"would"}) else None
        if speaker is not None and actor in {speaker, self.serves.get(speaker)}:
            return True
        return bool(aux & FUTURE_AUX) and self._reported(verb) or self._announced(verb)

    def refused(self, head: Token) -> bool:
        """'refused to deploy troops', 'failed to reach agreement', 'said it would not accept refugees': a negated
        act the actor refuses, rather than one that merely did not happen."""
        verb = head if head.pos_ in {"VERB", "AUX"} else head.head
        if any(g.lemma_.lower() in lexicons.refusal_cues() for g in _governors(verb)):
            return True
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in verb.children)
        return negated and bool(aux & (FUTURE_AUX | {"would"})) and self.speaker(head) is not None

    def _ender(self, head: Token) -> Token | None:
        """The verb that ends or calls off an act: 'cancelled a planned visit', 'suspended aid deliveries'."""
        if head.pos_ in {"NOUN", "PROPN"}:
            head = self.position(head)
        governor = head.head if head.dep_ in {"dobj", "xcomp", "nsubjpass"} else None
        if governor is None or governor.i == head.i:
            return None
        lemma = governor.lemma_.lower()
        phrasal = {f"{lemma} {c.lower_}" for c in governor.children if c.dep_ == "prt"}
        return governor if ({lemma} | phrasal) & lexicons.cancellation_cues() else None

    def ended(self, head: Token) -> bool:
        """'cancelled a planned visit to Haiti', 'suspended aid to Bosnia': an act its actor calls off."""
        return self._ender(head) is not None

    @staticmethod
    def _announced(verb: Token) -> bool:
        """'X will visit Y, sources said': the main clause of a trailing reporting verb ("..., said Z")."""
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        return bool(aux & FUTURE_AUX) and any(
            c.dep_ in {"ccomp", "parataxis"} and c.lemma_ in lexicons.speech_verbs() and c.i > verb.i
            for c in verb.children) \
            or bool(aux & FUTURE_AUX) and verb.dep_ == "ccomp" and verb.head.lemma_ in lexicons.speech_verbs()

    def expressed_intent(self, head: Token, predicate: str, actor: str, modality: str) -> str | None:
        """The intent a future act expresses (data/intent.tsv): a committed cooperative act is an agreement
        (PLOVER AGREE), a planned coercive act a threat (PLOVER THREATEN)."""
        intent = lexicons.expressed_intent().get(lexicons.PREDICATES.get(predicate, ""))
        expressed = intent.committed if intent else None
        if expressed is None or expressed == predicate:
            return None
        if expressed == "threatens":  # agreeing or offering to sanction is no threat; planning or vowing to is
            return expressed if modality == "planned" else None
        return expressed if self.committed(head, actor) else None

    @staticmethod
    def position(noun: Token) -> Token:
        """The phrase an event noun fills in its clause: itself, or the noun it modifies ("launched a mediation
        effort") or measures out ("provided 25,000 tons of food aid", "gave $5m of aid")."""
        node = noun
        for _ in range(3):
            head = node.head
            if node.dep_ == "compound" and head.pos_ == "NOUN":
                node = head
            elif node.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i and (
                    head.head.like_num or head.head.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"}
                    or head.head.lemma_.lower() in MEASURES | PARTITIVES):
                node = head.head
            else:
                break
        return node

    def noun_subjects(self, noun: Token) -> tuple[str, ...]:
        """The agent of a nominalisation: 'Kochavi's visit', 'a visit by X', 'X made a visit', 'X was the mediator'."""
        for child in noun.children:
            if child.dep_ == "poss":
                return self.refs(child)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.refs(pobj)
        # "the US ban on trade with Tripoli, imposed by Ronald Reagan in 1986": the country modifying the event
        # noun and the agent of the participle describing it both act
        agents = tuple(k for child in noun.children if child.dep_ == "acl" and child.tag_ == "VBN"
                       for agent in child.children if agent.dep_ == "agent"
                       for g in agent.children if g.dep_ == "pobj" for k in self.refs(g))
        for child in noun.children:
            # "the US ban on trade", "a British offer": a country or organisation modifying the event noun is its agent.
            if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i:
                keys = [k for k in self.resolved.keys_at(child) if self.types.get(k) in {"Country", "Organization"}]
                if keys:
                    return tuple(dict.fromkeys([*keys, *agents]))
        if agents:
            return agents
        if self.position(noun) is not noun:
            return self.noun_subjects(self.position(noun))
        head = noun.head
        if noun.dep_ in LIGHT_SUBJECT_DEPS and head.i != noun.i:
            if noun.dep_ == "pobj":
                if head.lower_ in CIRCUMSTANCE_PREPOSITIONS and head.head.pos_ in {"VERB", "AUX"}:
                    return self.subjects(head.head)  # "youths threw stones during demonstrations against X"
                head = head.head
            if is_light_verb(head) or head.lemma_ == "be":
                own = set(self.resolved.keys_at(noun))  # "Talks ... resumed": the event is not its own agent
                return tuple(k for k in self.subjects(head) if k not in own)
        return ()

    def typed_in_clause(self, head: Token, wanted: frozenset[str]) -> tuple[str, ...]:
        """The nearest entity of a wanted type in the trigger's own clause, for objects the parser misattached
        ("signed with his counterpart Y, a memorandum" parsed as an apposition of Y)."""
        best: tuple[int, tuple[str, ...]] | None = None
        for t in head.subtree:
            if t.i == head.i:
                continue
            keys = tuple(k for k in self.resolved.keys_at(t) if self.types.get(k) in wanted)
            if not keys:
                continue
            node, crossed = t.head, False
            while node.i != head.i and node.head.i != node.i:
                if node.pos_ in {"VERB", "AUX"}:
                    crossed = True
                    break
                node = node.head
            if not crossed and (best is None or abs(t.i - head.i) < best[0]):
                best = (abs(t.i - head.i), keys)
        return best[1] if best else ()

    def obligation_demands(self) -> Iterator[Fact]:
        """'Russia said that Sudan must return the helicopter', 'issued a reminder to Iraq that it must
        cooperate': what one actor says another must or should do is a demand (CAMEO 10)."""
        for token in self.doc:
            if token.pos_ not in {"VERB", "AUX"} or not any(
                    c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children):
                continue
            if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or (
                    token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)):
                continue  # "X must be punished" is not addressed to X; "X should have said" is a reproach
            governor = token.head
            if token.dep_ not in {"ccomp", "acl"} or governor.i == token.i or self.negated(governor):
                continue
            if governor.pos_ in {"VERB", "AUX"} and governor.lemma_ in lexicons.speech_verbs():
                speakers = self.subjects(governor)
            elif governor.pos_ == "NOUN" and is_light_verb(governor.head):
                speakers = self.noun_subjects(governor)  # "issued a stern reminder ... that it must"
            else:
                continue
            addressees = next((self.refs(c) or self._located(c) for c in token.children
                               if c.dep_ in {"nsubj", "nsubjpass"}), ())
            when = self.clause_date(governor)
            for s in speakers:
                for o in addressees:
                    fact = self.fact(s, "demands", o, governor, f"obligation:{governor.lemma_.lower()}", 0.65,
                                     when=when)
                    if fact:
                        yield fact

    def conditional_threats(self) -> Iterator[Fact]:
        """'Iran threatened to launch an offensive unless Baghdad accepted its terms', 'X will pull out its
        troops unless Y holds elections': an act made conditional on what another actor does threatens it."""
        for token in self.doc:
            marks = CONDITION_MARKS | ({"if"} if self._threatening(token) else set())
            for clause in token.children:
                if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
                    continue
                if self.negated(token):
                    continue
                actors = self.subjects(token, raising=True) if token.pos_ in {"VERB", "AUX"} else ()
                targets = next((self.refs(c) or self._located(c) for c in clause.children
                                if c.dep_ in {"nsubj", "nsubjpass"}), ())
                when = self.clause_date(token)
                for s in actors:
                    for o in targets:
                        fact = self.fact(s, "threatens", o, token, "threat:unless", 0.6, when=when)
                        if fact:
                            yield fact

    @staticmethod
    def _threatening(verb: Token) -> bool:
        """'threatened to stop the talks (if ...)': the verb or a verb governing it is a threat trigger."""
        table = triggers()
        return any(t.predicate == "threatens" for node in (verb, *_governors(verb))
                   for t in table.get((node.lemma_.lower(), "VERB"), ()))

    def presence_facts(self) -> Iterator[Fact]:
        """'On Thursday Mr Straw was in India': a person known to serve one state, present in another, visits it."""
        for token in self.doc:
            if token.lemma_ != "be" or self.negated(token):
                continue
            people = [k for c in token.children if c.dep_ == "nsubj" for k in self.refs(c)
                      if self.types.get(k) == "Person" and k in self.serves]
            if not people:
                continue
            places = [k for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                      for g in c.children if g.dep_ == "pobj" for k in self._place_refs(g)]
            yield from self._visits_abroad(people, places, token, "presence:be-in", 0.6)

    def itinerary_facts(self, travellers: set[str]) -> Iterator[Fact]:
        """'He will see an orphanage in Tanzania before chairing a meeting in Cape Town': a person the document
        has abroad on a visit, acting in another place, visits that place too (never one of their own state)."""
        for token in self.doc:
            if token.pos_ not in {"VERB", "AUX"} or self.negated(token):
                continue
            people = [k for k in self.subjects(token) if k in travellers]
            if not people or any(c.lemma_.lower() == "home" for p in token.children for c in [p, *p.children]):
                continue  # "died at home in East Sussex", "back home": no visit
            yield from self._visits_abroad(people, self._places_of_action(token), token, "presence:itinerary", 0.55)

    def _visits_abroad(self, people: list[str], places: list[str], token: Token, rule: str,
                       confidence: float) -> Iterator[Fact]:
        """Each person visits each place the clause puts them in, unless it is in the state they serve."""
        when = self.clause_date(token)
        modality = self.modality(token, when)
        if modality is None:
            return
        for place in places:
            country = "country/" + self.place_country[place] if place in self.place_country else place
            for person in people:
                if country == self.serves.get(person):
                    continue  # at home is no visit
                fact = self.fact(person, "visits", place, token, rule, confidence, when=when, modality=modality)
                if fact:
                    yield fact

    def _place_refs(self, token: Token) -> list[str]:
        """The countries and places a token names (not those merely modifying it)."""
        return [k for k in self.refs(token, modifiers=False) if self.types.get(k) in {"Country", "Place"}]

    def _places_of_action(self, verb: Token) -> list[str]:
        """Countries and cities an action takes place in: 'in/at' on the verb, or anywhere along its objects'
        prepositional chain ('chairing a meeting of the Commission for Africa in Cape Town'), or one phrase
        further in ('at slums in Nairobi')."""
        heads = [verb]
        frontier = [c for c in verb.children if c.dep_ == "dobj"]
        while frontier:
            noun = frontier.pop()
            heads.append(noun)
            frontier += [c for c in noun.children if c.dep_ == "conj"]
            frontier += [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        places: list[str] = []
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self._place_refs(pobj) or [
                        k for inner in pobj.children if inner.dep_ == "prep" and inner.lower_ == "in"
                        for g in inner.children if g.dep_ == "pobj" for k in self._place_refs(g)]
                    places += [k for k in found if k not in places]
        return places

    def venue_facts(self) -> Iterator[Fact]:
        """'the summit was held in Cairo', 'talks took place in Geneva': the place hosts the event."""
        verbs = lexicons.venue_verbs()
        for token in self.doc:
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = token.lemma_.lower()
            phrasal = {f"{lemma} {c.lower_}" for c in token.children if c.dep_ in {"dobj", "prt"}}
            if lemma not in verbs and not phrasal & verbs or self.negated(token):
                continue
            events = [k for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}
                      for k in self.refs(c) if self.types.get(k) == "Event"]
            if not events and token.dep_ == "relcl":
                events = [k for k in self.refs(token.head) if self.types.get(k) == "Event"]
            places = self.objects(token, ("prep:in", "prep:at"), False)
            when = self.clause_date(token)
            modality = self.modality(token, when)
            if modality is None:
                continue
            for place in places:
                for event in events:
                    fact = self.fact(place, "hosts", event, token, f"venue:{lemma}", 0.75, when=when,
                                     modality=modality)
                    if fact:
                        yield fact

    def agreement_parties(self) -> Iterator[Fact]:
        """'an agreement between X and Y', 'the memorandum sealed the alliance between X and Y': X, Y partyTo it."""
        for token in self.doc:
            agreements = [k for k in self.resolved.keys_at(token) if self.types.get(k) == "Agreement"]
            if not agreements or token.pos_ == "PRON" or token.dep_ not in {
                    "nsubj", "nsubjpass", "ROOT", "dobj", "pobj", "appos", "attr"}:
                continue
            scopes = [token]
            if token.dep_ == "nsubj" or (token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "relcl"):
                scopes += [c for c in token.head.children if c.dep_ == "dobj"]
            for child in self._noun_phrase_clauses(token):
                scopes += [c for c in child.children if c.dep_ == "dobj"]
            for scope in scopes:
                for party in self._between(scope, through_object=False):
                    if self.types.get(party) in {"Country", "Organization"}:
                        for agreement in agreements:
                            fact = self.fact(party, "partyTo", agreement, token, "between", 0.7)
                            if fact:
                                yield fact
            for party in self._counterparties(token):
                for agreement in agreements:
                    fact = self.fact(party, "partyTo", agreement, token, "purpose-counterparty", 0.6)
                    if fact:
                        yield fact

    def _counterparties(self, agreement: Token) -> list[str]:
        """'a deal to import gas from Iran', 'an accord to sell jets to Peru': the state or body the agreement's
        purpose trades with is its other party."""
        found: list[str] = []
        for verb in agreement.children:
            if verb.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue
            heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "a deal to open talks with Ankara"
            for prep in (p for h in heads for p in h.children):
                if prep.dep_ == "prep" and prep.lower_ in {"from", "to", "with"}:
                    found += [k for g in prep.children if g.dep_ == "pobj" for k in self.refs(g, modifiers=False)
                              if self.types.get(k) in {"Country", "Organization"} and k not in found]
        return found

    @staticmethod
    def _noun_phrase_clauses(noun: Token) -> list[Token]:
        """Relative clauses on a noun, or on the last noun of its of-phrase ('the memorandum of understanding
        which sealed ...': spaCy attaches the clause to 'understanding')."""
        clauses = [c for c in noun.children if c.dep_ == "relcl"]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        clauses += FactReader._noun_phrase_clauses(pobj)
        return clauses

    def event_participants(self) -> Iterator[Fact]:
        """'talks in New Delhi between X and Y', 'a summit in Nairobi': who took part, and where it was held."""
        for mention, key in self.resolved.mentions:
            if self.types.get(key) != "Event":
                continue
            head = self.doc[mention.head]
            if self.negated(head.head if head.dep_ in {"dobj", "nsubj", "nsubjpass"} else head):
                continue
            top = head
            while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
                top = top.head
            if top.dep_ == "pobj" and top.head.lower_ == "of":
                continue  # "the establishment of exercises between X and Y": not (yet) an event that took place
            when = self.clause_date(head)
            modality = self.modality(head, when) or "asserted"
            parties = list(self._between(head, through_object=False))
            # "a meeting of the foreign ministers of India and Pakistan", "a summit of the African Union"
            parties += [k for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj" for k in (self.refs(g) or self._located(g))
                        if self.types.get(k) in ACTORS and k not in parties]
            for party in parties:
                fact = self.fact(party, "participatesIn", key, head, "event:between", 0.7, when=when,
                                 modality=modality)
                if fact:
                    yield fact
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        for place in self.resolved.keys_at(pobj):
                            fact = self.fact(place, "hosts", key, head, "event:venue", 0.65, when=when,
                                             modality=modality)
                            if fact:
                                yield fact

    def _between(self, noun: Token, through_object: bool = True) -> tuple[str, ...]:
        """'cooperation between Morocco and Israel': both sides of a symmetric relation."""
        preps = self._preps(noun) if through_object else (c for c in noun.children if c.dep_ == "prep")
        for child in preps:
            if child.lower_ in {"between", "among"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.refs(pobj)
        return ()


def extract_facts(doc: Doc, resolved: ResolvedEntities, document: Document) -> list[Fact]:
    """Every fact the document states: events from triggers and states from roles."""
    from kg.extract.facts import roles

    reader = FactReader(doc, resolved, document)
    role_facts = list(roles.role_facts(reader))
    leaders: dict[str, set[str]] = {}
    for fact in role_facts:
        if fact.predicate == "leads" and reader.types.get(fact.object) == "Organization":
            leaders.setdefault(fact.object, set()).add(fact.subject)
    reader.leader_of = {org: next(iter(people)) for org, people in leaders.items() if len(people) == 1}
    countries: dict[str, set[str]] = {}
    for fact in role_facts:
        if fact.predicate in {"affiliatedWith", "leads"} and reader.types.get(fact.object) == "Country":
            countries.setdefault(fact.subject, set()).add(fact.object)
    reader.serves = {person: next(iter(c)) for person, c in countries.items() if len(c) == 1}
    found = [*reader.event_facts(), *reader.venue_facts(), *reader.agreement_parties(), *reader.event_participants(),
             *reader.obligation_demands(), *reader.conditional_threats(), *reader.presence_facts(), *role_facts]
    travellers = {f.subject for f in found if f.predicate == "visits" and reader.types.get(f.subject) == "Person"}
    found += reader.itinerary_facts(travellers)
    places = {key: reader.ensure_country(iso3) for key, iso3 in reader.place_country.items()}
    found += _implied(found, places)
    return dedupe(found)


def _implied(facts: list[Fact], places: dict[str, str]) -> list[Fact]:
    """Facts that follow from others in the same document: a country or organisation that signs an agreement is
    a party to it; a person who belongs to or leads a body of a state serves that state."""
    implied = [replace(f, predicate="partyTo", rule=f.rule + "+implied", confidence=round(f.confidence * 0.9, 2))
               for f in facts if f.predicate == "signs" and f.subject.startswith(("country/", "organization/"))]
    state_of = {f.subject: f for f in facts if f.predicate in {"partOf", "affiliatedWith"}
                and f.object.startswith("country/") and f.subject.startswith("organization/")}
    country_of_place = dict(places)
    country_of_place.update({f.subject: f.object for f in facts if f.predicate == "partOf"
                             and f.subject.startswith("place/") and f.object.startswith("country/")})
    for f in facts:
        # A visit to Seoul is a visit to South Korea; a summit in Nairobi is hosted by Kenya.
        if f.predicate == "visits" and f.object in country_of_place:
            implied.append(replace(f, object=country_of_place[f.object], rule=f.rule + "+implied"))
        if f.predicate in LOCATED_TARGETS and f.object in country_of_place:
            implied.append(replace(f, object=country_of_place[f.object], rule=f.rule + "+implied"))
        if f.predicate == "hosts" and f.subject in country_of_place:
            implied.append(replace(f, subject=country_of_place[f.subject], rule=f.rule + "+implied"))
        if f.predicate in {"memberOf", "leads"} and f.subject.startswith("person/") and f.object in state_of:
            implied.append(replace(f, predicate="affiliatedWith", object=state_of[f.object].object,
                                   rule=f.rule + "+implied", confidence=round(f.confidence * 0.8, 2)))
    return [f for f in implied if f.subject != f.object]  # "Peru retook Tumbes" is no attack of Peru on itself


def dedupe(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (subject, predicate, object, sentence): the most confident, with a date if any has one."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object, fact.evidence.start)
        old = best.get(key)
        if old is None or (fact.confidence, bool(fact.date or fact.start_date)) > (old.confidence, bool(
                old.date or old.start_date)):
            best[key] = fact
    return list(best.values())
