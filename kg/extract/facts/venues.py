"""Where events are held and who takes part: "the summit was held in Cairo" (the place hosts the event),
"talks in New Delhi between X and Y", "a meeting of the foreign ministers of India and Pakistan"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import lexicons
from kg.extract.facts.arguments import between, located, objects, refs
from kg.extract.facts.qualifiers import clause_date, ended, fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["venue_facts", "event_participants"]


def venue_facts(reading: Reading) -> Iterator[Fact]:
    """'the summit was held in Cairo', 'talks took place in Geneva': the place hosts the event."""
    verbs = lexicons.venue_verbs()
    for token in reading.index.with_lemma(verbs, "VERB", "AUX", phrases=True):
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        if lemma not in verbs and not any(f"{lemma} {c.lower_}" in verbs for c in token.children
                                          if c.dep_ in {"dobj", "prt"}) or negated(reading, token):
            continue
        events = [k for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}
                  for k in refs(reading, c) if reading.types.get(k) == "Event"]
        if not events and token.dep_ == "relcl":
            events = [k for k in refs(reading, token.head) if reading.types.get(k) == "Event"]
        places = objects(reading, token, ("prep:in", "prep:at"), False)
        when = clause_date(reading, token)
        mode = modality(reading, token, when)
        if mode is None:
            continue
        for place in places:
            for event in events:
                found = fact(reading, place, "hosts", event, token, f"venue:{lemma}", 0.75, when=when,
                                 modality=mode)
                if found:
                    yield found


def event_participants(reading: Reading) -> Iterator[Fact]:
    """'talks in New Delhi between X and Y', 'a summit in Nairobi': who took part, and where it was held."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Event":
            continue
        head = reading.doc[mention.head]
        if negated(reading, head.head if head.dep_ in {"dobj", "nsubj", "nsubjpass"} else head) or ended(reading, head):
            continue  # (nor "a debate between X and Y was cancelled")
        top = head
        while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ == "of":
            continue  # "the establishment of exercises between X and Y": not (yet) an event that took place
        if _proposed(top):
            continue  # "plans for a debate between X and Y", "calls for talks between X and Y": not held
        when = clause_date(reading, head)
        mode = modality(reading, head, when) or "asserted"
        parties = list(between(reading, head, through_object=False))
        # "a meeting of the foreign ministers of India and Pakistan", "a summit of the African Union"; but a
        # celebration or an election of something is about it ("a celebration of democracy")
        gathering = lexicons.event_kinds().get(head.lemma_.lower(), "meeting") in {"meeting", "exercise"}
        parties += [k for p in head.children if gathering and p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj" for k in (refs(reading, g) or located(reading, g))
                    if reading.types.get(k) in vocabulary.ACTOR_TYPES and k not in parties]
        for party in parties:
            found = fact(reading, party, "participatesIn", key, head, "event:between", 0.7, when=when,
                             modality=mode)
            if found:
                yield found
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for place in reading.resolved.keys_at(pobj):
                        found = fact(reading, place, "hosts", key, head, "event:venue", 0.65, when=when,
                                         modality=mode)
                        if found:
                            yield found


def _proposed(top: Token) -> bool:
    """'plans for a debate', 'calls for talks': an event named as what a plan or a proposal is for."""
    noun = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "for" else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in (
        lexicons.plan_verbs() | lexicons.proposal_nouns())
