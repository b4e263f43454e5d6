"""kg.extract.gazetteer: every ISO 3166-1 country, and the everyday English words that name it."""
from __future__ import annotations

import hashlib
import json

import pycountry
import pytest

from kg.extract import gazetteer


def test_every_iso_country_is_in_the_gazetteer_with_its_codes():
    table = gazetteer.countries()
    iso3 = {c.alpha_3 for c in pycountry.countries}
    assert iso3 <= set(table)
    for record in pycountry.countries:
        country = table[record.alpha_3]
        assert country.iso3 == record.alpha_3
        assert {record.alpha_2, record.alpha_3} <= country.codes
        assert country.name and "," not in country.name


def test_codes_are_not_matched_as_text():
    """Two-letter codes ("IT", "AU") are aliases of the node, never surface forms to match in running text."""
    forms = gazetteer.surface_forms()
    assert "IT" not in forms and "AU" not in forms and "DE" not in forms


@pytest.mark.parametrize("form, iso3", [
    ("UK", "GBR"),
    ("Britain", "GBR"),
    ("British", "GBR"),
    ("United Kingdom", "GBR"),
    ("Washington", "USA"),
    ("United States", "USA"),
    ("US", "USA"),
    ("U.S.", "USA"),
    ("Kenya", "KEN"),
    ("Kenyan", "KEN"),
    ("Nairobi", "KEN"),
    ("Paris", "FRA"),
    ("Algiers", "DZA"),
    ("Spanish", "ESP"),
    ("Madrid", "ESP"),
    ("Japanese", "JPN"),
    ("South Korea", "KOR"),
    ("Seoul", "KOR"),
    ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Holland", "NLD"),
    ("Dutch", "NLD"),
    ("Swiss", "CHE"),
    ("Türkiye", "TUR"),
    ("Burma", "MMR"),
    ("New Delhi", "IND"),
    ("French", "FRA"),
    ("American", "USA"),
    ("Chinese", "CHN"),
    ("Indian", "IND"),
    ("Brasilia", "BRA"),
])
def test_surface_form_names_country(form, iso3):
    assert gazetteer.surface_forms().get(form, (None,))[0] == iso3


@pytest.mark.parametrize("text, label, code", [
    ("Britain criticised Iran.", "United Kingdom", "GBR"),
    ("Washington criticised Iran.", "United States", "USA"),
    ("British diplomats criticised Iran.", "United Kingdom", "GBR"),
])
def test_country_entity_carries_its_iso_code(facts_of, text, label, code):
    got = facts_of(text)
    countries = {e.country_code: e for e in got.entities if e.type == "Country"}
    assert code in countries, got
    assert countries[code].key == f"country/{code}"
    assert countries[code].label == label


def test_demonyms_of_two_part_states_are_split():
    countries = gazetteer.countries()
    assert {"Bosnian", "Herzegovinian"} <= countries["BIH"].demonyms
    assert not any("," in d for c in countries.values() for d in c.demonyms)


@pytest.mark.parametrize("form, iso3", [("Saudi", "SAU"), ("Argentine", "ARG"), ("Sri Lankan", "LKA"), ("Serbs", "SRB")])
def test_everyday_demonyms_missing_from_the_libraries_are_added(form, iso3):
    assert gazetteer.surface_forms()[form][0] == iso3


@pytest.mark.parametrize("name, iso3", [
    ("Cape Town", "ZAF"),  # a city that is no capital
    ("Abidjan", "CIV"),
    ("Aceh", "IDN"),  # an ISO 3166-2 region
    ("Texas", "USA"),
    ("Manchester", None),  # England and New Hampshire: too close in size to choose
    ("Kent", None),  # an English county and a US city
    ("Morocco", None),  # countries and capitals are surface forms, not places
    ("Rabat", None),
])
def test_place_countries(name, iso3):
    assert gazetteer.place_countries().get(name) == iso3


def test_visit_to_a_city_is_a_visit_to_its_country(facts_of):
    got = facts_of("Justin Trudeau arrived in Cape Town on Monday.")
    assert {("Justin Trudeau", "visits", "Cape Town"), ("Justin Trudeau", "visits", "South Africa")} <= got.triples
    assert ("Cape Town", "partOf", "South Africa") not in got.triples  # gazetteer knowledge, not the text's


@pytest.mark.parametrize("row, message", [
    ("XXX\tname\tAtlantis\n", "unknown ISO 3166-1 alpha-3 code 'XXX'"),
    ("GBR\tnickname\tBlighty\n", "kind must be one of"),
    ("GBR\tname\t\n", "empty text"),
    ("GBR\tname\tBritain\nGBR\tname\tBritain\n", "duplicate name 'Britain' of GBR"),
])
def test_bad_alias_rows_are_rejected_with_file_and_line(monkeypatch, row, message):
    import re

    from kg import datafiles

    monkeypatch.setattr(datafiles, "text", lambda name: "iso3\tkind\ttext\n" + row)
    gazetteer.aliases.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"country_aliases\.tsv:\d+: " + re.escape(message)):
            gazetteer.aliases()
    finally:
        monkeypatch.undo()
        gazetteer.aliases.cache_clear()
    assert gazetteer.aliases()["GBR"]["name"] >= {"Britain", "UK"}


def test_a_drop_row_removes_a_library_form(monkeypatch):
    from kg import datafiles

    assert "Bundesrepublik Deutschland" in gazetteer.countries()["DEU"].names
    monkeypatch.setattr(datafiles, "text", lambda name: "iso3\tkind\ttext\nDEU\tdrop\tBundesrepublik Deutschland\n")
    gazetteer.aliases.cache_clear()
    gazetteer.countries.cache_clear()
    try:
        assert "Bundesrepublik Deutschland" not in gazetteer.countries()["DEU"].names
    finally:
        monkeypatch.undo()
        gazetteer.aliases.cache_clear()
        gazetteer.countries.cache_clear()
    assert "Bundesrepublik Deutschland" in gazetteer.countries()["DEU"].names


@pytest.mark.parametrize("name, is_region", [
    ("Scotland", True),  # an ISO 3166-2 subdivision that no city is named after
    ("Aceh", True),
    ("Berlin", False),  # a subdivision and a city: may be the next city of a list
    ("Tehran", False),
    ("London", False),  # a city only
])
def test_region_names(name, is_region):
    assert (name in gazetteer.region_names()) is is_region


@pytest.mark.parametrize("word, expected", [
    pytest.param("Ethopia", ("ETH", "name"), id="dropped-letter"),
    pytest.param("Quatar", ("QAT", "name"), id="added-letter"),
    pytest.param("Phillippines", ("PHL", "name"), id="doubled-letter"),
    pytest.param("Isreal", ("ISR", "name"), id="swapped-letters"),
    pytest.param("Ghanians", ("GHA", "demonym"), id="demonym"),
    # must not match: well-spelt forms, places, peoples, short words, other first letters, lower case
    pytest.param("Ethiopia", None, id="well-spelt"),
    pytest.param("Columbia", None, id="a-place-of-its-own"),
    pytest.param("Romani", None, id="a-people-one-letter-short"),
    pytest.param("Iberian", None, id="other-first-letter"),
    pytest.param("Irak", None, id="too-short"),
    pytest.param("ethopia", None, id="lower-case"),
    pytest.param("Nigrea", None, id="two-edits"),
])
def test_a_misspelt_country_word_is_the_one_country_it_is_one_slip_from(word, expected):
    assert gazetteer.near_country(word) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brasília", "Brasilia"), ("Côte d'Ivoire", "Cote d'Ivoire"), ("São Tomé", "Sao Tome"), ("Zürich", "Zurich"),
    ("Paris", "Paris"), ("", ""), ("Nuku'alofa", "Nuku'alofa"),
])
def test_ascii_drops_accents_and_leaves_plain_names_as_they_are(text, expected):
    assert gazetteer._ascii(text) == expected


def test_the_city_table_is_read_once():
    """`place_countries` and `region_names` share one reading of GeoNames' table (it takes a fifth of a second)."""
    assert gazetteer._cities() is gazetteer._cities()
    assert all(isinstance(name, str) and len(code) == 2 and isinstance(people, int)
               for name, code, people in gazetteer._cities()[:100])


@pytest.mark.parametrize("name, continent", [("Europe", True), ("South America", True), ("Kenya", False),
                                             ("Middle East", False)])
def test_continent_names(name, continent):
    assert (name in gazetteer.continent_names()) is continent


# --- the cache file of the place tables ------------------------------------------------------------------------

_PLACE_CACHES = (gazetteer.place_tables, gazetteer.place_countries, gazetteer.region_names)


@pytest.fixture
def place_cache(tmp_path, monkeypatch):
    """A cache folder of the test's own, the place tables' in-process caches cleared before and after."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    for loader in _PLACE_CACHES:
        loader.cache_clear()
    yield tmp_path / "cache" / gazetteer.PLACE_CACHE_FILE
    monkeypatch.undo()
    for loader in _PLACE_CACHES:
        loader.cache_clear()


@pytest.fixture
def small_tables(monkeypatch):
    """Derivation replaced by small written tables that count how often they are derived."""
    calls = []

    def places():
        calls.append("places")
        return {"Lakeport": "KEN", "Hilltown": "PER"}

    monkeypatch.setattr(gazetteer, "derive_place_countries", places)
    monkeypatch.setattr(gazetteer, "derive_region_names", lambda: frozenset({"Upland", "Riverside"}))
    return calls


def _reloaded() -> tuple[dict[str, str], frozenset[str]]:
    """The tables as a new process would get them (in-process caches cleared)."""
    gazetteer.place_tables.cache_clear()
    return gazetteer.place_tables()


def test_cached_place_tables_equal_the_tables_derived_from_the_libraries(place_cache):
    """The real tables: derived and written on the first call, read back on the next, same values and order."""
    derived = gazetteer.derive_place_countries(), gazetteer.derive_region_names()
    assert not place_cache.exists()
    first = gazetteer.place_tables()
    assert place_cache.is_file()
    second = _reloaded()
    assert first == second == derived
    assert list(second[0].items()) == list(derived[0].items())
    assert gazetteer.place_countries() is gazetteer.place_tables()[0]
    assert gazetteer.region_names() is gazetteer.place_tables()[1]


def test_a_cache_file_is_read_instead_of_deriving(place_cache, small_tables):
    assert _reloaded() == ({"Lakeport": "KEN", "Hilltown": "PER"}, frozenset({"Upland", "Riverside"}))
    assert _reloaded()[0] == {"Lakeport": "KEN", "Hilltown": "PER"}
    assert small_tables == ["places"]  # derived once, then read


def test_a_stale_cache_file_is_derived_anew(place_cache, small_tables, monkeypatch):
    _reloaded()
    monkeypatch.setattr(gazetteer, "place_cache_key", lambda: "another library version")
    assert _reloaded()[0] == {"Lakeport": "KEN", "Hilltown": "PER"}
    assert small_tables == ["places", "places"]
    assert json.loads(place_cache.read_bytes().split(b"\n", 1)[0])["key"] == "another library version"
    assert _reloaded()[0] == {"Lakeport": "KEN", "Hilltown": "PER"}
    assert small_tables == ["places", "places"]  # the rewritten file is read


def _truncated(data: bytes) -> bytes:
    return data[:len(data) - 10]


def _body_edited(data: bytes) -> bytes:
    return data.replace(b'"KEN"', b'"PER"')  # the header's hash no longer matches


def _no_header(data: bytes) -> bytes:
    return data.split(b"\n", 1)[1]


def _garbage(data: bytes) -> bytes:
    return b"\x00\xff not json at all"


def _wrong_types(data: bytes) -> bytes:
    body = json.dumps({"places": ["Lakeport"], "regions": "Upland"}).encode("utf-8")
    header = json.loads(data.split(b"\n", 1)[0])
    header["sha256"] = hashlib.sha256(body).hexdigest()
    return json.dumps(header).encode("utf-8") + b"\n" + body


def _empty(data: bytes) -> bytes:
    return b""


@pytest.mark.parametrize("damage", [_truncated, _body_edited, _no_header, _garbage, _wrong_types, _empty])
def test_a_damaged_cache_file_is_never_trusted(place_cache, small_tables, damage):
    _reloaded()
    place_cache.write_bytes(damage(place_cache.read_bytes()))
    assert _reloaded() == ({"Lakeport": "KEN", "Hilltown": "PER"}, frozenset({"Upland", "Riverside"}))
    assert small_tables == ["places", "places"]  # derived again...
    assert _reloaded()[0] == {"Lakeport": "KEN", "Hilltown": "PER"}
    assert small_tables == ["places", "places"]  # ...and the file rewritten whole


def test_an_unwritable_cache_folder_still_gives_the_tables(tmp_path, monkeypatch, small_tables):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    gazetteer.place_tables.cache_clear()
    try:
        assert gazetteer.place_tables()[0] == {"Lakeport": "KEN", "Hilltown": "PER"}
    finally:
        gazetteer.place_tables.cache_clear()
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_the_cache_key_follows_the_data_files(monkeypatch):
    from kg import datafiles

    key = gazetteer.place_cache_key()
    assert key == gazetteer.place_cache_key()
    text = datafiles.text
    monkeypatch.setattr(datafiles, "text",
                        lambda name: text(name) + ("\n# edited" if name.startswith("generic") else ""))
    assert gazetteer.place_cache_key() != key


@pytest.mark.parametrize("form, iso3, kind", [
    ("Soviet Union", "SUN", "name"),
    ("USSR", "SUN", "name"),
    ("Soviet", "SUN", "demonym"),
    ("Soviets", "SUN", "demonym"),
    ("Czechoslovakia", "CSK", "name"),
    ("Yugoslavia", "YUG", "name"),
    ("East Germany", "DDR", "name"),
    ("West Germany", "DEU", "name"),  # the Federal Republic goes on as today's Germany (ISO keeps DE)
    ("Russia", "RUS", "name"),
    ("Yemen", "YEM", "name"),  # a short name today's state bears stays its own
    ("Burma", "MMR", "name"),  # a renamed state is today's (same ISO numeric code), no former state
])
def test_states_that_no_longer_exist_are_countries(form, iso3, kind):
    assert gazetteer.surface_forms().get(form) == (iso3, kind)


@pytest.mark.parametrize("iso3, label", [("SUN", "Soviet Union"), ("DDR", "East Germany"), ("CSK", "Czechoslovakia")])
def test_a_former_state_is_labelled_by_its_everyday_name(iso3, label):
    country = gazetteer.countries()[iso3]
    assert country.former and country.name == label


@pytest.mark.parametrize("iso3", ["ZAR", "BUR", "TMP", "FXX", "NTZ", "PCI", "RUS", "DEU"])
def test_renamed_states_dropped_forms_and_todays_states_are_no_former_states(iso3):
    country = gazetteer.countries().get(iso3)
    assert country is None or not country.former


def test_a_former_state_is_its_own_entity_not_its_successor(facts_of):
    got = facts_of("The Soviet Union sent aid to Cuba.")
    countries = {e.country_code: e for e in got.entities if e.type == "Country"}
    assert "SUN" in countries and "RUS" not in countries, got
    assert countries["SUN"].label == "Soviet Union"
