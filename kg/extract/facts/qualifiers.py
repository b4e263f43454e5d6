"""What qualifies an act and makes it a fact: its date, negation, modality, speaker, and whether the actor
commits to it, refuses it or ends it; `fact` builds the `Fact` with its evidence, `dedupe` merges repeats."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from kg import vocabulary
from kg.extract import dates, gazetteer, grammar, lexicons
from kg.extract.facts.arguments import position, subjects
from kg.extract.facts.reading import Reading, per_token
from kg.extract.facts.triggers import is_light_verb
from kg.model import Evidence, Fact

__all__ = ["governors", "sentence_dates", "clause_date", "negated", "modality", "claimed", "hypothetical", "conditional",
           "clause_verb", "control_chain", "reported", "trailing_report", "speaker", "committed",
           "refused", "ender", "ended", "announced", "expressed_intent", "offered_only", "fact", "dedupe", "prospect",
           "asked_for", "word_parts"]


def governors(verb: Token, depth: int = 3) -> Iterator[Token]:
    """The words whose complement a clause is, nearest first: "offered to send troops" → offered;
    "is ready to help" → ready."""
    node = verb
    for _ in range(depth):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return
        node = node.head
        yield node


def sentence_dates(reading: Reading, sent: Span) -> list[dates.DateMention]:
    """The date expressions of a sentence, found once per reading."""
    if sent.start not in reading.date_cache:
        reading.date_cache[sent.start] = dates.find_dates(sent.text, reading.document.published)
    return reading.date_cache[sent.start]


@per_token
def clause_date(reading: Reading, head: Token) -> dates.DateMention | None:
    """The date expression of the trigger's clause, else the nearest in the sentence."""
    sent = reading.index.sentence(head)
    found = sentence_dates(reading, sent)
    if not found:
        return None
    clause = head
    while clause.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    spans = [(t.idx, t.idx + len(t)) for t in clause.subtree]  # (the subtree walked once, not twice)
    lo = min(start for start, _ in spans) - sent.start_char
    hi = max(end for _, end in spans) - sent.start_char
    found = [d for d in found if not _dates_the_event_counted_from(sent, d, head)
             and not _dates_an_actor_clause(reading, sent, d, head)]
    inside = [d for d in found if lo <= d.start and d.end <= hi]
    pool = inside or found
    if not pool:
        return None
    pos = head.idx - sent.start_char
    return min(pool, key=lambda d: abs(d.start - pos))


TEMPORAL_RELATIONS = frozenset({"since"})  # "met again since its bid in December": the bid's date


def _dates_the_event_counted_from(sent: Span, date: dates.DateMention, head: Token) -> bool:
    """Whether a date expression dates the event the trigger's act is counted from ("held its third meeting
    since its bid in December"), not the act."""
    span = sent.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i and not (node.left_edge.i <= head.i <= node.right_edge.i):
        if node.dep_ == "pobj" and node.pos_ in {"NOUN", "PROPN"} and node.head.lower_ in TEMPORAL_RELATIONS \
                and not span.start <= node.i < span.end:
            return True
        node = node.head
    return False
    node = span.root
    while node.head.i != node.i and not (node.left_edge.i <= head.i <= node.right_edge.i):
        if node.dep_ in NESTED_CLAUSES:
            return node.head.i != head.i  # (a clause on the trigger's own noun dates it)
        if node.dep_ == "pobj" and node.pos_ in {"NOUN", "PROPN"} and node.head.lower_ in TEMPORAL_RELATIONS \
                and node.i not in {t.i for t in span}:
            return True
        node = node.head
    return False


def _dates_an_actor_clause(reading: Reading, sent: Span, date: dates.DateMention, head: Token) -> bool:
    """Whether a date expression sits in a who-clause on an actor that does not hold the trigger ("the Lima
    conference will support Ruiz, who is expected to win the election on 9 March"): it dates what the actor
    does, not the fact (a which-clause, "talks with Peru, which began on Friday", may be the event's own)."""
    span = sent.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i and not (node.left_edge.i <= head.i <= node.right_edge.i):
        if node.dep_ == "relcl":  # "who", "whose": a clause on a person ("which" may hang on the wrong noun)
            return any(c.tag_ in {"WP", "WP$"} for c in node.subtree if c.i < node.i) and any(
                reading.types.get(k) in vocabulary.ACTOR_TYPES for k in reading.resolved.keys_at(node.head))
        node = node.head
    return False


@per_token
def negated(reading: Reading, head: Token) -> bool:
    """'did not visit', 'no talks', 'refused to meet', 'did not mean that X had cut ties': not asserted."""
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in head.children):
        return True
    clause = head if head.pos_ in {"VERB", "AUX"} else head.head
    if clause.dep_ == "ccomp" and clause.head.i != clause.i:
        governor = clause.head
        if any(c.dep_ == "neg" for c in governor.children) or governor.lemma_ in {"deny", "dismiss", "reject"}:
            return True
    if _denied_report(clause):
        return True
    if _neither_subject(clause):
        return True
    if head.dep_ == "pcomp" and head.head.lower_ == "from" and head.head.head.lemma_ in lexicons.negating_heads():
        return True  # "stopped Iran from attacking Iraq", "to prevent him from fighting": kept from happening
    act = head if head.pos_ in {"VERB", "AUX"} else clause_verb(head)
    if act.dep_ == "pcomp" and act.head.lower_ == "against" and act.tag_ == "VBG":
        return True  # "warned Y against sending troops", "voted against imposing sanctions": opposed, not done
    # "ended mediation efforts": an event noun modifying the object fills the object's place
    place = position(head) if head.pos_ in {"NOUN", "PROPN"} else head
    governor = place.head if place.dep_ in {"xcomp", "dobj"} else None
    if governor is not None and governor.i != place.i:
        if negating_head(governor) or ender(reading, head) is not None:
            return True
        if any(c.dep_ == "neg" for c in governor.children):
            return True
        if head.pos_ in {"NOUN", "PROPN"} and governor.pos_ == "VERB" and negated(reading, governor):
            return True  # "refused to provide assistance to Y": the act the noun names goes with its verb
    if place.dep_ == "advcl" and place.tag_ == "VBG" and place.head.i != place.i and negating_head(place.head) \
            and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in place.children):
        return True  # "ruled out taking part in the debate": the parser may hang the gerund as an adverbial clause
    return False


def negating_head(verb: Token) -> bool:
    """'refused', 'ruled out', 'called off': a verb (with its particle, for a phrasal one) of data/negating_heads.txt,
    which says the act it governs did not or will not happen."""
    return grammar.verb_in(verb, lexicons.negating_heads())


def _neither_subject(clause: Token) -> bool:
    """'Neither India nor Pakistan signed it': a subject coordinated by "neither ... nor" denies the act of each
    (the subject of the clause, or of the clause it depends on: "neither X nor Y wanted to meet Z")."""
    node = clause
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return any(c.lower_ == "neither" and c.dep_ in {"det", "preconj", "cc"} for c in subject.children) \
                and any(c.lower_ == "nor" for c in subject.children)
        if node.dep_ not in {"xcomp", "advcl", "conj", "acomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _denied_report(clause: Token) -> bool:
    """'denied reports that he planned to make an appeal to X', 'dismissed claims that Y had met Z': what a
    report says (its that-clause, or an infinitive under it), when the report is denied, is not asserted."""
    node = clause
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    noun = node.head
    return node.dep_ in {"acl", "ccomp"} and noun.i != node.i and noun.pos_ == "NOUN" and noun.dep_ == "dobj" \
        and noun.head.lemma_ in {"deny", "dismiss", "reject"} \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)  # what it says, not "plans for"


def modality(reading: Reading, head: Token, when: dates.DateMention | None) -> str | None:
    """'planned' for future or scheduled events, 'claimed' for acts reported as others' claims, None for mere
    possibilities, else 'asserted'."""
    if hypothetical(head):
        # "X is unlikely to ease ahead of a meeting next week": the possibility is X's, the meeting is to come
        return "planned" if head.pos_ in {"NOUN", "PROPN"} and _awaited(head) else None
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    if head.pos_ in {"NOUN", "PROPN"} and verb.pos_ not in {"VERB", "AUX"}:
        verb = clause_verb(head)  # "will provide 25,000 tons of food aid": the tense of the verb the noun fills
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if _obliged(verb, aux) or _mandated(verb, aux):
        return None  # "Iraq must cooperate fully with UN inspectors", "demanded that Israel ease": required, not done
    reported_future = "would" in aux and reported(verb)  # "X said it would boycott Y": future in the past
    if aux & grammar.POSSIBILITY_AUXILIARIES and not aux & grammar.FUTURE_AUXILIARIES and not reported_future:
        return None
    planned = bool(aux & grammar.FUTURE_AUXILIARIES) or reported_future
    if head.pos_ == "NOUN" and any(c.lower_ in lexicons.planned_modifiers() for c in head.children):
        planned = True
    if head.pos_ in {"NOUN", "PROPN"} and _awaited(head):
        planned = True  # "ahead of a summit in Brussels", "in the run-up to the G8 summit"
    if verb.lemma_ in lexicons.schedule_verbs() and any(c.dep_ == "nsubjpass" for c in verb.children):
        planned = True  # "a summit is set to take place in July", "talks are scheduled for May"
    chain = [governor for governor, below in control_chain(clause_verb(head))]
    if any(governor.lemma_ in lexicons.plan_verbs() | lexicons.commitment_cues() for governor in chain):
        planned = True  # "plans to visit", "is expected to begin talks", "agreed to begin talks", "is ready to"
    for governor in chain:
        aux = {c.lower_ for c in governor.children if c.dep_ == "aux"}
        if aux & grammar.FUTURE_AUXILIARIES or "would" in aux and reported(governor):
            planned = True  # "will continue to fund", "said it would be ready to send troops"
    top = chain[-1] if chain else clause_verb(head)
    if top.dep_ in {"acl", "relcl"} and _plan_or_agreement(top.head) \
            and grammar.to_infinitive(top):
        planned = True  # "Israel's plans to withdraw from Gaza", "the deal to open talks": agreed, not yet done
    if verb.dep_ == "xcomp" and any(c.lemma_ == "be" for c in verb.head.children) and verb.head.lemma_ == "due":
        planned = True
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.i < verb.i \
            and grammar.to_infinitive(verb):
        planned = True  # "X is to visit Y this week": an arrangement, not yet done
    if when is not None and when.future:
        planned = True
    if _futurate(reading, verb, when):
        planned = True  # "X is meeting Y on Tuesday", "Tuesday's summit is being hosted by X": arranged, to come
    if _going_to(verb):
        return None  # "X is going to meet Y": "go" is the future's auxiliary here, no journey
    if _deadline(verb):
        planned = True  # "X and Y have until 1 February to settle": not settled yet
    if claimed(head, verb, chain) or believed(clause_verb(head)):
        return "claimed"
    if not planned and verb.tag_ in {"VBG", "VB"} and verb.dep_ in {"pcomp", "advcl", "conj"} \
            and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children) and verb.head.i != verb.i:
        # "He will see X before chairing Y": a clause without tense of its own takes its governor's
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        planned = governor.i != verb.i and modality(reading, governor, None) == "planned"
    return "planned" if planned else "asserted"


def claimed(head: Token, verb: Token, chain: list[Token]) -> bool:
    """The act is reported as others' claim, which the writer does not vouch for: "X allegedly paid Y", "the
    reportedly planned visit", "X is said to have met Y" (a passive claim verb raising the act's subject)."""
    adverbs = lexicons.claim_adverbs()
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for word in (head, verb, *chain) for c in word.children):
        return True
    return any(governor.pos_ in {"VERB", "AUX"} and governor.lemma_.lower() in lexicons.claim_verbs()
               and any(c.dep_ == "auxpass" for c in governor.children) for governor in chain)


def believed(verb: Token) -> bool:
    """The act is told as someone's belief: "many believe that X attacked Y", "worried about voters thinking
    that X had shelled Y" (the clause of a verb of belief, data/belief_verbs.txt, or a clause below one)."""
    node = verb
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.i != node.i and node.head.lemma_.lower() in lexicons.belief_verbs():
            return True
        if node.dep_ not in {"conj", "xcomp", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _futurate(reading: Reading, verb: Token, when: dates.DateMention | None) -> bool:
    """'X is meeting Y on Tuesday', "Tuesday's talks are being hosted by X": a present progressive dated by a bare
    weekday inside its clause tells an arrangement still to come (the futurate); "is meeting Y" alone may be now."""
    if when is None or not dates.bare_weekday(when):
        return False
    present = any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    progressive = verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    return present and progressive and _dates_clause(reading, verb, when)


def _dates_clause(reading: Reading, verb: Token, when: dates.DateMention) -> bool:
    """Whether the date expression lies in the verb's own clause (a word of it hangs below the verb), not in the
    clause of a verb of saying around it ("said on Tuesday that it would ...")."""
    sent = reading.index.sentence(verb)
    words = [t for t in sent if when.start <= t.idx - sent.start_char < when.end]
    return bool(words) and all(t.i == verb.i or verb in t.ancestors for t in words) \
        and not any(a.dep_ in {"ccomp", "relcl", "advcl"} and verb in a.ancestors for t in words for a in t.ancestors)


def _going_to(verb: Token) -> bool:
    """'X is going to meet Y': 'go' in the progressive with a to-infinitive and no destination is the future's
    auxiliary ("is going to a summit" is a journey)."""
    return verb.lemma_ == "go" and verb.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and not any(c.dep_ == "prep" for c in verb.children) \
        and any(c.dep_ == "xcomp" and grammar.to_infinitive(c)
                for c in verb.children)


def _obliged(verb: Token, aux: set[str]) -> bool:
    """'X said Y must withdraw', 'a reminder to Y that it must cooperate', 'X said Y must be ready to mediate': an act
    under an obligation auxiliary (on the verb or on the verb that governs it) in a clause someone says or demands
    is required of its doer, not told as done ("should" is a possibility); the narrator's "the deal must still be
    ratified" tells a step to come."""
    carriers = [verb] if aux & grammar.STRICT_OBLIGATION_AUXILIARIES else [
        governor for governor, _ in control_chain(verb)
        if any(c.dep_ == "aux" and c.lower_ in grammar.STRICT_OBLIGATION_AUXILIARIES for c in governor.children)]
    return any(reported(c) or c.dep_ in {"ccomp", "acl"} for c in carriers)


def _mandated(verb: Token, aux: set[str]) -> bool:
    """'its demand that Israel ease restrictions', 'insisted that Y withdraw': a that-clause in the base form (the
    mandative subjunctive) under a directive verb or noun (data/directive_verbs.txt, directive_nouns.txt), or a verb
    whose object such a noun is ("reiterated its demand that Y ease"), names an act asked for, not done ("insisted
    that Y had withdrawn" tells it)."""
    governor = verb.head
    return verb.dep_ in {"ccomp", "acl"} and governor.i != verb.i and verb.tag_ == "VB" and not aux - {"not"} \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        and (governor.lemma_.lower() in lexicons.directive_verbs() | lexicons.directive_nouns() or any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicons.directive_nouns() for c in governor.children))


def _deadline(verb: Token) -> bool:
    """'X has until Friday to reply', 'Y has till May to settle': an act given a deadline is not yet done."""
    governor = verb.head
    return verb.dep_ == "xcomp" and governor.i != verb.i and governor.lemma_ == "have" \
        and grammar.to_infinitive(verb) \
        and any(c.dep_ == "prep" and c.lower_ in {"until", "till"} for c in governor.children)


def _plan_or_agreement(noun: Token) -> bool:
    """A plan word or an agreement noun (data/entity_nouns.tsv): what its infinitive names is still to be done."""
    lemma = noun.lemma_.lower()
    return lemma in lexicons.plan_verbs() or lexicons.entity_nouns().get(lemma, ("", ""))[0] == "Agreement"


def _awaited(noun: Token) -> bool:
    """'ahead of the summit', 'on the eve of the talks', 'in the run-up to the election': an event named after a
    word of the time before it (data/approach_words.txt) is still to come."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "to"} or prep.head.i == prep.i:
        return False
    word = "".join(t.text for t in sorted(word_parts(prep.head), key=lambda t: t.i))  # "run-up": three tokens
    return word.lower() in lexicons.approach_words()


def word_parts(head: Token) -> list[Token]:
    """The tokens of one hyphenated word the tokenizer split ("re-election" → re, -, election), which the parser
    may hang apart: the word's own token first, then the parts before it."""
    doc, parts = head.doc, [head]
    i = head.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        parts += [doc[i - 1], doc[i - 2]]
        i -= 2
    return parts


def clause_verb(head: Token) -> Token:
    """The verb of the clause that states an act: the act's own verb, or the verb an event noun depends on
    ("agreed to begin talks" → begin; "a deal at a June summit" → the verb of "deal")."""
    node = head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


def control_chain(verb: Token) -> Iterator[tuple[Token, Token]]:
    """The words whose complement an act is, nearest first, each with the word below it: "arms China could use to
    threaten Taiwan" → (use, threaten); "would be happy to meet" → (happy, meet), (be, happy); "called on X to
    free or charge" → (free, charge), (called, free); "could send troops to attack" → (send, attack). A conjunct
    without its own subject shares its first's."""
    node = verb
    for _ in range(5):
        up = node.head
        if up.i == node.i:
            return
        if node.dep_ == "conj" and not any(c.dep_ in grammar.SUBJECT_DEPS for c in node.children):
            pass
        elif node.dep_ == "xcomp" or node.dep_ == "acomp" and node.pos_ == "ADJ":
            pass
        elif node.dep_ == "advcl" and grammar.to_infinitive(node):
            pass  # a purpose: "could send troops to attack Y"
        elif node.dep_ == "ccomp" and grammar.to_infinitive(node):
            pass  # what a causative asks of its object: "proposals to get Y to freeze Z"
        else:
            return
        yield up, node
        node = up


def _phrasal(verb: Token) -> set[str]:
    """A verb's lemma, alone and with each particle or preposition it takes: {"call", "call on"}."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "prep"}}


def conditional(verb: Token) -> bool:
    """The act is in a clause of condition, or below one: "if the embargo is lifted", "in case they need to
    help evacuate", "unless it accepts"."""
    node = verb
    for _ in range(12):
        if node.dep_ in {"advcl", "ccomp", "conj", "xcomp", "relcl", "acl", "pcomp"} or node.head.i == node.i:
            if any(c.dep_ == "mark" and c.lower_ in grammar.CONDITIONAL_SUBORDINATORS for c in node.children):
                return True
            start = node.left_edge.i
            doc = node.doc
            before = doc[start - 1].lower_ if start else ""  # (a phrase's last word first: no span made for most)
            for phrase in grammar.CONDITIONAL_PHRASES:
                if start >= len(phrase) and before == phrase[-1] \
                        and tuple(t.lower_ for t in doc[start - len(phrase):start]) == phrase:
                    return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _mandative(clause: Token) -> bool:
    """A subjunctive or modal complement, what is asked for ("that Y withdraw", "that Y should go"), not a
    statement ("that Y had made progress")."""
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ == "VB" and not aux - grammar.OBLIGATION_AUXILIARIES - {"be"} \
        or bool(aux & grammar.OBLIGATION_AUXILIARIES)


def _possible_report(governor: Token) -> bool:
    """'could claim that', 'might say that': a verb of saying or claiming that is only possible (a modal of
    possibility, not of the future), so what its clause reports is not asserted by anyone."""
    aux = {c.lower_ for c in governor.children if c.dep_ == "aux"}
    return governor.pos_ in {"VERB", "AUX"} and bool(aux & grammar.POSSIBILITY_AUXILIARIES) \
        and not aux & grammar.FUTURE_AUXILIARIES and governor.lemma_.lower() in lexicons.speech_verbs()


def hypothetical(head: Token) -> bool:
    """The act is merely possible, wished, asked of someone else, proposed or supposed, so it is no fact (the
    annotation guideline keeps "mere possibilities, hopes" apart): "arms China could use to threaten Taiwan",
    "hoping to strike a deal", "urged X to withdraw", "moves to lift the ban", "if he accepted", "can work
    together". A modal "would" of reported speech on a commitment ("said it would be ready to") stays a plan."""
    verb = clause_verb(head)
    if conditional(verb):
        return True
    if _hearsay(head, verb):
        return True
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "hope that Y will act and release Z": each conjunct of the hope
    if first.dep_ == "ccomp" and _word_forms(first.head) & lexicons.wish_verbs():
        return True  # "they hope that X will hold talks with Y": a hope, not an act
    if first.dep_ == "ccomp" and _possible_report(first.head):
        return True  # "voters who might say that Y broke its word": a report only possible reports nothing
    if _accused_of(verb):
        return True
    if verb.dep_ == "ccomp" and _phrasal(verb.head) & lexicons.directive_verbs() and _mandative(verb):
        return True  # "urged that Kenya release the prisoners", "demanded that Y should withdraw"
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & grammar.ABILITY_AUXILIARIES and not aux & grammar.FUTURE_AUXILIARIES:
        return True
    for governor, below in control_chain(verb):
        lemmas = _phrasal(governor) | _word_forms(governor)  # ("hopes to contest": the tagger's lemma may be "hop")
        if below.dep_ == "xcomp" and lemmas & (lexicons.wish_verbs() | lexicons.directive_verbs()):
            return True
        if below.dep_ == "xcomp" and governor.pos_ == "ADJ" and governor.lemma_.lower() in lexicons.hedge_words():
            return True  # "the ban is likely to be lifted"
        aux = {c.lower_ for c in governor.children if c.dep_ == "aux"}
        modal = aux & (grammar.POSSIBILITY_AUXILIARIES | grammar.ABILITY_AUXILIARIES)
        if modal and not aux & grammar.FUTURE_AUXILIARIES:
            word = below if below.dep_ == "acomp" else governor  # "would be ready to": the adjective commits
            if modal == {"would"} and (word.lemma_.lower() in lexicons.commitment_cues()
                                       or word is governor and reported(governor)):
                continue  # "said it would be ready to send troops", "said it would continue to fund": its plan
            return True
    top = verb
    for top, _ in control_chain(verb):
        pass
    return top.dep_ == "acl" and top.head.lemma_.lower() in lexicons.proposal_nouns() \
        and grammar.to_infinitive(top)


def _word_forms(verb: Token) -> set[str]:
    """A verb's lemma and its form less a third-person "-s" (the tagger may lemmatise "hopes" as "hop")."""
    lower = verb.lower_
    return {verb.lemma_.lower(), lower, lower[:-1] if verb.tag_ == "VBZ" and lower.endswith("s") else lower}


def _accused_of(verb: Token) -> bool:
    """The act is what someone is accused or suspected of ("accused X of providing arms to Y", "suspected of
    attacking Z"): the accuser's claim, not an act the text asserts."""
    node = verb
    for _ in range(6):
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and node.head.head.i != node.head.i \
                and _word_forms(node.head.head) & lexicons.hearsay_verbs():
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _hearsay(head: Token, verb: Token) -> bool:
    """The act is what an unattributed claim says ("claims of a clash between X and Y", "rumours that X had met
    Y"): the annotation guideline keeps what is merely claimed apart from what the text asserts."""
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lemma_.lower() in lexicons.hearsay_nouns():
        return True
    return verb.dep_ in {"acl", "ccomp"} and verb.head.lemma_.lower() in lexicons.hearsay_nouns() \
        and verb.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def trailing_report(verb: Token) -> Token | None:
    """The reporting verb after a main clause ("X will visit Y, Z said"), which the parser may attach as a
    complement, a parataxis or a conjunct; a conjunct joined by "and"/"but", or saying something of its own
    ("and said that ..."), is a second act, not a report."""
    for child in verb.children:
        if child.i <= verb.i or child.lemma_ not in lexicons.speech_verbs():
            continue
        if child.dep_ in {"ccomp", "parataxis"}:
            return child
        if child.dep_ == "conj" and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in child.children) \
                and not any(t.dep_ == "cc" for t in verb.doc[verb.i + 1:child.i] if t.head.i in {verb.i, child.i}):
            return child
    return None


def reported(verb: Token) -> bool:
    """The clause is what someone said ("X said (that) ...", "..., Z said"), directly or through a control
    verb."""
    node = verb
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_ in lexicons.speech_verbs():
            return True
        if trailing_report(node) is not None:
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


def speaker(reading: Reading, head: Token) -> str | None:
    """Reported speech: 'X said that Y visited Z' keeps X."""
    node = head
    for _ in range(6):
        if node.dep_ == "ccomp" and node.head.lemma_ in lexicons.speech_verbs():
            found = subjects(reading, node.head)
            return found[0] if found else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def committed(reading: Reading, head: Token, actor: str) -> bool:
    """'offered to mediate', 'is ready to send troops', 'Portugal will support Turkey, its president said':
    the actor commits itself to the act (a commitment word governs it, or it reports its own future act)."""
    place = position(head) if head.pos_ in {"NOUN", "PROPN"} else head
    if head.pos_ in {"VERB", "AUX"}:
        verb = head
    elif place.dep_ == "dobj" and is_light_verb(place.head):
        verb = place.head  # "offered to provide aid", "will provide 25,000 tons of food aid"
    else:
        return False  # "Doe's planned trip": a plan reported by others, not a commitment
    if any(g.lemma_.lower() in lexicons.commitment_cues() for g in governors(verb)):
        return True
    # its own word ("Iraq said it would allow ..."), or a future act announced in reported speech
    # ("Finland will give Tanzania a grant, a statement said"); "would" reported by others is hearsay
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    said_by = speaker(reading, head) if aux & (grammar.FUTURE_AUXILIARIES | {"would"}) else None
    if said_by is not None and actor in {said_by, reading.serves.get(said_by)}:
        return True
    return bool(aux & grammar.FUTURE_AUXILIARIES) and reported(verb) or announced(verb)


def refused(reading: Reading, head: Token) -> bool:
    """'refused to deploy troops', 'failed to reach agreement', 'said it would not accept refugees': a negated
    act the actor refuses, rather than one that merely did not happen."""
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    if any(g.lemma_.lower() in lexicons.refusal_cues() for g in governors(verb)):
        return True
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and bool(aux & (grammar.FUTURE_AUXILIARIES | {"would"})) and speaker(reading, head) is not None


def ender(reading: Reading, head: Token) -> Token | None:
    """The verb that ends or calls off an act: 'cancelled a planned visit', 'suspended aid deliveries'."""
    if head.pos_ in {"NOUN", "PROPN"}:
        head = position(head)
    governor = head.head if head.dep_ in {"dobj", "xcomp", "nsubjpass"} else None
    if governor is None or governor.i == head.i:
        return None
    lemma = governor.lemma_.lower()
    phrasal = {f"{lemma} {c.lower_}" for c in governor.children if c.dep_ == "prt"}
    return governor if ({lemma} | phrasal) & lexicons.cancellation_cues() else None


def ended(reading: Reading, head: Token) -> bool:
    """'cancelled a planned visit to Haiti', 'suspended aid to Bosnia': an act its actor calls off."""
    return ender(reading, head) is not None


def announced(verb: Token) -> bool:
    """'X will visit Y, sources said': the main clause of a trailing reporting verb ("..., said Z")."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & grammar.FUTURE_AUXILIARIES) and trailing_report(verb) is not None \
        or bool(aux & grammar.FUTURE_AUXILIARIES) and verb.dep_ == "ccomp" \
        and verb.head.lemma_ in lexicons.speech_verbs()


def expressed_intent(reading: Reading, head: Token, predicate: str, actor: str, modality: str) -> str | None:
    """The intent a future act expresses (data/intent.tsv): a committed cooperative act is an agreement
    (PLOVER AGREE), a planned coercive act a threat (PLOVER THREATEN)."""
    intent = lexicons.expressed_intent().get(lexicons.PREDICATES.get(predicate, ""))
    expressed = intent.committed if intent else None
    if expressed is None or expressed == predicate:
        return None
    if expressed == "threatens":  # agreeing or offering to sanction is no threat; planning or vowing to is
        agreed = any(g.lemma_.lower() in {"agree", "offer"} for g, _ in control_chain(clause_verb(head)))
        return expressed if modality == "planned" and not agreed else None
    if expressed == "agreesWith" and offered_only(head):
        return None
    return expressed if committed(reading, head, actor) else None


# Verbs of offering: an act offered is a proposal the other side has not accepted, no agreement (agreesWith needs
# both sides to agree or reach a deal, shared/eval/README.md), as triggers.tsv leaves "offer" out of agreesWith.
OFFERING_VERBS = frozenset({"offer", "propose"})


def offered_only(head: Token) -> bool:
    """'X offered to supply oil to Y', 'X proposed to hold talks with Y': the act is only offered to Y."""
    verb = head if head.pos_ in {"VERB", "AUX"} else clause_verb(head)
    return any(g.lemma_.lower() in OFFERING_VERBS for g, _ in control_chain(verb))


def fact(reading: Reading, s: str, predicate: str, o: str, head: Token, rule: str, confidence: float,
         *, literal: bool = False, when: dates.DateMention | None = None, modality: str = "asserted") -> Fact | None:
    """One fact with its evidence; None when the types do not fit the predicate or it is a self-loop."""
    if not literal:
        if s == o:
            return None
        domain, range_ = vocabulary.allowed_types(predicate)
        if reading.types.get(o) == "Place" and "Place" in range_ and not region_fits(reading, predicate, o):
            range_ = range_ - {"Place"}  # "aid to Kabul": a predicate that takes only a world region as place
        if reading.types.get(o) == "Place" and "Place" not in range_ and o in reading.place_country:
            o = reading.ensure_country(reading.place_country[o])  # "imposed a curfew in Kabul": on Afghanistan
        if reading.types.get(s) not in domain or reading.types.get(o) not in range_ or s == o:
            return None
        if predicate in reading.symmetric and _apart(reading, head, s, o):
            return None  # "both men separately spoke about it": each acted on his own, they did not meet
        if predicate in reading.symmetric and s > o:
            s, o = o, s
        if predicate in ADDRESSED_STANCES and _population_addressed(reading, head, o):
            return None
        if predicate == "meetsWith" and _private_encounter(head):
            return None
        if co_subject_owner(reading, head, predicate, s, o):
            return None
    start_date = end_date = point = None
    if when is not None:
        if modality == "planned" and reading.document.published is not None \
                and _dates_clause(reading, clause_verb(head), when):
            when = dates.weekday_ahead(when, reading.document.published)  # "will meet Y on Tuesday": the coming one
        point = when.date
        if not when.relative:  # "next week" spans a week, but the event is not a week long
            start_date, end_date = when.start_date, when.end_date
        tense = _tense(head, modality)
        if tense is not None and reading.document.published is not None:  # "in October" of a dated article
            point, start_date, end_date = (
                None if value is None else dates.place_in_year(value, reading.document.published, past=tense == "past")
                for value in (point, start_date, end_date))
    evidence = Evidence(reading.document.id, *_sentence_evidence(reading, head))
    return Fact(s, predicate, o, evidence, object_is_literal=literal, date=point, start_date=start_date,
                end_date=end_date, modality=modality, confidence=round(confidence, 2), rule=rule,
                attributed_to=speaker(reading, head))


def co_subject_owner(reading: Reading, head: Token, predicate: str, s: str, o: str) -> bool:
    """'Mr Hale and Ms Cole welcomed her plan', 'voiced support for her bid', 'criticised her': a target reached
    through a pronoun (owning an object, or the object itself, or the subject of the clause said) that is one of the
    clause's own subjects (conjuncts included), as the judge is, is a misread pronoun: one does not judge one's
    co-subject so ("each other" and "herself" name no one, and stay). A pair met or agreeing may share what a
    "their" owns ("held talks on their dispute")."""
    verb = clause_verb(head)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    things = [c for scope in {head, verb} for c in scope.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    things += [g for scope in {head, verb} for c in scope.children if c.dep_ == "prep"
               for g in c.children if g.dep_ == "pobj"]
    things += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children  # "said her plan was a sham"
               if g.dep_ in {"nsubj", "nsubjpass"}]
    pronouns = [p for t in things for p in (t, *t.children) if p.pos_ == "PRON" and (p is t or p.dep_ == "poss")
                and not p.lower_.endswith(("self", "selves"))]
    shared = predicate in reading.symmetric
    if not any(o in keys and not (shared and s in keys) for keys in (reading.resolved.keys_at(p) for p in pronouns)):
        return False
    agents = subjects(reading, verb)
    return s in agents and o in agents


def region_fits(reading: Reading, predicate: str, place: str) -> bool:
    """Whether a place may be the object of a predicate: any place, unless the predicate takes only a world
    region (data/predicate_targets.tsv "region": "aid to Africa" aids the continent's people, "aid to a school"
    or "to rebuild Kabul" aids no actor; a city stands for its country instead)."""
    if predicate not in lexicons.predicate_targets()["region"]:
        return True
    entity = reading.resolved.entities.get(place)
    return entity is not None and world_region(entity.label)


def world_region(name: str) -> bool:
    """A continent of GeoNames, alone or after compass words (data/compass_words.txt: "Africa", "West Africa",
    "sub-Saharan Africa", "Central and Eastern Europe"), not a country, city or site.

    >>> world_region("the Horn"), world_region("Eastern Europe"), world_region("Cape Town")
    (False, True, False)
    """
    words = name.removeprefix("the ").removeprefix("The ").split()
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]) in gazetteer.continent_names():
            return all(w.lower() in lexicons.compass_words() | {"and"} for w in words[:-size])
    return False


def _tense(head: Token, modality: str) -> str | None:
    """"future" for a planned act, "past" for one its clause tells in a past tense ("signed", "had met", "was
    signed", "has agreed"), else None (a noun or a present tense places no day or month in a year)."""
    if modality == "planned":
        return "future"
    verb = clause_verb(head)
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries) or (
            verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries)):
        return "past"
    return None


def _sentence_evidence(reading: Reading, head: Token) -> tuple[str, int, int]:
    """The text (stripped), start and end character of the head's sentence, read once per sentence: a sentence
    gives many facts, and a span's text is joined anew from its tokens at every call."""
    sent = reading.index.sentence(head)
    key = ("sentence evidence", sent.start)
    found = reading.memo.get(key)
    if found is None:
        found = reading.memo[key] = (sent.text.strip(), sent.start_char, sent.end_char)
    return found  # type: ignore[return-value]


ADDRESSED_STANCES = frozenset({"demands", "supports", "criticizes", "rejects"})


def _private_encounter(head: Token) -> bool:
    """'X met his future wife Y at university': a verb whose object is a private partner (data/spouse_nouns.txt),
    or a name set beside one, tells a private encounter, not actors meeting in an official capacity."""
    objects = [c for c in head.children if c.dep_ == "dobj"] + [
        p for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    named = [c for o in objects for c in o.children if c.dep_ in {"compound", "appos"}]  # "his wife(,) Y"
    return any(o.lemma_.lower() in lexicons.spouse_nouns() for o in objects + named)


def _population_addressed(reading: Reading, head: Token, o: str) -> bool:
    """'asked the British people for support', 'thanked the Iraqi people': the state o is reached only through the
    modifier of a population noun (data/population_nouns.txt) the act addresses, so the act is not aimed at it."""
    phrases = [c for c in head.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    phrases += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    phrases += [c for p in phrases for c in p.conjuncts]
    through = False
    for phrase in phrases:
        if o in reading.resolved.keys_at(phrase):
            return False  # "thanked Britain and the British people": the state is named too
        if phrase.pos_ == "NOUN" and phrase.lemma_.lower() in lexicons.population_nouns() \
                and not reading.resolved.keys_at(phrase):
            through = through or any(o in reading.resolved.keys_at(c) for c in phrase.children
                                     if c.dep_ in {"amod", "compound", "nmod", "poss"})
    return through


def _apart(reading: Reading, head: Token, s: str, o: str) -> bool:
    """Two coordinated subjects of a verb marked as acting each on their own ("X and Y separately spoke ...")."""
    verb = clause_verb(head)
    if not any(c.dep_ == "advmod" and c.lower_ in grammar.DISTRIBUTIVE_ADVERBS for c in verb.children):
        return False
    return {s, o} <= set(subjects(reading, verb))


def dedupe(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (subject, predicate, object, sentence): the most confident, with a date if any has one."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object, fact.evidence.start)
        old = best.get(key)
        if old is None or (fact.confidence, bool(fact.date or fact.start_date)) > (old.confidence, bool(
                old.date or old.start_date)):
            best[key] = fact
    return list(best.values())


def prospect(prep: Token) -> bool:
    """'Open to', 'ready for', 'the way for', 'the prospect of', 'left the door open for': a preposition whose
    word, or the verb's object or its modifier, is one of readiness or prospect (data/prospect_words.txt)."""
    word = prep.head
    words = {word}
    if word.pos_ in {"VERB", "AUX"} and prep.lower_ == "for":  # ("left the door open for talks")
        objects_ = [c for c in word.children if c.dep_ in {"dobj", "oprd", "acomp"}]
        words |= {*objects_, *(a for c in objects_ for a in c.children if a.dep_ in {"amod", "oprd"})}
    elif prep.lower_ == "to" and word.pos_ != "ADJ" or prep.lower_ not in {"for", "of", "to"}:
        return False  # ("on his way to talks" is a journey)
    return any(w.lemma_.lower() in lexicons.prospect_words() for w in words)


def asked_for(prep: Token) -> bool:
    """'Called for', 'pressed for', 'appealed for': "for" after a verb of request (data/directive_verbs.txt, alone
    or with "for"), whose object is asked for, not (yet) done."""
    verb = prep.head
    if prep.lower_ != "for" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in lexicons.directive_verbs() or f"{lemma} for" in lexicons.directive_verbs()
