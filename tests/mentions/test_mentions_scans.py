"""The patterns rewritten so the regex engine can skip to where they match find what the
plain patterns they stand for find."""

from __future__ import annotations

import re

import pytest

from factcheck.mentions import _lexicon, _scan, _text, dates, durations, numbers, ordinals, speakers
from factcheck.values import direction

SAMPLES = [
    "On June 2, Jun. 3 and Jun 4; Junes, Jun5, Juneau, JUNE, june.",
    "Sept. 9, Sep. 10, Sept 11, Septx, September's end, Sep.. Sept.5",
    "May. Mayor May's Ma Dec.. Dec Decx December2 Aug_ April's JanuaryX Janu",
    "from Oct.-Nov. 2024 to Feb.,Mar.;Apr.: early August, mid-July",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_month_scan_finds_what_month_finds(text: str) -> None:
    plain = re.compile(dates.MONTH)
    assert [m.span() for m in dates._MONTH.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize("text", [*SAMPLES, "Dr. Who met U.S. Sen. Smith at 10:30 a.m. ‘Hi’ ½."])
def test_tokens_as_without_look_aheads(text: str) -> None:
    plain = re.compile(_text._TOKEN.pattern.replace("(?=\\S)", "").replace("(?=[A-Z])", ""))
    assert [(m.span(), m.lastgroup) for m in _text._TOKEN.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)
    ]


LEADS = [
    "between 2 and 5, from 3 to 4, Between 6, From 7; more than 8, nearly 9 and about 10.",
    "over \n11, ALMOST 12, Approximately 13, into 14, moreover 15, roughly\n16, (some 17",
    "It is ſome 18 or up to 19 and at least 20, in excess of 21, upward of 22 and 23 of 24",
]


@pytest.mark.parametrize("text", LEADS)
def test_lead_finds_what_the_search_finds(text: str) -> None:
    def shown(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
        if match is None or not (match.group("qual") or match.group("opener")):
            return None
        return match.span("qual"), match.span("opener")

    for start in range(len(text) + 1):
        plain = _lexicon._LEAD.search(text, max(0, start - 30), start)
        assert shown(_lexicon.lead(text, start)) == shown(plain), start


FUTURES = [
    "Ministers WILL meet on",
    "They'll meet on",
    "The summit, scheduled for",
    "She is due to attend on",
    "Talks are set to resume on",
    "It was planned for",
    "He expects a deal by",
    "The upcoming vote on",
    "Next, the talks on",
    "Talks iſ due on",
    "Talks were held on",
    "willing to meet on",
    "The group plans to leave on",
    "It intends to vote on",
    "Talks are to resume on",
    "",
]


@pytest.mark.parametrize("before", FUTURES)
def test_future_words_as_the_future_search(before: str) -> None:
    assert (direction._last_future(before) is not None) == bool(direction._FUTURE().search(before))


def test_sentence_start_after_the_last_mark() -> None:
    text = "One. Two? Three! Four\nFive. Six"
    for index in range(len(text) + 1):
        expected = max(text.rfind(mark, 0, index) for mark in (". ", "? ", "! ", "\n")) + 1
        assert direction.sentence_start(text, index) == expected


DIGITS = [
    "In 2019, 12019 and 1999x, 2020%, 2021.5, 1850-1900 to 2025, 21st and 3rd, 4th5, 22nd.",
    "Call +380 44 123 4567, (044) 123-45-67, 12.34, 1-23, 12 3, 1 23 or 555-1234 at 9 am.",
    "Crude at $75.84, a 55-45 vote, 12345 67 89, 0123-4567 and 2014-2022, +1 (212) 555 0100.",
    "",
]


@pytest.mark.parametrize("text", DIGITS)
def test_digit_scans_from_the_digit_runs(text: str) -> None:
    years = re.compile(dates.BARE_YEAR).finditer(text)
    assert [m.span() for m in dates._years(text)] == [m.span() for m in years]
    runs = _scan.digit_runs(text)
    assert numbers._phone_groups(text, runs) == bool(re.search(r"[0-9]{2}[ .-][0-9]{2}", text))
    phones = _scan.anchored(numbers._PHONE(), text, numbers._phone_starts(text, runs))
    assert [m.span() for m in phones] == [m.span() for m in numbers._PHONE().finditer(text)]
    suffixed = {m.start() for m in re.finditer(r"[0-9]+(?:st|nd|rd|th)", text)}
    assert suffixed == {s for s, e in runs if text.startswith(ordinals._SUFFIXES, e)}


SUBJECTS = [
    "Russian President Vladimir Putin said on June 27 that it was",
    "Putin, speaking in Minsk, said that",
    "Kremlin spokesman Dmitry Peskov. told reporters",
    "U.S. Secretary of State Marco Rubio also said",
    "He then told reporters that O'Neill-Smith's aide later said",
    "Analyst Mark Feldman of Redwood Research had warned",
    "The talks, held in Istanbul, ended as Ursula von der Leyen said",
]


@pytest.mark.parametrize("text", SUBJECTS)
def test_subject_patterns_as_their_plain_forms(text: str) -> None:
    for pattern in (speakers._BEFORE(), speakers._SUBJECT_AFTER()):
        plain = re.compile(pattern.pattern.replace("*+", "*").replace("(?=[A-Zhs])", ""))
        for start in range(len(text)):
            found, expected = pattern.match(text, start), plain.match(text, start)
            assert (found and found.groupdict()) == (expected and expected.groupdict())


_FILLER = (
    " and so the talks went on without a break for the whole of that season, as the rest of it "
)
LENGTHS = [
    _FILLER.join(["On Monday", "often two days", "Ten days later", "a week-long truce", ""]),
    _FILLER.join(["three-and-a-half years", "1.5 hours", "half an hour", "a day-long visit"]),
    _FILLER.join(["two hundred years", "a century", "today", "Last year", "this month"]),
    _FILLER.join(["every week", "30-day", "2-3-day", "nearly four and a half decades"]),
    _FILLER.join(["The minutes", "the monthly meeting", "decade-long", "12 centuries", "Yearly"]),
    "",
]


_UNIT_WORD = re.compile("minute|hour|day|week|fortnight|month|year|decade|centur")


@pytest.mark.parametrize("text", [*LENGTHS, "dayear weekday Mondays hourminute centuryear"])
def test_unit_words_as_the_scan_finds_them(text: str) -> None:
    assert durations._unit_words(text) == [m.span() for m in _UNIT_WORD.finditer(text)]


@pytest.mark.parametrize("text", LENGTHS)
def test_length_windows_lose_no_match(text: str) -> None:
    every: list[tuple[int, int]] = []  # the stretches before any was left out
    for match in _UNIT_WORD.finditer(text):
        start = text.rfind(" ", 0, max(0, match.start() - 60)) + 1
        end = min(len(text), match.end() + 24)
        if every and start <= every[-1][1]:
            every[-1] = (every[-1][0], end)
        else:
            every.append((start, end))
    kept = set(durations._windows(text))
    for start, end in every:
        if (start, end) not in kept:
            assert not list(durations._DURATION.finditer(text, start, end)), text[start:end]
    assert kept <= set(every)


@pytest.mark.parametrize("text", [*LENGTHS, "Twenty-five, x-ray, one-third, well-known - a-ha"])
def test_hyphenated_counts_as_every_token_split(text: str) -> None:
    doc = _text.Doc(text)
    heads = {i: word.partition("-")[0] for i, word in enumerate(doc.lowered) if "-" in word}
    expected = {i for i, head in heads.items() if head in numbers._WORD_STARTS}
    assert numbers._hyphenated_counts(doc) == expected
