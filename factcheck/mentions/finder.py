"""Run every finder over an article's text and settle which mention owns which words.

Order matters where kinds compete for digits: times first ("10:57 PM" is not the number 10),
then frequencies ("every six months" is not a length, "each Thursday" not a date), dates
("June 27, 2025" is not the number 2025), durations ("30-day"), ordinals, and
numbers last, so a figure inside any of those is no separate number. Titles and names are
found before places, so "U.S." in "U.S. President" and "Independence" in a venue's name are
not places of their own. Quotes are independent: a date inside a quote is still a date.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from factcheck.mentions._spans import Taken, with_leading_words
from factcheck.mentions._text import Doc
from factcheck.mentions.dates import find_dates
from factcheck.mentions.durations import find_durations
from factcheck.mentions.frequencies import find_frequencies
from factcheck.mentions.furniture import drop_furniture
from factcheck.mentions.model import Mention
from factcheck.mentions.numbers import find_numbers
from factcheck.mentions.ordinals import find_ordinals
from factcheck.mentions.people.find import find_people
from factcheck.mentions.places import find_places
from factcheck.mentions.speakers import find_quotes
from factcheck.mentions.times import find_times


def _led(text: str, mentions: list[Mention], blocked: Taken) -> list[Mention]:
    """``mentions`` with the "the" and modifiers TimeML counts as theirs taken into their
    spans ("the third quarter", "the past two months"; see ``with_leading_words``)."""
    led = []
    for mention in mentions:
        start = with_leading_words(text, mention.kind, mention.start, mention.end)
        if start != mention.start and not blocked.hits(start, mention.start):
            mention = replace(mention, start=start, text=text[start : mention.end])
        led.append(mention)
    return led


def find_mentions(
    text: str, anchor: datetime.date, *, uncheckable: bool = False, references: bool = False
) -> list[Mention]:
    """Every mention of a checkable fact in normalized article ``text``, sorted by start.

    ``anchor`` is the dateline's date, against which "June 2" or "last week" is read. No two
    mentions of the same kind overlap. ``uncheckable=True`` adds the temporal expressions a
    benchmark scores whose words alone state no fact a claim could check (the kinds of
    ``UNCHECKABLE_KINDS``, see ``Mention``): references to the present, past and future
    ("now", "in the future"; ``factcheck.mentions.references``), lengths of time of
    unstated size ("several days", "in recent years"; ``factcheck.mentions.vague_lengths``)
    the year, week or month a story speaks of ("the year", "that year", "the week";
    ``factcheck.mentions.story_years``), adjectives of frequency ("his weekly radio
    address"; ``factcheck.mentions.frequencies``) and counts of business days ("eight
    trading days"; ``factcheck.mentions.durations``). Coverage and ``extract`` do not ask for
    them.
    ``references=True`` is the flag's first name, from when it added references only; it
    is kept and means the same.
    """
    uncheckable = uncheckable or references
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()
    doc = Doc(text)
    people = find_people(doc)
    titles = [(mention.start, mention.end) for mention in people]

    times = find_times(text, anchor)
    blocked = Taken((mention.start, mention.end) for mention in times)
    story_dates: list[Mention] = []
    if "iscal" in text or "FY" in text or "FISCAL" in text:
        from factcheck.mentions.story_years import find_fiscal_years

        # "fiscal 1989", "the fiscal first quarter": no calendar year or quarter, no figure.
        story_dates = find_fiscal_years(text, anchor, blocked)
        for mention in story_dates:
            blocked.add(mention.start, mention.end)
    if " of the year" in text:
        from factcheck.mentions.story_years import find_story_year_parts

        # "the second half of the year": the story's year, no calendar half, no ordinal.
        parts = find_story_year_parts(text, anchor, blocked)
        for mention in parts:
            blocked.add(mention.start, mention.end)
        story_dates += parts
    frequencies = find_frequencies(text, blocked)
    for mention in frequencies:
        blocked.add(mention.start, mention.end)
    dates = _led(text, find_dates(text, anchor, blocked), blocked)
    for mention in dates:
        blocked.add(mention.start, mention.end)
    durations = _led(text, find_durations(text, blocked), blocked)
    for mention in durations:
        blocked.add(mention.start, mention.end)
    found_references: list[Mention] = []
    if uncheckable:
        from factcheck.mentions.durations import find_business_days
        from factcheck.mentions.frequencies import find_frequency_adjectives
        from factcheck.mentions.references import find_references
        from factcheck.mentions.story_years import (
            find_nth_days,
            find_parts_of_days,
            find_story_days,
            find_story_years,
        )
        from factcheck.mentions.vague_lengths import find_vague_lengths

        found_references = find_references(text, blocked) + story_dates
        said = Taken((mention.start, mention.end) for mention in found_references)
        for more in (
            find_vague_lengths(text, blocked),
            find_story_years(text, anchor, blocked),
            find_story_days(text, dates, blocked),
            find_parts_of_days(text, dates, anchor, blocked),
            find_nth_days(text, dates, anchor, blocked),
            find_business_days(text, blocked),
            find_frequency_adjectives(text, blocked),
        ):
            for mention in more:
                if not said.hits(mention.start, mention.end):
                    said.add(mention.start, mention.end)
                    found_references.append(mention)
    ordinal_blocked = Taken(titles)
    for mention in [*times, *story_dates, *frequencies, *dates, *durations]:
        ordinal_blocked.add(mention.start, mention.end)
    ordinals = find_ordinals(text, ordinal_blocked)
    for mention in ordinals:
        blocked.add(mention.start, mention.end)
    numbers = find_numbers(text, blocked, doc)
    name_words = frozenset(
        word for mention in people if mention.kind == "person" for word in mention.text.split()
    )
    spans = titles + [(mention.start, mention.end) for mention in times]
    places = find_places(doc, spans, name_words)
    quotes = find_quotes(doc, people)

    mentions = [*people, *times, *frequencies, *dates, *durations, *ordinals, *numbers]
    mentions += [*places, *quotes]
    mentions += found_references
    mentions = drop_furniture(text, mentions)  # "[5]", "(from 2nd L)", "ruled five to four"
    mentions.sort(key=lambda mention: (mention.start, mention.end, mention.kind))
    return mentions
