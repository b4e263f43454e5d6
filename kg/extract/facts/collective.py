"""Facts → facts: a plural description stands for the specific agreements the document names.

"Ruiz travelled to Lima, where security agreements between the two countries were to be signed. On 24 November he
signed a defence pact ..." The bare plural names no agreement of its own: it sums up the specific
ones. Its facts are moved onto them and it is not kept as an entity. Only a plural whose parties are exactly a
specific agreement's parties is folded, and never into one that the same sentence names beside it ("trade
agreements and a gas deal"), one of another field ("trade agreements" is not "a defence pact") or one dated
otherwise; and never a plural set apart ("other agreements", "new deals").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract import lexicons
from kg.extract.facts.qualifiers import dedupe
from kg.model import Entity, Fact, Mention, ResolvedEntities

__all__ = ["fold_collective_references", "collective_members"]

FOLDED_TYPES = {"Agreement"}


def fold_collective_references(doc: Doc, resolved: ResolvedEntities, facts: list[Fact]
                               ) -> tuple[tuple[Entity, ...], list[Fact]]:
    """The document's entities and facts with each summing plural replaced by the agreements it stands for."""
    members = collective_members(doc, resolved, facts)
    entities = dict(resolved.entities)
    if not members:
        return tuple(entities.values()), facts
    folded: list[Fact] = []
    for fact in facts:
        if fact.subject in members:
            folded += [replace(fact, subject=m, rule=fact.rule + "+collective") for m in members[fact.subject]]
        elif not fact.object_is_literal and fact.object in members:
            folded += [replace(fact, object=m, rule=fact.rule + "+collective") for m in members[fact.object]]
        else:
            folded.append(fact)
    for plural, keys in members.items():
        entity = entities.pop(plural)
        if len(keys) == 1:
            member = entities[keys[0]]
            entities[member.key] = replace(member, aliases=member.aliases | {entity.label} | entity.aliases)
    return tuple(entities.values()), dedupe(f for f in folded if f.subject != f.object)


def collective_members(doc: Doc, resolved: ResolvedEntities, facts: list[Fact]) -> dict[str, tuple[str, ...]]:
    """Summing plural entity key → the keys of the specific entities it stands for (only plurals that have some)."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for mention, key in resolved.mentions:
        mentions[key].append(mention)
    parties: dict[str, set[str]] = defaultdict(set)
    dated: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.predicate == "partyTo":
            parties[fact.object].add(fact.subject)
        for when in (fact.date, fact.start_date):
            if when and not when.startswith("--"):
                dated[fact.object].add(when)
                dated[fact.subject].add(when)
    kinds = {key: entity.type for key, entity in resolved.entities.items()}
    members: dict[str, tuple[str, ...]] = {}
    for key, own in mentions.items():
        if kinds.get(key) not in FOLDED_TYPES or not all(
                _is_plural_description(doc, m) and _is_summing(doc, m) for m in own):
            continue
        if len(parties[key]) < 2:
            continue
        sentences = {doc[m.head].sent.start for m in own}
        fields = _fields(doc, own)
        found = []
        for other, theirs in mentions.items():
            if other == key or kinds.get(other) != kinds[key] or parties[other] != parties[key]:
                continue
            if all(_is_plural_description(doc, m) for m in theirs):
                continue
            if sentences & {doc[m.head].sent.start for m in theirs}:
                continue
            their_fields = _fields(doc, theirs)
            if fields and their_fields and not fields & their_fields:
                continue
            if not _dates_agree(dated[key], dated[other]):
                continue
            found.append(other)
        if found:
            members[key] = tuple(found)
    return members


def _is_plural_description(doc: Doc, mention: Mention) -> bool:
    """'security agreements', 'the accords': a common-noun plural, not a name ('the Abraham Accords')."""
    span = doc[mention.start:mention.end]
    return mention.kind == "description" and doc[mention.head].tag_ == "NNS" \
        and not any(t.pos_ == "PROPN" for t in span)


def _is_summing(doc: Doc, mention: Mention) -> bool:
    """A plural that can sum up what the text names: not one set apart ('other agreements', 'new deals')."""
    contrastive = lexicons.contrastive_modifiers()
    head = doc[mention.head]
    words = [t for t in doc[mention.start:mention.end]] + [c for c in head.children if c.dep_ in {"amod", "det"}]
    return not any(t.lower_ in contrastive for t in words)


def _fields(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The fields ('military', 'economic') the words of these mentions put an agreement in."""
    domains = lexicons.domains()
    return {domains[w] for m in mentions for t in doc[m.start:m.end]
            for w in (t.lower_, t.lemma_.lower()) if w in domains}


def _dates_agree(ours: set[str], theirs: set[str]) -> bool:
    """Undated on either side, or some date of one is a prefix of some date of the other ('2021' and '2021-11')."""
    if not ours or not theirs:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in ours for b in theirs)
