"""Demands and conditional threats: what one actor says another must do ("Russia said that Sudan must return
the helicopter"), and an act made conditional on what another actor does ("unless Baghdad accepts its terms")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import located, noun_subjects, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, governors, negated
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import is_light_verb, triggers
from kg.model import Fact

__all__ = ["obligation_demands", "conditional_threats"]


def obligation_demands(reading: Reading) -> Iterator[Fact]:
    """'Russia said that Sudan must return the helicopter', 'issued a reminder to Iraq that it must
    cooperate': what one actor says another must or should do is a demand (CAMEO 10)."""
    for token in reading.doc:
        if token.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_AUXILIARIES for c in token.children):
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or (
                token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)):
            continue  # "X must be punished" is not addressed to X; "X should have said" is a reproach
        governor = token.head
        if token.dep_ not in {"ccomp", "acl"} or governor.i == token.i or negated(reading, governor):
            continue
        if governor.pos_ in {"VERB", "AUX"} and governor.lemma_ in lexicons.speech_verbs():
            speakers = subjects(reading, governor)
        elif governor.pos_ == "NOUN" and is_light_verb(governor.head):
            speakers = noun_subjects(reading, governor)  # "issued a stern reminder ... that it must"
        else:
            continue
        addressees = next((refs(reading, c) or located(reading, c) for c in token.children
                           if c.dep_ in {"nsubj", "nsubjpass"}), ())
        when = clause_date(reading, governor)
        for s in speakers:
            for o in addressees:
                found = fact(reading, s, "demands", o, governor, f"obligation:{governor.lemma_.lower()}", 0.65,
                                 when=when)
                if found:
                    yield found


def conditional_threats(reading: Reading) -> Iterator[Fact]:
    """'Iran threatened to launch an offensive unless Baghdad accepted its terms', 'X will pull out its
    troops unless Y holds elections': an act made conditional on what another actor does threatens it."""
    for token in reading.doc:
        clauses = [c for c in token.children if c.dep_ == "advcl"]
        if not clauses:
            continue
        marks = grammar.CONDITION_MARKERS | ({"if"} if _threatening(token) else set())
        for clause in clauses:
            if not any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
                continue
            if negated(reading, token):
                continue
            actors = subjects(reading, token, raising=True) if token.pos_ in {"VERB", "AUX"} else ()
            targets = next((refs(reading, c) or located(reading, c) for c in clause.children
                            if c.dep_ in {"nsubj", "nsubjpass"}), ())
            when = clause_date(reading, token)
            for s in actors:
                for o in targets:
                    found = fact(reading, s, "threatens", o, token, "threat:unless", 0.6, when=when)
                    if found:
                        yield found


def _threatening(verb: Token) -> bool:
    """'threatened to stop the talks (if ...)': the verb or a verb governing it is a threat trigger."""
    table = triggers()
    return any(t.predicate == "threatens" for node in (verb, *governors(verb))
               for t in table.get((node.lemma_.lower(), "VERB"), ()))
