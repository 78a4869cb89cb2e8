"""The contract other code relies on: Mention's shape, ordering, no overlaps within a kind,
spans that index the text passed in, and the values' types."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
from pathlib import Path

import pytest

from factcheck.article.reader import read_article
from factcheck.mentions import KINDS, Mention, find_mentions
from factcheck.values import (
    DateValue,
    DurationValue,
    FrequencyValue,
    NumberValue,
    OrdinalValue,
    PairValue,
)

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "articles" / "2025-06-27-putin-third-round.md"
VALUE_TYPES = {
    "date": DateValue,
    "number": NumberValue,
    "pair": PairValue,
    "duration": DurationValue,
    "frequency": FrequencyValue,
    "ordinal": OrdinalValue,
    "time": str,
    "quote": str,
    "person": str,
    "role": str,
    "place": str,
}


@pytest.fixture(scope="module")
def bundled() -> tuple[str, list[Mention]]:
    article = read_article(BUNDLED, "bundled")
    assert article.published is not None
    text = article.text.text
    return text, find_mentions(text, article.published.date())


def test_mention_is_a_frozen_slotted_dataclass() -> None:
    mention = Mention("date", 0, 6, "June 2", None)
    assert dataclasses.is_dataclass(mention)
    assert not hasattr(mention, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 1  # type: ignore[misc]
    assert (mention.speaker, mention.person, mention.country) == (None, None, None)


def test_spans_index_the_text_and_are_sorted(bundled: tuple[str, list[Mention]]) -> None:
    text, mentions = bundled
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for mention in mentions:
        assert mention.kind in KINDS
        assert text[mention.start : mention.end] == mention.text
        assert isinstance(mention.value, VALUE_TYPES[mention.kind]), mention


def test_no_two_mentions_of_a_kind_overlap(bundled: tuple[str, list[Mention]]) -> None:
    _, mentions = bundled
    for kind in KINDS:
        spans = sorted((m.start, m.end) for m in mentions if m.kind == kind)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, kind


def test_every_kind_is_found_in_the_bundled_article(bundled: tuple[str, list[Mention]]) -> None:
    _, mentions = bundled
    assert {m.kind for m in mentions} == set(KINDS) - {"time"}


def test_numbers_inside_other_values_are_not_numbers(bundled: tuple[str, list[Mention]]) -> None:
    _, mentions = bundled
    numbers = [m.text for m in mentions if m.kind == "number"]
    assert numbers == ["up to 1,200", "two", "over 1 million"]


def test_titled_person_gives_a_role_and_a_person() -> None:
    mentions = find_mentions("Defense Minister Rustem Umerov said.", datetime.date(2025, 6, 27))
    assert [(m.kind, m.text, m.person) for m in mentions] == [
        ("role", "Defense Minister", "Rustem Umerov"),
        ("person", "Rustem Umerov", None),
    ]


def test_a_datetime_anchor_is_accepted() -> None:
    anchor = datetime.datetime(2025, 6, 27, 22, 57, tzinfo=datetime.UTC)
    (mention,) = find_mentions("It happened yesterday.", anchor)  # type: ignore[arg-type]
    assert mention.value == DateValue.for_day(datetime.date(2025, 6, 26))


@pytest.mark.parametrize("text", ["", "\n", "   ", '"', "'", "-", "1", "May", '\n\n"open'])
def test_odd_texts_do_not_raise(text: str) -> None:
    for mention in find_mentions(text, datetime.date(2025, 6, 27)):
        assert text[mention.start : mention.end] == mention.text


def test_an_articles_places_do_not_depend_on_the_articles_checked_before_it() -> None:
    """At most CITY_LOOKUPS city names are looked up an article; names another article made
    the process look up earlier count too, or a serial run and a --jobs run would differ."""
    from factcheck.mentions.places import CITY_LOOKUPS

    anchor = datetime.date(2025, 6, 27)
    many = (
        "The delegation went to Lutsk, Rivne, Kharkiv, Odesa, Dnipro, Mykolaiv, Kherson, "
        "Poltava, Sumy and Chernihiv."
    )

    def places(text: str) -> list[str]:
        return [m.value for m in find_mentions(text, anchor) if m.kind == "place"]

    alone = places(many)
    assert len(alone) == CITY_LOOKUPS < 10
    assert places("Talks in Sumy, then in Chernihiv and Poltava.") == [
        "Sumy",
        "Chernihiv",
        "Poltava",
    ]
    assert places(many) == alone
