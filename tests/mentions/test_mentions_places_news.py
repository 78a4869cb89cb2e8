"""Places in news reporting (issue 13; tests/gold-dev-newspeople), on sentences written for
these tests: a country whose name holds a hyphen is one place, not a country inside it too;
and a city's name shared by a small town in a country the story names is still the large
city (five times its size or more) elsewhere, while a city, not a town, in the named country
keeps the name."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
HYPHENS = [
    pytest.param("The blogger fled Guinea-Bissau for Portugal.",
                 [("Guinea-Bissau", "GW"), ("Portugal", "PT")], id="guinea-bissau"),
    pytest.param("Guinea-Bissau's president spoke.", [("Guinea-Bissau", "GW")],
                 id="with-its-possessive"),
    pytest.param("The US-China talks resumed.", [("US", "US"), ("China", "CN")],
                 id="two-countries-joined-stay-two"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HYPHENS)
def test_a_country_named_with_a_hyphen_is_one_place(text: str, expected: list) -> None:
    assert places(text) == expected


# fmt: off
NAMESAKES = [
    pytest.param("A U.S. envoy will attend the talks in Geneva on Saturday.",
                 [("U.S.", "US"), ("Geneva", "CH")], id="geneva-not-illinois"),
    pytest.param("The United States sent an envoy to talks in Geneva.",
                 [("United States", "US"), ("Geneva", "CH")], id="with-the-country-spelled-out"),
    pytest.param("The United States team trained in Birmingham on Monday.",
                 [("United States", "US"), ("Birmingham", "US")],
                 id="a-city-keeps-the-named-country"),
    pytest.param("Spain's king visited Cordoba on Monday.", [("Spain", "ES"), ("Cordoba", "ES")],
                 id="a-large-namesake-is-no-small-town"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAMESAKES)
def test_a_large_city_is_not_its_small_namesake_in_a_named_country(
    text: str, expected: list
) -> None:
    assert places(text) == expected


# fmt: off
HEADLINE_VERBS = [
    pytest.param("Western Observers Call Belarus Election a 'Failure'\n"
                 "The vote was held on Sunday, officials said.", [("Belarus", "BY")],
                 id="call"),
    pytest.param("Leaders Urge Chile Talks\nThe talks start on Monday, aides said.",
                 [("Chile", "CL")], id="urge"),
    pytest.param("Mark Ruiz Visits Chile\nHe arrived on Monday, aides said.", [("Chile", "CL")],
                 id="a-first-name-is-no-verb"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HEADLINE_VERBS)
def test_a_headline_verb_with_a_plural_subject_ends_the_run_before_a_country(
    text: str, expected: list
) -> None:
    assert places(text) == expected


# fmt: off
DAY_AFTER = [
    pytest.param("In Hong Kong Thursday, the leader warned of fraud.", [("Hong Kong", "HK")],
                 id="a-weekday-after-the-place"),
    pytest.param("Officials in Kyiv Monday said the strike hit a school.", [("Kyiv", "UA")],
                 id="a-weekday-after-a-city"),
    pytest.param("The minister spoke in Paris June 5, aides said.", [("Paris", "FR")],
                 id="a-month-after-the-place"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DAY_AFTER)
def test_a_day_or_month_after_a_place_is_no_part_of_it(text: str, expected: list) -> None:
    assert places(text) == expected


# fmt: off
FORMAL_NAMES = [
    pytest.param("They shared concerns over the People's Republic of China today.",
                 [("People's Republic of China", "CN")], id="peoples-republic-of-china"),
    pytest.param("The Democratic People's Republic of Korea fired a missile.",
                 [("Democratic People's Republic of Korea", "KP")], id="dprk"),
    pytest.param("The People's Party won in Spain.", [("Spain", "ES")],
                 id="a-party-is-no-place"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FORMAL_NAMES)
def test_a_formal_name_runs_on_past_its_possessive(text: str, expected: list) -> None:
    assert places(text) == expected
