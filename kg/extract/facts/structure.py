"""Structure: the programmes and channels of broadcasters, the districts of cities.

"X told Acme Radio's Morning Report programme", "interviewed on Acme TV's Nightline": a programme is named with the
broadcaster that owns it, and is part of it (data/programme_nouns.txt). "Acme Radio 3" is a channel of Acme, named
in the text (data/channel_words.txt), and what is part of the channel is part of Acme too. "Elm Street, north
London": a place named with a compass part of a city lies in that city. "Acme bought Zenith", "Zenith, which was
acquired by Acme": a firm bought is part of the buyer. "the Fund's Audit Department": a body named right after another
organisation's possessive is part of it.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import gazetteer, grammar, lexicons
from kg.extract.entities import slug
from kg.extract.facts.arguments import refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["programmes", "channels", "districts", "acquisitions", "possessed_parts"]

SPEECH_PLACES = frozenset({"tell", "speak", "talk", "interview", "appear", "say", "write"})  # "told X", "said on X"


def programmes(reading: Reading) -> Iterator[Fact]:
    """"told Acme Radio's Morning Report programme", 'told Acme TV's Nightline': a name before a programme noun
    (data/programme_nouns.txt), or a name the tagger took for a work spoken to or on, that an organisation possesses
    is a programme of that organisation, and part of it."""
    for name, noun in _programme_names(reading):
        label = f"{name.text} {noun.text}" if noun is not None else name.text
        at = noun if noun is not None else name.root
        owners = [c for c in at.children if c.dep_ == "poss"]
        wholes = [k for c in owners for k in refs(reading, c, modifiers=False)
                  if c.pos_ == "PROPN" and reading.types.get(k) == "Organization"]
        if not wholes:
            continue
        named = [k for t in name for k in reading.resolved.keys_at(t) if reading.types.get(k) == "Organization"]
        key = named[0] if named else reading.ensure_organisation("organization/" + slug(label), label, [name.text])
        broadcasters = _channels(reading)
        for whole in dict.fromkeys(wholes):
            for owner in (whole, *broadcasters.get(whole, ())):
                made = fact(reading, key, "partOf", owner, at, "part:programme", 0.7)
                if made:
                    yield made


def channels(reading: Reading) -> Iterator[Fact]:
    """'Acme Radio 3', 'Acme Two': a name made of the name of another organisation of the text and a channel
    (a channel word of data/channel_words.txt and what follows it, or a lone number of one or two digits or in
    words) is a channel of that broadcaster, and part of it."""
    for key, owners in _channels(reading).items():
        for owner, head in owners.items():
            made = fact(reading, key, "partOf", owner, head, "part:channel", 0.7)
            if made:
                yield made


def _channels(reading: Reading) -> dict[str, dict[str, Token]]:
    """Channel key → its broadcasters' keys, each with the head of a name that says so (`channels`)."""
    memo = reading.phase_memo
    if ("channels",) in memo:
        return memo[("channels",)]  # type: ignore[return-value]
    names: dict[str, str] = {}
    for key, entity in reading.resolved.entities.items():
        if reading.types.get(key) == "Organization":
            for form in (entity.label, *entity.aliases):
                names.setdefault(form, key)
    words = lexicons.channel_words()
    found: dict[str, dict[str, Token]] = {}
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name":
            continue
        tokens = reading.doc[mention.start:mention.end]
        for size in range(len(tokens) - 1, 0, -1):
            rest = tokens[size:]
            owner = names.get(tokens[:size].text)
            if owner is None or owner == key:
                continue
            if (rest[0].lower_ in words and not rest[0].is_lower) or (len(rest) == 1 and rest[0].like_num and (
                    not rest[0].is_digit or len(rest[0]) <= 2)):  # ("Acme 3", "Acme Two"; not a model, "Acme 747")
                found.setdefault(key, {}).setdefault(owner, reading.doc[mention.head])
            break
    memo[("channels",)] = found
    return found


def _programme_names(reading: Reading) -> Iterator[tuple[Span, Token | None]]:
    """The names of programmes: capitalised compounds right before a programme noun ('Morning Report programme'),
    and works of art spoken to or on ('told Acme TV's Nightline')."""
    doc = reading.doc
    nouns = lexicons.programme_nouns()
    for token in reading.index.with_lemma(nouns, "NOUN", forms=True):
        if token.lower_ not in nouns or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= token.i \
                and doc[start - 1].pos_ == "PROPN":  # ("Jane Doe show": a compound of a compound)
            start -= 1
        if start < token.i and _spoken_to_or_on(token):
            yield doc[start:token.i], token
    for ent in doc.ents:
        if ent.label_ == "WORK_OF_ART" and ent.root.pos_ == "PROPN" and _spoken_to_or_on(ent.root):
            yield ent, None


def _spoken_to_or_on(token: Token) -> bool:
    """'told X', 'interviewed on X', 'speaking to X': a word a speaker addresses or speaks on (a broadcast, not a
    policy: "the party's New Start programme" is no broadcaster's)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"on", "to"} else token.head \
        if token.dep_ in {"dobj", "dative"} else None
    return verb is not None and verb.lemma_.lower() in SPEECH_PLACES


def districts(reading: Reading) -> Iterator[Fact]:
    """'Elm Street, north London', 'Oak Prison, south-west London', 'Elm Green, in east London': a place, or a
    site (data/site_nouns.txt), named right before a comma or "in" and a compass part (data/compass_words.txt) of a
    city or region the gazetteer knows lies in that city or region (unless the gazetteer puts the two in different
    countries); with a compass word the second name is no list's next place ('Paris, London')."""
    doc = reading.doc
    compass = lexicons.compass_words()
    sites = lexicons.site_nouns()
    starts = {m.start: (m, k) for m, k in reading.resolved.mentions}
    for mention, key in reading.resolved.mentions:
        etype = reading.types.get(key)
        if mention.kind != "name" or not (etype == "Place" or (
                etype == "Organization" and doc[mention.end - 1].lower_ in sites)):
            continue
        i = mention.end
        i += doc[i:i + 1].text == ","
        i += doc[i:i + 1].text.lower() == "in"
        if i == mention.end or i + 1 >= len(doc):
            continue  # ("X, north London", "X, in east London", "X in south London"; not "X north London")
        j = i
        while j < len(doc) and j - i < 4 and (doc[j].lower_ in compass or (
                doc[j].text == "-" and j > i and doc[j - 1].lower_ in compass)):
            j += 1
        if j == i or j >= len(doc) or doc[j - 1].text == "-" or j not in starts:
            continue
        whole_mention, whole = starts[j]
        after = doc[whole_mention.end:whole_mention.end + 1]
        if whole == key or reading.types.get(whole) != "Place" or (after and after[0].lower_ in {"and", "or"}) \
                or not (whole in reading.place_country or _region(reading, whole)) \
                or _other_country(reading, key, whole):
            continue
        made = fact(reading, key, "partOf", whole, doc[mention.head], "place:district", 0.7)
        if made:
            yield made


def _region(reading: Reading, key: str) -> bool:
    """A region the gazetteer knows by that name (ISO 3166-2: 'Tuscany')."""
    entity = reading.resolved.entities.get(key)
    return entity is not None and entity.label in gazetteer.region_names()


def _other_country(reading: Reading, part: str, whole: str) -> bool:
    """The gazetteer puts the two places in different countries."""
    ours, theirs = reading.place_country.get(part), reading.place_country.get(whole)
    return ours is not None and theirs is not None and ours != theirs


DONE_TAGS = frozenset({"VBD", "VBN"})  # "bought", "has bought", "was bought": a purchase done


def acquisitions(reading: Reading) -> Iterator[Fact]:
    """'Acme bought Zenith', 'Zenith was acquired by Acme', 'Zenith, which was snapped up by Acme': a firm named as
    the object of a verb of buying (data/acquisition_verbs.txt) in a past tense is part of the organisation that
    bought it; not a plan or a wish ("agreed to buy", "may acquire"), a denial, a stake or assets ("bought a stake
    in Zenith"), nor a firm bought by a state or a person."""
    verbs = lexicons.acquisition_verbs()
    for verb in reading.index.with_lemma({v.split()[0] for v in verbs}, "VERB"):
        if verb.pos_ != "VERB" or verb.tag_ not in DONE_TAGS or not _buying(verb, verbs) or negated(reading, verb) \
                or verb.dep_ in {"xcomp", "amod"} or modality(reading, verb, clause_date(reading, verb)) != "asserted":
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive:
            bought = [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in {"WDT", "WP"}]
            bought += [verb.head] if verb.dep_ in {"relcl", "acl"} else []  # "Zenith, which was bought by Acme"
            buyers = [k for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                      for k in reading.resolved.keys_at(g)]
        else:
            bought = [c for c in verb.children if c.dep_ == "dobj"]
            buyers = list(subjects(reading, verb))
        firms = [k for t in bought for k in _firms_named(reading, t)]
        for buyer in dict.fromkeys(buyers):
            if reading.types.get(buyer) != "Organization":
                continue
            for firm in dict.fromkeys(firms):
                made = fact(reading, firm, "partOf", buyer, verb, "part:acquired", 0.65) if firm != buyer else None
                if made:
                    yield made


def _buying(verb: Token, verbs: frozenset[str]) -> bool:
    """The verb, alone or with its particle ("snap up"), is one of buying."""
    return grammar.verb_in(verb, verbs, particle_decides=True)


def _firms_named(reading: Reading, token: Token) -> list[str]:
    """The organisations a noun names: its own name, or the name before a noun of a part or kind of firm
    (data/part_nouns.txt, data/organisation_descriptors.txt: "the Zenith production unit", "the Zenith group")."""
    found = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Organization"]
    if found or token.pos_ != "NOUN" or token.lemma_.lower() not in lexicons.part_nouns() | \
            lexicons.organisation_descriptors():
        return found
    return [k for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
            for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Organization"]


def possessed_parts(reading: Reading) -> Iterator[Fact]:
    """'the Fund's European Department', 'Acme's Research Unit': an organisation's name that ends in a word naming a
    body (`_names_a_body`), right after another organisation's possessive with at most lowercase adjectives between
    ("the Fund's new Audit Office"), names a part of it; not after a noun that says otherwise ("Acme's rival Zenith
    Group"), a state's or a person's possessive, nor a name qualifying a post ("the party's Treasury spokesman")."""
    doc = reading.doc
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name":
            continue
        i = mention.start - 1
        while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ" and doc[i].lower_ not in lexicons.firm_relation_nouns():
            i -= 1  # (not "Acme's rival Zenith Group", data/firm_relation_nouns.txt, whatever its tag)
        head = doc[mention.head]
        if i < 1 or doc[i].tag_ != "POS" or head.dep_ == "compound" or not _names_a_body(doc[mention.end - 1]):
            continue  # ("the party's Treasury spokesman": the name qualifies a post; "the party's first Budget")
        owner = doc[i - 1]
        for whole in dict.fromkeys(reading.resolved.keys_at(owner)):
            if whole != key and reading.types.get(whole) == "Organization" and owner.pos_ == "PROPN":
                made = fact(reading, key, "partOf", whole, head, "part:possessed", 0.65)
                if made:
                    yield made



def _names_a_body(token: Token) -> bool:
    """The last word of a name that says it names a body: a part (data/part_nouns.txt: "Research Unit"), a state
    body (data/entity_nouns.tsv: "Audit Agency") or a kind of organisation (data/organisation_descriptors.txt)."""
    lemma = token.lemma_.lower()
    return lemma in lexicons.part_nouns() | lexicons.organisation_descriptors() or \
        lexicons.entity_nouns().get(lemma, ("", ""))[1] == "body"
