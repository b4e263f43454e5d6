"""Membership and structure: the people who work in an organisation, and the organisations that are parts of others.

"Oxfam policy adviser X": an organisation named before a post makes its holder a member. "The G20, which comprises
X and Y", "the bloc includes X" (data/composition_verbs.txt): a country so named is a member of the organisation,
an organisation a part of it.
"X, an analyst at Y", "X, spokesman for Y", "X of Y" (a named person followed by an organisation) make X a member
of Y, when the noun in apposition is a post (data/titles.tsv): "X, a critic of Y" says nothing of membership. "The
X unit of Y", "X, a subsidiary of Y", "Y's X division" make the organisation X part of Y (data/part_nouns.txt).
A name that begins with another organisation's name ("UN Economic Commission", "British Army Gurkhas") is part of it.
Follow-ups: whoever holds a post heading an organisation is its member too; the holder of a post that seats him in
one body ("European Commissioner", "life peer": data/body_posts.tsv) is a member of that body.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg import vocabulary
from kg.extract import gazetteer, grammar, lexicons
from kg.extract.facts.arguments import pre_modifiers, refs, subjects
from kg.extract.facts.qualifiers import clause_date, fact, modality, negated
from kg.extract.entities import known_first_name, slug
from kg.extract.facts.reading import Reading
from kg.extract.mentions import member_group_owners
from kg.model import Fact

__all__ = ["people_in_organisations", "organisation_parts", "composition", "named_before_post", "joining",
           "member_nouns", "party_members", "member_groups", "named_parents", "taken_offices", "fellow_members",
           "owned_parts", "voices_with", "labelled_groups", "leaders_as_members", "post_bodies"]

CONTRASTING_WORDS = frozenset({"fellow", "other"})  # "fellow EU members", "other Nato states"
LIKENING_PREPOSITIONS = frozenset({"like", "as"})  # "wants the rights of other EU members": likened, not counted
EXAMPLE_PREPOSITIONS = frozenset({"including", "like", "as"})  # "Opec members such as Iran", "members including X"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # a verb with tense of its own ("joined", "has joined")

NOT_YET_MODIFIERS = frozenset({"candidate", "aspiring", "potential", "possible"})  # a post not held yet
NOT_NOW_MODIFIERS = NOT_YET_MODIFIERS | {"former", "ex", "erstwhile"}
NAME_PREPOSITIONS = frozenset({"of", "from", "at"})  # "X of Y", "X from Y" right after a person's name
WALK_DEPS = frozenset({"prep", "pobj"})  # how far inside a post phrase its organisation is looked for


def people_in_organisations(reading: Reading) -> Iterator[Fact]:
    """'X, an analyst at Y', 'a spokesman for Y, X', 'X of Y': the person is a member of the organisation."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Person" or mention.kind != "name":
            continue
        head = reading.doc[mention.head]
        posts = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            posts.append(head.head)  # "an analyst at Y, X"
        found = [k for post in posts if _is_post(post) for k in _organisations_of_post(reading, post)]
        found += [k for prep in _name_prepositions(reading, head)
                  if not (prep.lower_ == "of" and _peer(reading, mention.start, head))
                  for pobj in prep.children if pobj.dep_ == "pobj" for k in refs(reading, pobj)]
        found += _possessing_body(reading, mention, head)
        for organisation in dict.fromkeys(found):
            if reading.types.get(organisation) == "Organization" and not _is_place_name(reading, organisation):
                made = fact(reading, key, "memberOf", organisation, head, "member:post-at", 0.65)
                if made:
                    yield made


def _name_prepositions(reading: Reading, head: Token) -> list[Token]:
    """The 'of/from/at Y' hung on a person's name that go with him: in a list ("A of X and B, of Y"), none past
    another person's name (the parser may hang them all on the first); one said of the past ("B, formerly of Y")
    counts, as a membership the text states (the gold writes past memberships as plain facts)."""
    own = set(reading.resolved.keys_at(head))
    return [prep for prep in _hung_prepositions(head) if prep.dep_ == "prep" and prep.lower_ in NAME_PREPOSITIONS
            and not any(reading.types.get(k) == "Person" and k not in own
                        for t in reading.doc[head.i + 1:prep.i] for k in reading.resolved.keys_at(t))]


LIST_DEPS = frozenset({"conj", "pobj", "prep"})  # how a listed name hangs on the one before ("A of X and B")


def _hung_prepositions(head: Token) -> list[Token]:
    """The words hung on a name, and those after it hung on the names it is listed with ("A of X and B, of Y": the
    parser may hang "of Y" on A or X); `_name_prepositions` keeps those with no other person's name before them."""
    found = list(head.children)
    top = head
    while top.dep_ in LIST_DEPS:
        top = top.head
        found += [c for c in top.children if c.i > head.i]
    return found


def _peer(reading: Reading, start: int, head: Token) -> bool:
    """'Baron X of Y', 'Lord X of Y': a name under a peerage title (data/peerage_titles.txt), whose "of Y" is a
    territorial designation, not a body X belongs to."""
    before = reading.doc[start - 1] if start > 0 else None
    return any(t.lower_ in lexicons.peerage_titles() for t in head.lefts if t.dep_ == "compound") \
        or before is not None and before.lower_ in lexicons.peerage_titles()


def _possessing_body(reading: Reading, mention, head: Token) -> list[str]:
    """'the BBC's Jane Doe', 'Acme's John Roe': an organisation whose possessive stands right before a person's name
    (with no post between: the post's own rules read "the BBC's correspondent X") is the body the person works in,
    when the name opens with a first name ("the radio's Sunday Forum" is a programme the parser took for a name)."""
    if mention.end - mention.start < 2 or not known_first_name(reading.doc[mention.start].text):
        return []
    return [k for c in head.children if c.dep_ == "poss" and c.right_edge.i + 1 == mention.start
            and c.right_edge.tag_ == "POS" for k in refs(reading, c) if reading.types.get(k) == "Organization"]


def _home_town(token: Token, post: Token) -> bool:
    """'Bristol nurse X', 'Leeds teacher Y': one capitalised word, not an acronym, before a trade (kind occupation of
    data/titles.tsv) is most often where the person lives, whatever the tagger made of it ("NHS nurse", "Bristol
    University historian" name employers)."""
    title = _post_title(post)
    alone = not any(c.dep_ == "compound" for c in token.children) and token.head == post
    return title is not None and title.kind == "occupation" and alone and not token.text.isupper()


def _is_place_name(reading: Reading, key: str) -> bool:
    """An 'organisation' the gazetteer knows as a town or country ("X, of Burnley"): a home town, not an employer."""
    entity = reading.resolved.entities.get(key)
    return entity is not None and (entity.label in gazetteer.place_countries()
                                   or entity.label in gazetteer.surface_forms())


def _post_title(noun: Token) -> lexicons.Title | None:
    """The post a noun names, with the nouns before it first ('general secretary', 'policy adviser')."""
    titles = lexicons.titles()
    words = [c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"} and c.i < noun.i] + [noun.lower_]
    for start in range(len(words)):
        found = titles.get(" ".join(words[start:]))
        if found is not None:
            return found
    return titles.get(noun.lemma_.lower())


def _is_post(noun: Token) -> bool:
    """A common noun naming a post ('analyst', 'policy adviser'), not an entity of its own."""
    return noun.pos_ == "NOUN" and _post_title(noun) is not None


def _organisations_of_post(reading: Reading, post: Token) -> list[str]:
    """The organisations a post phrase is held in: 'at/for/with Y' anywhere along its prepositions ('head of
    strategy for emerging markets for Y'), and 'of Y' for a post that heads nothing."""
    title = _post_title(post)
    wanted = grammar.MEMBERSHIP_PREPOSITIONS | ({"of"} if title is not None and title.leads == "no" else set())
    found: list[str] = []
    stack = [post]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ not in WALK_DEPS:
                continue
            if child.dep_ == "pobj" and token.lower_ in wanted:
                found += refs(reading, child)
            stack.append(child)
    return found


def organisation_parts(reading: Reading) -> Iterator[Fact]:
    """'the X unit of Y', 'X, a subsidiary of Y', 'Y's X division', 'X is an arm of Y', 'Y's Japanese subsidiary
    X', 'its units A and B': X (each of A and B) is part of Y."""
    parts = lexicons.part_nouns()
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name":
            continue
        head = reading.doc[mention.head]
        first = head
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head  # "its units A and B": B stands where A does
        # "the X unit of Y"; "Y's units, A and B"
        nouns = [first.head] if first.dep_ in {"compound", "appos"} else []
        nouns += [c for c in head.children if c.dep_ == "appos"]  # "X, a subsidiary of Y"
        if head.dep_ in grammar.SUBJECT_DEPS:
            nouns += [c for c in head.head.children if c.dep_ == "attr"]  # "X is a subsidiary of Y"
        before = [c for c in first.children if c.dep_ in {"compound", "nmod"} and c.i < first.i]
        nouns += before  # "Y's Japanese subsidiary X": the possessive hangs on the name
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in parts or reading.resolved.keys_at(noun) \
                    or _given_up(noun) or _given_up(first):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [c for c in first.children if c.dep_ == "poss"] if noun in before else []
            # ("its US subsidiary X": a pronoun owner is the firm it stands for, never a state)
            wholes = [k for c in owners for k in refs(reading, c, modifiers=False)
                      if c.pos_ != "PRON" or reading.types.get(k) == "Organization"]
            wholes += [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj" for k in refs(reading, g)]
            for whole in dict.fromkeys(wholes):
                if whole != key and reading.types.get(whole) in {"Organization", "Country"}:
                    made = fact(reading, key, "partOf", whole, head, "part:noun", 0.7)
                    if made:
                        yield made


OWNER_NOUNS = frozenset({"owner", "parent"})  # "Y, owner of X", "Y is the parent of X"
FORMER_ADVERBS = frozenset({"formerly", "once", "previously", "then", "until", "longer"})  # "once part of Y"


def owned_parts(reading: Reading) -> Iterator[Fact]:
    """'X, owned by Y', 'X, which is controlled by Y', 'X is part of Y', 'Y owns X', 'Y-owned X': a firm or body
    owned or controlled (data/ownership_verbs.txt) by another organisation, or said to be part of it, is part of it;
    not when denied or past ("X, formerly part of Y"), nor when a person or a state owns it."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name":
            continue
        head = reading.doc[mention.head]
        for owner_token, cue in _owners_of(reading, head) + _hyphen_owner(reading, mention.start):
            if negated(reading, cue) or _no_longer(cue):
                continue
            for whole in refs(reading, owner_token, modifiers=False):
                if whole != key and reading.types.get(whole) == "Organization":
                    made = fact(reading, key, "partOf", whole, head, "part:owned", 0.65)
                    if made:
                        yield made


def _owners_of(reading: Reading, head: Token) -> list[tuple[Token, Token]]:
    """The owner phrases of a name with the word that says so: the agent of an ownership participle hung on it or of
    its relative or main clause ("X, (which is) owned by Y", "X is controlled by Y"), the of-phrase of "part" in
    apposition or as its copula's complement ("X, (which is) part of Y"), the subject of "own" with it as object."""
    verbs = lexicons.ownership_verbs()
    found: list[tuple[Token, Token]] = []
    clauses = [c for c in head.children if c.dep_ in {"acl", "relcl"}]
    if head.dep_ in {"nsubj", "nsubjpass"}:
        clauses.append(head.head)
    parts = [c for c in head.children if c.dep_ == "appos"]
    for verb in clauses:
        if verb.lemma_.lower() in verbs and verb.tag_ == "VBN":
            found += [(g, verb) for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        elif verb.lemma_ == "be":
            parts += [c for c in verb.children if c.dep_ == "attr"]
    for part in parts:
        if part.lower_ == "part" and not any(c.dep_ in {"det", "amod", "compound", "poss"} for c in part.children):
            found += [(g, part) for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]  # ("a key part of Y's plan", "part of the deal": no)
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "own" and head.head.tag_ in {"VBZ", "VBP"}:
        # "Y now owns X" (not "Y controls X": a regulator or a board controls what it does not own)
        found += [(s, head.head) for s in head.head.children if s.dep_ == "nsubj"]
    noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if noun is not None and noun.lemma_.lower() in OWNER_NOUNS and noun.pos_ == "NOUN" \
            and not any(c.dep_ in {"amod", "compound", "nmod"} and _not_yet_or_no_more(c) for c in noun.children):
        # "Y, (the) owner of X", "Y is the parent of X"
        found += [(noun.head, noun)] if noun.dep_ == "appos" else [
            (s, noun) for s in noun.head.children if s.dep_ == "nsubj"] if noun.dep_ == "attr" else []
    return found


def _hyphen_owner(reading: Reading, start: int) -> list[tuple[Token, Token]]:
    """'Ford-owned Jaguar': the name joined by a hyphen to an ownership participle right before a name."""
    doc = reading.doc
    if start < 3 or doc[start - 1].lemma_.lower() not in lexicons.ownership_verbs() or doc[start - 2].text != "-" \
            or doc[start - 2].whitespace_ or doc[start - 3].whitespace_ or doc[start - 3].pos_ != "PROPN" \
            or doc[start - 3].lower_ in {"state", "family", "government"} | lexicons.government_nouns():
        return []  # ("State-owned X", "family-owned Y": no organisation named)
    return [(doc[start - 3], doc[start - 1])]


def _no_longer(cue: Token) -> bool:
    """'formerly owned by Y', 'no longer part of Y', 'once part of Y': an ownership of the past."""
    words = [c for c in cue.children if c.dep_ in {"advmod", "neg"}]
    if cue.head.i != cue.i:
        words += [c for c in cue.head.children if c.dep_ in {"advmod", "neg"}]
    return any(w.lower_ in FORMER_ADVERBS for w in words) or (
        cue.head.lemma_ == "be" and cue.head.tag_ == "VBD" and cue.dep_ == "attr")


def _given_up(token: Token) -> bool:
    """'sold its unit X', 'was forced to sell its unit X', 'the sale of its X division': the phrase names a part sold
    off; not a sale only weighed or planned ('might consider selling its X unit'), which leaves it a part."""
    words = lexicons.divestment_words()
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        token, head = head, head.head
    if head.pos_ in {"VERB", "AUX"} and _sale_not_yet(head):
        return False
    return token.dep_ in {"dobj", "nsubjpass", "prep"} and head.lemma_.lower() in words


def _sale_not_yet(verb: Token) -> bool:
    """'may sell', 'might consider selling', 'plans to sell' (data/plan_verbs.txt): a sale only weighed or planned,
    by a modal or a plan verb over it; not 'was forced to sell', 'sold'."""
    while True:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or (
                verb.lemma_.lower() in lexicons.plan_verbs() and verb.tag_ != "VBN"):
            return True
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head


def named_before_post(reading: Reading) -> Iterator[Fact]:
    """'Oxfam senior policy adviser X', 'Unicef spokeswoman X': an organisation named in front of a post held by
    the person is one they belong to; not a post that heads it ('Tory leader X')."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Person" or mention.kind != "name":
            continue
        head = reading.doc[mention.head]
        pre = pre_modifiers(reading, mention, head)
        posts = [i for i, t in enumerate(pre) if t.pos_ == "NOUN" and _post_title(t) is not None]
        titles = lexicons.titles()
        if not posts or any(titles[t.lower_].leads != "no" for t in pre if t.lower_ in titles) \
                or _post_title(pre[posts[-1]]).leads != "no":
            continue  # "Tory leader X", "Fiat chief executive X" lead what they are named with (roles.py)
        for token in pre[:posts[-1]]:
            for organisation in reading.resolved.keys_at(token):
                if reading.types.get(organisation) == "Organization" and organisation != key \
                        and not _is_place_name(reading, organisation) and not _home_town(token, pre[posts[-1]]):
                    made = fact(reading, key, "memberOf", organisation, head, "member:named-before-post", 0.65)
                    if made:
                        yield made


def composition(reading: Reading) -> Iterator[Fact]:
    """'the G20, which comprises X and Y', 'the bloc includes X', 'the alliance consists of X': the countries
    named are members of the organisation, the organisations named parts of it."""
    verbs = lexicons.composition_verbs()
    for verb in reading.index.with_lemma(verbs, "VERB", phrases=True):
        if verb.pos_ != "VERB" or negated(reading, verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma in verbs:
            named = [c for c in verb.children if c.dep_ == "dobj"]
        elif f"{lemma} of" in verbs:
            named = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
        else:
            continue
        # "a consortium that included X": the noun the relative clause hangs on, not its pronoun
        owners = [verb.head] if verb.dep_ == "relcl" else [c for c in verb.children if c.dep_ == "nsubj"]
        wholes = [k for t in owners for k in reading.resolved.keys_at(t) if reading.types.get(k) == "Organization"]
        for whole in wholes:
            for token in named:
                for part in refs(reading, token, modifiers=False):
                    predicate = {"Country": "memberOf", "Organization": "partOf"}.get(reading.types.get(part, ""))
                    if predicate and part != whole:
                        made = fact(reading, part, predicate, whole, verb, "member:composition", 0.65)
                        if made:
                            yield made


def joining(reading: Reading) -> Iterator[Fact]:
    """'Spain joined Nato in 1982', 'X will join the delegation', 'Croatia acceded to the EU': the subject is a
    member of the organisation from then on (data/joining_verbs.txt); not a wish ('hopes to join') nor a refusal."""
    verbs = lexicons.joining_verbs()
    for verb in reading.index.with_lemma(verbs, "VERB", phrases=True):
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in verbs:
            bodies = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            bodies = [g for p in verb.children if p.dep_ == "prep" and f"{lemma} {p.lower_}" in verbs
                      for g in p.children if g.dep_ == "pobj"]
        if not bodies or negated(reading, verb):
            continue
        future = verb.tag_ == "VB" and any(c.lower_ in grammar.FUTURE_AUXILIARIES for c in verb.children)
        if verb.tag_ not in FINITE_TAGS and not future:
            continue  # "hopes to join the EU", "its bid to join": not (yet) a member
        when = clause_date(reading, verb)
        mode = modality(reading, verb, when)
        if mode is None:
            continue
        for member in subjects(reading, verb):
            if reading.types.get(member) not in {"Country", "Person"}:
                continue
            for body in (k for t in bodies for k in refs(reading, t, modifiers=False)):
                made = fact(reading, member, "memberOf", body, verb, "member:joined", 0.65, when=when, modality=mode)
                if made:
                    yield made


def taken_offices(reading: Reading) -> Iterator[Fact]:
    """'Britain takes over the presidency of the EU', 'Austria assumed the chairmanship of the OSCE': the subject
    of a verb of taking or holding (data/office_taking_verbs.txt) an office (data/office_nouns.tsv) holds it in
    the body named with it; not a wish ('hopes to take over'), a denial, nor a possessed office (roles.py)."""
    offices = lexicons.office_nouns()
    verbs = lexicons.office_taking_verbs()
    for noun in reading.index.with_lemma(offices, "NOUN"):
        office = offices.get(noun.lemma_.lower())
        verb = noun.head
        if office is None or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB" \
                or any(c.dep_ == "poss" for c in noun.children) or not _taking(verb, verbs):
            continue
        future = verb.tag_ == "VB" and any(c.lower_ in grammar.FUTURE_AUXILIARIES for c in verb.children)
        if verb.tag_ not in FINITE_TAGS and not future or negated(reading, verb):
            continue
        mode = modality(reading, verb, clause_date(reading, verb))
        if mode is None:
            continue  # (undated: the office's term is no date of the membership, which came before it)
        bodies = [k for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
                  for k in reading.resolved.keys_at(c)]
        bodies += [k for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                   for g in p.children if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)]
        for holder in subjects(reading, verb):
            kind = reading.types.get(holder)
            predicate = office.person if kind == "Person" else office.state if kind == "Country" else None
            for body in dict.fromkeys(bodies):
                if predicate and body != holder and reading.types.get(body) == "Organization":
                    made = fact(reading, holder, predicate, body, verb, "member:office-taken", 0.65, modality=mode)
                    if made:
                        yield made


def _taking(verb: Token, verbs: frozenset[str]) -> bool:
    """The verb, alone or with its particle ("take over"), is one of taking or holding an office."""
    return grammar.verb_in(verb, verbs)


def fellow_members(reading: Reading) -> Iterator[Fact]:
    """'France persuaded fellow EU members', 'Britain paid more than other EU states': members named as the
    "fellow" or "other" ones of a body (data/fellow_member_nouns.txt) set the clause's subject among them: a
    country subject is a member of the body too; not one likened to them ("treated like other EU states")."""
    nouns = lexicons.fellow_member_nouns()
    for noun in reading.index.with_lemma(nouns, "NOUN"):
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in nouns \
                or not any(c.lower_ in CONTRASTING_WORDS and c.i < noun.i for c in noun.children):
            continue
        bodies = [k for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i < noun.i
                  for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Organization"
                  and not _outside(reading, k)]
        verb = noun
        while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
            if verb.dep_ == "pobj" and verb.head.lower_ in LIKENING_PREPOSITIONS:
                break
            verb = verb.head
        if not bodies or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for member in subjects(reading, verb):
            if reading.types.get(member) != "Country":
                continue
            for body in dict.fromkeys(bodies):
                made = fact(reading, member, "memberOf", body, noun, "member:fellow", 0.65)
                if made:
                    yield made


def member_nouns(reading: Reading) -> Iterator[Fact]:
    """'Opec member Iran', 'fellow EU members France and Italy', 'G8 members such as Russia': a member noun
    (data/member_words.txt) owned by an organisation, naming countries or people, makes them its members."""
    words = lexicons.member_words()
    for noun in reading.index.with_lemma(words, "NOUN"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words or negated(reading, noun):
            continue
        bodies = [k for c in noun.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < noun.i
                  for k in reading.resolved.keys_at(c) if reading.types.get(k) == "Organization"
                  and not _outside(reading, k)]
        bodies += [k for k in _member_of_body(reading, noun) if k not in bodies]
        if not bodies:
            continue
        named = [noun.head] if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else []  # "Opec member Iran"
        named += [c for c in noun.children if c.dep_ == "appos"]  # "EU members, France and Italy"
        named += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in EXAMPLE_PREPOSITIONS
                  for g in p.children if g.dep_ == "pobj"]
        members = [k for t in named for k in refs(reading, t, modifiers=False)]
        members += [k for k in _said_to_be_member(reading, noun) if k not in members]
        for member in members:
            if reading.types.get(member) in {"Country", "Person"}:
                for body in bodies:
                    made = fact(reading, member, "memberOf", body, noun, "member:noun", 0.65)
                    if made:
                        yield made


def _member_of_body(reading: Reading, noun: Token) -> list[str]:
    """'a member of Nato', 'members of Opec': the organisation a member noun's of-phrase names."""
    return [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" for k in reading.resolved.keys_at(g)
            if reading.types.get(k) == "Organization" and not _outside(reading, k)]


def _said_to_be_member(reading: Reading, noun: Token, past: bool = False) -> list[str]:
    """'Poland, a Nato member,', 'Poland, a member of Nato,', 'Poland is a member of Nato': the name a singular member
    noun is set in apposition to, or the subject of "be" it is the complement of; not a wish or a condition
    ("wants to be a member", "if Turkey were a member") nor a question of becoming one."""
    modifiers = [] if past else [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) \
            or any(_not_yet(c) for c in modifiers):
        return []
    if any(_not_yet_or_no_more(c) for c in modifiers):
        return _people_only(reading, _said_to_be_member(reading, noun, past=True))
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        if past:  # (only the name it is set by, not the ones listed with it)
            return list(reading.resolved.keys_at(noun.head))
        return list(refs(reading, noun.head, modifiers=False))
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ in {"xcomp", "advcl", "ccomp"} \
            or any(c.dep_ in {"mark", "neg"} or c.lemma_ in {"would", "could", "might", "may", "should", "will"}
                   or c.lower_ in {"longer", "yet"} or any(t.lower_ == "longer" for t in c.subtree)
                   for c in verb.children):
        return []  # ("is no longer a member", "is not yet one")
    return list(subjects(reading, verb))


def _people_only(reading: Reading, keys: list[str]) -> list[str]:
    """The people among keys: a person's past membership ("X, a former member of Y") is a fact the text states (the
    gold writes it plainly), a state's ("once a member") is left out."""
    return [k for k in keys if reading.types.get(k) == "Person"]


def _not_yet(token: Token) -> bool:
    """'a prospective member', 'a would-be member', 'a candidate member': a modifier of a membership not held yet
    (NOT_YET_MODIFIERS, data/planned_modifiers.txt, a word ending in "-be")."""
    words = {token.lower_, token.right_edge.lower_}
    return bool(words & (NOT_YET_MODIFIERS | lexicons.planned_modifiers())) or token.right_edge.lower_ == "be"


def _not_yet_or_no_more(token: Token) -> bool:
    """'a former member', 'a prospective member', 'a would-be member', 'a candidate member': a modifier of past
    or possible membership, or of what is planned (data/planned_modifiers.txt: "future", "prospective"), or one
    ending in "-be" ("would-be"): the name is not a member now."""
    words = {token.lower_, token.right_edge.lower_}
    return bool(words & (NOT_NOW_MODIFIERS | lexicons.planned_modifiers())) or token.right_edge.lower_ == "be"


def _outside(reading: Reading, key: str) -> bool:
    """'non-EU member Norway': a body named with the prefix "non-" is the one its members are outside."""
    entity = reading.resolved.entities.get(key)
    return entity is not None and entity.label.lower().startswith(("non-", "non "))


def party_members(reading: Reading) -> Iterator[Fact]:
    """'Labour MP X', 'Conservative X', 'X, a Democrat': a party label (data/political_parties.tsv) in front of
    a person's name or in apposition to it makes the person a member of the party."""
    parties = frozenset(lexicons.political_parties().values())
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Person" or mention.kind != "name":
            continue
        head = reading.doc[mention.head]
        pre = pre_modifiers(reading, mention, head)
        tokens = pre + [c for c in head.children if c.dep_ == "appos" and c.i > head.i]  # "X, a Democrat,"
        for token in tokens:
            if _coordinated_with_a_portfolio(reading, token, tokens):
                continue  # "Economy and Labour Minister X": a ministry's field, not the party
            for party in reading.resolved.keys_at(token):
                entity = reading.resolved.entities.get(party) or reading.implied.get(party)
                if entity is None or entity.type != "Organization" or entity.label not in parties:
                    continue
                made = fact(reading, key, "memberOf", party, head, "member:party", 0.7)
                if made:
                    yield made
        before = _label_before(reading, mention, pre)
        # ("Labour former minister X": the parser may hang the label on the name past the post)
        before += [c for c in head.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < mention.start]
        for token in pre + before + _labels_in_apposed_posts(head):
            if _coordinated_with_a_portfolio(reading, token, before + pre):
                continue
            party = _labelled_party(reading, token)
            if party is not None:
                made = fact(reading, key, "memberOf", party, head, "member:party-label", 0.65)
                if made:
                    yield made


def _label_before(reading: Reading, mention, pre: list[Token]) -> list[Token]:
    """'Labour former minister X', 'Tory grandee X': the word right before the words in front of a name, in its
    sentence and with no punctuation between, which the parser gave a role of its own (it is no pre-modifier)."""
    start = pre[0].i if pre else mention.start
    if start == 0:
        return []
    before = reading.doc[start - 1]
    return [] if before.is_punct or before.is_sent_end or reading.doc[start].is_sent_start else [before]


def _labels_in_apposed_posts(head: Token) -> list[Token]:
    """'X, the former Tory chancellor,', 'X, Tory co-chairman,', 'X, a Texas Democrat,': the words in front of a
    post (data/titles.tsv) set in apposition after a name, through compounds and modifiers only (not 'X, the
    Labour leader's wife', 'X, a critic of Labour'); and a party word that is itself the apposition."""
    apposed = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if not any(_is_post(c) for c in apposed):
        return list(apposed)
    found: list[Token] = list(apposed)
    stack = list(apposed)
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.i < token.i and child.dep_ in {"compound", "amod", "nmod"}:
                found.append(child)
                stack.append(child)
    return found


def _labelled_party(reading: Reading, token: Token) -> str | None:
    """The party a capitalised party label (data/political_parties.tsv, the longest that ends at the word:
    "Liberal Democrat", not "Democrat") names, when no mention made it another entity and no other capitalised
    word runs on before it ("Christian Democrat"; a state's name may: "a Texas Republican"), and the party is one
    of the document's own state (data/party_countries.tsv). A party's adjective (data/party_adjectives.tsv) names it
    only right before a post ("Democratic Senator X")."""
    doc = reading.doc
    labels = lexicons.political_parties()
    found = None
    for size in (3, 2, 1):
        span = doc[max(0, token.i - size + 1):token.i + 1]
        if len(span) == size and span.text in labels and span[0].text[:1].isupper():
            found = span
            break
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if found is None and token.text in lexicons.party_adjectives() and after is not None \
            and after.lower_ in lexicons.titles():
        labels, found = lexicons.party_adjectives(), doc[token.i:token.i + 1]  # "Democratic Senator X"
    if found is None or any(reading.types.get(k) not in {None, "Group"} and k not in _party_keys(reading)
                            for t in found for k in reading.resolved.keys_at(t)):
        return None
    before = doc[found.start - 1] if found.start > 0 else None
    if before is not None and not before.is_sent_start and before.text[:1].isupper() and not any(
            reading.types.get(k) in {"Place", "Country"} for k in reading.resolved.keys_at(before)):
        return None
    return reading.home_party(labels[found.text], found.text)


def _party_keys(reading: Reading) -> set[str]:
    """The keys of the document's organisations that are parties of data/political_parties.tsv."""
    parties = set(lexicons.political_parties().values())
    return {k for k, e in reading.resolved.entities.items() if e.type == "Organization" and e.label in parties}


def _coordinated_with_a_portfolio(reading: Reading, token: Token, title: list[Token]) -> bool:
    """'Economy and Labour Minister': a party label joined by a conjunction to a word of the same title that names
    no entity is a field of a post, not the party (not 'warned against disunity and Tory leader X')."""
    doc = reading.doc
    before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].dep_ == "cc" else None
    return before is not None and before in title and before.is_alpha and not reading.resolved.keys_at(before)


def member_groups(reading: Reading) -> Iterator[Fact]:
    """'WTO members', 'the 25 EU member states', 'members of Opec': the group a plural member noun names
    (mentions.member_group_owners) is a member of the body named with it."""
    for mention, key in reading.resolved.mentions:
        if mention.role != "members" or reading.types.get(key) != "Group":
            continue
        head = reading.doc[mention.head]
        for owner in member_group_owners(head):
            for body in reading.resolved.keys_at(owner):
                if reading.types.get(body) == "Organization":
                    made = fact(reading, key, "memberOf", body, head, "member:group", 0.8)
                    if made:
                        yield made


def named_parents(reading: Reading) -> Iterator[Fact]:
    """'UN Economic Commission for Latin America', 'British Army Gurkhas': a name that begins with the name of an
    organisation (data/organisations.tsv), or with a state's body (a country word and a body noun of
    data/entity_nouns.tsv: "British Army"), and goes on with capitalised words of its own (not a post: "UN
    Secretary General") names a part of that organisation; the body is part of its state."""
    index = lexicons.organisation_index()
    nouns = lexicons.entity_nouns()
    forms = gazetteer.surface_forms()
    titles = lexicons.titles()
    def prefix_known(prefix) -> bool:
        """The words are an organisation's name, or a country word and a state body's noun."""
        hit = forms.get(prefix[0].text)
        return prefix.text in index or (len(prefix) == 2 and bool(hit) and hit[1] in {"name", "demonym"}
                                        and nouns.get(prefix[1].lemma_.lower(), ("", ""))[1] == "body")

    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Organization" or mention.kind != "name" or mention.end - mention.start < 2:
            continue
        tokens = reading.doc[mention.start:mention.end]
        head = reading.doc[mention.head]
        if _a_document(tokens[-1]):
            continue  # "EU Constitution", "UN Charter": a text the body adopted, no part of it
        for size in range(len(tokens) - 1, 0, -1):
            rest = tokens[size:]
            if rest[0].pos_ in {"ADP", "CCONJ"} or rest[0].text == "&":
                if prefix_known(tokens[:size]):
                    break  # "European Council of Ministers", "Amnesty International and Liberty": no part of it
                continue
            if not any(t.is_title or t.is_upper for t in rest if not t.is_punct) \
                    or any(" ".join(w.lower_ for w in rest[i:]) in titles for i in range(len(rest))):
                continue
            prefix = tokens[:size]
            found = index.get(prefix.text)
            if found is not None:
                whole = "organization/" + slug(found.name)
                if whole != key:
                    reading.ensure_organisation(whole, found.name, found.names)
                    yield from _made(fact(reading, key, "partOf", whole, head, "part:named-parent", 0.7))
                break
            hit = forms.get(prefix[0].text)
            if size == 2 and hit and hit[1] in {"name", "demonym"} \
                    and nouns.get(prefix[1].lemma_.lower(), ("", ""))[1] == "body":
                body = reading.ensure_organisation("organization/" + slug(prefix.text), prefix.text)
                country = reading.ensure_country(hit[0])
                yield from _made(fact(reading, key, "partOf", body, head, "part:named-parent", 0.7))
                for predicate in ("partOf", "affiliatedWith"):
                    yield from _made(fact(reading, body, predicate, country, head, "role:belongs-to", 0.8))
                break


def _a_document(token: Token) -> bool:
    """A noun of a legal text (data/document_nouns.txt) or of an agreement (data/entity_nouns.tsv)."""
    lemma = token.lemma_.lower()
    return lemma in lexicons.document_nouns() or lexicons.entity_nouns().get(lemma, ("", ""))[0] == "Agreement"


def _made(found: Fact | None) -> Iterator[Fact]:
    """The fact, if the rule could make one."""
    if found is not None:
        yield found


BODY_KINDS = frozenset({"official", "business", "media", "occupation", "other"})  # posts held in a firm or a body


def _with_hyphened(reading: Reading, pre: list[Token]) -> list[Token]:
    """The words before a name with the word a hyphen joins to the first of them ("director-general", which the
    parser may split)."""
    doc = reading.doc
    while pre and pre[0].i >= 2 and doc[pre[0].i - 1].text == "-" and not doc[pre[0].i - 1].whitespace_ \
            and not doc[pre[0].i - 2].whitespace_ and doc[pre[0].i - 2].is_alpha:
        pre = [doc[pre[0].i - 2], doc[pre[0].i - 1]] + pre
    return pre


def _bare_title(reading: Reading, pre: list[Token]) -> lexicons.Title | None:
    """The post the words before a name end in when they name no actor ("reporter", "director-general", "election
    coordinator"): no actor entity, possessive or determiner among them."""
    actors = {"Organization", "Country", "Person", "Group", "Place"}
    if not pre or any(t.dep_ in {"poss", "det", "case"} or any(reading.types.get(k) in actors
                                                               for k in reading.resolved.keys_at(t)) for t in pre):
        return None
    text = "".join(t.text_with_ws for t in pre).strip().lower()
    text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    words = text.split()
    titles = lexicons.titles()
    start = next((i for i in range(len(words)) if " ".join(words[i:]) in titles), None)
    if start is None or any(_names_a_body(t) for t in pre[:len(pre) - len(words) + start]):
        return None  # ("union leader X": a post of another body)
    return titles[" ".join(words[start:])]


def _names_a_body(token: Token) -> bool:
    """A word that names a kind of organisation, group or state (data/organisation_descriptors.txt,
    data/entity_nouns.tsv: "union", "party", "government"), or a party label: a post after it is held there."""
    lemma = token.lemma_.lower()
    return lemma in lexicons.organisation_descriptors() or lemma == grammar.PARTY_NOUN \
        or lexicons.entity_nouns().get(lemma, ("Event", ""))[0] not in {"Event", "Agreement"} \
        or token.text in lexicons.political_parties()


def voices_with(reading: Reading) -> Iterator[Fact]:
    """'Acme hit back, with spokesman X saying ...', 'the party launched its platform, with leader Y calling it
    ...': a person with a bare post of a body (kinds of BODY_KINDS) who acts in a with-phrase of a clause whose one
    subject is an organisation speaks for it: a post that heads it leads it, any other makes a member. Not a post
    of a state ('Berlin welcomed it, with finance minister X saying'), nor a subject that is no organisation."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Person" or mention.kind != "name":
            continue
        head = reading.doc[mention.head]
        act = head.head
        if head.dep_ != "nsubj" or act.tag_ != "VBG" or act.dep_ != "pcomp" or act.head.lower_ != "with":
            continue
        title = _bare_title(reading, _with_hyphened(reading, pre_modifiers(reading, mention, head)))
        if title is None or title.kind not in BODY_KINDS:
            continue
        verb = act.head.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        bodies = [k for k in subjects(reading, verb) if k != key]
        if len(bodies) != 1 or reading.types.get(bodies[0]) != "Organization" or _is_place_name(reading, bodies[0]):
            continue
        predicate = "leads" if title.leads == "organisation" else "memberOf"
        made = fact(reading, key, predicate, bodies[0], head, "member:voice-with", 0.6)
        if made:
            yield made


def labelled_groups(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'Labour backbenchers opposed the plan', 'Acme engineers went on strike': a group of people named by a plural
    post (data/titles.tsv) with an organisation's name or party label in front of it, which acts in an event the
    text reports, is a member of that organisation; not a state's ("US officials") nor a town's ("Leeds
    teachers"), nor one named past or before the post ("former Tory MPs"), nor a group only spoken of."""
    acting = {k for f in facts if not f.object_is_literal and vocabulary.category(f.predicate) != "state"
              for k in (f.subject, f.object)}
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Group" or mention.kind not in {"description", "name"} or key not in acting:
            continue
        head = reading.doc[mention.head]
        if head.tag_ not in {"NNS", "NNPS"} or _post_title(head) is None \
                or any(c.dep_ in {"amod", "compound"} and _not_yet_or_no_more(c) for c in head.children):
            continue
        for token in [c for c in head.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < head.i]:
            label = _labelled_party(reading, token)
            for body in [label] if label else reading.resolved.keys_at(token):
                if body != key and reading.types.get(body) == "Organization" \
                        and not _is_place_name(reading, body) and not _home_town(token, head):
                    made = fact(reading, key, "memberOf", body, head, "member:labelled-group", 0.65)
                    if made:
                        yield made


def leaders_as_members(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'Acme chairman X', 'X, the party's leader': whoever holds a post that heads an organisation belongs to it, so
    each leads fact a post gives (rules role:...) a person over an organisation is a memberOf fact too; not a lead
    read off a verb ('was to lead the delegation', 'led its operations'), nor one over a body of a state (a ministry,
    an army: the text's partOf a country), where heading it is a government member's post, nor over a state."""
    state_bodies = {f.subject for f in facts if f.predicate == "partOf" and not f.object_is_literal
                    and reading.types.get(f.object) == "Country"}
    known = {(f.subject, f.object) for f in facts if f.predicate == "memberOf"}
    for led in facts:
        if led.predicate != "leads" or not led.rule.startswith("role:") or led.object_is_literal \
                or reading.types.get(led.subject) != "Person" \
                or reading.types.get(led.object) != "Organization" or led.object in state_bodies \
                or (led.subject, led.object) in known:
            continue
        known.add((led.subject, led.object))
        yield replace(led, predicate="memberOf", rule=led.rule + "+member")


def post_bodies(reading: Reading, facts: list[Fact]) -> Iterator[Fact]:
    """'European Commissioner X', 'X, a life peer' (data/body_posts.tsv): the holder of a post that seats him in one
    body is a member of it; of a post that names no state ('peer', 'MP'), only when the text names the body; not a
    post only planned or reported; one held no more ('former MEP X') counts, as a past membership the text states."""
    table = lexicons.body_posts()
    for held in facts:
        if held.predicate != "holdsPosition" or not held.object_is_literal or held.end_date \
                or held.modality != "asserted" or reading.types.get(held.subject) != "Person":
            continue
        words = held.object.lower().replace("-", " ").split()
        entry = next((table[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in table), None)
        if entry is None or NOT_YET_MODIFIERS & set(words):
            continue
        body = _named_body(reading, entry)
        if body is not None:
            yield replace(held, predicate="memberOf", object=body, object_is_literal=False,
                          rule=held.rule + "+body-post", confidence=round(held.confidence * 0.9, 2))


def _named_body(reading: Reading, entry: lexicons.BodyPost) -> str | None:
    """The document's organisation that goes by one of the body's names; else, for a post that names its body, the
    body recorded as implied."""
    names = set(entry.names)
    for key, entity in list(reading.resolved.entities.items()) + list(reading.implied.items()):
        if entity.type == "Organization" and (entity.label in names or names & set(entity.aliases)):
            return key
    if entry.named != "post":
        return None
    found = lexicons.organisation_index().get(entry.names[0])
    label, aliases = (found.name, found.names) if found is not None else (entry.names[0], entry.names)
    return reading.ensure_organisation("organization/" + slug(label), label, aliases)
