"""Judgements of degree in a reported clause: that its subject does, spends, has or is too much or too little
("said Y was spending too much", "said Y's tariffs were far too high", "said Y's aid did not go far enough", "said
Y's offer was less than they had wanted", "said Y's plans fell short"): a fault of measure (CAMEO 11,
PLOVER DISAPPROVE) laid on the actor whose doing or thing it is. Words in data/degree_words.tsv. What the
speaker's report says of a mere state ("it was too early to say", "too many questions remain") judges no actor,
an infinitive of consequence ("too weak to resist") tells a plight, not a fault, "not too bad" is no reproach and
"Y cannot do enough for us" is praise; whose the fault is, the caller reads from the clause's subject."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from kg import datafiles
from kg.extract import lexicons

__all__ = ["degree_words", "faults_of_measure"]

MEASURE_FAULT = -1.5  # the valence of a fault of measure, that of a rated word of fault ("waste", "mistake")
GRADED_DEPS = frozenset({"advmod", "acomp", "dobj", "attr", "npadvmod", "oprd"})  # what or how much the subject does
NOUN_GRADES = frozenset({"amod", "advmod"})  # "too much freedom": the grade on an object noun
NEGATIONS = frozenset({"not", "n't", "never"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "they", "he", "she"})  # the one who hoped: the speaker's own disappointment


@cache
def degree_words() -> dict[str, str]:
    """Words of a judgement of degree with their roles (excess, sufficiency, effort, lesser, expectation, short,
    falling, reaching; data/degree_words.tsv)."""
    return datafiles.word_map("degree_words.tsv", ("word", "role"))


def faults_of_measure(clause: Token) -> Iterator[float]:
    """The fault of measure a reported clause lays on its subject, once: too much or too little of what it does,
    has or is (`_excess`), not enough of an effort (`_not_enough`), less than was hoped for (`_less_than_hoped`),
    a shortfall ("fell short", "not up to the task": `_short`)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                       and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children):
        return
    for verb in verbs:
        if _excess(verb) or _not_enough(verb) or _less_than_hoped(verb) or _short(verb):
            yield MEASURE_FAULT
            return


def _modal(verb: Token) -> bool:
    """Whether a verb, or what it hangs on (the clause it is a conjunct of, the verb of speech reporting it), carries
    a modal: a possibility ("Y might be spending too much"), an ability ("Y cannot do enough for us"), words not yet
    said ("X will say Y did not do enough"), not a fault found."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in (*verb.children, *verb.head.children))


def _negated(verb: Token) -> bool:
    """Whether a verb is negated ("did not go", "are not up to")."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ == "advmod" for c in verb.children)


def _graded_too(word: Token) -> bool:
    """Whether "too" grades a word as excessive: the adverb right before it (or before "far", "much": "far too
    high"), not negated ("not too bad"), and with no infinitive or clause of consequence ("too early to say", "too
    weak to resist": a plight or a hedge, not a fault). "Too" after a word means "also"."""
    roles = degree_words()
    too = next((c for c in word.children if c.dep_ == "advmod" and roles.get(c.lower_) == "excess"
                and c.i < word.i and all(t.pos_ == "ADV" for t in word.doc[c.i + 1:word.i])), None)
    if too is None or word.i - too.i > 2:
        return False
    before = word.doc[too.i - 1] if too.i > 0 else None
    if any(c.dep_ == "neg" for c in (*word.children, *too.children)) or before is not None and before.lower_ in NEGATIONS:
        return False
    return not any(c.dep_ in {"xcomp", "ccomp", "advcl"} or c.dep_ == "aux" and c.lower_ == "to"
                   for c in (*word.children, *too.children))


def _excess(verb: Token) -> bool:
    """"Y is spending too much", "Y acted too slowly", "Y's tariffs are far too high", "Y had too much freedom", "Y did
    too little": a graded word of what or how the subject does, has or is, in an asserted verb."""
    if _negated(verb) or _modal(verb):
        return False
    for word in (c for c in verb.children if c.dep_ in GRADED_DEPS):
        if word.pos_ in {"ADJ", "ADV", "DET", "PRON"} and _graded_too(word):
            return True
        if word.pos_ == "NOUN" and word.dep_ in {"dobj", "attr"} and any(
                g.dep_ in NOUN_GRADES and _graded_too(g) for g in word.children):
            return True
    return False


def _not_enough(verb: Token) -> bool:
    """"Y did not do enough", "Y's aid did not go far enough", "Y is not spending enough (money)": a negated verb of
    effort graded by "enough", or a quality said to fall short ("Y's offer is not big enough"; with a complement,
    "not strong enough to win", it tells a plight), asserted: not "Y cannot do enough for us", which is praise, nor what a speaker
    will say ("X will be saying Y did not do enough")."""
    roles = degree_words()
    if not _negated(verb) or _modal(verb):
        return False
    if verb.lemma_.lower() in lexicons.linking_verbs():  # "Y's offer is not big enough"
        return any(c.dep_ == "acomp" and c.pos_ == "ADJ" and any(
            g.dep_ == "advmod" and roles.get(g.lower_) == "sufficiency" and g.i > c.i for g in c.children)
            and not any(g.dep_ in {"xcomp", "ccomp", "advcl", "prep"} for g in (*c.children, *verb.children))
            for c in verb.children)
    if roles.get(verb.lemma_.lower()) != "effort":
        return False
    graded = [c for c in verb.children if c.dep_ in {"advmod", "dobj"}]
    graded += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"]
    return any(roles.get(w.lower_) == "sufficiency" for w in graded)


def _less_than_hoped(verb: Token) -> bool:
    """"Y's offer was less than we wanted": a linking verb saying its subject is less than a person
    hoped, wanted or was promised. Less than a third party expected ("sales were lower than analysts expected") is a
    measurement reported, not a disappointment voiced."""
    roles = degree_words()
    if verb.lemma_.lower() not in lexicons.linking_verbs() or _negated(verb) or _modal(verb):
        return False
    for word in (c for c in verb.children if c.dep_ in {"acomp", "attr"} and roles.get(c.lower_) == "lesser"):
        for hoped in (c for c in word.children if c.dep_ in {"advcl", "ccomp"}):
            if roles.get(hoped.lemma_.lower()) == "expectation" and any(
                    c.dep_ == "mark" and c.lower_ == "than" for c in hoped.children) and any(
                    c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in hoped.children):
                return True
    return False


def _short(verb: Token) -> bool:
    """"Y's plans fell short (of what is needed)", "Y's plans are not up to the task": a shortfall of the
    subject, asserted."""
    roles = degree_words()
    if _modal(verb):
        return False
    if roles.get(verb.lemma_.lower()) == "falling" and not _negated(verb):
        return any(c.dep_ in {"advmod", "acomp", "oprd", "dobj"} and roles.get(c.lower_) == "short"
                   for c in verb.children)
    if verb.lemma_.lower() == "be" and _negated(verb):
        return any(c.dep_ in {"prep", "advmod", "prt"} and roles.get(c.lower_) == "reaching"
                   and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children) for c in verb.children)
    return False
