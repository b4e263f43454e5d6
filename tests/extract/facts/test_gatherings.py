"""kg.extract.facts.gatherings: events as things with participants (participatesIn), hosts (hosts) and, for
meetings, the sides that meet (meetsWith); sentences written for these tests."""
from __future__ import annotations

import pytest


def _plain(got) -> set[tuple[str, str, str]]:
    """The triples with event labels cut to their head words ("talks with Peru" → "talks")."""
    events = {e.key for e in got.entities if e.type == "Event"}
    out = set()
    for f in got.facts:
        obj = got.obj(f)
        if f.object in events:
            obj = obj.split(" with ")[0].split(" involving ")[0].split(" in ")[0].split(" between ")[0]
        out.add((got.label(f.subject), f.predicate, obj))
    return out


def _meets(got, a: str, b: str) -> bool:
    return any(f.predicate == "meetsWith" and {got.label(f.subject), got.label(f.object)} == {a, b}
               for f in got.facts)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chile's talks with Peru resumed on Monday.",
                 {("Chile", "participatesIn", "talks"), ("Peru", "participatesIn", "talks")}, id="possessor-with"),
    pytest.param("Ghana and Togo held talks in Lome on Monday.",
                 {("Ghana", "participatesIn", "talks"), ("Togo", "participatesIn", "talks")}, id="held-talks"),
    pytest.param("Bolivia attended the summit.", {("Bolivia", "participatesIn", "summit")}, id="attended"),
    pytest.param("The Chilean president spoke at the summit in Lima on Friday.",
                 {("Chile", "participatesIn", "summit")}, id="spoke-at"),
    pytest.param("Ricardo Lagos was sworn in at a ceremony in Santiago.",
                 {("Ricardo Lagos", "participatesIn", "ceremony")}, id="sworn-in-at-a-ceremony"),
    pytest.param("Mr Okafor flew to Ghana for a summit of West African leaders.",
                 {("Okafor", "participatesIn", "summit"), ("Ghana", "hosts", "summit")}, id="travel-for"),
    pytest.param("Poland will hold a referendum in June.", {("Poland", "hosts", "referendum")}, id="holds-a-vote"),
    pytest.param("Observers praised Peru's general election.", {("Peru", "hosts", "general election")},
                 id="country-of-an-election"),
    pytest.param("Ghana hosted the Lagos talks.", {("Ghana", "hosts", "Lagos talks")}, id="hosted"),
    pytest.param("Mr Okafor will represent Nigeria at the talks in Accra.",
                 {("Okafor", "participatesIn", "talks"), ("Nigeria", "participatesIn", "talks")}, id="represent-at"),
    pytest.param("The Ghanaian delegates at the summit praised the deal.", {("Ghana", "participatesIn", "summit")},
                 id="delegates-at"),
    pytest.param("Mr Okafor underlined the point during a Senate debate on trade.",
                 {("Okafor", "participatesIn", "Senate debate")}, id="during-a-debate"),
    # an organisation or a country named inside the event's own name takes part in it
    pytest.param("The G20 leaders met in May. A G20 summit is set to take place in July.",
                 {("Group of Twenty", "participatesIn", "G20 summit")}, id="name-inside-named-event"),
    # voting or standing in an election is taking part in it
    pytest.param("Mr Okafor stood in the election.", {("Okafor", "participatesIn", "election")}, id="in-an-election"),
    # an outcome of an election is its contender's (data/outcome_nouns.txt)
    pytest.param("Markets rose after Mr Okafor's victory in the presidential election.",
                 {("Okafor", "participatesIn", "presidential election")}, id="victory-in-an-election"),
    pytest.param("Mrs Mensah secured second place in the last election.",
                 {("Mensah", "participatesIn", "last election")}, id="place-in-an-election"),
    # running as a candidate at an election (an election's "stand" and "take" verbs with "at" or "in")
    pytest.param("Mr Okafor is to stand against the sitting MP at the next general election.",
                 {("Okafor", "participatesIn", "next general election")}, id="stand-at-an-election"),
    pytest.param("Mr Okafor, who will stand at the next election, criticised the plan.",
                 {("Okafor", "participatesIn", "next election")}, id="who-will-stand"),
    pytest.param("Mrs Mensah will run in the next election.", {("Mensah", "participatesIn", "next election")},
                 id="run-in-an-election"),
    pytest.param("Kofi Okafor died on Monday. Elected for a Tema constituency at the 1996 general election, he served "
                 "for ten years.", {("Kofi Okafor", "participatesIn", "1996 general election")}, id="elected-at"),
    pytest.param("Mr Okafor is to contest the seat of Tema at the next election.",
                 {("Okafor", "participatesIn", "next election")}, id="contest-a-seat-at-an-election"),
    # one country's adjective before a singular gathering says where it is held; before talks, who holds them
    pytest.param("The organisers of the Brazilian gathering praised the deal.", {("Brazil", "hosts", "Brazilian gathering")},
                 id="adjective-before-a-gathering"),
    pytest.param("Observers praised the Israeli talks.", {("Israel", "participatesIn", "Israeli talks")},
                 id="adjective-before-talks"),
    pytest.param("Observers praised the Israeli-Palestinian meeting.", {("Israel", "participatesIn", "Israeli-Palestinian meeting"),
                  ("Palestine", "participatesIn", "Israeli-Palestinian meeting")},
                 id="two-adjectives-before-a-meeting"),
    # the owner of a hyphenated event word, which the tokenizer splits ("re - election")
    pytest.param("Mr Okafor's re-election came at a crucial time.", {("Okafor", "participatesIn", "election")},
                 id="re-election"),
    # a participle after the event names who organises, hosts or attends it
    pytest.param("Observers praised a referendum organised by the Chilean government.",
                 {("Chile", "hosts", "referendum")}, id="organised-by"),
    pytest.param("Leaders met at a summit hosted by Ghana.", {("Ghana", "hosts", "summit")}, id="hosted-by"),
    pytest.param("Ghana praised a summit attended by Togo.", {("Togo", "participatesIn", "summit")},
                 id="attended-by"),
    pytest.param("Ghana praised a summit held in Accra.", {("Accra", "hosts", "summit")}, id="held-in"),
    # accession talks are held with the candidate
    pytest.param("Talks on Serbia's membership of the European Union resumed on Friday.",
                 {("Serbia", "participatesIn", "talks")}, id="talks-on-membership"),
    pytest.param("Talks over Serbian accession to the European Union resumed on Friday.",
                 {("Serbia", "participatesIn", "talks")}, id="talks-over-accession"),
    # joining others somewhere for an occasion
    pytest.param("Mr Okafor will join the Nigerian delegation in Ghana for the summit.",
                 {("Okafor", "participatesIn", "summit"), ("Ghana", "hosts", "summit")}, id="join-for"),
    pytest.param("Mr Okafor will represent Nigeria at this important act of commemoration.",
                 {("Okafor", "participatesIn", "commemoration"), ("Nigeria", "participatesIn", "commemoration")},
                 id="represent-at-an-act-of"),
    # speaking to a gathering, acting at its margins, sending someone to it, being brought together by it
    pytest.param("Mr Okafor told the summit that Nigeria would cut tariffs.", {("Okafor", "participatesIn", "summit")},
                 id="told-the-summit"),
    pytest.param("Mrs Mensah used Monday's Senate debate to attack the budget.",
                 {("Mensah", "participatesIn", "Senate debate")}, id="used-the-debate-to"),
    pytest.param("Mr Okafor met Mr Mensah on the sidelines of the summit in Abuja.",
                 {("Okafor", "participatesIn", "summit"), ("Mensah", "participatesIn", "summit")}, id="sidelines"),
    pytest.param("Nigeria sent a delegation to the talks in Geneva.", {("Nigeria", "participatesIn", "talks")},
                 id="sent-to"),
    pytest.param("The conference brought together Ghana, Togo and Benin.",
                 {("Ghana", "participatesIn", "conference"), ("Benin", "participatesIn", "conference")},
                 id="brought-together"),
    pytest.param("Mr Okafor flew to Ghana for the anniversary of independence.",
                 {("Okafor", "participatesIn", "anniversary")}, id="anniversary"),
    pytest.param("Ministers gathered for the EU-Chile summit on Monday.",
                 {("European Union", "participatesIn", "Chile summit"), ("Chile", "participatesIn", "Chile summit")},
                 id="countries-inside-event-name"),
])
def test_participants_and_hosts(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, a, b", [
    pytest.param("Chile's talks with Peru resumed on Monday.", "Chile", "Peru", id="possessor-with"),
    pytest.param("Ghana and Togo held talks in Lome on Monday.", "Ghana", "Togo", id="coordinated-subject"),
    pytest.param("Talks between Ghana and Togo ended in Accra.", "Ghana", "Togo", id="between"),
    pytest.param("Kenya will hold negotiations with Uganda next week.", "Kenya", "Uganda", id="planned"),
    pytest.param("Canada took part in talks with Mexico.", "Canada", "Mexico", id="took-part-in-talks-with"),
    # a shell noun framing the talks: the phrase is the talks
    pytest.param("Ghana and Togo held a new round of talks in Lome on Monday.", "Ghana", "Togo", id="round-of-talks"),
    pytest.param("Ghana held a second round of negotiations with Togo.", "Ghana", "Togo", id="round-of-negotiations"),
    pytest.param("Mitsubishi is in talks with Renault.", "Mitsubishi", "Renault", id="is-in-talks-with"),
])
def test_the_sides_of_talks_meet(facts_of, text, a, b):
    assert _meets(facts_of(text), a, b)


@pytest.mark.parametrize("text, a, b", [
    # attendees of one gathering do not (necessarily) meet one another
    pytest.param("Ghana and Togo attended the summit in Abuja.", "Ghana", "Togo", id="attendees"),
    # one side of talks is no pair of meeting parties: the producers meet the consumers, not each other
    pytest.param("Talks between oil producers and Asian consumers - China, Japan and India - ended in Doha.",
                 "China", "Japan", id="within-a-side"),
    # those who sign at a meeting are not its parties
    pytest.param("Chile and Peru signed a treaty during a meeting between Mr Lagos and Mr Toledo.",
                 "Chile", "Mr Toledo", id="circumstance"),
    # a media appearance is no meeting (unless a joint one: test_joint_appearances_meet)
    pytest.param("Ricardo Lagos and Alejandro Toledo spoke at separate news conferences.", "Ricardo Lagos",
                 "Alejandro Toledo", id="news-conference"),
    # no talks, no meeting
    pytest.param("Ghana did not hold talks with Togo.", "Ghana", "Togo", id="negated"),
    # two who hold talks with a third do not talk with each other, whether or not the third is known
    pytest.param("Both Euronext and Deutsche Boerse held talks with the London market last week.", "Euronext",
                 "Deutsche Boerse", id="both-with-an-unknown-third"),
])
def test_no_meeting(facts_of, text, a, b):
    got = facts_of(text)
    assert not _meets(got, a, b), got.facts


def test_agreed_talks_are_planned(facts_of):
    got = facts_of("Kenya and Uganda agreed to begin talks on the border.")
    takers = [f for f in got.facts if f.predicate == "participatesIn"]
    assert takers and all(f.modality == "planned" for f in takers)


@pytest.mark.parametrize("text", [
    pytest.param("Kenya and Uganda agreed to begin talks on the border.", id="agreed-to-begin"),
    pytest.param("Kenya offered to hold talks with Uganda.", id="offered-to-hold"),
])
def test_decided_talks_are_no_meeting(facts_of, text):
    """A decision or an offer to talk is no meeting held or scheduled."""
    got = facts_of(text)
    assert not _meets(got, "Kenya", "Uganda"), got.facts


@pytest.mark.parametrize("text", [
    pytest.param("Kenya is due to hold talks with Uganda on Friday.", id="scheduled"),
    # talks taken up again: the sides have met before
    pytest.param("Kenya and Uganda agreed to reopen talks on the border.", id="agreed-to-reopen"),
])
def test_scheduled_or_resumed_talks_are_a_meeting(facts_of, text):
    got = facts_of(text)
    assert _meets(got, "Kenya", "Uganda"), got.facts


@pytest.mark.parametrize("text, expected", [
    # a delegate named in an article about talks, with no event in the clause, takes part in those talks
    pytest.param("Talks on the border open in Geneva on Monday. Mr Okafor will represent Nigeria.",
                 {("Okafor", "participatesIn", "talks"), ("Nigeria", "participatesIn", "talks")}, id="represent"),
    pytest.param("Talks on trade began in Accra on Monday. Togo is represented by its envoy for Asia, Kofi Mensah.",
                 {("Kofi Mensah", "participatesIn", "talks"), ("Togo", "participatesIn", "talks")},
                 id="represented-by-appositive"),
    # the talks the article names most often, not the last event named
    pytest.param("Talks on the border open on Monday. The talks will plan a new forum. Mr Okafor will represent "
                 "Nigeria.", {("Nigeria", "participatesIn", "talks")}, id="most-named-talks"),
])
def test_representatives_take_part(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text", [
    pytest.param("The deal represents a breakthrough for Nigeria.", id="not-a-delegate"),
    pytest.param("Mr Okafor will represent Nigeria in court.", id="no-talks-in-the-article"),
    pytest.param("Talks on the border open on Monday. Mr Okafor will not represent Nigeria.", id="negated"),
    # representing someone at another occasion is no part in the talks of the article
    pytest.param("Talks on the border open on Monday. Mr Okafor will represent Nigeria at this act of remembrance.",
                 id="at-another-occasion"),
])
def test_no_representative(facts_of, text):
    got = facts_of(text)
    assert not [f for f in got.facts if f.rule == "gathering:represent"], got.facts


@pytest.mark.parametrize("text, absent", [
    pytest.param("Bolivia did not attend the summit.", ("Bolivia", "participatesIn", "summit"), id="negated"),
    pytest.param("Mr Okafor spoke at a news conference in Accra.", ("Okafor", "participatesIn", "news conference"),
                 id="news-conference"),
    pytest.param("Critics praised the election of the new Chilean president.", ("Chile", "participatesIn", "election"),
                 id="election-of"),
    # called off
    pytest.param("A debate between Mr Okafor and Mr Mensah was cancelled.", ("Okafor", "participatesIn", "debate"),
                 id="cancelled"),
    # a ceremony's modifier is no party to it
    pytest.param("Mr Sato attended a traditional Japanese tea ceremony.", ("Japan", "participatesIn", "tea ceremony"),
                 id="ceremony-modifier"),
    # asked for, not done
    pytest.param("Mr Okafor apologised, but critics have called for him to go to Lima for the ceremony.",
                 ("Okafor", "participatesIn", "ceremony"), id="for-to-clause"),
    # not every noun at an event is an actor there
    pytest.param("Protests at the summit in Lima turned violent.", ("Peru", "participatesIn", "summit"),
                 id="protests-at"),
    # "at the next election" is a time: standing down then is no taking part
    pytest.param("Mr Okafor will stand down as an MP at the next election.",
                 ("Okafor", "participatesIn", "next election"), id="at-an-election"),
    pytest.param("Mr Okafor is to stand down at the next general election.",
                 ("Okafor", "participatesIn", "next general election"), id="stand-down-at-an-election"),
    pytest.param("Mr Okafor will not stand at the next election.", ("Okafor", "participatesIn", "next election"),
                 id="will-not-stand"),
    # (a party outside data/party_countries.tsv: a national party named with its election stands in it, below)
    pytest.param("The lobby will fight in six Green Party marginals at the General Election.",
                 ("Green Party", "participatesIn", "General Election"), id="seats-at-an-election"),
    pytest.param("Mr Okafor is not likely to pull off a victory in the next election.",
                 ("Okafor", "participatesIn", "next election"), id="unlikely-victory"),
    # what the subject's possessor or modifier names does not stand ("Labour's share stood at 40%")
    pytest.param("The Green Party's share of the vote stood at 40% in the last election.",
                 ("Green Party", "participatesIn", "last election"), id="share-stood-at"),
    pytest.param("Mr Okafor hopes to stand at the next election.", ("Okafor", "participatesIn", "next election"),
                 id="hopes-to-stand"),
    # a capital in front of the event noun is where it is held, not a party to it
    pytest.param("Ghana praised the Lima talks on trade.", ("Peru", "participatesIn", "Lima talks"),
                 id="capital-modifier"),
    pytest.param("The organisers of the Brazilian gathering praised the deal.", ("Brazil", "participatesIn", "Brazilian gathering"),
                 id="adjective-before-a-gathering"),
    # an adjective before an election names its scope, not a party to it
    pytest.param("European voters were angry. He said that after the [European] election it became clear that he was "
                 "bored.", ("European", "participatesIn", "election"), id="adjective-before-an-election"),
    pytest.param("Observers praised the EU referendum.", ("European Union", "participatesIn", "EU referendum"),
                 id="organisation-before-a-referendum"),
    # only the subject itself votes: "turnout" is no voter
    pytest.param("Green Party leaders were worried about voter turnout, which fell in the last election.",
                 ("Green Party", "participatesIn", "last election"), id="turnout-in-an-election"),
    # a capital modifying the other side is no state talked with
    pytest.param("Euronext held talks with the London market last week.",
                 ("United Kingdom", "participatesIn", "talks"), id="capital-modifying-the-other-side"),
    # a role in an election is no vote in it
    pytest.param("Ghana praised Togo for its role in the election.", ("Togo", "participatesIn", "election"),
                 id="role-in-an-election"),
    # the state of a minister named among the participants is his description, not a participant
    pytest.param("Ghanaian Foreign Minister Kofi Mensah and Mr Okafor attended the summit.",
                 ("Ghana", "participatesIn", "summit"), id="a-minister's-state"),
    pytest.param("Talks ended. Ghana's trade minister Kofi Mensah and Togolese envoy Ama Dzifa met at a summit in "
                 "Lome.", ("Togo", "participatesIn", "summit in Lome"), id="an-envoy's-state"),
    # a gathering that could be used is not (yet) attended
    pytest.param("Mr Okafor could use the summit to press Togo.", ("Okafor", "participatesIn", "summit"),
                 id="could-use"),
    # the eve of a summit is a time, not a place at it
    pytest.param("Ghana criticised Togo on the eve of the summit.", ("Ghana", "participatesIn", "summit"),
                 id="eve-of"),
    # at the margins only the actor is there, not whom the act is about
    pytest.param("Ghana criticised Togo on the sidelines of the summit.", ("Togo", "participatesIn", "summit"),
                 id="sidelines-object"),
    # what a summit brings is not whom it brings together
    pytest.param("The summit brought new hope to Ghana.", ("Ghana", "participatesIn", "summit"), id="bring"),
    # talks on a body's own budget are not accession talks
    pytest.param("Talks on Serbia's budget resumed on Friday.", ("Serbia", "participatesIn", "talks"),
                 id="talks-on-other-topics"),
])
def test_no_participant(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


def test_generic_events_are_told_apart_by_place_or_party(facts_of):
    got = facts_of("Talks in Lima ended on Monday. Talks with Bolivia began on Friday.")
    labels = sorted(e.label for e in got.entities if e.type == "Event")
    assert labels == ["Talks in Lima", "Talks with Bolivia"]


@pytest.mark.parametrize("text, expected", [
    # a capital in front of the event noun is where the event is held, a place of its own
    pytest.param("Ministers praised the Madrid conference on Monday.", ("Madrid", "hosts", "Madrid conference"),
                 id="capital-before-conference"),
    pytest.param("The Nairobi talks ended without a deal.", ("Nairobi", "hosts", "Nairobi talks"),
                 id="capital-before-talks"),
])
def test_capital_in_front_hosts(facts_of, text, expected):
    assert expected in facts_of(text).triples


@pytest.mark.parametrize("text, absent", [
    # a capital standing for its state is no venue, and a country in front is a party, not a host
    pytest.param("Madrid rejected the proposal.", ("Madrid", "hosts", "proposal"), id="capital-as-state"),
    pytest.param("The Kenyan talks ended without a deal.", ("Nairobi", "hosts", "Kenyan talks"), id="demonym"),
])
def test_no_capital_host(facts_of, text, absent):
    assert absent not in facts_of(text).triples


@pytest.mark.parametrize("text, expected", [
    # where the parties of a named meeting meet is where it is held
    pytest.param("An Opec summit is set to take place in July. Opec will meet in Caracas.",
                 ("Caracas", "hosts", "Opec summit"), id="parties-meet-in"),
])
def test_where_the_parties_meet(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text", [
    # meeting someone is no gathering of the meeting's parties
    pytest.param("An Opec summit is set to take place in July. Opec met Venezuela in Caracas.", id="met-someone"),
    # the parties of two meetings: no telling which one
    pytest.param("An Opec summit is set to take place in July. An Opec meeting took place in May. Opec will meet "
                 "in Caracas.", id="two-meetings"),
    pytest.param("An Opec summit is set to take place in July. Opec will not meet in Caracas.", id="negated"),
])
def test_no_place_of_the_parties_meeting(facts_of, text):
    got = facts_of(text)
    assert not [f for f in got.facts if f.rule.startswith("gathering:meet-at")], got.facts


# An article about Chile (named three times), its talks with one other side named.
_CHILE = "Chile exports copper. Chile wants more trade, the Chilean government said. "


@pytest.mark.parametrize("text, a, b", [
    pytest.param(_CHILE + "Talks with Peru have been going on for years.", "Chile", "Peru", id="talks-with-as-subject"),
    pytest.param(_CHILE + "Discussions have begun with Peru on the timing.", "Chile", "Peru", id="began-with"),
    pytest.param(_CHILE + "Negotiations with Peru took place in Lima.", "Chile", "Peru", id="took-place"),
    pytest.param(_CHILE + "Talks with Peru were held in Lima.", "Chile", "Peru", id="agentless-passive"),
    pytest.param(_CHILE + "Accession talks with Peru have been going on for years.", "Chile", "Peru",
                 id="a-kind-of-talks"),
])
def test_the_unnamed_side_of_talks_is_the_article_s(facts_of, text, a, b):
    got = facts_of(text)
    assert _meets(got, a, b), got


@pytest.mark.parametrize("text, a, b", [
    # someone named or unnamed holds the talks: not for the article's country to stand in for them
    pytest.param(_CHILE + "The minister has regular meetings with Peru.", "Chile", "Peru", id="unresolved-holder"),
    pytest.param(_CHILE + "Bolivia's talks with Peru have been going on for years.", "Chile", "Peru", id="possessor"),
    pytest.param(_CHILE + "Bolivian talks with Peru have been going on for years.", "Chile", "Peru", id="demonym"),
    pytest.param(_CHILE + "Talks with Peru were held by Bolivia.", "Chile", "Peru", id="agent"),
    pytest.param(_CHILE + "He hopes to use the chance for talks with Peru.", "Chile", "Peru", id="not-a-subject"),
    pytest.param(_CHILE + "Talks with Peru have not taken place.", "Chile", "Peru", id="negated"),
    # no article's country: two countries named as often as each other
    pytest.param("Chile and Bolivia export copper. Chile and Bolivia trade. Chile and Bolivia grow. "
                 "Talks with Peru have been going on for years.", "Chile", "Peru", id="tie"),
])
def test_no_unnamed_side(facts_of, text, a, b):
    got = facts_of(text)
    assert not _meets(got, a, b), got


def test_no_side_meets_its_own_initials(facts_of):
    # an article about the Tokyo Grain Exchange, which it names once by its initials
    got = facts_of("The Tokyo Grain Exchange grows. The Tokyo Grain Exchange wants more trade, the Tokyo Grain "
                   "Exchange said. Talks with TGE have been going on for years, Reuters said.")
    assert not [f for f in got.facts if f.predicate == "meetsWith"], got


@pytest.mark.parametrize("text, absent", [
    # a gathering sought, arranged or proposed is not (yet) held: no one takes part in it
    pytest.param("Mr Okafor is trying to arrange a meeting with Ghana's president Kofi Mensah.",
                 ("Kofi Mensah", "participatesIn", "meeting"), id="trying-to-arrange"),
    pytest.param("Chile sought talks with Peru.", ("Peru", "participatesIn", "talks"), id="sought"),
    pytest.param("Chile tried to hold talks with Peru.", ("Chile", "participatesIn", "talks"), id="tried-to-hold"),
    pytest.param("Bolivia requested a meeting with Chile.", ("Chile", "participatesIn", "meeting"), id="requested"),
    pytest.param("New members need to enter into negotiations with Chile.", ("Chile", "participatesIn", "negotiations"),
                 id="need-to-enter"),
])
def test_arranged_gatherings_have_no_participants(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts
    assert not [f for f in got.facts if f.predicate == "meetsWith"], got.facts


@pytest.mark.parametrize("text, expected", [
    # held talks, arranged by someone else earlier: still held
    pytest.param("Chile held talks with Peru, which Bolivia had arranged.", ("Peru", "participatesIn", "talks"),
                 id="held-not-arranged"),
])
def test_held_gatherings_still_have_participants(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    # a named site "at" which the clause also places in a country is where the parties meet, whatever its NER type
    pytest.param("An Opec summit is set to take place in July. Opec will meet at the Hilton Caracas in Venezuela.",
                 ("Venezuela", "hosts", "Opec summit"), id="site-in-country"),
])
def test_meeting_site_in_a_place(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text, label", [
    # a generic event is labelled by its parties and where it is held; the label as written stays an alias
    pytest.param("Ghana and Togo held talks on Monday.", "talks between Ghana and Togo", id="parties"),
    pytest.param("Mr Okafor flew to Ghana for a summit.", "summit involving Okafor in Ghana", id="person-and-place"),
    # a plural event noun opening the sentence is no name
    pytest.param("Talks resumed on Monday. Ghana and Togo held the talks in private.", "talks between Ghana and Togo",
                 id="capitalised-plural"),
])
def test_generic_event_labelled_by_parties(facts_of, text, label):
    from kg.extract.facts.labels import told_apart

    got = facts_of(text)
    events = [e for e in told_apart(got.entities, got.facts) if e.type == "Event"]
    assert [e.label for e in events] == [label], events
    assert label.split(" ")[0] in events[0].aliases


@pytest.mark.parametrize("text", [
    pytest.param("Ministers praised the Madrid conference on Monday.", id="named-by-a-place"),
    pytest.param("Ghana and Togo held talks in Lome.", id="placed-by-its-phrase"),
    pytest.param("The talks ended on Monday.", id="nothing-known"),
])
def test_event_label_kept(facts_of, text):
    from kg.extract.facts.labels import told_apart

    got = facts_of(text)
    before = sorted(e.label for e in got.entities if e.type == "Event")
    after = sorted(e.label for e in told_apart(got.entities, got.facts) if e.type == "Event")
    assert after == before, after


@pytest.mark.parametrize("text, expected", [
    # a quantifier opening the sentence counts the people, it is no word of their name
    pytest.param("Most Chileans said in a referendum that they wanted reform.", ("Chile", "participatesIn", "referendum"),
                 id="most-people"),
    pytest.param("Many Peruvians said in the election that they wanted change.", ("Peru", "participatesIn", "election"),
                 id="many-people"),
    # but a name that begins with such a word stays whole
    pytest.param("All Nippon Airways held talks with Boeing.", ("All Nippon Airways", "participatesIn", "talks"),
                 id="name-beginning-with-all"),
])
def test_counted_people_take_part(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # a gathering one is open or ready to, or that a way is paved for, is a possibility, not held
    pytest.param("But Chile agreed to leave the door open for talks with Peru.", ("Peru", "participatesIn", "talks"),
                 id="door-open-for"),
    pytest.param("However, Ghana did agree to leave the door open for talks to find out whether an offer would be "
                 "better.", ("Ghana", "participatesIn", "talks"), id="door-open-for-on-the-verb"),
    pytest.param("Chile said it was open to talks with Peru.", ("Peru", "participatesIn", "talks"), id="open-to"),
    pytest.param("Chile said it was ready for talks with Peru.", ("Peru", "participatesIn", "talks"), id="ready-for"),
    pytest.param("The deal paved the way for talks between Chile and Peru.", ("Chile", "participatesIn", "talks"),
                 id="way-for"),
    pytest.param("Mr Okafor will use the opportunity for talks with Peru.", ("Peru", "participatesIn", "talks"),
                 id="opportunity-for"),
])
def test_possible_gatherings_have_no_participants(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts
    assert not [f for f in got.facts if f.predicate == "meetsWith"], got.facts


def test_placed_description_is_not_another_named_event(facts_of):
    # "the Swiss summit" names where it is held: it is not the forum named before, held elsewhere
    got = facts_of("The Brazilian city of Porto Alegre will host the rival Social Forum of Peoples. Its organisers "
                   "set an agenda opposed to that of the Swiss summit.")
    assert ("Switzerland", "hosts", "Social Forum of Peoples") not in got.triples, got
    assert ("Brazil", "hosts", "Social Forum of Peoples") in got.triples, got


def test_unplaced_description_refers_back(facts_of):
    got = facts_of("Ghana hosted the Accra Forum on Trade in May. The summit ended without a deal.")
    assert len([e for e in got.entities if e.type == "Event"]) == 1, got.entities


@pytest.mark.parametrize("text, absent, present", [
    # a firm known only by its nationality holds the talks, not its country
    pytest.param("The Indian firm held talks with Shell.", ("India", "participatesIn", "talks"),
                 ("Shell", "participatesIn", "talks"), id="nationality-of-a-firm"),
    pytest.param("The Chilean bank held talks with Shell.", ("Chile", "participatesIn", "talks"),
                 ("Shell", "participatesIn", "talks"), id="nationality-of-a-bank"),
])
def test_unnamed_firm_is_not_its_country(facts_of, text, absent, present):
    got = _plain(facts_of(text))
    assert absent not in got and present in got, got


@pytest.mark.parametrize("text, expected", [
    # its one known party takes part in the event: "talks with X" would make X the other side of its own talks
    pytest.param("Peru held regular discussions last week.", ("Peru", "participatesIn", "regular discussions involving Peru"),
                 id="discussions"),
    pytest.param("Chile took part in a televised debate last week.",
                 ("Chile", "participatesIn", "televised debate involving Chile"), id="debate"),
])
def test_an_event_with_one_known_party_is_labelled_as_involving_it(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got.triples


@pytest.mark.parametrize("text", [
    # an event noun modifying a noun of agreement or plan: the deal is about talks to come
    pytest.param("Leaders hail Israel-Syria talks deal", id="headline-talks-deal"),
    pytest.param("Leaders welcomed the Israel-Syria talks agreement.", id="talks-agreement"),
])
def test_talks_as_the_topic_of_a_deal_are_not_held(facts_of, text):
    got = facts_of(text)
    assert not any(f.predicate in {"participatesIn", "meetsWith", "hosts"} for f in got.facts), got.triples


def test_talks_held_still_give_participants(facts_of):
    got = facts_of("Israel and Syria held talks in Geneva.")
    assert ("Israel", "meetsWith", "Syria") in got.triples, got.triples


@pytest.mark.parametrize("text, expected", [
    # whose campaign in an election it is stands in it (data/campaign_nouns.txt)
    pytest.param("Mr Okafor joined the Green Party's election campaign.", ("Green Party", "participatesIn", "election"),
                 id="party-campaign"),
    pytest.param("Investors gave money to the re-election campaign of President Kofi Mensah.",
                 ("Kofi Mensah", "participatesIn", "election"), id="campaign-of"),
    pytest.param("Ms Amara Okafor launched her election bid on Monday.", ("Amara Okafor", "participatesIn", "election"),
                 id="pronoun-bid"),
])
def test_a_campaigner_stands_in_the_election(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # a country's campaign is where the election is held, not a contender
    pytest.param("Ghana's election campaign began on Monday.", ("Ghana", "participatesIn", "election"),
                 id="country-campaign"),
    # a campaign for something else stands in no election
    pytest.param("The Green Party's campaign against the dam grew.", ("Green Party", "participatesIn", "election"),
                 id="other-campaign"),
    pytest.param("The Green Party did not launch its election campaign.",
                 ("Green Party", "participatesIn", "election"), id="campaign-negated"),
])
def test_no_campaigner(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    pytest.param("Voters will elect a new parliament in the general election in May. The Labour campaign stumbled "
                 "on Tuesday.", ("Labour Party", "participatesIn", "general election"), id="party-compound"),
    pytest.param("Voters will elect a new parliament in the general election in May. The Conservative campaign "
                 "gained ground on Tuesday.", ("Conservative Party", "participatesIn", "general election"),
                 id="party-adjective"),
    pytest.param("The election is on Thursday. The Liberal Democrats' campaign was about schools.",
                 ("Liberal Democrats", "participatesIn", "election"), id="party-possessive"),
])
def test_a_party_campaign_stands_in_the_article_s_election(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # no election named before the campaign or in its sentence: the campaign may be about anything
    pytest.param("The Labour campaign stumbled on Tuesday. The election is in May.",
                 ("Labour Party", "participatesIn", "election"), id="election-only-after"),
    pytest.param("The Labour campaign stumbled on Tuesday.", ("Labour Party", "participatesIn", "campaign"),
                 id="no-election"),
    # a campaign on an issue is not a run for votes
    pytest.param("The election is in May. The Labour campaign against smoking in pubs stumbled.",
                 ("Labour Party", "participatesIn", "election"), id="issue-campaign"),
    pytest.param("The election is in May. Labour's bid to ban fox hunting failed in the Lords.",
                 ("Labour Party", "participatesIn", "election"), id="bid-to-act"),
    # only a mainstream party's campaign: a charity or a person campaigns for many things
    pytest.param("The election is in May. Oxfam's campaign stumbled on Tuesday.",
                 ("Oxfam", "participatesIn", "election"), id="not-a-party"),
])
def test_no_party_campaign_in_an_election(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    pytest.param("Anna Berg was joined at the launch by Tom Field and John Moss.",
                 {("Anna Berg", "participatesIn", "launch"), ("Tom Field", "participatesIn", "launch"),
                  ("John Moss", "participatesIn", "launch")}, id="joined-at-by"),
    pytest.param("The plan was approved at the summit by Ghana.", {("Ghana", "participatesIn", "summit")},
                 id="approved-at-by"),
    pytest.param("Tom Field spoke at the launch of the report in Leeds.", {("Tom Field", "participatesIn", "launch")},
                 id="at-a-launch"),
])
def test_who_acts_at_an_event_takes_part(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # a launch announced is not attended
    pytest.param("Sony announced the launch of a new camera.", ("Sony", "participatesIn", "launch"),
                 id="announced-launch"),
    # the agent of an act after the event was not at it
    pytest.param("The plan was approved by Ghana after the summit.", ("Ghana", "participatesIn", "summit"),
                 id="after-the-summit"),
])
def test_not_at_the_event(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    pytest.param("Ghana called for talks between Togo and Benin.", ("Togo", "participatesIn", "talks"),
                 id="called-for-between"),
    pytest.param("Ghana pressed for talks with Togo.", ("Togo", "participatesIn", "talks"), id="pressed-for-with"),
    pytest.param("Ghana appealed for a summit of West African states.",
                 ("West African states", "participatesIn", "summit"), id="appealed-for-of"),
])
def test_requested_gatherings_have_no_participants(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


def test_requested_talks_do_not_meet(facts_of):
    got = facts_of("Ghana called for talks between Togo and Benin.")
    assert not _meets(got, "Togo", "Benin"), got.facts


@pytest.mark.parametrize("text, expected", [
    # who speaks on leaving talks or a summit, or just after them, came from them
    pytest.param("Speaking after the summit in Accra, Mr Okafor said trade would grow.",
                 {("Okafor", "participatesIn", "summit")}, id="speaking-after"),
    pytest.param("After the talks, Bolivia said progress had been made.", {("Bolivia", "participatesIn", "talks")},
                 id="said-after"),
    pytest.param("Leaving the summit in Accra, Mr Okafor said trade would grow.",
                 {("Okafor", "participatesIn", "summit")}, id="leaving"),
    # a delegation's side and its leader take part in the talks it is sent to
    pytest.param("Ghana's delegation to the talks in Lome was led by Mr Okafor.",
                 {("Ghana", "participatesIn", "talks"), ("Okafor", "participatesIn", "talks")}, id="delegation-to"),
    pytest.param("A delegation from Togo to the summit was headed by Mrs Mensah.",
                 {("Togo", "participatesIn", "summit"), ("Mensah", "participatesIn", "summit")},
                 id="delegation-from-headed-by"),
    pytest.param("The Chilean envoy at the talks, Jorge Ruiz, praised the deal.",
                 {("Chile", "participatesIn", "talks"), ("Jorge Ruiz", "participatesIn", "talks")},
                 id="envoy-at"),
    # the side represented at an event by someone takes part with him
    pytest.param("Peru was represented at the summit by its trade minister, Jorge Ruiz.",
                 {("Peru", "participatesIn", "summit"), ("Jorge Ruiz", "participatesIn", "summit")},
                 id="represented-at-by"),
])
def test_speakers_and_delegations_take_part(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # a commentator after talks between others is no party
    pytest.param("After talks between Ghana and Togo, Nigeria said peace was closer.",
                 ("Nigeria", "participatesIn", "talks"), id="commentator-after-talks-between"),
    # done some time after, or in a relative clause: no sign of presence
    pytest.param("Mr Okafor left the party, a step he took soon after the meeting.",
                 ("Okafor", "participatesIn", "meeting"), id="shortly-after"),
    pytest.param("Days after the summit, Mr Okafor said trade would grow.", ("Okafor", "participatesIn", "summit"),
                 id="days-after"),
    # not said after it
    pytest.param("After the summit, Mr Okafor did not say whether trade would grow.",
                 ("Okafor", "participatesIn", "summit"), id="did-not-say"),
    # an election is no gathering one leaves or speaks after
    pytest.param("Speaking after the election, Mr Okafor said his party had won.",
                 ("Okafor", "participatesIn", "election"), id="after-an-election"),
])
def test_no_speaker_or_delegate(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    # talks named by a definite description just after a sentence in which actors meet are that meeting
    pytest.param("Mr Okafor met Ghanaian President John Kufuor on Monday. The talks covered trade.",
                 {("Okafor", "participatesIn", "talks"), ("John Kufuor", "participatesIn", "talks")},
                 id="met-then-the-talks"),
    pytest.param("Togo's foreign minister met his Ghanaian counterpart in Accra. The meeting focused on the border.",
                 {("Togo", "participatesIn", "meeting"), ("Ghana", "participatesIn", "meeting"),
                  ("Accra", "hosts", "meeting")}, id="met-in-then-the-meeting"),
])
def test_talks_named_again_take_their_participants(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # who says how talks went is no participant by that alone (a commentator, a correspondent)
    pytest.param("Ministers gathered in Accra on Monday. Nigeria said the meeting had been useful.",
                 ("Nigeria", "participatesIn", "meeting"), id="commentator-of-talks"),
    # no meeting before the talks named: nothing to take participants from
    pytest.param("Mr Okafor praised Ghana. The talks covered trade.", ("Okafor", "participatesIn", "talks"),
                 id="no-meeting-before"),
    # a meeting that did not happen
    pytest.param("Mr Okafor did not meet Mr Kufuor on Monday. The talks were postponed.",
                 ("Okafor", "participatesIn", "talks"), id="did-not-meet"),
])
def test_talks_named_again_without_participants(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    # at a part of an event in time is at the event
    pytest.param("Mr Okafor and Mrs Mensah arrived at the start of the meeting.",
                 {("Okafor", "participatesIn", "meeting"), ("Mensah", "participatesIn", "meeting")},
                 id="at-the-start-of"),
    pytest.param("At the end of the talks, Togo issued a statement.", {("Togo", "participatesIn", "talks")},
                 id="at-the-end-of"),
    # in a place for an event: there for it, and the place holds it
    pytest.param("Mr Okafor is in Accra for talks with Ghanaian leaders.",
                 {("Okafor", "participatesIn", "talks"), ("Accra", "hosts", "talks")}, id="is-in-for"),
    pytest.param("Mr Okafor is due in Accra on Monday for a two-day summit.",
                 {("Okafor", "participatesIn", "two-day summit"), ("Accra", "hosts", "two-day summit")},
                 id="due-in-for"),
    # a guest hosted for talks and the host take part in them
    pytest.param("Ghana hosted Togolese President Faure Gnassingbe for talks on Monday.",
                 {("Ghana", "participatesIn", "talks"), ("Faure Gnassingbe", "participatesIn", "talks")},
                 id="hosted-for-talks"),
])
def test_present_at_or_for_an_event(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # a deadline by a part of an event is no presence
    pytest.param("Before the end of the summit, Ghana must pay its debts.", ("Ghana", "participatesIn", "summit"),
                 id="before-the-end-of"),
    pytest.param("Mr Okafor will resign by the end of the conference.", ("Okafor", "participatesIn", "conference"),
                 id="by-the-end-of"),
    # in a place for no event, or ready for talks: no presence at them
    pytest.param("Ghana is ready for talks with Togo.", ("Ghana", "participatesIn", "talks"), id="ready-for"),
    pytest.param("Mr Okafor was in favour of talks with Togo.", ("Okafor", "participatesIn", "talks"),
                 id="in-favour-of"),
])
def test_no_presence_at_or_for_an_event(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    # who gives a speech to a gathering takes part in it (data/address_nouns.txt)
    pytest.param("In a speech to the conference, Mr Okafor said trade would grow.",
                 {("Okafor", "participatesIn", "conference")}, id="in-a-speech-to"),
    pytest.param("Mrs Mensah's address to the conference was well received.",
                 {("Mensah", "participatesIn", "conference")}, id="possessor-of-an-address"),
    pytest.param("Mr Okafor gave a speech to the summit on Monday.", {("Okafor", "participatesIn", "summit")},
                 id="gave-a-speech-to"),
    pytest.param("Mr Okafor will skip a speech to the summit from Ghanaian leader Ama Boateng.",
                 {("Ama Boateng", "participatesIn", "summit")}, id="address-from"),
])
def test_speakers_to_a_gathering_take_part(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # who misses a speech, or reports on one, is not there by that
    pytest.param("Mr Okafor will skip a speech to the summit from Ghanaian leader Ama Boateng.",
                 ("Okafor", "participatesIn", "summit"), id="misses-an-address"),
    pytest.param("Mr Okafor read reports of a speech to the conference.", ("Okafor", "participatesIn", "conference"),
                 id="reads-of-a-speech"),
])
def test_no_speaker_to_a_gathering(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    # whom talks or an exercise involve take part in them
    pytest.param("The exercise, involving troops from France and Spain, began on Monday.",
                 {("France", "participatesIn", "exercise"), ("Spain", "participatesIn", "exercise")},
                 id="involving-troops-from"),
    pytest.param("The talks involved officials from Ghana and Togo.",
                 {("Ghana", "participatesIn", "talks"), ("Togo", "participatesIn", "talks")}, id="involved"),
    # parties fighting an election stand in it
    pytest.param("Labour and the Conservatives are fighting the general election on the economy.",
                 {("Labour Party", "participatesIn", "general election"),
                  ("Conservative Party", "participatesIn", "general election")}, id="fighting-the-election"),
])
def test_involved_and_contending(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    pytest.param("The talks did not involve Togo.", ("Togo", "participatesIn", "talks"), id="not-involved"),
    pytest.param("The scandal involving Mr Okafor grew.", ("Okafor", "participatesIn", "scandal"),
                 id="no-gathering"),
])
def test_not_involved(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    # who holds an exercise, and with whom, take part in it
    pytest.param("Ghana held joint military exercises with Togo last week.",
                 {("Ghana", "participatesIn", "joint military exercises"),
                  ("Togo", "participatesIn", "joint military exercises"),
                  ("Ghana", "hosts", "joint military exercises")}, id="held-exercises-with"),
    # a conversation is a meeting of its sides, in whatever clause it is had
    pytest.param("Mr Okafor had seen the change in conversations with Mr Kufuor.", ("Okafor", "Kufuor"),
                 id="in-conversations-with"),
    pytest.param("Mr Okafor's phone call with Mr Kufuor lasted an hour.", ("Okafor", "Kufuor"), id="phone-call"),
])
def test_exercises_and_conversations(facts_of, text, expected):
    got = facts_of(text)
    if isinstance(expected, set):
        assert expected <= _plain(got), got.facts
    else:
        assert _meets(got, *expected), got.facts


@pytest.mark.parametrize("text", [
    "Ghana is ready for a conversation with Togo.",
    "Mr Okafor did not have a conversation with Mr Kufuor.",
    "Mr Okafor wants a conversation with Mr Kufuor.",
])
def test_no_conversation(facts_of, text):
    got = facts_of(text)
    assert not any(f.predicate == "meetsWith" for f in got.facts), got.facts


@pytest.mark.parametrize("text, expected", [
    # who campaigns for an election stands in it
    pytest.param("Labour is campaigning hard for the general election.",
                 {("Labour Party", "participatesIn", "general election")}, id="campaigning-for"),
    pytest.param("Mr Okafor campaigned in the 2001 election.", {("Okafor", "participatesIn", "2001 election")},
                 id="campaigned-in"),
    pytest.param("Mr Okafor will campaign ahead of the general election.",
                 {("Okafor", "participatesIn", "general election")}, id="campaign-ahead-of"),
])
def test_campaigners_stand(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    pytest.param("Mr Okafor campaigned for the election of a new mayor.", ("Okafor", "participatesIn", "election"),
                 id="campaign-for-electing-someone"),
    pytest.param("Mr Okafor did not campaign in the election.", ("Okafor", "participatesIn", "election"),
                 id="did-not-campaign"),
    pytest.param("Mr Okafor has campaigned against road tolls at previous elections.",
                 ("Okafor", "participatesIn", "previous elections"), id="campaign-on-an-issue"),
])
def test_no_campaigner(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, a, b", [
    # who speaks just after talks or a meeting "with" Y is Y's other side
    pytest.param("After a meeting with Ghanaian President John Kufuor, Mr Okafor said progress had been made.",
                 "Okafor", "John Kufuor", id="after-a-meeting-with"),
])
def test_the_other_side_of_talks_with(facts_of, text, a, b):
    assert _meets(facts_of(text), a, b)


@pytest.mark.parametrize("text, a, b", [
    # a commentator of talks between others
    pytest.param("After talks between Ghana and Togo, Nigeria said it was hopeful.", "Nigeria", "Ghana",
                 id="after-talks-between"),
])
def test_not_the_other_side(facts_of, text, a, b):
    assert not _meets(facts_of(text), a, b)


@pytest.mark.parametrize("text, a, b", [
    pytest.param("Mr Okafor told a joint news conference with Ghanaian President John Kufuor that the talks went "
                 "well.", "Okafor", "John Kufuor", id="joint-conference-with"),
    pytest.param("Mr Okafor and Mr Kufuor held a joint press conference in Accra.", "Okafor", "Kufuor",
                 id="joint-conference-of-two"),
])
def test_joint_appearances_meet(facts_of, text, a, b):
    assert _meets(facts_of(text), a, b)


def test_no_joint_appearance_in_a_news_conference(facts_of):
    got = facts_of("Mr Okafor told a news conference that Ghana was a friend.")
    assert not [f for f in got.facts if f.predicate in {"meetsWith", "participatesIn"}], got.facts


@pytest.mark.parametrize("text, expected", [
    # a contender's prospects, majority or performance at an election (data/outcome_nouns.txt)
    pytest.param("Mr Okafor's majority at the 2001 election was 167.", {("Okafor", "participatesIn", "2001 election")},
                 id="majority-at"),
])
def test_more_participants(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    pytest.param("Voters pick Labour or the Tories at the next election.",
                 {("Labour Party", "participatesIn", "next election"),
                  ("Conservative Party", "participatesIn", "next election")}, id="choice-between-parties"),
    pytest.param("With the general election close, nervous Labour MPs met on Monday.",
                 {("Labour Party", "participatesIn", "general election")}, id="party-word-in-a-phrase"),
    pytest.param("The Liberal Democrats expect to gain seats at the election.",
                 {("Liberal Democrats", "participatesIn", "election")}, id="party-subject"),
])
def test_a_party_named_with_its_election_stands_in_it(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    # another state's election: the party does not stand in it
    pytest.param("Labour MPs said the US election would shape the war.", ("Labour Party", "participatesIn",
                 "US election"), id="foreign-election"),
    # whichever election there may be is none in particular
    pytest.param("Labour said it would invite observers to any UK election.", ("Labour Party", "participatesIn",
                 "UK election"), id="any-election"),
    pytest.param("Every election tests the Greens, Labour said.", ("Labour Party", "participatesIn", "election"),
                 id="every-election"),
    pytest.param("The Tories welcomed the elections in Iraq.", ("Conservative Party", "participatesIn", "elections"),
                 id="elections-in-a-country"),
    # an election a mention places abroad is foreign where the text says only "the election"
    pytest.param("Voters in the US presidential election chose a new leader. Lib Dem leader Ann Ross welcomed the "
                 "quick end of the election.", ("Liberal Democrats", "participatesIn", "US presidential election"),
                 id="foreign-election-named-before"),
    # a vote held within the party, and a person's election
    pytest.param("The Tory leadership election ended on Friday.", ("Conservative Party", "participatesIn",
                 "leadership election"), id="leadership-election"),
    pytest.param("Labour praised the election of a new mayor.", ("Labour Party", "participatesIn", "election"),
                 id="election-of-someone"),
    # not in the same sentence
    pytest.param("Labour MPs met on Monday. The election is in May.", ("Labour Party", "participatesIn",
                 "election"), id="other-sentence"),
    # not a party of the lexicon
    pytest.param("Oxfam called for aid before the election.", ("Oxfam", "participatesIn", "election"),
                 id="not-a-party"),
])
def test_no_party_contender(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jane Roe joined the Green Party's general election campaign in March.",
                 ("Jane Roe", "participatesIn", "general election"), id="joined-the-campaign"),
    pytest.param("The Green Party will spend most of its money in the general election campaign.",
                 ("Green Party", "participatesIn", "general election"), id="in-the-campaign"),
])
def test_who_joins_or_campaigns_in_an_election_campaign_stands_in_it(facts_of, text, expected):
    got = facts_of(text)
    assert expected in _plain(got), got.facts


@pytest.mark.parametrize("text, absent", [
    pytest.param("The Liberal Democrats did not contest the 2001 election.",
                 ("Liberal Democrats", "participatesIn", "2001 election"), id="did-not-contest"),
    pytest.param("The Liberal Democrats did not fight the 2001 election in Wales.",
                 ("Liberal Democrats", "participatesIn", "2001 election"), id="did-not-fight"),
    pytest.param("Jane Roe did not join the Green Party's general election campaign.",
                 ("Jane Roe", "participatesIn", "general election"), id="did-not-join-the-campaign"),
])
def test_no_candidate_of_an_election_not_fought_or_campaign_not_joined(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in _plain(got), got.facts


@pytest.mark.parametrize("text, expected", [
    pytest.param("Campaigning for the general election gathered pace on Monday. The Liberal Democrats unveiled "
                 "their tax plans. Voters will judge the parties at the election.",
                 ("Liberal Democrats", "participatesIn", "general election"), id="party-acting-in-election-article"),
])
def test_a_party_acting_in_an_article_about_its_election_stands_in_it(facts_of, text, expected):
    got = facts_of(text)
    assert any((s, p) == expected[:2] and "election" in o for s, p, o in _plain(got)), got.facts


@pytest.mark.parametrize("text, party", [
    pytest.param("The general election is due in May. The Liberal Democrats unveiled their tax plans.",
                 "Liberal Democrats", id="election-named-once"),
    pytest.param("The general election is due in May. Many expect the election to be close. Liberal Democrat MPs "
                 "met on Monday.", "Liberal Democrats", id="party-only-a-modifier"),
    pytest.param("The general election is due in May. Many expect the election to be close. The Liberal Democrats "
                 "did not unveil their plans.", "Liberal Democrats", id="denied-clause"),
    pytest.param("The US election is in November. Americans watch the election closely. Labour welcomed the "
                 "debate.", "Labour Party", id="another-state's-election"),
])
def test_no_party_of_the_article_without_its_election(facts_of, text, party):
    got = facts_of(text)
    assert not any(s == party and p == "participatesIn" for s, p, _ in _plain(got)), got.facts
