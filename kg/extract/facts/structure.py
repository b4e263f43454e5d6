"""Structure: the programmes of broadcasters.

"X told Acme Radio's Morning Report programme", "interviewed on Acme TV's Nightline": a programme is named with the
broadcaster that owns it, and is part of it (data/programme_nouns.txt).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import lexicons
from kg.extract.entities import slug
from kg.extract.facts.arguments import refs
from kg.extract.facts.qualifiers import fact
from kg.extract.facts.reading import Reading
from kg.model import Fact

__all__ = ["programmes"]

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
        for whole in dict.fromkeys(wholes):
            made = fact(reading, key, "partOf", whole, at, "part:programme", 0.7)
            if made:
                yield made


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
