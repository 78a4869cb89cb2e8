"""The checks every annotated corpus of real articles shares (tests/gold-real and the dev sets).

Written once so that each corpus's test file states only what is particular to it: its folder,
its licences, its minimum sizes, the sibling dev sets it may share outlets with, the measure
units and kinds it adds. Each check raises AssertionError with the file and what is wrong, so
tests/mentions/test_gold_corpus_checks.py can show every one fails on a broken corpus.
"""

from __future__ import annotations

import datetime
import importlib.util
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parents[2]
FRONT_MATTER = ("title", "published", "url", "outlet", "licence", "credit")
QUALIFIERS = {"over", "under", "up to", "at least", "nearly", "about"}
# The currencies tests/gold-real writes; a corpus adds its measure units (`Corpus.measures`).
UNITS = {"%", "USD", "EUR", "GBP", "UAH"}
ALLOWED = {
    "date": set(),
    "time": set(),
    "number": {"qualifier", "unit", "max"},
    "pair": {"qualifier"},
    "duration": {"qualifier"},
    "ordinal": set(),
    "quote": {"speaker"},
    "role": {"person"},
    "person": set(),
    "place": {"country"},
}
_KEYS = {"kind", "text", "occurrence", "value"}
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?:[+-](?:0\d|1[0-4]):[0-5]\d)?")
_DURATION = re.compile(
    r"P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?"
)
_FREQUENCY = re.compile(r"R/P\d+[YMWD](?:/[A-Z][a-z]+)?")


@cache
def bench() -> ModuleType:
    """benchmarks/mentions.py, loaded once: it is a script beside the package, not in it."""
    spec = importlib.util.spec_from_file_location(
        "mentions_benchmark_gold", ROOT / "benchmarks" / "mentions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@cache
def _country_codes() -> frozenset[str]:
    from factcheck.consistency import gazetteer

    return frozenset(country.code for country in gazetteer.countries())


def front_matter(path: Path) -> dict:
    """An article's YAML front matter."""
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front)


def _mentions(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["mentions"]


def _edtf_bounds(value: str) -> tuple[datetime.date, datetime.date]:
    """First and last day of an EDTF day, month, year or interval of them; ValueError if none."""
    parts = value.split("/")
    if len(parts) > 2 or not all(re.fullmatch(_DAY, part) for part in parts):
        raise ValueError(f"{value!r} is not an EDTF date, month, year or interval")
    firsts, lasts = [], []
    for part in parts:
        fields = [int(field) for field in part.split("-")]
        year, month, day = fields + [None] * (3 - len(fields))
        first = datetime.date(year, month or 1, day or 1)  # ValueError for 2025-02-30
        if day is not None:
            last = first
        elif month is not None:
            following = datetime.date(year + month // 12, month % 12 + 1, 1)
            last = following - datetime.timedelta(days=1)
        else:
            last = datetime.date(year, 12, 31)
        firsts.append(first)
        lasts.append(last)
    return firsts[0], lasts[-1]


def _amount(text: object) -> Decimal:
    try:
        return Decimal(str(text))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not an amount in digits") from None


def value_problems(entry: dict) -> list[str]:
    """What is wrong with one gold entry's value and extra fields for its kind (empty: fine)."""
    kind = entry["kind"]
    value = entry.get("value", entry["text"])
    problems = [f"unknown field {name!r}" for name in sorted(set(entry) - _KEYS - ALLOWED[kind])]
    try:
        if kind == "date":
            first, last = _edtf_bounds(str(value))
            if first > last:
                problems.append(f"interval {value!r} ends before it starts")
        elif kind == "time" and not _TIME.fullmatch(str(value)):
            problems.append(f"{value!r} is not HH:MM with an optional UTC offset")
        elif kind == "number":
            amount = _amount(value)
            if "max" in entry and _amount(entry["max"]) <= amount:
                problems.append(f"range maximum {entry['max']!r} is not above {value!r}")
        elif kind == "pair":
            if not isinstance(value, list) or len(value) != 2:
                problems.append(f"{value!r} is not a pair of amounts")
            else:
                [_amount(item) for item in value]
        elif kind == "duration":
            if not all(_DURATION.fullmatch(part) for part in str(value).split("/")):
                problems.append(f"{value!r} is not an ISO 8601 duration or range of two")
        elif kind == "ordinal" and not (isinstance(value, int) and value >= 1):
            problems.append(f"{value!r} is not a position (a whole number from 1)")
        elif kind in ("quote", "person") and not str(value).strip():
            problems.append("empty")
        elif kind == "role" and not str(entry.get("person") or "").strip():
            problems.append("a role names its person")
        elif kind == "place" and entry.get("country") not in _country_codes():
            problems.append(f"country {entry.get('country')!r} is no ISO 3166 alpha-2 code")
    except ValueError as error:
        problems.append(str(error))
    if entry.get("qualifier") is not None and entry["qualifier"] not in QUALIFIERS:
        problems.append(f"qualifier {entry['qualifier']!r} is not canonical")
    if entry.get("unit") is not None and entry["unit"] not in UNITS:
        problems.append(f"unit {entry['unit']!r} is not one of {sorted(UNITS)}")
    return problems


def frequency_problems(entry: dict) -> list[str]:
    """A frequency's checks: tests/gold/README.md writes one as an ISO 8601 repeating interval
    (`R/P1Y`, `R/P1W/Thursday`); tests/gold-real has none, so value_problems does not know it."""
    value = str(entry.get("value", entry["text"]))
    problems = [f"unknown field {name!r}" for name in sorted(set(entry) - _KEYS)]
    if not _FREQUENCY.fullmatch(value):
        problems.append(f"{value!r} is not an ISO 8601 repeating interval")
    return problems


# Continents are places (tests/gold/README.md) with no ISO 3166 country to give.
CONTINENTS = frozenset(
    {"Africa", "Antarctica", "Asia", "Australia", "Europe", "North America", "Oceania"}
    | {"South America"}
)


@dataclass(frozen=True)
class Corpus:
    """One annotated folder of real articles and what is particular to it."""

    folder: Path
    licences: tuple[str, ...]
    min_articles: int
    min_outlets: int
    # Units the annotation keeps from the text besides the currencies ("164 ft", "30 °C").
    measures: frozenset[str] = frozenset()
    # Kinds beyond ALLOWED, each with its own value check (gold-dev-roles: frequency).
    extra_kinds: dict[str, Callable[[dict], list[str]]] = field(default_factory=dict)
    # Whether a continent may stand as a place with no country (CONTINENTS).
    continents: bool = False

    @property
    def gold_files(self) -> list[Path]:
        return sorted(self.folder.glob("*.yaml"))

    @property
    def article_files(self) -> list[Path]:
        return sorted((self.folder / "articles").glob("*.md"))

    def value_problems(self, entry: dict) -> list[str]:
        """value_problems, with this corpus's measure units, extra kinds and (if it says so)
        continents without a country allowed."""
        continent = entry.get("kind") == "place" and entry.get("text") in CONTINENTS
        if self.continents and continent and "country" not in entry:
            entry = {**entry, "country": "US"}  # any valid code: a continent needs none
        if entry.get("kind") in self.extra_kinds:
            return self.extra_kinds[entry["kind"]](entry)
        if entry.get("unit") in self.measures:
            entry = {key: value for key, value in entry.items() if key != "unit"}
        return value_problems(entry)

    def check_big_and_varied(self) -> None:
        articles = self.article_files
        outlets = {front_matter(path)["outlet"] for path in articles}
        assert len(articles) >= self.min_articles, len(articles)
        assert len(outlets) >= self.min_outlets, sorted(outlets)

    def check_articles_and_gold_files_pair(self) -> None:
        named = {yaml.safe_load(p.read_text(encoding="utf-8"))["article"] for p in self.gold_files}
        assert named == {f"articles/{path.name}" for path in self.article_files}
        assert [p.stem for p in self.gold_files] == [p.stem for p in self.article_files]

    def check_front_matter(self, path: Path, *, dateline_in_name: bool = True) -> None:
        """Licence, credit, source and a zoned publication time; a dev set's file names start
        with the day published (tests/gold-real's, older, do not all)."""
        meta = front_matter(path)
        missing = [key for key in FRONT_MATTER if not str(meta.get(key) or "").strip()]
        assert not missing, f"{path.name}: front matter lacks {missing}"
        assert meta["licence"].startswith(self.licences), meta["licence"]
        assert meta["url"].startswith(("http://", "https://")), meta["url"]
        published = meta["published"]
        assert isinstance(published, datetime.datetime), published
        assert published.utcoffset() is not None, f"{path.name}: `published` needs its zone"
        if dateline_in_name:
            assert path.name.startswith(published.date().isoformat()), (path.name, published)

    def check_readme(self, *, dev_set: bool = True) -> None:
        """The README lists every article with its credit (and says a dev set is one)."""
        readme = (self.folder / "README.md").read_text(encoding="utf-8")
        if dev_set:
            assert "development set" in readme and "annotated blind" in readme
        for path in self.article_files:
            assert f"`{path.stem}`" in readme, path.stem
            assert front_matter(path)["credit"] in readme, path.stem

    def check_annotations_lie_in_the_article(self, path: Path) -> None:
        # load_gold reads the article as `factcheck verify` does and raises when a text does
        # not occur as a whole word at the stated occurrence.
        gold = bench().load_gold(path)
        assert gold.mentions, path.name
        spans = [(m.kind, m.start, m.end) for m in gold.mentions]
        assert len(spans) == len(set(spans)), f"{path.name}: a mention is annotated twice"
        for mention in gold.mentions:
            assert gold.text[mention.start : mention.end] == mention.text

    def check_values(self, path: Path) -> None:
        kinds = {*ALLOWED, *self.extra_kinds}
        problems = [
            f"#{number} {entry.get('kind')} {entry.get('text')!r}: {problem}"
            for number, entry in enumerate(_mentions(path), 1)
            for problem in (
                self.value_problems(entry) if entry.get("kind") in kinds else ["unknown kind"]
            )
        ]
        assert not problems, "\n".join(problems)

    def check_new_text(self, *, min_others: int, same_day: Iterable[str] = ()) -> None:
        """No article is another gold corpus's; no outlet either, but for the `same_day` dev
        sets, drawn the same day from outlets no older set used: all are tuned on, so sharing
        an outlet with them leaves the held-out tests/gold-real untouched."""
        others = [
            path
            for folder in sorted(self.folder.parent.glob("gold*"))
            if folder != self.folder
            for path in (folder / "articles").glob("*.md")
        ]
        assert len(others) >= min_others, len(others)
        assert not {path.name for path in others} & {path.name for path in self.article_files}
        siblings = set(same_day)
        used = {
            front_matter(path).get("outlet")
            for path in others
            if path.parent.parent.name not in siblings
        }
        shared = {front_matter(path)["outlet"] for path in self.article_files} & used
        assert not shared, shared

    def check_no_article_shared(self, *, min_others: int) -> None:
        """No article is another gold corpus's by file name, title or address (for the sets
        that share outlets with others on purpose; tests/gold has no address)."""
        others = [
            path
            for folder in sorted(self.folder.parent.glob("gold*"))
            if folder != self.folder
            for path in (folder / "articles").glob("*.md")
        ]
        assert len(others) >= min_others, len(others)  # the glob found the other corpora
        mine = self.article_files
        assert not {path.name for path in others} & {path.name for path in mine}
        for key in ("title", "url"):
            theirs = {str(front_matter(path).get(key)).casefold() for path in others}
            shared = {
                str(front_matter(path)[key])
                for path in mine
                if str(front_matter(path)[key]).casefold() in theirs
            }
            assert not shared, (key, shared)

    def kind_entries(self, kind: str) -> list[dict]:
        """Every annotation of one kind across the corpus."""
        return [e for path in self.gold_files for e in _mentions(path) if e["kind"] == kind]

    def all_entries(self) -> list[dict]:
        return [entry for path in self.gold_files for entry in _mentions(path)]
