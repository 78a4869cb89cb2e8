"""Find clock times ("10:57 PM", "3 p.m. EST", "10:30 GMT", "14:00 Kyiv time", "1430 GMT",
"2.30 p.m. CET", "11:15 AM HST", "noon", "at midday", "4 in the morning").

The value is "HH:MM" with the zone's UTC offset when the text gives a zone ("15:00-05:00");
"local time" or no zone leaves the offset out. Named zones ("ET", "Kyiv time") are resolved
with the standard library's zoneinfo on the dateline's day.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from factcheck.lazy_pattern import lazy
from factcheck.mentions._scan import anchored, digit_runs, occurrences
from factcheck.mentions._spans import Taken
from factcheck.mentions.model import Mention
from factcheck.values._words import UNITS

# Fixed-offset abbreviations as news uses them; IST, AST and GST are left out as ambiguous.
_FIXED = {
    "GMT": 0,
    "UTC": 0,
    "WET": 0,
    "BST": 60,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "HKT": 480,
    "SGT": 480,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "NZST": 720,
    "NZDT": 780,
    "AWST": 480,
    "ACST": 570,
    "ACDT": 630,
    "SAST": 120,
    "EAT": 180,
    "WAT": 60,
    "PKT": 300,
}
# Zones named by region; their offset depends on the date (daylight saving).
_REGIONAL = {
    "et": "America/New_York",
    "eastern": "America/New_York",
    "ct": "America/Chicago",
    "central": "America/Chicago",
    "mt": "America/Denver",
    "mountain": "America/Denver",
    "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
    "washington": "America/New_York",
    "beijing": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
}
_AREAS = ("Europe", "Asia", "America", "Africa", "Australia", "Pacific", "Atlantic", "Indian")
_AMPM = r"(?:[AaPp]\.[Mm]\.|[AaPp]\.[Mm]\b|[ap]m\b|[AP]M\b)"
_MERIDIEM = ("A", "a", "P", "p")  # the first letter of every _AMPM
_ZONE = (
    rf"(?:{'|'.join(sorted(_FIXED, key=len, reverse=True))}|ET|CT|MT|PT)\b"
    r"|(?:local|[A-Z][a-z]+(?: [A-Z][a-z]+)?) [Tt]ime\b"
)
_LEFT = r"(?<![\w:.,$€£/-])"
# Most articles state no time of day, so each pattern is compiled only when an article has
# what it must start with; the digits of the first three follow no letter or digit.
# Seconds, as agencies give a quake's time ("18:51:49 UTC"), are read and left out of the
# value: a claim states the minute.
_CLOCK = lazy(
    rf"{_LEFT}(?P<h>[01]?[0-9]|2[0-3]):(?P<m>[0-5][0-9])(?::[0-5][0-9](?![0-9.,]))?(?![0-9]|:[0-9])"
    rf"(?: ?(?P<ap>{_AMPM}))?(?: (?P<zone>{_ZONE}))?"
)
_HOUR = lazy(rf"{_LEFT}(?P<h>1[0-2]|0?[1-9]) ?(?P<ap>{_AMPM})(?: (?P<zone>{_ZONE}))?")
# "2.30 p.m. CET": a point between hour and minutes, as British and European copy writes a
# time; only with its a.m. or p.m., which tells it from a figure ("rose 2.30 points").
_DOTTED = lazy(
    rf"{_LEFT}(?P<h>1[0-2]|0?[1-9])\.(?P<m>[0-5][0-9]) ?(?P<ap>{_AMPM})(?: (?P<zone>{_ZONE}))?"
)
_MILITARY = lazy(rf"{_LEFT}(?P<h>[01][0-9]|2[0-3])(?P<m>[0-5][0-9]) (?P<zone>GMT|UTC)\b")
_NOON = lazy(rf"\b(?P<word>noon|midnight|midday)\b(?: (?P<zone>{_ZONE}))?")
# "midday" is a clock time where it stands for noon ("at midday", "midday Friday", "by
# midday local time"), not where it describes a noun ("the midday meal", "a midday rally").
_MIDDAY_NOUN_BEFORE = lazy(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his) $")
_MIDDAY_NOUN_AFTER = lazy(
    r"(?:-| (?!(?:on|in|at|and|or|to|until|when|before|after|as|that)\b)[a-z])"
)
# "4 in the morning", "eight in the evening": an hour and the part of the day that says
# whether it is before or after noon ("at night" is left: "2 at night" may be either).
_NUMBER_HOURS = {word: number for word, number in UNITS.items() if 1 <= number <= 12}
_HOUR_IN_THE = lazy(
    rf"(?<![\w:.,$€£/-])(?P<h>1[0-2]|0?[1-9]|{'|'.join(_NUMBER_HOURS)})(?: o'clock)?"
    r" in the (?P<part>morning|afternoon|evening)\b",
    re.IGNORECASE,
)
# What _HOUR_IN_THE cannot match without, in any case ("AT 4 IN THE MORNING"); not
# text.lower(), which writes "İN" as two characters.
_PART_OF_DAY = lazy(r" (?i:in the (?:morning|afternoon|evening))")


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@cache
def _zone(name: str) -> object | None:
    """A zoneinfo zone for "ET", "Kyiv" or "Brussels"; None if the name is not one."""
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError:  # pragma: no cover - zoneinfo is stdlib from 3.9
        return None
    keys = [_REGIONAL[name.lower()]] if name.lower() in _REGIONAL else []
    keys += [f"{area}/{name.replace(' ', '_')}" for area in _AREAS]
    if name.lower() in ("kyiv", "kiev"):
        keys.append("Europe/Kiev")  # older tz databases
    for key in keys:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


def zone_offset(zone: str | None, anchor: datetime.date) -> str | None:
    """The UTC offset ("+03:00") a zone phrase means on ``anchor``; None when unknown."""
    if not zone:
        return None
    if zone in _FIXED:
        return _offset_text(_FIXED[zone])
    name = re.sub(r" [Tt]ime$", "", zone)
    if name.lower() == "local":
        return None
    found = _zone(name)
    if found is None:
        return None
    moment = datetime.datetime(anchor.year, anchor.month, anchor.day, 12, tzinfo=found)  # type: ignore[arg-type]
    offset = moment.utcoffset()
    return None if offset is None else _offset_text(int(offset.total_seconds() // 60))


def _clock(match: re.Match[str]) -> tuple[int, int] | None:
    groups = match.groupdict()
    if groups.get("word"):
        return (0, 0) if groups["word"] == "midnight" else (12, 0)
    if groups.get("part"):
        return _hour_of_part(groups["h"].lower(), groups["part"].lower())
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    meridiem = (groups.get("ap") or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    return hour, minute


def _hour_of_part(hour_words: str, part: str) -> tuple[int, int] | None:
    """ "4 in the morning" (04:00), "2 in the afternoon" (14:00), "8 in the evening"
    (20:00); None for an hour the part does not hold ("9 in the afternoon")."""
    hour = _NUMBER_HOURS.get(hour_words) or int(hour_words)
    if part == "morning":
        return (hour % 12, 0) if hour <= 11 or hour == 12 else None
    if part == "afternoon":
        return (hour % 12 + 12, 0) if hour == 12 or hour <= 6 else None
    return (hour + 12, 0) if 5 <= hour <= 11 else None


def _midday_as_noun_modifier(text: str, match: re.Match[str]) -> bool:
    """Whether "midday" at ``match`` describes a noun ("the midday meal"): no clock time."""
    if match.groupdict().get("word") != "midday" or match.group("zone"):
        return False
    before = text[max(0, match.start() - 6) : match.start()]
    return bool(
        _MIDDAY_NOUN_BEFORE().search(before) or _MIDDAY_NOUN_AFTER().match(text, match.end())
    )


def _meridiem_near(text: str, start: int) -> bool:
    """Whether an "a.m." or "PM" can follow the hour that starts at ``start`` (one or two
    digits and a space at most): an a or p, then a period or an m."""
    return any(
        text[at : at + 1] in _MERIDIEM and text[at + 1 : at + 2] in (".", "m", "M")
        for at in range(start + 1, start + 4)
    )


def _dotted_clock_at(text: str, start: int) -> bool:
    """Whether "2.30 p.m." can start at ``start``: one or two digits, a point, two digits
    and an a.m. or p.m. just after."""
    point = start + 1 if text[start + 1 : start + 2] == "." else start + 2
    return (
        text[point : point + 1] == "."
        and text[point + 1 : point + 3].isdigit()
        and _meridiem_near(text, point + 2)
    )


def _matches(text: str) -> list[re.Match[str]]:
    """What finditer finds with each pattern in turn, trying "10:57" and "3 p.m." and "1430
    GMT" only at runs of digits with a colon, an a.m./p.m. or GMT/UTC just after."""
    digits = [start for start, _ in digit_runs(text)]
    searches = (
        (_CLOCK, [start for start in digits if ":" in text[start + 1 : start + 3]]),
        (_HOUR, [start for start in digits if _meridiem_near(text, start)]),
        (_DOTTED, [start for start in digits if _dotted_clock_at(text, start)]),
        (_MILITARY, [start for start in digits if text.startswith((" GMT", " UTC"), start + 4)]),
        (_NOON, occurrences(text, ("noon", "midnight", "midday"))),
    )
    found = [
        match
        for pattern, starts in searches
        if starts
        for match in anchored(pattern(), text, starts)
        if not _midday_as_noun_modifier(text, match)
    ]
    if _PART_OF_DAY().search(text):
        found += _HOUR_IN_THE().finditer(text)
    return found


def find_times(text: str, anchor: datetime.date) -> list[Mention]:
    """Time mentions, longest first, never two overlapping."""
    taken = Taken()
    found: list[Mention] = []
    for match in sorted(_matches(text), key=lambda m: (m.start() - m.end(), m.start())):
        if taken.hits(match.start(), match.end()):
            continue
        clock = _clock(match)
        if clock is None:
            continue
        zone = match.groupdict().get("zone")
        offset = zone_offset(zone, anchor)
        value = f"{clock[0]:02d}:{clock[1]:02d}" + (offset or "")
        taken.add(match.start(), match.end())
        found.append(Mention("time", match.start(), match.end(), match.group(), value))
    return sorted(found, key=lambda mention: mention.start)
