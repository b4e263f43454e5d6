"""Material aid and standing cooperation the trigger table does not see alone: debt relief ("X wrote off 80% of Y's
debts", "X's decision to cancel Y's debt"), funds received ("Y received $2bn in credits from X") or given ("X gave
Y $5m"), relief goods sent ("X flew tents to Y"), help to act ("X helped Y rebuild") and help or rebuilding as the
purpose of an act or of funds ("the plan used by X to rebuild Y"), all CAMEO 07 / PLOVER AID; partners, close
relationships and acts done in cooperation ("X became Y's biggest trading partner", "X, a key ally of Y", "X's
strong relationship with Y", "X did it in collaboration with Y"), CAMEO 06 / PLOVER COOPERATE."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import gazetteer, grammar, lexicons
from kg.extract.facts.arguments import location, noun_subjects, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated, region_fits
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["debt_relief", "funds_received", "funds_given", "goods_given", "help_to_act", "partners", "close_relations",
           "joint_acts", "help_in_place", "purposed_aid", "exchanges_of_captives"]

AID_CONFIDENCE = 0.7
MAGNITUDES = frozenset({"m", "bn", "million", "billion", "mn", "k"})  # "90m euros": the sum before a currency noun
OWNER_PREPOSITIONS = frozenset({"of", "for", "to"})  # "the debts of Y", "debt repayments for Y", "debt to Y"


def debt_relief(reading: Reading) -> Iterator[Fact]:
    """'X cancelled Y's debt', 'X agreed to write off 80% of the debts of Y', 'X's decision to defer debt
    repayments for Y': relieving a debtor of a debt aids the debtor (CAMEO 0711)."""
    words = lexicons.aid_words()
    for verb in reading.index.with_pos("VERB"):
        if verb.pos_ != "VERB" or _phrasal(verb) not in words["relief"] or negated(reading, verb):
            continue
        debt = next((d for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for d in _measured(c)
                     if d.lemma_.lower() in words["debt"] or _compound_debt(d, words["debt"])), None)
        if debt is None:
            continue
        debtors = _debtors(reading, debt)
        if not debtors:
            continue
        agents = subjects(reading, verb)
        if not agents and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # "the Paris Club's decision to write off ...", "November's decision by the Paris Club to ..."
            agents = noun_subjects(reading, verb.head) or tuple(
                k for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "by"
                for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
        yield from _acts(reading, agents, debtors, verb, f"relief:{_phrasal(verb)}")


def funds_received(reading: Reading) -> Iterator[Fact]:
    """'Y received $2bn in credits from X', 'Y secured funding from X': funds a receiver gets from a giver are
    the giver's aid to the receiver."""
    words = lexicons.aid_words()
    for verb in reading.index.with_lemma(lexicons.receiving_verbs() | words["borrowing"], "VERB"):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lexicons.receiving_verbs() | words["borrowing"] \
                or negated(reading, verb):
            continue
        measure = [c for c in verb.children if c.dep_ == "dobj"]
        if measure:  # "received $6bn in credits", the parser attaching "in credits" to the verb
            measure += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children if g.dep_ == "pobj"]
        # a sum borrowed is a credit by itself: "Y borrowed $10bn from X"
        funds = [d for c in measure for d in _measured(c) if d.lemma_.lower() in words["funds"]
                 or lemma in words["borrowing"] and d.ent_type_ == "MONEY" and not _state_aid(d)]
        if not funds:
            continue
        sources = tuple(k for head in (verb, *funds) for p in head.children if p.dep_ == "prep" and p.lower_ == "from"
                        for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
        if sources:
            yield from _acts(reading, sources, subjects(reading, verb), verb, f"funds:{funds[0].lemma_.lower()}")


def funds_given(reading: Reading) -> Iterator[Fact]:
    """'X sent $5m in emergency assistance to Y', 'X extended a $1bn credit line to Y', 'X gave Y $2bn in loans':
    funds measured out by a verb of giving are the giver's aid to the receiver (a dative or a to-phrase)."""
    words = lexicons.aid_words()
    givings = words["giving"] | words["lending"] | words["donating"]
    for verb in reading.index.with_lemma(givings, "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in givings or negated(reading, verb):
            continue
        lent = _relative_funds(verb, words)
        if lent is not None:  # "the $6bn which X lent Y": the relative clause measures out its antecedent
            yield from _lent(reading, verb, lent)
            continue
        measure = [c for c in verb.children if c.dep_ == "dobj"]
        provided = [c for c in measure if reading.types.get(next(iter(refs(reading, c)), ""))
                    in vocabulary.ACTOR_TYPES]  # "provided Y with $5m in aid": the object receives
        if provided:
            measure = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                       for g in p.children if g.dep_ == "pobj"]
        measure += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and measure
                    for g in p.children if g.dep_ == "pobj"]
        funds = [d for c in measure for d in _measured(c) if d.lemma_.lower() in words["funds"]
                 and (d.lemma_.lower() not in {"line", "package"} or any(
                     g.dep_ == "compound" and g.lemma_.lower() in words["funds"] for g in d.children))
                 and not _state_aid(d)]
        if not funds and verb.lemma_.lower() in words["donating"]:  # "X contributed $10m to Y": a sum donated
            funds = [m for m in verb.children if m.dep_ in {"dobj", "npadvmod"} and _sum(m, words)]
        if not funds or any(f.i == m.i for f in funds for m in measure if m.dep_ == "dobj" and not any(
                c.dep_ in {"nummod", "compound", "nmod"} or c.ent_type_ == "MONEY" for c in m.subtree if c != m)
                and m.ent_type_ != "MONEY" and not _sum(m, words)):
            continue  # a bare "sent aid to Y" is the trigger table's; here funds are measured out
        datives = [c for c in verb.children if c.dep_ == "dative"] + provided  # "gave Y $2bn", "sent $5m to Y"
        receivers = tuple(k for c in datives for g in ([c] if c.pos_ != "ADP" else
                                                       [g for g in c.children if g.dep_ == "pobj"])
                          for k in refs(reading, g))
        receivers += tuple(k for head in (verb, *funds) for p in head.children
                           if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                           for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
        receivers = tuple(k for k in dict.fromkeys(receivers) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
        if receivers:
            yield from _acts(reading, subjects(reading, verb), receivers, verb, f"funds:{verb.lemma_.lower()}")


def goods_given(reading: Reading) -> Iterator[Fact]:
    """'X flew 500 tents to Y', 'X handed over 700kg of medicine to Y', 'X sent emergency supplies to Y': relief
    goods given, sent or delivered to an actor are the giver's aid (CAMEO 073); goods that may be traded (food,
    fuel, arms) are not read here."""
    words = lexicons.aid_words()
    verbs = words["giving"] | words["lending"] | words["donating"] | words["delivering"]
    for verb in reading.index.with_lemma({v.split()[0] for v in verbs}, "VERB"):
        if verb.pos_ != "VERB" or _phrasal(verb) not in verbs or negated(reading, verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        provided = [c for c in objects if reading.types.get(next(iter(refs(reading, c)), "")) in vocabulary.ACTOR_TYPES]
        if provided:  # "provided Y with tents": the object receives
            objects = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                       for g in p.children if g.dep_ == "pobj"]
        carried = [g for c in (objects if provided else objects + [verb]) for p in c.children
                   if p.dep_ == "prep" and p.lower_ == "with"
                   for g in p.children if g.dep_ == "pobj"]  # "dispatched two ships with relief supplies"
        goods = [d for c in objects + carried for d in _measured(c) if _relief_goods(d, words)]
        if not goods:
            continue
        receivers = [k for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" for k in refs(reading, c)]
        receivers += [k for c in provided for k in refs(reading, c)]
        receivers += [k for head in (verb, *goods, *objects) for k in _prep_objects(reading, head, {"to", "for"})]
        receivers += [k for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj" for k in refs(reading, g)]
        receivers = _actors(reading, tuple(receivers))
        if receivers:
            yield from _acts(reading, subjects(reading, verb), receivers, verb, f"goods:{_phrasal(verb)}")


def _relief_goods(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """'tents', 'medicine', 'emergency supplies', 'humanitarian goods': a noun of relief goods by itself, or one
    modified by a word of relief."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.lemma_.lower() in words["goods"]:
        return True
    return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in words["relief goods"] | words["relief work"]
               | {"aid"} for c in noun.children)


def _prep_objects(reading: Reading, head: Token, prepositions: set[str]) -> tuple[str, ...]:
    """The entities of the objects of a word's prepositional phrases headed by one of `prepositions`."""
    return tuple(k for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions
                 for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))


def help_to_act(reading: Reading) -> Iterator[Fact]:
    """'X is helping Y rebuild its army', 'X helped Y fight the rebels': the helped actor is parsed as the subject
    of a bare infinitive complement of "help"; the helper aids it (CAMEO 07)."""
    words = lexicons.aid_words()
    for verb in reading.index.with_lemma(words["helping"], "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["helping"] or negated(reading, verb):
            continue
        if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            continue  # "helped Y to rebuild": the trigger table's
        helped = tuple(k for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"
                       and not any(a.dep_ in {"aux", "mark"} for a in c.children)
                       for n in c.children if n.dep_ == "nsubj" for k in refs(reading, n))
        helped = _actors(reading, helped)
        if helped:
            yield from _acts(reading, subjects(reading, verb), helped, verb, f"help:{verb.lemma_.lower()}")


def _sum(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """'$12m', '£50m', '250m euros': a sum of money (the recogniser's, a currency sign, or a counted currency
    noun); "$12m" may be parsed as an adverbial measure, the sign as its modifier."""
    if noun.ent_type_ == "MONEY" or any(c.is_currency for c in noun.subtree):
        return True
    return noun.lemma_.lower() in words["currency"] and noun.i > 0 and (
        noun.nbor(-1).like_num or noun.nbor(-1).lower_ in MAGNITUDES)


def _acts(reading: Reading, givers: tuple[str, ...], receivers: tuple[str, ...], verb: Token, rule: str,
          predicate: str = "aids") -> Iterator[Fact]:
    """The act (aids, or a concession) of each giver to each receiver (`fact` drops an actor acting on itself),
    dated and modalised by the verb's clause; nothing when the clause is not asserted, planned or reported."""
    when = clause_date(reading, verb)
    mode = modality(reading, verb, when)
    if mode is None:
        return
    for s in givers:
        for o in receivers:
            found = fact(reading, s, predicate, o, verb, rule, AID_CONFIDENCE, when=when, modality=mode)
            if found:
                yield found


def _state_aid(funds: Token) -> bool:
    """'state aid', 'state subsidies': aid by a state the phrase does not name (who approves it or complains
    about it gives nothing)."""
    return any(c.dep_ in {"compound", "amod"} and c.lower_ == "state" for c in funds.children)


def _relative_funds(verb: Token, words: dict[str, frozenset[str]]) -> Token | None:
    """The antecedent of a giving verb's relative clause when it is a fund ("a loan that X extended to Y"), or a
    sum lent ("the $6bn which X lent Y"; a sum given or offered may be a price), else None."""
    head = verb.head
    if verb.dep_ != "relcl" or head.i == verb.i:
        return None
    lending = head.ent_type_ == "MONEY" and verb.lemma_.lower() in words["lending"]
    return head if lending or head.lemma_.lower() in words["funds"] else None


def _lent(reading: Reading, verb: Token, funds: Token) -> Iterator[Fact]:
    """The aid of a giving verb in a relative clause on the funds: its subject gives, the actor named as its
    object, dative or to-phrase receives (the relative pronoun stands for the funds)."""
    receivers = tuple(k for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "PRON"
                      for k in refs(reading, c))
    receivers += tuple(k for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                       for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
    receivers = tuple(k for k in dict.fromkeys(receivers) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
    if receivers:
        givers = tuple(k for c in verb.children if c.dep_ == "nsubj" for k in refs(reading, c))
        yield from _acts(reading, givers, receivers, verb, f"funds:{verb.lemma_.lower()}")


def help_in_place(reading: Reading) -> Iterator[Fact]:
    """'X sent engineers to assist with the relief effort in Y', 'X will help in the reconstruction of schools in
    Y': help with relief work in a country, no one named as helped, aids that country (not help in a war)."""
    words = lexicons.aid_words()
    for verb in reading.index.with_lemma(words["helping"], "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["helping"] or negated(reading, verb):
            continue
        if any(c.dep_ in {"dobj", "dative", "nsubjpass", "xcomp", "ccomp"} for c in verb.children):
            continue  # "helped Y", "helped to topple Y": the trigger table's, or an act of its own
        undertakings = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"with", "in"}
                        for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(
                            w.lemma_.lower() in words["relief work"] for w in (g, *g.children)
                            if w is g or w.dep_ in {"compound", "amod"})]  # not "helped in the war in Y"
        places = tuple(k for u in undertakings for k in location(reading, u) if reading.types.get(k) == "Country")
        if places:
            yield from _acts(reading, subjects(reading, verb), tuple(dict.fromkeys(places)), verb,
                             f"help:{verb.lemma_.lower()}")


def purposed_aid(reading: Reading) -> Iterator[Fact]:
    """'the plan used by X to rebuild Y', 'brought X's aid to rebuild Y', 'EU loans to help Y': a purpose
    infinitive of help or rebuilding names who benefits; the giver is the clause's actor, or else the one whose
    funds the infinitive is for (their possessor or modifier, or the by-agent of "funds given by X")."""
    words = lexicons.aid_words()
    for verb in reading.index.with_lemma(words["helping"] | words["rebuilding"], "VERB"):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in words["helping"] | words["rebuilding"] or not _purpose(verb) \
                or negated(reading, verb):
            continue
        anchor = verb.head
        if negated(reading, anchor) or anchor.pos_ in {"VERB", "AUX"} and _refused(anchor):
            continue  # "rejected US loans to rebuild Y", "did not use the funds to rebuild Y"
        # a helping verb's own actor is the trigger table's; who receives funds for a purpose gives nothing
        own = lemma in words["rebuilding"] and anchor.lemma_.lower() not in lexicons.receiving_verbs()
        givers = (_actors(reading, subjects(reading, verb)) if own else ()) or _fund_givers(reading, verb, words)
        receivers = tuple(k for k in _benefited(reading, verb, words) if not _givers_own(reading, k, verb, givers))
        if givers and receivers:
            yield from _acts(reading, givers, receivers, anchor, f"purpose:{lemma}")


def _purpose(verb: Token) -> bool:
    """An infinitive stating what an act or a fund is for ("sent aid to rebuild Y", "loans to help Y", "the
    plan used by X to rebuild Y"); not the complement of a wish or promise ("vowed to rebuild Y")."""
    if not grammar.to_infinitive(verb) or verb.head.i == verb.i:
        return False
    if verb.dep_ in {"advcl", "acl"}:
        return True
    return verb.dep_ == "xcomp" and any(c.dep_ in {"dobj", "agent"} for c in verb.head.children)


def _refused(verb: Token) -> bool:
    """A verb that turns down or ends what it takes ("rejected", "cancelled"): its funds were not given."""
    return _phrasal(verb) in lexicons.cancellation_cues() | lexicons.refusal_cues() | lexicons.negating_heads()


def _fund_givers(reading: Reading, verb: Token, words: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """Whose funds a purpose infinitive is for: the fund noun it hangs on ("loans to help Y") or the object of
    the verb it hangs on ("brought US aid to rebuild Y"), by its possessor or modifier ("Japan's loans", "US
    aid") or the by-agent of its participle ("loans provided by the World Bank")."""
    head = verb.head
    funds = [head] if verb.dep_ == "acl" else [c for c in head.children if c.dep_ == "dobj"]
    keys = [k for f in funds if f.pos_ == "NOUN" and f.lemma_.lower() in words["funds"] | words["resources"]
            for c in f.children if c.dep_ in {"poss", "compound", "nmod", "amod"} and c.i < f.i
            for k in refs(reading, c)]
    keys += [k for f in funds if f.pos_ == "NOUN" and f.lemma_.lower() in words["funds"] | words["resources"]
             for a in f.children if a.dep_ == "acl" and a.tag_ == "VBN"
             for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"
             for k in refs(reading, g)]
    return _actors(reading, tuple(keys))


def _benefited(reading: Reading, verb: Token, words: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """Who a help or rebuilding infinitive benefits: its object ("to rebuild Y"), or the object of the rebuilding
    it helps with ("to help rebuild Y"); an actor or a world region, not a city or a site ("to rebuild Kabul"
    restores a place, it aids no one named)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words["rebuilding"]]
    keys = tuple(k for h in heads for c in h.children if c.dep_ == "dobj"
                 and not (h.lemma_.lower() in words["rebuilding"] and _capital(c)) for k in refs(reading, c))
    return tuple(k for k in dict.fromkeys(keys) if reading.types.get(k) in vocabulary.ACTOR_TYPES
                 or reading.types.get(k) == "Place" and region_fits(reading, "aids", k))


def _capital(noun: Token) -> bool:
    """'Kabul': a capital's name, which stands for its government elsewhere, names the city itself as what is
    rebuilt."""
    name = " ".join(t.text for t in noun.subtree if t.dep_ == "compound" and t.head == noun or t == noun)
    return gazetteer.surface_forms().get(name, ("", ""))[1] == "capital"


def _givers_own(reading: Reading, key: str, verb: Token, givers: tuple[str, ...]) -> bool:
    """'to rebuild its army': what the giver's possessive names is the giver's own, not aided."""
    return any(p.dep_ == "poss" and set(refs(reading, p)) & set(givers)
               for c in verb.children if c.dep_ == "dobj" and key in refs(reading, c) for p in c.children)


def _actors(reading: Reading, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys that name actors, once each."""
    return tuple(k for k in dict.fromkeys(keys) if reading.types.get(k) in vocabulary.ACTOR_TYPES)


def exchanges_of_captives(reading: Reading) -> Iterator[Fact]:
    """'X and Y exchanged prisoners', 'X swapped hostages with Y': each side releases captives to the other, a
    concession both ways (CAMEO 0841 "return, release persons", PLOVER CONCEDE)."""
    words = lexicons.aid_words()
    for verb in reading.index.with_lemma(words["exchanging"], "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["exchanging"] or negated(reading, verb):
            continue
        if not any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in words["captives"] for c in verb.children):
            continue
        sides = subjects(reading, verb) + tuple(k for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                                                for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
        sides = tuple(k for k in dict.fromkeys(sides) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
        if len(sides) >= 2:
            yield from _acts(reading, sides, sides, verb, f"exchange:{verb.lemma_.lower()}", "concedesTo")


RELATION_CONFIDENCE = 0.65


def partners(reading: Reading) -> Iterator[Fact]:
    """'X became Y's biggest trading partner', 'X, Y's closest ally, ...': X cooperates with Y (a described
    partner, by a linking verb or an apposition; not a former one)."""
    words = lexicons.relation_nouns()
    for noun in reading.index.with_lemma(words["partner"] | words["donor"], "NOUN"):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in words["partner"] | words["donor"] \
                or any(c.lower_ in {"former", "no", "potential", "possible"} for c in noun.children):
            continue
        others = tuple(k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c)) \
            or _partnered(reading, noun)
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in lexicons.linking_verbs():
            verb = noun.head
            if any(c.dep_ == "neg" or c.lower_ == "longer" for c in verb.children) or negated(reading, verb):
                continue  # "X is not (no longer) Y's ally"
            holders = subjects(reading, verb)
        elif noun.dep_ == "appos":
            verb, holders = noun.head, refs(reading, noun.head)
        else:
            continue
        predicate = "aids" if lemma in words["donor"] else "cooperatesWith"  # "X is Y's biggest donor"
        yield from _relations(reading, holders, others, verb, f"partner:{lemma}", predicate)


def _partnered(reading: Reading, noun: Token) -> tuple[str, ...]:
    """Whose partner a partner noun names without a possessive: an of-phrase ("a key ally of Y") or an actor
    modifying it ("a US ally", "X's NATO partners" aside)."""
    return _actors(reading, _prep_objects(reading, noun, {"of"}) + tuple(
        k for c in noun.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < noun.i for k in refs(reading, c)))


def close_relations(reading: Reading) -> Iterator[Fact]:
    """'X's strong relationship with Y', 'X has close ties with Y', 'the special relationship between X and Y':
    a relationship qualified as close or warm is standing cooperation."""
    words = lexicons.relation_nouns()
    for noun in reading.index.with_lemma(words["relationship"], "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["relationship"] or not any(
                c.dep_ == "amod" and c.lemma_.lower() in words["close"] for c in noun.children):
            continue
        if any(c.dep_ == "amod" and c.lower_ in {"former", "once"} or c.dep_ in {"det", "neg"} and c.lower_ == "no"
               for c in noun.children):
            continue  # "its former close ties", "has no close ties with Y"
        others = tuple(k for p in noun.children if p.dep_ == "prep" and p.lower_ in {"with", "between"}
                       for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))
        holders = tuple(k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c))
        verb = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
        if not holders and noun.dep_ == "dobj":
            holders = subjects(reading, verb)  # "X has close ties with Y"
        if negated(reading, verb):
            continue
        if not holders and len(others) >= 2:  # "the special relationship between X and Y"
            holders, others = others[:1], others[1:]
        yield from _relations(reading, holders, others, verb, f"relation:{noun.lemma_.lower()}")


def joint_acts(reading: Reading) -> Iterator[Fact]:
    """'X and Y set up a joint venture', 'X launched a joint operation with Y', 'the event was jointly organised
    by X and Y': the doers of a joint act cooperate (CAMEO 06); not a joint statement or news conference (a
    media appearance), a named body ("the Joint Committee") or a joint act ended ("will unwind joint ventures")."""
    words, saying = lexicons.relation_nouns()["joint"], lexicons.relation_nouns()["saying"]
    for word in reading.index.with_lower(words):
        if word.lower_ not in words or word.ent_type_ in {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW"}:
            continue
        if word.dep_ == "amod" and word.head.pos_ == "NOUN":
            act = word.head
            if any(c.lemma_.lower() in lexicons.press_event_words() | saying for c in (act, *act.children)):
                continue
            verb = _governing_verb(act)
            sides = _with(reading, act) + (tuple(k for c in act.children if c.dep_ == "poss" for k in refs(reading, c))
                                          or (subjects(reading, verb) if verb is not None else ()))
        elif word.dep_ == "advmod" and word.head.pos_ == "VERB":
            act = verb = word.head
            sides = subjects(reading, verb)
        else:
            continue
        if verb is not None:
            sides += _with(reading, verb)
            if negated(reading, verb) or _phrasal(verb) in lexicons.cancellation_cues():
                continue
        sides = tuple(k for k in dict.fromkeys(sides) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
        head = verb if verb is not None else act
        for i, s in enumerate(sides):
            yield from _relations(reading, (s,), sides[i + 1:], head, f"joint:{act.lemma_.lower()}")


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or prepositional phrase) a noun is: "set up a joint venture", "in a joint operation"."""
    node = noun
    for _ in range(4):
        if node.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "appos"} or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _with(reading: Reading, head: Token) -> tuple[str, ...]:
    """The actors of a with-phrase on a word ("a joint venture with Y", "worked jointly with Y")."""
    return tuple(k for p in head.children if p.dep_ == "prep" and p.lower_ == "with"
                 for g in p.children if g.dep_ == "pobj" for k in refs(reading, g))


def _relations(reading: Reading, holders: tuple[str, ...], others: tuple[str, ...], verb: Token,
               rule: str, predicate: str = "cooperatesWith") -> Iterator[Fact]:
    """The relation (cooperatesWith, or aids) of each holder to each other actor, when the clause is asserted."""
    if not holders or not others:
        return
    when = clause_date(reading, verb)
    if modality(reading, verb, when) is None:
        return
    for s in holders:
        for o in others:
            found = fact(reading, s, predicate, o, verb, rule, RELATION_CONFIDENCE, when=when)
            if found:
                yield found


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle ("write off")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _measured(phrase: Token) -> list[Token]:
    """A phrase and what it measures: "80% of Y's debts", "$6bn in credits", "part of the loan"."""
    inner = [g for p in phrase.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
             for g in p.children if g.dep_ == "pobj"]
    return [phrase, *inner]


def _compound_debt(noun: Token, debts: frozenset[str]) -> bool:
    """'debt repayments': a noun a debt noun modifies directly is owed too (a longer chain, 'debt interest
    payments', is not followed: it lifted only the development half it was written on)."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in debts for c in noun.children)


def _debtors(reading: Reading, debt: Token) -> tuple[str, ...]:
    """Who owes a debt: its possessor or a country modifying it ("Y's debts", "Iraqi debt"), an of- or
    for-phrase ("the debts of Y", "repayments for Y"), or the agent of "owed by Y"."""
    keys = [k for c in debt.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i < debt.i
            for k in refs(reading, c)]
    keys += [k for p in debt.children if p.dep_ == "prep" and p.lower_ in OWNER_PREPOSITIONS - {"to"}
             for g in p.children if g.dep_ == "pobj" for k in refs(reading, g)]
    keys += [k for c in debt.children if c.dep_ == "acl" and c.lemma_.lower() == "owe"
             for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
             for k in refs(reading, g)]
    return tuple(k for k in dict.fromkeys(keys) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
