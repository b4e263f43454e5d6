"""Typed loaders for the hand-built lexicons in ``kg/data/``.

Every loader reads its file once (``functools.cache``) through the shared
readers of :mod:`kg.datafiles` and validates it: a malformed row raises ``ValueError``
naming the file and the line, so a bad edit fails at start-up and in the tests
rather than silently dropping facts.

Files and loaders:

* ``triggers.tsv``             -> :func:`triggers`   {(lemma, pos): [Trigger, ...]}
* ``light_verbs.txt``          -> :func:`light_verbs`
* ``titles.tsv``               -> :func:`titles`     {title: Title}
* ``title_modifiers.txt``      -> :func:`title_modifiers`
* ``organisations.tsv``        -> :func:`organisations`, :func:`organisation_index`
* ``group_anaphora.txt``       -> :func:`group_anaphora`
* ``group_nouns.tsv``          -> :func:`group_nouns`
* ``collective_nouns.txt``     -> :func:`collective_nouns`
* ``definite_descriptions.tsv``-> :func:`definite_descriptions`
* ``country_epithets.tsv``     -> :func:`country_epithets`
* ``monarchies.txt``           -> :func:`monarchies`, :func:`monarchy_styles`
* ``commitment_cues.txt``      -> :func:`commitment_cues`
* ``refusal_cues.txt``         -> :func:`refusal_cues`
* ``speech_verbs.txt``         -> :func:`speech_verbs`
* ``organisation_descriptors.txt`` -> :func:`organisation_descriptors`
* ``organisation_heads.txt``   -> :func:`organisation_heads`
* ``entity_nouns.tsv``         -> :func:`entity_nouns` {noun: (entity type, role)}
* ``state_triggers.tsv``       -> :func:`state_triggers`
* ``cancellation_cues.txt``    -> :func:`cancellation_cues`
* ``intent.tsv``               -> :func:`expressed_intent` {PLOVER type: Intent(committed, refused, ended)}
* ``national_titles.tsv``      -> :func:`national_titles` {title: ISO3}
* ``national_title_senses.tsv``-> :func:`national_title_senses` {(title, ISO3): leads}
* ``title_states.tsv``         -> :func:`title_states` {title: frozenset of ISO3}
* ``leader_words.txt``         -> :func:`leader_words`
* ``authoring_verbs.txt``      -> :func:`authoring_verbs`
* ``seeking_nouns.txt``        -> :func:`seeking_nouns`
* ``organisation_seats.tsv``   -> :func:`organisation_seats` {city: (Organisation, ...)}
* ``venue_verbs.txt``          -> :func:`venue_verbs`
* ``nominal_exceptions.txt``   -> :func:`nominal_exceptions`
* ``event_kinds.tsv``          -> :func:`event_kinds` {noun: kind}, :func:`event_nouns`
* ``gathering_verbs.tsv``      -> :func:`gathering_verbs` {verb: {kind: role}}
* ``site_visit_verbs.txt``     -> :func:`site_visit_verbs`
* ``presence_act_verbs.txt``   -> :func:`presence_act_verbs`
* ``occasion_nouns.txt``       -> :func:`occasion_nouns`
* ``address_nouns.txt``        -> :func:`address_nouns`
* ``state_hosted_events.txt``  -> :func:`state_hosted_events`
* ``press_event_words.txt``    -> :func:`press_event_words`
* ``audience_nouns.txt``       -> :func:`audience_nouns`
* ``undertaking_nouns.txt``    -> :func:`undertaking_nouns`
* ``accession_nouns.txt``      -> :func:`accession_nouns`
* ``margin_nouns.txt``         -> :func:`margin_nouns`
* ``outcome_nouns.txt``        -> :func:`outcome_nouns`
* ``campaign_nouns.txt``       -> :func:`campaign_nouns`
* ``shell_nouns.txt``          -> :func:`shell_nouns`
* ``schedule_verbs.txt``       -> :func:`schedule_verbs`
* ``resumption_verbs.txt``     -> :func:`resumption_verbs`
* ``office_nouns.tsv``         -> :func:`office_nouns` {noun: Office(person, state)}
* ``ethnic_groups.txt``        -> :func:`ethnic_groups`
* ``generic_place_words.txt``  -> :func:`generic_place_words`
* ``compass_words.txt``        -> :func:`compass_words`
* ``displaced_groups.txt``     -> :func:`displaced_groups`
* ``contrastive_modifiers.txt``-> :func:`contrastive_modifiers`
* ``domains.tsv``              -> :func:`domains` {word: field}
* ``honorifics.tsv``           -> :func:`honorifics` {honorific: "m" | "f" | None}
* ``title_abbreviations.tsv``  -> :func:`title_abbreviations` {abbreviation: title}
* ``pleonastic_nouns.txt``     -> :func:`pleonastic_nouns`
* ``plural_state_nouns.txt``   -> :func:`plural_state_nouns`
* ``appraisal_verbs.txt``      -> :func:`appraisal_verbs`
* ``linking_verbs.txt``        -> :func:`linking_verbs`
* ``receiving_verbs.txt``      -> :func:`receiving_verbs`
* ``exposure_nouns.tsv``       -> :func:`exposure_nouns` {noun: (predicate, frame)}
* ``facing_verbs.txt``         -> :func:`facing_verbs`
* ``holding_verbs.txt``        -> :func:`holding_verbs`
* ``stance_declaring_verbs.txt`` -> :func:`stance_declaring_verbs`
* ``proposed_things.txt``     -> :func:`proposed_things`
* ``backing_verbs.txt``       -> :func:`backing_verbs`
* ``plan_class_modifiers.txt`` -> :func:`plan_class_modifiers`
* ``owned_plan_nouns.txt``     -> :func:`owned_plan_nouns`
* ``instrument_nouns.txt``     -> :func:`instrument_nouns`
* ``belief_verbs.txt``         -> :func:`belief_verbs`
* ``firm_relation_nouns.txt``  -> :func:`firm_relation_nouns`
* ``state_post_kinds.txt``     -> :func:`state_post_kinds`
* ``party_adjectives.tsv``     -> :func:`party_adjectives`
* ``uncertainty_adverbs.txt``  -> :func:`uncertainty_adverbs`
* vaderSentiment's ``vader_lexicon.txt`` -> :func:`opinion_words` {word: valence}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import datafiles, model, vocabulary

__all__ = [
    "PREDICATES",
    "PLOVER_TYPES",
    "Trigger",
    "Intent",
    "Title",
    "Organisation",
    "DefiniteDescription",
    "triggers",
    "triggers_for",
    "trigger_heads",
    "light_verbs",
    "titles",
    "title_modifiers",
    "organisations",
    "organisation_index",
    "group_anaphora",
    "group_nouns",
    "collective_nouns",
    "definite_descriptions",
    "country_epithets",
    "monarchies",
    "monarchy_styles",
    "satisfies",
    "commitment_cues",
    "refusal_cues",
    "speech_verbs",
    "organisation_descriptors",
    "organisation_heads",
    "entity_nouns",
    "state_triggers",
    "cancellation_cues",
    "expressed_intent",
    "Office",
    "national_titles",
    "national_title_senses",
    "title_states",
    "leader_words",
    "authoring_verbs",
    "seeking_nouns",
    "organisation_seats",
    "venue_verbs",
    "nominal_exceptions",
    "event_kinds",
    "event_nouns",
    "gathering_verbs",
    "site_visit_verbs",
    "presence_act_verbs",
    "occasion_nouns",
    "address_nouns",
    "state_hosted_events",
    "press_event_words",
    "audience_nouns",
    "undertaking_nouns",
    "accession_nouns",
    "margin_nouns",
    "outcome_nouns",
    "campaign_nouns",
    "shell_nouns",
    "schedule_verbs",
    "resumption_verbs",
    "office_nouns",
    "ethnic_groups",
    "generic_place_words",
    "compass_words",
    "displaced_groups",
    "contrastive_modifiers",
    "domains",
    "honorifics",
    "title_abbreviations",
    "pleonastic_nouns",
    "plural_state_nouns",
]

#: The 24 interaction predicates of the vocabulary and their PLOVER event type.
# The event predicates of the vocabulary and their PLOVER types, as the ontology defines them (kg/data/ontology.ttl).
PREDICATES: dict[str, str] = {p.name: p.plover for p in vocabulary.predicates() if p.category != "state"}
PLOVER_TYPES: frozenset[str] = frozenset(PREDICATES.values())

#: The 6 state predicates of the vocabulary (roles and belonging, no PLOVER event type).
STATE_PREDICATES = frozenset({"leads", "memberOf", "affiliatedWith", "partOf", "holdsPosition", "counterpartOf"})

#: The entity types of the model (kg.model.ENTITY_TYPES is their one definition), as a set for checking rows.
ENTITY_TYPES: frozenset[str] = frozenset(model.ENTITY_TYPES)

#: Entity types and description roles of data/entity_nouns.tsv.
ENTITY_NOUN_TYPES = ENTITY_TYPES
ENTITY_NOUN_ROLES = frozenset({"state", "body", "representative", "role", "thing", "place", "agent", "anaphor"})

TRIGGER_POS = frozenset({"VERB", "NOUN"})
_OBJECT_RE = re.compile(r"^(dobj|dative|poss|pair|none|prep:[a-z]+)$")
_SOURCE_RE = re.compile(r"^(PLOVER|English|CAMEO \d{2,4})$")
TITLE_LEADS = frozenset({"state", "organisation", "no"})
TITLE_KINDS = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "minister",
        "military",
        "diplomat",
        "official",
        "legislator",
        "media",
        "business",
        "occupation",
        "other",
    }
)
ORGANISATION_TYPES = frozenset(
    {"IGO", "military_alliance", "trade_bloc", "financial", "court", "NGO"}
)
MONARCHY_STYLES = frozenset(
    {
        "kingdom",
        "emirate",
        "sultanate",
        "principality",
        "grand duchy",
        "empire",
        "elective",
        "co-principality",
        "commonwealth realm",
    }
)
DESCRIPTION_NEEDS = (
    frozenset({"", "monarchy", "republic", "title", "government", "named"})
    | MONARCHY_STYLES
    | ORGANISATION_TYPES
)
_ISO3_RE = re.compile(r"^[A-Z]{3}$")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of ``triggers.tsv``: a word that signals a predicate."""

    lemma: str  # full lemma, multi-word allowed ("call on", "reach deal")
    pos: str  # VERB or NOUN
    predicate: str  # one of PREDICATES
    objects: tuple[str, ...]  # object attachments in priority order
    confidence: float
    source: str
    line: int  # line in triggers.tsv, for provenance

    @property
    def head(self) -> str:
        """Lemma of the syntactic head (first word)."""
        return self.lemma.split(" ", 1)[0]

    @property
    def dependents(self) -> tuple[str, ...]:
        """Lemmas of the particle/preposition/collocate that must accompany the head."""
        return tuple(self.lemma.split(" ")[1:])

    @property
    def plover(self) -> str:
        return PREDICATES[self.predicate]

    @property
    def symmetric_pair(self) -> bool:
        """Whether a coordinated subject ("X and Y agreed") gives both sides."""
        return "pair" in self.objects


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    leads: str  # state | organisation | no
    kind: str


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    acronym: str  # "" when none
    aliases: tuple[str, ...]
    type: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: name, acronym (if any) and aliases."""
        out = [self.name]
        if self.acronym:
            out.append(self.acronym)
        out.extend(self.aliases)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class DefiniteDescription:
    phrase: str
    type: str
    needs: str  # "" when unconditional


# --------------------------------------------------------------------------- reading


_text = datafiles.text
_lines = datafiles.lines
_rows = datafiles.rows
_fail = datafiles.fail
_word_list = datafiles.word_list
_word_map = datafiles.word_map


# --------------------------------------------------------------------------- loaders


@cache
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """Triggers keyed by (lemma, pos); several predicates may share a key.

    The key's lemma is the full (possibly multi-word) lemma; use
    :func:`trigger_heads` to look up by the head word alone.
    """
    return _trigger_table("triggers.tsv", PREDICATES)


@cache
def state_triggers() -> tuple[Trigger, ...]:
    """Words that state a standing relation ("X leads Y", "Y joined X"): data/state_triggers.tsv."""
    return tuple(t for rows in _trigger_table("state_triggers.tsv", STATE_PREDICATES).values() for t in rows)


def _trigger_table(name: str, predicates) -> dict[tuple[str, str], list[Trigger]]:
    out: dict[tuple[str, str], list[Trigger]] = {}
    seen: set[tuple[str, str, str]] = set()
    header = ("lemma", "pos", "predicate", "object", "confidence", "source")
    for number, (lemma, pos, predicate, obj, conf, source) in _rows(name, header):
        if not lemma or lemma != lemma.lower() or "  " in lemma:
            raise _fail(name, number, f"lemma must be lowercase single-spaced: {lemma!r}")
        if pos not in TRIGGER_POS:
            raise _fail(name, number, f"pos must be VERB or NOUN, got {pos!r}")
        if predicate not in predicates:
            raise _fail(name, number, f"unknown predicate {predicate!r}")
        objects = tuple(o.strip() for o in obj.split(",") if o.strip())
        if not objects or any(not _OBJECT_RE.match(o) for o in objects):
            raise _fail(name, number, f"bad object specification {obj!r}")
        try:
            confidence = float(conf)
        except ValueError:
            raise _fail(name, number, f"confidence is not a number: {conf!r}") from None
        if not 0.5 <= confidence <= 0.95:
            raise _fail(name, number, f"confidence {confidence} outside 0.5-0.95")
        if not _SOURCE_RE.match(source):
            raise _fail(name, number, f"bad source {source!r}")
        key3 = (lemma, pos, predicate)
        if key3 in seen:
            raise _fail(name, number, f"duplicate trigger {lemma!r} {pos} {predicate}")
        seen.add(key3)
        trig = Trigger(lemma, pos, predicate, objects, confidence, source, number)
        out.setdefault((lemma, pos), []).append(trig)
    for key in out:
        out[key].sort(key=lambda t: -t.confidence)
    return out


@cache
def trigger_heads() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Triggers keyed by (head lemma, pos), multi-word ones first (most specific)."""
    grouped: dict[tuple[str, str], list[Trigger]] = {}
    for trigs in triggers().values():
        for t in trigs:
            grouped.setdefault((t.head, t.pos), []).append(t)
    return {
        k: tuple(sorted(v, key=lambda t: (-len(t.dependents), -t.confidence)))
        for k, v in grouped.items()
    }


def triggers_for(lemma: str, pos: str) -> tuple[Trigger, ...]:
    """Triggers whose full lemma is ``lemma`` with part of speech ``pos``."""
    return tuple(triggers().get((lemma, pos), ()))


@cache
def light_verbs() -> frozenset[str]:
    """Light verbs ("hold", "pay", "carry out") whose object noun carries the event."""
    return _word_list("light_verbs.txt")


@cache
def titles() -> dict[str, Title]:
    """Posts keyed by lowercase title."""
    name = "titles.tsv"
    out: dict[str, Title] = {}
    for number, (title, leads, kind) in _rows(name, ("title", "leads", "kind")):
        if not title or title != title.lower():
            raise _fail(name, number, f"title must be lowercase: {title!r}")
        if leads not in TITLE_LEADS:
            raise _fail(name, number, f"leads must be one of {sorted(TITLE_LEADS)}, got {leads!r}")
        if kind not in TITLE_KINDS:
            raise _fail(name, number, f"unknown kind {kind!r}")
        if title in out:
            raise _fail(name, number, f"duplicate title {title!r}")
        out[title] = Title(title, leads, kind)
    return out


def title_ending(words: list[str], longest: int = 5) -> tuple[str, Title] | None:
    """The longest title of data/titles.tsv (up to `longest` words) that ends a post as written, with its entry:
    ["Israeli", "prime", "minister"] → ("prime minister", ...); None when no title ends it."""
    table = titles()
    lowered = [w.lower() for w in words]
    for size in range(min(longest, len(lowered)), 0, -1):
        candidate = " ".join(lowered[-size:])
        if candidate in table:
            return candidate, table[candidate]
    return None


@cache
def national_titles() -> dict[str, str]:
    """Posts that belong to one country's government: lowercase title -> ISO3 ("foreign secretary" -> GBR)."""
    return _phrase_countries("national_titles.tsv", "title")


@cache
def national_title_senses() -> dict[tuple[str, str], str]:
    """What a title heads in one state where that differs from titles.tsv: (title, ISO3) -> leads
    (("chancellor", "GBR") -> "no": the British chancellor is a minister)."""
    name = "national_title_senses.tsv"
    out: dict[tuple[str, str], str] = {}
    for number, (title, iso3, leads) in _rows(name, ("title", "iso3", "leads")):
        if not title or title != title.lower():
            raise _fail(name, number, f"title must be lowercase: {title!r}")
        if not _ISO3_RE.match(iso3):
            raise _fail(name, number, f"bad ISO3 code {iso3!r}")
        if leads not in TITLE_LEADS:
            raise _fail(name, number, f"leads must be one of {sorted(TITLE_LEADS)}, got {leads!r}")
        out[(title, iso3)] = leads
    return out


@cache
def title_states() -> dict[str, frozenset[str]]:
    """Posts only a few states' governments have: lowercase title -> their ISO3 codes ("chancellor" -> GBR, DEU,
    AUT), so that a document naming one of them says whom an untied holder serves."""
    name = "title_states.tsv"
    out: dict[str, set[str]] = {}
    for number, (title, iso3) in _rows(name, ("title", "iso3")):
        if not title or title != title.lower():
            raise _fail(name, number, f"title must be lowercase: {title!r}")
        if not _ISO3_RE.match(iso3):
            raise _fail(name, number, f"bad ISO3 code {iso3!r}")
        if iso3 in out.get(title, ()):
            raise _fail(name, number, f"duplicate row {title!r} {iso3!r}")
        out.setdefault(title, set()).add(iso3)
    return {title: frozenset(codes) for title, codes in out.items()}


@cache
def government_nouns() -> frozenset[str]:
    """Nouns for a state's executive as one body ("government", "administration"): "the X administration" is headed by X."""
    return _word_list("government_nouns.txt")


@cache
def leader_words() -> frozenset[str]:
    """Generic words for whoever heads something; a country's ("Iraqi interim leader X") heads that state."""
    return _word_list("leader_words.txt")


@cache
def authoring_verbs() -> frozenset[str]:
    """Verbs by which a person makes a state's measure ("the US ban, imposed by X"): the maker serves the state."""
    return _word_list("authoring_verbs.txt")


@cache
def seeking_nouns() -> frozenset[str]:
    """Nouns of seeking an office ("bid", "campaign"): "a bid for membership" is not membership held."""
    return _word_list("seeking_nouns.txt")


@cache
def organisation_seats() -> dict[str, tuple[Organisation, ...]]:
    """Cities that stand for the organisations seated there: city -> organisations of organisations.tsv."""
    name = "organisation_seats.tsv"
    known = {org.name: org for org in organisations()}
    out: dict[str, tuple[Organisation, ...]] = {}
    for number, (city, organisation) in _rows(name, ("city", "organisation")):
        if organisation not in known:
            raise _fail(name, number, f"unknown organisation {organisation!r} (not in organisations.tsv)")
        out[city] = (*out.get(city, ()), known[organisation])
    return out


@cache
def title_modifiers() -> frozenset[str]:
    """Pre-modifiers dropped from recorded titles ("former", "acting")."""
    return _word_list("title_modifiers.txt")


@cache
def organisations() -> tuple[Organisation, ...]:
    """International organisations, in file order."""
    name = "organisations.tsv"
    out: list[Organisation] = []
    acronyms: set[str] = set()
    names: set[str] = set()
    for number, (org, acronym, aliases, otype) in _rows(
        name, ("name", "acronym", "aliases", "type")
    ):
        if not org:
            raise _fail(name, number, "empty name")
        if otype not in ORGANISATION_TYPES:
            raise _fail(name, number, f"unknown organisation type {otype!r}")
        if acronym:
            if acronym in acronyms:
                raise _fail(name, number, f"duplicate acronym {acronym!r}")
            acronyms.add(acronym)
        if org in names:
            raise _fail(name, number, f"duplicate organisation {org!r}")
        names.add(org)
        alias_tuple = tuple(a.strip() for a in aliases.split("|") if a.strip())
        out.append(Organisation(org, acronym, alias_tuple, otype))
    return tuple(out)


@cache
def organisation_index() -> dict[str, Organisation]:
    """Every surface form (name, acronym, alias) -> organisation.

    Keys keep their case (acronyms such as "WHO" or "CAN" must not match common
    words); look up the lowercased form too for names and aliases if needed.
    Forms claimed by two organisations are left out as ambiguous.
    """
    index: dict[str, Organisation] = {}
    ambiguous: set[str] = set()
    for org in organisations():
        for form in org.names:
            if form in index and index[form] != org:
                ambiguous.add(form)
            index.setdefault(form, org)
    for form in ambiguous:
        del index[form]
    return index


@cache
def group_anaphora() -> frozenset[str]:
    """Phrases referring jointly to the last two actors ("the two countries")."""
    return _word_list("group_anaphora.txt")


GROUP_NOUN_TYPES = frozenset({"Country", "Person", "Organization", "actor"})


@cache
def collective_nouns() -> frozenset[str]:
    """Plural nouns naming a collective actor when modified ("European leaders", "the poorest countries")."""
    return _word_list("collective_nouns.txt")


@cache
def group_nouns() -> dict[str, str]:
    """Plural nouns naming the last pair of actors after "the two"/"both": lemma -> the pair's type, or "actor"."""
    name = "group_nouns.tsv"
    table = _word_map(name, ("noun", "type"))
    for noun, etype in table.items():
        if etype not in GROUP_NOUN_TYPES:
            raise ValueError(f"{name}: unknown type {etype!r} for {noun!r}")
    return table


@cache
def definite_descriptions() -> dict[str, tuple[DefiniteDescription, ...]]:
    """Definite descriptions keyed by lowercase phrase; a phrase may have several types."""
    name = "definite_descriptions.tsv"
    out: dict[str, list[DefiniteDescription]] = {}
    for number, (phrase, etype, needs) in _rows(name, ("phrase", "type", "needs")):
        if not phrase or phrase != phrase.lower():
            raise _fail(name, number, f"phrase must be lowercase: {phrase!r}")
        if etype not in ENTITY_TYPES:
            raise _fail(name, number, f"unknown entity type {etype!r}")
        if needs not in DESCRIPTION_NEEDS:
            raise _fail(name, number, f"unknown condition {needs!r}")
        entry = DefiniteDescription(phrase, etype, needs)
        if entry in out.get(phrase, ()):
            raise _fail(name, number, f"duplicate description {phrase!r} {etype}")
        out.setdefault(phrase, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@cache
def reaction_nouns() -> frozenset[str]:
    """Nouns of an act or stance another actor has just taken, that a reaction is aimed at ("condemned the move")."""
    return _word_list("reaction_nouns.txt")


@cache
def country_epithets() -> dict[str, str]:
    """Lowercase epithet or government metonym -> ISO 3166-1 alpha-3 code."""
    return _phrase_countries("country_epithets.tsv", "epithet")


def _phrase_countries(name: str, column: str) -> dict[str, str]:
    """A two-column table of lowercase phrases and the ISO alpha-3 code each stands for, checked row by row."""
    out: dict[str, str] = {}
    for number, (phrase, iso3) in _rows(name, (column, "iso3")):
        if not phrase or phrase != phrase.lower():
            raise _fail(name, number, f"{column} must be lowercase: {phrase!r}")
        if not _ISO3_RE.match(iso3):
            raise _fail(name, number, f"bad ISO3 code {iso3!r}")
        if phrase in out:
            raise _fail(name, number, f"duplicate {column} {phrase!r}")
        out[phrase] = iso3
    return out


@cache
def monarchy_styles() -> dict[str, str]:
    """ISO3 code of each monarchy -> its style ("kingdom", "emirate", ...)."""
    name = "monarchies.txt"
    out: dict[str, str] = {}
    for number, (iso3, style) in _rows(name, ("iso3", "style")):
        if not _ISO3_RE.match(iso3):
            raise _fail(name, number, f"bad ISO3 code {iso3!r}")
        if style not in MONARCHY_STYLES:
            raise _fail(name, number, f"unknown monarchy style {style!r}")
        if iso3 in out:
            raise _fail(name, number, f"duplicate monarchy {iso3!r}")
        out[iso3] = style
    return out


@cache
def monarchies() -> frozenset[str]:
    """ISO3 codes of the states that are monarchies."""
    return frozenset(monarchy_styles())


def satisfies(needs: str, *, iso3: str | None = None, title: str | None = None,
              organisation_type: str | None = None) -> bool:
    """Whether an antecedent meets a definite description's ``needs`` condition.

    ``iso3`` for countries, ``title`` (lowercase) for persons, ``organisation_type``
    for organisations. ``title`` conditions are checked by the caller against the
    description's head noun, so here any known title satisfies them.
    """
    if not needs:
        return True
    if needs == "monarchy":
        return iso3 is not None and iso3 in monarchies()
    if needs == "republic":
        return iso3 is not None and iso3 not in monarchies()
    if needs in MONARCHY_STYLES:
        return iso3 is not None and monarchy_styles().get(iso3) == needs
    if needs in ORGANISATION_TYPES:
        return organisation_type == needs
    if needs == "title":
        return bool(title)
    return False


@cache
def venue_verbs() -> frozenset[str]:
    """Verbs that say where an event happens ("was held in", "took place in")."""
    return _word_list("venue_verbs.txt")


@cache
def nominal_exceptions() -> frozenset[str]:
    """Regular nominalisations whose everyday sense is not their verb's event ("organisation")."""
    return _word_list("nominal_exceptions.txt")


@cache
def commitment_cues() -> frozenset[str]:
    """Words by which an actor commits itself to a future act ("offered to", "is ready to", "vowed to")."""
    return _word_list("commitment_cues.txt")


@cache
def entity_nouns() -> dict[str, tuple[str, str]]:
    """Common nouns that head entity descriptions ("government", "army", "accord"): lemma → (type, role)."""
    name = "entity_nouns.tsv"
    out: dict[str, tuple[str, str]] = {}
    for number, (noun, etype, role) in _rows(name, ("noun", "type", "role")):
        if etype not in ENTITY_NOUN_TYPES:
            raise _fail(name, number, f"unknown entity type {etype!r}")
        if role not in ENTITY_NOUN_ROLES:
            raise _fail(name, number, f"unknown role {role!r}")
        if noun in out:
            raise _fail(name, number, f"duplicate noun {noun!r}")
        out[noun] = (etype, role)
    return out


@cache
def event_kinds() -> dict[str, str]:
    """Event and agreement nouns → their kind ("maneuver" → exercise, "talk" → meeting, "pact" → agreement)."""
    return _word_map("event_kinds.tsv", ("noun", "kind"))


@cache
def gathering_verbs() -> dict[str, dict[str, str]]:
    """Verbs by which an actor takes part in or hosts a gathering: lemma → {event kind or "*": role}, role one
    of "take", "attend", "host", "represent", "travel", "send", "convene", "stand" (data/gathering_verbs.tsv)."""
    name = "gathering_verbs.tsv"
    kinds = set(event_kinds().values()) | {"*"}
    out: dict[str, dict[str, str]] = {}
    for number, (verb, role, applies) in _rows(name, ("verb", "role", "kinds")):
        if role not in {"take", "attend", "host", "represent", "travel", "send", "convene", "stand"}:
            raise _fail(name, number, f"unknown role {role!r}")
        for kind in applies.split(","):
            if kind not in kinds:
                raise _fail(name, number, f"unknown event kind {kind!r}")
            out.setdefault(verb, {})[kind] = role
    return out


@cache
def press_event_words() -> frozenset[str]:
    """Modifiers that make a gathering a media appearance ("a news conference"), not a meeting of actors."""
    return _word_list("press_event_words.txt")


@cache
def audience_nouns() -> frozenset[str]:
    """Audiences a speaker addresses, not meets ("speaking to a radio programme", "told parliament")."""
    return _word_list("audience_nouns.txt")


@cache
def undertaking_nouns() -> frozenset[str]:
    """Undertakings joined without joining their owner ("joined the firm's scheme"): no membership."""
    return _word_list("undertaking_nouns.txt")


@cache
def shell_nouns() -> frozenset[str]:
    """Nouns that frame an event named by their "of" phrase ("a round of talks"): the phrase is the event."""
    return _word_list("shell_nouns.txt")


@cache
def margin_nouns() -> frozenset[str]:
    """Nouns of the edges of a gathering ("on the sidelines of the summit"): who acts there attends it."""
    return _word_list("margin_nouns.txt")


@cache
def campaign_nouns() -> frozenset[str]:
    """Nouns for a contender's run in an election the election noun modifies: "Labour's election campaign"."""
    return _word_list("campaign_nouns.txt")


@cache
def internal_election_words() -> frozenset[str]:
    """Words that make an election one held within a party or body: "the leadership election"."""
    return _word_list("internal_election_words.txt")


@cache
def election_marks() -> dict[str, str]:
    """Words that tell elections apart → their mark ("next" → time:future, "European" → kind:european)."""
    return _word_map("election_marks.tsv", ("word", "mark"))


@cache
def election_time_nouns() -> frozenset[str]:
    """Nouns of the time an election is held ("on election day"): the election noun before them names one."""
    return _word_list("election_time_nouns.txt")


@cache
def outcome_nouns() -> frozenset[str]:
    """Nouns of what a contender achieves in an election ("victory", "third place"): whose it is stood in it."""
    return _word_list("outcome_nouns.txt")


@cache
def accession_nouns() -> frozenset[str]:
    """Nouns of a candidate's entry into a body ("membership", "accession"): talks on them are held with it."""
    return _word_list("accession_nouns.txt")


@cache
def schedule_verbs() -> frozenset[str]:
    """Plan verbs that schedule an act ("is due to", "is set to"), unlike those that only decide or offer it."""
    return _word_list("schedule_verbs.txt")


@cache
def resumption_verbs() -> frozenset[str]:
    """Verbs of taking talks up again ("reopen", "resume"): the sides have met before."""
    return _word_list("resumption_verbs.txt")


@cache
def event_nouns() -> frozenset[str]:
    """Nouns of gatherings and occasions ("talk", "ceremony", "election"): the event kinds that are neither
    agreements nor wars, each heading an Event mention of its own."""
    return frozenset(noun for noun, kind in event_kinds().items() if kind not in {"agreement", "war"})


@cache
def alias_cues() -> frozenset[str]:
    """Phrases that make the name after them another name of the one before ("X, also known as Y")."""
    return _word_list("alias_cues.txt")


@cache
def organisation_descriptors() -> frozenset[str]:
    """Nouns that make the name after them an organisation's ("oil firm Norvik", "broadcaster KBC")."""
    return _word_list("organisation_descriptors.txt")


@cache
def organisation_heads() -> frozenset[str]:
    """Nouns that end an organisation's name ("the Royal Society", "the Highland Regiment")."""
    return _word_list("organisation_heads.txt")


@dataclass(frozen=True)
class Office:
    """What holding an office noun ("chairmanship", "membership") makes a person and a state (None: nothing)."""

    person: str | None
    state: str | None


@cache
def office_nouns() -> dict[str, Office]:
    """'membership' → memberOf for both; 'chairmanship' → leads for a person, memberOf for a state."""
    name = "office_nouns.tsv"
    out: dict[str, Office] = {}
    for number, (noun, *predicates) in _rows(name, ("noun", "person", "state")):
        if noun in out:
            raise _fail(name, number, f"duplicate noun {noun!r}")
        out[noun] = Office(*_optional_predicates(name, number, predicates, STATE_PREDICATES))
    return out


@cache
def ethnic_groups() -> frozenset[str]:
    """Ethnic and religious group names, lowercase ("kurds", "hutu", "tamil"): groups, never people or places."""
    return _word_list("ethnic_groups.txt")


@cache
def generic_place_words() -> frozenset[str]:
    """Geography words that name no particular region when a region bears them alone ("gulf", "central")."""
    return _word_list("generic_place_words.txt")


@cache
def compass_words() -> frozenset[str]:
    """Compass words that name a region of a continent before its name ("West Africa", "sub-Saharan Africa")."""
    return _word_list("compass_words.txt")


@cache
def displaced_groups() -> frozenset[str]:
    """Group nouns tied to a country only by "from"/"of", never by where they are ("refugees in Pakistan")."""
    return _word_list("displaced_groups.txt")


@cache
def site_nouns() -> frozenset[str]:
    """Words that end the name of a building or site in a town ("Hall", "Prison", "Airport")."""
    return _word_list("site_nouns.txt")


HONORIFIC_GENDERS = {"m": "m", "f": "f", "-": None}


@cache
def honorifics() -> dict[str, str | None]:
    """Titles written before a person's name ("mr", "ms.", "dr") → the gender they tell: "m", "f" or None."""
    name = "honorifics.tsv"
    out: dict[str, str | None] = {}
    for number, (word, gender) in _rows(name, ("honorific", "gender")):
        if not word or word != word.lower() or " " in word:
            raise _fail(name, number, f"honorific must be one lowercase word: {word!r}")
        if gender not in HONORIFIC_GENDERS:
            raise _fail(name, number, f"gender must be m, f or -, got {gender!r}")
        if word in out:
            raise _fail(name, number, f"duplicate honorific {word!r}")
        out[word] = HONORIFIC_GENDERS[gender]
    return out


@cache
def pleonastic_nouns() -> frozenset[str]:
    """Nouns that make "it" stand for nothing in "it is the ... of/to/that" ("it was the turn of", "it is time to")."""
    return _word_list("pleonastic_nouns.txt")


@cache
def plural_state_nouns() -> frozenset[str]:
    """State nouns of entity_nouns.tsv that stand for their state in the plural too ("Israeli officials said")."""
    return _word_list("plural_state_nouns.txt")


@cache
def speech_verbs() -> frozenset[str]:
    """Verbs that report speech ("say", "tell", "declare"): their clause or quotation is someone's word."""
    return _word_list("speech_verbs.txt")


@cache
def firm_modifiers() -> frozenset[str]:
    """Words that make a body noun a firm ("investment bank"): it belongs to its state but is no part of it."""
    return _word_list("firm_modifiers.txt")


@cache
def cooperation_nouns() -> frozenset[str]:
    """Nouns that make an agreement one of cooperation ("a co-operation deal"): its parties cooperate."""
    return _word_list("cooperation_nouns.txt")


@cache
def state_ownership_words() -> frozenset[str]:
    """Participles that after "state-" make a firm a state's ("state-owned", "state-run")."""
    return _word_list("state_ownership_words.txt")


@cache
def deal_holding_verbs() -> frozenset[str]:
    """Verbs whose subject holds the agreement made "with" another ("X announced a deal with Y")."""
    return _word_list("deal_holding_verbs.txt")


@cache
def instrument_nouns() -> frozenset[str]:
    """Nouns of formal written instruments ("memorandum", "protocol", "treaty"): deals that are named documents."""
    return _word_list("instrument_nouns.txt")


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of legal texts an organisation adopts ("EU Constitution", "UN Charter"): no body of it."""
    return _word_list("document_nouns.txt")


@cache
def ministry_nouns() -> frozenset[str]:
    """Nouns that make a name a government department ("Home Office", "Ministry of Defence")."""
    return _word_list("ministry_nouns.txt")


@cache
def comment_verbs() -> frozenset[str]:
    """Verbs of commenting and disclosing ("comment", "elaborate"): refusing them withholds words, no rejection."""
    return _word_list("comment_verbs.txt")


@cache
def wanting_verbs() -> frozenset[str]:
    """Verbs of wanting ("X wants Y to withdraw"): wanting another actor to act is a demand (CAMEO 10)."""
    return _word_list("wanting_verbs.txt")


@cache
def directive_nouns() -> frozenset[str]:
    """Nouns of a directive act ("X's call for Y to withdraw"): they address the actor asked to act."""
    return _word_list("directive_nouns.txt")


@cache
def aid_words() -> dict[str, frozenset[str]]:
    """Words of material aid by role (data/aid_words.tsv): "relief" verbs, "debt" nouns, "funds" nouns, "giving",
    "lending" and "borrowing" verbs, "helping" verbs and the "relief work" they help with ("assist with the relief
    effort in Y"), "exchanging" verbs and the "captives" they exchange ("X and Y exchanged prisoners"), and the
    "stance" nouns whose giving is no aid ("pledged unity to Y"), "rebuilding" verbs whose purpose infinitive aids
    its object and "resources" whose purpose infinitive is their owner's aid ("X's money to rebuild Y")."""
    table = _word_map("aid_words.tsv", ("word", "role"))
    return {role: frozenset(w for w, r in table.items() if r == role)
            for role in ("relief", "debt", "funds", "giving", "lending", "borrowing", "helping", "relief work",
                         "exchanging", "captives", "stance", "rebuilding", "resources", "donating", "delivering", "goods",
                         "relief goods", "currency")}


@cache
def contesting_verbs() -> frozenset[str]:
    """Rejection verbs that contest a person or body they take as object, rejecting nothing ("challenge")."""
    return _word_list("contesting_verbs.txt")


@cache
def verbal_attack_words() -> frozenset[str]:
    """Words of attack that are verbal when what is attacked is a stance or a reason is given (criticism)."""
    return _word_list("verbal_attack_words.txt")


@cache
def charging_verbs() -> frozenset[str]:
    """Verbs that charge their object with something in an of-phrase ("accused Y of lying", "suspected Y of fraud")."""
    return _word_list("charging_verbs.txt")


@cache
def idea_nouns() -> frozenset[str]:
    """Nouns of a stance, a record or an act of policy ("Y's plans", "Y's record"): judged, they judge Y."""
    return _word_list("idea_nouns.txt")


@cache
def fault_nouns() -> frozenset[str]:
    """Nouns of a fault in conduct ("Y's aggression", "Y's failure to act"): said of Y's conduct, they fault Y."""
    return _word_list("fault_nouns.txt")


@cache
def stance_nouns() -> dict[str, str]:
    """Agent nouns of a stance ("supporter", "critic", "opponent") → the predicate they give
    (data/stance_nouns.tsv)."""
    return _word_map("stance_nouns.tsv", ("noun", "predicate"))


@cache
def exposure_nouns() -> dict[str, tuple[str, str]]:
    """Nouns of a stance an actor meets from another ("faced criticism from X", "under pressure from X") → the
    predicate they give and where they count: "any" (after a verb of facing or "under"), "under" only, or
    "under-reason" (after "under", with the fault it is for) (data/exposure_nouns.tsv)."""
    out: dict[str, tuple[str, str]] = {}
    for number, (noun, predicate, frame) in _rows("exposure_nouns.tsv", ("noun", "predicate", "frame")):
        if not noun or predicate not in PREDICATES or frame not in {"any", "under", "under-reason"}:
            raise _fail("exposure_nouns.tsv", number,
                        "expected a noun, an interaction predicate and any|under|under-reason")
        out[noun] = (predicate, frame)
    return out


@cache
def facing_verbs() -> frozenset[str]:
    """Verbs whose subject meets what their object names from another actor ("faced criticism from X")."""
    return _word_list("facing_verbs.txt")


@cache
def refusal_nouns() -> frozenset[str]:
    """Nouns of refusal ("X's refusal to sign Y"): their owner rejects what the infinitive's object names."""
    return _word_list("refusal_nouns.txt")


@cache
def relation_nouns() -> dict[str, frozenset[str]]:
    """Words of standing cooperation by kind (data/relation_nouns.tsv): "partner" nouns ("Y's trading partner"),
    "relationship" nouns ("a close relationship with Y") and the "close" words that make a relationship one;
    "joint" words of an act done together ("a joint venture with Y", "jointly run by X and Y") and the "saying"
    nouns that make a joint act a statement only ("a joint statement")."""
    table = _word_map("relation_nouns.tsv", ("word", "kind"))
    return {kind: frozenset(w for w, k in table.items() if k == kind)
            for kind in ("partner", "relationship", "close", "donor", "joint", "saying")}


@cache
def stance_phrases() -> dict[tuple[str, str], str]:
    """(head word, preposition) of a stance phrase ("in favour of", "weight behind", "opposed to") → the
    predicate it gives (data/stance_phrases.tsv)."""
    out: dict[tuple[str, str], str] = {}
    for number, (word, preposition, predicate) in _rows("stance_phrases.tsv", ("word", "preposition", "predicate")):
        if not word or not preposition or predicate not in PREDICATES:
            raise _fail("stance_phrases.tsv", number, "expected a word, a preposition and an interaction predicate")
        out[(word, preposition)] = predicate
    return out


@cache
def refusal_cues() -> frozenset[str]:
    """Words by which an actor refuses an act ("refused to", "declined to", "failed to")."""
    return _word_list("refusal_cues.txt")


@cache
def cancellation_cues() -> frozenset[str]:
    """Words by which an actor ends or calls off an act ("cancelled a visit", "suspended aid", "call off")."""
    return _word_list("cancellation_cues.txt")


@dataclass(frozen=True)
class Intent:
    """What an act of one PLOVER type expresses when committed to, refused or ended (None: nothing)."""

    committed: str | None
    refused: str | None
    ended: str | None


@cache
def expressed_intent() -> dict[str, Intent]:
    """By PLOVER type of an act: the predicate its commitment, its refusal and its ending express (AID →
    agreesWith, rejects, sanctions; SANCTION → threatens, -, concedesTo)."""
    name = "intent.tsv"
    out: dict[str, Intent] = {}
    for number, (act, *expressed) in _rows(name, ("act", "committed", "refused", "ended")):
        if act not in PLOVER_TYPES:
            raise _fail(name, number, f"unknown PLOVER type {act!r}")
        if act in out:
            raise _fail(name, number, f"duplicate PLOVER type {act!r}")
        out[act] = Intent(*_optional_predicates(name, number, expressed, PREDICATES))
    return out


def _optional_predicates(name: str, number: int, cells: list[str], allowed) -> tuple[str | None, ...]:
    """Predicate cells of a row, "-" meaning none; each must be one of `allowed`."""
    for predicate in cells:
        if predicate != "-" and predicate not in allowed:
            raise _fail(name, number, f"unknown predicate {predicate!r}")
    return tuple(None if p == "-" else p for p in cells)


@cache
def contrastive_modifiers() -> frozenset[str]:
    """Words that set a plural apart from what was named ("other agreements", "new deals")."""
    return _word_list("contrastive_modifiers.txt")


@cache
def domains() -> dict[str, str]:
    """Modifier word → the field it puts an agreement in ("defence" → military, "trade" → economic)."""
    return _word_map("domains.tsv", ("word", "field"))



# --------------------------------------------------------------------------- words of the fact rules


@cache
def partitive_nouns() -> frozenset[str]:
    """The part that acts for the whole: "thousands of Kurds", "a group of Yoruba leaders"."""
    return _word_list("partitive_nouns.txt")


@cache
def civilian_nouns() -> frozenset[str]:
    """People and means that are no armed force (data/civilian_nouns.txt): "evacuated the wounded", "mobilized
    pressure groups"."""
    return _word_list("civilian_nouns.txt")


@cache
def extraposition_adjectives() -> frozenset[str]:
    """Adjectives of judgement with an empty "it" and an infinitive (data/extraposition_adjectives.txt):
    "it is impossible to dismiss X"."""
    return _word_list("extraposition_adjectives.txt")


@cache
def contest_words() -> dict[str, frozenset[str]]:
    """Words of fighting that are often figurative, by role (data/contest_words.tsv): "contest" words (a dispute
    when over an issue, unless over a "ground" or fought by a "force"), "damage" verbs and the "economic" nouns
    whose striking is damage, not force."""
    table = _word_map("contest_words.tsv", ("word", "role"))
    return {role: frozenset(w for w, r in table.items() if r == role)
            for role in ("contest", "ground", "force", "damage", "economic")}


@cache
def commodity_nouns() -> frozenset[str]:
    """Commodities whose supply is trade, not aid (data/commodity_nouns.txt): "supplied 5m barrels of oil to Y"."""
    return _word_list("commodity_nouns.txt")


@cache
def peacekeeping_words() -> frozenset[str]:
    """Words that make a deployment a protection (CAMEO 074): "deployed peacekeepers to Haiti"."""
    return _word_list("peacekeeping_words.txt")


@cache
def measure_nouns() -> frozenset[str]:
    """What an amount of a thing is counted in: "25,000 tons of food aid"."""
    return _word_list("measure_nouns.txt")


@cache
def plan_verbs() -> frozenset[str]:
    """Verbs that make the act they govern planned: "plans to visit", "vowed to retaliate"."""
    return _word_list("plan_verbs.txt")


@cache
def invitation_nouns() -> frozenset[str]:
    """Nouns that ask their addressee to come or take part: "an invitation to attend the summit"."""
    return _word_list("invitation_nouns.txt")


@cache
def sending_verbs() -> frozenset[str]:
    """Verbs that send people somewhere: "sent experts to Bosnia", "dispatched inspectors to the plant"."""
    return _word_list("sending_verbs.txt")


@cache
def negating_heads() -> frozenset[str]:
    """Verbs that say the act they govern did not or will not happen: "refused to meet"."""
    return _word_list("negating_heads.txt")


@cache
def wish_verbs() -> frozenset[str]:
    """Verbs that present the act they govern as wished or attempted, not done: "hopes to reach a deal"."""
    return _word_list("wish_verbs.txt")


@cache
def directive_verbs() -> frozenset[str]:
    """Verbs by which one actor asks another to act, so the act is not done: "urged Israel to withdraw"."""
    return _word_list("directive_verbs.txt")


@cache
def proposal_nouns() -> frozenset[str]:
    """Nouns whose infinitive is proposed or attempted, not done: "moves to lift the ban"."""
    return _word_list("proposal_nouns.txt")


@cache
def company_nouns() -> frozenset[str]:
    """Nouns naming a business firm, whose nationality does not make its state the actor: "an Indian airline"."""
    return _word_list("company_nouns.txt")


@cache
def hearsay_verbs() -> frozenset[str]:
    """Verbs whose "of" complement is an accusation, not an act the text asserts: "accused X of attacking Y"."""
    return _word_list("hearsay_verbs.txt")


@cache
def hearsay_nouns() -> frozenset[str]:
    """Nouns whose of-phrase or that-clause is merely claimed, not asserted: "claims of a clash"."""
    return _word_list("hearsay_nouns.txt")


@cache
def claim_adverbs() -> frozenset[str]:
    """Adverbs that report an act as claimed by others, not vouched for: "X allegedly paid Y"."""
    return _word_list("claim_adverbs.txt")


@cache
def belief_verbs() -> frozenset[str]:
    """Verbs whose that-clause is someone's belief, not vouched for: "many believe that X attacked Y"."""
    return _word_list("belief_verbs.txt")


@cache
def claim_verbs() -> frozenset[str]:
    """Verbs whose passive with a to-infinitive reports an act as claimed: "X is said to have met Y"."""
    return _word_list("claim_verbs.txt")


@cache
def out_of_office_words() -> frozenset[str]:
    """Words of a post as written that put its holder out of the government: "shadow", "opposition"."""
    return _word_list("out_of_office_words.txt")


@cache
def hedge_words() -> frozenset[str]:
    """Adjectives that present the act they govern as merely probable: "is likely to be lifted"."""
    return _word_list("hedge_words.txt")


@cache
def spouse_nouns() -> frozenset[str]:
    """Nouns of a private partner ("met his future wife"): meeting one is no meeting of actors."""
    return _word_list("spouse_nouns.txt")


@cache
def anonymous_posts() -> frozenset[str]:
    """Posts a text often names only by the post while telling of someone else ("the spokesman", "the judge")."""
    return _word_list("anonymous_posts.txt")


@cache
def planned_modifiers() -> frozenset[str]:
    """Adjectives that put an event noun in the future: "the planned visit", "upcoming talks"."""
    return _word_list("planned_modifiers.txt")


@cache
def rank_nouns() -> frozenset[str]:
    """With a superlative, a description of a leader: "the highest ranking member of the army"."""
    return _word_list("rank_nouns.txt")


@cache
def copula_verbs() -> frozenset[str]:
    """Verbs that give their subject a title: "became chief of staff", "was appointed foreign minister"."""
    return _word_list("copula_verbs.txt")


@cache
def member_words() -> frozenset[str]:
    """Title words that make a seat in a body, not a post: "a member of the cabinet"."""
    return _word_list("member_words.txt")


@cache
def counterpart_words() -> frozenset[str]:
    """Words for the holder of the same post elsewhere: "his Moroccan counterpart X"."""
    return _word_list("counterpart_words.txt")


@cache
def office_sought_verbs() -> frozenset[str]:
    """Verbs that say an office is sought or contested, not held: "vetoed Turkey's membership"."""
    return _word_list("office_sought_verbs.txt")


@cache
def portfolio_heads() -> frozenset[str]:
    """Title words after which the body named is a portfolio, not a party: "Trade Minister"."""
    return _word_list("portfolio_heads.txt")


@cache
def term_nouns() -> frozenset[str]:
    """Nouns of a time in office: "his second term as US President"."""
    return _word_list("term_nouns.txt")


@cache
def capacity_nouns() -> frozenset[str]:
    """Nouns of a capacity held: "in his capacity as Minister of Defense"."""
    return _word_list("capacity_nouns.txt")


@cache
def serving_verbs() -> frozenset[str]:
    """Verbs whose subject holds the title after "as": "she served as envoy"."""
    return _word_list("serving_verbs.txt")


TARGET_KINDS = frozenset({"located", "purpose", "addressee", "co-agent", "home", "region"})


@cache
def predicate_targets() -> dict[str, frozenset[str]]:
    """Target kind → the predicates whose target may be found that way (data/predicate_targets.tsv)."""
    name = "predicate_targets.tsv"
    out: dict[str, set[str]] = {kind: set() for kind in TARGET_KINDS}
    for number, (predicate, kind) in _rows(name, ("predicate", "target")):
        if predicate not in PREDICATES:
            raise _fail(name, number, f"unknown predicate {predicate!r}")
        if kind not in TARGET_KINDS:
            raise _fail(name, number, f"unknown target kind {kind!r} (expected one of {sorted(TARGET_KINDS)})")
        if predicate in out[kind]:
            raise _fail(name, number, f"duplicate row {predicate!r} {kind!r}")
        out[kind].add(predicate)
    return {kind: frozenset(predicates) for kind, predicates in out.items()}


@cache
def programme_nouns() -> frozenset[str]:
    """Nouns of a broadcast programme ("programme", "show"): "Acme TV's Nightline programme" is part of Acme TV."""
    return _word_list("programme_nouns.txt")


@cache
def channel_words() -> frozenset[str]:
    """Words that begin a channel's name after its broadcaster's ("Acme Radio 3", "Acme Television")."""
    return _word_list("channel_words.txt")


@cache
def part_nouns() -> frozenset[str]:
    """Nouns that make one organisation part of another: "the X unit of Y", "X, a subsidiary of Y"."""
    return _word_list("part_nouns.txt")


@cache
def ownership_verbs() -> frozenset[str]:
    """Verbs of owning a firm or body ("own", "control"): "X, owned by Y" makes X part of Y."""
    return _word_list("ownership_verbs.txt")


@cache
def divestment_words() -> frozenset[str]:
    """Verbs and nouns of giving up a part of a company ("sell", "sale"): a part named as sold is no longer a part."""
    return _word_list("divestment_words.txt")


@cache
def appraisal_verbs() -> frozenset[str]:
    """Verbs that appraise their object as what follows ("described X as", "called X a mistake")."""
    return _word_list("appraisal_verbs.txt")


@cache
def linking_verbs() -> frozenset[str]:
    """Verbs that link a subject to what is said of it ("is", "seems", "has a poor record")."""
    return _word_list("linking_verbs.txt")


@cache
def worry_words() -> frozenset[str]:
    """Words of worry ("worried about Y"): a worry about an actor itself is no disapproval of it."""
    return _word_list("worry_words.txt")


@cache
def peerage_titles() -> frozenset[str]:
    """Peerage titles before a name ("Baron X of Y"): the "of Y" is a territorial designation, no membership."""
    return _word_list("peerage_titles.txt")


@cache
def representative_nouns() -> frozenset[str]:
    """Nouns of an elected representative ("the MP for X"): the name after "for" is a constituency, a place."""
    return _word_list("representative_nouns.txt")


@cache
def satisfaction_adjectives() -> frozenset[str]:
    """Adjectives of (dis)satisfaction with an act ("pleased that Y agreed"): a judgement of the one who acted."""
    return _word_list("satisfaction_adjectives.txt")


@cache
def fear_words() -> frozenset[str]:
    """Words of fear ("afraid of Y"): an attitude of fear is no disapproval of what is feared."""
    return _word_list("fear_words.txt")


@cache
def issuing_nouns() -> frozenset[str]:
    """Nouns of a statement or a spokesman ("a statement from X said"): as a subject they stand for their issuer."""
    return _word_list("issuing_nouns.txt")


@cache
def appraisal_senses() -> dict[str, float]:
    """Rated words whose valence in what a speaker calls something replaces the lexicons' ("called it a joke":
    derision, not amusement; data/appraisal_senses.tsv)."""
    table = _word_map("appraisal_senses.tsv", ("word", "valence"))
    try:
        return {word: float(value) for word, value in table.items()}
    except ValueError as error:
        raise ValueError(f"appraisal_senses.tsv: a valence is no number: {error}") from None


@cache
def population_nouns() -> frozenset[str]:
    """Nouns of a country's people as a population ("the British people"): addressed, they are not its state."""
    return _word_list("population_nouns.txt")


@cache
def failure_verbs() -> frozenset[str]:
    """Verbs of failure with an infinitive ("Y failed to act"): said of another actor, a fault found in it."""
    return _word_list("failure_verbs.txt")


@cache
def receiving_verbs() -> frozenset[str]:
    """Verbs whose subject receives the act their object names ("received aid from X", "won the backing of X")."""
    return _word_list("receiving_verbs.txt")


OPINION_MIN_VALENCE = 1.0  # |mean rating| below this is too weak to be an opinion (VADER scale -4..4)
OPINION_MAX_SPREAD = 1.5  # VADER raters' standard deviation above this: the word's polarity is disputed
AFINN_TO_VADER = 0.8  # AFINN rates -5..5, VADER -4..4


@cache
def opinion_words() -> dict[str, float]:
    """Words rated for sentiment, lowercase word → valence on VADER's scale (-4..4): the mean of two maintained
    lexicons where both rate a word, else the one that does. VADER (Hutto & Gilbert 2014, ten raters a word, MIT
    licence; vaderSentiment/vader_lexicon.txt, words rated alike) and AFINN-165 (Nielsen 2011-2015, ODbL;
    afinn/data/AFINN-en-165.txt). Emoticons and slang spellings are left out."""
    from importlib.resources import files  # read once, at first use

    vader: dict[str, float] = {}
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        cells = line.split("\t")
        if len(cells) < 3:
            raise ValueError(f"vader_lexicon.txt:{number}: expected word, mean and deviation: {line!r}")
        if cells[0].isalpha() and cells[0].islower() and float(cells[2]) <= OPINION_MAX_SPREAD:
            vader[cells[0]] = float(cells[1])
    afinn: dict[str, float] = {}
    text = (files("afinn") / "data" / "AFINN-en-165.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        word, _, score = line.rpartition("\t")
        if not word or not score.lstrip("-").isdigit():
            raise ValueError(f"AFINN-en-165.txt:{number}: expected word and score: {line!r}")
        if word.isalpha() and word.islower():
            afinn[word] = int(score) * AFINN_TO_VADER
    out = {}
    for word in vader.keys() | afinn.keys():
        rated = [r[word] for r in (vader, afinn) if word in r]
        value = sum(rated) / len(rated)
        if abs(value) >= OPINION_MIN_VALENCE:
            out[word] = round(value, 2)
    return out


@cache
def degree_boosters() -> dict[str, float]:
    """Adverbs of degree that strengthen (or weaken) the rated word they modify, lowercase word → the valence they
    add to its magnitude ("very", "so": +0.293; "slightly": -0.293): vaderSentiment's BOOSTER_DICT, single words."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT  # read once, at first use

    return {word: float(value) for word, value in BOOSTER_DICT.items() if word.isalpha()}


@cache
def agreement_verbs() -> frozenset[str]:
    """Verbs whose subject becomes party to the agreement they take as object: "X struck a deal"."""
    return _word_list("agreement_verbs.txt")


@cache
def breach_verbs() -> frozenset[str]:
    """Verbs whose subject breaks or ends an agreement it was bound by: "X breached the pact" (a phrasal verb with
    its particle: "renege on")."""
    return _word_list("breach_verbs.txt")


@cache
def awarding_verbs() -> frozenset[str]:
    """Verbs by which one side gives another an agreement to carry out: "X awarded a contract to Y"."""
    return _word_list("awarding_verbs.txt")


@cache
def composition_verbs() -> frozenset[str]:
    """Verbs by which an organisation names its members: "comprises", "includes", "consists of"."""
    return _word_list("composition_verbs.txt")


@cache
def site_visit_verbs() -> frozenset[str]:
    """Verbs by which a visitor goes to see a site: "visited a school in Accra", "toured a factory in Shanghai"."""
    return _word_list("site_visit_verbs.txt")


@cache
def presence_act_verbs() -> frozenset[str]:
    """Verbs of what one does where one is in person ("discussed", "signed", "spoke"), and the verbs of speech."""
    return _word_list("presence_act_verbs.txt") | speech_verbs()


@cache
def occasion_nouns() -> frozenset[str]:
    """Occasions attended in person, held somewhere ("a speech", "an audience", "a meeting", "a rally")."""
    return _word_list("occasion_nouns.txt")


@cache
def address_nouns() -> frozenset[str]:
    """Nouns of a speech given to a gathering ("speech", "address", "lecture")."""
    return _word_list("address_nouns.txt")


@cache
def state_hosted_events() -> frozenset[str]:
    """Event nouns a state hosts wherever in it they are held ("summit")."""
    return _word_list("state_hosted_events.txt")


@cache
def joining_verbs() -> frozenset[str]:
    """Verbs by which a country or person becomes a member of a body: "joined Nato", "acceded to the EU"."""
    return _word_list("joining_verbs.txt")


@cache
def acquisition_verbs() -> frozenset[str]:
    """Verbs of buying a firm ("acquire", "snap up"): "X was acquired by Y" makes X part of Y."""
    return _word_list("acquisition_verbs.txt")


@cache
def office_taking_verbs() -> frozenset[str]:
    """Verbs by which a state or person takes up or holds an office: "takes over the presidency of the EU"."""
    return _word_list("office_taking_verbs.txt")


@cache
def fellow_member_nouns() -> frozenset[str]:
    """Plural nouns for a body's members after "fellow"/"other": "fellow EU members", "other Nato states"."""
    return _word_list("fellow_member_nouns.txt")


@cache
def political_parties() -> dict[str, str]:
    """A party's label as written ("Tory", "Democrat", "Lib Dems") → the party's canonical name."""
    name = "political_parties.tsv"
    out: dict[str, str] = {}
    for number, (form, party) in _rows(name, ("form", "party")):
        if not form or not party or form in out:
            raise _fail(name, number, f"empty or duplicate form {form!r}")
        out[form] = party
    return out


@cache
def party_countries() -> dict[str, str]:
    """A party's canonical name (as in political_parties.tsv) → the ISO 3166-1 alpha-3 code of its state."""
    name = "party_countries.tsv"
    parties = set(political_parties().values())
    out: dict[str, str] = {}
    for number, (party, iso3) in _rows(name, ("party", "iso3")):
        if party not in parties or party in out:
            raise _fail(name, number, f"unknown or duplicate party {party!r}")
        if not _ISO3_RE.match(iso3):
            raise _fail(name, number, f"bad ISO3 code {iso3!r}")
        out[party] = iso3
    return out


@cache
def approach_words() -> frozenset[str]:
    """Words of the time before an event that take it by "of" or "to" ("ahead of the summit", "the run-up to it")."""
    return _word_list("approach_words.txt")


@cache
def prospect_words() -> frozenset[str]:
    """Words of readiness or prospect taking a gathering that is not held ("open to talks", "the way for talks")."""
    return _word_list("prospect_words.txt")


@cache
def arranging_verbs() -> frozenset[str]:
    """Verbs by which a gathering is sought or arranged, not held ("trying to arrange a meeting", "sought talks")."""
    return _word_list("arranging_verbs.txt")


@cache
def occasion_name_words() -> frozenset[str]:
    """Last words of the names of occasions ("Holocaust Memorial Day"): such a name is an Event."""
    return _word_list("occasion_name_words.txt")


@cache
def plan_class_modifiers() -> frozenset[str]:
    """Words that make an owned plan noun a class of plans, not one ("previous Tory proposals", "any Labour plan")."""
    return _word_list("plan_class_modifiers.txt")


@cache
def owned_plan_nouns() -> frozenset[str]:
    """Policy nouns of a course of action put forward, which an owner names as one plan ("her plans", "the Tory
    proposals"), not a law, ban or embargo in force."""
    return _word_list("owned_plan_nouns.txt")


@cache
def policy_nouns() -> frozenset[str]:
    """Nouns of plans and policies ("a debt relief plan", "the trade embargo"): an Agreement when specified."""
    return _word_list("policy_nouns.txt")


@cache
def amending_nouns() -> frozenset[str]:
    """Nouns of a change to a policy ("the tax law changes"): an Agreement when a policy noun specifies them."""
    return _word_list("amending_nouns.txt")


@cache
def plan_nouns() -> frozenset[str]:
    """The head nouns a plan entity may have: policy nouns and amending nouns ("the legislation", "the changes")."""
    return policy_nouns() | amending_nouns()


@cache
def two_sided_predicates() -> frozenset[str]:
    """Predicates besides the symmetric ones that need two sides: no one visits, aids or leaves their own state."""
    return _word_list("two_sided_predicates.txt")


@cache
def number_words() -> dict[str, int]:
    """Lowercase English cardinal word → its value ("eight" → 8): "Group of Eight" is "G8" (data/number_words.tsv)."""
    name = "number_words.tsv"
    out: dict[str, int] = {}
    for number, (word, value) in _rows(name, ("word", "value")):
        if not value.isdigit() or word in out:
            raise _fail(name, number, f"bad or duplicate number word {word!r}")
        out[word] = int(value)
    return out


@cache
def title_abbreviations() -> dict[str, str]:
    """A post's abbreviation as written ("PM") → the lowercase title of titles.tsv it stands for."""
    name = "title_abbreviations.tsv"
    known = titles()
    out: dict[str, str] = {}
    for number, (form, title) in _rows(name, ("form", "title")):
        if not form or form in out or title not in known:
            raise _fail(name, number, f"empty or duplicate form {form!r}, or a title not in titles.tsv {title!r}")
        out[form] = title
    return out


@cache
def holding_verbs() -> frozenset[str]:
    """Verbs whose subject holds what their object names ("has the backing of X", "retains X's support")."""
    return _word_list("holding_verbs.txt")


@cache
def stance_declaring_verbs() -> frozenset[str]:
    """Verbs whose subject declares the stance their object names ("pledged support for X")."""
    return _word_list("stance_declaring_verbs.txt")


@cache
def proposed_things() -> frozenset[str]:
    """Things an actor puts forward for others to accept ("offer", "amendment", "recommendation")."""
    return _word_list("proposed_things.txt")


@cache
def backing_verbs() -> frozenset[str]:
    """Verbs of accepting or backing a thing put forward ("accept", "back", "endorse")."""
    return _word_list("backing_verbs.txt")



@cache
def firm_relation_nouns() -> frozenset[str]:
    """Nouns that name a firm by its relation to another ("its Japanese rival X", "its US partner Y")."""
    return _word_list("firm_relation_nouns.txt")


@cache
def state_post_kinds() -> frozenset[str]:
    """The kinds of data/titles.tsv whose posts are a state's government's (data/state_post_kinds.txt)."""
    return _word_list("state_post_kinds.txt")


@cache
def party_adjectives() -> dict[str, str]:
    """A party's adjective that names it only before a post ("Democratic Senator X") → the party's canonical name."""
    name = "party_adjectives.tsv"
    parties = set(political_parties().values())
    out: dict[str, str] = {}
    for number, (form, party) in _rows(name, ("form", "party")):
        if not form or form in out or party not in parties:
            raise _fail(name, number, f"empty or duplicate form {form!r}, or a party not in political_parties.tsv")
        out[form] = party
    return out


BODY_POST_NAMING = frozenset({"post", "text"})


@dataclass(frozen=True)
class BodyPost:
    """A post whose holder sits in one body (data/body_posts.tsv): the body's names, canonical first, and whether
    the post's words name it ("post") or only a body the text names is meant ("text")."""

    names: tuple[str, ...]
    named: str


@cache
def body_posts() -> dict[str, BodyPost]:
    """Lowercase post ("european commissioner", "life peer" ends in "peer") → the body its holders sit in."""
    name = "body_posts.tsv"
    out: dict[str, BodyPost] = {}
    for number, (post, body, named) in _rows(name, ("post", "body", "named")):
        names = tuple(n.strip() for n in body.split("|") if n.strip())
        if not post or post != post.lower() or post in out or not names or named not in BODY_POST_NAMING:
            raise _fail(name, number, f"bad row for post {post!r}")
        out[post] = BodyPost(names, named)
    return out


@cache
def uncertainty_adverbs() -> frozenset[str]:
    """Adverbs that present the act of their verb as hoped for or possible: "perhaps they will back her bid"."""
    return _word_list("uncertainty_adverbs.txt")


@cache
def body_head_posts() -> frozenset[str]:
    """Posts that head the firm or body they are held in ("chairman", "chief executive"), lower-case."""
    return _word_list("body_head_posts.txt")


@cache
def person_kinds() -> dict[str, str]:
    """Nouns naming a kind of person, and post words that make a named person one ("minister" -> politician):
    data/person_kinds.tsv, lowercase word -> kind."""
    name = "person_kinds.tsv"
    out: dict[str, str] = {}
    for number, (word, kind) in _rows(name, ("word", "kind")):
        if not word or word != word.lower() or not kind:
            raise _fail(name, number, f"word must be lowercase, kind given: {word!r}")
        out[word] = kind
    return out
