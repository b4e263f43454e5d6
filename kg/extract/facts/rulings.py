"""Court rulings as stances. A court that rules an actor's act unlawful ("the judges ruled that X had breached the
law", "a court's judgement that X's detention of Y was illegal") criticizes the actor (CAMEO 111, PLOVER
DISAPPROVE); an act only a government does, named without its author ("ruled that the detention ... breached human
rights"), is the document's own state's. A court that dismisses an actor's appeal or claim rejects the actor
(CAMEO 120, PLOVER REJECT); an appeal named without its owner ("dismissed both appeals") is that of the actors
the document says appealed. The words come from general legal English (data/ruling_words.tsv).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from kg import datafiles, vocabulary
from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, hypothetical, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["unlawful_acts", "dismissed_claims", "ruling_words"]

RULING_CONFIDENCE = 0.7
DISMISSAL_CONFIDENCE = 0.7
ACTORS = vocabulary.ACTOR_TYPES - {"Place"}
CLAIM_OWNER_PREPOSITIONS = frozenset({"by", "from"})  # "the appeal by X", "a claim from X"


@cache
def ruling_words() -> dict[str, frozenset[str]]:
    """Each role of data/ruling_words.tsv ("court", "rule", "wrong", ...) with its words (a word may play
    several, comma-separated)."""
    roles: dict[str, set[str]] = {}
    for word, listed in datafiles.word_map("ruling_words.tsv", ("word", "role")).items():
        for role in listed.split(","):
            roles.setdefault(role.strip(), set()).add(word)
    return {role: frozenset(words) for role, words in roles.items()}


def _words(role: str) -> frozenset[str]:
    """The words of one role."""
    return ruling_words().get(role, frozenset())


def unlawful_acts(reading: Reading) -> Iterator[Fact]:
    """'the court ruled that X had acted unlawfully', 'a judges' ruling that X's measures breached the law': the
    court criticizes X. A ruling that is denied, only possible or still to come is none."""
    for head in reading.index.with_lemma(_words("rule") | _words("ruling"), "VERB", "NOUN"):
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and lemma in _words("rule"):
            courts = tuple(k for k in subjects(reading, head) if _judicial(reading, k))
        elif head.pos_ == "NOUN" and lemma in _words("ruling"):
            courts = _ruling_owners(reading, head)
        else:
            continue
        if not courts or negated(reading, head):
            continue
        said = _said_wrong(reading, head)
        if not said:
            continue
        when = clause_date(reading, head)
        if head.pos_ == "VERB" and modality(reading, head, when) != "asserted" or hypothetical(head) \
                or head.pos_ == "NOUN" and _awaited(head):
            continue  # "the court will rule", "could rule", "a possible ruling": no ruling yet
        for _, subject in said:
            for wrongdoer in _wrongdoers(reading, subject):
                for court in courts:
                    found = fact(reading, court, "criticizes", wrongdoer, head, f"ruling:{lemma}",
                                 RULING_CONFIDENCE, when=when)
                    if found:
                        yield found


def dismissed_claims(reading: Reading) -> Iterator[Fact]:
    """'the judges dismissed X's appeal', 'the court rejected the claim by X': the court rejects X; 'dismissed both
    appeals' rejects every actor the document says appealed."""
    for verb in reading.index.with_lemma(_words("dismiss"), "VERB"):
        if verb.lemma_.lower() not in _words("dismiss") or negated(reading, verb):
            continue
        courts = tuple(k for k in subjects(reading, verb) if _judicial(reading, k))
        claims = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _words("claim")]
        if not courts or not claims:
            continue
        when = clause_date(reading, verb)
        if modality(reading, verb, when) != "asserted":
            continue
        claimants = tuple(dict.fromkeys(k for claim in claims for k in _claim_owners(reading, claim)))
        for court in courts:
            for claimant in claimants:
                found = fact(reading, court, "rejects", claimant, verb, f"ruling:{verb.lemma_.lower()}",
                             DISMISSAL_CONFIDENCE, when=when)
                if found:
                    yield found


def _judicial(reading: Reading, key: str) -> bool:
    """Whether an entity is a court or its judges: a word of its name heads or names a judicial body."""
    entity = reading.resolved.entities.get(key)
    kind = reading.types.get(key)
    if entity is None or kind not in ACTORS:
        return False
    words = [word.lower() for word in entity.label.split()]
    if kind == "Organization":
        return any(word.rstrip("s") in _words("court") for word in words)
    return any(word in _words("judge") for word in words)  # "Lord Justice Doe", "Law Lords" told a person or a group


def _awaited(ruling: Token) -> bool:
    """Whether a ruling noun names one still to come: "a possible ruling", "awaiting a ruling", "sought a ruling"."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in _words("unmade") | lexicons.planned_modifiers()
           for c in ruling.children):
        return True
    governor = ruling.head.head if ruling.dep_ == "pobj" else ruling.head
    return ruling.dep_ in {"dobj", "pobj"} and governor.lemma_.lower() in _words("seek")


def _ruling_owners(reading: Reading, ruling: Token) -> tuple[str, ...]:
    """The court whose ruling it is: its possessor or modifier ("the court's ruling", "a Law Lords judgement") or
    the one it is "by"."""
    owners = [c for c in ruling.children if c.dep_ in {"poss", "compound", "nmod"}]
    owners += [g for c in ruling.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
               if g.dep_ == "pobj"]
    return tuple(dict.fromkeys(k for o in owners for k in reading.resolved.keys_at(o) if _judicial(reading, k)))


def _said_wrong(reading: Reading, ruling: Token) -> list[tuple[Token, Token]]:
    """The acts a ruling verb or noun says broke the law, each as (the word saying it, the act or its doer): its
    that-clause ("ruled that X breached Y", "a ruling that X was unlawful") or its object and complement ("ruled
    it illegal"). An "it" that stands for an infinitive ("ruled it unlawful to hold them") is none."""
    pairs: list[tuple[Token, Token]] = []
    for clause in ruling.children:
        if clause.dep_ == "ccomp" or clause.dep_ == "acl" and ruling.pos_ == "NOUN" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "csubj"}), None)
            if subject is not None:
                pairs.append((clause, subject))
    if ruling.pos_ == "VERB":
        thing = next((c for c in ruling.children if c.dep_ == "dobj"), None)
        pairs += [(c, thing) for c in ruling.children if thing is not None and c.dep_ in {"oprd", "acomp", "xcomp"}]
    return [(said, subject) for said, subject in pairs if _wrong(reading, said)
            and not any(c.dep_ in {"xcomp", "ccomp"} and grammar.to_infinitive(c) for c in said.children)]


def _wrong(reading: Reading, said: Token) -> bool:
    """Whether a word says an act broke the law ("breached", "unlawful", "was illegal", "acted unlawfully"),
    undenied."""
    if negated(reading, said) or any(c.dep_ == "neg" for c in said.children):
        return False
    return said.lemma_.lower() in _words("breach") | _words("wrong") or any(
        c.dep_ in {"acomp", "advmod", "oprd"} and c.lemma_.lower() in _words("wrong")
        and not any(n.dep_ == "neg" for n in c.children) for c in said.children)


def _wrongdoers(reading: Reading, subject: Token) -> tuple[str, ...]:
    """Who did the act said to break the law: an actor itself or the author of the act named ("X's detention of
    Y"); an act only a government does, named without author ("the detention", "it" for one), is the document's
    own state's."""
    actors = tuple(k for k in refs(reading, subject) if reading.types.get(k) in ACTORS
                   and not _judicial(reading, k)
                   and not (subject.lower_ == "it" and reading.types.get(k) in {"Person", "Group"}))
    if actors:
        return actors
    authors = [c for c in subject.children if c.dep_ == "poss"]  # "X's detention of Y", "the measures by X"
    authors += [g for c in subject.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj"]
    if authors:
        return tuple(k for a in authors for k in refs(reading, a) if reading.types.get(k) in ACTORS)
    if subject.pos_ == "PRON" and subject.lower_ == "it":
        subject = _antecedent(subject)  # "changed the regime of detention after the court ruled it illegal"
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _words("state_act") \
            and reading.home_country and not any(c.dep_ in {"poss", "compound", "amod", "nmod"}
                                                 and c.pos_ in {"PROPN", "PRON"} for c in subject.children):
        return (reading.ensure_country(reading.home_country),)
    return ()


def _antecedent(pronoun: Token) -> Token | None:
    """The government act an "it" stands for: the last act noun before it in its sentence that names no actor
    ("the law", "the regime of detention"), if any."""
    before = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN"]
    return next((t for t in reversed(before) if t.lemma_.lower() in _words("state_act") and not t.ent_type_), None)


def _claim_owners(reading: Reading, claim: Token) -> tuple[str, ...]:
    """Whose appeal or claim it is: its possessor or "by"/"from" phrase; else the actors said to appeal in the
    document ("X appealed against the decision", "X lost its appeal", "X sought to overturn the ruling")."""
    owners = [c for c in claim.children if c.dep_ == "poss"]
    owners += [g for c in claim.children if c.dep_ == "prep" and c.lower_ in CLAIM_OWNER_PREPOSITIONS
               for g in c.children if g.dep_ == "pobj"]
    if owners:
        return tuple(k for o in owners for k in refs(reading, o) if reading.types.get(k) in ACTORS)
    if claim.lemma_.lower() != "appeal":
        return ()
    appellants: list[str] = []
    for verb in reading.index.with_lemma({"appeal"} | _words("contest") | _words("appeal"), "VERB"):
        lemma = verb.lemma_.lower()
        taken = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        if not (lemma == "appeal" or lemma in _words("contest") and taken & _words("ruling")
                or lemma in _words("appeal") and "appeal" in taken) or negated(reading, verb):
            continue
        appellants += [k for k in subjects(reading, verb) if reading.types.get(k) in ACTORS
                       and not _judicial(reading, k)]
    return tuple(dict.fromkeys(appellants))
