"""The trigger table: which words name an event or a state, with the predicate each reading gives.

Built from data/triggers.tsv (CAMEO/PLOVER), the regular nominalisations of its verbs ("withdraw" →
"withdrawal") and data/state_triggers.tsv; light verbs ("held talks") lend their arguments to an event noun.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from kg.extract import grammar, lexicons

__all__ = ["nominalisations", "triggers", "is_light_verb", "trigger_lemma", "has_dependents"]


def nominalisations(verb: str) -> set[str]:
    """The regular English nominalisation of a verb, by its ending.

    >>> sorted(nominalisations("establish") | nominalisations("mediate") | nominalisations("withdraw"))
    ['establishment', 'mediation', 'withdrawal']
    >>> nominalisations("go")
    set()
    """
    if len(verb) < 5 or " " in verb:
        return set()
    return {verb[: -len(end)] + noun for end, noun in grammar.NOMINAL_SUFFIXES if verb.endswith(end)}


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
    return grammar.verb_in(verb, lexicons.light_verbs())


def trigger_lemma(token: Token, pos: str, table: dict) -> str:
    """The token's lemma as the lexicon knows it; a capitalised plural opening a sentence ("Talks between...")
    may keep its form in spaCy's lemma, so its lower-case singular is tried too."""
    lemma = token.lemma_.lower()
    if token.i >= 2 and token.nbor(-1).lower_ == "-" and token.nbor(-1).whitespace_ == "" \
            and token.nbor(-2).whitespace_ == "" and token.nbor(-2).is_alpha:
        joined = token.nbor(-2).lower_ + lemma  # "co-operation", "re-establish": the tokenizer splits the prefix
        if (joined, pos) in table:
            return joined
    if (lemma, pos) in table or pos != "NOUN":
        return lemma
    lower = token.lower_
    for candidate in (lower, lower[:-1] if lower.endswith("s") else "", lower[:-2] if lower.endswith("es") else ""):
        if candidate and (candidate, pos) in table:
            return candidate
    return lemma


def has_dependents(token: Token, trigger: lexicons.Trigger) -> bool:
    """A multi-word trigger ("call on", "reach deal", "take part") needs its particle, preposition or object."""
    if not trigger.dependents:
        return True
    # a preposition before the verb opens an adjunct ("In a separate development, X gave ..."), not "give in"
    kids = [c for c in token.children if not (c.dep_ in {"prep", "prt"} and c.i < token.i and token.pos_ == "VERB")]
    around = {c.lemma_.lower() for c in kids} | {c.lower_ for c in kids}
    around |= {g.lemma_.lower() for c in kids if c.dep_ in {"dobj", "prep"} for g in c.children}
    # "exploded a series of bombs", "imposed a package of sanctions": the object counted by a measure noun
    measures = lexicons.measure_nouns() | lexicons.partitive_nouns()
    around |= {g.lemma_.lower() for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in measures
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    # "called for Germany to apologise": the preposition is parsed as the mark of the clause it introduces
    around |= {g.lower_ for c in token.children if c.dep_ in {"advcl", "ccomp"} for g in c.children
               if g.dep_ == "mark" and g.i == c.left_edge.i}
    # "a charge which X denies": the relative pronoun object stands for the noun the clause modifies
    if token.dep_ == "relcl" and any(c.dep_ in {"dobj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
                                     for c in token.children):
        around.add(token.head.lemma_.lower())
    return all(d in around for d in trigger.dependents)
