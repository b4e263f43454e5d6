"""Roles: who holds which post, whom they serve, who leads what, who is someone's counterpart.

Read from the noun phrases around a person's name: pre-modifiers ("Peruvian Prime Minister Ana
Ruiz"), appositions ("Ana Ruiz, the current Peruvian Prime Minister"; "the head of X, John Doe"),
"in his capacity as", copulas ("He became the chief of staff of the army"), possessives ("his Moroccan
counterpart Y", "Russia's foreign minister Y"), and offices held in a body ("its chairmanship of the G8").
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from kg.extract import gazetteer, grammar, lexicons
from kg.extract.facts.arguments import country_refs, passive_subject, pre_modifiers, refs, subjects
from kg.extract.facts.qualifiers import fact, governors
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["TitlePhrase", "titled_people", "copula_roles", "capacity_roles", "office_roles", "title_of",
           "organisation_countries", "described_people", "regime_heads", "government_heads",
           "party_states", "state_voices", "state_makers", "party_heads", "sentence_states", "home_heads"]

GOVERNMENT_KINDS = frozenset({"minister"})  # kinds of titles.tsv held at home: presidents are often foreign
DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})  # "earlier", "youngest": a comparison, not part of a post
PRAISE_VALENCE = 1.6  # vaderSentiment valence from which an adjective before a post judges its holder ("great")
PRESIDENT_TITLES = frozenset({"president", "vice president", "vice-president"})  # the whole post, as written
HOME_HEAD_KINDS = frozenset({"head_of_government"})  # held at home too, but lead the state only in some states


@functools.cache
def _titles() -> dict[str, object]:
    """The title lexicon keyed by lower-case title."""
    return {k.lower(): v for k, v in lexicons.titles().items()}


@functools.cache
def _modifiers() -> frozenset[str]:
    """Words that qualify a title without being part of it ("former", "current"), lower-case."""
    return frozenset(m.lower() for m in lexicons.title_modifiers())


def _title_entry(words: list[str]) -> tuple[str, object] | None:
    """The longest lexicon title that ends the phrase ("israeli prime minister" → "prime minister")."""
    return lexicons.title_ending(words)


@dataclass(frozen=True)
class TitlePhrase:
    """A post as written around a name: its text, the countries and bodies named in it, its possessors
    ("Russia's foreign minister") and what its of-phrase names ("head of the army")."""

    text: str
    countries: list[str]
    possessors: list[str]
    of_object: Token | None
    bodies: list[str]


def titled_people(reading: Reading) -> Iterator[Fact]:
    """The posts of every person named with a title: before the name, in an apposition, or after it; and of
    one first named as the speaker right after a sentence led by an unnamed holder of a post."""
    first: set[str] = set()
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) == "Person":
            head = reading.doc[mention.head]
            facts = list(person_roles(reading, key, mention, head))
            yield from facts
            if key not in first and not any(f.predicate == "holdsPosition" for f in facts):
                yield from _named_after_description(reading, key, head)
            first.add(key)


def _named_after_description(reading: Reading, key: str, head: Token) -> Iterator[Fact]:
    """'Ruritania's finance minister has criticised the plan. "It is unwise," said Jules Marchetti.': a person
    first named, without a post, as the one who speaks (a verb of data/speech_verbs.txt) in the sentence right after
    one whose subject is a post (data/titles.tsv) said of nobody the text names, naming no person ("the Chilean trade
    minister has opened the fair. Ana Ruiz said ..."), is that post's holder."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in lexicons.speech_verbs() or head.sent.start == 0:
        return
    sentence = head.sent
    before = reading.doc[sentence.start - 1].sent
    if any(reading.types.get(k) == "Person" for t in before for k in reading.resolved.keys_at(t)):
        return
    described = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN"
                 and t.head.pos_ in {"VERB", "AUX"} and not reading.resolved.keys_at(t)
                 and any(c.dep_ in {"det", "poss"} for c in t.children)]
    posts = [t for t in described if title_of(reading, t) is not None]
    if len(posts) == 1:
        yield from person_facts(reading, key, head, posts[0], "described-before")


def person_roles(reading: Reading, key: str, mention, head: Token) -> Iterator[Fact]:
    """The posts of one named person: from the words before the name, its appositions and an of-phrase."""
    # Pre-modifiers: "Peruvian Prime Minister Ana Ruiz", "his Chilean counterpart Y".
    pre = _own_words(reading, key, _across_hyphens(reading, pre_modifiers(reading, mention, head)))
    written = [] if pre else _words_before(reading, key, mention)
    pre = _split_post_start(head, pre) + pre if pre else written
    pre = _past_hyphenated(reading, pre)
    if pre and not any((t.is_punct and not _joins(t)) or (t.pos_ == "VERB" and not _title_participle(t)) for t in pre):
        yield from person_facts(reading, key, head, pre[-1], "pre-modifier", pre)
        yield from _post_of_the_body_just_named(reading, key, head, pre)
        yield from _head_of_the_body_in_focus(reading, key, head, pre)
        yield from _of_after_name(reading, key, head, pre)
        yield from _party_label(reading, key, head, pre)
        yield from _post_after_counterpart(reading, key, head, pre)
    yield from _speaking_for(reading, key, head)
    yield from _post_set_off_before(reading, key, head)
    yield from _nationality_said(reading, key, head)
    yield from _home_named(reading, key, mention)
    if not pre or title_of(reading, pre[-1], pre) is None:
        yield from _of_country(reading, key, head)
    for child in head.children:
        if child.dep_ == "appos":
            yield from person_facts(reading, key, head, child, "apposition")
            yield from _head_of_the_body_in_focus(reading, key, head, None, child)
            for conj in child.conjuncts:
                yield from person_facts(reading, key, head, conj, "apposition")
    other_person = any(k != key and reading.types.get(k) == "Person" for t in [head.head, *(
        c for c in head.head.children if c.dep_ == "appos" and c.i < head.i)] for k in reading.resolved.keys_at(t))
    if head.dep_ == "appos" and head.head.pos_ in {"NOUN", "PROPN"} and not other_person and not written:
        # (a name hung on another person's name, or on a post another name is in apposition to, has no part
        # in that person's post: "Chilean Foreign Minister X and Peruvian trade minister Y")
        target = head.head
        # "Spain's director general for Europe, Jose Maria Pons": the parser may hang the name on the
        # object of the title's preposition; the title is then the noun that preposition belongs to.
        # Only a name set off by a comma: "managing director of analysts Douglas-Westwood" names the analysts.
        if title_of(reading, target) is None and target.dep_ == "pobj" and target.head.lower_ in {"of", "for"} \
                and target.head.head.pos_ in {"NOUN", "PROPN"} and head.left_edge.i > 0 \
                and reading.doc[head.left_edge.i - 1].text == ",":
            target = target.head.head
        yield from person_facts(reading, key, head, target, "apposition")
        yield from _head_of_the_body_in_focus(reading, key, head, None, target)


BODY_POST_KINDS = frozenset({"official", "business"})  # kinds of data/titles.tsv held in a firm or a body


def _post_of_the_body_just_named(reading: Reading, key: str, head: Token, pre: list[Token]) -> Iterator[Fact]:
    """'The charity Aid First welcomed the report. Director Jan Kos urged ...': a body's post (kinds
    official and business of data/titles.tsv: "director", "spokesman") written before a name with no body, state or
    possessor of its own is held in the one organisation the sentence before names as a subject, when its own
    sentence names no other; a heading post heads it."""
    found = title_of(reading, pre[-1], pre)
    if found is None or found.countries or found.possessors or found.bodies or found.of_object is not None:
        return
    entry = _title_entry(found.text.lower().split())
    if entry is None or getattr(entry[1], "kind", "") not in BODY_POST_KINDS or any(
            reading.resolved.keys_at(t) or t.dep_ == "poss" for t in pre):
        return
    sentence = head.sent
    if sentence.start == 0:
        return
    before = reading.doc[sentence.start - 1].sent
    subjects_before = {k for t in before if t.dep_ in {"nsubj", "nsubjpass"} for k in reading.resolved.keys_at(t)
                       if reading.types.get(k) == "Organization"}
    # (any other organisation or person either sentence names may be the post's: "Acme and Kovex reported")
    named = {k for t in [*before, *sentence] for k in reading.resolved.keys_at(t)
             if reading.types.get(k) in {"Organization", "Person"} and k != key}
    if len(subjects_before) != 1 or named - subjects_before:
        return
    body = next(iter(subjects_before))
    heads_it = getattr(entry[1], "leads", "") in {"organisation", "organization"} and found.text.lower() == entry[0]
    yield from _emit(reading, key, "leads" if heads_it else "memberOf", body, head, "body-just-named", 0.6)


def _home_named(reading: Reading, key: str, mention) -> Iterator[Fact]:
    """'Jan Kos, from Gdansk, and Ewa Lis and Adam Nowak, from Krakow, were freed': a name set off by a comma and
    "from" a city (whose country the gazetteer knows) or a country, alone as the phrase, says where the person is
    from, and so the state whose national he is; the names listed right before the from-phrase share it."""
    doc = reading.doc
    names = {m.start: (m, k) for m, k in reading.resolved.mentions if m.kind == "name"}
    end = mention.end
    while end + 1 < len(doc) and doc[end].text in {",", "and"}:
        if doc[end].text == "," and doc[end + 1].lower_ == "from":
            yield from _from_place(reading, key, end + 2)
            return
        nxt = end + 1 + (doc[end].text == "," and doc[end + 1].lower_ == "and")
        found = names.get(nxt)
        if found is None or reading.types.get(found[1]) != "Person":
            return
        end = found[0].end


def _from_place(reading: Reading, key: str, start: int) -> Iterator[Fact]:
    """The country of the place named from `start` when the name is the whole phrase (ending in a comma, a full
    stop or "and")."""
    doc = reading.doc
    place = next(((m, k) for m, k in reading.resolved.mentions if m.start == start), None)
    if place is None or place[0].end >= len(doc) or doc[place[0].end].text not in {",", ".", "and", ";"}:
        return
    mention, found = place
    country = found if reading.types.get(found) == "Country" else (
        reading.ensure_country(reading.place_country[found]) if found in reading.place_country
        and reading.types.get(found) == "Place" else None)
    if country:
        yield from _emit(reading, key, "affiliatedWith", country, doc[mention.head], "home", 0.65)


def _nationality_said(reading: Reading, key: str, head: Token) -> Iterator[Fact]:
    """'Jan Kos, a Pole, ...', 'Ana Ruiz, the Chilean, said', 'X is a Canadian citizen': a demonym used as a noun,
    or a noun of a country's population (data/population_nouns.txt: "citizen", "national") with a country's
    adjective, in apposition to a name or as its copula's complement ("X is Canadian"), says the person's
    nationality."""
    nouns = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i < head.i:
        nouns.append(head.head)  # "a Pole, Jan Kos, said"
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        nouns += [c for c in head.head.children if c.dep_ in {"attr", "acomp"}]  # ("X is Canadian")
    forms = gazetteer.surface_forms()
    for noun in nouns:
        if forms.get(noun.text, ("", ""))[1] == "demonym" and noun.tag_ in {"NNP", "NN", "NNPS", "JJ"} \
                and not any(c.dep_ in {"compound", "amod"} for c in noun.children) and not any(
                    c.dep_ == "prep" for c in noun.children):
            countries = country_refs(reading, noun)  # "an Iraqi", not "an Iraqi official"
        elif noun.lemma_.lower() in lexicons.population_nouns() and noun.tag_ == "NN":
            countries = tuple(k for c in noun.children if c.dep_ in {"amod", "compound"} for k in country_refs(reading, c))
        else:
            continue
        for country in dict.fromkeys(countries):
            yield from _emit(reading, key, "affiliatedWith", country, noun, "nationality", 0.7)


def _post_set_off_before(reading: Reading, key: str, head: Token) -> Iterator[Fact]:
    """'The charity's head of policy, Jane Doe said ...': a definite post (data/titles.tsv) set off by a comma right
    before a named subject, which the parse made a second subject of the same verb for want of the closing comma,
    is the named person's, as an apposition would be."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.left_edge.i < 2 or reading.doc[head.left_edge.i - 1].text != ",":
        return
    comma = head.left_edge.i - 1
    for post in verb.children:
        if post.dep_ == head.dep_ and post.i < head.i and post.pos_ == "NOUN" \
                and post.right_edge.i == comma - 1 and not reading.resolved.keys_at(post) \
                and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in post.children) \
                and not any(t.pos_ in {"VERB", "AUX"} or any(reading.types.get(k) == "Person"
                                                              for k in reading.resolved.keys_at(t))
                            for t in post.subtree):
            yield from person_facts(reading, key, head, post, "apposition")


def _post_after_counterpart(reading: Reading, key: str, head: Token, pre: list[Token]) -> Iterator[Fact]:
    """'his Chinese counterpart Minister X', 'her French counterpart Foreign Minister Y': a post written after the
    counterpart word is the person's own, with the country words written before it."""
    at = next((i for i, t in enumerate(pre) if t.lower_ in lexicons.counterpart_words()), None)
    if at is None or at == len(pre) - 1:
        return
    own = [t for t in pre[:at] if country_refs(reading, t)] + pre[at + 1:]
    if title_of(reading, pre[-1], pre[at + 1:]) is not None:
        yield from person_facts(reading, key, head, pre[-1], "pre-modifier", own)


def _speaking_for(reading: Reading, key: str, head: Token) -> Iterator[Fact]:
    """'For the Liberal Democrats, Jane Doe said ...': a fronted for-phrase naming a national party (data/
    party_countries.tsv), set off by a comma before a speech verb's subject, names the party the speaker speaks for."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicons.speech_verbs():
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < head.i and prep.right_edge.i + 1 < head.i \
                and reading.doc[prep.right_edge.i + 1].text == ",":
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for party in refs(reading, pobj):
                    if _party(reading, party):
                        yield from _emit(reading, key, "memberOf", party, head, "speaking-for", 0.7)


@functools.cache
@functools.cache
def _participle_openings() -> frozenset[str]:
    """The first two words of every title of data/titles.tsv ("managing director"), lower-case."""
    return frozenset(" ".join(k.split()[:2]) for k in _titles() if " " in k)


def _title_participle(token: Token) -> bool:
    """'managing director': a participle the parse read as a verb that opens a title with the next word."""
    doc = token.doc
    return token.tag_ == "VBG" and token.i + 1 < len(doc) \
        and f"{token.lower_} {doc[token.i + 1].lower_}" in _participle_openings()


def _title_first_words() -> frozenset[str]:
    """The first word of every title of data/titles.tsv ("foreign" of "foreign secretary")."""
    return frozenset(k.split()[0] for k in _titles())


def _past_hyphenated(reading: Reading, pre: list[Token]) -> list[Token]:
    """'pro-war Labour MP X', 'the 50-year-old Tory MP Y', 'anti-tax campaigner Z': a hyphenated modifier (a stance,
    an age) before a post is no part of it; the post starts at the first named body or title word after the last
    hyphen that is not inside a title ("Under-Secretary")."""
    cuts = [i for i, t in enumerate(pre) if t.text == "-" and not _joins(t)]
    if not cuts or any(t.is_punct and t.text != "-" and not _joins(t) for t in pre[cuts[-1]:]):
        return pre
    before = reading.doc[pre[cuts[-1]].i - 1] if pre[cuts[-1]].i > 0 else None
    if before is not None and before.lower_ in _title_first_words():
        return pre  # "Vice-Prime Minister X": a title word before the hyphen makes it part of the post
    rest = pre[cuts[-1] + 1:]
    glued = set(reading.resolved.keys_at(rest[0]))  # a name running across the hyphen ("pro-Iraq war") is the modifier's
    first = 0 if pre[cuts[-1]].i > 0 and reading.doc[pre[cuts[-1]].i - 1].lower_ in _modifiers() else 1  # "ex-minister"
    start = next((i for i, t in enumerate(rest) if i >= first and not glued & set(reading.resolved.keys_at(t)) and (
        t.lower_ in _title_first_words() or any(reading.types.get(k) in {"Organization", "Group"}
                                                for k in reading.resolved.keys_at(t)))), None)
    while start is not None and start - 1 >= first and rest[start - 1].pos_ == "NOUN" \
            and not reading.resolved.keys_at(rest[start - 1]):
        start -= 1  # ("ex-Downing Street media chief": the post's own nouns before its title word)
    return rest[start:] if start is not None else pre


def _party_label(reading: Reading, key: str, head: Token, pre: list[Token]) -> Iterator[Fact]:
    """'Conservative policy co-ordinator X': a capitalised party label of data/political_parties.tsv opening a post
    before a name, which no mention made an entity (the word is an adjective too), makes its holder a member of the
    party of that name in the document's own state (data/party_countries.tsv); another state's party is not meant."""
    first = pre[0]
    party = lexicons.political_parties().get(first.text)
    if party is None or len(pre) < 2 or reading.resolved.keys_at(first) or title_of(reading, pre[-1], pre[1:]) is None:
        return
    body = reading.home_party(party, first.text)
    if body is not None:
        yield from _emit(reading, key, "memberOf", body, head, "party-label", 0.7)


def _split_post_start(head: Token, pre: list[Token]) -> list[Token]:
    """'his shadow | Chancellor Oliver Letwin': the parser may take a post's first word for the noun the name is
    in apposition to; it is put back when with the words before the name it makes a post of data/titles.tsv or
    data/national_titles.tsv."""
    first = head.head
    if head.dep_ != "appos" or first.i != pre[0].i - 1 or first.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return []
    post = " ".join(t.lower_ for t in [first, *pre])
    return [first] if post in lexicons.titles() or post in lexicons.national_titles() else []


def _words_before(reading: Reading, key: str, mention) -> list[Token]:
    """'X's petroleum minister Y and Russian energy minister Z': when the parse hangs the name elsewhere, the
    words written right before it, back to a conjunction or anything but a modifier, are read as its post, if they
    end in a title of data/titles.tsv."""
    doc = reading.doc
    words: list[Token] = []
    i = mention.start - 1 - _bracketed(doc, mention.start)
    while i >= 0 and len(words) < 6 and (doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} or _title_participle(doc[i])) \
            and not doc[i].is_punct \
            and not any(reading.types.get(k) == "Person" for k in reading.resolved.keys_at(doc[i])):
        words.insert(0, doc[i])
        i -= 1
    if _bracketed(doc, mention.start) and (i < 0 or doc[i].text != "("):
        return []  # only a whole bracket is a post: "(Trade minister) X", not "(the trade minister) X"
    if not words or _spelled(words[-1]).lower() not in _titles() and _title_entry([_spelled(t) for t in words]) is None:
        return []
    head = doc[mention.head]
    mixed = any(t.dep_ == "cc" or (t.pos_ == "PROPN" and any(k != key and reading.types.get(k) == "Person"
                                                             for k in reading.resolved.keys_at(t)))
                for t in head.head.subtree if t.i < words[0].i)  # another named person's post runs into it
    if head.dep_ == "appos" and head.head.i == words[-1].i and not mixed:
        return []  # "his Spanish counterpart, X": the apposition the parse made is right, and reads the possessor
    return words


def _bracketed(doc, start: int) -> int:
    """1 when a closing bracket stands right before a name ("(Rural affairs minister) Jane Doe", the way
    transcripts and question-and-answer pages name a speaker with a post), else 0."""
    return int(start > 0 and doc[start - 1].text == ")")


def _joins(token: Token) -> bool:
    """A hyphen written inside a title word of data/titles.tsv ("Under-Secretary"), not "pro-Western"."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_ and f"{doc[token.i - 1].lower_}-{doc[token.i + 1].lower_}" in _titles()


def _across_hyphens(reading: Reading, pre: list[Token]) -> list[Token]:
    """The words before a name, on past a hyphenated title (data/titles.tsv) the parse cut them at ("US Treasury
    Under-Secretary X": the words before "Under-" belong to the title too)."""
    doc = reading.doc
    while pre and pre[0].i >= 2 and _joins(doc[pre[0].i - 1]):
        start = pre[0].i - 2
        while start > 0 and doc[start - 1].dep_ in {"compound", "amod", "nmod", "det"} \
                and doc[start - 1].head.i > start - 1 and not doc[start - 1].is_punct:
            start -= 1
        pre = list(doc[start:pre[0].i]) + pre
    return pre


def _own_words(reading: Reading, key: str, pre: list[Token]) -> list[Token]:
    """The words before a name that are its own: after a conjunction or another person's name ("India's
    petroleum minister X and Russian energy minister Y": Y's post is Russia's energy minister)."""
    cut = 0
    for i, t in enumerate(pre):
        if t.dep_ == "cc" or any(k != key and reading.types.get(k) == "Person" for k in reading.resolved.keys_at(t)):
            cut = i + 1
    return pre[cut:]


def _of_an_act(prep: Token) -> bool:
    """'accused the president of excluding costs', 'blamed the minister for ignoring Y': an "of"/"for" whose object
    is a gerund names what the post holder is charged with or praised for, no part of the post."""
    return any(c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG" for c in prep.children)


def title_of(reading: Reading, head: Token, pre: list[Token] | None = None) -> TitlePhrase | None:
    """Read a title phrase headed by `head` (or made of the `pre` tokens before a name)."""
    if head.pos_ not in {"NOUN", "PROPN"} and not _adjectival_post(head, pre):
        return None
    around_head = pre is None  # the title is the head's own ("a theme of the chancellor" holds no post)
    if pre is None:
        left = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod", "poss", "det", "nummod"}]
        pre = sorted({x for c in left for x in c.subtree}, key=lambda x: x.i) + [head]
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "for"} and not _superlative(head) \
                    and not _of_an_act(child):
                pre += sorted(set(child.subtree) - _clauses(child), key=lambda x: x.i)
                break
        while pre[0].i >= 2 and _joins(head.doc[pre[0].i - 1]):  # "vice-president", whatever the parse made of it
            pre = [head.doc[pre[0].i - 2], *pre]
    countries: list[str] = []
    possessors: list[str] = []
    bodies: list[str] = []
    body_tokens: set[int] = set()
    words: list[Token] = []
    owned = {x.i for t in pre if t.dep_ == "poss" and t.i != head.i for x in t.subtree if x.i != t.i}
    for t in pre:
        if t.i in owned:
            continue  # "the central bank's vice president": the possessor is not part of the title
        if (t.dep_ in {"det", "cc", "punct", "relcl"} and t.text not in lexicons.title_abbreviations()) or t.is_punct \
                or t.tag_ == "POS" or _degree(t) \
                or t.lower_ in _modifiers() or (not _ordinal_post(t) and (t.ent_type_ == "ORDINAL" or t.like_num
                                                        or (t.text[:1].isdigit() and t.lower_.endswith(("st", "nd", "rd", "th"))))):
            continue
        found = country_refs(reading, t)
        if found:
            countries += [k for k in found if k not in countries]
            if words and words[-1].lower_ in {"of", "for"}:
                words.append(t)  # "head of Moroccan diplomacy": the country word stays in the title
            continue
        if (t.dep_ == "poss" and t.i != head.i) or t.tag_ == "PRP$":  # ("the foreign secretary's house")
            possessors += refs(reading, t)
            continue
        if t.dep_ in {"amod", "compound", "nmod"} and t.i < head.i:
            # "Labour leader X", "BBC correspondent X", "Liberal Democrat chairman X": the party or body the post is in
            named = [k for k in reading.resolved.keys_at(t) if reading.types.get(k) in {"Organization", "Group"}]
            bodies += [k for k in named if k not in bodies and not _outside(reading, k)]
            if named:
                body_tokens.add(t.i)
                countries += [k for k in _body_countries(reading, t) if k not in countries]
        words.append(t)
    lowered = [_spelled(t).lower() for t in words]
    titles = _titles()
    match = None
    for i in range(len(lowered)):
        for j in range(len(lowered), i, -1):
            if (" ".join(lowered[i:j]) in titles or _written(words[i:j]).lower() in titles) \
                    and (match is None or j - i > match[1] - match[0]) \
                    and (not around_head or head in words[i:j]):
                match = (i, j)
    if match is None:
        return None
    i, j = match
    rest = words[j:]
    if rest and _partitive_object(reading, rest[0]):
        rest = []  # "strategist for any number of Republicans": some of a body's people, not the body
    of_object = None
    if rest and rest[0].lower_ in {"of", "for"}:
        pobj = next((c for c in rest[0].children if c.dep_ == "pobj"), None)
        # ("the head of the Ukrainian Naftohaz company": the body named, before the country modifying it)
        of_object = pobj if pobj is not None and reading.resolved.keys_at(pobj) else next(
            (t for t in rest[1:] if any(reading.types.get(k) == "Organization" for k in reading.resolved.keys_at(t))),
            None) or next((t for t in rest[1:] if reading.resolved.keys_at(t)), None)
        generic = j - i == 1 and titles[lowered[i]] is not None and getattr(titles[lowered[i]], "leads", "") \
            in {"organisation", "organization"}
        led = of_object is not None and any(reading.types.get(k) in {"Organization", "Country"}
                                             for k in reading.resolved.keys_at(of_object))
        # "head of X", "director general for Europe" keep their tail; "chief of staff of the army" names
        # what is led, which is read apart
        text_tokens = words[i:] if generic or not led or rest[0].lower_ == "for" else words[i:j]
    else:
        text_tokens = words[i:j]
    start = i
    while start > 0 and words[start - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and words[start - 1].lower_ != "of" \
            and not _praise(words[start - 1]):
        start -= 1  # keep qualifiers before the title word: "Defence Secretary", "senior adviser"
    kept = words[start:i] + text_tokens
    if j - i > 1 and i > 0 and words[i].i in body_tokens and words[i].i == max(body_tokens) \
            and words[i - 1].i == words[i].i - 1 and words[i - 1].i in body_tokens \
            and set(reading.resolved.keys_at(words[i - 1])) & set(reading.resolved.keys_at(words[i])) \
            and _heads_by_its_noun(titles, lowered[i:j]):
        # "Essex Police commissioner": the body's name ends in the title's first word ("police
        # commissioner"), so it names the force the post is in, no portfolio; the post is the whole title
        kept = words[i:j]
    elif kept[-1].lower_ in lexicons.portfolio_heads():
        # "Trade Minister", "Home Office Minister": the body is the post's portfolio; not an international
        # organisation of data/organisations.tsv, in which the post is held ("EU Trade Commissioner")
        bodies = [k for k in bodies if _international(reading, k)]
        while len(kept) > 1 and not _coordinated(kept[0]) and (_party_word(kept) or kept[0].i in body_tokens and any(
                _party(reading, k) for k in reading.resolved.keys_at(kept[0]))):
            # "Tory shadow home secretary": the party is the post's body, not its portfolio (but "Economy and
            # Labour Minister": a word coordinated with a portfolio is one)
            kept = kept[1:]
    elif body_tokens:
        # "Labour leader" → "leader"; "Oil & Natural Gas Corporation chairman" → "chairman"
        kept = [t for t in kept if t.i > max(body_tokens)] or kept
    else:
        kept = _past_party_label(kept)
    text = _written(kept)
    return TitlePhrase(text.strip(), countries, possessors, of_object, bodies)


def _heads_by_its_noun(titles, words: list[str]) -> bool:
    """'police commissioner': a title of data/titles.tsv heading an organisation whose last words alone
    ("commissioner") head nothing: its first word names the kind of body it heads."""
    def leads(entry) -> str:
        return getattr(entry, "leads", "no") if entry is not None else "no"
    return leads(titles.get(" ".join(words))) in {"organisation", "organization"} \
        and leads(titles.get(" ".join(words[1:]))) == "no"


def _adjectival_post(head: Token, pre: list[Token] | None) -> bool:
    """'Exchange chief X': a title word of data/titles.tsv that the parse read as an adjective ("chief", "principal")
    is the post when it is the last word before a name; before a noun it only qualifies ("the chief suspect")."""
    return pre is not None and head.pos_ == "ADJ" and bool(pre) and pre[-1].i == head.i and head.lower_ in _titles() \
        and head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN"


def _past_party_label(kept: list[Token]) -> list[Token]:
    """'Conservative co-chairman', 'Democrat senator': a capitalised party label of data/political_parties.tsv opening
    a post that no mention made the party (the word is an adjective too) names the party, not the post (as a resolved
    one does: "Labour leader" → "leader"); its holder's membership is read apart (`_party_label`)."""
    first = kept[0]
    if len(kept) > 1 and first.text[:1].isupper() and first.text in lexicons.political_parties() \
            and not _coordinated(first):
        return kept[1:]
    return kept


def _partitive_object(reading: Reading, prep: Token) -> bool:
    """'for any number of Republicans', 'of a group of firms': an of/for-phrase whose object is a quantity of
    something (data/partitive_nouns.txt) naming nothing itself."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ in {"of", "for"} and pobj is not None and not reading.resolved.keys_at(pobj) \
        and pobj.lemma_.lower() in lexicons.partitive_nouns() \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)  # (not "the Labour group on X")


def _praise(token: Token) -> bool:
    """'a wonderful writer', 'the popular president': a strong adjective of opinion (valence 1.6 or more either way in
    vaderSentiment's lexicon) that is no word of any title in data/titles.tsv judges the holder; it is no part of the
    post (weaker ones name portfolios: "natural resources minister", "fair trading minister")."""
    return token.pos_ == "ADJ" and abs(lexicons.opinion_words().get(token.lower_, 0.0)) >= PRAISE_VALENCE \
        and token.lower_ not in _title_words()


@functools.cache
def _title_words() -> frozenset[str]:
    """Every word of every title of data/titles.tsv."""
    return frozenset(w for k in _titles() for w in k.split())


def _indefinite(head: Token) -> bool:
    """'a director of X', 'an IMF director': a post with the indefinite article is one of several held in the
    body, so it does not head it."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)


def _superlative(head: Token) -> bool:
    """'the youngest premier of the century', 'the longest-serving chancellor of modern times': the of-phrase
    is the superlative's range of comparison, not the body the post is in."""
    return any(t.tag_ in {"JJS", "RBS"} and t.lower_ not in {"most", "least"}
               for c in head.lefts if c.dep_ in {"amod", "advmod"} for t in c.subtree)


def _degree(token: Token) -> bool:
    """'the youngest premier', 'Earlier Foreign Secretary X': a superlative, or a comparative opening the
    sentence, compares; it is not part of the post (but "higher education minister" is a portfolio)."""
    return token.tag_ in {"JJS", "RBS"} or (token.tag_ in DEGREE_TAGS and token.is_sent_start)


def _clauses(prep: Token) -> set[Token]:
    """The relative and participial clauses inside an of/for-phrase ("an adviser for Labour, which denies
    ..."), and a person named in apposition, with the comma before them: they are not part of the post."""
    found = {x for t in prep.subtree if t.dep_ in {"relcl", "acl"} or t.dep_ == "appos" and t.ent_type_ == "PERSON"
             and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," for x in t.subtree}  # ("the chairman of the party, Liam Fox": the holder's own name is no part)
    return found | {t for t in prep.subtree if t.is_punct and any(x.i == t.i + 1 for x in found)}


def _without_bodies(reading: Reading, title: str, bodies: list[str]) -> str:
    """The lower-case title without the name of a body kept in front of it ("nato secretary general" →
    "secretary general"), so that a post heading that body is read as heading it."""
    bare = title.lower()
    for key in bodies:
        entity = reading.resolved.entities.get(key)
        names = sorted({entity.label, *entity.aliases}, key=len, reverse=True) if entity is not None else []
        bare = next((bare[len(n) + 1:] for n in names if bare.startswith(n.lower() + " ")), bare)
    return bare


def _coordinated(token: Token) -> bool:
    """A word joined to another by "and"/"or" ("Economy and Labour"), either side of the conjunction."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.dep_ == "conj" or any(c.dep_ in {"cc", "conj"} for c in token.children) \
        or (before is not None and before.pos_ == "CCONJ" and before.head.pos_ in {"NOUN", "PROPN"})


def _party_word(kept: list[Token]) -> bool:
    """'Conservative shadow home secretary': a capitalised party label of data/political_parties.tsv (one
    word) opening a post, whether or not the party was resolved as an entity of the document."""
    return kept[0].text[:1].isupper() and kept[0].text in lexicons.political_parties() and len(kept) > 2


def _party(reading: Reading, key: str) -> bool:
    """A national political party of data/party_countries.tsv."""
    entity = reading.resolved.entities.get(key)
    if entity is None:
        return False
    labels = lexicons.political_parties()
    return labels.get(entity.label, entity.label) in lexicons.party_countries()


def _international(reading: Reading, key: str) -> bool:
    """An international organisation of data/organisations.tsv, which is nobody's portfolio."""
    entity = reading.resolved.entities.get(key)
    return entity is not None and entity.type == "Organization" and entity.label in lexicons.organisation_index()


def _outside(reading: Reading, key: str) -> bool:
    """'the only non-Nato member leader': a body named with the prefix "non-" is the one the holder is outside."""
    entity = reading.resolved.entities.get(key)
    return entity is not None and entity.label.lower().startswith(("non-", "non "))


def _written(tokens: list[Token]) -> str:
    """The words as written: joined by the hyphen that stood between them ("Under-Secretary"), else a space."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    out = _spelled(tokens[0])
    for a, b in zip(tokens, tokens[1:]):
        hyphen = b.i == a.i + 2 and doc[a.i + 1].text == "-" and not a.whitespace_ and not doc[a.i + 1].whitespace_
        out += ("-" if hyphen else " ") + _spelled(b)
    return out


def _spelled(token: Token) -> str:
    """A post's abbreviation spelled out ("Deputy PM" → "Deputy Prime Minister", data/title_abbreviations.tsv),
    since a post is recorded, and matched, by its words; any other word as written."""
    title = lexicons.title_abbreviations().get(token.text)
    return token.text if title is None else title.title()


@functools.cache
def _title_openings() -> frozenset[str]:
    """The first two words of each title of two words or more in data/titles.tsv ("first minister")."""
    return frozenset(" ".join(k.split()[:2]) for k in _titles() if len(k.split()) > 1)


def _ordinal_post(token: Token) -> bool:
    """'First Minister X', 'First Secretary X': a capitalised ordinal opening a title of data/titles.tsv is part of
    the post; "the first minister to resign" counts ministers."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and token.text[:1].isupper() and after.text[:1].isupper() \
        and f"{token.lower_} {after.lower_}" in _title_openings()


def _body_countries(reading: Reading, token: Token) -> list[str]:
    """'US Treasury Secretary X': the country a state body named in a title carries in its own name, whose
    post-holders serve that country."""
    return [reading.ensure_country(m.country) for m, k in reading.resolved.mentions
            if m.start <= token.i < m.end and m.country and m.kind == "name" and reading.types.get(k) == "Organization"]


def person_facts(reading: Reading, person: str, head: Token, title_head: Token, rule: str,
                 pre: list[Token] | None = None) -> Iterator[Fact]:
    """The facts of one title phrase held by a person: the post, its country, the body it is in or leads."""
    found = title_of(reading, title_head, pre)
    if not found:
        return
    title, countries, possessors, of_object = found.text, found.countries, found.possessors, found.of_object
    words = title.lower().split()
    entry = _title_entry(title.split(" of ")[0].split()) or _title_entry(words)
    is_member = words and words[0] in lexicons.member_words()
    is_counterpart = any(w in lexicons.counterpart_words() for w in words)
    confidence = 0.8
    of_keys = refs(reading, of_object) if of_object is not None else ()
    if is_member:
        for key in of_keys:
            yield from _emit(reading, person, "memberOf", key, head, rule, confidence)
    elif is_counterpart:
        for key in possessors:
            if reading.types.get(key) == "Person":
                yield from _emit(reading, person, "counterpartOf", key, head, rule, confidence)
    else:
        yield from _emit(reading, person, "holdsPosition", title, head, rule, confidence, literal=True)
    if entry and getattr(entry[1], "kind", "") == "occupation":
        # "London teacher X": a trade is no post held in a state or body; the place is where the holder lives
        for key in _nationality_words(reading, title_head, pre):
            yield from _emit(reading, person, "affiliatedWith", key, head, rule, 0.7)
        return
    for key in countries:
        yield from _emit(reading, person, "affiliatedWith", key, head, rule, confidence)
    for key in possessors:
        if reading.types.get(key) == "Country":
            yield from _emit(reading, person, "affiliatedWith", key, head, rule, confidence)
            countries.append(key)
    leads = getattr(entry[1], "leads", "no") if entry else "no"
    if leads in {"organisation", "organization"} and _indefinite(title_head):
        leads = "no"  # "an IMF director", "a director of Siemens": one of several, a member, not its head
    if not is_counterpart:
        # "the BBC's correspondent X", "the Liberal Democrats' spokesman X", "Labour leader X" (but not
        # "Labour's communications director": a qualified post is held in the body, not at its head)
        heads_it = leads in {"organisation", "organization", "state"} and entry is not None \
            and _without_bodies(reading, title, found.bodies) == entry[0]
        for key in dict.fromkeys(found.bodies + [k for k in possessors if reading.types.get(k) in {
                "Organization", "Group"}]):
            # ("ATR's chief executive X": a heading post of the possessor heads it, as of a body the title names)
            predicate = "leads" if heads_it else "memberOf"
            yield from _emit(reading, person, predicate, key, head, rule, 0.7)
    if not countries and entry:
        national = _national_title(title) or lexicons.national_titles().get(entry[0])
        if national is None and reading.home_country and getattr(entry[1], "kind", "") in GOVERNMENT_KINDS \
                and not any(reading.types.get(k) == "Organization" for k in possessors):
            national = reading.home_country  # "Prime Minister John Doe" in an article whose posts are British
        elif national is None and reading.home_country and getattr(entry[1], "kind", "") in HOME_HEAD_KINDS \
                and not possessors and reading.names_state(reading.home_country):
            # "the prime minister", "Chancellor Paul Roe": served at home, but whether the post heads the
            # state differs between states (a British chancellor does not), so no lead is said
            reading.ensure_country(reading.home_country)
            yield from _emit(reading, person, "affiliatedWith", "country/" + reading.home_country, head, rule, 0.7)
        # "Chancellor X" in a text naming the UK, not Germany (the whole post is the title's: not "the chancellor
        # of a university"; "of state" is the title's own)
        if national is None and not reading.home_country and not possessors and not found.bodies \
                and (not of_keys or " of " in title.lower()):
            national = _only_named_state(reading, title.lower())
        if national is None and title.lower() in PRESIDENT_TITLES and not possessors and not found.bodies \
                and not of_keys and not _indefinite(title_head) and not any(
                    c.dep_ == "poss" for c in title_head.children):  # ("the company's president": some body's)
            national = _president_state(reading, person)  # "President John Doe" in a text on one republic's politics
        if national and reading.names_state(national):
            countries.append("country/" + national)
            reading.ensure_country(national)
            yield from _emit(reading, person, "affiliatedWith", "country/" + national, head, rule, 0.7)
    # "Russian President X", and "the UK leader": a generic head's word qualified by a country alone
    generic_head = entry is not None and title.lower() in lexicons.leader_words() and not found.bodies
    # ("the Portuguese president of the European Commission": the post heads the body its of-phrase names; the
    # country word says only whose national the holder is)
    heads_body = any(reading.types.get(k) == "Organization" for k in of_keys)
    if (leads == "state" or generic_head) and not heads_body:
        for key in countries:
            if _heads_state(reading, entry[0] if entry else "", key):
                yield from _emit(reading, person, "leads", key, head, rule, 0.7)
    if leads in {"organisation", "organization", "state"}:
        for key in of_keys:
            if _party_faction(reading, of_object, key):
                yield from _emit(reading, person, "memberOf", key, head, rule, 0.6)
            elif reading.types.get(key) == "Country" and leads != "state" and _capital_for_state(reading, of_object):
                continue  # "the mayor of Lisbon": a city's post heads the city, not the state its capital stands for
            elif reading.types.get(key) in {"Organization", "Country"}:
                yield from _emit(reading, person, "leads", key, head, rule, 0.75)
    elif of_keys and not is_member and not is_counterpart:
        for key in of_keys:
            if reading.types.get(key) == "Country":
                yield from _emit(reading, person, "affiliatedWith", key, head, rule, 0.6)
            elif reading.types.get(key) == "Organization":
                # "vice-president of the European Commission": a post in the body that heads nothing there
                yield from _emit(reading, person, "memberOf", key, head, rule, 0.6)


def _nationality_words(reading: Reading, title_head: Token, pre: list[Token] | None) -> list[str]:
    """'British lecturer X', 'Ruritania's top scientist, X': a country's adjective or possessive before a trade
    says the holder's nationality; not a country's name set before it as a noun ("Iraq aid worker": where the
    work is done)."""
    tokens = pre if pre is not None else [t for c in title_head.lefts for t in c.subtree]
    return list(dict.fromkeys(k for t in tokens if t.pos_ == "ADJ" or t.dep_ == "amod" or any(
        c.tag_ == "POS" for c in t.children) for k in country_refs(reading, t)))


def _capital_for_state(reading: Reading, token: Token) -> bool:
    """Whether the word is a capital city's name read as its state ("the governor of Madrid"): only a post heading
    states leads the state so named; a post of the city's own (mayor, governor) heads the city."""
    forms = gazetteer.surface_forms()  # ("Lisbon": Portugal's capital; "Luxembourg" is first the state's name)
    return any(m.start <= token.i < m.end and (m.role == "capital" or m.kind == "country"
                                               and forms.get(m.text, ("", ""))[1] == "capital")
               for m, _ in reading.resolved.mentions)


def _party_faction(reading: Reading, of_object: Token | None, key: str) -> bool:
    """'leader of the Labour group on the council': a national party (data/party_countries.tsv) named only as the
    modifier of the noun the of-phrase heads is the owner of what the post heads (a group of its members), not
    what it heads: its holder is a member of the party."""
    if of_object is None or of_object.dep_ not in {"compound", "amod", "nmod"} or not _party(reading, key):
        return False
    owner = of_object.head
    return owner.pos_ == "NOUN" and not reading.resolved.keys_at(owner) and owner.lemma_.lower() != "party"


def _national_title(title: str) -> str | None:
    """The state of the longest national title (data/national_titles.tsv) that ends the post as written
    ("Transport Secretary", whose lexicon entry is only "secretary"; "Scottish transport secretary")."""
    words = title.lower().split()
    national = lexicons.national_titles()
    return next((national[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in national), None)


def _only_named_state(reading: Reading, title: str) -> str | None:
    """The one state, of the few whose governments have this post (data/title_states.tsv), that the document
    names; None when it names none or several of them."""
    states = lexicons.title_states().get(title)
    if not states:
        return None
    named = {e.country_code for e in reading.resolved.entities.values() if e.type == "Country"} & states
    return next(iter(named)) if len(named) == 1 else None


def _president_state(reading: Reading, person: str) -> str | None:
    """The republic a president named with no country serves: the document's home country (its national titles or
    parties), unless that state is a monarchy (data/monarchies.txt: a British text's "President X" is foreign).
    Not the one republic a text names: that may be the one the president acts on ("the ban on Cuba, imposed by
    President X")."""
    home = reading.home_country
    return home if home and home not in lexicons.monarchies() else None


def _heads_state(reading: Reading, title: str, country: str) -> bool:
    """Whether a title that heads states heads this one: not where it names another post
    (data/national_title_senses.tsv: the British chancellor is a minister)."""
    entity = reading.resolved.entities.get(country) or reading.implied.get(country)
    iso3 = entity.country_code if entity is not None and entity.country_code else country.removeprefix("country/")
    return lexicons.national_title_senses().get((title, iso3), "state") == "state"


def _emit(reading: Reading, s: str, predicate: str, o: str, head: Token, rule: str, confidence: float,
          literal: bool = False) -> Iterator[Fact]:
    """The role fact, if its types fit the predicate (rule "role:<rule>")."""
    found = fact(reading, s, predicate, o, head, f"role:{rule}", confidence, literal=literal)
    if found is not None:
        yield found


def _of_after_name(reading: Reading, key: str, head: Token, pre: list[Token]) -> Iterator[Fact]:
    """'President Cyril Ramaphosa of South Africa': the of-phrase after a titled name says whom the post
    is in, and a head of state or organisation leads it."""
    found = title_of(reading, pre[-1], pre)
    if found is None:
        return
    entry = _title_entry(found.text.split())
    leads = getattr(entry[1], "leads", "no") if entry else "no"
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            for target in refs(reading, pobj):
                kind = reading.types.get(target)
                if kind == "Country":
                    yield from _emit(reading, key, "affiliatedWith", target, head, "title-of", 0.75)
                if (kind == "Country" and leads == "state" and _heads_state(reading, entry[0] if entry else "", target)) \
                        or (kind == "Organization" and leads != "no"):
                    yield from _emit(reading, key, "leads", target, head, "title-of", 0.7)
                elif kind == "Organization":
                    yield from _emit(reading, key, "memberOf", target, head, "title-of", 0.65)


def _of_country(reading: Reading, key: str, head: Token) -> Iterator[Fact]:
    """'Nicolas Sarkozy of France said': a country in the of-phrase right after an untitled name is the one the
    person speaks for."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == max(t.i for t in head.subtree
                                                                              if t.i < child.i) + 1:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for target in country_refs(reading, pobj):
                    yield from _emit(reading, key, "affiliatedWith", target, head, "of-country", 0.7)


def capacity_roles(reading: Reading) -> Iterator[Fact]:
    """'John Doe in his capacity as Minister of Defense', 'Doe, as foreign secretary, ...', 'she served
    as envoy': the title after "as" belongs to the person it hangs on, the possessor of a capacity, or the
    subject of a verb of serving — not to whoever is near ("his second term as president")."""
    for prep in reading.index.with_lower({"as"}):
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or reading.resolved.keys_at(pobj):
            continue
        holder = prep.head
        people = [k for k in reading.resolved.keys_at(holder) if reading.types.get(k) == "Person"]
        owner = people[0] if people else None
        if owner is None and holder.lemma_ in lexicons.capacity_nouns():
            # "in his capacity as ...": the possessor of the capacity, else the person just before it
            owner = next((k for t in holder.children if t.dep_ == "poss" for k in refs(reading, t)
                          if reading.types.get(k) == "Person"), None)
            for j in range(prep.i - 1, max(prep.sent.start, prep.i - 8) - 1, -1):
                found = [k for k in reading.resolved.keys_at(reading.doc[j]) if reading.types.get(k) == "Person"]
                if owner is None and found:
                    owner = found[0]
        elif owner is None and holder.lemma_ in lexicons.serving_verbs():
            owner = next((k for k in subjects(reading, holder) if reading.types.get(k) == "Person"
                          and _safe_pronoun(reading, holder, k)), None)
        elif owner is None and holder.lemma_ in lexicons.term_nouns() and holder.dep_ == "dobj":
            # "as he begins his second term as US President": the term is the subject's own
            possessors = {k for t in holder.children if t.dep_ == "poss" for k in refs(reading, t)}
            owner = next((k for k in subjects(reading, holder.head)
                          if reading.types.get(k) == "Person" and k in possessors), None)
        elif owner is None and holder.lemma_ in lexicons.term_nouns():
            owner = _term_owner(reading, holder)
        if owner:
            yield from person_facts(reading, owner, prep, pobj, "capacity")


def _term_owner(reading: Reading, holder: Token) -> str | None:
    """'On his first day as home secretary', 'during her tenure as envoy': the one person whose period (a term noun
    of data/term_nouns.txt) it is, by its possessive, holds the title for it."""
    owners = [k for t in holder.children if t.dep_ == "poss" for k in refs(reading, t) if reading.types.get(k) == "Person"]
    if len(owners) != 1:
        return None
    inside = {t.i for t in holder.subtree}
    # ("X praised the president during his second term as president": "his" may be either's)
    rival = any(t.i not in inside and t.pos_ in {"NOUN", "PROPN"} and (title_of(reading, t) is not None or any(
        k != owners[0] and reading.types.get(k) == "Person" for k in reading.resolved.keys_at(t))) for t in holder.sent)
    return None if rival else owners[0]


def copula_roles(reading: Reading) -> Iterator[Fact]:
    """'He became the 22nd chief of staff of the Israeli army', 'X was appointed foreign minister'."""
    for token in reading.index.with_lemma(lexicons.copula_verbs()):
        if token.lemma_ not in lexicons.copula_verbs():
            continue
        people = [k for k in (subjects(reading, token) or passive_subject(reading, token))
                  if reading.types.get(k) == "Person" and _safe_pronoun(reading, token, k)]
        if not people or _sought(token) or _counterfactual(token):
            continue
        for child in token.children:
            if child.dep_ in {"attr", "oprd"} or (child.dep_ == "prep" and child.lower_ == "as"):
                targets = [child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]
                for target in targets:
                    if reading.resolved.keys_at(target):
                        continue
                    for person in people:
                        yield from person_facts(reading, person, token, target, "copula")


COUNTERFACTUAL_MARKS = frozenset({"if", "unless"})  # "if he were prime minister": a post supposed, not held
INVERTED_AUXILIARIES = frozenset({"had", "were", "should"})  # "had he still been a backbencher"


def _counterfactual(verb: Token) -> bool:
    """'if he were prime minister', 'had he still been a backbencher': a post in a supposition is not held."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return any(c.dep_ == "mark" and c.lower_ in COUNTERFACTUAL_MARKS for c in verb.children) or (
        subject is not None and any(c.dep_ == "aux" and c.lower_ in INVERTED_AUXILIARIES and c.i < subject.i
                                    for c in verb.children))


def _subject_token(verb: Token) -> Token | None:
    """The subject word of a verb, or of the verb it is joined to or governed by ("he resigned and became ...")."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None or verb.dep_ not in {"conj", "xcomp", "advcl", "pcomp"} or verb.head.i == verb.i:
            return found
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # ("after serving as ..., he became")
    return None


def _safe_pronoun(reading: Reading, verb: Token, person: str) -> bool:
    """A post said of 'he'/'she' is the person's only when the pronoun continues the story of that person: going
    back over the names before it (not the pronouns, which are the resolution's own guesses), the person is named
    as the subject of a clause before anyone else is, and no one else is named earlier in the pronoun's sentence
    ("Mr X quit ... He became minister"; not "... lost to Y. He remained an MP", nor "Z accused Y of ... when he
    was secretary"), within the two sentences before, or further back over sentences that go on with his story
    (`_continues_story`); or the pronoun is the reporter's in "X told Y he would resign as ..."."""
    subject = _subject_token(verb)
    if subject is None or subject.lower_ not in grammar.GENDERED_PRONOUNS:
        return True
    doc = reading.doc
    clause = subject.head
    reporter = _subject_token(clause.head) if clause.dep_ in {"ccomp", "xcomp"} else None
    if reporter is not None and reporter.pos_ == "PROPN" and person in reading.resolved.keys_at(reporter):
        return True  # "X told Y he would resign as ...": the reporter speaks of himself
    start = doc[subject.sent.start - 1].sent.start if subject.sent.start > 0 else 0
    start = doc[start - 1].sent.start if start > 0 else 0
    for _ in range(STORY_SENTENCES):
        if start == 0 or not _continues_story(reading, doc[start].sent, person):
            break
        start = doc[start - 1].sent.start  # ("Born in 1942, he attended ... he went to ...": still his story)
    for i in range(subject.i - 1, start - 1, -1):
        token = doc[i]
        keys = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Person"]
        modified = [k for k in reading.resolved.keys_at(token.head) if reading.types.get(k) == "Person"]
        if not keys or token.pos_ == "PRON" or (token.dep_ in {"compound", "amod", "nmod", "flat"} and (
                not modified or modified == keys)):
            continue  # a word inside a name (its head decides), or a name as a modifier ("after working in the Y
            # government, he became": no one spoken of)
        if keys == [person]:
            if _subject_position(token):
                return True
        elif _subject_position(token) or i >= subject.sent.start:
            return False
    return False


STORY_SENTENCES = 6  # how many sentences further back a pronoun's story is followed to the person's name


def _continues_story(reading: Reading, sentence, person: str) -> bool:
    """'Later she taught in Hull, where she wrote two novels.': a sentence that goes on with one person's story:
    its subject is "he"/"she" resolved to him, or it names him; no one else is named as a subject in it."""
    ours, other = False, False
    for token in sentence:
        keys = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Person"]
        if not keys:
            continue
        if keys == [person] and (token.pos_ != "PRON" or (token.lower_ in grammar.GENDERED_PRONOUNS
                                                          and _subject_position(token))):
            ours = True
        elif keys != [person] and _subject_position(token):
            other = True
    return ours and not other


def _subject_position(token: Token) -> bool:
    """The subject of a clause, or a name joined to or in apposition to one ("X and Y have welcomed")."""
    return token.dep_ in {"nsubj", "nsubjpass"} or (token.dep_ in {"appos", "conj"} and token.head.dep_ in {
        "nsubj", "nsubjpass"})


def _sought(verb: Token) -> bool:
    """'wants to be leader', 'denied wanting to be leader', 'refused to become minister': a post under a verb of
    seeking or refusing (data/office_sought_verbs.txt) is not held, nor one in a clause such a verb governs
    ("hoped Mr Roe would be premier", "denied he was chairman")."""
    sought = lexicons.office_sought_verbs()
    return any(g.lemma_.lower() in sought for g in governors(verb)) \
        or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in sought)


def office_roles(reading: Reading) -> Iterator[Fact]:
    """'its chairmanship of the G8', 'Britain's EU presidency', 'Poland's membership of Nato': the possessor
    holds a seat or office in the body (data/office_nouns.tsv); not when the office is sought or blocked."""
    offices = lexicons.office_nouns()
    for noun in reading.index.with_lemma(offices, "NOUN"):
        office = offices.get(noun.lemma_.lower())
        if office is None or noun.pos_ != "NOUN" or _office_not_held(noun):
            continue
        holders = [k for c in noun.children if c.dep_ == "poss" for k in refs(reading, c)]
        bodies = [k for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
                  for k in reading.resolved.keys_at(c)]
        bodies += [k for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                   for g in p.children if g.dep_ == "pobj"
                   for k in _named_with_descriptor(reading, g) or refs(reading, g, modifiers=False)]
        for holder in holders:
            kind = reading.types.get(holder)
            predicate = office.person if kind == "Person" else office.state if kind in {
                "Country", "Organization"} else None
            for body in bodies:
                if predicate and body != holder and reading.types.get(body) in {"Organization", "Country"}:
                    yield from _emit(reading, holder, predicate, body, noun, "office", 0.7)


def _named_with_descriptor(reading: Reading, token: Token) -> tuple[str, ...]:
    """'the G8 group of rich nations', 'the Opec cartel': a noun that says what kind of organisation a name before it
    is (data/organisation_descriptors.txt) stands for the organisation that name is; none for a noun of another kind
    ('the EU summit')."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicons.organisation_descriptors():
        return ()
    return tuple(k for c in token.children if c.dep_ == "compound" and c.i < token.i
                 for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Organization")


def _office_not_held(noun: Token) -> bool:
    """'a bid for membership', 'talks on its membership', 'vetoed Turkey's membership': not (yet) held."""
    if noun.dep_ == "pobj" and noun.head.lower_ in grammar.SOUGHT_PREPOSITIONS:
        # ("a key theme for its presidency": a possessed office after "for" a noun of no seeking is held)
        owner = noun.head.head
        return not (noun.head.lower_ == "for" and any(c.dep_ == "poss" for c in noun.children)
                    and owner.pos_ == "NOUN" and owner.lemma_.lower() not in lexicons.seeking_nouns())
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in lexicons.office_sought_verbs() | lexicons.cancellation_cues()):
        return True  # "the end of his membership", "the suspension of its membership"
    if noun.dep_ in {"compound", "nmod"}:
        return True  # "membership talks", "presidency bid"
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in lexicons.office_sought_verbs()


def organisation_countries(reading: Reading) -> Iterator[Fact]:
    """The state a named firm or body belongs to, read from a country's possessive before its name
    ("Brazil's Petrolex") or a descriptor in apposition ("Norvik, the Russian oil firm"); international
    organisations of data/organisations.tsv are nobody's ("Britain's EU partners")."""
    doc = reading.doc
    descriptors = lexicons.organisation_descriptors()
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name" or mention.canonical:
            continue
        head = doc[mention.head]
        if head.dep_ in {"compound", "amod", "nmod"}:
            continue  # "Iraq's Trade Minister": the name is part of a post, not the firm
        found: list[str] = []
        listed = head.dep_ == "appos" and head.head.pos_ == "PROPN"  # "France's X, Sweden's Y": a list, not one firm
        if mention.start >= 2 and doc[mention.start - 1].tag_ == "POS" and not listed:
            found += country_refs(reading, doc[mention.start - 2])
        partners = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        for noun in partners:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in descriptors and not reading.resolved.keys_at(noun):
                found += [k for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod", "poss"}
                          for k in country_refs(reading, t)]
        # ("Iraq's Oil Ministry": a body of the state, data/entity_nouns.tsv, is part of it as well; not a noun that
        # also names firms, data/organisation_descriptors.txt: "Japan's Mizuho Bank", "Kyodo News Agency")
        lemma = head.lemma_.lower()
        body = lexicons.entity_nouns().get(lemma, ("", ""))[1] == "body" and lemma not in descriptors
        for country in dict.fromkeys(found):
            yield from _emit(reading, key, "affiliatedWith", country, head, "national-organisation", 0.7)
            if body:
                yield from _emit(reading, key, "partOf", country, head, "national-organisation", 0.7)


def described_people(reading: Reading) -> Iterator[Fact]:
    """'The prime minister said ...' after 'John Doe': a post named by a definite description that the
    resolution tied to a person is that person's post; not a cabinet post the text never gives the person by
    name while it gives him another ("Mr Doe ... stand down as prime minister ... the chancellor")."""
    yield from _described_after_subject(reading)
    doc = reading.doc
    named = {i for mention, _ in reading.resolved.mentions for i in range(mention.start, mention.end)}
    found: list[tuple[str, Token, str]] = []
    for token in reading.referring_tokens():
        keys = reading.resolved.keys_at(token)
        if len(keys) != 1 or reading.types.get(keys[0]) != "Person" or token.i in named \
                or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"compound", "amod", "nmod"}:
            continue
        start = min(t.i for t in token.subtree)
        phrase = title_of(reading, token) if doc[start].lower_ == "the" else None
        if phrase is not None:
            found.append((keys[0], token, _cabinet_post(phrase.text) or ""))
    if not found:
        return
    given = _posts_by_name(reading)
    described: dict[str, set[str]] = {}
    for person, _, post in found:
        described.setdefault(person, set()).add(post)
    quitted: dict[str, set[str]] = {}
    for person, token, post in found:
        own = given.get(person, set())
        if post and person not in quitted:
            quitted[person] = _posts_as(reading, person)
        others = (own | described[person] | quitted.get(person, set())) - {"", post}
        if post and not any(_same_cabinet_post(h, post) for h in own) \
                and any(not _same_cabinet_post(h, post) and not _same_cabinet_post(post, h) for h in others):
            continue  # two cabinet posts for one person, this one never given with the name: the wrong holder
        yield from person_facts(reading, person, token, token, "description")


CABINET_KINDS = frozenset({"head_of_state", "head_of_government", "minister"})  # one person holds one of these


def _described_after_subject(reading: Reading) -> Iterator[Fact]:
    """'Ex-banker Jan Kos has quit the board. The MEP said ...': a definite post (data/titles.tsv) opening a
    sentence as its subject, tied to nobody by the resolution, is held by the one person named as a subject in the
    sentence right before, who is its main clause's subject, when the text names nobody with that post and gives
    that person no post he still holds ("ex-", "former" ones only). Not a post of a state's government unless
    written as a former one ("the former home secretary"): the current holder is often the person the subject
    answers, unnamed; nor a post whose holder speaks for others (data/anonymous_posts.txt: "the spokesman")."""
    doc = reading.doc
    given: dict[str, tuple[set[str], bool]] | None = None  # (read only when a sentence opens with a post)
    for sentence in doc.sents:
        if sentence.start == 0:
            continue
        opening = _opening_description(reading, sentence)
        if opening is None:
            continue
        phrase = title_of(reading, opening)
        entry = _title_entry(phrase.text.lower().split()) if phrase is not None else None
        if entry is None or phrase.possessors or phrase.bodies and not _former_words(opening) \
                or entry[0] in lexicons.anonymous_posts():
            continue
        if getattr(entry[1], "kind", "") in CABINET_KINDS and not _former_words(opening):
            continue
        before = doc[sentence.start - 1].sent
        if _in_quotation(sentence) or _in_quotation(before):
            continue  # ('... the country. "Y is a great chancellor." The businessman also said': Y is quoted)
        person = _sole_subject(reading, before)
        if person is None:
            continue
        given = _given_posts(reading) if given is None else given
        if any(k != person and entry[0] in posts for k, (posts, _) in given.items()):
            continue
        _, current = given.get(person, (set(), False))
        if current:
            continue  # ("Judge Ana Ruiz sentenced Mr Kos. The lawyer said": a titled person is known by his post)
        for post in [opening, *opening.conjuncts]:
            yield from person_facts(reading, person, opening, post, "described-after-subject")


def _in_quotation(sentence) -> bool:
    """A sentence that opens with a quotation mark, or that holds an odd number of double quotation marks (it ends
    or goes on with a quotation begun before it): someone's words, not the reporter's, at least in part."""
    marks = [t for t in sentence if t.text in grammar.DOUBLE_QUOTE_MARKS]
    return sentence[0].text in grammar.DOUBLE_QUOTE_MARKS or len(marks) % 2 == 1


def _opening_description(reading: Reading, sentence) -> Token | None:
    """The head of a sentence's subject when it opens the sentence as "the <noun ...>" and the resolution tied it to
    no person, with no person named in it."""
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.i != sentence.root.i \
                or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        first = token.left_edge
        if first.i != sentence.start or first.lower_ != "the" or any(c.dep_ == "poss" for c in token.children):
            return None
        if reading.resolved.keys_at(token) or any(reading.types.get(k) == "Person" for t in token.subtree
                                                  for k in reading.resolved.keys_at(t)):
            return None  # ("The BBC said": a name, not a post)
        return token
    return None


def _former_words(token: Token) -> bool:
    """'the former home secretary', 'the ex-minister': a word of a post held no longer among the noun's modifiers."""
    return any(_former_word(t) for t in token.subtree if t.i < token.i)


def _sole_subject(reading: Reading, sentence) -> str | None:
    """The one person a sentence names as a subject, who is the subject of its main verb (or joined to it); None
    when it names another person as a subject, or none."""
    subjects_named = {k for t in sentence if _subject_position(t) and t.pos_ == "PROPN"
                      for k in reading.resolved.keys_at(t) if reading.types.get(k) == "Person"}
    main = {k for t in sentence if _subject_position(t) and t.pos_ == "PROPN"
            and (t.head.i == sentence.root.i or t.head.head.i == sentence.root.i and t.dep_ in {"appos", "conj"})
            for k in reading.resolved.keys_at(t) if reading.types.get(k) == "Person"}
    if len(subjects_named) != 1 or subjects_named != main:
        return None
    person = next(iter(subjects_named))
    return None if person.count("/") > 1 else person  # (a described person, keyed per article, holds no post)


def _given_posts(reading: Reading) -> dict[str, tuple[set[str], bool]]:
    """The lexicon titles (data/titles.tsv) the text gives each person by name, and whether any of them is still
    held (not written with "former", "ex-")."""
    doc = reading.doc
    given: dict[str, tuple[set[str], bool]] = {}
    for f in titled_people(reading):
        if f.predicate != "holdsPosition":
            continue
        entry = _title_entry(f.object.lower().split())
        posts, current = given.get(f.subject, (set(), False))
        if entry is not None:
            posts.add(entry[0])
        span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand") if f.evidence else None
        still = span is None or not _named_as_former(reading, span[0].sent, f.subject)
        given[f.subject] = (posts, current or still)
    return given


def _named_as_former(reading: Reading, sentence, person: str) -> bool:
    """'Former civil service chief Lord X', 'ex-chat show host Y', 'Z, a former treasurer': a word of a post held
    no longer among the words of the post written right before the person's name in the sentence, or in apposition
    to it."""
    doc = reading.doc
    for mention, key in reading.resolved.mentions:
        if key != person or mention.kind != "name" or not sentence.start <= mention.start < sentence.end:
            continue
        i = mention.start - 1
        while i >= sentence.start and mention.start - i <= 8 and (
                doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[i].text == "-"):
            if _former_word(doc[i]):
                return True
            i -= 1
        if any(c.dep_ == "appos" and _former_words(c) for c in doc[mention.head].children):
            return True  # ("Mr X, a former party treasurer, said")
    return False


def _cabinet_post(title: str) -> str | None:
    """The lexicon title (data/titles.tsv) of a post of a state's government that a post as written ends with
    ("British prime minister" → "prime minister"), lower-case; None for other posts."""
    entry = _title_entry(title.split())
    return entry[0] if entry is not None and getattr(entry[1], "kind", "") in CABINET_KINDS else None


def _same_cabinet_post(held: str, post: str) -> bool:
    """The same post, or a longer title of the same kind ("foreign minister" for "minister")."""
    if held == post:
        return True
    longer, shorter = _titles().get(held), _titles().get(post)
    return held.endswith(" " + post) and longer is not None and shorter is not None \
        and (getattr(longer, "leads", ""), getattr(longer, "kind", "")) == (getattr(shorter, "leads", ""),
                                                                            getattr(shorter, "kind", ""))


def _posts_by_name(reading: Reading) -> dict[str, set[str]]:
    """The cabinet posts the text gives each person with the name (before it, in apposition, by a copula or
    "as"), lower-case lexicon titles."""
    given: dict[str, set[str]] = {}
    for rule in (titled_people, copula_roles, capacity_roles):
        for f in rule(reading):
            post = _cabinet_post(f.object) if f.predicate == "holdsPosition" else None
            if post:
                given.setdefault(f.subject, set()).add(post)
    return given


def _posts_as(reading: Reading, person: str) -> set[str]:
    """'he would stand down as prime minister': a cabinet post after "as" whose verb's subject is the person,
    whatever the verb (one quits or keeps only a post one holds); not under a verb of seeking
    (data/office_sought_verbs.txt)."""
    posts: set[str] = set()
    for prep in reading.index.with_lower({"as"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or _sought(verb) \
                or verb.lemma_.lower() in lexicons.office_sought_verbs():
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and not reading.resolved.keys_at(c)):
            phrase = title_of(reading, pobj)
            post = _cabinet_post(phrase.text) if phrase is not None else None
            if post and person in subjects(reading, verb):
                posts.add(post)
    return posts


REGIME_PREPOSITIONS = frozenset({"in"})  # "X's regime in Iraq", "X's government in Zimbabwe"


def regime_heads(reading: Reading) -> Iterator[Fact]:
    """'Juan Ortega's regime in Peru', 'Ana Ruiz's government in Chile': a state's executive
    (data/government_nouns.txt) owned by one named person and placed in one country is headed by that person,
    who leads and serves that country; a pronoun owner ("his government") may err, and is not read."""
    for token in reading.index.with_lemma(lexicons.government_nouns(), "NOUN"):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicons.government_nouns():
            continue
        owners = {k for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Person"}
        states = {k for c in token.children if c.dep_ == "prep" and c.lower_ in REGIME_PREPOSITIONS
                  for g in c.children if g.dep_ == "pobj"
                  for k in reading.resolved.keys_at(g) if reading.types.get(k) == "Country"}
        if len(owners) != 1 or len(states) != 1:
            continue
        person, state = next(iter(owners)), next(iter(states))
        yield from _emit(reading, person, "leads", state, token, "regime", 0.7)
        yield from _emit(reading, person, "affiliatedWith", state, token, "regime", 0.7)


def government_heads(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'President X's government', 'the X administration' (data/government_nouns.txt): the government a person
    heads is his state's, when the text names the government of one state only ("the US government"), not in the
    sentences of his own government, and no one else heading it. One already tied to a state keeps it."""
    nouns = lexicons.government_nouns()
    states: set[str] = set()
    headed: dict[str, list[Token]] = {}
    for token in reading.index.with_lemma(nouns, "NOUN"):
        for child in token.children:
            if child.i > token.i or child.dep_ not in {"poss", "compound", "amod", "nmod"}:
                continue
            people = {k for k in reading.resolved.keys_at(child) if reading.types.get(k) == "Person"}
            if len(people) == 1 and child.pos_ == "PROPN":  # (a name, not "his government": a pronoun may err)
                headed.setdefault(next(iter(people)), []).append(token)
            else:
                states.update(country_refs(reading, child))
    if len(states) != 1 or not headed:
        return
    state = next(iter(states))
    served = {f.subject for f in facts if f.predicate in {"affiliatedWith", "leads"}
              and reading.types.get(f.object) == "Country"}
    if any(f.predicate == "leads" and f.object == state for f in facts):
        return  # the state's head is named: a government headed by another is not that state's
    for person, tokens in headed.items():
        if person in served or any(state in reading.resolved.keys_at(t) for g in tokens for t in g.sent if t.i != g.i):
            continue  # ("President X's government imposed tariffs on Y": X's state is not the one it acts on; the
            # government itself may stand for the state: entities._led_governments)
        token = tokens[0]
        yield from _emit(reading, person, "affiliatedWith", state, token, "government", 0.7)
        titles = {f.object.lower() for f in facts if f.subject == person and f.predicate == "holdsPosition"}
        if any(getattr(_titles().get(t), "leads", "") == "state" and _heads_state(reading, t, state) for t in titles):
            yield from _emit(reading, person, "leads", state, token, "government", 0.7)


def party_states(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'Conservative leader X', 'Democrat Y': a member or head of a national party (data/party_countries.tsv) serves
    the party's state, when the text names that state and ties the person to no other."""
    states = lexicons.party_countries()
    labels = lexicons.political_parties()
    named = {e.country_code: k for k, e in reading.resolved.entities.items() if e.type == "Country" and e.country_code}
    served = {}
    for f in facts:
        if f.predicate in {"affiliatedWith", "leads"} and reading.types.get(f.object) == "Country":
            served.setdefault(f.subject, set()).add(f.object)
    for f in facts:
        if f.predicate not in {"memberOf", "leads"} or reading.types.get(f.subject) != "Person":
            continue
        party = reading.resolved.entities.get(f.object)
        iso3 = states.get(labels.get(party.label, party.label)) if party is not None else None
        country = named.get(iso3) if iso3 else None
        if country is not None and served.get(f.subject, {country}) == {country}:
            yield replace(f, predicate="affiliatedWith", object=country, rule="role:party-state",
                          confidence=round(f.confidence * 0.9, 2), date=None, start_date=None, end_date=None)


def state_voices(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'Minister X said the state would not pay', 'President Y said the US backed the bid': the holder of a
    government post (data/titles.tsv kinds head of state, of government, minister) whom the document ties to no
    state, reporting in his own clause what one state does, speaks for that state and serves it; a head of state
    leads it. Not when the person is also the object of a fact of that state, or speaks of several states, nor
    when the post is held in an organisation (its president is no head of state)."""
    served = {f.subject for f in facts if f.predicate in {"affiliatedWith", "leads"}
              and reading.types.get(f.object) == "Country"}
    served |= {f.subject for f in facts if f.predicate in {"leads", "memberOf"}
               and reading.types.get(f.object) == "Organization"}  # "X, the president of the World Bank"
    posts: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate == "holdsPosition" and f.subject not in served:
            post = _cabinet_post(f.object)
            if post:
                posts.setdefault(f.subject, set()).add(post)
    if not posts:
        return
    voiced: dict[str, set[str]] = {}
    first: dict[str, Token] = {}
    for verb in reading.index.with_lemma(lexicons.speech_verbs(), "VERB"):
        if verb.lemma_.lower() not in lexicons.speech_verbs():
            continue
        speakers = [k for k in subjects(reading, verb) if k in posts]
        if len(speakers) != 1 or len(subjects(reading, verb)) != 1:
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and _reported(c)):
            states = {k for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and not _qualified_body(c)
                      for k in country_refs(reading, c)}
            if states:
                voiced.setdefault(speakers[0], set()).update(states)
                first.setdefault(speakers[0], verb)
    for person, states in voiced.items():
        if len(states) != 1:
            continue
        state = next(iter(states))
        if any(f.subject == state and f.object == person for f in facts):
            continue
        verb = first[person]
        yield from _emit(reading, person, "affiliatedWith", state, verb, "voice", 0.7)
        if any(getattr(_titles().get(p), "leads", "") == "state" and _heads_state(reading, p, state)
               for p in posts[person]):
            yield from _emit(reading, person, "leads", state, verb, "voice", 0.7)


def _qualified_body(subject: Token) -> bool:
    """'Ukrainian leaders', "Peru's officials": people the subject ties to a state by a modifier, of whom a speaker
    speaks as often from abroad as from within; the state itself ("Peru", "the Peruvian state", "the government")
    is one the speaker may be voicing."""
    return subject.tag_ == "NNS" and any(c.dep_ in {"amod", "compound", "poss", "nmod"} for c in subject.children)


QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _reported(clause: Token) -> bool:
    """'said (that) the state would pay', 'the state will pay, the minister said': reported speech, not a
    quotation ('"Japan must act," he said', 'he said: "Russia is our partner"'), where the speaker may name his
    own state or any other."""
    verb = clause.head
    span = list(clause.subtree) + [verb]
    start, end = min(t.i for t in span), max(t.i for t in span)
    return not any(t.text in QUOTES or t.text == ":" for t in clause.doc[start:end + 1])


STATE_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def state_makers(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'The US ban, imposed by then president X', "Britain's rebate ... the rebate, secured by Y": the person who
    made (data/authoring_verbs.txt) a measure of one state serves that state, when the document ties the person
    to no other state and to no body. The measure's state is its own modifier's, or for "the <noun>", that of the
    last same noun the text gave a state."""
    tied = {f.subject for f in facts if f.predicate in {"affiliatedWith", "leads", "memberOf"}
            and reading.types.get(f.object) in {"Country", "Organization"}}
    for verb in reading.index.with_lemma(lexicons.authoring_verbs(), "VERB"):
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in lexicons.authoring_verbs():
            continue
        makers = {k for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"
                  for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Person"}
        states = _measure_states(reading, verb.head)
        if len(makers) != 1 or len(states) != 1 or next(iter(makers)) in tied:
            continue
        maker, state = next(iter(makers)), next(iter(states))
        yield from _emit(reading, maker, "affiliatedWith", state, verb, "maker", 0.65)
        titles = {f.object.lower() for f in facts if f.subject == maker and f.predicate == "holdsPosition"}
        if any(getattr(_titles().get(t), "leads", "") == "state" and _heads_state(reading, t, state) for t in titles):
            yield from _emit(reading, maker, "leads", state, verb, "maker", 0.65)


def _measure_states(reading: Reading, noun: Token) -> set[str]:
    """The states a noun's own modifiers name ("the US ban", "Britain's rebate"), or, for "the <noun>" with none,
    those of the last same noun before it that had them."""
    if noun.pos_ != "NOUN":
        return set()
    own = {k for c in noun.children if c.dep_ in STATE_MODIFIER_DEPS and c.i < noun.i for k in country_refs(reading, c)}
    if own or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return own
    for earlier in reversed(reading.doc[:noun.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_ == noun.lemma_:
            found = {k for c in earlier.children if c.dep_ in STATE_MODIFIER_DEPS and c.i < earlier.i
                     for k in country_refs(reading, c)}
            if found:
                return found
    return set()


PARTY_HEAD_POSTS = frozenset({"leader", "party leader"})  # heading posts that name no party, lower-case


def party_heads(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'party leader X', 'But leader X believes ...' after 'the Liberal Democrats will have to fight': a party's
    head whose post names no party leads the one national party (data/party_countries.tsv) named in the
    sentence, else the one named in the sentence before; not a person the text ties to a body already."""
    bodies = {f.subject for f in facts if f.predicate in {"leads", "memberOf"}
              and reading.types.get(f.object) == "Organization"}
    doc = reading.doc
    for f in facts:
        if f.predicate != "holdsPosition" or f.object.lower() not in PARTY_HEAD_POSTS or f.subject in bodies \
                or reading.types.get(f.subject) != "Person":
            continue
        span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        sentence = span[0].sent  # ("Ex-Labour leader X" led it: a past lead the text states, kept as the gold does)
        before = doc[sentence.start - 1].sent if sentence.start > 0 else None
        for scope in (sentence, before):
            parties = {k for t in scope or () for k in reading.resolved.keys_at(t) if _party(reading, k)}
            if parties:
                if len(parties) == 1:
                    party = next(iter(parties))
                    found = fact(reading, f.subject, "leads", party, span.root, "role:party-head", 0.65)
                    if found is not None:
                        bodies.add(f.subject)
                        yield found
                break


FORMER_WORDS = frozenset({"former", "ex", "then", "late"})  # a post held no longer, before a name's post


def _former_word(token: Token) -> bool:
    """'former', 'ex-minister': a word of a post held no longer."""
    return token.lower_ in FORMER_WORDS or token.lower_.startswith("ex-")


def _former(reading: Reading, sentence, person: str) -> bool:
    """Whether a word of a post held no longer ("former", "ex-") stands in the four words before the person's
    name in the sentence."""
    doc = reading.doc
    for token in sentence:
        if person in reading.resolved.keys_at(token):
            words = doc[max(sentence.start, token.i - 4):token.i]
            if any(_former_word(w) for w in words):
                return True
    return False


MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
STATE_MENTION_DEPS = MODIFIER_DEPS | {"nsubj", "nsubjpass"}


def sentence_states(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'President X must act on Peru's pension gap', 'Peru ousted leader Y': the holder of a post
    of a state's government or legislature (data/titles.tsv kinds head of state, head of government, minister,
    legislator) whom the document ties to no state and no body serves the one state the sentences naming him name,
    by its own name, as a noun's modifier or a clause's subject; a head of it (not a "former" one) leads it. Not a
    state any fact ties to him (what he acts on), one that modifies another person's post ("the Pakistani
    president met Prime Minister Y"), one his reported words name, a monarchy for a president; nobody whose post
    a body's name qualifies ("Acme president X"), nor from a sentence naming a state otherwise ("in Peru")."""
    served = {f.subject for f in facts if f.predicate in {"affiliatedWith", "leads", "memberOf"}
              and reading.types.get(f.object) in {"Country", "Organization"}}
    heads: dict[str, set[str]] = {}
    for f in facts:
        post = _state_post(f.object) if f.predicate == "holdsPosition" and f.subject not in served else None
        if post:
            heads.setdefault(f.subject, set()).add(post)
    if not heads:
        return
    touched = {(f.subject, f.object) for f in facts} | {(f.object, f.subject) for f in facts}
    for person, posts in heads.items():
        named = [(m, reading.doc[m.head]) for m, k in reading.resolved.mentions if k == person and m.kind == "name"]
        if any(_body_qualified(reading, m, head) for m, head in named):
            continue
        found = {k: head for _, head in named for k in _states_named_around(reading, head, person)}
        if not found:  # "President X's administration is in talks. Ruritania is still burdened by its debt."
            found = {k: token for _, head in named for token in _neighbour_roots(head)
                     for k in _states_named_around(reading, token, person, subjects_only=True)}
        states = {k for k in found if (person, k) not in touched}
        if len(states) != 1 or len(found) != len(states):
            continue  # (a state he acts on named with it: either may be his)
        state = next(iter(states))
        entity = reading.resolved.entities.get(state)
        if entity is not None and entity.country_code in lexicons.monarchies() and posts & PRESIDENT_TITLES:
            continue  # "President X ... Britain's rebate": no president serves a monarchy
        yield from _emit(reading, person, "affiliatedWith", state, found[state], "sentence-state", 0.65)
        if any(getattr(_titles().get(p), "leads", "") == "state" and _heads_state(reading, p, state) for p in posts) \
                and not any(_former(reading, head.sent, person) for _, head in named):
            yield from _emit(reading, person, "leads", state, found[state], "sentence-state", 0.65)


STATE_POST_KINDS = CABINET_KINDS | {"legislator"}  # titles.tsv kinds of posts held in a state's government or house


def _state_post(title: str) -> str | None:
    """The lexicon title (data/titles.tsv) of a post in a state's government or legislature that a post as written
    ends with ("US senator" → "senator"), lower-case; None for other posts."""
    entry = _title_entry(title.split())
    return entry[0] if entry is not None and getattr(entry[1], "kind", "") in STATE_POST_KINDS else None


def _body_qualified(reading: Reading, mention, head: Token) -> bool:
    """'Acme president X', 'Zenith chairman Y': a capitalised word naming no state before the post."""
    return any(t.pos_ == "PROPN" and not country_refs(reading, t) and t.lower_ not in _title_words()
               and t.lower_ not in lexicons.honorifics() for t in pre_modifiers(reading, mention, head))


def _neighbour_roots(token: Token) -> list[Token]:
    """The first words of the sentences right before and after a token's sentence."""
    doc, sent = token.doc, token.sent
    return ([doc[sent.start - 1].sent[0]] if sent.start > 0 else []) + ([doc[sent.end]] if sent.end < len(doc) else [])


def _states_named_around(reading: Reading, token: Token, person: str, subjects_only: bool = False) -> set[str]:
    """The states a person's sentence names by name or adjective ("Peru's pension gap", "when Peru chairs",
    "German demand"), each as a noun's modifier or a clause's subject (only the latter when `subjects_only`: a
    sentence that does not name him); empty when it names any state otherwise ("in Ivory Coast") or as the
    modifier of another person's post or name."""
    found: set[str] = set()
    for t in token.sent:
        states = country_refs(reading, t)
        if not states or t.pos_ not in {"PROPN", "ADJ"} or set(country_refs(reading, t.head)) & set(states):
            continue  # (not "the country"; inside a longer name of the state only its last word counts)
        possessive = any(c.dep_ == "case" and c.tag_ == "POS" for c in t.children)  # (parsed as an object)
        if t.dep_ not in STATE_MENTION_DEPS and not possessive or (
                t.dep_ not in MODIFIER_DEPS and not possessive and _reported_by(reading, t, person)):
            return set()  # ("Y said the US was poised to strike": whose state that is, the clause does not say)
        if subjects_only and (t.dep_ in MODIFIER_DEPS or possessive):
            return set()  # ("He will meet the Pakistani community": a state named only beside him)
        if t.dep_ not in MODIFIER_DEPS:
            found.update(states)
            continue
        owner = reading.resolved.keys_at(t.head)
        if any(reading.types.get(k) == "Person" and k != person for k in owner) or _cabinet_post(t.head.lower_):
            return set()  # "the Pakistani president met Y", "as US President, Y said": that state is another's
        found.update(states)
    return found


def _reported_by(reading: Reading, token: Token, person: str) -> bool:
    """The token is in a clause the person's verb reports ("Y said the US would act")."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in {"ccomp", "xcomp"} and person in subjects(reading, ancestor.head):
            return True
    return False



def home_heads(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'President Jan Kos said ...' in a text on Ruritania: a person whom the document's main state claims by an
    unqualified post of its government (belonging.home_posts) leads that state when the post heads states
    (data/titles.tsv: "president", not "foreign minister"), unless a "former" stands before his name."""
    claimed = [f for f in facts if f.rule == "role:home-post" and f.predicate == "affiliatedWith"
               and reading.types.get(f.object) == "Country"]
    for claim in claimed:
        person, state = claim.subject, claim.object
        posts = {f.object.lower() for f in facts if f.subject == person and f.predicate == "holdsPosition"}
        if not any(getattr(_titles().get(p), "leads", "") == "state" and _heads_state(reading, p, state)
                   for p in posts):
            continue
        named = [reading.doc[m.head] for m, k in reading.resolved.mentions if k == person]
        if not named or any(_former(reading, head.sent, person) for head in named):
            continue
        yield from _emit(reading, person, "leads", state, named[0], "home-head", 0.6)


FOCUS_MIN_MENTIONS = 3  # times the article names (or refers to) the one organisation it is about, at least
FOCUS_MARGIN = 2  # ... and at least this many times as often as any other organisation


def _organisation_in_focus(reading: Reading) -> str | None:
    """The one firm or public body an article is about: the organisation it refers to most often (names,
    descriptions, pronouns), at least FOCUS_MIN_MENTIONS times and FOCUS_MARGIN times as often as any other;
    not a party or an international organisation, whose posts are read apart. None when no one stands out."""
    counts: dict[str, int] = {}
    for _, key in reading.resolved.mentions:
        if reading.types.get(key) == "Organization":
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < FOCUS_MIN_MENTIONS \
            or (len(ranked) > 1 and ranked[0][1] < FOCUS_MARGIN * ranked[1][1]):
        return None
    key = ranked[0][0]
    return None if _party(reading, key) or _international(reading, key) else key


def _head_of_the_body_in_focus(reading: Reading, key: str, head: Token, pre: list[Token] | None,
                               title_head: Token | None = None) -> Iterator[Fact]:
    """'The retailer cut prices again. Chief executive Ana Ruiz said ...': a post heading a firm or body
    (data/body_head_posts.txt) written alone before a name, with no body, state, possessor or of-phrase of its
    own and no word saying it is no longer held (`_former_word`), heads the organisation the
    article is about (`_organisation_in_focus`), when its sentence names no other organisation by name. Also a
    definite post in apposition ("Ana Ruiz, the chief executive, said"; "the chairman, Jan Kos, said")."""
    if title_head is not None and (_indefinite(title_head) or title_head.pos_ not in {"NOUN", "PROPN"}):
        return
    found = title_of(reading, pre[-1], pre) if title_head is None else title_of(reading, title_head)
    pre = pre if title_head is None else sorted(title_head.subtree, key=lambda t: t.i)
    if found is None or found.countries or found.possessors or found.bodies or found.of_object is not None \
            or found.text.lower() not in lexicons.body_head_posts():
        return
    if any(set(reading.resolved.keys_at(t)) - {key} or t.dep_ == "poss" or _former_word(t)
           for t in pre):
        return
    body = _organisation_in_focus(reading)
    if body is None:
        return
    sentence = head.sent
    # (only names: "the firm", "it" refer back, mostly to the organisation the article is about)
    others = {k for m, k in reading.resolved.mentions if m.kind == "name" and sentence.start <= m.head < sentence.end
              and reading.types.get(k) == "Organization" and k != body}
    if not others:
        yield from _emit(reading, key, "leads", body, head, "body-in-focus", 0.6)

