"""Opinions spoken about an actor: what a speaker says of another actor, weighed with a rated sentiment lexicon.

"Chile said Peru's claim was unfair" or "Chile called Peru's claim a mistake" is Chile criticising Peru (CAMEO 11,
PLOVER DISAPPROVE); "Chile described Peru as a reliable partner" is Chile supporting Peru (CAMEO 05, SUPPORT).
The speaker is the subject of a speech verb (data/speech_verbs.txt) or an appraisal verb
(data/appraisal_verbs.txt); the one spoken about is the subject of the reported clause or the appraised object
(or the actor owning it: "Peru's claim"); the opinion is the sum of the rated words (vaderSentiment's lexicon,
`lexicons.opinion_words`) in what is said of it, or a fault of conduct (data/fault_nouns.txt) that the actor is
said to own ("said the curfew was needed because of Y's provocations"), or conduct it is said to be guilty of: a verb of
misconduct ("said Y had misled voters", data/misconduct_verbs.tsv) or responsibility for a harm ("said Y was to
blame for the crisis", data/responsibility_words.txt). A person voicing the stance of the state they serve
holds it too ("Chile's minister said Chile rejected the plan": `voiced_stances`, a follow-up rule).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Span, Token

from kg import datafiles, vocabulary
from kg.extract import grammar, lexicons
from kg.extract.facts import degrees
from kg.extract.facts.arguments import noun_subjects, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import is_light_verb, triggers
from kg.model import Fact

__all__ = ["spoken_opinions", "stated_attitudes", "verbal_attacks", "stance_holders", "quoted_opinions", "refusals", "stance_phrases",
           "voiced_stances", "proposers", "reactions", "faced_stances", "opinion", "claimed_opinions"]

MIN_OPINION = 1.2  # |summed valence| a statement needs to count as praise or criticism (VADER scale per word: -4..4)
OPINION_CONFIDENCE = 0.6
OWN_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"})  # said of something else
OPINION_POS = frozenset({"ADJ", "ADV", "NOUN"})  # words that judge; verbs mostly tell what happened ("suffered")
JUDGEMENT_DEPS = frozenset({"acomp", "attr", "oprd", "dobj"})  # what a linking verb says of its subject
ATTITUDE_PREPOSITIONS = frozenset({"about", "with", "at", "over", "of", "toward", "towards", "by", "in", "to", "for",
                                   "on"})  # "angry at X", "concern over X", "interested in X"
AIMED_PREPOSITIONS = frozenset({"about", "with", "at", "over", "of", "toward", "towards", "by"})  # "angry at X"
MODIFIER_DEPS = frozenset({"amod", "advmod", "compound", "conj", "acomp", "attr", "npadvmod", "nmod"})


def spoken_opinions(reading: Reading) -> Iterator[Fact]:
    """Criticism and praise spoken of an actor: a reported clause about it ("said Y's plan was a mistake", "said
    Y had misled voters", "said 'we think Y is wrong'"), an appraisal of it ("described Y as the best hope"), or
    blame laid on it ("held Y responsible for the attack")."""
    for verb in reading.index.with_pos("VERB"):
        if verb.pos_ != "VERB" or negated(reading, verb) or any(c.dep_ in {"nsubjpass", "auxpass"}
                                                               for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        said: list[tuple[tuple[str, ...], float]] = []
        if lemma in lexicons.speech_verbs():
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
            clauses += _interposed(verb)
            clauses += [c for clause in clauses for c in _own_view(clause)]
            clauses += [c for clause in clauses for c in _coordinated(clause)]
            said = _reported(reading, clauses)
        if lemma in HOLDING_VERBS:  # "held Y responsible for the attack"
            said += [(_owners(reading, held), value) for held in verb.children if held.dep_ == "dobj"
                     for value in _blamed(reading, verb)]
        if lemma in lexicons.appraisal_verbs() and not any(c.dep_ == "prt" for c in verb.children):
            # "branded it a dodgy budget": a neuter pronoun stands for a thing as often as for an actor
            said += [(_appraised_actors(reading, appraised, verb, value <= -MIN_OPINION), value)
                     for appraised, words in ((_object_recalled(reading, a, verb), w) for a, w in _appraisals(verb))
                     if appraised.lower_ not in grammar.NEUTER_PRONOUNS | {"this", "that", "what"}
                     for value in (opinion(words),)]
        if not said:
            continue
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue  # "X may argue that Y was wrong", "X would say Y failed": nothing is said yet
        speakers = subjects(reading, verb)
        for targets, value in said:
            if abs(value) < MIN_OPINION:
                continue
            predicate = "supports" if value > 0 else "criticizes"
            for s in speakers:
                for o in targets:
                    if _own_state(reading, s, o) or s == reading.serves.get(o):
                        continue  # what a minister says of their own state is no criticism of it
                    found = fact(reading, s, predicate, o, verb, f"opinion:{lemma}", OPINION_CONFIDENCE, when=when,
                                 modality=mode)
                    if found:
                        yield found


CLAIM_OWNER_PREPOSITIONS = frozenset({"by", "from"})  # "allegations by X that ...", "a claim from X that ..."


@cache
def claim_nouns() -> frozenset[str]:
    """Nouns of a claim whose that-clause says what is claimed (data/claim_nouns.txt)."""
    return datafiles.word_list("claim_nouns.txt")


def claimed_opinions(reading: Reading) -> Iterator[Fact]:
    """Criticism made as a claim named by a noun: "the Tories' claim that Y had misled voters", "opposition
    allegations that Y rigged the count": the claim's owner (possessive, modifier, by- or from-phrase) says what its
    that-clause says, weighed as a reported clause is. Whoever denies the claim does not make it."""
    for noun in reading.index.with_lemma(claim_nouns(), "NOUN"):
        if noun.lemma_.lower() not in claim_nouns() or any(
                c.dep_ == "det" and c.lower_ in {"no", "any"} or c.dep_ == "neg" for c in noun.children):
            continue
        clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not clauses:
            continue
        # "Labour claims that ...": the parser may take the modifying name for a subject (nsubj)
        owners = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod", "nsubj"}]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in CLAIM_OWNER_PREPOSITIONS
                   for g in c.children if g.dep_ == "pobj"]
        speakers = tuple(dict.fromkeys(k for o in owners for k in refs(reading, o)
                                       if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"}))
        if not speakers:
            continue
        when = clause_date(reading, noun)
        for targets, value in _reported(reading, clauses):
            if value > -MIN_OPINION:
                continue  # a claim of praise is rare; a claim that Y did wrong is the accusation
            for s in speakers:
                for o in targets:
                    if o == s or _own_state(reading, s, o) or s == reading.serves.get(o):
                        continue
                    found = fact(reading, s, "criticizes", o, noun, f"claim:{noun.lemma_.lower()}",
                                 OPINION_CONFIDENCE, when=when)
                    if found:
                        yield found


def _reported(reading: Reading, clauses: list[Token]) -> list[tuple[tuple[str, ...], float]]:
    """(the actors, the opinion) that reported clauses say of their subjects: rated words, failures, misconduct,
    blame, faulted conduct or ways, harms brought or done and faults of measure: what a speech verb's or a claim's
    clauses say."""
    said = [(_about(reading, clause, value <= -MIN_OPINION), value) for clause in clauses
            for value in (_clause_opinion(clause, _subject(clause)),)]
    said += [(_about(reading, clause, True), value) for clause, value in _failures(clauses)]
    said += [(_about(reading, clause, True), value) for clause, value in _misconduct(clauses)]
    said += [(_about(reading, clause, True), value) for clause in clauses for asserted in _asserted(clause)
             if _subject(clause) is not None for value in _blamed(reading, asserted)]
    said += [found for clause in clauses for found in _faulted_conduct(reading, clause)]
    said += [found for clause in clauses for found in _harms_brought(reading, clause)]
    said += [found for clause in clauses for found in _harms_done(reading, clause)]
    said += [(_about(reading, clause, True) or _home_government(reading, clause), value) for clause in clauses
             for value in degrees.faults_of_measure(clause)]  # "said Y was spending too much"
    said += [found for clause in clauses for found in _faulted_ways(reading, clause)]
    return said


def _interposed(verb: Token) -> list[Token]:
    """The clause a speech verb set off by commas inside it reports ("Y, they say, has failed to act", "Y had misled
    voters, he said, and ..."): the parser hangs such a verb on the clause as a parataxis. Only a speech verb with a
    subject of its own and nothing it says or tells of its own (no clause, no object) is interposed."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i == verb.i or head.pos_ not in {"VERB", "AUX"} \
            or head.lemma_.lower() in lexicons.speech_verbs() \
            or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in {"ccomp", "dobj", "xcomp", "dative"} for c in verb.children):
        return []
    before, after = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None, \
        verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    if not any(t is not None and t.text == "," for t in (before, after, verb.doc[verb.left_edge.i],
                                                          verb.doc[verb.right_edge.i])):
        return []  # set off by a comma: "Y, they say, has failed"
    return [head]


@cache
def opinion_verbs() -> frozenset[str]:
    """Verbs of holding an opinion ("we think Y is wrong"; data/opinion_verbs.txt)."""
    return datafiles.word_list("opinion_verbs.txt")


def _coordinated(clause: Token) -> list[Token]:
    """The clauses a reported clause is coordinated with, each with its own subject and its own "that" ("said that Y
    had misled voters and that Z had failed to act"): what the same speaker says too. Without "that", a clause
    coordinated may be the writer's own ("X said Y was ready and Z therefore had a role")."""
    return [c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ == "nsubj" for g in c.children)
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]


def _own_view(clause: Token) -> list[Token]:
    """The clause a reported "I think" or "we feel" takes ('"We think Y's plan is flawed," X said'): the speaker's
    own judgement. Negated ("we do not think") or held by another subject, it is none."""
    if clause.lemma_.lower() not in opinion_verbs() or any(c.dep_ == "neg" for c in clause.children) or not any(
            c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]


def _faulted_conduct(reading: Reading, clause: Token) -> Iterator[tuple[tuple[str, ...], float]]:
    """(the agents, the fault) of conduct a reported clause names: "said the curfew was needed because of Y's
    repeated provocations", "said Y's failure to respond was to blame", "said the shortage came from the reckless
    policy pursued by Y": a noun of a fault in conduct (data/fault_nouns.txt), or a noun of policy (data/idea_nouns.txt) that its
    modifiers rate negative, whose agent a possessive, a by-phrase or the by-agent of a participle on it names."""
    for noun in clause.subtree:
        if noun.pos_ != "NOUN" or _actors_at(reading, noun) or _reported_within(noun, clause):
            continue
        lemma = noun.lemma_.lower()
        if lemma in lexicons.fault_nouns():
            value = min(opinion(_modified(noun)), -MIN_OPINION)
        elif lemma in lexicons.idea_nouns():
            value = opinion(c for c in noun.children if c.dep_ == "amod")  # "Y's disastrous policy"
        else:
            continue
        if value > -MIN_OPINION or any(c.dep_ == "neg" for c in noun.children):
            continue
        keys = _conduct_agents(reading, noun)
        if keys:
            yield keys, value


def _conduct_agents(reading: Reading, noun: Token) -> tuple[str, ...]:
    """The actors a noun of conduct names as its agent: a possessive, a by-phrase, or the by-agent of a participle
    on it ("Y's policy", "the tactics of pressure by Y", "the plan drawn up by Y")."""
    agents = [c for c in noun.children if c.dep_ == "poss"]
    agents += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
               if g.dep_ == "pobj"]
    agents += [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
               if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    # the agent named, not the body modifying it ("complacency displayed by Labour voters" is not the party's)
    return tuple(k for a in agents for k in refs(reading, a, modifiers=False)
                 if reading.types.get(k) in vocabulary.ACTOR_TYPES)


@cache
def non_manner_adverbs() -> frozenset[str]:
    """Rated adverbs of degree or of the speaker's comment, which tell nothing of how an actor acted ("badly needs",
    "sadly lost"; data/non_manner_adverbs.txt)."""
    return datafiles.word_list("non_manner_adverbs.txt")


@cache
def conduct_nouns() -> frozenset[str]:
    """Nouns of an actor's way of acting or of an act of it ("Y's tactics", "a spending spree by Y";
    data/conduct_nouns.txt)."""
    return datafiles.word_list("conduct_nouns.txt")


def _faulted_ways(reading: Reading, clause: Token) -> Iterator[tuple[tuple[str, ...], float]]:
    """(the agents, the fault) of blame a reported clause lays by how an actor acted: a manner adverb rated negative
    on the actor's verb ("said Y had recklessly cut taxes": `_faulted_manner`) or an adjective rated negative on a
    noun of the actor's conduct ("said it was a sign of cynical tactics by Y": `_faulted_acts`)."""
    yield from _faulted_manner(reading, clause)
    yield from _faulted_acts(reading, clause)


def _manner_value(adverb: Token) -> float:
    """The valence of a manner adverb in -ly: its own rating, or its adjective's ("foolishly" → "foolish",
    "irresponsibly" → "irresponsible", "hastily" → "hasty"), strengthened by a degree adverb on it ("very"); none for
    one of degree or comment."""
    word = adverb.lower_
    if not word.endswith("ly") or len(word) < 5 or word in non_manner_adverbs():
        return 0.0
    rated = lexicons.opinion_words()
    forms = [word, word[:-2]]
    if word.endswith("ily"):
        forms.append(word[:-3] + "y")
    if word.endswith("bly"):
        forms.append(word[:-1] + "e")
    if word.endswith("ically"):
        forms.append(word[:-4])
    value = next((rated[f] for f in forms if f in rated), 0.0)
    # "very aggressively": a degree adverb strengthens the manner, as it does any rated word
    boost = sum(lexicons.degree_boosters().get(c.lower_, 0.0) for c in adverb.children if c.dep_ == "advmod")
    return value + boost if value > 0 else value - boost if value < 0 else 0.0


ACTOR_PRONOUNS = frozenset({"he", "she", "they"})  # a third person the speaker speaks of, resolved by coreference


def _faulted_manner(reading: Reading, clause: Token) -> Iterator[tuple[tuple[str, ...], float]]:
    """(the actors, the fault) of an act a reported clause says an actor did in a blameworthy manner ("said Y had
    recklessly raised taxes", '"Y cynically ignored the warnings," X said'): a manner adverb rated negative after
    the subject, on an active verb asserted (not negated, not a mere possibility), whose subject names the actor."""
    for verb in clause.subtree:
        if verb.pos_ != "VERB" or verb.i != clause.i and _reported_within(verb, clause) or any(
                c.dep_ in {"nsubjpass", "auxpass", "neg"} or c.dep_ == "aux" and c.lower_ in MERE_POSSIBILITY
                for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "Y met them and rudely left"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" and subject.lower_ not in ACTOR_PRONOUNS \
                or subject.pos_ != "PRON" and not (_named(subject) or _actors_at(reading, subject)):
            continue  # "we foolishly believed": the speaker's own; "it", "this": a thing as often as an actor
        value = sum(_manner_value(a) for a in verb.children if a.dep_ == "advmod" and a.pos_ == "ADV"
                    and a.i > subject.i and not (a.i + 1 < len(a.doc) and a.nbor(1).text == ","))
        if value > -MIN_OPINION:
            continue
        keys = _owners(reading, subject, True)
        if keys:
            yield keys, value


QUALITY_SUFFIXES = ("ance", "ence", "ancy", "ency", "ity", "ness", "acy", "ocy", "isy", "ice", "tude")  # "arrogance"


def _conduct_noun(noun: Token) -> bool:
    """Whether a noun names an actor's way of acting or an act of it: a noun of conduct (data/conduct_nouns.txt) or
    a gerund the lexicons do not rate ("Y's spending"; a rated one, "suffering", befalls rather than acts)."""
    lemma = noun.lemma_.lower()
    rated = lexicons.opinion_words()
    return lemma in conduct_nouns() or noun.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 5 \
        and lemma not in rated and noun.lower_ not in rated


def _faulted_acts(reading: Reading, clause: Token) -> Iterator[tuple[tuple[str, ...], float]]:
    """(the agents, the fault) of a reported clause naming an actor's conduct with an adjective rated negative
    ("said Y's cynical tactics had failed", "the reckless spending spree planned by Y"): a noun of conduct
    (data/conduct_nouns.txt) or a gerund not itself rated (a "suffering" befalls), whose agent
    `_conduct_agents` finds. Nouns of policy and of fault are read by `_faulted_conduct`."""
    for noun in clause.subtree:
        if noun.pos_ != "NOUN" or _actors_at(reading, noun) or _reported_within(noun, clause) \
                or any(c.dep_ == "neg" for c in noun.children):
            continue
        lemma = noun.lemma_.lower()
        if lemma in lexicons.fault_nouns() and lemma.endswith(QUALITY_SUFFIXES):
            # "the arrogance of Y": a noun of a quality takes its holder in an of-phrase (a poss or by is read above)
            keys = tuple(k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)
                         if reading.types.get(k) in vocabulary.ACTOR_TYPES)
            if keys and not _conduct_agents(reading, noun):
                yield keys, min(opinion(_modified(noun)), -MIN_OPINION)
            continue
        if lemma in lexicons.idea_nouns() | lexicons.fault_nouns() or not _conduct_noun(noun):
            continue
        adjectives = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
        if noun.dep_ == "appos" and noun.head.pos_ == "ADJ" and noun.head.i < noun.i:
            adjectives.append(noun.head)  # "the reckless, costly spree": the parser may take the adjective for the head
        value = opinion([*adjectives, *(g for a in adjectives for g in a.conjuncts if g.pos_ == "ADJ")])
        if value > -MIN_OPINION:
            continue
        keys = _conduct_agents(reading, noun)
        if not keys and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            keys = _conduct_agents(reading, noun.head.head)  # "a sign of cynical tactics by Y": the by-phrase hung high
        if keys:
            yield keys, value


HARM_PREPOSITIONS = frozenset({"under"})  # "voters faced higher taxes under Y": what Y's rule brings
CUT_PREPOSITIONS = frozenset({"in", "to", "on"})  # "cuts in services", "cuts to pensions"
MERE_POSSIBILITY = frozenset({"may", "might", "could"})  # "voters could face ...": a risk, not a charge laid
BURDEN_INCREASE = -1.5  # the valence of a growing burden ("higher taxes"), that of a rated word of harm ("debt")


@cache
def burden_nouns() -> frozenset[str]:
    """Nouns of a burden the public bears, a harm when said to grow ("higher taxes"; data/burden_nouns.txt)."""
    return datafiles.word_list("burden_nouns.txt")


@cache
def quantity_modifiers() -> dict[str, str]:
    """Modifiers of an amount, each with its direction, "more" or "less" ("higher", "fewer";
    data/quantity_modifiers.tsv)."""
    return datafiles.word_map("quantity_modifiers.tsv", ("word", "direction"))


@cache
def public_goods() -> frozenset[str]:
    """Nouns of what the state provides the public, a harm when cut ("cut services"; data/public_goods.txt)."""
    return datafiles.word_list("public_goods.txt")


@cache
def amount_verbs() -> dict[str, str]:
    """Verbs that make an amount grow or shrink, each with its direction, "more" or "less" ("raise", "cut";
    data/amount_verbs.tsv)."""
    return datafiles.word_map("amount_verbs.tsv", ("verb", "direction"))


@cache
def consequence_verbs() -> dict[str, str]:
    """Verbs by which something brings a state about, each with the preposition it takes, or "" for an object
    ("mean", "lead to"; data/consequence_verbs.txt)."""
    return {verb: prep for verb, _, prep in (line.partition(" ") for line in datafiles.word_list("consequence_verbs.txt"))}


def _harms_brought(reading: Reading, clause: Token) -> Iterator[tuple[tuple[str, ...], float]]:
    """(the actors, the harm) of a reported clause that lays a harm at an actor's door: one it says comes under the
    actor ("said voters faced higher taxes under Y", "said there would be more waste under Y") or that the actor or
    its plan brings about ("said Y's plans would mean deeper cuts", "said Y would bring chaos"). The harm is what
    the rated words say of the things brought, or a burden said to grow (`_harm_value`); a clause negated or of mere
    possibility ("could face") lays none."""
    verbs = _foreseen(clause)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        prep = consequence_verbs().get(lemma)
        # a conjunct verb without a subject of its own shares the clause's ("said Y would win and bring chaos")
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
            (c for c in clause.children if c.dep_ == "nsubj"), None)
        if prep is not None and subject is not None and not any(c.dep_ in {"nsubjpass", "auxpass"}
                                                                for c in verb.children) \
                and subject.lower_ not in grammar.NEUTER_PRONOUNS | {"this", "that", "what"}:  # a thing as often
            brought = [c for c in verb.children if c.dep_ == "dobj"] if not prep else [
                g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children
                if g.dep_ == "pobj"]
            value = _harm_value(brought)
            keys = _owners(reading, subject, True)
            if keys and value <= -MIN_OPINION:
                yield keys, value
    for under in clause.subtree:
        if under.dep_ != "prep" or under.lower_ not in HARM_PREPOSITIONS or _reported_within(under, clause):
            continue
        keys = tuple(k for g in under.children if g.dep_ == "pobj" and _ruling(reading, g)
                     for k in _owners(reading, g, True) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        head = under.head
        if not keys or head.i == under.i or any(c.dep_ == "neg" for c in head.children):
            continue
        if head.pos_ in {"VERB", "AUX"}:
            if head not in verbs:
                continue
            harms = [c for c in head.children if c.dep_ in {"dobj", "attr"}]
        elif head.pos_ == "NOUN":
            harms = [head]  # "more debt and dearer bread under Y": with the things coordinated with it
        else:
            continue
        value = _harm_value(harms)
        if value <= -MIN_OPINION:
            yield keys, value


def _ruling(reading: Reading, phrase: Token) -> bool:
    """Whether what a harm comes under is an actor or its rule: a name ("under Y"), a government or a stance of an
    actor ("under a Y government", "under Y's leadership"); not a thing an actor modifies ("under Y rules")."""
    lemma = phrase.lemma_.lower()
    return bool(reading.resolved.keys_at(phrase)) and (phrase.pos_ == "PROPN" or lemma in lexicons.government_nouns()) \
        or phrase.pos_ == "NOUN" and lemma in lexicons.government_nouns() | lexicons.idea_nouns()


def _foreseen(clause: Token) -> list[Token]:
    """The verbs a reported clause says of its subject as fact or as what will be ("Y would mean higher taxes"): its
    head and a conjunct verb sharing the subject, unless negated or of mere possibility ("could face")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                       and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
    return [v for v in verbs if not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MERE_POSSIBILITY
                                        for c in (*v.children, *clause.children))]


def _harm_value(nouns: Iterable[Token]) -> float:
    """The harm things brought about amount to: what the rated words of each (with its modifiers and the things
    coordinated with it) say, a burden (data/burden_nouns.txt) said to grow ("higher taxes", "more borrowing") or a
    cut in a public good ("cuts in public services": data/public_goods.txt). A word of amount is no judgement (data/quantity_modifiers.tsv): less of a thing is no harm ("less crime")."""
    amounts = quantity_modifiers()
    value = 0.0
    seen: set[int] = set()
    for noun in nouns:
        for thing in (noun, *noun.conjuncts):
            if thing.i in seen or thing.pos_ != "NOUN" or thing.ent_type_:
                continue
            seen.add(thing.i)
            directions = {amounts[c.lower_] for c in thing.children if c.dep_ == "amod" and c.lower_ in amounts}
            if "less" in directions:
                continue
            lemma = thing.lemma_.lower()
            if amount_verbs().get(lemma) == "less" and any(  # "cuts in public services"
                    g.lemma_.lower() in public_goods() for c in thing.children
                    if c.dep_ == "prep" and c.lower_ in CUT_PREPOSITIONS for g in c.children if g.dep_ == "pobj"):
                value += BURDEN_INCREASE
            elif lemma in burden_nouns():
                value += BURDEN_INCREASE if "more" in directions else 0.0
            else:
                value += opinion(w for w in _modified(thing) if w.lower_ not in amounts)
    return value


QUESTION_MARKS = frozenset({"whether", "if"})  # "said whether ...": a reported question
CONDITIONS = frozenset({"if", "unless"})  # "would hurt growth if rates rose": a harm on a condition, no charge laid
HARMED_BYSTANDERS = frozenset({"Person", "Organization"})  # "Y's speech damaged Z": political damage, no fault


@cache
def harm_verbs() -> frozenset[str]:
    """Verbs of doing harm to something or obstructing it ("damage", "hamper"; data/harm_verbs.txt)."""
    return datafiles.word_list("harm_verbs.txt")


@cache
def harm_complements() -> dict[str, str]:
    """Nouns and adjectives saying their subject is a harm to something, each with the preposition naming what is
    harmed ("barrier" "to", "bad" "for"; data/harm_complements.txt)."""
    lines = datafiles.word_list("harm_complements.txt")
    return {word: prep for word, _, prep in (line.partition(" ") for line in lines)}


@cache
def restricting_verbs() -> frozenset[str]:
    """Verbs of restricting or taking away ("restrict", "cap"; data/restricting_verbs.txt)."""
    return datafiles.word_list("restricting_verbs.txt")


@cache
def deprivable_goods() -> frozenset[str]:
    """Nouns of a good the public has or seeks, a harm when restricted or cut ("access", "service";
    data/deprivable_goods.txt)."""
    return datafiles.word_list("deprivable_goods.txt")


def _restricting(verb: Token) -> bool:
    """Whether a verb restricts or shrinks what it is done to ("restrict", "cap", "cut")."""
    lemma = verb.lemma_.lower()
    return lemma in restricting_verbs() or amount_verbs().get(lemma) == "less"


def _harms_done(reading: Reading, clause: Token, named: bool = False) -> Iterator[tuple[tuple[str, ...], float]]:
    """(the actors, the harm) of a reported clause saying an actor, or a stance or measure it owns, harms or
    obstructs something: a verb of harm ("said Y's plans would damage the economy", "said Y had hampered growth",
    "said growth was hampered by Y's rules", "tariffs which Z says hamper trade") or a harm it is said to be ("said
    Y's policy was a barrier to growth", "was bad for business"), or a good it is said to restrict or cut ("said Y
    would restrict access to universities", "would cut frontline services"). Negated, of mere possibility ("could
    hurt"), on a condition ("would hurt if ..."), or done to a harm ("would hurt criminals") or to a person or body
    (political damage), it faults no one. With `named`, only an agent that names its actor counts ("Y's plans", not
    "they" or "this government", whose reference inside a quotation is not clear)."""
    rated = lexicons.opinion_words()
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
        return  # "asked whether Y's plans would hurt growth": a question lays no charge
    for verb in _foreseen(clause):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
               for c in (*verb.children, *clause.children)):
            continue
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        # the doer of an active verb: its subject, or the reported clause's when it is a conjunct
        agents = [c for c in verb.children if c.dep_ == "nsubj"] or [c for c in clause.children if c.dep_ == "nsubj"]
        if verb.pos_ == "VERB" and lemma in harm_verbs():
            if passive:  # "growth was hampered by Y's rules"
                harmed = [c for c in verb.children if c.dep_ == "nsubjpass"]
                agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            else:
                harmed = [c for c in verb.children if c.dep_ == "dobj"]
            value = min(rated.get(lemma, 0.0), -MIN_OPINION)
        elif verb.pos_ == "VERB" and _restricting(verb) and not passive:  # "said Y would restrict access to ..."
            harmed = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in deprivable_goods()]
            value = -MIN_OPINION
        elif lemma in lexicons.linking_verbs() and not passive:
            table = harm_complements()
            harmed = [g for c in verb.children if c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in table
                      and not any(n.dep_ == "neg" for n in c.children)
                      for p in c.children if p.dep_ == "prep" and p.lower_ == table[c.lemma_.lower()]
                      for g in p.children if g.dep_ in {"pobj", "pcomp"}]
            value = -MIN_OPINION
        else:
            continue
        if len(harmed) != 1 or len(agents) != 1 or _harmless(reading, harmed[0]) or named and not _named(agents[0]):
            continue
        keys = _harm_agents(reading, agents[0], clause)
        if keys:
            yield keys, value


def _harmless(reading: Reading, harmed: Token) -> bool:
    """Whether harm done to a thing faults no one: a harm itself ("a barrier to crime", "hurt terrorists"), or a
    person or body, whose damage is a rival's gain as often as a wrong ("said the row had damaged Y"). An act
    obstructed is a good, whatever it is done to ("a barrier to fighting poverty")."""
    if harmed.tag_ == "VBG" or harmed.dep_ == "pcomp" or any(
            c.tag_ == "VBG" and c.dep_ in {"amod", "compound"} for c in harmed.children):
        return False
    if harmed.pos_ in {"NOUN", "PROPN"} and opinion(_modified(harmed)) < 0:
        return True
    return any(reading.types.get(k) in HARMED_BYSTANDERS for k in reading.resolved.keys_at(harmed))


def _harm_agents(reading: Reading, agent: Token, clause: Token) -> tuple[str, ...]:
    """The actors a harm is laid on: those the agent names ("Y", "the government"), or the owners of a stance,
    measure or fault of conduct it names ("Y's plans", "German tariffs", "Y's meddling"); a relative pronoun stands
    for the noun its speech clause modifies ("tariffs, which Z says hamper trade"). A thing an actor only has ("Y's
    economy") is not its act."""
    speech = clause.head
    if agent.lower_ in {"which", "that", "who"} and agent.head.i == clause.i and speech.dep_ == "relcl" \
            and speech.head.i != speech.i:
        agent = speech.head
        if not _named(agent):
            return ()
    if agent.lower_ in grammar.NEUTER_PRONOUNS | {"this", "that", "what"}:
        return ()
    direct = tuple(k for k in refs(reading, agent, modifiers=False) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
    if direct:
        return direct
    if agent.pos_ == "NOUN" and agent.lemma_.lower() in lexicons.idea_nouns() | imposed_measures() \
            | lexicons.policy_nouns() | lexicons.fault_nouns():
        return tuple(k for k in _owners(reading, agent, True)
                     if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
    return ()


def _reported_within(token: Token, clause: Token) -> bool:
    """Whether a token of a reported clause lies in speech the clause itself reports ("said Y claimed Z's
    provocations ..."): that is Y's word, not the speaker's."""
    head = token.head
    while True:
        if head.pos_ == "VERB" and head.lemma_.lower() in lexicons.speech_verbs():
            return True
        if head.i == clause.i or head.i == head.head.i:
            return False
        head = head.head


def _object_recalled(reading: Reading, appraised: Token, verb: Token) -> Token:
    """The object a pronoun appraised by a participle recalls: "quit the party, calling it a joke", "rejected the
    proposal, describing it as an insult": the participle's "it" is the object of the verb it completes, when that
    names a body (not a place: "visited the capital, calling it beautiful" praises no state) or a stance or measure
    of one; else the pronoun itself."""
    if appraised.lower_ != "it" or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i:
        return appraised
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if len(objects) != 1:
        return appraised
    keys = reading.resolved.keys_at(objects[0])
    if keys and all(reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"} for k in keys) or not keys and \
            objects[0].lemma_.lower() in lexicons.idea_nouns() | imposed_measures():
        return objects[0]
    return appraised


def _appraised_actors(reading: Reading, appraised: Token, verb: Token, reproach: bool = False) -> tuple[str, ...]:
    """The actors an appraised phrase names or owns. 'the party, which he labelled a joke': a relative pronoun
    stands for the noun its clause modifies; where the pronoun's resolution and that noun disagree (the parser
    may attach the clause to the nearer noun: "Y's impression of him as Z, which he calls fun"), whom it
    appraises is not clear."""
    if appraised.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and verb.head.i != verb.i:
        resolved = _owners(reading, appraised, reproach)
        return tuple(k for k in _owners(reading, verb.head, reproach) if k in resolved)
    return _owners(reading, appraised, reproach)


def _failures(clauses: list[Token]) -> Iterator[tuple[Token, float]]:
    """(the clause naming who failed, the rated failure) of "said Y had failed to act" or "said Y saw the risk
    but failed to respond": a reported verb of failure (data/failure_verbs.txt) with an infinitive, asserted (no
    negation, no modal: "Y could fail to", "Y did not fail to" find no fault), its subject Y's or its conjunct's."""
    rated = lexicons.opinion_words()
    for clause in clauses:
        for failing in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                  and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))):
            if failing.lemma_.lower() not in lexicons.failure_verbs() or any(
                    c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in (*failing.children, *clause.children)):
                continue
            if any(c.dep_ == "xcomp" and grammar.to_infinitive(c)
                   for c in failing.children):
                yield clause, min(rated.get(failing.lemma_.lower(), 0.0), -MIN_OPINION)


@cache
def misconduct_verbs() -> dict[str, frozenset[str]]:
    """Verbs of blameworthy conduct, each with the object lemmas it needs to blame (empty: any object or none;
    data/misconduct_verbs.tsv)."""
    table = datafiles.word_map("misconduct_verbs.tsv", ("verb", "objects"))
    return {verb: frozenset() if objects == "-" else frozenset(objects.split(",")) for verb, objects in table.items()}


@cache
def imposed_measures() -> frozenset[str]:
    """Nouns of a measure an actor imposes on others, whose reproach is aimed at it (data/imposed_measures.txt)."""
    return datafiles.word_list("imposed_measures.txt")


def _asserted(clause: Token) -> Iterator[Token]:
    """The verbs a reported clause asserts of its subject: its head, and a conjunct verb sharing the subject ("said
    Y saw the risk but failed to respond"), unless negated or modal ("Y could fail to", "Y did not mislead")."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))):
        if not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD"
                   for c in (*verb.children, *clause.children)):
            yield verb


def _misconduct(clauses: list[Token]) -> Iterator[tuple[Token, float]]:
    """(the clause naming who acted, the rated fault) of "said Y had misled voters", "said Y broke its promise":
    a reported verb of blameworthy conduct (data/misconduct_verbs.tsv) asserted in the active voice, with an
    object it needs to blame where it needs one ("broke the deadlock" blames no one)."""
    table = misconduct_verbs()
    rated = lexicons.opinion_words()
    for clause in clauses:
        for asserted in _asserted(clause):
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in asserted.children):
                continue
            for acting, done in _acts(asserted):
                key = acting.lower_ if acting.lower_ in table else acting.lemma_.lower()
                if key not in table or table[key] and not any(d.lemma_.lower() in table[key] for d in done):
                    continue
                yield clause, min(rated.get(acting.lower_, rated.get(acting.lemma_.lower(), 0.0)), -MIN_OPINION)


HOLDING_VERBS = frozenset({"hold"})  # "held Y responsible for Z": a verb whose object is said to bear the blame
FORCE_PREDICATES = frozenset({"attacks", "coerces"})  # a harm named by an act of force ("the bombing")


@cache
def responsibility_words() -> frozenset[str]:
    """Words that lay a harm on an actor ("responsible for", "to blame for"; data/responsibility_words.txt)."""
    return datafiles.word_list("responsibility_words.txt")


def _blamed(reading: Reading, verb: Token) -> Iterator[float]:
    """The fault a verb lays on its subject (or, of "hold", its object) by a word of responsibility for a harm:
    "Y was responsible for the violence", "Y is to blame for the crisis", "held Y accountable for the bombing". A
    for-phrase naming no harm ("responsible for security") lays none; "to blame" needs none."""
    for word in verb.children:
        if word.lemma_.lower() not in responsibility_words() or any(c.dep_ == "neg" for c in word.children):
            continue
        if word.pos_ == "VERB":  # "to blame": an infinitive completing a linking verb
            if word.dep_ == "xcomp" and grammar.to_infinitive(word) \
                    and verb.lemma_.lower() in lexicons.linking_verbs():
                yield min(lexicons.opinion_words().get(word.lemma_.lower(), 0.0), -MIN_OPINION)
            continue
        if word.pos_ != "ADJ" or verb.lemma_.lower() not in lexicons.linking_verbs() | HOLDING_VERBS:
            continue
        harms = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                 if g.dep_ == "pobj" and _harm(g)]
        if harms:
            yield min(min(opinion(_modified(h)) for h in harms), -MIN_OPINION)


def _harm(noun: Token) -> bool:
    """Whether a noun names a harm: rated negative with its modifiers ("the violence", "the worst crisis"), or an act
    of force of the trigger table ("the bombing")."""
    if noun.pos_ != "NOUN":
        return False
    if opinion(_modified(noun)) <= -MIN_OPINION:
        return True
    return any(t.predicate in FORCE_PREDICATES for t in triggers().get((noun.lemma_.lower(), "NOUN"), ()))


def _acts(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """(the verb of an act, its objects): the verb itself, or where the parser took "had" for the main verb and the
    participle for an adjective ("Y had broken promises": "broken" modifying "promises"), that participle."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "have":
        yield from ((a, [o]) for o in objects for a in o.children if a.dep_ == "amod" and a.tag_ == "VBN")
    elif verb.pos_ == "VERB":
        yield verb, objects


def stated_attitudes(reading: Reading) -> Iterator[Fact]:
    """An attitude the subject has or voices towards another actor: "X was angry at Y", "X is critical of Y's
    plan", "X voiced concern over Y's programme": a rated adjective after a linking verb, or a rated noun
    carried by a light verb, with a preposition naming Y (or Y's act or thing), or an adjective of satisfaction
    with a clause of what Y did ("X was pleased that Y agreed")."""
    participles = [w for w in reading.index.with_lower(lexicons.satisfaction_adjectives()) if w.pos_ == "VERB"]
    for word in [*reading.index.with_pos("ADJ", "NOUN"), *participles]:
        passive = word.pos_ == "VERB" and word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children)
        if word.pos_ == "ADJ" and word.dep_ == "acomp" and word.head.lemma_.lower() in lexicons.linking_verbs():
            verb = word.head
        elif passive:
            verb = word  # "X was pleased that Y ...", "X was appalled by Y": the parser's passive of the adjective
        elif word.pos_ == "NOUN" and word.dep_ == "dobj" and is_light_verb(word.head) \
                and (word.lemma_.lower(), "NOUN") not in triggers() and not reading.resolved.keys_at(word) \
                and word.lemma_.lower() not in lexicons.entity_nouns():
            verb = word.head  # "voiced anger at X"; an event noun ("announced an agreement with X") is no attitude
        else:
            continue
        if word.lemma_.lower() in lexicons.fear_words():
            continue  # "X is afraid of Y's skills": X fears Y, it does not disapprove of Y
        turned = any(c.dep_ == "neg" for c in verb.children)  # "was not happy with X"
        value = opinion([word], turned)
        holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if passive \
            else _subject(verb)
        if abs(value) < MIN_OPINION or not turned and negated(reading, verb) or holder is None:
            continue
        predicate = "supports" if value > 0 else "criticizes"
        worry = word.lemma_.lower() in lexicons.worry_words() or word.lower_ in lexicons.worry_words()
        targets = tuple(k for c in word.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
                        for g in c.children if g.dep_ == "pobj" and not (worry and reading.resolved.keys_at(g))
                        for k in _aimed(reading, g, predicate))  # "worried about Y": unease, no disapproval of Y
        targets = targets or _satisfied_with(reading, word, holder)
        if not targets:
            continue
        when = clause_date(reading, verb)
        for s in _owners(reading, holder):
            for o in targets:
                found = fact(reading, s, predicate, o, verb, f"attitude:{word.lemma_.lower()}", OPINION_CONFIDENCE,
                             when=when)
                if found:
                    yield found


def _satisfied_with(reading: Reading, word: Token, holder: Token) -> tuple[str, ...]:
    """Whom an adjective of (dis)satisfaction (data/satisfaction_adjectives.txt) judges by the act its clause reports:
    the actors acting in it ("pleased (that) Y agreed to talk", "appalled that Y detained them"). One acted on ("glad
    Y had been shamed into going": a passive), the holder itself, or a thing ("glad it is over") is not judged."""
    if word.pos_ not in {"ADJ", "VERB"} or word.lower_ not in lexicons.satisfaction_adjectives():
        return ()
    clause = next((c for c in word.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
    subject = _subject(clause) if clause is not None else None
    if subject is None or any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children):
        return ()
    held = set(_owners(reading, holder))
    return tuple(k for k in _owners(reading, subject)
                 if k not in held and reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})


REASON_PREPOSITIONS = frozenset({"for", "over"})  # "attacked Y for backing down", "attacked Y over Iraq"
VERBAL_ATTACK_CONFIDENCE = 0.65


def verbal_attacks(reading: Reading) -> Iterator[Fact]:
    """'X attacked Y's plans', 'X attacked the government over Iraq', 'X's attack on Y's record': an attack on a
    stance or record of an actor, or on an actor for a reason given, is spoken criticism (CAMEO 111), not force."""
    for word in reading.index.with_lemma(lexicons.verbal_attack_words(), "VERB", "NOUN"):
        lemma = word.lemma_.lower()
        if lemma not in lexicons.verbal_attack_words() or word.pos_ not in {"VERB", "NOUN"}:
            continue
        if word.pos_ == "VERB":
            if negated(reading, word) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in word.children):
                continue
            attacked = [c for c in word.children if c.dep_ == "dobj"]
            agents = subjects(reading, word)
        else:
            attacked = [g for c in word.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                        for g in c.children if g.dep_ == "pobj"]
            agents = noun_subjects(reading, word)
        # a reason given: "attacked Y for backing down", "attacked Y over Iraq", "attacked Y, saying they ..."
        reason = any(c.dep_ == "prep" and c.lower_ in REASON_PREPOSITIONS or c.dep_ in {"advcl", "xcomp"}
                     and c.tag_ == "VBG" and c.lemma_.lower() in lexicons.speech_verbs() for c in word.children)
        targets: tuple[str, ...] = ()
        for phrase in attacked:
            if phrase.lemma_.lower() in lexicons.idea_nouns() and not _actors_at(reading, phrase):
                # "Y's plans", "the Tory plans", "Y's economic record", "the plans of Y", "the decision by Y"
                targets += _owners(reading, phrase) or tuple(
                    k for c in phrase.children if c.dep_ == "poss" for k in refs(reading, c)
                    if reading.types.get(k) in vocabulary.ACTOR_TYPES) or _authors(reading, phrase, word)
            elif reason:  # the actor attacked, or the state its description names ("British imperialists")
                targets += tuple(k for k in refs(reading, phrase, modifiers=phrase.pos_ == "NOUN")
                                 if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        if not targets:
            continue
        when = clause_date(reading, word)
        mode = modality(reading, word, when)
        if mode is None:
            continue
        for s in agents:
            for o in dict.fromkeys(targets):
                found = fact(reading, s, "criticizes", o, word, f"verbal-attack:{lemma}", VERBAL_ATTACK_CONFIDENCE,
                             when=when, modality=mode)
                if found:
                    yield found


AUTHOR_PREPOSITIONS = frozenset({"of", "by"})  # "the plans of Y", "the decision by Y"


def _authors(reading: Reading, idea: Token, verb: Token) -> tuple[str, ...]:
    """The actors an of- or by-phrase names as the authors of a stance or record ("the plans of the Labour Party",
    "the decision by the court"); a phrase naming no actor ("the record of the war") gives none. An active verb
    has no by-agent, so a by-phrase the parser hangs on it after the object is the object's ("attacked the
    decision by the court")."""
    preps = [c for c in idea.children if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS]
    if verb.pos_ == "VERB":  # of a noun ("the attack on the plans by Y"), the by-phrase names the attacker
        preps += [c for c in verb.children
                  if c.dep_ == "prep" and c.lower_ == "by" and idea.i < c.i <= idea.right_edge.i + 1]
    return tuple(k for c in preps for g in c.children if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)
                 if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})


STANCE_CONFIDENCE = 0.65


def stance_holders(reading: Reading) -> Iterator[Fact]:
    """'X is a strong supporter of Y', 'X, a fierce critic of Y's policy', 'X has long been an opponent of Y': the
    one an agent noun of a stance describes (by a linking verb or an apposition) holds it towards Y."""
    table = lexicons.stance_nouns()
    for noun in reading.index.with_lemma(table, "NOUN"):
        predicate = table.get(noun.lemma_.lower())
        if predicate is None or noun.pos_ != "NOUN":
            continue
        targets = tuple(k for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj" for k in _aimed(reading, g, predicate))
        if not targets:
            continue
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in lexicons.linking_verbs():
            verb = noun.head
            if negated(reading, verb) or any(c.dep_ == "neg" for c in verb.children):
                continue  # "X is no supporter of Y", "X was not a critic of Y"
            holders = subjects(reading, verb)
        elif noun.dep_ == "appos":
            verb = noun.head
            holders = refs(reading, noun.head)
        else:
            continue
        if any(c.lower_ in {"no", "former"} for c in noun.children):
            continue  # "no supporter of Y", "a former critic of Y": the stance is not held
        when = clause_date(reading, verb)
        if modality(reading, verb, when) is None:
            continue
        for s in holders:
            for o in dict.fromkeys(targets):
                found = fact(reading, s, predicate, o, verb, f"stance:{noun.lemma_.lower()}", STANCE_CONFIDENCE,
                             when=when)
                if found:
                    yield found


REFUSAL_CONFIDENCE = 0.65


def refusals(reading: Reading) -> Iterator[Fact]:
    """'X's refusal to sign up to the Kyoto protocol', 'X's unwillingness to accept Y's terms': X rejects what
    the refused act is done to (its object, or the object of its preposition), CAMEO 12."""
    for noun in reading.index.with_lemma(lexicons.refusal_nouns(), "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicons.refusal_nouns():
            continue
        act = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                    and grammar.to_infinitive(c)), None)
        if act is None:
            continue
        phrases = [c for c in act.children if c.dep_ == "dobj"]
        phrases += [g for c in act.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        _, range_ = vocabulary.allowed_types("rejects")
        targets = tuple(k for p in phrases for k in refs(reading, p) if reading.types.get(k) in range_)
        agents = noun_subjects(reading, noun)
        verb = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
        if not targets or not agents or negated(reading, verb):
            continue
        when = clause_date(reading, verb)
        if modality(reading, noun, when) is None:
            continue
        for s in agents:
            for o in dict.fromkeys(targets):
                found = fact(reading, s, "rejects", o, noun, f"refusal:{noun.lemma_.lower()}", REFUSAL_CONFIDENCE,
                             when=when)
                if found:
                    yield found


PROPOSED_TYPES = frozenset({"Agreement", "Organization", "Event"})  # what a plan may propose to create
PROPOSER_CONFIDENCE = 0.6


def proposers(reading: Reading) -> Iterator[Fact]:
    """'the UK's plans for an International Finance Facility', 'Chile's proposal for a Pacific Fisheries Fund': the
    owner of a plan (data/policy_nouns.txt) for a new named body or accord backs what it proposes (CAMEO 051).
    Only an indefinite, named one counts: 'plans for the election', 'a plan for a tax rise' propose nothing named."""
    for noun in reading.index.with_lemma(lexicons.policy_nouns(), "NOUN", "VERB"):
        # "UK plans for an X ... have not been agreed": the parser may take a noun "plans" for a verb with a
        # subject, in a noun's place
        nominal = noun.pos_ == "NOUN" or noun.pos_ == "VERB" and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        if not nominal or noun.lemma_.lower() not in lexicons.policy_nouns():
            continue
        proposed = tuple(k for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                         and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in g.children)
                         for k in reading.resolved.keys_at(g) if reading.types.get(k) in PROPOSED_TYPES)
        if not proposed:
            continue
        owners = tuple(k for c in noun.children if c.dep_ in {"poss", "compound", "nmod", "nsubj"}
                       for k in refs(reading, c) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        verb = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
        when = clause_date(reading, verb)
        for s in dict.fromkeys(owners):
            for o in dict.fromkeys(proposed):
                found = s != o and fact(reading, s, "supports", o, noun, f"proposal:{noun.lemma_.lower()}",
                                        PROPOSER_CONFIDENCE, when=when)
                if found:
                    yield found


def stance_phrases(reading: Reading) -> Iterator[Fact]:
    """'X came out in favour of Y's plan', 'X threw its weight behind Y', 'X is opposed to Y's plan': a stance
    phrase (data/stance_phrases.tsv) completing a verb is its subject's stance towards what the phrase names."""
    table = lexicons.stance_phrases()
    for word in reading.index.with_lemma({k[0] for k in table}, forms=True):
        lemma = word.lower_ if any((word.lower_, p) == k for k in table for p in (k[1],)) else word.lemma_.lower()
        # the preposition on the head word, or on the verb it completes ("threw its weight behind Y")
        around = [*word.children, *(word.head.children if word.dep_ == "dobj" else ())]
        found_in = [(p, table[(lemma, p.lower_)]) for p in around
                    if p.dep_ == "prep" and (lemma, p.lower_) in table]
        if not found_in:
            continue
        if word.dep_ == "pobj" and word.head.head.pos_ in {"VERB", "AUX"}:
            verb = word.head.head  # "came out in favour of", "voted in favour of"
        elif word.dep_ in {"dobj", "acomp"} and word.head.pos_ in {"VERB", "AUX"}:
            verb = word.head  # "threw its weight behind", "is opposed to"
        elif word.tag_ == "VBN" and word.pos_ in {"VERB", "ADJ"}:
            verb = word  # "is opposed to", parsed as a passive participle
        else:
            continue
        if negated(reading, verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        holders = subjects(reading, verb) or tuple(  # "X is opposed to": the parser may hang X on "is"
            k for c in (*verb.children, *(g for a in verb.children if a.dep_ in {"aux", "auxpass"}
                                          for g in a.children))
            if c.dep_ in {"nsubj", "nsubjpass"} for k in refs(reading, c))
        when = clause_date(reading, verb)
        if not holders or modality(reading, verb, when) is None:
            continue
        for prep, predicate in found_in:
            _, range_ = vocabulary.allowed_types(predicate)
            targets = tuple(k for g in prep.children if g.dep_ == "pobj"
                            for k in (refs(reading, g, modifiers=False) or _owners(reading, g))
                            if reading.types.get(k) in range_)
            for s in holders:
                for o in dict.fromkeys(targets):
                    if _own_state(reading, s, o):
                        continue
                    fact_ = fact(reading, s, predicate, o, verb, f"stance-phrase:{lemma}", STANCE_CONFIDENCE,
                                 when=when)
                    if fact_:
                        yield fact_


FACED_CONFIDENCE = 0.65
FORCE_MODIFIERS = frozenset({"military", "armed"})
FACING_PREPOSITIONS = frozenset({"under"})  # "came under pressure from X", "is under fire from X"


def faced_stances(reading: Reading) -> Iterator[Fact]:
    """'Y faced criticism from X', 'Y came under pressure from X to act', 'Y is under fire from X over Z': a stance
    noun (data/exposure_nouns.tsv) that the subject of a verb of facing (data/facing_verbs.txt) meets, or that
    "under" says it is exposed to, is held towards that subject by the one its from-phrase names."""
    table = lexicons.exposure_nouns()
    for noun in reading.index.with_lemma(table, "NOUN"):
        entry = table.get(noun.lemma_.lower())
        if entry is None or noun.pos_ != "NOUN" or reading.resolved.keys_at(noun):
            continue
        predicate, frame = entry
        if any(c.dep_ == "amod" and c.lower_ in FORCE_MODIFIERS for c in noun.children):
            continue  # "under military pressure from the rebels" is force, not a demand
        verb = _facing_verb(noun, frame)
        if verb is None or negated(reading, verb) or any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not face criticism from X"
        sources = tuple(k for g in _from_phrases(noun, verb) for k in refs(reading, g)
                        if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        targets = tuple(k for k in subjects(reading, verb) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if not sources or not targets or mode is None:
            continue
        for s in dict.fromkeys(sources):
            for o in dict.fromkeys(targets):
                found = fact(reading, s, predicate, o, verb, f"faced:{noun.lemma_.lower()}", FACED_CONFIDENCE,
                             when=when, modality=mode)
                if found:
                    yield found


def _facing_verb(noun: Token, frame: str) -> Token | None:
    """The verb whose subject meets the stance a noun names: a verb of facing whose object it is ("faced
    criticism"), or the verb "under" completes ("came under fire", "is under pressure")."""
    if noun.dep_ == "dobj" and frame == "any" and noun.head.lemma_.lower() in lexicons.facing_verbs():
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in FACING_PREPOSITIONS and prep.dep_ == "prep" \
            and prep.head.i != prep.i and (prep.head.pos_ in {"VERB", "AUX"} or prep.head.pos_ == "ADJ" and any(
                c.dep_ == "nsubj" for c in prep.head.children)):
        verb = prep.head  # "is buckling under pressure": the parser may take the participle for an adjective
        return verb if frame != "under-reason" or _fault_given(noun, verb) else None
    return None


NO_FAULT_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})  # "for two hours", "over Baghdad"


def _fault_given(noun: Token, verb: Token) -> bool:
    """'under fire over Z', 'under fire for failing to act': the fault the exposure is for, which tells criticism
    from shooting ("came under fire for two hours", "over the border town of Y" give a time or a place)."""
    return any(c.dep_ == "prep" and c.lower_ in {"over", "for"} and any(
        g.dep_ == "pcomp" or g.dep_ == "pobj" and g.ent_type_ not in NO_FAULT_ENTITIES
        and not any(d.ent_type_ in NO_FAULT_ENTITIES for d in g.subtree) for g in c.children)
        for t in (noun, verb) for c in t.children)


def _from_phrases(noun: Token, verb: Token) -> list[Token]:
    """Who the stance comes from: the object of a from-phrase on the noun, or on the verb after the noun (the
    parser may attach it there: "came under fire from X"), with its conjuncts ("from X and Y")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps = preps or [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


REACTION_CONFIDENCE = 0.6
SPOKEN_ACTS = frozenset({"announcement"})  # reaction nouns that name a speech act: aimed at the one who spoke
REACTION_OBSTACLES = frozenset({"poss", "compound", "nmod", "prep", "acl", "relcl", "appos", "nummod"})


def _own_state(reading: Reading, speaker: str, target: str) -> bool:
    """The speaker speaks of the state he speaks for (its minister, official or body: `Reading.voices`), which is
    the state's word on itself, no judgement of it; a shadow minister, a party, an MP or a citizen judges it."""
    return target == reading.serves.get(speaker) and speaker in reading.voices


def reactions(reading: Reading) -> Iterator[Fact]:
    """'Y raised its tariffs. X condemned the move' ('the move was condemned by X'): a stance verb of the trigger
    table (criticise, welcome, reject, "overturn ruling") whose object is a bare definite noun of an act
    (data/reaction_nouns.txt: "the move", "this decision") reacts to the one who acted in the sentence before, or,
    when that names no one who acted, in the lead (CAMEO codes the reaction as aimed at that actor)."""
    table = triggers()
    sentences: list[Span] | None = None
    for verb in reading.doc:
        if verb.pos_ != "VERB" or verb.dep_ in {"relcl", "acl", "amod"}:
            continue
        # "that ruling was later overturned by X": a passive with its agent reacts as its active does
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            continue
        act = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if act is None or act.tag_ != "NN" or act.lemma_.lower() not in lexicons.reaction_nouns() \
                or reading.resolved.keys_at(act) or any(c.dep_ in REACTION_OBSTACLES for c in act.children) \
                or not any(c.dep_ == "det" and c.lower_ in grammar.DEFINITE_DETERMINERS for c in act.children):
            continue  # "the move to Paris", "Y's decision", "the measures" (acts named long before) are not it
        # a plain stance verb, or one whose collocation names this act ("overturned the ruling")
        predicates = {t.predicate for t in table.get((verb.lemma_.lower(), "VERB"), ())
                      if t.predicate in STANCES and "dobj" in t.objects
                      and t.dependents in {(), (act.lemma_.lower(),)}}
        if len(predicates) != 1 or negated(reading, verb):
            continue
        if sentences is None:
            sentences = list(reading.doc.sents)
        index = next(i for i, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
        if index == 0:
            continue
        spoken = act.lemma_.lower() in SPOKEN_ACTS
        actors = _actors_of(reading, sentences[index - 1], spoken) or _lead_actors(reading, sentences, index, spoken)
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if not actors or mode is None:
            continue
        predicate = predicates.pop()
        for s in subjects(reading, verb):
            for o in actors:
                if o == s or _own_state(reading, s, o) or s == reading.serves.get(o):
                    continue
                found = fact(reading, s, predicate, o, verb, f"reaction:{verb.lemma_.lower()}", REACTION_CONFIDENCE,
                             when=when, modality=mode)
                if found:
                    yield found


def _lead_actors(reading: Reading, sentences: list[Span], index: int, spoken: bool = False) -> tuple[str, ...]:
    """Who acted in the lead, the first sentence after the headline, which states the act a news report is about:
    "the move" of a later sentence whose sentence before names no one who acted refers back to it."""
    title = (reading.document.title or "").strip()
    lead = next((i for i, sent in enumerate(sentences) if sent.text.strip() != title), None)
    if lead is None or lead >= index - 1:
        return ()  # the lead is the sentence before (read already), or the reaction itself
    return _actors_of(reading, sentences[lead], spoken)


def _actors_of(reading: Reading, sent: Span, spoken: bool = False) -> tuple[str, ...]:
    """Who acted in a sentence: the actors its main verb's subject names; when the main verb reports speech
    ("Z said Y had raised tariffs"), the subject of what is reported, unless the act reacted to is the speech
    itself (`spoken`: "Z announced that Y would host the talks. X welcomed the announcement": Z's). A refusal or
    a plan is an act of its subject too ("Y said it could not approve Z"); a passive without its agent names no
    one who acted."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return ()
    if _stance_verb(root):
        return _reacted_act_owners(reading, root)
    if root.lemma_.lower() in lexicons.speech_verbs() and not spoken:
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), root)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in root.children):
        return ()  # "Y's bid was refused": who acted is not said
    return tuple(k for k in subjects(reading, root) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})


def _stance_verb(verb: Token) -> bool:
    """Whether a verb takes a stance on its object in the trigger table ("welcomed", "condemned", "rejected")."""
    words = {w for c in verb.children for w in (c.lower_, c.lemma_.lower())}
    return any(t.predicate in STANCES and set(t.dependents) <= words
               for t in triggers().get((verb.lemma_.lower(), "VERB"), ()))  # ("be against": "be" alone is none)


def _reacted_act_owners(reading: Reading, verb: Token) -> tuple[str, ...]:
    """Whose act a sentence reacting to one names: "X welcomed the decision by Y and Z to ..." → Y, Z (its by-agent
    or possessor), so that "W welcomed the move" after it reacts to Y and Z, not to X; () when it names no one."""
    owners: list[str] = []
    for act in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicons.reaction_nouns()):
        owners += [k for c in act.children if c.dep_ == "poss" for k in refs(reading, c)]
        owners += [k for c in act.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj" for k in refs(reading, g)]
    return tuple(k for k in dict.fromkeys(owners) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})


SHOWING_VERBS = frozenset({"show", "display", "demonstrate"})  # "Y has shown utter contempt": Y's quality
QUOTE_CONFIDENCE = 0.55


def quoted_opinions(reading: Reading) -> Iterator[Fact]:
    """Criticism and praise in a quotation that runs over sentences without a speech verb of their own: '"We
    think Y's plan is very weak. [...]," said X' or 'X said: "[...]. Y has shown utter contempt."'. The
    speaker is the one a sentence of the same quotation names; what is judged is the named actor (or the actor
    owning the thing) that a linking verb or a verb of showing judges."""
    for run in _quotations(reading):
        attributed = [_attribution(reading, sent, quoted) for sent, quoted in run]
        speakers = tuple(dict.fromkeys(k for keys in attributed for k in keys))
        if len(speakers) != 1:
            continue  # no speaker, or several: whose words these are is not clear
        s = speakers[0]
        for sent, _ in run:
            if any(t.pos_ == "VERB" and t.lemma_.lower() in lexicons.speech_verbs() for t in sent):
                continue  # a sentence with a speech verb of its own is read by spoken_opinions
            yield from _quoted_judgements(reading, s, sent)
            yield from _quoted_faults(reading, s, sent)


STANCES = frozenset({"supports", "criticizes", "rejects"})
VOICED_FACTOR = 0.9  # the speaker's own stance is one step further from the words than the stance reported


def voiced_stances(reading: Reading, facts: Iterable[Fact]) -> Iterator[Fact]:
    """'X said the US could not support the plan', where X serves the US (or leads the body): the one voicing
    the stance of the state or body they speak for holds it too (CAMEO codes the speaker's statement)."""
    for f in facts:
        s = f.attributed_to
        if f.predicate not in STANCES or s is None or s in {f.subject, f.object} \
                or reading.types.get(s) != "Person":
            continue
        if f.subject not in {reading.serves.get(s)} and reading.leader_of.get(f.subject) != s:
            continue
        yield dataclasses.replace(f, subject=s, rule=f"{f.rule}+voiced",
                                  confidence=round(f.confidence * VOICED_FACTOR, 2))


def _quoted_judgements(reading: Reading, s: str, sent: Span) -> Iterator[Fact]:
    """What speaker s says of a named actor in one quoted sentence: a linking verb or a verb of showing that
    judges its subject ("Y's plan is very weak", "Y has shown utter contempt")."""
    for clause in sent:
        if clause.pos_ not in {"VERB", "AUX"} or negated(reading, clause) and not any(
                c.dep_ == "neg" for c in clause.children):
            continue
        subject = _subject(clause)
        if subject is None or not _named(subject):
            continue  # "they", "this government" inside a quotation: whom they stand for is not clear
        if _held_by_another(clause):
            continue  # "the government thought Y was a threat": the government's view, not the speaker's
        if clause.lemma_.lower() in SHOWING_VERBS:
            words = [w for c in clause.children if c.dep_ == "dobj" for w in _modified(c)]
            # only a fault shown is a judgement: "showed a strong interest" tells an attitude, not a quality
            value = min(0.0, opinion(words, any(c.dep_ == "neg" for c in clause.children)))
        else:
            value = _clause_opinion(clause, subject)
        if abs(value) < MIN_OPINION:
            continue
        when = clause_date(reading, clause)
        if modality(reading, clause, when) is None:
            continue
        for o in _owners(reading, subject):
            if _own_state(reading, s, o) or s == reading.serves.get(o):
                continue
            found = fact(reading, s, "supports" if value > 0 else "criticizes", o, clause,
                         f"quotation:{clause.lemma_.lower()}", QUOTE_CONFIDENCE, when=when)
            if found:
                yield found


FIRST_PERSON = frozenset({"i", "we"})  # "I think Y is wrong": the speaker's own view


def _held_by_another(clause: Token) -> bool:
    """Whether a clause completes a verb with a subject of its own other than the speaker ("the government thought
    Y was ...", "they believe Y is ..."): a view the quotation reports, not one it voices."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.i != clause.i and head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON for c in head.children)


def _quoted_faults(reading: Reading, s: str, sent: Span) -> Iterator[Fact]:
    """What speaker s faults in one quoted sentence, as in a reported clause: conduct an actor owns, named with a
    fault noun or a negative manner word ("Y's arrogance has been their undoing"; `_faulted_conduct`,
    `_faulted_ways`), and a harm a named actor or its measure does ("Y's tariffs will damage our farmers";
    `_harms_done`), unless the sentence holds another speaker's words."""
    root = sent.root
    when = clause_date(reading, root)
    if root.pos_ not in {"VERB", "AUX"} or modality(reading, root, when) is None:
        return
    faulted = [*_faulted_conduct(reading, root), *_faulted_ways(reading, root)]
    if not _held_by_another(root):
        faulted += _harms_done(reading, root, named=True)
    for targets, _ in faulted:
        for o in targets:
            if _own_state(reading, s, o) or s == reading.serves.get(o):
                continue
            found = fact(reading, s, "criticizes", o, root, f"quotation:{root.lemma_.lower()}", QUOTE_CONFIDENCE,
                         when=when)
            if found:
                yield found


def _quotations(reading: Reading) -> Iterator[list[tuple[Span, set[int]]]]:
    """Runs of sentences that one quotation spans, each sentence with its quoted tokens: a quotation mark left
    open at the end of a sentence continues the quotation, and a mark opening a sentence inside one re-opens it
    (the convention of a quotation running over paragraphs); a sentence quoted whole goes on with the sentence
    before ('"A," X said. "B."', 'X said A. "B."'). Only runs of more than one sentence."""
    run: list[tuple[Span, set[int]]] = []
    inside = False
    previous: Span | None = None
    for sent in reading.doc.sents:
        if not inside and run and not _wholly_quoted(sent):
            if len(run) > 1:
                yield run
            run = []
        if not run and previous is not None and _wholly_quoted(sent):
            run.append((previous, set()))  # 'X said the plan was flawed. "It will never work."': X's words
        previous = sent
        quoted: set[int] = set()
        marks = 0
        for token in sent:
            if token.text in grammar.DOUBLE_QUOTE_MARKS:
                marks += 1
                if not (inside and token.i == sent.start and run and _opens(token, sent)):
                    inside = not inside
            elif inside:
                quoted.add(token.i)
        if marks or run:
            run.append((sent, quoted))
    if len(run) > 1:
        yield run


def _wholly_quoted(sent: Span) -> bool:
    """Whether a sentence is one quotation from its first word to its last ('"Y has betrayed us."'): after a
    quoted sentence, it goes on with the same speaker's words (the convention of '"A," X said. "B."')."""
    words = [t for t in sent if not t.is_space and not t.is_punct or t.text in grammar.DOUBLE_QUOTE_MARKS]
    marks = [t for t in words if t.text in grammar.DOUBLE_QUOTE_MARKS]
    return len(words) > 2 and len(marks) == 2 and words[0].text in grammar.DOUBLE_QUOTE_MARKS \
        and words[-1].text in grammar.DOUBLE_QUOTE_MARKS


def _opens(mark: Token, sent: Span) -> bool:
    """Whether a quotation mark opening a sentence opens words: a mark the parser split off on its own after the
    last quoted sentence ('..." ' then a new paragraph) closes the quotation instead."""
    return any(not t.is_space and t.text not in grammar.DOUBLE_QUOTE_MARKS for t in sent if t.i > mark.i)


def _attribution(reading: Reading, sent: Span, quoted: set[int]) -> tuple[str, ...]:
    """Who a sentence says is speaking: the subject of its speech verb, outside the quotation."""
    return tuple(k for verb in sent if verb.lemma_.lower() in lexicons.speech_verbs() and verb.pos_ == "VERB"
                 and verb.i not in quoted for k in subjects(reading, verb))


def _named(phrase: Token) -> bool:
    """A phrase that names its actor, or whose owner or modifier does ("Sweden", "the Swedish case", "Sweden's
    plan"), not a pronoun or a bare description."""
    return phrase.pos_ == "PROPN" or any(c.dep_ in {"poss", "compound", "amod", "nmod"} and
                                         (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE", "ORG"})
                                         for c in phrase.children)


def _modified(noun: Token) -> list[Token]:
    """A noun with its modifiers ("utter contempt")."""
    return [noun, *(c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.pos_ in OPINION_POS)]


@cache
def judgement_words() -> dict[str, float]:
    """Words of disapproval the sentiment lexicons do not rate, with their valence (data/judgement_words.tsv)."""
    table = datafiles.word_map("judgement_words.tsv", ("word", "valence"))
    return {word: float(value) for word, value in table.items()}


def opinion(words: Iterable[Token], turned: bool = False) -> float:
    """The summed valence of rated words, each turned round when negated ("not credible"), all of them when
    the clause is (`turned`: "is not a reliable partner")."""
    rated = lexicons.opinion_words()
    senses = lexicons.appraisal_senses()  # "called it a joke": derision, where the lexicons rate amusement
    unrated = judgement_words()  # "said the plans were unworkable": disapproval the lexicons do not rate
    total = 0.0
    for word in words:
        if word.i > 0 and word.nbor(-1).lower_ == "-":
            continue  # "an anti-war activist": the second part of a hyphenated word is not its meaning
        if word.lower_ in senses or word.lemma_.lower() in senses:
            value = senses.get(word.lower_, senses.get(word.lemma_.lower(), 0.0))
        else:
            value = rated.get(word.lower_) or rated.get(word.lemma_.lower()) or unrated.get(
                word.lower_, unrated.get(word.lemma_.lower(), 0.0))
        total += -value if any(c.dep_ == "neg" for c in word.children) else value
    return -total if turned else total


def _clause_opinion(clause: Token, subject: Token | None) -> float:
    """The opinion a clause expresses of its subject (or an appraisal of its object); the grade of a figure
    ("said Y's exports were lower than expected", "said Y's growth was sluggish") measures it, and judges no one."""
    words = _judging_words(clause, subject)
    if subject is not None and subject.lemma_.lower() in figure_nouns():
        words = (w for w in words if w.lower_ not in measure_grades())
    return opinion(words, any(c.dep_ == "neg" for c in clause.children))


@cache
def figure_nouns() -> frozenset[str]:
    """Nouns of quantities reported as figures, "exports", "growth", "prices" (data/figure_nouns.txt)."""
    return datafiles.word_list("figure_nouns.txt")


@cache
def measure_grades() -> frozenset[str]:
    """Words of a figure's level, "lower", "weaker", "sluggish", "robust" (data/measure_grades.txt)."""
    return datafiles.word_list("measure_grades.txt")


def _subject(clause: Token) -> Token | None:
    """The active subject of a clause (a passive subject is acted on, not judged); none for "it", "this" or
    "that", which stand for a thing or a situation as often as for an actor, or for a clause of mere
    possibility ("X might be the winner")."""
    if any(c.dep_ == "aux" and c.lower_ in grammar.POSSIBILITY_AUXILIARIES for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in grammar.NEUTER_PRONOUNS | {"this", "that", "what"}:
        return None
    return subject


def _about(reading: Reading, clause: Token, reproach: bool = False) -> tuple[str, ...]:
    """The actors a reported clause is about: its subject, or the actor owning it ("Peru's claim was ..."); a
    relative pronoun stands for the noun the speech is said of ("Peru, which he said had a poor record"). A
    reproach of a measure an actor imposes is aimed at the actor (`reproach`: "said Peruvian tariffs were unfair")."""
    subject = _subject(clause)
    if subject is None:
        return ()
    speech = clause.head
    if subject.lower_ in {"which", "who"} and speech.dep_ == "relcl" and speech.head.i != speech.i:
        subject = speech.head
        if not _named(subject):
            return ()  # "this organisation, which he said was ...": whom a description stands for is not clear
    if _modified_thing(reading, subject) and not (reproach and subject.lemma_.lower() in imposed_measures()):
        return ()  # "Labour constituencies are safe", "an EU arms code is more effective": not said of the actor
    return _owners(reading, subject, reproach)


def _home_government(reading: Reading, clause: Token) -> tuple[str, ...]:
    """The state a bare "the government" subject of a reported clause stands for when the parser's resolution gives
    none: the document's home state (`Reading.home_country`: "a charity said the government was spending too little" in
    a text on British posts that names Britain), not a government a modifier or owner qualifies ("the Iraqi
    government")."""
    subject = _subject(clause)
    if subject is None or reading.home_country is None or not reading.names_state(reading.home_country) \
            or subject.pos_ != "NOUN" or subject.ent_type_ \
            or subject.lemma_.lower() not in lexicons.government_nouns() or reading.resolved.keys_at(subject) \
            or any(c.dep_ in {"poss", "amod", "compound", "nmod", "prep", "appos"} for c in subject.children):
        return ()
    return (reading.ensure_country(reading.home_country),)


def _modified_thing(reading: Reading, phrase: Token) -> bool:
    """A thing (no entity, no actor noun, no stance or record of an actor: idea_nouns.txt) that an actor only
    modifies ("Labour constituencies", "an EU arms code"): what is said of it is not said of the actor."""
    if phrase.pos_ != "NOUN" or reading.resolved.keys_at(phrase) or any(c.dep_ in {"poss", "appos"} or c.dep_ == "prep"
                                                                         for c in phrase.children):
        return False
    lemma = phrase.lemma_.lower()
    return not (lemma in lexicons.idea_nouns() or lemma in lexicons.entity_nouns() or lemma in lexicons.titles()
                or lemma in lexicons.partitive_nouns() or phrase.like_num)


def _owners(reading: Reading, phrase: Token, reproach: bool = False) -> tuple[str, ...]:
    """The actors a phrase names, or that own or modify it ("Peru's claim", "the Peruvian plan"). In a reproach, a
    person owns a stance or a measure as a state does ("Mr Lagos's plan is a disaster": data/idea_nouns.txt,
    data/imposed_measures.txt); praise of it ("Mr Lagos's position is clear") tells less of the person."""
    keys = refs(reading, phrase)
    if reproach and not keys and phrase.pos_ == "NOUN" \
            and (phrase.lemma_.lower() in lexicons.idea_nouns() | imposed_measures() or _conduct_noun(phrase)):
        keys = tuple(k for c in phrase.children if c.dep_ == "poss" for k in refs(reading, c))
    return tuple(k for k in keys if reading.types.get(k) in vocabulary.ACTOR_TYPES)


PROPOSAL_TYPES = frozenset({"Agreement"})  # what support or rejection may be aimed at besides an actor


def _actors_at(reading: Reading, noun: Token) -> tuple[str, ...]:
    """The entities a noun itself names: none for a plan ("Y's plans" refers to the plan and its owner Y, but
    names no actor; whose it is, the rules read from its possessive or modifiers)."""
    keys = reading.resolved.keys_at(noun)
    return () if any(reading.types.get(k) in PROPOSAL_TYPES for k in keys) else keys


def _aimed(reading: Reading, phrase: Token, predicate: str) -> tuple[str, ...]:
    """What a stance is aimed at: the proposal a phrase names ("happy with the deal", "a supporter of the trade
    embargo"), when the stance is support or rejection (criticism is of actors), else the actors it names."""
    if predicate in {"supports", "rejects"}:
        proposals = tuple(k for k in reading.resolved.keys_at(phrase) if reading.types.get(k) in PROPOSAL_TYPES)
        if proposals:
            return proposals
    return _owners(reading, phrase, predicate == "criticizes")


def _judging_words(clause: Token, subject: Token | None) -> Iterator[Token]:
    """The words that judge the subject: what a linking verb says of it ("is a reliable partner", "has a
    terrible record"), or an appraisal phrase, with their modifiers but without prepositional phrases or
    embedded clauses, which speak of something else ("is committed to reducing poverty")."""
    if subject is not None and clause.lemma_.lower() in CONDUCT_VERBS | COMMITTING_VERBS:
        yield from _conduct_words(clause)
        return
    if subject is not None:
        if clause.lemma_.lower() not in lexicons.linking_verbs():
            return
        # "was not interested in X", "is committed to Y": an attitude of the subject towards something else
        # "was not interested in X", "is committed to Y", "are not satisfied (that) ...": a participle or an
        # adjective with a complement tells the subject's own attitude, not what it is
        heads = [c for c in clause.children if c.dep_ in JUDGEMENT_DEPS and c.tag_ != "VBN"
                 and not (c.pos_ == "ADJ" and c.lower_.endswith("ed"))
                 and not any(g.dep_ in {"xcomp", "ccomp"} or g.dep_ == "prep" and g.lower_ in ATTITUDE_PREPOSITIONS
                             for g in c.children)]
    else:
        heads = [clause]
    # "Y has problems", "Y had difficulties": what one has is a state, only its qualities judge ("has a poor record")
    had = set(heads) if subject is not None and clause.lemma_.lower() == "have" else set()
    stack = list(heads)
    while stack:
        token = stack.pop()
        if token.pos_ in OPINION_POS and not token.ent_type_ and token not in had:
            yield token
        stack.extend(c for c in token.children if c.dep_ in MODIFIER_DEPS)


CONDUCT_VERBS = frozenset({"act", "behave"})  # "Y acted illegally", "Y behaved irresponsibly": the manner judges Y
COMMITTING_VERBS = frozenset({"make", "commit"})  # "Y made a mistake", "Y committed atrocities": the fault judges Y


def _conduct_words(clause: Token) -> list[Token]:
    """The words that judge how the subject acted: the manner adverbs of a verb of conduct ("acted illegally"), or a
    fault a verb of committing takes as its object, with its modifiers ("made a grave mistake"; only a fault:
    "made a good offer" tells what was offered, not how the subject acted)."""
    if clause.lemma_.lower() in CONDUCT_VERBS:
        return [c for c in clause.children if c.dep_ == "advmod" and c.pos_ == "ADV"]
    rated = lexicons.opinion_words()
    return [w for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_
            and rated.get(c.lower_, rated.get(c.lemma_.lower(), 0.0)) < 0 for w in _modified(c)]


def _appraisals(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """(appraised, appraising words) of "described X as Y", "called X('s claim) Y", "considers X Y": the
    object (or the subject of the small clause the parser made of it) and the words after the verb, without
    phrases of other prepositions or embedded clauses."""
    phrases = [c for c in verb.children if c.dep_ == "dobj"]
    phrases += [g for c in verb.children if c.dep_ in {"ccomp", "oprd"} for g in c.children if g.dep_ == "nsubj"]
    # "called Y's decision unfair": the parser may hang the owner on the object predicate itself
    phrases += [g for c in verb.children if c.dep_ == "oprd" and c.pos_ == "ADJ" for g in c.children
                if g.dep_ == "poss" and not phrases]
    appraising = any(c.dep_ in {"ccomp", "oprd"} or c.dep_ == "prep" and c.lower_ == "as"
                     for t in (verb, *phrases) for c in t.children)
    # "called Y's decision a grave mistake": the parser may attach the object predicate as an apposition
    appraising = appraising or any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > p.i and not c.ent_type_
                                   for p in phrases for c in p.children)
    if not phrases or not appraising:
        return  # "will see an orphanage": no appraisal without an "as" phrase or an object predicate
    words: list[Token] = []
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in OWN_CLAUSES - {"ccomp"}]
    while stack:
        token = stack.pop()
        if token.dep_ == "prep" and token.lower_ != "as" or token.dep_ in {"relcl", "advcl", "acl"}:
            continue
        if token.pos_ in OPINION_POS and not token.ent_type_:
            words.append(token)
        stack.extend(token.children)
    yield phrases[0], words
