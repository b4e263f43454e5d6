"""Demands and conditional threats: what one actor says another must do ("Russia said that Sudan must return
the helicopter"), and an act made conditional on what another actor does ("unless Baghdad accepts its terms")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import located, noun_subjects, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, governors, modality, negated
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import is_light_verb, triggers
from kg.model import Fact

__all__ = ["obligation_demands", "conditional_threats", "wanted_acts", "directive_nouns", "directed_acts"]


def obligation_demands(reading: Reading) -> Iterator[Fact]:
    """'Russia said that Sudan must return the helicopter', 'issued a reminder to Iraq that it must
    cooperate': what one actor says another must or should do is a demand (CAMEO 10)."""
    for token in reading.index.with_pos("VERB", "AUX"):
        if token.pos_ not in {"VERB", "AUX"} or not _obliged(token):
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or (
                token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)):
            continue  # "X must be punished" is not addressed to X; "X should have said" is a reproach
        clause = _first_conjunct(token)
        governor = clause.head
        if clause.dep_ not in {"ccomp", "acl"} or governor.i == clause.i or negated(reading, governor):
            continue
        if governor.pos_ in {"VERB", "AUX"} and governor.lemma_ in lexicons.speech_verbs():
            if not _modal(token) and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in governor.children):
                continue  # "Y needed to listen, he said": a semi-modal demand needs its speaker named
            speakers = subjects(reading, governor)
        elif governor.pos_ == "NOUN" and is_light_verb(governor.head):
            speakers = noun_subjects(reading, governor)  # "issued a stern reminder ... that it must"
        else:
            continue
        addressees = _told(reading, governor, token) or next(
            (refs(reading, c, modifiers=_stands_for_state(c)) or located(reading, c) for c in token.children
             if c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "PROPN" or _modal(token))
             and not (c.pos_ == "PRON" and _quoted(c)) and not _generic(c)), ())
        when = clause_date(reading, governor)
        if modality(reading, governor, when) is None:
            continue  # "X might say that Y must ...", "if X says Y must ...": no demand made
        for s in speakers:
            for o in addressees:
                if not _modal(token) and o in {reading.serves.get(s), s}:
                    continue  # "the minister said his country needed to see progress": a need, not a demand
                found = fact(reading, s, "demands", o, governor, f"obligation:{governor.lemma_.lower()}", 0.65,
                                 when=when)
                if found:
                    yield found


def _first_conjunct(clause: Token) -> Token:
    """'said the talks were useful but (that) Y must leave': an obliged clause with a subject of its own, joined to
    a reported clause, is reported by the same verb; the first conjunct is the one the verb governs."""
    if clause.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in clause.children):
        return clause
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
    return node if node.dep_ == "ccomp" else clause


def _told(reading: Reading, governor: Token, clause: Token) -> tuple[str, ...]:
    """'told Y it must pay', 'warned Y that they should leave': the one a speech verb addresses (its object), when
    the obliged subject is a third-person pronoun that can stand for it (it, they for a body or state, he or she
    for a person); the pronoun is the addressee, whom the sentence names."""
    if not _modal(clause):
        return ()
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    addressee = next((c for c in governor.children if c.dep_ in {"dobj", "dative"} and c.i < clause.i), None)
    if subject is None or addressee is None or subject.pos_ != "PRON" or addressee.pos_ == "PRON":
        return ()
    keys = refs(reading, addressee, modifiers=_stands_for_state(addressee))
    people = [reading.types.get(k) == "Person" for k in keys]
    pronoun = subject.lower_
    if pronoun in grammar.GENDERED_PRONOUNS and keys and all(people) \
            or pronoun in grammar.NEUTER_PRONOUNS and keys and not any(people) \
            or pronoun in grammar.PLURAL_PRONOUNS and keys and (len(keys) > 1 or not any(people)):
        return keys
    return ()


def _generic(phrase: Token) -> bool:
    """'students should pay fees', 'prime ministers should not have a veto': a bare plural noun speaks of any
    such people, a policy view, not of an actor a demand is made of ("Asian states", "the students" are some)."""
    if phrase.tag_ not in {"NNS", "NNPS"}:
        return False
    if not any(True for _ in phrase.children):
        return True
    # "prime ministers should not have a veto": a post in the plural, with no determiner, owner or name, is any
    # holder of the post, not the holders the text names ("the prime ministers", "EU prime ministers")
    title = " ".join(t.lemma_.lower() for t in phrase.subtree if t.i <= phrase.i)
    return title in lexicons.titles() and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ or c.pos_ == "PROPN" for c in phrase.children)


def _stands_for_state(phrase: Token) -> bool:
    """'Israeli forces', 'US officials' stand for the state that modifies them; 'all US companies', 'British
    farmers' do not: only a noun of a state's bodies or people acting for it (data/entity_nouns.tsv, titles)."""
    lemma = phrase.lemma_.lower()
    return phrase.pos_ != "NOUN" or lemma in lexicons.entity_nouns() or lemma in lexicons.titles()


def _quoted(token: Token) -> bool:
    """A token inside quotation marks in its sentence ('"... he should apologise," she said'), where a pronoun
    may stand for the speaker or someone named outside the quotation, so whom it names is not clear."""
    marks = sum(1 for t in token.sent if t.i < token.i and t.text in {'"', "\u201c", "\u201d"})
    return marks % 2 == 1 or token.sent[0].text not in {'"', "\u201c"} and marks == 0 and any(
        t.text in {'"', "\u201d"} for t in token.sent if t.i > token.i) and sum(
        1 for t in token.sent if t.text in {'"', "\u201c", "\u201d"}) % 2 == 1


def _modal(verb: Token) -> bool:
    """'Y must', 'Y should': an obligation said with a modal auxiliary (not a semi-modal, "they need to", "the
    country needs to", which demands of Y only when Y is named: a pronoun or description in a quotation may stand
    for someone the text does not make clear, or for the speaker's own side)."""
    return any(c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_AUXILIARIES for c in verb.children)


def _obliged(verb: Token) -> bool:
    """'Y must withdraw', 'Y should pay', 'Y needs to withdraw', 'Y has to pay': a clause saying its subject is
    obliged to act (a modal, or a semi-modal with an infinitive and not negated: "Y need not pay")."""
    if _modal(verb):
        return True
    if verb.lemma_.lower() == "have" and verb.tag_ not in {"VBZ", "VBP"}:
        return False  # "the government had to publish ...": a past necessity, not what is asked
    return verb.lemma_.lower() in grammar.OBLIGATION_SEMI_MODALS and not any(
        c.dep_ in {"neg", "dobj"} for c in verb.children) and any(
        c.dep_ in {"xcomp", "advcl"} and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.i - 1
                                                             for g in c.children) for c in verb.children)


def _infinitive_subject(verb: Token) -> Token | None:
    """The one who is to act in 'wants Y to withdraw' (parsed as Y the subject of an infinitive clause, or as an
    object with an infinitive complement); None without an infinitive."""
    for clause in verb.children:
        if clause.i < verb.i or clause.lemma_ in {"be", "have"} or not grammar.to_infinitive(clause):
            continue  # "wanted Y to be prosperous": a wish about Y's state, not an act asked of Y
        if clause.dep_ in {"ccomp", "advcl"}:
            return next((g for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i), None)
        if clause.dep_ == "xcomp":
            return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    return None


def wanted_acts(reading: Reading) -> Iterator[Fact]:
    """'X wants Y to withdraw', 'X said it would like Y to sign': an actor wanting another to act demands it
    (CAMEO 10); "X wants to sign" or "X wants Y" is no demand, nor a wish that is negated or only possible."""
    for verb in reading.index.with_lemma(lexicons.wanting_verbs(), "VERB"):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lexicons.wanting_verbs() or negated(reading, verb):
            continue
        if lemma == "like" and not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
            continue  # only "would like Y to"
        addressee = _infinitive_subject(verb)
        if addressee is None or addressee.pos_ == "PRON":
            continue  # "I want him to ...": a pronoun in a quotation names someone the text may not make clear
        when = clause_date(reading, verb)
        if lemma != "like" and modality(reading, verb, when) is None:
            continue
        for s in subjects(reading, verb):
            for o in refs(reading, addressee):
                if o == reading.serves.get(s):
                    continue  # "the minister wants Britain to lead": an ambition for one's own state
                found = fact(reading, s, "demands", o, verb, f"want:{lemma}", 0.6, when=when)
                if found:
                    yield found


def directed_acts(reading: Reading) -> Iterator[Fact]:
    """'X told Y to withdraw', 'X ordered Y to pay', 'X challenged Y to publish': a directive verb the trigger table
    does not read as a demand, with its addressee and the act it is to do (an infinitive), is X's demand on Y (CAMEO
    10); without an infinitive ("ordered the destruction of Y's air force", "told reporters") no one is addressed."""
    table = triggers()
    for verb in reading.index.with_lemma(lexicons.directive_verbs(), "VERB"):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lexicons.directive_verbs() or any(
                t.predicate == "demands" for t in table.get((lemma, "VERB"), ())):
            continue  # the table's demand rows are read by events; "challenged Y to publish" asks, not rejects
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        addressee = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if addressee is None or addressee.pos_ == "PRON" or not _infinitive(verb, addressee):
            continue  # "told him to": a pronoun in a quotation names someone the text may not make clear
        if negated(reading, verb):
            continue
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        noun = addressee.lemma_.lower()  # "told Iranian officials to", not "told a US banker to"
        stands = noun in lexicons.entity_nouns() or noun in lexicons.titles()
        agents = (tuple(k for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                        for k in refs(reading, g)) if passive else subjects(reading, verb))
        for s in agents:
            for o in refs(reading, addressee, modifiers=stands):
                found = fact(reading, s, "demands", o, verb, f"directive:{lemma}", 0.7, when=when, modality=mode)
                if found:
                    yield found


def _infinitive(verb: Token, addressee: Token) -> bool:
    """Whether the verb governs a to-infinitive after its addressee ("told Y to go", "Y was told to go")."""
    return any(c.dep_ in {"xcomp", "ccomp", "advcl"} and c.i > addressee.i and c.pos_ in {"VERB", "AUX"}
               and any(g.dep_ == "aux" and g.lower_ == "to" and g.i < c.i for g in c.children)
               for c in verb.children)


ADDRESSING_PREPOSITIONS = frozenset({"for", "on", "upon"})  # "a call for Y to", "a call on Y to"


def directive_nouns(reading: Reading) -> Iterator[Fact]:
    """'X's call for Y to withdraw', 'X renewed its call on Y to sign': a directive noun whose for- or on-phrase
    names the actor who is to act (an infinitive follows) is X's demand on Y."""
    for noun in reading.index.with_lemma(lexicons.directive_nouns(), "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicons.directive_nouns():
            continue
        infinitive = any(c.dep_ in {"acl", "relcl", "advcl"} and grammar.to_infinitive(c)
                         for t in (noun, *(g for p in noun.children if p.dep_ == "prep" for g in p.children))
                         for c in t.children)
        if not infinitive:
            continue
        addressees = tuple(k for p in noun.children if p.dep_ == "prep" and p.lower_ in ADDRESSING_PREPOSITIONS
                           for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
        # "its call for Y to withdraw": the parser may make "for" the mark of an infinitive clause with Y its subject
        addressees = addressees or tuple(
            k for c in noun.children if c.dep_ in {"acl", "advcl", "relcl"} and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON" for k in refs(reading, g))
        if not addressees:
            continue
        verb = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
        if negated(reading, verb):
            continue
        when = clause_date(reading, verb)
        if modality(reading, noun, when) is None:
            continue
        for s in noun_subjects(reading, noun):
            for o in addressees:
                found = fact(reading, s, "demands", o, noun, f"directive:{noun.lemma_.lower()}", 0.65, when=when)
                if found:
                    yield found


def conditional_threats(reading: Reading) -> Iterator[Fact]:
    """'Iran threatened to launch an offensive unless Baghdad accepted its terms', 'X will pull out its
    troops unless Y holds elections': an act made conditional on what another actor does threatens it."""
    for token in reading.index.heads_of("advcl"):
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
