"""Where events are held and who takes part: "the summit was held in Cairo" (the place hosts the event),
"talks in New Delhi between X and Y", "a meeting of the foreign ministers of India and Pakistan"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import lexicons
from kg.extract.facts.arguments import between, located, objects, refs
from kg.extract.facts.qualifiers import asked_for, clause_date, ended, fact, modality, negated, prospect
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
                  for k in refs(reading, _framed(c)) if reading.types.get(k) == "Event"]
        if not events and token.dep_ == "relcl":
            events = [k for k in refs(reading, token.head) if reading.types.get(k) == "Event"]
        places = objects(reading, token, ("prep:in", "prep:at"), False) or _apposed_sites(reading, token)
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
        if events and any(c.dep_ == "nsubjpass" for c in token.children) \
                and _hosting(token) and lemma in lexicons.gathering_verbs():
            yield from _hosted_by(reading, token, events, when, mode)


def _framed(subject: Token) -> Token:
    """'Two days of talks', 'a round of talks': the event a shell noun (data/shell_nouns.txt) frames."""
    if subject.lemma_.lower() in lexicons.shell_nouns():
        inner = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        if inner:
            return inner[0]
    return subject


def _apposed_sites(reading: Reading, verb: Token) -> list[str]:
    """'Talks begin at the minister's country residence, Chevening': the named place in apposition to an unnamed
    site the verb puts the event at."""
    return [k for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
            for g in p.children if g.dep_ == "pobj" and not reading.resolved.keys_at(g)
            for a in g.children if a.dep_ == "appos" for k in reading.resolved.keys_at(a)
            if reading.types.get(k) in {"Country", "Place"}]


def _hosting(verb: Token) -> bool:
    """Whether a verb says who hosts or organises its event (data/gathering_verbs.tsv role "host")."""
    return "host" in lexicons.gathering_verbs().get(verb.lemma_.lower(), {}).values()


def _hosted_by(reading: Reading, verb: Token, events: list[str], when, mode: str) -> Iterator[Fact]:
    """'Tuesday's meeting is being hosted by Chile': the agent hosts it; a person named as host (who cannot host
    in the ontology's sense) takes part in it."""
    allowed = vocabulary.allowed_types("hosts")[0]
    agents = [k for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
              for k in refs(reading, g)]
    for agent in dict.fromkeys(agents):
        kind = reading.types.get(agent)
        predicate = "hosts" if kind in allowed else "participatesIn" if kind in vocabulary.ACTOR_TYPES else None
        for event in events if predicate else ():
            found = fact(reading, agent, predicate, event, verb, "venue:hosted-by", 0.7, when=when, modality=mode)
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
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ != "ADV":
            continue  # "the establishment of exercises between X and Y": not (yet) an event that took place
            # (but "ahead of a meeting in London" is a time: the meeting is held)
        if _proposed(top):
            continue  # "plans for a debate between X and Y", "calls for talks between X and Y": not held
        if top.dep_ == "dobj" and _arranged(top.head):
            continue  # "trying to arrange talks between X and Y": sought, not held
        when = clause_date(reading, head)
        mode = modality(reading, head, when) or "asserted"
        parties = list(between(reading, head, through_object=False))
        # "a meeting of the foreign ministers of India and Pakistan", "a summit of the African Union"; but a
        # celebration or an election of something is about it ("a celebration of democracy")
        gathering = lexicons.event_kinds().get(head.lemma_.lower(), "meeting") in {"meeting", "exercise"}
        parties += [k for p in head.children if gathering and p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj" and not _own_body(reading, g)
                    for k in (refs(reading, g) or located(reading, g))
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
                    sites = reading.resolved.keys_at(pobj) or [
                        k for a in pobj.children if a.dep_ == "appos" for k in reading.resolved.keys_at(a)
                        if reading.types.get(k) in {"Country", "Place"}]  # "at the minister's house, Chevening"
                    for place in sites:
                        found = fact(reading, place, "hosts", key, head, "event:venue", 0.65, when=when,
                                         modality=mode)
                        if found:
                            yield found


def _own_body(reading: Reading, pobj: Token) -> bool:
    """'A meeting of the party's MPs' names who meet, but 'a meeting of the Commission', 'the regular meeting of the
    Parliamentary Labour Party' name the one body whose own sitting it is: the body holds it, it does not take part
    in it as one party among others."""
    keys = reading.resolved.keys_at(pobj)
    return len(keys) == 1 and reading.types.get(keys[0]) == "Organization" and not any(
        t.i != pobj.i for t in pobj.conjuncts)


def _proposed(top: Token) -> bool:
    """'plans for a debate', 'calls for talks', 'called for talks': an event named as what a plan, a proposal or a
    request (data/directive_verbs.txt) is for."""
    if top.dep_ == "pobj" and prospect(top.head):
        return True  # "open to talks", "paved the way for talks between X and Y"
    if top.dep_ == "pobj" and asked_for(top.head):
        return True  # "called for talks between X and Y", "pressed for a summit": asked for, not held
    noun = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "for" else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in (
        lexicons.plan_verbs() | lexicons.proposal_nouns())


def _arranged(verb: Token) -> bool:
    """'Arrange talks', 'trying to arrange talks', 'sought to hold talks': a verb that seeks or arranges the
    gathering that is its object, or the complement of one (data/arranging_verbs.txt)."""
    arranging = lexicons.arranging_verbs()
    node = verb
    for _ in range(4):
        if node.lemma_.lower() in arranging:
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False
