"""Event facts: the syntactic ways a relation is stated (active, passive, nominalisation, light verb,
coordination, control, relative clause, copula, venue), negation and modality, and dates."""
from __future__ import annotations

import datetime as dt

import pytest


# ---- relations ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # active and passive
    pytest.param("Kenya signed the accord.", {("Kenya", "signs", "accord"), ("Kenya", "partyTo", "accord")},
                 id="active"),
    pytest.param("The accord was signed by Kenya and Uganda.",
                 {("Kenya", "signs", "accord"), ("Uganda", "signs", "accord")}, id="passive-coordinated-agent"),
    pytest.param("Justin Trudeau visited India.", {("Justin Trudeau", "visits", "India")}, id="visit"),
    pytest.param("The French president, Emmanuel Macron, arrived in Algiers on Thursday for a three-day visit.",
                 {("Emmanuel Macron", "visits", "Algeria")}, id="arrive-in-capital"),
    # nominalisations and light verbs
    pytest.param("Macron's trip to Algeria lasted three days.", {("Macron", "visits", "Algeria")},
                 id="possessive-nominalisation"),
    pytest.param("A visit by Emmanuel Macron to Algeria was announced.", {("Emmanuel Macron", "visits", "Algeria")},
                 id="by-nominalisation"),
    pytest.param("Emmanuel Macron paid a visit to Algeria.", {("Emmanuel Macron", "visits", "Algeria")},
                 id="light-verb-visit"),
    # coordination
    pytest.param("Chile and Peru signed the Lima accord.",
                 {("Chile", "signs", "Lima accord"), ("Peru", "signs", "Lima accord"),
                  ("Chile", "partyTo", "Lima accord"), ("Peru", "partyTo", "Lima accord")}, id="coordinated-subject"),
    # venue
    pytest.param("The summit was held in Nairobi.", {("Kenya", "hosts", "summit")}, id="venue-capital"),
    pytest.param("The conference was held in Nairobi.", {("Kenya", "hosts", "conference")}, id="venue-conference"),
    pytest.param("Saudi Arabia hosted the summit.", {("Saudi Arabia", "hosts", "summit")}, id="host-verb"),
    pytest.param("Morocco and Spain restored diplomatic relations.",
                 {("Morocco", "establishesRelationsWith", "Spain")}, id="restore-relations"),
])
def test_relation(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Emmanuel Macron held talks with Abdelmadjid Tebboune in Algiers.",
                 {("Emmanuel Macron", "meetsWith", "Abdelmadjid Tebboune")}, id="light-verb-talks"),
    pytest.param("Justin Trudeau met Narendra Modi in New Delhi.", {("Justin Trudeau", "meetsWith", "Narendra Modi")},
                 id="meet"),
    pytest.param("Brazil and Argentina held talks in Brasilia.", {("Brazil", "meetsWith", "Argentina")},
                 id="coordinated-symmetric"),
    pytest.param("Vietnam agreed to cooperate with Japan.", {("Vietnam", "cooperatesWith", "Japan")},
                 id="control"),
    pytest.param("Chile and Peru signed a trade agreement. The two countries also agreed to cooperate on fisheries.",
                 {("Chile", "cooperatesWith", "Peru")}, id="control-group-anaphor"),
    pytest.param("Emmanuel Macron visited Algeria and met Abdelmadjid Tebboune.",
                 {("Emmanuel Macron", "visits", "Algeria"), ("Emmanuel Macron", "meetsWith", "Abdelmadjid Tebboune")},
                 id="coordinated-verbs"),
    pytest.param("Emmanuel Macron, who visited Algeria, met Abdelmadjid Tebboune.",
                 {("Emmanuel Macron", "visits", "Algeria"), ("Emmanuel Macron", "meetsWith", "Abdelmadjid Tebboune")},
                 id="relative-clause-who"),
    pytest.param("NATO criticised Russia over the exercises.", {("North Atlantic Treaty Organization", "criticizes", "Russia")}, id="criticise"),
    pytest.param("Azerbaijan condemned Armenia.", {("Azerbaijan", "criticizes", "Armenia")}, id="condemn"),
    pytest.param("The UN urged Ethiopia to allow aid convoys.", {("United Nations", "demands", "Ethiopia")}, id="urge"),
    pytest.param("Canada sanctioned Venezuela.", {("Canada", "sanctions", "Venezuela")}, id="sanction-verb"),
    pytest.param("The European Union imposed sanctions on Belarus.", {("European Union", "sanctions", "Belarus")},
                 id="impose-sanctions"),
    pytest.param("Japan aided Nepal.", {("Japan", "aids", "Nepal")}, id="aid-verb"),
    pytest.param("Azerbaijan attacked Armenia.", {("Azerbaijan", "attacks", "Armenia")}, id="attack"),
    pytest.param("The IAEA inspected Iran's nuclear sites.", {("International Atomic Energy Agency", "investigates", "Iran")},
                 id="inspect-possessor"),
    pytest.param("Turkey threatened Greece.", {("Turkey", "threatens", "Greece")}, id="threaten"),
    pytest.param("Kenya deployed troops to Somalia.", {("Kenya", "mobilizesAgainst", "Somalia")}, id="deploy"),
    pytest.param("Russia withdrew troops from Syria.", {("Russia", "withdrawsFrom", "Syria")}, id="withdraw"),
    pytest.param("Mr Putin praised Angela Merkel.", {("Putin", "supports", "Angela Merkel")}, id="praise"),
    pytest.param("Japan gave humanitarian aid to Nepal.", {("Japan", "aids", "Nepal")}, id="give-aid"),
    pytest.param("Qatar was the mediator in the talks between Ethiopia and Sudan.",
                 {("Qatar", "mediates", "talks")}, id="copula-mediator"),
    pytest.param("Qatar mediated the talks.", {("Qatar", "mediates", "talks")}, id="mediate-verb"),
    pytest.param("Talks between Paris and Algiers resumed after a long pause.", {("France", "meetsWith", "Algeria")},
                 id="talks-between"),
])
def test_actor_relation(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("The summit, which Emmanuel Macron attended, was held in Nairobi.",
                 {("Emmanuel Macron", "participatesIn", "summit"), ("Kenya", "hosts", "summit")},
                 id="relative-which-attended"),
    pytest.param("The summit to which Emmanuel Macron went was held in Nairobi.",
                 {("Emmanuel Macron", "participatesIn", "summit"), ("Kenya", "hosts", "summit")},
                 id="relative-to-which"),
])
def test_relative_clause_event(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


def test_no_spurious_relations_in_a_simple_sentence(facts_of):
    got = facts_of("Canada sanctioned Venezuela.")
    assert {(s, p, o) for s, p, o in got.triples} == {("Canada", "sanctions", "Venezuela")}


# ---- negation and modality ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Justin Trudeau did not visit India.",
    "Justin Trudeau never visited India.",
    "Justin Trudeau did not meet Narendra Modi.",
    "Justin Trudeau refused to meet Narendra Modi.",
    "Justin Trudeau may visit India.",
    "Justin Trudeau might meet Narendra Modi.",
    "Justin Trudeau could visit India.",
    "Kenya did not sign the accord.",
])
def test_negated_or_possible_events_give_no_fact(facts_of, text):
    got = facts_of(text)
    assert not {p for _, p, _ in got.triples} & {"visits", "meetsWith", "signs", "partyTo"}, got


@pytest.mark.parametrize("text, expected", [
    ("Justin Trudeau will visit India next week.", ("Justin Trudeau", "visits", "India")),
    ("Justin Trudeau plans to visit India.", ("Justin Trudeau", "visits", "India")),
    ("Emmanuel Macron's planned visit to Algeria was postponed.", ("Emmanuel Macron", "visits", "Algeria")),
    ("Justin Trudeau is expected to visit India.", ("Justin Trudeau", "visits", "India")),
])
def test_future_events_are_planned(facts_of, text, expected):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == "planned"


def test_past_event_is_asserted(facts_of):
    fact = facts_of("Justin Trudeau visited India.").find("Justin Trudeau", "visits", "India")
    assert fact is not None and fact.modality == "asserted"


# ---- dates ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected, date", [
    ("Justin Trudeau visited India on 3 March 2005.", None, ("Justin Trudeau", "visits", "India"), "2005-03-03"),
    ("Chile and Peru signed a trade agreement on 12 June 2019.", None, ("Peru", "signs", "trade agreement"),
     "2019-06-12"),
    ("Ghana and Togo signed the Lome accord in 2005.", None, ("Ghana", "signs", "Lome accord"), "2005"),
    ("Justin Trudeau visited India last year.", dt.date(2020, 6, 15), ("Justin Trudeau", "visits", "India"), "2019"),
    ("Justin Trudeau visited India last month.", dt.date(2021, 3, 10), ("Justin Trudeau", "visits", "India"),
     "2021-02"),
    ("Justin Trudeau will visit India next year.", dt.date(2021, 3, 10), ("Justin Trudeau", "visits", "India"),
     "2022"),
])
def test_fact_date(facts_of, text, published, expected, date):
    got = facts_of(text, published)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.date == date


def test_relative_date_without_publication_date_is_not_invented(facts_of):
    fact = facts_of("Justin Trudeau visited India last year.").find("Justin Trudeau", "visits", "India")
    assert fact is not None
    assert fact.date is None  # "last year" of an undated text is unknown, not last year from today


@pytest.mark.parametrize("text, expected, start, end", [
    ("Norway aided Kenya from 2010 to 2014.", ("Norway", "aids", "Kenya"), "2010", "2014"),
    ("Kenya and Uganda cooperated from 2010 to 2014.", ("Kenya", "cooperatesWith", "Uganda"), "2010", "2014"),
])
def test_fact_period(facts_of, text, expected, start, end):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert (fact.start_date, fact.end_date) == (start, end)


def test_evidence_is_the_sentence(facts_of):
    text = "Kenya criticised Uganda. Justin Trudeau visited India on 3 March 2005."
    fact = facts_of(text).find("Justin Trudeau", "visits", "India")
    assert fact is not None
    assert fact.evidence.sentence == "Justin Trudeau visited India on 3 March 2005."
    assert text[fact.evidence.start:fact.evidence.end].strip() == fact.evidence.sentence


# ---- mechanisms added with the extraction work: one case each, on sentences written for these tests ----------

@pytest.mark.parametrize("text, expected", [
    # regular nominalisations of verb triggers ("normalise" -> "normalisation", "withdraw" -> "withdrawal")
    pytest.param("The reestablishment of diplomatic relations with Cuba by Chile was welcomed.",
                 {("Chile", "establishesRelationsWith", "Cuba")}, id="nominalisation-of-collocation"),
    # a modifying country is the agent of an event noun
    pytest.param("Japanese aid to Nepal arrived on Monday.", {("Japan", "aids", "Nepal")},
                 id="modifier-agent-of-event-noun"),
    # the light verb carries the object of its event noun
    pytest.param("Serbia lodged a formal protest with Albania.", {("Serbia", "protests", "Albania")},
                 id="light-verb-object"),
    # an object one phrase further in
    pytest.param("Canada imposed a ban on trade with Belarus.", {("Canada", "sanctions", "Belarus")},
                 id="nested-object"),
    # demand addressed to the subject of a complement clause
    pytest.param("Egypt demanded that Ethiopia stop filling the dam.", {("Egypt", "demands", "Ethiopia")},
                 id="demand-that"),
    # a threat made through a complement clause
    pytest.param("Russia threatened to cut gas supplies to Moldova.", {("Russia", "threatens", "Moldova")},
                 id="threaten-to"),
    # an agent known by where it is
    pytest.param("Security forces in Chad attacked Sudanese rebels.",
                 {("Chad", "attacks", "Sudanese rebels"), ("Sudanese rebels", "affiliatedWith", "Sudan")},
                 id="located-agent"),
    # coordinated countries modifying a state description
    pytest.param("Senior Chilean and Peruvian officials agreed on Monday.", {("Chile", "agreesWith", "Peru")},
                 id="coordinated-state-description"),
    # event nouns under a circumstance preposition take the clause subject
    pytest.param("Kenyan students marched during protests against Uganda.",
                 {("Kenyan students", "protests", "Uganda"), ("Kenyan students", "affiliatedWith", "Kenya")},
                 id="event-noun-in-circumstance"),
    # participants and venue of an event noun phrase
    pytest.param("Talks in Nairobi between Ethiopia and Somalia ended on Friday.",
                 {("Ethiopia", "participatesIn", "Talks"), ("Somalia", "participatesIn", "Talks"),
                  ("Nairobi", "hosts", "Talks"), ("Kenya", "hosts", "Talks")}, id="event-participants-venue"),
    # groups that act without being a state body (CAMEO agents: rebels, protesters, students, ...)
    pytest.param("Kurdish rebels attacked a Turkish army post.", {("Kurdish rebels", "attacks", "Turkey")},
                 id="agent-group"),
    # going to an event is taking part in it
    pytest.param("The summit to which Ghana's president went was held in Accra.",
                 {("Ghana", "hosts", "summit")}, id="venue-relative"),
])
def test_mechanism(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, expected", [
    # what one actor says another must do is a demand
    pytest.param("Chile said on Monday that Bolivia must withdraw its claim.", {("Chile", "demands", "Bolivia")},
                 id="obligation-in-reported-speech"),
    # a thing stands for whose it is, or who made it
    pytest.param("Argentina criticised Uruguay's decision.", {("Argentina", "criticizes", "Uruguay")},
                 id="possessor-of-object"),
    pytest.param("Peru rejected a proposal by Ecuador for joint patrols.", {("Peru", "rejects", "Ecuador")},
                 id="author-of-object"),
    # the place where a coercive act is done is its target
    pytest.param("Vietnam imposed a curfew in Laos.", {("Vietnam", "coerces", "Laos")}, id="located-target"),
    # a crowd protests against whom its purpose clause names, else where it marches
    pytest.param("Hundreds of Chadian farmers marched on Friday to demand compensation from Niger.",
                 {("Chadian farmers", "protests", "Niger"), ("Chadian farmers", "affiliatedWith", "Chad")},
                 id="protest-purpose"),
    pytest.param("Thousands of Kurds rallied in Syria.", {("Kurds", "protests", "Syria")}, id="protest-location"),
    # a commitment to a cooperative act expresses agreement (CAMEO 03, PLOVER AGREE)
    pytest.param("Norway is ready to provide aid to Sudan.",
                 {("Norway", "aids", "Sudan"), ("Norway", "agreesWith", "Sudan")}, id="intent-ready"),
    pytest.param("Finland will give Estonia a loan, the Finnish prime minister said.",
                 {("Finland", "agreesWith", "Estonia")}, id="intent-own-future"),
    # a planned coercive act is a threat (CAMEO 13)
    pytest.param("Brazil plans to impose sanctions on Venezuela.",
                 {("Brazil", "sanctions", "Venezuela"), ("Brazil", "threatens", "Venezuela")}, id="intent-threat"),
    # "would" in reported speech is the future of the past, not a mere possibility
    pytest.param("Poland said it would suspend its aid to Belarus.", {("Poland", "sanctions", "Belarus")},
                 id="reported-would"),
    # a refused cooperative act is a rejection (CAMEO 12), and is not itself asserted
    pytest.param("Chad has refused to deploy troops in Mali.", {("Chad", "rejects", "Mali")}, id="refusal"),
    pytest.param("Kenya and Somalia failed to reach agreement on Sunday.", {("Kenya", "rejects", "Somalia")},
                 id="failure-to-agree"),
    pytest.param("Brazil declined to meet Javier Milei.", {("Brazil", "rejects", "Javier Milei")},
                 id="declined-meeting"),
    # an event noun measured out or modifying another noun still takes the clause's arguments
    pytest.param("Japan provided 20,000 tons of food aid to Chad.", {("Japan", "aids", "Chad")}, id="measured-event"),
    pytest.param("The emir of Kuwait launched a mediation effort between Sudan and Chad.",
                 {("Kuwait", "mediates", "Sudan"), ("Kuwait", "mediates", "Chad")}, id="compound-event-noun"),
    # an offer is an expressed intent to cooperate (CAMEO 030)
    pytest.param("Syria has again offered its troops to the Lebanese president.", {("Syria", "agreesWith", "Lebanon")},
                 id="offer"),
    # ending a cooperative act reduces relations (CAMEO 16); ending a coercive one is a concession
    pytest.param("France cancelled a planned visit to Haiti.", {("France", "sanctions", "Haiti")},
                 id="cancelled-visit"),
    pytest.param("The US suspended military aid to Bosnia.", {("United States", "sanctions", "Bosnia and Herzegovina")},
                 id="suspended-aid"),
    # hunger strikes and road blocks are protests (CAMEO 142, 1441), aimed at whom their purpose names
    pytest.param("Tunisian students continued their hunger strike to demand the resignation of President "
                 "Ahmed Ben Bella.", {("Tunisian students", "protests", "Ahmed Ben Bella")}, id="hunger-strike"),
    pytest.param("Moroccan students blocked roads on Sunday to press their demands for reforms from the Algerian "
                 "government.", {("Moroccan students", "protests", "Algeria")}, id="road-block"),
    pytest.param("Syrian prisoners rioted at a jail in northern Turkey.",
                 {("Syrian prisoners", "protests", "Turkey"), ("Syrian prisoners", "affiliatedWith", "Syria")},
                 id="nested-location"),
    # a threat made conditional with "if"
    pytest.param("Russia threatened to stop negotiations if the United States deployed missiles.",
                 {("Russia", "threatens", "United States")}, id="threat-if"),
    # a thing taken from, or an act done into, an actor
    pytest.param("Bolivian police confiscated weapons from Peruvian armed groups.",
                 {("Bolivian police", "coerces", "Peru")}, id="taken-from"),
    pytest.param("Chinese hackers tried to hack into the computers of Japanese army officers.",
                 {("Chinese hackers", "attacks", "Japan"), ("Chinese hackers", "affiliatedWith", "China")},
                 id="done-into"),
    # force used for a purpose is aimed at the purpose's object
    pytest.param("Egyptian police opened fire to disperse Libyan demonstrators.",
                 {("Egyptian police", "attacks", "Libyan demonstrators")}, id="force-purpose"),
    # a formal protest lodged with a state is a complaint (CAMEO 111); a complaint is about someone
    pytest.param("Serbia lodged an official protest with Albania today.", {("Serbia", "criticizes", "Albania")},
                 id="lodged-protest"),
    pytest.param("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.",
                 {("Lebanon", "criticizes", "Israel")}, id="complaint-about"),
    pytest.param("Chile complained that Bolivia had violated the treaty.", {("Chile", "criticizes", "Bolivia")},
                 id="complaint-that"),
    # a person does not host (the vocabulary's hosts is for places and bodies): hosting a visitor is meeting
    pytest.param("Russian President Vladimir Putin hosted Japanese Prime Minister Shinzo Abe in Sochi.",
                 {("Vladimir Putin", "meetsWith", "Shinzo Abe")}, id="person-hosts"),
    # the verb that ends an act carries its object
    pytest.param("The United States said it would prohibit all aid to Cuba.", {("United States", "sanctions", "Cuba")},
                 id="prohibited-aid"),
    pytest.param("Red Cross officials suspended aid deliveries to Iraq on Wednesday.",
                 {("International Committee of the Red Cross", "sanctions", "Iraq")}, id="suspended-deliveries"),
    # an unnamed head of state acts for the state, and is no reference to another leader
    pytest.param("Vladimir Putin met the president of Armenia.", {("Vladimir Putin", "meetsWith", "Armenia")},
                 id="unnamed-head-of-state"),
    # the agent of a participle names whose the thing is; members act for their body
    pytest.param("Serbian police launched an investigation into alleged crimes committed by Croat forces.",
                 {("Serbian police", "investigates", "Croat forces")}, id="participle-agent"),
    pytest.param("Members of the African Union investigated the welfare of 2,000 Libyans.",
                 {("African Union", "investigates", "Libya")}, id="members-of"),
    # arms sent are aid (CAMEO 062); accepting demands is yielding (CAMEO 08)
    pytest.param("The United States continued to send arms to Pakistan last year.",
                 {("United States", "aids", "Pakistan")}, id="send-arms"),
    pytest.param("The Mozambique government accepted demands from Zimbabwean rebels.",
                 {("Mozambique", "concedesTo", "Zimbabwean rebels")}, id="accept-demands"),
    # a city that does not fit the predicate stands for its country
    pytest.param("Turkish authorities imposed a curfew in Kabul.", {("Turkey", "coerces", "Afghanistan")},
                 id="city-for-country"),
    # a protest aimed at no one is aimed at the protesters' own state
    pytest.param("Kenyan students demonstrated on Monday.", {("Kenyan students", "protests", "Kenya")},
                 id="domestic-protest"),
    # a demand noun with a that-clause addresses its subject; a declaration demanding is its issuer's demand
    pytest.param("The International Labour Office reiterated its demand today that Israel ease restrictions.",
                 {("International Labour Office", "demands", "Israel")}, id="demand-noun-that"),
    pytest.param("The Kurdistan Workers' Party issued a declaration demanding that the Turkish government provide "
                 "information.", {("Kurdistan Workers' Party", "demands", "Turkey")}, id="declaration-demanding"),
    # "is opposed to" states an attitude of its subject
    pytest.param("Israel is opposed to French mediation.", {("Israel", "rejects", "France")}, id="stative-passive"),
    # a threatened act's place is the threatened party
    pytest.param("Hamas threatened Monday to resume terrorist activities in Israel.", {("Hamas", "threatens", "Israel")},
                 id="threat-location"),
    # restrictions on one's own market for others sanction the others, not oneself
    pytest.param("Greece plans to impose restrictions on its labour market for new EU members.",
                 {("Greece", "sanctions", "European Union")}, id="own-market"),
    # a future act announced in reported speech is an expressed intent, whoever reports it
    pytest.param("Finland will give Tanzania a grant of 5 million dollars, a statement issued by the ministry said "
                 "today.", {("Finland", "agreesWith", "Tanzania")}, id="announced-grant"),
    pytest.param("German Foreign Minister Oskar Fischer will visit Albania in June, the Albanian embassy said.",
                 {("Oskar Fischer", "agreesWith", "Albania")}, id="announced-visit"),
    # allowing is yielding (CAMEO 08)
    pytest.param("Iraq said it would allow the return of U.N. weapons inspectors.",
                 {("Iraq", "concedesTo", "United Nations"), ("Iraq", "agreesWith", "United Nations")}, id="allow"),
    # renewed negotiations are negotiations; destroyed property is coercion (CAMEO 1712)
    pytest.param("Israel and Lebanon renewed negotiations today.", {("Israel", "meetsWith", "Lebanon")}, id="renewed"),
    pytest.param("Israeli army bulldozers demolished Palestinian homes in southern Gaza.",
                 {("Israel", "coerces", "Palestine")}, id="demolished"),
    # a welcome given to a leader is a meeting with them
    pytest.param("President Francois Mitterrand gave a warm welcome to South African leader F.W. de Klerk.",
                 {("Francois Mitterrand", "meetsWith", "F.W. de Klerk")}, id="welcome-noun"),
    pytest.param("Israel has strengthened its forces in Lebanon.", {("Israel", "mobilizesAgainst", "Lebanon")},
                 id="strengthened-forces"),
    # a concession's purpose names whom it is made to; an imposed ban's agent is its author
    pytest.param("The move came after the US lifted a trade ban to reward Tripoli for giving up its weapons.",
                 {("United States", "concedesTo", "Libya")}, id="concession-purpose"),
    pytest.param("The ban on trade with Cuba, imposed by President John Kennedy in 1962, was eased in 2015.",
                 {("John Kennedy", "sanctions", "Cuba")}, id="imposed-by"),
    pytest.param("The US ban on trade with Cuba, imposed by President John Kennedy in 1962, was eased in 2015.",
                 {("John Kennedy", "sanctions", "Cuba"), ("United States", "sanctions", "Cuba")},
                 id="modifier-and-imposed-by"),
    # agreeing to what another actor offers or does is agreeing with it
    pytest.param("Ehud Olmert has agreed to US mediation in the talks.", {("Ehud Olmert", "agreesWith", "United States")},
                 id="agree-to"),
    # an object of a type the predicate does not take is looked into
    pytest.param("Serbia on Tuesday demanded a meeting of the U.N. Security Council.",
                 {("Serbia", "demands", "United Nations Security Council")}, id="object-looked-into"),
    # reducing supplies reduces aid (CAMEO 162); shortening a curfew is a concession; preventing a protest coerces
    pytest.param("The United Nations reduced food supplies to the biggest Cambodian refugee camp in Thailand.",
                 {("United Nations", "sanctions", "Cambodia")}, id="reduced-supplies"),
    pytest.param("President Omar El Bashir shortened the nightly curfew imposed in Sudan.",
                 {("Omar El Bashir", "concedesTo", "Sudan")}, id="shortened-curfew"),
    pytest.param("Turkish police prevented the demonstration staged by students at Ankara University.",
                 {("Turkish police", "coerces", "students")}, id="prevented-protest"),
    # a person who serves one state, present in another, visits it
    pytest.param("British Foreign Secretary Jack Straw praised the deal. Mr Straw was in Nairobi on Monday.",
                 {("Jack Straw", "visits", "Nairobi"), ("Jack Straw", "visits", "Kenya")}, id="presence"),
    # phrasal light verbs lend their subject too
    pytest.param("The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday.",
                 {("United States", "withdrawsFrom", "Panama")}, id="phrasal-light-verb"),
    pytest.param("The Turkish army carried out raids against Kurdish rebels.",
                 {("Turkish army", "attacks", "Kurdish rebels")}, id="carried-out"),
    # forces mobilised for a war are mobilised against its enemy; things provided to a state are aid
    pytest.param("Britain mobilized army reservists for a possible war against Iraq on Tuesday.",
                 {("United Kingdom", "mobilizesAgainst", "Iraq")}, id="mobilized-for-war"),
    pytest.param("The United States is providing aerial photographs and other military intelligence to Macedonia.",
                 {("United States", "aids", "Republic of Macedonia")}, id="provided-to"),
    # an act conditional on another actor threatens it
    pytest.param("Egypt will cut off gas supplies to Jordan unless Amman pays its debts.",
                 {("Egypt", "threatens", "Jordan")}, id="conditional-threat"),
])
def test_expressed_intent_and_indirect_targets(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # negation through a negated governing verb
    pytest.param("The move did not mean that Ghana had cut its ties with Togo.", ("Ghana", "sanctions", "Togo"),
                 id="negated-governor"),
    # words inside names and dates are not triggers
    pytest.param("The Labour Party met in March in Leeds.", ("Labour Party", "partyTo", "Leeds"), id="name-word"),
    # the signing of an agreement between two countries makes them parties, not signatories
    pytest.param("Officials attended the signing of an accord between Chile and Peru.", ("Chile", "signs", "accord"),
                 id="between-is-not-signing"),
    # a plan reported by a third party is no commitment of the actor
    pytest.param("A journalist said that Gabon's planned visit to Congo will focus on trade.",
                 ("Gabon", "agreesWith", "Congo"), id="reported-plan-is-no-commitment"),
    # a refused act did not happen
    pytest.param("Chad has refused to deploy troops in Mali.", ("Chad", "mobilizesAgainst", "Mali"),
                 id="refused-act-not-asserted"),
    # an act that merely did not happen is no rejection
    pytest.param("Chile did not meet Peru on Monday.", ("Chile", "rejects", "Peru"), id="plain-negation"),
    # a light verb lends its arguments to its event noun and is no event of its own
    pytest.param("Libya offered condolences to Egypt.", ("Libya", "agreesWith", "Egypt"), id="light-verb-offer"),
    # a cancelled or suspended act did not happen
    pytest.param("France cancelled a planned visit to Haiti.", ("France", "visits", "Haiti"), id="cancelled-act"),
    pytest.param("The US suspended military aid to Bosnia.", ("United States", "aids", "Bosnia and Herzegovina"),
                 id="suspended-act"),
    # "if" without a threat is no threat
    pytest.param("Chile will visit Peru if the weather allows.", ("Chile", "threatens", "Peru"), id="plain-if"),
    # a real passive keeps its agent
    pytest.param("Sudan was attacked by Chad.", ("Sudan", "attacks", "Chad"), id="passive-not-stative"),
    # a plain future statement, not reported as anyone's word, is no commitment
    pytest.param("Gordon Brown will visit Tanzania next week.", ("Gordon Brown", "agreesWith", "Tanzania"),
                 id="plain-future"),
    # a participle describing a thing states no purpose
    pytest.param("French workers blocked the Europe Bridge spanning the Rhine.", ("French workers", "protests", "Rhine"),
                 id="participle-is-no-purpose"),
    # what must be done to someone is not asked of them; what should have been done is a reproach
    pytest.param("Chile said Bolivia's claim must be rejected.", ("Chile", "demands", "Bolivia"), id="passive-obligation"),
    pytest.param("Chile said Bolivia should have informed Peru.", ("Chile", "demands", "Bolivia"), id="past-obligation"),
    # agreeing to sanction is no threat
    pytest.param("Chile and Peru agreed to suspend their complaints to the WTO.", ("Chile", "threatens",
                 "World Trade Organization"), id="agreed-sanction-no-threat"),
    # receiving a thing from someone is not hosting them
    pytest.param("Rosneft received $6bn in credits from CNPC.", ("Rosneft", "hosts", "CNPC"), id="receive-from"),
    # hearsay about a future meeting is no agreement
    pytest.param("Russian news agencies reported that Chile's minister Ana Soto and Peru's minister Luis Vega would "
                 "discuss trade.", ("Ana Soto", "agreesWith", "Luis Vega"), id="hearsay-would"),
    # at home is no visit
    pytest.param("British Foreign Secretary Jack Straw praised the deal. On Thursday Mr Straw was in London.",
                 ("Jack Straw", "visits", "London"), id="presence-at-home"),
    # a mere possibility commits to nothing
    pytest.param("Cuba may impose sanctions on Haiti.", ("Cuba", "threatens", "Haiti"), id="possibility-no-threat"),
])
def test_mechanism_gives_no_fact(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_visit_to_a_capital_is_a_visit_to_its_country_and_the_city(facts_of):
    got = facts_of("Emmanuel Macron arrived in Nairobi on Tuesday.")
    assert {("Emmanuel Macron", "visits", "Nairobi"), ("Emmanuel Macron", "visits", "Kenya")} <= got.triples, got
    assert ("Nairobi", "partOf", "Kenya") not in got.triples  # a capital's country is self-evident


def test_agreement_between_countries_gives_parties(facts_of):
    got = facts_of("The treaty between Chile and Peru was ratified last year.")
    assert {("Chile", "partyTo", "treaty"), ("Peru", "partyTo", "treaty")} <= got.triples, got


@pytest.mark.parametrize("text", [
    pytest.param("The convention of cooperation which sealed the alliance between Chile and Peru was ratified.",
                 id="clause-on-the-of-phrase"),
    pytest.param("The treaty which ended the war between Chile and Peru was ratified.", id="clause-on-the-noun"),
])
def test_relative_clause_between_gives_parties(facts_of, text):
    """spaCy hangs a relative clause on the last noun of 'convention of cooperation which ...': it still
    describes the agreement."""
    got = facts_of(text)
    parties = {s for s, o in got.predicates("partyTo")}
    assert parties == {"Chile", "Peru"}, got


def test_description_of_a_leader_refers_to_that_leader(facts_of):
    """'the highest ranking officer of X' is the one person the text has said leads X."""
    got = facts_of("Aiko Tanaka, the commander of the Japanese navy, visited Manila. "
                   "The highest ranking officer of the Japanese navy has led the Japanese navy since May 2019.")
    fact = got.find("Aiko Tanaka", "leads", "Japanese navy")
    assert fact is not None, got
    assert any(f.start_date == "2019-05" for f in got.facts
               if f.predicate == "leads" and got.label(f.subject) == "Aiko Tanaka"), got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Emmanuel Macron visited Algeria on Monday. On Tuesday he met students of the university in Oran.",
                 {("Emmanuel Macron", "visits", "Oran")}, id="acts-in-a-city"),
    pytest.param("Justin Trudeau arrived in Kenya on Monday. He will see a school in Tanzania and a clinic in Uganda "
                 "before chairing a meeting of the donors in Kampala.",
                 {("Justin Trudeau", "visits", "Tanzania"), ("Justin Trudeau", "visits", "Uganda")}, id="planned-stops"),
])
def test_a_traveller_acting_in_a_place_visits_it(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got
    planned = [f for f in got.facts if f.rule == "presence:itinerary" and "will" in f.evidence.sentence]
    assert all(f.modality == "planned" for f in planned)


@pytest.mark.parametrize("text, place", [
    pytest.param("Emmanuel Macron, the French president, visited Algeria. Back in France he gave a speech in Lyon.",
                 "Lyon", id="own-country"),
    pytest.param("Emmanuel Macron visited Algeria in May. He died at home in Provence.", "Provence", id="at-home"),
    pytest.param("Emmanuel Macron gave a speech in Oran.", "Oran", id="not-travelling"),
])
def test_no_itinerary_visit(facts_of, text, place):
    got = facts_of(text)
    assert not [f for f in got.facts if f.rule == "presence:itinerary" and got.label(f.object) == place], got


@pytest.mark.parametrize("text, planned", [
    pytest.param("Justin Trudeau will visit Kenya before chairing a meeting in Nairobi.", True, id="future-governor"),
    pytest.param("Justin Trudeau visited Kenya before chairing a meeting in Nairobi.", False, id="past-governor"),
])
def test_untensed_clause_takes_its_governors_modality(facts_of, text, planned):
    got = facts_of(text)
    fact = got.find("Justin Trudeau", "participatesIn", "meeting")
    assert fact is not None, got
    assert (fact.modality == "planned") is planned


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Turkish army lifted a blockade on Armenia.", ("Turkish army", "withdrawsFrom", "Armenia"),
                 id="lift-blockade-is-retreat"),
    pytest.param("Rebels surrendered to Uganda.", ("Rebels", "withdrawsFrom", "Uganda"),
                 id="surrender-is-retreat"),
    pytest.param("Ethiopia declared martial law in Somalia.", ("Ethiopia", "coerces", "Somalia"), id="martial-law"),
    pytest.param("The IAEA sent inspectors to Syria.", ("International Atomic Energy Agency", "investigates", "Syria"),
                 id="send-inspectors"),
    pytest.param("Chile said it would not meet the demands of Bolivia.", ("Chile", "rejects", "Bolivia"),
                 id="refused-concession"),
    pytest.param("Afghan refugees sought asylum in Norway.", ("Afghan refugees", "demands", "Norway"),
                 id="seek-asylum"),
    pytest.param("Japan is pushing for sanctions against Pyongyang.", ("Japan", "demands", "North Korea"),
                 id="push-for"),
    pytest.param("Rebels exploded a bomb in Kabul.", ("Rebels", "attacks", "Afghanistan"), id="explode-bomb"),
    pytest.param("Cuban leaders said they would boycott all contact with Spain.", ("Cuba", "threatens", "Spain"),
                 id="planned-protest-threatens"),
    pytest.param("Peru recaptured Arica from Chile.", ("Peru", "attacks", "Chile"), id="recapture"),
    pytest.param("The talks stalled over an EU demand for Serbia to arrest the general.",
                 ("European Union", "demands", "Serbia"), id="demand-for"),
])
def test_cameo_readings(facts_of, text, expected):
    """Rows of data/triggers.tsv and data/intent.tsv read as their CAMEO codes say."""
    got = facts_of(text)
    assert expected in got.triples, got


def test_an_act_in_a_place_of_ones_own_country_is_no_act_on_oneself(facts_of):
    got = facts_of("Peru recaptured Tumbes.")
    assert ("Peru", "attacks", "Peru") not in got.triples, got


def test_a_collocation_outranks_the_bare_verb(facts_of):
    got = facts_of("Rebels struck a deal with Uganda.")
    assert ("Rebels", "agreesWith", "Uganda") in got.triples
    assert not got.predicates("attacks"), got


@pytest.mark.parametrize("text, party, is_party", [
    pytest.param("Peru signed an accord to buy jets from Russia.", "Russia", True, id="buy-from"),
    pytest.param("India has signed a deal to import gas from Iran.", "Iran", True, id="import-from"),
    pytest.param("The deal to open formal talks with Ankara was welcomed.", "Turkey", True, id="through-its-object"),
    pytest.param("Chile signed a deal to withdraw troops from Haiti.", "Haiti", False, id="not-the-purpose-of-the-deal"),
])
def test_purpose_of_an_agreement_names_its_counterparty(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("The foreign ministers of Chile and Peru met in Lima.", {("Chile", "meetsWith", "Peru")},
                 id="ministers-of-two"),
    pytest.param("Officials from Ghana, Togo and Benin signed a treaty.",
                 {("Ghana", "signs", "treaty"), ("Togo", "signs", "treaty"), ("Benin", "signs", "treaty")},
                 id="officials-from-three"),
])
def test_agents_known_by_several_countries_stand_for_each(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got
