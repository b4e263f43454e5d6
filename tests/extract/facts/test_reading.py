"""kg.extract.facts.reading: the Reading every rule reads — made once per document, a new value once the states
are known (`with_states`), and the place where implied countries are recorded instead of in its inputs."""
from __future__ import annotations

import dataclasses

import pytest

from kg.extract.facts import rules
from kg.extract.facts.reading import Reading, home_country
from kg.model import Evidence, Fact

RUTO = "person/william-ruto"
RUTTE = "person/mark-rutte"
NATO = "organization/north-atlantic-treaty-organization"
KENYA, UGANDA = "country/KEN", "country/UGA"


def _fact(subject: str, predicate: str, object_: str) -> Fact:
    return Fact(subject, predicate, object_, Evidence("test", "A sentence.", 0, 11), rule="test")


@pytest.fixture
def reading(resolved_doc) -> Reading:
    """The reading of a document naming two people, two countries and an organisation, before any rule has run."""
    reading = Reading.of(*resolved_doc("Kenyan President William Ruto met NATO chief Mark Rutte in Uganda."))
    assert reading.types == {KENYA: "Country", RUTO: "Person", NATO: "Organization", RUTTE: "Person",
                             UGANDA: "Country"}
    return reading


def test_a_new_reading_knows_no_states(reading):
    assert reading.serves == {} and reading.leader_of == {} and reading.implied == {}


def test_with_states_makes_a_new_reading_and_leaves_the_old_one_unchanged(reading):
    states = [fact for rule in rules.STATE_RULES for fact in rule(reading)]
    known = reading.with_states(states)
    assert known is not reading
    assert known.serves == {RUTO: KENYA}
    assert known.leader_of == {NATO: RUTTE}
    assert reading.serves == {} and reading.leader_of == {}
    assert (known.doc, known.resolved, known.document) == (reading.doc, reading.resolved, reading.document)
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.serves = known.serves  # type: ignore[misc]


def test_with_states_reads_facts_from_any_iterable(reading):
    known = reading.with_states(_fact(RUTO, "affiliatedWith", KENYA) for _ in range(2))
    assert known.serves == {RUTO: KENYA}


@pytest.mark.parametrize("states, serves", [
    pytest.param([("affiliatedWith", KENYA)], {RUTO: KENYA}, id="affiliated"),
    pytest.param([("leads", KENYA)], {RUTO: KENYA}, id="leads"),
    pytest.param([("affiliatedWith", KENYA), ("leads", KENYA)], {RUTO: KENYA}, id="one-country-twice"),
    pytest.param([("affiliatedWith", KENYA), ("affiliatedWith", UGANDA)], {}, id="two-countries"),
    pytest.param([("leads", KENYA), ("affiliatedWith", UGANDA)], {}, id="leads-one-serves-another"),
    pytest.param([("memberOf", NATO)], {}, id="not-a-country"),
])
def test_a_person_serves_only_an_unambiguous_state(reading, states, serves):
    known = reading.with_states([_fact(RUTO, predicate, o) for predicate, o in states])
    assert known.serves == serves


def test_an_implied_country_can_be_served(reading):
    """'Foreign Secretary Jack Straw': the United Kingdom is implied, never named, and he serves it."""
    uk = reading.ensure_country("GBR")
    assert reading.with_states([_fact(RUTO, "affiliatedWith", uk)]).serves == {RUTO: uk}


@pytest.mark.parametrize("leaders, leader_of", [
    pytest.param([RUTTE], {NATO: RUTTE}, id="one-leader"),
    pytest.param([RUTTE, RUTO], {}, id="two-leaders"),
])
def test_an_organisation_has_a_leader_only_when_unambiguous(reading, leaders, leader_of):
    known = reading.with_states([_fact(person, "leads", NATO) for person in leaders])
    assert known.leader_of == leader_of
    assert RUTO not in known.serves  # leading an organisation is serving no state


def test_two_states_in_the_text_serve_none(resolved_doc):
    """A person affiliated with two countries serves none, as the state rules read them."""
    reading = Reading.of(*resolved_doc("William Ruto, Uganda's envoy and Kenya's president, visited NATO."))
    states = [fact for rule in rules.STATE_RULES for fact in rule(reading)]
    assert {(f.subject, f.predicate, f.object) for f in states} >= {
        (RUTO, "affiliatedWith", UGANDA), (RUTO, "affiliatedWith", KENYA)}
    assert reading.with_states(states).serves == {}


def test_ensure_country_records_an_implied_country_without_mutating_the_input(reading):
    entities = dict(reading.resolved.entities)
    key = reading.ensure_country("GBR")
    assert key == "country/GBR"
    assert reading.resolved.entities == entities  # the frozen input is left as it was
    assert key not in reading.resolved.entities
    assert reading.types[key] == "Country"
    country = reading.implied[key]
    assert (country.label, country.type) == ("United Kingdom", "Country")
    assert "British" in country.aliases and "London" in country.aliases

    resolved = reading.resolved_with_implied()
    assert resolved is not reading.resolved
    assert resolved.entities == {**entities, key: country}
    assert list(resolved.entities)[-1] == key  # implied countries come after the named entities
    assert (resolved.refs, resolved.mentions) == (reading.resolved.refs, reading.resolved.mentions)
    assert reading.resolved.entities == entities


def test_ensure_country_of_a_named_country_records_nothing(reading):
    assert reading.ensure_country("KEN") == KENYA
    assert reading.implied == {}
    assert reading.resolved_with_implied() is reading.resolved


def test_ensure_country_records_a_country_once(reading):
    assert reading.ensure_country("GBR") == reading.ensure_country("GBR")
    assert list(reading.implied) == ["country/GBR"]


def test_countries_implied_while_reading_the_states_are_kept(reading):
    """The event rules read the reading made by `with_states`: what the state rules implied stays recorded."""
    reading.ensure_country("GBR")
    known = reading.with_states([])
    known.ensure_country("FRA")
    assert list(known.resolved_with_implied().entities)[-2:] == ["country/GBR", "country/FRA"]


@pytest.mark.parametrize("text, iso3", [
    pytest.param("Foreign Secretary Jack Straw visited Kenya.", "GBR", id="national-title"),
    pytest.param("Foreign Secretary Jack Straw met the Home Secretary.", "GBR", id="two-titles-one-country"),
    pytest.param("The foreign minister visited Kenya.", None, id="no-national-title"),
    pytest.param("Kenya was visited by the Foreign Secretary", "GBR", id="title-ending-the-text"),
    pytest.param("Foreign Secretary", "GBR", id="title-alone"),
    pytest.param("The Foreign Secretary met the Secretary of Homeland Security.", None, id="titles-of-two-countries"),
])
def test_home_country(nlp, text, iso3):
    assert home_country(nlp(text)) == iso3


@pytest.mark.parametrize("text, iso3", [
    pytest.param("Labour and the Tories clashed over schools in Britain.", "GBR", id="parties-and-state"),
    pytest.param("Labour and the Tories clashed over schools.", None, id="state-not-named"),
    pytest.param("Labour and the Democrats met in Britain and the US.", None, id="parties-of-two-states"),
])
def test_home_country_from_national_parties(resolved_doc, text, iso3):
    assert Reading.of(*resolved_doc(text)).home_country == iso3


def test_the_home_country_is_known_from_the_start(resolved_doc):
    assert Reading.of(*resolved_doc("Foreign Secretary Jack Straw visited Kenya.")).home_country == "GBR"


# The token index: the tokens a rule's first test can pass, in document order, and no token left out that the
# test would pass (a rule then visits only those instead of every token of the document).
INDEX_TEXT = "The ministers took part in talks. Spain joined Nato and said talks would take place as planned."


@pytest.fixture
def indexed(resolved_doc) -> Reading:
    return Reading.of(*resolved_doc(INDEX_TEXT))


def _expected(reading: Reading, test) -> list[int]:
    return [t.i for t in reading.doc if test(t)]


def test_the_tokens_are_the_documents_made_once_and_shared_by_with_states(indexed):
    assert [t.i for t in indexed.tokens] == list(range(len(indexed.doc)))
    assert indexed.with_states([]).tokens is indexed.tokens


@pytest.mark.parametrize("pos", [("VERB",), ("NOUN",), ("VERB", "AUX"), ("ADJ", "NOUN"), ("INTJ",)])
def test_tokens_of_a_pos(indexed, pos):
    assert [t.i for t in indexed.index.with_pos(*pos)] == _expected(indexed, lambda t: t.pos_ in pos)


@pytest.mark.parametrize("dep", ["dobj", "nsubj", "advcl", "ROOT"])
def test_tokens_of_a_dependency_and_their_heads(indexed, dep):
    assert [t.i for t in indexed.index.with_dep(dep)] == _expected(indexed, lambda t: t.dep_ == dep)
    assert [t.i for t in indexed.index.heads_of(dep)] == _expected(
        indexed, lambda t: any(c.dep_ == dep for c in t.children))


@pytest.mark.parametrize(("words", "pos", "forms", "phrases", "found"), [
    ({"talk", "join"}, (), False, False, 3),
    ({"talk", "join"}, ("VERB",), False, False, 1),
    ({"talks"}, (), False, False, 0),  # a form is no lemma...
    ({"talks"}, (), True, False, 2),  # ...unless forms are asked for
    ({"take place", "part"}, ("VERB",), False, True, 2),  # "take" begins "take place"
    ({"take place"}, (), False, False, 0),  # but not without `phrases`
    (set(), (), True, True, 0),
])
def test_tokens_of_a_lemma(indexed, words, pos, forms, phrases, found):
    firsts = {w[:i] for w in words for i, c in enumerate(w) if c == " "} if phrases else set()
    expected = _expected(indexed, lambda t: (t.lemma_.lower() in words | firsts or forms and t.lower_ in words)
                         and (not pos or t.pos_ in pos))
    assert [t.i for t in indexed.index.with_lemma(words, *pos, forms=forms, phrases=phrases)] == expected
    assert len(expected) == found  # the sentences have what is looked for


def test_a_large_word_set_is_matched_as_a_small_one(indexed):
    many = {f"word{i}" for i in range(1000)} | {"talk"}
    assert [t.lower_ for t in indexed.index.with_lemma(many)] == ["talks", "talks"]
    assert [t.lower_ for t in indexed.index.with_lower(many | {"as"})] == ["as"]


def test_referring_tokens_are_those_with_entity_keys(indexed):
    assert [t.i for t in indexed.referring_tokens()] == _expected(indexed, indexed.resolved.keys_at)
    assert indexed.referring_tokens()


def test_the_index_is_what_each_token_says(indexed):
    """The index is read from the doc's arrays: the same lemma, form, POS, dependency and head as each Token."""
    index = indexed.index
    for table, value in ((index._lemma, lambda t: t.lemma_.lower()), (index._lower, lambda t: t.lower_),
                         (index._pos, lambda t: t.pos_), (index._dep, lambda t: t.dep_)):
        expected: dict[str, list[int]] = {}
        for token in indexed.doc:
            expected.setdefault(value(token), []).append(token.i)
        assert {key: sorted(found) for key, found in table.items()} == expected
    assert index._heads == [t.head.i for t in indexed.doc]


def test_an_empty_document_has_an_empty_index(nlp):
    from kg.extract.facts.reading import TokenIndex
    index = TokenIndex(nlp(""))
    assert index.tokens == [] and index.with_pos("NOUN") == [] and index.heads_of("nsubj") == []


def test_a_per_token_check_runs_once_per_token_and_is_shared_by_with_states(indexed):
    from kg.extract.facts.reading import per_token
    calls: list[int] = []

    @per_token
    def check(reading: Reading, token) -> bool:
        calls.append(token.i)
        return token.pos_ == "VERB"

    verbs = [t for t in indexed.tokens if check(indexed, t)]
    assert verbs and [t for t in indexed.tokens if check(indexed.with_states([]), t)] == verbs
    assert calls == list(range(len(indexed.doc)))  # the second reading asked nothing again
    other = Reading.of(indexed.doc, indexed.resolved, indexed.document)
    check(other, indexed.tokens[0])
    assert calls[-1] == 0 and len(calls) == len(indexed.doc) + 1  # another reading has its own memo


@pytest.mark.parametrize("text", [
    INDEX_TEXT,
    "Talks resumed\n\nThe envoy said both sides were ready. They were not.  Nobody came!",
    "One sentence without a full stop",
])
def test_a_tokens_sentence_is_spacys_made_once(resolved_doc, text):
    reading = Reading.of(*resolved_doc(text))
    for token in reading.tokens:
        sentence = reading.index.sentence(token)
        assert (sentence.start, sentence.end, sentence.text) == (token.sent.start, token.sent.end, token.sent.text)
        assert reading.index.sentence(token) is sentence  # the same span asked again
    assert len({id(reading.index.sentence(t)) for t in reading.tokens}) == len(list(reading.doc.sents))


def test_a_sentence_hook_is_followed(resolved_doc):
    """A pipeline that sets its own sentences (a user hook) gets spaCy's answer, not the flags'."""
    reading = Reading.of(*resolved_doc("Spain joined Nato. Talks would take place."))
    reading.doc.user_token_hooks["sent"] = lambda token: token.doc[:]
    assert reading.index.sentence(reading.tokens[-1]).start == 0

