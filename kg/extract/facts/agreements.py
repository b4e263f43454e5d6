"""Parties to agreements: "an agreement between X and Y", "the memorandum sealed the alliance between X and Y",
and the counterparty an agreement's purpose names ("a deal to import gas from Iran")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.facts.arguments import between, refs
from kg.extract.facts.qualifiers import fact
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["agreement_parties"]


def agreement_parties(reading: Reading) -> Iterator[Fact]:
    """'an agreement between X and Y', 'the memorandum sealed the alliance between X and Y': X, Y partyTo it."""
    for token in reading.doc:
        agreements = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Agreement"]
        if not agreements or token.pos_ == "PRON" or token.dep_ not in {
                "nsubj", "nsubjpass", "ROOT", "dobj", "pobj", "appos", "attr"}:
            continue
        scopes = [token]
        if token.dep_ == "nsubj" or (token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "relcl"):
            scopes += [c for c in token.head.children if c.dep_ == "dobj"]
        for child in _noun_phrase_clauses(token):
            scopes += [c for c in child.children if c.dep_ == "dobj"]
        for scope in scopes:
            for party in between(reading, scope, through_object=False):
                if reading.types.get(party) in {"Country", "Organization"}:
                    for agreement in agreements:
                        found = fact(reading, party, "partyTo", agreement, token, "between", 0.7)
                        if found:
                            yield found
        for party in _counterparties(reading, token):
            for agreement in agreements:
                found = fact(reading, party, "partyTo", agreement, token, "purpose-counterparty", 0.6)
                if found:
                    yield found


def _counterparties(reading: Reading, agreement: Token) -> list[str]:
    """'a deal to import gas from Iran', 'an accord to sell jets to Peru': the state or body the agreement's
    purpose trades with is its other party."""
    found: list[str] = []
    for verb in agreement.children:
        if verb.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "a deal to open talks with Ankara"
        for prep in (p for h in heads for p in h.children):
            if prep.dep_ == "prep" and prep.lower_ in {"from", "to", "with"}:
                found += [k for g in prep.children if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)
                          if reading.types.get(k) in {"Country", "Organization"} and k not in found]
    return found


def _noun_phrase_clauses(noun: Token) -> list[Token]:
    """Relative clauses on a noun, or on the last noun of its of-phrase ('the memorandum of understanding
    which sealed ...': spaCy attaches the clause to 'understanding')."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    clauses += _noun_phrase_clauses(pobj)
    return clauses
