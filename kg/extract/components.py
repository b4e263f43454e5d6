"""Faster equivalents of two spaCy components, built from the loaded ones and giving the same token attributes:
`TableAttributeRuler` for the attribute ruler (its one-token patterns as dict look-ups), `MemoLemmatizer` for the
rule or lookup lemmatiser (each distinct form, POS and morphology asked once). `extractor.pipeline_of` puts them
in place of spaCy's (`use_table_attribute_ruler`, `use_memo_lemmatizer`); benchmarks/equivalents.py measures them.
"""
from __future__ import annotations

import itertools

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["TableAttributeRuler", "MemoLemmatizer", "use_table_attribute_ruler", "use_memo_lemmatizer"]


# ---- the attribute ruler's patterns as tables (same outputs, a fraction of the Matcher's time) -------------------

_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"})
_WRITABLE = frozenset({"LEMMA", "NORM", "POS", "TAG", "MORPH", "DEP"})  # what Doc.from_array sets as the ruler does
_CACHED_TOKENS = 30_000  # distinct token values whose patterns are remembered (~7 MB; 20,715 in the bulk articles)


def _token_test(spec: dict, strings) -> dict[int, tuple[str, frozenset[int]]] | None:
    """A one-token Matcher spec as {attribute id: ("IN" or "NOT_IN", values)}, equalities as IN of one value; None
    if it has anything else (REGEX, OP, comparisons, extensions ...), which is left to a Matcher."""
    from spacy.attrs import IDS

    test: dict[int, tuple[str, frozenset[int]]] = {}
    for name, value in spec.items():
        name = "ORTH" if name.upper() == "TEXT" else name.upper()
        if name in _STRING_ATTRS:
            if isinstance(value, str):
                test[IDS[name]] = ("IN", frozenset({strings.add(value)}))
            elif (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN")
                  and all(isinstance(v, str) for v in next(iter(value.values())))):
                (op, values), = value.items()
                test[IDS[name]] = (op, frozenset(strings.add(v) for v in values))
            else:
                return None
        elif name.startswith("IS_") and name in IDS and IDS[name] < 64 and isinstance(value, bool):
            test[IDS[name]] = ("IN", frozenset({int(value)}))  # a lexeme flag: 0 or 1
        else:
            return None
    return test or None


class TableAttributeRuler:
    """spaCy's AttributeRuler with the patterns of a loaded one, applied without its Matcher where it can be: a
    one-token pattern of plain values is a dict look-up by the token's values, one with NOT_IN a test made once
    per distinct token, the rest (several tokens, REGEX ...) a small Matcher. Every token gets the attributes of
    the patterns it matches, all matched before any is set and applied in pattern order (later ones override),
    as the ruler applies them; they are written with one Doc.from_array."""

    def __init__(self, vocab, name: str = "attribute_ruler") -> None:
        self.name = name
        self.vocab = vocab
        self.attrs: list[dict[int, int]] = []
        self.indices: list[int] = []
        self.matcher = None
        self._read: list[int] = []
        self._written: list[int] = []

    def load(self, ruler) -> "TableAttributeRuler":
        """Take the patterns of a loaded spaCy AttributeRuler."""
        import numpy
        from spacy.matcher import Matcher

        strings = self.vocab.strings
        self.attrs = [dict(attrs) for attrs in ruler.attrs]  # attribute id → value, as the ruler normalised them
        self.indices = list(ruler.indices)
        self.matcher = Matcher(self.vocab)
        self._residual: dict[int, int] = {}  # the Matcher's key → the pattern's number
        tables: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        checks: list[tuple[int, dict[int, tuple[str, frozenset[int]]]]] = []
        for number, index in enumerate(self.indices):
            rest = []
            for alternative in ruler.matcher.get(str(number))[1]:
                test = _token_test(alternative[0], strings) if len(alternative) == 1 and index in (0, -1) else None
                if test is None:
                    rest.append(alternative)
                elif any(op != "IN" for op, _ in test.values()):
                    checks.append((number, test))
                else:
                    shape = tuple(sorted(test))
                    for values in itertools.product(*(sorted(test[attr][1]) for attr in shape)):
                        tables.setdefault(shape, {}).setdefault(values, []).append(number)
            if rest:
                key = f"kg_attribute_ruler_{number}"
                self.matcher.add(key, rest)
                self._residual[strings[key]] = number
        self._read = sorted({attr for shape in tables for attr in shape}
                            | {attr for _, test in checks for attr in test})
        column = {attr: i for i, attr in enumerate(self._read)}
        self._tables = [(tuple(column[attr] for attr in shape), table) for shape, table in tables.items()]
        self._checks = [(number, [(column[attr], op == "IN", values) for attr, (op, values) in test.items()])
                        for number, test in checks]
        self._written = sorted({attr for attrs in self.attrs for attr in attrs})
        self._by_values: dict[tuple[int, ...], int] = {}  # a token's read values → the id of its patterns
        self._ids: dict[tuple[int, ...], int] = {(): 0}  # sorted pattern numbers → their id
        self._values = numpy.zeros((1, len(self._written)), dtype=numpy.uint64)  # per id, the values it sets
        self._sets = numpy.zeros((1, len(self._written)), dtype=bool)  # per id, which columns it sets
        return self

    @staticmethod
    def understood(ruler) -> bool:
        """Whether every pattern only sets attributes a Doc array sets the same way (no extensions, heads ...)."""
        from spacy.attrs import IDS

        writable = {IDS[name] for name in _WRITABLE}
        return all(isinstance(attr, int) and attr in writable for attrs in ruler.attrs for attr in attrs)

    def _patterns_of(self, values: tuple[int, ...]) -> tuple[int, ...]:
        """The numbers of the one-token patterns a token of these read values matches, in order."""
        found: set[int] = set()
        for columns, table in self._tables:
            found.update(table.get(tuple(values[c] for c in columns), ()))
        for number, test in self._checks:
            if all((values[c] in accepted) == inside for c, inside, accepted in test):
                found.add(number)
        return tuple(sorted(found))

    def _id_of(self, numbers: tuple[int, ...]) -> int:
        """The id of a set of matched patterns, their merged attributes added to the tables when new."""
        import numpy

        known = self._ids.get(numbers)
        if known is not None:
            return known
        row = numpy.zeros((1, len(self._written)), dtype=numpy.uint64)
        sets = numpy.zeros((1, len(self._written)), dtype=bool)
        for number in numbers:
            for attr, value in self.attrs[number].items():
                row[0, self._written.index(attr)] = value
                sets[0, self._written.index(attr)] = True
        self._values = numpy.concatenate([self._values, row])
        self._sets = numpy.concatenate([self._sets, sets])
        known = self._ids[numbers] = len(self._ids)
        return known

    def _residual_matches(self, doc: Doc) -> dict[int, list[int]]:
        """Token index → numbers of the Matcher's patterns that set it."""
        targets: dict[int, list[int]] = {}
        if self.matcher is None or not len(self.matcher):
            return targets
        for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
            number = self._residual[match_id]
            index = self.indices[number]
            target = (start if index >= 0 else end) + index
            if not start <= target < end:
                raise ValueError(f"attribute ruler pattern {number}: index {index} is outside its match")
            targets.setdefault(target, []).append(number)
        return targets

    def __call__(self, doc: Doc) -> Doc:
        """Set every matched token's attributes, as spaCy's AttributeRuler would."""
        import numpy

        if not len(doc) or not self._written:
            return doc
        residual = self._residual_matches(doc)
        by_values = self._by_values
        if len(by_values) > _CACHED_TOKENS:
            by_values.clear()
        rows = (map(tuple, doc.to_array(self._read).reshape(len(doc), len(self._read)).tolist()) if self._read
                else [()] * len(doc))
        chosen = []
        for i, values in enumerate(rows):
            found = by_values.get(values)
            if found is None:
                found = by_values[values] = self._id_of(self._patterns_of(values))
            if i in residual:
                matched = self._patterns_of(values) + tuple(residual[i])
                found = self._id_of(tuple(sorted(set(matched))))
            chosen.append(found)
        chosen = numpy.array(chosen, dtype=numpy.intp)
        now = doc.to_array(self._written).reshape(len(doc), len(self._written))
        doc.from_array(self._written, numpy.where(self._sets[chosen], self._values[chosen], now))
        return doc


@Language.factory("kg_table_attribute_ruler")
def make_table_attribute_ruler(nlp: Language, name: str) -> TableAttributeRuler:
    """An empty TableAttributeRuler; `use_table_attribute_ruler` fills it from the ruler it replaces."""
    return TableAttributeRuler(nlp.vocab, name)


def use_table_attribute_ruler(nlp: Language) -> Language:
    """Put a TableAttributeRuler with the same patterns in place of spaCy's attribute ruler (once), under the same
    name; a ruler setting what a Doc array cannot set the same way is kept."""
    from spacy.pipeline import AttributeRuler

    return _replace_components(nlp, "kg_table_attribute_ruler", lambda component: isinstance(
        component, AttributeRuler) and TableAttributeRuler.understood(component))


def _replace_components(nlp: Language, factory: str, replaceable) -> Language:
    """Put the factory's component, loaded from the one it replaces, in place of each component `replaceable`
    accepts: under the same name, and disabled if that one was."""
    for name, component in list(nlp.components):
        if replaceable(component):
            disabled = name in nlp.disabled
            nlp.replace_pipe(name, factory).load(component)
            if disabled:
                nlp.disable_pipe(name)
    return nlp


# ---- the lemmatiser's answers remembered per distinct token (same lemmas, each computed once) -----------------

_CACHED_LEMMAS = 30_000  # distinct (form, POS, morphology) remembered (~6 MB; 11,483 in the bulk articles)


class _IndexedList(list):
    """A list of strings whose `in` is a set look-up: spaCy's rule lemmatiser asks whether a form is in its lemma
    index, a list of ~57,000 words for nouns, scanned word by word at each question (~0.1 ms)."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._members


def _indexed_lookups(lemmatizer):
    """A copy of the lemmatiser's look-up tables whose lemma index lists answer `in` by a set (same answers)."""
    from spacy.lookups import Lookups, Table

    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            indexed = Table(name=name)
            for key, value in table.items():
                plain = isinstance(value, list) and all(isinstance(word, str) for word in value)
                indexed[key] = _IndexedList(value) if plain else value
            table = indexed
        lookups.set_table(name, table)
    return lookups


class MemoLemmatizer:
    """spaCy's rule or lookup lemmatiser, asked once per distinct (form, POS, morphology) of a token: its answer
    depends on nothing else, but spaCy's own cache keeps only some answers (never a base form's, which is most
    tokens) and makes a Token per word. It is asked through a copy whose lemma index answers `in` by a set.
    Tokens that already have a lemma keep it, as in spaCy's; `lookups` are the lemmatiser's own tables (kg's
    near-country component reads its lemma index)."""

    def __init__(self, vocab, name: str = "lemmatizer") -> None:
        self.name = name
        self.vocab = vocab
        self.lemmatizer = None
        self.lookups = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def load(self, lemmatizer) -> "MemoLemmatizer":
        """Ask this loaded spaCy lemmatiser (a copy of it with indexed tables; the original is left as it was)."""
        import copy

        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        asked = copy.copy(lemmatizer)
        asked.lookups, asked.cache = _indexed_lookups(lemmatizer), {}
        asked.lemmatize = getattr(asked, f"{lemmatizer.mode}_lemmatize")  # bound to the copy, not the original
        self.lemmatizer = asked
        self.lookups = lemmatizer.lookups  # its tables as they were, for components that read them
        return self

    @property
    def mode(self) -> str | None:
        """The mode of the lemmatiser asked ("rule", "lookup")."""
        return None if self.lemmatizer is None else self.lemmatizer.mode

    @staticmethod
    def understood(lemmatizer) -> bool:
        """Whether the lemmatiser's answer is a function of the token's form, POS and morphology alone: spaCy's
        own rule or lookup lemmatiser, or the English one (whose base-form test reads only POS and morphology)."""
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        return type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and lemmatizer.mode in ("rule", "lookup")

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token without one (of every token if the lemmatiser overwrites)."""
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        stock = self.lemmatizer
        if not len(doc):
            return doc
        lemmas, strings, overwrite = self._lemmas, self.vocab.strings, stock.overwrite
        if len(lemmas) > _CACHED_LEMMAS:
            lemmas.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        new = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = strings.add(stock.lemmatize(doc[i])[0])
                    if pos:  # spaCy warns of a token without POS each time: no memo for those
                        lemmas[key] = lemma
            new.append(lemma)
        doc.from_array([LEMMA], numpy.array(new, dtype=numpy.uint64))
        return doc


@Language.factory("kg_memo_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    """An empty MemoLemmatizer; `use_memo_lemmatizer` gives it the lemmatiser it replaces."""
    return MemoLemmatizer(nlp.vocab, name)


def use_memo_lemmatizer(nlp: Language) -> Language:
    """Put a MemoLemmatizer asking spaCy's lemmatiser in its place (once), under the same name."""
    return _replace_components(nlp, "kg_memo_lemmatizer", MemoLemmatizer.understood)
