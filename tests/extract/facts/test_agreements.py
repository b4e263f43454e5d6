"""kg.extract.facts.agreements: the parties of an agreement — the two sides of "between" (rule "between") and the
counterparty its purpose names (rule "purpose-counterparty")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, absent", [
    # the signing of an agreement between two countries makes them parties, not signatories
    pytest.param("Officials attended the signing of an accord between Chile and Peru.",
                 ("Chile", "signs", "accord between Chile and Peru"), id="between-is-not-signing"),
])
def test_between_is_not_signing(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_agreement_between_countries_gives_parties(facts_of):
    got = facts_of("The treaty between Chile and Peru was ratified last year.")
    assert {("Chile", "partyTo", "treaty between Chile and Peru"),
            ("Peru", "partyTo", "treaty between Chile and Peru")} <= got.triples, got


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


@pytest.mark.parametrize("text, party, is_party", [
    pytest.param("Peru signed an accord to buy jets from Russia.", "Russia", True, id="buy-from"),
    pytest.param("India has signed a deal to import gas from Iran.", "Iran", True, id="import-from"),
    pytest.param("The deal to open formal talks with Ankara was welcomed.", "Turkey", True, id="through-its-object"),
    pytest.param("Chile signed a deal to withdraw troops from Haiti.", "Haiti", False, id="not-the-purpose-of-the-deal"),
    pytest.param("Peru approved plans to buy jets from Russia.", "Russia", False, id="a-plan-is-no-deal"),
])
def test_purpose_of_an_agreement_names_its_counterparty(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, expected", [
    # the countries inside an agreement's own description are its parties
    # the subject of a verb of making an agreement is party to it
    pytest.param("Chile struck a fishing deal last week.", {("Chile", "partyTo", "Chile's fishing deal")},
                 id="maker"),
    pytest.param("Norway and Iceland have reached a fisheries agreement.",
                 {("Norway", "partyTo", "fisheries agreement between Norway and Iceland"),
                  ("Iceland", "partyTo", "fisheries agreement between Norway and Iceland")},
                 id="coordinated-makers"),
])
def test_qualifiers_and_makers_are_parties(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


def test_countries_qualifying_an_agreement_are_parties(facts_of):
    got = facts_of("The Chilean-Peruvian fishing accord took effect on Monday.")
    assert {s for s, _ in got.predicates("partyTo")} == {"Chile", "Peru"}, got


@pytest.mark.parametrize("text, absent", [
    # a country that brokered the deal is no party to it
    pytest.param("The US-brokered fishing accord took effect on Monday.", ("United States", "partyTo", "fishing accord"),
                 id="brokered"),
    # a deal only hoped for, or not reached, makes no party
    pytest.param("Chile is hoping to strike a fishing deal with Peru.", ("Chile", "partyTo", "fishing deal"),
                 id="hoped-for"),
    pytest.param("Chile did not reach a fishing deal with Peru.", ("Chile", "partyTo", "fishing deal"),
                 id="negated"),
    pytest.param("Chile could strike a fishing deal with Peru.", ("Chile", "partyTo", "fishing deal"),
                 id="possibility"),
])
def test_not_parties(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, label, written", [
    # a generic agreement is labelled by its parties (labels.told_apart); the label as written stays an alias
    pytest.param("Ghana and Togo signed a deal on Monday.", "deal between Ghana and Togo", "deal", id="two-parties"),
    pytest.param("Chile struck a fishing deal last week.", "Chile's fishing deal", "fishing deal",
                 id="one-party"),
    pytest.param("Kenya and Uganda signed a memorandum of understanding.",
                 "memorandum of understanding between Kenya and Uganda", "memorandum of understanding",
                 id="of-in-the-noun"),
    pytest.param("The accord was signed by Ghana and Togo.", "accord between Ghana and Togo", "accord",
                 id="signed-by"),
])
def test_generic_agreement_labelled_by_parties(facts_of, text, label, written):
    agreements = [e for e in facts_of(text).entities if e.type == "Agreement"]
    assert [e.label for e in agreements] == [label], agreements
    assert written in agreements[0].aliases


@pytest.mark.parametrize("text, label", [
    # a named agreement keeps its name, and one no fact gives a party keeps its label
    pytest.param("Japan and Chile signed the Kyoto Protocol.", "Kyoto Protocol", id="named"),
    pytest.param("Togo signed the Lome accord with Ghana.", "Lome accord", id="named-by-a-place"),
    pytest.param("The accord was praised by analysts.", "accord", id="no-party"),
])
def test_agreement_label_kept(facts_of, text, label):
    agreements = [e for e in facts_of(text).entities if e.type == "Agreement"]
    assert [e.label for e in agreements] == [label], agreements


@pytest.mark.parametrize("text, party, is_party", [
    # the state or body whose possessive owns an agreement is a party to it (rule "party:owner")
    pytest.param("Vodafone's licence deal ran into trouble in March.", "Vodafone", True, id="firm-owner"),
    pytest.param("Analysts doubted that Chile's fishing accord would last.", "Chile", True, id="country-owner"),
    # not a person, who signs or negotiates it, nor a date
    pytest.param("Analysts doubted that John Smith's fishing accord would last.", "John Smith", False,
                 id="person-owner"),
    pytest.param("Last year's fishing accord ran into trouble in March.", "Last year", False, id="date-owner"),
])
def test_owner_of_an_agreement_is_party(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, expected, absent", [
    # the parties of an agreement of cooperation cooperate with each other (rule "party:cooperation")
    pytest.param("Chile and Peru signed a memorandum of understanding on energy co-operation on Tuesday.",
                 ("Chile", "cooperatesWith", "Peru"), None, id="memorandum-on-cooperation"),
    pytest.param("Ghana and Togo formalised a cooperation deal on Monday.",
                 ("Ghana", "cooperatesWith", "Togo"), None, id="cooperation-deal"),
    # an agreement of another kind makes its parties no partners
    pytest.param("Chile and Peru signed a trade deal on Tuesday.", None, ("Chile", "cooperatesWith", "Peru"),
                 id="trade-deal"),
])
def test_parties_of_a_cooperation_agreement_cooperate(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples or expected[::-1] in got.triples, got
    assert absent is None or (absent not in got.triples and absent[::-1] not in got.triples), got



@pytest.mark.parametrize("text, party, is_party", [
    # the state or body an agreement is made with is bound by it (rule "party:counterpart")
    pytest.param("The deal with Renault was praised by analysts.", "Renault", True, id="deal-with"),
    pytest.param("Chile's trade accord with Peru expires in May.", "Peru", True, id="owner-and-with"),
    pytest.param("Chile struck a fishing deal with Peru last week.", "Peru", True, id="made-with"),
    # a concord, a deal only hoped for, refused or possible binds no one
    pytest.param("Chile is in agreement with Peru on the issue.", "Peru", False, id="in-agreement-with"),
    pytest.param("Chile is hoping to strike a fishing deal with Peru.", "Peru", False, id="hoped-for"),
    pytest.param("Chile did not reach a fishing deal with Peru.", "Peru", False, id="negated"),
    pytest.param("Chile could strike a fishing deal with Peru.", "Peru", False, id="possible"),
])
def test_counterpart_of_an_agreement_is_party(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, party, is_party", [
    # the subject of a verb of holding an agreement made with another is its other party (rule "party:holder")
    pytest.param("On Monday, Airbus announced a deal with India's Tata to build a plant.", "Airbus", True,
                 id="announced-with"),
    pytest.param("Nokia renewed its supply contract with Siemens.", "Nokia", True, id="renewed-with"),
    # not one that judges another's deal
    pytest.param("The US criticised the deal with China.", "United States", False, id="criticised"),
])
def test_holder_of_an_agreement_made_with_another_is_party(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


def test_no_agreement_between_makes_no_parties(facts_of):
    got = facts_of("Lawyers said there was no treaty between Chile and Peru on the matter.")
    assert not got.predicates("partyTo"), got


@pytest.mark.parametrize("text, party, is_party", [
    # only a party can break, end or leave an agreement: the subject of a breach verb is bound by it
    pytest.param("Hungary violated the treaty.", "Hungary", True, id="violate"),
    pytest.param("Greece breached the pact's rules on budget deficits.", "Greece", True, id="the-pact's-rules"),
    pytest.param("Germany and France broke the Stability Pact rules.", "France", True, id="pact-as-compound"),
    pytest.param("Peru reneged on the accord.", "Peru", True, id="renege-on"),
    pytest.param("Kenya withdrew from the agreement.", "Kenya", True, id="withdraw-from"),
    pytest.param("Chile did not violate the agreement.", "Chile", True, id="denied-breach-still-bound"),
    # not an agreement, or not a breach verb
    pytest.param("Kenya pulled out of the talks.", "Kenya", False, id="talks-are-no-agreement"),
    pytest.param("Kenya praised the treaty.", "Kenya", False, id="praise-is-no-breach"),
])
def test_breaker_is_party(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, party, is_party", [
    # what an agreement's terms make a state do binds it
    pytest.param("Under the 1999 accord, Norway must cut its fishing quotas.", "Norway", True, id="must"),
    pytest.param("Under the accord, Ghana will release the prisoners.", "Ghana", True, id="will"),
    # an embargo, a plan or a deal only proposed binds no one
    pytest.param("Under the embargo, China cannot buy weapons from Europe.", "China", False, id="embargo"),
    pytest.param("Under a proposed deal, Iran would suspend enrichment.", "Iran", False, id="proposed"),
    pytest.param("Under the plan, Brazil will cut emissions.", "Brazil", False, id="plan"),
])
def test_subject_bound_under_an_agreement_is_party(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, parties", [
    # two states joined by a hyphen before an agreement's description are its sides
    pytest.param("The India-Pakistan ceasefire agreement has held since 2003.", {"India", "Pakistan"},
                 id="hyphen-pair"),
    # a country that brokered the deal is not one of them
    pytest.param("Officials praised the US-brokered Israel-Egypt deal.", {"Israel", "Egypt"}, id="brokered-apart"),
])
def test_hyphenated_pair_are_parties(facts_of, text, parties):
    got = facts_of(text)
    assert {s for s, _ in got.predicates("partyTo")} == parties, got


@pytest.mark.parametrize("text, parties", [
    # the giver and the receiver of an awarded agreement are its parties
    pytest.param("Chile awarded Peru a contract.", {"Chile", "Peru"}, id="award-dative"),
    pytest.param("Chile awarded a fishing contract to Peru.", {"Chile", "Peru"}, id="award-to"),
    # an award denied or only possible makes no party
    pytest.param("Chile did not award a contract to Peru.", set(), id="not-awarded"),
    pytest.param("Chile may award a contract to Peru.", set(), id="possible-award"),
])
def test_awarded_agreement_parties(facts_of, text, parties):
    got = facts_of(text)
    assert {s for s, _ in got.predicates("partyTo")} == parties, got


@pytest.mark.parametrize("text, party, is_party", [
    pytest.param("Peru bailed out of the deal.", "Peru", True, id="bail-out-of"),
])
def test_more_breakers_and_bound(facts_of, text, party, is_party):
    got = facts_of(text)
    assert ((party, "partyTo") in {(s, p) for s, p, o in got.triples}) is is_party, got


@pytest.mark.parametrize("text, expected, absent", [
    # a verb of making with a future auxiliary: a planned party
    pytest.param("Chile will renew its fishing deal with Peru.", ("Chile", "partyTo"), None, id="will-renew"),
    pytest.param("Chile will not renew the fishing deal.", None, ("Chile", "partyTo"), id="will-not"),
    pytest.param("Chile hopes to renew the fishing deal.", None, ("Chile", "partyTo"), id="hoped"),
    # the parties of a joint venture agreement cooperate
    pytest.param("Chile and Peru signed an oil deal. Both will also extend a joint fishing agreement.",
                 ("Chile", "cooperatesWith"), None, id="joint-venture-agreement"),
    pytest.param("Chile and Peru signed an oil deal.", None, ("Chile", "cooperatesWith"), id="no-cooperation-noun"),
])
def test_future_makers_and_joint_agreements(facts_of, text, expected, absent):
    got = {(s, p) for s, p, o in facts_of(text).triples} | {(o, p) for s, p, o in facts_of(text).triples}
    if expected:
        assert expected in got, got
    if absent:
        assert absent not in got, got


@pytest.mark.parametrize("text, absent", [
    # the state owning or qualifying the acting firm is not the party
    pytest.param("Peru's largest copper miner withdrew from the deal.", "Peru", id="owner-of-the-subject"),
    pytest.param("The ministry awarded deals to a Swiss and a Dutch firm.", "Switzerland",
                 id="nationality-of-the-receiver"),
])
def test_state_of_the_acting_firm_is_no_party(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in {s for s, _ in got.predicates("partyTo")}, got


def _parties(got) -> set[str]:
    return {s for s, o in got.predicates("partyTo")}


@pytest.mark.parametrize("text, party, is_party", [
    pytest.param("Russian Foreign Minister Sergei Lavrov signed the treaty in Lima.", "Russia", True,
                 id="minister-binds-state"),
    pytest.param("Peruvian President Ana Ruiz signed the accord on Monday.", "Peru", True, id="head-binds-state"),
    pytest.param("The British novelist Ann Smith signed the contract with Penguin.", "United Kingdom", False,
                 id="no-state-post"),
    pytest.param("British Shadow Foreign Secretary Jo Hale signed the accord on Monday.", "United Kingdom",
                 False, id="opposition-post"),
])
def test_signer_binds_the_state_served(facts_of, text, party, is_party):
    assert (party in _parties(facts_of(text))) is is_party, facts_of(text)


@pytest.mark.parametrize("text, expected, absent", [
    pytest.param("Chile and Peru signed a fisheries agreement on Monday.", {("Chile", "Peru")}, set(),
                 id="signers"),
    pytest.param("Renault has signed a supply contract with Nissan Motor.", {("Renault", "Nissan Motor")}, set(),
                 id="counterpart"),
    pytest.param("Peru tore up its fishing deal with Chile.", set(), {("Peru", "Chile")}, id="broken"),
    pytest.param("Russia and Japan have ratified the Kyoto Protocol.", set(), {("Russia", "Japan")},
                 id="named-treaty-members-are-no-pair"),
    pytest.param("Chile and Peru signed separate deals with Bolivia.", set(), {("Chile", "Peru")},
                 id="several-deals-with-many-parties"),
    pytest.param("Renault and Peugeot signed a supply deal with Nissan Motor.", set(), {("Renault", "Peugeot")},
                 id="consortium-of-firms"),
    pytest.param("Chile, Peru and Bolivia signed a border agreement.", {("Chile", "Peru"), ("Peru", "Bolivia")},
                 set(), id="three-states"),
    # a formal instrument is a named document: its parties are bound by it, not said to agree with each other
    pytest.param("Chile and Peru signed a memorandum of understanding on fisheries.", set(), {("Chile", "Peru")},
                 id="memorandum"),
    pytest.param("Chile signed a fisheries protocol with Peru.", set(), {("Chile", "Peru")}, id="protocol"),
    pytest.param("Chile and Peru signed two security agreements on Monday.", set(), {("Chile", "Peru")},
                 id="plural-agreements"),
    pytest.param("Chile and Peru formalised a deal between Renault and Nissan Motor.",
                 {("Renault", "Nissan Motor")}, {("Chile", "Renault"), ("Peru", "Nissan Motor"), ("Chile", "Peru")},
                 id="named-sides-only"),
])
def test_parties_of_one_agreement_agree(facts_of, text, expected, absent):
    got = facts_of(text).predicates("agreesWith")
    assert expected <= got and not absent & got, facts_of(text)


@pytest.mark.parametrize("text, signer, signs", [
    pytest.param("Japan finally signed up to the deal on Thursday.", "Japan", True, id="signed-up-to"),
    pytest.param("Renault signed up for a $2bn supply deal on Friday.", "Renault", True, id="signed-up-for"),
    pytest.param("Peru has so far refused to sign up to the pact.", "Peru", False, id="refused"),
])
def test_signing_up_to_an_agreement_is_signing_it(facts_of, text, signer, signs):
    got = facts_of(text)
    assert (signer in {s for s, o in got.predicates("signs")}) is signs, got
