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
from kg.extract import lexicons
from kg.extract.facts.arguments import refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, hypothetical, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["unlawful_acts", "dismissed_claims", "ruling_words"]

RULING_CONFIDENCE = 0.7
DISMISSAL_CONFIDENCE = 0.7
ACTORS = vocabulary.ACTOR_TYPES - {"Place"}
# who contests a court's ruling or brings an appeal appeals ("X sought to overturn the ruling", "X lost its appeal")
CONTESTING_VERBS = frozenset({"challenge", "overturn", "contest", "quash"})
APPEALING_VERBS = frozenset({"bring", "launch", "lodge", "file", "lose", "win", "mount"})
# a ruling still to come: "a possible ruling", "awaiting a ruling", "hopes for a ruling"
UNMADE_MODIFIERS = frozenset({"possible", "potential", "likely", "expected", "future", "forthcoming"})
SEEKING_VERBS = frozenset({"await", "expect", "seek", "want", "hope", "ask", "urge", "request", "predict"})
CLAIM_OWNER_PREPOSITIONS = frozenset({"by", "from"})  # "the appeal by X", "a claim from X"


@cache
def ruling_words() -> dict[str, frozenset[str]]:
    """Each role of data/ruling_words.tsv ("court", "rule", "wrong", ...) with its words."""
    roles: dict[str, set[str]] = {}
    for word, role in datafiles.word_map("ruling_words.tsv", ("word", "role")).items():
        roles.setdefault(role, set()).add(word)
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
            clauses = [c for c in head.children if c.dep_ == "ccomp"]
        elif head.pos_ == "NOUN" and lemma in _words("ruling"):
            courts = _ruling_owners(reading, head)
            clauses = [c for c in head.children if c.dep_ in {"acl", "ccomp"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        else:
            continue
        if not courts or not clauses or negated(reading, head):
            continue
        when = clause_date(reading, head)
        if head.pos_ == "VERB" and modality(reading, head, when) != "asserted" or hypothetical(head) \
                or head.pos_ == "NOUN" and _awaited(head):
            continue  # "the court will rule", "could rule", "a possible ruling": no ruling yet
        for clause in clauses:
            for wrongdoer in _wrongdoers(reading, clause):
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
    if entity is None or reading.types.get(key) != "Organization":
        return False
    return any(word.lower().rstrip("s") in _words("court") for word in entity.label.split())


def _awaited(ruling: Token) -> bool:
    """Whether a ruling noun names one still to come: "a possible ruling", "awaiting a ruling", "sought a ruling"."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in UNMADE_MODIFIERS | lexicons.planned_modifiers()
           for c in ruling.children):
        return True
    governor = ruling.head.head if ruling.dep_ == "pobj" else ruling.head
    return ruling.dep_ in {"dobj", "pobj"} and governor.lemma_.lower() in SEEKING_VERBS


def _ruling_owners(reading: Reading, ruling: Token) -> tuple[str, ...]:
    """The court whose ruling it is: its possessor or modifier ("the court's ruling", "a Law Lords judgement") or
    the one it is "by"."""
    owners = [c for c in ruling.children if c.dep_ in {"poss", "compound", "nmod"}]
    owners += [g for c in ruling.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
               if g.dep_ == "pobj"]
    return tuple(dict.fromkeys(k for o in owners for k in reading.resolved.keys_at(o) if _judicial(reading, k)))


def _wrongdoers(reading: Reading, clause: Token) -> tuple[str, ...]:
    """Whose act the that-clause says broke the law: the subject of "breached", "was unlawful", "acted
    illegally", an actor itself or the author of the act it names ("X's detention of Y"); an act only a government
    does, named without author ("the detention"), is the document's own state's. None when the clause denies it."""
    if negated(reading, clause) or any(c.dep_ == "neg" for c in clause.children):
        return ()
    lemma = clause.lemma_.lower()
    wrong = lemma in _words("breach") or any(
        c.dep_ in {"acomp", "advmod", "oprd"} and c.lemma_.lower() in _words("wrong")
        and not any(n.dep_ == "neg" for n in c.children) for c in clause.children)
    if not wrong:
        return ()
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subject is None:
        return ()
    actors = tuple(k for k in refs(reading, subject) if reading.types.get(k) in ACTORS)
    if actors:
        return actors
    authors = [c for c in subject.children if c.dep_ == "poss"]  # "X's detention of Y", "the measures by X"
    authors += [g for c in subject.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj"]
    if authors:
        return tuple(k for a in authors for k in refs(reading, a) if reading.types.get(k) in ACTORS)
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in _words("state_act") and reading.home_country \
            and not any(c.dep_ in {"poss", "compound", "amod", "nmod"} and c.pos_ in {"PROPN", "PRON"}
                        for c in subject.children):
        return (reading.ensure_country(reading.home_country),)
    return ()


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
    for verb in reading.index.with_lemma({"appeal"} | CONTESTING_VERBS | APPEALING_VERBS, "VERB"):
        lemma = verb.lemma_.lower()
        taken = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        if not (lemma == "appeal" or lemma in CONTESTING_VERBS and taken & _words("ruling")
                or lemma in APPEALING_VERBS and "appeal" in taken) or negated(reading, verb):
            continue
        appellants += [k for k in subjects(reading, verb) if reading.types.get(k) in ACTORS
                       and not _judicial(reading, k)]
    return tuple(dict.fromkeys(appellants))
