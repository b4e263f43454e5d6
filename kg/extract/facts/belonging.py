"""Belonging: which state a body, a place, a group or a firm is part of or belongs to.

A body of a state ("the Israeli army") is part of it and serves it; a firm, a delegation or a group ("Sudanese
rebels") only belongs to it; a place is part of its country; a group is of where it is ("demonstrators in
Baghdad"), unless it is displaced there ("refugees in Chad" are not Chadian). A city is part of the country the
gazetteer puts it in when the text names that country, and a named place the text puts in a country ("Oporto in
Portugal") is part of it unless the gazetteer disagrees.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import gazetteer, lexicons
from kg.extract.facts.arguments import country_refs, pre_modifiers, refs
from kg.extract.facts.qualifiers import fact
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["belonging_facts", "places_within", "described_firms", "state_firms", "ministries", "home_posts"]

TITLE_FILLERS = frozenset({"of", "for", "and", "the", "&", "shadow", "deputy", "junior", "acting", "former"})


def _a_firm(reading: Reading, start: int, end: int) -> bool:
    """'German investment bank X', 'a private bank': a body noun made a firm by a modifier before it, up to
    two words before the mention (where the descriptor of a name stands)."""
    return any(t.lower_ in lexicons.firm_modifiers() for t in reading.doc[max(0, start - 2):end])


def belonging_facts(reading: Reading) -> Iterator[Fact]:
    """The state each body, place, group or named organisation of the document belongs to."""
    for mention, key in reading.resolved.mentions:
        etype = reading.types.get(key)
        head = reading.doc[mention.head]
        found: list[Fact | None] = []
        if etype == "Place" and mention.role in {"capital", "city"}:
            # "Dallas": the gazetteer knows its country; said only when the text names that country too. A
            # capital only where the text itself places it ("Kabul in Afghanistan", "Westminster Hall, London"),
            # not "the government in Cairo", which readers take for its state as often as for a city.
            country = "country/" + mention.country
            if country in reading.resolved.entities and (mention.role == "city" or (mention.kind == "name" and (
                    head.dep_ != "pobj" or _listed_in(reading, head, country)))):
                found.append(fact(reading, key, "partOf", country, head, "place:gazetteer", 0.75))
        elif etype in {"Organization", "Place", "Group"} and mention.country and not (
                etype == "Organization" and _international(reading, key, mention.text)) \
                and not _topic_country(reading, mention):
            predicates = {"Place": ("partOf",), "body": ("partOf", "affiliatedWith")}.get(
                etype if etype == "Place" else mention.role, ("affiliatedWith",))
            if mention.role == "body" and _a_firm(reading, mention.start, mention.end):
                predicates = ("affiliatedWith",)  # "German investment bank X": a firm of Germany, no part of it
            country = reading.ensure_country(mention.country)
            found += [fact(reading, key, predicate, country, head, "role:belongs-to", 0.8) for predicate in predicates]
        elif etype == "Group" and mention.role != "members":
            # "students throughout Indonesia", "demonstrators in Baghdad", "activists from the Fatah party"; not a
            # body's members, who are where they meet ("signed by the EU members in Rome")
            found += [fact(reading, key, "affiliatedWith", home, head, "role:group-of", 0.7)
                      for home in _located_in(reading, head)]
        elif etype == "Organization" and mention.kind == "name":
            # "Russian oil firm Norvik", "Kenya's state broadcaster KBC": the modifiers say whose it is,
            # when a descriptor noun says what it is ("firm", "broadcaster")
            pre = _own_modifiers(reading, key, _with_hyphenated(reading, pre_modifiers(reading, mention, head)))
            if any(t.pos_ == "NOUN" for t in pre):
                found += [fact(reading, key, "affiliatedWith", country, head, "role:organisation-of", 0.7)
                          for t in pre for country in country_refs(reading, t)]
            elif head.dep_ == "compound" and head.head.lemma_.lower() in lexicons.organisation_descriptors():
                # "the Ukrainian state-owned X company": the descriptor after the name carries its country
                found += [fact(reading, key, "affiliatedWith", country, head, "role:organisation-of", 0.7)
                          for t in head.head.lefts if t.dep_ in {"amod", "compound", "nmod", "poss"}
                          and t.i < mention.start for country in country_refs(reading, t)]
            else:
                # "US oil giant X", "the London-based X" when the parse hangs the words apart from the name
                found += [fact(reading, key, "affiliatedWith", country, head, "role:organisation-of", 0.7)
                          for country in _written_home(reading, key, mention.start) or _described_after(
                              reading, mention.end)]
        if etype == "Organization" and mention.kind == "name" and not found and not mention.country \
                and not _international(reading, key, mention.text):
            found += [fact(reading, key, "affiliatedWith", country, head, "role:of-country", 0.7)
                      for country in _of_country_name(reading, mention)]
        yield from (f for f in found if f is not None)


def _of_country_name(reading: Reading, mention) -> list[str]:
    """'the Water Board of Ruritania', 'the National Bank of Ruritania': a name that ends in "of" and a
    country's own name (not its capital, not an international body of data/organisations.tsv) is of that
    country."""
    tokens = list(reading.doc[mention.start:mention.end])
    ofs = [i for i, t in enumerate(tokens) if t.lower_ == "of"]
    if not ofs or ofs[-1] == 0:
        return []
    tail = tokens[ofs[-1] + 1:]
    if tail and tail[0].lower_ == "the":
        tail = tail[1:]
    if not tail or any(t.lower_ in {"of", "and", "&"} for t in tokens[ofs[-1] + 1:]):
        return []
    text = "".join(t.text_with_ws for t in tail).strip()
    iso3, kind = gazetteer.surface_forms().get(text, ("", ""))
    return [reading.ensure_country(iso3)] if kind == "name" else []


def _listed_in(reading: Reading, head: Token, country: str) -> bool:
    """'offices in Lima and Cusco in Peru': a city listed with a name right followed by "in" and its country is
    placed there too."""
    doc = reading.doc
    return any(c.dep_ == "conj" and doc[c.i + 1:c.i + 2].text.lower() == "in"
               and any(country in reading.resolved.keys_at(t) for t in doc[c.i + 2:c.i + 4])
               for c in head.children)


def _topic_country(reading: Reading, mention) -> bool:
    """'an inquiry into Chile intelligence', 'the Iran talks team': a country's name (not its adjective, "Iraqi",
    nor a short form, "US", nor a possessive) set before a common noun says what the noun is about, not whose
    it is; the phrase belongs to no state."""
    if mention.kind == "name":
        return False
    doc = reading.doc
    words = [t for t in doc[mention.start:mention.head] if country_refs(reading, t)]
    return bool(words) and all(
        t.dep_ in {"compound", "nmod"} and not t.is_upper and gazetteer.surface_forms().get(t.text, ("", ""))[1] == "name"
        and not any(c.tag_ == "POS" for c in t.children) for t in words)


def _written_home(reading: Reading, key: str, start: int) -> list[str]:
    """The countries written in the words right before a firm's name, read off the words, when they end in a
    descriptor noun of data/organisation_descriptors.txt ("US oil giant"), a relation noun of
    data/firm_relation_nouns.txt ("its US rival") or in "<place>-based": back to anything
    but a modifier, or to another firm's or person's name; a city stands for its country."""
    doc = reading.doc
    words: list = []
    i = start - 1
    while i >= 0 and len(words) < 6 and (doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[i].lower_ == "based" or (
            doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_)) \
            and not any(k != key and reading.types.get(k) in {"Organization", "Person"}
                        for k in reading.resolved.keys_at(doc[i])):
        words.insert(0, doc[i])
        i -= 1
    based = len(words) >= 3 and words[-1].lower_ == "based" and words[-2].text == "-"
    nouns = lexicons.organisation_descriptors() | lexicons.firm_relation_nouns()  # "its Japanese rival X"
    if not words or not (based or (words[-1].is_lower and words[-1].lemma_ in nouns)):
        return []  # (a capitalised "Party" or "Group" ends a name of its own: "UK Independence Party MEP")
    found: list[str] = []
    for t in (words[-3:-2] if based else words):
        for k in reading.resolved.keys_at(t):
            if reading.types.get(k) == "Country":
                found.append(k)
            elif k in reading.place_country:
                found.append(reading.ensure_country(reading.place_country[k]))
    return list(dict.fromkeys(found))


def _described_after(reading: Reading, end: int) -> list[str]:
    """'X, the Russian state oil company, and Y' read off the words when the parse hangs the apposition elsewhere:
    a definite or indefinite descriptor phrase right after the name's comma, ending in a lower-case descriptor noun
    of data/organisation_descriptors.txt that no name or possessive follows; its country words say whose X is."""
    doc = reading.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"the", "a", "an"}:
        return []
    words: list = []
    i = end + 2
    while i < len(doc) and len(words) < 6 and doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} \
            and not any(reading.types.get(k) in {"Organization", "Person"} for k in reading.resolved.keys_at(doc[i])):
        words.append(doc[i])
        i += 1
    if not words or not words[-1].is_lower or words[-1].lemma_ not in lexicons.organisation_descriptors() \
            or (i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].tag_ == "POS")):
        return []  # ("X, the Russian firm Y": another firm; "X, the Russian firm's rival": not X)
    return list(dict.fromkeys(k for t in words for k in country_refs(reading, t)))


def _international(reading: Reading, key: str, text: str) -> bool:
    """An international organisation of data/organisations.tsv: a city in its name ("Paris Club") is its seat,
    not its state."""
    entity = reading.resolved.entities.get(key)
    index = lexicons.organisation_index()
    return text in index or (entity is not None and entity.label in index)


def _own_modifiers(reading: Reading, key: str, pre: list[Token]) -> list[Token]:
    """The words before a name that are its own: after a conjunction or another firm's or person's name
    ("Venezuelan energy firm X and Argentina's Y": Y is Argentina's, not Venezuela's); a possessive pronoun only
    relates the two ("its Japanese rival Y": Y is Japanese)."""
    cut = 0
    for i, t in enumerate(pre):
        if t.dep_ == "cc" or (t.pos_ != "PRON" and any(k != key and reading.types.get(k) in {"Organization", "Person"}
                                                       for k in reading.resolved.keys_at(t))):
            cut = i + 1
    return pre[cut:]


def _with_hyphenated(reading: Reading, pre: list[Token]) -> list[Token]:
    """'Turkish-Austrian consortium': the countries joined by hyphens before the first modifier belong to it too."""
    doc = reading.doc
    while pre and pre[0].i >= 2 and doc[pre[0].i - 1].text == "-" and country_refs(reading, doc[pre[0].i - 2]):
        pre = [doc[pre[0].i - 2], *pre]
    return pre


def _located_in(reading: Reading, head: Token) -> tuple[str, ...]:
    """The country or body a group is in or from; a city stands for its country."""
    found: list[str] = []
    away = head.lemma_.lower() in lexicons.displaced_groups()  # "refugees in Pakistan" are not Pakistani
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ({"from", "of"} if away else {
                "in", "from", "of", "throughout", "across"}):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for k in refs(reading, pobj, modifiers=False):
                    if k in reading.place_country:
                        found.append(reading.ensure_country(reading.place_country[k]))
                    elif reading.types.get(k) in {"Country", "Organization"}:
                        found.append(k)
    return tuple(dict.fromkeys(found))


def places_within(reading: Reading) -> Iterator[Fact]:
    """'Oporto in Portugal', 'Davos, Switzerland', 'Glasgow in Scotland', 'Y Hall, Edinburgh': a named place the
    text puts in a country or in a region the gazetteer knows is part of it, and so is a building or site
    (data/site_nouns.txt) put in a city it knows, unless the gazetteer puts the two in different countries. A name
    typed as an organisation that the gazetteer knows as a city ('Bordeaux in France') is that city when the
    gazetteer agrees on the country. Not 'Turkey's X', which is as often a misread firm as a place; not a city in
    another city ('Paris, London' is a list), nor any other name in a city ('the exchange X in London': a firm)."""
    known = gazetteer.place_countries()
    for mention, key in reading.resolved.mentions:
        etype = reading.types.get(key)
        if mention.kind != "name" or etype not in {"Place", "Organization"}:
            continue
        entity = reading.resolved.entities.get(key)
        label = entity.label if entity is not None else mention.text
        if etype == "Organization" and label not in known:
            continue
        head = reading.doc[mention.head]
        city = etype == "Organization" or mention.role in {"city", "capital"} or label in known
        for whole in dict.fromkeys(_enclosing(reading, head) + _followed_by(reading, mention.end)):
            if whole == key or not _same_country(reading, key, whole):
                continue
            if reading.types.get(whole) == "Place" and not _is_region(reading, whole) and (
                    city or head.lower_ not in lexicons.site_nouns()):
                continue  # "Paris, London": a city is in no other city; "X in London" may be a firm there
            if etype == "Organization" and (reading.types.get(whole) != "Country" or known[label] != _country_of(
                    reading, whole)):
                continue  # only the gazetteer's own country for a name the tagger took for a firm
            found = fact(reading, key, "partOf", whole, head, "place:within", 0.7)
            if found:
                yield found


def _is_region(reading: Reading, key: str) -> bool:
    """A region the gazetteer knows by that name (ISO 3166-2: 'Scotland', 'Tuscany')."""
    entity = reading.resolved.entities.get(key)
    return entity is not None and entity.label in gazetteer.region_names()


def _whole(reading: Reading, key: str) -> bool:
    """What a place can lie in: a country, or a city or region whose country the gazetteer knows."""
    return reading.types.get(key) == "Country" or (reading.types.get(key) == "Place" and key in reading.place_country)


def _enclosing(reading: Reading, head: Token) -> list[str]:
    """The countries, cities or regions a place name is said to lie in: its in-phrase or a proper-name
    apposition ('Y Hall, London'), not one of a list ('Paris, London and Rome')."""
    tokens = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    tokens = [_compass_whole(t) for t in tokens]
    tokens += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
               and not any(g.dep_ in {"conj", "cc"} for g in c.children)]
    return [k for t in tokens for k in reading.resolved.keys_at(t) if _whole(reading, k)]


def _compass_whole(token: Token) -> Token:
    """'the far west of Ruritania', 'the north of Ruritania': a compass word (data/compass_words.txt) with an of-phrase
    stands for the whole its of-phrase names."""
    if token.lower_ not in lexicons.compass_words():
        return token
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), token)


def _followed_by(reading: Reading, end: int) -> list[str]:
    """'Oporto in Portugal' read off the words when the parser attaches the in-phrase elsewhere: the country,
    city or region named right after 'in' (and an optional article) that follows the place name."""
    doc = reading.doc
    if end >= len(doc) or doc[end].lower_ != "in":
        return _in_compass_region(reading, end)
    after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    return [k for k in reading.resolved.keys_at(doc[after]) if _whole(reading, k)] if after < len(doc) \
        else []


def _in_compass_region(reading: Reading, end: int) -> list[str]:
    """'Zelda, in the far west of Ruritania', 'Kovrin, in northern Ruritania': a place name followed by a comma and
    "in" a region of a country named by a compass word (data/compass_words.txt) and "of", or before its name."""
    doc = reading.doc
    words = [t.lower_ for t in doc[end:end + 8]]
    if words[:2] == [",", "in"] and len(words) > 3 and words[2] in lexicons.compass_words() \
            and doc[end + 4:end + 5].text in {"", ",", ".", ";"}:  # "Tarvo, in eastern Turkey"
        return [k for k in reading.resolved.keys_at(doc[end + 3]) if reading.types.get(k) == "Country"]
    if words[:3] != [",", "in", "the"]:
        return []
    i = 3 + (len(words) > 3 and words[3] in {"far", "extreme", "remote"})
    if i + 2 >= len(words) or words[i] not in lexicons.compass_words() or words[i + 1] != "of":
        return []
    country = end + i + 2 + (words[i + 2] == "the")
    if country >= len(doc) or doc[country + 1:country + 2].text not in {"", ",", ".", ";", "and"}:
        return []
    return [k for k in reading.resolved.keys_at(doc[country]) if reading.types.get(k) == "Country"]


def _country_of(reading: Reading, key: str) -> str | None:
    """The ISO code of a country, or of the country the gazetteer puts a place in."""
    if reading.types.get(key) == "Country":
        entity = reading.resolved.entities.get(key)
        return entity.country_code if entity is not None and entity.country_code else key.removeprefix("country/")
    return reading.place_country.get(key)


def _same_country(reading: Reading, part: str, whole: str) -> bool:
    """False only when the gazetteer knows both countries and they differ ('Georgia in the US' is no state's)."""
    ours, theirs = _country_of(reading, part), _country_of(reading, whole)
    return ours is None or theirs is None or ours == theirs


def described_firms(reading: Reading) -> Iterator[Fact]:
    """'Norvik ... The embattled Russian oil giant had filed for bankruptcy': a definite descriptor noun phrase
    (data/organisation_descriptors.txt) with a country word and no name of its own, as the subject of its
    clause, means the firm named in the sentence before (its subject, else the last named), which belongs to that
    country; not one its own sentence names too, nor one the text gives another country ("India's X")."""
    doc = reading.doc
    descriptors = lexicons.organisation_descriptors()
    # (not a name modifying another noun: "an order for 10 Airbus A380s" speaks of planes, not of the firm)
    firms = [(m.start, key) for m, key in reading.resolved.mentions if m.kind == "name" and not m.canonical
             and reading.types.get(key) == "Organization" and doc[m.head].dep_ not in {"compound", "amod", "nmod"}]
    for noun in reading.index.with_lemma(descriptors, "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in descriptors or noun.dep_ not in {"nsubj", "nsubjpass"} \
                or reading.resolved.keys_at(noun) or noun.tag_ != "NN":
            continue
        lefts = list(noun.lefts)
        if not any(t.dep_ == "det" and t.lower_ == "the" for t in lefts) \
                or any(c.dep_ in {"appos", "relcl", "acl", "prep"} for c in noun.rights):
            continue  # "a Russian firm", "the Russian firm that bought it"
        if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
            continue  # "the Russian firm Norvik": the name after it is the firm
        countries = [k for t in lefts if t.dep_ in {"amod", "compound", "nmod"} for k in country_refs(reading, t)]
        if not countries or any(reading.types.get(k) != "Country" for t in lefts for k in reading.resolved.keys_at(t)
                                if k not in countries):
            continue
        sent = noun.sent
        earliest = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        # ("The German firm wanted to buy Fiat", "X met LSE's chief amid rumours the German group may bid": a firm
        # named in the descriptor's own sentence, even inside another noun phrase, is another one; not a pronoun)
        others = {k for m, k in reading.resolved.mentions if m.kind == "name" and sent.start <= m.start < sent.end}
        before = [(i, key) for i, key in firms if earliest <= i < sent.start and key not in others
                  and not _of_another_country(reading, doc[i], countries)]
        if not before:
            continue
        # ("Boeing announced a deal with X. The US company also said ...": the subject goes on being spoken of)
        subjects_before = [(i, key) for i, key in before if _is_subject(reading, i)]
        firm = (subjects_before or before)[-1][1]
        for country in countries:
            made = fact(reading, firm, "affiliatedWith", country, noun, "role:described-firm", 0.65)
            if made:
                yield made


def _is_subject(reading: Reading, start: int) -> bool:
    """The name starting at this token is the subject of its clause."""
    for mention, _ in reading.resolved.mentions:
        if mention.start == start:
            return reading.doc[mention.head].dep_ in {"nsubj", "nsubjpass"}
    return False


def _of_another_country(reading: Reading, first: Token, countries: list[str]) -> bool:
    """The firm's name is modified by a country that is none of these ('India's X', 'Swiss group X')."""
    doc = reading.doc
    mention = next((m for m, _ in reading.resolved.mentions if m.start == first.i), None)
    if mention is None:
        return False
    head = doc[mention.head]
    own = [k for t in doc[min(t.i for t in head.subtree):mention.start] for k in country_refs(reading, t)]
    return bool(own) and not set(own) & set(countries)


def state_firms(reading: Reading) -> Iterator[Fact]:
    """'... which the Ruritanian state bank lent state-owned Kovex': a firm named as state-owned ("state-run",
    data/state_ownership_words.txt; "state oil firm") with no country in its own phrase belongs to the state its
    sentence names as an owner or actor: a country word before "state" ("Ruritanian state bank", "Ruritanian state
    media") or a government ("the Ruritanian government"), when the sentence names one such state only; when
    it names none, the document's one state (`_document_state`)."""
    doc = reading.doc
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name" or mention.country:
            continue
        head = doc[mention.head]
        pre = _words_before(reading, key, mention.start)
        if not _state_owned(pre) or any(country_refs(reading, t) for t in pre):
            continue
        states = _owning_states(reading, head.sent, mention) or _document_state(reading, head.sent)
        if len(states) == 1:
            made = fact(reading, key, "affiliatedWith", states[0], head, "role:state-firm", 0.65)
            if made:
                yield made


def _words_before(reading: Reading, key: str, start: int) -> list[Token]:
    """The descriptive words right before a name ('small state-owned carmaker'), back to anything else or to
    another firm's or person's name; the parser hangs a hyphenated participle's parts apart."""
    doc = reading.doc
    words: list[Token] = []
    i = start - 1
    while i >= 0 and len(words) < 6 and (doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[i].tag_ in {"VBN", "HYPH"}) \
            and not any(k != key and reading.types.get(k) in {"Organization", "Person"}
                        for k in reading.resolved.keys_at(doc[i])):
        words.insert(0, doc[i])
        i -= 1
    return words


def _state_owned(pre: list[Token]) -> bool:
    """'state-owned', 'state-run' among the words before a name, or a lower-case "state" opening a descriptor
    noun phrase ('state oil firm', 'state broadcaster'; data/organisation_descriptors.txt)."""
    words = lexicons.state_ownership_words()
    if pre and pre[-1].is_lower and pre[-1].lemma_ in lexicons.organisation_descriptors() and any(
            t.text == "state" and t.dep_ in {"compound", "amod", "nmod"} and t.nbor(1).text != "-" for t in pre[:-1]):
        return True
    return any(t.lower_ == "state" and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).lower_ in words
               for t in pre)


def _document_state(reading: Reading, sent) -> list[str]:
    """The one state a document speaks of: the one whose government or authorities it names ("the Ruritanian
    authorities"), else the one country it names at all; none when it names several, or when the sentence names
    a country of its own ("Ruritania's Kovex buys gas from state giant Y": Y may be a foreign state's)."""
    countries = [(mention, key) for mention, key in reading.resolved.mentions if reading.types.get(key) == "Country"]
    if any(sent.start <= mention.start < sent.end for mention, _ in countries):
        return []
    states = {key for mention, key in countries if mention.role == "state"} or {key for _, key in countries}
    return list(states) if len(states) == 1 else []


def _owning_states(reading: Reading, sent, own) -> list[str]:
    """The states a sentence names as owners or actors: a country word right before "state" ('Ruritanian state
    bank') or a government phrase; not the firm's own mention."""
    found: list[str] = []
    for mention, key in reading.resolved.mentions:
        if not sent.start <= mention.start < sent.end or mention is own or reading.types.get(key) != "Country":
            continue
        before_state = mention.end < len(reading.doc) and reading.doc[mention.end].lower_ == "state" and not (
            mention.end + 1 < len(reading.doc) and reading.doc[mention.end + 1].text == "-")
        if (mention.kind == "country" and before_state) or mention.role == "state":
            found.append(key)
    return list(dict.fromkeys(found))


def ministries(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """'The Home Office said ...' with 'Home Secretary X' (of Ruritania) in the text: a department named by a
    portfolio (data/ministry_nouns.txt) is part of the state whose minister holds a post of that portfolio, when
    the text's holders of such posts serve one state only; without such a minister, a department of the home state
    (`_home_department`) is part of it."""
    facts = list(facts)
    states: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate == "affiliatedWith" and f.subject.startswith("person/") and f.object.startswith("country/"):
            states.setdefault(f.subject, set()).add(f.object)
    posts = [(_portfolio(f.object), f.subject) for f in facts if f.predicate == "holdsPosition"]
    found: list[Fact] = []
    for mention, key in reading.resolved.mentions:
        entity = reading.resolved.entities.get(key)
        if reading.types.get(key) != "Organization" or mention.kind != "name" or mention.country or entity is None:
            continue
        words = {w.lower().removesuffix("'s") for w in entity.label.split()}
        if not words & lexicons.ministry_nouns() or any(w in gazetteer.surface_forms() for w in entity.label.split()):
            continue
        countries = {c for portfolio, person in posts if portfolio and portfolio <= words
                     for c in states.get(person, ())}
        predicates = ("partOf", "affiliatedWith")
        if not countries:  # (a department of the home state is its part, as the guide has it: no more)
            countries, predicates = _home_department(reading, mention, key), ("partOf",)
        if len(countries) == 1:
            country = next(iter(countries))
            for predicate in predicates:
                made = fact(reading, key, predicate, country, reading.doc[mention.head], "role:ministry", 0.7)
                if made:
                    found.append(made)
    return found


def _home_department(reading: Reading, mention, key: str) -> set[str]:
    """'The Home Office said ...' in a text whose posts are Ruritania's and that names Ruritania (else that names it
    as its only state, `_one_named_state`): a name headed by a department noun (data/ministry_nouns.txt) with no
    state, body or other name in it, no possessor ("Acme's Audit Office"), no international body's name and no other
    state's portfolio is a department of that state; not when its sentence names another state, whose it may be."""
    home = reading.home_country if reading.home_country and reading.names_state(reading.home_country) \
        else _one_named_state(reading)
    doc = reading.doc
    head = doc[mention.head]
    if home is None or head.lower_ not in lexicons.ministry_nouns() or not head.text[:1].isupper() \
            or _international(reading, key, mention.text):
        return set()
    if any(k != key for t in doc[mention.start:mention.end] for k in reading.resolved.keys_at(t)) or (
            mention.start > 0 and doc[mention.start - 1].tag_ == "POS") or any(
            c.dep_ == "poss" for c in head.children):
        return set()  # ("IMF European Department", "Acme's Research Office")
    if mention.end < len(doc) and doc[mention.end].pos_ == "PROPN" and doc[mention.end].text[:1].isupper():
        return set()  # a name cut short ("the Office of the Chief | Fire Officer"): not this body's whole name
    if _foreign_portfolio(reading, mention, home):
        return set()
    country = "country/" + home
    sent = head.sent
    if any(k != country and reading.types.get(k) == "Country" for m, k in reading.resolved.mentions
           if sent.start <= m.start < sent.end):
        return set()
    return {reading.ensure_country(home)}


def _one_named_state(reading: Reading) -> str | None:
    """Without a home state of its posts, the one state a text names (its ISO3), if it names exactly one."""
    states = {key for mention, key in reading.resolved.mentions if reading.types.get(key) == "Country"}
    return next(iter(states)).removeprefix("country/") if len(states) == 1 else None


def _foreign_portfolio(reading: Reading, mention, home: str) -> bool:
    """'the Department of Defense' in a British text: the department's words hold the portfolio of another state's
    national title (data/national_titles.tsv: "secretary of defense") and of none of the home state's."""
    words = {t.lower_ for t in reading.doc[mention.start:mention.end]}
    states = {iso3 for title, iso3 in lexicons.national_titles().items() if (p := _portfolio(title)) and p <= words}
    return bool(states) and home not in states


def _portfolio(title: str) -> frozenset[str]:
    """The portfolio words of a title ('Foreign Secretary' → foreign; 'International Development Secretary' →
    international, development), without its head, its country words and fillers ('shadow', 'of')."""
    heads = lexicons.portfolio_heads()
    forms = gazetteer.surface_forms()
    words = [w for w in title.split() if w not in forms]
    if not any(w.lower() in heads for w in words):
        return frozenset()  # not a minister's post ("President", "spokesman")
    return frozenset(w.lower() for w in words if w.lower() not in heads and w.lower() not in TITLE_FILLERS)


def home_posts(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """'President Jan Kos' in a text on Ruritania: a person whose post is wholly one of a state's government (a head
    of state or government, a minister: data/state_post_kinds.txt; not "vice president", nor "Ifo president")
    and whom no fact ties to a state or to a body other than a party serves the document's main state
    (`_main_state`), unless it deals with that state, with someone of it or with another holder of such a post."""
    facts = list(facts)
    posts = {f.subject for f in facts if f.predicate == "holdsPosition" and f.subject.startswith("person/")
             and _state_post(f.object)}
    parties = lexicons.party_countries()
    tied = {f.subject for f in facts if f.predicate in {"affiliatedWith", "leads"} and f.object.startswith("country/")}
    tied |= {f.subject for f in facts if f.predicate in {"memberOf", "leads"}
             and reading.types.get(f.object) == "Organization" and _label(reading, f.object) not in parties}
    people = [p for p in posts if p not in tied]
    if not people:
        return []
    state = _main_state(reading)
    if state is None:
        return []
    # ("Prime Minister X pressed the US", "X met President Y": the other side of a dealing with the main state,
    # with someone or something of it, or with another holder of a state's post, is of no one state)
    sides = {state} | posts | {f.subject for f in facts if f.object == state and f.predicate in {
        "affiliatedWith", "partOf", "leads", "memberOf"}}
    dealing = {key for f in facts if not f.object_is_literal and vocabulary.category(f.predicate) != "state"
               for key, other in ((f.subject, f.object), (f.object, f.subject)) if other in sides and other != key}
    people = [p for p in people if p not in dealing]
    found: list[Fact] = []
    for mention, key in reading.resolved.mentions:
        if key in people:
            people.remove(key)
            made = fact(reading, key, "affiliatedWith", state, reading.doc[mention.head], "role:home-post", 0.6)
            if made:
                found.append(made)
    return found


def _label(reading: Reading, key: str) -> str:
    entity = reading.resolved.entities.get(key)
    return entity.label if entity is not None else ""


def _state_post(title: str) -> bool:
    """A post as written that is a title of data/titles.tsv of a state's government's kind
    (data/state_post_kinds.txt), headed by no "vice", with nothing before it but title modifiers ("former") and
    country words: not a body's post ("Ifo president", "senior vice president")."""
    words = title.replace("-", " - ").split()
    entry = lexicons.title_ending(words)
    if entry is None or entry[1].kind not in lexicons.state_post_kinds() or entry[0].startswith("vice"):
        return False
    rest = words[:len(words) - len(entry[0].replace("-", " - ").split())]
    modifiers = {m.lower() for m in lexicons.title_modifiers()}
    return all(w.lower() in modifiers or w == "-" or w in gazetteer.surface_forms() for w in rest)


def _main_state(reading: Reading) -> str | None:
    """The country a document names most often, at least three times and twice as often as any other country or
    any region of one (ISO 3166-2: 'Scotland', whose ministers are no state's)."""
    counts: dict[str, int] = {}
    seen: set[int] = set()  # ("the Ruritanian government" and its "Ruritanian" are one naming)
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) == "Country" and not seen & set(range(mention.start, mention.end)):
            counts[key] = counts.get(key, 0) + 1
            seen.update(range(mention.start, mention.end))
    regions = gazetteer.subdivision_names()
    for token in reading.index.tokens:  # a region's name inside other names too ("the Arts Council of Kovria")
        if token.text in regions and not any(reading.types.get(k) == "Country"
                                             for k in reading.resolved.keys_at(token)):
            counts["region/" + token.text] = counts.get("region/" + token.text, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]) \
            or not ranked[0][0].startswith("country/"):
        return None
    return ranked[0][0]
