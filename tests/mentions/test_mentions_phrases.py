"""Table-driven checks of find_mentions on single sentences: what it must find, with which span
and value, and what it must not find ("may" the verb, "we", "one of the few", phone numbers).

Values are shown compactly: dates in EDTF, durations in ISO 8601 ("P2D/P3D" for a range),
numbers as "amount [qualifier] [unit]" or "low-high [unit]", pairs "left:right", quotes
"words | speaker", roles "title | person", places "name | country".
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import Mention, find_mentions

ANCHOR = datetime.date(2025, 6, 27)  # a Friday, the bundled article's dateline


def _plain(value: object) -> str:
    return format(value.normalize(), "f")  # type: ignore[attr-defined]


def show(mention: Mention) -> str:
    """A mention's value in the compact notation of the tables below."""
    value = mention.value
    if mention.kind == "date":
        return value.edtf()  # type: ignore[attr-defined]
    if mention.kind == "number":
        shown = _plain(value.amount)  # type: ignore[attr-defined]
        if value.maximum is not None:  # type: ignore[attr-defined]
            shown += "-" + _plain(value.maximum)  # type: ignore[attr-defined]
        extras = [value.qualifier, value.unit]  # type: ignore[attr-defined]
        return " ".join([shown, *(extra for extra in extras if extra)])
    if mention.kind == "pair":
        return f"{_plain(value.left)}:{_plain(value.right)}"  # type: ignore[attr-defined]
    if mention.kind == "duration":
        shown = value.minimum.iso()  # type: ignore[attr-defined]
        if value.is_range:  # type: ignore[attr-defined]
            shown += "/" + value.maximum.iso()  # type: ignore[attr-defined]
        return f"{shown} {value.qualifier}" if value.qualifier else shown  # type: ignore[attr-defined]
    if mention.kind == "ordinal":
        return str(value.n)  # type: ignore[attr-defined]
    extra = {"quote": mention.speaker, "role": mention.person, "place": mention.country}
    if mention.kind in extra:
        return f"{value} | {extra[mention.kind]}"
    return str(value)


# (sentence, kind, the span found, its value shown as above)
# fmt: off
MUST_FIND = [
    ("Talks took place on June 2 in Istanbul.", "date", "June 2", "2025-06-02"),
    ("He spoke on June 27, 2025, in Minsk.", "date", "June 27, 2025", "2025-06-27"),
    ("The talks were held on 2 June 2025.", "date", "2 June 2025", "2025-06-02"),
    ("The swap took place in late May.", "date", "late May", "2025-05-21/2025-05-31"),
    ("They first met in mid-May.", "date", "mid-May", "2025-05-11/2025-05-20"),
    ("Turkey hosted talks in March 2022.", "date", "March 2022", "2022-03"),
    ("The deal was struck last week.", "date", "last week", "2025-06-16/2025-06-22"),
    ("Ministers met on Tuesday.", "date", "Tuesday", "2025-06-24"),
    ("Umerov spoke on Wednesday, June 26, in Kyiv.", "date", "Wednesday, June 26", "2025-06-26"),
    ("The attack came two days ago.", "date", "two days ago", "2025-06-25"),
    ("It was signed yesterday.", "date", "yesterday", "2025-06-26"),
    ("Talks were held on June 2-3.", "date", "June 2-3", "2025-06-02/2025-06-03"),
    ("Talks are planned for June 2-3.", "date", "June 2-3", "2026-06-02/2026-06-03"),
    ("Fighting lasted from May 30 to June 2.",
     "date", "from May 30 to June 2", "2025-05-30/2025-06-02"),
    ("Sanctions have been in place since 2014.", "date", "2014", "2014"),
    ("The extension runs until 31 January 2026.", "date", "31 January 2026", "2026-01-31"),
    ("Inflation stood at 3.6% in October.", "date", "October", "2024-10"),
    ("Brazil will host the summit in November.", "date", "November", "2025-11"),
    ("She is due to visit Rome on Monday.", "date", "Monday", "2025-06-30"),
    ("Agencies were told on Sept. 24 to prepare.", "date", "Sept. 24", "2024-09-24"),
    ("The vote was held at 10:57 PM.", "time", "10:57 PM", "22:57"),
    ("The meeting began at 10:30 GMT.", "time", "10:30 GMT", "10:30+00:00"),
    ("Trading closed at 3 p.m. EST on Friday.", "time", "3 p.m. EST", "15:00-05:00"),
    ("The alert sounded at 14:00 Kyiv time.", "time", "14:00 Kyiv time", "14:00+03:00"),
    ("Brent traded at $75 at 1600 GMT.", "time", "1600 GMT", "16:00+00:00"),
    ("Funding expires at midnight.", "time", "midnight", "00:00"),
    ("A deal for up to 1,200 prisoners from each side.", "number", "up to 1,200", "1200 up to"),
    ("They agreed a 1,000-for-1,000 swap.", "pair", "1,000-for-1,000", "1000:1000"),
    ("Revenue rose to $1.2 billion.", "number", "$1.2 billion", "1200000000 USD"),
    ("Support fell to 45%.", "number", "45%", "45 %"),
    ("It will cut between 1,000 and 1,200 jobs.", "number", "between 1,000 and 1,200", "1000-1200"),
    ("Despite over 1 million casualties, it went on.", "number", "over 1 million", "1000000 over"),
    ("Then the two leaders met.", "number", "two", "2"),
    ("At least 12 people were killed.", "number", "At least 12", "12 at least"),
    ("The UK announced £350m in aid.", "number", "£350m", "350000000 GBP"),
    ("Growth of about 5.2 percent is expected.", "number", "about 5.2 percent", "5.2 about %"),
    ("Inflation stayed within 2.5% to 7.5%.", "number", "2.5% to 7.5%", "2.5-7.5 %"),
    ("The strike killed one person.", "number", "one", "1"),
    ("Shares rose from 2.1% to 2.5%.", "number", "2.5%", "2.5 %"),
    ("Ukraine insisted on a 30-day ceasefire.", "duration", "30-day", "P30D"),
    ("Russia offered a temporary 2-3-day truce.", "duration", "2-3-day", "P2D/P3D"),
    ("Nearly three-and-a-half years later, it goes on.",
     "duration", "Nearly three-and-a-half years", "P3Y6M nearly"),
    ("Talks lasted just over an hour.", "duration", "just over an hour", "PT1H over"),
    ("Trains were halted for 48 hours.", "duration", "48 hours", "PT48H"),
    ("Russia proposed a ceasefire of two to three days.",
     "duration", "two to three days", "P2D/P3D"),
    ("It spent two years and three months in jail.",
     "duration", "two years and three months", "P2Y3M"),
    ("Russia is ready to hold a third round of peace talks.", "ordinal", "third round", "3"),
    ("The EU adopted a 17th package of sanctions.", "ordinal", "17th package", "17"),
    ("It was the seventh consecutive reduction.", "ordinal", "seventh consecutive reduction", "7"),
    ("It is the first time since 2022.", "ordinal", "first time", "1"),
    ("It was the third to hit Japan this year.", "ordinal", "third", "3"),
    ('"We are ready," Putin said.', "quote", "We are ready", "We are ready | Putin"),
    ('Putin said it was "quite possible" that they meet.',
     "quote", "quite possible", "quite possible | Putin"),
    ('Putin said talks were possible. "We will be happy to prepare it," he briefly added.',
     "quote", "We will be happy to prepare it", "We will be happy to prepare it | Putin"),
    ('"It was a first step," said Nadia Aziz, a fellow at the centre. "Not more."',
     "quote", "Not more", "Not more | Nadia Aziz"),
    ("Fares rise 'unavoidable', says rail chief", "quote", "unavoidable", "unavoidable | None"),
    ("Defense Minister Rustem Umerov said so.",
     "role", "Defense Minister", "Defense Minister | Rustem Umerov"),
    ("Defense Minister Rustem Umerov said so.", "person", "Rustem Umerov", "Rustem Umerov"),
    ("Turkish President Recep Tayyip Erdogan said so.",
     "role", "Turkish President", "Turkish President | Recep Tayyip Erdogan"),
    ("Mark Rutte, NATO's secretary general, said so.",
     "role", "NATO's secretary general", "NATO's secretary general | Mark Rutte"),
    ("Kremlin spokesman Dmitry Peskov told reporters.",
     "role", "Kremlin spokesman", "Kremlin spokesman | Dmitry Peskov"),
    ("It was signed by former President Joe Biden.",
     "role", "former President", "former President | Joe Biden"),
    ("Defense Minister Rustem Umerov spoke. Umerov, Ukraine's foreign minister, left.",
     "role", "Ukraine's foreign minister", "Ukraine's foreign minister | Umerov"),
    ("Analyst Mark Feldman of Redwood Research said so.",
     "role", "Analyst", "Analyst | Mark Feldman"),
    ("Talks were held in Istanbul.", "place", "Istanbul", "Istanbul | TR"),
    ("He spoke in Minsk, Belarus.", "place", "Minsk", "Minsk | BY"),
    ("He spoke in Minsk, Belarus.", "place", "Belarus", "Belarus | BY"),
    ("It came under pressure from the United States.",
     "place", "United States", "United States | US"),
    ("They discussed Kyiv's need for air defense.", "place", "Kyiv", "Kyiv | UA"),
    ("WASHINGTON (AP) - The Senate voted.", "place", "WASHINGTON", "Washington | US"),
    ("Shares of the Austin-based chipmaker rose.", "place", "Austin", "Austin | US"),
    ("He told a briefing in Geneva on Tuesday.", "place", "Geneva", "Geneva | CH"),
    ("Drones targeted Lutsk, Lviv and Kyiv.", "place", "Lutsk", "Lutsk | UA"),
]
# fmt: on

# (sentence, kind, a span that must not be found as that kind; None: no mention of the kind)
# fmt: off
MUST_NOT_FIND = [
    ("Another round of talks may bring peace closer.", "date", None),
    ("In general, we are ready for this, we need to coordinate.", "date", None),
    ("Troops march to the border.", "date", None),
    ("Theresa May said the vote would go ahead.", "date", None),
    ("Turkey has remained one of the few countries with open lines.", "number", None),
    ("One startling fact about the invasion remains.", "number", None),
    ("Putin had failed to show in-person.", None, None),
    ("He gave a first-person view of the front.", "ordinal", None),
    ("At first, the talks stalled.", "ordinal", None),
    ("First of all, the talks must resume.", "ordinal", None),
    ("It was wrong in the first place.", "ordinal", None),
    ("Call the hotline on +380 44 123 4567 for details.", "number", None),
    ("Call (202) 555-0143 for details.", "number", None),
    ("Update to version 3.11.7 before Friday.", "number", None),
    ("The app v2.4.1 was released.", "number", None),
    ("Ukraine received more F-16 jets.", "number", None),
    ("Under Article 5 of the treaty, allies must help.", "number", None),
    ("COVID-19 restrictions were lifted.", "number", None),
    ("The S&P 500 closed up.", "number", None),
    ("One in five children was malnourished.", "number", None),
    ("It was never about three names.", "number", "about three"),
    ("Shares rose from 2.1% to 2.5%.", "number", "from 2.1% to 2.5%"),
    ("The vote was held at 10:57 PM.", "number", None),
    ("He spoke on June 27, 2025, in Minsk.", "number", None),
    ("Russia offered a temporary 2-3-day truce.", "number", None),
    ("They agreed a 1,000-for-1,000 swap.", "number", None),
    ("Russia is ready to hold a third round of talks.", "number", None),
    ("A 54-year-old teacher was hurt.", "duration", None),
    ("Russia fires 700 drones a day.", "duration", None),
    ("General Motors said sales fell.", "role", None),
    ("The U.S. president could attend.", "role", None),
    ("The striker joined the Premier League side.", "person", None),
    ("The Bank of England raised rates.", "place", None),
    ("He spoke at the Palace of Independence.", "place", None),
    ("Denzel Washington starred in the film.", "place", None),
    ("The meeting began at 10:00 a.m. Brussels time.", "place", None),
    ("Defense Minister Rustem Umerov said so.", "place", None),
]
# fmt: on


def _found(sentence: str, kind: str | None) -> list[Mention]:
    mentions = find_mentions(sentence, ANCHOR)
    return [m for m in mentions if kind is None or m.kind == kind]


@pytest.mark.parametrize(("sentence", "kind", "span", "shown"), MUST_FIND)
def test_must_find(sentence: str, kind: str, span: str, shown: str) -> None:
    found = {m.text: m for m in _found(sentence, kind)}
    assert span in found, f"no {kind} {span!r}; found {sorted(found)}"
    assert show(found[span]) == shown


@pytest.mark.parametrize(("sentence", "kind", "span"), MUST_NOT_FIND)
def test_must_not_find(sentence: str, kind: str | None, span: str | None) -> None:
    found = _found(sentence, kind)
    if span is None:
        assert not found, [(m.kind, m.text) for m in found]
    else:
        assert span not in [m.text for m in found]


def test_the_tables_are_large_enough() -> None:
    assert len(MUST_FIND) + len(MUST_NOT_FIND) >= 60
