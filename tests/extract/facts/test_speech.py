"""kg.extract.facts.speech: what a speaker says of another actor, weighed with the rated opinion lexicon, is
criticism or praise (opinion:)."""
from __future__ import annotations

import pytest

from kg.extract.facts.speech import opinion


@pytest.mark.parametrize("text, expected", [
    # a reported clause judging its subject
    pytest.param("Chile said Peru was not a reliable partner.", ("Chile", "criticizes", "Peru"), id="negated-praise"),
    pytest.param("Norway said Sweden had a terrible environmental record.", ("Norway", "criticizes", "Sweden"),
                 id="have-a-record"),
    pytest.param("Norway said Sweden was a good friend.", ("Norway", "supports", "Sweden"), id="praise"),
    # a relative pronoun stands for the noun the speech is about
    pytest.param("Norway criticised nobody but Sweden, which it said had a dreadful record.",
                 ("Norway", "criticizes", "Sweden"), id="relative-pronoun"),
    # an appraisal verb with an "as" phrase or an object predicate
    pytest.param("Chile described Peru as a reliable partner.", ("Chile", "supports", "Peru"), id="describe-as"),
    pytest.param("Chile considers Peru a threat.", ("Chile", "criticizes", "Peru"), id="consider-small-clause"),
    pytest.param("Norway called Sweden's decision a grave mistake.", ("Norway", "criticizes", "Sweden"),
                 id="call-appraisal-apposition"),
    # a stance or plan an actor modifies is the actor's own
    pytest.param("Chile said the Peruvian plan was a terrible mistake.", ("Chile", "criticizes", "Peru"),
                 id="modified-plan"),
    # a fault in conduct, or a policy rated negative, that the reported clause says an actor owns
    pytest.param("Cuba said the measure was necessary because of the United States' aggression.",
                 ("Cuba", "criticizes", "United States"), id="fault-owned"),
    pytest.param("Norway said Sweden's failure to act had cost lives.", ("Norway", "criticizes", "Sweden"),
                 id="fault-subject"),
    pytest.param("Chile said the disastrous policy adopted by Peru had to end.", ("Chile", "criticizes", "Peru"),
                 id="policy-by-agent"),
])
def test_spoken_opinion(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a misfortune or an economic state is no fault; a body modifying the agent is not the agent
    pytest.param("Chile said Peru's deficit was growing.", ("Chile", "criticizes", "Peru"), id="deficit-no-fault"),
    pytest.param("Chile said Peru's heavy losses had hit trade.", ("Chile", "criticizes", "Peru"), id="losses-no-fault"),
    pytest.param("Chile said the complacency shown by Peruvian voters was a risk.", ("Chile", "criticizes", "Peru"),
                 id="modifier-not-agent"),
    pytest.param("Chile said Peru's bankruptcy claim would be heard.", ("Chile", "criticizes", "Peru"),
                 id="compound-no-judgement"),
    # a fault in speech the reported clause itself reports is the inner speaker's word
    pytest.param("Norway said Sweden claimed Denmark's aggression was to blame.", ("Norway", "criticizes", "Denmark"),
                 id="nested-speech"),
])
def test_no_faulted_conduct(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a harm said to come under an actor's rule, or to be brought about by the actor or its plan
    pytest.param("Chile said farmers faced higher taxes under the Peruvian government.",
                 ("Chile", "criticizes", "Peru"), id="burden-under"),
    pytest.param("Chile insisted that there would be more debt and chaos under Peru.",
                 ("Chile", "criticizes", "Peru"), id="harm-under"),
    pytest.param("Chile said Peru's plans would lead to chaos in the region.", ("Chile", "criticizes", "Peru"),
                 id="plan-leads-to-harm"),
    pytest.param("Chile said Peru would mean higher prices and more borrowing.", ("Chile", "criticizes", "Peru"),
                 id="actor-means-burden"),
    pytest.param("Chile said Peru was planning deep cuts in public services.", ("Chile", "criticizes", "Peru"),
                 id="planned-cuts-in-a-public-good"),
])
def test_harm_brought(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a risk, a denial, a thing an actor only modifies, or no harm at all lays nothing at the actor's door
    pytest.param("Chile said farmers could face higher taxes under the Peruvian government.",
                 ("Chile", "criticizes", "Peru"), id="mere-possibility"),
    pytest.param("Chile said farmers would not face higher taxes under Peru.", ("Chile", "criticizes", "Peru"),
                 id="negated"),
    pytest.param("Chile said farmers faced higher taxes under Peruvian rules.", ("Chile", "criticizes", "Peru"),
                 id="thing-modified"),
    pytest.param("Chile said Peru's plans would mean lower taxes.", ("Chile", "criticizes", "Peru"), id="no-harm"),
    pytest.param("Chile said farmers faced a clear choice under Peru.", ("Chile", "criticizes", "Peru"),
                 id="neutral-under"),
    pytest.param("Chile said there would be less crime and fewer debts under Peru.", ("Chile", "criticizes", "Peru"),
                 id="less-of-a-harm"),
])
def test_no_harm_brought(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # an actor, or a stance or measure it owns, said to harm, obstruct or cut a good
    pytest.param("Chile said Peru's tariffs would damage regional trade.", ("Chile", "criticizes", "Peru"),
                 id="measure-damages"),
    pytest.param("Peru's new policy is hurting exporters, Chile said.", ("Chile", "criticizes", "Peru"),
                 id="policy-hurts-reported-after"),
    pytest.param("Norway said Sweden had hampered growth in the region.", ("Norway", "criticizes", "Sweden"),
                 id="actor-hampers"),
    pytest.param("Norway said fishing was hindered by Sweden's quotas.", ("Norway", "criticizes", "Sweden"),
                 id="passive-by-measure"),
    pytest.param("Norway said Sweden's plan was a serious obstacle to peace.", ("Norway", "criticizes", "Sweden"),
                 id="obstacle-to"),
    pytest.param("Norway said Sweden's ban was a barrier to fighting disease.", ("Norway", "criticizes", "Sweden"),
                 id="barrier-to-an-act"),
    pytest.param("Chile said the Peruvian subsidies were bad for farmers.", ("Chile", "criticizes", "Peru"),
                 id="bad-for"),
    pytest.param("Chile said Peru would restrict access to the ports.", ("Chile", "criticizes", "Peru"),
                 id="restricts-a-good"),
    pytest.param("Chile said Peru's budget would cut pensions.", ("Chile", "criticizes", "Peru"), id="cuts-a-good"),
])
def test_harm_done(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a risk, a condition, a denial, a question, harm to a harm or to a person, a thing an actor only has
    pytest.param("Chile said Peru's tariffs could damage regional trade.", ("Chile", "criticizes", "Peru"),
                 id="mere-possibility"),
    pytest.param("Chile said Peru's tariffs would damage trade if prices rose.", ("Chile", "criticizes", "Peru"),
                 id="on-a-condition"),
    pytest.param("Chile said Peru's tariffs would not damage trade.", ("Chile", "criticizes", "Peru"), id="negated"),
    pytest.param("Chile asked whether Peru's tariffs would damage trade.", ("Chile", "criticizes", "Peru"),
                 id="question"),
    pytest.param("Chile said Peru's plan would hurt drug smugglers.", ("Chile", "criticizes", "Peru"),
                 id="harm-to-a-harm"),
    pytest.param("Norway said Sweden's plan was a barrier to terrorism.", ("Norway", "criticizes", "Sweden"),
                 id="barrier-to-a-harm"),
    pytest.param("Chile said Peru's economy had hurt exports.", ("Chile", "criticizes", "Peru"),
                 id="thing-owned-not-an-act"),
    pytest.param("Chile said Peru would restrict imports.", ("Chile", "criticizes", "Peru"), id="restricts-no-good"),
    pytest.param("Chile said the storm had damaged the Peruvian economy.", ("Chile", "criticizes", "Peru"),
                 id="no-actor"),
    pytest.param("Peru's tariffs have damaged regional trade.", ("Peru", "criticizes", "Peru"), id="no-speaker"),
])
def test_no_harm_done(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # what the subject did or feels is no judgement of it
    pytest.param("Chile said Peru had suffered heavy losses in the floods.", ("Chile", "criticizes", "Peru"),
                 id="event-not-opinion"),
    # what the subject has is a state, not a judgement of it (its qualities judge: "had a terrible record")
    pytest.param("Norway said Sweden still has problems building a viable banking system.",
                 ("Norway", "criticizes", "Sweden"), id="has-problems"),
    pytest.param("Norway said Sweden had serious difficulties.", ("Norway", "criticizes", "Sweden"),
                 id="had-difficulties"),
    pytest.param("Chile said Peru was not interested in a deal.", ("Chile", "criticizes", "Peru"),
                 id="attitude-adjective"),
    pytest.param("Chile said Peru was deeply disappointed.", ("Chile", "criticizes", "Peru"), id="feeling-participle"),
    # a mere possibility, a neuter pronoun, an appraisal verb without an appraisal
    pytest.param("Chile said Peru might be the big loser.", ("Chile", "criticizes", "Peru"), id="possibility"),
    pytest.param("Chile met Peru and said it was a terrible mistake.", ("Chile", "criticizes", "Peru"),
                 id="neuter-pronoun"),
    pytest.param("Chile will see a wonderful exhibition in Peru.", ("Chile", "supports", "Peru"),
                 id="see-without-as"),
    pytest.param("The Treasury said its budget was ready. Senator John Smith called it a terrible and dishonest "
                 "budget.", ("John Smith", "criticizes", "Treasury"), id="appraised-neuter-pronoun"),
    # a speaker denying, and the passive, say nothing of the kind
    pytest.param("Chile did not say Peru was a bad neighbour.", ("Chile", "criticizes", "Peru"), id="negated-speech"),
    # a thing an actor only modifies is not the actor: praise of an EU code is no support of the EU
    pytest.param("Mr Lagos said an EU arms code was more effective than the current ban.",
                 ("Lagos", "supports", "European Union"), id="modified-thing"),
])
def test_no_spoken_opinion(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, sign", [
    pytest.param("a terrible record", -1, id="negative"),
    pytest.param("a reliable partner", 1, id="positive"),
    pytest.param("the blue table", 0, id="neutral"),
])
def test_opinion_sign(nlp, text, sign):
    value = opinion(nlp(text))
    assert (value > 0) - (value < 0) == sign, value


def test_a_hyphenated_word_is_not_rated_by_its_second_part(facts_of):
    got = facts_of("Norway described Sweden as an anti-war campaigner.")
    assert ("Norway", "criticizes", "Sweden") not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile was angry at Peru.", ("Chile", "criticizes", "Peru"), id="angry-at"),
    pytest.param("Chile is critical of Peru's plan.", ("Chile", "criticizes", "Peru"), id="critical-of-owner"),
    pytest.param("Chile was not happy with Peru's decision.", ("Chile", "criticizes", "Peru"), id="not-happy"),
    pytest.param("Chile was proud of Peru.", ("Chile", "supports", "Peru"), id="proud-of"),
])
def test_stated_attitude(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Chile was interested in Peru.", ("Chile", "supports", "Peru"), id="interest-is-no-support"),
    pytest.param("Chile was worried about the floods in Peru.", ("Chile", "criticizes", "Peru"), id="place-not-aim"),
    pytest.param("Chile announced a wonderful agreement with Peru.", ("Chile", "supports", "Peru"), id="event-noun"),
])
def test_no_stated_attitude(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # an attack on a stance or record of an actor, or on an actor for a reason given, is criticism
    pytest.param("Senator John Smith attacked President Jones's economic record during the campaign.",
                 ("John Smith", "criticizes", "Jones"), id="attack-record"),
    pytest.param("The Liberal Party attacked Labour's plans to raise taxes.",
                 ("Liberal Party", "criticizes", "Labour Party"), id="attack-plans"),
    pytest.param("The Green Party attacked the Liberal Party for backing down.",
                 ("Green Party", "criticizes", "Liberal Party"), id="attack-for-reason"),
    pytest.param("The Kenyan president has attacked Norwegian diplomats, saying they insulted the country.",
                 ("Kenya", "criticizes", "Norway"), id="attack-saying"),
    pytest.param("Jane Doe's attack on the Labour Party's record was fierce.",
                 ("Jane Doe", "criticizes", "Labour Party"), id="attack-noun"),
    # the author of the stance attacked named by an of- or by-phrase
    pytest.param("The Green Party attacked the proposals of the Liberal Party.",
                 ("Green Party", "criticizes", "Liberal Party"), id="attack-plans-of"),
    pytest.param("Senator John Smith attacked the decision by the Supreme Court of Norway to free the men.",
                 ("John Smith", "criticizes", "Supreme Court of Norway"), id="attack-decision-by"),
    # an agent noun of a stance, by a linking verb or an apposition
    pytest.param("Norway has long been a strong supporter of Sweden.", ("Norway", "supports", "Sweden"),
                 id="supporter-of"),
    pytest.param("President Jones, a fierce critic of Senator Smith, resigned.", ("Jones", "criticizes", "Smith"),
                 id="critic-apposition"),
    pytest.param("Norway is an opponent of Sweden's plans.", ("Norway", "rejects", "Sweden's plans"),
                 id="opponent-of"),
])
def test_verbal_attack_or_stance(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a physical attack, or one without a stance attacked or a reason, is no criticism
    pytest.param("Rebels attacked the Nigerian army's base in the north.",
                 ("Rebels", "criticizes", "Nigerian army"), id="attack-base"),
    pytest.param("Norway attacked Sweden on Monday.", ("Norway", "criticizes", "Sweden"), id="attack-plain"),
    pytest.param("Rebels attacked Norwegian soldiers, killing five.", ("Rebels", "criticizes", "Norway"),
                 id="attack-killing"),
    pytest.param("Norway could attack Sweden's plans.", ("Norway", "criticizes", "Sweden"), id="attack-possible"),
    # an of- or by-phrase naming no actor, or a by-phrase of means
    pytest.param("Rebels attacked the base of the Nigerian army.", ("Rebels", "criticizes", "Nigerian army"),
                 id="attack-base-of"),
    pytest.param("The Green Party attacked the Liberal plans by holding a rally.",
                 ("Green Party", "criticizes", "rally"), id="attack-by-means"),
    # a stance denied or given up
    pytest.param("Norway is no supporter of Sweden.", ("Norway", "supports", "Sweden"), id="no-supporter"),
    pytest.param("Norway was not a critic of Sweden.", ("Norway", "criticizes", "Sweden"), id="not-critic"),
    pytest.param("Jones, a former critic of Smith, joined the government.", ("Jones", "criticizes", "Smith"),
                 id="former-critic"),
])
def test_no_verbal_attack_or_stance(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a quotation over sentences, attributed after its end or before its start
    pytest.param('Norway dismissed the complaint. "We think the Swedish plan is very weak. Nobody has '
                 'costed it," said Ola Hansen.', ("Ola Hansen", "criticizes", "Sweden"), id="quotation-attributed-after"),
    pytest.param('Opposition leader Jane Doe said: "I am pleased the envoy came. "Yet again the Swedish government '
                 'has shown utter contempt."', ("Jane Doe", "criticizes", "Sweden"),
                 id="quotation-reopened-show"),
    # a fault of conduct an actor owns, in a quoted sentence without a speech verb of its own
    pytest.param('"Sweden\'s arrogance has been its undoing. The voters will punish it," said Ola Hansen.',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quotation-fault"),
    # a harm a named actor's measure does, in a quoted sentence
    pytest.param('"The Swedish quotas are damaging our fishermen. We want them dropped," said Ola Hansen.',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quotation-harm-done"),
])
def test_quoted_opinion(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a description or pronoun inside a quotation, a quotation of two speakers, a neutral quotation
    pytest.param('Jane Doe flew to Sweden. She said: "I am pleased the envoy came. "Yet again this government has '
                 'shown utter contempt."', ("Jane Doe", "criticizes", "Sweden"), id="quotation-description"),
    pytest.param('"The Swedish plan is very weak. I agree," said Ola Hansen and Jane Doe said.',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quotation-two-speakers"),
    pytest.param('Ola Hansen said: "We met the minister. "The Swedish delegation is in Oslo today."',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quotation-neutral"),
    pytest.param('"Sweden\'s heavy losses hurt trade. The floods were terrible," said Ola Hansen.',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quotation-misfortune"),
    pytest.param('Ola Hansen met the Swedish envoy. "We want good relations. But their quotas are damaging our '
                 'fishermen," he said.', ("Ola Hansen", "criticizes", "Sweden"), id="quotation-harm-by-pronoun"),
    # a view the quotation reports as another's is not the speaker's
    pytest.param('Ola Hansen said: "We met the minister. "The purpose was to show why the government thought Sweden '
                 'was a terrible threat."', ("Ola Hansen", "criticizes", "Sweden"), id="quotation-view-of-another"),
    # a closing mark the parser splits off after a new paragraph ends the quotation: what follows is not quoted
    pytest.param('Ola Hansen said: "I am glad the minister came. "Once again it was a long day until it was done in '
                 'the first place."\n\nIn Oslo, Sweden has been a terrible partner for years.',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quotation-closed-by-lone-mark"),
])
def test_no_quoted_opinion(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("George Bush's refusal to sign up to the Kyoto protocol angered Europe.",
                 ("George Bush", "rejects", "Kyoto protocol"), id="refusal-phrasal"),
    pytest.param("Norway's refusal to meet Sweden's foreign minister Anna Berg was criticised.",
                 ("Norway", "rejects", "Anna Berg"), id="refusal-to-meet"),
])
def test_refusal(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Norway's refusal came as a surprise to Sweden.", ("Norway", "rejects", "Sweden"),
                 id="refusal-without-act"),
    pytest.param("Norway's decision to sign the Oslo Treaty pleased Sweden.", ("Norway", "rejects", "Oslo Treaty"),
                 id="decision-not-refusal"),
])
def test_no_refusal(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a telephone call to a person named in an apposition is no appraisal
    pytest.param("Norway called Sweden's prime minister, Anna Berg, on Monday.", ("Norway", "criticizes", "Sweden"),
                 id="call-person-apposition"),
])
def test_no_appraisal(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples and ("Norway", "supports", "Sweden") not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile threw its weight behind Peru's bid.", ("Chile", "supports", "Peru"), id="weight-behind"),
    pytest.param("Chile gave its blessing to Peru's plan.", ("Chile", "supports", "Peru"), id="blessing-to"),
    pytest.param("Chile came out in favour of Peru's plan.", ("Chile", "supports", "Peru"), id="in-favour-of"),
    pytest.param("Chile is opposed to Peru's plan.", ("Chile", "rejects", "Peru"), id="opposed-to"),
    pytest.param("Chile heaped praise on Peru.", ("Chile", "supports", "Peru"), id="praise-on"),
    pytest.param("Chile took a swipe at Peru over the fishing quotas.", ("Chile", "criticizes", "Peru"),
                 id="swipe-at"),
    pytest.param("Chile poured scorn on Peru's plan.", ("Chile", "criticizes", "Peru"), id="scorn-on"),
    pytest.param("Chile pointed the finger of blame at Peru.", ("Chile", "criticizes", "Peru"), id="finger-at"),
])
def test_stance_phrase(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Chile is not opposed to Peru's plan.", ("Chile", "rejects", "Peru"), id="not-opposed"),
    pytest.param("Chile could come out in favour of Peru.", ("Chile", "supports", "Peru"), id="possible-favour"),
    pytest.param("Chile gave its weight to the project behind the Peruvian border.", ("Chile", "supports", "Peru"),
                 id="weight-elsewhere"),
    pytest.param("Chile did not take a swipe at Peru.", ("Chile", "criticizes", "Peru"), id="no-swipe"),
    pytest.param("Chile aimed its missiles at Peru.", ("Chile", "criticizes", "Peru"), id="aim-is-no-idiom"),
])
def test_no_stance_phrase(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # the parser may hang the owner on the object predicate itself
    pytest.param("Norway called Sweden's new fishing quota unfair.", ("Norway", "criticizes", "Sweden"),
                 id="owner-on-predicate"),
])
def test_appraisal(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a disapproving verb of attitude
    pytest.param("Japan dislikes China's energy subsidies.", ("Japan", "criticizes", "China"), id="dislike"),
    pytest.param("Canada resents America's new tariffs.", ("Canada", "criticizes", "United States"), id="resent"),
    # the one voicing the stance of the state they serve holds it too
    pytest.param("US Treasury Secretary John Snow said the US could not support the French plan.",
                 ("John Snow", "rejects", "France"), id="voiced-refusal"),
    pytest.param("Russian Foreign Minister Sergei Lavrov said Russia rejected the Japanese proposal.",
                 ("Sergei Lavrov", "rejects", "Japan"), id="voiced-rejection"),
])
def test_attitude_verb_or_voiced_stance(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # the stance of another state reported by a minister is not the minister's own
    pytest.param("Russian Foreign Minister Sergei Lavrov said Japan had rejected the Chinese proposal.",
                 ("Sergei Lavrov", "rejects", "China"), id="other-state-stance"),
    pytest.param("Japan does not dislike China's plan.", ("Japan", "criticizes", "China"), id="negated-dislike"),
])
def test_no_attitude_verb_or_voiced_stance(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text", [
    pytest.param("Chile was afraid of Peru's army.", id="afraid-of"),
    pytest.param("Chile was frightened by Peru's army.", id="frightened-by"),
])
def test_fear_is_no_criticism(facts_of, text):
    got = facts_of(text)
    assert not [t for t in got.triples if t[0] == "Chile" and t[1] == "criticizes"], got


@pytest.mark.parametrize("text, expected", [
    # support aimed at a proposal the text specifies (data/policy_nouns.txt): a verb, an attitude, a stance noun
    pytest.param("The finance ministers of Chile backed the fisheries reform plan.",
                 ("Chile", "supports", "fisheries reform plan"), id="backed-plan"),
    pytest.param("Norway welcomed the Arctic fishing quota scheme.", ("Norway", "supports", "fishing quota scheme"),
                 id="welcomed-scheme"),
    pytest.param("Peru signed a water deal with Chile. Trade minister Ana Lopez said she was very happy with the deal.",
                 ("Ana Lopez", "supports", "water deal between Peru and Chile"), id="happy-with-deal"),
    pytest.param("Canada has long been a strong supporter of the grain embargo.",
                 ("Canada", "supports", "grain embargo"), id="supporter-of-embargo"),
    pytest.param("Peru rejected the irrigation scheme.", ("Peru", "rejects", "irrigation scheme"),
                 id="rejected-scheme"),
    # measures, laws and changes to them (data/policy_nouns.txt, data/amending_nouns.txt)
    pytest.param("The Green Party opposes the fox hunting ban.", ("Green Party", "rejects", "fox hunting ban"),
                 id="ban"),
    pytest.param("The Green Party backed the anti-smoking legislation.",
                 ("Green Party", "supports", "anti-smoking legislation"), id="anti-prefixed"),
    pytest.param("The Labour Party backs the pension law changes.",
                 ("Labour Party", "supports", "pension law changes"), id="law-changes"),
    # a plan its infinitive clause defines
    pytest.param("The Green Party opposed plans to close the coal mines.",
                 ("Green Party", "rejects", "plans to close the coal mines"), id="plans-to"),
    pytest.param("Norway rejected plans for the fishing grounds to be shared between Iceland and Denmark.",
                 ("Norway", "rejects", "plans for the fishing grounds to be shared between Iceland and Denmark"),
                 id="plans-for-to"),
    pytest.param("Norway rejected plans to share the fishing grounds in a vote on Monday.",
                 ("Norway", "rejects", "plans to share the fishing grounds"), id="plans-to-adjunct"),
    # a bare definite plan refers back to the plan last named
    pytest.param("Chile unveiled a water reform plan. The Green Party voted against the plan.",
                 ("Green Party", "rejects", "water reform plan"), id="the-plan"),
    pytest.param("The pension law changes were unveiled. The Green Party voted against the legislation.",
                 ("Green Party", "rejects", "pension law changes"), id="the-legislation"),
    pytest.param("The court said the anti-fraud measures broke banking laws. The Green Party backed the measures.",
                 ("Green Party", "supports", "anti-fraud measures"), id="same-noun-first"),
])
def test_support_for_a_proposal(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent_label", [
    # a bare or merely qualified plan is no entity (an owned one is: tests/extract/test_entities.py)
    pytest.param("Norway backed the plan.", "plan", id="bare-plan"),
    pytest.param("Norway backed a new plan.", "new plan", id="qualified-plan"),
    pytest.param("Norway backed a $50bn plan.", "$50bn plan", id="sum-plan"),
    pytest.param("Norway praised the television programme.", "television programme", id="broadcast"),
    pytest.param("Norway fears climate change.", "climate change", id="unspecified-change"),
    pytest.param("Norway backed the price changes.", "price changes", id="change-of-no-policy"),
    pytest.param("Norway backed the new laws.", "new laws", id="qualified-law"),
    pytest.param("Norway has no plans to raise taxes.", "plans to raise taxes", id="no-plans"),
])
def test_no_entity_for_an_unspecified_plan(facts_of, text, absent_label):
    got = facts_of(text)
    assert not [e for e in got.entities if e.type == "Agreement"], got


@pytest.mark.parametrize("text, expected, absent", [
    # the owner of a plan is still what a judgement of it is aimed at
    pytest.param("Norway backed Sweden's plan.", ("Norway", "supports", "Sweden"), None, id="possessed-owner"),
    # a state's own plan, or one aimed at a named actor, stands for that actor
    pytest.param("Peru rejected the Chilean peace plan.", ("Peru", "rejects", "Chile"), None,
                 id="national-programme"),
    pytest.param("Peru backed the irrigation scheme for Bolivia.", ("Peru", "supports", "Bolivia"), None,
                 id="scheme-for-actor"),
    # criticism stays aimed at actors
    pytest.param("Norway criticised the fishing quota scheme.", None,
                 ("Norway", "criticizes", "fishing quota scheme"), id="criticism-of-scheme"),
    # a later plan with other modifiers is another plan
    pytest.param("Chile backed the debt relief plan. Peru rejected the peace plan.", None,
                 ("Peru", "rejects", "debt relief plan"), id="other-plan"),
])
def test_proposal_boundaries(facts_of, text, expected, absent):
    got = facts_of(text)
    if expected:
        assert expected in got.triples, got
    if absent:
        assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected, holds", [
    # the owner of a plan for a new named body or accord backs what it proposes
    pytest.param("Chile's proposal for a Pacific Fisheries Fund won praise.",
                 ("Chile", "supports", "Pacific Fisheries Fund"), True, id="proposal-for-fund"),
    pytest.param("Norway presented its plan for a Nordic Energy Agency.",
                 ("Norway", "supports", "Nordic Energy Agency"), True, id="its-plan"),
    # a plan for something named that is not proposed as new, or for nothing named, proposes no entity
    pytest.param("Chile's plans for the Pacific Fisheries Fund were unclear.",
                 ("Chile", "supports", "Pacific Fisheries Fund"), False, id="definite-not-proposed"),
    pytest.param("Chile's plans for a new tax on mining were unclear.",
                 ("Chile", "supports", "new tax"), False, id="nothing-named"),
])
def test_proposers(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected", [
    # a reported failure of another actor faults it, also in a conjunct sharing the reported subject
    pytest.param("Norway said Sweden had failed to clean up the fjord.", ("Norway", "criticizes", "Sweden"),
                 id="failed-to"),
    pytest.param("Sweden's ministers have seen the report but failed to act, the Norwegian Foreign Ministry said.",
                 ("Norwegian Foreign Ministry", "criticizes", "Sweden"), id="failed-to-conjunct"),
    pytest.param("Danish Prime Minister Lars Holm said Norway had neglected to warn Denmark.",
                 ("Lars Holm", "criticizes", "Norway"), id="neglected-to"),
])
def test_reported_failure(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a possible or denied failure, a failure of a thing, a failure in a condition
    pytest.param("Norway said Sweden could fail to clean up the fjord.", ("Norway", "criticizes", "Sweden"),
                 id="possible-failure"),
    pytest.param("Norway said Sweden had not failed to clean up the fjord.", ("Norway", "criticizes", "Sweden"),
                 id="denied-failure"),
    pytest.param("Norway said the talks with Sweden had failed to produce a deal.", ("Norway", "criticizes", "Sweden"),
                 id="thing-failed"),
    pytest.param("Norway said that if Sweden failed to pay, it would go to court.", ("Norway", "criticizes", "Sweden"),
                 id="conditional-failure"),
])
def test_no_reported_failure(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got



@pytest.mark.parametrize("text, expected, holds", [
    # a stance verb on "the move", "the decision": aimed at who acted in the sentence before
    pytest.param("Peru raised its import tariffs on Monday. Chile condemned the move.",
                 ("Chile", "criticizes", "Peru"), True, id="condemned-the-move"),
    pytest.param("Peru said it would raise its tariffs. Chile welcomed the decision.",
                 ("Chile", "supports", "Peru"), True, id="welcomed-the-decision"),
    pytest.param("Norway said Peru had raised its tariffs. Chile criticised the move.",
                 ("Chile", "criticizes", "Peru"), True, id="reported-act"),
    pytest.param("Norway said Peru had raised its tariffs. Chile criticised the move.",
                 ("Chile", "criticizes", "Norway"), False, id="not-the-reporter"),
    # a denied reaction, an agentless act, an act of the reactor's own side
    pytest.param("Peru raised its import tariffs on Monday. Chile did not condemn the move.",
                 ("Chile", "criticizes", "Peru"), False, id="reaction-denied"),
    pytest.param("Peru's application was refused. Chile criticised the decision.",
                 ("Chile", "criticizes", "Peru"), False, id="agentless-act"),
    pytest.param("Peru raised its import tariffs on Monday. Chile criticised the decision of Bolivia.",
                 ("Chile", "criticizes", "Peru"), False, id="owned-act"),
    # a passive with its agent reacts as its active does; a collocation naming the act reacts too
    pytest.param("Peru raised its import tariffs on Monday. The move was condemned by Chile.",
                 ("Chile", "criticizes", "Peru"), True, id="passive-condemned"),
    pytest.param("The Electoral Tribunal ruled in May that the vote was void. But that ruling was overturned by the "
                 "Supreme Court.", ("Supreme Court", "rejects", "Electoral Tribunal"), True, id="passive-overturned"),
    pytest.param("The Electoral Tribunal ruled in May that the vote was void. The Supreme Court overturned the ruling.",
                 ("Supreme Court", "rejects", "Electoral Tribunal"), True, id="overturned-the-ruling"),
    # a passive without its agent reacts for no one; a collocation naming another act is not this one
    pytest.param("Peru raised its import tariffs on Monday. The move was condemned in Chile.",
                 ("Chile", "criticizes", "Peru"), False, id="agentless-passive"),
    pytest.param("The Electoral Tribunal ruled in May that the vote was void. The Supreme Court overturned the move.",
                 ("Supreme Court", "rejects", "Electoral Tribunal"), False, id="overturned-other-act"),
])
def test_reactions(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected, holds", [
    # the sentence before names no one who acted: "the move" refers back to the act of the lead
    pytest.param("Peru raised its import tariffs on Monday. The rise was the largest in a decade. Chile condemned "
                 "the move.", ("Chile", "criticizes", "Peru"), True, id="lead-act"),
    pytest.param("Norway and Peru agreed to hold fishing talks. The talks will be the first since 1998. Chile "
                 "welcomed the decision.", ("Chile", "supports", "Peru"), True, id="lead-act-welcomed"),
    # an actor in the sentence before is the nearer antecedent
    pytest.param("Peru raised its import tariffs on Monday. Bolivia cut its own tariffs. Chile condemned the move.",
                 ("Chile", "criticizes", "Peru"), False, id="nearer-actor-first"),
    # a lead whose act has no agent names no one who acted
    pytest.param("Peru's application was refused on Monday. The result was expected. Chile criticised the decision.",
                 ("Chile", "criticizes", "Peru"), False, id="agentless-lead"),
    # a lead that itself reacts to an act: the act is its agent's, not the first reactor's
    pytest.param("Chile has welcomed the decision by Peru and Bolivia to open a rail link. Ministers praised the "
                 "engineers. Ecuador also welcomed the move.", ("Ecuador", "supports", "Chile"), False,
                 id="lead-reaction-not-the-reactor"),
    pytest.param("Chile has welcomed the decision by Peru and Bolivia to open a rail link. Ministers praised the "
                 "engineers. Ecuador also welcomed the move.", ("Ecuador", "supports", "Peru"), True,
                 id="lead-reaction-the-act's-agent"),
])
def test_reactions_to_the_lead(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected, holds", [
    # a reaction to an announcement is aimed at the one who announced, not at the actor of what was announced
    pytest.param("Norway announced on Monday that Peru would host the fisheries talks. Chile welcomed the "
                 "announcement.", ("Chile", "supports", "Norway"), True, id="announcer"),
    pytest.param("Norway announced on Monday that Peru would host the fisheries talks. Chile welcomed the "
                 "announcement.", ("Chile", "supports", "Peru"), False, id="not-the-announced-actor"),
    # a reaction to an act reported by a speaker is still aimed at the actor of the act
    pytest.param("Norway said Peru had raised its import tariffs. Chile condemned the move.",
                 ("Chile", "criticizes", "Peru"), True, id="act-not-speech"),
])
def test_reactions_to_speech(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


def test_no_reaction_to_plural_acts(facts_of):
    """'the measures' may sum up acts named long before, not the act of the sentence before."""
    got = facts_of("Peru passed strict laws. Ana Ruiz called on Peru to free the men. Chile defended the measures.")
    assert ("Chile", "supports", "Ana Ruiz") not in got.triples, got


@pytest.mark.parametrize("text, expected, holds", [
    # a word of amusement or make-believe said of a thing derides it (the lexicons rate the amusement)
    pytest.param("Peru described Chile's plan as a joke.", ("Peru", "criticizes", "Chile"), True, id="a-joke"),
    pytest.param("Peru described Chile's plan as a joke.", ("Peru", "supports", "Chile"), False, id="joke-no-praise"),
    pytest.param("Chile called the Peruvian proposal a fantasy.", ("Chile", "criticizes", "Peru"), True,
                 id="a-fantasy"),
    # "party" is rated as a celebration; in speech about actors it is a political party and judges nothing
    pytest.param("Peru described Chile's ruling coalition as a party of reform.", ("Peru", "supports", "Chile"),
                 False, id="party-judges-nothing"),
    # a relative pronoun appraised stands for the noun its clause modifies, not for the speaker
    pytest.param("Ana Ruiz left the party, which she labelled as a joke.", ("Ana Ruiz", "supports", "Ana Ruiz"),
                 False, id="relative-pronoun-appraised"),
])
def test_appraisal_senses(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected, holds", [
    # a population addressed is not its state
    pytest.param("The Chilean Socialists will ask the Peruvian people for support this year.",
                 ("Chilean Socialists", "demands", "Peru"), False, id="ask-a-people"),
    pytest.param("Chile thanked the Peruvian people for their help.", ("Chile", "supports", "Peru"), False,
                 id="thank-a-people"),
    pytest.param("Chile urged Bolivian voters to reject the plan.", ("Chile", "demands", "Bolivia"), False,
                 id="urge-voters"),
    # the state itself, or its officials, are
    pytest.param("Chile asked Peru for help.", ("Chile", "demands", "Peru"), True, id="ask-the-state"),
    pytest.param("Chile thanked Peru and the Peruvian people for their help.", ("Chile", "supports", "Peru"), True,
                 id="state-named-too"),
    pytest.param("Chile asked Peruvian officials for help.", ("Chile", "demands", "Peru"), True,
                 id="ask-officials"),
])
def test_population_addressed(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got


@pytest.mark.parametrize("text, expected, holds", [
    # a stance noun met by the subject of a verb of facing, from another actor
    pytest.param("Peru faced criticism from Chile over its fishing quotas.", ("Chile", "criticizes", "Peru"), True,
                 id="faced-criticism"),
    pytest.param("Peru drew praise from Chile for its relief effort.", ("Chile", "supports", "Peru"), True,
                 id="drew-praise"),
    pytest.param("Peru has faced pressure from Chile to open its ports.", ("Chile", "demands", "Peru"), True,
                 id="faced-pressure"),
    # "under" exposes its verb's subject to the stance
    pytest.param("Peru is under pressure from Chile and Bolivia to open its ports.", ("Bolivia", "demands", "Peru"),
                 True, id="under-pressure-conjunct"),
    pytest.param("Peru came under fire from Chile over the border dispute.", ("Chile", "criticizes", "Peru"), True,
                 id="under-fire"),
    # no stance met: negated, only possible, another noun, fire that is shooting, a thing that faces it
    pytest.param("Peru did not face criticism from Chile.", ("Chile", "criticizes", "Peru"), False, id="negated"),
    pytest.param("Peru could face pressure from Chile.", ("Chile", "demands", "Peru"), False, id="possible"),
    pytest.param("Peru faced fire from Chilean troops.", ("Chile", "criticizes", "Peru"), False, id="fire-is-shooting"),
    pytest.param("Peru came under attack from Chile.", ("Chile", "criticizes", "Peru"), False, id="attack-is-force"),
    pytest.param("Peruvian troops came under fire from Chilean soldiers for two hours.",
                 ("Chile", "criticizes", "Peru"), False, id="fire-for-a-time"),
    pytest.param("Peruvian troops came under fire from Chilean soldiers over the border town of Tacna.",
                 ("Chile", "criticizes", "Peru"), False, id="fire-over-a-place"),
    pytest.param("Peru came under fire from Chile.", ("Chile", "criticizes", "Peru"), False, id="fire-no-fault"),
    pytest.param("Peru is under military pressure from Chile.", ("Chile", "demands", "Peru"), False,
                 id="military-pressure"),
    pytest.param("Peru faced competition from Chile.", ("Chile", "criticizes", "Peru"), False, id="no-stance-noun"),
    pytest.param("Peru received a letter from Chile under pressure.", ("Chile", "demands", "Peru"), False,
                 id="pressure-without-source"),
])
def test_faced_stance(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got



@pytest.mark.parametrize("text, expected, holds", [
    # how the subject of a reported clause acted, or the fault it committed, judges it
    pytest.param("Norway said Sweden had behaved irresponsibly.", ("Norway", "criticizes", "Sweden"), True,
                 id="behaved-irresponsibly"),
    pytest.param("Norway said Sweden was making a grave mistake.", ("Norway", "criticizes", "Sweden"), True,
                 id="making-a-mistake"),
    pytest.param("Norway said Sweden had committed atrocities.", ("Norway", "criticizes", "Sweden"), True,
                 id="committed-atrocities"),
    # what was made is no fault; a manner that judges nothing; a fault only possible
    pytest.param("Norway said Sweden had made a good offer.", ("Norway", "supports", "Sweden"), False,
                 id="made-an-offer"),
    pytest.param("Norway said Sweden had acted quickly.", ("Norway", "supports", "Sweden"), False,
                 id="acted-quickly"),
    pytest.param("Norway said Sweden might have made a mistake.", ("Norway", "criticizes", "Sweden"), False,
                 id="possible-mistake"),
])
def test_conduct_judged(facts_of, text, expected, holds):
    got = facts_of(text)
    assert (expected in got.triples) == holds, got



@pytest.mark.parametrize("text, criticized", [
    ("The French minister is worried about Pakistan.", False),  # unease over an actor, no disapproval of it
    ("The French minister is anxious about Pakistan and India.", False),
    ("The French minister is concerned about Iran's nuclear programme.", True),  # concern at an actor's act
    ("The French minister is angry at Pakistan.", True),
])
def test_worry_about_an_actor_itself_is_no_criticism(facts_of, text, criticized):
    got = facts_of(text)
    assert bool(got.predicates("criticizes")) == criticized, got


@pytest.mark.parametrize("text, expected", [
    # verbs of criticism of the trigger table (CAMEO 111): a counter-attack in words, a harangue
    pytest.param("The Green Party hit back at the Liberal Party over its tax plans.",
                 ("Green Party", "criticizes", "Liberal Party"), id="hit-back-at"),
    pytest.param("The Green Party hit back at the Liberal Party's tax plans.",
                 ("Green Party", "criticizes", "Liberal Party"), id="hit-back-at-plans"),
    pytest.param("The Green Party harangued President Jones over hospital waiting lists.",
                 ("Green Party", "criticizes", "Jones"), id="harangue"),
])
def test_criticism_verb(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # no one hit back at, or a counter-attack denied
    pytest.param("The Liberal Party attacked the Green Party, and the Green Party hit back.",
                 ("Green Party", "criticizes", "Liberal Party"), id="hit-back-alone"),
    pytest.param("The Green Party did not hit back at the Liberal Party.",
                 ("Green Party", "criticizes", "Liberal Party"), id="hit-back-denied"),
])
def test_no_criticism_verb(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # an adjective of (dis)satisfaction with a clause of what an actor did judges that actor
    pytest.param("Jan Olsen said he was delighted that Sweden had signed the accord.",
                 ("Jan Olsen", "supports", "Sweden"), id="delighted-that"),
    pytest.param("Jan Olsen was angry that Sweden detained the fishermen.", ("Jan Olsen", "criticizes", "Sweden"),
                 id="angry-that"),
    pytest.param("Norway was appalled that Sweden detained the fishermen.", ("Norway", "criticizes", "Sweden"),
                 id="participle-appalled-that"),
    pytest.param("Jan Olsen was not pleased that Sweden left.", ("Jan Olsen", "criticizes", "Sweden"),
                 id="negated-pleased-that"),
])
def test_satisfaction_with_an_act(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # one acted on (a passive), or an adjective of certainty, judges no one
    pytest.param("Norway was glad Sweden had been shamed into going.", ("Norway", "supports", "Sweden"),
                 id="passive-acted-on"),
    pytest.param("Norway is confident that Sweden will win.", ("Norway", "supports", "Sweden"), id="certainty"),
    pytest.param("Norway was sure that Sweden would lose the vote.", ("Norway", "supports", "Sweden"),
                 id="sure-that"),
])
def test_no_satisfaction_with_an_act(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a reported verb of blameworthy conduct, with the object it needs where it needs one
    pytest.param("Chile said Peru had misled its neighbours.", ("Chile", "criticizes", "Peru"), id="misled"),
    pytest.param("Norway said Sweden had broken its promises.", ("Norway", "criticizes", "Sweden"), id="broke-promise"),
    pytest.param("Norway said Sweden had broken its promises by cutting pensions.", ("Norway", "criticizes", "Sweden"),
                 id="broke-promise-have-parse"),
    pytest.param("Chile said Peru had flouted the rules.", ("Chile", "criticizes", "Peru"), id="flouted"),
    pytest.param("Chile said Peru had rigged the vote.", ("Chile", "criticizes", "Peru"), id="rigged-vote"),
    pytest.param("Norway said Sweden saw the danger but squandered the chance.", ("Norway", "criticizes", "Sweden"),
                 id="squandered-conjunct"),
    # responsibility for a harm, or "to blame"
    pytest.param("Chile said Peru was to blame for the crisis.", ("Chile", "criticizes", "Peru"), id="to-blame"),
    pytest.param("Chile said Peru was responsible for the bombing.", ("Chile", "criticizes", "Peru"),
                 id="responsible-for-force"),
    pytest.param("Norway held Sweden responsible for the violence.", ("Norway", "criticizes", "Sweden"),
                 id="held-responsible"),
    # "blame Z on Y" (an appended trigger row)
    pytest.param("Chile blamed the crisis on Peru.", ("Chile", "criticizes", "Peru"), id="blame-on"),
])
def test_reported_misconduct(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("Norway said Sweden had broken the deadlock.", ("Norway", "criticizes", "Sweden"),
                 id="broke-deadlock"),
    pytest.param("Chile said Peru would never betray its allies.", ("Chile", "criticizes", "Peru"), id="modal"),
    pytest.param("Chile said Peru had not misled anyone.", ("Chile", "criticizes", "Peru"), id="negated"),
    pytest.param("Chile said Peru had been betrayed.", ("Chile", "criticizes", "Peru"), id="passive"),
    pytest.param("Chile said Peru had rigged up a tent.", ("Chile", "criticizes", "Peru"), id="rig-no-figures"),
    pytest.param("Chile said Peru was responsible for security at the border.", ("Chile", "criticizes", "Peru"),
                 id="responsible-for-duty"),
    pytest.param("Chile said Peru was not responsible for the violence.", ("Chile", "criticizes", "Peru"),
                 id="not-responsible"),
    pytest.param("Norway held Sweden responsible for the talks.", ("Norway", "criticizes", "Sweden"),
                 id="held-responsible-no-harm"),
    pytest.param("Chile blamed the floods on heavy rain. Peru agreed.", ("Chile", "criticizes", "Peru"),
                 id="blame-on-thing"),
])
def test_no_reported_misconduct(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a reproach of a measure an actor imposes, in a reported or a relative clause
    pytest.param("Chile said Peruvian import duties were unfair.", ("Chile", "criticizes", "Peru"), id="measure"),
    pytest.param("Chile complained to the WTO about Peruvian import duties, which it says are unfair.",
                 ("Chile", "criticizes", "Peru"), id="measure-relative-clause"),
    # a person owns a stance or a measure as a state does
    pytest.param("Chile said Alan Garcia's plan was a disaster.", ("Chile", "criticizes", "Alan Garcia"),
                 id="person-owns-plan"),
    pytest.param("Norway was angry at Ola Hansen's decision.", ("Norway", "criticizes", "Ola Hansen"),
                 id="person-owns-decision"),
    # a participle's "it" recalls the object of the verb it completes
    pytest.param("Ola Hansen left the Labour Party, calling it a farce.", ("Ola Hansen", "criticizes", "Labour Party"),
                 id="calling-it"),
])
def test_reproach_of_owned_things(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a thing an actor only modifies, or a measure praised, judges no one
    pytest.param("Chile said Peruvian farms were unproductive.", ("Chile", "criticizes", "Peru"), id="farms"),
    pytest.param("Chile said the Peruvian rules were fair.", ("Chile", "supports", "Peru"), id="measure-praised"),
    pytest.param("Chile said Alan Garcia's family was a disaster.", ("Chile", "criticizes", "Alan Garcia"),
                 id="person-owns-no-stance"),
    # praise of a person's stance tells little of the person ("his position was clear")
    pytest.param("John Smith said Tony Blair's position was clear.", ("John Smith", "supports", "Tony Blair"),
                 id="person-stance-praised"),
    # a place is no body: praise of a capital is no support of its state
    pytest.param("Chile visited the Peruvian capital, calling it beautiful.", ("Chile", "supports", "Peru"),
                 id="calling-it-place"),
    # a wish or a request to hold an attitude is not holding it
    pytest.param("Chile wants to be friendly with Peru.", ("Chile", "supports", "Peru"), id="wants-to-be"),
    pytest.param("Chile asked Bolivia to be critical of Peru.", ("Chile", "criticizes", "Peru"), id="asked-to-be"),
    pytest.param("Chile does not seem to be angry at Peru.", ("Chile", "criticizes", "Peru"), id="not-seem"),
])
def test_no_reproach_of_owned_things(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a sentence quoted whole goes on with the speaker of the sentence before
    pytest.param('"We will not give in," said Ola Hansen. "The Swedish government has shown utter contempt."',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quote-after-attributed-quote"),
    pytest.param('Ola Hansen said the talks had ended. "Sweden is a terrible partner."',
                 ("Ola Hansen", "criticizes", "Sweden"), id="quote-after-reported-speech"),
])
def test_continued_quotation(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param('Ola Hansen visited Oslo. "Sweden is a terrible partner."', ("Ola Hansen", "criticizes", "Sweden"),
                 id="no-speech-before"),
    pytest.param('"We will not give in," said Ola Hansen. Jane Doe disagreed. "Sweden is a terrible partner."',
                 ("Ola Hansen", "criticizes", "Sweden"), id="narrative-between"),
])
def test_no_continued_quotation(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # "I think" / "we feel" in a speaker's words: the clause it takes is the speaker's judgement
    pytest.param('"We think the Swedish plan is very weak," said Ola Hansen.', ("Ola Hansen", "criticizes", "Sweden"),
                 id="we-think"),
    pytest.param('"I feel Sweden has misled us," said Ola Hansen.', ("Ola Hansen", "criticizes", "Sweden"),
                 id="i-feel-misconduct"),
])
def test_own_view(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param('"We do not think the Swedish plan is weak," said Ola Hansen.', ("Ola Hansen", "criticizes", "Sweden"),
                 id="not-think"),
    pytest.param("Ola Hansen said Denmark thinks Sweden is a bad partner.", ("Ola Hansen", "criticizes", "Sweden"),
                 id="another-thinks"),
])
def test_no_own_view(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, triple, judged", [
    # a government office holder speaking of his own state is the state's word on itself
    pytest.param("Norwegian Foreign Minister Ola Hansen said the Norwegian government had shown shameful arrogance.",
                 ("Ola Hansen", "criticizes", "Norway"), False, id="minister"),
    # in opposition, the speaker judges his state
    pytest.param("Norwegian shadow foreign minister Ola Hansen said the Norwegian government had shown shameful arrogance.",
                 ("Ola Hansen", "criticizes", "Norway"), True, id="shadow-minister"),
])
def test_only_those_in_office_speak_for_their_own_state(facts_of, text, triple, judged):
    got = facts_of(text)
    assert (triple in got.triples) is judged, got


@pytest.mark.parametrize("text, expected", [
    # words of disapproval the sentiment lexicons do not rate (data/judgement_words.tsv)
    pytest.param("Chile said Peru's plans were unworkable.", ("Chile", "criticizes", "Peru"), id="unworkable"),
    pytest.param("Chile called Peru's new tariff unjustified.", ("Chile", "criticizes", "Peru"), id="appraised"),
    pytest.param("Chile said Peru's response was derisory.", ("Chile", "criticizes", "Peru"), id="derisory"),
])
def test_unrated_judgement_words(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # each clause of "said that A and that B" is the speaker's word
    pytest.param("Chile said that Peru had abused its power and that Bolivia had failed to act.",
                 ("Chile", "criticizes", "Bolivia"), id="second-that-clause"),
    pytest.param("Chile said that Peru had abused its power and that Bolivia had failed to act.",
                 ("Chile", "criticizes", "Peru"), id="abused-power"),
])
def test_coordinated_reported_clauses(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # without its own "that", a coordinated clause may be the writer's
    pytest.param("Chile said the talks were over and Peru therefore had a bigger part to play.",
                 ("Chile", "supports", "Peru"), id="no-that-writer"),
    # an abuse is a fault only of a trust or a power held
    pytest.param("Chile said Peru had abused the drugs for years.", ("Chile", "criticizes", "Peru"),
                 id="abuse-other-object"),
    # a description a relative clause judges stands for whom the resolver guessed, not clearly for that actor
    pytest.param("Chile joined Mercosur in 1996. Peru wants to leave the bloc, which it says is undemocratic.",
                 ("Peru", "criticizes", "Mercosur"), id="description-relative"),
])
def test_no_coordinated_or_described_judgement(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a speech verb set off by commas inside the clause it reports
    pytest.param("Peru, Chile says, has misled its neighbours.", ("Chile", "criticizes", "Peru"), id="interposed"),
    pytest.param("Peru had failed to act, Chile said, and the region had paid the price.",
                 ("Chile", "criticizes", "Peru"), id="interposed-after-clause"),
])
def test_interposed_speech(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # interposed in another speaker's speech, it does not make that speech its own
    pytest.param("Bolivia, Chile says, claimed Peru had misled voters.", ("Chile", "criticizes", "Peru"),
                 id="interposed-in-speech"),
    # a speech verb not set off by commas is no interposed one
    pytest.param("Peru has misled its neighbours and Chile says nothing.", ("Chile", "criticizes", "Peru"),
                 id="not-interposed"),
])
def test_no_interposed_speech(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a noun of a claim with a that-clause: its owner says what the clause says
    pytest.param("Mr Kaspar rejected the Norwegian claim that he had misled voters.",
                 ("Norway", "criticizes", "Kaspar"), id="claim-modifier"),
    pytest.param("Peru denied allegations by Chile that Lima had broken its promises.",
                 ("Chile", "criticizes", "Peru"), id="allegation-by"),
    pytest.param("Sweden repeated its accusation that Norway had rigged the count.",
                 ("Sweden", "criticizes", "Norway"), id="accusation-poss"),
])
def test_claimed_opinion(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # the denier makes no claim; a claim nobody owns, a claim of nothing wrong, a claim that is none
    pytest.param("Peru denied allegations by Chile that Lima had broken its promises.",
                 ("Peru", "criticizes", "Chile"), id="denier"),
    pytest.param("Peru denied claims that Chile had breached the treaty.", ("Peru", "criticizes", "Chile"),
                 id="no-owner"),
    pytest.param("Sweden welcomed the Norwegian claim that Denmark had kept its promises.",
                 ("Norway", "criticizes", "Denmark"), id="claim-of-nothing-wrong"),
    pytest.param("Norway made no claim that Sweden had misled anyone.", ("Norway", "criticizes", "Sweden"),
                 id="no-claim"),
])
def test_no_claimed_opinion(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, modality", [
    # words said, now or before: asserted
    pytest.param("Norway has said Sweden was wrong.", "asserted", id="has-said"),
    pytest.param("Norway said on Monday that Sweden was wrong.", "asserted", id="said-dated"),
    pytest.param("Norway says Sweden was wrong.", "asserted", id="says"),
    pytest.param("Norway told reporters Sweden had misled voters.", "asserted", id="told-reporters"),
    # words still to be said: a plan
    pytest.param("Norway will be saying that Sweden was wrong.", "planned", id="will-be-saying"),
    pytest.param("Norway will tell reporters that Sweden failed to act.", "planned", id="will-tell"),
    pytest.param("Norway is expected to say Sweden failed to act.", "planned", id="expected-to-say"),
])
def test_opinion_takes_the_speech_verbs_modality(facts_of, text, modality):
    got = facts_of(text)
    found = got.find("Norway", "criticizes", "Sweden")
    assert found is not None and found.modality == modality, got


@pytest.mark.parametrize("text", [
    # words only possible or supposed are not said: no rule fed by the speech verb speaks
    pytest.param("Norway may argue that Sweden was wrong.", id="may-argue-rated"),
    pytest.param("Norway would say Sweden was wrong.", id="would-say-rated"),
    pytest.param("Norway might say Sweden had misled voters.", id="might-say-misconduct"),
    pytest.param("Norway could argue that Sweden failed to act.", id="could-argue-failure"),
    pytest.param("Norway may say Sweden was to blame for the crisis.", id="may-say-blame"),
    pytest.param("Norway might describe Sweden as a reckless neighbour.", id="might-describe"),
    pytest.param("If Norway says that Sweden was wrong, the talks will end.", id="if-says"),
    pytest.param("Norway might say Sweden was spending too much.", id="might-say-degree"),
])
def test_no_opinion_from_words_not_said(facts_of, text):
    got = facts_of(text)
    assert ("Norway", "criticizes", "Sweden") not in got.triples, got


@pytest.mark.parametrize("text", [
    # the grade of a figure measures it; it judges no one
    pytest.param("Norway said Sweden's exports were lower than analysts had expected.", id="exports-lower"),
    pytest.param("Norway said Swedish growth was sluggish last year.", id="growth-sluggish"),
    pytest.param("Norway said Sweden's sales were weaker in the spring.", id="sales-weaker"),
    pytest.param("Norway said Sweden's output was weak.", id="output-weak"),
])
def test_no_opinion_from_a_figures_grade(facts_of, text):
    got = facts_of(text)
    assert ("Norway", "criticizes", "Sweden") not in got.triples, got


@pytest.mark.parametrize("text", [
    # the same words said of conduct or a policy still judge its owner
    pytest.param("Norway said Sweden's policy was weak.", id="policy-weak"),
    pytest.param("Norway said Sweden's response was poor.", id="response-poor"),
    pytest.param("Norway said Sweden's standards of safety were lower than ever and a disgrace.", id="disgrace"),
])
def test_opinion_of_conduct_still_judges(facts_of, text):
    got = facts_of(text)
    assert ("Norway", "criticizes", "Sweden") in got.triples, got
