"""Stances read from what an actor withholds: "X did not accept Y's offer", "X will not back the Y amendment" is X
rejecting Y, the one who put the thing forward (CAMEO 12, PLOVER REJECT)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import lexicons
from kg.extract.facts.arguments import refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["withheld_backing"]

WITHHELD_CONFIDENCE = 0.6
ACCORD_TYPES = frozenset({"Agreement"})  # a named accord or plan, which "rejects" may take as its object
OWNER_PREPOSITIONS = frozenset({"of", "by", "from"})  # "the offer from Y", "the plan of Y", "a motion by Y"


def withheld_backing(reading: Reading) -> Iterator[Fact]:
    """'The board did not accept Y's offer', 'X has never backed the Kyoto Protocol': a verb of accepting or
    backing (data/backing_verbs.txt), negated, rejects the named accord or plan that is its object, and the named
    actor who put forward the thing that is (data/proposed_things.txt): "will not back Y's plan" rejects both; a
    question, or a refusal only possible ("could not accept"), rejects nothing."""
    for verb in reading.index.with_lemma(lexicons.backing_verbs(), "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicons.backing_verbs():
            continue
        if not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue
        if any(t.text == "?" for t in verb.sent) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            continue  # "Will X not back the plan?"; "the plan was not backed by X" leaves who withheld it unclear
        owners = tuple(k for c in verb.children if c.dep_ == "dobj"
                       for k in _accords(reading, c) + _proposers(reading, c))
        if not owners:
            continue
        when = clause_date(reading, verb)
        if modality(reading, verb, when) is None:
            continue
        for s in subjects(reading, verb):
            for o in dict.fromkeys(owners):
                found = fact(reading, s, "rejects", o, verb, f"withheld:{verb.lemma_.lower()}", WITHHELD_CONFIDENCE,
                             when=when)
                if found:
                    yield found


def _accords(reading: Reading, thing: Token) -> tuple[str, ...]:
    """The accord or plan an object names ("has never accepted the Kyoto Protocol"): withholding backing from it
    rejects the accord itself."""
    return tuple(k for k in reading.resolved.keys_at(thing) if reading.types.get(k) in ACCORD_TYPES)


def _proposers(reading: Reading, thing: Token) -> tuple[str, ...]:
    """Who put forward a thing named by a proposal noun: its owner ("Y's offer"), a name or adjective modifying it
    ("the Tory amendment") or an of-, by- or from-phrase ("the offer from Y"); a pronoun owner is left out, as it
    may stand for the one who withholds ("did not accept its own plan")."""
    if thing.pos_ != "NOUN" or thing.lemma_.lower() not in lexicons.proposed_things():
        return ()
    phrases = [c for c in thing.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.pos_ != "PRON"
               and c.i < thing.i]
    phrases += [g for p in thing.children if p.dep_ == "prep" and p.lower_ in OWNER_PREPOSITIONS
                for g in p.children if g.dep_ == "pobj"]
    return tuple(k for c in phrases for k in refs(reading, c, modifiers=False)
                 if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
