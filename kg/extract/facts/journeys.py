"""Journeys: a person known to serve one state who is in, or acts in, another visits it ("On Thursday Mr Hale
was in India"; "He will see an orphanage in Tanzania" after a visit was reported; "Last week in Paris, Mr Hale
discussed ..."). At home is no visit. Whoever visits a site visits the place it is in ("visited a school in Accra");
whoever speaks at an occasion held in a town is there, at home too ("told a rally in Leeds")."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import gazetteer, lexicons
from kg.extract.facts.arguments import objects, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["presence_facts", "itinerary_facts", "company_facts", "site_visits", "acts_abroad", "named_destinations",
           "occasions_attended"]


def presence_facts(reading: Reading) -> Iterator[Fact]:
    """'On Thursday Mr Hale was in India': a person known to serve one state, present in another, visits it."""
    for token in reading.index.with_lemma({"be"}):
        if token.lemma_ != "be" or negated(reading, token):
            continue
        people = [k for c in token.children if c.dep_ == "nsubj" for k in refs(reading, c)
                  if reading.types.get(k) == "Person" and k in reading.serves]
        if not people:
            continue
        places = [k for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj" for k in _place_refs(reading, g)]
        yield from _visits_abroad(reading, people, places, token, "presence:be-in", 0.6)


def site_visits(reading: Reading) -> Iterator[Fact]:
    """'X visited a school in Accra', 'X toured a factory in Shanghai': whoever visits a site (the object of a verb
    of data/site_visit_verbs.txt, itself no country or place) visits the country or place it is in ("in"/"at" on
    the site or, as the parser often hangs it, on the verb)."""
    verbs = lexicons.site_visit_verbs()
    for verb in reading.index.with_lemma(verbs, "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(reading, verb):
            continue
        sites = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
        if not sites or any(reading.types.get(k) in {"Country", "Place"} for t in sites
                            for k in reading.resolved.keys_at(t)):
            continue  # ("visited Kenya in May": the trigger table reads a visited place itself)
        visitors = [k for k in _visitors(reading, verb) if reading.types.get(k) in vocabulary.ACTOR_TYPES]
        places = [k for head in (verb, *sites) for k in _places_in(reading, head)]
        if visitors and places:
            yield from _journeys(reading, visitors, places, verb, "journey:site")


def named_destinations(reading: Reading) -> Iterator[Fact]:
    """'Mr Hale's Asia tour', 'his Peru trip', 'a Lima visit by Mr Hale': a journey noun (a visits noun of
    data/triggers.tsv) with a named country or place in front of it (a proper noun: "his Peruvian visit" may as
    well be a Peruvian's) is a journey there by its possessor or its "by" agent."""
    nouns = {t.lemma for rows in lexicons.triggers().values() for t in rows
             if t.pos == "NOUN" and t.predicate == "visits" and " " not in t.lemma}
    for noun in reading.index.with_lemma(nouns, "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or negated(reading, noun):
            continue
        places = [k for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
                  for t in c.subtree for k in reading.resolved.keys_at(t)
                  if reading.types.get(k) in {"Country", "Place"}]
        travellers = [k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c)]
        travellers += [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                       for g in p.children if g.dep_ == "pobj" for k in refs(reading, g)]
        travellers = [k for k in travellers if reading.types.get(k) in vocabulary.ACTOR_TYPES and k not in places]
        if places and travellers:
            yield from _journeys(reading, travellers, places, noun, "journey:named-destination")


def _journeys(reading: Reading, travellers: list[str], places: list[str], head: Token, rule: str) -> Iterator[Fact]:
    """Each traveller's visit to each place, dated and qualified by the word that tells of the journey."""
    when = clause_date(reading, head)
    mode = modality(reading, head, when)
    if mode is None:
        return
    for place in dict.fromkeys(places):
        for traveller in dict.fromkeys(travellers):
            if traveller != place:
                found = fact(reading, traveller, "visits", place, head, rule, 0.7, when=when, modality=mode)
                if found:
                    yield found


def _visitors(reading: Reading, verb: Token) -> tuple[str, ...]:
    """Who visits: the verb's own subject for what it names itself ("the party leader" is no visit by the party),
    else the subject it inherits ("arrived and toured a school")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own:
        return tuple(k for c in own for k in refs(reading, c, modifiers=False))
    return subjects(reading, verb, raising=True)


def _places_in(reading: Reading, head: Token) -> list[str]:
    """The countries and places named by "in"/"at" phrases on a word ("schools in the capital Accra")."""
    return [k for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
            for g in p.children if g.dep_ == "pobj" for k in _place_refs(reading, g)]


def acts_abroad(reading: Reading) -> Iterator[Fact]:
    """'Last week in Rome, President Doe discussed ...', 'X told the media in Paris': a person known to serve
    one state who speaks, meets or signs (data/presence_act_verbs.txt; not "lived", "studied") in a city ("in" on
    the verb itself) of another state visits that city (a city only: "in" a country is as often what the act is
    about)."""
    acts = lexicons.presence_act_verbs()
    for verb in reading.index.with_lemma(acts, "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in acts or negated(reading, verb):
            continue
        people = [k for k in subjects(reading, verb) if reading.types.get(k) == "Person" and k in reading.serves]
        if not people:
            continue
        cities = [k for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                  for g in p.children if g.dep_ == "pobj" for k in reading.resolved.keys_at(g)
                  if reading.types.get(k) == "Place" and k in reading.place_country]
        yield from _visits_abroad(reading, people, cities, verb, "presence:acts-in", 0.55)


OCCASION_PREPOSITIONS = frozenset({"at", "in", "to", "during"})  # "said at a rally", "spoke to an audience"


def occasions_attended(reading: Reading) -> Iterator[Fact]:
    """'Ms Hale told an audience in Leeds', 'she explained her plans at a meeting in Derby', 'his speech in Bath':
    a person who speaks or acts at an occasion (data/occasion_nouns.txt) held in a place is there: a town of
    their own country counts (a campaign stop), not its capital or seat of government; a country only when they
    are known to serve another."""
    nouns = lexicons.occasion_nouns()
    for noun in reading.index.with_lemma(nouns, "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        places = _places_in(reading, noun)
        if not places:
            continue
        head = noun
        people = [k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c)]
        if not people:
            verb = _occasion_verb(noun)
            if verb is None or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
                continue  # "plans were rejected at a meeting in Derby": who was there is unsaid
            head, people = verb, list(subjects(reading, verb))
        if negated(reading, head):
            continue
        people = [k for k in people if reading.types.get(k) == "Person"]
        foreign = [p for p in places if people and _state_of(reading, p) and all(
            reading.serves.get(k) not in {None, _state_of(reading, p)} for k in people)]
        visited = [p for p in places if p in foreign
                   or reading.types.get(p) == "Place" and not _capital_at(noun, p, reading)]
        if people and visited:
            yield from _journeys(reading, people, visited, head, "presence:occasion")


def _state_of(reading: Reading, place: str) -> str | None:
    """The country a country or place key is, or lies in; None when unknown."""
    if reading.types.get(place) == "Country":
        return place
    return "country/" + reading.place_country[place] if place in reading.place_country else None


def _capital_at(noun: Token, place: str, reading: Reading) -> bool:
    """Whether the place an occasion is "in"/"at" is named as a capital city or a seat of government ("a rally
    in London", "a briefing held in Downing Street": data/country_epithets.tsv): where a state's politicians
    work is no journey for them."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in {"in", "at"}:
            for g in p.children:
                if g.dep_ == "pobj" and place in reading.resolved.keys_at(g):
                    name = " ".join(t.text for t in g.subtree if t.dep_ == "compound" and t.head == g or t == g)
                    seats = lexicons.country_epithets()
                    if gazetteer.surface_forms().get(name, ("", ""))[1] == "capital" \
                            or name.lower() in seats or f"the {name.lower()}" in seats:
                        return True
    return False


def _occasion_verb(noun: Token) -> Token | None:
    """The verb of whoever is at an occasion: the one the occasion attaches to by "at", "in", "to" or "during"
    ("said at a rally", "spoke to an audience"), the speech verb taking it as object ("told an audience"); a
    speech noun (data/address_nouns.txt) is its speaker's however far up its phrase sits ("ended the row with
    the speech in Bath")."""
    if noun.dep_ in {"dobj", "dative"} and noun.head.lemma_.lower() in lexicons.presence_act_verbs():
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPOSITIONS | {"with"}:
        return None
    node = noun.head.head
    if node.pos_ in {"VERB", "AUX"}:
        return node if noun.head.lower_ in OCCASION_PREPOSITIONS else None
    if noun.lemma_.lower() not in lexicons.address_nouns():
        return None
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.dep_ not in {"pobj", "prep", "dobj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def company_facts(reading: Reading) -> Iterator[Fact]:
    """'X will join the UK delegation in Poland': who joins others in a place, and those joined, are there; when
    one of them is known to serve a state and the place lies in another, they visit it."""
    for verb in reading.index.with_lemma(lexicons.joining_verbs(), "VERB"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicons.joining_verbs() or negated(reading, verb):
            continue
        actors = vocabulary.ACTOR_TYPES - {"Country"}
        party = [k for k in subjects(reading, verb) + objects(reading, verb, ("dobj",), False)
                 if reading.types.get(k) in actors]
        places = [k for k in objects(reading, verb, ("prep:in",), False) if reading.types.get(k) in {"Country", "Place"}]
        states = {reading.serves[k] for k in party if k in reading.serves}
        if not party or not places or not states:
            continue
        abroad = [p for p in places if (_state_of(reading, p) or p) not in states]
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        for place in abroad:
            for person in dict.fromkeys(party):
                found = fact(reading, person, "visits", place, verb, "presence:join-in", 0.6, when=when, modality=mode)
                if found:
                    yield found


def itinerary_facts(reading: Reading, facts: Iterable[Fact]) -> Iterator[Fact]:
    """'He will see an orphanage in Tanzania before chairing a meeting in Cape Town': a person the `facts` have
    abroad on a visit, acting in another place, visits that place too (never one of their own state; an occasion
    attended is no journey by itself)."""
    travellers = {f.subject for f in facts if f.predicate == "visits" and reading.types.get(f.subject) == "Person"
                  and not f.rule.startswith("presence:occasion")}  # (a campaign stop at home is no journey)
    for token in reading.index.with_pos("VERB", "AUX"):
        if token.pos_ not in {"VERB", "AUX"} or negated(reading, token):
            continue
        people = [k for k in subjects(reading, token) if k in travellers]
        if not people or any(c.lemma_.lower() == "home" for p in token.children for c in [p, *p.children]):
            continue  # "died at home in East Sussex", "back home": no visit
        yield from _visits_abroad(reading, people, _places_of_action(reading, token), token, "presence:itinerary", 0.55)


def _visits_abroad(reading: Reading, people: list[str], places: list[str], token: Token, rule: str,
                   confidence: float) -> Iterator[Fact]:
    """Each person visits each place the clause puts them in, unless it is in the state they serve."""
    when = clause_date(reading, token)
    mode = modality(reading, token, when)
    if mode is None:
        return
    for place in places:
        country = _state_of(reading, place) or place
        for person in people:
            if country == reading.serves.get(person):
                continue  # at home is no visit
            found = fact(reading, person, "visits", place, token, rule, confidence, when=when, modality=mode)
            if found:
                yield found


def _place_refs(reading: Reading, token: Token) -> list[str]:
    """The countries and places a token names (not those merely modifying it)."""
    return [k for k in refs(reading, token, modifiers=False) if reading.types.get(k) in {"Country", "Place"}]


def _places_of_action(reading: Reading, verb: Token) -> list[str]:
    """Countries and cities an action takes place in: 'in/at' on the verb, or anywhere along its objects'
    prepositional chain ('chairing a meeting of the Commission for Africa in Cape Town'), or one phrase
    further in ('at a school in Accra')."""
    heads = [verb]
    frontier = [c for c in verb.children if c.dep_ == "dobj"]
    while frontier:
        noun = frontier.pop()
        heads.append(noun)
        frontier += [c for c in noun.children if c.dep_ == "conj"]
        frontier += [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    places: list[str] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _place_refs(reading, pobj) or [
                    k for inner in pobj.children if inner.dep_ == "prep" and inner.lower_ == "in"
                    for g in inner.children if g.dep_ == "pobj" for k in _place_refs(reading, g)]
                places += [k for k in found if k not in places]
    return places
