"""Entity resolution: aliases (acronyms defined in the text, surnames, "Mr X", titles kept out of names) and
coreference (he/she, it/its, "the two countries", "both sides", "the kingdom")."""
from __future__ import annotations

import pytest


def _people(got) -> list:
    return [e for e in got.entities if e.type == "Person"]


# ---- aliases --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, acronym", [
    ("The Bundeswehr worked with the Federal Intelligence Service (BND). The BND criticised Russia.",
     "Federal Intelligence Service", "BND"),
    ("Officials from the International Atomic Energy Agency (IAEA) visited Iran. The IAEA criticised Iran.",
     "International Atomic Energy Agency", "IAEA"),
    ("The Kenya Defence Forces (KDF) entered Somalia. The KDF attacked al-Shabaab.",
     "Kenya Defence Forces", "KDF"),
])
def test_acronym_defined_in_text_joins_its_name(facts_of, text, name, acronym):
    got = facts_of(text)
    entity = got.entity(name)
    assert entity is not None, got
    assert acronym in entity.aliases
    assert sum(1 for e in got.entities if acronym in {e.label, *e.aliases}) == 1


@pytest.mark.parametrize("text, expected", [
    ("The Bundeswehr worked with the Federal Intelligence Service (BND). The BND criticised Russia.",
     ("Federal Intelligence Service", "criticizes", "Russia")),
    ("Officials from the International Atomic Energy Agency (IAEA) visited Iran. The IAEA criticised Iran.",
     ("International Atomic Energy Agency", "criticizes", "Iran")),
])
def test_fact_on_acronym_lands_on_the_full_name(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.xfail(reason="spaCy tags 'Bundeswehr' GPE, so it becomes a Place, not an Organization", strict=True)
def test_unknown_armed_force_is_an_organisation(facts_of):
    got = facts_of("The Bundeswehr worked with the Federal Intelligence Service (BND).")
    entity = got.entity("Bundeswehr")
    assert entity is not None and entity.type == "Organization"


@pytest.mark.parametrize("text, full, short", [
    ("Angela Merkel met Vladimir Putin in Moscow. Putin praised Merkel.", "Vladimir Putin", "Putin"),
    ("Angela Merkel met Vladimir Putin in Moscow. Putin praised Merkel.", "Angela Merkel", "Merkel"),
    ("Angela Merkel met Vladimir Putin in Moscow. Mr Putin praised Merkel.", "Vladimir Putin", "Putin"),
    ("Justin Trudeau visited India. Ms Trudeau met Narendra Modi.", "Justin Trudeau", "Trudeau"),
])
def test_surname_and_honorific_join_the_full_name(facts_of, text, full, short):
    got = facts_of(text)
    entity = got.entity(full)
    assert entity is not None and entity.type == "Person", got
    assert short in entity.aliases
    assert not any(e.label == short or e.label == f"Mr {short}" for e in got.entities)


def test_fact_on_surname_lands_on_the_full_names(facts_of):
    got = facts_of("Angela Merkel met Vladimir Putin in Moscow. Mr Putin praised Merkel.")
    assert ("Vladimir Putin", "supports", "Angela Merkel") in got.triples


@pytest.mark.parametrize("text, name", [
    ("President Cyril Ramaphosa visited Ghana.", "Cyril Ramaphosa"),
    ("Kenyan President William Ruto visited Uganda.", "William Ruto"),
    ("Japanese Prime Minister Fumio Kishida visited Vietnam.", "Fumio Kishida"),
    ("Reporter Jane Doe interviewed the minister.", "Jane Doe"),
    # spaCy tags 'Olaf Scholz' ORG after 'Chancellor': a first name after a post makes him a person all the same
    ("Chancellor Olaf Scholz visited Kenya.", "Olaf Scholz"),
])
def test_titles_are_not_part_of_names(facts_of, text, name):
    got = facts_of(text)
    people = _people(got)
    assert [p.label for p in people] == [name], got


# ---- coreference ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Justin Trudeau visited India. He met Narendra Modi in New Delhi.",
     ("Justin Trudeau", "meetsWith", "Narendra Modi")),
    ("Giorgia Meloni arrived in Tunisia. She met Kais Saied.", ("Giorgia Meloni", "meetsWith", "Kais Saied")),
    ("Giorgia Meloni met Kais Saied in Tunis. He praised Italy.", ("Kais Saied", "supports", "Italy")),
    ("Angela Merkel met Vladimir Putin in Moscow. She criticised Belarus.", ("Angela Merkel", "criticizes", "Belarus")),
    # gender from the honorific, salience from the subject position
    ("Mr Okafor met Ms Adeyemi Bello in Abuja. She praised Ghana.", ("Adeyemi Bello", "supports", "Ghana")),
    ("Mr Okafor met Ms Adeyemi Bello in Abuja. He praised Ghana.", ("Okafor", "supports", "Ghana")),
    ("Kenya signed the accord. It also criticised Uganda.", ("Kenya", "criticizes", "Uganda")),
    ("Kenya recalled its ambassador. It also criticised Uganda.", ("Kenya", "criticizes", "Uganda")),
    ("The IAEA sent inspectors to Iran. It criticised Iran over the enrichment.",
     ("International Atomic Energy Agency", "criticizes", "Iran")),
    ("Chile and Peru met in Lima. The two countries signed a fisheries accord.",
     ("Chile", "signs", "fisheries accord between Chile and Peru")),
    ("Chile and Peru met in Lima. The two countries signed a fisheries accord.",
     ("Peru", "signs", "fisheries accord between Chile and Peru")),
    ("Brazil and Argentina held talks. Both sides condemned Venezuela.", ("Brazil", "criticizes", "Venezuela")),
    ("Brazil and Argentina held talks. Both sides condemned Venezuela.",
     ("Argentina", "criticizes", "Venezuela")),
    ("Saudi Arabia hosted the summit. The kingdom criticised Iran.", ("Saudi Arabia", "criticizes", "Iran")),
    ("Jordan criticised Israel. The kingdom also urged Egypt to reopen the crossing.",
     ("Jordan", "demands", "Egypt")),
    ("Spain hosted the conference. The kingdom also urged Morocco to release the fishermen.",
     ("Spain", "demands", "Morocco")),
    ("Saudi Arabia and Qatar restored relations. The kingdom also praised Oman.",
     ("Saudi Arabia", "supports", "Oman")),
    pytest.param("India criticised China after its attack on Bhutan.", ("China", "attacks", "Bhutan"),
                 marks=pytest.mark.xfail(reason="'its' resolves to the sentence subject India, not to China "
                                                "(gives India attacks Bhutan)", strict=True)),
    # first-person pronouns in a quotation are its speaker, whether the speech verb follows or precedes it
    pytest.param('Mark Oaten accused Charles Clarke of delays. "I will meet Clarke tomorrow," he told reporters.',
                 ("Mark Oaten", "meetsWith", "Charles Clarke"), id="quote-speaker-after"),
    pytest.param('Chilean minister Ana Rojas said: "I will meet my Peruvian counterpart next week."',
                 ("Ana Rojas", "meetsWith", "Peru"), id="quote-speaker-before"),
    # the speaker of a quotation goes on with the main clause's subject before, not the subject of a clause in it
    pytest.param('Senator Tom Hale warned the economy was not as strong as Mark Oaten would like. "I will meet '
                 'Egyptian leaders tomorrow," he told reporters.',
                 ("Tom Hale", "meetsWith", "Egypt"), id="quote-speaker-main-clause"),
    pytest.param('Ann Cole said Mary Hale had met the Egyptian envoy. She added: "I will visit Libya."',
                 ("Ann Cole", "visits", "Libya"), id="speaker-not-reported-subject"),
    # a name subject within a quotation is not in focus outside it; a pronoun subject before stays in focus
    pytest.param('Senator Tom Hale sent a letter. In it he wrote: "Mark Oaten should lead the party." While saying '
                 'he admired Mr Oaten, he then visited Libya.', ("Tom Hale", "visits", "Libya"),
                 id="quoted-subject-out-of-focus"),
    pytest.param('Senator Tom Hale spoke in Leeds. "Mark Oaten is a good leader," he said. He later visited Libya.',
                 ("Tom Hale", "visits", "Libya"), id="speaker-pronoun-in-focus"),
    # a name in apposition to the subject is the person in focus for a later "he"
    pytest.param("The shadow minister, Tom Hale, criticised the Egyptian envoy Omar Said. He later visited Libya.",
                 ("Tom Hale", "visits", "Libya"), id="appositive-subject-in-focus"),
])
def test_reference_resolves_to_the_right_entity(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, wrong", [
    ("Justin Trudeau visited India. He met Narendra Modi in New Delhi.", "India"),
    ("Saudi Arabia and Qatar restored relations. The kingdom also praised Oman.", "Qatar"),
])
def test_reference_does_not_resolve_to_the_wrong_entity(facts_of, text, wrong):
    got = facts_of(text)
    assert not any(s == wrong and p in {"meetsWith", "supports"} for s, p, _ in got.triples), got


def test_the_kingdom_is_an_alias_of_the_monarchy(facts_of):
    got = facts_of("Saudi Arabia hosted the summit. The kingdom criticised Iran.")
    assert any(a.lower() == "the kingdom" for a in got.entity("Saudi Arabia").aliases)


def test_the_kingdom_does_not_resolve_to_a_republic(facts_of):
    got = facts_of("Egypt hosted the summit. The kingdom criticised Iran.")
    assert not any(p == "criticizes" and s == "Egypt" for s, p, _ in got.triples), got


@pytest.mark.parametrize("text, spans", [
    ('He said: "We will go." Then "no".', [(3, 8), (10, 12)]),
    ('“Curly quotes” work.', [(0, 3)]),
    ('"A quote left open. "A new one," she said.', [(0, 5), (6, 11)]),
    ('No quotes at all.', []),
])
def test_quotations_pair_opening_and_closing_marks(nlp, text, spans):
    from kg.extract.entities import _quotations

    assert _quotations(nlp(text)) == spans


@pytest.mark.parametrize("group, shared", [
    ("Demonstrators", False),  # each article's protesters are their own
    ("Palestinian refugees", True),  # a people tied to a country is one node everywhere
])
def test_generic_groups_are_scoped_to_their_article(nlp, group, shared):
    from kg.extract.extractor import extract
    from kg.model import Document

    keys = []
    for doc_id, place in (("a", "Kabul"), ("b", "Cairo")):
        extraction = extract(Document(doc_id, f"{group} in {place} protested against the United States."), nlp)
        keys.append(next(e.key for e in extraction.entities if e.label == group))
    assert (keys[0] == keys[1]) is shared, keys


@pytest.mark.parametrize("text, description, named, same", [
    pytest.param("Russia and Belarus held the Zapad exercises in September. The joint maneuvers lasted ten days.",
                 "joint maneuvers", "Zapad exercises", True, id="same-kind"),
    pytest.param("Ministers discussed the Iraq war on Monday. They spoke at the regular meeting of the group.",
                 "regular meeting", "Iraq war", False, id="other-kind"),
])
def test_a_description_refers_back_to_a_named_event_of_its_kind(nlp, text, description, named, same):
    from kg.extract.entities import resolve
    from kg.extract.mentions import add_entity_ruler, find_mentions
    from kg.extract.parse import add_lemma_repair

    doc = add_entity_ruler(add_lemma_repair(nlp))(text)
    keys = {m.text: k for m, k in resolve(doc, find_mentions(doc), "d").mentions}
    assert description in keys and named in keys, keys
    assert (keys[description] == keys[named]) is same, keys


# ---- posts named by a definite description ("the prime minister") -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # nobody is named with the post: the person just named who holds no post
    ("Mark Hale spoke at his country house. The foreign secretary later criticised Syria.",
     ("Mark Hale", "criticizes", "Syria")),
    # the person named with that very post, not the latest person named
    ("Foreign Secretary Ann Cole met Egyptian President Omar Said in Cairo. The foreign secretary later "
     "criticised Libya.",
     ("Ann Cole", "criticizes", "Libya")),
    # a cabinet post of several words ("the home secretary", "the deputy prime minister")
    ("Home Secretary Ann Cole met Egyptian President Omar Said in Cairo. The home secretary later "
     "criticised Libya.",
     ("Ann Cole", "criticizes", "Libya")),
    ("Deputy Prime Minister Ann Cole visited Cairo on Monday. Later the deputy prime minister criticised Libya.",
     ("Ann Cole", "criticizes", "Libya")),
    # the article before a post and a name is no part of the post
    ("Critics read a book about the Home Secretary Ann Cole's plans. Later the home secretary criticised Libya.",
     ("Ann Cole", "criticizes", "Libya")),
    # a longer post ending in the description's ("the minister" → the trade minister)
    ("Trade Minister Ann Cole met Egyptian President Omar Said. The minister later criticised Libya.",
     ("Ann Cole", "criticizes", "Libya")),
])
def test_post_description_resolves_to_its_holder(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, wrong", [
    # a shadow post is another post
    ("Foreign Secretary Ann Cole will visit Poland. Shadow Foreign Secretary Tom Hale said the foreign secretary "
     "had criticised Russia.", ("Tom Hale", "holdsPosition", "foreign secretary")),
    # someone else holds the post (named later): no guess
    ("Tom Hale visited Ghana. The president criticised Togo. President Kofi Mensah also visited Benin.",
     ("Tom Hale", "holdsPosition", "president")),
    # a post named with its holder or its country is no reference back
    ("Tom Hale visited Ghana. The president of Togo criticised Benin.", ("Tom Hale", "criticizes", "Benin")),
    # a person named with another post
    ("Defence Minister Tom Hale visited Ghana. The president criticised Togo.",
     ("Tom Hale", "criticizes", "Togo")),
])
def test_post_description_does_not_resolve_wrongly(facts_of, text, wrong):
    assert wrong not in facts_of(text).triples


@pytest.mark.parametrize("text, expected", [
    # the of-phrase of a verb of charging says what the holder is charged with, not whose post it is
    ("Finance Minister Ann Cole spoke on Monday. Tom Hale accused the finance minister of misleading voters.",
     ("Tom Hale", "criticizes", "Ann Cole")),
    ("President Omar Said spoke on Monday. The Liberal Party accused the president of hiding steel-related costs.",
     ("Liberal Party", "criticizes", "Omar Said")),
    ("Finance Minister Ann Cole spoke on Monday. Tom Hale accused the finance minister of hypocrisy.",
     ("Tom Hale", "criticizes", "Ann Cole")),
    # each of two coordinated posts ("the president and his finance minister of ...")
    ("President Omar Said and Finance Minister Ann Cole met in Accra. Tom Hale accused the president and the "
     "finance minister of wasting money.", ("Tom Hale", "criticizes", "Ann Cole")),
])
def test_post_description_charged_with_an_act_resolves_to_its_holder(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, wrong", [
    # an of-phrase naming a state after a verb of charging still says whose post it is
    ("President Omar Said spoke on Monday. Tom Hale accused the president of Togo of lying.",
     ("Tom Hale", "criticizes", "Omar Said")),
    # an of-phrase after another verb says whose post it is
    ("President Omar Said spoke on Monday. Tom Hale criticised the president of the senate.",
     ("Tom Hale", "criticizes", "Omar Said")),
])
def test_post_description_with_its_own_of_phrase_is_not_charged(facts_of, text, wrong):
    assert wrong not in facts_of(text).triples


def test_post_description_between_a_holder_and_a_later_person_is_left_unresolved(facts_of):
    got = facts_of("Tom Hale met Italian Prime Minister Marco Rossi in Rome. Mr Hale's spokesman said: "
                   "\"The prime minister criticised Libya.\"")
    assert ("Marco Rossi", "criticizes", "Libya") not in got.triples, got


@pytest.mark.parametrize("text, expected, wrong", [
    # a country's post is the person named with that country's post
    ("Russian President Ivan Sokolov met Tom Hale in Moscow. Later the Russian president criticised Georgia.",
     ("Ivan Sokolov", "criticizes", "Georgia"), ("Tom Hale", "criticizes", "Georgia")),
    # never another country's holder, never a person named without the post
    ("Russian President Ivan Sokolov met Tom Hale in Moscow. Later the French president criticised Georgia.",
     None, ("Ivan Sokolov", "criticizes", "Georgia")),
    ("Tom Hale visited Chile on Monday. The US president praised Peru.", None, ("Tom Hale", "supports", "Peru")),
])
def test_post_of_a_country_resolves_to_its_holder_only(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert wrong not in got.triples, got


@pytest.mark.parametrize("text, expected, wrong", [
    # a party's post: the one person named with it, or, for a spokesman, with a shadow post
    ("Shadow home secretary Mark Dunn spoke in Leeds. The Tory spokesman later criticised Russia.",
     ("Mark Dunn", "criticizes", "Russia"), ("Conservative Party", "criticizes", "Russia")),
    ("Labour leader Ann Cole met Tom Hale in Leeds. Later the Labour leader criticised Russia.",
     ("Ann Cole", "criticizes", "Russia"), ("Tom Hale", "criticizes", "Russia")),
    ("Lib Dem spokesman Mark Dunn met Tom Hale in Leeds. Later the Lib Dem spokesman criticised Russia.",
     ("Mark Dunn", "criticizes", "Russia"), ("Tom Hale", "criticizes", "Russia")),
    # the post of a person named with another party is not the party's post
    ("Labour leader Ann Cole met Tom Hale in Leeds. Later the Tory leader criticised Russia.",
     None, ("Ann Cole", "criticizes", "Russia")),
    # two holders of the post: either may be meant
    ("Shadow home secretary Mark Dunn met shadow foreign secretary Tom Hale. The Tory spokesman later "
     "criticised Russia.", None, ("Mark Dunn", "criticizes", "Russia")),
    # a spokesman is no leader, nor a person named without a post
    ("Tory leader Mark Dunn met Tom Hale. The Tory spokesman later criticised Russia.",
     None, ("Mark Dunn", "criticizes", "Russia")),
    ("Mark Dunn spoke in Leeds. The Tory spokesman later criticised Russia.",
     None, ("Mark Dunn", "criticizes", "Russia")),
    # a post heading the party, given to nobody by name: the one person named just before, with no post
    ("Mark Dunn is to speak in Leeds on Monday. The Tory leader will criticise Russia.",
     ("Mark Dunn", "criticizes", "Russia"), None),
    # ... not when two people were named just before, nor one tied to another party, nor one with another post
    ("Mark Dunn met Tom Hale in Leeds on Monday. The Tory leader will criticise Russia.",
     None, ("Mark Dunn", "criticizes", "Russia")),
    ("Labour MP Mark Dunn spoke in Leeds on Monday. The Tory leader will criticise Russia.",
     None, ("Mark Dunn", "criticizes", "Russia")),
    ("Labour leader Ann Cole spoke in Leeds. Mark Dunn spoke in York. The Labour leader later criticised Russia.",
     ("Ann Cole", "criticizes", "Russia"), ("Mark Dunn", "criticizes", "Russia")),
    # a party's leader nobody was named with: the one person named lately by full name
    ("Jo Hale will address voters in Leeds on Monday. The Liberal Democrat leader will visit a school.",
     ("Jo Hale", "leads", "Liberal Democrats"), None),
    # not a person the text ties to another party, nor one named only by a surname, nor one of two named lately
    ("Labour's Jo Hale spoke in Leeds on Monday. The Tory leader will visit a school.",
     None, ("Jo Hale", "leads", "Conservative Party")),
    ("Hale will address voters in Leeds on Monday. The Liberal Democrat leader will visit a school.",
     None, ("Hale", "leads", "Liberal Democrats")),
    ("Jo Hale met Tom Webb in Leeds on Monday. The Liberal Democrat leader will visit a school.",
     None, ("Jo Hale", "leads", "Liberal Democrats")),
])
def test_post_of_a_party_resolves_to_its_one_holder(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert wrong not in got.triples, got


@pytest.mark.parametrize("text, expected, wrong", [
    # "her chancellor": the one person named with the post, not the possessor
    ("Chancellor Tom Hale spoke. Prime Minister Ann Cole spoke on Monday. The Tories criticised the prime "
     "minister and her chancellor.",
     ("Conservative Party", "criticizes", "Tom Hale"), None),
    # nobody named with the post: nobody, not even the one person named before
    ("Prime Minister Ann Cole spoke on Monday. The Tories criticised her chancellor.",
     None, ("Conservative Party", "criticizes", "Ann Cole")),
    ("Tom Hale spoke on Monday. The Tories later criticised his chancellor.",
     None, ("Conservative Party", "criticizes", "Tom Hale")),
])
def test_possessive_post_resolves_to_its_named_holder(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert wrong not in got.triples, got


@pytest.mark.parametrize("text, wrong", [
    # a deputy's post is another post
    ("Deputy Prime Minister Tom Hale visited Ghana. Officials said the prime minister criticised Togo.",
     ("Tom Hale", "criticizes", "Togo")),
    # the one person named before acts on the post's holder in this sentence: not the holder
    ("Mark Hale spoke at his country house on Monday. Mr Hale later criticised the chancellor over the budget.",
     ("Mark Hale", "holdsPosition", "chancellor")),
    # a post weighed for a person ("how good a prime minister X would make") is no post X holds
    ("Chancellor Tom Hale met Ann Cole in Leeds. Many wonder how good a prime minister Tom Hale would make. "
     "Later the prime minister criticised Russia.", ("Tom Hale", "criticizes", "Russia")),
    # two people named nearby, neither with the post: either may be meant, or neither
    ("Tom Hale compared Ann Cole's figures with the claims of others. Voters said the prime minister had "
     "criticised Togo.", ("Tom Hale", "criticizes", "Togo")),
    # a pronoun subject earlier in the sentence already stands for the one person nearby: the post is another's
    ("Mr Tom Hale met voters in Leeds. He changed his mind after the chancellor criticised Peru.",
     ("Tom Hale", "criticizes", "Peru")),
    # the one person nearby is given another government post by "as": not the holder of this one
    ("Mr Tom Hale said he would stand down as prime minister. Voters said the chancellor had criticised Togo.",
     ("Tom Hale", "criticizes", "Togo")),
])
def test_post_description_needs_one_possible_holder(facts_of, text, wrong):
    assert wrong not in facts_of(text).triples, facts_of(text)


@pytest.mark.parametrize("text, expected", [
    # the post given by "as" is the description's own: the person nearby may hold it
    ("Mr Tom Hale said he would stay on as chancellor. Voters said the chancellor had criticised Togo.",
     ("Tom Hale", "criticizes", "Togo")),
    # a post sought by "as" is not held: it does not bar the person from another
    ("Mr Tom Hale said he wanted to serve as prime minister. Voters said the chancellor had criticised Togo.",
     ("Tom Hale", "criticizes", "Togo")),
])
def test_post_by_as_bars_only_another_post(facts_of, text, expected):
    assert expected in facts_of(text).triples, facts_of(text)


def test_a_person_with_a_post_outside_government_is_no_rival_for_a_government_post(facts_of):
    got = facts_of("Senator Tom Hale visited Mr John Roe in Accra. The prime minister praised Peru.")
    assert ("John Roe", "supports", "Peru") in got.triples, got
    assert ("Tom Hale", "supports", "Peru") not in got.triples, got


@pytest.mark.parametrize("text, wrong", [
    # a government post named nearby stays a rival: either may be meant
    ("Deputy Prime Minister Tom Hale visited Mr John Roe in Accra. The prime minister praised Peru.",
     ("John Roe", "supports", "Peru")),
    # a post outside government is anyone's: the senator stays a rival for it
    ("Senator Tom Hale visited Mr John Roe in Accra. The spokesman praised Peru.", ("John Roe", "supports", "Peru")),
])
def test_rivals_for_a_post_nearby(facts_of, text, wrong):
    assert wrong not in facts_of(text).triples, facts_of(text)


@pytest.mark.parametrize("text, events", [
    # a common-noun possessor tells an event apart from one of the same noun named before
    pytest.param("Leaders attended the ceremony in Kiev. Later the city's ceremony drew crowds.", 2,
                 id="possessor-new-event"),
    # without a possessor, "the ceremony" refers back to the one already named
    pytest.param("Leaders attended the ceremony in Kiev. Later the ceremony drew crowds.", 1, id="refers-back"),
])
def test_event_descriptions_with_a_possessor(facts_of, text, events):
    assert sum(e.type == "Event" for e in facts_of(text).entities) == events


@pytest.mark.parametrize("text, events", [
    # the place before or after the event noun: one event
    pytest.param("Leaders will gather at a summit in Lima. The Lima summit must approve the plan.", 1,
                 id="after-before"),
    pytest.param("A Lima conference is planned. The conference in Lima will discuss aid.", 1, id="before-after"),
    # two places: two events
    pytest.param("A Lima conference is planned. The conference in Quito will discuss aid.", 2, id="two-places"),
])
def test_event_place_before_or_after(facts_of, text, events):
    assert sum(e.type == "Event" for e in facts_of(text).entities) == events


def test_a_described_person_holds_no_named_post(facts_of):
    """The spokesman of a named person is a person of his own, but not the one the post ("the premier") means."""
    got = facts_of("Premier Jo Bell visited Oslo. On Monday, Jo Bell's spokesman refused to say whether the "
                   "premier backed the plans.")
    assert ("Jo Bell's spokesman", "holdsPosition", "premier") not in got.triples, got


# ---- an object pronoun is not the subject of its own clause ("they ... detaining them" are other people) -------

@pytest.mark.parametrize("text, absent", [
    pytest.param("Ghana and Togo signed the deal. They had arrested them at the border.",
                 ("Ghana", "coerces", "Togo"), id="object-of-the-verb"),
    pytest.param("Ghana and Togo signed the deal. They broke the law by detaining them at the border.",
                 ("Togo", "coerces", "Ghana"), id="object-of-a-gerund"),
])
def test_object_pronoun_is_not_its_clause_subject(facts_of, text, absent):
    assert absent not in facts_of(text).triples


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ghana and Togo met on Monday. Benin accused them of arming rebels.",
                 ("Benin", "criticizes", "Ghana"), id="other-subject"),
    pytest.param("Ghana and Togo signed the deal. They said Benin was wrong to blame them.",
                 ("Benin", "criticizes", "Togo"), id="subject-of-another-clause"),
])
def test_object_pronoun_still_resolved_against_another_subject(facts_of, text, expected):
    assert expected in facts_of(text).triples


# ---- group anaphora ("the two countries", "both of them") refer to a pair of the kind they name ----------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile and Peru met in Lima. The two neighbours condemned Bolivia.",
                 [("Chile", "criticizes", "Bolivia"), ("Peru", "criticizes", "Bolivia")], id="two-neighbours"),
    pytest.param("Ghana and Togo held talks on Monday. Both condemned Benin.",
                 [("Ghana", "criticizes", "Benin"), ("Togo", "criticizes", "Benin")], id="bare-both"),
    # a pair of places named later is not meant by "the two countries"
    pytest.param("Chile and Peru signed an accord. Fishermen in Arica and Tacna welcomed it. The two countries "
                 "condemned Bolivia.", [("Chile", "criticizes", "Bolivia")], id="skips-a-pair-of-places"),
    # two firms named apart (no coordinated pair): "the two firms" are the last two organisations
    pytest.param("Toyota Motor struck a deal to supply Renault with vans. The two firms signed a memorandum.",
                 [("Toyota Motor", "signs", "memorandum between Toyota Motor and Renault"),
                  ("Renault", "signs", "memorandum between Toyota Motor and Renault")],
                 id="two-firms-named-apart"),
])
def test_group_anaphor_refers_to_the_pair_of_its_kind(facts_of, text, expected):
    got = facts_of(text)
    for triple in expected:
        assert triple in got.triples, got


@pytest.mark.parametrize("text", [
    # three firms named before "the two firms": which two is unclear
    pytest.param("Toyota Motor, Renault and Fiat met in Paris. The two firms signed a memorandum.", id="three-firms"),
    # a firm named too long before is not meant
    pytest.param("Toyota Motor opened a plant. " + "Sales rose in many markets across the region. " * 14
                 + "Renault cut jobs. The two firms signed a memorandum.", id="too-far-back"),
])
def test_two_firms_without_a_clear_pair_sign_nothing(facts_of, text):
    assert not facts_of(text).predicates("signs")


@pytest.mark.parametrize("text, wrong", [
    # "both" before a coordination, an adjective or another noun is no anaphor
    pytest.param("Chile and Peru met in Lima. Officials said both Bolivia and Ecuador condemned Paraguay.",
                 ("Chile", "criticizes", "Paraguay"), id="both-x-and-y"),
    pytest.param("Chile and Peru met in Lima. The two candidates condemned Paraguay.",
                 ("Chile", "criticizes", "Paraguay"), id="two-of-another-noun"),
    # two countries are not "the two companies", nor "the two men"
    pytest.param("Chile and Peru met in Lima. The two companies condemned Paraguay.",
                 ("Chile", "criticizes", "Paraguay"), id="companies-not-countries"),
    pytest.param("Chile and Peru met in Lima. Both men condemned Paraguay.",
                 ("Peru", "criticizes", "Paraguay"), id="men-not-countries"),
    # sides of a border are no parties
    pytest.param("Chile and Peru met in Lima. Farmers on both sides of the border condemned Paraguay.",
                 ("Chile", "criticizes", "Paraguay"), id="sides-of"),
    # three are no pair
    pytest.param("Ghana, Togo and Benin met in Accra. The pair condemned Niger.",
                 ("Ghana", "criticizes", "Niger"), id="three-are-no-pair"),
    # a noun whose own modifiers say which ones are meant (a superlative, coordinated adjectives) is no anaphor
    pytest.param("Britain and the US met in London. Both the richest and poorest nations criticised China.",
                 ("United Kingdom", "criticizes", "China"), id="coordinated-adjectives"),
    pytest.param("Kenya and Uganda met in Nairobi. The two largest economies condemned Sudan.",
                 ("Kenya", "criticizes", "Sudan"), id="superlative"),
])
def test_group_anaphor_does_not_refer_to_a_pair_of_another_kind(facts_of, text, wrong):
    got = facts_of(text)
    assert wrong not in got.triples, got


@pytest.mark.parametrize("text, expected, wrong", [
    # an adverb before the title is no part of the post
    pytest.param("Ann Cole met Tom Hale. Later Foreign Secretary Ann Cole visited Chile. "
                 "The foreign secretary praised Peru.",
                 ("Ann Cole", "supports", "Peru"), ("Tom Hale", "supports", "Peru"), id="adverb-before-title"),
    # a title before an honorific is the person's post, so the person holds another post than the description's
    pytest.param("Foreign Secretary Ann Cole visited Chile. Shadow trade minister Mr Tom Hale spoke in Lima. "
                 "The foreign secretary praised Peru.",
                 ("Ann Cole", "supports", "Peru"), ("Tom Hale", "supports", "Peru"), id="title-honorific-name"),
    # a person named beside the post when its holder was unknown is someone else than its holder
    pytest.param("Tom Hale said he trusted the prime minister. Mr Hale later arrived in Rome. The prime minister "
                 "praised Peru.", None, ("Tom Hale", "supports", "Peru"), id="named-beside-the-post"),
    # two presidents named long before: no guess between them
    pytest.param("President Omar Said of Egypt met President Kofi Mensah of Ghana. Trade grew. Ports opened. "
                 "Prices fell. Markets rose. The president praised Peru.",
                 None, ("Kofi Mensah", "supports", "Peru"), id="several-holders"),
])
def test_post_description_holder_from_the_text(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert wrong not in got.triples, got


# ---- "the government" is the state whose government is meant, never the last body named ----------------------

@pytest.mark.parametrize("text, expected, wrong", [
    # the state of the person whose words report it
    pytest.param("Foreign Secretary Ann Cole met the Red Cross. She said the government had criticised Syria.",
                 ("United Kingdom", "criticizes", "Syria"), ("Red Cross", "criticizes", "Syria"), id="speaker"),
    # the one state of the document's national posts, even with more words before the title
    pytest.param("The Red Cross thanked her cabinet colleague Foreign Secretary Ann Cole. The government "
                 "criticised Syria.", ("United Kingdom", "criticizes", "Syria"), ("Red Cross", "criticizes", "Syria"),
                 id="national-post"),
    # the country the text places it in
    pytest.param("The World Bank praised Chile. Later the government in Lima criticised Bolivia.",
                 ("Peru", "criticizes", "Bolivia"), ("World Bank", "criticizes", "Bolivia"), id="placed-in"),
    # the country the document is about, named far more than any other
    pytest.param("Chile's exports grew. Chile's mines expanded. Chile hired miners. The Red Cross visited Chile "
                 "and Peru. The government criticised Bolivia.",
                 ("Chile", "criticizes", "Bolivia"), ("Red Cross", "criticizes", "Bolivia"), id="dominant"),
    # nothing tells which state: nobody
    pytest.param("The Red Cross visited Chile and Peru. The government criticised Bolivia.",
                 None, ("Red Cross", "criticizes", "Bolivia"), id="unknown"),
    pytest.param("The Red Cross visited Chile and Peru. The government criticised Bolivia.",
                 None, ("Chile", "criticizes", "Bolivia"), id="unknown-no-guess"),
])
def test_the_government_is_the_state_meant(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert wrong not in got.triples, got


def test_a_regime_of_something_is_no_state(facts_of):
    got = facts_of("Chile's exports grew. Chile's mines expanded. Chile hired miners. Officials said the regime "
                   "of inspections criticised Bolivia.")
    assert ("Chile", "criticizes", "Bolivia") not in got.triples, got


# ---- the phrase index of reference resolution (speed: the same first match as a scan of every phrase) -----

_PHRASES = [("the two sides".split(), "a"), ("the two countries".split(), "b"), ("both".split(), "c"),
            ("both sides".split(), "d"), ("the hermit kingdom".split(), "e"), ("the two".split(), "f")]


def _first_match_by_scan(lowers: list[str], i: int) -> str | None:
    """The reference: every phrase of the first word's list, longest first, the first that is there wins."""
    from kg.extract.entities import _by_first_word
    values = {" ".join(w): v for w, v in _PHRASES}
    for words in _by_first_word(w for w, _ in _PHRASES).get(lowers[i], ()):
        if lowers[i:i + len(words)] == words:
            return values[" ".join(words)]
    return None


@pytest.mark.parametrize("text", [
    "the two sides met", "the two countries met", "the two met", "both sides agreed", "both agreed",
    "the hermit kingdom said", "the hermit", "the", "both", "the two", "a quiet morning", "the three sides met",
])
def test_phrase_index_finds_what_a_scan_of_every_phrase_finds(text):
    from kg.extract.entities import _PhraseIndex
    index = _PhraseIndex(_PHRASES)
    lowers = text.split()
    for i in range(len(lowers)):
        got = next((v for words, v in index.candidates(lowers, i) if lowers[i:i + len(words)] == words), None)
        assert got == _first_match_by_scan(lowers, i), (text, i)


@pytest.mark.parametrize("text, position, expected", [
    ("the two sides met", 0, ["a", "b", "f"]),  # only phrases beginning "the two", longest first
    ("both sides agreed", 0, ["d", "c"]),
    ("both agreed", 0, ["c"]),
    ("the hermit kingdom", 0, ["e"]),
    ("the meeting", 0, []),  # "the" begins phrases, but none "the meeting"
    ("said the", 1, []),  # the last word: only one-word phrases could start there
])
def test_phrase_index_offers_only_phrases_starting_with_the_two_words_there(text, position, expected):
    from kg.extract.entities import _PhraseIndex
    assert [v for _, v in _PhraseIndex(_PHRASES).candidates(text.split(), position)] == expected


def test_reference_words_cover_every_pronoun_and_phrase_start():
    from kg.extract.entities import _reference_words
    words = _reference_words()
    assert {"he", "she", "it", "they", "who", "the", "both"} <= words
    assert "minister" in words  # "the minister": a post description
    assert not {"met", "said", "morning"} & words  # ordinary words are skipped without a Token


# ---- a government named by its head -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, wrong", [
    pytest.param("Chilean President Maria Lopez spoke on Monday. The Lopez administration criticised Peru.",
                 ("Chile", "criticizes", "Peru"), ("Maria Lopez", "criticizes", "Peru"), id="post-of-a-state"),
    pytest.param("Chilean President Maria Lopez spoke. President Lopez's government criticised Peru.",
                 ("Chile", "criticizes", "Peru"), None, id="possessive"),
    pytest.param("President Maria Lopez spoke. The Chilean government is angry. The Lopez administration criticised "
                 "Peru.", ("Chile", "criticizes", "Peru"), None, id="the-one-government-named"),
])
def test_a_government_named_by_its_head_is_the_state(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected in got.triples, got
    assert wrong is None or wrong not in got.triples, got


@pytest.mark.parametrize("text, wrong", [
    # no state ties the person: no guess from the country named most
    pytest.param("President Maria Lopez spoke. Peru is poor. Peru is big. Peru is dry. The Lopez administration "
                 "criticised Bolivia.", ("Peru", "criticizes", "Bolivia"), id="no-state"),
    # a person without a head's post: "the Lopez government" may be a party's or a city's
    pytest.param("Maria Lopez spoke. The Chilean government is angry. The Lopez administration criticised Peru.",
                 ("Chile", "criticizes", "Peru"), id="no-head-post"),
    # the one named government is the one this sentence acts on
    pytest.param("President Maria Lopez spoke. The Chilean government is angry. The Lopez administration imposed "
                 "tariffs on Chile.", ("Chile", "sanctions", "Chile"), id="acted-on"),
    # a pronoun's government is left alone
    pytest.param("Chilean President Maria Lopez spoke. Her government criticised Peru.", None, id="pronoun"),
])
def test_a_government_named_by_a_person_without_a_state_stays_unresolved(facts_of, text, wrong):
    got = facts_of(text)
    assert wrong is None or wrong not in got.triples, got


# ---- a description written before the name it describes -------------------------------------------------

@pytest.mark.parametrize("text, name, description", [
    pytest.param("Chilean state bank Banco Andino lent money to Peru.", "Banco Andino", "Chilean state bank", id="bank"),
    pytest.param("Peruvian central bank Reservas criticised Chile.", "Reservas", "Peruvian central bank",
                 id="central-bank"),
])
def test_a_description_before_a_name_is_that_name(facts_of, text, name, description):
    got = facts_of(text)
    assert got.entity(name) is not None, got
    assert description not in {e.label for e in got.entities}, got


@pytest.mark.parametrize("text, description", [
    # a description that is the subject, the name after it another actor
    pytest.param("The Chilean state bank told Banco Andino to pay.", "Chilean state bank", id="separate-actors"),
])
def test_a_description_not_modifying_a_name_stays_apart(facts_of, text, description):
    got = facts_of(text)
    assert description in {e.label for e in got.entities}, got


# ---- organisation descriptions keep their condition ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Ghanaian army entered the town. The army said it had killed five rebels.",
     ("Ghanaian army", "attacks", "rebels")),
    ("The World Bank met in Accra. The bank criticised Ghana.", ("World Bank", "criticizes", "Ghana")),
    ("The Bundesbank met in Frankfurt. The bank criticised Greece.", ("Bundesbank", "criticizes", "Greece")),
    ("The Arab League met in Cairo. The league criticised Israel.", ("Arab League", "criticizes", "Israel")),
])
def test_organisation_description_refers_to_an_organisation_that_fits(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, wrong", [
    ("The UN condemned the attack in Darfur. The army said it had killed three rebels.", "United Nations"),
    ("Nato met in Brussels. The bank criticised Russia.", "North Atlantic Treaty Organization"),
    ("The African Union met in Addis Ababa. The ministry criticised Sudan.", "African Union"),
])
def test_organisation_description_does_not_take_an_unfit_antecedent(facts_of, text, wrong):
    got = facts_of(text)
    assert not any(s == wrong and p in {"attacks", "criticizes"} for s, p, _ in got.triples), got


# ---- a post description is not the author of a book ------------------------------------------------------

@pytest.mark.parametrize("text, holder", [
    ("Jane Hill's new book claims that the prime minister broke a promise.", None),
    ("Jane Hill's spokesman said the prime minister would resign.", "Jane Hill"),
])
def test_post_description_by_possessor_only_through_a_post(facts_of, text, holder):
    got = facts_of(text)
    held = {s for s, p, o in got.triples if p == "holdsPosition" and o == "prime minister"}
    assert held == ({holder} if holder else set()), got


# ---- a named organisation set off after a description renames it -----------------------------------------

@pytest.mark.parametrize("text, name, description", [
    ("Karl Weber, a board member of Austria's central bank, the Nationalbank, said rates would rise.",
     "Nationalbank", "Austria's central bank"),
    ("Anna Berg, an adviser to Sweden's biggest bank, Nordea, said profits rose.", "Nordea",
     "Sweden's biggest bank"),
])
def test_named_organisation_after_description_is_the_same_entity(facts_of, text, name, description):
    got = facts_of(text)
    entity = got.entity(name)
    assert entity is not None and description in entity.aliases, got
    assert not any(e.label == description for e in got.entities)


def test_named_organisation_in_a_list_is_not_merged(facts_of):
    got = facts_of("Officials of the French bank, BNP Paribas and Deutsche Bank met in Paris.")
    assert got.entity("BNP Paribas") is not None and got.entity("Deutsche Bank") is not None
    assert "French bank" not in got.entity("BNP Paribas").aliases


@pytest.mark.parametrize("text, name", [
    ("Gen Tariq Aziz met Tony Blair. Gen Aziz said the army was ready.", "Tariq Aziz"),
    ("Lt Gen Omar Bashiri met Tony Blair in London.", "Omar Bashiri"),
])
def test_an_abbreviated_rank_is_no_part_of_a_name(facts_of, text, name):
    got = facts_of(text)
    assert any(e.label == name for e in got.entities), got
    assert not any(e.label.startswith(("Gen ", "Lt ")) for e in got.entities)


@pytest.mark.parametrize("text, name, acronym", [
    ("Talks were held with the Kenya Power and Lighting Company on Monday. KPLC said prices would rise.",
     "Kenya Power and Lighting Company", "KPLC"),
    ("Shares in Tarmac Holdings Group fell. Analysts said THG would cut jobs.", "Tarmac Holdings Group", "THG"),
])
def test_acronym_of_a_name_in_the_text_joins_it_without_brackets(facts_of, text, name, acronym):
    got = facts_of(text)
    entity = got.entity(name)
    assert entity is not None and acronym in entity.aliases, got
    assert not any(e.label == acronym for e in got.entities)


def test_acronym_matching_two_names_joins_neither(facts_of):
    got = facts_of("Tarmac Holdings Group met Texas Hill Gas on Monday. THG said prices would rise.")
    assert any(e.label == "THG" for e in got.entities), got  # either may be meant: it stays apart


# ---- names the text defines, people who share a surname (round 10) ----------------------------------------

@pytest.mark.parametrize("text, name, alias", [
    ("Salim Haddad, also known as Abu Rami, met the Egyptian foreign minister in Cairo.", "Salim Haddad", "Abu Rami"),
    ("Omar Nasser, better known as Abu Layth, criticised the Jordanian government.", "Omar Nasser", "Abu Layth"),
    ("Daniel Okoro, nicknamed Big Dan, visited Ghana last week.", "Daniel Okoro", "Big Dan"),
])
def test_a_name_the_text_gives_as_another_name_is_an_alias(facts_of, text, name, alias):
    got = facts_of(text)
    entity = got.entity(name)
    assert entity is not None and entity.label == name, got
    assert alias in entity.aliases
    assert sum(1 for e in got.entities if alias in {e.label, *e.aliases}) == 1


@pytest.mark.parametrize("text, first, second", [
    ("Salim Haddad, known for his hard line, met Abu Rami in Cairo.", "Salim Haddad", "Abu Rami"),
    ("Salim Haddad met Abu Rami, the Egyptian foreign minister, in Cairo.", "Salim Haddad", "Abu Rami"),
])
def test_names_without_an_alias_cue_stay_apart(facts_of, text, first, second):
    got = facts_of(text)
    assert got.entity(first) is not None and got.entity(second) is not None
    assert got.entity(first).key != got.entity(second).key


@pytest.mark.parametrize("text, one, other", [
    ("Helen Marsh opened the exhibition. Mr Marsh later met the guests of David Marsh. David Marsh thanked the "
     "Irish president.", "Helen Marsh", "David Marsh"),
    ("Grace Mensah arrived in Accra on Monday. Mensah said Kofi Mensah would join her.", "Grace Mensah", "Kofi Mensah"),
])
def test_a_shared_surname_does_not_join_two_first_names(facts_of, text, one, other):
    got = facts_of(text)
    assert got.entity(one) is not None and got.entity(other) is not None, got
    assert got.entity(one).key != got.entity(other).key


def test_a_middle_initial_does_not_split_a_person(facts_of):
    got = facts_of("Robert K Mensah arrived in Ottawa. Mr Mensah met the Canadian prime minister. Robert Mensah "
                   "later left for Mexico.")
    assert len([e for e in got.entities if e.type == "Person"]) == 1, got


@pytest.mark.parametrize("text, body, country", [
    ("Most of the money came from the Atlantic Mining Finance Corporation (AMFC) - a Canadian development agency - "
     "and the rest from the World Bank.", "Atlantic Mining Finance Corporation", "Canada"),
    ("The company borrowed from the Baltic Trade Fund (BTF) - a Swedish development agency - last year.",
     "Baltic Trade Fund", "Sweden"),
    ("The pipeline is financed by the Nordic Energy Fund (NEF), a Norwegian state fund, and by private banks.",
     "Nordic Energy Fund", "Norway"),
    ("Investors backed Corvan Holdings (a British engineering firm) in its bid for the Dutch port operator.",
     "Corvan Holdings", "United Kingdom"),
])
def test_a_description_set_off_after_an_organisation_is_that_organisation(facts_of, text, body, country):
    got = facts_of(text)
    assert (body, "affiliatedWith", country) in got.triples or (body, "partOf", country) in got.triples, got
    assert not [e for e in got.entities if e.type == "Organization" and e.label not in {body, "World Bank"}]


@pytest.mark.parametrize("text, full, first", [
    ("Peter Osei was named envoy on Monday. \"Peter will serve Ghana well,\" the minister said.", "Peter Osei", "Peter"),
    ("Sir Alan Rudd, the harbour master, met the mayor. Sir Alan told reporters the port would reopen.",
     "Alan Rudd", "Alan"),
])
def test_a_lone_first_name_of_one_person_named_in_full_is_that_person(facts_of, text, full, first):
    got = facts_of(text)
    assert got.entity(full) is not None and first in got.entity(full).aliases, got
    assert not [e for e in got.entities if e.label == first]


def test_a_first_name_two_people_share_joins_neither(facts_of):
    got = facts_of("Peter Osei met Peter Lang in Accra. Peter said the talks had gone well.")
    assert got.entity("Peter Osei") is not None and "Peter" not in got.entity("Peter Osei").aliases
    assert got.entity("Peter Lang") is not None and "Peter" not in got.entity("Peter Lang").aliases


@pytest.mark.parametrize("text, full, short", [
    ("Kovana Motors opened a plant in Chile. Kovana said the plant would employ 2,000 people.",
     "Kovana Motors", "Kovana"),
    ("Shares in Treller Finance Group fell. The bank said it would sue Treller over the sale.",
     "Treller Finance Group", "Treller"),
])
def test_a_one_word_name_that_begins_one_organisation_name_is_that_organisation(facts_of, text, full, short):
    got = facts_of(text)
    entity = got.entity(full)
    assert entity is not None and short in entity.aliases, got


def test_the_first_word_of_two_organisation_names_joins_neither(facts_of):
    got = facts_of("Kovana Motors and Kovana Bank both gained. Kovana said profits rose.")
    assert all("Kovana" not in e.aliases for e in got.entities if e.label in {"Kovana Motors", "Kovana Bank"}), got


@pytest.mark.parametrize("text, short", [
    ("The KBC said KBC News would cut jobs. Union leaders criticised KBC News.", "KBC"),
    ("Corvan said the Corvan A50s were ready. Kovana criticised Corvan.", "Corvan"),
])
def test_an_acronym_or_a_maker_is_not_its_product_or_channel(facts_of, text, short):
    got = facts_of(text)
    assert not [e for e in got.entities if e.label != short and short in e.aliases and e.type == "Organization"], got


@pytest.mark.parametrize("text, expected", [
    # an unnamed part of a firm is nearer than its owner: "the firm" is the part, nobody named
    ("Poland's Orlen Group owns a stake in the venture. In Chile, Orlen Group's subsidiary has clashed with the "
     "government. Last year the firm sued the state over its tariffs.", False),
    ("Poland's Orlen Group owns a stake in the venture. In Chile, the oil unit of Orlen Group has clashed with the "
     "government. Last year the firm sued the state over its tariffs.", False),
    ("Poland's Orlen Group owns a stake in the venture. In Chile, Orlen Group has clashed with the "
     "government. Last year the firm sued the state over its tariffs.", True),
])
def test_the_firm_after_an_unnamed_part_is_not_its_owner(facts_of, text, expected):
    assert (("Orlen Group", "criticizes", "Chile") in facts_of(text).triples) == expected


@pytest.mark.parametrize("text, absent", [
    # "the war" refers back only to an event of its kind, never to an election named before
    ("Jan Kowal said Poland would fight the general election. He said he had supported the war but criticised "
     "the government.", ("Jan Kowal", "supports", "general election")),
])
def test_an_event_description_refers_back_only_to_its_kind(facts_of, text, absent):
    assert absent not in facts_of(text).triples


def test_an_event_description_still_refers_back_to_its_kind(facts_of):
    got = facts_of("Poland and Ukraine held talks in Kiev. Jan Kowal said he supported the talks.")
    assert ("Jan Kowal", "supports", "talks in Kiev") in got.triples, got


def test_the_speaker_pronoun_after_a_quotation_is_not_whom_it_names(facts_of):
    got = facts_of('Jan Kowal, a Polish senator, said he was pleased. "I am glad the president Adam Nowak is coming '
                   'over with a very austere budget," he said.')
    fact = got.find("Adam Nowak", "holdsPosition", "president")
    assert fact is not None and fact.attributed_to == "person/jan-kowal", got


@pytest.mark.parametrize("text, person, resolved", [
    # a person tied to a party other than the one named in government is not the government's post holder
    pytest.param("Mark Hale unveiled his Tory tax plans on Monday. A Labour government would raise taxes, he "
                 "said. Mr Hale says voters agree. The prime minister probably hopes the economy will decide.",
                 "Mark Hale", False, id="rival-party-by-his"),
    pytest.param("Mark Hale unveiled his Labour tax plans on Monday. A Labour government would cut taxes, he "
                 "said. Mr Hale says voters agree. The prime minister probably hopes the economy will decide.",
                 "Mark Hale", True, id="same-party"),
    # no governing party named: the fallback stands
    pytest.param("Mark Hale unveiled his Tory tax plans on Monday. Mr Hale says voters agree. "
                 "The prime minister probably hopes the economy will decide.",
                 "Mark Hale", True, id="no-government-named"),
])
def test_fallback_skips_a_rival_party_person(facts_of, text, person, resolved):
    got = facts_of(text)
    assert ((person, "holdsPosition", "prime minister") in got.triples) is resolved, got.triples


# ---- the phrase an agreement or event is written as -----------------------------------------------------

@pytest.mark.parametrize("text, written, absent", [
    pytest.param("Chile ended an agreement with Peru, signed in 1990.", "agreement with Peru", None,
                 id="with-phrase"),
    pytest.param("Chile and Peru will renew a joint fishing agreement to protect stocks.",
                 "joint fishing agreement", "joint fishing agreement to protect stocks", id="modifiers-not-purpose"),
    pytest.param("Chile and Peru began border talks on Monday.", "border talks", None, id="compound"),
    pytest.param("Chile signed an agreement with Peru, Bolivia, Ecuador, Colombia and Brazil.", None,
                 "agreement with Peru, Bolivia, Ecuador, Colombia and Brazil", id="long-list-left-out"),
])
def test_agreements_and_events_keep_the_phrase_they_are_written_as(facts_of, text, written, absent):
    got = facts_of(text)
    aliases = {a for e in got.entities if e.type in {"Agreement", "Event"} for a in {e.label, *e.aliases}}
    assert written is None or written in aliases, got.entities
    assert absent not in aliases


@pytest.mark.parametrize("text, right, wrong", [
    ("Paul Hale praised Kenya on Monday. His daughter Ellen was born in May. A year later he criticised Uganda.",
     ("Paul Hale", "criticizes", "Uganda"), ("Ellen", "criticizes", "Uganda")),
    ("Ann Hale praised Kenya on Monday. Her son Peter was born in May. A year later she criticised Uganda.",
     ("Ann Hale", "criticizes", "Uganda"), ("Peter", "criticizes", "Uganda")),
])
def test_a_person_named_by_a_first_name_alone_has_its_gender(facts_of, text, right, wrong):
    triples = facts_of(text).triples
    assert right in triples and wrong not in triples


@pytest.mark.parametrize("text, right, wrong", [
    ("Paul Hale criticised Kenya. After serving in the Roe government, he criticised Uganda.",
     ("Paul Hale", "criticizes", "Uganda"), ("Roe", "criticizes", "Uganda")),
])
def test_a_name_modifying_a_noun_is_no_antecedent(facts_of, text, right, wrong):
    triples = facts_of(text).triples
    assert right in triples and wrong not in triples


def test_a_name_that_acts_stays_an_antecedent(facts_of):
    assert ("Ann Roe", "criticizes", "Uganda") in facts_of("Ann Roe visited Kenya. She criticised Uganda.").triples


def test_the_last_word_of_a_body_name_is_that_body(facts_of):
    got = facts_of("Ann Roe said the Sunday Herald had lied about her. The Herald was sued by Ann Roe after the "
                   "newspaper claimed she took bribes.")
    assert not any(e.label == "Herald" for e in got.entities), got
    assert ("Ann Roe", "criticizes", "Sunday Herald") in got.triples


@pytest.mark.parametrize("names, expected", [
    (["Kovex Herald", "Herald"], [("organization/kovex-herald", "organization/herald")]),
    (["Kovex Herald", "Lanton Herald", "Herald"], []),  # two such names: no telling which
])
def test_last_word_names(names, expected):
    import spacy

    from kg.extract.entities import _last_word_names, _Resolver
    from kg.model import Mention

    resolver = _Resolver(spacy.blank("en")("x"), "t")
    for name in names:
        resolver.assign(Mention(0, 1, name, "Organization", "name", head=0))
    assert _last_word_names(resolver) == expected


# ---- round 17: people within a party act for it; "the party" is the party that last acted ------------------------

@pytest.mark.parametrize("text, fact", [
    pytest.param("Tory leader Ann Roe spoke in Leeds. Many in her own party have criticised her.",
                 ("Conservative Party", "criticizes", "Ann Roe"), id="own-party-through-the-owners-post"),
    pytest.param("Some in the Conservative party want Jo Bell to resign.",
                 ("Conservative Party", "demands", "Jo Bell"), id="party-named"),
    pytest.param("Several on the Labour benches condemned Jo Bell.", ("Labour Party", "criticizes", "Jo Bell"),
                 id="benches"),
])
def test_a_quantifier_within_a_party_acts_for_it(facts_of, text, fact):
    assert fact in facts_of(text).triples, facts_of(text)


@pytest.mark.parametrize("text, not_actor", [
    pytest.param("Many in Britain criticised Jo Bell.", "United Kingdom", id="a-state-is-no-party"),
    pytest.param("Ann Roe spoke in Leeds. Many in her own party have criticised her.", "Party",
                 id="owner-without-a-party"),
])
def test_a_quantifier_within_no_organisation_acts_for_nothing(facts_of, text, not_actor):
    got = facts_of(text)
    assert not any(p == "criticizes" and not_actor in s for s, p, o in got.triples), got


@pytest.mark.parametrize("text, fact", [
    pytest.param("Labour mocked the Tory manifesto. The party urged the Tories to explain the costs.",
                 ("Labour Party", "demands", "Conservative Party"), id="subject-not-the-nearer-modifier"),
    pytest.param("UKIP leader Jo Bell spoke on Monday. The party urged Ann Roe to stand down.",
                 ("UK Independence Party", "demands", "Ann Roe"), id="label-of-the-subject"),
])
def test_the_party_is_the_party_that_last_acted(facts_of, text, fact):
    assert fact in facts_of(text).triples, facts_of(text)


def test_the_party_with_no_party_acting_before_is_nothing(facts_of):
    got = facts_of("Ann Roe met Jo Bell in Leeds. The party urged Jo Bell to stand down.")
    assert not any(p == "demands" and s != "Ann Roe" for s, p, o in got.triples), got


def test_the_party_is_not_one_of_parties_acting_together(facts_of):
    got = facts_of("Tory leader Ann Roe unveiled tax plans. Labour and the Liberal Democrats said the party "
                   "would cut services, and urged the party to publish its sums.")
    assert not any(p == "demands" and o in {"Labour Party", "Liberal Democrats"} for s, p, o in got.triples), got


@pytest.mark.parametrize("first, second, apart", [
    pytest.param("Labour Party", "Liberal Democrats", True, id="two-known-parties"),
    pytest.param("Labour Party", None, False, id="one-unknown-name"),
    pytest.param("Labour Party", "Labour Party", False, id="same-canonical-name"),
])
def test_names_known_apart_are_not_joined_by_apposition(first, second, apart):
    """Two names that data files give different canonical names are two organisations, whatever the parse made
    of them (a misparsed "Unlike the Greens, the Lib Dems back ..." reads as an apposition)."""
    from kg.extract.entities import _known_apart
    from kg.model import Mention

    def named(canonical):
        return Mention(0, 1, "x", "Organization", "name", canonical=canonical)

    assert _known_apart(named(first), named(second)) is apart


# ---- a plan an actor owns: the plan, and its owner for what takes only actors ------------------------------------

@pytest.mark.parametrize("text, expected", [
    # support of the plan, named or referred back to, is aimed at the plan, labelled with its owner's name
    pytest.param("Ann Roe defended the Kovex Party's tax plan.", ("Ann Roe", "supports", "Kovex Party's tax plan"),
                 id="named-owner"),
    pytest.param("Tom Hale unveiled his plans for lower taxes on Monday. Ann Roe backed the package.",
                 ("Ann Roe", "supports", "Tom Hale's plans for lower taxes"), id="pronoun-owner-anaphor"),
    # criticism takes actors only: it still reaches the owner
    pytest.param("Ann Roe criticised the Kovex Party's tax plan.", ("Ann Roe", "criticizes", "Kovex Party"),
                 id="criticism-owner"),
])
def test_owned_plans_take_stances(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    pytest.param("Ann Roe criticised the Kovex Party's tax plan.", id="no-criticism-of-a-plan"),
    pytest.param("Ann Roe rejected previous Kovex Party proposals.", id="class-of-plans"),
])
def test_owned_plans_without_plan_facts(facts_of, text):
    got = facts_of(text)
    assert not any(o.endswith(("plan", "proposals")) for _, _, o in got.triples), got


def test_an_owned_plan_is_no_agreement_its_owner_is_party_to(facts_of):
    got = facts_of("The Kovex Party's tax plan was published on Monday.")
    assert not got.predicates("partyTo"), got


@pytest.mark.parametrize("text, together", [
    pytest.param("The Kovex Party's tax plan was published on Monday. Ann Roe backed the Kovex Party's plans.", True,
                 id="same-owner"),
    pytest.param("The Kovex Party's tax plan was published on Monday. Ann Roe backed the Kovex Party's health plan.",
                 False, id="other-nouns"),
    pytest.param("The Kovex Party's tax plan was published on Monday. Ann Roe backed the Tarn Party's tax plan.",
                 False, id="other-owner"),
])
def test_plans_of_one_named_owner_are_one(facts_of, text, together):
    got = facts_of(text)
    plans = [e for e in got.entities if e.type == "Agreement"]
    assert (len(plans) == 1) == together, plans


@pytest.mark.parametrize("text, label", [
    pytest.param("Norway backed Sweden's plan.", "Sweden's plan", id="possessed-plan"),
    pytest.param("Norway backed the Swedish plan.", "Swedish plan", id="national-plan"),
    pytest.param("Norway backed the government pension plans.", "government pension plans", id="government-plans"),
    pytest.param("Sweden's plan was unveiled. Norway voted against the plan.", "Sweden's plan",
                 id="the-possessed-plan"),
])
def test_an_owned_plan_is_an_entity(facts_of, text, label):
    got = facts_of(text)
    assert [e.label for e in got.entities if e.type == "Agreement"] == [label], got


# ---- a government post nobody holds: the one person with no post named around its descriptions -------------

@pytest.mark.parametrize("text, expected, wrong", [
    # the one person named around (here just after) with no post, others around holding other posts
    pytest.param("Chancellor Ann Cole spoke in Leeds on Monday. Later the prime minister praised Peru. "
                 "Mr Tom Webb told the crowd he was proud.",
                 ("Tom Webb", "supports", "Peru"), ("Ann Cole", "supports", "Peru"), id="one-untitled-after"),
    # two people with no post around: either may be meant
    pytest.param("Chancellor Ann Cole met Tom Webb in Leeds. Later the prime minister praised Peru. "
                 "Mr Jon Dale told the crowd he was proud.",
                 None, ("Jon Dale", "supports", "Peru"), id="two-untitled"),
    # one named beside a description of the post may be someone else
    pytest.param("Chancellor Ann Cole spoke in Leeds. Tom Webb said he trusted the prime minister. "
                 "Later the prime minister praised Peru.",
                 None, ("Tom Webb", "supports", "Peru"), id="named-beside"),
    # a surname alone is too little to give a post to
    pytest.param("Chancellor Ann Cole spoke in Leeds on Monday. Later the prime minister praised Peru. "
                 "Mr Webb told the crowd he was proud.",
                 None, ("Webb", "supports", "Peru"), id="surname-only"),
    # the holder's spouse is the one named around "the prime minister's wife"
    pytest.param("Chancellor Ann Cole spoke in Leeds on Monday. The prime minister's wife praised Peru. "
                 "Mrs Jane Webb told the crowd she was proud.",
                 None, ("Jane Webb", "holdsPosition", "prime minister"), id="spouse"),
])
def test_sole_candidate_holds_a_government_post_nobody_holds(facts_of, text, expected, wrong):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert wrong not in got.triples, got


# ---- 'it/its' after a subject 'the party' that names the one party nearby ---------------------------------------

@pytest.mark.parametrize("text, expected, wrong", [
    pytest.param("An aide to the Green Party urged Jo Kent to leave the city council. The party says she broke "
                 "its rules. Its leader, Sam Reed, said he was sorry.",
                 ("Sam Reed", "leads", "Green Party"), ("Sam Reed", "leads", "City Council"), id="party-subject"),
])
def test_its_after_the_party_is_that_party(facts_of, text, expected, wrong):
    got = facts_of(text).triples
    assert expected in got
    assert wrong not in got


@pytest.mark.parametrize("text, absent", [
    # two parties named nearby, neither acting: 'the party' says neither
    pytest.param("An aide to Labour and the Green Party urged Jo Kent to quit. The party criticised Acme Corp.",
                 ("Green Party", "criticizes", "Acme Corp"), id="two-parties"),
    # a subject named after 'the party' is the one 'its' means
    pytest.param("An aide to the Green Party urged Jo Kent to leave the city council. The party says Acme Corp "
                 "broke the rules. Acme Corp denies it. Its chairman, Sam Reed, said he was sorry.",
                 ("Sam Reed", "leads", "Green Party"), id="later-subject"),
])
def test_its_after_the_party_not_when_unsure(facts_of, text, absent):
    assert absent not in facts_of(text).triples


# ---- a lead's indefinite description of its speaker ("..., a senior UN diplomat says") -------------------------

@pytest.mark.parametrize("text, expected", [
    # a body named in the description: the person named later with a post of that body
    ("Farm subsidies\n\nThe Irish government is being reckless by cutting farm subsidies, a senior UN diplomat says.\n\n"
     "Maria Costa, the UN envoy for food, said the cuts would hurt small farmers.",
     ("Maria Costa", "criticizes", "Ireland")),
    # a kind of person: the one professor named later
    ("Water plan\n\nThe Kenyan government has been foolish to drop the plan, says a leading academic.\n\n"
     "Professor Ruth Omondi said in a report that the plan was flawed.",
     ("Ruth Omondi", "criticizes", "Kenya")),
])
def test_lead_description_speaker_is_the_person_named_later(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, wrong", [
    # two persons of the kind are named later: either may be the speaker
    ("Farm subsidies\n\nThe Irish government is being reckless by cutting farm subsidies, a senior politician says.\n\n"
     "Foreign Minister Maria Costa and Trade Minister Paul Berg said the cuts would hurt farmers.",
     ("Maria Costa", "criticizes", "Ireland")),
    # the person named later is of another kind
    ("Water plan\n\nThe Kenyan government has been foolish to drop the plan, says a leading academic.\n\n"
     "Foreign Minister Ruth Omondi said the plan was flawed.",
     ("Ruth Omondi", "criticizes", "Kenya")),
    # the person named later is not tied to the body the description names
    ("Farm subsidies\n\nThe Irish government is being reckless by cutting farm subsidies, a senior UN diplomat says.\n\n"
     "Maria Costa, the French ambassador, said the cuts would hurt small farmers.",
     ("Maria Costa", "criticizes", "Ireland")),
    # the one politician named later is spoken of, not speaking: the source is someone else
    ("Farm subsidies\n\nThe Irish government is being reckless by cutting farm subsidies, a senior politician "
     "says.\n\nJohn Walsh wrote that Foreign Minister Maria Costa had backed the cuts.",
     ("Maria Costa", "criticizes", "Ireland")),
])
def test_lead_description_speaker_is_not_guessed(facts_of, text, wrong):
    assert wrong not in facts_of(text).triples
