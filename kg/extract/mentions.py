"""Parsed doc → mentions: the spans that name or describe an actor, agreement, event or place.

Sources: spaCy's NER, an entity ruler fed by the country gazetteer and the organisations data file (so a
country mention carries its ISO code), and noun phrases headed by the nouns of `data/entity_nouns.tsv`
("the Israeli army", "a trade protocol", "the Egyptian government").
"""
from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Iterator

from spacy.attrs import LEMMA, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import datafiles
from kg.extract import gazetteer, lexicons
from kg.extract.names import known_first_name
from kg.extract.grammar import (
    COUNTRY_WORD_LABELS,
    DEFINITE_DETERMINERS,
    DETERMINERS,
    NER_ENTITY_TYPES,
    NOMINAL_POS,
    PARTY_NOUN,
    PLURAL_NOUN_TAGS,
    POSITION_PREPOSITIONS,
    QUANTIFYING_ADJECTIVES,
    YEAR,
)
from kg.model import Mention

RULER_NAME = "kg_gazetteer"
# The NER label the ruler gives each kind of gazetteer form: a country's name or capital is a GPE, a demonym NORP.
RULER_LABELS = {"name": "GPE", "capital": "GPE", "demonym": "NORP"}


@functools.cache
def ruler_patterns() -> list[dict]:
    """Entity-ruler phrase patterns (matched on exact text, tokenised by the pipeline itself): country names,
    demonyms and capitals with the ISO code as id, and organisations."""
    patterns = []
    for form, (iso3, kind) in gazetteer.surface_forms().items():
        label = RULER_LABELS[kind]
        patterns.append({"label": label, "pattern": form, "id": f"{kind}:{iso3}"})
    for org in lexicons.organisations():
        for form in {org.name, org.acronym, *org.aliases} - {""}:
            patterns.append({"label": "ORG", "pattern": form, "id": f"org:{org.name}"})
    return patterns


def add_entity_ruler(nlp: Language) -> Language:
    """Add the gazetteer ruler after spaCy's NER (once): it labels countries and organisations NER missed."""
    if RULER_NAME not in nlp.pipe_names:
        # After NER and without overwriting: a country word inside a longer name ("National Iranian Oil
        # Company") must not split that name; the ruler fills in what NER missed.
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, after="ner" if "ner" in nlp.pipe_names else None,
                             config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": False})
        ruler.add_patterns(ruler_patterns())
    if NEAR_COUNTRIES_NAME not in nlp.pipe_names:
        nlp.add_pipe("kg_near_countries", name=NEAR_COUNTRIES_NAME, after=RULER_NAME)
    return nlp


NEAR_COUNTRIES_NAME = "kg_near_countries"
NEAR_COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})  # labels NER gives a misspelt country word


@Language.factory(NEAR_COUNTRIES_NAME)
def near_countries(nlp: Language, name: str):
    """A misspelt country word ("Ethopia", "Quatar's emir") becomes the country's entity, as the ruler labels a
    well-spelt one; words of English (spaCy's lemma index: "Inland", "Korean") and people's names ("Mr Cameron",
    a word of a PERSON entity anywhere in the text) are left alone."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
    tables = getattr(lemmatizer, "lookups", None)
    index = tables.get_table("lemma_index") if tables is not None and tables.has_table("lemma_index") else {}
    english = frozenset(word for words in index.values() for word in words)

    def relabel(doc: Doc) -> Doc:
        ents, changed, people = list(doc.ents), False, None
        for token in doc:
            if not token.is_title or len(token) < gazetteer.NEAR_MIN_LENGTH or token.lower_ in english \
                    or token.ent_iob_ == "I" or (token.i and doc[token.i - 1].lower_ in lexicons.honorifics()) \
                    or (token.ent_iob_ == "B" and (token.ent_type_ not in NEAR_COUNTRY_LABELS or token.ent_id_
                                                   or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"))):
                continue
            hit = gazetteer.near_country(token.text)
            if hit is not None and people is None:
                people = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
            if hit is None or token.text in people:
                continue
            iso3, kind = hit
            span = Span(doc, token.i, token.i + 1, label=RULER_LABELS[kind], span_id=f"{kind}:{iso3}")
            ents = [e for e in ents if not (e.start <= token.i < e.end)] + [span]
            changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    return relabel


@functools.cache
def _organisation_ids() -> dict[str, str]:
    return {form: f"org:{org.name}" for form, org in lexicons.organisation_index().items()}


def _gazetteer_id(text: str, label: str) -> str:
    """The ruler's id for a span NER labelled itself ("Morocco" GPE → "name:MAR"), or ''."""
    hit = gazetteer.surface_forms().get(text)
    if hit:
        return f"{hit[1]}:{hit[0]}"  # whatever NER called it ("Rabat" PERSON, "Ugandan" ORG), the span is the form
    if label == "ORG":
        return _organisation_ids().get(text, "")
    return _known_organisation(text)


CITY_NOUNS = frozenset({"capital", "city", "town"})  # nouns a city's name is given as: "the Peruvian capital Lima"


def _placed_in_country(span: Span) -> bool:
    """'Kabul in Afghanistan', 'Westminster Hall, London': a name the text places in a country, or that places a
    named building or site, is a city, whatever it stands for elsewhere."""
    doc = span.doc
    after = span.end + 1 + (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "the")
    if span.end < len(doc) and doc[span.end].lower_ == "in":
        forms = gazetteer.surface_forms()
        if any(forms.get(doc[after:after + size].text, ("", ""))[1] == "name" for size in (1, 2, 3)
               if after + size <= len(doc)):
            return True
    root = span.root
    return root.dep_ == "appos" and root.head.i < root.i and root.head.ent_type_ in {"FAC", "LOC", "GPE"} \
        and root.head.text not in gazetteer.surface_forms()


def _named_as_city(span: Span) -> bool:
    """'the Peruvian capital Lima', 'the capital, Lima', 'Lima and Cusco in Peru': a name given as what a
    city noun (CITY_NOUNS) names, or listed with a name the text places in a country, is the city."""
    doc, root = span.doc, span.root
    if root.dep_ in {"appos", "compound"} and root.head.lemma_.lower() in CITY_NOUNS and root.head.i < root.i:
        return True
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lemma_.lower() in CITY_NOUNS and before.pos_ == "NOUN":
        return True
    return any(_placed_in_country(doc[c.left_edge.i:c.i + 1]) for c in root.children if c.dep_ == "conj"
               and c.pos_ == "PROPN")


def _known_organisation(text: str) -> str:
    """The organisations table's id of a name NER took for a place or a person ("G7 backs ...": GPE), else ''."""
    return _organisation_ids().get(text, "") if text[:1].isupper() else ""


def _with_name_words(span: Span) -> Span:
    """NER may drop capitalised words that belong to a name ("the Liberal Democrat's" gives "Democrat"):
    capitalised modifiers of the name, no entity or title word of their own, are put back."""
    if span.label_ not in {"NORP", "ORG"}:
        return span
    doc = span.doc
    title_words = _title_words()
    honorifics = lexicons.honorifics()
    start = span.start
    while start > 0:
        t = doc[start - 1]
        if not t.is_title or (t.ent_type_ and not _day_name_word(t)) or t.lower_ in honorifics or t.lower_ in title_words \
                or t.dep_ not in {"compound", "amod"} or not (span.start <= t.head.i < span.end or (
                    _day_name_word(t) and t.head.i == doc[span.end - 1].head.i and doc[span.end - 1].dep_ == "compound")) \
                or t.lower_ in QUANTIFYING_ADJECTIVES:  # ("Most Gibraltarians" opening a sentence: counted)
            break
        start -= 1
    return doc[start:span.end] if start < span.start else span


DAY_NAMES = frozenset(d.lower() for d in calendar.day_name)  # English weekday names (Python's calendar module)


def _day_name_word(token: Token) -> bool:
    """'Sunday Courier', 'Monday Review': a weekday NER took alone for a date, written inside a name."""
    return token.ent_type_ == "DATE" and token.ent_iob_ == "B" and token.lower_ in DAY_NAMES \
        and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def _hyphenated_countries(span: Span) -> list[Mention]:
    """'Turkish-Austrian', 'US-Russian': a name NER made of country forms joined by hyphens is one mention of
    each country; [] for any other span. A leading "the" is no part of it ("The Chile-Peru deal" opening a sentence)."""
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    words = [t for t in span if t.text != "-"]
    if len(words) < 2 or len(words) * 2 - 1 != len(span) or any(t.text != "-" for t in list(span)[1::2]):
        return []
    forms = gazetteer.surface_forms()
    hits = [forms.get(t.text) for t in words]
    if not all(hit and hit[1] in {"name", "demonym"} for hit in hits):
        return []
    return [Mention(t.i, t.i + 1, t.text, "Country", "country", iso3=hit[0], head=t.i) for t, hit in zip(words, hits)]


def _names_country(doc: Doc, iso3: str) -> bool:
    """Whether the text names a country by its name or demonym: a capital inside an organisation's name gives the
    body its state only then ("the London Assembly" in a text about Britain; not "the Lisbon Council", a body
    named after the city where it met, in a text that never speaks of Portugal)."""
    forms = gazetteer.surface_forms()
    return any(forms.get(text, ("", ""))[0] == iso3 and forms[text][1] in {"name", "demonym"}
               for text in [*(e.text for e in doc.ents), *(t.text for t in doc if t.pos_ in {"PROPN", "ADJ"})])


def _seated_organisation(doc: Doc, city: str) -> str | None:
    """The one organisation seated in a city (data/organisation_seats.tsv) that the document names, else None."""
    seated = lexicons.organisation_seats().get(city, ())
    named = [org.name for org in seated if any(e.text in org.names for e in doc.ents)]
    return named[0] if len(named) == 1 else None


def _without_leading_posts(span: Span) -> Span:
    """'Lawyer Ana Ruiz', 'Tory John Doe', 'MEP Jane Roe': NER may run a post or a party label into the
    name after it; they are dropped from the front while two words of the name remain (not 'Prince Philip')."""
    doc = span.doc
    start = span.start
    parties = lexicons.political_parties()
    while span.end - start > 2 and (doc[start].is_title or doc[start].is_upper) and (
            doc[start].lower_ in lexicons.titles() or doc[start].text in parties):
        start += 1
    return doc[start:span.end] if start > span.start else span


def _ends_in_post_abbreviation(span: Span) -> bool:
    """'SNP MEP', 'Labour MP', 'MEP': NER may run a post written as a capitalised abbreviation (a title of
    data/titles.tsv in capitals) into the name of the body before it, or take it alone for a body."""
    last = span[-1]
    return last.is_upper and len(last.text) > 1 and last.lower_ in lexicons.titles() \
        and span.text not in lexicons.organisation_index()


def _with_place_tail(span: Span) -> Span:
    """NER may end a body's name before the place it is for ("the UN Economic Commission | for Latin America",
    "the Commission for | Africa"): a capitalised organisation name followed by "for" or "of" and a place or
    country name, and nothing capitalised after it, is one name."""
    doc = span.doc
    if span.label_ != "ORG" or span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"for", "of"} \
            or not span[-1].is_title or span.text in lexicons.organisation_index():
        return span
    place = next((e for e in doc.ents if e.start == span.end + 1), None)
    if place is None or place.label_ not in {"LOC", "GPE"} or len(place) > 3 \
            or (place.end < len(doc) and doc[place.end].is_title and not doc[place.end].is_sent_start):
        return span
    return doc[span.start:place.end]


@functools.cache
def _title_words() -> frozenset[str]:
    """Every word of a post title or its modifiers ("deputy", "prime", "minister"): never part of a name."""
    return frozenset(w for title in [*lexicons.titles(), *lexicons.title_modifiers()] for w in title.lower().split())


PORTFOLIO_WORDS = frozenset({"affairs"})  # "Home Affairs", "Constitutional Affairs": a field of government


def _portfolio(doc: Doc, span: Span) -> bool:
    """'Home Affairs spokesman', 'Rural Affairs Minister': a name of a field of government ("... Affairs") with
    no body word ("Department of", "Ministry for", "Committee"), right before a post title, is the post's
    portfolio, not an organisation."""
    after = doc[span.end] if span.end < len(doc) else None
    return len(span) > 1 and span[-1].lower_ in PORTFOLIO_WORDS and after is not None \
        and after.lower_ in _title_words() and not any(t.lower_ in {"of", "for", "&"} for t in span)


def _constituency(span: Span) -> bool:
    """'the MP for X', 'Labour member for X': the name an elected representative sits for
    (data/representative_nouns.txt) is a constituency."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i != root.head.i \
        and root.head.head.lower_ in lexicons.representative_nouns()


def _holds_posts(span: Span) -> bool:
    """'the Liberal Democrats' spokesman', 'Republicans leader': a group named by a noun that has posts is an
    organised body (a party), not a people."""
    root = span.root
    if root.pos_ not in NOMINAL_POS:
        return False  # "Kurdish leader": an adjective names a people, not a body
    if root.dep_ not in {"poss", "compound", "amod"} or root.head.pos_ not in NOMINAL_POS:
        return False
    holder = root.head
    words = [t.lower_ for t in holder.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.i > root.i] + [holder.lower_]
    titles = lexicons.titles()
    return any(" ".join(words[i:]) in titles for i in range(len(words)))


def _strip(span: Span) -> Span:
    """Drop leading determiners, honorifics, possessive endings and a closing bracket (an acronym) from a span."""
    start, end = span.start, span.end
    doc = span.doc
    leading = _leading_words()
    while start < end - 1 and doc[start].lower_ in leading:
        start += 1
    opened = [t.i for t in doc[start:end] if t.text == "("] if "(" in span.text else []  # (no Token made)
    if opened and opened[-1] > start:
        end = opened[-1]  # "Avions de Transport Regional (ATR)": the acronym after the name is read apart
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


@functools.cache
def _leading_words() -> frozenset[str]:
    """Determiners and honorifics: words a mention drops from its front ("the", "Mr")."""
    return DETERMINERS | frozenset(lexicons.honorifics())


def _whole_name(token: Token) -> str:
    """The name a modifier ends ("South Korean" for "Korean", "Latin American" for "American"), else its text."""
    for t in token.subtree:
        if t.i < token.i and t.ent_iob_ == "B" and token.ent_iob_ == "I" and t.ent_type_ == token.ent_type_:
            return token.doc[t.i:token.i + 1].text
    return token.text


def _country_of(token: Token) -> str | None:
    """The ISO code of a demonym or country name modifying `token` ("Israeli army", "Morocco's ministry")."""
    forms = gazetteer.surface_forms()
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i < token.i:
            name = _whole_name(child)
            if name != child.text:  # "South Korean troops"; but "Latin American students" are not American
                if name in forms:
                    return forms[name][0]
                continue
            source, _, value = (child.ent_id_ or "").partition(":")
            if source in RULER_LABELS:
                return value  # a gazetteer form, not "org:...": "Opec's biggest producer" names no country
            hit = forms.get(child.text)
            if hit:
                return hit[0]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                hit = forms.get(obj.text)
                if hit and hit[1] == "name":
                    return hit[0]
    return None


def _is_country_word(token: Token) -> bool:
    """Whether a token is a country's name or demonym of the gazetteer, whatever label NER gave it ("Ugandan"
    tagged ORG in "five hundred Ugandan rebels")."""
    hit = gazetteer.surface_forms().get(token.text)
    return hit is not None and hit[1] in {"name", "demonym"}


def _leading_country(doc: Doc, span: Span) -> Mention | None:
    """NER sometimes runs a country into the name after it ("Before Peru Ana Ruiz had..."): when the rest
    of the span is a person's name that NER found elsewhere in the document, the country is split off."""
    forms = gazetteer.surface_forms()
    for size in (1, 2, 3):
        if len(span) - size < 2:
            break  # two words of a name must remain (most spans are shorter: nothing made for them)
        head = doc[span.start:span.start + size]
        hit = forms.get(head.text)
        if hit and hit[1] in {"name", "capital"}:
            rest = doc[span.start + size:span.end].text
            if any(e.label_ == "PERSON" and e.text.startswith(rest) for e in doc.ents):
                return Mention(head.start, head.end, head.text, "Country", "country", iso3=hit[0], head=head.root.i)
    return None


@functools.cache
def _thing_nouns() -> dict[str, tuple[str, str]]:
    """The entity nouns, and every noun of a gathering or occasion (data/event_kinds.tsv) as an Event thing."""
    nouns = dict(lexicons.entity_nouns())
    for noun in lexicons.event_nouns():
        nouns.setdefault(noun, ("Event", "thing"))
    return nouns


def _venue_words(head: Token) -> str:
    """' in New Delhi', ' with Russia and Saudi Arabia': the named place an event noun phrase puts the event in,
    else the named parties it is held with or between, which tell generic events ("talks", "the summit") apart
    in their label and keep two of them apart; '' when there is none."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in POSITION_PREPOSITIONS & {"in", "at"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in {"GPE", "LOC", "FAC"} and pobj.ent_iob_ in {"B", "I"}:
                    ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
                    if ent is not None and len(ent) <= 4:
                        return f" {child.lower_} {_strip(ent).text}"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "between"}:
            words = list(child.subtree)
            while words and (words[-1].is_punct or words[-1].is_space):
                words.pop()  # "talks with Mr Doe, Mr Haddad said": not the comma
            if len(words) <= 8 and any(t.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"} for t in words):
                return " " + doc[words[0].i:words[-1].i + 1].text
    return ""


def _noun_lemma(token: Token, nouns: dict) -> str | None:
    """The entity noun a name ends in, also as a plural proper noun, which spaCy does not lemmatise ("Accords")."""
    for form in (token.lemma_.lower(), token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else ""):
        if form in nouns:
            return form
    return None


def _epithet_country(span: Span) -> str | None:
    """The country a name stands for as its government's seat (data/country_epithets.tsv: "Downing Street",
    "the Kremlin"), written with or without its article."""
    epithets = lexicons.country_epithets()
    text = span.text.lower()
    return epithets.get(text) or epithets.get("the " + text)


def _possessive_split(doc: Doc) -> list[Span]:
    """The NER spans, each name owning another cut in two at the possessive: NER may run "Mr Roe's International
    Finance Facility" into one name. Only where the owner is a person's or state's name (an honorific leads it, or
    the text names it alone elsewhere), so that "McDonald's Corp" stays whole."""
    honorifics = lexicons.honorifics()
    alone = {e.text for e in doc.ents if e.label_ in {"PERSON", "GPE"}}
    spans: list[Span] = []
    for ent in doc.ents:
        cut = next((t.i for t in ent if t.tag_ == "POS" and ent.start < t.i < ent.end - 1
                    and doc[t.i + 1].is_title), None)
        owner = doc[ent.start:cut] if cut is not None else None
        if owner is None or not (owner[0].lower_ in honorifics or owner.text in alone):
            spans.append(ent)
            continue
        spans += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]
    return spans


MISFILED_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "FAC"})  # labels the small model gives many bodies' names
NAME_JOINERS = frozenset({"of", "for", "and"})  # lowercase words inside a body's name ("Society of Authors")


def _misfiled_names(spans: list[Span]) -> list[Span]:
    """The NER spans, each span tagged a work of art, a product or a facility that `_misfiled_organisation` reads
    as an organisation's name relabelled ORG: the small model may tag "The Royal Society" a work of art."""
    return [_misfiled_organisation(span) or span if span.label_ in MISFILED_LABELS
            else _day_title(span) if span.label_ == "DATE"
            else _day_titled(_without_leading_descriptor(_without_leading_clause_word(span))) for span in spans]


def _day_title(span: Span) -> Span:
    """'the Sunday Courier reported': a weekday NER took for a date, after "the" and modifying capitalised words
    NER left unnamed right after it (or they on it), opens a title named after the day: an ORG span of the day and
    those words."""
    doc = span.doc
    if len(span) != 1 or not _day_name_word(span[0]) or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return span
    end = span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    if end == span.end or not (span.end <= span[0].head.i < end or doc[span.end:end].root.head.i == span.start):
        return span
    return Span(doc, span.start, end, label="ORG")


def _day_titled(span: Span) -> Span:
    """'the Sunday Courier said': a person's name right after "the" and a weekday NER took alone for a date, the
    one hanging on the other, is a title named after the day (a newspaper, a programme): an ORG span from the day."""
    doc = span.doc
    if span.label_ != "PERSON" or span.start < 2 or not _day_name_word(doc[span.start - 1]) \
            or doc[span.start - 2].lower_ != "the" or not (span.start <= doc[span.start - 1].head.i < span.end
                                                          or span.root.head.i == span.start - 1):
        return span
    return Span(doc, span.start - 1, span.end, label="ORG")


def _without_leading_descriptor(span: Span) -> Span:
    """'Analysts Kovex Research said': an ORG or PERSON span opening with a common noun of a trade or a kind of body
    (data/organisation_descriptors.txt, the last words of data/titles.tsv) before a proper noun, cut to the name;
    the small model runs such a capitalised sentence-initial noun into the name ("Watchdog Kovex" as a person's).
    The name after the noun is then typed by `_after_body_noun`."""
    if span.label_ not in {"ORG", "PERSON"} or len(span) < 2 or span[1].pos_ != "PROPN" \
            or not (span[1].is_title or span[1].is_upper):
        return span
    lemma, descriptors = span[0].lemma_.lower(), lexicons.organisation_descriptors()
    if span[0].tag_ in {"NN", "NNS"}:
        if lemma not in descriptors and lemma not in _post_heads():
            return span
    elif not (span.label_ == "PERSON" and span[0].is_sent_start and span[0].lower_ in descriptors):
        return span  # (a capitalised descriptor opening a sentence opens no person's name: "Regulator Kovex");
        # an organisation's name may open with one ("Union Kovex")
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


def _without_leading_clause_word(span: Span) -> Span:
    """'Comparing the Kovex Group': an ORG span that opens a sentence with a verb, preposition or adverb ("Like",
    "Following") the small model ran into the name, cut to its first proper noun."""
    if span.label_ != "ORG" or not span[0].is_sent_start or span[0].pos_ not in {"VERB", "ADP", "SCONJ", "ADV"}:
        return span
    start = _first_proper_noun(span)
    return span if start is None else Span(span.doc, start, span.end, label=span.label_)


def _first_proper_noun(span: Span) -> int | None:
    """The index of a span's first capitalised proper noun, where a name inside it begins; None without one."""
    return next((t.i for t in span if t.pos_ == "PROPN" and (t.is_title or t.is_upper)), None)


@functools.cache
def _organisation_heads() -> frozenset[str]:
    """Nouns ending an organisation's name: data/organisation_heads.txt, organisation_descriptors.txt and the
    nouns of entity_nouns.tsv typing an Organization."""
    bodies = {noun for noun, (etype, _) in lexicons.entity_nouns().items() if etype == "Organization"}
    return lexicons.organisation_heads() | lexicons.organisation_descriptors() | bodies


def _misfiled_organisation(span: Span) -> Span | None:
    """'The Royal Society', 'Comparing the Green Party's': the capitalised words of a span from its first proper
    noun (a trailing possessive cut) as an ORG span, when they end in a noun of `_organisation_heads` or are a
    party's label (data/political_parties.tsv); else None. Not a titled person's ("Like Mr Roe")."""
    doc = span.doc
    start = _first_proper_noun(span)
    end = span.end - 1 if span.end - 1 > span.start and doc[span.end - 1].tag_ == "POS" else span.end
    if start is None or start >= end or doc[start].lower_ in lexicons.honorifics():
        return None
    words, last = doc[start:end], doc[end - 1]
    if not all(t.is_title or t.is_upper or t.tag_ == "POS" or t.text == "-"
               or (t.lower_ in NAME_JOINERS and start < t.i < end - 1) for t in words[:-1]):
        return None
    if not (last.is_title or last.is_upper or last.lemma_.lower() in _organisation_heads()):
        return None
    if last.lemma_.lower() not in _organisation_heads() and words.text not in lexicons.political_parties():
        return None
    return Span(doc, start, end, label="ORG")


RUN_JOINERS = frozenset({"of", "on", "for", "against", "the", "&"})  # lowercase words inside a body's name
RUN_OPENING_POS = frozenset({"PROPN", "NOUN"})  # a sentence's first word opens a name only as a noun ("Union of ...")
MAX_RUN = 8  # words of the longest name read from a run of capitalised words
RUN_PART_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"})  # NER's pieces of a name


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words and inner joiners (RUN_JOINERS, a possessive ending) from `start`,
    ending in a capitalised word: "Save the Kovex Regiments", "Transport & General Workers' Union"; `start` when
    the token there opens none."""
    end, i = start, start
    while i < len(doc) and i - start < MAX_RUN:
        t = doc[i]
        if (t.is_title or t.is_upper) and t.is_alpha and (i == start or not t.is_sent_start):
            end = i = i + 1
        elif i > start and (t.lower_ in RUN_JOINERS or t.tag_ == "POS"):
            i += 1
        else:
            break
    return end


def _organisation_run(doc: Doc, start: int, end: int) -> bool:
    """Whether a run of capitalised words with a joiner inside names an organisation: its first or last word is a
    noun ending or opening a body's name (`_organisation_heads`: "Save the Kovex Regiments", "Council for Kovex
    Reform"), it owns a named person ("Vote on Kovex's Ann Roe said"), or it is listed with a named organisation."""
    heads, first = _organisation_heads(), doc[start]
    if _noun_lemma(first, heads) and first.tag_ in PLURAL_NOUN_TAGS:
        return False  # "Unions for Kovex Bank staff": bodies of a kind, no name
    if _noun_lemma(doc[end - 1], heads) or (_noun_lemma(first, heads) and not (
            first.ent_iob_ == "B" and doc[start + 1].ent_iob_ != "I")):
        return True  # (not "Parliament for Kovton", a body NER named alone before another name)
    if end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].ent_type_ == "PERSON":
        return True
    return any(t.ent_type_ == "ORG" and not start <= t.i < end for t in doc[start:end].root.conjuncts)


def _run_opens_with_post(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of a run before its first joiner hold a post or an honorific (data/titles.tsv,
    honorifics.tsv, peerage_titles.txt: "Deputy Leader of the Kovex Party", "Lord Roe of Kovton"): the run names a
    person or a post."""
    first = next(t.i for t in doc[start + 1:end] if t.lower_ in RUN_JOINERS or t.tag_ == "POS")
    words = [t.lemma_.lower() if t.tag_ in PLURAL_NOUN_TAGS else t.lower_ for t in doc[start:first]]
    titles, honorifics = lexicons.titles(), lexicons.honorifics()
    return any(w in honorifics or w in lexicons.peerage_titles() for w in words) \
        or any(" ".join(words[k:]) in titles for k in range(len(words)))


def _joined_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The NER spans, with the organisation names NER cut at a lowercase joiner or missed ("the Save the Kovex
    Regiments said", "Council for Kovex Reform") as ORG spans, replacing NER's pieces of them; a name found so once
    is the name at each of its places in the text. A run that opens with a post or honorific ("Secretary of State
    for X", "Lord Roe of Kovton"), holds a person's name, or that NER named whole is left alone."""
    covered = {i: e for e in spans for i in range(e.start, e.end)}
    accepted: set[str] = set()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        start = i + 1 if doc[i].lower_ == "the" and doc[i].is_title else i
        end = _capitalised_run(doc, start)
        owner = next((t.i for t in doc[start:end] if t.tag_ == "POS" and t.i - 1 in covered
                      and covered[t.i - 1].start >= start), None)
        start = start if owner is None else owner + 1  # "the UK's Department for Kovex": a name after its owner's
        joiners = {t.lower_ for t in doc[start + 1:end - 1] if t.lower_ in RUN_JOINERS}
        if end - start < 3 or not joiners or (joiners == {"the"} and doc[start + 1].lower_ != "the"):
            i = max(end, i + 1)
            continue  # ("Save the Kovex Regiments": an article alone joins a verb to the words it governs)
        runs.append((start, end))
        words = doc[start:end]
        inside = {id(covered[j]): covered[j] for j in range(start, end) if j in covered}.values()
        if not _run_opens_with_post(doc, start, end) \
                and all(e.start >= start and e.end <= end and e.label_ in RUN_PART_LABELS for e in inside) \
                and not any(e.start == start and e.end == end for e in inside) \
                and (not words[0].is_sent_start or words[0].pos_ in RUN_OPENING_POS) \
                and _organisation_run(doc, start, end):
            accepted.add(words.text)
        i = end
    found = [(a, b) for a, b in runs if doc[a:b].text in accepted]
    if not found:
        return spans
    taken = {j for a, b in found for j in range(a, b)}
    kept = [e for e in spans if not any(j in taken for j in range(e.start, e.end))]
    return sorted(kept + [Span(doc, a, b, label="ORG") for a, b in found], key=lambda e: e.start)


def _affiliation_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The NER spans, with the names after a person's full name and "of" ("Ann Roe of Kovex Foods and Norvik
    Trading said") read as organisations' where NER left them unnamed or took them for a person's: a person is "of"
    the body they speak for. Several names listed there are each a name; two single words joined by "and" are one
    ("of Roe and Lowther", a firm). Not after a peer's style ("Lord Roe of Kovton"), nor a known place or country."""
    people = [e for e in spans if e.label_ == "PERSON" and len(e) >= 2 and e.end + 1 < len(doc)
              and doc[e.end].lower_ == "of" and not (e.start and doc[e.start - 1].lower_ in lexicons.honorifics())
              and e[0].lower_ not in lexicons.peerage_titles()]
    if not people:
        return spans
    at = {i: e for e in spans for i in range(e.start, e.end)}
    places, forms = gazetteer.place_countries(), gazetteer.surface_forms()
    added: list[Span] = []
    for person in people:
        start = person.end + 1 + (doc[person.end + 1].lower_ == "the")
        end = start
        while end < len(doc) and end - start < MAX_RUN and (
                doc[end].is_title or doc[end].is_upper or doc[end].text == "&" or (
                    doc[end].lower_ in {"and", ","} and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        parts, begin = [], start
        for i in [*(t.i for t in doc[start:end] if t.lower_ in {"and", ","}), end]:
            parts.append((begin, i))
            begin = i + 1
        if len(parts) == 2 and all(b - a == 1 for a, b in parts) and doc[parts[0][1]].lower_ == "and":
            parts = [(start, end)]  # "of Roe and Lowther": one firm
        for a, b in parts:
            ent, inside = at.get(a), {at[i] for i in range(a, b) if i in at}
            if b <= a or doc[a:b].text in places or doc[a:b].text in forms:
                continue
            if (a == start and ent is not None and ent.start == a and ent.end == b and ent.label_ == "PERSON") \
                    or (b - a >= 2 and all(e.label_ == "ORG" and a <= e.start and e.end <= b for e in inside)
                        and not (a > start and known_first_name(doc[a].text))):
                added.append(Span(doc, a, b, label="ORG"))  # (a person listed later is a person: "... and Ann Roe")
    if not added:
        return spans
    taken = {i for s in added for i in range(s.start, s.end)}
    return sorted([e for e in spans if not any(i in taken for i in range(e.start, e.end))] + added,
                  key=lambda e: e.start)


ABSTRACT_SUFFIXES = ("ness", "ism")  # English suffixes making an abstract noun of an adjective


def _nationality_abstraction(span: Span) -> bool:
    """'Britishness', 'Americanism': one word made of a nationality and an abstract-noun suffix names a quality,
    not a person or a body, whatever NER labelled it."""
    if len(span) != 1:
        return False
    word = span.text
    return any(word.endswith(suffix) and gazetteer.surface_forms().get(word[:-len(suffix)], ("", ""))[1] == "demonym"
               for suffix in ABSTRACT_SUFFIXES)


def _named_mentions(doc: Doc) -> list[Mention]:
    nouns = _thing_nouns()
    found = []
    honorifics = lexicons.honorifics()
    spans = _honorific_split(_comma_split(_dash_split(_conjoined_split(_misfiled_names(_possessive_split(doc))))))
    for ent in _affiliation_names(doc, _joined_names(doc, spans)):
        if ent.label_ not in NER_ENTITY_TYPES:
            continue
        if _post_before_name(ent):
            continue
        parts = _hyphenated_countries(ent)
        if parts:
            found += parts  # "Turkish-Austrian consortium": two countries, not one people
            continue
        if _nationality_abstraction(ent):
            continue
        span = _strip(_with_name_words(_with_place_tail(ent)))
        if ent.label_ == "PERSON":
            span = _without_leading_posts(span)
        if ent.label_ == "ORG" and _ends_in_post_abbreviation(span):
            if len(span) == 1:
                continue  # "the MEP": a post, no body
            span = span[:-1]  # "SNP MEP": the party the post is in
        kind, iso3, etype, canonical = "name", None, NER_ENTITY_TYPES[ent.label_], None
        if etype == "Group" and _holds_posts(span):
            etype = "Organization"
        if kind == "name" and span.text.lower() in lexicons.ethnic_groups():
            etype = "Group"  # "Hutu", "Tamils": NER may take them for people or places
        ent_id = ent.ent_id_ or _gazetteer_id(span.text, ent.label_)
        locative = (span.root.dep_ == "pobj" and span.root.head.lower_ in POSITION_PREPOSITIONS) \
            or _placed_in_country(span) or _named_as_city(span) \
            or (ent_id.startswith("capital:") and span.root.dep_ in {"compound", "nmod"}
                and span.root.head.lemma_.lower() in lexicons.event_nouns())
        # ("the London meeting", "the Doha talks": the city the event is held in, not its state)
        if ":" in ent_id:
            source, value = ent_id.split(":", 1)
            if source == "capital" and locative:
                etype = "Place"  # "talks in New Delhi": the city itself, part of its country
            elif source == "capital" and (seated := _seated_organisation(doc, span.text)):
                etype, canonical = "Organization", seated  # "a complaint against Brussels": the EU
            elif source in RULER_LABELS:  # a country's name, capital or demonym
                kind, iso3, etype = "country", value, "Country"
            elif source == "org":
                etype, canonical = "Organization", value
        if kind == "name" and etype in {"Organization", "Place"} and len(span) > 1 \
                and span[-1].is_title and span[-1].lower_ in lexicons.occasion_name_words():
            etype, canonical = "Event", None  # "Holocaust Memorial Day" is a day kept, not a body
        party = lexicons.political_parties().get(span.text)
        if party and kind == "name" and not _inside_longer_name(span):
            etype, canonical = "Organization", party  # "Tory", "the Democrats": the party, not a group of people
        epithet = _epithet_country(span)
        if epithet and kind == "name" and not locative:
            kind, iso3, etype = "country", epithet, "Country"  # "Downing Street said", "the Kremlin" stand for the state
        titled = ent[0].lower_ in honorifics or (ent.start > 0 and doc[ent.start - 1].lower_ in honorifics)
        if titled and etype in {"Organization", "Place", "Group"} and kind == "name":
            etype = "Person"  # "Ms Adeyemi Bello": an honorific makes a person, whatever NER said
        before = doc[span.start - 1] if span.start else None
        if etype in {"Person", "Place"} and kind == "name" and not titled and _after_body_noun(span) \
                and not (etype == "Person" and len(span) > 1 and known_first_name(span[0].text)):
            etype = "Organization"  # "Russian oil firm Norvik", "its unit Kovex": NER said person or place
            # (not "told the charity Ann Roe had left": a person's full name, opening with a first name)
        if etype in {"Person", "Place", "Group"} and kind == "name" and not titled and _before_owned_part_noun(span):
            etype = "Organization"  # "its Kovlink unit": NER said people or place
        if etype in {"Organization", "Place"} and kind == "name" and not titled and _posted_first_name(span):
            etype = "Person"  # "nurse Marion Hale", "the party's leader, Ann Roe": NER said organisation or place
        if (etype == "Place" or (etype == "Person" and len(span) == 1)) and kind == "name" and not titled \
                and _described_as_organisation(span.root):
            etype = "Organization"  # "Kovex, the country's biggest steel maker, said": its apposition says what it is
            # (not a person's full name: the parse may hang "X of the Y Council, a citizens' group" on the person)
        if etype == "Person" and _plural_post(span[-1]):
            etype = "Group"  # "Lib Dem MPs", "Tory ministers": holders of a post, a group and no person's name
        if etype == "Person":
            words = [t for t in span if t.lower_ not in honorifics]
            if not words or not any(t.is_title or t.is_upper for t in words):
                continue
        end = span.end
        # A name followed by the noun it names: "the African Lion exercises", "the Negev summit".
        if kind == "name" and end < len(doc) and doc[end].lemma_.lower() in nouns and doc[end].pos_ == "NOUN" \
                and not ent_id.startswith("capital:"):  # "the London meeting": the city, then the event
            noun_type, role = nouns[doc[end].lemma_.lower()]
            if role == "thing":
                etype, end = noun_type, end + 1
                if etype == "Event":
                    canonical = None  # "the G8 summit" is an event, not the G8 (organisations.tsv)
        root_noun = _noun_lemma(span.root, nouns)
        if kind == "name" and etype == "Organization" and root_noun:
            noun_type, role = nouns[root_noun]
            if role == "thing":
                etype = noun_type  # "the Lima Accords", "the Warsaw Pact" NER tagged ORG
        if not span.text.strip() or all(t.is_punct or t.like_num for t in span):
            continue
        if kind == "name" and etype in {"Person", "Organization", "Group"} and _constituency(span):
            etype = "Place"  # "the MP for Witley": a constituency, no person or body
        if kind == "name" and etype == "Organization" and _portfolio(doc, span):
            continue  # "Home Affairs spokesman X": the post's field, not a body X is a member of
        if kind == "name" and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in {"the", "this"} \
                and f"the {span.text.lower()}" in lexicons.definite_descriptions():
            continue  # "the Kingdom" is a description that refers back, not a name
        split = _leading_country(doc, span)
        if split is not None:
            found.append(split)
            span = doc[split.end:span.end]
            etype = "Person" if etype in {"Place", "Person"} else etype
        text = doc[span.start:end].text
        country, role = None, ""
        if etype == "Place" and ent_id.startswith("capital:"):
            country, role = ent_id.split(":", 1)[1], "capital"
        elif etype == "Place" and kind == "name" and (located := gazetteer.place_countries().get(text)):
            country, role = located, "city"  # "Cape Town": in South Africa
        if etype == "Organization" and kind == "name":
            # "the Israeli Defense Ministry", "Kenya Defence Forces": a named body of a state, or a national firm.
            forms = gazetteer.surface_forms()
            # (a name whose words all modify a noun after it, "US Treasury Secretary X": its last word heads it)
            core = doc[end - 1] if span.root.dep_ in {"compound", "nmod"} and span.root.head.i >= end else span.root
            hit = next((forms[t.text] for t in doc[span.start:end] if t.i < core.i and t.text in forms
                        and (forms[t.text][1] != "capital" or _names_country(doc, forms[t.text][0]))), None)
            if hit:
                country = hit[0]
                role = nouns.get(core.lemma_.lower(), ("", ""))[1]
                if role == "state":  # "the UK Government" is the United Kingdom
                    kind, iso3, etype, country = "country", hit[0], "Country", None
        found.append(Mention(span.start, end, text, etype, kind, iso3=iso3, country=country, role=role,
                             head=doc[span.start:end].root.i, canonical=canonical))
    return found


def _described_as_organisation(root: Token) -> bool:
    """Whether a name has an apposition headed by a noun of data/organisation_descriptors.txt ("Kovex, the largest
    steel producer", "Delmar, a Dutch firm"): the text says the name is an organisation's."""
    descriptors = lexicons.organisation_descriptors()
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in descriptors for c in root.children)


def _description(token: Token, covered: set[int]) -> Mention | None:
    """A common-noun phrase headed by an entity noun: "the Israeli army", "a defense memorandum of understanding"."""
    nouns = _thing_nouns()
    lemma = token.lemma_.lower()
    if token.pos_ not in NOMINAL_POS or lemma not in nouns or token.i in covered:
        return None
    etype, role = nouns[lemma]
    if role == "thing" and token.dep_ == "compound" and nouns.get(token.head.lemma_.lower()) == (etype, role):
        return None  # "a summit meeting": one event, named by its head noun
    if etype == "Event" and _election_modifier_of_nothing_held(token):
        return None  # "previous election research", "their two election defeats": no one election
    left = token.i
    amount = None  # "a $240m agreement", "a 10-year deal": the sum or span, kept whole and as written
    for child in sorted(token.lefts, key=lambda t: t.i, reverse=True):
        if child.dep_ in {"amod", "compound", "nmod", "nummod", "poss"} and child.i == left - 1:
            left = child.i
            doc = token.doc
            if etype == "Event" and left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ \
                    and not doc[left - 2].whitespace_ and doc[left - 2].is_alpha:
                left -= 2  # "the two-day summit": the hyphenated word whole, not "day summit"
            if child.ent_type_ in {"GPE", "LOC", "NORP", "ORG", "FAC"}:  # "the New Zealand army": the whole name
                left = min(t.i for t in child.subtree if t.ent_type_ == child.ent_type_)
            elif child.pos_ == "PROPN" and child.is_title:  # "the Downing Street talks": a whole name NER left out
                doc = token.doc
                while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title \
                        and doc[left - 1].dep_ in {"compound", "nmod"} \
                        and left <= doc[left - 1].head.i <= token.i and not doc[left - 1].ent_type_:
                    left -= 1
            elif etype == "Agreement" and any(t.like_num or t.pos_ == "NUM" or t.ent_type_ == "MONEY"
                                              for t in child.subtree):
                left = min(t.i for t in child.subtree)
                amount = token.doc[left:amount.end if amount is not None else child.right_edge.i + 1]
        elif child.dep_ == "case" and child.i == left - 1:
            left = child.i
        elif child.dep_ == "poss" and child.pos_ == "NOUN" and child.right_edge.i == left - 1 \
                and child.i not in covered and etype == "Event":
            left = child.i  # "the nation's commemoration": a common-noun possessor tells the event apart
    if etype == "Event":
        left = _election_mark_on_head(token, left)
    right = token.i + 1
    # "memorandum of understanding", "Ministry of Defence", "chief of staff": keep a short of-phrase (not for a
    # group: "inhabitants of the Golan Heights" are inhabitants, tied to where they live by the role stage)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == right and role != "agent":
            objs = [t for t in child.children if t.dep_ == "pobj"]
            if objs and (objs[0].pos_ == "PROPN" or objs[0].is_title or etype == "Agreement") \
                    and objs[0].i - child.i <= 3 and not any(t.ent_type_ == "GPE" for t in objs[0].subtree) \
                    and not (etype == "Event" and any(t.i in covered for t in objs[0].subtree)):
                right = objs[0].i + 1  # (not "a meeting of the Commission for Africa": a name is its own mention)
    span = _strip(token.doc[left:right])
    country = _country_of(token)
    if role in {"body", "representative"} and country is None and token.i > 0 \
            and token.doc[span.start - 1].lower_ in {"the", "this", "that"} and span.start > 0:
        # "the central bank" after "the Libyan central bank": resolved against earlier bodies, or dropped
        text = " ".join(t.text for t in span if t.tag_ != "POS")
        return Mention(span.start, span.end, text, etype, "description", role="anaphor", head=token.i)
    if role in {"state", "body", "representative"} and country is None:
        return None
    if role == "place" and not any(t.pos_ == "PROPN" and t.i < token.i for t in span):
        return None
    if role == "state" and span.root.tag_ in PLURAL_NOUN_TAGS and lemma not in lexicons.plural_state_nouns():
        return None  # "European governments" are no one state; "Israeli officials" are Israel
    place_words = COUNTRY_WORD_LABELS | {"LOC"} if role == "agent" else COUNTRY_WORD_LABELS  # "Middle East protesters"
    if any(t.i in covered and t.ent_type_ not in place_words and t.lower_ not in lexicons.ethnic_groups()
           and not (role == "agent" and _is_country_word(t)) for t in span):
        return None  # a name inside; a nationality or a people ("Karen guerrillas") only qualifies the group
    if role == "agent" and (token.dep_ == "attr" or (token.dep_ == "compound" and (
            token.head.ent_type_ == "PERSON" or nouns.get(token.head.lemma_.lower(), ("", ""))[1] == "agent"))):
        return None  # "he was a (student) activist", "Leeds teacher Jane Roe": what a person is, not a group
    if role == "agent":
        # "Kurdish rebels", "students": a group that acts, named by its noun phrase, tied to its country if any
        text = " ".join(t.text for t in span if t.tag_ != "POS" and not t.like_num)
        return Mention(span.start, span.end, text, "Group", "description", country=country, role=role, head=token.i)
    if role == "state":
        if any(c.dep_ == "appos" for c in token.children) or token.dep_ == "compound":
            return None  # "the Palestinian leader, Karim Haddad" is a person, not the state
        return Mention(span.start, span.end, span.text, "Country", "description", iso3=country, role=role, head=token.i)
    text = " ".join(t.text for t in span if t.tag_ != "POS" and not (t.dep_ == "poss" and t.ent_type_ == "GPE")
                    and not (role == "body" and t.like_num))  # "80 Kenyan troops" are Kenyan troops: a count, no name
    if role == "body" and country is not None and any(c.dep_ == "poss" and c.i < span.start for c in token.children):
        text = _owned_body_name(country, text)
    if amount is not None and span.start <= amount.start:  # the sum as written: "$240m", "four-year"
        words = [t.text for t in token.doc[span.start:amount.start] if t.tag_ != "POS"]
        text = " ".join([*words, amount.text, *(t.text for t in token.doc[amount.end:span.end] if t.tag_ != "POS")])
    if etype == "Event":
        if " - " in text and " - " not in span.text:
            text = text.replace(" - ", "-")  # "the two-day summit", "Israeli-Palestinian talks": as written
        text += _venue_words(token)
    return Mention(span.start, span.end, text, etype, "description", country=country, role=role, head=token.i)


def _election_mark_on_head(token: Token, left: int) -> int:
    """'Labour's general election campaign', 'a presidential election victory', 'the 1992 election campaign': the
    parser hangs the word that tells an election apart (data/election_marks.tsv, or a year) on the noun the election
    noun modifies, but it is the election's own word: the election's phrase starts there ("general election", "1992
    election"), so that it is told apart as written."""
    if left != token.i or token.i == 0 or token.dep_ != "compound" or token.head.i <= token.i \
            or lexicons.event_kinds().get(token.lemma_.lower()) != "election":
        return left
    word = token.doc[token.i - 1]
    if word.head.i == token.head.i and (word.dep_ == "amod" and word.lower_ in lexicons.election_marks()
                                        or word.dep_ in {"nummod", "amod"} and YEAR.fullmatch(word.text)):
        return word.i
    return left


def _election_modifier_of_nothing_held(token: Token) -> bool:
    """'Previous election research showed', 'their two election defeats', 'election posters went up': an election
    noun modifying a noun that is no event or campaign (data/campaign_nouns.txt) and is counted, said of a series
    ("previous", data/election_marks.tsv) or plural without being made definite ("the election results"): it
    names no particular election ("the party's election coordinator" may). Not one of its time ("on election
    day") or a hyphenated "re-election", which name one."""
    head = token.head
    if token.dep_ != "compound" or head.i <= token.i or head.pos_ not in NOMINAL_POS \
            or lexicons.event_kinds().get(token.lemma_.lower()) != "election" \
            or head.lemma_.lower() in _thing_nouns() or head.lemma_.lower() in lexicons.campaign_nouns() \
            or head.lemma_.lower() in lexicons.election_time_nouns():
        return False
    if token.i >= 2 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_:
        return False  # "the mayor's re-election chances": one's own re-election (the parse may hang the owner elsewhere)
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children)
    counted = any(c.dep_ == "nummod" and c.lower_ not in {"one", "1"} for c in head.children)
    series = any(c.dep_ == "amod" and lexicons.election_marks().get(c.lower_, "").startswith("time:")
                 for c in head.children)  # "previous election research": on elections of a series
    return counted or series or not definite and head.tag_ in PLURAL_NOUN_TAGS


def _owned_body_name(iso3: str, text: str) -> str:
    """'Iran's parliament', "Britain's highest court": a state's body named by its possessor keeps the state in its
    name, written by the state's canonical name ("United Kingdom's highest court"), so that two states' bodies
    are two nodes, and one state's the same node, when several documents make one graph."""
    country = gazetteer.countries().get(iso3)
    return f"{country.name}'s {text}" if country is not None else text


_COLLECTIVE_DETERMINERS = frozenset({"the", "several", "some", "many", "other", "most", "all", "various"})


def _collective(token: Token, covered: set[int]) -> Mention | None:
    """'European leaders', 'the poorest countries', 'several nations', 'Middle East producers': a plural noun of
    data/collective_nouns.txt with a modifier and no country names a collective actor, a Group of its article.
    Not 'these countries' or 'the two nations' (they refer back), not 'Israeli leaders' (the state), not a bare
    plural ('countries'), not a modifier of another noun ('leaders' summit')."""
    if token.tag_ not in PLURAL_NOUN_TAGS or token.pos_ != "NOUN" or token.i in covered \
            or token.lemma_.lower() not in lexicons.collective_nouns() or token.dep_ in {"compound", "poss"}:
        return None
    lefts = [c for c in token.lefts]
    if any(c.dep_ in {"det", "predet"} and c.lower_ not in _COLLECTIVE_DETERMINERS for c in lefts) \
            or any(c.dep_ in {"nummod", "poss"} for c in lefts) or _country_of(token) is not None \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None  # "the foreign ministers of both countries" are those countries' own
    modifiers = [c for c in lefts if c.dep_ in {"amod", "compound", "nmod"}
                 or (c.dep_ in {"det", "predet"} and c.lower_ != "the")]
    # a reduced relative clause defines them too, and is part of their name: "countries affected by the flood"
    right = token.i + 1
    for clause in (c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
        right = clause.i + 1
        first = next((c for c in clause.rights if c.dep_ in {"agent", "prep"}), None)
        obj = next((c for c in first.children if c.dep_ == "pobj"), None) if first is not None else None
        if obj is not None and obj.i - token.i <= 6:
            right = obj.i + 1  # "affected by the flood", not what follows it
        break
    if not modifiers and right == token.i + 1:
        return None
    left = min([t.i for c in modifiers for t in c.subtree] + [token.i])
    if any(t.i in covered and t.ent_type_ not in COUNTRY_WORD_LABELS | {"LOC"} for t in token.doc[left:right]):
        return None  # a name inside ("Nato members", "G7 countries") is read by the rules of names
    span = _strip(token.doc[left:right])
    if len(span) < 2:
        return None  # "some countries": no one in particular
    text = " ".join(t.text for t in span if t.tag_ != "POS")
    return Mention(span.start, span.end, text, "Group", "description", role="agent", head=token.i)


@functools.cache
def _actor_nouns() -> frozenset[str]:
    return datafiles.word_list("actor_nouns.txt")


_POINTING_DETERMINERS = frozenset({"these", "those", "such", "both", "either", "neither", "no", "any"})


def _addressed_or_acting(token: Token) -> bool:
    """Whether a noun stands where an actor does: the subject of a verb other than 'be' ("critics accused him"),
    its object or dative ("she urged MPs to act"), or the agent of a passive ("condemned by campaigners"), of a
    verb that can state a fact (`_acting_verbs`: not "expect", "fear"); a conjunct stands where its first does."""
    head = token
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        return True
    return head.dep_ in {"nsubj", "dobj", "dative"} and verb.pos_ in {"VERB", "AUX"} and verb.lemma_ != "be" \
        and verb.lemma_.lower() in _acting_verbs()


@functools.cache
def _acting_verbs() -> frozenset[str]:
    """The verbs by which an actor acts in the vocabulary's sense: the heads of verb triggers (data/triggers.tsv),
    and the verbs of speaking, directing and wanting ("say", "urge", "want"), whose clause the rules read."""
    heads = {lemma for lemma, pos in lexicons.trigger_heads() if pos == "VERB"}
    return frozenset(heads) | lexicons.speech_verbs() | lexicons.directive_verbs() | lexicons.wanting_verbs()


def _acting_group(token: Token, covered: set[int]) -> Mention | None:
    """'Critics accused him', 'she urged Labour MPs to vote', 'condemned by campaigners': a plural noun of people
    of data/actor_nouns.txt where it acts or is addressed names a collective actor, a Group of its article,
    named by the noun and its modifiers ("Labour MPs"), a name among them kept as its own mention. Not where it
    does not act ("the votes of MPs"), nor when it points back ("these critics"), nor a modifier of another noun."""
    if token.tag_ not in PLURAL_NOUN_TAGS or token.i in covered or token.dep_ in {"compound", "poss"} \
            or token.lemma_.lower() not in _actor_nouns() or not _addressed_or_acting(token):
        return None
    if any(c.dep_ in {"det", "predet"} and c.lower_ in _POINTING_DETERMINERS for c in token.lefts):
        return None
    doc = token.doc
    left = token.i
    while left > 0 and doc[left - 1].dep_ in {"amod", "compound", "nmod"} and doc[left - 1].head.i <= token.i \
            and doc[left - 1].head.i >= left - 1 and doc[left - 1].pos_ in {"ADJ", "NOUN", "PROPN"}:
        left -= 1
    while left < token.i and doc[left].lower_ in QUANTIFYING_ADJECTIVES:
        left += 1  # "most voters", "many critics": the group, not its share
    words = [t for t in doc[left:token.i + 1] if t.tag_ != "POS" and not t.like_num]
    text = " ".join(t.text for t in words)
    start = max([t.i + 1 for t in doc[left:token.i] if t.i in covered] + [left])
    return Mention(start, token.i + 1, text, "Group", "description", country=_country_of(token), role="agent",
                   head=token.i)


@functools.cache
def _retinue_nouns() -> frozenset[str]:
    return datafiles.word_list("retinue_nouns.txt")


def _retinue(token: Token, covered: set[int]) -> Mention | None:
    """"Ross's chief aide accused Chile", 'the minister's advisers urged him': a noun of data/retinue_nouns.txt
    possessed by a name, where it acts or is addressed, is a person of its own (a group when plural), named by the
    whole phrase, the possessor kept as its own mention. Not when a name is given ("Ross's aide, Jo Bell"), nor
    where it does not act ("a call from Ross's aide")."""
    if token.pos_ != "NOUN" or token.i in covered or token.dep_ in {"compound", "poss"} \
            or token.lemma_.lower() not in _retinue_nouns() or not _addressed_or_acting(token):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i in covered), None)
    if owner is None or any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in token.children):
        return None
    doc = token.doc
    start = next((t.i + 1 for t in doc[owner.i:token.i] if t.tag_ == "POS"), owner.i + 1)
    if start >= token.i + 1 or any(t.i in covered for t in doc[start:token.i + 1]):
        return None
    left = min(t.i for t in owner.subtree if t.i in covered)
    while left < owner.i and doc[left].tag_ == "NNP" and doc[left].lower_ in _title_words():
        left += 1
    text = " ".join(t.text for t in doc[left:token.i + 1]).replace(" 's", "'s").replace(" '", "'")
    etype = "Group" if token.tag_ in PLURAL_NOUN_TAGS else "Person"
    return Mention(start, token.i + 1, text, etype, "description", role="retinue", head=token.i)


def _policy(token: Token, covered: set[int]) -> Mention | None:
    """A plan, proposal or measure the text specifies by a common-noun modifier (data/policy_nouns.txt): "a debt
    relief plan", "the trade embargo". A bare or merely qualified one ("the plan", "a new proposal") is none, an
    entity for every plan mentioned would be noise; nor is one a state or person owns ("Peru's plan", "a Senegalese
    peace plan"), nor one aimed at a named actor ("an aid programme for Bosnia"): that actor is what is judged."""
    lemma = token.lemma_.lower()
    amending = lemma in lexicons.amending_nouns()
    if token.pos_ != "NOUN" or not (amending or lemma in lexicons.policy_nouns()) or token.i in covered \
            or token.dep_ == "compound":
        return None
    doc = token.doc
    left, nouns, national = token.i, 0, False
    if any(c.dep_ == "poss" for c in token.children):
        return None
    if amending and not any(c.dep_ == "compound" and c.lemma_.lower() in lexicons.policy_nouns()
                            for c in token.lefts):
        return _policy_reference(token)  # "the tax law changes", not "climate change" or "price changes"
    for child in sorted(token.lefts, key=lambda t: t.i, reverse=True):
        if child.i != left - 1 or child.dep_ not in {"compound", "amod", "nmod"}:
            break
        if any(t.ent_type_ in COUNTRY_WORD_LABELS for t in child.subtree) \
                or lexicons.entity_nouns().get(child.lemma_.lower(), ("", ""))[1] == "state":
            national = True  # "the Iranian plan", "the government plans": a state's own
        elif child.i in covered or child.lower_ in QUANTIFYING_ADJECTIVES or any(
                t.like_num or t.ent_type_ in {"DATE", "MONEY", "CARDINAL", "PERCENT"} for t in child.subtree):
            break  # "a 40-year-old embargo", "a $50bn plan": an age or sum describes it, it does not name it
        elif child.pos_ in {"NOUN", "PROPN"} and child.dep_ == "compound":
            nouns += 1
        elif child.dep_ == "amod" and _against_prefixed(child):
            nouns += 1  # "the anti-terror laws": what a measure is against specifies it as a noun does
        elif not (child.pos_ == "ADJ" and child.dep_ == "amod" and not child.lower_.endswith(("ed", "ing"))):
            break
        left = min(t.i for t in child.subtree)
    if national:
        return None  # "a Senegalese peace plan", "the US embargo": a state's own plan stands for the state
    if not nouns:
        return _defined_plan(token) or _policy_reference(token)
    if any(c.dep_ == "prep" and any(t.ent_type_ in {*NER_ENTITY_TYPES, *COUNTRY_WORD_LABELS} for t in c.subtree)
           for c in token.children):
        return None  # "an aid programme for Bosnia", "an embargo on Cuba": the rules of the act find its target
    span = doc[left:token.i + 1]
    return Mention(span.start, span.end, span.text, "Agreement", "description", role="thing", head=token.i)


_DEFINED_PLAN_LENGTH = 20  # tokens; a longer clause is more than a plan's name


def _defined_plan(token: Token) -> Mention | None:
    """'plans to write off the debts', 'measures to allow detention without trial', 'plans for the island to be
    shared': a plan an infinitive clause defines is one specific plan, named by the noun and its clause. Only
    the noun is the mention's span, so the names inside the clause stay mentions of their own."""
    if any(c.dep_ not in {"det", "amod"} or (c.dep_ == "det" and c.lower_ not in {"a", "an", "the"})
           or c.lower_ in QUANTIFYING_ADJECTIVES for c in token.lefts):
        return None  # (not "other measures to cut costs": no one plan)
    # the clause follows the noun, or the noun's for-phrase naming its subject ("plans for the island [to be
    # shared]"), or is inside that phrase ("plans [for the island to be shared]"), as the parse has it
    doc = token.doc
    starts = {token.i + 1} | {c.right_edge.i + 1 for c in token.rights if c.i == token.i + 1 and c.lower_ == "for"}
    clause = next((c for c in token.rights if c.left_edge.i in starts and (_infinitive(c) or (
        c.dep_ == "prep" and c.lower_ == "for" and any(_infinitive(v) for o in c.children if o.dep_ == "pobj"
                                                       for v in o.rights)))), None)
    if clause is None:
        return None
    end = clause.right_edge.i + 1
    verbs = [clause] if clause.dep_ != "prep" else [v for o in clause.children for v in o.rights if _infinitive(v)]
    adjuncts = [c.left_edge.i for v in verbs for c in v.rights if c.dep_ == "advcl" or (
        c.dep_ == "prep" and c.lower_ in _ADJUNCT_PREPOSITIONS
        and any(o.dep_ in _COMPLEMENTS and o.i < c.i for o in v.rights))]
    if adjuncts:
        end = min(adjuncts)  # "rejected plans to share the island in a referendum": when and where they acted
    while end > token.i + 1 and doc[end - 1].is_punct:
        end -= 1
    if end - token.i > _DEFINED_PLAN_LENGTH or any(
            t.is_punct and t.text != "%" and not (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
            for t in doc[token.i:end]):
        return None  # a dash, a comma or a quotation inside: more than a plan's name
    return Mention(token.i, token.i + 1, doc[token.i:end].text, "Agreement", "description", role="thing",
                   head=token.i)


_OWNED_PLAN_LENGTH = 12  # tokens from the owner to the end of a plan's defining phrase


def _owned_plan(token: Token, covered: set[int]) -> Mention | None:
    """'his plans for lower taxes', 'the Kovex Party's proposals', 'the Tarn tax plan', 'government plans to close
    the mines': a plan an actor owns is one specific plan, named by the owner and the noun, which others back or
    reject. The mention is the owner's words through the noun and a defining infinitive or for-phrase after it;
    its span leaves the owner out, so the owner stays a mention of its own (entities.py links the two)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicons.owned_plan_nouns() or token.i in covered \
            or token.dep_ == "compound":
        return None
    owner = plan_owner(token)
    if owner is None or any(t.lower_ in lexicons.plan_class_modifiers() for t in token.lefts):
        return None  # (not "previous Tory plans", "any Labour plan": no one plan)
    doc = token.doc
    left = min(t.i for t in owner.subtree) if owner.pos_ != "PRON" else owner.i + 1
    while left < owner.i and doc[left].tag_ == "NNP" and doc[left].lower_ in _title_words():
        left += 1  # "Mr Hale's plan": "Hale's plan"
    while doc[left].lower_ in {"own", "'s"} or doc[left].dep_ == "det":
        left += 1
    start = owner.right_edge.i + 1 if owner.dep_ == "poss" else owner.i + 1
    while start < token.i and doc[start].dep_ == "case":
        start += 1
    if any(i in covered for i in range(start, token.i + 1)):
        return None
    end = _plan_phrase_end(token)
    if end - left > _OWNED_PLAN_LENGTH:
        end = token.i + 1
    text = doc[left:end].text
    return Mention(start, token.i + 1, text, "Agreement", "description", role="thing", head=token.i)


def plan_owner(token: Token) -> Token | None:
    """The actor that owns a plan noun: its possessive ("his", "Hale's", "the government's"), or a modifier just
    before it that names a people, a party, a named body or a state noun ("the Tarnish plan", "government plans",
    "Kovex Party proposals", "the Tarn proposal"); none for a place's name before another noun, which says what the
    plan is about ("the Iraq exit plans"), a sum, an age or a mere quality ("a $50bn plan", "a new plan")."""
    poss = [c for c in token.children if c.dep_ == "poss" and c.pos_ in {"PRON", "PROPN", "NOUN"}]
    if poss:
        owner = poss[0]
        return owner if owner.pos_ != "NOUN" or _actor_word(owner) else None
    for child in sorted(token.lefts, key=lambda t: t.i, reverse=True):
        if child.dep_ not in {"compound", "amod", "nmod"}:
            break
        if _actor_word(child) and (child.ent_type_ != "GPE" or child.i == token.i - 1):
            return child  # (not "the Iraq exit plans", "the Tarn peace plan": a place before a noun is its topic)
        if child.like_num or child.ent_type_ in {"DATE", "MONEY", "CARDINAL", "PERCENT"}:
            return None
    return None


def _actor_word(token: Token) -> bool:
    """Whether a modifier or possessive names an actor: a state, people or party word, a name, a state noun."""
    return token.ent_type_ in {*COUNTRY_WORD_LABELS, "ORG", "PERSON"} or \
        lexicons.entity_nouns().get(token.lemma_.lower(), ("", ""))[1] == "state"


def _plan_phrase_end(token: Token) -> int:
    """The end of the phrase that defines a plan after its noun: a to-infinitive clause ("plans to close the
    mines") or a for-phrase ("plans for lower taxes"), without a dash, comma or quotation inside; else the noun."""
    doc = token.doc
    after = next((c for c in token.rights if c.left_edge.i == token.i + 1), None)
    if after is None or not (_infinitive(after) or (after.dep_ == "prep" and after.lower_ == "for")):
        return token.i + 1
    end = after.right_edge.i + 1
    if any(t.is_punct and t.text not in {"%", "£", "$", "€"} for t in doc[token.i + 1:end]):
        return token.i + 1
    return end


# Prepositions of when and where: after a plan's clause they are as often the acting verb's ("rejected plans to
# share the island in a referendum") as the plan's, and a plan is named without them.
_ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "since", "until"})
_COMPLEMENTS = frozenset({"dobj", "prep", "attr", "oprd", "dative", "xcomp", "ccomp"})  # before an adjunct


def _infinitive(clause: Token) -> bool:
    """Whether a token heads a to-infinitive clause modifying a noun ("plans [to cut taxes]")."""
    return clause.dep_ in {"acl", "relcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


_AGAINST_PREFIXES = frozenset({"anti", "counter"})


def _against_prefixed(token: Token) -> bool:
    """Whether a modifier is the last part of a word prefixed "anti-" or "counter-" ("anti-terror", read as
    "anti", "-", "terror"), or that word whole ("anti-dumping")."""
    doc = token.doc
    if token.lower_.split("-")[0] in _AGAINST_PREFIXES and "-" in token.text:
        return True
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and doc[token.i - 2].lower_ in _AGAINST_PREFIXES and not doc[token.i - 2].whitespace_


def _policy_reference(token: Token) -> Mention | None:
    """'the legislation', 'these measures', 'that change': a plan named by a definite determiner alone refers
    back to the plan last named (resolved by kg/extract/entities.py, or dropped); not one a clause or phrase
    defines ("the plan to cut taxes", "the proposals for reform"), nor a qualified one ("the new plan")."""
    lefts = list(token.lefts)
    if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ not in DEFINITE_DETERMINERS \
            or lefts[0].i != token.i - 1 \
            or any(c.dep_ in {"prep", "acl", "relcl", "appos", "amod", "compound"} for c in token.rights):
        return None
    return Mention(token.i, token.i + 1, token.text, "Agreement", "description", role="anaphor", head=token.i)


def _is_titled(token: Token) -> bool:
    """Whether a name token has a person's title in apposition ("Ana Ruiz, the Prime Minister")."""
    titles = lexicons.titles()
    for child in token.children:
        if child.dep_ == "appos" and child.lemma_.lower() in set(titles) | {t.split()[-1] for t in titles}:
            return True
    return False


def _retype_people(doc: Doc, named: list[Mention]) -> list[Mention]:
    """A two-word name that NER called an organisation but that carries a person's title is a person."""
    result = []
    for m in named:
        if m.type == "Organization" and m.kind == "name" and 2 <= m.end - m.start <= 3 \
                and all(t.is_title for t in doc[m.start:m.end]) and _is_titled(doc[m.head]):
            m = Mention(m.start, m.end, m.text, "Person", "name", head=m.head)
        result.append(m)
    return result


def _propagate_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Names NER found once are names everywhere in the document: other occurrences of a full name or of a
    person's surname become mentions too (NER often misses "Ruiz’s" in a long sentence)."""
    covered = {i for m in named for i in range(m.start, m.end)}
    forms: dict[tuple[str, ...], Mention] = {}
    for m in named:
        if m.kind != "name" or m.type not in {"Person", "Organization"}:
            continue
        words = tuple(t.text for t in doc[m.start:m.end])
        forms.setdefault(words, m)
        if m.type == "Person" and len(words) >= 2 and words[-1][:1].isupper():
            forms.setdefault(words[-1:], m)
    extra = []
    texts = _texts(doc)
    for size in sorted({len(f) for f in forms}, reverse=True):
        firsts = {f[0] for f in forms if len(f) == size}  # (a window not starting with one is no form: skip it)
        for i in range(len(doc) - size + 1):
            if texts[i] not in firsts:
                continue
            window = tuple(texts[i:i + size])
            if window in forms and not any(j in covered for j in range(i, i + size)):
                source = forms[window]
                span = doc[i:i + size]
                extra.append(Mention(i, i + size, span.text, source.type, "name", head=span.root.i))
                covered |= set(range(i, i + size))
    return named + extra


def _person_evidence(doc: Doc, named: list[Mention]) -> set[str]:
    """Single words the document shows to be people's names: the last word of a longer person's name
    ("John Doe" → "Doe"), or a name written after an honorific or a post ("Mr Doe", "President Vargas")."""
    honorifics = lexicons.honorifics()
    found = set()
    for m in named:
        if m.type != "Person" or m.kind != "name":
            continue
        words = m.text.split()
        if len(words) >= 2:
            found.add(words[-1])
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and (before.lower_ in honorifics or (
                before.pos_ in NOMINAL_POS and before.lower_ in _title_words())):
            found.add(m.text)
    return found


def _surnames(doc: Doc, named: list[Mention]) -> set[str]:
    """Last words of the full names of people in the text ("Lowther" of "Ann Lowther"), but for a word that also
    ends a longer name of another type ("Lowther" where "Port Lowther" is a place)."""
    found = {m.text.split()[-1] for m in named if m.type == "Person" and m.kind == "name"
             and len(m.text.split()) >= 2 and m.text.split()[-1][:1].isupper()}
    others = {m.text.split()[-1] for m in named if m.type != "Person" and len(m.text.split()) >= 2}
    return found - others


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


@functools.cache
def _name_blockers() -> frozenset[str]:
    """Words no firm's name left unnamed by NER is made of: post words, determiners and honorifics."""
    return _title_words() | _leading_words()


def _possessed_firms(doc: Doc, named: list[Mention]) -> list[Mention]:
    """'Ruritania's Kovex': a capitalised noun NER left unnamed, right after a country's possessive
    and standing as a noun phrase of its own, is a firm's name when the text speaks of firms (a noun of
    data/company_nouns.txt anywhere in it). Not a post or a titled person ("Kenya's Foreign Minister",
    "Spain's Prince X"), nor a noun modifying another ("Chile's Kovex plant")."""
    companies = lexicons.company_nouns()
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() in companies for t in doc):
        return []
    covered = {i for m in named for i in range(m.start, m.end)}
    blocked = _name_blockers()
    found = []
    for t in doc:
        if t.i in covered or t.pos_ != "PROPN" or not t.is_title or t.dep_ not in _ARGUMENT_DEPS \
                or t.lower_ in blocked or t.ent_type_ or _country_possessor(doc, t.i)[1] in {"", "capital"}:
            continue  # (a city's possessive is no owner: a capital's stock index is no firm of its state)
        found.append(Mention(t.i, t.i + 1, t.text, "Organization", "name", head=t.i))
    return found


def _described_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """'Aid charity Kovaid criticised', 'campaign group Vote Now said': capitalised words NER left unnamed right
    after a noun saying what kind of organisation they name (data/organisation_descriptors.txt, not sentence-initial)
    are that organisation's name; not a person's (a first name, an honorific) nor a post or a leading word."""
    descriptors = lexicons.organisation_descriptors()
    covered = {i for m in named for i in range(m.start, m.end)}
    blocked = _name_blockers()
    found = []
    for t in doc[:-1]:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in descriptors or (t.i > 0 and doc[t.i - 1].text == "-"):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and doc[end].pos_ in NOMINAL_POS \
                and doc[end].is_title and not doc[end].is_sent_start and end not in covered \
                and doc[end].lower_ not in blocked:
            end += 1  # (a later word may be tagged otherwise: "group Vote No")
        if end == t.i + 1 or known_first_name(doc[t.i + 1].text) or (end < len(doc) and doc[end].pos_ == "PROPN") \
                or not any(w.pos_ == "PROPN" for w in doc[t.i + 1:end]):
            continue  # nothing named, a person's name, or a name running on into words NER took for another
            # (the name's capitalised words may be tagged nouns, "group Vote No", but one is a proper noun)
        span = doc[t.i + 1:end]
        found.append(Mention(span.start, span.end, span.text, "Organization", "name", head=span.root.i))
    return found


def _honorific_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """'Lord Harlow', 'Baroness Vale': capitalised words NER left unnamed right after a capitalised honorific
    (data/honorifics.tsv) are a person's name, the honorific left out; not a post ("Lord Chancellor")."""
    honorifics = lexicons.honorifics()
    covered = {i for m in named for i in range(m.start, m.end)}
    blocked = _title_words() | honorifics.keys()
    found = []
    for t in doc:
        if not (t.is_title and t.lower_ in honorifics) or t.i + 1 >= len(doc):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].ent_type_ and end not in covered and doc[end].lower_ not in blocked:
            end += 1
        if end > t.i + 1 and (end == len(doc) or not doc[end].is_title):
            span = doc[t.i + 1:end]
            found.append(Mention(span.start, span.end, span.text, "Person", "name", head=span.root.i))
            covered |= set(range(span.start, span.end))
    return found


@functools.cache
def _judicial_words() -> frozenset[str]:
    return datafiles.word_list("judicial_words.txt")


def _judicial_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """'Mr Justice Dean ruled', 'Lord Justices Moss and Pike': the capitalised words after a judge's style (an
    honorific of data/honorifics.tsv and a word of data/judicial_words.txt) are judges' surnames, each a person,
    replacing what NER made of them ("May" a date, "Lord Justices Moss" an organisation); not a post without a
    name ("the Lord Chief Justice")."""
    honorifics = lexicons.honorifics()
    blocked = _title_words() | honorifics.keys() | _judicial_words()
    names: list[tuple[int, int]] = []
    for t in doc[1:]:
        if not (t.is_title and t.lower_ in _judicial_words() and doc[t.i - 1].is_title
                and doc[t.i - 1].lower_ in honorifics):
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in blocked:
            start = end
            while end < len(doc) and end - start < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and doc[end].lower_ not in blocked:
                end += 1
            names.append((start, end))
            if t.tag_ not in PLURAL_NOUN_TAGS or end + 1 >= len(doc) or doc[end].lower_ not in {"and", ","}:
                break  # one judge after "Justice"; "Justices Moss, Pike and Hale" name several
            end += 1 + (doc[end + 1].lower_ == "and")
    if not names:
        return named
    taken = {i for a, b in names for i in range(a, b)} | {t.i for a, _ in names for t in doc[max(a - 2, 0):a]
                                                          if t.lower_ in _judicial_words() or t.lower_ in honorifics}
    kept = [m for m in named if not any(i in taken for i in range(m.start, m.end))]
    found = [Mention(a, b, doc[a:b].text, "Person", "name", head=doc[a:b].root.i) for a, b in names]
    return sorted(kept + found, key=lambda m: m.start)


def _country_possessor(doc: Doc, start: int) -> tuple[str, str]:
    """(ISO code, kind of form) of the country whose possessive stands right before token `start` ("Brazil's",
    "the United States'"); ("", "") when there is none."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return "", ""
    forms = gazetteer.surface_forms()
    return forms.get(doc[start - 2].text) or forms.get(_whole_name(doc[start - 2])) or ("", "")


def _is_possessed_by_country(doc: Doc, mention: Mention) -> bool:
    """'Brazil's Petrolex', "Argentina's Enarco": a name right after a country's possessive."""
    return bool(_country_possessor(doc, mention.start)[0])


def _site_names(doc: Doc, named: list[Mention]) -> set[str]:
    """Single-word names the text writes anywhere right before a noun of a site ("Hollins prison", "Tarvin
    airfield": data/site_nouns.txt), as its modifier: the name of a place, whatever NER took it for elsewhere."""
    words = {m.text for m in named if m.kind == "name" and m.type == "Person" and " " not in m.text}
    sites = lexicons.site_nouns()
    return {t.text for t in doc if t.text in words and t.dep_ in {"compound", "nmod"} and t.head.i == t.i + 1
            and t.head.lower_ in sites}


def _names_a_post_body(doc: Doc, mention: Mention) -> bool:
    """'Norvik spokesman Ann Roe': a single name right before a post (data/titles.tsv) that a named person holds
    names the body the post is in."""
    end = mention.end
    return end + 1 < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lower_ in lexicons.titles() \
        and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].is_title


def _consistent_types(doc: Doc, named: list[Mention]) -> list[Mention]:
    """One name, one type in a document. A single word NER took for a person, with nothing in the text
    showing it is one (no first name, honorific or post), is an organisation when the text treats it as one
    anywhere (a descriptor noun, NER's own ORG, a country's possessive, a digit or capitals: "oil group
    Norvik", "Brazil's Petrolex", "G8"), else a place when it is one anywhere ("held at Hollins", "Hollins prison")."""
    people = _person_evidence(doc, named)
    honorifics = lexicons.honorifics()
    honoured = {t.text for t in doc[1:] if t.is_title and doc[t.i - 1].lower_ in honorifics}  # "Mr Roe", NER or not
    organisations: set[str] = set()
    places = _site_names(doc, named)
    for m in named:
        if m.kind != "name" or " " in m.text:
            continue
        head = doc[m.head]
        if m.type == "Organization" or any(c.isdigit() for c in m.text) or (m.text.isupper() and len(m.text) > 1) \
                or _is_possessed_by_country(doc, m) or _names_a_post_body(doc, m):
            organisations.add(m.text)
        elif m.type == "Place" or (head.dep_ == "pobj" and head.head.lower_ in POSITION_PREPOSITIONS):
            places.add(m.text)
    surnames = _surnames(doc, named)
    firms = _described_firms(doc, named) | _firms_with_executives(doc, named)
    described = _described_bodies(doc, named)
    bodies = {m.text for m in named if m.kind == "name" and m.type == "Organization" and not m.canonical}
    headed = _bodies_with_heads(doc, named)
    organisations |= headed
    ends = _organisation_name_ends(named)
    result = []
    for m in named:
        if m.type in {"Place", "Person"} and m.kind == "name" and m.text in firms:
            m = dataclasses.replace(m, type="Organization")  # "Kovex, the state gas firm": a firm, not a place
        elif m.type in {"Place", "Person", "Group"} and m.kind == "name" and m.text in described \
                and not m.canonical and not m.role and not m.country and m.text not in people | honoured \
                and not known_first_name(m.text.split()[0]) and not _is_titled(doc[m.head]):
            m = dataclasses.replace(m, type="Organization")  # "water firm Kovex Aguas ... Kovex Aguas said"
        elif m.type == "Agreement" and m.kind == "name" and m.text in bodies \
                and doc[m.end - 1].lemma_.lower() not in _thing_nouns():
            m = dataclasses.replace(m, type="Organization")  # "the Law Lords said ... the Law Lords' ruling"
        elif m.type == "Group" and m.kind == "name" and m.text in headed:
            m = dataclasses.replace(m, type="Organization")  # "Kovex chief Ann Roe": a firm, not a people
        elif m.type in {"Organization", "Place"} and m.kind == "name" and m.text in surnames and not m.canonical \
                and not m.role:
            m = dataclasses.replace(m, type="Person")  # "Lowther said": the surname of the Ann Lowther named before
        elif m.type in {"Organization", "Place"} and m.kind == "name" and not m.canonical and not m.role \
                and (_first_name_of(doc, m, people | honoured) or _honoured_full_name(doc, m, honoured)):
            m = dataclasses.replace(m, type="Person")  # "Ann Lowther" where "Mr Lowther" or "Ms Lowther" is a person
        elif m.type == "Person" and m.kind == "name" and " " not in m.text and m.text not in people:
            if m.text in organisations or (m.text in ends and m.text not in honoured and m.text not in surnames):
                m = dataclasses.replace(m, type="Organization")
            elif m.text in places:
                m = dataclasses.replace(m, type="Place")
        result.append(m)
    return result


def _organisation_name_ends(named: list[Mention]) -> set[str]:
    """'the Kovex Herald said ... the Herald': the last words of the text's organisation names of two or more
    capitalised words, each of one such name only; a single word NER took for a person's, written as one of them
    and shown nowhere to be a person's, is that body's short name."""
    ends: dict[str, set[str]] = {}
    for m in named:
        words = m.text.split()
        if m.kind == "name" and m.type == "Organization" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            ends.setdefault(words[-1], set()).add(m.text)
    return {word for word, names in ends.items() if len(names) == 1}


def _described_bodies(doc: Doc, named: list[Mention]) -> set[str]:
    """Names the text writes once right after an organisation descriptor noun ("water firm Kovex Aguas",
    `_after_body_noun`) and typed an organisation there: the same name is that body everywhere in the text."""
    return {m.text for m in named if m.kind == "name" and m.type == "Organization"
            and _after_body_noun(doc[m.start:m.end])}


def _first_name_of(doc: Doc, mention: Mention, people: set[str]) -> bool:
    """A name of two or three capitalised words opening with a first name and ending in a word the document shows
    to be a person's name ("Mr Lowther"): the person's full name, whatever NER said."""
    span = doc[mention.start:mention.end]
    return 2 <= len(span) <= 3 and all(t.is_title for t in span) and span[-1].text in people \
        and known_first_name(span[0].text) and not _firm_word(span)


def _honoured_full_name(doc: Doc, mention: Mention, honoured: set[str]) -> bool:
    """'the 90-year-old Kenji Aoki ... Mr Aoki': a name of two capitalised words ending in a word the document
    writes after an honorific is the person's full name even when its first name is unknown to the name
    dictionary (names of many languages are missing); not when its first word names a place or is a place word
    ("Port Aoki"), nor a firm's name."""
    span = doc[mention.start:mention.end]
    if len(span) != 2 or not all(t.is_title for t in span) or span[-1].text not in honoured or _firm_word(span):
        return False
    first = span[0]
    return first.pos_ == "PROPN" and first.text not in gazetteer.surface_forms() \
        and first.text not in gazetteer.place_countries() and first.lower_ not in lexicons.generic_place_words() \
        and first.lower_ not in _name_blockers()


def _described_firms(doc: Doc, named: list[Mention]) -> set[str]:
    """Names the text describes by apposition as a firm ("Kovex, the state gas firm"; a noun of
    data/company_nouns.txt heading the apposition): NER's place tag for them is a mistake."""
    companies = lexicons.company_nouns()
    described = {t.i for t in doc if t.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in companies for c in t.children)}
    heads = {doc[i].text for i in described}
    return {m.text for m in named if m.kind == "name" and m.type == "Place"
            and (m.head in described or m.text in heads)}


def _firms_with_executives(doc: Doc, named: list[Mention]) -> set[str]:
    """Names NER took for a person whose possessive heads a business post ("Kovo Air's managing director",
    data/titles.tsv kind business, leading an organisation): a person has no chief executive, a firm does.
    Not a name the text shows to be a person's (an honorific or post before it)."""
    business = {t for t, title in lexicons.titles().items() if title.kind == "business" and title.leads == "organisation"}
    people = {m.text for m in named if m.type == "Person" and m.start > 0 and (
        doc[m.start - 1].lower_ in lexicons.honorifics() or doc[m.start - 1].lower_ in _title_words())}
    found = set()
    for m in named:
        if m.type != "Person" or m.kind != "name" or m.text in people:
            continue
        after = m.end if m.end < len(doc) and doc[m.end].tag_ == "POS" else m.end - 1
        if doc[after].tag_ != "POS":
            continue
        words = [t.lower_ for t in doc[after + 1:after + 5]]
        if any(" ".join(words[:n]) in business for n in range(1, len(words) + 1)):
            found.add(m.text)
    return found


HEADING_KINDS = frozenset({"business", "official"})  # data/titles.tsv kinds of posts heading a firm or body


@functools.cache
def _heading_posts() -> frozenset[str]:
    """Posts of data/titles.tsv that head a firm or body (kind business or official, leads an organisation)."""
    return frozenset(t for t, title in lexicons.titles().items()
                     if title.kind in HEADING_KINDS and title.leads == "organisation")


def _bodies_with_heads(doc: Doc, named: list[Mention]) -> set[str]:
    """Names NER took for a people (NORP) or a person that the text writes, anywhere, right before a post heading a
    firm or body (data/titles.tsv, leads an organisation, kind business or official: "chief", "boss", "chief
    executive") and a person's name ("Kovex chief Ann Roe", "Kovex's chief executive Ann Roe"): a people has no chief
    executive, a firm does. Not a country word, ethnic group or party label (data/ethnic_groups.txt,
    data/political_parties.tsv: "Kurdish chief X")."""
    heads = _heading_posts()
    people = {i for m in named if m.type == "Person" for i in range(m.start, m.end)}
    forms = gazetteer.surface_forms()
    names = {m.text for m in named if m.type in {"Group", "Person"} and m.kind == "name" and " " not in m.text
             and m.text not in forms and m.text.lower() not in lexicons.ethnic_groups()
             and m.text not in lexicons.political_parties()}
    found = set()
    for t in doc:
        if t.text not in names or t.i in people or t.pos_ not in {"PROPN", "NOUN"}:
            continue
        after = t.i + 2 if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS" else t.i + 1
        if any(after + n < len(doc) and " ".join(w.lower_ for w in doc[after:after + n]) in heads
               and after + n in people for n in (3, 2, 1)):
            found.add(t.text)
    return found


_ACTING_DEPS = frozenset({"nsubj", "dobj", "dative"})


def _acts(token: Token) -> bool:
    """Whether a name stands where an actor does: the subject of a verb other than 'be' ("Europe blames the
    US"), or the object of one beside a country's name ("urged Europe and the US to ...")."""
    head, dep = token, token.dep_
    while dep == "conj" and head.head is not head:
        head = head.head
        dep = head.dep_
    if dep not in _ACTING_DEPS or head.head.pos_ not in {"VERB", "AUX"} or head.head.lemma_ == "be":
        return False
    if dep == "nsubj":
        return True
    return any(t.ent_type_ in COUNTRY_WORD_LABELS and t.ent_id_.split(":", 1)[0] in RULER_LABELS
               for t in head.conjuncts if t.i != token.i) or any(
        t.ent_type_ in COUNTRY_WORD_LABELS for t in [head, *head.conjuncts] if t.i != token.i)


def _acting_continents(doc: Doc, named: list[Mention]) -> list[Mention]:
    """A continent that acts in the text ("Europe blames the US", "urged Europe and the US to act") stands
    for its states together, a group of actors, not the land: every mention of it in the document is then a
    Group (one node). Continents that are only where things happen stay places."""
    continents = gazetteer.continent_names()
    acting = {m.text for m in named if m.type == "Place" and m.kind == "name" and m.text in continents
              and _acts(doc[m.head])}
    return [dataclasses.replace(m, type="Group") if m.type == "Place" and m.text in acting else m for m in named]


def _consistent_peoples(named: list[Mention]) -> list[Mention]:
    """One name, one type: a name NER tagged a people (NORP: "120 Gurkhas") somewhere and a place elsewhere ("the
    Gurkhas might help") is a group of people everywhere in the document, unless the gazetteer knows it as a
    place."""
    peoples = {m.text for m in named if m.kind == "name" and m.type == "Group" and not m.iso3}
    places = gazetteer.place_countries()
    regions = gazetteer.region_names()
    return [dataclasses.replace(m, type="Group") if m.kind == "name" and m.type == "Place" and m.text in peoples
            and not m.role and m.text not in places and m.text not in regions else m for m in named]


def _inside_longer_name(span: Span) -> bool:
    """'the English Democrats', 'Christian Democrats': a capitalised word before the party word (not the first of
    its sentence) makes another party's name."""
    if span.start == 0 or span.start == span.sent.start:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ in lexicons.title_modifiers():
        return False  # "Former Labour leader X": a modifier of the post, capitalised as the sentence's first word
    if before.ent_type_ in {"DATE", "TIME"}:
        return False  # "In October Tory leader X": a month is no part of a party's name
    if before.i == span.sent.start and not before.ent_type_ and (
            before.lower_ in QUANTIFYING_ADJECTIVES or (before.pos_ == "ADJ" and before.lemma_.islower())):
        return False  # "Many Labour MPs", "Angry Tory MPs": a word capitalised only as the sentence's first
    return before.is_title and before.pos_ in {"PROPN", "ADJ", "NOUN"}


def _party_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Party labels (data/political_parties.tsv) are the party, wherever found: a name NER typed otherwise, or
    one it missed before a name or post ("Labour MP X", "Lib Dem spokesman X"), capitalised and nominal."""
    parties = lexicons.political_parties()
    named = _joined_party_labels(doc, named, parties)
    named = _party_labels_in_names(doc, named, parties)
    result = [dataclasses.replace(m, type="Organization", canonical=parties[m.text])
              if m.kind == "name" and m.text in parties and not _inside_longer_name(doc[m.start:m.end]) else m
              for m in named]
    covered = {i for m in result for i in range(m.start, m.end)}
    sizes = sorted({len(form.split()) for form in parties}, reverse=True)
    # a span's text starts with its first token's: a token no party label starts with starts none (most tokens)
    prefixes = {form[:n] for form in parties for n in range(1, len(form) + 1)}
    for i, text in enumerate(_texts(doc)):
        if i in covered or not text[:1].isupper() or text not in prefixes:
            continue
        for size in sizes:
            span = doc[i:i + size]
            last = span[-1] if len(span) == size else None
            if last is None or span.text not in parties or any(j in covered for j in range(i, i + size)) \
                    or _inside_longer_name(span):
                continue
            if last.pos_ in {"PROPN", "NOUN"} or last.dep_ in {"compound", "appos", "poss"} or _party_of_post(last):
                result.append(Mention(i, i + size, span.text, "Organization", "name", head=last.i,
                                      canonical=parties[span.text]))
                covered |= set(range(i, i + size))
                break
    return sorted(result, key=lambda m: m.start)


def _joined_party_labels(doc: Doc, named: list[Mention], parties: dict[str, str]) -> list[Mention]:
    """'Liberal | Democrat chairman X', 'Scottish | National Party leader X': two adjacent names NER cut apart (an ORG
    and a NORP, a country and an ORG) that together make a party label are that one party's name, not a party and
    a people or a country."""
    result: list[Mention] = []
    for mention in named:
        last = result[-1] if result else None
        if last is not None and last.kind in {"name", "country"} and mention.kind == "name" \
                and last.end == mention.start:
            text = doc[last.start:mention.end].text
            if text in parties:
                result[-1] = Mention(last.start, mention.end, text, "Organization", "name", head=mention.head,
                                     canonical=parties[text])
                continue
        result.append(mention)
    return result


def _party_labels_in_names(doc: Doc, named: list[Mention], parties: dict[str, str]) -> list[Mention]:
    """'London UKIP MEP X', 'Lib Dem Treasury spokesman Y': a name NER ran over a party label (data/political_
    parties.tsv) and the town before it, or (typed a person) over the label and a capitalised field after it, right
    before a post of data/titles.tsv, is cut to the label: the party the post is in (the rest says where the post
    is held or what it covers, and names no one)."""
    titles = lexicons.titles()
    result: list[Mention] = []
    for mention in named:
        span = doc[mention.start:mention.end]
        after = doc[mention.end] if mention.end < len(doc) else None
        if mention.kind != "name" or len(span) < 2 or mention.text in parties or after is None \
                or after.pos_ not in NOMINAL_POS or after.lower_ not in titles:
            result.append(mention)
            continue
        cut = None
        for size in range(len(span) - 1, 0, -1):
            if mention.type == "Person" and span[:size].text in parties \
                    and all(t.is_title or t.is_upper for t in span[size:]):
                cut = (mention.start, mention.start + size)  # "Lib Dem Treasury | spokesman"
                break
            if span[len(span) - size:].text in parties and all(_town(t) for t in span[:len(span) - size]):
                cut = (mention.end - size, mention.end)  # "London UKIP | MEP"
                break
        if cut is None:
            result.append(mention)
            continue
        text = doc[cut[0]:cut[1]].text
        result.append(Mention(cut[0], cut[1], text, "Organization", "name", head=cut[1] - 1, canonical=parties[text]))
    return result


def _town(token: Token) -> bool:
    """A capitalised word the gazetteer knows as a city, region or capital (not a people's adjective: "English
    Democrats" is a party of its own)."""
    hit = gazetteer.surface_forms().get(token.text)
    return token.is_title and (token.text in gazetteer.place_countries() or hit is not None and hit[1] == "capital")


def _party_of_post(token: Token) -> bool:
    """'Conservative leader X', 'Democratic senator Y': a party label the parser took for an adjective, on a
    post of data/titles.tsv, names the party the post is in."""
    return token.dep_ == "amod" and token.head.pos_ in NOMINAL_POS and token.head.lower_ in lexicons.titles()


def member_group_owners(head: Token) -> list[Token]:
    """'WTO members', 'EU member states', "the WTO's 148 members", 'members of Opec': the proper nouns naming the
    body whose members a plural member noun (data/member_words.txt) stands for; [] for any other token."""
    if head.tag_ not in PLURAL_NOUN_TAGS:
        return []
    words = lexicons.member_words()
    member = head if head.lemma_.lower() in words else next(
        (c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in words), None)
    if member is None:
        return []
    owners = [c for t in dict.fromkeys((head, member)) for c in t.children
              if c.dep_ in {"compound", "nmod", "poss"} and c.i < member.i and c.pos_ == "PROPN"]
    if member is head:
        owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return owners


def _member_group(token: Token, organisations: set[int], covered: set[int]) -> Mention | None:
    """The members of a named organisation as one group ("Some WTO members", "the 25 EU member states"): the words
    after the organisation's name are the mention, the whole phrase its text."""
    owners = [o for o in member_group_owners(token) if o.i in organisations]
    if not owners or token.i in covered:
        return None
    before = [o.i for o in owners if o.i < token.i]
    start = max(before) + 1 if before else token.i
    while start < token.i and (token.doc[start].tag_ == "POS" or token.doc[start].i in covered):
        start += 1
    left = token.left_edge.i
    while left < token.i and (token.doc[left].dep_ in {"det", "predet"}
                              or token.doc[left].lower_ in QUANTIFYING_ADJECTIVES):
        left += 1
    right = max(o.i for o in owners) + 1 if not before else token.i + 1
    # the group's name, not its count: "many Nato members", "the IMF's 190 members" are "Nato members", "IMF members"
    text = " ".join(t.text for t in token.doc[min(left, start):right] if t.tag_ not in {"POS", "CD"})
    return Mention(start, token.i + 1, text, "Group", "description", role="members", head=token.i)


@functools.cache
def _party_member_nouns() -> frozenset[str]:
    return datafiles.word_list("party_member_nouns.txt")


def _plural_of(token: Token, words: frozenset[str]) -> bool:
    """Whether a token is the plural of one of `words`: tagged plural with its lemma there, or an acronym's
    plural the tagger took for a singular or a name ("MPs", "MEPs": the capitals before the "s")."""
    if token.pos_ not in NOMINAL_POS:
        return False
    if token.tag_ in PLURAL_NOUN_TAGS and token.lemma_.lower() in words:
        return True
    return _acronym_plural(token.text) and token.text[:-1].lower() in words


def _acronym_plural(text: str) -> bool:
    """'MPs', 'MEPs': an acronym's plural, capitals before a lowercase "s" (the tagger may take it for a singular or
    a name)."""
    return len(text) > 2 and text[-1] == "s" and text[:-1].isupper()


def _party_member_group(token: Token, parties: set[int], covered: set[int]) -> Mention | None:
    """'Labour MPs accused him', 'fellow UKIP MEPs', '32 Tory rebels': a plural noun of a party's people
    (data/party_member_nouns.txt) after the party's label names a group of that party's people, a Group named by
    the label and the noun ("Labour MPs"), not the party: the party's mention is kept as its own; after "the
    party's", as written ("party's MPs"). Not where the
    noun modifies another ("Labour MPs' votes" is kept, "a Labour MP" is one person, no group)."""
    if token.i in covered or token.dep_ == "compound" or not _plural_of(token, _party_member_nouns()):
        return None
    doc = token.doc
    left = token.i
    while left > 0 and doc[left - 1].dep_ in {"amod", "compound", "nmod"} and left - 1 not in parties \
            and doc[left - 1].pos_ in {"ADJ", "NOUN"} and doc[left - 1].lower_ not in QUANTIFYING_ADJECTIVES \
            and doc[left - 1].head.i == token.i and not doc[left - 1].ent_type_:
        left -= 1  # "Labour backbench MPs": a word of the group's own between the label and the noun
    owner = doc[left - 2] if left > 1 and doc[left - 1].tag_ == "POS" else None
    if owner is not None and owner.lower_ == PARTY_NOUN and owner.dep_ == "poss" \
            and not any(c.dep_ in {"amod", "compound"} for c in owner.children):
        # "the party's MPs", "his party's backbenchers": the people of a party named before, as written
        text = " ".join(t.text for t in doc[left - 2:token.i + 1]).replace(" 's", "'s")
        return Mention(left, token.i + 1, text, "Group", "description", role="agent", head=token.i)
    if left == 0 or left - 1 not in parties:
        return None
    first = left - 1
    while first > 0 and first - 1 in parties:
        first -= 1
    text = " ".join(t.text for t in doc[first:token.i + 1] if t.tag_ != "POS")
    return Mention(left, token.i + 1, text, "Group", "description", role="agent", head=token.i)


def _texts(doc: Doc) -> list[str]:
    """The text of every token, read without making a Token object per token."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def _description_heads(doc: Doc) -> Iterator[Token]:
    """The tokens that can head a description (`find_mentions`), in order: a plural noun (a member group, a
    collective), or a noun of `_thing_nouns`, data/policy_nouns.txt or data/retinue_nouns.txt; the first test of
    each finder, read from arrays instead of a Token per token of the document."""
    strings, nouns = doc.vocab.strings, _thing_nouns()
    policies = lexicons.plan_nouns() | _retinue_nouns()
    plural = {strings[tag] for tag in PLURAL_NOUN_TAGS}
    nominal = {strings[pos] for pos in NOMINAL_POS}
    lowered: dict[int, str] = {}
    for i, (tag, pos, lemma, orth) in enumerate(doc.to_array([TAG, POS, LEMMA, ORTH]).tolist()):
        if tag in plural:
            yield doc[i]
        elif pos in nominal:
            word = lowered.get(lemma)
            if word is None:
                word = lowered[lemma] = strings[lemma].lower()
            if word in nouns or word in policies:
                yield doc[i]
            else:
                if _acronym_plural(strings[orth]):  # tagged singular ("MPs"): `_party_member_group`
                    yield doc[i]


def find_mentions(doc: Doc) -> list[Mention]:
    """All mentions in the doc, in text order, without overlaps (named mentions win over descriptions)."""
    named = _numbered_groups_members(doc, _numbered_groups(doc, _named_mentions(doc)))
    named = sorted(named + _described_names(doc, named), key=lambda m: m.start)
    named = _party_names(doc, _propagate_names(doc, _consistent_types(doc, _retype_people(doc, named))))
    named = _consistent_peoples(_acting_continents(doc, named))
    named = sorted(named + _possessed_firms(doc, named), key=lambda m: m.start)
    named = sorted(named + _honorific_names(doc, named), key=lambda m: m.start)
    named = _judicial_names(doc, named)
    covered = {i for m in named for i in range(m.start, m.end)}
    descriptions = []
    organisations = {i for m in named if m.type == "Organization" for i in range(m.start, m.end)}
    labels = lexicons.political_parties()
    party_names = set(labels.values())
    parties = {i for m in named if m.type == "Organization" and (m.canonical in party_names or m.text in labels)
               for i in range(m.start, m.end)}
    for token in _description_heads(doc):
        mention = _member_group(token, organisations, covered) or _party_member_group(token, parties, covered) \
            or _description(token, covered) \
            or _policy(token, covered) or _collective(token, covered) or _acting_group(token, covered) \
            or _retinue(token, covered) or _owned_plan(token, covered)
        if mention is not None:
            descriptions.append(mention)
            covered |= set(range(mention.start, mention.end)) - {t.i for t in doc[mention.start:mention.end]
                                                                   if t.ent_type_ in COUNTRY_WORD_LABELS}
    # A description that contains a demonym or country name keeps it: "Israeli army" also mentions Israel.
    mentions = sorted(named + descriptions, key=lambda m: (m.start, -(m.end - m.start)))
    result: list[Mention] = []
    for mention in mentions:
        if result and mention.start < result[-1].end and not (
                (mention.kind == "country" or mention.role == "capital") and result[-1].kind == "description"):
            if mention.kind == "description" and result[-1].kind == "country" and result[-1].end <= mention.end:
                result[-1] = mention  # the body wins over the demonym it contains: "Israeli army"
            continue
        result.append(mention)
    return result


_NUMBERED_ACRONYM = re.compile(r"G-?(\d{1,3})")


def _group_number(doc: Doc, i: int) -> tuple[int, int] | None:
    """The end and number of a group named by its number at token i: "G8", "G-20", "Group of Eight", "Group of
    77" (a capitalised "Group" and a number word written capitalised, or digits), else None."""
    text = doc[i].text
    found = _NUMBERED_ACRONYM.fullmatch(text)
    if found:
        return i + 1, int(found[1])
    if text == "G" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text.isdigit() \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return i + 3, int(doc[i + 2].text)
    if text == "Group" and i + 2 < len(doc) and doc[i + 1].text == "of":
        word = doc[i + 2].text
        value = int(word) if word.isdigit() else lexicons.number_words().get(word.lower()) if word.istitle() else None
        if value:
            return i + 3, value
    return None


def _numbered_group_name(number: int) -> str:
    """The one name of the group of `number`: the organisations table's ("Group of Eight") when it lists "G<N>",
    else "G<N>", so that "Group of Five" and "G5" meet on one node."""
    org = lexicons.organisation_index().get(f"G{number}")
    return org.name if org is not None else f"G{number}"


def _numbered_groups(doc: Doc, named: list[Mention]) -> list[Mention]:
    """'Group of Eight' and 'G8' name one organisation (the convention "Group of <N>" = "G<N>"), whatever NER made
    of them ("Eight" a CARDINAL, "G7" a PRODUCT or a place): a name so written gets that name as its canonical
    one, and one NER left out becomes a mention ("the G8 summit", a name before an event noun, the event)."""
    result: list[Mention] = []
    covered: set[int] = set()
    for m in named:
        covered |= set(range(m.start, m.end))
        numbered = _group_number(doc, m.start)
        if numbered is not None and numbered[0] == m.end and m.kind == "name" and m.type != "Event":
            m = dataclasses.replace(m, type="Organization", canonical=_numbered_group_name(numbered[1]))
        result.append(m)
    nouns = _thing_nouns()
    for i, text in enumerate(_texts(doc)):  # (a Token made only for a word starting with "G")
        numbered = None if i in covered or text[:1] != "G" else _group_number(doc, i)
        if numbered is None or any(j in covered for j in range(i, numbered[0])):
            continue
        token = doc[i]
        end, etype, canonical = numbered[0], "Organization", _numbered_group_name(numbered[1])
        after = doc[end] if end < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and nouns.get(after.lemma_.lower(), ("", ""))[1] == "thing":
            end, etype, canonical = end + 1, nouns[after.lemma_.lower()][0], None
        span = doc[token.i:end]
        result.append(Mention(span.start, span.end, span.text, etype, "name", head=span.root.i, canonical=canonical))
        covered |= set(range(span.start, span.end))
    return sorted(result, key=lambda m: m.start)


_MEMBER_NOUNS = frozenset({"country", "nation", "state", "government", "member"})


def _numbered_groups_members(doc: Doc, named: list[Mention]) -> list[Mention]:
    """'G8 nations', 'the G7 countries': a group named by its number of members is those member states and
    nothing else, so its name before a plural noun of states is the group itself (the mention widened over the
    noun); 'G7 ministers', 'the G8 summit' are not ("Nato members", a body's members, are the membership rules')."""
    result: list[Mention] = []
    for m in named:
        noun = doc[m.end] if m.end < len(doc) else None
        if m.type == "Organization" and m.kind == "name" and _group_number(doc, m.start) is not None \
                and noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in _MEMBER_NOUNS \
                and doc[m.end - 1].head.i == noun.i and not any(n.start == noun.i for n in named):
            m = dataclasses.replace(m, end=noun.i + 1, text=f"{m.text} {noun.text}", head=noun.i)
        result.append(m)
    return result


def _honorific_split(spans: list[Span]) -> list[Span]:
    """The NER spans, each cut before every capitalised honorific inside it: NER may run "the deal with Tanzania
    Mr Roe said" or "Mr Roe and Mr Doe" into one name; each honorific starts a person's name, the words
    before the first are a name of their own (a joining "and" or comma dropped)."""
    honorifics = lexicons.honorifics()
    result: list[Span] = []
    for span in spans:
        cuts = [t.i for t in span if span.start < t.i < span.end - 1 and t.is_title and t.lower_ in honorifics
                and span.doc[t.i - 1].lower_ not in honorifics]  # ("Lt Gen X", "Sir Dr X": one name)
        if not cuts:
            result.append(span)
            continue
        doc = span.doc
        for begin, cut in zip([span.start, *cuts], [*cuts, span.end]):
            end = cut
            while end > begin and cut != span.end and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1  # "Mr Roe and | Mr Doe": without the "and"
            if end > begin:
                result.append(Span(doc, begin, end, label=span.label_ if begin == span.start else "PERSON"))
    return result


def _plural_post(token: Token) -> bool:
    """'MPs', 'ministers': a post of data/titles.tsv in the plural."""
    titles = lexicons.titles()
    lower = token.lower_
    return lower.endswith("s") and (lower[:-1] in titles or (token.tag_ in {"NNS", "NNPS"}
                                                             and token.lemma_.lower() in titles))


def _after_body_noun(span: Span) -> bool:
    """'oil firm Norvik', 'its European units Kovex and Norvik': a name right after a noun saying what kind of
    organisation it is (data/organisation_descriptors.txt) or what part of one (data/part_nouns.txt), or conjoined
    with such a name, is an organisation's."""
    doc, bodies = span.doc, _body_nouns()
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head  # "Kovex and Norvik": the list's first name carries the noun before it
    if first.i != span.root.i and len(span) > 1 and known_first_name(span[0].text):
        return False  # "oil firm Norvik and Anna Smith": a person beside the firm
    start = span.start if first.i == span.root.i else min(t.i for t in first.subtree if t.pos_ == "PROPN")
    before = doc[start - 1] if start else None
    if before is not None and before.is_sent_start and before.pos_ == "PROPN" and before.lower_ in bodies:
        return True  # "Regulator Kovex fined ...": the capitalised noun opening the sentence, tagged a proper noun
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in bodies \
        and not (before.i > 0 and doc[before.i - 1].text == "-")  # "right-wing England": an adjective, no noun


OWNED_PART_NOUNS = frozenset({"unit", "subsidiary", "division", "affiliate", "arm"})  # of data/part_nouns.txt


def _before_owned_part_noun(span: Span) -> bool:
    """'its Kovlink unit', "Acme's Paris-based Norvik subsidiary": proper nouns set between an owner (a possessive,
    maybe with an 'X-based' before them) and a noun of a firm's part name that part; not a demonym or an adjective
    ("its Asian unit")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    at = span.start - 1
    if at >= 3 and doc[at].lower_ == "based" and doc[at - 1].text == "-" and doc[at - 2].pos_ == "PROPN":
        at -= 3  # "its Paris-based Kovlink unit": the owner stands before the place it is based in
    before = doc[at] if at >= 0 else None
    return after is not None and after.lower_ in OWNED_PART_NOUNS and after.pos_ == "NOUN" \
        and before is not None and (before.tag_ in {"PRP$", "POS"}) \
        and all(t.pos_ == "PROPN" and t.tag_ == "NNP" for t in span) \
        and gazetteer.surface_forms().get(span.text) is None


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Nouns for a kind of organisation or a part of one (data/organisation_descriptors.txt, part_nouns.txt)."""
    return lexicons.organisation_descriptors() | lexicons.part_nouns()


def _posted_first_name(span: Span) -> bool:
    """'teacher Ann Roe', 'its deputy leader, Ann Roe': a name of two or three capitalised words opening with a
    first name (gender-guesser's dictionary), right after a post or trade or in apposition to one, is a person's."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.is_title for t in span) or not known_first_name(span[0].text):
        return False
    if _firm_word(span):
        return False  # "chairman Ann Roe Group": a firm named after its founder
    posts = _post_heads()
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and before.lower_ in posts:
        return True
    root = span.root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in posts


def _firm_word(span: Span) -> bool:
    """Whether a word after the first of a name is a body's or firm's ("Ann Roe Group", "Roe Holdings")."""
    bodies = _firm_words()
    return any(t.lower_ in bodies or t.lemma_.lower() in bodies for t in span[1:])


@functools.cache
def _firm_words() -> frozenset[str]:
    """Words that make a name a body's or a firm's (descriptors, company nouns, the nouns of named things)."""
    return frozenset(lexicons.organisation_descriptors() | lexicons.company_nouns() | _thing_nouns().keys())


@functools.cache
def _post_heads() -> frozenset[str]:
    """The last word of every post and trade ("minister", "leader", "nurse"): the noun a title ends in."""
    return frozenset(title.split()[-1] for title in lexicons.titles())


def _post_before_name(span: Span) -> bool:
    """'pro-war Labour MP | Oona King': an organisation span NER ended in a post right before a person's name is
    the person's description (the post and the party are read from it as for "Labour MP X"), not a body."""
    doc = span.doc
    return span.label_ == "ORG" and len(span) > 1 and span[-1].lower_ in lexicons.titles() \
        and span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "B"


def _conjoined_split(spans: list[Span]) -> list[Span]:
    """The NER spans, each organisation's span of two names joined by "and" cut in two: the small model may run
    "backed by Oxfam International and Kovaid" into one name. Only where the words after "and" hang on the first
    name as its conjunct (not "the Trade and Industry Committee", headed after "and") and the parts are names of
    their own: one in the organisations table or a person's surname in the text ("Roe and Lowther" where "Ann Roe"
    is a person: each part a person's), or both named alone as a body or person elsewhere in the text; not "Kenya
    Power and Lighting Company", nor "Kovton and Bow" (a constituency) where only "Kovton" is named alone."""
    doc = spans[0].doc if spans else None
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1} if doc is not None else set()
    alone = {e.text for e in doc.ents if e.label_ in {"ORG", "PERSON"}} if doc is not None else set()
    result: list[Span] = []
    for span in spans:
        cut = next((t.i for t in span if t.lower_ == "and" and span.start < t.i < span.end - 1), None) \
            if span.label_ == "ORG" else None
        if cut is None:
            result.append(span)
            continue
        left = doc[span.start:cut]
        right = doc[cut + 1:span.end]
        left = left[1:] if left[0].lower_ == "the" and len(left) > 1 else left
        if right.root.dep_ != "conj" or right.root.head != left.root or not right[0].is_title \
                or not (any(part.text in surnames or _organisation_ids().get(part.text) for part in (left, right))
                        or (left.text in alone and right.text in alone)):
            result.append(span)
            continue
        result += [Span(doc, part.start, part.end, label="PERSON" if part.text in surnames else "ORG")
                   for part in (left, right)]
    return result


DASHES = frozenset({"-", "–", "—", "--"})  # a dash written between spaces sets a phrase apart, unlike a hyphen


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on each side ("held in May - Ann Roe and ..."), not a hyphen inside a word."""
    doc = token.doc
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0 and bool(doc[token.i - 1].whitespace_)


def _dash_split(spans: list[Span]) -> list[Span]:
    """The NER spans, each cut at a dash set between spaces: NER may run "in May - Ann Roe" (a date) or "Ann Roe -
    have" into one name across a parenthetical dash. The words before the dash keep the span's label; those after it
    are kept as a person's name only when they are two or three capitalised words opening with a first name."""
    result: list[Span] = []
    for span in spans:
        cut = next((t.i for t in span if span.start < t.i < span.end - 1 and _spaced_dash(t)), None)
        if cut is None:
            result.append(span)
            continue
        doc = span.doc
        left, right = doc[span.start:cut], doc[cut + 1:span.end]
        if any(t.is_title or t.is_upper or t.like_num for t in left):
            result.append(Span(doc, left.start, left.end, label=span.label_))
        if 2 <= len(right) <= 3 and all(t.is_title for t in right) and known_first_name(right[0].text):
            result.append(Span(doc, right.start, right.end, label="PERSON"))
    return result


def _comma_split(spans: list[Span]) -> list[Span]:
    """The NER spans, each cut at an inner comma whose words after it do not depend on the words before it (their
    head outside the span, or an apposition or conjunct of a word before the comma): NER may run "the Treaty,
    Downing Street said" or "the House of Commons, European Parliament" into one name; each part is a name."""
    result: list[Span] = []
    for span in spans:
        comma = next((t.i for t in span if t.text == "," and span.start < t.i < span.end - 1), None)
        if comma is None:
            result.append(span)
            continue
        doc = span.doc
        after = doc[comma + 1:span.end]
        root = after.root
        if span.start <= root.head.i < comma and root.dep_ not in {"appos", "conj"}:
            result.append(span)  # the words after the comma depend on a word before it: one name
            continue
        result += [Span(doc, span.start, comma, label=span.label_), Span(doc, comma + 1, span.end, label=span.label_)]
    return result
