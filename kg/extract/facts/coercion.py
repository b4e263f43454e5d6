"""Captivity and release the trigger table does not see alone. Detention: people held by an actor ("X is holding
three foreign nationals", "the prisoners held by X", "detainees held at Y prison", "suspects in X custody"), CAMEO
173 "arrest, detain", PLOVER COERCE. "hold" is a detention only when what is held is people (data/captive_nouns.txt,
a named person or group), and not with a complement that makes it a judgement ("held X responsible", "hold X to
account").
Releases: people released or returned without a named releaser are let go by the state whose custody or prison they
leave, by whoever the phrase naming them says holds them, or by the state that announces it (CAMEO 0841, PLOVER
CONCEDE).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from kg import datafiles, vocabulary
from kg.extract import lexicons
from kg.extract.facts.arguments import refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["detentions", "releases", "captive_nouns", "prison_nouns"]

HOLD_CONFIDENCE = 0.75
# verbs of detention the trigger table reads with their subject or by-agent; said without one, the custody or the
# prison they keep people in names the holder ("were detained in US custody", "is jailed in an Egyptian prison")
DETAINING_VERBS = frozenset({"detain", "imprison", "jail", "incarcerate", "intern"})
# "held X responsible", "hold back", "hold X to account": a judgement or a restraint, not a detention
JUDGING_DEPENDENTS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "prt", "dative"})
JUDGING_PREPOSITIONS = frozenset({"to", "against", "up"})
JUDGING_ADJECTIVES = frozenset({"responsible", "accountable", "liable", "guilty", "culpable"})  # "held X responsible"
# "held X in esteem", "hold X in check"
JUDGING_NOUNS = frozenset({"esteem", "regard", "contempt", "respect", "awe", "check", "suspicion"})
RELEASE_CONFIDENCE = 0.7
RELEASING_VERBS = frozenset({"release", "free", "return", "repatriate"})  # people returned are released (CAMEO 0841)
HOLDING_VERBS = frozenset({"hold", "detain", "imprison", "jail", "intern", "kidnap", "abduct", "seize", "capture"})
CUSTODY_NOUNS = frozenset({"custody", "detention", "captivity"})  # "in US custody": the holder modifies the noun


@cache
def captive_nouns() -> frozenset[str]:
    """Nouns for people who can be held captive (data/captive_nouns.txt)."""
    return datafiles.word_list("captive_nouns.txt")


@cache
def prison_nouns() -> frozenset[str]:
    """Nouns that head the name of a place of detention (data/prison_nouns.txt)."""
    return datafiles.word_list("prison_nouns.txt")


def detentions(reading: Reading) -> Iterator[Fact]:
    """'X is holding three foreign nationals', 'the men held by X', 'Y, who has been held by X for a year',
    'detainees held at Z prison' (Z in X), 'suspects held in X custody': X coerces the people held."""
    for verb in reading.index.with_lemma(DETAINING_VERBS | {"hold"}, "VERB"):
        lemma = verb.lemma_.lower()
        if lemma not in DETAINING_VERBS | {"hold"} or not _detaining(verb) or negated(reading, verb):
            continue
        if lemma != "hold" and (subjects(reading, verb) or any(c.dep_ in {"nsubj", "agent"} for c in verb.children)):
            continue  # the trigger table reads "X detained Y", "Y was detained by X"
        patient = _patient(verb)
        if patient is None or any(c.lemma_.lower() in JUDGING_ADJECTIVES for c in patient.children):
            continue  # "held Chilean officials responsible": the parser may hang the judgement on the people
        captives = _captives(reading, patient)
        if not captives:
            continue
        yield from _captivity_facts(reading, verb, _holders(reading, verb), "coerces", captives, HOLD_CONFIDENCE)


def releases(reading: Reading) -> Iterator[Fact]:
    """'the detainees will be released from Z prison' (Z in X), 'were freed from X custody', 'the men held by X
    will be returned', 'X announced that the prisoners would be freed': people released without a named releaser
    are released by their holder, the state whose prison or custody they leave, the one said to hold them, or the
    state that announces it (CAMEO 0841 "release persons", PLOVER CONCEDE). A release said with its agent is the
    trigger table's."""
    for verb in reading.index.with_lemma(RELEASING_VERBS, "VERB"):
        if verb.lemma_.lower() not in RELEASING_VERBS or negated(reading, verb):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) \
            or verb.dep_ == "acl" and verb.tag_ == "VBN"
        if not passive or any(c.dep_ in {"agent", "nsubj"} for c in verb.children):
            continue
        patient = _patient(verb)
        captives = _captives(reading, patient) if patient is not None else ()
        if not captives:
            continue
        holders = _left_custody(reading, verb) or _holders_named(reading, patient)
        if not holders:  # a state announcing its own people freed reports another's release, not its own
            holders = tuple(k for k in _announcers(reading, verb) if all(reading.serves.get(o) != k for o in captives))
        yield from _captivity_facts(reading, verb, holders, "concedesTo", captives, RELEASE_CONFIDENCE)


def _captivity_facts(reading: Reading, verb: Token, holders: tuple[str, ...], predicate: str,
                     captives: tuple[str, ...], confidence: float) -> Iterator[Fact]:
    """Each holder's fact on each captive, dated and qualified by the verb's clause (none when it is only
    hypothetical); the rule is named after the verb ("captivity:hold", "captivity:free")."""
    if not holders:
        return
    when = clause_date(reading, verb)
    mode = modality(reading, verb, when)
    if mode is None:
        return
    for s in holders:
        for o in captives:
            found = fact(reading, s, predicate, o, verb, f"captivity:{verb.lemma_.lower()}", confidence, when=when,
                         modality=mode)
            if found:
                yield found


def _left_custody(reading: Reading, verb: Token) -> tuple[str, ...]:
    """The holder of the custody or prison people are released from ("from X custody", "from Z prison")."""
    return _custody_holder(reading, verb, {"from"})


def _custody_holder(reading: Reading, verb: Token, prepositions: set[str]) -> tuple[str, ...]:
    """The holder of the custody or prison a verb's prepositional phrase names ("in X custody", "at Z prison")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                if place.lemma_.lower() in CUSTODY_NOUNS:
                    return _custodians(reading, place)
                if place.lemma_.lower() in prison_nouns():
                    return _prison_state(reading, place)
    return ()


def _holders_named(reading: Reading, patient: Token) -> tuple[str, ...]:
    """Who holds the people released, when the phrase naming them says it ("the men held by X will be freed",
    "the sailors X seized will be returned"): their holder is the one who lets them go."""
    for clause in patient.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in HOLDING_VERBS:
            continue
        if clause.dep_ == "acl" or any(c.dep_ == "auxpass" for c in clause.children):
            return tuple(k for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                         for k in refs(reading, g) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
        return tuple(k for c in clause.children if c.dep_ == "nsubj" for k in refs(reading, c)
                     if reading.types.get(k) in vocabulary.ACTOR_TYPES)
    return ()


def _announcers(reading: Reading, verb: Token) -> tuple[str, ...]:
    """The state that announces a release ("X said the prisoners would be freed"): a release without its agent,
    reported by a state, is that state's own act."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicons.speech_verbs():
        return ()
    return tuple(k for k in subjects(reading, clause.head) if reading.types.get(k) == "Country")


def _custodians(reading: Reading, custody: Token) -> tuple[str, ...]:
    """Whose custody it is: the state or body modifying it ("US custody", "police custody" of a nation)."""
    return tuple(k for c in custody.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                 for k in refs(reading, c) if reading.types.get(k) in {"Country", "Organization"})


def _detaining(verb: Token) -> bool:
    """Whether "hold" keeps someone rather than judging or restraining them: no complement, particle or
    preposition of a judgement ("held X responsible", "hold back", "hold X to account", "held it against X")."""
    if any(c.dep_ in JUDGING_DEPENDENTS or c.lemma_.lower() in JUDGING_ADJECTIVES for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and (c.lower_ in JUDGING_PREPOSITIONS or any(
        g.dep_ == "pobj" and g.lemma_.lower() in JUDGING_NOUNS for g in c.children)) for c in verb.children)


def _patient(verb: Token) -> Token | None:
    """Who is held: the direct object, the passive subject, or the noun a participle or relative clause
    modifies ("the men held by X", "the men who are held by X")."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    for child in verb.children:
        if child.dep_ == ("nsubjpass" if passive else "dobj"):
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


def _people(reading: Reading, token: Token) -> Token | None:
    """The noun naming the people held ("hundreds of detainees": detainees), if the phrase names people: a
    captive noun, a named person or group, or a plural people of a country ("Britons")."""
    if token.lemma_.lower() in lexicons.partitive_nouns() or token.like_num or token.ent_type_ == "CARDINAL":
        inner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None:
            token = inner
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if token.lemma_.lower() in captive_nouns():
        return token
    types = {reading.types.get(k) for k in reading.resolved.keys_at(token)}
    if types & {"Person", "Group"}:
        return token
    if "Country" in types and token.tag_ in {"NNS", "NNPS"}:
        return token  # "Britons", "Iraqis": a country's people
    return None


def _captives(reading: Reading, patient: Token) -> tuple[str, ...]:
    """The actors held: the people the patient names (coordinated ones too), each a person, group or the
    country whose people they are ("three British sailors": the United Kingdom)."""
    found: list[str] = []
    for token in (patient, *patient.conjuncts):
        people = _people(reading, token)
        if people is None and token.pos_ == "PROPN":
            continue  # a name the recogniser missed, among named people
        if people is None:
            return ()  # "held talks and two prisoners": a thing in the list, not a detention
        found += [k for k in refs(reading, people) if reading.types.get(k) in vocabulary.ACTOR_TYPES]
    return tuple(dict.fromkeys(found))


def _holders(reading: Reading, verb: Token) -> tuple[str, ...]:
    """Who holds them: the subject or by-agent; without one, the state of the named prison they are held in, or
    the actor modifying the custody they are held in ("in US custody")."""
    named = subjects(reading, verb)
    if named:
        return named
    if any(c.dep_ == "nsubj" for c in verb.children):
        return ()  # a subject that names no actor ("the move holds them") is not left to the place
    return _custody_holder(reading, verb, {"in", "at"})


def _prison_state(reading: Reading, prison: Token) -> tuple[str, ...]:
    """The country of a prison: the one modifying it ("an Israeli jail"), or, for a named one ("Z prison"), the
    country of the place it is said to lie in ("Z prison, X", "Z prison in X", "held at Z prison in X")."""
    modifiers = [c for c in prison.children if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    states = {k for c in modifiers for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Country"}
    if states:
        return tuple(states) if len(states) == 1 else ()
    if not any(c.pos_ == "PROPN" for c in modifiers):
        return ()  # "held in a prison in X": an unnamed prison's place may be where the person was taken
    near = [prison, *modifiers, *(c for c in prison.children if c.dep_ == "appos")]
    near += [g for t in (prison, prison.head.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj"]
    countries = set()
    for token in near:
        for key in reading.resolved.keys_at(token):
            if reading.types.get(key) == "Country":
                countries.add(key.removeprefix("country/"))
            elif key in reading.place_country:
                countries.add(reading.place_country[key])
    if len(countries) == 1:
        return (reading.ensure_country(countries.pop()),)
    return ()
