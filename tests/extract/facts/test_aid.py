"""kg.extract.facts.aid: debt relief aids the debtor (relief:), funds received from a giver are its aid (funds:)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Paris Club agreed to cancel 80% of Peru's debt.", ("Paris Club", "aids", "Peru"),
                 id="cancel-share-of-debt"),
    pytest.param("The World Bank's decision to write off the debts of Bolivia surprised analysts.",
                 ("World Bank", "aids", "Bolivia"), id="decision-to-write-off"),
    pytest.param("Norway agreed to defer debt repayments for Peru until 2006.", ("Norway", "aids", "Peru"),
                 id="defer-repayments"),
    pytest.param("Peru received $2bn in credits from Norway.", ("Norway", "aids", "Peru"), id="received-credits"),
    pytest.param("Peru secured funding from the World Bank.", ("World Bank", "aids", "Peru"), id="secured-funding"),
    # a relative clause on the funds or on a sum lent
    pytest.param("The $3bn which Norway lent Peru in 2003 has been repaid.", ("Norway", "aids", "Peru"),
                 id="sum-lent-relative"),
    pytest.param("The loan that Norway extended to Peru was repaid.", ("Norway", "aids", "Peru"),
                 id="loan-extended-relative"),
    # the receiver as object and the funds in a with-phrase; a sum borrowed; a grant awarded
    pytest.param("Norway provided Peru with $5m in emergency aid.", ("Norway", "aids", "Peru"), id="provided-with"),
    pytest.param("Peru borrowed $3bn from the World Bank last year.", ("World Bank", "aids", "Peru"),
                 id="borrowed-sum"),
    pytest.param("The World Bank awarded Peru a $50m grant.", ("World Bank", "aids", "Peru"), id="awarded-grant"),
])
def test_aid(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # refused, possible or negated relief; a debtor paying its own debt; something received that is no funds
    pytest.param("Norway could cancel Peru's debt.", ("Norway", "aids", "Peru"), id="possible-relief"),
    pytest.param("Norway did not cancel Peru's debt.", ("Norway", "aids", "Peru"), id="negated-relief"),
    pytest.param("Peru cancelled its debt to Norway.", ("Peru", "aids", "Norway"), id="own-debt"),
    pytest.param("Norway cancelled the concert in Peru.", ("Norway", "aids", "Peru"), id="cancel-no-debt"),
    pytest.param("Peru received a letter from Norway.", ("Norway", "aids", "Peru"), id="received-letter"),
    pytest.param("Peru did not receive funding from the World Bank.", ("World Bank", "aids", "Peru"),
                 id="not-received"),
    # a sum offered or paid in a relative clause is a price, not a credit
    pytest.param("The $3bn which Norway offered Peru for the mine was too little.", ("Norway", "aids", "Peru"),
                 id="sum-offered-relative"),
    # state aid is the unnamed state's, not its regulator's; a thing provided that is no funds
    pytest.param("The European Commission awarded $2bn of state aid to Peru Airways.",
                 ("European Commission", "aids", "Peru Airways"), id="state-aid"),
    pytest.param("Norway provided Peru with a report on the floods.", ("Norway", "aids", "Peru"),
                 id="provided-with-report"),
    pytest.param("Peru borrowed the idea from Norway.", ("Norway", "aids", "Peru"), id="borrowed-idea"),
    # help to act against someone is no help to them
    pytest.param("Norway helped to attack Peru.", ("Norway", "aids", "Peru"), id="help-to-attack"),
])
def test_no_aid(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("China overtook Brazil to become Japan's biggest trading partner in 2004.",
                 ("China", "cooperatesWith", "Japan"), id="become-partner"),
    pytest.param("Norway, Sweden's main trading partner, raised tariffs.", ("Norway", "cooperatesWith", "Sweden"),
                 id="partner-apposition"),
    pytest.param("Norway has close ties with Sweden.", ("Norway", "cooperatesWith", "Sweden"), id="close-ties"),
    pytest.param("The special relationship between Norway and Sweden is old.", ("Norway", "cooperatesWith", "Sweden"),
                 id="relationship-between"),
])
def test_cooperation(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Norway is no longer Sweden's ally.", ("Norway", "cooperatesWith", "Sweden"), id="no-longer-ally"),
    pytest.param("Norway could become Sweden's partner.", ("Norway", "cooperatesWith", "Sweden"),
                 id="possible-partner"),
    pytest.param("Norway has tense relations with Sweden.", ("Norway", "cooperatesWith", "Sweden"),
                 id="tense-relations"),
])
def test_no_cooperation(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Japan sent $500m in emergency assistance to Sri Lanka.", ("Japan", "aids", "Sri Lanka"),
                 id="sent-funds-to"),
    pytest.param("Japan has given Sri Lanka $500m in loans since the tsunami.", ("Japan", "aids", "Sri Lanka"),
                 id="gave-dative-funds"),
    pytest.param("Japan extended a $1bn credit line to Sri Lanka.", ("Japan", "aids", "Sri Lanka"),
                 id="credit-line"),
    pytest.param("Japan is Sri Lanka's biggest donor.", ("Japan", "aids", "Sri Lanka"), id="donor"),
])
def test_funds_given(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Japan sent a letter to Sri Lanka.", ("Japan", "aids", "Sri Lanka"), id="letter"),
    pytest.param("Japan could send $500m in aid to Sri Lanka.", ("Japan", "aids", "Sri Lanka"), id="possible"),
    pytest.param("Japan sent a $5m bill to Sri Lanka.", ("Japan", "aids", "Sri Lanka"), id="bill-not-funds"),
])
def test_no_funds_given(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # the doers of a joint act or undertaking cooperate
    pytest.param("Norway and Sweden launched a joint venture to build the pipeline.",
                 ("Norway", "cooperatesWith", "Sweden"), id="joint-venture-coordinated"),
    pytest.param("Norway set up a joint venture with Sweden.", ("Norway", "cooperatesWith", "Sweden"),
                 id="joint-venture-with"),
    pytest.param("Norway and Sweden will jointly develop the oil field.", ("Norway", "cooperatesWith", "Sweden"),
                 id="jointly-develop"),
    pytest.param("The conference was jointly organised by Norway and Sweden.", ("Norway", "cooperatesWith", "Sweden"),
                 id="jointly-organised-by"),
])
def test_joint_act(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a joint statement or news conference, a joint act refused or ended, a body named "Joint ..."
    pytest.param("Norway and Sweden said in a joint statement that the talks had failed.",
                 ("Norway", "cooperatesWith", "Sweden"), id="joint-statement"),
    pytest.param("Norway and Sweden held a joint news conference in Oslo.", ("Norway", "cooperatesWith", "Sweden"),
                 id="joint-news-conference"),
    pytest.param("Norway and Sweden did not launch a joint bid.", ("Norway", "cooperatesWith", "Sweden"),
                 id="joint-negated"),
    pytest.param("Norway and Sweden will end their joint ventures.", ("Norway", "cooperatesWith", "Sweden"),
                 id="joint-ended"),
    pytest.param("Norway and Sweden told the Joint Committee on Trade that prices were high.",
                 ("Norway", "cooperatesWith", "Sweden"), id="joint-named-body"),
])
def test_no_joint_act(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # help with relief work in a country aids it
    pytest.param("Norway has offered to send 50 engineers to assist with the flood relief effort in Peru.",
                 ("Norway", "aids", "Peru"), None, id="assist-with-relief-in"),
    pytest.param("Norway will help in the reconstruction of schools in Peru.", ("Norway", "aids", "Peru"), None,
                 id="help-in-reconstruction"),
    # help with something that is no relief work, help only possible or denied
    pytest.param("Norway helped with the election campaign in Peru.", None, ("Norway", "aids", "Peru"),
                 id="help-with-campaign"),
    pytest.param("Norway could assist with the relief effort in Peru.", None, ("Norway", "aids", "Peru"),
                 id="possible-help"),
    pytest.param("Norway did not assist with the relief effort in Peru.", None, ("Norway", "aids", "Peru"),
                 id="no-help"),
    # help as the purpose of sending people or means to a country aids that country
])
def test_help_in_place(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert absent is None or absent not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a relationship denied is none
    pytest.param("Norway has no close ties with Sweden.", ("Norway", "cooperatesWith", "Sweden"), id="no-close-ties"),
])
def test_no_denied_relationship(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # an exchange of captives concedes both ways
    pytest.param("Chad and Sudan exchanged prisoners last month.", {("Chad", "concedesTo", "Sudan"),
                                                                    ("Sudan", "concedesTo", "Chad")}, None,
                 id="exchanged-prisoners"),
    pytest.param("Chad swapped hostages with Sudan.", {("Chad", "concedesTo", "Sudan"),
                                                       ("Sudan", "concedesTo", "Chad")}, None, id="swapped-with"),
    # an exchange of views, or a possible exchange, concedes nothing
    pytest.param("Chad and Sudan exchanged views on the crisis.", set(), ("Chad", "concedesTo", "Sudan"),
                 id="exchanged-views"),
    pytest.param("Chad and Sudan might exchange prisoners.", set(), ("Chad", "concedesTo", "Sudan"),
                 id="possible-exchange"),
])
def test_exchange_of_captives(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected <= got.triples, got
    assert absent is None or absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a purpose infinitive of rebuilding or help: the giver is the clause's actor (a by-agent included) or the one
    # whose funds the infinitive is for
    pytest.param("The aid programme used by Canada to rebuild Peru after the floods was praised.",
                 ("Canada", "aids", "Peru"), id="used-by-to-rebuild"),
    pytest.param("The fund, which brought Japanese aid to reconstruct Peru after the floods, was closed.",
                 ("Japan", "aids", "Peru"), id="brought-modified-aid-to-rebuild"),
    pytest.param("Japan's loans to reconstruct Peru arrived in May.", ("Japan", "aids", "Peru"),
                 id="possessed-loans-to-rebuild"),
    pytest.param("Chile received Japanese aid to rebuild Peru.", ("Japan", "aids", "Peru"), id="received-aid-to-rebuild"),
    pytest.param("The credits provided by the World Bank to rebuild Peru were large.", ("World Bank", "aids", "Peru"),
                 id="credits-provided-by-to-rebuild"),
    # a world region receives aid
    pytest.param("The aid programme used by Canada to rebuild Africa after the famine was praised.",
                 ("Canada", "aids", "Africa"), id="rebuild-continent"),
    pytest.param("Norway sent emergency aid to West Africa.", ("Norway", "aids", "West Africa"),
                 id="aid-to-compass-region"),
    pytest.param("Norway pledged aid to Asia.", ("Norway", "aids", "Asia"), id="aid-to-continent"),
])
def test_purposed_aid(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # funds refused; a purpose against someone; a vow is no purpose; a capital or a town rebuilt is no actor aided;
    # the giver's own army; a place that is no world region
    pytest.param("Peru rejected Japanese loans to rebuild Bolivia.", ("Peru", "aids", "Bolivia"), id="rejected-loans"),
    pytest.param("The troops used by Chad to attack Peru were withdrawn.", ("Chad", "aids", "Peru"),
                 id="used-to-attack"),
    pytest.param("Norway vowed to rebuild Peru.", ("Norway", "aids", "Peru"), id="vow-not-purpose"),
    pytest.param("Chile received Japanese aid to rebuild Peru.", ("Chile", "aids", "Peru"), id="receiver-no-giver"),
    pytest.param("The money raised by Norway to rebuild Lima was spent.", ("Norway", "aids", "Peru"),
                 id="rebuild-capital"),
    pytest.param("Chad used the oil money to rebuild its Republican Guard.", ("Chad", "aids", "Republican Guard"),
                 id="own-guard"),
    pytest.param("Canada sent emergency aid to Springfield.", ("Canada", "aids", "Springfield"),
                 id="aid-to-town"),
])
def test_no_purposed_aid(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, aided", [
    ("Norway refused to provide assistance to Chile.", False),  # the noun's act goes with its refused verb
    ("Norway declined to provide military aid to Chile.", False),
    ("Norway did not provide aid to Chile.", False),
    ("Norway provided aid to Chile.", True),
])
def test_aid_under_a_refused_verb_is_not_given(facts_of, text, aided):
    got = facts_of(text)
    assert (("Norway", "aids", "Chile") in got.triples) == aided, got


@pytest.mark.parametrize("text, expected", [
    # a sum given, donated or contributed to an actor is aid by itself
    pytest.param("Norway contributed $12m to Peru last week.", ("Norway", "aids", "Peru"), id="sum-contributed"),
    pytest.param("Chile will give £20m to Bolivia.", ("Chile", "aids", "Bolivia"), id="sum-given"),
    pytest.param("Norway gives Peru about 90m euros a year.", ("Norway", "aids", "Peru"), id="currency-noun-dative"),
])
def test_sums_given(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a count that is no sum of money, a negated gift
    pytest.param("Norway contributed 300 soldiers to the Peru mission.", ("Norway", "aids", "Peru"), id="no-sum"),
    pytest.param("Norway did not contribute $12m to Peru.", ("Norway", "aids", "Peru"), id="not-contributed"),
    pytest.param("Norway gave 300 people to Peru.", ("Norway", "aids", "Peru"), id="count-no-sum"),
])
def test_no_sums_given(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Norway is helping Peru rebuild its ports.", ("Norway", "aids", "Peru"), id="helping-rebuild"),
    pytest.param("Chile helped Bolivia fight the outbreak last year.", ("Chile", "aids", "Bolivia"), id="helped-fight"),
    pytest.param("Norway will help Peru train its coastguard.", ("Norway", "aids", "Peru"), id="will-help"),
])
def test_help_to_act(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Norway did not help Peru rebuild its ports.", ("Norway", "aids", "Peru"), id="negated"),
    pytest.param("Norway might help Peru rebuild its ports.", ("Norway", "aids", "Peru"), id="possible"),
    pytest.param("Norway helped ensure that Peru won the vote.", ("Norway", "aids", "Peru"), id="help-ensure-that"),
])
def test_no_help_to_act(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # partner nouns without a possessive: an of-phrase, an actor modifying them
    pytest.param("Peru is a close ally of Chile.", ("Chile", "cooperatesWith", "Peru"), id="ally-of"),
    pytest.param("Peru is a Chilean ally.", ("Chile", "cooperatesWith", "Peru"), id="modifier-ally"),
])
def test_cooperation_named(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Peru is a former ally of Chile.", ("Chile", "cooperatesWith", "Peru"), id="former-ally"),
])
def test_no_cooperation_named(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile flew 300 tents to Bolivia on Sunday.", ("Chile", "aids", "Bolivia"), id="flew-tents"),
    pytest.param("Norway handed over two tonnes of medicine to Peru.", ("Norway", "aids", "Peru"),
                 id="handed-over-medicine"),
    pytest.param("Chile has sent emergency supplies to Bolivia.", ("Chile", "aids", "Bolivia"), id="emergency-supplies"),
    pytest.param("Norway provided Peru with medical equipment.", ("Norway", "aids", "Peru"), id="provided-with"),
    pytest.param("Chile dispatched three planes with relief supplies to Bolivia.", ("Chile", "aids", "Bolivia"),
                 id="carriers-with-supplies"),
])
def test_goods_given(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # goods that may be traded, goods sold, one's own arms handed over, a negated delivery, people sent
    pytest.param("Chile ships copper to Bolivia.", ("Chile", "aids", "Bolivia"), id="traded-goods"),
    pytest.param("Norway sold medical equipment to Peru.", ("Norway", "aids", "Peru"), id="sold"),
    pytest.param("Chile did not send emergency supplies to Bolivia.", ("Chile", "aids", "Bolivia"), id="negated"),
    pytest.param("Chile sent its foreign minister to Bolivia.", ("Chile", "aids", "Bolivia"), id="envoy-sent"),
])
def test_no_goods_given(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got
