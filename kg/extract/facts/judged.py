"""Stances aimed at an actor through something of theirs that a pronoun owns: "the minister welcomed his return",
"their appeal is backed by two charities" support the one the pronoun stands for (CAMEO 05, PLOVER SUPPORT), "X
rejected her offer" rejects her (CAMEO 12, PLOVER REJECT)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import trigger_lemma, triggers
from kg.extract.names import first_name_gender
from kg.model import Fact

__all__ = ["pronoun_owned_objects"]

JUDGED_PREDICATES = frozenset({"supports", "rejects"})
OWNING_PRONOUNS = grammar.GENDERED_PRONOUNS | grammar.NEUTER_PRONOUNS | grammar.PLURAL_PRONOUNS
OWNED_CONFIDENCE = 0.6


def pronoun_owned_objects(reading: Reading) -> Iterator[Fact]:
    """'Y's allies welcomed his return', 'their action is supported by Z': a verb of backing or rejecting (a trigger
    row taking a direct object) whose object is a thing a third-person pronoun owns judges the one the pronoun
    stands for; the thing itself is no actor. Not when the thing is a body or person ("backed his government")."""
    table = triggers()
    for verb in reading.index.with_pos("VERB"):
        rows = [t for t in table.get((trigger_lemma(verb, "VERB", table), "VERB"), ())
                if t.predicate in JUDGED_PREDICATES and " " not in t.lemma and "dobj" in t.objects]
        if not rows:
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        thing = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        owners = _owners(reading, thing) if thing is not None else ()
        if not owners or negated(reading, verb) or any(
                c.dep_ == "advmod" and c.lower_ in lexicons.uncertainty_adverbs() for c in verb.children):
            continue  # "perhaps they will back her bid": a hope, not a stance taken
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        predicate = rows[0].predicate
        agents = subjects(reading, verb)
        owner = next(c for c in thing.children if c.dep_ == "poss")
        for s in agents:
            if len(agents) == 1 and _could_own(reading, s, owner.lower_):
                continue  # "the government defended its case": the pronoun may be the agent's own
            for o in owners:
                if o == reading.serves.get(s):
                    continue  # "the minister backed its plan": the state the minister serves, his own side
                found = fact(reading, s, predicate, o, verb, f"owned:{verb.lemma_.lower()}", OWNED_CONFIDENCE,
                             when=when, modality=mode)
                if found:
                    yield found


def _could_own(reading: Reading, agent: str, pronoun: str) -> bool:
    """Whether an owning pronoun could stand for the agent itself: "his" or "her" for a person not known to be of
    the other gender (an honorific, a first name), "its" for a state or body, "their" for anything but one person."""
    kind = reading.types.get(agent)
    if pronoun in grammar.NEUTER_PRONOUNS:
        return kind in {"Country", "Organization"}
    if pronoun in grammar.PLURAL_PRONOUNS:
        return kind != "Person"
    if kind != "Person":
        return False
    gender = _gender(reading, agent)
    return gender is None or (gender == "m") == (pronoun in grammar.MASCULINE_PRONOUNS)


def _gender(reading: Reading, person: str) -> str | None:
    """A person's gender as the text tells it: an honorific among the names it is called by ("Mr Hale"), else what
    the first name of its full name says (gender-guesser's dictionary); None when neither tells."""
    entity = reading.resolved.entities.get(person)
    if entity is None:
        return None
    honorifics = lexicons.honorifics()  # "mr" → "m" (data/honorifics.tsv); "dr" tells none
    for name in (entity.label, *entity.aliases):
        word = name.split(" ", 1)[0].lower()
        gender = honorifics.get(word, honorifics.get(word.rstrip(".")))
        if gender and " " in name:
            return gender
    guess = first_name_gender(entity.label.split(" ", 1)[0])
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)


def _owners(reading: Reading, thing: Token) -> tuple[str, ...]:
    """Whom a pronoun owning a thing stands for ("his return", "their appeal"), when the thing names no entity of
    its own and is no body, post or person ("his government", "their leader")."""
    if thing.pos_ != "NOUN" or reading.resolved.keys_at(thing):
        return ()
    lemma = thing.lemma_.lower()
    if lemma in lexicons.entity_nouns() or lemma in lexicons.titles():
        return ()
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in OWNING_PRONOUNS:
        return ()
    return tuple(reading.resolved.keys_at(owner))
