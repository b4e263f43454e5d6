"""Events named by a trigger word: a verb or event noun of the trigger table with its agent and its object.

Active and passive voice, light verbs ("made a visit to"), copulas ("was the mediator in"), relative clauses,
control ("agreed to set up") and coordination on either side; a refused or ended act gives only what the
refusal or the ending expresses (data/intent.tsv), a committed or planned one also what it promises or threatens.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import (
    argument,
    between,
    complement_objects,
    location,
    noun_subjects,
    objects,
    position,
    preps,
    purpose_objects,
    refs,
    subjects,
    through_prep,
    typed_in_clause,
)
from kg.extract.facts.qualifiers import (clause_date, clause_verb, control_chain, ended, ender, expressed_intent, fact,
                                        modality, negated, offered_only, refused, speaker)
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import has_dependents, is_light_verb, trigger_lemma, triggers
from kg.model import Fact

__all__ = ["event_facts"]

RHETORICAL_CONFIDENCE = 0.6  # a verbal attack read as criticism (CAMEO 111)
MIN_TRIGGER_CONFIDENCE = 0.5  # the floor of the lexicon; raising it cost recall on every test set (measured)


def event_facts(reading: Reading) -> Iterator[Fact]:
    """The facts of every trigger word of the document that is not negated, or refused or ended."""
    table = triggers()
    for token in reading.index.with_pos("VERB", "AUX", "NOUN", "PROPN"):  # the table's POS
        pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else ""
        if token.ent_type_ and token.ent_type_ not in grammar.TRIGGER_ENTITY_LABELS:
            continue  # "last March", "the Fatah Party": a word inside a name or a date is no trigger
        lemma = trigger_lemma(token, pos, table)
        candidates = tuple(t for t in table.get((lemma, pos), ())
                           if t.confidence >= MIN_TRIGGER_CONFIDENCE and has_dependents(token, t))
        if not candidates or pos == "VERB" and _carries_event_noun(token, table):
            continue
        # the most specific reading wins: "lifted a blockade" is a retreat, not the bare "lift" concession
        candidates = tuple(t for t in candidates if t.dependents) or candidates
        if pos == "VERB" and lemma == token.lemma_.lower() and _hyphen_compound(reading, token):
            continue  # "flood-hit villages", "debt-ridden firms": an adjective made of a cause and a participle
        if _hypothetical(token) or pos == "VERB" and (_for_to_clause(token) or _extraposed_infinitive(token)):
            continue  # "if Peru signs", "its call for the UK to leave the EU", "it is impossible to dismiss X"
        if pos == "VERB" and _borrowed_subject(reading, token):
            continue  # "EU cooperation would help": an abstraction is no agent
        candidates = tuple(t for t in candidates if not (t.predicate == "visits" and _thing_moving(reading, token)))
        if pos == "NOUN":
            candidates = tuple(t for t in candidates if not _possessed_patient(token, t))
        if not candidates:
            continue
        candidates = tuple(t for t in candidates if not (t.predicate == "attacks" and (
            _verbal_attack(token) or _figurative_fight(reading, token))))
        candidates = tuple(t for t in candidates if not (
            t.predicate in {"withdrawsFrom", "mobilizesAgainst"} and _civilians_moved(token)))
        candidates = tuple(t for t in candidates if not (t.predicate == "rejects" and (
            _dare(reading, token) or _contested(reading, token))))
        candidates = tuple(t for t in candidates if not (t.predicate == "demands" and _question(token)))
        candidates = tuple(t for t in candidates if not _collocate_denied(token, t))
        if any(t.predicate == "hosts" for t in candidates) and _guest_brought(reading, token):
            candidates = tuple(t for t in candidates if t.predicate == "hosts")
        candidates = tuple(t for t in candidates if not (t.predicate == "aids" and _stance_given(token, t)))
        candidates = tuple(replace(t, predicate="cooperatesWith") if t.predicate == "aids" and _traded(token) else t
                           for t in candidates)  # "supplies gas to Y": trade, economic cooperation (CAMEO 061)
        if not candidates:
            continue
        outcome = None
        if pos == "VERB" and _declined_request(token) is not None:
            outcome = "refused"  # "rejected an invitation to attend X": the refuser's own act is refused
        elif negated(reading, token):
            outcome = "refused" if refused(reading, token) or _unable(reading, token) else \
                "ended" if ended(reading, token) else None
            if outcome == "refused" and not _refusal_asserted(reading, token):
                continue  # "could refuse to sign", "did not decline to meet": no refusal made
            if outcome is None or outcome == "ended" and _intended(ender(reading, token)):
                if outcome == "ended" and pos == "NOUN":
                    yield from _standing_sanctions(reading, token, candidates)
                continue
            ending = ender(reading, token) if outcome == "ended" else None
            if ending is not None and modality(reading, ending, clause_date(reading, ending)) is None:
                if pos == "NOUN":
                    yield from _standing_sanctions(reading, token, candidates)
                continue  # "is likely to lift its sanctions", "could end the embargo": a possible ending ends nothing
        yield from _trigger_facts(reading, token, pos, candidates, outcome)


def _guest_brought(reading: Reading, verb: Token) -> bool:
    """'welcomed the Chinese president to Paris', 'greeted Y to the palace': a word with a hosting reading whose
    object is brought "to" a place is the reception of a guest, not an approval of the guest (CAMEO 043, not 051)."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj"]
    return any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.lemma_.lower() in lexicons.site_nouns()
               or any(reading.types.get(k) in {"Place", "Country"} for k in reading.resolved.keys_at(g))
               for g in places)


def _speaker_judging(verb: Token, candidates: tuple[lexicons.Trigger, ...]) -> Token | None:
    """'X said Y had done too little but praised Z': a verb of judging with no subject of its own, coordinated with
    the reported clause of a verb of speech and in the same tense as that verb, goes on the speaker's report (the
    parser hangs it on the nearer clause): the speech verb is returned, whose subject judges."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "conj" or not any(t.predicate in _JUDGING for t in candidates) \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    clause = verb.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.i == clause.i or speech.lemma_.lower() not in lexicons.speech_verbs() \
            or not any(c.dep_ == "nsubj" for c in clause.children) or verb.tag_ != speech.tag_ \
            or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    return speech


def _praise(trig: lexicons.Trigger) -> bool:
    """'promised to hail Y's record', 'will thank Y': praise (CAMEO 051 other than backing, data/backing_verbs.txt)
    is said, not done with the one praised; a promise of it expresses no intent to cooperate with Y (CAMEO 03)."""
    return trig.source == "CAMEO 051" and trig.lemma not in lexicons.backing_verbs()


def _hyphen_compound(reading: Reading, verb: Token) -> bool:
    """'flood-hit villages', 'a war-torn country': a participle joined by a hyphen to a word that names no actor is
    one adjective saying what struck or marks the noun; no one acts ("US-backed", an actor before the hyphen, is
    left to the backer's reading)."""
    if verb.i < 2 or verb.nbor(-1).text != "-" or verb.nbor(-1).whitespace_ or verb.nbor(-2).whitespace_:
        return False
    cause = verb.nbor(-2)
    return cause.is_alpha and cause.pos_ in {"NOUN", "ADJ", "ADV"} and not reading.resolved.keys_at(cause)


def _for_to_clause(verb: Token) -> bool:
    """'for the UK to leave the EU', 'for Y to act': an infinitive with a subject of its own, introduced by "for",
    names an act wished, proposed or judged (it is never told as done)."""
    return grammar.to_infinitive(verb) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _extraposed_infinitive(verb: Token) -> bool:
    """'it is impossible to dismiss X', 'finds it hard to reject Y': an infinitive after an adjective of judgement
    (data/extraposition_adjectives.txt) whose subject is "it" is weighed in general, done by no one ("X was wrong to
    attack Y" still tells the act; "it is willing to withdraw" is an actor's commitment)."""
    governor = verb.head
    return verb.dep_ in {"xcomp", "advcl", "ccomp"} and governor.i != verb.i and governor.pos_ == "ADJ" \
        and governor.lemma_.lower() in lexicons.extraposition_adjectives() \
        and grammar.to_infinitive(verb) \
        and any(c.dep_ in {"nsubj", "expl", "dobj"} and c.lower_ == "it"
                for c in (*governor.children, *governor.head.children) if c.i < governor.i)


def _question(verb: Token) -> bool:
    """'asked Y whether the Treasury had leaned on Z', 'asked Y why', 'asked Y about its plans': a question put to
    Y asks an answer, no act, of Y (CAMEO's demands ask for an act, "asked Y to withdraw")."""
    if verb.pos_ != "VERB":
        return False
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "advcl"}]
    if verb.dep_ == "xcomp":  # "was heard asking Y if ...": the parser may hang the question on the governor
        clauses += [c for c in verb.head.children if c.dep_ in {"ccomp", "advcl"} and c.i > verb.i]
    if any(g.lower_ in grammar.QUESTION_WORDS and g.dep_ in {"mark", "advmod", "dobj", "nsubj", "attr"} and g.i < c.i
           for c in clauses for g in c.children):
        return not any(c.dep_ == "xcomp" for c in verb.children)
    return verb.lemma_.lower() in grammar.QUESTIONING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "about" for c in verb.children) and not any(
        c.dep_ in {"xcomp", "ccomp"} for c in verb.children)


def _stance_given(token: Token, trigger: lexicons.Trigger) -> bool:
    """'pledged unity to Y', 'offered its loyalty to Y', 'a pledge of support to Y': a giving word whose gift is a
    stance (data/aid_words.tsv, role "stance") gives no material help; aid is money, goods or force (CAMEO 07)."""
    if "dobj" in trigger.objects and token.pos_ in {"VERB", "AUX"}:
        return False  # "aided Y", "funded Y": the object is the one helped, not the gift
    if token.pos_ in {"VERB", "AUX"}:
        gifts = [c for c in token.children if c.dep_ == "dobj"]
    else:
        gifts = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    gifts += [c for g in gifts for c in g.conjuncts]
    stances = lexicons.aid_words()["stance"]
    return bool(gifts) and all(g.lemma_.lower() in stances for g in gifts)


def _traded(token: Token) -> bool:
    """'offered to supply 120,000 barrels of fuel oil a month to Y', 'gas supplies to Y': a supply of a commodity
    (data/commodity_nouns.txt) is trade, economic cooperation (CAMEO 061), no aid; "supplied arms to Y" or "supplies
    of food" still aid, and an ended supply ("shut off gas supplies to Y") is still a sanction."""
    if token.lemma_.lower() != "supply":
        return False
    if token.pos_ in {"VERB", "AUX"}:
        goods = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        goods = [token] + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
    goods += [g for n in goods for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]  # "barrels of oil"
    commodities = lexicons.commodity_nouns()
    return any(_named_among(g, commodities, {"compound", "amod", "nmod"}) for g in goods)


def _named_among(noun: Token, words: frozenset[str], modifiers: set[str]) -> bool:
    """Whether a noun, or a word modifying it by one of `modifiers`, is one of `words` by lemma or form ("fuel oil",
    "the wounded")."""
    return any(w.lemma_.lower() in words or w.lower_ in words
               for w in (noun, *noun.children) if w is noun or w.dep_ in modifiers)


def _borrowed_subject(reading: Reading, verb: Token) -> bool:
    """'EU cooperation would help', 'US involvement came to an end': an abstract noun as subject (grammar's
    abstract suffixes) names no agent, even when a country or organisation modifies it; 'Israeli tanks' do."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or reading.resolved.keys_at(subject):
        return False
    lemma = subject.lemma_.lower()
    if not lemma.endswith(grammar.ABSTRACT_NOUN_SUFFIXES) or lemma in lexicons.entity_nouns() or lemma in lexicons.titles() or lemma in lexicons.partitive_nouns() \
            or subject.like_num or any(c.dep_ in {"appos", "poss"} or c.dep_ == "prep" and c.lower_ == "of"
                                       for c in subject.children):
        return False
    return any(c.dep_ in {"amod", "compound", "nmod"} and reading.resolved.keys_at(c) for c in subject.children)


def _instrument_agents(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'US air strikes killed ten militants', 'an Israeli raid destroyed the depot': a verb whose subject is a
    forceful act (an attack noun of the trigger table) has that act's own agent, the country or organisation
    modifying it, directly or through a compound ("US Predator attacks")."""
    table = triggers()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or reading.resolved.keys_at(subject) or not any(
            t.predicate in _FORCEFUL for t in table.get((trigger_lemma(subject, "NOUN", table), "NOUN"), ())):
        return ()
    keys = _own_agents(reading, subject)
    if not keys:
        keys = tuple(dict.fromkeys(
            k for c in subject.children if c.dep_ == "compound" and c.i < subject.i and not reading.resolved.keys_at(c)
            for g in c.children if g.dep_ in {"compound", "amod", "nmod"} and g.i < c.i
            for k in reading.resolved.keys_at(g) if reading.types.get(k) in {"Country", "Organization"}))
    return keys


def _peacekeeping(token: Token) -> bool:
    """'deployed peacekeepers to X', 'sent peacekeeping troops', 'the deployment of a peace-keeping force': the
    forces deployed keep the peace (data/peacekeeping_words.txt)."""
    words = lexicons.peacekeeping_words()
    deployed = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for noun in deployed:
        span = [t for t in noun.subtree if t.i <= noun.i]
        forms = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
        joined = "".join(t.lower_ + (t.whitespace_ if t.text != "-" else "") for t in span).replace(" -", "-")
        if forms & words or set(joined.replace("peace keeping", "peace-keeping").split()) & words:
            return True
    return False


_OFFERING = frozenset({"offer", "agree", "promise", "pledge", "volunteer"})


def _declined_request(verb: Token) -> Token | None:
    """'rejected an invitation to attend X', 'rejected a call for its forces to be deployed in Y': the act an
    invitation or a request (data/invitation_nouns.txt, data/directive_nouns.txt) names by its infinitive, when a
    verb of refusal (data/refusal_cues.txt) takes that noun as its object, is refused by the refuser if the act is
    its own (the infinitive has no subject, or one a possessive pronoun owns: "its forces"); returns that verb."""
    if verb.dep_ not in {"acl", "relcl"} or not grammar.to_infinitive(verb):
        return None
    noun = verb.head
    if noun.i == verb.i or noun.dep_ != "dobj" or noun.lemma_.lower() not in \
            lexicons.invitation_nouns() | lexicons.directive_nouns():
        return None
    refuser = noun.head
    if refuser.pos_ not in {"VERB", "AUX"} or refuser.lemma_.lower() not in lexicons.refusal_cues():
        return None
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    own += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
            for g in c.children if g.dep_ == "pobj"]  # "a call for its forces to be deployed"
    if any(not any(p.dep_ == "poss" and p.lower_ in grammar.NEUTER_PRONOUNS | grammar.PLURAL_PRONOUNS
                   for p in subject.children) for subject in own):
        return None  # "rejected a call for Y to withdraw": Y's act, not the refuser's
    return refuser


def _offered(token: Token) -> bool:
    """'offered to send troops to X', 'agreed to deploy peacekeepers in X': an act governed by a verb of
    offering or agreeing is proposed to or agreed with its object."""
    verb = token if token.pos_ in {"VERB", "AUX"} else clause_verb(token)
    return any(g.lemma_.lower() in _OFFERING for g, _ in control_chain(verb))


def _caused_by_a_thing(reading: Reading, verb: Token) -> bool:
    """'Argentina's energy crisis forced Kirchner to suspend exports': a causative verb (an object and an
    infinitive) whose subject is a thing, not an actor, only modified by a country, is a cause, not coercion."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not reading.resolved.keys_at(subject) \
        and not _actor_word(reading, subject) and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _conjunct_agents(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'launched artillery, mortar and rocket fire against X': an event noun coordinated with the object of a
    light verb shares its agent (the first conjunct's)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return noun_subjects(reading, first) if first is not noun and first.pos_ == "NOUN" else ()


def _subject_token(verb: Token) -> Token | None:
    """The subject word of a verb, inherited through xcomp and conj ("supplies started to arrive")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return subject if subject is not None else _absolute_subject(verb)
        verb = verb.head
    return None


def _absolute_subject(verb: Token) -> Token | None:
    """'with emergency supplies from X starting to arrive': the subject of a participle in an absolute "with"
    clause is the object of "with" just before it, which the parser often leaves apart from the participle."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or verb.i == 0:
        return None
    for token in reversed(verb.doc[max(0, verb.i - 12):verb.i]):
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.i < token.i < verb.i \
                and (token.right_edge.i == verb.i - 1 or token.head.head.i == verb.head.i):
            return token  # right before it, or "with" a sibling of the participle ("pledged X with Y ... arriving")
    return None


def _thing_moving(reading: Reading, verb: Token) -> bool:
    """'emergency supplies from the British government started to arrive in Aceh', 'EU farm money came to the
    UK': what arrives or comes is a thing, not a visitor, unless the subject names an actor or an actor noun."""
    subject = _subject_token(verb)
    if subject is None or subject.pos_ != "NOUN" or reading.resolved.keys_at(subject):
        return False
    lemma = subject.lemma_.lower()
    return not (lemma in lexicons.entity_nouns() or lemma in lexicons.titles() or subject.like_num
                or lemma in lexicons.partitive_nouns() or any(c.dep_ == "appos" for c in subject.children))


def _actor_word(reading: Reading, noun: Token) -> bool:
    """A word that can name an actor: an entity, an actor noun or title, a number or part of a group."""
    lemma = noun.lemma_.lower()
    return noun.pos_ != "NOUN" or bool(reading.resolved.keys_at(noun)) or lemma in lexicons.entity_nouns() \
        or lemma in lexicons.titles() or lemma in lexicons.partitive_nouns() or noun.like_num \
        or lemma in lexicons.counterpart_words() or any(c.dep_ == "appos" for c in noun.children)


def _met_thing(reading: Reading, verb: Token) -> bool:
    """'spoke to the BBC's Newsnight programme', 'meeting the Lisbon targets': the one a verb of meeting takes
    is a thing (its object, or the object of "with"/"to"), not an actor an owner or a modifier stands for; a
    broadcast or a house addressed ("talked to parliament") is an audience (data/audience_nouns.txt)."""
    phrases = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in preps(reading, verb) if c.lower_ in {"with", "to"} for g in c.children if g.dep_ == "pobj"]
    return bool(phrases) and (not any(_actor_word(reading, p) for p in phrases)
                              or any(p.lemma_.lower() in lexicons.audience_nouns() for p in phrases)
                              or _interview_frame(verb))


def _interview_frame(verb: Token) -> bool:
    """'Speaking to the radio's Sunday Forum, X said ...': a participle of talking that frames a report of the
    same speaker's words names whom the words were given to (an interview, an address), not a meeting."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i \
        and verb.head.lemma_.lower() in lexicons.speech_verbs() \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _possessed_patient(noun: Token, trig: lexicons.Trigger) -> bool:
    """'his arrest in Zambia', 'Y's detention': a nominalisation whose of-phrase is its patient (arrest of X),
    said with a possessor and no of-phrase, is owned by its patient; its agent is not named."""
    return tuple(trig.objects) == ("prep:of",) and any(c.dep_ == "poss" for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _verbal_attack(token: Token) -> bool:
    """'attacked Y's economic record', 'attacked Y over its plans', a headline's 'X attacked on Y': an attack
    on a stance, with a reason, or with no direct object is verbal (criticism, speech.py), not force."""
    if token.lemma_.lower() not in lexicons.verbal_attack_words():
        return False
    if token.pos_ == "VERB":
        attacked = [c for c in token.children if c.dep_ == "dobj"]
        if not attacked and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
            return True
    else:
        attacked = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                    for g in c.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in lexicons.idea_nouns() for p in attacked) or any(
        c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in token.children)


def _figurative_fight(reading: Reading, token: Token) -> bool:
    """'its battle with France and Germany over breaching deficit limits', 'fight it out', 'the measures hit
    Japanese industry's sales': a contest over an issue (not over a place), the idiom "fight it out", or a blow to
    an economic measure (data/contest_words.tsv) is a dispute or damage, not force."""
    words = lexicons.contest_words()
    lemma = token.lemma_.lower()
    if lemma in words["contest"]:
        if token.pos_ in {"VERB", "AUX"} and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) \
                and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
            return True  # "fight it out", "battle it out"
        issues = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "over" for g in c.children
                  if g.dep_ in {"pobj", "pcomp"}]
        sides = [w for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "prep"}
                 for w in c.subtree]  # who fights, whom, "with" or "against" whom
        return any(not any(reading.types.get(k) in {"Place", "Country"} for k in reading.resolved.keys_at(g))
                   and g.lemma_.lower() not in lexicons.site_nouns() | words["ground"]
                   and g.ent_type_ not in {"DATE", "TIME"} for g in issues) \
            and not any(w.lemma_.lower() in words["force"] for w in sides)
    if lemma in words["damage"] and token.pos_ in {"VERB", "AUX"}:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        struck = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        return bool(struck) and all(c.lemma_.lower() in words["economic"] for c in struck)
    return False


_HELPING = frozenset({"aids", "supports"})  # acts that help or back their object


def _opposed(reading: Reading, token: Token) -> set[str]:
    """The actors named only inside an against-phrase of the trigger's own phrase ("donated $5m to the fight
    against the Taliban", "backed Y against Z"): the help goes to the fight or to Y, not to their enemy."""
    inside: set[str] = set()
    outside: set[str] = set()
    for word in token.subtree:
        keys = reading.resolved.keys_at(word)
        node = word
        while keys and node.i != token.i and not (node.dep_ == "prep" and node.lower_ == "against"):
            node = node.head
        (inside if keys and node.i != token.i else outside).update(keys)
    return inside - outside


def _civilians_moved(token: Token) -> bool:
    """'evacuated the wounded from the town', 'mobilized pressure groups in the US': what a verb of evacuating or
    mobilising moves is people or means that are no force (data/civilian_nouns.txt): a rescue or a campaign, no
    withdrawal or show of force ("evacuated its troops", "mobilised 5,000 reservists" keep theirs)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    moved = [c for c in token.children if c.dep_ == "dobj"]
    civilians = lexicons.civilian_nouns()
    return bool(moved) and all(_named_among(m, civilians, {"compound", "amod"}) for m in moved)


_CIVIL = frozenset({"Person", "Organization"})


def _rhetorical(reading: Reading, s: str, o: str) -> bool:
    """'Doe and Roe declared war on each other', 'the party set out to destroy the Tories': a named person
    attacking a person or a body, or a body a person, or a mainstream political party attacking or attacked, is a
    figure of political speech; force (CAMEO 19) is between states, armed groups and forces."""
    types = {reading.types.get(s), reading.types.get(o)}
    if types <= _CIVIL and "Person" in types:
        return True
    # "UKIP's job is to destroy the Tories", "Lib Dems target the student vote": a mainstream party
    # (data/political_parties.tsv) fights elections, not wars
    parties = set(lexicons.political_parties().values())
    return any(k in reading.resolved.entities and reading.resolved.entities[k].label in parties for k in (s, o))


def _verbal_attack_by_named(reading: Reading, token: Token, s: str, o: str) -> bool:
    """'Howard attacked Blair', 'his attack on Labour': a word of verbal attack (data/verbal_attack_words.txt) between
    two people, or by or on a mainstream party (`_rhetorical`), is criticism (CAMEO 111) when its subject names the
    attacker itself; "a UKIP MEP attacked Y" is one member's attack, not the party's, and a body that is no party
    attacking a person ("the militia attacked the minister") may be force."""
    if token.lemma_.lower() not in lexicons.verbal_attack_words():
        return False
    parties = set(lexicons.political_parties().values())
    if not ({reading.types.get(s), reading.types.get(o)} == {"Person"} or any(
            k in reading.resolved.entities and reading.resolved.entities[k].label in parties for k in (s, o))):
        return False
    subject = _subject_token(token) if token.pos_ in {"VERB", "AUX"} else None
    return subject is None or bool(reading.resolved.keys_at(subject))


def _person_departing(reading: Reading, trig: lexicons.Trigger, agent: str) -> bool:
    """'Campbell quit Number 10', 'X left the party', 'after leaving Northern Ireland in a reshuffle': a person
    who quits or leaves leaves a post, a party or a place; only the CAMEO rows (withdraw, pull out: forces and
    commitments, CAMEO 087) are a withdrawal when a person is their agent ("Lane will withdraw troops")."""
    return reading.types.get(agent) == "Person" and not trig.source.startswith("CAMEO")


def _unable(reading: Reading, token: Token) -> bool:
    """'said it cannot support X', 'could not approve Y's application': an actor declaring it cannot do an act
    refuses it (CAMEO 12); "could not visit because of the weather", told by no one, is no refusal."""
    verb = token if token.pos_ in {"VERB", "AUX"} else position(token).head
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in grammar.INABILITY_AUXILIARIES for c in verb.children) \
        and speaker(reading, token) is not None


def _hypothetical(token: Token) -> bool:
    """'if he accepted China's claim', 'unless Peru signs': an act in a condition is not asserted."""
    verb = token if token.pos_ in {"VERB", "AUX"} else position(token).head
    for _ in range(3):
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in grammar.CONDITION_MARKERS | {"if"}
                                        for c in verb.children):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _intended(verb: Token | None) -> bool:
    """'defended plans to end the embargo', 'a proposal to lift the ban': an ending that is only the content
    of a plan or proposal (an infinitive completing a noun) has not happened and ends nothing yet; the parser may
    hang such an infinitive on its noun as xcomp or advcl ("Plans to lift Y's ban were ..."), still the noun's."""
    return verb is not None and verb.dep_ in {"acl", "xcomp", "advcl"} and verb.head.pos_ == "NOUN" \
        and grammar.to_infinitive(verb)


def _standing_sanctions(reading: Reading, token: Token, candidates: tuple[lexicons.Trigger, ...]) -> Iterator[Fact]:
    """'plans to end the EU's arms embargo on China', 'could lift Y's ban on X': a sanction that a plan or proposal
    would end, or that may be ended, still stands; named with its own agent (a possessor, a by-phrase, an actor
    modifier), that agent sanctions its target, as a present state (the sentence's date is the ending's)."""
    own = set(_own_agents(reading, token))
    kept = tuple(t for t in candidates if t.predicate == "sanctions")
    if not own or not kept:
        return
    for found in _trigger_facts(reading, token, "NOUN", kept, standing=True):
        if found.predicate == "sanctions" and found.rule.startswith("noun:") and found.subject in own:
            yield replace(found, rule=f"standing:{found.rule[5:]}")


def _embedded(noun: Token, table: dict) -> bool:
    """'filed a complaint over state aid to X': an event noun in a phrase of another event (a trigger noun, or
    a light verb already carrying one) is what that event is about, not an act of the clause's subject."""
    place = position(noun)
    if place.dep_ != "pobj" or place.head.head.i == place.head.i:
        return False
    holder = place.head.head
    if holder.pos_ == "NOUN":
        return (trigger_lemma(holder, "NOUN", table), "NOUN") in table
    return holder.pos_ == "VERB" and is_light_verb(holder) and any(
        c.dep_ == "dobj" and c.i != place.i and (trigger_lemma(c, "NOUN", table), "NOUN") in table
        for c in holder.children)


def _own_agents(reading: Reading, noun: Token) -> tuple[str, ...]:
    """The agent a noun names itself: its possessor, its by-phrase, a country or organisation modifying it."""
    keys: list[str] = []
    for child in noun.children:
        if child.dep_ == "poss":
            keys += refs(reading, child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            keys += [k for g in child.children if g.dep_ == "pobj" for k in refs(reading, g)]
        elif child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i:
            keys += [k for k in reading.resolved.keys_at(child)
                     if reading.types.get(k) in {"Country", "Organization"}]
    return tuple(dict.fromkeys(keys))


_JUDGING = frozenset({"criticizes", "supports", "rejects"})  # acts that judge another actor or its acts


def _judged_act_agents(reading: Reading, token: Token, place: Token) -> tuple[str, ...]:
    """The agents an act judged names itself: the object of a judging word (or of the light verb carrying it)
    that is an event noun with its own agent ("criticised the arrest of activists by X")."""
    table = triggers()
    if _named_actor_object(reading, token):
        return ()  # "condemned Peru for its crackdown": the actor judged is named, the act is the reason given
    phrases = [c for head in {token, place} for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    phrases += [g for head in {token, place, place.head} for c in head.children
                if c.dep_ == "prep" and c.lower_ in grammar.OBJECT_PREPOSITIONS | {"about", "of"}
                for g in c.children if g.dep_ == "pobj"]
    for shifted in _shifted_objects(token):  # the object itself, or the actor owning it ("Y's policy")
        keys = tuple(k for k in reading.resolved.keys_at(shifted) if reading.types.get(k) in vocabulary.ACTOR_TYPES
                     - {"Place"}) or _own_agents(reading, shifted)
        if keys:
            return keys
    for phrase in phrases:
        if phrase.i != token.i and (trigger_lemma(phrase, "NOUN", table), "NOUN") in table \
                and not reading.resolved.keys_at(phrase):
            keys = _own_agents(reading, phrase)
            if keys:
                return keys
    for phrase in phrases:
        keys = _proposed_ending_agents(reading, phrase)
        if keys:
            return keys
    return ()


def _pronoun_owners(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'Y told MPs the plan was a sham. His claims were denied by X': the author of a judged stance or act of speech
    (data/idea_nouns.txt, or the noun the verb's own collocation names) owned by 'his' or 'her', when the pronoun's
    resolution is the one person named from the sentence before up to it, the judge aside (another name there may be
    its owner)."""
    nouns = lexicons.idea_nouns() | _collocates(verb)
    doc = verb.doc
    for phrase in verb.children:
        if phrase.dep_ not in {"dobj", "nsubjpass"} or phrase.lemma_.lower() not in nouns:
            continue
        for owner in phrase.children:
            if owner.dep_ != "poss" or owner.lower_ not in grammar.GENDERED_PRONOUNS:
                continue
            people = [k for k in reading.resolved.keys_at(owner) if reading.types.get(k) == "Person"]
            sent = owner.sent
            start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
            named = {k for t in doc[start:owner.i] if t.pos_ != "PRON"
                     for k in reading.resolved.keys_at(t) if reading.types.get(k) == "Person"}
            named -= set(subjects(reading, verb))  # "X rejected his claims": one judges no claims of one's own
            if len(people) == 1 and named == set(people):
                return tuple(people)
    return ()


def _passive_pronoun_owners(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'Chad wants a seat. Its bid was backed by Niger': the owner an "its" or "their" names of the thing a passive
    judging verb takes, told before the judge (the by-phrase) is named, so not the judge itself; in the active
    ("Niger backed its bid") the pronoun may be the judge's own, and is left."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return ()
    judges = set(subjects(reading, verb))
    for patient in verb.children:
        if patient.dep_ != "nsubjpass" or patient.pos_ != "NOUN" or reading.resolved.keys_at(patient):
            continue
        owners = tuple(k for c in patient.children if c.dep_ == "poss"
                       and c.lower_ in grammar.NEUTER_PRONOUNS | grammar.PLURAL_PRONOUNS
                       for k in reading.resolved.keys_at(c) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        if owners and not judges & set(owners):
            return owners
    return ()


def _summarised_authors(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'Y accused X of cheating, a charge which X denies': an act of speech or policy (data/idea_nouns.txt, or the noun
    the verb's own collocation names: "deny charge"), set after a comma to sum up the sentence's main clause and
    taken up by the judging relative clause, is the act of that clause's subject when its verb is one of speech or
    of blame."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children):
        return ()
    noun = verb.head
    nouns = lexicons.idea_nouns() | _collocates(verb)
    start = noun.left_edge.i
    if noun.lemma_.lower() not in nouns or _own_agents(reading, noun) or start == 0 \
            or verb.doc[start - 1].text != ",":
        return ()
    root = noun.sent.root
    blaming = any(t.predicate == "criticizes" for t in triggers().get((root.lemma_.lower(), "VERB"), ()))
    if root.i > noun.i or not (blaming or root.lemma_.lower() in lexicons.speech_verbs()):
        return ()
    return subjects(reading, root)


def _proposed_ending_agents(reading: Reading, phrase: Token) -> tuple[str, ...]:
    """'condemned moves to lift the EU's ban', 'defended plans to end Y's embargo': a plan or proposal, owned by
    no one named, to end an actor's own act can only be that actor's to carry out, so judging it judges that actor."""
    nouns = lexicons.proposal_nouns() | lexicons.policy_nouns()
    if phrase.pos_ != "NOUN" or phrase.lemma_.lower() not in nouns or reading.resolved.keys_at(phrase) or any(
            c.dep_ in {"poss", "compound", "amod", "nmod"} and reading.resolved.keys_at(c) for c in phrase.children):
        return ()
    table = triggers()
    for act in phrase.children:
        if act.dep_ == "acl" and act.lemma_.lower() in lexicons.cancellation_cues() \
                and grammar.to_infinitive(act):
            for ended_act in act.children:
                if ended_act.dep_ == "dobj" and (trigger_lemma(ended_act, "NOUN", table), "NOUN") in table \
                        and not reading.resolved.keys_at(ended_act):
                    keys = _own_agents(reading, ended_act)
                    if keys:
                        return keys
    return ()


_PROTESTED = frozenset({"against", "over", "at", "about", "of"})  # "in protest of", "a strike over"


def _protested_act_agents(reading: Reading, token: Token, place: Token) -> tuple[str, ...]:
    """Who did what a protest is against: the agent an act or measure names itself (a possessor, a by-phrase, a
    country or organisation modifying it, the agent of a participle: "a law passed by X")."""
    phrases = [c for c in token.children if c.dep_ == "dobj"] if token.pos_ == "VERB" else []
    phrases += [g for head in dict.fromkeys((token, place, place.head)) for c in head.children
                if c.dep_ == "prep" and c.lower_ in _PROTESTED for g in c.children if g.dep_ == "pobj"]
    for phrase in phrases:
        if phrase.i == token.i or phrase.pos_ != "NOUN" or reading.resolved.keys_at(phrase) \
                or _actor_word(reading, phrase):
            continue
        keys = _own_agents(reading, phrase) or tuple(
            k for c in phrase.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
            if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" for k in refs(reading, g))
        if keys:
            return keys
    return ()


def _refused_demanders(reading: Reading, verb: Token) -> tuple[str, ...]:
    """Who made a demand (a noun of the demands rows: demand, pressure, call, appeal) that a refusing verb withstands
    ("refused despite pressure by Y") or whose refused act answers it ("declined to respond to a demand from Y"):
    the demand's own agent (possessor, by-phrase, actor modifier) or its source (from-phrase)."""
    table = triggers()
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"})]
    demands = [g for head in heads for c in head.children
               if c.dep_ == "prep" and (c.lower_ in grammar.CONCESSIVE_PREPOSITIONS or head is not verb
                                        and c.lower_ in grammar.OBJECT_PREPOSITIONS)
               for g in c.children if g.dep_ == "pobj"]
    demands += [c for head in heads[1:] for c in head.children if c.dep_ == "dobj"]
    for noun in demands:
        if noun.pos_ == "NOUN" and not reading.resolved.keys_at(noun) and any(
                t.predicate == "demands" for t in table.get((trigger_lemma(noun, "NOUN", table), "NOUN"), ())):
            keys = _own_agents(reading, noun) or _source(reading, noun)
            if keys:
                return keys
    return ()


def _ended_act(verb: Token, pos: str) -> Token | None:
    """The event noun a verb of ending takes as its object ("suspended their requests", "halted aid"); not an
    object the verb's own collocation names ("denied the accusations" rebuts them, it ends nothing)."""
    if pos != "VERB" or verb.lemma_.lower() not in lexicons.cancellation_cues():
        return None
    table = triggers()
    collocates = _collocates(verb)
    return next((c for c in verb.children if c.dep_ == "dobj" and not verb.doc[c.i].ent_type_
                 and (trigger_lemma(c, "NOUN", table), "NOUN") in table and c.lemma_.lower() not in collocates), None)


def _collocates(verb: Token) -> set[str]:
    """The nouns the trigger table pairs with this verb ("deny" + "charge", "overturn" + "ruling")."""
    return {d for t in triggers().get((verb.lemma_.lower(), "VERB"), ()) for d in t.dependents}


def _own_targets(reading: Reading, noun: Token) -> tuple[str, ...]:
    """The participants an event noun attaches by its own readings' prepositions ("aid to X", "talks with X")."""
    for trig in triggers()[(trigger_lemma(noun, "NOUN", triggers()), "NOUN")]:
        spec = tuple(w for w in trig.objects if w.startswith("prep:"))
        found = objects(reading, noun, spec, False) if spec else ()
        if found:
            return found
    return ()


_SOURCED = _JUDGING | {"demands", "aids"}  # acts whose noun names its agent with "from"


def _source(reading: Reading, head: Token) -> tuple[str, ...]:
    """'opposition from the US and Japan', 'received credits from X': whom an attitude or a gift comes from."""
    return tuple(k for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj" for k in refs(reading, g))


def _sources_near(reading: Reading, token: Token) -> set[str]:
    """Whom a gift comes from: the objects of "from" on the giving verb, the gift noun or the verb carrying
    it ("pledged £5m from the state"), and, deeper in that phrase, any that is not a place ("donations to his
    office from supporters"; "aid to refugees from Sudan" keeps Sudan, a refugee's origin)."""
    heads = {token.i} if token.pos_ in {"VERB", "AUX"} else {token.i, position(token).i, position(token).head.i}
    top = token if token.pos_ in {"VERB", "AUX"} else position(token).head
    return {k for c in top.subtree if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" for k in refs(reading, g)
            if c.head.i in heads or reading.types.get(k) not in {"Country", "Place"}}


def _own_side_struck(verb: Token) -> bool:
    """'rebels bombing their positions and killing nine soldiers': a forceful participle whose object a pronoun
    agreeing with its plural subject possesses would strike the subject's own side, so the parser took the
    wrong actor (the bombed are the rebels); the verb and its conjuncts get no actor from that subject."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB":
        first = first.head
    if first.tag_ != "VBG":
        return False
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
        for c in first.children)


def _receiver(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'Y received $6bn in credits from X', 'Y won strong support': the subject of a verb of receiving whose
    object (or its measure) is the act."""
    place = position(noun)
    if place.dep_ == "pobj" and place.head.lower_ == "in" and place.head.head.dep_ == "dobj":
        place = place.head.head  # "received $6bn in credits"
    verb = place.head
    if place.dep_ != "dobj" or verb.lemma_.lower() not in lexicons.receiving_verbs():
        return ()
    return subjects(reading, verb)


def _declared_stance_holders(reading: Reading, noun: Token, candidates: tuple[lexicons.Trigger, ...]) \
        -> tuple[str, ...]:
    """'Peru pledged support for Chile', 'Peru reaffirmed opposition to the treaty': a stance noun owned by no one,
    the object of a verb declaring it (data/stance_declaring_verbs.txt), is the stance of that verb's subject."""
    place = position(noun)
    if place.dep_ != "dobj" or place.head.lemma_.lower() not in lexicons.stance_declaring_verbs() \
            or not any(t.predicate in _JUDGING for t in candidates):
        return ()
    return subjects(reading, place.head)


def _hyphened_backers(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'the US-backed government', 'Syrian-backed Hezbollah': a past participle modifying a noun, joined by a
    hyphen to the actor that did the act, names that actor as its agent."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i < 2 or verb.nbor(-1).text != "-":
        return ()
    return tuple(k for c in verb.children if c.i == verb.i - 2 and c.dep_ in {"npadvmod", "compound", "nmod"}
                 for k in reading.resolved.keys_at(c) if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})


def _stance_held(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'Kenya has the backing of Chad', 'Peru retains Chile's support': the subject of a verb of holding
    (data/holding_verbs.txt) whose object is a stance noun owned by another is the one that stance is towards."""
    verb = position(noun).head
    if position(noun).dep_ != "dobj" or verb.lemma_.lower() not in lexicons.holding_verbs() \
            or not _stance_holders(reading, noun):
        return ()
    return subjects(reading, verb)


def _stance_holders(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'the support of Chad', 'Chad's backing': who holds a stance a noun names, when another receives or holds
    it: its possessor or its of-phrase (an actor, not a thing: 'the backing of the plan' names no holder)."""
    found = tuple(k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c))
    found = found or tuple(k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" for k in refs(reading, g))
    return tuple(k for k in found if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})


def _faced(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'X signed the deal despite opposition from Y', 'amid criticism from Y': the agent of the act done in
    the face of an attitude is what the attitude is aimed at."""
    place = position(noun)
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in grammar.CONCESSIVE_PREPOSITIONS or prep.head.i == prep.i:
        return ()
    verb = prep.head
    return subjects(reading, verb) if verb.pos_ in {"VERB", "AUX"} else ()


def _addressing(verb: Token) -> bool:
    """'urged Iran to stop', 'called for Germany to apologise': a directive verb with an infinitive says what
    its addressee is to do."""
    table = triggers()
    if any(c.dep_ == "dobj" and (trigger_lemma(c, "NOUN", table), "NOUN") in table for c in verb.children):
        return False  # "demanded a meeting of the Council to discuss X": an act demanded, not an addressee
    return verb.pos_ == "VERB" and any(
        grammar.to_infinitive(c) and (
            c.dep_ == "xcomp" or c.dep_ in {"advcl", "ccomp"} and any(g.dep_ == "nsubj" for g in c.children))
        for c in verb.children)


def _addressees(reading: Reading, verb: Token, spec: tuple[str, ...], passive: bool) -> tuple[str, ...]:
    """Whom a directive verb addresses: its object or a preposition's object that names an actor or is owned by
    one ("demanded Iran's withdrawal"), not an entity deeper inside a thing demanded."""
    for way in spec:
        if way in {"dobj", "dative"}:
            deps = {"nsubjpass"} if passive else {way}
            phrases = [c for c in verb.children if c.dep_ in deps]
        elif way.startswith("prep:"):
            phrases = [g for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ == way[5:]
                       for g in c.children if g.dep_ == "pobj"]
            # "called for Germany to apologise": the preposition marks a clause whose subject is addressed
            phrases += [g for c in verb.children if c.dep_ in {"advcl", "ccomp"}
                        and any(m.dep_ == "mark" and m.lower_ == way[5:] for m in c.children)
                        for g in c.children if g.dep_ == "nsubj"]
        else:
            continue
        for phrase in phrases:
            lemma = phrase.lemma_.lower()  # "urged Iranian officials", not "asked a US banker"
            stands = lemma in lexicons.entity_nouns() or lemma in lexicons.titles()
            keys = refs(reading, phrase, modifiers=stands) or tuple(
                k for c in phrase.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in refs(reading, c))
            if keys:
                return keys
    return ()


def _collocate_denied(token: Token, trigger: lexicons.Trigger) -> bool:
    """'Played no part in the war', 'reached no deal with Y': a collocation whose object noun is denied by "no"
    states that the act did not happen; so does a share denied in a gerund's act ('played no part in drafting
    it', 'had no role in attacking Y')."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    share = token.head.head if token.dep_ == "pcomp" and token.head.dep_ == "prep" else None
    shares = [] if share is None else [share] if share.pos_ == "NOUN" else \
        [c for c in share.children if c.dep_ == "dobj"]  # (the parser may hang "in" on "played")
    if any(d.dep_ == "det" and d.lower_ == "no" for n in shares for d in n.children):
        return True
    if not trigger.dependents:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in trigger.dependents
               and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in token.children)


def _reduced_passive(verb: Token) -> bool:
    """'Hamas, backed by Iran, ...', 'the accord signed by X and Y': a past participle describing a noun, with its
    agent in a by-phrase, is a passive whose patient is that noun (a reduced relative clause)."""
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i \
        and any(c.dep_ == "agent" for c in verb.children)


def _stative(verb: Token) -> bool:
    """'is opposed to', 'is committed to': a participle of state with its own object, not a passive."""
    return (verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))


def _carries_event_noun(verb: Token, table: dict) -> bool:
    """'offered condolences to X', 'gave a warning': a light verb whose object is an event noun lends its
    arguments to the noun and is no event of its own."""
    if any(t.dependents and has_dependents(verb, t) for t in table.get((verb.lemma_.lower(), "VERB"), ())):
        return False  # a collocation of its own: "lodged a protest with X" is a complaint
    carrier = is_light_verb(verb) or verb.lemma_.lower() in lexicons.receiving_verbs()  # "received a loan"
    return carrier and any(
        c.dep_ == "dobj" and (trigger_lemma(c, "NOUN", table), "NOUN") in table for c in verb.children)


def _trigger_facts(reading: Reading, token: Token, pos: str, candidates: tuple[lexicons.Trigger, ...],
                   outcome: str | None = None, standing: bool = False) -> Iterator[Fact]:
    """The facts of one trigger; of a refused or ended act ("refused to meet X", "cancelled its visit to X"),
    only what the refusal or the ending expresses (data/intent.tsv); of a `standing` one (a sanction a plan
    would end), the act as a present state, undated."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) or _reduced_passive(token)
    stative = pos == "VERB" and passive and _stative(token)
    if stative:  # "Israel is opposed to French mediation": the subject holds the attitude
        agents, passive = refs(reading, next(c for c in token.children if c.dep_ == "nsubjpass")), False
    elif pos == "VERB":
        speaker_judges = _speaker_judging(token, candidates)
        agents = () if _caused_by_a_thing(reading, token) else \
            subjects(reading, speaker_judges) if speaker_judges is not None else \
            subjects(reading, token) or _instrument_agents(reading, token)
        refuser = _declined_request(token) if outcome == "refused" and not agents else None
        if refuser is not None:
            agents = subjects(reading, refuser)  # "X rejected an invitation to attend Y": X's refusal
    elif _embedded(token, triggers()):
        agents = _own_agents(reading, token)  # "a complaint over state aid to Airbus": no one's aid
    else:
        agents = noun_subjects(reading, token) or _conjunct_agents(reading, token)
        if not agents and outcome and position(token).dep_ == "dobj":
            agents = subjects(reading, position(token).head)  # "France cancelled a planned visit to Haiti"
        if not agents:
            agents = _declared_stance_holders(reading, token, candidates)
    backers = _hyphened_backers(reading, token) if pos == "VERB" and not agents else ()
    if backers:
        agents = backers
    when = None if standing else clause_date(reading, token)
    mode = "asserted" if standing else modality(reading, token, when)
    if mode is None and outcome is None:  # "could not approve" is a refusal, not a possibility
        return
    seen: set[tuple[str, str, str]] = set()
    for trig in candidates:
        spec = tuple(w for w in trig.objects if w.startswith(("dobj", "prep:", "dative", "poss")))
        if stative:
            spec = ("prep:to",)
        targets = _trigger_objects(reading, token, pos, trig.predicate, spec, passive, outcome)
        if backers:  # "the US-backed government of Iraq": the noun the participle modifies is backed
            targets = tuple(k for k in refs(reading, token.head) if reading.types.get(k) in vocabulary.ACTOR_TYPES
                            - {"Place"}) if trig.predicate == "supports" else ()
        if trig.predicate == "coerces" and not _territorial(trig):
            targets = tuple(k for k in targets if reading.types.get(k) != "Place")
        if trig.predicate in _HELPING:
            opposed = _opposed(reading, token)  # "donated $5m to the fight against the Taliban": not the Taliban
            targets = tuple(k for k in targets if k not in opposed)
        if trig.predicate == "leads" and pos == "VERB":
            targets = tuple(k for k in targets if not _led_within(reading, token, k))
        if trig.predicate == "leads" and pos == "VERB" and any(
                reading.types.get(k) in {"Event", "Agreement"} for c in token.children if c.dep_ == "dobj"
                for k in reading.resolved.keys_at(c)):
            targets = ()  # "will lead the nation's commemoration", "led the talks": an occasion, not the state
        if trig.predicate in lexicons.predicate_targets()["co-agent"] and pos == "VERB":
            agents = agents + tuple(k for k in objects(reading, token, ("prep:with",), False)
                                        if k not in agents)
        if pos == "NOUN" and trig.predicate in _SOURCED:
            # "opposition from X", "aid from X": the source of an attitude or a gift; "despite criticism from
            # X": an act done in the face of an attitude is what it is aimed at; "Y received aid from X": Y
            receiver = _receiver(reading, token)
            held = () if receiver or trig.predicate not in _JUDGING else _stance_held(reading, token)
            if held:
                receiver = held
            if receiver:
                agents, targets = _source(reading, token) or _source(reading, position(token).head) \
                    or _stance_holders(reading, token), receiver
            agents = agents or _source(reading, token)
            targets = targets or _faced(reading, token)
        if trig.symmetric_pair or trig.predicate in reading.symmetric:
            sides = between(reading, token) or (
                between(reading, position(token)) if pos == "NOUN" and position(token) is not token else ())
            if sides and not agents:
                agents = sides
        mutual = () if agents or trig.predicate != "attacks" else between(reading, token)
        pairs: list[tuple[str, str]] = []
        if len(mutual) >= 2:  # "fighting between X and Y", "clashes between X and Y": each side attacks the other
            pairs = [(a, b) for a in mutual for b in mutual if a != b]
        elif targets and agents:
            pairs = [(s, o) for s in agents for o in targets]
        elif (trig.symmetric_pair or trig.predicate in reading.symmetric) and len(agents) >= 2:
            pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
        elif passive and targets and not agents:
            continue
        elif trig.predicate in lexicons.predicate_targets()["home"] and agents and not targets:
            # "students throughout Kenya staged demonstrations": a protest aimed at no one is aimed at the
            # protesters' own state (CAMEO codes domestic protest against the government); not a minister
            # "demonstrating the strength of our values": one person acting on an object shows, not protests
            showing = token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children)
            pairs = [(s, reading.serves[s]) for s in agents if s in reading.serves
                     and not (showing and reading.types.get(s) == "Person")]
        if trig.predicate == "aids":
            given_by = _sources_near(reading, token)  # "donations to his office from supporters": the givers
            pairs = [(s, o) for s, o in pairs if o not in given_by]
        if trig.predicate in _FORCEFUL and pos == "VERB" and _own_side_struck(token):
            pairs = []
        for s, o in pairs:
            if trig.predicate == "attacks" and _rhetorical(reading, s, o):
                if _verbal_attack_by_named(reading, token, s, o):
                    # "Ms Roe launches attack on Mr Hale": a verbal attack between people or parties is criticism
                    found = fact(reading, s, "criticizes", o, token, f"rhetorical:{trig.lemma}", RHETORICAL_CONFIDENCE,
                                 when=when, modality=mode)
                    if found and (s, "criticizes", o) not in seen:
                        seen.add((s, "criticizes", o))
                        yield found
                continue
            if trig.predicate == "withdrawsFrom" and _person_departing(reading, trig, s):
                continue
            if trig.predicate == "hosts" and reading.types.get(s) == "Person" \
                    and reading.types.get(o) in vocabulary.ACTOR_TYPES:
                trig = replace(trig, predicate="meetsWith")  # a person hosting a visitor meets them
            if outcome:
                intent = lexicons.expressed_intent().get(lexicons.PREDICATES.get(trig.predicate, ""))
                expressed = intent and getattr(intent, outcome)
                found = expressed and fact(reading, s, expressed, o, token, f"{outcome}:{trig.lemma}",
                                               trig.confidence * 0.8, when=when)
                if found and (s, found.predicate, o) not in seen:
                    seen.add((s, found.predicate, o))
                    yield found
                continue
            if trig.predicate == "mobilizesAgainst" and _peacekeeping(token):
                trig = replace(trig, predicate="aids")  # "deployed peacekeepers to Haiti": protection (CAMEO 074)
            if trig.predicate == "mobilizesAgainst" and _offered(token):
                # "agreed to send troops to Lebanon": troops agreed to go to Y are help for Y, not a mobilisation
                # against it; the commitment expresses intent to cooperate (PLOVER AGREE). Only offered, they are
                # a proposal Y has not accepted: no agreement (qualifiers.OFFERING_VERBS)
                found = not offered_only(token) and fact(reading, s, "agreesWith", o, token,
                                                          f"intent:{trig.lemma}", trig.confidence * 0.8, when=when)
                if found and (s, "agreesWith", o) not in seen:
                    seen.add((s, "agreesWith", o))
                    yield found
                continue
            if trig.predicate == "sanctions" and (_people_patient(reading, token, pos, passive)
                                                  or reading.serves.get(s) == o):
                # "banned opposition activists", a president banning his own country's candidates: CAMEO 17, not 16
                trig = replace(trig, predicate="coerces")
            expressed = None if _praise(trig) else expressed_intent(reading, token, trig.predicate, s, mode)
            found = fact(reading, s, trig.predicate, o, token, f"{pos.lower()}:{trig.lemma}", trig.confidence,
                             when=when, modality=mode)
            if found and (s, trig.predicate, o) not in seen:
                seen.add((s, trig.predicate, o))
                yield found
                intent = expressed and fact(reading, s, expressed, o, token, f"intent:{trig.lemma}",
                                                 trig.confidence * 0.8, when=when)
                if intent:
                    yield intent
        if seen:
            return  # the first reading of the trigger that yields a fact wins


def _people_patient(reading: Reading, token: Token, pos: str, passive: bool) -> bool:
    """'banned opposition activists', 'forced out Palestinian refugees', 'the expulsion of the migrants': a
    sanction word done to a group of people (a group noun of entity_nouns.tsv, a displaced group, an entity
    typed Group) is repression (CAMEO 17 coerce: 1722 ban politicians, 174 expel individuals), not a cut in
    relations between actors (CAMEO 16, PLOVER SANCTION); 'expelled Russian diplomats' stays a sanction."""
    if pos == "VERB":
        patients = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    else:
        table = triggers()
        lemma = trigger_lemma(token, "NOUN", table)
        coercive = any(t.predicate == "coerces" for p in ("VERB", "NOUN") for t in table.get((lemma, p), ()))
        # "an arms embargo on Y's rebels", "sanctions on Y's leaders": a measure only known as a sanction, imposed
        # on people, stays a sanction (CAMEO 163); "a ban on Y's activists" (a ban is also coercion) does not
        patients = [g for c in token.children if c.dep_ == "prep" and (c.lower_ == "of" or coercive and c.lower_ in {
                    "on", "against"}) for g in c.children if g.dep_ == "pobj"]
    patients += [c for p in patients for c in p.conjuncts]
    groups = {noun for noun, (_, role) in lexicons.entity_nouns().items() if role == "agent"}
    groups |= lexicons.displaced_groups()
    return bool(patients) and all(
        p.pos_ == "NOUN" and (p.lemma_.lower() in groups
                              or any(reading.types.get(k) == "Group" for k in reading.resolved.keys_at(p)))
        for p in patients)


def _dare(reading: Reading, verb: Token) -> bool:
    """'challenged Y to deny the reports', 'defied Y to prove it': a verb with an actor for its object and an
    infinitive after it asks Y to act (a dare), it rejects nothing; "rejected calls by Y to adopt X" still rejects."""
    actors = [o for o in verb.children if o.dep_ == "dobj" and (o.pos_ in {"PROPN", "PRON"} or any(
        reading.types.get(k) in vocabulary.ACTOR_TYPES for k in reading.resolved.keys_at(o)))]
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} and grammar.to_infinitive(c)
        and any(o.i < c.i for o in actors) for c in verb.children)


def _contested(reading: Reading, verb: Token) -> bool:
    """'will challenge the sitting MP', 'challenged the Tories on their plans': a contesting verb
    (data/contesting_verbs.txt) whose object is itself an actor stands against it or questions it, and rejects
    nothing; "challenged Y's ruling" still rejects."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lexicons.contesting_verbs():
        return False
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    patients = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    return any(p.pos_ in {"PROPN", "PRON"} or any(reading.types.get(k) in vocabulary.ACTOR_TYPES
                                                   for k in reading.resolved.keys_at(p)) for p in patients)


def _refusal_asserted(reading: Reading, token: Token) -> bool:
    """'refused to sign', not 'could refuse to sign', 'may decline to meet' or 'did not refuse to meet': the word of
    refusal (data/refusal_cues.txt) governing an act is itself asserted, neither negated nor only possible."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    cue = next((g for g, _ in control_chain(verb) if g.lemma_.lower() in lexicons.refusal_cues()), None)
    if cue is None:
        return True  # "said it would not accept": the negation itself is the refusal
    if any(c.dep_ == "neg" for c in cue.children):
        return False
    return modality(reading, cue, clause_date(reading, cue)) is not None


def _shifted_objects(verb: Token) -> list[Token]:
    """'denounced as a crime Y's crackdown': an object moved after the verb's as-phrase, which the parser hangs
    on that phrase as an apposition; only of a verb with no direct object of its own."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
            if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos" and a.i > g.i]


def _named_actor_object(reading: Reading, verb: Token) -> bool:
    """'criticised Peru for its handling of X': a judging verb whose direct object names an actor judges that
    actor; an act in its reason phrase says why, and does not stand for the one judged."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and any(reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"}
                                 for k in reading.resolved.keys_at(c)) for c in verb.children)


def _judged_act_without_agent(reading: Reading, verb: Token, noun: bool = False) -> bool:
    """'condemned the killing of protesters', 'criticised the arrest of activists', 'opposition to the war on Iraq':
    a judged forceful act (done to what it is of) with no agent of its own (possessor, by-phrase, actor modifier)
    judges no actor; of a judging noun, the act is the object of its preposition."""
    table = triggers()
    act = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in grammar.OBJECT_PREPOSITIONS | {"of"}
                for g in c.children if g.dep_ == "pobj"), None) if noun else \
        next((c for c in verb.children if c.dep_ == "dobj"), None)
    return act is not None and act.pos_ == "NOUN" and not reading.resolved.keys_at(act) \
        and any(t.predicate in _FORCEFUL for t in table.get((trigger_lemma(act, "NOUN", table), "NOUN"), ())) \
        and not _own_agents(reading, act)


_FORCEFUL = frozenset({"attacks", "coerces", "threatens", "sanctions"})  # acts done to their object


def _forceful_act(verb: Token) -> bool:
    """'ordered the destruction of Y's air force', 'demanded the arrest of Y': a directive whose object is a
    forceful act names the act's target, not whom the directive addresses."""
    table = triggers()
    return any(c.dep_ == "dobj" and any(t.predicate in _FORCEFUL for t in
                                        table.get((trigger_lemma(c, "NOUN", table), "NOUN"), ()))
               for c in verb.children)


_TERRITORIAL_CODES = frozenset({"171", "1711", "1712", "191", "192", "1723", "1724"})


def _territorial(trig: lexicons.Trigger) -> bool:
    """A coercive act done to a territory (CAMEO 171 seize or destroy property, 191 blockade, 192 occupy, 1723
    curfew, 1724 martial law): only these take a place as their target; "prevented the sale of X" does not."""
    words = trig.source.split()
    return len(words) > 1 and words[0] == "CAMEO" and words[1] in _TERRITORIAL_CODES


def _unless_places(reading: Reading, predicate: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Where a coercive act happened is no target of it ("arrested three men in Lhasa"): a place the act
    takes as its own object ("a curfew in Cizre", "seized the town") is found through the lexicon instead."""
    return tuple(k for k in keys if reading.types.get(k) != "Place") if predicate == "coerces" else keys


def _sent_to(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'sent experts to Bosnia to investigate the feasibility of a force', 'dispatched inspectors to a plant in
    central Iran to monitor its work': an act of investigating that is the purpose of sending people (a verb of
    data/sending_verbs.txt) is done where they are sent, the country or place of the sending verb's to-phrase, else
    of the place it names (CAMEO 09)."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i \
            or not grammar.to_infinitive(verb):
        return ()
    sender = verb.head
    if sender.pos_ != "VERB" or sender.lemma_.lower() not in lexicons.sending_verbs():
        return ()
    for goal in (g for c in sender.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"}
                 for g in c.children if g.dep_ == "pobj"):
        keys = tuple(k for k in refs(reading, goal) if reading.types.get(k) in {"Country", "Place"}) \
            or location(reading, goal)  # "to a reactor in northern Peru"
        if keys:
            return keys
    # "dispatched inspectors to the plant in central Iran": the parser may hang the place on the sending verb
    return location(reading, sender)


def _share_in_thing(reading: Reading, token: Token, spec: tuple[str, ...]) -> bool:
    """'Played a key role in the plan for an election', 'their part in the sale of the firm': a part taken "in" a
    thing that names no entity itself is a part in that thing; an event named elsewhere in the clause is not what
    the part is in (a shell noun still stands for its event: "a part in a round of talks")."""
    if "prep:in" not in spec:
        return False
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    things = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]
    return bool(things) and all(not reading.resolved.keys_at(g) and g.pos_ == "NOUN"
                                and g.lemma_.lower() not in lexicons.shell_nouns() for g in things)


def _trigger_objects(reading: Reading, token: Token, pos: str, predicate: str, spec: tuple[str, ...], passive: bool,
                     outcome: str | None) -> tuple[str, ...]:
    """The other participants of one reading of a trigger: the first of these attachments that names any."""
    _, range_ = vocabulary.allowed_types(predicate)
    place = position(token) if pos == "NOUN" else token
    carrier = pos == "NOUN" and place.dep_ == "dobj" and (is_light_verb(place.head) or bool(outcome))
    # who the act is done to, read from its own arguments (skipped for a reflexive object: see below)
    argument_searches = (
        # "condemned the arrest of activists by X", "a complaint over EU aid to X": an act judged is X's act
        # "rallied against the arrests of activists by X", "a strike over a bill passed by X": a protest at an
        # act is aimed at whoever did the act
        # "declined to resign despite pressure by Y", "refused to respond to a demand from Y": a refusal rejects
        # whoever made the demand it refuses or withstands
        lambda: (_judged_act_agents(reading, token, place)
                 or (_refused_demanders(reading, token) if predicate == "rejects" and pos == "VERB" else ())
                 or (_pronoun_owners(reading, token) or _summarised_authors(reading, token)
                     or _passive_pronoun_owners(reading, token) if pos == "VERB" else ()))
        if predicate in _JUDGING else _protested_act_agents(reading, token, place) if predicate == "protests" else (),
        # the lexicon's attachment: dobj, dative, a preposition, a possessor; the addressee of "asked X to do"
        # is X itself ("asked a US banker to run" asks no state), while "demanded the withdrawal of Y's troops"
        # finds Y inside the thing demanded
        # "shelled Kurdish rebel positions", "captured part of a Karen guerrilla stronghold": a group's place
        lambda: _group_held(reading, token, spec, passive) if predicate in _FORCEFUL and spec else (),
        # "Hamas, backed by Iran, ...": the noun a passive participle describes is its patient
        lambda: refs(reading, token.head) if "dobj" in spec and _reduced_passive(token) else (),
        lambda: (_addressees(reading, token, spec, passive) if predicate == "demands" and _addressing(token)
                 else objects(reading, token, spec, passive, wanted=range_) if spec else ()),
    )
    other_searches = (
        # an agreement or event the parser attached elsewhere in the clause
        lambda: typed_in_clause(reading, token, range_) if not range_ & vocabulary.ACTOR_TYPES else (),
        # "demanded that Y ...", "threatened to cut supplies to Y"
        lambda: complement_objects(reading, token, predicate) if spec else (),
        # "a mediation effort between X and Y", "25,000 tons of food aid to X"
        lambda: objects(reading, place, spec, passive) if place is not token else (),
        # "gave Ivory Coast $5m of aid", "lodged a protest with Albania", "would prohibit all aid to Cuba":
        # the light verb, or the verb that refuses or ends the act, carries the object
        lambda: (objects(reading, place.head, ("dative", *spec), False) or through_prep(reading, token)
                 or through_prep(reading, place) or through_prep(reading, place.head)) if carrier else (),
        # "confiscated weapons from X", "hacked into X's computers"
        lambda: (objects(reading, token, grammar.THING_PREPOSITIONS, passive)
                 if pos == "VERB" and predicate in lexicons.predicate_targets()["located"] | {"investigates"} else ()),
        # "marched to demand reforms from X", "lifted a ban to reward Tripoli"
        lambda: purpose_objects(reading, token) if predicate in lexicons.predicate_targets()["purpose"] else (),
        # "sent experts to Bosnia to investigate the feasibility of a force": where the investigators are sent
        lambda: _sent_to(reading, token) if predicate == "investigates" and pos == "VERB" else (),
        # "imposed a curfew in Kabul", "rioted in Serbia"; "arrested men in Lhasa" coerces China, not the city
        lambda: (_unless_places(reading, predicate, location(reading, token)
                                or (location(reading, token.head) if token.dep_ == "dobj" else ())
                                or (location(reading, token.head.head) if token.dep_ == "pobj"
                                    and token.head.head.lemma_ in grammar.STATE_VERBS else ()))
                 # "remained on alert in the West Bank"
                 if predicate in lexicons.predicate_targets()["located"] else ()),
    )
    if predicate == "participatesIn" and _share_in_thing(reading, token, spec):
        return ()  # "played a key role in the plan for an election": a part in a plan, not in the election
    if predicate == "meetsWith" and pos == "VERB" and _met_thing(reading, token):
        return ()  # "speaking to the BBC's Newsnight programme", "meeting the Lisbon targets": no one is met
    if predicate == "memberOf" and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicons.undertaking_nouns() for c in token.children):
        return ()  # "joined the firm's gas scheme": a part in an undertaking, not membership of its owner
    if predicate == "concedesTo" and pos == "VERB" and spec == ("dobj",) and not passive \
            and not any(c.dep_ == "dobj" for c in token.children):
        return ()  # "returned to Egypt": a verb that concedes what it gives, said without it, is a movement
    if predicate in _JUDGING and pos == "VERB" and _judged_act_without_agent(reading, token):
        return ()  # "condemned the killing of protesters": what a forceful act is of is its victim, not its doer
    if predicate in _JUDGING and pos == "NOUN" and _judged_act_without_agent(reading, token, noun=True):
        return ()  # "his opposition to the war on Iraq": the war is judged, not Iraq, and the war has no agent named
    if predicate == "rejects" and pos == "VERB" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lexicons.comment_verbs() for c in token.children):
        return ()  # "declined to comment on Chile's report": words withheld reject no one named in them
    if predicate == "demands" and pos == "VERB" and _forceful_act(token):
        return ()  # "ordered the destruction of Y's air force": Y is the act's target, not the one addressed
    ended_act = _ended_act(token, pos)
    if ended_act is not None:  # "suspended aid to X": the ended act's own target; "suspended their requests
        # for WTO arbitration": the requests were addressed to no one named, so nothing is sanctioned
        return _own_targets(reading, ended_act)
    if pos == "VERB" and any(c.dep_ == "dobj" and c.tag_ == "PRP" and c.lower_.endswith(("self", "selves"))
                             for c in token.children):
        searches = other_searches  # "blew themselves up in Tel Aviv": the reflexive object is the agent
        # itself, so not the act's own arguments but where it happened names the target
    else:
        searches = argument_searches + other_searches
    for search in searches:
        found = search()
        if found:
            return found
    if pos == "VERB" and "dobj" in spec and not passive:
        return _quantified_object(reading, token)
    return ()


def _group_held(reading: Reading, token: Token, spec: tuple[str, ...], passive: bool) -> tuple[str, ...]:
    """'shelled Kurdish rebel positions', 'captured part of a Karen guerrilla stronghold': a forceful act on a
    thing that a named group (a people, an armed group) modifies is done to that group; the thing itself names
    no actor (an actor noun or a name is left to the other searches)."""
    phrases = [c for c in token.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"}) and "dobj" in spec]
    phrases += [g for c in token.children if c.dep_ == "prep" and f"prep:{c.lower_}" in spec
                for g in c.children if g.dep_ == "pobj"]
    for phrase in phrases:
        if phrase.lemma_.lower() in lexicons.partitive_nouns():  # "part of", "some of"
            phrase = next((g for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), phrase)
        if phrase.pos_ != "NOUN" or reading.resolved.keys_at(phrase) or _actor_word(reading, phrase):
            continue
        keys = tuple(dict.fromkeys(k for c in phrase.children if c.dep_ in {"amod", "compound"} and c.i < phrase.i
                                   for m in (c, *c.children) for k in reading.resolved.keys_at(m)
                                   if reading.types.get(k) == "Group"))
        if keys:
            return keys
    return ()


def _quantified_object(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'kidnapped up to 16 Russian advisers': the parser takes the quantifier "up to" for a particle and a
    preposition of the verb; the counted noun is its direct object."""
    return tuple(k for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in p.children if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)
                 for k in argument(reading, g))


def _led_within(reading: Reading, verb: Token, key: str) -> bool:
    """'ran the firm's Spanish business', 'heads its Asian operations': a state named only by a modifier of the
    common noun a verb of leading governs says where the thing led lies; a government noun (data/government_nouns.txt:
    "led the Spanish government") stands for the state."""
    if reading.types.get(key) != "Country":
        return False
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        for part in (noun, *noun.conjuncts):
            if part.pos_ != "NOUN" or key in reading.resolved.keys_at(part) \
                    or part.lemma_.lower() in lexicons.government_nouns():
                continue
            if any(key in reading.resolved.keys_at(m) for m in part.children if m.dep_ in {"amod", "compound", "nmod"}):
                return True
    return False
