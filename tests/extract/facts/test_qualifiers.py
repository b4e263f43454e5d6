"""kg.extract.facts.qualifiers: what a fact's clause says about it — dates and periods, modality (asserted, planned,
merely possible), negation, evidence, and what a commitment, refusal or ending expresses (intent:, refused:, ended:
facts)."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text", [
    "Justin Trudeau did not visit India.",
    "Justin Trudeau never visited India.",
    "Justin Trudeau did not meet Narendra Modi.",
    "Justin Trudeau refused to meet Narendra Modi.",
    "Justin Trudeau may visit India.",
    "Justin Trudeau might meet Narendra Modi.",
    "Justin Trudeau could visit India.",
    "Kenya did not sign the accord.",
    "Neither Kenya nor Uganda signed the accord.",
    "Neither Justin Trudeau nor Narendra Modi met Xi Jinping.",
])
def test_negated_or_possible_events_give_no_fact(facts_of, text):
    got = facts_of(text)
    assert not {p for _, p, _ in got.triples} & {"visits", "meetsWith", "signs", "partyTo"}, got


@pytest.mark.parametrize("text, expected", [
    ("Justin Trudeau will visit India next week.", ("Justin Trudeau", "visits", "India")),
    ("Justin Trudeau plans to visit India.", ("Justin Trudeau", "visits", "India")),
    ("Emmanuel Macron's planned visit to Algeria was postponed.", ("Emmanuel Macron", "visits", "Algeria")),
    ("Justin Trudeau is expected to visit India.", ("Justin Trudeau", "visits", "India")),
    ("Justin Trudeau is to visit India this week.", ("Justin Trudeau", "visits", "India")),
    ("Talks between Peru and Chile are scheduled for May.", ("Chile", "meetsWith", "Peru")),
    ("Talks between Peru and Chile are set to take place in May.", ("Chile", "meetsWith", "Peru")),
    # an event named after a word of the time before it is still to come
    ("Chile spoke ahead of a summit in Lima.", ("Lima", "hosts", "summit in Lima")),
    ("Chile spoke in the run-up to the summit in Lima.", ("Lima", "hosts", "summit in Lima")),
    ("Chile spoke on the eve of the Lima summit.", ("Lima", "hosts", "Lima summit")),
    # what an agreement's infinitive names is agreed, not yet done
    ("The deal to open talks with Peru was welcomed by Chile.", ("Peru", "participatesIn", "talks with Peru")),
    ("The agreement to hold talks in Lima was welcomed by Chile.", ("Lima", "hosts", "talks in Lima")),
])
def test_future_events_are_planned(facts_of, text, expected):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == "planned"


@pytest.mark.parametrize("text, expected, modality", [
    pytest.param("Chile allegedly sent troops to Peru.", ("Chile", "mobilizesAgainst", "Peru"), "claimed", id="adverb"),
    pytest.param("Norway reportedly gave aid to Sudan.", ("Norway", "aids", "Sudan"), "claimed", id="reportedly"),
    pytest.param("Chile is said to have attacked Peru.", ("Chile", "attacks", "Peru"), "claimed", id="raising-passive"),
    pytest.param("Chile was believed to be planning to attack Peru.", ("Chile", "attacks", "Peru"), "claimed",
                 id="raising-passive-chain"),
    # the writer vouches for what a named speaker says, and for a report made in the active voice
    pytest.param("Officials said Chile attacked Peru.", ("Chile", "attacks", "Peru"), "asserted", id="reported-speech"),
    pytest.param("Chile attacked Peru, newspapers reported.", ("Chile", "attacks", "Peru"), "asserted",
                 id="attributed-report"),
    pytest.param("Chile actually attacked Peru.", ("Chile", "attacks", "Peru"), "asserted", id="other-adverb"),
    # what someone believes is his belief, not the writer's report
    pytest.param("Many Peruvians believe that Chile attacked Peru.", ("Chile", "attacks", "Peru"), "claimed",
                 id="belief"),
    pytest.param("Voters in Lima suspect that Chile had attacked Peru.", ("Chile", "attacks", "Peru"), "claimed",
                 id="suspicion"),
    pytest.param("Ministers worry about voters thinking that Chile attacked Peru.", ("Chile", "attacks", "Peru"),
                 "claimed", id="belief-participle"),
    pytest.param("Officials said that Chile attacked Peru.", ("Chile", "attacks", "Peru"), "asserted",
                 id="saying-is-no-belief"),
])
def test_acts_reported_as_claims_are_claimed(facts_of, text, expected, modality):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == modality


def test_past_event_is_asserted(facts_of):
    fact = facts_of("Justin Trudeau visited India.").find("Justin Trudeau", "visits", "India")
    assert fact is not None and fact.modality == "asserted"


@pytest.mark.parametrize("text, published, expected, date", [
    ("Justin Trudeau visited India on 3 March 2005.", None, ("Justin Trudeau", "visits", "India"), "2005-03-03"),
    ("Chile and Peru signed a trade agreement on 12 June 2019.", None, ("Peru", "signs", "trade agreement between Chile and Peru"),
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


@pytest.mark.parametrize("text, expected, date", [
    ("In October, Chile and Peru signed a trade agreement.", ("Peru", "signs", "trade agreement between Chile and Peru"),
     "2004-10"),  # past tense: the last October before the article (published 2005-01-10)
    ("Justin Trudeau had visited India in March.", ("Justin Trudeau", "visits", "India"), "2004-03"),
    ("Justin Trudeau visited India on 5 January.", ("Justin Trudeau", "visits", "India"), "2005-01-05"),
    ("Justin Trudeau will visit India in March.", ("Justin Trudeau", "visits", "India"), "2005-03"),  # planned: next
    ("Justin Trudeau will visit India on 3 January.", ("Justin Trudeau", "visits", "India"), "2006-01-03"),
    ("Justin Trudeau visits India in March.", ("Justin Trudeau", "visits", "India"), "--03"),  # no tense: no year
    ("Talks between Peru and Chile are scheduled for May.", ("Chile", "meetsWith", "Peru"), "2005-05"),
    ("Talks between Peru and Chile were held in May.", ("Chile", "meetsWith", "Peru"), "2004-05"),
])
def test_day_or_month_without_a_year_takes_the_year_its_tense_gives(facts_of, text, expected, date):
    got = facts_of(text, dt.date(2005, 1, 10))
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.date == date


@pytest.mark.parametrize("text, expected", [
    ("Chile met Peru again since its bid approach in December.", ("Chile", "meetsWith", "Peru")),
    ("Chile has met Peru twice since the election in May.", ("Chile", "meetsWith", "Peru")),
])
def test_the_date_of_the_event_an_act_is_counted_from_does_not_date_it(facts_of, text, expected):
    got = facts_of(text, dt.date(2005, 1, 10))
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.date is None


@pytest.mark.parametrize("text, expected, date", [
    # a date in a relative clause on an actor dates the actor's act, not the fact
    ("Chile will hold talks with Peru to support Mr Lopez, who is expected to win the election on 9 January.",
     ("Chile", "meetsWith", "Peru"), None),
    ("Chile held talks with Mr Lopez, who arrived in Lima on 3 January.", ("Chile", "meetsWith", "Lopez"), None),
    # a clause holding the trigger, or one on the event noun, still dates it
    ("Mr Lopez, who met Chile's president on 3 January, said little.", ("Lopez", "meetsWith", "Chile"),
     "2005-01-03"),
    ("Chile held talks with Peru, which began on 3 January.", ("Chile", "meetsWith", "Peru"), "2005-01-03"),
])
def test_a_date_in_a_relative_clause_on_an_actor_dates_only_its_act(facts_of, text, expected, date):
    got = facts_of(text, dt.date(2005, 1, 10))
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.date == date


@pytest.mark.parametrize("text, expected, modality", [
    # an act given a deadline is not done yet
    ("Fiat and Renault have until 1 February to settle their dispute.", ("Fiat", "agreesWith", "Renault"), "planned"),
    ("Fiat and Renault settled their dispute on 1 February.", ("Fiat", "agreesWith", "Renault"), "asserted"),
])
def test_an_act_with_a_deadline_is_planned(facts_of, text, expected, modality):
    got = facts_of(text, dt.date(2005, 1, 10))
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == modality


@pytest.mark.parametrize("text, absent, demand", [
    # an act under "must" is required, not done; the demand it expresses stays
    ("Chile said that Peru must withdraw its troops from Bolivia.", ("Peru", "withdrawsFrom", "Bolivia"),
     ("Chile", "demands", "Peru")),
    ("Chile said Peru and Bolivia must reach an agreement.", ("Peru", "agreesWith", "Bolivia"),
     ("Chile", "demands", "Peru")),
    ("Chile reminded Peru that it must cooperate fully with the United Nations.",
     ("Peru", "cooperatesWith", "United Nations"), ("Chile", "demands", "Peru")),
])
def test_an_act_under_must_is_not_done(facts_of, text, absent, demand):
    got = facts_of(text)
    assert absent not in got.triples, got
    assert demand in got.triples, got


def test_day_or_month_of_an_undated_text_keeps_its_year_open(facts_of):
    fact = facts_of("Justin Trudeau visited India in March.").find("Justin Trudeau", "visits", "India")
    assert fact is not None and fact.date == "--03"


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


@pytest.mark.parametrize("text, expected", [
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
    # ending a cooperative act reduces relations (CAMEO 16); ending a coercive one is a concession
    pytest.param("France cancelled a planned visit to Haiti.", {("France", "sanctions", "Haiti")},
                 id="cancelled-visit"),
    # the verb that ends an act carries its object
    pytest.param("The United States said it would prohibit all aid to Cuba.", {("United States", "sanctions", "Cuba")},
                 id="prohibited-aid"),
    # a future act announced in reported speech is an expressed intent, whoever reports it
    pytest.param("Finland will give Tanzania a grant of 5 million dollars, a statement issued by the ministry said "
                 "today.", {("Finland", "agreesWith", "Tanzania")}, id="announced-grant"),
    pytest.param("German Foreign Minister Oskar Fischer will visit Albania in June, the Albanian embassy said.",
                 {("Oskar Fischer", "agreesWith", "Albania")}, id="announced-visit"),
    # reducing supplies reduces aid (CAMEO 162); shortening a curfew is a concession
    pytest.param("The United Nations reduced food supplies to the biggest Cambodian refugee camp in Thailand.",
                 {("United Nations", "sanctions", "Cambodia")}, id="reduced-supplies"),
    pytest.param("President Omar El Bashir shortened the nightly curfew imposed in Sudan.",
                 {("Omar El Bashir", "concedesTo", "Sudan")}, id="shortened-curfew"),
])
def test_expressed_intent_refusal_or_ending(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # negation through a negated governing verb
    pytest.param("The move did not mean that Ghana had cut its ties with Togo.", ("Ghana", "sanctions", "Togo"),
                 id="negated-governor"),
    # a plan reported by a third party is no commitment of the actor
    pytest.param("A journalist said that Gabon's planned visit to Congo will focus on trade.",
                 ("Gabon", "agreesWith", "Congo"), id="reported-plan-is-no-commitment"),
    # a refused act did not happen
    pytest.param("Chad has refused to deploy troops in Mali.", ("Chad", "mobilizesAgainst", "Mali"),
                 id="refused-act-not-asserted"),
    # an act that merely did not happen is no rejection
    pytest.param("Chile did not meet Peru on Monday.", ("Chile", "rejects", "Peru"), id="plain-negation"),
    # a cancelled or suspended act did not happen
    pytest.param("France cancelled a planned visit to Haiti.", ("France", "visits", "Haiti"), id="cancelled-act"),
    pytest.param("The US suspended military aid to Bosnia.", ("United States", "aids", "Bosnia and Herzegovina"),
                 id="suspended-act"),
    # a plain future statement, not reported as anyone's word, is no commitment
    pytest.param("Gordon Brown will visit Tanzania next week.", ("Gordon Brown", "agreesWith", "Tanzania"),
                 id="plain-future"),
    # agreeing to sanction is no threat
    pytest.param("Chile and Peru agreed to suspend their complaints to the WTO.", ("Chile", "threatens",
                 "World Trade Organization"), id="agreed-sanction-no-threat"),
    # hearsay about a future meeting is no agreement
    pytest.param("Russian news agencies reported that Chile's minister Ana Soto and Peru's minister Luis Vega would "
                 "discuss trade.", ("Ana Soto", "agreesWith", "Luis Vega"), id="hearsay-would"),
    # a mere possibility commits to nothing
    pytest.param("Cuba may impose sanctions on Haiti.", ("Cuba", "threatens", "Haiti"), id="possibility-no-threat"),
    # an act someone is kept from doing did not happen
    pytest.param("Britain tried to stop Iran from attacking Iraq.", ("United Kingdom", "attacks", "Iraq"),
                 id="stopped-from"),
    pytest.param("Mr Mubanga was detained to prevent him from fighting against the US.",
                 ("Mubanga", "attacks", "United States"),
                 id="prevented-from"),
    # an act opposed ("against" doing it) did not happen
    pytest.param("Chile warned Peru against sending troops to Bolivia.", ("Chile", "mobilizesAgainst", "Bolivia"),
                 id="warned-against"),
    pytest.param("Chile voted against imposing sanctions on Peru.", ("Chile", "sanctions", "Peru"),
                 id="voted-against-noun"),
])
def test_unasserted_act_gives_no_fact(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, planned", [
    pytest.param("Justin Trudeau will visit Kenya before chairing a meeting in Nairobi.", True, id="future-governor"),
    pytest.param("Justin Trudeau visited Kenya before chairing a meeting in Nairobi.", False, id="past-governor"),
])
def test_untensed_clause_takes_its_governors_modality(facts_of, text, planned):
    got = facts_of(text)
    fact = got.find("Justin Trudeau", "participatesIn", "meeting in Nairobi")  # an event noun is labelled by its place
    assert fact is not None, got
    assert (fact.modality == "planned") is planned


@pytest.mark.parametrize("text, absent", [
    # a modal on the verb the act is the complement of: the act is merely possible
    pytest.param("Ghana fears missiles that Togo could use to attack Benin.", ("Togo", "attacks", "Benin"),
                 id="could-on-governor"),
    pytest.param("Ghana fears missiles that could be used by Togo to attack Benin.", ("Togo", "attacks", "Benin"),
                 id="could-on-passive-governor"),
    pytest.param("Norway says it would be happy to meet Kenya.", ("Kenya", "meetsWith", "Norway"),
                 id="would-be-happy-to"),
    pytest.param("Chile and Peru can work together.", ("Chile", "cooperatesWith", "Peru"), id="can"),
    pytest.param("Togo could send troops to attack Benin.", ("Togo", "attacks", "Benin"), id="could-purpose"),
    pytest.param("Norway is likely to lift its sanctions on Kenya.", ("Norway", "concedesTo", "Kenya"), id="likely-to"),
    pytest.param("Norway is unlikely to visit Kenya.", ("Norway", "visits", "Kenya"), id="unlikely-to"),
    # a condition supposes the act
    pytest.param("Ghana said Togo was wrong if it accepted Benin's offer.", ("Benin", "agreesWith", "Togo"),
                 id="if-clause"),
    pytest.param("If Norway withdraws troops from Mali, Chad will protest.", ("Norway", "withdrawsFrom", "Mali"),
                 id="if-clause-first"),
    pytest.param("British troops are on standby in case they need to help evacuate citizens from Ivory Coast.",
                 ("British troops", "withdrawsFrom", "Ivory Coast"), id="in-case"),
    # a hope is no plan
    pytest.param("Chile is hoping to reach a deal with Peru at a summit in June.", ("Chile", "agreesWith", "Peru"),
                 id="hoping-to"),
    pytest.param("Norway wants to meet Kenya.", ("Kenya", "meetsWith", "Norway"), id="wants-to"),
    # (the tagger may lemmatise "hopes" as "hop": the form still says it)
    pytest.param("Mr Okafor hopes to attend the summit in Accra.", ("Okafor", "participatesIn", "summit"),
                 id="hopes-to"),
    # an act asked of someone else has not happened, and is not the asker's ("the demands" fact is the request)
    pytest.param("Ghana urged Togo to withdraw from Benin.", ("Ghana", "withdrawsFrom", "Benin"), id="urged-to"),
    pytest.param("Chile called on Peru to arrest Luis Vega.", ("Chile", "coerces", "Luis Vega"), id="called-on-to"),
    pytest.param("Chile asked the International Atomic Energy Agency to investigate Peru.",
                 ("Chile", "investigates", "Peru"), id="asked-to"),
    # an act proposed in a noun's infinitive has not happened
    pytest.param("Moves to lift Norway's sanctions on Kenya were condemned.", ("Norway", "concedesTo", "Kenya"),
                 id="moves-to"),
])
def test_hypothetical_act_gives_no_fact(facts_of, text, absent):
    got = facts_of(text)
    assert not any(p == absent[1] for _, p, _ in got.triples), got  # nor with another subject or object


@pytest.mark.parametrize("text, expected, modality", [
    # the same verbs without the modal, the condition, the wish or the request: the act is a fact
    pytest.param("Togo used missiles to attack Benin.", ("Togo", "attacks", "Benin"), "asserted", id="used-to"),
    pytest.param("Togo sent troops to attack Benin.", ("Togo", "attacks", "Benin"), "asserted", id="purpose"),
    pytest.param("Norway was able to lift its sanctions on Kenya.", ("Norway", "concedesTo", "Kenya"), "asserted",
                 id="able-to"),
    pytest.param("Togo will send troops to attack Benin.", ("Togo", "attacks", "Benin"), "planned",
                 id="future-purpose"),
    pytest.param("Chile and Peru work together.", ("Chile", "cooperatesWith", "Peru"), "asserted", id="present"),
    pytest.param("Norway withdrew troops from Mali, although Chad protested.", ("Norway", "withdrawsFrom", "Mali"),
                 "asserted", id="concessive-clause"),
    pytest.param("Togo attempted to attack Benin.", ("Togo", "attacks", "Benin"), "asserted", id="attempt-is-act"),
    # "would" of reported speech on a commitment, and a plan along the control chain, are plans
    pytest.param("Norway said it would be ready to provide aid to Sudan.", ("Norway", "aids", "Sudan"), "planned",
                 id="would-be-ready"),
    pytest.param("Chile and Peru agreed to begin talks.", ("Chile", "participatesIn", "talks between Chile and Peru"), "planned",
                 id="agreed-to-begin"),  # the talks are planned; no meeting is held yet (test_gatherings)
    pytest.param("Norway is expected to begin talks with Kenya.", ("Kenya", "meetsWith", "Norway"), "planned",
                 id="expected-to-begin"),
    pytest.param("Norway has decided to begin talks with Kenya.", ("Norway", "participatesIn", "talks with Kenya"),
                 "planned", id="decided-to-begin"),
    pytest.param("Norway is ready to provide aid to Sudan.", ("Norway", "aids", "Sudan"), "planned", id="ready-to"),
])
def test_act_beside_hypothetical_constructions_is_a_fact(facts_of, text, expected, modality):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == modality


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile signed a $240m agreement with Peru.", ("Chile", "signs", "$240m agreement between Chile and Peru"), id="money"),
    pytest.param("Chile signed a 10-year agreement with Peru.", ("Chile", "signs", "10-year agreement between Chile and Peru"), id="years"),
    pytest.param("Chile signed a new four-year agreement with Peru.", ("Chile", "signs", "new four-year agreement between Chile and Peru"),
                 id="modified-years"),
    pytest.param("Chile signed a trade agreement with Peru.", ("Chile", "signs", "trade agreement between Chile and Peru"),
                 id="no-amount"),
])
def test_agreement_keeps_its_amount_whole(facts_of, text, expected):
    # "a $240m agreement" is no "m agreement": the sum or span before an agreement noun stays as written
    got = facts_of(text)
    assert got.find(*expected) is not None, got


@pytest.mark.parametrize("text, expected, absent", [
    # a "that" clause in the past or perfect is a claim, not what is demanded
    pytest.param("Norway insisted that Kenya had made great advances.", None, ("Norway", "demands", "Kenya"),
                 id="insisted-claim"),
    pytest.param("Norway asked why Kenya had left the talks.", None, ("Norway", "demands", "Kenya"), id="asked-why"),
    pytest.param("Norway insisted that Kenya withdraw its troops.", ("Norway", "demands", "Kenya"), None,
                 id="insisted-subjunctive"),
    pytest.param("Norway demanded that Kenya should release the prisoners.", ("Norway", "demands", "Kenya"), None,
                 id="demanded-should"),
    # what is demanded in a subjunctive clause has not happened
    pytest.param("Norway urged that Kenya withdraw from Somalia.", ("Norway", "demands", "Kenya"),
                 ("Kenya", "withdrawsFrom", "Somalia"), id="urged-that"),
    pytest.param("Norway said that Kenya had withdrawn from Somalia.", ("Kenya", "withdrawsFrom", "Somalia"), None,
                 id="said-that"),
])
def test_demanded_clause_against_claimed_clause(facts_of, text, expected, absent):
    got = facts_of(text)
    if expected:
        assert got.find(*expected) is not None, got
    if absent:
        assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, modality", [
    # a noun trigger takes the tense of the verb whose phrase it fills
    pytest.param("Norway will provide 500 tons of food aid to Sudan.", ("Norway", "aids", "Sudan"), "planned",
                 id="noun-under-future-verb"),
    pytest.param("Norway provided 500 tons of food aid to Sudan.", ("Norway", "aids", "Sudan"), "asserted",
                 id="noun-under-past-verb"),
    # a future act announced by a trailing reporting verb, however the parser attaches it, is a commitment
    pytest.param("Norway will provide food aid to Sudan, the ministry said on Monday.",
                 ("Norway", "agreesWith", "Sudan"), "asserted", id="trailing-report-commitment"),
])
def test_tense_of_the_governing_verb(facts_of, text, expected, modality):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == modality


def test_a_conjoined_second_act_is_no_report(facts_of):
    got = facts_of("Norway will provide food aid to Sudan and said nothing else.")
    assert got.find("Norway", "agreesWith", "Sudan") is None, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("The president banned opposition candidates from participating in the elections.",
                 ("president", "participatesIn", "elections"), id="banned-from"),
    pytest.param("Kenya banned the protest against France.", ("Kenya", "protests", "France"), id="banned-protest"),
    pytest.param("Kenya blocked the aid to Somalia.", ("Kenya", "aids", "Somalia"), id="blocked-aid"),
])
def test_prevented_act_is_not_asserted(facts_of, text, absent):
    got = facts_of(text)
    assert not any(p == absent[1] and o == absent[2] for _, p, o in got.triples), got.triples


@pytest.mark.parametrize("text, absent", [
    # what a claim, rumour or allegation says is not asserted by the text
    pytest.param("Ghana dismissed the claims of a clash between Togo and Benin.", "attacks", id="claims-of"),
    pytest.param("Rumours that Norway had met Kenya were denied.", "meetsWith", id="rumours-that"),
    pytest.param("Allegations that Chad attacked Sudan surfaced on Monday.", "attacks", id="allegations-that"),
    # a hope in a that-clause is no act
    pytest.param("Observers hope that Norway will hold talks with Kenya.", "meetsWith", id="hope-that"),
    pytest.param("Ghana hopes that Togo will sign the Lome accord.", "signs", id="hopes-that-sign"),
    # the act a causative asks of its object, inside a proposal, has not happened
    pytest.param("Ghana backed proposals to get Togo to impose sanctions on Benin.", "sanctions",
                 id="proposal-to-get"),
    # what someone is accused or suspected of is the accuser's claim
    pytest.param("Ghana accused Togo of attacking Benin.", "attacks", id="accused-of"),
    pytest.param("Ghana suspects Togo of sending troops to Benin.", "mobilizesAgainst", id="suspects-of"),
    pytest.param("Ghana accused Togo of missing its target on providing aid to Benin.", "aids",
                 id="accused-of-deeper"),
    # each conjunct of a hope
    pytest.param("Observers hope that Norway will act now and release Ahmed Ali.", "concedesTo",
                 id="hope-that-conjunct"),
])
def test_claimed_hoped_or_proposed_act_is_not_asserted(facts_of, text, absent):
    got = facts_of(text)
    assert not any(p == absent for _, p, _ in got.triples), got


@pytest.mark.parametrize("text, expected, modality", [
    # the same acts stated by the text itself
    pytest.param("There was a clash between Togo and Benin.", ("Benin", "attacks", "Togo"), "asserted",
                 id="clash-stated"),
    pytest.param("Ghana said that Norway had met Kenya.", ("Kenya", "meetsWith", "Norway"), "asserted",
                 id="said-that"),
    pytest.param("Ghana hopes to sign the Lome accord, and Togo signed the Lome accord on Monday.",
                 ("Togo", "signs", "Lome accord"), "asserted", id="beside-a-hope"),
    pytest.param("Ghana said that Togo will sign the Lome accord.", ("Togo", "signs", "Lome accord"), "planned",
                 id="reported-plan"),
    pytest.param("Ghana said Togo imposed sanctions on Benin.", ("Togo", "sanctions", "Benin"), "asserted",
                 id="sanction-stated"),
    pytest.param("Ghana accused Togo of attacking Benin.", ("Ghana", "criticizes", "Togo"), "asserted",
                 id="the-accusation-itself"),
    pytest.param("Ghana attacked Benin, accusing it of helping rebels.", ("Ghana", "attacks", "Benin"), "asserted",
                 id="act-beside-an-accusation"),
])
def test_stated_act_beside_claims_and_hopes_is_a_fact(facts_of, text, expected, modality):
    got = facts_of(text)
    fact = got.find(*expected)
    assert fact is not None, got
    assert fact.modality == modality


@pytest.mark.parametrize("text, expected, absent", [
    # coordinated subjects acting each on their own do not meet or agree with each other
    pytest.param("Kenya and Uganda separately met Tanzania.", ("Kenya", "meetsWith", "Tanzania"),
                 ("Kenya", "meetsWith", "Uganda"), id="separately-met"),
    pytest.param("Kenya and Uganda independently agreed with Tanzania on the border.",
                 ("Kenya", "agreesWith", "Tanzania"), ("Kenya", "agreesWith", "Uganda"), id="independently-agreed"),
])
def test_subjects_acting_apart_are_no_pair(facts_of, text, expected, absent):
    got = facts_of(text)
    assert got.find(*expected) is not None, got
    assert got.find(*absent) is None and got.find(absent[2], absent[1], absent[0]) is None, got


@pytest.mark.parametrize("text", [
    pytest.param("Kenya and Uganda separately spoke with their neighbours.", id="their-neighbours"),
    pytest.param("Tony Blair and Gordon Brown gave speeches on Monday. Then both men separately spoke about aid "
                 "policy with their cabinet colleagues.", id="both-men"),
])
def test_subjects_speaking_apart_do_not_meet(facts_of, text):
    got = facts_of(text)
    assert not got.predicates("meetsWith"), got


def test_subjects_acting_together_are_a_pair(facts_of):
    got = facts_of("Kenya and Uganda spoke by telephone.")
    assert got.find("Kenya", "meetsWith", "Uganda") is not None, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Kenya and Uganda signed the accord, but neither Chad nor Niger did.", ("Kenya", "signs", "accord between Kenya and Uganda"),
                 id="neither-in-another-clause"),
    pytest.param("Kenya, not Uganda, signed the accord.", ("Kenya", "signs", "Kenya's accord"), id="not-the-other"),
])
def test_act_beside_a_neither_nor_subject_is_a_fact(facts_of, text, expected):
    got = facts_of(text)
    assert got.find(*expected) is not None, got


@pytest.mark.parametrize("text, verb, expected", [
    pytest.param("Chad will send troops in case Mali asks for help.", "ask", True, id="in-case"),
    pytest.param("Chad will send troops as soon as Mali asks for help.", "ask", False, id="as-soon-as"),
    pytest.param("In this case Mali asked Chad for help.", "ask", False, id="in-this-case"),
    pytest.param("Chad provided aid that Mali asked for.", "ask", False, id="provided-aid-that"),
    pytest.param("Mali asked Chad for help.", "ask", False, id="main-clause"),
])
def test_conditional_phrases_before_a_clause(nlp, text, verb, expected):
    from kg.extract.facts.qualifiers import conditional
    doc = nlp(text)
    found = [t for t in doc if t.lemma_ == verb]
    assert found and conditional(found[0]) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("Chile said it was ready for talks with Peru.", "for", True),
    ("Chile left the door open for talks with Peru.", "for", True),
    ("Ghana raised the prospect of a summit with Togo.", "of", True),
    ("Chile said it was open to talks with Peru.", "to", True),
    ("The minister was on his way to talks in Lima.", "to", False),
    ("Chile asked for talks with Peru.", "for", False),
    ("The date of the summit was fixed.", "of", False),
])
def test_prospect_marks_readiness_for_an_event(nlp, text, word, expected):
    """prospect(): a preposition whose word (or the verb's object) is one of readiness or prospect."""
    from kg.extract.facts.qualifiers import prospect

    prep = next(t for t in nlp(text) if t.lower_ == word and t.dep_ == "prep")
    assert prospect(prep) is expected


@pytest.mark.parametrize("text, absent", [
    # getting ready to act (the verb "prepare") commits the actor to no one; an act only offered is no agreement
    pytest.param("Mr Garcia prepared to fly to Chile to meet President Lagos.", ("Chile", "agreesWith", "Garcia"),
                 id="prepared-to-fly"),
    pytest.param("Peru has offered to supply gas to Chile.", ("Chile", "agreesWith", "Peru"), id="offered-supply"),
    pytest.param("Peru offered to hand over the suspects to Chile.", ("Chile", "agreesWith", "Peru"),
                 id="offered-hand-over"),
])
def test_no_commitment_expressed(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got.triples


@pytest.mark.parametrize("text, expected", [
    pytest.param("Peru said it is prepared to lift the ban on Chilean imports.", ("Chile", "agreesWith", "Peru"),
                 id="is-prepared-to"),
    pytest.param("Peru has promised to supply gas to Chile.", ("Chile", "agreesWith", "Peru"), id="promised-supply"),
])
def test_commitment_still_expressed(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got.triples


@pytest.mark.parametrize("text, subject, predicate, object_, sentence", [
    pytest.param("Talks began\n\n  Kenya criticised Uganda on Monday. Kenya also criticised Tanzania.", "Kenya",
                 "criticizes", "Uganda", "Kenya criticised Uganda on Monday.", id="after-a-headline"),
    pytest.param("Kenya criticised Uganda on Monday. Kenya also criticised Tanzania.", "Kenya", "criticizes",
                 "Tanzania", "Kenya also criticised Tanzania.", id="second-sentence"),
])
def test_evidence_is_the_sentence_stripped_whichever_fact_of_it(facts_of, text, subject, predicate, object_,
                                                                 sentence):
    fact = facts_of(text).find(subject, predicate, object_)
    assert fact is not None and fact.evidence.sentence == sentence
    assert text[fact.evidence.start:fact.evidence.end].strip() == sentence


def test_a_clause_date_is_found_once_per_trigger(resolved_doc):
    from kg.extract.facts.qualifiers import clause_date
    from kg.extract.facts.reading import Reading

    reading = Reading.of(*resolved_doc("Kenya criticised Uganda on 3 March 2005, and Tanzania on Friday."))
    verb = next(t for t in reading.tokens if t.lower_ == "criticised")
    found = clause_date(reading, verb)
    assert found is not None and found.text == "3 March 2005"
    assert clause_date(reading.with_states([]), verb) is found  # remembered, and shared by with_states


@pytest.mark.parametrize("text, expected, absent", [
    # a base-form that-clause under a directive verb or noun is an act asked for, not done
    pytest.param("Chile insisted that Peru withdraw its troops from Bolivia.", ("Chile", "demands", "Peru"),
                 ("Peru", "withdrawsFrom", "Bolivia"), id="insisted-that"),
    pytest.param("The UN repeated its demand that Chile release the prisoners.", None,
                 ("Chile", "concedesTo", "prisoners"), id="demand-that"),
    # told as done, it stays
    pytest.param("Chile insisted that Peru had withdrawn its troops from Bolivia.", ("Peru", "withdrawsFrom", "Bolivia"),
                 None, id="insisted-done"),
])
def test_a_mandative_that_clause_is_not_done(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert absent is None or absent not in got.triples, got


def test_the_narrators_must_tells_a_step_to_come(facts_of):
    got = facts_of("Chile and Peru signed a trade deal on Monday. The deal must still be ratified by the European "
                   "Union at a meeting next month.")
    fact = got.find("European Union", "partyTo", "trade deal between Chile, Peru and European Union")
    assert fact is not None, got
    assert fact.modality == "planned"


@pytest.mark.parametrize("name, expected", [
    ("Africa", True), ("South America", True), ("West Africa", True), ("sub-Saharan Africa", True),
    ("Central and Eastern Europe", True), ("the Horn of Africa", False), ("Cape Town", False), ("Kenya", False),
    ("Africa House", False), ("Greater Europe", False),
])
def test_world_region(name, expected):
    """A continent, alone or after compass words, is a world region (aid may go to it); a city, a country, a site
    named after a continent is not."""
    from kg.extract.facts.qualifiers import world_region
    assert world_region(name) is expected


@pytest.mark.parametrize("text, expected, modality, date", [
    # a present progressive dated by a bare weekday tells an arrangement to come (published Monday 2005-01-10)
    ("Justin Trudeau is meeting Narendra Modi on Thursday.", ("Justin Trudeau", "meetsWith", "Narendra Modi"),
     "planned", "2005-01-13"),
    ("Thursday's summit is being hosted by Narendra Modi.", ("Narendra Modi", "participatesIn", "summit involving Narendra Modi"),
     "planned", "2005-01-13"),
    ("Justin Trudeau will meet Narendra Modi on Thursday.", ("Justin Trudeau", "meetsWith", "Narendra Modi"),
     "planned", "2005-01-13"),
    # a past tense or an undated progressive stays asserted, the weekday the last one before the article
    ("Justin Trudeau met Narendra Modi on Thursday.", ("Justin Trudeau", "meetsWith", "Narendra Modi"),
     "asserted", "2005-01-06"),
    ("Justin Trudeau is meeting Narendra Modi in Delhi.", ("Justin Trudeau", "meetsWith", "Narendra Modi"),
     "asserted", None),
    ("Justin Trudeau was meeting Narendra Modi on Thursday.", ("Justin Trudeau", "meetsWith", "Narendra Modi"),
     "asserted", "2005-01-06"),
])
def test_present_progressive_with_a_weekday_is_planned(facts_of, text, expected, modality, date):
    got = facts_of(text, dt.date(2005, 1, 10))
    fact = got.find(*expected)
    assert fact is not None, got
    assert (fact.modality, fact.date) == (modality, date)


@pytest.mark.parametrize("text, visits", [
    ("The French minister is going to meet his German counterpart.", False),  # the future's "going to"
    ("The French minister is going to Berlin to meet his German counterpart.", True),  # a journey
])
def test_going_to_is_the_future_not_a_journey(facts_of, text, visits):
    got = facts_of(text)
    assert bool(got.predicates("visits")) == visits, got


@pytest.mark.parametrize("text, met", [
    ("The Polish president met his future wife Anna at university.", False),
    ("Mr Kowal met his future wife, Anna Nowak, in 1970.", False),
    ("Jan Kowal met his future wife Anna Nowak in Krakow.", False),
    ("The Polish president met the German chancellor Hans Vogel.", True),
])
def test_meeting_a_private_partner_is_no_meeting_of_actors(facts_of, text, met):
    got = facts_of(text)
    assert bool(got.predicates("meetsWith")) == met, got


def test_an_awaited_event_under_a_possibility_is_planned(facts_of):
    got = facts_of("The pressure is unlikely to ease ahead of a summit of European leaders next week.")
    fact = next((f for f in got.facts if f.predicate == "participatesIn"), None)
    assert fact is not None and fact.modality == "planned", got


@pytest.mark.parametrize("text, expected, absent", [
    # a phrasal verb of negating ("rule out", "call off") governs an act that is not done, a gerund parsed as an
    # adverbial clause included
    pytest.param("Peru ruled out sending troops to Haiti.", None, ("Peru", "mobilizesAgainst", "Haiti"),
                 id="ruled-out-sending"),
    pytest.param("Peru has ruled out taking part in the summit in Lima.", None,
                 ("Peru", "participatesIn", "summit in Lima"), id="ruled-out-taking-part"),
    pytest.param("Peru called off sending troops to Haiti.", None, ("Peru", "mobilizesAgainst", "Haiti"),
                 id="called-off-sending"),
    # an act beside a ruling-out, or a gerund with no negating head, stays
    pytest.param("Peru sent troops to Haiti, ruling out a withdrawal.", ("Peru", "mobilizesAgainst", "Haiti"), None,
                 id="sent-ruling-out-another"),
    pytest.param("Peru considered sending troops to Haiti.", None, None, id="considered-no-crash"),
])
def test_a_phrasal_negating_head_negates_its_act(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert absent is None or absent not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Farmers could claim that Kenya was blocking Uganda.", ("Kenya", "rejects", "Uganda"),
                 id="could-claim"),
    pytest.param("Critics might say that Kenya had rejected Uganda.", ("Kenya", "rejects", "Uganda"),
                 id="might-say"),
])
def test_a_report_only_possible_asserts_nothing(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_a_report_made_asserts_its_clause(facts_of):
    got = facts_of("Farmers claimed that Kenya was blocking Uganda.")
    assert any(s == "Kenya" and o == "Uganda" for s, _, o in got.triples), got


@pytest.mark.parametrize("text, absent", [
    # a pronoun owning the object (or the said clause's subject) stands for neither co-subject, whatever the rule
    pytest.param("Peter Hale and Anna Keller praised her budget.", ("Peter Hale", "praises", "Anna Keller"),
                 id="praise-her"),
    pytest.param("Peter Hale and Anna Keller praised her budget.", ("Peter Hale", "supports", "Anna Keller"),
                 id="praise-her-supports"),
    pytest.param("Peter Hale and Anna Keller condemned her remarks.", ("Peter Hale", "criticizes", "Anna Keller"),
                 id="condemn-her"),
    pytest.param("Anna Keller and Peter Hale rejected his proposal.", ("Anna Keller", "rejects", "Peter Hale"),
                 id="reject-his"),
    pytest.param("Peter Hale and Anna Keller said her scheme was a disaster.",
                 ("Peter Hale", "criticizes", "Anna Keller"), id="said-her-clause"),
    pytest.param("His plan was welcomed by Anna Keller and Peter Hale.", ("Anna Keller", "supports", "Peter Hale"),
                 id="passive-his"),
    pytest.param("Peter Hale and Anna Keller voiced support for her plan.", ("Peter Hale", "supports", "Anna Keller"),
                 id="noun-trigger"),
    pytest.param("Peter Hale and Anna Keller criticised her for the delay.",
                 ("Peter Hale", "criticizes", "Anna Keller"), id="pronoun-object"),
    pytest.param("Peter Hale and Anna Keller met him in Paris.", ("Anna Keller", "meetsWith", "Peter Hale"),
                 id="symmetric-pronoun-object"),
    pytest.param("India and Pakistan criticised their plan.", ("India", "criticizes", "Pakistan"), id="their-plan"),
    pytest.param("Peter Hale and Anna Keller accused her of lying.", ("Peter Hale", "criticizes", "Anna Keller"),
                 id="accuse-her"),
    pytest.param("Peter Hale and Anna Keller urged her to resign.", ("Peter Hale", "demands", "Anna Keller"),
                 id="urge-her"),
    pytest.param("Peter Hale and Anna Keller attacked her plans as unworkable.",
                 ("Peter Hale", "criticizes", "Anna Keller"), id="verbal-attack-her-plans"),
    pytest.param("Peter Hale and Anna Keller said she had misled voters.",
                 ("Peter Hale", "criticizes", "Anna Keller"), id="said-she"),
])
def test_no_fact_to_a_co_subject_through_a_pronoun(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a pronoun for someone named before the co-subjects, and a reciprocal, still give their facts
    pytest.param("Peter Hale resigned on Monday. Labour and the Green Party welcomed his resignation.",
                 ("Green Party", "supports", "Peter Hale"), id="owner-named-before"),
    pytest.param("Peter Hale and Anna Keller criticised each other.", ("Peter Hale", "criticizes", "Anna Keller"),
                 id="each-other"),
    pytest.param("Peter Hale and Anna Keller met in Paris on Monday.", ("Anna Keller", "meetsWith", "Peter Hale"),
                 id="symmetric-co-subjects"),
    pytest.param("Peter Hale and Anna Keller criticised Tom Baker.", ("Peter Hale", "criticizes", "Tom Baker"),
                 id="named-object"),
    pytest.param("Peter Hale and Anna Keller held talks on their dispute.",
                 ("Anna Keller", "meetsWith", "Peter Hale"), id="pair-meets-over-their-dispute"),
])
def test_co_subjects_keep_other_targets(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got
