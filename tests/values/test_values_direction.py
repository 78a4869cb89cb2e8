"""Which way from the dateline a yearless date lies, by its sentence (values.direction): one
rule for the mention finder and for the value `verify` reads, so they never disagree."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_date
from factcheck.values.direction import direction_of, read_date_at

# A Thursday late in October: "Nov. 21" is under a month ahead, "Dec. 7" six weeks.
OCTOBER = datetime.date(1989, 10, 26)
FRIDAY = datetime.date(2000, 1, 7)
SUNDAY = datetime.date(2000, 1, 9)
JUNE = datetime.date(2025, 6, 27)  # the seed article's dateline, a Friday
NOVEMBER = datetime.date(2024, 11, 27)  # a Wednesday


def _read(sentence: str, words: str, anchor: datetime.date) -> str | None:
    """The value of ``words`` where ``sentence`` says them, as `verify` reads it."""
    start = sentence.rindex(words)
    words = words.removesuffix("'s")
    value = read_date_at(words, anchor, sentence, start, start + len(words))
    return value.edtf() if value else None


def _found(sentence: str, anchor: datetime.date) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, anchor)
        if m.kind == "date"
    ]


# fmt: off
CASES = [
    # 1. A cue just before the date: ahead.
    ("The dividend is payable Dec. 7 to holders.", "Dec. 7", OCTOBER, "1989-12-07"),
    ("The new rules take hold, effective Feb. 1.", "Feb. 1", OCTOBER, "1990-02-01"),
    ("The rights, which expire Nov. 21, can be sold.", "Nov. 21", OCTOBER, "1989-11-21"),
    ("It goes to holders of record Nov. 15.", "Nov. 15", OCTOBER, "1989-11-15"),
    ("The loan falls due on Dec. 1 at the latest.", "Dec. 1", OCTOBER, "1989-12-01"),
    ("The boy could leave as soon as Tuesday.", "Tuesday", FRIDAY, "2000-01-11"),
    ("They may arrive as early as Monday, officials said.", "Monday", FRIDAY, "2000-01-10"),
    ("The court postponed until Tuesday any ruling.", "Tuesday", FRIDAY, "2000-01-11"),
    ("The offer was extended to Nov. 20 by the bidder.", "Nov. 20", OCTOBER, "1989-11-20"),
    ("A meeting is scheduled Thursday in Geneva.", "Thursday", FRIDAY, "2000-01-13"),
    ("Hungary threatened to let the measures lapse at the end of July.", "the end of July",
     datetime.date(2025, 4, 9), "2025-07-21/2025-07-31"),
    # A headline's "called for", "set for": a date fixed ahead.
    ("A runoff vote is set for Sunday.", "Sunday", FRIDAY, "2000-01-09"),
    ("Protesters called for calm on Sunday.", "on Sunday", FRIDAY, "2000-01-02"),
    # "until", "through": the nearer reading.
    ("Two runways were closed until Wednesday.", "Wednesday", datetime.date(2025, 2, 17),
     "2025-02-19"),
    ("Until Thursday, they had not named a suspect.", "Thursday", FRIDAY, "2000-01-06"),
    ("The Senate rejected a bill to fund the government through Nov. 21.", "Nov. 21",
     datetime.date(2025, 9, 30), "2025-11-21"),
    ("Nashua had bought 481,000 shares through Sept. 29.", "Sept. 29", OCTOBER,
     "1989-09-29"),
    # "by", a deadline, with no future words before it: the nearer reading, as "until".
    ("If they mail an offer by Nov. 22, the fund pays their costs.", "Nov. 22", OCTOBER,
     "1989-11-22"),
    ("By June 3, sales had doubled.", "June 3", datetime.date(2025, 11, 20), "2025-06-03"),
    # Future words before "by" decide first: the coming August, though the last is nearer.
    ("Qantas will double its flights by Aug. 2.", "Aug. 2", datetime.date(1998, 2, 13),
     "1998-08-02"),
    # 2. A verb in the past tense just before the date: behind, whatever came earlier.
    ("Exiles will fight the ruling, Cuba predicted Wednesday.", "Wednesday", FRIDAY,
     "2000-01-05"),
    ("He will visit the port where the talks took place on July 2.", "July 2", JUNE,
     "2024-07-02"),
    # 3. Future words earlier in the sentence: ahead.
    ("The central bank will next review rates on April 9.", "April 9", NOVEMBER, "2025-04-09"),
    ("The group plans to leave Nairobi on Thursday.", "Thursday", FRIDAY, "2000-01-13"),
    ("Talks that are supposed to conclude by May have stalled.", "by May", FRIDAY, "2000-05"),
    ("Protesters were planning a rally on Monday.", "Monday", FRIDAY, "2000-01-10"),
    ("The peace process, set to resume Monday, is fragile.", "Monday", FRIDAY, "2000-01-10"),
    # ... unless a verb in the past tense stands between them and the date.
    ("He will take the boy from relatives who cared for him since he was rescued in late "
     "November.", "late November", datetime.date(2000, 4, 5), "1999-11-21/1999-11-30"),
    # ... or a relative clause after them whose own verb is past.
    ("Officials hoped she would bring aid to the cities where the Aug. 7 blasts killed 257.",
     "Aug. 7", datetime.date(1998, 8, 18), "1998-08-07"),
    ("He will visit Berlin, where he meets the chancellor on Tuesday.", "Tuesday", FRIDAY,
     "2000-01-11"),
    # A date that opens its sentence: the verb after it.
    ("On Tuesday, the league plans to hold a news conference.", "Tuesday", FRIDAY,
     "2000-01-11"),
    ("On Tuesday, the league said it would hold a news conference.", "Tuesday", FRIDAY,
     "2000-01-04"),
    # 5. No cue, and the nearest verb is not past: ahead, up to four months after the
    # dateline.
    ("Ministers meet in Rome on July 2 and July 20.", "July 20", JUNE, "2025-07-20"),
    ("Ministers meet in Rome on July 2 and July 20.", "July 2", JUNE, "2025-07-02"),
    ("The company is calling for the redemption on Dec. 7 of its notes.", "Dec. 7", OCTOBER,
     "1989-12-07"),
    ("The minister has invited her peers to a ceremony on Feb. 12.", "Feb. 12", OCTOBER,
     "1990-02-12"),
    ("The bank said it agreed to acquire the lender in January.", "in January", OCTOBER,
     "1990-01"),
    ("The accession in March will enable them to vote.", "in March",
     datetime.date(1999, 2, 10), "1999-03"),
    # ... not beyond four months ("in March" seen from October is last March) ...
    ("The bank is reviewing the loans it made in March.", "in March", OCTOBER, "1989-03"),
    ("The court hears the case on March 2.", "March 2", OCTOBER, "1989-03-02"),
    # ... and not when the nearest verb is past: the last one before the date, or the first
    # after it when none is before.
    ("The company changed to a calendar year in December.", "in December", OCTOBER, "1988-12"),
    ("In January, the company brought in a new chief.", "In January", OCTOBER, "1989-01"),
    ("Sales in December rose 5%.", "in December", OCTOBER, "1988-12"),
    ("Inflation stood at 3.6% in November.", "in November", JUNE, "2024-11"),
    # A title's period does not end the sentence: the past verb after "Mr." and "vs." is
    # the date's.
    ("In January, a week after the anniversary of Roe vs. Wade, a bomb killed two.",
     "In January", OCTOBER, "1989-01"),
    ("In December, Mr. Smith sold his shares.", "In December", OCTOBER, "1988-12"),
    ("On Jan. 5, Sen. Dole will visit the plant.", "Jan. 5", OCTOBER, "1990-01-05"),
    # Nor does an abbreviation's period before a lower-case word: the sentence keeps its
    # future words ("a U.S. landfall", "the U.N. peace talks").
    ("The storm is expected to move north on its way to a U.S. landfall around late "
     "Wednesday.", "Wednesday", FRIDAY, "2000-01-12"),
    ("Both sides will be at the new U.N. peace talks Monday in Geneva.", "Monday", FRIDAY,
     "2000-01-10"),
    # Forecasts ("are forecast") and words of what may come ("could", "should", "might"):
    # a weekday in the coming week ...
    ("Heavy rains are forecast for the valley on Friday and the coast on Saturday.", "Saturday",
     datetime.date(2000, 1, 6), "2000-01-08"),
    ("Forecasters said the storm could turn and move along the shore throughout the day "
     "Tuesday.", "Tuesday", FRIDAY, "2000-01-11"),
    ("The result should be released late Monday or Tuesday.", "Tuesday",
     datetime.date(2000, 1, 10), "2000-01-11"),
    ("The rebels said the town might fall on Thursday.", "Thursday", FRIDAY, "2000-01-13"),
    # ... another date only within four months, as rule 5 ...
    ("The sites could only be visited as laid down by the Feb. 23 accord.", "Feb. 23",
     datetime.date(1998, 3, 6), "1998-02-23"),
    ("The board should decide on Feb. 23 whether to sell.", "Feb. 23",
     datetime.date(1998, 1, 6), "1998-02-23"),
    # ... and not "could not", "could have", nor after a past verb.
    ("Nothing could not stop the bullet that tore through his window Friday.", "Friday",
     SUNDAY, "2000-01-07"),
    ("The talks could have ended on Tuesday.", "Tuesday", FRIDAY, "2000-01-04"),
    ("He could leave, officials said on Tuesday.", "Tuesday", FRIDAY, "2000-01-04"),
    # 7. A bare weekday with no cue is the day the story named just before, put ahead ...
    ("Both sides will be at the peace talks Monday in Geneva. The envoy said the truce made "
     "a good start for Monday's meetings.", "Monday's", SUNDAY, "2000-01-10"),
    ("The storm could reach the coast Tuesday. Shops in the port stay shut on Tuesday.",
     "on Tuesday", SUNDAY, "2000-01-11"),
    # ... not when that mention said its week itself, or was past, or there was none.
    ("The company mailed the circular last Friday. Its shares fell on Friday.", "on Friday",
     datetime.date(2000, 1, 12), "2000-01-07"),
    ("The talks opened Monday. The envoy praised Monday's meetings.", "Monday's", SUNDAY,
     "2000-01-03"),
    ("The envoy praised Monday's meetings.", "Monday's", SUNDAY, "2000-01-03"),
    # "next to" is a place, not a time ahead: the weekday stays in the week past.
    ("Over 100 people died in the blasts next to the U.S. embassies on Friday.", "Friday",
     SUNDAY, "2000-01-07"),
    # 6. No cue and a past verb: parse_date's own reading stands (the latest, at most two
    # weeks ahead).
    ("The talks in Istanbul on June 2 ended early.", "June 2", JUNE, "2025-06-02"),
    # A phrase that says itself where it lies is never moved.
    ("The bank will review rates on April 9, 2024.", "April 9, 2024", NOVEMBER, "2024-04-09"),
    ("It will report third-quarter results.", "third-quarter", NOVEMBER,
     "2024-07-01/2024-09-30"),
    ("It will meet last Tuesday's target.", "last Tuesday", FRIDAY, "2000-01-04"),
    # A participle after "be" is a passive, no past verb: the words before give the tense.
    ("The appeal will be filed on Saturday by her lawyers.", "on Saturday", FRIDAY,
     "2000-01-08"),
    ("A ruling is to be announced Tuesday, the court said.", "Tuesday", FRIDAY, "2000-01-11"),
    ("The ship was launched on Saturday.", "on Saturday", FRIDAY, "2000-01-01"),
    ("Neither of them could be located Wednesday.", "Wednesday", FRIDAY, "2000-01-05"),
    ("The appeal has been filed on Monday, her lawyers said.", "on Monday", FRIDAY,
     "2000-01-03"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "words", "anchor", "expected"), CASES)
def test_the_value_reader_reads_the_sentence(
    sentence: str, words: str, anchor: datetime.date, expected: str
) -> None:
    assert _read(sentence, words, anchor) == expected


@pytest.mark.parametrize(("sentence", "words", "anchor", "expected"), CASES)
def test_the_finder_reads_what_the_value_reader_reads(
    sentence: str, words: str, anchor: datetime.date, expected: str
) -> None:
    found = dict(_found(sentence, anchor))
    span = words[3:] if words.startswith(("on ", "by ", "in ", "In ")) else words
    span = span.removesuffix("'s")
    assert found.get(span) == expected, found


def test_without_its_sentence_a_date_keeps_parse_dates_reading() -> None:
    # The claims file's words alone: the rule needs the sentence, and has none here.
    assert parse_date("April 9", NOVEMBER).edtf() == "2024-04-09"  # type: ignore[union-attr]
    assert direction_of("") is None


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The dividend is payable ", "future"),
        ("Talks opened on ", "past"),
        ("The appeal will be launched on ", "future"),
        ("She will fly out, he said on ", "past"),
        ("They would look for ways around ", "future"),
        ("The meeting ", None),
        ("", None),
    ],
)
def test_direction_of_the_words_before(before: str, expected: str | None) -> None:
    assert direction_of(before) == expected


def test_a_sentence_ends_where_a_search_forward_finds_its_mark() -> None:
    from factcheck.values.direction import sentence_end

    text = "One. Two? Three! Four\nFive. Six"
    for index in range(len(text)):
        # The first mark that ends after `index` (a mark's own space is still its sentence's).
        marks = [text.find(m, max(0, index - len(m) + 1)) for m in (". ", "? ", "! ", "\n")]
        found = [mark for mark in marks if mark != -1]
        assert sentence_end(text, index) == (min(found) if found else len(text)), index


def test_a_title_does_not_end_the_sentence_but_a_company_suffix_does() -> None:
    from factcheck.values.direction import sentence_start

    text = "Sales at Acme Inc. He said Mr. Smith will go. Dr. Lee went."
    assert text[sentence_start(text, text.index("Smith")) :].lstrip().startswith("He said")
    assert text[sentence_start(text, text.index("Lee")) :].lstrip().startswith("Dr. Lee")


def test_an_abbreviation_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    from factcheck.values.direction import sentence_start

    text = "Aid reached the U.S. The storm is due on its way to a U.S. landfall on Monday."
    assert text[sentence_start(text, text.index("Monday")) :].lstrip().startswith("The storm")
    assert text[sentence_start(text, text.index("storm")) :].lstrip().startswith("The storm")


def test_a_headline_s_month_called_for_lies_ahead() -> None:
    # An August story: the election is next month, not last September.
    sentence = "Quebec election called for September"
    august = datetime.date(2012, 8, 2)
    assert _found(sentence, august) == [("September", "2012-09")]
    start = sentence.index("September")
    value = read_date_at("in September", august, sentence, start, len(sentence))
    assert value is not None and value.edtf() == "2012-09"
    # A claim's words with the preposition the finder leaves out: the same reading.
    start = sentence.index("for September")
    value = read_date_at("for September", august, sentence, start, len(sentence))
    assert value is not None and value.edtf() == "2012-09"


def test_a_bare_month_after_by_takes_the_nearer_reading() -> None:
    # The finder reads "by February" as the month; verify reads the claim's words the same.
    sentence = "The sale is part of a plan to pay down the bridge loan by February."
    assert _found(sentence, OCTOBER) == [("February", "1990-02")]
    start = sentence.index("February")
    value = read_date_at("in February", OCTOBER, sentence, start, start + len("February"))
    assert value is not None and value.edtf() == "1990-02"
