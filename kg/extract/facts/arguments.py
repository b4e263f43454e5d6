"""Who and what a word refers to: the entity keys behind a token, a verb's agent, a trigger's objects.

Plain functions over a `Reading` and a spaCy token, shared by every rule family: coordination ("Morocco and
Israel"), the part for the whole ("thousands of Kurds"), the modifying country ("Hungarian officials"), passive
agents, control verbs, relative clauses, and targets one phrase further in ("a ban on trade with Tripoli").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import grammar, lexicons
from kg.extract.facts.reading import Reading
from kg.extract.facts.triggers import is_light_verb, trigger_lemma, triggers

__all__ = ["refs", "subjects", "objects", "argument", "location", "purpose_objects", "complement_objects",
           "leader_described", "directive_clause", "located", "through_prep", "preps", "through_of", "position", "noun_subjects",
           "typed_in_clause", "between", "country_refs", "pre_modifiers", "passive_subject"]


def refs(reading: Reading, token: Token, depth: int = 0, modifiers: bool = True, owners: bool = True
         ) -> tuple[str, ...]:
    """The entity keys a token stands for, with its coordinated siblings ("Morocco and Israel").

    With `modifiers`, a noun that names no entity stands for the country or organisation modifying it
    ("Hungarian officials", "Kenya's biggest slum"); unless `owners`, not for a pronoun owner ("its market").
    Found once per reading and question (rules ask it again of the same words; it reads the states known)."""
    key = ("refs", token.i, depth, modifiers, owners)
    memo = reading.phase_memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _refs(reading, token, depth, modifiers, owners)
    return found  # type: ignore[return-value]


def _refs(reading: Reading, token: Token, depth: int, modifiers: bool, owners: bool) -> tuple[str, ...]:
    """`refs` computed."""
    keys = list(reading.resolved.keys_at(token))
    if keys and _unqualified_state(reading, token, keys):
        # "the government" taken for the last body named (a charity, a party): the document's own state, if known
        keys = [reading.ensure_country(reading.home_country)] if reading.home_country else []
    if keys and token.pos_ == "NOUN" and reading.types.get(keys[0]) == "Country":
        # "Hungarian and Romanian officials": a state description with coordinated countries stands for all
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"}:  # "U.S. and Russian negotiators": U.S. an nmod
                keys += [k for c in child.conjuncts for k in reading.resolved.keys_at(c)
                         if reading.types.get(k) == "Country"]
    if not keys and depth < 3:
        # "one Arab country, namely Bahrain": the apposition names it.
        for child in token.children:
            if child.dep_ == "appos":
                keys += refs(reading, child, depth + 1)
    if not keys and token.pos_ == "NOUN" and reading.leader_of:
        keys += leader_described(reading, token)
    title = lexicons.titles().get(token.lemma_.lower()) if not keys and token.pos_ == "NOUN" else None
    if title is not None:
        # "the prime minister of India, Manmohan Singh": a name the parser hung on the country is the holder's
        keys += [k for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"
                 for k in reading.resolved.keys_at(a) if reading.types.get(k) == "Person"]
    if title is not None and title.leads == "state" and not keys:
        # "the president of Armenia", unnamed: the head of state or government acts for the state
        keys += [k for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"
                 for k in reading.resolved.keys_at(g) if reading.types.get(k) == "Country"]
    if not keys and depth < 3 and (token.like_num or token.ent_type_ in {"CARDINAL", "QUANTITY"}
                                   or token.lemma_.lower() in lexicons.partitive_nouns()):
        # "thousands of Iraqi Kurds", "a group of Yoruba leaders": the part acts for the whole.
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                keys += [k for pobj in child.children if pobj.dep_ == "pobj" for k in refs(reading, pobj, depth + 1)]
    if not keys and modifiers and depth < 3 and token.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"} \
            and not _introduces_name(token):
        # "Hungarian and Romanian officials", "Egyptian goods": the modifying country stands for the actor.
        firm = token.lemma_.lower() in lexicons.company_nouns()  # "an Indian airline" is not India
        sold = token.lemma_.lower() in lexicons.divestment_words()  # "the Kovlink sale": Kovlink is what is sold
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod", "poss"} and child.i < token.i and (
                    owners or child.pos_ != "PRON") and not (sold and child.dep_ == "compound"):
                found = reading.resolved.keys_at(child) or _leading(reading, child)
                if firm and found and reading.types.get(found[0]) == "Country" and child.dep_ != "poss":
                    continue
                if found and reading.types.get(found[0]) in {"Country", "Organization"}:
                    keys += found
                    keys += [k for c in child.conjuncts for k in reading.resolved.keys_at(c)]
    if not keys and modifiers and token.pos_ == "NOUN" and lexicons.entity_nouns().get(
            token.lemma_.lower(), ("", ""))[1] == "state":
        # "his government would insist", "her country will send aid": the state its owner serves
        keys += [reading.serves[k] for c in token.children if c.dep_ == "poss"
                 for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Person" and k in reading.serves]
    if depth <= 2:
        for conj in token.conjuncts:
            if conj.i != token.i:
                keys += refs(reading, conj, depth + 1, modifiers)
    return tuple(dict.fromkeys(keys))


def _introduces_name(noun: Token) -> bool:
    """'the Scottish poet Jane Roe signed ...': a common noun right before a person's name describes the one named
    (the parser may split them); its country modifier is that one's nationality, so it stands for no country ("the
    Swiss resort Davos", a place, stays in its country)."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return False
    name = noun.nbor(1)
    while name.dep_ == "compound" and name.pos_ == "PROPN" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head  # "Jane" of "Jane Roe"
    return name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.head.i in {noun.i, noun.head.i} \
        and name.dep_ in {"compound", "appos", "nsubj", "nsubjpass", "flat"}


def _leading(reading: Reading, modifier: Token) -> tuple[str, ...]:
    """'Vietnamese-led forces', 'the US-led coalition': the state a compound "X-led" names leads the group and
    stands for it (not "X-backed": a backer is not the actor)."""
    if modifier.lemma_.lower() != "lead" or modifier.i < 2 or modifier.nbor(-1).text != "-":
        return ()
    return tuple(k for c in modifier.children if c.i == modifier.i - 2 for k in reading.resolved.keys_at(c))


def subjects(reading: Reading, verb: Token, raising: bool = False) -> tuple[str, ...]:
    """The agent of a verb: nsubj, the by-agent of a passive, or inherited through xcomp, conj or relcl.

    With `raising`, the passive subject of a governing verb counts ("X is expected to visit Y"). Found once per
    reading and question, as `refs`."""
    key = ("subjects", verb.i, raising)
    memo = reading.phase_memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _subjects(reading, verb, raising)
    return found  # type: ignore[return-value]


def _subjects(reading: Reading, verb: Token, raising: bool) -> tuple[str, ...]:
    """`subjects` computed."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if _one_for_many(reading, child):
                return ()
            return refs(reading, child) or located(reading, child) or issuers(reading, child) or (
                _apposed(reading, verb.head) if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else ())
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return refs(reading, pobj)
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return refs(reading, child) if raising else ()
    if not raising and any(c.dep_ == "auxpass" for c in verb.children):
        return ()  # "X held out until being coerced into it": a passive's inherited subject is its patient
    if verb.dep_ in {"xcomp", "advcl"} and verb.head.i != verb.i and _addressed(verb) is not None:
        return ()  # "called on Y to quit": an act asked of Y is neither the caller's nor done by Y
    if verb.dep_ in {"xcomp", "pcomp", "advcl"} and verb.head.i != verb.i:
        patient = _passive_controller(reading, verb)
        if patient is not None:
            return patient
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        return subjects(reading, verb.head, raising=True)
    if verb.dep_ == "advcl" and _plan_infinitive(verb) is not None:
        return ()  # "X was among those worried about plans, backed by Y, to lift Z": the plan's act, not X's
    if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and verb.head.i != verb.i:
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        return subjects(reading, governor)
    if verb.dep_ == "acomp" and verb.head.i != verb.i:
        return subjects(reading, verb.head)  # "Norway is ready to provide aid": the subject of the copula
    if verb.dep_ == "relcl":
        return refs(reading, verb.head)
    if verb.dep_ in {"acl"} and verb.tag_ == "VBG":
        # "protesters demanding reforms"; "issued a declaration demanding ...": the issuer
        later = _later_conjuncts(reading, verb)
        keys = tuple(k for k in refs(reading, verb.head) if reading.types.get(k) in vocabulary.ACTOR_TYPES
                     and k not in later)
        return keys or noun_subjects(reading, verb.head)
    return ()


def _later_conjuncts(reading: Reading, verb: Token) -> set[str]:
    """'committees reviewing the work of X and the Y department': a conjunct of the participle's noun that comes
    after the participle closes the participle's own object (the parser may join it to the noun); it does not act."""
    head = verb.head
    return {k for c in head.conjuncts if c.i > verb.i for k in refs(reading, c)} - set(
        reading.resolved.keys_at(head)).union(*(refs(reading, c) for c in head.conjuncts if c.i < verb.i))


def _one_for_many(reading: Reading, pronoun: Token) -> bool:
    """'officials who colluded with Y': a relative pronoun after a plural noun that a resolver took for one person
    names no one (the noun is many); its clause has no known agent."""
    verb = pronoun.head
    if pronoun.tag_ not in {"WP", "WDT"} or verb.dep_ != "relcl" or verb.head.tag_ not in {"NNS", "NNPS"}:
        return False
    keys = refs(reading, pronoun)
    return bool(keys) and all(reading.types.get(k) == "Person" for k in keys)


def _passive_controller(reading: Reading, verb: Token) -> tuple[str, ...] | None:
    """'Y was pressed by X to quit', 'Y was jailed by X for helping Z': an infinitive completing a passive verb
    with a by-agent (or hung on it after a verb of pressing), or a gerund after its preposition, is the act of the
    passive subject (the one pressed or punished), not of the agent; None when the governor is no such passive."""
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.dep_ == "pcomp" and (verb.tag_ != "VBG" or verb.head.dep_ != "prep"):
        return None
    if verb.dep_ == "xcomp" and not grammar.to_infinitive(verb):
        return None
    if verb.dep_ == "advcl" and not (grammar.to_infinitive(verb) and _pressing(governor)):
        return None  # "X was bombed by Y to punish Z": a purpose is the agent's
    patient = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    if patient is None or not any(c.dep_ == "agent" for c in governor.children):
        return None
    return refs(reading, patient)


def _pressing(verb: Token) -> bool:
    """A verb that presses its object to act: a directive ("urge", "pressure") or a coercive trigger ("force")."""
    rows = triggers().get((trigger_lemma(verb, "VERB", triggers()), "VERB"), ())
    return _directive(verb) or any(t.predicate == "coerces" for t in rows)


def _apposed(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'Jane Doe, the local woman who criticised Y': a description in apposition that names no one itself stands for
    the actor it is set beside (the relative pronoun subject of its clause is that actor)."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return ()
    return tuple(k for k in refs(reading, noun.head) if reading.types.get(k) in vocabulary.ACTOR_TYPES)


def _plan_infinitive(verb: Token) -> Token | None:
    """The plan or proposal noun (data/proposal_nouns.txt, data/plan_verbs.txt) that an infinitive hung on the clause
    belongs to: an object of a preposition before it ("worried about plans, backed by Y, to lift Z") that has no
    infinitive of its own, so the parser took the noun's infinitive for the clause's purpose; None otherwise."""
    if verb.head.i == verb.i or not grammar.to_infinitive(verb):
        return None
    nouns = lexicons.proposal_nouns() | lexicons.plan_verbs()
    return next((t for t in verb.head.subtree if verb.head.i < t.i < verb.i and t.dep_ == "pobj" and t.pos_ == "NOUN"
                 and t.lemma_.lower() in nouns and not any(c.dep_ in {"acl", "relcl"} and c.tag_ == "VB"
                                                           for c in t.children)), None)


def _directive(verb: Token) -> bool:
    """'instruct', 'urge', 'call on': a verb that asks its object to act (data/directive_verbs.txt, or a demands
    trigger of the table)."""
    table = triggers()
    return verb.lemma_.lower() in lexicons.directive_verbs() or any(
        t.predicate == "demands" for t in table.get((trigger_lemma(verb, "VERB", table), "VERB"), ()))


def _addressed(verb: Token) -> Token | None:
    """The one a directive addresses before the act it asks for ("urged Y to quit", "called on Y to quit"): the
    directive's object, or the object of its on/upon; None when the governor is no directive or names no one."""
    governor = verb.head
    if not grammar.to_infinitive(verb):
        return None
    table = triggers()
    directive = governor.lemma_.lower() in lexicons.directive_verbs() or any(
        t.predicate == "demands" for t in table.get((trigger_lemma(governor, "VERB", table), "VERB"), ()))
    if not directive:
        return None
    return next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None) or next(
        (g for c in governor.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i < verb.i
         for g in c.children if g.dep_ == "pobj"), None)


ISSUER_PREPOSITIONS = frozenset({"from", "by", "for", "of"})  # "a statement from X", "a spokesman for X"


def issuers(reading: Reading, noun: Token) -> tuple[str, ...]:
    """Who a statement or a spokesman (data/issuing_nouns.txt) that names no actor itself speaks for: "a statement
    from X", "a spokesman for X", "a statement issued by X" or "issued on behalf of X"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicons.issuing_nouns():
        return ()
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    phrases = [g for h in heads for c in h.children if c.dep_ in {"prep", "agent"}
               and (c.lower_ in ISSUER_PREPOSITIONS or c.dep_ == "agent") for g in c.children if g.dep_ == "pobj"]
    # "issued on behalf of X"
    phrases += [g for h in heads[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                for b in c.children if b.dep_ == "pobj" and b.lower_ == "behalf"
                for p in b.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return tuple(dict.fromkeys(k for p in phrases for k in refs(reading, p)
                               if reading.types.get(k) in vocabulary.ACTOR_TYPES - {"Place"}))


def objects(reading: Reading, head: Token, spec: tuple[str, ...], passive: bool, places: bool = True,
            wanted: frozenset[str] | None = None) -> tuple[str, ...]:
    """The object of a trigger by the lexicon's attachment spec: dobj, or a preposition ("prep:to").

    Unless `places`, a thing owned by a country does not stand for it ("called the UK's rebate unjustified").
    With `wanted` entity types, an object of another type is looked into ("demanded a meeting of the UN
    Security Council": the council)."""
    found = _objects(reading, head, spec, passive, places)
    if wanted is None or not found or any(reading.types.get(k) in wanted for k in found):
        return found
    inner = _objects(reading, head, spec, passive, places, inside=True)
    return tuple(k for k in inner if reading.types.get(k) in wanted) or found


def _objects(reading: Reading, head: Token, spec: tuple[str, ...], passive: bool, places: bool = True,
             inside: bool = False) -> tuple[str, ...]:
    """`objects` without the look inside: the first attachment of the spec that names any entity."""
    for way in spec:
        if way == "poss":
            for child in head.children:
                if child.dep_ == "dobj":
                    keys = tuple(k for g in child.children if g.dep_ == "poss" for k in refs(reading, g))
                    if keys:
                        return keys
        if way in {"dobj", "dative"}:
            deps = {"nsubjpass"} if passive else {way}
            for child in head.children:
                if child.dep_ in deps:
                    if passive and _pronoun_owned(child):  # "her bid for the Y seat was blocked by X"
                        keys = () if inside else refs(reading, child, modifiers=places, owners=False)
                        if keys:
                            return keys
                        continue
                    keys = argument(reading, child, modifiers=places, inside=inside)
                    if keys:
                        return keys
        elif way.startswith("prep:"):
            prep = way[5:]
            for child in preps(reading, head):
                if child.lower_ == prep:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            # "a ban on trade with Tripoli": the entity may sit one phrase further in.
                            keys = argument(reading, pobj, modifiers=places, inside=inside)
                            if keys:
                                return keys
    return ()


def argument(reading: Reading, token: Token, depth: int = 0, modifiers: bool = True, inside: bool = False
             ) -> tuple[str, ...]:
    """The actors an object phrase stands for: the entity it names or its modifying country, else, for a
    thing, whose it is ("Saddam Hussein's proposal"), what it is of or aimed at ("the reopening of X",
    "action against Russia"), who made it ("calls by Kofi Annan") or what an apposition names."""
    keys = () if inside else refs(reading, token, modifiers=modifiers, owners=False)
    if keys or depth > 2 or token.pos_ not in {"NOUN", "PROPN"}:
        return keys
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":  # "press their demands": "their" is the agent
            keys = refs(reading, child)
            if keys:
                return keys
    if _unnamed_actor(token):
        return through_of(reading, token)  # "backing for the government over Y": Y is the topic, not the actor
    keys = through_of(reading, token) or through_prep(reading, token)
    if keys:
        return keys
    for child in token.children:  # "crimes committed by Croat forces": the agent of a participle
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    keys = tuple(k for g in agent.children if g.dep_ == "pobj" for k in refs(reading, g))
                    if keys:
                        return keys
    for child in token.children:  # one phrase further in: "demands for reforms from the government"
        if child.dep_ == "prep" and child.lower_ in grammar.OBJECT_PREPOSITIONS | {"of", "by"} or child.dep_ == "appos":
            for pobj in ([child] if child.dep_ == "appos" else child.children):
                if pobj.dep_ in {"pobj", "appos"}:
                    keys = argument(reading, pobj, depth + 1)
                    if keys:
                        return keys
    return ()


def _unnamed_actor(noun: Token) -> bool:
    """'the government', 'the prime minister': a noun for an actor (data/entity_nouns.tsv, data/titles.tsv) that
    names no one known stands for no other actor its phrases name ("backing for the minister on Y": Y is what the
    backing is about; "the government of Y" is still Y's, by its of-phrase)."""
    lemma = noun.lemma_.lower()
    role = lexicons.entity_nouns().get(lemma, ("", ""))[1]  # not a body's word: "a service for Y" may be a rite
    return noun.pos_ == "NOUN" and (role in {"state", "representative", "agent"} or lemma in lexicons.titles())


def _pronoun_owned(noun: Token) -> bool:
    """'her bid for the seat was blocked by X': a thing a pronoun owns, the subject of a passive, is the act or the
    property of another than the agent; the actors its phrases name are its goal or its topic, not the one X acts
    against (in the active, "X pressed its demands on Y", the pronoun may be X's own and Y the target)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def location(reading: Reading, head: Token) -> tuple[str, ...]:
    """The country or place where an act is done ("imposed a curfew in Montenegro", "rioted in Serbia")."""
    # (phrase, whether a locative preposition leads to it); "rioted at a jail in northern Israel", "a state of
    # emergency in Darfur", "in the town of Cizre": the place may sit a phrase or two further in
    scopes = [(head, False), *((c, False) for c in head.children
                               if c.dep_ in {"dobj", "nsubjpass", "xcomp", "acl"})]  # "a curfew imposed in X"
    scopes += [(g, False) for c, _ in scopes[1:] if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
    for _ in range(3):
        found: list[tuple[Token, bool]] = []
        for scope, located in scopes:
            for child in scope.children:
                if child.dep_ != "prep" or child.lower_ not in grammar.WITHIN_PREPOSITIONS | {"of"}:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    here = located or child.lower_ in grammar.WITHIN_PREPOSITIONS
                    keys = tuple(k for k in refs(reading, pobj) if reading.types.get(k) in {"Country", "Place"})
                    if not reading.resolved.keys_at(pobj) and _event_noun(pobj):
                        keys = ()  # "an attack in the Palestinian uprising": an event is no place
                    if here and keys:  # a place stands for its country too ("a curfew in Kabul")
                        return keys + tuple(reading.ensure_country(reading.place_country[k]) for k in keys
                                            if k in reading.place_country)
                    found.append((pobj, here))
        scopes = found
    return ()


def _event_noun(token: Token) -> bool:
    """A noun of the trigger table ("uprising", "war", "talks"): it names an event, not a place."""
    table = triggers()
    return token.pos_ == "NOUN" and (trigger_lemma(token, "NOUN", table), "NOUN") in table


def purpose_objects(reading: Reading, head: Token) -> tuple[str, ...]:
    """The target named by an act's purpose clause: "marched to demand reforms from X", "rallied on Sunday
    calling for independence from X" (for a staged event noun, the clause may hang on the light verb)."""
    scopes = [head] + ([head.head] if head.pos_ == "NOUN" and head.dep_ == "dobj" else [])
    objects = [c for c in head.children if c.dep_ == "dobj"]  # "lifted a ban to reward Tripoli"
    if head.lemma_.lower() in grammar.LETTING_VERBS:
        objects = []  # "would not allow a row to damage X": the object's infinitive is the act let happen
    # "would not meet demands to free X": a directive noun's infinitive is what is asked, not the act's purpose
    objects = [o for o in objects if o.lemma_.lower() not in lexicons.directive_nouns()]
    for scope in scopes + objects:
        for clause in scope.children:
            if clause.dep_ not in {"advcl", "xcomp", "acl", "conj", "relcl"} or clause.pos_ != "VERB":
                continue
            if (clause.dep_ == "relcl" or scope in objects) and not grammar.to_infinitive(clause):
                continue  # on a noun, only an infinitive states a purpose ("a bridge spanning X" does not)
            if clause.lemma_.lower() in lexicons.joining_verbs():
                continue  # "rioted, joining thousands of demonstrators": whom one joins is no target
            if _own_clause(clause):
                continue  # "eased curfews as police cracked down on Y": another actor's act, not a purpose
            for child in clause.children:
                if child.dep_ in {"dobj", "ccomp"}:
                    target = child
                    if child.dep_ == "ccomp":  # "demanding that he be reinstated": the clause's subject
                        target = next((g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                    keys = argument(reading, target) if target is not None else ()
                    if keys:
                        return keys
                if child.dep_ == "prep" and child.lower_ in grammar.OBJECT_PREPOSITIONS:
                    for pobj in child.children:
                        keys = argument(reading, pobj) if pobj.dep_ == "pobj" else ()
                        if keys:
                            return keys
    return ()


def _own_clause(clause: Token) -> bool:
    """'as police cracked down on Y', 'after Y attacked': a clause with a subject of its own, or opened by a
    subordinator (as, after, because), states another act, not what the act it hangs on is for."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children) or any(
        c.dep_ == "mark" and c.lower_ not in {"to", "in", "order", "so"} for c in clause.children)


def complement_objects(reading: Reading, verb: Token, predicate: str) -> tuple[str, ...]:
    """Objects reached through a complement clause.

    'X demanded that Y withdraw' / 'X urged that Y ...': the addressee is the complement's subject;
    'X threatened to cut off supplies to Y': the threatened party is the complement's object.
    """
    for child in verb.children:
        if (child.dep_ == "ccomp" or child.dep_ == "acl" and verb.pos_ == "NOUN" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in child.children)) \
                and predicate in lexicons.predicate_targets()["addressee"] \
                and (predicate != "demands" or directive_clause(child, verb)):
            # "its demand that Israel ease the restrictions"
            if lexicons.PREDICATES.get(predicate) == "DEMAND" and _reports_a_past(child):
                continue  # "insisted that Y had made progress": a claim about Y, not a demand on Y
            for grand in child.children:
                if grand.dep_ in {"nsubj", "nsubjpass"}:
                    keys = refs(reading, grand)
                    if keys:
                        return keys
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and lexicons.PREDICATES.get(predicate) != "DEMAND" \
                and not (lexicons.PREDICATES.get(predicate) in _HELPING and not _helpful(child)) \
                and not (lexicons.PREDICATES.get(predicate) == "AGREE" and _directive(child)):
            # (nor is the one an agreed directive addresses a party: "agreed to instruct Y to act")
            # (a demand's own infinitive, "sought to cut Y's budget", is the demander's act, not asked of Y; help
            # "to topple Y's president" is done against Y, not for it)
            for grand in child.children:
                if grand.dep_ in {"dobj", "dative"}:
                    keys = _fitting(reading, predicate, refs(reading, grand) or through_prep(reading, grand))
                    if keys:
                        return keys
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in grammar.OBJECT_PREPOSITIONS:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and refs(reading, pobj):
                            return refs(reading, pobj)
    return ()


_HELPING = frozenset({"AID", "SUPPORT", "COOPERATE"})  # acts done for the one a complement's object names


def _helpful(verb: Token) -> bool:
    """'helped fund Y', 'helped defend Y': an infinitive the trigger table knows as an act done for its object (an
    aid, support or cooperation reading); "helped topple Y", "helped build a school in Y" name what the help
    achieved, and its object is not the one helped."""
    rows = triggers().get((verb.lemma_.lower(), "VERB"), ())
    return any(lexicons.PREDICATES.get(t.predicate) in _HELPING for t in rows)


def _unqualified_state(reading: Reading, token: Token, keys: list[str]) -> bool:
    """'the government', 'the administration' resolved to an organisation that is no government (its name does
    not hold the noun): a bare state noun names a state, not the charity or party last mentioned."""
    if token.pos_ != "NOUN" or lexicons.entity_nouns().get(token.lemma_.lower(), ("", ""))[1] != "state" \
            or token.ent_type_ or any(c.dep_ in {"poss", "amod", "compound", "nmod"} for c in token.children):
        return False
    entities = reading.resolved.entities
    return all(reading.types.get(k) == "Organization" and k in entities
               and token.lemma_.lower() not in entities[k].label.lower() for k in keys)


def _fitting(reading: Reading, predicate: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys a predicate can take as object: "the two sides agreed to reopen talks" names no other side in
    "talks" (an event), so the sides themselves stay the pair that agrees."""
    range_ = vocabulary.allowed_types(predicate)[1]
    return tuple(k for k in keys if reading.types.get(k) in range_)


def directive_clause(clause: Token, governor: Token) -> bool:
    """'demanded that Israel withdraw', 'urged that talks should resume': a following clause in the subjunctive
    or with a modal of obligation says what must be done ("insisted the code meant ..." only reports)."""
    if clause.i < governor.i:
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ in {"VB", "VBP"} and not aux - {"to", "be"} or bool(aux & grammar.OBLIGATION_AUXILIARIES)


def _reports_a_past(clause: Token) -> bool:
    """A complement in the past or the perfect ("that Y had made", "that the code meant"): a statement of what is
    so, where a demand's complement is subjunctive, modal or future ("that Y withdraw", "that Y should go")."""
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ == "VBD" and not aux or bool(aux & {"had", "has", "have", "was", "were"}) \
        and not aux & (grammar.OBLIGATION_AUXILIARIES | grammar.FUTURE_AUXILIARIES | {"would"})


def leader_described(reading: Reading, noun: Token) -> list[str]:
    """'the head of the army', 'the highest ranking member of the army': the one person the text has said
    leads that organisation."""
    det = any(c.lower_ in {"the", "its", "this"} for c in noun.children if c.dep_ in {"det", "poss"})
    lemma = noun.lemma_.lower()
    superlative = any(c.tag_ == "JJS" or c.lower_ in {"top", "highest", "most"} for c in noun.subtree
                      if c.i < noun.i)
    if not det or not (lemma in lexicons.titles() or (lemma in lexicons.rank_nouns() and superlative)):
        return []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                leaders = [reading.leader_of[k] for k in reading.resolved.keys_at(pobj) if k in reading.leader_of]
                if pobj.dep_ == "pobj" and leaders:
                    return leaders[:1]
    return []


def located(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'Security forces in Guinea', 'officials from Iran': an agent known by the country it is in or from; not a
    firm ('companies from Canada', as 'Canadian companies', do not act for Canada: data/company_nouns.txt)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in lexicons.company_nouns():
        return ()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "from", "of"}:
            for pobj in child.children:
                # "the prime ministers of Bulgaria, Albania and Macedonia": every coordinated country
                keys = tuple(k for c in (pobj, *pobj.conjuncts) for k in reading.resolved.keys_at(c)
                             if reading.types.get(k) == "Country")
                if pobj.dep_ == "pobj" and keys:
                    return tuple(dict.fromkeys(keys))
    return ()


def through_prep(reading: Reading, token: Token) -> tuple[str, ...]:
    """'threatened further action against Russia': a nominal object aimed at an entity."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in grammar.OBJECT_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    keys = refs(reading, pobj)
                    if keys:
                        return keys
    return ()


def preps(reading: Reading, head: Token) -> Iterator[Token]:
    """Prepositions attached to the trigger, also through its direct object ("signed a deal with X")."""
    for child in head.children:
        if child.dep_ in {"prep", "agent", "dative"}:
            yield child
        elif child.dep_ == "prt":
            yield child
    for child in head.children:
        if child.dep_ in {"dobj", "attr"}:
            for grand in child.children:
                if grand.dep_ == "prep":
                    yield grand
        if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN":
            # "the reestablishment of relations with Israel": the of-phrase of a nominalisation
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from (g for g in pobj.children if g.dep_ == "prep")


def through_of(reading: Reading, token: Token) -> tuple[str, ...]:
    """'the reopening of the Allenby bridge': a nominal object that is about an entity."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return refs(reading, pobj)
    return ()


def position(noun: Token) -> Token:
    """The phrase an event noun fills in its clause: itself, or the noun it modifies ("launched a mediation
    effort") or measures out ("provided 25,000 tons of food aid", "gave $5m of aid")."""
    node = noun
    for _ in range(3):
        head = node.head
        if node.dep_ == "compound" and head.pos_ == "NOUN":
            node = head
        elif node.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i and (
                head.head.like_num or head.head.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"}
                or head.head.lemma_.lower() in lexicons.measure_nouns() | lexicons.partitive_nouns()):
            node = head.head
        else:
            break
    return node


SEQUENCE_PREPOSITIONS = frozenset({"following", "before", "since", "prior"})  # an event that came before or after


def noun_subjects(reading: Reading, noun: Token) -> tuple[str, ...]:
    """The agent of a nominalisation: 'Doe's visit', 'a visit by X', 'X made a visit', 'X was the mediator'."""
    for child in noun.children:
        if child.dep_ == "poss":
            return refs(reading, child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return refs(reading, pobj)
    # "the US ban on trade with Tripoli, imposed by Ronald Reagan in 1986": the country modifying the event
    # noun and the agent of the participle describing it both act
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if governor is not None and governor.pos_ in {"VERB", "AUX"}:
        # "X is seeking $20bn in a US lawsuit against Y": the clause's actor acts, the country says where
        actors = tuple(k for k in subjects(reading, governor) if reading.types.get(k) in vocabulary.ACTOR_TYPES)
        if actors:
            return actors
    agents = tuple(k for child in noun.children if child.dep_ == "acl" and child.tag_ == "VBN"
                   for agent in child.children if agent.dep_ == "agent"
                   for g in agent.children if g.dep_ == "pobj" for k in refs(reading, g))
    for child in noun.children:
        # "the US ban on trade", "a British offer": a country or organisation modifying the event noun is its agent.
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i:
            keys = [k for k in reading.resolved.keys_at(child) if reading.types.get(k) in {"Country", "Organization"}]
            if keys:
                return tuple(dict.fromkeys([*keys, *agents]))
    if agents:
        return agents
    if position(noun) is not noun:
        return noun_subjects(reading, position(noun))
    head = noun.head
    if noun.dep_ in grammar.LIGHT_SUBJECT_DEPS and head.i != noun.i:
        if noun.dep_ == "pobj":
            if head.lower_ in SEQUENCE_PREPOSITIONS:
                return ()  # "offered to negotiate following the invasions of Dagestan": an earlier event, not his
            if head.lower_ in grammar.CIRCUMSTANCE_PREPOSITIONS and head.head.pos_ in {"VERB", "AUX"}:
                return subjects(reading, head.head)  # "youths threw stones during demonstrations against X"
            head = head.head
        if is_light_verb(head) or head.lemma_ in grammar.STATE_VERBS:  # "remained on alert"
            own = set(reading.resolved.keys_at(noun))  # "Talks ... resumed": the event is not its own agent
            return tuple(k for k in subjects(reading, head) if k not in own)
    return ()


def typed_in_clause(reading: Reading, head: Token, wanted: frozenset[str]) -> tuple[str, ...]:
    """The nearest entity of a wanted type in the trigger's own clause, for objects the parser misattached
    ("signed with his counterpart Y, a memorandum" parsed as an apposition of Y)."""
    best: tuple[int, tuple[str, ...]] | None = None
    for t in head.subtree:
        if t.i == head.i:
            continue
        keys = tuple(k for k in reading.resolved.keys_at(t) if reading.types.get(k) in wanted)
        if not keys:
            continue
        node, crossed = t.head, False
        while node.i != head.i and node.head.i != node.i:
            if node.pos_ in {"VERB", "AUX"}:
                crossed = True
                break
            node = node.head
        if not crossed and (best is None or abs(t.i - head.i) < best[0]):
            best = (abs(t.i - head.i), keys)
    return best[1] if best else ()


def between(reading: Reading, noun: Token, through_object: bool = True) -> tuple[str, ...]:
    """'cooperation between Morocco and Israel': both sides of a symmetric relation."""
    attached = preps(reading, noun) if through_object else (c for c in noun.children if c.dep_ == "prep")
    for child in attached:
        if child.lower_ in {"between", "among"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return refs(reading, pobj)
    return ()


def country_refs(reading: Reading, token: Token) -> tuple[str, ...]:
    """The countries a token names itself (not through modifiers or coordination)."""
    return tuple(k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Country")


def pre_modifiers(reading: Reading, mention, head: Token) -> list[Token]:
    """The words in front of a name inside its noun phrase ("Israeli Prime Minister", "Russian oil firm")."""
    pre: list[Token] = []
    for t in reversed(reading.doc[min(t.i for t in head.subtree):mention.start]):
        in_title_of = (t.dep_ == "prep" and t.lower_ in {"of", "for"}) or (
            t.dep_ == "pobj" and t.head.lower_ in {"of", "for"})  # "US Secretary of State Condoleezza Rice"
        if t.dep_ not in {"compound", "amod", "nmod", "poss", "det", "case", "nummod", "cc", "conj"} \
                and not in_title_of:
            break  # "Earlier, Foreign Secretary Tom Hale": the adverb ends the title
        pre.insert(0, t)
    return pre


def passive_subject(reading: Reading, verb: Token) -> tuple[str, ...]:
    """The entities a passive subject names ("X was appointed ...")."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return refs(reading, child)
    return ()
