"""The held-out corpus of real articles in tests/gold-real/ is well formed (see its README).

Only the corpus is checked here: every annotation lies in its article's normalized text at the
stated occurrence, its value parses for its kind, every article carries its licence and credit.
The finder's scores on it are not held up: they are below the goals today, and
`python benchmarks/mentions.py --gold tests/gold-real --errors` prints them.
"""

from __future__ import annotations

import datetime
import importlib.util
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
import yaml

from factcheck.consistency import gazetteer

ROOT = Path(__file__).resolve().parents[2]
GOLD_REAL = ROOT / "tests" / "gold-real"
ARTICLES = GOLD_REAL / "articles"
_SPEC = importlib.util.spec_from_file_location(
    "mentions_benchmark_real", ROOT / "benchmarks" / "mentions.py"
)
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = bench  # dataclasses look their module up while the class is made
_SPEC.loader.exec_module(bench)

GOLD_FILES = sorted(GOLD_REAL.glob("*.yaml"))
ARTICLE_FILES = sorted(ARTICLES.glob("*.md"))
FRONT_MATTER = ("title", "published", "url", "outlet", "licence", "credit")
# The licences that let the repository keep an article's text.
LICENCES = ("CC BY 2.5", "CC BY 3.0", "Public domain", "Open Government Licence v3.0")
QUALIFIERS = {"over", "under", "up to", "at least", "nearly", "about"}
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
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?:[+-](?:0\d|1[0-4]):[0-5]\d)?")
_DURATION = re.compile(r"P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?)?")


def _front_matter(path: Path) -> dict:
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front)


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
        elif kind == "place" and entry.get("country") not in _COUNTRY_CODES:
            problems.append(f"country {entry.get('country')!r} is no ISO 3166 alpha-2 code")
    except ValueError as error:
        problems.append(str(error))
    if entry.get("qualifier") is not None and entry["qualifier"] not in QUALIFIERS:
        problems.append(f"qualifier {entry['qualifier']!r} is not canonical")
    if entry.get("unit") is not None and entry["unit"] not in UNITS:
        problems.append(f"unit {entry['unit']!r} is not one of {sorted(UNITS)}")
    return problems


_KEYS = {"kind", "text", "occurrence", "value"}
_COUNTRY_CODES = {country.code for country in gazetteer.countries()}


def test_corpus_is_big_and_varied_enough_to_measure_on() -> None:
    outlets = {_front_matter(path)["outlet"] for path in ARTICLE_FILES}
    assert len(ARTICLE_FILES) >= 20, len(ARTICLE_FILES)
    assert len(outlets) >= 8, sorted(outlets)


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    named = {yaml.safe_load(path.read_text(encoding="utf-8"))["article"] for path in GOLD_FILES}
    assert named == {f"articles/{path.name}" for path in ARTICLE_FILES}
    assert [path.stem for path in GOLD_FILES] == [path.stem for path in ARTICLE_FILES]


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    meta = _front_matter(path)
    missing = [key for key in FRONT_MATTER if not str(meta.get(key) or "").strip()]
    assert not missing, f"{path.name}: front matter lacks {missing}"
    assert meta["licence"].startswith(LICENCES), meta["licence"]
    assert meta["url"].startswith(("http://", "https://")), meta["url"]
    published = meta["published"]
    assert isinstance(published, datetime.datetime), published
    assert published.utcoffset() is not None, f"{path.name}: `published` needs its zone"


def test_readme_lists_every_article_with_its_credit() -> None:
    readme = (GOLD_REAL / "README.md").read_text(encoding="utf-8")
    for path in ARTICLE_FILES:
        assert f"`{path.stem}`" in readme, path.stem
        assert _front_matter(path)["credit"] in readme, path.stem


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    # load_gold reads the article as `factcheck verify` does and raises when a text does
    # not occur as a whole word at the stated occurrence.
    gold = bench.load_gold(path)
    assert gold.mentions, path.name
    spans = [(m.kind, m.start, m.end) for m in gold.mentions]
    assert len(spans) == len(set(spans)), f"{path.name}: a mention is annotated twice"
    for mention in gold.mentions:
        assert gold.text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["mentions"]
    problems = [
        f"#{number} {entry.get('kind')} {entry.get('text')!r}: {problem}"
        for number, entry in enumerate(entries, 1)
        for problem in (value_problems(entry) if entry.get("kind") in ALLOWED else ["unknown kind"])
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "date", "text": "30 February", "value": "2025-02-30"}, "day is out of range"),
        ({"kind": "date", "text": "x", "value": "2025-06-09/2025-06-02"}, "ends before"),
        ({"kind": "date", "text": "x", "value": "June 2"}, "not an EDTF"),
        ({"kind": "time", "text": "25:00", "value": "25:00"}, "not HH:MM"),
        ({"kind": "number", "text": "about ten", "value": "ten"}, "not an amount"),
        ({"kind": "number", "text": "5-3", "value": "5", "max": "3"}, "not above"),
        ({"kind": "number", "text": "roughly 5", "value": "5", "qualifier": "roughly"}, "canon"),
        ({"kind": "duration", "text": "two days", "value": "2D"}, "ISO 8601"),
        ({"kind": "ordinal", "text": "third", "value": "third"}, "position"),
        ({"kind": "role", "text": "Governor"}, "names its person"),
        ({"kind": "place", "text": "Kyiv", "country": "XX"}, "ISO 3166"),
        ({"kind": "place", "text": "Kyiv", "country": "UA", "person": "x"}, "unknown field"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_good_values_pass() -> None:
    good = [
        {"kind": "date", "text": "last week", "value": "2025-09-29/2025-10-05"},
        {"kind": "date", "text": "earlier in the year", "value": "2018-01/2018-11"},
        {"kind": "time", "text": "3:22 a.m. (PDT)", "value": "03:22-07:00"},
        {"kind": "number", "text": "10-to-15", "value": "10", "max": "15"},
        {"kind": "number", "text": "£200bn", "value": "200000000000", "unit": "GBP"},
        {"kind": "duration", "text": "about 90 minutes", "value": "PT90M", "qualifier": "about"},
        {"kind": "duration", "text": "2-3-day", "value": "P2D/P3D"},
        {"kind": "ordinal", "text": "26th", "value": 26},
        {"kind": "place", "text": "U.K.", "country": "GB"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]


def test_benchmark_scores_the_folder_given_with_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(
        "---\ntitle: Rates held\npublished: 2025-10-08T15:30:00+03:00\n---\n\n"
        "NAIROBI - The bank held its rate at 9.5% on Wednesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.yaml").write_text(
        "article: articles/a.md\nmentions:\n"
        '  - {kind: number, text: "9.5%", value: "9.5", unit: "%"}\n',
        encoding="utf-8",
    )
    assert bench.main(["--gold", str(tmp_path), "--runs", "1", "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gold corpus: 1 articles, 13 words, 1 mentions\n")
    assert "false place 'NAIROBI'" in out  # scored against this folder, not tests/gold


@pytest.mark.parametrize("make", [lambda path: path / "missing", lambda path: path])
def test_benchmark_refuses_a_gold_folder_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make
) -> None:
    folder = make(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        bench.main(["--gold", str(folder), "--runs", "1"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"--gold {folder}:" in err
    assert ("no such folder" in err) if folder.name == "missing" else ("no *.yaml" in err)
