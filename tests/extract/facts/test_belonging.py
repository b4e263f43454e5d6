"""kg.extract.facts.belonging: the state a body, place, group or named organisation belongs to (rules
role:belongs-to, role:group-of, role:organisation-of)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a named body with a country word is part of that state and serves it
    pytest.param("The Kenyan Defence Ministry denied the report.",
                 {("Kenyan Defence Ministry", "partOf", "Kenya"), ("Kenyan Defence Ministry", "affiliatedWith", "Kenya")},
                 id="named-state-body"),
    # a firm described by its country
    pytest.param("Norwegian energy firm Statoil signed the contract.", {("Statoil", "affiliatedWith", "Norway")},
                 id="organisation-descriptor"),
    # a group in or from a place belongs to its country; a city stands for its country
    pytest.param("Demonstrators in Kabul blocked a road.", {("Demonstrators", "affiliatedWith", "Afghanistan")},
                 id="group-located"),
    pytest.param("Thousands of students throughout Kenya staged demonstrations.",
                 {("students", "affiliatedWith", "Kenya")}, id="group-throughout"),
])
def test_belonging(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


def test_members_are_not_of_where_they_meet(facts_of):
    got = facts_of("The pact was approved by all 30 Nato members in Madrid in 2004.")
    assert ("Nato members", "affiliatedWith", "Spain") not in got.triples, got



@pytest.mark.parametrize("text, expected", [
    # the gazetteer knows the city's country, and the text names that country
    pytest.param("The Netherlands hosted talks in Rotterdam.", {("Rotterdam", "partOf", "Netherlands")},
                 id="city-of-named-country"),
    # a place the text puts in a country, one the gazetteer does not know
    pytest.param("Rescue teams reached Lake Tana in Ethiopia on Monday.", {("Lake Tana", "partOf", "Ethiopia")},
                 id="place-in-country"),
    pytest.param("Engineers will build a road near Mount Elgon in Uganda.", {("Mount Elgon", "partOf", "Uganda")},
                 id="place-in-country-after-preposition"),
    # a capital the text itself places: in its country, or as the city of a named building
    pytest.param("The agency has offices in Nairobi and Accra in Ghana, and Lima in Peru.",
                 {("Accra", "partOf", "Ghana"), ("Lima", "partOf", "Peru")}, id="capital-in-country"),
    pytest.param("In Peru, the president spoke at a dinner at the Palacio de Gobierno, Lima.",
                 {("Lima", "partOf", "Peru")}, id="capital-of-a-building"),
    # a named place in a city or a region the gazetteer knows is part of it
    pytest.param("The ministers spoke at a reception in the Usher Hall, Edinburgh, on Monday.",
                 {("Usher Hall", "partOf", "Edinburgh")}, id="building-of-a-city"),
    pytest.param("The delegates met in Glasgow in Scotland for two days.", {("Glasgow", "partOf", "Scotland")},
                 id="city-in-region"),
    # a city name the tagger may take for a firm: the gazetteer's own country only
    pytest.param("The agency has offices in Lyon in France and Porto in Portugal.",
                 {("Lyon", "partOf", "France"), ("Porto", "partOf", "Portugal")}, id="gazetteer-city-in-country"),
    # a capital named as what "capital" names, or listed with a city the text puts in its country
    pytest.param("Aid workers visited slums in the Peruvian capital Lima on Monday.", {("Lima", "partOf", "Peru")},
                 id="named-as-capital"),
    pytest.param("The bank opened branches on Lima and Cusco in Peru last year.", {("Lima", "partOf", "Peru")},
                 id="capital-listed-with-a-placed-city"),
])
def test_places_in_countries(facts_of, text, expected):
    got = facts_of(text)
    assert expected <= got.triples, got


@pytest.mark.parametrize("text, absent", [
    # the country is not named: no partOf to a country the reader never saw
    pytest.param("The delegates met in Rotterdam on Friday.", ("Rotterdam", "partOf", "Netherlands"),
                 id="country-not-named"),
    # a capital often stands for its state; it is not made a part of it
    pytest.param("Egypt said the protocol was signed in Cairo.", ("Cairo", "partOf", "Egypt"), id="capital"),
    pytest.param("Egypt protested, and the government in Cairo recalled its envoy.", ("Cairo", "partOf", "Egypt"),
                 id="capital-standing-for-government"),
    # the gazetteer puts the city in another country than the text's in-phrase: no fact
    pytest.param("Fans from Rotterdam in Belgium cheered.", ("Rotterdam", "partOf", "Belgium"),
                 id="gazetteer-disagrees"),
    # a capital listed with a city placed in another country
    pytest.param("The bank opened branches on Lima and Accra in Ghana last year.", ("Lima", "partOf", "Ghana"),
                 id="capital-listed-with-another-country"),
    pytest.param("The bank opened branches on Lima and Accra in Ghana last year.", ("Lima", "partOf", "Peru"),
                 id="capital-listed-with-another-country-unnamed"),
    # a list of cities: no city lies in another
    pytest.param("The night train stops in Hamburg, Munich.", ("Hamburg", "partOf", "Munich"), id="city-list"),
    # the gazetteer puts the city in another country than the text's region
    pytest.param("The fans travelled from Porto in Scotland.", ("Porto", "partOf", "Scotland"),
                 id="region-of-another-country"),
    # a name in a city that is no building or site may be a firm located there
    pytest.param("Shares rose at Nordex in Edinburgh after the results.", ("Nordex", "partOf", "Edinburgh"),
                 id="firm-in-a-city"),
])
def test_places_not_in_countries(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # the descriptor noun after the name carries the firm's country
    pytest.param("The head of the Brazilian state-owned Petrobras company resigned.",
                 ("Petrobras", "affiliatedWith", "Brazil"),
                 id="descriptor-after-name"),
    # a definite descriptor with a country word, as a subject, means the firm named just before it
    pytest.param("Shares in Norsk Hydro fell sharply. The Norwegian energy group had warned of lower profits.",
                 ("Norsk Hydro", "affiliatedWith", "Norway"), id="described-firm"),
    # the subject of the sentence before goes on being spoken of, not the partner it named
    pytest.param("Volvo signed a deal with Renault to supply engines. The Swedish firm also said it would hire staff.",
                 ("Volvo", "affiliatedWith", "Sweden"), id="described-subject"),
    # a compound maker noun is a descriptor too (data/organisation_descriptors.txt)
    pytest.param("Shares in the French carmaker Renault rose.", ("Renault", "affiliatedWith", "France"),
                 id="carmaker-before"),
    pytest.param("Shares in Renault, a French carmaker, rose.", ("Renault", "affiliatedWith", "France"),
                 id="carmaker-after"),
    pytest.param("Shares in British supermarket chain Tesco rose.", ("Tesco", "affiliatedWith", "United Kingdom"),
                 id="chain"),
    pytest.param("Shares in the French consortium Vinci rose.", ("Vinci", "affiliatedWith", "France"),
                 id="consortium"),
])
def test_firm_countries(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # an indefinite descriptor is another firm
    pytest.param("Shares in Norsk Hydro fell sharply. A Swedish energy group had bought a stake.",
                 ("Norsk Hydro", "affiliatedWith", "Sweden"), id="indefinite"),
    # a descriptor with a name of its own is that firm
    pytest.param("Shares in Norsk Hydro fell sharply. The Swedish energy group Vattenfall had bought a stake.",
                 ("Norsk Hydro", "affiliatedWith", "Sweden"), id="named-descriptor"),
    # a name modifying another noun speaks of a product, not of the firm
    pytest.param("FedEx said it would buy ten Boeing freighters. The US company expects deliveries in 2009.",
                 ("Boeing", "affiliatedWith", "United States"), id="name-of-a-product"),
    # the firm named again in the descriptor's own sentence is another one than the descriptor
    pytest.param("Talks between Volvo and Renault collapsed. The Swedish group wanted to buy Renault outright.",
                 ("Renault", "affiliatedWith", "Sweden"), id="named-again-after"),
    pytest.param("Shares in Volvo rose. Renault's chief said the Swedish group had made an offer.",
                 ("Renault", "affiliatedWith", "Sweden"), id="named-in-its-sentence"),
    # a partner named last, whose country the text gives otherwise, or who is no subject, is another firm
    pytest.param("Siemens announced a contract with Brazil's Vale Minas to supply turbines. The German company also "
                 "said it would hire staff.", ("Vale Minas", "affiliatedWith", "Germany"), id="partner-of-another-country"),
    pytest.param("Volvo signed a deal with Renault to supply engines. The Swedish firm also said it would hire staff.",
                 ("Renault", "affiliatedWith", "Sweden"), id="partner-not-subject"),
    # not the subject: the firm spoken of is not the one named before
    pytest.param("Shares in Norsk Hydro fell sharply after it sold a stake to the Swedish energy group.",
                 ("Norsk Hydro", "affiliatedWith", "Sweden"), id="not-subject"),
])
def test_firm_countries_not_read(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


def test_coordinated_firms_keep_their_own_country(facts_of):
    got = facts_of("The deal between Venezuelan energy firm PDVSA and Argentina's Enarsa was signed.")
    assert ("Enarsa", "affiliatedWith", "Venezuela") not in got.triples, got


def test_international_organisation_is_no_states(facts_of):
    """A city in an international organisation's name is its seat, not its state (data/organisations.tsv)."""
    got = facts_of("The Paris Club agreed to reschedule the loans of Peru.")
    assert ("Paris Club", "affiliatedWith", "France") not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # the words right before a firm's name, ending in a descriptor noun or "<place>-based", say whose it is
    pytest.param("Canadian mining giant Barrick Gold said it would cut jobs.", ("Barrick Gold", "affiliatedWith", "Canada"),
                 id="country-descriptor"),
    pytest.param("Shares in the Paris-based Carrefour rose on Monday.", ("Carrefour", "affiliatedWith", "France"),
                 id="city-based"),
    pytest.param("Investors cheered the Japan-based Sony after the results.", ("Sony", "affiliatedWith", "Japan"),
                 id="country-based"),
])
def test_firm_country_written_before_its_name(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a country before a word that is no descriptor, or before another firm's name, is not this firm's
    pytest.param("Growing Swedish demand lifted Volvo.", ("Volvo", "affiliatedWith", "Sweden"), id="no-descriptor"),
    pytest.param("Analysts at Canadian bank Scotiabank and Ford said sales fell.", ("Ford", "affiliatedWith", "Canada"),
                 id="after-a-conjunction"),
    pytest.param("A Paris-based analyst said Volvo would cut jobs.", ("Volvo", "affiliatedWith", "France"),
                 id="analyst-based"),
])
def test_firm_country_written_before_not_read(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got



def test_firm_descriptor_after_its_name_read_off_the_words(facts_of):
    """'X, the Russian state oil company, and China's Y': the apposition the parse hung on another noun still says
    whose X is; Y keeps its own country."""
    got = facts_of("The deal was signed by Rosneft, the Russian state oil company, and China's CNPC.")
    assert ("Rosneft", "affiliatedWith", "Russia") in got.triples, got
    assert ("CNPC", "affiliatedWith", "Russia") not in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a name after the descriptor is another firm; a possessive descriptor is not the firm
    pytest.param("Shares rose at Exxon, the Russian firm Yukos and BP.", ("Exxon", "affiliatedWith", "Russia"),
                 id="named-descriptor"),
    pytest.param("Shares rose at Exxon, the Russian firm's rival.", ("Exxon", "affiliatedWith", "Russia"),
                 id="possessive-descriptor"),
])
def test_firm_descriptor_after_its_name_not_read(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, subject, country, part", [
    ("German investment bank Deutsche Bank has challenged the ruling.", "Deutsche Bank", "Germany", False),
    ("The French commercial bank Societe Generale raised its forecast.", "Societe Generale", "France", False),
    ("Germany's central bank, the Bundesbank, said trading should stay in Frankfurt.", "Bundesbank", "Germany",
     True),
])
def test_a_firm_body_belongs_to_its_state_but_is_no_part_of_it(facts_of, text, subject, country, part):
    got = facts_of(text)
    assert ((subject, "partOf", country) in got.triples) == part, got


@pytest.mark.parametrize("text, subject_word, country", [
    # a country's name before a common noun says what the noun is about
    pytest.param("The inquiry into Syria intelligence criticised the ministers.", "intelligence", "Syria",
                 id="topic-name"),
])
def test_a_country_name_as_a_topic_makes_no_body_of_it(facts_of, text, subject_word, country):
    got = facts_of(text)
    assert not [t for t in got.triples if subject_word in t[0].lower() and t[2] == country], got


@pytest.mark.parametrize("text, expected", [
    # its adjective, a short form or a possessive still says whose the body is
    pytest.param("Syrian intelligence questioned the men.", ("Syrian intelligence", "partOf", "Syria"),
                 id="adjective"),
    pytest.param("A US court rejected the appeal.", ("US court", "affiliatedWith", "United States"), id="short-form"),
])
def test_a_country_adjective_or_short_form_still_makes_a_body(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


def test_a_news_agency_belongs_to_its_state_but_is_no_part_of_it(facts_of):
    got = facts_of("Kenyan news agencies reported that the minister had resigned.")
    assert ("Kenyan news agencies", "affiliatedWith", "Kenya") in got.triples, got
    assert ("Kenyan news agencies", "partOf", "Kenya") not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a state-owned firm with no country of its own belongs to the one state its sentence names as owner or actor
    pytest.param("The loan which Polish state bank PKO granted state-owned Orlen last week came from German banks.",
                 ("Orlen", "affiliatedWith", "Poland"), id="country-before-state"),
    pytest.param("The Mexican government said state-run Pemex would raise output.",
                 ("Pemex", "affiliatedWith", "Mexico"), id="government"),
])
def test_state_owned_firm_belongs_to_the_state_of_its_sentence(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, subject", [
    # no state named, or two: no country
    pytest.param("Analysts praised state-owned Pemex for its results.", "Pemex", id="no-state"),
    pytest.param("The Mexican government and the Peruvian government said state-run Pemex would raise output.",
                 "Pemex", id="two-states"),
])
def test_state_owned_firm_without_one_state_gets_no_country(facts_of, text, subject):
    got = facts_of(text)
    assert not {o for s, o in got.predicates("affiliatedWith") if s == subject}, got


def test_department_of_a_ministers_portfolio_is_part_of_the_ministers_state(facts_of):
    got = facts_of("British Defence Secretary John Smith visited Oman. The Ministry of Defence said the trip went well.")
    assert {("Ministry of Defence", "partOf", "United Kingdom"),
            ("Ministry of Defence", "affiliatedWith", "United Kingdom")} <= got.triples, got


@pytest.mark.parametrize("text", [
    # ministers of the portfolio from two states: the department's state is unknown
    pytest.param("French Foreign Minister Jean Roux met German Foreign Minister Karl Weiss. The Foreign Ministry "
                 "said the talks went well.", id="two-states"),
    # a minister of another portfolio says nothing of the department
    pytest.param("Defence Secretary John Smith visited Oman. The Home Office said the trip went well.",
                 id="other-portfolio-no-state-named"),
])
def test_department_without_one_ministers_state(facts_of, text):
    got = facts_of(text)
    assert not {s for s, o in got.predicates("partOf") if s in {"Foreign Ministry", "Home Office"}}, got


@pytest.mark.parametrize("text, subject", [
    pytest.param("The Foreign Secretary flew home to Britain. The Home Office said the new rules start in May.",
                 "Home Office", id="office"),
    pytest.param("The Foreign Secretary spoke in Britain on Monday. The Treasury said growth would slow.",
                 "Treasury", id="treasury"),
    pytest.param("The Home Secretary toured British ports. The Department for Transport said ferries were late.",
                 "Department for Transport", id="department-for"),
])
def test_department_of_the_home_state(facts_of, text, subject):
    got = facts_of(text)
    assert (subject, "partOf", "United Kingdom") in got.triples, got


def test_department_of_the_only_state_named(facts_of):
    got = facts_of("Floods hit Kenya again this week. The Ministry of Water said new dams would be built.")
    assert ("Ministry of Water", "partOf", "Kenya") in got.triples, got


def test_no_department_of_one_of_two_states_named(facts_of):
    got = facts_of("Floods hit Kenya and Uganda this week. The Ministry of Water said new dams would be built.")
    assert not {o for s, o in got.predicates("partOf") if s == "Ministry of Water"}, got


@pytest.mark.parametrize("text, subject", [
    # the text never names the home state
    pytest.param("The Foreign Secretary spoke on Monday. The Home Office said the new rules start in May.",
                 "Home Office", id="state-unnamed"),
    # the department's sentence names another state
    pytest.param("The Foreign Secretary flew home to Britain. The Foreign Ministry said Peru would reply soon.",
                 "Foreign Ministry", id="other-state-in-sentence"),
    # another state's department
    pytest.param("The Foreign Secretary flew home to Britain. The US Treasury said the dollar would fall.",
                 "US Treasury", id="other-states-name"),
    # a portfolio only another state's titles name ("secretary of defense")
    pytest.param("The Foreign Secretary flew home to Britain. The Department of Defense said the men were held "
                 "lawfully.", "Department of Defense", id="other-states-portfolio"),
    # an international body
    pytest.param("The Foreign Secretary flew home to Britain. The World Health Organization said cases rose.",
                 "World Health Organization", id="international"),
    # a part of a firm
    pytest.param("The Foreign Secretary flew home to Britain. Acme's Audit Office said profits rose.",
                 "Audit Office", id="possessed"),
])
def test_no_department_of_the_home_state(facts_of, text, subject):
    got = facts_of(text)
    assert not {o for s, o in got.predicates("partOf") if s == subject and o == "United Kingdom"}, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Bank of Korea raised interest rates on Friday.", ("Bank of Korea", "affiliatedWith", "South Korea"),
                 id="central-bank"),
    pytest.param("Ana Lopez, head of the Water Board of Chile, said rainfall fell.",
                 ("Water Board of Chile", "affiliatedWith", "Chile"), id="authority"),
    pytest.param("The National Bank of Kenya urged calm.", ("National Bank of Kenya", "affiliatedWith", "Kenya"),
                 id="bank"),
])
def test_a_name_ending_in_of_a_country_is_of_that_country(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, subject", [
    # a capital, a continent or a number after "of" names no state
    pytest.param("The Club of Madrid met in Spain on Monday.", "Club of Madrid", id="capital"),
    pytest.param("The Council of Europe criticised the law.", "Council of Europe", id="continent"),
    pytest.param("The Group of Eight met in Scotland.", "Group of Eight", id="number"),
])
def test_names_ending_in_of_something_else_get_no_country(facts_of, text, subject):
    got = facts_of(text)
    assert not {o for s, o in got.predicates("affiliatedWith") if s == subject}, got


@pytest.mark.parametrize("text, expected", [
    pytest.param("Shell may invest in fields on Chukotka, in the far east of Russia, next year.",
                 ("Chukotka", "partOf", "Russia"), id="far-east-of"),
    pytest.param("The firm drills near Chukotka, in the east of Russia, and in Alaska.",
                 ("Chukotka", "partOf", "Russia"), id="east-of"),
])
def test_a_place_in_a_compass_region_of_a_country_is_part_of_it(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # a region of a country's region is read no further than the words say
    pytest.param("The firm drills near Chukotka, in the east of Russia's Arctic shelf.", ("Chukotka", "partOf", "Russia"),
                 id="possessed-region"),
])
def test_a_compass_phrase_that_goes_on_says_nothing(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # no owner in its sentence: the state whose authorities the document names, else the one country it names
    pytest.param("The Mexican authorities ordered the sale. The unit was then bought by state-run oil company Pemex.",
                 ("Pemex", "affiliatedWith", "Mexico"), id="authorities-of-the-document"),
    pytest.param("Growth in Norway slowed last year. Most of the profit went to state energy group Statoil.",
                 ("Statoil", "affiliatedWith", "Norway"), id="bare-state-descriptor"),
])
def test_state_owned_firm_belongs_to_the_state_of_its_document(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, subject", [
    # its own sentence names a country (another firm's): the state firm may be a foreign one
    pytest.param("Sweden's Vattenfall said it would buy gas from state giant Statoil.", "Statoil", id="sentence-country"),
    # two countries in the document and no authorities: no one state
    pytest.param("Trade between Chile and Peru grew. Most of the profit went to state energy group Codelco.",
                 "Codelco", id="two-countries"),
    # "state" as a noun of its own is no owner
    pytest.param("Norway's economy grew. The state said Statoil would pay more tax.", "Statoil", id="state-noun"),
])
def test_state_owned_firm_without_the_documents_one_state(facts_of, text, subject):
    got = facts_of(text)
    assert not {o for s, o in got.predicates("affiliatedWith") if s == subject}, got


@pytest.mark.parametrize("text, expected", [
    # a relation noun after a possessive pronoun: the country word is the named firm's
    pytest.param("Toyota said its US partner Ford would help.", ("Ford", "affiliatedWith", "United States"),
                 id="partner"),
    pytest.param("Shares in Renault rose, and so did those of its German rival Volkswagen.",
                 ("Volkswagen", "affiliatedWith", "Germany"), id="rival"),
])
def test_firm_country_by_relation(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, absent", [
    # the possessive country is the other firm's, not the rival's
    pytest.param("Toyota's rival Ford cut prices.", ("Ford", "affiliatedWith", "Japan"), id="possessive-name"),
])
def test_firm_country_by_relation_not_read(facts_of, text, absent):
    got = facts_of(text)
    assert absent not in got.triples, got


@pytest.mark.parametrize("text, expected", [
    # a head of state, of government or a minister whom nothing ties to a state serves the document's main state
    pytest.param("Kenya's economy grew fast. President Mwai Kibaki said Kenya would cut taxes. Exports from Kenya rose.",
                 ("Mwai Kibaki", "affiliatedWith", "Kenya"), id="president"),
    pytest.param("Chile is to sell bonds. Chile's debt is low, and Chile has a surplus, finance minister Ana Ruiz said.",
                 ("Ana Ruiz", "affiliatedWith", "Chile"), id="minister"),
])
def test_a_state_post_serves_the_documents_main_state(facts_of, text, expected):
    got = facts_of(text)
    assert expected in got.triples, got


@pytest.mark.parametrize("text, subject", [
    # the main state named fewer than three times, or not twice as often as another
    pytest.param("Kenya's economy grew fast. President Mwai Kibaki said taxes would fall.", "Mwai Kibaki",
                 id="too-few"),
    pytest.param("Kenya and Uganda signed a pact. Kenya, Uganda and Kenya's banks agreed. President Mwai Kibaki spoke.",
                 "Mwai Kibaki", id="no-main-state"),
    # a body's post, or a region of a state named as often as the state
    pytest.param("Kenya's economy grew. Kenya's banks lent more. Exports from Kenya rose, bank president Jan Kos said.",
                 "Jan Kos", id="body-post"),
    # one who deals with the main state or with another holder of a state's post is the other side
    pytest.param("Kenya's economy grew. Kenya's banks lent more. Prime Minister Jan Kos urged Kenya to cut tariffs.",
                 "Jan Kos", id="deals-with-the-state"),
    pytest.param("Kenya's economy grew. Kenya's banks lent more, and Kenya's exports rose. Prime Minister Jan Kos met "
                 "President Ali Juma in Nairobi.", "Jan Kos", id="deals-with-another-post"),
    pytest.param("Scotland's schools will change. Reports on schools in Germany cited Germany and Germany, but "
                 "Scotland and Scotland differ. Culture Minister Ian Bell agreed.", "Ian Bell", id="region"),
])
def test_a_state_post_without_a_main_state(facts_of, text, subject):
    got = facts_of(text)
    assert not {o for s, o in got.predicates("affiliatedWith") if s == subject}, got
