"""Demands and conditional threats: what one actor says another must do ("Russia said that Sudan must return
the helicopter"), and an act made conditional on what another actor does ("unless Baghdad accepts its terms")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import located, noun_subjects, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, governors, modality, negated
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import is_light_verb, triggers
from kg.model import Fact

__all__ = ["obligation_demands", "conditional_threats", "wanted_acts", "directive_nouns", "directed_acts", "wanted_from",
           "written_appeals", "turns_given"]


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
    return keys if _pronoun_fits(reading, subject, keys) else ()


def _pronoun_fits(reading: Reading, pronoun: Token, keys: tuple[str, ...]) -> bool:
    """Whether a third-person pronoun can stand for the actors named: he or she for persons, it for a body or state,
    they for several or for a body."""
    people = [reading.types.get(k) == "Person" for k in keys]
    word = pronoun.lower_
    return bool(keys) and (word in grammar.GENDERED_PRONOUNS and all(people)
                           or word in grammar.NEUTER_PRONOUNS and not any(people)
                           or word in grammar.PLURAL_PRONOUNS and (len(keys) > 1 or not any(people)))


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
    return any(c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_AUXILIARIES for c in verb.children) \
        or _ought(verb)


def _ought(verb: Token) -> bool:
    """'Y ought to resign': the parser may make the modal "ought" the head of its clause, its infinitive a
    complement; the obligation is then said by the head itself."""
    return verb.lower_ == "ought" and verb.tag_ == "MD" and any(
        c.dep_ == "xcomp" and grammar.to_infinitive(c) for c in verb.children)


def _backshifted(verb: Token) -> bool:
    """'X said Y had to pay': a past "had to" reported by a past speech verb is the reported "has to" shifted back
    a tense, an obligation stated, not a past necessity ("the firm had to close the plant"); only in indirect
    speech, after its speech verb ('"Y had to pay last year," X said' quotes a past necessity)."""
    governor = verb.head
    return verb.dep_ == "ccomp" and verb.tag_ == "VBD" and governor.i < verb.i and governor.tag_ == "VBD" \
        and governor.lemma_.lower() in lexicons.speech_verbs() and not _quoted(verb)


def _obliged(verb: Token) -> bool:
    """'Y must withdraw', 'Y should pay', 'Y needs to withdraw', 'Y has to pay': a clause saying its subject is
    obliged to act (a modal, or a semi-modal with an infinitive and not negated: "Y need not pay")."""
    if _modal(verb):
        return True
    if verb.lemma_.lower() == "have" and verb.tag_ not in {"VBZ", "VBP"} and not _backshifted(verb):
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


def wanted_from(reading: Reading) -> Iterator[Fact]:
    """'X wants an apology from Y', 'X expects answers from Y', 'X asked for assurances from Y': a verb of looking
    to another (data/expecting_verbs.txt) for a thing owed (data/demanded_things.txt) demands it of the one its
    from-phrase names (CAMEO 10); "wants imports from Y" or "did not expect an apology from Y" demands nothing."""
    for verb in reading.index.with_lemma(lexicons.expecting_verbs(), "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicons.expecting_verbs() or negated(reading, verb):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                   if g.dep_ == "pobj"]  # "asked for an explanation from Y"
        things = [t for t in things if t.pos_ == "NOUN" and t.lemma_.lower() in lexicons.demanded_things()]
        if not things:
            continue
        sources = [g for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                   for g in p.children if g.dep_ == "pobj"]
        sources = sources or [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                              and p.i > things[0].i for g in p.children if g.dep_ == "pobj"]
        addressees = tuple(k for g in sources for k in refs(reading, g)
                           if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        when = clause_date(reading, verb)
        if not addressees or modality(reading, verb, when) is None:
            continue
        for s in subjects(reading, verb):
            for o in dict.fromkeys(addressees):
                found = fact(reading, s, "demands", o, verb, f"wanted-from:{verb.lemma_.lower()}", 0.6, when=when)
                if found:
                    yield found


APPEALING_PREPOSITIONS = frozenset({"on", "upon"})  # "calling on him to", "calling upon it to"


def written_appeals(reading: Reading) -> Iterator[Fact]:
    """'X wrote to Y asking him to resign', 'X sent a letter to Y urging it to act': a participle of demand (the
    trigger table's demand verbs, data/directive_verbs.txt) hung on a verb addressed to Y, with a pronoun for its
    addressee and an act for it to do, demands that act of Y; the pronoun must fit Y ("him" a person, "it" a body)."""
    table = triggers()
    for verb in reading.index.with_pos("VERB"):
        lemma = verb.lemma_.lower()
        if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or not (
                lemma in lexicons.directive_verbs()
                or any(t.predicate == "demands" for t in table.get((lemma, "VERB"), ()))):
            continue
        pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None) or next(
            (g for p in verb.children if p.dep_ == "prep" and p.lower_ in APPEALING_PREPOSITIONS
             for g in p.children if g.dep_ == "pobj" and g.pos_ == "PRON"), None)
        if pronoun is None or not any(t.lower_ == "to" and t.i > pronoun.i for t in verb.subtree):
            continue  # "wrote to Y thanking him": no act asked
        head = verb.head
        recipients = [g for c in (*head.children, *(d for d in head.children if d.dep_ == "dobj"
                                                     for d in d.children))
                      if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        keys = tuple(k for g in recipients for k in refs(reading, g)
                     if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        if not keys or not _pronoun_fits(reading, pronoun, keys) or negated(reading, head):
            continue
        when = clause_date(reading, head)
        if modality(reading, head, when) is None:
            continue
        for s in subjects(reading, head):
            for o in dict.fromkeys(keys):
                found = fact(reading, s, "demands", o, verb, f"written-appeal:{lemma}", 0.65, when=when)
                if found:
                    yield found


def turns_given(reading: Reading) -> Iterator[Fact]:
    """'X said it was time for Y to withdraw', 'X said it was up to Y to prove its case': a named speaker saying it
    is another actor's turn or duty to act (data/turn_words.txt, "it" standing for the act) demands it of that
    actor; "it was not up to Y", or a turn the speaker's own state is to take, demands nothing."""
    for word in reading.index.with_lemma(lexicons.turn_words()):
        be = word.head
        if word.lower_ not in lexicons.turn_words() or be.lemma_ != "be" or not any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
            continue
        if word.dep_ == "attr":  # "it is time for Y to go"
            acts = [c for c in word.children if c.dep_ in {"relcl", "acl"} and grammar.to_infinitive(c)
                    and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
            turns = [g for c in acts for g in c.children if g.dep_ == "nsubj"]
        elif word.dep_ == "prep" and word.lower_ == "up":  # "it is up to Y to prove"
            acts = [c for c in (*be.children, *word.children) if c.dep_ in {"advcl", "xcomp", "acl", "relcl"}
                    and grammar.to_infinitive(c)]
            turns = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                     if g.dep_ == "pobj"] if acts else []
        else:
            continue
        governor = be.head
        if be.dep_ != "ccomp" or governor.i == be.i or governor.lemma_ not in lexicons.speech_verbs() \
                or negated(reading, be) or negated(reading, governor):
            continue
        addressees = tuple(k for g in turns if g.pos_ != "PRON" for k in refs(reading, g)
                           if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"})
        when = clause_date(reading, governor)
        if not addressees or modality(reading, governor, when) is None:
            continue
        for s in subjects(reading, governor):
            for o in dict.fromkeys(addressees):
                if o == reading.serves.get(s):
                    continue  # "the minister said it was time for Britain to lead": an ambition for his own state
                found = fact(reading, s, "demands", o, governor, f"turn:{word.lower_}", 0.6, when=when)
                if found:
                    yield found
