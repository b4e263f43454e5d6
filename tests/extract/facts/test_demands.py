"""kg.extract.facts.demands: what one actor says another must do is a demand (obligation:), an act made
conditional on another actor threatens it (threat:unless)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # what one actor says another must do is a demand
    pytest.param("Chile said on Monday that Bolivia must withdraw its claim.", {("Chile", "demands", "Bolivia")},
                 id="obligation-in-reported-speech"),
    # a threat made conditional with "if"
    pytest.param("Russia threatened to stop negotiations if the United States deployed missiles.",
                 {("Russia", "threatens", "United States")}, id="threat-if"),
    # an act conditional on another actor threatens it
    pytest.param("Egypt will cut off gas supplies to Jordan unless Amman pays its debts.",
                 {("Egypt", "threatens", "Jordan")}, id="conditional-threat"),
])
def test_demand_or_threat(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # "if" without a threat is no threat
    pytest.param("Chile will visit Peru if the weather allows.", ("Chile", "threatens", "Peru"), id="plain-if"),
    # what must be done to someone is not asked of them; what should have been done is a reproach
    pytest.param("Chile said Bolivia's claim must be rejected.", ("Chile", "demands", "Bolivia"), id="passive-obligation"),
    pytest.param("Chile said Bolivia should have informed Peru.", ("Chile", "demands", "Bolivia"), id="past-obligation"),
])
def test_no_demand_or_threat(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a semi-modal of obligation in reported speech, also when the quotation comes first
    pytest.param("Peru said Chile needed to stop its subsidies.", ("Peru", "demands", "Chile"), id="needs-to"),
    pytest.param("Ecuador has to open its market, Peru said.", ("Peru", "demands", "Ecuador"), id="has-to"),
    pytest.param('Bolivia needs to open its market to our farmers, the Peruvian trade minister said.',
                 ("Peru", "demands", "Bolivia"), id="needs-to-quoted"),
    # wanting another actor to act
    pytest.param("Norway wants Sweden to lift the ban.", ("Norway", "demands", "Sweden"), id="want-to"),
    pytest.param("Norway would like Sweden to lift the ban.", ("Norway", "demands", "Sweden"), id="would-like"),
    # a directive noun with the one asked in its for-phrase
    pytest.param("Norway's call for Sweden to lift the ban was rejected.", ("Norway", "demands", "Sweden"),
                 id="call-for-noun"),
    pytest.param("Norway renewed its call on Sweden to lift the ban.", ("Norway", "demands", "Sweden"),
                 id="call-on-noun"),
    # the state's officials or forces stand for it
    pytest.param("Norway said Swedish officials must resign.", ("Norway", "demands", "Sweden"),
                 id="officials-stand-for-the-state"),
    # a warning to act addressed to Y
    pytest.param("Norway warned Sweden to stay out of its waters.", ("Norway", "demands", "Sweden"), id="warn-to"),
    # "for" parsed as the mark of an infinitive clause whose subject is the one asked
    pytest.param("Norway renewed its call for Sweden to lift the ban.", ("Norway", "demands", "Sweden"),
                 id="call-for-clause-noun"),
    pytest.param("Denmark repeated its appeal for Finland to free the fishermen.", ("Denmark", "demands", "Finland"),
                 id="appeal-for-clause-noun"),
])
def test_directive(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a need denied, a past necessity, a need without an infinitive, one's own need
    pytest.param("Peru said Chile did not need to stop its subsidies.", ("Peru", "demands", "Chile"), id="need-not"),
    pytest.param('"Ecuador had to open its market last year," Peru said.', ("Peru", "demands", "Ecuador"),
                 id="had-to-past"),
    pytest.param("Peru said Chile needed more money.", ("Peru", "demands", "Chile"), id="need-object"),
    pytest.param("Peruvian President Alan Garcia said Peru needed to cut its spending.",
                 ("Alan Garcia", "demands", "Peru"), id="own-state-need"),
    pytest.param("Peru said the Chilean government needed to cut its spending.", ("Peru", "demands", "Chile"),
                 id="unnamed-need"),
    # wanting to act oneself, a negated or possible wish, a wish about another's state
    pytest.param("Norway wants to lift the ban on Sweden.", ("Norway", "demands", "Sweden"), id="want-self"),
    pytest.param("Norway does not want Sweden to lift the ban.", ("Norway", "demands", "Sweden"), id="want-negated"),
    pytest.param("Norway might want Sweden to lift the ban.", ("Norway", "demands", "Sweden"), id="want-possible"),
    pytest.param("Norway wants Sweden to be prosperous.", ("Norway", "demands", "Sweden"), id="want-state"),
    # a call for a thing, not for an actor to act
    pytest.param("Norway's call for talks with Sweden was rejected.", ("Norway", "demands", "Sweden"),
                 id="call-for-thing"),
    pytest.param("Norway's call on Monday for talks with Sweden was rejected.", ("Norway", "demands", "Sweden"),
                 id="call-on-a-day"),
    pytest.param("Norway renewed its call for talks with Sweden to begin.", ("Norway", "demands", "Sweden"),
                 id="call-for-talks-clause"),
    # what firms or farmers of a state must do is asked of them, not of the state
    pytest.param("Norway said all Swedish companies should take note.", ("Norway", "demands", "Sweden"),
                 id="companies-not-the-state"),
    # a warning about something, or that something will happen, asks nothing of Y
    pytest.param("Norway warned Sweden about the dangers of overfishing.", ("Norway", "demands", "Sweden"),
                 id="warn-about"),
    pytest.param("Norway warned that Sweden would close the border.", ("Norway", "demands", "Sweden"),
                 id="warn-that"),
])
def test_no_directive(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Jane Doe met Ola Hansen in Oslo. Bolivia needed to open its market, he said.",
                 ("Ola Hansen", "demands", "Bolivia"), id="semi-modal-pronoun-speaker"),
])
def test_no_semi_modal_demand_of_unnamed_speaker(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    pytest.param('Jane Doe met Ola Hansen. "Yes, he should apologise," said Anna Berg.', None,
                 ("Anna Berg", "demands", "Ola Hansen"), id="quoted-pronoun-addressee"),
    # with "he said" both the speaker and the quoted "he" are pronouns resolved by one guess: they may swap
    pytest.param('Jane Doe criticised Ola Hansen. "Yes, he should apologise to the farmers," he said.', None,
                 ("Ola Hansen", "demands", "Jane Doe"), id="quoted-pronoun-pronoun-speaker"),
    pytest.param("Anna Berg met Ola Hansen and said he should apologise.", ("Anna Berg", "demands", "Ola Hansen"),
                 None, id="unquoted-pronoun-addressee"),
])
def test_pronoun_addressee(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert absent is None or absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a directive verb outside the trigger table, with its addressee and the act asked (an infinitive)
    pytest.param("Peru has told Chile to withdraw its ambassador.", ("Peru", "demands", "Chile"), id="told-to"),
    pytest.param("The Peruvian president ordered Chile to pay the fine.", ("Peru", "demands", "Chile"), id="ordered-to"),
    pytest.param("Chile was instructed by Peru to return the boats.", ("Peru", "demands", "Chile"),
                 id="passive-instructed"),
    # pressed for a thing: the one pressed is the object
    pytest.param("Peru is pressing Chile for compensation.", ("Peru", "demands", "Chile"), id="pressed-for-thing"),
])
def test_directed_act(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # an order of a thing addresses no one named in it; a verb of speech without an act asked; a refusal
    pytest.param("Peru ordered the destruction of Chile's fishing fleet.", ("Peru", "demands", "Chile"),
                 id="ordered-thing"),
    pytest.param("Peru told reporters that Chile would withdraw.", ("Peru", "demands", "Chile"), id="told-that"),
    pytest.param("Peru did not tell Chile to withdraw its ambassador.", ("Peru", "demands", "Chile"), id="not-told"),
    pytest.param("Peru might order Chile to pay the fine.", ("Peru", "demands", "Chile"), id="possible-order"),
    # seeking to act oneself asks nothing of the actor one's act touches
    pytest.param("Peru is seeking to cut the Chilean fishing quota.", ("Peru", "demands", "Chile"),
                 id="seeking-to-act"),
    pytest.param("Peru sought to block Chile's bid.", ("Peru", "demands", "Chile"), id="sought-to-block"),
])
def test_no_directed_act(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # lifting a state of emergency yields to the people it bound (CAMEO 0832); lifting state controls does not
    pytest.param("Norway lifted the state of emergency in Sweden.", ("Norway", "concedesTo", "Sweden"), None,
                 id="lift-state-of-emergency"),
    pytest.param("Norway lifted state controls on prices in Sweden.", None, ("Norway", "concedesTo", "Sweden"),
                 id="lift-state-controls"),
])
def test_concession(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected is None or expected in got.triples, got
    assert absent is None or absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a statement or a spokesman that names no actor speaks for its issuer
    pytest.param("A statement from Norway said Sweden must lift the ban.", ("Norway", "demands", "Sweden"),
                 id="statement-from"),
    pytest.param("A statement issued by Norway said Sweden must lift the ban.", ("Norway", "demands", "Sweden"),
                 id="statement-issued-by"),
    pytest.param("A statement issued on behalf of Ola Hansen said Sweden must lift the ban.",
                 ("Ola Hansen", "demands", "Sweden"), id="statement-on-behalf-of"),
    pytest.param("A spokesman for Norway said Sweden must lift the ban.", ("Norway", "demands", "Sweden"),
                 id="spokesman-for"),
])
def test_issuer_speaks(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a statement of no one speaks for no one
    pytest.param("A statement of principles said Sweden must lift the ban.", ("principles", "demands", "Sweden"),
                 id="statement-of-a-thing"),
    # the act a directive asks for is done by no one: neither by the one asking nor by the one asked
    pytest.param("Norway called on Sweden to quit the Nordic Council.", ("Norway", "withdrawsFrom", "Nordic Council"),
                 id="asked-act-not-the-askers"),
    pytest.param("Norway called on Sweden to quit the Nordic Council.", ("Sweden", "withdrawsFrom", "Nordic Council"),
                 id="asked-act-not-done"),
])
def test_no_issuer_or_asked_act(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_asked_act_keeps_the_demand(facts_of):
    got = facts_of("Norway called on Sweden to quit the Nordic Council.")
    assert ("Norway", "demands", "Sweden") in got.triples, got



@pytest.mark.parametrize("text, holds", [
    # a question put to someone asks an answer, not an act
    pytest.param("Juan Perez asked Chile whether the Treasury had leaned on the bank.", False, id="ask-whether"),
    pytest.param("Juan Perez was heard asking Chile if he is a criminal.", False, id="ask-if"),
    pytest.param("Juan Perez asked Chile why it had closed the border.", False, id="ask-why"),
    pytest.param("Juan Perez asked Chile about its plans.", False, id="ask-about"),
    pytest.param('On tape, Juan Perez, who once worked as a waiter, is heard asking Chile if he is a "war criminal".',
                 False, id="ask-if-hung-on-governor"),
    pytest.param("Juan Perez was seen asking Chile to close the border if the talks fail.", True,
                 id="ask-to-with-condition"),
    # a request for an act or a thing is a demand, also when the act is to answer a question
    pytest.param("Juan Perez asked Chile to close the border.", True, id="ask-to"),
    pytest.param("Juan Perez asked Chile for help.", True, id="ask-for"),
    pytest.param("Juan Perez asked Chile to explain why it had closed the border.", True, id="ask-to-explain-why"),
    pytest.param("Juan Perez urged Chile to reopen the border when the talks end.", True, id="urge-when"),
])
def test_question_is_no_demand(facts_of, text, holds):
    got = facts_of(text)
    assert (("Juan Perez", "demands", "Chile") in got.triples) == holds, got


@pytest.mark.parametrize("text, addressee, holds", [
    # a bare plural speaks of any such people: a view of policy, not a demand made of an actor
    pytest.param("Juan Perez said students should pay higher fees.", "students", False, id="bare-plural"),
    pytest.param("Juan Perez said the students should pay higher fees.", "students", True, id="definite-plural"),
    pytest.param("Juan Perez said Chile should pay higher fees.", "Chile", True, id="named"),
])
def test_generic_addressee(facts_of, text, addressee, holds):
    got = facts_of(text)
    assert (("Juan Perez", "demands", addressee) in got.triples) == holds, got


@pytest.mark.parametrize("text, triple, holds", [
    # what a denied report says is not asserted (qualifiers.negated), nor is an act planned under it
    pytest.param("Juan Perez denied an earlier report that he planned to make a direct appeal to Chile.",
                 ("Juan Perez", "demands", "Chile"), False, id="denied-report-appeal"),
    pytest.param("Juan Perez denied reports that he had met Chile's president Ana Ruiz.",
                 ("Ana Ruiz", "meetsWith", "Juan Perez"), False, id="denied-report-meeting"),
    pytest.param("Juan Perez confirmed reports that he had met Chile's president Ana Ruiz.",
                 ("Ana Ruiz", "meetsWith", "Juan Perez"), True, id="confirmed-report"),
    pytest.param("Juan Perez made a direct appeal to Chile.", ("Juan Perez", "demands", "Chile"), True,
                 id="appeal-made"),
])
def test_denied_report(facts_of, text, triple, holds):
    got = facts_of(text)
    assert (triple in got.triples) == holds, got


@pytest.mark.parametrize("text, absent", [
    # the infinitive on the object of a verb of letting is the act let happen, not a purpose aimed at its object
    pytest.param("Chile said it would not allow a row to damage Peru.", ("Chile", "rejects", "Peru"),
                 id="not-allow-a-row-to-damage"),
])
def test_letting_is_no_purpose(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_purpose_still_aims(facts_of):
    """'lifted a trade ban to reward Y': a purpose clause on the object of an ordinary verb still names Y."""
    got = facts_of("Chile lifted a trade ban to reward Peru.")
    assert ("Chile", "concedesTo", "Peru") in got.triples, got


@pytest.mark.parametrize("text, expected, holds", [
    # "told Y it must": the obliged pronoun stands for the one the speech verb addresses
    pytest.param("Ghana told Togo it must pay the debt.", ("Ghana", "demands", "Togo"), True, id="told-it-must"),
    pytest.param("Mali warned Niger that it should stop the raids.", ("Mali", "demands", "Niger"), True,
                 id="warned-that-it-should"),
    pytest.param("Gabon reminded Cameroon and Chad that they must respect the border.",
                 ("Gabon", "demands", "Chad"), True, id="reminded-they-must"),
    # no obligation, an addressee who is no actor, a pronoun that cannot stand for the addressee
    pytest.param("Benin told Nigeria that it would pay the debt.", ("Benin", "demands", "Nigeria"), False,
                 id="told-it-would"),
    pytest.param("Chad told reporters it must act.", ("Chad", "demands", "Chad"), False, id="told-reporters"),
    pytest.param("Kenya told Uganda that she must resign.", ("Kenya", "demands", "Uganda"), False,
                 id="pronoun-disagrees"),
])
def test_told_addressee(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected, holds", [
    # a post in the plural with no determiner, owner or name is any holder of it: a policy view, no demand
    pytest.param("Lord Walsh of Canada argued that prime ministers should not have a veto.",
                 ("Walsh", "demands", "prime ministers"), False, id="any-prime-minister"),
    # holders the text names are addressed
    pytest.param("Chile said EU foreign ministers must act now.", ("Chile", "demands", "European Union"), True,
                 id="named-ministers"),
    pytest.param("Peru said the prime ministers of Chile and Bolivia must meet.", ("Peru", "demands", "Bolivia"),
                 True, id="the-prime-ministers-of"),
])
def test_generic_post_holders(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected, holds", [
    # a group named by its number of members, before a plural noun of states, is the group itself
    pytest.param("Oxfam called on G8 nations to cancel the debts.", ("Oxfam", "demands", "Group of Eight"), True,
                 id="g8-nations"),
    pytest.param("Oxfam urged the G7 countries to cancel the debts.", ("Oxfam", "demands", "Group of Seven"), True,
                 id="the-g7-countries"),
    # not another body's members, nor the group's ministers or meetings taken for a noun of states
    pytest.param("Oxfam urged Nato members to send troops.", ("Oxfam", "demands", "North Atlantic Treaty Organization"),
                 False, id="body-members"),
])
def test_numbered_group_states(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, triple, holds", [
    # an obliged clause with its own subject, joined to a reported clause, is reported by the same verb
    pytest.param("Peru said the talks had gone well but Chile must return the boats.", ("Peru", "demands", "Chile"),
                 True, id="joined-by-but"),
    pytest.param("Peru said the talks had gone well and that Chile should return the boats.",
                 ("Peru", "demands", "Chile"), True, id="joined-that-clause"),
    pytest.param("Peru said Bolivia should lift the ban and Chile must return the boats.",
                 ("Peru", "demands", "Chile"), True, id="second-obligation"),
    # a clause joined to the speech verb itself is the writer's, not the speaker's
    pytest.param("Peru spoke of the talks, and Chile must now decide.", ("Peru", "demands", "Chile"), False,
                 id="not-reported"),
    pytest.param("Peru said the talks had gone well but Chile will return the boats.", ("Peru", "demands", "Chile"),
                 False, id="joined-prediction"),
])
def test_joined_obligation(facts_of, text, triple, holds):
    got = facts_of(text)
    assert (triple in got.triples) == holds, got


@pytest.mark.parametrize("text, triple, holds", [
    # a directive verb the trigger table reads as another act demands when it asks its addressee to act
    pytest.param("The Peruvian president challenged Chile to publish the treaty.", ("Peru", "demands", "Chile"),
                 True, id="challenged-to"),
    pytest.param("Peru encouraged Chile to reopen the border.", ("Peru", "demands", "Chile"), True,
                 id="encouraged-to"),
    # without an infinitive no act is asked
    pytest.param("The Peruvian president challenged Chile's claim to the islands.", ("Peru", "demands", "Chile"),
                 False, id="challenged-claim"),
    pytest.param("Peru challenged Chile to a match.", ("Peru", "demands", "Chile"), False, id="challenged-to-noun"),
])
def test_directive_read_as_another_act(facts_of, text, triple, holds):
    got = facts_of(text)
    assert (triple in got.triples) == holds, got
