"""Gatherings as events with participants: who takes part in talks, a summit, a ceremony or an election, who meets
whom there, and who hosts it. Reads each event mention's noun phrase ("X's talks with Y", "talks between X and Y",
"X-Y talks", "Lane's re-election", "X's victory in the election") and the clause it fills ("X held talks with Y",
"X spoke at the summit", "X arrived in P for the summit", "X will stand at the next election"). Meetings
(data/event_kinds.tsv kind "meeting") also give meetsWith, but only between the two sides of the talks, never
between people who merely attend the same gathering."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from kg import datafiles, vocabulary
from kg.extract import gazetteer, grammar, lexicons
from kg.extract.facts.arguments import objects, refs, subjects
from kg.extract.facts.qualifiers import (asked_for, clause_date, ended, fact, modality, negated, prospect,
                                         word_parts)
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["gathering_facts", "representation_facts", "meeting_places", "campaign_facts", "party_contenders",
           "parties_of_the_article"]

# Prepositions by which a clause puts its subject at an event ("spoke at the summit", "said during the talks").
PRESENCE_PREPOSITIONS = frozenset({"at", "during"})


def gathering_facts(reading: Reading) -> Iterator[Fact]:
    """Participants (participatesIn), hosts (hosts) and the sides that meet (meetsWith) of each event mention."""
    kinds = lexicons.event_kinds()
    done: set[int] = set()
    attended: set[str] = set()  # the events someone is found taking part in
    for found in _mention_facts(reading, kinds, done):
        if found.predicate == "participatesIn":
            attended.add(found.object)
        yield found
    yield from _met_before(reading, kinds, attended)
    yield from _conversations(reading)
    yield from _joint_appearances(reading)


def _mention_facts(reading: Reading, kinds: dict[str, str], done: set[int]) -> Iterator[Fact]:
    """`gathering_facts` of each event mention read on its own phrase and clause."""
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        if reading.types.get(key) != "Event" or head.i in done or head.pos_ not in {"NOUN", "PROPN"}:
            continue
        done.add(head.i)
        if any(c.dep_ == "compound" and c.lower_ in lexicons.press_event_words() for c in head.children):
            continue  # "a joint news conference": a media appearance, not a meeting
        kind = kinds.get(head.lemma_.lower(), "*")
        if _proposed(head):
            continue  # "plans for a debate between X and Y collapsed", "calls for talks with Y": not held
        if _topic_of_deal(head) and not _campaign_in(head, kind):
            continue  # "hails a Peru-Chile talks deal": the deal is about talks to come, none held (but an election
            # campaign is run in the election it names)
        verb = _governing_verb(head)
        if verb is not None and _arranged(head, verb):
            continue  # "trying to arrange a meeting with X", "sought talks with Y": not (yet) held
        if negated(reading, head) or ended(reading, head) or (verb is not None and negated(reading, verb)):
            continue  # "did not attend the summit", "no talks", "the debate was cancelled"
        when = clause_date(reading, head)
        mode = modality(reading, verb if verb is not None else head, when)
        if mode is None:
            continue
        if verb is not None and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
            mode = "planned"  # "X is due in Lima for the summit": expected there
        decided = False  # "agreed to begin talks": a decision to talk, not a meeting held or scheduled
        if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicons.plan_verbs():
            mode = "planned"  # "agreed to begin talks", "plan to hold a summit": not (yet) held
            decided = verb.head.lemma_.lower() not in lexicons.schedule_verbs() \
                and verb.lemma_.lower() not in lexicons.resumption_verbs()  # ("agreed to reopen talks": they met)
        found = _facts(reading, key, head, kind, verb, when, mode, meets=not decided)
        if verb is not None and _wished(verb):  # "called for him to go to Auschwitz for the ceremony": where
            found = (f for f in found if f.predicate == "hosts")  # it is held holds, not who goes
        yield from found


def _conversations(reading: Reading) -> Iterator[Fact]:
    """'X had a telephone conversation with Y', 'X had seen it in conversations with Y', 'X's phone call with Y':
    a conversation (data/conversation_nouns.txt; "call" only as a telephone call) is a meeting of its sides
    (PLOVER CONSULT: meet, telephone), though no gathering of its own."""
    nouns = _conversation_nouns()
    for noun in reading.index.with_lemma(nouns | {"call"}, "NOUN"):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in nouns and not (lemma == "call" and any(
                c.dep_ == "compound" and c.lower_ in {"phone", "telephone"} for c in noun.children)):
            continue
        partners = _with(reading, noun)
        if not partners or negated(reading, noun) or noun.dep_ == "pobj" and (
                prospect(noun.head) or asked_for(noun.head)):
            continue  # ("ready for a conversation with Y", "called for a conversation with Y": not held)
        sides = [k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c)]
        clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else \
            noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"have", "hold"} else None
        if clause is not None and clause.pos_ == "NOUN" and clause.dep_ == "dobj":
            clause = clause.head  # "had seen the change in conversations with Y" (the parser's attachment)
        if not sides and clause is not None and clause.pos_ in {"VERB", "AUX"}:
            if negated(reading, clause) or _arranged(noun, clause):
                continue
            sides = list(_without_own_states(reading, subjects(reading, clause), clause))
        anchor = clause if clause is not None and clause.pos_ in {"VERB", "AUX"} else noun
        when = clause_date(reading, anchor)
        mode = modality(reading, anchor, when)
        if mode is None:
            continue
        for a in _actors(reading, sides):
            for b in partners:
                if a == b or reading.serves.get(a) == b or reading.serves.get(b) == a:
                    continue
                found = fact(reading, a, "meetsWith", b, noun, "gathering:conversation", 0.7, when=when,
                             modality=mode)
                if found:
                    yield found


def _joint_appearances(reading: Reading) -> Iterator[Fact]:
    """'X told a joint news conference with Y', 'at a joint press conference, X and Y said': those who appear
    together before the press (a "joint" gathering of data/press_event_words.txt) have met, though a media
    appearance is no gathering they take part in."""
    press = lexicons.press_event_words()
    for noun in reading.index.with_pos("NOUN"):
        if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children) \
                or not any(c.dep_ == "compound" and c.lower_ in press for c in noun.children):
            continue
        clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in PRESENCE_PREPOSITIONS | {"in"} \
            else noun.head if noun.dep_ == "dobj" else None
        if clause is None or clause.pos_ not in {"VERB", "AUX"} or negated(reading, clause) or negated(reading, noun):
            continue
        sides = _actors(reading, _without_own_states(reading, subjects(reading, clause), clause))
        partners = _with(reading, noun)
        pairs = [(a, b) for a in sides for b in partners] if partners else \
            [(a, b) for i, a in enumerate(sides) for b in sides[i + 1:]]
        when = clause_date(reading, clause)
        mode = modality(reading, clause, when)
        if mode is None:
            continue
        for a, b in pairs:
            if a == b or reading.serves.get(a) == b or reading.serves.get(b) == a:
                continue
            found = fact(reading, a, "meetsWith", b, noun, "gathering:joint-appearance", 0.7, when=when, modality=mode)
            if found:
                yield found


@cache
def _conversation_nouns() -> frozenset[str]:
    return datafiles.word_list("conversation_nouns.txt")


def _met_before(reading: Reading, kinds: dict[str, str], attended: set[str]) -> Iterator[Fact]:
    """'X met Y on Monday. The talks covered trade': talks or a meeting referred to by a definite description
    ("the talks", "the meeting"), first named just after a sentence in which actors meet and with no participant of
    its own anywhere, are that meeting: those who meet take part in it, and where they meet hosts it."""
    first: dict[str, Token] = {}
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        if reading.types.get(key) == "Event" and (key not in first or head.i < first[key].i):
            first[key] = head
    for key, head in first.items():
        if key in attended or kinds.get(head.lemma_.lower()) != "meeting" or not _definite_bare(reading, head):
            continue
        if negated(reading, head) or ended(reading, head) or _proposed(head):
            continue
        sentences = [s for s in head.doc.sents if s.start <= head.i < s.end]
        previous = head.doc[sentences[0].start - 1].sent if sentences and sentences[0].start > 0 else None
        verbs = [t for t in (*(previous or ()), *head.doc[head.sent.start:head.i])
                 if t.pos_ == "VERB" and t.lemma_.lower() == "meet" and not negated(reading, t)]
        met = [pair for verb in verbs for pair in [_who_meets(reading, verb)] if pair[1]]
        if len(met) != 1:
            continue  # (none, or two meetings the description could refer to)
        verb, parties = met[0]
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        for party in parties:
            found = fact(reading, party, "participatesIn", key, head, "gathering:met-before", 0.6, when=when,
                         modality=mode)
            if found:
                yield found
        for place in _meeting_venues(reading, verb):  # "X met Y in Lima. The talks ...": held in Lima
            found = fact(reading, place, "hosts", key, head, "gathering:met-before", 0.6, when=when, modality=mode)
            if found:
                yield found


def _definite_bare(reading: Reading, head: Token) -> bool:
    """'The talks', 'the meeting', 'the Kremlin talks': a definite description of talks that names no one
    taking part (no possessor, no actor in front, nothing after it)."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"} for c in head.children):
        return False
    if any(c.dep_ in {"poss", "prep", "acl", "relcl", "appos"} for c in head.children):
        return False
    own, _ = _own_parties(reading, head, "meeting")
    return not own


def _who_meets(reading: Reading, verb: Token) -> tuple[Token, tuple[str, ...]]:
    """The actors a clause of meeting names: its subjects and whom they meet ("X met Y", "X and Y met", "X met
    with Y"), when at least two are named."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return verb, ()
    found = _actors(reading, [*subjects(reading, verb), *objects(reading, verb, ("dobj", "prep:with"), False)])
    found = tuple(k for k in found if reading.types.get(k) != "Event")
    return verb, found if len(found) >= 2 else ()


def _facts(reading: Reading, key: str, head: Token, kind: str, verb: Token | None, when, mode: str,
           meets: bool = True) -> Iterator[Fact]:
    """The facts of one event mention (with `meets`, the sides of a meeting meet one another)."""
    sides: list[tuple[str, ...]] = []  # sides that meet one another (a meeting's parties)
    takers: list[str] = []  # who takes part without a side of their own (attendees, speakers)
    own, hosts = _own_parties(reading, head, kind)
    if own:
        sides.append(own)
    between = _between(reading, head)
    if len(between) <= 2:
        sides += between
    else:  # "talks between A, B and C": a list the parser may have run together with what it enumerates
        takers += [k for side in between for k in side]
    partners = _with(reading, head)
    role = _verb_role(verb, kind, head)
    if not partners and verb is not None and _is_subject(head, verb):
        partners = _with(reading, verb)  # "discussions have begun with Y", "talks took place with Y"
    if role in {"take", "attend"}:
        partners = partners or _with(reading, verb)
        agents = tuple(k for k in _without_own_states(reading, subjects(reading, verb), verb) if k != key)
        if agents and (role == "take" or partners):
            sides.insert(0, agents)
        else:
            takers += agents  # "Ghana and Togo attended the summit": not (necessarily) with each other
    elif role == "host":
        for agent in subjects(reading, verb):
            if reading.types.get(agent) in vocabulary.allowed_types("hosts")[0]:
                hosts.append(agent)
            else:
                takers.append(agent)  # "the Queen held a reception": a person takes part
        if kind == "exercise":  # "X held joint exercises with Y": X's forces and Y's take part in them
            takers += [k for k in _actors(reading, subjects(reading, verb)) if k not in takers]
            partners = partners or _with(reading, verb)
    if partners:
        sides.append(partners)
    if verb is not None and _convenes(head, verb):  # "the summit brought together X and Y"
        takers += _actors(reading, objects(reading, verb, ("dobj",), False))
    organisers, attendants = _organised_by(reading, head)
    hosts += organisers
    takers += attendants
    takers += _topic_parties(reading, head, kind)
    takers += _involved(reading, head, verb, kind)
    takers += _campaigners(reading, head, kind)
    hosts += _venues(reading, head, verb if role else None)
    present, places, is_side = _present(reading, head, kind)
    if is_side and present and partners:
        sides.insert(0, present)
    else:
        takers += [k for k in present if k != key]
    hosts += places
    if kind == "meeting" and meets and sides == [partners] and partners and not takers \
            and _subject_of(head, verb) and not _has_own_words(head):
        # "talks with Y have been going on for years", "discussions have begun with Y": the talks are the
        # subject, no one is named holding them; the side not named is the one the article is about
        principal = _principal(reading, partners)
        if principal is not None:
            sides.insert(0, (principal,))
    # participants
    seen: set[str] = set()
    for party in [k for side in sides for k in side] + takers:
        if party in seen or party == key:
            continue
        seen.add(party)
        found = fact(reading, party, "participatesIn", key, head, "gathering:party", 0.7, when=when, modality=mode)
        if found:
            yield found
    for place in hosts:
        found = fact(reading, place, "hosts", key, head, "gathering:host", 0.65, when=when, modality=mode)
        if found:
            yield found
    if kind != "meeting" or not meets:
        return
    # who meets whom: the sides of the talks, across, never within a side ("China and India" among the consumers)
    if len(sides) == 1 and len(sides[0]) == 2 and role == "take" and not partners and not _has_with(head, verb):
        sides = [(sides[0][0],), (sides[0][1],)]  # "the two sides agreed to reopen talks": they talk together
    met: set[tuple[str, str]] = set()
    for i, side in enumerate(sides):
        for other in sides[i + 1:]:
            for a in side:
                for b in other:
                    if a == b or (a, b) in met or key in {a, b} or reading.serves.get(a) == b \
                            or reading.serves.get(b) == a:
                        continue  # (a state does not meet its own minister)
                    met.add((a, b))
                    found = fact(reading, a, "meetsWith", b, head, "gathering:meet", 0.75, when=when, modality=mode)
                    if found:
                        yield found


def _phrase(head: Token) -> Token:
    """The head of the phrase an event noun fills in its clause: itself, the first of coordinated or apposed
    phrases, or the shell noun framing it ("held a new round of talks", data/shell_nouns.txt)."""
    node = head
    while True:
        while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
        shell = node.head.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and shell.pos_ == "NOUN" and shell.i < node.i \
                and shell.lemma_.lower() in lexicons.shell_nouns():
            node = shell
            continue
        if _campaign_in(node, lexicons.event_kinds().get(node.lemma_.lower(), "*")):
            node = node.head  # "X joined the Greens' election campaign": the campaign's clause is the election's
            continue
        return node


def _governing_verb(head: Token) -> Token | None:
    """The verb whose object or subject the event phrase is ("held talks", "the summit opened"), if any."""
    node = _phrase(head)
    if node.dep_ in {"dobj", "nsubj", "nsubjpass"} and node.head.pos_ in {"VERB", "AUX"}:
        return node.head
    if node.dep_ == "pobj" and node.head.head.pos_ in {"VERB", "AUX"} and node.head.head.i != node.head.i:
        return node.head.head
    return None


def _proposed(head: Token) -> bool:
    """'plans for a debate', 'calls for talks': an event named as what a plan or a proposal is for."""
    node = head
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and prospect(node.head):
        return True  # "open to talks", "ready for talks", "paved the way for talks", "the prospect of talks"
    if node.dep_ == "pobj" and asked_for(node.head):
        return True  # "called for talks between X and Y", "pressed for a summit": asked for, not held
    noun = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "for" else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in (
        lexicons.plan_verbs() | lexicons.proposal_nouns())


def _topic_of_deal(head: Token) -> bool:
    """'a talks deal', 'the summit plan': an event noun modifying a noun of agreement, plan or proposal is what the
    deal or plan is about (talks agreed or proposed, to come), not a gathering held; a headline's parse may leave
    the modifier beside its head ("hails Peru-Chile talks deal": two objects), so the next word counts too."""
    doc = head.doc
    noun = head.head if head.dep_ == "compound" and head.head.i > head.i else \
        doc[head.i + 1] if head.i + 1 < len(doc) else None
    if noun is None or noun.i != head.i + 1:
        return False
    last = noun.i + 1 >= len(doc) or doc[noun.i + 1].is_space or doc[noun.i + 1].is_punct
    if noun.pos_ != "NOUN" and not (noun.pos_ == "VERB" and last):
        return False  # (a headline's last word may be tagged a verb: "... talks deal")
    lemma = noun.lemma_.lower()
    return lexicons.entity_nouns().get(lemma, ("", ""))[0] == "Agreement" \
        or lemma in lexicons.plan_verbs() | lexicons.proposal_nouns()


def _arranged(head: Token, verb: Token) -> bool:
    """'Trying to arrange a meeting with X', 'sought talks with Y', 'tried to hold talks': the gathering is the
    object of a verb that seeks or arranges it, or is held in such a verb's complement (data/arranging_verbs.txt)."""
    arranging = lexicons.arranging_verbs()
    if verb.lemma_.lower() in arranging and _is_object(head, verb):
        return True
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in arranging:
            return True
    return False


def _wished(verb: Token) -> bool:
    """'called for him to go', 'it is vital for them to attend': a for-to clause wishes or asks for the act."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and grammar.to_infinitive(verb)


def _verb_role(verb: Token | None, kind: str, head: Token) -> str | None:
    """What the subject of the governing verb does with the event it takes as object: "take", "attend" or
    "host"."""
    if verb is None or not _is_object(head, verb):
        return None
    roles = lexicons.gathering_verbs().get(verb.lemma_.lower(), {})
    role = roles.get(kind) or roles.get("*")
    return role if role in {"take", "attend", "host"} else None


def _convenes(head: Token, verb: Token) -> bool:
    """'The summit brought together X and Y', 'the talks united X and Y': the event is the subject of a verb that
    gathers its object ("bring" only with "together")."""
    node = head
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "nsubj" or node.head.i != verb.i:
        return False
    if lexicons.gathering_verbs().get(verb.lemma_.lower(), {}).get("*") != "convene":
        return False
    return verb.lemma_.lower() != "bring" or any(c.lower_ == "together" for c in verb.children)


def _is_subject(head: Token, verb: Token, passive: bool = False) -> bool:
    """'Talks began with Y': the event phrase is the subject of an intransitive verb (one with no object); with
    `passive`, also of a passive verb naming no agent ("talks with Y were held")."""
    node = _phrase(head)
    if node.head.i != verb.i or any(c.dep_ == "agent" or c.dep_ == "dobj" and not _takes_place(verb, c)
                                    for c in verb.children):
        return False
    return node.dep_ == "nsubj" or passive and node.dep_ == "nsubjpass"


def _subject_of(head: Token, verb: Token | None) -> bool:
    """Whether the event phrase is the subject of an intransitive or agentless passive verb, also where the parser
    ran two clauses together and hung the second one's subject on the first verb ("X took years and talks with
    Y have been taking place": "talks" a conjunct of "took", "taking" a conjunct with no subject)."""
    if verb is not None:
        return _is_subject(head, verb, passive=True)
    if head.dep_ != "conj" or head.head.pos_ != "VERB":
        return False
    later = next((c for c in head.head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > head.i),
                 None)
    return later is not None and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in later.children) \
        and not any(c.dep_ == "agent" or c.dep_ == "dobj" and not _takes_place(later, c) for c in later.children)


def _takes_place(verb: Token, obj: Token) -> bool:
    """'Take place': an object that makes the verb intransitive ("talks with Y took place")."""
    return verb.lemma_.lower() == "take" and obj.lower_ == "place" and not any(c.dep_ == "det" for c in obj.children)


def _has_own_words(head: Token) -> bool:
    """Whether anything in front of the event noun could name a side ("Chile's talks", "EU talks", "their talks";
    not "accession talks", "peace talks"): then the side unnamed by the article is not for us to supply."""
    return any(c.dep_ == "poss" or c.dep_ in {"compound", "amod", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_)
               for part in word_parts(head) for c in part.children if c.i < head.i)


def _principal(reading: Reading, others: tuple[str, ...]) -> str | None:
    """The country or organisation the article is about, apart from `others`: the one it names most often (at
    least three times and more often than any other), the side of talks whose other side alone is named."""
    counts: dict[str, int] = {}
    for _, key in reading.resolved.mentions:
        if reading.types.get(key) in {"Country", "Organization"}:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(((n, k) for k, n in counts.items() if k not in others), reverse=True)
    if not ranked or ranked[0][0] < 3 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    best = ranked[0][1]
    if any(_abbreviates(reading, best, other) or _abbreviates(reading, other, best) for other in others):
        return None  # ("London Stock Exchange" and an "LSE" the resolver left apart: one side, not two)
    return best


def _abbreviates(reading: Reading, short: str, long: str) -> bool:
    """Whether one entity's name is the initials of another's ("LSE" of "London Stock Exchange")."""
    a, b = reading.resolved.entities.get(short), reading.resolved.entities.get(long)
    if a is None or b is None:
        return False
    initials = "".join(w[0] for w in b.label.split() if w[:1].isupper())
    return len(initials) >= 2 and any(name.replace(".", "") == initials for name in a.aliases | {a.label})


def _is_object(head: Token, verb: Token) -> bool:
    node = _phrase(head)
    return node.dep_ == "dobj" and node.head.i == verb.i


def _actors(reading: Reading, keys) -> tuple[str, ...]:
    return tuple(k for k in dict.fromkeys(keys) if reading.types.get(k) in vocabulary.ACTOR_TYPES)


def _own_parties(reading: Reading, head: Token, kind: str) -> tuple[tuple[str, ...], list[str]]:
    """'Russia's talks', 'Lane's re-election', 'the US-EU talks', 'Israeli-Palestinian negotiations': the actors
    the noun phrase names in front of the event noun; and its venue, one place named there ("the Hong Kong
    summit"; a capital there is no actor either: "the London meeting"; nor one country's adjective before a
    singular gathering: "the Swiss summit", unlike "Israeli talks")."""
    keys: list[str] = []
    named: list[str] = []  # countries and places named by a proper noun in front ("Hong Kong", "US-EU")
    cities: list[str] = []  # a capital in front: where it is held ("the London meeting")
    adjectival: list[str] = []  # countries named by an adjective in front ("Swiss", "Israeli-Palestinian")
    for child in [c for part in word_parts(head) for c in part.children]:
        if child.i > head.i or child.i in {p.i for p in word_parts(head)}:
            continue
        if child.dep_ == "poss" and (child.pos_ != "PRON" or kind == "meeting"):
            keys += refs(reading, child)  # "his inauguration": a pronoun is too loose a guide but for talks
        elif child.dep_ in {"compound", "amod", "nmod"} and kind in {"meeting", "exercise", "election", "*"}:
            # (not "a Japanese tea ceremony", "a Commons debate": a ceremony's or debate's modifier is no party)
            for token in child.subtree:
                if token.ent_id_.startswith("capital:") or _capital(token):
                    cities += [k for k in reading.resolved.keys_at(token)
                               if reading.types.get(k) == "Place" and k not in cities]
                    continue
                found = reading.resolved.keys_at(token)
                if found and all(reading.types.get(k) == "Event" for k in found):
                    found = _named_inside(reading, token)  # "the G8 summit": a name inside the event's own
                if token.ent_type_ == "GPE" and token.pos_ == "PROPN":
                    named += [k for k in found if k not in named]
                elif kind == "election":  # "the [European] election", "the EU referendum": a modifier names where
                    keys += [k for k in found if reading.types.get(k) in {"Country", "Person"}]  # a vote is held or
                else:  # what it is about, not who takes part (but "the Carr campaign")
                    keys += found
                    if token.pos_ == "ADJ":
                        adjectival += [k for k in found if reading.types.get(k) == "Country"]
    venues: list[str] = []
    if len(named) == 1 and not keys:
        venues = [k for k in named if reading.types.get(k) in {"Country", "Place"}]
    elif not named and len(set(keys)) == 1 and set(keys) == set(adjectival) and kind == "meeting" \
            and head.tag_ == "NN":
        venues, keys = list(dict.fromkeys(keys)), []  # "the Brazilian gathering", "the Swiss summit": held there
    else:
        keys += named
    if not venues and len(cities) == 1:
        venues = cities
    if kind == "election":  # "Spain's general election", "the US presidential election": held there
        venues += [k for k in keys if reading.types.get(k) == "Country" and k not in venues]
        keys = [k for k in keys if reading.types.get(k) != "Country"]
    return _actors(reading, keys), venues


def _named_inside(reading: Reading, token: Token) -> tuple[str, ...]:
    """The country or organisation a word inside an event's name names ("G8" in "the G8 summit", "EU" in "the
    EU-Russia summit"): an entity of the document known by that form, else a country of the gazetteer."""
    if (token.pos_ != "PROPN" and not token.ent_type_) or _capital(token):
        return ()
    found = tuple(key for key, entity in reading.resolved.entities.items()
                  if entity.type in {"Country", "Organization"} and token.text in entity.aliases | {entity.label})
    if found:
        return found[:1]
    hit = gazetteer.surface_forms().get(token.text)
    return (reading.ensure_country(hit[0]),) if hit is not None and hit[1] in {"name", "demonym"} else ()


def _capital(token: Token) -> bool:
    """'Doha' in "the Doha talks": a capital that names where the event is held, not a party to it."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    hit = gazetteer.surface_forms().get(ent.text if ent is not None else token.text)
    return hit is not None and hit[1] == "capital"


def _between(reading: Reading, head: Token) -> list[tuple[str, ...]]:
    """'talks between X and Y': one side for each coordinated phrase after "between"/"among"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "among"}:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                phrases = [pobj, *pobj.conjuncts]
                if len(phrases) == 1:  # "between the two countries": a group anaphor, each one a side
                    return [(k,) for k in _actors(reading, refs(reading, pobj))]
                return [side for side in (_side(reading, phrase) for phrase in phrases) if side]
    return []


def _side(reading: Reading, phrase: Token) -> tuple[str, ...]:
    """The actors one coordinated phrase names by itself: its own entity, the list in apposition to it
    ("Asia's biggest energy consumers - China, India and Japan"), or the country modifying it."""
    keys = list(reading.resolved.keys_at(phrase))
    if not keys:
        keys = [k for c in phrase.children if c.dep_ == "appos" for k in refs(reading, c)]
    if not keys:
        keys = [k for c in phrase.children if c.dep_ in {"amod", "compound", "poss"} and c.i < phrase.i
                for k in reading.resolved.keys_at(c) if reading.types.get(k) in {"Country", "Organization"}]
    return _actors(reading, keys)


def _with(reading: Reading, token: Token | None) -> tuple[str, ...]:
    """'talks with Y', 'held talks with Y': the other side."""
    if token is None:
        return ()
    found = _actors(reading, objects(reading, token, ("prep:with",), False))
    capitals = {k for n in [token, *(c for c in token.children if c.dep_ == "dobj")] for p in n.children
                if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree
                if _capital(t) and t.dep_ in {"compound", "amod", "nmod"} for k in reading.resolved.keys_at(t)}
    return tuple(k for k in found if k not in capitals)  # ("talks with the London market": no talks with the UK)


def _has_with(head: Token, verb: Token | None) -> bool:
    """Whether the talks or the verb holding them name another side by "with", known or not ("held talks with
    the London market": the subjects talk with it, not with each other)."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for n in (head, verb) if n is not None for c in n.children)


def _venues(reading: Reading, head: Token, verb: Token | None) -> list[str]:
    """Where the event is held, when the phrase says it further in ("a meeting of the Commission in Cape Town",
    "a reception for survivors at the palace") or on the verb that holds it ("held talks in Lome")."""
    scopes = [g for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
              for g in p.children if g.dep_ == "pobj"]
    if verb is not None:
        scopes.append(verb)
    found: list[str] = []
    for scope in scopes:
        for prep in scope.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                found += [k for g in prep.children if g.dep_ == "pobj" for k in reading.resolved.keys_at(g)
                          if reading.types.get(k) in {"Country", "Place"} and k not in found]
    return found


def _present(reading: Reading, head: Token, kind: str) -> tuple[tuple[str, ...], list[str], bool]:
    """'X took part in talks with Y': X is a side of the talks; 'X spoke at the summit', 'X was sworn in during
    the ceremony': X takes part; 'X arrived in Jakarta for the summit': the traveller takes part, and the place
    of arrival hosts it. Returns (the actors, the hosts, whether the actors are a side of the talks)."""
    head = _phrase(head)  # ("took part in a new round of talks")
    if head.dep_ == "pobj" and head.head.dep_ in {"prep", "dative"} and head.head.lower_ == "to" \
            and kind != "election":
        speech = next((c for c in head.head.head.children if c.dep_ == "dobj"
                       and c.lemma_.lower() in _address_nouns()), None)
        if speech is not None:  # "gave a speech to the summit", "a speech to the summit by X" (hung on the verb)
            return _actors(reading, _addressers(reading, speech) or tuple(
                k for p in head.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                if g.dep_ == "pobj" for k in refs(reading, g))), [], False
    if kind == "election":
        campaigners = _campaigning(reading, head)
        if campaigners:
            return campaigners, [], False
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return (), [], False
    prep, verb = head.head, head.head.head
    if prep.lower_ == "of" and verb.lemma_.lower() in lexicons.margin_nouns() and verb.dep_ == "pobj" \
            and verb.head.head.pos_ in {"VERB", "AUX"}:  # "X met Y on the sidelines of the summit": both there
        clause = verb.head.head
        actors = _actors(reading, _without_own_states(reading, subjects(reading, clause, raising=True), clause))
        if clause.lemma_.lower() in lexicons.gathering_verbs():
            actors += tuple(k for k in _actors(reading, objects(reading, clause, ("dobj",), False)) if k not in actors)
        return actors, [], False
    if prep.lower_ == "of" and _event_part(verb):  # "X spoke at the end of the talks": there
        clause = verb.head.head
        return _actors(reading, _without_own_states(reading, subjects(reading, clause, raising=True), clause)), \
            [], False
    if kind == "election" and prep.lower_ in {"in", "at"} and verb.pos_ == "NOUN" and verb.i < prep.i \
            and verb.lemma_.lower() in lexicons.outcome_nouns():
        return _contenders(reading, verb), [], False  # "Ruiz's victory in the election", "took third place in it"
    if verb.pos_ == "NOUN" and prep.lower_ in {"to", "at"} and verb.i < prep.i and kind != "election" \
            and verb.lemma_.lower() in _address_nouns():
        return _actors(reading, _addressers(reading, verb)), [], False  # "X's speech to the conference"
    if verb.pos_ in {"NOUN", "PROPN"} and prep.lower_ in PRESENCE_PREPOSITIONS and verb.i < prep.i \
            and not (kind == "election" and prep.lower_ == "at"):  # ("Labour seats at the election": a time)
        if _delegation(verb):  # "Norway's delegation at the talks", "the US envoy at the talks"
            return _actors(reading, _delegation_sides(reading, verb)), [], False
        return _actors(reading, refs(reading, verb)), [], False  # "Peru's delegates at the summit"
    if verb.pos_ == "NOUN" and prep.lower_ == "to" and verb.i < prep.i and _delegation(verb):
        return _actors(reading, _delegation_sides(reading, verb)), [], False  # "Norway's delegation to the talks"
    if verb.pos_ not in {"VERB", "AUX"}:
        return (), [], False
    if prep.lower_ in AFTERMATH_PREPOSITIONS and kind == "meeting":
        speakers = _speakers_after(reading, head, verb)  # ("after talks with Y, X said": X is Y's other side)
        return speakers, [], bool(speakers) and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
    roles = lexicons.gathering_verbs().get(verb.lemma_.lower(), {})
    actors = _actors(reading, _without_own_states(reading, subjects(reading, verb, raising=True), verb))
    if prep.lower_ == "to" and roles.get("*") == "send":  # "X sent a delegation to the talks": both take part
        return actors + tuple(k for k in _actors(reading, objects(reading, verb, ("dobj",), False))
                              if k not in actors), [], False
    if roles.get("*") == "represent":  # "X will represent Spain at the talks": Spain takes part too
        actors += tuple(k for k in _actors(reading, objects(reading, verb, ("dobj",), False)) if k not in actors)
        actors += tuple(k for k in _represented(reading, verb) if k not in actors)
    if prep.lower_ == "in" and (roles.get(kind) or roles.get("*")) == "attend":  # "is in talks with Y"
        return actors, [], True
    if kind == "election" and prep.lower_ in {"at", "in"} and _candidacy(verb, roles):
        named = _named_subjects(reading, verb)  # (not "Labour's share stood at 40% in the election")
        return tuple(k for k in actors if k in named), [], False  # "will stand at the next election"
    if prep.lower_ == "in" and kind == "election":  # "voters said in a referendum", "he stood in the election":
        voters = [k for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}
                  for k in reading.resolved.keys_at(c)]
        return tuple(k for k in actors if k in voters), [], False  # (named as the subject itself: not "turnout,
        # which fell in the election", nor a noun standing for its modifier)
    if prep.lower_ in PRESENCE_PREPOSITIONS and not (kind == "election" and prep.lower_ == "at"):
        return actors + tuple(k for k in _passive_agents(reading, verb, head) if k not in actors), [], False
        # (but "stand down at the next election" is a time, not a presence)
    if prep.lower_ == "for" and "travel" in roles.values():
        places = [k for k in objects(reading, verb, ("prep:in", "prep:to", "dobj"), False)
                  if reading.types.get(k) in {"Country", "Place"}]
        return actors, places, False
    if prep.lower_ == "for" and roles.get("*") == "attend":  # "X will join the delegation in P for the ceremony":
        joined = _actors(reading, objects(reading, verb, ("dobj",), False))  # X and the delegation take part,
        places = [k for k in objects(reading, verb, ("prep:in",), False)  # and P is where it is held
                  if reading.types.get(k) in {"Country", "Place"}]
        return actors + tuple(k for k in joined if k not in actors), places, False
    if prep.lower_ == "for" and roles.get("*") == "host":  # "Chile hosted Mr Mesa for talks": both take part
        guests = _actors(reading, objects(reading, verb, ("dobj",), False))
        return (actors + tuple(k for k in guests if k not in actors), [], False) if guests else ((), [], False)
    if prep.lower_ == "for" and (verb.lemma_.lower() == "be" or verb.lower_ == "due"):
        places = _there(reading, verb)  # "X is in Beijing for talks", "X is due in Lima for the summit"
        return (actors, places, False) if places else ((), [], False)
    return (), [], False


def _there(reading: Reading, verb: Token) -> list[str]:
    """The country or place in which a copula ("is in Beijing") or "due" ("is due in Lima") puts its subject."""
    scopes = [verb, *(c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due")]
    return [k for scope in scopes for k in objects(reading, scope, ("prep:in",), False)
            if reading.types.get(k) in {"Country", "Place"}]


@cache
def _address_nouns() -> frozenset[str]:
    return datafiles.word_list("address_nouns.txt")


def _addressers(reading: Reading, noun: Token) -> tuple[str, ...]:
    """Who gives a speech (data/address_nouns.txt): its possessor ("Ruiz's speech"), its "by" or "from" agent ("a
    speech to the summit from Ruiz"), or the subject of the clause it is given in ("In a speech to the
    conference, Ruiz said", "Ruiz gave a speech to the summit")."""
    found = [k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c)]
    found += [k for p in noun.children if p.dep_ == "prep" and p.lower_ in {"by", "from"}
              for g in p.children if g.dep_ == "pobj" for k in refs(reading, g)]
    if found:
        return tuple(found)
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else \
        noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DELIVERING_VERBS else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"} or negated(reading, clause):
        return ()
    return _without_own_states(reading, subjects(reading, clause), clause)


# Verbs by which a speaker gives a speech ("gave a speech to the conference", "delivered an address").
_DELIVERING_VERBS = frozenset({"give", "deliver", "make"})


def _campaigning(reading: Reading, head: Token) -> tuple[str, ...]:
    """'Labour is campaigning for the election', 'X campaigned in the 2001 election', 'the parties campaign ahead of
    the election': who campaigns (data/campaign_nouns.txt, as a verb) for an election stands in it (the subject
    itself names them); not "campaigned for the election of a new mayor", which is about whom it elects, nor
    "campaigned against the war at the election", on an issue."""
    if head.dep_ != "pobj" or any(p.dep_ == "prep" and p.lower_ == "of" for p in head.children):
        return ()
    prep = head.head
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "ahead":
        verb = verb.head  # "campaigning ahead of the election"
    elif prep.lower_ not in {"for", "in", "at"}:
        return ()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicons.campaign_nouns() or negated(reading, verb):
        return ()
    if any(p.dep_ == "prep" and p.lower_ in _ISSUE_PREPOSITIONS and p.i != prep.i for p in verb.children):
        return ()  # "campaigned for lower taxes at the election": for an issue, not for votes
    named = _named_subjects(reading, verb)
    return tuple(k for k in _actors(reading, subjects(reading, verb, raising=True)) if k in named)


def _event_part(noun: Token) -> bool:
    """'At the start of the meeting', 'during the opening of the summit': a part of an event in time
    (data/event_part_nouns.txt) at which a clause puts its subject, who is then at the event."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _event_part_nouns() and noun.dep_ == "pobj" \
        and noun.head.lower_ in PRESENCE_PREPOSITIONS and noun.head.head.pos_ in {"VERB", "AUX"} \
        and noun.head.head.i != noun.head.i


@cache
def _event_part_nouns() -> frozenset[str]:
    return datafiles.word_list("event_part_nouns.txt")


# Prepositions by which a clause follows an event in time ("said after the talks", "speaking following the summit").
AFTERMATH_PREPOSITIONS = frozenset({"after", "following"})


def _speakers_after(reading: Reading, head: Token, verb: Token) -> tuple[str, ...]:
    """'After the talks, X told reporters', 'Speaking after the summit, X said', 'after a meeting with Y, X said':
    who speaks just after talks or a summit comes from it (talks "with" Y: as Y's other side); not when the talks
    name both their sides ("after talks between A and B, X said": a commentator), nor a speaker known only by a
    description of its state."""
    if any(c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in head.children):
        return ()
    speech = lexicons.speech_verbs()
    clause = verb
    if clause.lemma_.lower() not in speech and clause.dep_ == "advcl" and clause.tag_ == "VBG" \
            and clause.lemma_.lower() in _SPEAKING_VERBS:
        clause = clause.head  # "Speaking after the meeting, X said": the speaker of the main clause
    if clause.lemma_.lower() not in speech or clause.dep_ in {"relcl", "acl"} or negated(reading, clause):
        return ()  # (not "a step she took after the meeting": what was done then, not said there)
    prep = head.head
    if any(c.dep_ in {"advmod", "npadvmod"} for c in prep.children):
        return ()  # "shortly after the meeting", "days after the talks": some time later, not on leaving them
    speakers = _actors(reading, _without_own_states(reading, subjects(reading, clause), clause))
    partners = set(_with(reading, head))
    if partners & set(speakers) or any(reading.serves.get(k) in partners for k in speakers):
        return ()  # ("after talks with Y, Y's minister said": the speaker is of the side named, not the other)
    return speakers


# Verbs whose participle introduces the speaker of the main clause ("Speaking after the talks, X said").
_SPEAKING_VERBS = frozenset({"speak", "talk"})


def _delegation(noun: Token) -> bool:
    """Whether a noun names those sent to talk for a side (data/delegation_nouns.txt: "delegation", "envoy")."""
    return noun.lemma_.lower() in _delegation_nouns()


@cache
def _delegation_nouns() -> frozenset[str]:
    return datafiles.word_list("delegation_nouns.txt")


def _delegation_sides(reading: Reading, noun: Token) -> tuple[str, ...]:
    """Whose delegation or envoy it is ("Norway's delegation", "the Norwegian envoy", "a delegation from Norway",
    "Japan sent a delegation"; not the delegation itself, no actor of its own), the envoy himself when named ("the
    US envoy, X"), and who leads the delegation ("the delegation was led by X", "a delegation headed by X")."""
    found = [k for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < noun.i
             for k in reading.resolved.keys_at(c) if reading.types.get(k) in {"Country", "Organization"}]
    found += [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
              if g.dep_ == "pobj" for k in refs(reading, g) if reading.types.get(k) in {"Country", "Organization"}]
    found += [k for t in (noun, *(c for c in noun.children if c.dep_ == "appos"))
              for k in reading.resolved.keys_at(t) if reading.types.get(k) == "Person"]
    if noun.dep_ == "dobj" and lexicons.gathering_verbs().get(noun.head.lemma_.lower(), {}).get("*") == "send":
        found += subjects(reading, noun.head)  # "Japan sent a delegation to the talks"
    return tuple(found) + _delegation_leaders(reading, noun)


def _delegation_leaders(reading: Reading, noun: Token) -> tuple[str, ...]:
    """'The delegation to the talks was led by X', 'a delegation headed by X': who leads a delegation takes part
    with it."""
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _LEADING_VERBS:
        verb = noun.head
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in _LEADING_VERBS), None)
    if verb is None or negated(reading, verb):
        return ()
    return tuple(k for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                 for k in refs(reading, g) if reading.types.get(k) == "Person")


# Verbs by which a person leads a delegation ("was led by X", "headed by X").
_LEADING_VERBS = frozenset({"lead", "head"})


def _represented(reading: Reading, verb: Token) -> tuple[str, ...]:
    """'Brazil was represented at the talks by X': the side represented (the passive subject) takes part too."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return ()
    return tuple(k for k in _actors(reading, [k for c in verb.children if c.dep_ == "nsubjpass"
                                              for k in refs(reading, c)]) if reading.types.get(k) != "Person")


def _passive_agents(reading: Reading, verb: Token, event: Token) -> tuple[str, ...]:
    """'X was joined at the launch by Y', 'the plan was approved at the summit by Y': who does a passive act at an
    event is there too (`subjects`, with raising, gives the passive subject when the parser hangs the "by" phrase
    on the event noun, as it mostly does: "at the launch by Y")."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return ()
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents:
        agents = [c for c in event.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > event.i]
    return _actors(reading, [k for c in agents for g in c.children if g.dep_ == "pobj" for k in refs(reading, g)])


def _contenders(reading: Reading, outcome: Token) -> tuple[str, ...]:
    """Whose an election's outcome is (data/outcome_nouns.txt): its possessor ("Ruiz's victory", "its third place"),
    its agent ("a win by X"), or the subject of the verb taking it ("secured second place", "pulled off a victory")."""
    owners = [k for c in outcome.children if c.dep_ == "poss" for k in refs(reading, c)]
    owners += [k for c in outcome.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj" for k in refs(reading, g)]
    if not owners and outcome.dep_ == "dobj" and outcome.head.pos_ in {"VERB", "AUX"} \
            and not _takes_place(outcome.head, outcome):  # ("the count took place in the election")
        owners = list(subjects(reading, outcome.head))
    return _actors(reading, owners)


def _named_subjects(reading: Reading, verb: Token) -> set[str]:
    """The entities the subject of a verb names itself (or a conjunct of it does): its own, a relative pronoun's
    antecedent, or, without one, that of the verb it depends on ("plans to stand", "Elected at the election, he
    ..."); not a possessor or a modifier of the subject ("Labour's share of the vote")."""
    node = verb
    for _ in range(4):
        found = [node.head if c.tag_ in {"WDT", "WP"} and node.dep_ == "relcl" else c for c in node.children
                 if c.dep_ in {"nsubj", "nsubjpass"}]  # ("X, who will stand at the election": X)
        if found:
            return {k for c in found for t in (c, *c.conjuncts) for k in reading.resolved.keys_at(t)}
        if node.dep_ not in {"xcomp", "advcl", "conj"} or node.head.i == node.i:
            break
        node = node.head
    return set()


def _candidacy(verb: Token, roles: dict[str, str]) -> bool:
    """'Will stand at the next election', 'is to run in the election', 'contested the seat at the election', 'won
    40 seats in the poll': a verb by which its subject runs for office (data/gathering_verbs.tsv, an election's
    "stand" or "take" role); not "stand down at the next election" or "step aside", which leave office then."""
    return roles.get("election") in {"stand", "take"} and not any(
        c.dep_ == "prt" and c.lower_ in {"down", "aside", "off"} for c in verb.children)


def _without_own_states(reading: Reading, keys: tuple[str, ...], verb: Token) -> tuple[str, ...]:
    """'Russian energy minister X and Y discussed ... at a meeting': a country named in the clause only in the
    description of a person ("Russian", "India's" before a minister's name) is not an actor of its own."""
    if _unnamed_firm(reading, verb):  # "the Indian firm is to hold talks": the firm, not India, holds them
        keys = tuple(k for k in keys if reading.types.get(k) != "Country")
    if not any(reading.types.get(k) == "Person" for k in keys):
        return keys  # ("the Chilean president spoke at the summit": unnamed, the state stands for him)
    return tuple(k for k in keys if reading.types.get(k) != "Country" or not _describes_only(reading, k, verb))


def _unnamed_firm(reading: Reading, verb: Token) -> bool:
    """Whether the verb's subject is a firm or another body known only by its descriptor and nationality ("the
    Indian firm", "a French bank": data/organisation_descriptors.txt), which names no entity of its own."""
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
            and verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN" and not reading.resolved.keys_at(c)
               and c.lemma_.lower() in lexicons.organisation_descriptors() for c in verb.children)


def _describes_only(reading: Reading, key: str, verb: Token) -> bool:
    """Whether every word of the verb's subject naming `key` modifies a word naming a person or a title."""
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
            and verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        verb = verb.head
    found = False
    for token in (t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree):
        if key not in reading.resolved.keys_at(token):
            continue
        node = token
        while node.dep_ in {"amod", "compound", "poss", "nmod"} and node.head.i != node.i:
            node = node.head
        if node is token or not (lexicons.titles().get(node.lemma_.lower()) is not None or any(
                reading.types.get(k) == "Person" for k in reading.resolved.keys_at(node))):
            return False  # (a person, or the title of one: "Russian energy minister")
        found = True
    return found


def _organised_by(reading: Reading, head: Token) -> tuple[list[str], list[str]]:
    """'a referendum organised by the government', 'a summit hosted by Chile', 'a summit held in Lima', 'a
    summit attended by Peru': the hosts (and places) and the participants a participle after the event names."""
    hosts: list[str] = []
    takers: list[str] = []
    verbs = lexicons.gathering_verbs()
    for acl in head.children:
        if acl.dep_ != "acl" or acl.pos_ != "VERB" or acl.tag_ != "VBN":
            continue
        roles = set(verbs.get(acl.lemma_.lower(), {}).values())
        agents = [k for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for k in refs(reading, g)]
        if roles & {"host", "take"}:
            allowed = vocabulary.allowed_types("hosts")[0]
            hosts += [k for k in agents if reading.types.get(k) in allowed]
            takers += [k for k in _actors(reading, agents) if reading.types.get(k) not in allowed]
            hosts += [k for prep in acl.children if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
                      for g in prep.children if g.dep_ == "pobj" for k in reading.resolved.keys_at(g)
                      if reading.types.get(k) in {"Country", "Place"}]
        elif "attend" in roles:
            takers += _actors(reading, agents)
    return hosts, takers


def _involved(reading: Reading, head: Token, verb: Token | None, kind: str) -> tuple[str, ...]:
    """'The exercise, involving troops from France and Spain', 'the talks involved officials from Ghana': whom
    talks or an exercise involve (data/gathering_verbs.tsv role "convene") take part in them (the actors named, or
    those the people named come from)."""
    if kind not in {"meeting", "exercise"}:
        return ()
    def gathers(clause: Token) -> bool:  # (data/gathering_verbs.tsv role "convene"; "bring" only with "together")
        return lexicons.gathering_verbs().get(clause.lemma_.lower(), {}).get(kind) == "convene" and (
            clause.lemma_.lower() != "bring" or any(c.lower_ == "together" for c in clause.children))

    clauses = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG" and gathers(c)]
    if verb is not None and gathers(verb) and _phrase(head).dep_ == "nsubj" and _phrase(head).head.i == verb.i:
        clauses.append(verb)
    found: list[str] = []
    for clause in clauses:
        if negated(reading, clause):
            continue
        for obj in (t for c in clause.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)):
            keys = [k for k in reading.resolved.keys_at(obj) if reading.types.get(k) in vocabulary.ACTOR_TYPES]
            keys = keys or [k for p in obj.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                            if g.dep_ == "pobj" for t in (g, *g.conjuncts) for k in reading.resolved.keys_at(t)
                            if reading.types.get(k) in {"Country", "Organization"}]
            found += keys
    return _actors(reading, found)


def _campaign_in(head: Token, kind: str) -> bool:
    """Whether an election noun modifies a campaign noun ("election campaign", "re-election bid":
    data/campaign_nouns.txt)."""
    return kind == "election" and head.dep_ == "compound" and head.head.i > head.i \
        and head.head.lemma_.lower() in lexicons.campaign_nouns()


def _campaigners(reading: Reading, head: Token, kind: str) -> list[str]:
    """'Labour's election campaign', 'the re-election campaign of President X', 'his re-election bid': whose campaign
    in an election it is stands in that election."""
    if not _campaign_in(head, kind):
        return []
    campaign = head.head
    owners = [k for c in campaign.children if c.dep_ == "poss" for k in refs(reading, c)]
    owners += [k for p in campaign.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)]
    return [k for k in _actors(reading, owners) if reading.types.get(k) != "Country"]


def _topic_parties(reading: Reading, head: Token, kind: str) -> list[str]:
    """'talks on Russia's membership of the WTO', 'talks over Serbian accession': accession talks are held with
    the candidate (data/accession_nouns.txt)."""
    if kind != "meeting":
        return []
    found: list[str] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "over", "about", "for"}:
            continue
        for topic in prep.children:
            if topic.dep_ == "pobj" and topic.lemma_.lower() in lexicons.accession_nouns():
                found += [k for c in topic.children if c.dep_ in {"poss", "compound", "amod"} and c.i < topic.i
                          for k in reading.resolved.keys_at(c)]
    return [k for k in _actors(reading, found) if reading.types.get(k) in {"Country", "Organization"}]


def representation_facts(reading: Reading) -> Iterator[Fact]:
    """'X will represent the UK', 'Madrid is represented by X' in an article about talks, with no event named in
    the clause: the delegate and the side represented take part in the talks the article is about (the meeting
    it names most often, named before and not long before)."""
    verbs = [v for v, roles in lexicons.gathering_verbs().items() if roles.get("*") == "represent"]
    for verb in reading.index.with_lemma(verbs, "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(reading, verb):
            continue
        if any(p.dep_ == "prep" and (p.lower_ in PRESENCE_PREPOSITIONS or any(
                reading.types.get(k) == "Event" for t in p.subtree for k in reading.resolved.keys_at(t)))
               for p in verb.children):
            continue  # "represent Spain at the talks", "at this act of commemoration": read with that occasion
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        delegates = [k for c in verb.children if c.dep_ == ("agent" if passive else "nsubj")
                     for g in ([*c.children] if passive else [c]) if not passive or g.dep_ == "pobj"
                     for k in _people(reading, g)]
        sides = [k for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") for k in refs(reading, c)]
        sides = [k for k in _actors(reading, sides) if reading.types.get(k) != "Person"]
        if not delegates or not sides:
            continue
        event, last = _talks_of_article(reading, verb)
        if event is None or verb.sent.start - last > 150:
            continue
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        for party in dict.fromkeys(delegates + sides):
            found = fact(reading, party, "participatesIn", event, verb, "gathering:represent", 0.65, when=when,
                         modality=mode)
            if found:
                yield found


def _people(reading: Reading, token: Token) -> list[str]:
    """The people a phrase names, also by apposition ("Spain's envoy for Asia, Jose Ruiz", where the parser
    may hang the apposition on the last noun)."""
    found = [k for k in refs(reading, token) if reading.types.get(k) == "Person"]
    return found or [k for c in token.subtree if c.dep_ == "appos" for k in refs(reading, c)
                     if reading.types.get(k) == "Person"][:1]


def _talks_of_article(reading: Reading, before: Token) -> tuple[str | None, int]:
    """The meeting (data/event_kinds.tsv kind "meeting") mentioned most often before a token (the earliest of
    equals), and the token index of its last mention there."""
    kinds = lexicons.event_kinds()
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        if head.i >= before.sent.start or reading.types.get(key) != "Event" \
                or kinds.get(head.lemma_.lower()) != "meeting":
            continue
        counts[key] = counts.get(key, 0) + 1
        last[key] = max(last.get(key, 0), head.i)
    if not counts:
        return None, 0
    best = max(counts, key=lambda k: counts[k])  # (dicts keep the order of first mention: ties go to the first)
    return best, last[best]


def meeting_places(reading: Reading) -> Iterator[Fact]:
    """'The G8 countries will meet at Glenmoor' in an article about the G8 summit: where the parties of a named
    meeting meet is where that meeting is held (one meeting of the article whose name holds the party)."""
    meetings: dict[str, set[str]] = {}  # event key → the parties its own name holds ("G8" in "the G8 summit")
    kinds = lexicons.event_kinds()
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        kind = kinds.get(head.lemma_.lower())
        if reading.types.get(key) == "Event" and kind == "meeting":
            meetings.setdefault(key, set()).update(_own_parties(reading, head, kind)[0])
    if not meetings:
        return
    for verb in reading.index.with_lemma({"meet"}, "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "meet" or negated(reading, verb) \
                or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
            continue  # (not "X met Y": a meeting with someone, not the parties' gathering)
        parties = [k for k in subjects(reading, verb) if reading.types.get(k) in {"Organization", "Country"}]
        places = _meeting_venues(reading, verb)
        events = [e for e, held in meetings.items() if held & set(parties)]
        if len(events) != 1 or not places:
            continue
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        for place in places:
            found = fact(reading, place, "hosts", events[0], verb, "gathering:meet-at", 0.6, when=when, modality=mode)
            if found:
                yield found


def _meeting_venues(reading: Reading, verb: Token) -> list[str]:
    """Where 'X will meet at P' puts a meeting: the first country or place named by "in"/"at"; and a named site
    "at" which the clause also places in a country or place ("at Glenmoor in Scotland"), whatever type NER gave
    the site's name (a hotel, a palace, a resort: a site located in a place is a venue, not an actor)."""
    named = [(c.lower_, k) for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
             for g in c.children if g.dep_ == "pobj" for k in reading.resolved.keys_at(g)]
    places = [k for _, k in named if reading.types.get(k) in {"Country", "Place"}][:1]
    sites = [k for prep, k in named if prep == "at" and reading.types.get(k) == "Organization"][:1]
    return sites + places if places else places


def campaign_facts(reading: Reading) -> Iterator[Fact]:
    """'The Labour campaign was back on track', 'the Tories' campaign' in an article about an election (named before
    the campaign or in its sentence) with no election noun on the campaign: a mainstream party (data/
    political_parties.tsv) running a campaign (data/campaign_nouns.txt) stands in the election of the article."""
    campaigns = lexicons.campaign_nouns()
    parties = set(lexicons.political_parties().values())
    kinds = lexicons.event_kinds()
    for noun in reading.index.with_lemma(campaigns, "NOUN"):
        if noun.lemma_.lower() not in campaigns or negated(reading, noun) or any(
                c.dep_ == "compound" and kinds.get(c.lemma_.lower()) == "election" for c in noun.children):
            continue  # ("Labour's election campaign": read with the election noun itself)
        if any(c.dep_ == "prep" and c.lower_ in _ISSUE_PREPOSITIONS or c.dep_ == "acl" and c.tag_ == "VB"
               for c in noun.children):
            continue  # "the Labour campaign against ID cards", "Labour's bid to ban hunting": on an issue, not for votes
        owners = [k for c in noun.children if c.dep_ in {"poss", "compound", "amod"} and c.i < noun.i
                  for k in reading.resolved.keys_at(c)
                  if k in reading.resolved.entities and reading.resolved.entities[k].label in parties]
        if not owners:
            continue
        election = _election_of_article(reading, noun)
        if election is None:
            continue
        when = clause_date(reading, noun)
        mode = modality(reading, noun, when) or "asserted"
        for party in dict.fromkeys(owners):
            found = fact(reading, party, "participatesIn", election, noun, "gathering:campaign", 0.65, when=when,
                         modality=mode)
            if found:
                yield found


# Prepositions by which a campaign names the issue it is about ("a campaign against ID cards", "for fair trade").
_ISSUE_PREPOSITIONS = frozenset({"against", "for", "on", "over"})


def _election_of_article(reading: Reading, token: Token) -> str | None:
    """The election (data/event_kinds.tsv kind "election") mentioned most often up to the end of a token's
    sentence (the earliest of equals), if any."""
    kinds = lexicons.event_kinds()
    counts: dict[str, int] = {}
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        if head.i < token.sent.end and reading.types.get(key) == "Event" \
                and kinds.get(head.lemma_.lower()) == "election":
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def party_contenders(reading: Reading) -> Iterator[Fact]:
    """'Voters will pick the Greens or Labour at the coming election', 'With the election near,
    Labour MPs warned...': a national party (data/party_countries.tsv) named by its name in a sentence with an
    election of its own state (named, else the document's) stands in it; not a foreign one ("the US election",
    "elections in Iraq"), one of a person ("the election of X", "re-election"), one seat's ("by-election"), nor
    one held within a party ("the Tory leadership election")."""
    named, home = _named_parties(reading)
    for head, key, states in _contested_elections(reading):
        sentence = head.sent
        inside = {t.i for t in head.subtree}
        parties = {k: state for m, k, state in named
                   if sentence.start <= m.head < sentence.end and m.head not in inside}
        for party, state in parties.items():
            if (states and state not in states) or (not states and home != state):
                continue
            found = fact(reading, party, "participatesIn", key, head, "gathering:party-contender", 0.6)
            if found:
                yield found


def _named_parties(reading: Reading) -> tuple[list, str | None]:
    """The mentions by name of national parties with their states, and the document's state (its home country,
    else the one state whose parties it names)."""
    named = [(m, k, _party_state(reading, k)) for m, k in reading.resolved.mentions if m.kind == "name"]
    named = [(m, k, state) for m, k, state in named if state is not None]
    home = reading.home_country
    if home is None and len({state for _, _, state in named}) == 1:
        home = named[0][2]  # (no national title: the one state whose parties the document names)
    return named, home


def _contested_elections(reading: Reading) -> Iterator[tuple[Token, str, set[str]]]:
    """Each mention of an election that parties contest as such (`_elections_placed`), with the states it is
    placed in: not denied, proposed, any one, one seat's or one person's."""
    placed = _elections_placed(reading)
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        entity = reading.resolved.entities.get(key)
        if reading.types.get(key) != "Event" or head.pos_ not in {"NOUN", "PROPN"} or entity is None \
                or "election" not in entity.label.lower() \
                or head.lemma_.lower() != "election" \
                or negated(reading, head) or _proposed(head) or _hyphen_prefixed(head) or _any_one(head):
            continue  # ("by-election", "re-election": one seat's vote, or a person's)
        states = placed.get(key)
        if states is not None:
            yield head, key, states


def parties_of_the_article(reading: Reading, found: list[Fact]) -> Iterator[Fact]:
    """'The Greens will struggle to be noticed', in an article about the coming general election
    (the election it names most, at least twice, of no other's count): a national party of the election's state
    that acts in the article (the subject of an asserted clause, by its name) stands in that election, unless the
    facts found already have it stand in an election of the document."""
    counts: dict[str, int] = {}
    placed: dict[str, set[str]] = {}
    for _, key, states in _contested_elections(reading):
        counts[key] = counts.get(key, 0) + 1
        placed[key] = states
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or len(ranked) > 1 and ranked[1] == ranked[0]:
        return
    key = max(counts, key=lambda k: counts[k])
    named, home = _named_parties(reading)
    states = placed[key] or ({home} if home else set())
    standing = {f.subject for f in found if f.predicate == "participatesIn" and f.object in counts}
    for mention, party, state in named:
        token = reading.doc[mention.head]
        if party in standing or state not in states or not _acting_subject(reading, token):
            continue
        made = fact(reading, party, "participatesIn", key, token, "gathering:party-in-article", 0.55)
        if made:
            standing.add(party)
            yield made


def _acting_subject(reading: Reading, token: Token) -> bool:
    """Whether a name is (a conjunct of) the subject of a verb whose clause is asserted, not denied."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} or negated(reading, verb):
        return False
    return modality(reading, verb, clause_date(reading, verb)) is not None


def _elections_placed(reading: Reading) -> dict[str, set[str] | None]:
    """For each election entity, the states its mentions together place it in (`_election_states`: "the election"
    said after "the US presidential election" is that one), or None when one of them is no party contest."""
    placed: dict[str, set[str] | None] = {}
    for mention, key in reading.resolved.mentions:
        head = reading.doc[mention.head]
        if reading.types.get(key) != "Event" or head.lemma_.lower() != "election":
            continue
        states = None if _hyphen_prefixed(head) else _election_states(reading, head)
        known = placed.get(key, set())
        placed[key] = None if states is None or known is None else known | states
    return placed


def _any_one(head: Token) -> bool:
    """'observers at any national election', 'every election': whichever election there may be, none in particular."""
    return any(c.dep_ == "det" and c.lower_ in grammar.FREE_CHOICE_DETERMINERS for c in head.children)


def _hyphen_prefixed(head: Token) -> bool:
    """'by-election', 're-election': an election noun written after a hyphenated prefix."""
    return head.i > 0 and head.doc[head.i - 1].text == "-"


def _party_state(reading: Reading, key: str) -> str | None:
    """The state (ISO3) of a national political party of data/party_countries.tsv, else None."""
    entity = reading.resolved.entities.get(key)
    if entity is None or entity.type != "Organization":
        return None
    return lexicons.party_countries().get(lexicons.political_parties().get(entity.label, entity.label))


def _election_states(reading: Reading, head: Token) -> set[str] | None:
    """The states (ISO3) an election noun's phrase places it in ("the US election", "elections in Iraq"; empty:
    none named), or None when the phrase makes it one that no party contests as such: a person's ("Bush's
    re-election", "the election of a new mayor") or a body's own ("the Tory leadership election")."""
    states: set[str] = set()
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return None
        if child.dep_ == "prep" and child.lower_ == "in":
            for g in child.children:
                if g.dep_ != "pobj" or g.ent_type_ in {"DATE", "TIME"}:
                    continue
                keys = [k for k in reading.resolved.keys_at(g) if reading.types.get(k) in {"Country", "Place"}]
                states.update(_place_states(reading, keys))  # ("in the country": the one it stands for)
        if child.i > head.i or child.dep_ not in {"poss", "compound", "amod", "nmod"}:
            continue
        for token in child.subtree:
            if token.lower_ in lexicons.internal_election_words():
                return None
            for k in reading.resolved.keys_at(token):
                kind = reading.types.get(k)
                if kind == "Person" or kind == "Organization" and _party_state(reading, k):
                    return None
                if kind in {"Country", "Place"}:
                    states.update(_place_states(reading, [k]))
    return states


def _place_states(reading: Reading, keys: list[str]) -> set[str]:
    """The states (ISO3) of countries and of places the document puts in one ("Scotland" → GBR); a place it
    puts nowhere counts as a state of its own."""
    found: set[str] = set()
    for k in keys:
        if k.startswith("country/"):
            found.add(k.split("/", 1)[1].upper())
        else:
            found.add(reading.place_country.get(k, k))
    return found
