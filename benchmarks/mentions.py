"""Mention-finding quality and speed on a gold corpus (tests/gold/ unless told otherwise).

Run from the repository root, in the venv to measure (stdlib + factcheck):

    python benchmarks/mentions.py [--gold DIR] [--per-article] [--errors] [--runs N] [--json]

`--gold tests/gold-real` scores the held-out corpus of real articles from other outlets,
annotated blind (see its README); the default is the development corpus in tests/gold/.

For each kind it prints how many mentions the gold has, how many `find_mentions` found, the
true positives (same kind, same start and end), precision, recall, and value accuracy (among
true positives, the share whose value equals the gold's: EDTF dates, ISO durations, numbers
with qualifier, unit and range, the speaker of a quote, the person of a role, the country of
a place). `--per-article` adds one table per article, `--errors` lists every miss, false
mention and wrong value. A second table scores relaxed matches (same kind, spans
that overlap, paired one to one in text order, as TempEval-3 pairs TIMEX3), with value
accuracy over those: a span convention that changed after a corpus was annotated (TimeML's
"the third quarter", "Wednesday night", a unit after a figure) then shows as what it is, not
as a miss plus a false mention; the exact table stays the first figure.

Timing: `find_mentions` on the bundled article's normalized text,
the first call in this process (it loads GeoNames' country table and looks up the cities the
article needs) and the median and minimum of N further calls.

A gold file is YAML: `article` (path relative to the gold file) and `mentions`, each with
`kind`, `text` (the exact span of the normalized text), `occurrence` (which whole-word
occurrence of `text` in the normalized text, from 0; default 0), `value` (default: the text)
and, by kind, `qualifier`, `unit`, `max`, `speaker`, `person`, `country`. A gold file may
list the kinds it annotates (`kinds: [quote]`, as tests/gold-dev/ does): only those are
scored. The test suite (tests/mentions/test_mentions_gold.py) imports this module and holds
the figures up.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from factcheck.mentions.model import KINDS  # light: the finder itself is imported when timed

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
BUNDLED = ROOT / "articles" / "2025-06-27-putin-third-round.md"
_EXTRA = {
    "number": ("qualifier", "unit", "max"),
    "pair": ("qualifier",),
    "duration": ("qualifier",),
}
_EXTRA |= {"quote": ("speaker",), "role": ("person",), "place": ("country",)}


@dataclass(frozen=True)
class GoldMention:
    """One annotated mention, placed in the normalized text."""

    kind: str
    start: int
    end: int
    text: str
    fields: tuple[tuple[str, str | None], ...]  # value and the kind's extra fields, as text


@dataclass
class GoldArticle:
    name: str
    path: Path
    text: str
    anchor: datetime.date
    mentions: list[GoldMention] = field(default_factory=list)
    kinds: tuple[str, ...] = KINDS  # the kinds annotated: only these are scored


def occurrences(text: str, phrase: str) -> list[int]:
    """Starts of ``phrase`` in ``text`` where it is not glued to a letter or digit."""
    found = []
    position = text.find(phrase)
    while position != -1:
        before = text[position - 1] if position else " "
        after_index = position + len(phrase)
        after = text[after_index] if after_index < len(text) else " "
        glued_before = phrase[0].isalnum() and before.isalnum()
        glued_after = phrase[-1].isalnum() and after.isalnum()
        if not (glued_before or glued_after):
            found.append(position)
        position = text.find(phrase, position + 1)
    return found


def read_article_text(path: Path) -> tuple[str, datetime.date]:
    """The normalized text and the dateline's date, exactly as `factcheck verify` reads them."""
    from factcheck.article.reader import read_article
    from factcheck.safe_paths import ReadPolicy

    # The gold folder is the benchmark's own choice (--gold), so it is the root of the read.
    article = read_article(path, str(path), policy=ReadPolicy.at(path.parent))
    if article.published is None:
        raise ValueError(f"{path}: the gold corpus needs `published` in the front matter")
    return article.text.text, article.published.date()


def _plain(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, list):
        return ",".join(_plain(item) or "" for item in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    if re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", text):
        return format(Decimal(text).normalize(), "f")
    return text


def _gold_fields(kind: str, entry: dict) -> tuple[tuple[str, str | None], ...]:
    value = entry.get("value", entry["text"])
    fields = [("value", _plain(value))]
    fields += [(name, _plain(entry.get(name))) for name in _EXTRA.get(kind, ())]
    return tuple(fields)


def load_gold(path: Path) -> GoldArticle:
    """Read a gold file and place each annotation in the article's normalized text."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    article_path = (path.parent / data["article"]).resolve()
    text, anchor = read_article_text(article_path)
    kinds = tuple(data.get("kinds", KINDS))
    if unknown := [kind for kind in kinds if kind not in KINDS]:
        raise ValueError(f"{path.name}: unknown kinds {unknown} in `kinds`")
    gold = GoldArticle(path.stem, article_path, text, anchor, kinds=kinds)
    for number, entry in enumerate(data["mentions"], 1):
        kind, phrase = entry["kind"], str(entry["text"])
        if kind not in kinds:
            raise ValueError(f"{path.name} #{number}: kind {kind!r} is not among `kinds`")
        starts = occurrences(text, phrase)
        index = int(entry.get("occurrence", 0))
        if index >= len(starts):
            raise ValueError(
                f"{path.name} #{number}: {phrase!r} occurs {len(starts)} times, "
                f"occurrence {index} asked"
            )
        start = starts[index]
        fields = _gold_fields(kind, entry)
        gold.mentions.append(GoldMention(kind, start, start + len(phrase), phrase, fields))
    return gold


def load_corpus(folder: Path = GOLD) -> list[GoldArticle]:
    return [load_gold(path) for path in sorted(folder.glob("*.yaml"))]


def found_fields(mention: object) -> tuple[tuple[str, str | None], ...]:
    """A found mention's value and extras, in the gold's notation."""
    kind = mention.kind  # type: ignore[attr-defined]
    value = mention.value  # type: ignore[attr-defined]
    extras: dict[str, str | None] = {}
    if kind == "date":
        shown = value.edtf()
    elif kind == "number":
        shown = _plain(value.amount)
        extras = {"qualifier": value.qualifier, "unit": value.unit, "max": _plain(value.maximum)}
    elif kind == "pair":
        shown = f"{_plain(value.left)},{_plain(value.right)}"
        extras = {"qualifier": value.qualifier}
    elif kind == "duration":
        shown = value.minimum.iso()
        if value.is_range:
            shown += "/" + value.maximum.iso()
        extras = {"qualifier": value.qualifier}
    elif kind == "ordinal":
        shown = str(value.n)
    elif kind == "frequency":
        shown = value.iso()
    else:
        shown = str(value)
        name = {"quote": "speaker", "role": "person", "place": "country"}.get(kind)
        if name:
            extras = {name: getattr(mention, name)}
    fields = [("value", shown)]
    fields += [(name, _plain(extras.get(name))) for name in _EXTRA.get(kind, ())]
    return tuple(fields)


def _same_speaker(gold: str | None, found: str | None) -> bool:
    """Speakers match when both are unknown, share a surname ("Putin" ~ "Vladimir Putin"), or
    one name is a run of the other's words: where a story shortens a name to its first word
    (Malay, Indonesian, Burmese names: "Anwar" for "Anwar Ibrahim"), the gold keeps the
    story's word and the finder the full name, and both name the same person."""
    if gold is None or found is None:
        return gold == found
    gold_words, found_words = gold.split(), found.split()
    if gold_words[-1] == found_words[-1]:
        return True
    shorter, longer = sorted((gold_words, found_words), key=len)
    return any(
        longer[start : start + len(shorter)] == shorter
        for start in range(len(longer) - len(shorter) + 1)
    )


def _same_dates(gold: str | None, found: str | None) -> bool:
    """Date values match when they name the same days, however written: "2002-09/2002-11"
    and "2002-09-01/2002-11-30" are one interval (a month's precision is no other value)."""
    if gold == found:
        return True
    if gold is None or found is None:
        return False
    from factcheck.values.types import DateValue

    try:
        gold_days, found_days = DateValue.from_edtf(gold), DateValue.from_edtf(found)
    except ValueError:
        return False
    return (gold_days.start, gold_days.end) == (found_days.start, found_days.end)


def values_equal(kind: str, gold: tuple, found: tuple) -> bool:
    gold_map, found_map = dict(gold), dict(found)
    for name, expected in gold_map.items():
        actual = found_map.get(name)
        if name == "speaker":
            if not _same_speaker(expected, actual):
                return False
        elif name == "value" and kind == "date":
            if not _same_dates(expected, actual):
                return False
        elif expected != actual:
            return False
    return True


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    hits: int = 0
    right: int = 0
    overlaps: int = 0  # relaxed matches: same kind, spans sharing a character (one to one)
    overlaps_right: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.hits += other.hits
        self.right += other.right
        self.overlaps += other.overlaps
        self.overlaps_right += other.overlaps_right

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.hits if self.hits else 1.0

    @property
    def relaxed_precision(self) -> float:
        return self.overlaps / self.found if self.found else 1.0

    @property
    def relaxed_recall(self) -> float:
        return self.overlaps / self.gold if self.gold else 1.0

    @property
    def relaxed_accuracy(self) -> float:
        return self.overlaps_right / self.overlaps if self.overlaps else 1.0


@dataclass
class ArticleScore:
    name: str
    tallies: dict[str, Tally]
    errors: list[str]


def score_article(gold: GoldArticle) -> ArticleScore:
    from factcheck.mentions import find_mentions

    # A gold file that annotates only some kinds (`kinds:`) is scored on those alone.
    found = [m for m in find_mentions(gold.text, gold.anchor) if m.kind in gold.kinds]
    tallies = {kind: Tally() for kind in KINDS}
    errors: list[str] = []
    by_key = {(m.kind, m.start, m.end): m for m in found}
    gold_keys = {(g.kind, g.start, g.end) for g in gold.mentions}
    for mention in found:
        tallies[mention.kind].found += 1
        if (mention.kind, mention.start, mention.end) not in gold_keys:
            errors.append(f"{gold.name}: false {mention.kind} {mention.text!r} @{mention.start}")
    for entry in gold.mentions:
        tally = tallies[entry.kind]
        tally.gold += 1
        mention = by_key.get((entry.kind, entry.start, entry.end))
        if mention is None:
            errors.append(f"{gold.name}: missed {entry.kind} {entry.text!r} @{entry.start}")
            continue
        tally.hits += 1
        found_value = found_fields(mention)
        if values_equal(entry.kind, entry.fields, found_value):
            tally.right += 1
        else:
            errors.append(
                f"{gold.name}: wrong value {entry.kind} {entry.text!r}: "
                f"gold {dict(entry.fields)} found {dict(found_value)}"
            )
    _score_overlaps(gold, found, tallies)
    return ArticleScore(gold.name, tallies, errors)


def _score_overlaps(gold: GoldArticle, found: list, tallies: dict[str, Tally]) -> None:
    """TempEval-3's relaxed match, per kind: each gold mention, in text order, takes the
    first free found mention of its kind that shares a character with it. Span conventions
    (a leading "the", a part of the day, a unit after a figure) then do not count as a miss
    plus a false mention; the exact-span table stays the first figure."""
    free: dict[str, list] = {}
    for mention in sorted(found, key=lambda m: (m.start, m.end)):
        free.setdefault(mention.kind, []).append(mention)
    for entry in sorted(gold.mentions, key=lambda g: (g.start, g.end)):
        candidates = free.get(entry.kind, [])
        for index, mention in enumerate(candidates):
            if mention.start < entry.end and entry.start < mention.end:
                del candidates[index]
                tallies[entry.kind].overlaps += 1
                if values_equal(entry.kind, entry.fields, found_fields(mention)):
                    tallies[entry.kind].overlaps_right += 1
                break


def total(scores: list[ArticleScore]) -> dict[str, Tally]:
    tallies = {kind: Tally() for kind in KINDS}
    for score in scores:
        for kind, tally in score.tallies.items():
            tallies[kind].add(tally)
    return tallies


def overall(tallies: dict[str, Tally]) -> Tally:
    result = Tally()
    for tally in tallies.values():
        result.add(tally)
    return result


def table(tallies: dict[str, Tally], relaxed: bool = False) -> str:
    """Precision, recall and value accuracy per kind: over exact matches, or (`relaxed`)
    over overlapping ones."""
    matched, width = ("overlap", 7) if relaxed else ("tp", 5)
    rule = "-" * (53 + width)
    lines = [
        f"{'kind':<9} {'gold':>5} {'found':>6} {matched:>{width}} {'precision':>10} "
        f"{'recall':>7} {'value acc':>10}",
        rule,
    ]
    rows = [(kind, tallies[kind]) for kind in KINDS] + [("all", overall(tallies))]
    for kind, tally in rows:
        if kind == "all":
            lines.append(rule)
        if relaxed:
            figures = (tally.overlaps, tally.relaxed_precision, tally.relaxed_recall)
            accuracy = tally.relaxed_accuracy
        else:
            figures = (tally.hits, tally.precision, tally.recall)
            accuracy = tally.accuracy
        lines.append(
            f"{kind:<9} {tally.gold:>5} {tally.found:>6} {figures[0]:>{width}} "
            f"{figures[1]:>10.3f} {figures[2]:>7.3f} {accuracy:>10.3f}"
        )
    return "\n".join(lines)


def timing(runs: int) -> dict[str, float]:
    """Milliseconds: importing factcheck.mentions, the first call, then warm calls."""
    text, anchor = read_article_text(BUNDLED)
    started = time.perf_counter()
    from factcheck.mentions import find_mentions

    imported = time.perf_counter()
    find_mentions(text, anchor)
    first = time.perf_counter()
    warm = []
    for _ in range(runs):
        begin = time.perf_counter()
        find_mentions(text, anchor)
        warm.append((time.perf_counter() - begin) * 1000)
    from factcheck.consistency import gazetteer

    return {
        "import_ms": (imported - started) * 1000,
        "first_call_ms": (first - imported) * 1000,
        "warm_median_ms": statistics.median(warm),
        "warm_min_ms": min(warm),
        "text_chars": len(text),
        "city_lookups": gazetteer.cities_named.cache_info().currsize,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD,
        metavar="DIR",
        help="folder of gold YAML files to score (default tests/gold)",
    )
    parser.add_argument("--per-article", action="store_true", help="a table per article")
    parser.add_argument("--errors", action="store_true", help="list misses and false mentions")
    parser.add_argument("--runs", type=int, default=50, help="warm calls to time (default 50)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        parser.error(f"--gold {args.gold}: no such folder (give a folder of gold YAML files)")
    if not any(args.gold.glob("*.yaml")):
        parser.error(f"--gold {args.gold}: no *.yaml gold files in that folder")

    # Time first, in a fresh state, so the first call pays for what a cold verify pays.
    figures = timing(args.runs)
    corpus = load_corpus(args.gold)
    scores = [score_article(article) for article in corpus]
    tallies = total(scores)
    words = sum(len(article.text.split()) for article in corpus)
    print(
        f"gold corpus: {len(corpus)} articles, {words} words, "
        f"{sum(len(a.mentions) for a in corpus)} mentions\n"
    )
    print("exact spans (same kind, same start and end):")
    print(table(tallies))
    print("\nrelaxed spans (same kind, overlapping, one to one; as TempEval-3's relaxed match):")
    print(table(tallies, relaxed=True))
    if args.per_article:
        for score in scores:
            print(f"\n{score.name}\n{table(score.tallies)}")
    if args.errors:
        errors = [error for score in scores for error in score.errors]
        print(f"\n{len(errors)} errors" + (":" if errors else ""))
        for error in errors:
            print(f"  {error}")
        kinds = Counter(error.split(" ")[1] for error in errors)
        if kinds:
            print("  by type: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(
        f"\ntiming on the bundled article ({figures['text_chars']} chars): "
        f"import {figures['import_ms']:.1f} ms, first call {figures['first_call_ms']:.1f} ms "
        f"({figures['city_lookups']} city look-ups), warm median {figures['warm_median_ms']:.1f} "
        f"ms, min {figures['warm_min_ms']:.1f} ms over {args.runs} calls"
    )
    if args.json:
        payload = {
            "timing": figures,
            "kinds": {kind: vars(tally) for kind, tally in tallies.items()},
        }
        print(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
