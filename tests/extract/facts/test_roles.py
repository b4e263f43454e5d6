"""kg.extract.facts.roles: titles (holdsPosition), nationality (affiliatedWith), who leads what, counterparts, posts
in parties and bodies, offices held in a body — read from appositions, pre-modifiers, possessives, "in her
capacity as" and copulas."""
from __future__ import annotations

import pytest


def _titles(got, person: str) -> set[str]:
    return {o for s, p, o in got.triples if s == person and p == "holdsPosition"}


@pytest.mark.parametrize("text, person, title, country", [
    # apposition
    ("Olaf Scholz, the German chancellor, visited Kenya.", "Olaf Scholz", "chancellor", "Germany"),
    # a title with an of-phrase before the name
    ("The new US Secretary of State Antony Blinken visited Paris.", "Antony Blinken", "Secretary of State",
     "United States"),
    ("Penny Wong, the Australian foreign minister, visited Fiji.", "Penny Wong", "foreign minister", "Australia"),
    ("The French president, Emmanuel Macron, arrived in Algiers on Thursday for a three-day visit.",
     "Emmanuel Macron", "president", "France"),
    # pre-modifier
    ("Japanese Prime Minister Fumio Kishida visited Vietnam.", "Fumio Kishida", "Prime Minister", "Japan"),
    ("Kenyan President William Ruto visited Uganda.", "William Ruto", "President", "Kenya"),
    ("South African President Cyril Ramaphosa visited Ghana.", "Cyril Ramaphosa", "President", "South Africa"),
    # possessive country
    ("Germany's foreign minister Annalena Baerbock visited Egypt.", "Annalena Baerbock", "foreign minister",
     "Germany"),
    # title + of-phrase
    ("President Cyril Ramaphosa of South Africa visited Ghana.", "Cyril Ramaphosa", "President", "South Africa"),
])
def test_title_and_country(facts_of, text, person, title, country):
    got = facts_of(text)
    titles = _titles(got, person)
    assert any(title.lower() in t.lower() for t in titles), got
    assert not any(person.split()[-1] in t for t in titles)  # the name is not part of the title
    assert (person, "affiliatedWith", country) in got.triples


@pytest.mark.parametrize("text, person, country", [
    ("Olaf Scholz, the German chancellor, visited Kenya.", "Olaf Scholz", "Germany"),
    ("Japanese Prime Minister Fumio Kishida visited Vietnam.", "Fumio Kishida", "Japan"),
    ("Kenyan President William Ruto visited Uganda.", "William Ruto", "Kenya"),
    ("President Cyril Ramaphosa of South Africa visited Ghana.", "Cyril Ramaphosa", "South Africa"),
    ("German Chancellor Angela Merkel visited Kenya.", "Angela Merkel", "Germany"),
    # a generic head's word qualified by a country alone heads that state
    ("Haitian leader Ariel Henry flew to Nairobi.", "Ariel Henry", "Haiti"),
    ("Libya's interim leader Ali Zeidan flew to Rome.", "Ali Zeidan", "Libya"),
    # a post heading states, of a state named by its name
    ("Marek Nowak, the president of Poland, flew to Oslo.", "Marek Nowak", "Poland"),
])
def test_head_of_state_or_government_leads_the_country(facts_of, text, person, country):
    assert (person, "leads", country) in facts_of(text).triples


@pytest.mark.parametrize("text, person", [
    ("Germany's foreign minister Annalena Baerbock visited Egypt.", "Annalena Baerbock"),
    ("Penny Wong, the Australian foreign minister, visited Fiji.", "Penny Wong"),
    # the British chancellor is the Chancellor of the Exchequer (data/national_title_senses.tsv)
    ("UK chancellor Rachel Reeves flew to Washington.", "Rachel Reeves"),
    ("British Chancellor Jeremy Hunt met bankers in Tokyo.", "Jeremy Hunt"),
])
def test_a_minister_does_not_lead_the_country(facts_of, text, person):
    assert not any(s == person and p == "leads" for s, p, _ in facts_of(text).triples)


def test_a_party_leader_does_not_lead_the_country_in_the_party_name(facts_of):
    got = facts_of("UK Independence Party leader Nigel Farage spoke in Kent.")
    assert ("Nigel Farage", "leads", "United Kingdom") not in got.triples, got


def test_pre_modifier_title_of_a_non_state_person(facts_of):
    got = facts_of("Reporter Jane Doe interviewed the minister.")
    assert _titles(got, "Jane Doe") == {"Reporter"}
    assert not any(p in {"affiliatedWith", "leads"} for s, p, _ in got.triples if s == "Jane Doe")


@pytest.mark.parametrize("text, person, title", [
    ("Annalena Baerbock, in her capacity as foreign minister, visited Egypt.", "Annalena Baerbock",
     "foreign minister"),
    ("Penny Wong visited Fiji. She became foreign minister in 2022.", "Penny Wong", "foreign minister"),
    ("Penny Wong was appointed foreign minister.", "Penny Wong", "foreign minister"),
    ("Annalena Baerbock served as foreign minister.", "Annalena Baerbock", "foreign minister"),
    ("Jacinda Ardern will travel more as she begins her second term as prime minister.", "Jacinda Ardern",
     "prime minister"),
])
def test_capacity_and_copula_titles(facts_of, text, person, title):
    got = facts_of(text)
    assert any(title in t.lower() for t in _titles(got, person)), got


@pytest.mark.parametrize("text, person, counterpart, country", [
    pytest.param("Pedro Sanchez met his Spanish counterpart José Albares.", "Pedro Sanchez", "José Albares", "Spain",
                 id="his-spanish-counterpart"),
    pytest.param("Catherine Colonna met her Spanish counterpart José Manuel Albares in Madrid.",
                 "Catherine Colonna", "José Manuel Albares", "Spain", id="her-spanish-counterpart",
                 marks=pytest.mark.xfail(reason="with 'in Madrid' after the name spaCy parses the name as a "
                                                "second object of 'met', not an apposition of 'counterpart': no "
                                                "counterpartOf or affiliatedWith, and the meeting goes to Spain",
                                         strict=True)),
    pytest.param("Japanese Prime Minister Fumio Kishida met his South Korean counterpart Yoon Suk Yeol in Seoul.",
                 "Fumio Kishida", "Yoon Suk Yeol", "South Korea", id="his-south-korean-counterpart"),
])
def test_possessive_counterpart(facts_of, text, person, counterpart, country):
    got = facts_of(text)
    assert (person, "counterpartOf", counterpart) in got.triples
    assert (counterpart, "affiliatedWith", country) in got.triples


@pytest.mark.xfail(reason="'met her Spanish counterpart X in Madrid' gives Spain meetsWith Colonna instead of "
                          "Colonna meetsWith X", strict=True)
def test_counterpart_phrase_does_not_make_the_country_a_participant(facts_of):
    got = facts_of("Catherine Colonna met her Spanish counterpart José Manuel Albares in Madrid.")
    assert ("Catherine Colonna", "meetsWith", "José Manuel Albares") in got.triples
    assert ("Spain", "meetsWith", "Catherine Colonna") not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a title that belongs to one country's government says whom its holder serves, in a text naming that state
    pytest.param("Home Secretary Priya Shah met police chiefs to discuss crime in Britain.",
                 {("Priya Shah", "affiliatedWith", "United Kingdom")}, id="national-title"),
    # in a document whose posts are national, a minister serves that country...
    pytest.param("Foreign Secretary Jack Orme met the press in Britain. Later, Trade Minister Ann Webb flew to Oslo.",
                 {("Ann Webb", "affiliatedWith", "United Kingdom")}, id="home-country-minister"),
    # a possessive organisation makes its staff members
    pytest.param("The bank's governor, Lucy Amadi, resigned. The Ghanaian central bank's deputy governor, "
                 "Kofi Mensah, met Nigerian officials.",
                 {("Kofi Mensah", "memberOf", "Ghanaian central bank")}, id="possessive-organisation-member"),
    # a definite body refers back to the body named before ("the central bank")
    pytest.param("The Kenyan central bank cut rates. The central bank's governor, Amina Odhiambo, spoke later.",
                 {("Amina Odhiambo", "leads", "Kenyan central bank"), ("Amina Odhiambo", "affiliatedWith", "Kenya")},
                 id="definite-body-anaphor"),
    # a title's preposition may carry the name ("director general for Europe, X")
    pytest.param("Lisbon was represented by Portugal's director general for Africa, Rui Costa.",
                 {("Rui Costa", "holdsPosition", "director general for Africa"),
                  ("Rui Costa", "affiliatedWith", "Portugal")}, id="appos-on-title-object"),
    # a country in the of-phrase right after an untitled name ("X of France said")
    pytest.param("Pierre Dubois of France said the talks had failed.", {("Pierre Dubois", "affiliatedWith", "France")},
                 id="name-of-country"),
    # a post named by a possessive description ("the foreign secretary's house")
    pytest.param("Foreign Secretary Jack Orme arrived on Monday. Talks began at the foreign secretary's official "
                 "house in the country.", {("Jack Orme", "holdsPosition", "foreign secretary")},
                 id="possessive-description"),
    # a head of government's post in a document whose posts are national serves that country
    pytest.param("Home Secretary Priya Shah met police chiefs. Prime Minister Tom Hale praised her work for Britain.",
                 {("Tom Hale", "affiliatedWith", "United Kingdom")}, id="home-country-head-of-government"),
    # a state body named in the title carries its country ("US Treasury Secretary X"), also past a hyphenated title
    pytest.param("Canadian Treasury Secretary Ann Webb said the dollar was strong.",
                 {("Ann Webb", "affiliatedWith", "Canada")}, id="state-body-in-title"),
    pytest.param("Later, French Treasury Under-Secretary Marc Roux said the euro was weak.",
                 {("Marc Roux", "affiliatedWith", "France")}, id="state-body-before-hyphenated-title"),
    # the head of a body named with its country leads the body, and serves the country
    pytest.param("The head of the Kenyan state-owned Telkom company, Amos Otieno, said prices would rise.",
                 {("Amos Otieno", "leads", "Telkom"), ("Amos Otieno", "affiliatedWith", "Kenya")},
                 id="head-of-national-company"),
    # a heading post of a possessor organisation heads it; a qualified post is held in it
    pytest.param("Tom Hale, Acme's chief executive, said the deal was good.", {("Tom Hale", "leads", "Acme")},
                 id="possessor-head"),
    pytest.param("Acme's communications director Ann Webb said so.", {("Ann Webb", "memberOf", "Acme")},
                 id="possessor-qualified-post"),
    # a participle the parse reads as a verb still opens a title ("managing director"), past another possessor name
    pytest.param("But Lake Foods's managing director Sunil Varma has said the price was fair.",
                 {("Sunil Varma", "holdsPosition", "managing director")}, id="participle-opens-title"),
    # a member of a house of lords: "peer" is the post, the party before it the body
    pytest.param("Labour peer Lord Jenkins said the plan was sound.",
                 {("Jenkins", "holdsPosition", "peer"), ("Jenkins", "memberOf", "Labour Party")}, id="party-peer"),
    # local councillors and candidates for a seat hold a post
    pytest.param("Councillor Tom Hale said it was a problem.", {("Tom Hale", "holdsPosition", "Councillor")},
                 id="councillor"),
    pytest.param("Ann Webb, a prospective parliamentary candidate, said the mood was good.",
                 {("Ann Webb", "holdsPosition", "prospective parliamentary candidate")}, id="candidate"),
])
def test_role_mechanism(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


def test_president_of_a_foreign_country_is_not_given_the_home_country(facts_of):
    got = facts_of("Foreign Secretary Jack Orme praised President Ana Lopes.")
    assert ("Ana Lopes", "affiliatedWith", "United Kingdom") not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a home-country head of government: served at home, but not said to lead the state
    pytest.param("Home Secretary Priya Shah met police chiefs. Chancellor Tom Hale praised her.",
                 ("Tom Hale", "leads", "United Kingdom"), id="home-chancellor-leads-nothing"),
    # a foreign prime minister named with a country keeps it alone
    pytest.param("Home Secretary Priya Shah met Japanese Prime Minister Ken Mori.",
                 ("Ken Mori", "affiliatedWith", "United Kingdom"), id="foreign-head-of-government"),
    # a title inside the of-phrase of another noun is not the subject's post
    pytest.param("Chancellor Tom Hale spoke. Mark Lee said fairness had long been a theme of the chancellor's.",
                 ("Mark Lee", "holdsPosition", "chancellor"), id="title-in-of-phrase"),
    # the head of a national company does not lead the country
    pytest.param("The head of the Kenyan state-owned Telkom company, Amos Otieno, said prices would rise.",
                 ("Amos Otieno", "leads", "Kenya"), id="head-of-company-leads-no-state"),
    # an of-phrase that is not right after the name
    pytest.param("Marta Ruiz said the future of Peru was bright.", ("Marta Ruiz", "affiliatedWith", "Peru"),
                 id="of-elsewhere"),
    # a participle that opens no title is not read as one: no post for the name after it
    pytest.param("But Lake Foods's cheering fan Sunil Varma has said the price was fair.",
                 ("Sunil Varma", "holdsPosition", "cheering fan"), id="participle-opens-no-title"),
    # "peers" as equals are no post
    pytest.param("She was praised by her peers, including Tom Hale.", ("Tom Hale", "holdsPosition", "peer"),
                 id="peers-as-equals"),
    # a council, not one of its members
    pytest.param("Ann Webb, the council leader, said the mood was good.", ("Ann Webb", "holdsPosition", "council"),
                 id="council-is-no-councillor"),
])
def test_no_role(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, person, country", [
    pytest.param("Jorge Silva, the mayor of Lisbon, opened the bridge.", "Jorge Silva", "Portugal", id="mayor-apposed"),
    pytest.param("Hana Ito, the governor of Tokyo, opened the station.", "Hana Ito", "Japan", id="governor-apposed"),
    pytest.param("Ines Duarte is the mayor of Madrid.", "Ines Duarte", "Spain", id="mayor-copula"),
    pytest.param("Paris mayor Luc Roux opened the museum.", "Luc Roux", "France", id="mayor-before-name"),
])
def test_a_city_post_leads_no_state_its_capital_stands_for(facts_of, text, person, country):
    """A mayor or governor of a capital heads the city, never the state the capital's name may stand for."""
    assert (person, "leads", country) not in facts_of(text).triples


def test_words_before_a_hyphenated_non_title_stay_out_of_the_post(facts_of):
    got = facts_of("Later, Treasury spokesman Ted Fox met pro-Moscow Foreign Minister Ivan Petrov.")
    assert not any("pro" in t.lower().split() for t in _titles(got, "Ivan Petrov")), got


def test_as_title_belongs_to_the_person_it_hangs_on(facts_of):
    got = facts_of("Jack Orme praised the president during his second term as president.")
    assert ("Jack Orme", "holdsPosition", "president") not in got.triples, got


@pytest.mark.parametrize("text, person, expected, title", [
    pytest.param("Labour leader Keir Starmer criticised the plan.", "Keir Starmer", ("leads", "Labour Party"), "leader",
                 id="party-leader"),
    pytest.param("BBC correspondent John Smith said the talks had failed.", "John Smith", ("memberOf", "BBC"),
                 "correspondent", id="body-before-the-post"),
    pytest.param("The Liberal Democrats' shadow foreign secretary, Jane Doe, visited Kenya.", "Jane Doe",
                 ("memberOf", "Liberal Democrats"), "shadow foreign secretary", id="party-as-possessor"),
    pytest.param("But the Liberal Democrat's shadow home secretary, Mark Smith, accused the minister.", "Mark Smith",
                 ("memberOf", "Liberal Democrats"), "shadow home secretary", id="name-word-NER-dropped"),
    pytest.param("Former Labour communications director Ann Lee told the BBC.", "Ann Lee", ("memberOf", "Labour Party"),
                 "communications director", id="qualified-post-is-not-the-head"),
    # a force whose name ends in the title's first word is the body the post heads, no portfolio
    pytest.param("Essex Police commissioner Ann Cole said crime fell.", "Ann Cole", ("leads", "Essex Police"),
                 "Police commissioner", id="force-named-in-the-post"),
])
def test_post_in_a_party_or_body(facts_of, text, person, expected, title):
    """The party or body named with a post is the one the holder belongs to, or heads for a bare head's title."""
    got = facts_of(text)
    predicate, body = expected
    assert (person, predicate, body) in got.triples, got
    assert got.entity(body).type == "Organization"
    assert (person, "holdsPosition", title) in got.triples, got
    if predicate == "memberOf":
        assert (person, "leads", body) not in got.triples, got


@pytest.mark.parametrize("text, person", [
    pytest.param("Home Office Minister Des Browne said the checks were routine.", "Des Browne", id="portfolio"),
    pytest.param("Kurdish leader Masoud Barzani visited Ankara.", "Masoud Barzani", id="people-not-body"),
    pytest.param("Home Office Minister Jane Hale said the checks were routine.", "Jane Hale", id="portfolio-office"),
])
def test_no_body_for_a_portfolio_or_a_people(facts_of, text, person):
    got = facts_of(text)
    assert not {(s, p) for s, p, o in got.triples if s == person and p in {"memberOf", "leads"}}, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Poland's membership of NATO began in 1999.",
                 ("Poland", "memberOf", "North Atlantic Treaty Organization"), id="membership-of"),
    pytest.param("Britain's EU presidency begins in July.", ("United Kingdom", "memberOf", "European Union"),
                 id="state-holding-a-presidency"),
    pytest.param("The UK will use its chairmanship of the G8 this year to raise money.",
                 ("United Kingdom", "memberOf", "Group of Eight"), id="chairmanship-of"),
    pytest.param("Japan made clean energy a priority for its presidency of the G7.",
                 ("Japan", "memberOf", "Group of Seven"), id="possessed-office-after-for"),
    pytest.param("Canada said its presidency of the G7 group of big economies will stress trade.",
                 ("Canada", "memberOf", "Group of Seven"), id="body-named-with-a-descriptor"),
])
def test_office_held_in_a_body(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    pytest.param("Turkey's bid for EU membership stalled.", id="sought"),
    pytest.param("France vetoed Turkey's membership of the EU.", id="blocked"),
    pytest.param("It marks the end of Kenya's membership of the Commonwealth.", id="ended"),
    pytest.param("Ukraine launched a campaign for its membership of Nato.", id="campaign-for"),
    pytest.param("Serbia renewed its bid for its membership of the EU.", id="bid-for-possessed"),
])
def test_office_not_held(facts_of, text):
    got = facts_of(text)
    assert not got.predicates("memberOf"), got


def test_no_office_in_a_body_an_event_noun_names(facts_of):
    """'the EU summit': a noun of an occasion after the name is no descriptor of the body."""
    got = facts_of("Sweden's presidency of the EU summit began on Monday.")
    assert ("Sweden", "memberOf", "European Union") not in got.triples, got


@pytest.mark.parametrize("text, firm, country", [
    ("Brazil's Petrovia signed a deal with Chile.", "Petrovia", "Brazil"),
    ("The deal was signed by Zelnor, the Norwegian oil firm.", "Zelnor", "Norway"),
])
def test_organisation_country(facts_of, text, firm, country):
    assert (firm, "affiliatedWith", country) in facts_of(text).triples


@pytest.mark.parametrize("text, wrong", [
    # a name inside a post is no firm of the country
    ("Iraq's Trade Minister Ali Hassan visited Jordan.", ("Trade", "affiliatedWith", "Iraq")),
    # an international organisation belongs to no member
    ("Britain's Nato partners criticised Russia.", ("North Atlantic Treaty Organization", "affiliatedWith",
                                                    "United Kingdom")),
    # a list of firms, each after its country, that the parser hung together as appositions
    ("The airline will buy jets from France's Dassault Aviation, Sweden's Saab and Russia's Mikoyan-Gurevich.",
     ("Dassault Aviation", "affiliatedWith", "Sweden")),
    ("The airline will buy jets from France's Dassault Aviation, Sweden's Saab and Russia's Mikoyan-Gurevich.",
     ("Dassault Aviation", "affiliatedWith", "Russia")),
])
def test_organisation_country_not_read(facts_of, text, wrong):
    assert wrong not in facts_of(text).triples


@pytest.mark.parametrize("text, person, title", [
    ("Tom Hale arrived in Accra. The prime minister said Ghana was a friend.", "Tom Hale", "prime minister"),
    ("Ann Cole visited Peru. Later the foreign secretary praised Chile.", "Ann Cole", "foreign secretary"),
])
def test_post_of_a_definite_description(facts_of, text, person, title):
    assert any(t.lower() == title for t in _titles(facts_of(text), person)), facts_of(text)


@pytest.mark.parametrize("text, person, country, other", [
    # the words before the second name of a coordination are its own, not the first person's post
    ("India's petroleum minister Ravi Kumar and Russian energy minister Ivan Petrov met in Delhi.",
     "Ivan Petrov", "Russia", "India"),
    # the parser hangs the second name on the first: no post at all rather than the first person's
    ("Chilean Foreign Minister Ana Rojas and Peruvian trade minister Luis Soto met in Lima.",
     "Luis Soto", None, "Chile"),
])
def test_coordinated_posts_keep_their_own_country(facts_of, text, person, country, other):
    got = facts_of(text)
    assert country is None or (person, "affiliatedWith", country) in got.triples, got
    assert (person, "affiliatedWith", other) not in got.triples, got


def test_second_apposition_of_a_post_is_not_its_holder(facts_of):
    got = facts_of("Officials said that India's petroleum minister Mr Kumar and Russian energy minister Ivan Petrov "
                   "would meet on Tuesday.")
    assert ("Ivan Petrov", "affiliatedWith", "India") not in got.triples, got
    assert ("Kumar", "affiliatedWith", "India") in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # a hyphenated title the parser split into three attributes is still the one post, and heads nothing
    pytest.param("Ten years later Kinnock became vice-president of the European Commission.",
                 ("Kinnock", "memberOf", "European Commission"), ("Kinnock", "leads", "European Commission"),
                 id="hyphenated-title-after-copula"),
    # a sentence-initial modifier of the post is no part of the party's name
    pytest.param("Former Labour leader Neil Kinnock was made a peer.",
                 ("Neil Kinnock", "leads", "Labour Party"), ("Neil Kinnock", "leads", "Labour"),
                 id="former-party-leader"),
])
def test_post_words_around_a_name(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected in got.triples and absent not in got.triples, got


@pytest.mark.parametrize("text, person, title", [
    # a title of data/titles.tsv written with a hyphen is matched and recorded with it
    pytest.param("Treasury Under-Secretary Tom Reed said the plan would not work.", "Tom Reed", "Under-Secretary",
                 id="hyphenated-title-before-name"),
])
def test_hyphenated_title_is_kept_whole(facts_of, text, person, title):
    got = facts_of(text)
    assert any(s == person and p == "holdsPosition" and title in o for s, p, o in got.triples), got


@pytest.mark.parametrize("text, person, country", [
    # the parser hangs the second name on the first post: the words written before it are its own post
    pytest.param("Papers reported that Japan's trade minister Mr Sato and Thai industry minister Somsak Thepsutin "
                 "would discuss tariffs at a meeting.", "Somsak Thepsutin", "Thailand", id="second-of-two-titled-names"),
    pytest.param("Officials said that Japan's oil minister Mr Lobo and Bolivian energy minister Carlos Villegas would "
                 "discuss the deal at a meeting.", "Carlos Villegas", "Bolivia", id="not-the-first-post"),
])
def test_post_written_before_a_name_the_parse_hangs_elsewhere(facts_of, text, person, country):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got
    assert (person, "affiliatedWith", "Japan") not in got.triples, got


@pytest.mark.parametrize("text, body, country, part", [
    # a state body named after a country's possessive is part of the state, and serves it
    pytest.param("Iraq's Oil Ministry has awarded the contracts.", "Oil Ministry", "Iraq", True, id="ministry"),
    # a firm (its head noun also names firms: data/organisation_descriptors.txt) only belongs to it
    pytest.param("Japan's Mizuho Bank has won the contract.", "Mizuho Bank", "Japan", False, id="bank"),
])
def test_possessed_state_body_is_part_of_the_state(facts_of, text, body, country, part):
    got = facts_of(text)
    assert (body, "affiliatedWith", country) in got.triples, got
    assert ((body, "partOf", country) in got.triples) == part, got


@pytest.mark.parametrize("text, people, title", [
    # two people with no post named nearby: either may be meant
    ("Senator Ray Dunn met Tom Hale and Lee Park in Accra. The prime minister said Ghana was a friend.",
     ("Tom Hale", "Lee Park", "Ray Dunn"), "prime minister"),
    # the holder of that very post named before is meant, not the untitled person
    ("Prime Minister Lee Park spoke. Senator Ray Dunn visited Tom Hale. The prime minister said Ghana was a friend.",
     ("Tom Hale", "Ray Dunn"), "prime minister"),
])
def test_description_holder_left_unknown(facts_of, text, people, title):
    got = facts_of(text)
    for person in people:
        assert not any(t.lower() == title for t in _titles(got, person)), got


@pytest.mark.parametrize("text, person, country, leads", [
    ("The Peruvian government announced new taxes. President Luis Soto's government defended the plan on Monday.",
     "Luis Soto", "Peru", True),
    ("The Hale administration signed the decree. Officials of the Chilean government welcomed it.",
     "Hale", "Chile", False),
])
def test_head_of_a_government_serves_its_state(facts_of, text, person, country, leads):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got
    assert ((person, "leads", country) in got.triples) is leads, got


@pytest.mark.parametrize("text, person", [
    # the one state's government named is the one his government acts on
    ("President Luis Soto's government imposed tariffs on Peru. The Peruvian government protested.", "Luis Soto"),
    # two states' governments: either may be his
    ("The Peruvian government and the Chilean government met. President Luis Soto's government spoke first.",
     "Luis Soto"),
    # a person whose state the text gives keeps it
    ("The Peruvian government protested. Chilean President Luis Soto's government replied.", "Luis Soto"),
])
def test_head_of_a_government_not_given_another_state(facts_of, text, person):
    got = facts_of(text)
    assert not any(s == person and p == "affiliatedWith" and o == "Peru" for s, p, o in got.triples), got


@pytest.mark.parametrize("text, person, country", [
    ("Conservative leader Tom Hale spoke in London. He said the UK must cut taxes.", "Tom Hale", "United Kingdom"),
    ("Democrat Ann Cole criticised the plan. The United States will vote in May.", "Ann Cole", "United States"),
])
def test_member_of_a_national_party_serves_its_state(facts_of, text, person, country):
    assert (person, "affiliatedWith", country) in facts_of(text).triples, facts_of(text)


@pytest.mark.parametrize("text, person", [
    # the party's state is not named in the text
    ("Conservative leader Tom Hale spoke in Ottawa on Monday.", "Tom Hale"),
    # the text ties the person to another state
    ("Labour leader Tom Hale, the Australian opposition chief, visited Britain.", "Tom Hale"),
])
def test_party_member_not_given_the_party_state(facts_of, text, person):
    got = facts_of(text)
    assert not any(s == person and p == "affiliatedWith" and o == "United Kingdom" for s, p, o in got.triples), got


def test_head_of_a_government_not_given_a_state_another_heads(facts_of):
    text = ("The Hale government protested on Monday. Peruvian President Luis Soto said the Peruvian government "
            "would not change its policy.")
    assert ("Hale", "affiliatedWith", "Peru") not in facts_of(text).triples, facts_of(text)


def test_head_of_a_government_named_by_a_pronoun_gets_no_state(facts_of):
    text = "The Peruvian government raised taxes. Luis Soto said his government would cut them."
    assert ("Luis Soto", "affiliatedWith", "Peru") not in facts_of(text).triples, facts_of(text)


@pytest.mark.parametrize("text, person, country, leads", [
    # a post only a few states have, in a text naming exactly one of them (data/title_states.tsv)
    ("Chancellor Peter Hall flew to Lagos. Britain wants to double its aid to Nigeria, he said.",
     "Peter Hall", "United Kingdom", False),
    ("Chancellor Greta Wendlinger arrived in Warsaw. Poland and Germany will sign a border treaty.",
     "Greta Wendlinger", "Germany", True),
    ("Secretary of State Dana Holloway flew to Cairo. The United States will give Egypt new aid, she said.",
     "Dana Holloway", "United States", False),
])
def test_title_of_a_few_states_serves_the_one_named(facts_of, text, person, country, leads):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got
    assert ((person, "leads", country) in got.triples) == leads, got


@pytest.mark.parametrize("text, person", [
    # two of the title's states named: no guess
    ("Chancellor Peter Hall flew to Berlin. Britain and Germany will sign a trade pact.", "Peter Hall"),
    # none of the title's states named: France has no chancellor
    ("Chancellor Greta Wendlinger met the French president. France wants a new treaty.", "Greta Wendlinger"),
    # a chancellor of a body holds its post, not a state's
    ("Peter Hall, the chancellor of Westbury University, visited Britain.", "Peter Hall"),
])
def test_title_of_a_few_states_not_guessed(facts_of, text, person):
    got = facts_of(text)
    assert not any(s == person and p == "affiliatedWith" for s, p, _ in got.triples), got


@pytest.mark.parametrize("text, person, body", [
    # a post named with a body the holder is outside of ("non-Nato") is no membership of it
    ("Viktor Lanko visited Brussels. Mr Lanko is the only non-Nato member leader at the summit.", "Viktor Lanko",
     "non-Nato"),
])
def test_post_outside_a_body_is_no_membership(facts_of, text, person, body):
    got = facts_of(text)
    assert not any(s == person and p == "memberOf" for s, p, _ in got.triples), got


@pytest.mark.parametrize("text, person, predicate, body", [
    # an international organisation named before a post held in it is no portfolio ("Trade Minister")
    ("EU Trade Commissioner Anna Berg met Chinese officials in Beijing.", "Anna Berg", "memberOf", "European Union"),
    ("Nato Secretary General Jan Visser visited Kabul.", "Jan Visser", "leads", "North Atlantic Treaty Organization"),
    ("UN Secretary General Kwame Osei flew to Nairobi.", "Kwame Osei", "leads", "United Nations"),
])
def test_post_in_an_international_organisation(facts_of, text, person, predicate, body):
    got = facts_of(text)
    assert (person, predicate, body) in got.triples, got


@pytest.mark.parametrize("text, person", [
    # a state body before a portfolio word is the portfolio: no membership
    ("Home Office Minister Tom Reed visited Leeds.", "Tom Reed"),
])
def test_portfolio_body_is_no_membership(facts_of, text, person):
    got = facts_of(text)
    assert not any(s == person and p in {"memberOf", "leads"} for s, p, _ in got.triples), got


@pytest.mark.parametrize("text, person, country", [
    # a national title of data/national_titles.tsv whose lexicon entry is a shorter title ("secretary")
    ("Transport Secretary Ann Hollis said the British rail plan was right.", "Ann Hollis", "United Kingdom"),
    ("Education Secretary Ruth Kelly opened a school in Leeds, the biggest in the UK.", "Ruth Kelly", "United Kingdom"),
])
def test_national_title_as_written(facts_of, text, person, country):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got


def test_national_title_gives_way_to_a_named_country(facts_of):
    got = facts_of("The Kenyan transport secretary, Tom Mboya, met Chinese officials.")
    assert ("Tom Mboya", "affiliatedWith", "United Kingdom") not in got.triples, got


@pytest.mark.parametrize("text, person, body, country", [
    ("Jose Manuel Barroso, the Portuguese president of the European Commission, met Blair.",
     "Jose Manuel Barroso", "European Commission", "Portugal"),
    ("Gianni Infantino, the Swiss president of Fifa, met fans.", "Gianni Infantino", "Fifa", "Switzerland"),
])
def test_head_of_a_named_body_leads_it_not_his_state(facts_of, text, person, body, country):
    got = facts_of(text).triples
    assert (person, "leads", body) in got
    assert (person, "affiliatedWith", country) in got  # the country word says whose national the holder is
    assert (person, "leads", country) not in got


def test_head_of_state_with_a_country_word_still_leads_it(facts_of):
    assert ("Mahmoud Abbas", "leads", "Palestine") in facts_of("Mahmoud Abbas, the Palestinian president, met "
                                                                "Blair.").triples


@pytest.mark.parametrize("text, person", [
    pytest.param("Omar Said is an MP. He denied wanting to be leader until last year.", "Omar Said",
                 id="denied-wanting"),
    pytest.param("Lina Holt is an MP. She wants to become party leader.", "Lina Holt", id="wants-to-become"),
    pytest.param("Carl Berg refused to become minister.", "Carl Berg", id="refused-to-become"),
])
def test_a_post_sought_or_refused_is_not_held(facts_of, text, person):
    got = facts_of(text)
    assert not any("leader" in t or "minister" in t for t in _titles(got, person)), got


def test_a_post_taken_is_held(facts_of):
    got = facts_of("Carl Berg became foreign minister in 2001.")
    assert "foreign minister" in {t.lower() for t in _titles(got, "Carl Berg")}, got


@pytest.mark.parametrize("text, person, title", [
    # a degree word before the post, and the superlative's range of comparison, are not the post
    pytest.param("Earlier Trade Minister Ana Vidal said exports rose.", "Ana Vidal", "Trade Minister",
                 id="comparative-adverb"),
    pytest.param("In 1990, Omar Said became the youngest premier of the century.", "Omar Said", "premier",
                 id="superlative-range"),
    pytest.param("Omar Said became Kenya's longest-serving chancellor of modern times.", "Omar Said",
                 "chancellor", id="hyphenated-superlative-range"),
    # a relative clause on the body of an of/for-phrase is not part of the post
    pytest.param("Mr Lee is acting as an adviser for Labour, which denies running a smear campaign.", "Lee",
                 "adviser for Labour", id="relative-clause"),
])
def test_post_label_leaves_out_comparisons_and_clauses(facts_of, text, person, title):
    got = facts_of(text)
    titles = {t for s, p, t in got.triples if p == "holdsPosition" and s.endswith(person)}
    assert titles == {title}, got


def test_a_capitalised_comparative_inside_a_post_stays(facts_of):
    got = facts_of("The plan was backed by Higher Education Minister Ana Vidal.")
    assert "Higher Education Minister" in _titles(got, "Ana Vidal"), got


@pytest.mark.parametrize("text, person, body", [
    pytest.param("The fund is large, says Reza Karimi, assistant director of the IMF's Asia Department.",
                 "Reza Karimi", "Asia Department", id="assistant-director"),
    pytest.param("Mia Lund, deputy leader of the Green Party, spoke.", "Mia Lund", "Green Party",
                 id="deputy-leader"),
])
def test_a_deputy_or_assistant_post_leads_nothing(facts_of, text, person, body):
    got = facts_of(text)
    assert (person, "leads", body) not in got.triples, got
    assert (person, "memberOf", body) in got.triples, got


@pytest.mark.parametrize("text, person, title", [
    # a party before a portfolio post is the post's body, not part of its name
    pytest.param("The Tories spoke. Former Tory chancellor Tom Hale said the plan was wrong.", "Tom Hale",
                 "chancellor", id="party-before-portfolio"),
    # ... but a word coordinated with a portfolio is a portfolio ("Economy and Labour")
    pytest.param("Labour won. Economy and Labour Minister Karl Weiss called the dip mild.", "Karl Weiss",
                 "Labour Minister", id="coordinated-portfolio"),
    # a comparative inside a portfolio stays
    pytest.param("Mr Lee served as higher education minister between 1990 and 1992.", "Lee",
                 "higher education minister", id="comparative-portfolio"),
])
def test_party_and_portfolio_words_in_post_labels(facts_of, text, person, title):
    got = facts_of(text)
    titles = {t for s, p, t in got.triples if p == "holdsPosition" and s.endswith(person)}
    assert title in titles, got


def test_a_relative_clause_on_the_body_gives_no_country(facts_of):
    got = facts_of("Ali Noor, deputy director of the consultancy Petrol Services, which entered Iraq in 2003, spoke.")
    assert ("Ali Noor", "affiliatedWith", "Iraq") not in got.triples, got


@pytest.mark.parametrize("text, person, title", [
    # a party label opening a portfolio post, even when the party is named nowhere else
    pytest.param("Conservative shadow home secretary Tom Hale was worried.", "Tom Hale", "shadow home secretary",
                 id="unresolved-party-label"),
    # the holder's own name set off in apposition to the body is no part of the post
    pytest.param("Her remarks come as the co-chairman of the Labour Party, Ann Cole, on Friday called him a failure "
                 "of historic proportions.", "Ann Cole", "co-chairman", id="holder-in-apposition"),
    pytest.param("Paris is being represented by France's director general for Africa, Luc Morel.", "Luc Morel",
                 "director general for Africa", id="holder-after-for-phrase"),
])
def test_party_label_and_holder_name_out_of_post(facts_of, text, person, title):
    got = facts_of(text)
    assert _titles(got, person) == {title}, got


@pytest.mark.parametrize("text, person, body, predicate", [
    ("Karl Weber, an IMF director, said the economy was strong.", "Karl Weber", "International Monetary Fund",
     "memberOf"),
    ("Jane Roe, a director of Siemens, said profits rose.", "Jane Roe", "Siemens", "memberOf"),
    ("Jane Roe, the director of Siemens, said profits rose.", "Jane Roe", "Siemens", "leads"),
])
def test_a_post_with_the_indefinite_article_heads_nothing(facts_of, text, person, body, predicate):
    got = facts_of(text)
    assert (person, predicate, body) in got.triples, got
    if predicate == "memberOf":  # (a leader is a member too: membership.leaders_as_members)
        assert (person, "leads", body) not in got.triples


def test_undersecretary_of_state_is_one_post(facts_of):
    got = facts_of("US Undersecretary of State Tom Reed is meeting British officials this week.")
    assert ("Tom Reed", "holdsPosition", "Undersecretary of State") in got.triples, got
    assert not any(p == "memberOf" for s, p, _ in got.triples if s == "Tom Reed")


@pytest.mark.parametrize("text, person", [
    ("Jane Roe said she hoped Mr Hale would be premier at some point.", "Hale"),
    ("Jane Roe denied that Tom Hale was chairman of the club.", "Tom Hale"),
])
def test_a_post_in_a_clause_of_hoping_or_denying_is_not_held(facts_of, text, person):
    got = facts_of(text)
    assert not any(s == person and p == "holdsPosition" for s, p, _ in got.triples), got


def test_a_name_inside_the_of_phrase_of_a_post_does_not_hold_it(facts_of):
    got = facts_of("John Hale, managing director of oil industry analysts Douglas Westwood, said prices rose.")
    assert any(s == "John Hale" and p == "holdsPosition" for s, p, _ in got.triples), got
    assert not any(s == "Douglas Westwood" and p == "holdsPosition" for s, p, _ in got.triples)


def test_a_post_word_the_parser_split_off_is_put_back(facts_of):
    got = facts_of("He and his shadow Chancellor Tom Hale have been edging towards an announcement.")
    assert ("Tom Hale", "holdsPosition", "shadow Chancellor") in got.triples, got


@pytest.mark.parametrize("text, person", [
    ("Qatar's emir, Sheikh Tamim bin Hamad Al Thani, said the talks would continue.", "Tamim bin Hamad Al Thani"),
    ("The emir of Qatar, Sheikh Tamim bin Hamad Al Thani, visited France.", "Tamim bin Hamad Al Thani"),
])
def test_emir_named_with_sheikh_holds_the_post_not_the_honorific(facts_of, text, person):
    got = facts_of(text)
    assert (person, "holdsPosition", "emir") in got.triples, got
    assert (person, "leads", "Qatar") in got.triples
    assert not any(s == person and p == "holdsPosition" and o.lower() == "sheikh" for s, p, o in got.triples)


@pytest.mark.parametrize("text, expected", [
    # the pronoun continues the story of the person named as a subject before it
    pytest.param("Peter Dunn has resigned from the board. He became chairman of the Royal Opera in 2001.",
                 ("Peter Dunn", "holdsPosition", "chairman of Royal Opera"), id="subject-chain"),
    pytest.param("Tom Hale was born in Leeds. He studied law and married his wife Anna Price. He became an MP in 1990.",
                 ("Tom Hale", "holdsPosition", "MP"), id="object-named-between"),
    # a name as a modifier is no one the pronoun may mean
    pytest.param("Alan Reed grew up in Hull. After working in the Peter Dunn government, he became foreign minister.",
                 ("Alan Reed", "holdsPosition", "foreign minister"), id="name-as-modifier"),
    # the reporter of "X told Y he would ..." speaks of himself
    pytest.param("Peter Dunn told Mark Lee in 1998 he would resign as prime minister after the budget.",
                 ("Peter Dunn", "holdsPosition", "prime minister"), id="reporter"),
])
def test_post_said_of_a_pronoun_with_a_safe_antecedent(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text", [
    # another person named in the pronoun's sentence, after the subject: either may be meant
    pytest.param("Tom Hale accused Peter Dunn of hiding the report when he was interior minister.", id="accused"),
    pytest.param("Mark Lee accused Tom Hale of misleading parliament in the years when he was foreign secretary.",
                 id="accused-years"),
])
def test_no_post_for_a_pronoun_that_may_mean_someone_else(facts_of, text):
    got = facts_of(text)
    assert not [t for t in got.triples if t[1] == "holdsPosition"], got


def test_a_described_cabinet_post_is_not_given_to_the_holder_of_another(facts_of):
    got = facts_of("Peter Dunn's feud with Mark Lee is hurting the country, Tory leader Alan Reed said on Monday. But "
                   "Mr Dunn dismissed the talk of splits and said voters cared about the economy. \"He can say what he "
                   "likes,\" he said. The chancellor is touring Africa this week. It claims Mr Dunn said in 2003 he "
                   "would stand down as prime minister before the election.")
    assert ("Peter Dunn", "holdsPosition", "chancellor") not in got.triples, got


def test_a_described_post_of_an_untitled_person_is_kept(facts_of):
    got = facts_of("Mark Lee has left for Africa. The chancellor is touring Kenya and Ghana this week.")
    assert ("Mark Lee", "holdsPosition", "chancellor") in got.triples, got


@pytest.mark.parametrize("text, expected, absent", [
    # a party named as the modifier of the noun the post heads: a group of its members, not the party
    pytest.param("Graham Lane, leader of the Labour group on Ashby Council, spoke.",
                 ("Graham Lane", "memberOf", "Labour Party"), ("Graham Lane", "leads", "Labour Party"),
                 id="party-group"),
    # the party itself (a leader is a member too: membership.leaders_as_members)
    pytest.param("Graham Lane, leader of the Labour Party, spoke.", ("Graham Lane", "leads", "Labour Party"),
                 ("Graham Lane", "leads", "Labour group"), id="party"),
])
def test_head_of_a_party_group_is_a_member_of_the_party(facts_of, text, expected, absent):
    got = facts_of(text)
    assert expected in got.triples and absent not in got.triples, got


@pytest.mark.parametrize("text, person, title", [
    # a capitalised ordinal opening a title of data/titles.tsv is part of the post
    pytest.param("First Minister Alan Dunmore said the budget would pass.", "Alan Dunmore", "First Minister",
                 id="first-minister"),
    # an abbreviated post is spelled out (data/title_abbreviations.tsv), before the name or in a by-phrase
    pytest.param("Deputy PM Tom Haskins opened the debate on Monday.", "Tom Haskins", "Deputy Prime Minister",
                 id="deputy-pm"),
    pytest.param("The talks were hosted by deputy PM Tom Haskins in Leeds.", "Tom Haskins", "deputy Prime Minister",
                 id="deputy-pm-by-phrase"),
    # a post before an honorific and the name
    pytest.param("The appeal was heard by senior law lord Lord Harwood on Monday.", "Harwood", "senior law lord",
                 id="title-before-honorific"),
    # a post in brackets before the name, the way transcripts name a speaker
    pytest.param("(Trade minister) Tom Haskins has cancelled his visit.", "Tom Haskins", "Trade minister",
                 id="bracketed-post"),
    # a trade before the name
    pytest.param("Manchester teacher Jane Corrin said the plan was wrong.", "Jane Corrin", "teacher", id="occupation"),
    pytest.param("Writer Paul Ebbs, from Kent, agreed with her.", "Paul Ebbs", "Writer", id="occupation-first"),
])
def test_post_wordings_before_a_name(facts_of, text, person, title):
    got = facts_of(text)
    assert title in _titles(got, person), got


@pytest.mark.parametrize("text, absent", [
    # an ordinal counting holders is no part of the post
    pytest.param("Tom Haskins was the first minister to resign.", ("Tom Haskins", "holdsPosition", "first minister"),
                 id="counting-ordinal"),
    # a place before a trade is where the holder lives, not a state served
    pytest.param("London teacher Jane Corrin said the plan was wrong.", ("Jane Corrin", "affiliatedWith",
                                                                        "United Kingdom"), id="occupation-place"),
    # a country's name set before a trade is where the work is done, not the holder's nationality
    pytest.param("The Kenya nurse Mary Dunne treated the victims.", ("Mary Dunne", "affiliatedWith", "Kenya"),
                 id="occupation-country-noun"),
    # an abbreviation is not kept as written
    pytest.param("Deputy PM Tom Haskins opened the debate on Monday.", ("Tom Haskins", "holdsPosition", "Deputy"),
                 id="abbreviation-not-cut"),
])
def test_post_wordings_not_read(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Kenyan nurse Mary Wambui treated the victims.", ("Mary Wambui", "affiliatedWith", "Kenya"),
                 id="demonym"),
    pytest.param("She campaigned for the release of a British engineer, Tom Hale, who was jailed.",
                 ("Tom Hale", "affiliatedWith", "United Kingdom"), id="demonym-apposition"),
    pytest.param("Pakistan's top nuclear scientist, Ali Rauf, admitted selling secrets.",
                 ("Ali Rauf", "affiliatedWith", "Pakistan"), id="possessive-country"),
])
def test_a_trade_with_a_nationality_says_the_holders_country(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


def test_home_country_from_national_parties(facts_of):
    got = facts_of("Labour and the Conservatives clashed over Britain's schools. Deputy Prime Minister Tom Haskins "
                   "said the plan would work.")
    assert ("Tom Haskins", "affiliatedWith", "United Kingdom") in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a party label the text makes no entity of, opening a post before a name
    pytest.param("Conservative policy co-ordinator Tom Reed said the plan would fail. Britain's Labour Party disagreed.",
                 ("Tom Reed", "memberOf", "Conservative Party"), id="party-adjective"),
    # a hyphenated stance or age before a post is no part of it
    pytest.param("He will face the anti-war Labour MP Jane Corrin in the seat.", ("Jane Corrin", "holdsPosition", "MP"),
                 id="stance-before-post"),
    pytest.param("The 50-year-old Tory MP Tim Yeo said it was wrong.", ("Tim Yeo", "holdsPosition", "MP"),
                 id="age-before-post"),
    pytest.param("The ex-foreign secretary Tom Reed said the plan would not work.",
                 ("Tom Reed", "holdsPosition", "foreign secretary"), id="ex-before-post"),
    # a fronted for-phrase naming a party the speaker speaks for
    pytest.param("For the Liberal Democrats, Sir Tom Reed said the plan would not work.",
                 ("Tom Reed", "memberOf", "Liberal Democrats"), id="speaking-for-a-party"),
    # an adjective of opinion judges the holder and is no part of the post
    pytest.param("Tom Reed is a wonderful writer, his editor said.", ("Tom Reed", "holdsPosition", "writer"),
                 id="praise-before-post"),
    # a weak opinion word names a portfolio
    pytest.param("Natural resources minister Yuri Orlov was quoted by the agency.",
                 ("Yuri Orlov", "holdsPosition", "Natural resources minister"), id="portfolio-adjective"),
    # a post written after the counterpart word is the person's own
    pytest.param("Tom Reed will meet Chinese counterpart Minister Wu Peng to discuss trade.",
                 ("Wu Peng", "holdsPosition", "Minister"), id="post-after-counterpart"),
    # a period of the post's holding, by its possessive
    pytest.param("Tom Reed made the pledge on his first day as home secretary.",
                 ("Tom Reed", "holdsPosition", "home secretary"), id="first-day-as"),
])
def test_more_post_wordings(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a title word before the hyphen makes it part of the post, which is not cut to what follows
    pytest.param("Vice-Prime Minister Oleg Petrenko called for talks.", ("Oleg Petrenko", "holdsPosition", "Minister"),
                 id="title-word-before-hyphen"),
    # a name running across the hyphen belongs to the stance, not the post
    pytest.param("He will face pro-Iraq war Labour MP Jane Corrin in the seat.", ("Jane Corrin", "affiliatedWith",
                                                                             "Iraq"), id="stance-name"),
    pytest.param("Conservative estimates Tom Reed made were wrong.", ("Tom Reed", "memberOf", "Conservative Party"),
                 id="party-adjective-no-post"),
    # a for-phrase of the reported clause, not of the speaking
    pytest.param("For Labour, the vote was a disaster, Tom Reed said.", ("Tom Reed", "memberOf", "Labour Party"),
                 id="for-phrase-of-the-clause"),
    # whoever is chosen as a minister is not the chooser
    pytest.param("Tom Reed praised the prime minister's choice as foreign secretary.",
                 ("Tom Reed", "holdsPosition", "foreign secretary"), id="choice-as"),
])
def test_more_post_wordings_not_read(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, person, country", [
    ("The rebels fought Luis Soto's regime in Peru for years.", "Luis Soto", "Peru"),
    ("Critics of Tom Hale's government in Chile were arrested.", "Tom Hale", "Chile"),
])
def test_owner_of_a_regime_in_a_country_leads_it(facts_of, text, person, country):
    got = facts_of(text)
    assert (person, "leads", country) in got.triples, got
    assert (person, "affiliatedWith", country) in got.triples, got


@pytest.mark.parametrize("text", [
    "Luis Soto said his government in Peru would fall.",  # a pronoun owner may err
    "In Peru, the rebels fought Luis Soto's regime.",  # the country is not the regime's
    "The rebels fought Luis Soto's regime in Lima.",  # a city is no country led
])
def test_regime_owner_not_read_without_a_named_owner_and_country(facts_of, text):
    got = facts_of(text)
    assert not any(f.predicate == "leads" and f.rule == "role:regime" for f in got.facts), got


@pytest.mark.parametrize("text, noun, expected", [
    # an of/for phrase whose object is a gerund says what the holder is charged with or praised for
    pytest.param("Critics accused the president of hiding the costs.", "president", True, id="accused-of-gerund"),
    pytest.param("Rebels accused the minister of stealing aid.", "minister", True, id="accused-minister"),
    # a body or a field of a post is part of it
    pytest.param("The minister of mining spoke on Monday.", "minister", False, id="minister-of-mining"),
    pytest.param("The president of France spoke on Monday.", "president", False, id="president-of-country"),
])
def test_of_an_act_is_no_part_of_a_title(nlp, text, noun, expected):
    from kg.extract.facts.roles import _of_an_act
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == noun)
    prep = next(c for c in head.children if c.dep_ == "prep")
    assert _of_an_act(prep) is expected


@pytest.mark.parametrize("text, person, title, extra", [
    ("Chile's trade minister has opened the fair.\n\nMaria Gonzalez said foreign firms were welcome.",
     "Maria Gonzalez", "trade minister", ("Maria Gonzalez", "affiliatedWith", "Chile")),
    ('A Nato spokesman rejected the claim. "There is no evidence," said Tom Hale.',
     "Tom Hale", "spokesman", ("Tom Hale", "memberOf", "North Atlantic Treaty Organization")),
])
def test_post_described_before_the_name(facts_of, text, person, title, extra):
    got = facts_of(text)
    assert any(t.lower() == title for t in _titles(got, person)), got
    assert extra in got.triples, got


@pytest.mark.parametrize("text, person", [
    # another person is named in the sentence of the post: he may be its holder
    ("Chile's trade minister praised Luis Soto.\n\nMaria Gonzalez said foreign firms were welcome.", "Maria Gonzalez"),
    # the post is not the subject of its sentence
    ("Protesters met Chile's trade minister.\n\nMaria Gonzalez said foreign firms were welcome.", "Maria Gonzalez"),
    # the name speaks two sentences later
    ("Chile's trade minister has opened the fair. Many firms came.\n\nMaria Gonzalez said they were welcome.",
     "Maria Gonzalez"),
    # the name has a post of its own
    ("Chile's trade minister has opened the fair.\n\nMaria Gonzalez, an analyst, said firms were welcome.",
     "Maria Gonzalez"),
    # the name is not the speaker
    ("Chile's trade minister has opened the fair.\n\nFirms praised Maria Gonzalez.", "Maria Gonzalez"),
])
def test_no_post_described_before_the_name(facts_of, text, person):
    assert "trade minister" not in {t.lower() for t in _titles(facts_of(text), person)}, facts_of(text)


@pytest.mark.parametrize("text, person, title, body", [
    # a trade of the financial news (O*NET-SOC) is a post: its holder works in the firm it is held at
    ("Adam Hale, a currency strategist at Carrow Bank, said the dollar would fall.", "Adam Hale", "currency strategist",
     "Carrow Bank"),
    ("Ann Cole, a portfolio manager at Carrow Bank, said the dollar would fall.", "Ann Cole", "portfolio manager",
     "Carrow Bank"),
])
def test_financial_trades_are_posts(facts_of, text, person, title, body):
    got = facts_of(text)
    assert title in {t.lower() for t in _titles(got, person)}, got
    assert (person, "memberOf", body) in got.triples, got


def test_a_post_for_a_number_of_a_bodys_people_is_not_held_in_the_body(facts_of):
    got = facts_of("Tom Hale said he had worked as an adviser for any number of Republicans.")
    assert ("Tom Hale", "memberOf", "Republican Party") not in got.triples, got
    assert "adviser" in {t.lower() for t in _titles(got, "Tom Hale")}, got


@pytest.mark.parametrize("text, person, title", [
    ("Labour backbencher Tom Hale said the plan was unwise.", "Tom Hale", "backbencher"),
    ("The concert was opened by singer Ann Cole in Leeds.", "Ann Cole", "singer"),
    ("Officials appealed for the release of aid worker Ann Cole in Iraq.", "Ann Cole", "aid worker"),
    ("Tom Hale, a veteran campaigner, said the plan was unwise.", "Tom Hale", "campaigner"),
])
def test_general_posts_and_trades(facts_of, text, person, title):
    assert title in {t.lower() for t in _titles(facts_of(text), person)}, facts_of(text)


@pytest.mark.parametrize("text, title", [
    ("Mr Tom Hale spoke on Monday. Had he been an economist, he would have known.", "economist"),
    ("Mr Tom Hale spoke on Monday. He said that if he were prime minister, he would cut taxes.", "prime minister"),
])
def test_a_supposed_post_is_not_held(facts_of, text, title):
    assert title not in {t.lower() for t in _titles(facts_of(text), "Tom Hale")}, facts_of(text)


@pytest.mark.parametrize("text, person, title", [
    ("Ann Cole resigned as foreign secretary over the war.", "Ann Cole", "foreign secretary"),
    ("Tom Hale quit as chairman of Carrow Bank in May.", "Tom Hale", "chairman"),
])
def test_a_post_left_by_as_was_held(facts_of, text, person, title):
    assert any(title in t.lower() for t in _titles(facts_of(text), person)), facts_of(text)


def test_a_post_stood_for_is_not_held(facts_of):
    assert not _titles(facts_of("Tom Hale will stand as mayor in May."), "Tom Hale")


@pytest.mark.parametrize("text, person, title, body", [
    pytest.param("Zelnext chief Jean-Luc Moreau held talks with the minister on Friday.", "Jean-Luc Moreau", "chief",
                 "Zelnext", id="chief-read-as-adjective"),
    pytest.param("Unilever boss Paul Polman met the minister in Oslo on Friday.", "Paul Polman", "boss", "Unilever",
                 id="boss"),
])
def test_firm_head_named_before_the_name(facts_of, text, person, title, body):
    """'<Firm> chief X', '<Firm> boss Y': the post heads the firm written before it."""
    got = facts_of(text)
    assert (person, "holdsPosition", title) in got.triples, got
    assert (person, "leads", body) in got.triples, got


@pytest.mark.parametrize("text, absent", [
    pytest.param("The chief suspect Tom Hale was held in Leeds.", "suspect", id="chief-qualifying-a-noun"),
    pytest.param("Police named Tom Hale as the chief suspect.", "chief", id="chief-not-before-the-name"),
])
def test_adjectival_chief_only_as_a_post_before_a_name(facts_of, text, absent):
    assert not any(absent in t.lower() for t in _titles(facts_of(text), "Tom Hale")), facts_of(text)


@pytest.mark.parametrize("text, person, title", [
    pytest.param('The union\'s head of policy in Wales, Ann Cole said: "The cuts are wrong."', "Ann Cole",
                 "head of policy", id="possessed-post"),
    pytest.param('The bank\'s head of research in Asia, Tom Hale said: "Growth is slowing."', "Tom Hale",
                 "head of research", id="the-post"),
])
def test_post_set_off_before_a_named_subject(facts_of, text, person, title):
    """A post set off by a comma before a named subject, with no closing comma, is the named person's."""
    assert any(t.lower().startswith(title) for t in _titles(facts_of(text), person)), facts_of(text)


@pytest.mark.parametrize("text", [
    pytest.param("When the minister left, Tom Hale said the plan was dead.", id="post-in-another-clause"),
    pytest.param("The minister's aides were furious, Tom Hale said.", id="post-not-set-off-before-the-name"),
])
def test_no_post_from_a_noun_before_a_named_subject(facts_of, text):
    assert not _titles(facts_of(text), "Tom Hale"), facts_of(text)


@pytest.mark.parametrize("text, person, title, party", [
    pytest.param("Conservative co-chairman Tom Hale said the plan was wrong. Britain's Labour Party disagreed.", "Tom Hale", "co-chairman",
                 "Conservative Party", id="co-chairman"),
    pytest.param("Conservative vice-chairman Tom Hale said the plan was wrong. Britain's Labour Party disagreed.", "Tom Hale", "vice-chairman",
                 "Conservative Party", id="party-label-not-in-the-post"),
])
def test_party_label_before_a_post_is_the_party(facts_of, text, person, title, party):
    """'Conservative co-chairman X': the post is "co-chairman", held in the party; a co-chairman does not lead it."""
    got = facts_of(text)
    assert _titles(got, person) == {title}, got
    assert (person, "memberOf", party) in got.triples, got
    assert (person, "leads", party) not in got.triples, got


def test_a_coordinated_party_word_stays_in_a_portfolio(facts_of):
    assert not any(t == "Minister" for t in _titles(facts_of(
        "The Economy and Labour Minister Tom Hale said the plan was wrong."), "Tom Hale"))
@pytest.mark.parametrize("text, person, country, leads", [
    # a government post held with no state, reporting what one state does: the holder speaks for it
    pytest.param("Talks went well. President Jan Kowal said Poland backed the plan.", "Jan Kowal", "Poland", True,
                 id="head-of-state-reports-its-stance"),
    pytest.param("Planning Minister Ana Ruiz said that the Peruvian state would not pay for the dam.", "Ana Ruiz",
                 "Peru", False, id="minister-reports-the-state"),
    pytest.param("Chile will not sign the deal, Trade Minister Ana Ruiz said on Monday.", "Ana Ruiz", "Chile", False,
                 id="reported-clause-before-the-verb"),
])
def test_a_post_holder_speaks_for_the_state(facts_of, text, person, country, leads):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got
    assert ((person, "leads", country) in got.triples) == leads, got


@pytest.mark.parametrize("text, absent", [
    # a quotation may name any state: no voice read from it
    pytest.param('"Japan must act now," President Jan Kowal said.', ("Jan Kowal", "affiliatedWith", "Japan"),
                 id="quotation"),
    pytest.param('President Jan Kowal said: "Russia is our partner."', ("Jan Kowal", "affiliatedWith", "Russia"),
                 id="quotation-after-colon"),
    # a holder already tied to a state keeps it
    pytest.param("Polish President Jan Kowal said Germany backed the plan.", ("Jan Kowal", "affiliatedWith",
                                                                              "Germany"), id="already-served"),
    # people or a body of a state, named by a modifier: a speaker may speak of them from abroad
    pytest.param("President Jan Kowal said Hungarian leaders were wrong to ignore Warsaw.",
                 ("Jan Kowal", "leads", "Hungary"), id="leaders-of-a-state"),
    pytest.param("Minister Jan Kowal said Hungarian officials had broken their word.",
                 ("Jan Kowal", "affiliatedWith", "Hungary"), id="officials-of-a-state"),
    # a speaker with no government post
    pytest.param("Analyst Jan Kowal said Poland backed the plan.", ("Jan Kowal", "affiliatedWith", "Poland"),
                 id="no-government-post"),
    # two states reported: none is his
    pytest.param("President Jan Kowal said Poland backed the plan. He said Hungary opposed it.",
                 ("Jan Kowal", "affiliatedWith", "Poland"), id="several-states"),
    # the president of an organisation is no head of the state he speaks of
    pytest.param("Kenya will cut spending, said Jan Kowal, the president of the World Bank.",
                 ("Jan Kowal", "leads", "Kenya"), id="president-of-a-body"),
    pytest.param("Kenya will cut spending, said World Bank president Jan Kowal.",
                 ("Jan Kowal", "affiliatedWith", "Kenya"), id="body-before-the-post"),
])
def test_no_voice_for_a_state(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, person, country, leads", [
    # the maker of a state's measure serves the state; a head of state leads it
    pytest.param("The Chilean ban on imports, imposed by then president Ana Ruiz in 1986, was lifted.", "Ana Ruiz",
                 "Chile", True, id="state-modifier"),
    # "the <noun>": the state of the last same noun the text gave one
    pytest.param("Peru's rebate is safe, the minister said. The rebate, secured by Tom Webb in 1984, is fair.",
                 "Tom Webb", "Peru", False, id="same-noun-before"),
])
def test_the_maker_of_a_state_measure_serves_it(facts_of, text, person, country, leads):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got
    assert ((person, "leads", country) in got.triples) == leads, got


@pytest.mark.parametrize("text, absent", [
    # a verb that makes nothing: a critic of the measure is no maker
    pytest.param("The Chilean ban on imports, criticised by Tom Webb, was lifted.",
                 ("Tom Webb", "affiliatedWith", "Chile"), id="not-an-authoring-verb"),
    # a maker tied to another state keeps it
    pytest.param("The Chilean ban on imports, imposed by Peruvian minister Tom Webb, was lifted.",
                 ("Tom Webb", "affiliatedWith", "Chile"), id="tied-elsewhere"),
    # a noun no state modifies, and none before
    pytest.param("The ban on imports, imposed by Tom Webb in 1986, was lifted by Chile.",
                 ("Tom Webb", "affiliatedWith", "Chile"), id="no-state-of-the-measure"),
])
def test_no_maker_state(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, person, party", [
    # a party head whose post names no party leads the one party of the sentence, else of the sentence before
    pytest.param("The Liberal Democrats will have to fight hard. But leader Jo Hale believes he has a good plan.",
                 "Jo Hale", "Liberal Democrats", id="party-of-the-sentence-before"),
    pytest.param("The row between MEP Tom Webb and party leader Jo Hale was about the SNP whip.", "Jo Hale",
                 "Scottish National Party", id="party-of-the-sentence"),
])
def test_a_party_head_leads_the_party_named_nearby(facts_of, text, person, party):
    got = facts_of(text)
    assert (person, "leads", party) in got.triples, got


def test_a_former_party_head_led_the_party(facts_of):
    """A past lead the text states is a fact (the gold writes it plainly)."""
    assert ("Jo Hale", "leads", "Labour Party") in \
        facts_of("The Labour Party met. Former leader Jo Hale said it must unite.").triples


@pytest.mark.parametrize("text, absent", [
    # two parties nearby: either may be meant
    pytest.param("Labour and the Liberal Democrats clashed. But leader Jo Hale believes he has a good plan.",
                 ("Jo Hale", "leads", "Labour Party"), id="two-parties"),
])
def test_no_party_head(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # the document's home country, from its national parties and the state it names
    pytest.param("President Jon Doe will send his budget to Congress. The Republican Party holds both houses, and "
                 "the US deficit is large. Vice-President Al Roe said it was tight.",
                 {("Jon Doe", "affiliatedWith", "United States"), ("Jon Doe", "leads", "United States"),
                  ("Al Roe", "affiliatedWith", "United States")}, id="home-from-parties"),
])
def test_a_president_with_no_country_serves_the_documents_republic(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a monarchy's text: its presidents are foreign
    pytest.param("Foreign Secretary Jack Orme met bankers. President Ana Lopes said the talks went well.",
                 ("Ana Lopes", "affiliatedWith", "United Kingdom"), id="home-monarchy"),
    # without a home country, not the one republic the text names: it may be the one the president acts on
    pytest.param("The ban on trade with Kenya, imposed by President Jon Doe in 1962, was eased in 2015.",
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="republic-acted-on"),
    # two republics named: nobody is guessed
    pytest.param("Kenya and Ghana will cut spending. President Jon Doe said the budget was tight.",
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="two-republics"),
    # a republic named only in a quotation
    pytest.param('Officials met in London. President Jon Doe said: "Kenya is our partner."',
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="quoted-republic"),
    # the one republic is where the president goes, or who receives him: a visitor is foreign
    pytest.param("President Jon Doe flew to Kenya to open a school.", ("Jon Doe", "affiliatedWith", "Kenya"),
                 id="visited-republic"),
    pytest.param("Kenya welcomed Jon Doe. President Jon Doe said the talks went well.",
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="host-republic-elsewhere"),
    # a body's president is no state's, nor is one of several
    pytest.param("Kenya's economy grew. Jon Doe, the company's president, said sales were up.",
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="possessed-president"),
    pytest.param("Kenya's economy grew. Jon Doe, a president of the bank, said sales were up.",
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="indefinite-president"),
    pytest.param("Kenya will cut spending. Jon Doe, the president of the World Bank, said the budget was tight.",
                 ("Jon Doe", "affiliatedWith", "Kenya"), id="president-of-a-body"),
])
def test_a_president_with_no_country_is_not_guessed(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # police ranks (data/titles.tsv): a chief constable heads the force, the ranks below serve in it
    pytest.param("Ruth Dale, assistant chief constable of Kent Police, said the road was closed.",
                 {("Ruth Dale", "holdsPosition", "assistant chief constable"), ("Ruth Dale", "memberOf", "Kent Police")},
                 id="assistant-chief-constable"),
    pytest.param("Tom Hale, chief constable of Kent Police, said the road was closed.",
                 {("Tom Hale", "holdsPosition", "chief constable"), ("Tom Hale", "leads", "Kent Police")},
                 id="chief-constable"),
    pytest.param("Detective Inspector Mary Cole said the search would go on.",
                 {("Mary Cole", "holdsPosition", "Detective Inspector")}, id="cid-rank"),
    # law officers and judicial posts (data/titles.tsv): a law officer serves the home country
    pytest.param("Home Secretary Ann Webb met police chiefs. Solicitor General Ruth Dale said British law was clear.",
                 {("Ruth Dale", "holdsPosition", "Solicitor General"), ("Ruth Dale", "affiliatedWith", "United Kingdom")},
                 id="solicitor-general"),
    pytest.param("District Judge Mary Cole refused bail.", {("Mary Cole", "holdsPosition", "District Judge")},
                 id="district-judge"),
])
def test_police_and_judicial_posts(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


def test_an_assistant_chief_constable_does_not_lead_the_force(facts_of):
    got = facts_of("Ruth Dale, assistant chief constable of Kent Police, said the road was closed.")
    assert ("Ruth Dale", "leads", "Kent Police") not in got.triples, got


@pytest.mark.parametrize("text, person, country", [
    # a state's own name modifying a noun of the head's sentence
    pytest.param("President Jan Kowal has promised to halve Peru's budget deficit by next spring.", "Jan Kowal",
                 "Peru", id="possessive"),
    pytest.param("Prime Minister Ana Ruiz opened a new Chilean steel plant on Friday.", "Ana Ruiz", "Chile",
                 id="adjective"),
    # a minister too; a capital stands for its state
    pytest.param("Lima was calm, with finance minister Tom Webb telling reporters the budget would pass.", "Tom Webb",
                 "Peru", id="minister"),
    # the subject of a clause of his sentence that does not report his words
    pytest.param("Prime Minister Ana Ruiz will chair the summit when Chile holds the presidency.", "Ana Ruiz",
                 "Chile", id="clause-subject"),
    # a legislator too
    pytest.param("Senator Tom Webb wants to cut Peru's defence budget.", "Tom Webb", "Peru", id="legislator"),
    # when his own sentences name none, the subject of the sentence next to his
    pytest.param("President Jan Kowal's administration is still in talks. Peru is burdened by its debts.",
                 "Jan Kowal", "Peru", id="neighbour-subject"),
])
def test_a_head_serves_the_one_state_his_sentence_names(facts_of, text, person, country):
    got = facts_of(text)
    assert (person, "affiliatedWith", country) in got.triples, got


@pytest.mark.parametrize("text, leads", [
    # a head of state leads the state his sentence names; a minister does not; a former head no longer does
    pytest.param("President Jan Kowal has promised to halve Peru's budget deficit by next spring.", True,
                 id="head"),
    pytest.param("Finance Minister Jan Kowal has promised to halve Peru's budget deficit by next spring.", False,
                 id="minister"),
    pytest.param("Former President Jan Kowal has promised to halve Peru's budget deficit by next spring.", False,
                 id="former"),
])
def test_a_head_leads_the_one_state_his_sentence_names(facts_of, text, leads):
    got = facts_of(text)
    assert ("Jan Kowal", "affiliatedWith", "Peru") in got.triples, got
    assert (("Jan Kowal", "leads", "Peru") in got.triples) == leads, got


@pytest.mark.parametrize("text, absent", [
    # what he acts on is no state of his
    pytest.param("President Jan Kowal criticised Peru's leaders on Friday.", ("Jan Kowal", "affiliatedWith", "Peru"),
                 id="acted-on"),
    # another state named in the sentence: either may be his
    pytest.param("President Jan Kowal promised Peruvian troops for the mission in Bolivia.",
                 ("Jan Kowal", "affiliatedWith", "Peru"), id="two-states"),
    # what his reported words say a state does is no sign of his own
    pytest.param("Prime Minister Ana Ruiz thinks Chile is arming the rebels.", ("Ana Ruiz", "affiliatedWith", "Chile"),
                 id="reported-subject"),
    # a state qualifying another holder's post is that holder's
    pytest.param("The Peruvian president met Prime Minister Ana Ruiz in the capital.",
                 ("Ana Ruiz", "affiliatedWith", "Peru"), id="another-holder"),
    # no president serves a monarchy
    pytest.param("President Jan Kowal has promised to reduce Britain's budget rebate.",
                 ("Jan Kowal", "affiliatedWith", "United Kingdom"), id="monarchy"),
    # a body's name before the post: the body's head
    pytest.param("Acme president Jan Kowal said growth in German exports was slow.",
                 ("Jan Kowal", "affiliatedWith", "Germany"), id="body-before-the-post"),
    # a neighbouring sentence's state named only as a modifier
    pytest.param("President Jan Kowal arrived on Monday. He will meet the Peruvian community on Tuesday.",
                 ("Jan Kowal", "affiliatedWith", "Peru"), id="neighbour-modifier"),
    # not a head's post
    pytest.param("Analyst Jan Kowal has promised to halve Peru's budget deficit.",
                 ("Jan Kowal", "affiliatedWith", "Peru"), id="no-head"),
])
def test_no_state_from_the_heads_sentence(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Trade will recover, says Omar Saleh, an Iraqi who moved abroad in 1990.",
                 ("Omar Saleh", "affiliatedWith", "Iraq"), id="demonym-noun"),
    pytest.param("John Kemp, a Briton, was freed on Monday.", ("John Kemp", "affiliatedWith", "United Kingdom"),
                 id="briton"),
    pytest.param("Paul Roux, a Canadian national, was freed.", ("Paul Roux", "affiliatedWith", "Canada"),
                 id="national"),
    pytest.param("Paul Roux is a Canadian citizen.", ("Paul Roux", "affiliatedWith", "Canada"), id="copula-citizen"),
    pytest.param("Paul Roux is Canadian.", ("Paul Roux", "affiliatedWith", "Canada"), id="copula-adjective"),
])
def test_a_nationality_said_of_a_name(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a population noun with no country word says nothing
    pytest.param("Paul Roux, a local resident, was freed.", ("Paul Roux", "affiliatedWith", "United Kingdom"),
                 id="no-country"),
    # a country named after the noun is where the person is, not whose
    pytest.param("Paul Roux, a resident of Canada since 1990, was freed.", ("Paul Roux", "affiliatedWith", "Canada"),
                 id="resident-of"),
])
def test_no_nationality_without_a_country_word(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jan Kos, from Poland, was freed on Monday.", {("Jan Kos", "affiliatedWith", "Poland")}, id="country"),
    pytest.param("Jan Kos met Ewa Lis, from Paris, on Monday.", {("Ewa Lis", "affiliatedWith", "France")}, id="city"),
    # the names listed before the from-phrase share it
    pytest.param("Ewa Lis, Adam Nowak and Jan Kos, from Paris, were freed.",
                 {("Ewa Lis", "affiliatedWith", "France"), ("Adam Nowak", "affiliatedWith", "France"),
                  ("Jan Kos", "affiliatedWith", "France")}, id="listed"),
])
def test_a_name_from_a_place_is_of_its_country(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a from-phrase naming a body, not a place
    pytest.param("Jan Kos, from the Paris office of Amnesty, spoke.", ("Jan Kos", "affiliatedWith", "France"),
                 id="body"),
    # a name with its own from-phrase keeps it
    pytest.param("Ewa Lis, from Rome, and Jan Kos, from Paris, were freed.", ("Ewa Lis", "affiliatedWith", "France"),
                 id="own-phrase"),
    # a from-phrase of movement, without the comma
    pytest.param("Jan Kos flew from Paris on Monday.", ("Jan Kos", "affiliatedWith", "France"), id="movement"),
])
def test_from_phrases_that_say_no_home(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Acme Motors reported a loss on Monday. Spokesman Tom Reed said sales fell.",
                 ("Tom Reed", "memberOf", "Acme Motors"), id="member"),
    pytest.param('Rights group Justice Now said it was pleased. Director Jan Kos urged ministers to act.',
                 ("Jan Kos", "leads", "Justice Now"), id="head"),
])
def test_a_body_post_after_a_sentence_naming_one_body(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # two bodies named: either may be the post's
    pytest.param("Acme Motors and Kovex Bank reported losses. Spokesman Tom Reed said sales fell.",
                 ("Tom Reed", "memberOf", "Acme Motors"), id="two-bodies"),
    # another body in the post's own sentence
    pytest.param("Acme Motors reported a loss. Chief executive Tom Reed said talks with Kovex Bank failed.",
                 ("Tom Reed", "leads", "Acme Motors"), id="other-body-here"),
    # no post of a body: a trade, a minister
    pytest.param("Acme Motors reported a loss on Monday. Lawyer Tom Reed said sales fell.",
                 ("Tom Reed", "memberOf", "Acme Motors"), id="trade"),
    pytest.param("Acme Motors reported a loss on Monday. Finance minister Tom Reed said sales fell.",
                 ("Tom Reed", "memberOf", "Acme Motors"), id="minister"),
])
def test_no_body_post_without_one_body_just_named(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, person, title", [
    # the one person named as the main subject of the sentence before holds the post a definite description opens
    # the next sentence with
    pytest.param("Ex-banker Tom Hale has left the Green Party. The MEP told reporters he was disappointed.", "Tom Hale",
                 "MEP", id="after-subject"),
    # a person named before only with a former post
    pytest.param("Former treasury chief Lord Amble has attacked the budget. Lord Amble said it was reckless. "
                 "The former cabinet secretary argued that ministers had been warned.", "Amble",
                 "cabinet secretary", id="after-subject-former-post"),
    # another person named as an object does not stand in the way
    pytest.param("The council should not blame Ann Webb, Jack Orme has argued. The European commissioner was "
                 "speaking in Leeds.", "Jack Orme", "European commissioner", id="after-subject-object-named"),
])
def test_definite_post_after_the_subject(facts_of, text, person, title):
    got = facts_of(text)
    assert title in _titles(got, person), got


@pytest.mark.parametrize("text, person, title", [
    # a person named with a post he holds is known by that post, not by another
    pytest.param("Bank director Tom Hale has left the Green Party. The MEP told reporters he was disappointed.", "Tom Hale", "MEP",
                 id="subject-has-a-post"),
    # a government post, held now: its holder is often the one the subject answers, unnamed
    pytest.param("Former actor Ann Webb has criticised Tom Hale over the tax plans. The trade secretary said they "
                 "were fair.", "Ann Webb", "trade secretary", id="government-post"),
    # the voice of a body, the court's officers: someone else
    pytest.param("Tom Hale was sentenced at the crown court. The judge said he was a danger.", "Tom Hale", "judge",
                 id="anonymous-post"),
    # two people named as subjects before: either may be meant
    pytest.param("Tom Hale and Ann Webb have left the Green Party. The MEP told reporters he was disappointed.", "Tom Hale",
                 "MEP", id="two-subjects"),
    # another person named with the post
    pytest.param("MEP Ann Webb spoke first. Tom Hale has left the Green Party. The MEP told reporters he was disappointed.",
                 "Tom Hale", "MEP", id="post-held-by-another"),
    # a quoted sentence's subject is the speaker's words, not the reporter's
    pytest.param('Jack Orme said: "The plan is weak. "Tom Hale is a good man." The MEP also criticised the budget.',
                 "Tom Hale", "MEP", id="quoted-subject"),
])
def test_no_definite_post_after_the_subject(facts_of, text, person, title):
    got = facts_of(text)
    assert title not in _titles(got, person), got


@pytest.mark.parametrize("text, person, title", [
    # a trade of general English before a name
    pytest.param("Documentary maker Ann Webb filmed the campaign.", "Ann Webb", "Documentary maker", id="trade"),
    pytest.param("The family's solicitor, Tom Hale, said they would appeal.", "Tom Hale", "solicitor",
                 id="trade-apposition"),
])
def test_more_posts(facts_of, text, person, title):
    got = facts_of(text)
    assert title in _titles(got, person), got


def test_the_speaker_named_after_a_quotation_is_named(facts_of):
    got = facts_of('The Ruritanian finance minister made it clear that action was needed. "I welcome the plan," said '
                   'Jules Marchetti, "but we must see decisions."')
    assert any(t.endswith("finance minister") for t in _titles(got, "Jules Marchetti")), got



STORY = ("Tom Hale was made a peer on Monday. Born in 1950, he went to school in Leeds. He then studied at York "
         "University and married Ann Webb there. After a career in business, he became an MP in 1985.")


def test_a_pronoun_story_is_followed_back_to_the_name(facts_of):
    # each sentence between goes on with his story ("he" as subject): the post is his
    got = facts_of(STORY)
    assert "MP" in _titles(got, "Tom Hale"), got


def test_a_pronoun_story_stops_at_another_subject(facts_of):
    # someone else named as a subject on the way back: "he" may be either
    got = facts_of(STORY.replace("Born in 1950, he went to school in Leeds.",
                                 "Jack Orme lost the seat in 1970, and he went to school in Leeds."))
    assert "MP" not in _titles(got, "Tom Hale"), got


HOME_TEXT = ("Exports from Peru fell by a tenth last year. Peru's central bank cut rates twice. The slump will end "
             "soon, {post} Jan Kos told reporters on Monday. Prices in Peru rose.")


@pytest.mark.parametrize("post, leads", [
    ("President", True),  # an unqualified head of state in a text on one state heads it
    ("former President", False),  # a post held no longer
    ("Foreign Minister", False),  # a post that heads no state
])
def test_home_heads(facts_of, post, leads):
    got = facts_of(HOME_TEXT.format(post=post))
    assert ("Jan Kos", "affiliatedWith", "Peru") in got.triples
    assert (("Jan Kos", "leads", "Peru") in got.triples) == leads, got


@pytest.mark.parametrize("text, person", [
    # a national post in a text that never names its state ties the holder to no state
    pytest.param("Shadow chancellor Oliver Pratt said the tax plan was wrong.", "Oliver Pratt", id="shadow-post"),
    pytest.param("Home Secretary Priya Shah met police chiefs.", "Priya Shah", id="home-secretary"),
])
def test_national_post_of_an_unnamed_state(facts_of, text, person):
    got = facts_of(text)
    assert not any(s == person and p == "affiliatedWith" for s, p, _ in got.triples), got


FOCUS_TEXT = ("Kovex Ltd cut its prices again on Monday. Kovex said sales had fallen. Kovex will close two plants, "
              "and analysts expect Kovex to shrink. {sentence}")


@pytest.mark.parametrize("sentence, leads", [
    ("Chief executive John Walsh said the firm would recover.", True),  # a heading post alone before a name
    ("John Walsh, the chief executive, said the firm would recover.", True),  # in apposition after it
    ("The chairman, John Walsh, said the firm would recover.", True),  # in apposition before it
    ("Deputy chairman John Walsh said the firm would recover.", False),  # a post below the head
    ("John Walsh, a director, said the firm would recover.", False),  # one of a board
    ("Chief executive John Walsh said Acme Corp would buy the firm.", False),  # another firm named beside
])
def test_a_heading_post_leads_the_organisation_in_focus(facts_of, sentence, leads):
    got = facts_of(FOCUS_TEXT.format(sentence=sentence))
    assert (("John Walsh", "leads", "Kovex Ltd") in got.triples) == leads, got


def test_no_organisation_in_focus_when_two_are_named_alike(facts_of):
    # two firms named nearly as often: the article is about neither alone
    got = facts_of("Kovex Ltd cut its prices. Acme Corp said sales had fallen. Kovex and Acme will close two plants, "
                   "and analysts expect Kovex to shrink. Chairman John Walsh said the firm would recover.")
    assert not any(s == "John Walsh" and p == "leads" for s, p, o in got.triples), got

