"""Parties to agreements: "an agreement between X and Y", "the memorandum sealed the alliance between X and Y",
the counterparty an agreement's purpose names ("a deal to import gas from Iran"), the countries that qualify an
agreement ("the Israeli-Egyptian protocol") and the subject that makes it ("X struck a deal")."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import combinations

from spacy.tokens import Token

from kg.extract import grammar, lexicons
from kg.extract.facts.arguments import between, refs, subjects
from kg.extract.facts.qualifiers import fact, modality, negated
from kg.extract.facts.reading import Reading
from kg.model import Fact

MAX_COOPERATING = 4  # more parties than this to one agreement: a multilateral pact, not a pairwise cooperation

__all__ = ["agreement_parties", "qualified_parties", "owners", "makers", "counterparts", "breakers", "hyphenated_parties", "awarded_parties",
           "bound_parties", "cooperating_parties", "represented_parties",
           "agreeing_parties", "signed_up"]

SIDE_RULES = ("between", "party:hyphen-pair")  # rules that name an agreement's two sides themselves
# kinds of data/titles.tsv whose holder acts for the state (as implied.STATE_POST_KINDS: rule families stay apart)
STATE_POSTS = frozenset({"minister", "head_of_government", "head_of_state"})

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # a verb with tense of its own ("struck", "has reached")


def agreement_parties(reading: Reading) -> Iterator[Fact]:
    """'an agreement between X and Y', 'the memorandum sealed the alliance between X and Y': X, Y partyTo it."""
    for token in reading.referring_tokens():
        agreements = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Agreement"]
        if not agreements or token.pos_ == "PRON" or token.dep_ not in {
                "nsubj", "nsubjpass", "ROOT", "dobj", "pobj", "appos", "attr"}:
            continue
        if any(c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in token.children):
            continue  # "there is no treaty between X and Y": none binds them
        scopes = [token]
        if token.dep_ == "nsubj" or (token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "relcl"):
            scopes += [c for c in token.head.children if c.dep_ == "dobj"]
        for child in _noun_phrase_clauses(token):
            scopes += [c for c in child.children if c.dep_ == "dobj"]
        for scope in scopes:
            yield from _parties_to(reading, between(reading, scope, through_object=False), agreements, token,
                                   "between", 0.7)
        for party in _counterparties(reading, token):
            for agreement in agreements:
                found = fact(reading, party, "partyTo", agreement, token, "purpose-counterparty", 0.6)
                if found:
                    yield found


def _counterparties(reading: Reading, agreement: Token) -> list[str]:
    """'a deal to import gas from Iran', 'an accord to sell jets to Peru': the state or body the agreement's
    purpose trades with is its other party; a plan or measure (data/policy_nouns.txt) is no deal with anyone ("plans to
    switch computers from X to Y")."""
    if agreement.lemma_.lower() in lexicons.policy_nouns():
        return []
    found: list[str] = []
    for verb in agreement.children:
        if verb.dep_ not in {"acl", "relcl"} or not grammar.to_infinitive(verb):
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "a deal to open talks with Ankara"
        for prep in (p for h in heads for p in h.children):
            if prep.dep_ == "prep" and prep.lower_ in {"from", "to", "with"}:
                found += [k for g in prep.children if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)
                          if reading.types.get(k) in {"Country", "Organization"} and k not in found]
    return found


def _noun_phrase_clauses(noun: Token) -> list[Token]:
    """Relative clauses on a noun, or on the last noun of its of-phrase ('the memorandum of understanding
    which sealed ...': spaCy attaches the clause to 'understanding')."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    clauses += _noun_phrase_clauses(pobj)
    return clauses


def qualified_parties(reading: Reading) -> Iterator[Fact]:
    """'the Israeli-Egyptian protocol', 'a Turkmen gas deal': the countries named inside an agreement's own
    description are its parties (not a country that only brokered or backed it: 'a US-brokered deal')."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Agreement" or mention.kind != "description":
            continue
        head = reading.doc[mention.head]
        for token in reading.doc[mention.start:mention.head]:
            if token.dep_ not in {"amod", "compound", "nmod"} or _brokered(token):
                continue
            for party in reading.resolved.keys_at(token):
                if party != key and reading.types.get(party) == "Country":
                    found = fact(reading, party, "partyTo", key, head, "party:qualifier", 0.65)
                    if found:
                        yield found


def hyphenated_parties(reading: Reading) -> Iterator[Fact]:
    """'the Chile-Peru border treaty', 'a Ford-Mazda supply deal': two states or bodies joined by a hyphen in front of an
    agreement's description are its two sides (each name a state or body; 'US-brokered' is no pair)."""
    doc = reading.doc
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Agreement" or mention.kind != "description":
            continue
        head = doc[mention.head]
        left = [t for t in doc[min(t.i for t in head.subtree):mention.start] if t.dep_ in {"compound", "amod", "punct"}]
        for a, dash, b in zip(left, left[1:], left[2:]):
            if dash.text != "-" or a.whitespace_ or dash.whitespace_ or b.i + 1 > mention.start:
                continue
            if b.i + 1 < len(doc) and doc[b.i + 1].text == "-":
                continue  # "X-Y-brokered": part of a longer hyphenation
            sides = [[k for k in reading.resolved.keys_at(t) if reading.types.get(k) in {"Country", "Organization"}]
                     for t in (a, b)]
            if not all(sides) or set(sides[0]) & set(sides[1]):
                continue
            for party in (*sides[0], *sides[1]):
                found = fact(reading, party, "partyTo", key, head, "party:hyphen-pair", 0.65)
                if found:
                    yield found


def owners(reading: Reading) -> Iterator[Fact]:
    """'Acme's mobile deal', 'Chile's trade accord with Peru': the state or body whose possessive owns an agreement's
    description is a party to it (not a person, who signs or negotiates it, nor a date: 'last year's deal')."""
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Agreement" or mention.kind != "description":
            continue
        head = reading.doc[mention.head]
        if head.lemma_.lower() in lexicons.policy_nouns():
            continue  # "Peru's plan" is Peru's proposal, to which no one is yet a party
        for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            for party in reading.resolved.keys_at(owner):
                if party != key and reading.types.get(party) in {"Country", "Organization"}:
                    found = fact(reading, party, "partyTo", key, head, "party:owner", 0.65)
                    if found:
                        yield found


def counterparts(reading: Reading) -> Iterator[Fact]:
    """'the deal with Acme', 'X signed a supply agreement with Y', 'X struck a deal with Y': the state or body an
    agreement is made with is bound by it too; not "in agreement with" (a concord), nor a deal only hoped for,
    refused or possible ("hoping to strike a deal with Y")."""
    verbs = lexicons.agreement_verbs()
    for mention, key in reading.resolved.mentions:
        if reading.types.get(key) != "Agreement":
            continue
        head = reading.doc[mention.head]
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.lower_ == "agreement":
            continue  # "Britain is in agreement with France": they agree, no document binds them
        holders = [head]
        verb = head.head
        if head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs | {"sign"}:
            if verb.dep_ == "xcomp" or grammar.to_infinitive(verb) \
                    or negated(reading, verb):
                continue  # "hoping to strike a deal with Y", "did not sign an accord with Y"
            holders.append(verb)  # "X struck a deal with Y": the parser hangs "with Y" on the verb
        if negated(reading, head):
            continue
        mode = modality(reading, head, None)
        if mode is None:
            continue
        others = [k for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with")
                  for g in prep.children if g.dep_ == "pobj" for k in refs(reading, g, modifiers=False)
                  if k != key and reading.types.get(k) in {"Country", "Organization"}]
        for party in dict.fromkeys(others):
            found = fact(reading, party, "partyTo", key, head, "party:counterpart", 0.65, modality=mode)
            if found:
                yield found
        if others and head.dep_ == "dobj" and verb.lemma_.lower() in lexicons.deal_holding_verbs() \
                and verb.tag_ in FINITE_TAGS | {"VBG"} and not negated(reading, verb):
            # "X announced a deal with Y": the subject holds the deal with Y
            for party in subjects(reading, verb):
                if party not in others and reading.types.get(party) in {"Country", "Organization"}:
                    found = fact(reading, party, "partyTo", key, head, "party:holder", 0.65, modality=mode)
                    if found:
                        yield found


def _brokered(token: Token) -> bool:
    """'US-brokered', 'UN-backed': a country word joined by a hyphen to a participle names a third party."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].tag_ in {"VBN", "VBD"}


def makers(reading: Reading) -> Iterator[Fact]:
    """'X struck a deal', 'X and Y reached an agreement': the subject of a verb of making an agreement
    (data/agreement_verbs.txt) is party to the agreement it takes as object, when the verb has a tense of its own
    (not "hoping to strike a deal") and is neither negated nor a mere possibility."""
    verbs = lexicons.agreement_verbs()
    for token in reading.index.with_dep("dobj"):
        if token.dep_ != "dobj" or token.head.lemma_.lower() not in verbs or token.head.pos_ != "VERB":
            continue
        verb = token.head
        agreements = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Agreement"]
        if not agreements or not (verb.tag_ in FINITE_TAGS or _future(verb)) or verb.dep_ == "xcomp" \
                or negated(reading, verb):
            continue  # "hoping to strike a deal", "would never reach agreement": not (yet) made
        mode = modality(reading, verb, None)
        if mode is None:
            continue
        yield from _parties_to(reading, subjects(reading, verb), agreements, token, "party:maker", 0.65, mode)


def breakers(reading: Reading) -> Iterator[Fact]:
    """'Greece breached the pact', 'Peru reneged on the accord': only a party can break or end an agreement, so the
    subject of a breach verb (data/breach_verbs.txt) is party to it, whether the breach is done, denied or feared."""
    verbs = lexicons.breach_verbs()
    for token in reading.referring_tokens():
        agreements = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Agreement"]
        if not agreements or token.pos_ == "PRON":
            continue
        verb = _breaking_verb(token, verbs)
        if verb is None:
            continue
        yield from _parties_to(reading, _own_subjects(reading, verb), agreements, token, "party:breaker", 0.6)


def _parties_to(reading: Reading, parties: Iterable[str], agreements: list[str], token: Token, rule: str,
                confidence: float, mode: str = "asserted") -> Iterator[Fact]:
    """Each state or body among `parties` party to each of the agreements a token names, as `rule` found them."""
    for party in parties:
        if reading.types.get(party) in {"Country", "Organization"}:
            for agreement in agreements:
                found = fact(reading, party, "partyTo", agreement, token, rule, confidence, modality=mode)
                if found:
                    yield found


def _own_subjects(reading: Reading, verb: Token) -> tuple[str, ...]:
    """The entities a verb's subject names itself, not the state owning or qualifying it: 'Turkey's biggest firm
    pulled out of the deal' is the firm's act, not Turkey's ('the two countries' still stand for both)."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return refs(reading, child, modifiers=False)
    return subjects(reading, verb)


def _breaking_verb(token: Token, verbs: frozenset[str]) -> Token | None:
    """The breach verb whose object the token is: 'breached the pact', 'tore up the treaty', 'reneged on the deal',
    or whose object the token's terms are: 'breached the pact's rules', 'flouted the terms of the deal'."""
    if token.dep_ in {"poss", "compound"} or (token.dep_ == "pobj" and token.head.lower_ == "of"
                                               and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN"):
        token = token.head if token.dep_ in {"poss", "compound"} else token.head.head
    head = token.head
    if token.dep_ == "dobj" and head.pos_ == "VERB":
        particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
        lemma = head.lemma_.lower()
        if (lemma in verbs and not particles) or any(f"{lemma} {p}" in verbs for p in particles):
            return head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.lower_ == "out" and verb.head.pos_ == "VERB":  # "pulled out of the deal": 'out' heads 'of'
            verb = verb.head
        if verb.pos_ == "VERB":
            words = [verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt" or (
                c.i == head.head.i and c.i != verb.i)), head.lower_]
            if " ".join(words) in verbs:
                return verb
    return None


def awarded_parties(reading: Reading) -> Iterator[Fact]:
    """'The ministry awarded a contract to Acme', 'Chile awarded Acme a contract': the giver and the receiver of an
    agreement (data/awarding_verbs.txt) are both parties to it, when the award is made (tensed, not negated)."""
    verbs = lexicons.awarding_verbs()
    for token in reading.index.with_dep("dobj"):
        verb = token.head
        agreements = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Agreement"]
        if not agreements or verb.lemma_.lower() not in verbs or verb.pos_ != "VERB" \
                or verb.tag_ not in FINITE_TAGS or negated(reading, verb):
            continue
        mode = modality(reading, verb, None)
        if mode is None:
            continue
        receivers = [g for c in verb.children if c.dep_ == "dative"
                     for g in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])]
        receivers += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"]
        receivers = [g for g in receivers if g.pos_ != "ADJ" and g.ent_type_ != "NORP"]  # not "a Canadian (firm)"
        sides = [*_own_subjects(reading, verb), *(k for g in receivers for k in refs(reading, g, modifiers=False))]
        yield from _parties_to(reading, dict.fromkeys(sides), agreements, token, "party:award", 0.6, mode)


def bound_parties(reading: Reading) -> Iterator[Fact]:
    """'Under the accord, Peru must cut its quotas', 'under the 1999 treaty Chile will return the land': what an
    agreement's terms make a state or body do binds it, so the subject of the clause is party to it; not an
    agreement only proposed ('under a proposed deal') nor an embargo or plan, whose subject is only affected."""
    nouns = {noun for noun, (etype, _) in lexicons.entity_nouns().items() if etype == "Agreement"}
    planned = lexicons.planned_modifiers()
    for token in reading.referring_tokens():
        agreements = [k for k in reading.resolved.keys_at(token) if reading.types.get(k) == "Agreement"]
        prep = token.head
        if not agreements or token.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep" \
                or token.lemma_.lower() not in nouns:
            continue
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.lower_ in planned for c in token.children) or any(c.dep_ == "poss" for c in token.children):
            continue  # "under a proposed deal", "under Peru's deal": another's terms, or none yet
        yield from _parties_to(reading, _own_subjects(reading, verb), agreements, token, "party:bound", 0.6)


def _future(verb: Token) -> bool:
    """'will renew the deal': a bare verb with a future auxiliary is as firm as a tensed one, as a plan."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in grammar.FUTURE_AUXILIARIES
                                     for c in verb.children)


def cooperating_parties(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """'The two countries formalised a co-operation deal', 'X and Y signed a memorandum on energy cooperation': the
    states and bodies party to an agreement of cooperation (data/cooperation_nouns.txt, in its description or in
    the words right after it) cooperate with each other, as firmly as both are parties to it."""
    parties: dict[str, dict[str, Fact]] = {}
    for f in facts:
        if f.predicate == "partyTo" and f.subject.startswith(("country/", "organization/")) \
                and reading.types.get(f.object) == "Agreement":
            parties.setdefault(f.object, {}).setdefault(f.subject, f)
    found: list[Fact] = []
    for agreement, sides in parties.items():
        if not 2 <= len(sides) <= MAX_COOPERATING or not _of_cooperation(reading, agreement):
            continue
        for (a, fa), (b, fb) in combinations(sorted(sides.items()), 2):
            weaker = fb if fa.modality == "asserted" else fa  # the pair is as firm as its less firm party
            found.append(replace(weaker, predicate="cooperatesWith", subject=a, object=b, rule="party:cooperation",
                                 confidence=round(min(fa.confidence, fb.confidence) * 0.9, 2)))
    return found


def _of_cooperation(reading: Reading, agreement: str) -> bool:
    """An agreement some mention of which is described by a cooperation noun: in its own words or in an on/of/for
    phrase after its head ('a memorandum of understanding on energy co-operation')."""
    nouns = lexicons.cooperation_nouns()
    doc = reading.doc
    for mention, key in reading.resolved.mentions:
        if key != agreement:
            continue
        head = doc[mention.head]
        tokens = list(doc[mention.start:mention.end])
        tokens += [t for t in head.lefts if t.dep_ in {"amod", "compound"}]  # "a joint venture agreement"
        tokens += [g for t in head.lefts if t.dep_ == "compound" for g in t.lefts if g.dep_ == "amod"]
        stack = [head]
        while stack:  # "memorandum of understanding on energy co-operation": through of/on/for phrases
            token = stack.pop()
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"of", "on", "for"}:
                    for pobj in (g for g in child.children if g.dep_ == "pobj"):
                        tokens += list(pobj.subtree)
                        stack.append(pobj)
        words = {t.lower_ for t in tokens}
        words |= {"".join(t.text for t in doc[i - 2:i + 1]).lower() for i in (t.i for t in tokens) if i >= 2
                  and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_}
        if words & nouns:
            return True
    return False


def represented_parties(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """'Foreign Minister Ana Ruiz signed the treaty', 'Acme's chief executive signed the deal': who signs for a state
    or body binds it, so the state a signer serves in a government post (data/titles.tsv), or the state or body the
    signer heads, is party to what the signer signs."""
    facts = list(facts)
    posts: set[str] = set()
    for f in facts:
        if f.predicate == "holdsPosition" and f.subject.startswith("person/") and f.modality == "asserted":
            words = str(f.object).split()
            entry = lexicons.title_ending(words)
            if entry and entry[1].kind in STATE_POSTS and not lexicons.out_of_office_words() & {
                    w.lower() for w in words}:  # not "shadow foreign secretary"
                posts.add(f.subject)
    served: dict[str, list[str]] = {}
    for f in facts:
        if not f.subject.startswith("person/") or f.modality != "asserted":
            continue
        if f.predicate == "leads" and f.object.startswith(("country/", "organization/")) or \
                f.predicate == "affiliatedWith" and f.object.startswith("country/") and f.subject in posts:
            served.setdefault(f.subject, [])
            if f.object not in served[f.subject]:
                served[f.subject].append(f.object)
    found: list[Fact] = []
    for f in facts:
        if f.predicate != "signs" or reading.types.get(f.object) != "Agreement":
            continue
        for party in served.get(f.subject, ()):
            if reading.types.get(party) in {"Country", "Organization"}:
                found.append(replace(f, subject=party, predicate="partyTo", rule=f.rule + "+represented",
                                     confidence=round(f.confidence * 0.8, 2)))
    return found


def agreeing_parties(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """'a gas deal between Chile and Peru', 'Acme signed a supply contract with Globex': the states and bodies that
    are parties to one deal the document makes have agreed with each other, as firmly as both are parties to it; not
    the parties of a named treaty ('Chile and Peru ratified the Kyoto Protocol': each with others, not with each
    other), of a pact with many members, of agreements named only in the plural ('separate deals with Bolivia',
    'the signing of security agreements': several documents, each a named one), of a deal with more than two
    parties other than states (two firms of one consortium need not agree with each other), of a formal
    instrument ('a memorandum of understanding', 'a trade protocol': a named document, whose parties it binds),
    nor of an agreement one of them breaks or leaves ('X tore up its deal with Y')."""
    parties: dict[str, dict[str, Fact]] = {}
    for f in facts:
        if f.predicate == "partyTo" and f.subject.startswith(("country/", "organization/")) \
                and reading.types.get(f.object) == "Agreement":
            parties.setdefault(f.object, {}).setdefault(f.subject, f)
    broken = {f.object for f in facts if f.predicate == "partyTo" and f.rule.startswith("party:breaker")}
    found: list[Fact] = []
    for agreement, sides in parties.items():
        named = {k: f for k, f in sides.items() if f.rule.startswith(SIDE_RULES)}
        if named:  # "X and Y formalised a deal between their firms A and B": A and B are its two sides
            sides = named
        if not 2 <= len(sides) <= MAX_COOPERATING or agreement in broken or agreement.count("/") < 2 \
                or _instrument(reading, agreement) or _plural(reading, agreement) \
                or len(sides) > 2 and not all(k.startswith("country/") for k in sides):
            continue  # (a named agreement is keyed by its name, a deal of the document by the document)
        for (a, fa), (b, fb) in combinations(sorted(sides.items()), 2):
            weaker = fb if fa.modality == "asserted" else fa
            found.append(replace(weaker, predicate="agreesWith", subject=a, object=b, rule="party:agreement",
                                 confidence=round(min(fa.confidence, fb.confidence) * 0.9, 2)))
    return found


SIGNING_UP = ("verb:sign up",)  # rules of the triggers by which one joins an agreement by signing it (data/triggers.tsv)


def signed_up(reading: Reading, facts: Iterable[Fact]) -> list[Fact]:
    """'Acme signed up for the $2bn deal', 'Peru signed up to the pact': who signs up to an agreement puts its name
    to it, so it signs it as well as being party to it (the trigger table gives a word one reading only)."""
    return [replace(f, predicate="signs", rule=f.rule + "+signed") for f in facts
            if f.predicate == "partyTo" and f.rule in SIGNING_UP and reading.types.get(f.object) == "Agreement"]


def _instrument(reading: Reading, agreement: str) -> bool:
    """Whether the agreement is named by a formal instrument anywhere ('the memorandum', 'an MoU', 'the protocol';
    data/instrument_nouns.txt), the head of a mention or its "of" phrase ('a memorandum of understanding')."""
    words = lexicons.instrument_nouns()
    heads = [reading.doc[m.head] for m, key in reading.resolved.mentions if key == agreement]
    return any(h.lemma_.lower() in words or h.lower_ in words for h in heads)


def _plural(reading: Reading, agreement: str) -> bool:
    """Whether every mention of the agreement is a plural noun ('separate deals', 'the accords')."""
    heads = [reading.doc[m.head] for m, key in reading.resolved.mentions if key == agreement]
    return bool(heads) and all(h.tag_ in {"NNS", "NNPS"} for h in heads)
