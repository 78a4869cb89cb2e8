"""The mention finder on TempEval-3, scored with the task's official TIMEX3 metrics.

Run from the repository root, in the venv to measure (stdlib + factcheck):

    python benchmarks/tempeval3.py DATA_DIR [--set platinum|tbaq|both] [--errors] [--json]
        [--write-timeml OUT_DIR]

DATA_DIR holds the TempEval-3 corpora, which are not in this repository and are never
downloaded by this script: `te3-platinum/` (the 20-document test set, 138 TIMEX3) and
`TBAQ-cleaned/` (TimeBank + AQUAINT, 256 documents, the development set). Both are under
`data/TempEval3/` of https://github.com/qiangning/StructTempRel-EMNLP17; the layout of that
repository (`Evaluation/`, `Training/` or `data/TempEval3/...` below DATA_DIR) is found too.

What it does, per document (a TimeML `.tml` file):

1. Reads the document creation time (the TIMEX3 with functionInDocument="CREATION_TIME"),
   the plain text of the TEXT element and the gold TIMEX3 in it, as character offsets into
   that text, with their type and value. The XML is parsed by the standard library; a file
   with a DOCTYPE or entity declaration is refused (no entity expansion, nothing fetched).
2. Normalizes the text as factcheck reads a plain-text article (blank lines end paragraphs,
   other line breaks are spaces, quotes and dashes folded), keeping each character's offset
   in the TimeML text, and runs `find_mentions(text, dct, uncheckable=True)`. The kinds that
   are TIMEX3 are kept: date (DATE), time (TIME), duration (DURATION) and reference (DATE:
   "now", "in the past", "the future") and frequency (SET: "daily", "every two weeks").
3. Writes each mention's value as a TimeML value (rules below) and scores the mentions
   against the gold as TempEval-3's official toolkit does (`TE3-evaluation.py`, whose
   entity part is `evaluation-entities/evaluate_entities.py`, after `TimeML-Normalizer`
   gives overlapping gold and system TIMEX3 the same id):

   - a gold and a system TIMEX3 are a pair when their spans share a character; pairs are
     one to one (a gold TIMEX3 takes the first system TIMEX3 still free that overlaps it,
     in document order); the DCT is not scored;
   - relaxed matches = pairs, strict matches = pairs whose texts are the same;
     precision = matches / system TIMEX3, recall = matches / gold TIMEX3, F1 their
     harmonic mean (summed over all documents of a set, then divided: micro average);
   - value F1 = (pairs with the same value / pairs) x relaxed F1, and type F1 the same
     with the type: "attribute F1" in the official output, the figure the task ranks by.

How a finder value becomes a TimeML value (`timeml_value`):

| finder value (EDTF / ISO 8601)            | TimeML value           | example               |
|-------------------------------------------|------------------------|-----------------------|
| day `2025-06-02`                          | `2025-06-02`           | "June 2"              |
| month `2025-05`, year `2025`              | same                   | "May", "2025"         |
| interval Monday-Sunday, or Monday-DCT     | `2025-W25`             | "last week"           |
| interval Saturday-Sunday                  | `2025-W25-WE`          | "the weekend"         |
| interval of a whole quarter / half year   | `2025-Q2` / `2025-H1`  | "the second quarter"  |
| interval of a decade / century            | `199` / `19`           | "the 1990s"           |
| interval Mar-May, Jun-Aug, Sep-Nov, Dec-Feb | `1998-SP` (SU, FA, WI) | "last fall"         |
| a third of a month, or its 1st to the DCT | `2025-05` (1)          | "late May"            |
| a third of a season (a month), words say so | `1998-SU` (1)        | "early summer"        |
| a part of a week the words call a week    | `2025-W25` (1)         | "early this week"     |
| a third of a year, or Jan. 1st to the DCT | `2023`                 | "early 2023"          |
| years 0-3, 4-6 or 7-9 of a decade         | the decade, `198` (1)  | "the early 1980s"     |
| a range whose two ends are dates alone    | one TIMEX3 per end (6) | "from 1991 to 1997"   |
| any other interval: a range of days       | its first day          | "June 2-4"            |
| time `10:30`, `22:57+03:00`               | `2025-06-27T10:30` (2) | "10:30 a.m."          |
| a day named with a part of it             | `2025-06-24TMO` (3)    | "Tuesday morning"     |
| duration `P3D`, `PT24H`, `P1W`            | same                   | "three days"          |
| duration range `P2W`-`P3W`                | the lower end, `P2W`   | "2-3 weeks"           |
| reference `present`, `past`, `future`     | `PRESENT_REF` (4) etc. | "now", "the future"   |
| frequency `R/P1D`, `R/P2W`                | the period, `P1D` (5)  | "daily"               |
| frequency `R/P1W/Thursday`, `R/P1Y/July`  | `XXXX-WXX-4`, `XXXX-07`| "each Thursday"       |

(1) TimeML writes "late" in the `mod` attribute, not in the value. (2) The DCT's day, as the
finder gives a clock time only; the zone is dropped. (3) When the mention's words say
"morning", "afternoon", "evening", "night" or "tonight": TMO, TAF, TEV, TNI, and the type is
TIME. Otherwise the type is the kind's: date DATE, time TIME, duration DURATION, reference
DATE, frequency SET. (4) `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`: TimeML's values for the
three references, type DATE as TimeML writes them. (5) Three months the words call a quarter
("every quarter") are `P1Q`, as TimeML writes a quarter. (6) TimeML annotates each end of a
range ("between <TIMEX3>1994</TIMEX3> and <TIMEX3>1997</TIMEX3>", "from Aug. 26 to Oct.
20"); the finder reads the range as one interval, so it is written as a TIMEX3 per end,
each the end's day, month or year (`range_ends`). A range whose second end is no date alone
("June 2-4", "1957-58") stays one TIMEX3, valued by the rules for intervals.

It prints, per set: the three headline figures (relaxed, strict and value F1) with precision
and recall, type F1, and a table per gold type (DATE, TIME, DURATION, SET): gold TIMEX3,
system TIMEX3 of that type, relaxed and strict matches, and value accuracy among the
relaxed matches. `--errors` lists every miss, false mention, span difference and wrong
value, grouped under a pattern label read off the words (`error_label`), with counts.
`--json` prints the same as one JSON object instead. `--write-timeml OUT_DIR` also writes
the system output as TimeML files (the gold file's DCT and text, with the finder's TIMEX3 in
place of the gold's), so the official toolkit can score the same output: it refuses to
overwrite any file. Exit code 0 when the sets were scored, 2 when the data is missing or a
file cannot be read (with the file, line and column and what to do).
"""

from __future__ import annotations

import argparse
import calendar
import datetime
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from factcheck.article.normalize import NormalizedText

SETS = {"platinum": "te3-platinum", "tbaq": "TBAQ-cleaned"}
# The subfolders that make up a set: TBAQ-cleaned also holds testpipeline/, a copy of one
# TimeBank document, which is no part of the corpus.
_PARTS = {"platinum": ("",), "tbaq": ("TimeBank", "AQUAINT")}
# Where each set's folder may sit below DATA_DIR: as extracted (flat), or in the layout of
# the StructTempRel-EMNLP17 repository.
_LAYOUTS = ("", "Evaluation", "Training", "data/TempEval3/Evaluation", "data/TempEval3/Training")
TYPES = ("DATE", "TIME", "DURATION", "SET")
_KIND_TYPES = {
    "date": "DATE",
    "time": "TIME",
    "duration": "DURATION",
    "reference": "DATE",
    "frequency": "SET",
    "vague_duration": "DURATION",
    "story_year": "DATE",
    "story_period": "DATE",
    "frequency_adjective": "SET",
    "business_days": "DURATION",
}
GET_DATA = (
    "get the data with `git clone https://github.com/qiangning/StructTempRel-EMNLP17` and "
    "pass its data/TempEval3 folder (or copy te3-platinum/ and TBAQ-cleaned/ into DATA_DIR)"
)


class DataProblem(Exception):
    """The data folder or a TimeML file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Timex:
    """One TIMEX3: its span in the document's text ([start, end) offsets), type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    """One TimeML document: name, creation date, the TEXT element's text and its TIMEX3."""

    name: str
    dct: datetime.date
    text: str
    timexes: list[Timex]
    dct_xml: str = ""  # the DCT element as written, for --write-timeml


# --- reading TimeML ---------------------------------------------------------------------


@dataclass
class _Text:
    """The text of an element being put together, with its length so far."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, piece: str | None) -> None:
        if piece:
            self.parts.append(piece)
            self.length += len(piece)


def _walk(element: ElementTree.Element, text: _Text, timexes: list[Timex]) -> None:
    """Add `element`'s text to `text`, recording each TIMEX3 in it at its offsets."""
    start, first_part = text.length, len(text.parts)
    text.add(element.text)
    for child in element:
        _walk(child, text, timexes)
        text.add(child.tail)
    if element.tag == "TIMEX3":
        words = "".join(text.parts[first_part:])
        timexes.append(
            Timex(start, text.length, words, element.get("type", ""), element.get("value", ""))
        )


def read_timeml(source: str, name: str, where: str | None = None) -> Document:
    """Parse one TimeML document named `name` (its path relative to the set's folder).

    Raises DataProblem with `where` (the path to show; default `name`):line:col if it cannot.
    """
    shown = where or name
    if re.search(r"<!(DOCTYPE|ENTITY)", source):
        raise DataProblem(
            f"{shown}: has a DOCTYPE or ENTITY declaration; TimeML files have none, and this "
            "script expands no entities: use the corpus files as distributed"
        )
    try:
        root = ElementTree.fromstring(source)
    except ElementTree.ParseError as error:
        line, column = error.position
        reason = str(error).split(":", 1)[0]
        raise DataProblem(
            f"{shown}:{line}:{column + 1}: not well-formed XML ({reason}); "
            "re-extract the file from the corpus"
        ) from None
    dct_element = next(
        (
            timex
            for timex in root.iter("TIMEX3")
            if timex.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    if dct_element is None:
        raise DataProblem(
            f'{shown}: no TIMEX3 with functionInDocument="CREATION_TIME" (the document\'s '
            "date, needed to read relative dates); is this a TempEval-3 TimeML file?"
        )
    try:
        dct = datetime.date.fromisoformat(dct_element.get("value", "")[:10])
    except ValueError:
        raise DataProblem(
            f"{shown}: the creation time's value {dct_element.get('value')!r} does not start "
            "with a YYYY-MM-DD date"
        ) from None
    texts = root.findall(".//TEXT")
    if len(texts) != 1:
        raise DataProblem(f"{shown}: expected one TEXT element, found {len(texts)}")
    text = _Text()
    timexes: list[Timex] = []
    _walk(texts[0], text, timexes)
    timexes.sort(key=lambda timex: (timex.start, timex.end))
    dct_xml = ElementTree.tostring(dct_element, encoding="unicode").split(">", 1)[0] + ">"
    dct_xml += escape(dct_element.text or "") + "</TIMEX3>"
    return Document(name, dct, "".join(text.parts), timexes, dct_xml)


def find_set_folder(data_dir: Path, name: str) -> Path:
    """The folder of set `name` ("platinum" or "tbaq") below `data_dir`."""
    folder_name = SETS[name]
    for layout in _LAYOUTS:
        folder = data_dir / layout / folder_name
        if folder.is_dir():
            return folder
    raise DataProblem(f"{data_dir}: no {folder_name}/ folder in it; {GET_DATA}")


def load_set(folder: Path, parts: tuple[str, ...] = ("",)) -> list[Document]:
    """Every .tml document in the `parts` subfolders of `folder` ("" for itself), by path."""
    paths = sorted(path for part in parts for path in (folder / part).glob("*.tml"))
    if not paths:
        raise DataProblem(f"{folder}: no .tml files in it; {GET_DATA}")
    documents = []
    for path in paths:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise DataProblem(f"{path}: cannot read it ({error})") from None
        documents.append(read_timeml(source, str(path.relative_to(folder)), str(path)))
    return documents


# --- running the finder -----------------------------------------------------------------


def normalized(text: str) -> NormalizedText:
    """`text` as factcheck reads a plain-text article, with each character's offset kept
    (factcheck is imported on first use, so `--help` and a missing folder answer at once)."""
    from factcheck.article.normalize import NormalizedText

    result = NormalizedText(text)
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            result.add(line, list(range(offset, offset + len(line))))
        else:
            result.end_paragraph()
        offset += len(line)
    result.end_paragraph()
    return result


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def interval_value(
    start: datetime.date, end: datetime.date, dct: datetime.date | None = None
) -> str:
    """The TimeML value of the interval of days [start, end] (see the table above).

    Only intervals the finder makes are named: weeks ("last week"), weekends, quarters,
    halves, decades and their parts ("the early 1980s"), centuries, thirds of a month
    ("late May") or of a year ("early 2023"), and the part of a week, month or year up to
    the DCT ("earlier this week"). A range of whole years whose ends are not written apart
    ("1957-58") is its first year. Any other interval is a range of days ("June 2-4"), its
    first day. (A range whose ends are dates alone, "from 1991 to 1997", is written as a
    TIMEX3 per end before this is asked: `range_ends`.)
    """
    to_dct = end == dct
    days = (end - start).days
    if start.isoweekday() == 1 and (days == 6 or (to_dct and days < 7)):
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if start.isoweekday() == 6 and days == 1:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    month_end = end == _month_end(end.year, end.month)
    if start.day == 1 and month_end:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months == 3 and start.month % 3 == 1:
            return f"{start.year:04d}-Q{start.month // 3 + 1}"
        if months == 3 and start.month % 3 == 0:
            # A meteorological season ("last fall", "summer 2022"; values/_seasons.py).
            return f"{start.year:04d}-{_SEASONS[start.month]}"
        if months == 6 and start.month in (1, 7):
            return f"{start.year:04d}-H{1 if start.month == 1 else 2}"
        if (start.month, end.month) == (1, 12) and start.year % 10 == 0:
            if end.year == start.year + 9:
                return f"{start.year // 10:03d}"
            if end.year == start.year + 99 and start.year % 100 == 0:
                return f"{start.year // 100:02d}"
        # "the early 1980s": TimeML writes "early" in `mod` and the decade in the value.
        decade_part = (start.year % 10, end.year % 10) in ((0, 3), (4, 6), (7, 9))
        if (start.month, end.month) == (1, 12) and end.year - start.year <= 3 and decade_part:
            return f"{start.year // 10:03d}"
        if months == 4 and start.month in (1, 5, 9):
            return f"{start.year:04d}"
        if (start.month, end.month) == (1, 12):
            # "between 1994 and 1997": a range of whole years, whose first end is a year.
            return f"{start.year:04d}"
    same_month = (start.year, start.month) == (end.year, end.month)
    thirds = (start.day, end.day) in ((1, 10), (11, 20)) or (start.day == 21 and month_end)
    if same_month and (thirds or (start.day == 1 and to_dct)):
        return f"{start.year:04d}-{start.month:02d}"
    if start.year == end.year and (start.month, start.day) == (1, 1) and to_dct:
        return f"{start.year:04d}"
    return start.isoformat()


_WEEK_WORD = re.compile(r"\bweek\b")
_SEASON_WORD = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\b", re.IGNORECASE)
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|tonight)s?\b", re.IGNORECASE)


def part_of_day(kind: str, text: str, value: Any) -> str | None:
    """TimeML's code (MO, AF, EV, NI) for a day whose words name a part of it, else None."""
    if kind not in ("date", "story_period") or value.precision != "day":
        return None
    named = _PART_OF_DAY.search(text)
    if named is None:
        return None
    word = named.group(1).lower()
    return "NI" if word == "tonight" else _PARTS_OF_DAY[word]


def timeml_type(kind: str, text: str, value: Any) -> str:
    """The TimeML type of a mention: its kind's, but TIME for a part of a day."""
    return "TIME" if part_of_day(kind, text, value) else _KIND_TYPES[kind]


def timeml_value(kind: str, value: Any, dct: datetime.date, text: str = "") -> str:
    """A finder mention's value as TimeML writes it (the rules in the module docstring);
    `text`, the mention's words, tells a part of a day ("this morning") from the day."""
    if kind == "story_year":  # "the year", "fiscal 1989": a year (mentions/story_years.py)
        return str(value.edtf())
    if kind in ("date", "story_period"):  # "the week": the dateline's, a week (story_years.py)
        part = part_of_day(kind, text, value)
        if part:
            return f"{value.edtf()}T{part}"
        if value.precision == "interval":
            if (
                _WEEK_WORD.search(text)
                and value.start.isocalendar()[:2] == (value.end.isocalendar()[:2])
            ):
                # "early this week", "the end of the week": a part of a week, whose words say
                # so, is the week, as "late May" is the month (TimeML's `mod` holds "early").
                year, week, _ = value.start.isocalendar()
                return f"{year:04d}-W{week:02d}"
            return interval_value(value.start, value.end, dct)
        if value.precision == "month" and _SEASON_WORD.search(text):
            # "early summer": a third of a season, its month, is the season, as "late May"
            # is the month (TimeML's `mod` holds "early"); a winter is its December's year.
            month = value.start.month
            first = month - (month % 3)
            year = value.start.year - (1 if month < 3 else 0)
            return f"{year:04d}-{_SEASONS[first or 12]}"
        return str(value.edtf())
    if kind == "time":
        clock = re.match(r"\d{2}:\d{2}(?::\d{2})?", str(value))
        return f"{dct.isoformat()}T{clock.group() if clock else value}"
    if kind == "reference":
        return f"{str(value).upper()}_REF"
    if kind in ("frequency", "frequency_adjective"):
        return set_value(value, text)
    if kind == "vague_duration":
        return vague_value(str(value))
    return str(value.minimum.iso())


# TimeML's letter for each unit of a length of unstated size (TimeBank's: E a decade, C a
# century, Q a quarter); hours, minutes and seconds follow a T.
_VAGUE_UNITS = {
    "second": "TXS", "minute": "TXM", "hour": "TXH", "day": "XD", "week": "XW", "month": "XM",
    "quarter": "XQ", "year": "XY", "decade": "XE", "century": "XC", "time": "XX",
}  # fmt: skip


def vague_value(unit: str) -> str:
    """A length of unstated size, by its unit ("several days": `day`), as TimeML writes it:
    `PXD`; "a few hours" `PTXH`, "recent decades" `PXE`, "for a while" (no unit) `PXX`."""
    return "P" + _VAGUE_UNITS[unit]


_WEEKDAY_NUMBERS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NUMBERS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip


def set_value(value: Any, text: str = "") -> str:
    """A frequency (`R/P1D`, `R/P1W/Thursday`) as TimeML writes a SET's value: the period
    (`P1D`; `P1Q` for three months the words call a quarter), or the weekday or month of
    an unspecified week or year (`XXXX-WXX-4` for "each Thursday", `XXXX-07` for "each
    July")."""
    if value.on in _WEEKDAY_NUMBERS:
        named = _PART_OF_DAY.search(text)  # "Tuesday nights": XXXX-WXX-2TNI
        part = "T" + _PARTS_OF_DAY[named.group(1).lower()] if named else ""
        return f"XXXX-WXX-{_WEEKDAY_NUMBERS.index(value.on) + 1}{part}"
    if value.on in _MONTH_NUMBERS:
        return f"XXXX-{_MONTH_NUMBERS.index(value.on) + 1:02d}"
    period = str(value.period.iso())
    if period == "P3M" and "quarter" in text.lower():
        return "P1Q"
    return period


# "between 1994 and 1997", "from Aug. 26 to Oct. 20", "May 30-June 2": a range and its ends.
_RANGE = re.compile(
    r"(?:(?:[Bb]etween|[Ff]rom) )?(?P<first>.+?)(?: and | to | through | until | ?- ?)"
    r"(?P<second>.+)"
)


def range_ends(text: str, value: Any, dct: datetime.date) -> list[tuple[int, int, Any]]:
    """The two ends of a range of dates the finder read as one interval, each as (start,
    end) in `text` and its date: TimeML annotates each end as a TIMEX3 of its own
    ("between <TIMEX3>1994</TIMEX3> and <TIMEX3>1997</TIMEX3>"). Each end must be a date
    alone (a day, month or year); its value is that date at the range's start or end, so
    "from Sept. 14 to Thursday" ends on the Thursday the range ends on. [] when the words
    are no such range ("June 2-4": "4" is no date alone; "mid-1996")."""
    from factcheck.values import DateValue, parse_date

    match = _RANGE.fullmatch(text)
    if match is None or value.precision != "interval":
        return []
    ends = []
    for group, day in (("first", value.start), ("second", value.end)):
        alone = parse_date(match.group(group), dct)
        if alone is None or alone.precision not in ("day", "month", "year"):
            return []
        if alone.precision == "day":
            end_value = DateValue.for_day(day)
        elif alone.precision == "month":
            end_value = DateValue.for_month(day.year, day.month)
        else:
            end_value = DateValue.for_year(day.year)
        ends.append((match.start(group), match.end(group), end_value))
    return ends


def system_timexes(document: Document) -> list[Timex]:
    """The finder's dates, times, durations and references to the present, past and future
    in `document`, as TIMEX3 on its text (a range of dates as one TIMEX3 per end)."""
    from factcheck.mentions import find_mentions

    text = normalized(document.text)
    found = []
    for mention in find_mentions(text.text, document.dct, uncheckable=True):
        if mention.kind not in _KIND_TYPES:
            continue
        parts = [(0, len(mention.text), mention.value)]
        if mention.kind == "date":
            parts = range_ends(mention.text, mention.value, document.dct) or parts
        for first, last, value in parts:
            start = text.offsets[mention.start + first]
            end = text.offsets[mention.start + last - 1] + 1
            words = document.text[start:end]
            found.append(
                Timex(
                    start,
                    end,
                    words,
                    timeml_type(mention.kind, words, value),
                    timeml_value(mention.kind, value, document.dct, words),
                )
            )
    found.sort(key=lambda timex: (timex.start, timex.end))
    return with_days(document.text, found)


_CLOCK_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?P<clock>[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)")
_DAY_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def with_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each clock time joined to the day written right after it ("10 p.m.
    Wednesday", "5 p.m. EST, Nov. 9", "noon Thursday"): TimeML writes the pair as one TIMEX3
    of type TIME on that day (`1998-02-11T22:00`), where the finder finds a time (its clock
    only) and a date; written apart they were a TIMEX3 with the DCT's day and a second one."""
    joined: list[Timex] = []
    for timex in timexes:
        previous = joined[-1] if joined else None
        clock = _CLOCK_VALUE.fullmatch(previous.value) if previous else None
        if (
            previous is not None
            and clock is not None
            and previous.type == "TIME"
            and timex.type == "DATE"
            and _DAY_VALUE.fullmatch(timex.value)
            and text[previous.end : timex.start] in (" ", ", ")
        ):
            joined[-1] = Timex(
                previous.start,
                timex.end,
                text[previous.start : timex.end],
                "TIME",
                f"{timex.value}T{clock.group('clock')}",
            )
            continue
        joined.append(timex)
    return joined


# --- scoring ----------------------------------------------------------------------------


@dataclass
class Pair:
    """A gold TIMEX3 and the system TIMEX3 that overlaps it."""

    gold: Timex
    system: Timex

    @property
    def strict(self) -> bool:
        return self.gold.text == self.system.text

    @property
    def same_value(self) -> bool:
        return self.gold.value == self.system.value

    @property
    def same_type(self) -> bool:
        return self.gold.type == self.system.type


@dataclass
class Alignment:
    """One document's gold and system TIMEX3, paired as the official toolkit pairs them."""

    name: str
    text: str
    pairs: list[Pair]
    missed: list[Timex]  # gold with no system TIMEX3
    false: list[Timex]  # system with no gold TIMEX3


def align(name: str, text: str, gold: list[Timex], system: list[Timex]) -> Alignment:
    """Pair gold and system TIMEX3 that share a character, one to one, in document order."""
    free = sorted(system, key=lambda timex: (timex.start, timex.end))
    pairs, missed = [], []
    for timex in sorted(gold, key=lambda timex: (timex.start, timex.end)):
        partner = next((s for s in free if s.start < timex.end and timex.start < s.end), None)
        if partner is None:
            missed.append(timex)
        else:
            free.remove(partner)
            pairs.append(Pair(timex, partner))
    return Alignment(name, text, pairs, missed, free)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Score:
    """Counts summed over documents, and the official figures computed from them."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, alignment: Alignment) -> None:
        self.gold += len(alignment.pairs) + len(alignment.missed)
        self.system += len(alignment.pairs) + len(alignment.false)
        self.relaxed += len(alignment.pairs)
        self.strict += sum(pair.strict for pair in alignment.pairs)
        self.value += sum(pair.same_value for pair in alignment.pairs)
        self.type += sum(pair.same_type for pair in alignment.pairs)

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (strict, relaxed), value and type F1, as the toolkit."""
        result = {}
        for name, matches in (("strict", self.strict), ("relaxed", self.relaxed)):
            precision = matches / self.system if self.system else 0.0
            recall = matches / self.gold if self.gold else 0.0
            result[f"{name}_precision"] = precision
            result[f"{name}_recall"] = recall
            result[f"{name}_f1"] = _f1(precision, recall)
        if not self.gold and not self.system:
            result |= {"strict_f1": 1.0, "relaxed_f1": 1.0, "value_f1": 1.0, "type_f1": 1.0}
            return result
        for attribute in ("value", "type"):
            accuracy = getattr(self, attribute) / self.relaxed if self.relaxed else 0.0
            result[f"{attribute}_accuracy"] = accuracy
            result[f"{attribute}_f1"] = accuracy * result["relaxed_f1"]
        return result


@dataclass
class TypeRow:
    """One row of the per-type table: counts for the gold TIMEX3 of one type."""

    gold: int = 0
    found: int = 0  # system TIMEX3 of this type
    relaxed: int = 0
    strict: int = 0
    value: int = 0


def per_type(alignments: list[Alignment]) -> dict[str, TypeRow]:
    """Gold count, system count, matches and correct values for each TIMEX3 type."""
    rows = {name: TypeRow() for name in TYPES}
    for alignment in alignments:
        for pair in alignment.pairs:
            row = rows.setdefault(pair.gold.type, TypeRow())
            row.gold += 1
            row.relaxed += 1
            row.strict += pair.strict
            row.value += pair.same_value
            rows.setdefault(pair.system.type, TypeRow()).found += 1
        for timex in alignment.missed:
            rows.setdefault(timex.type, TypeRow()).gold += 1
        for timex in alignment.false:
            rows.setdefault(timex.type, TypeRow()).found += 1
    return rows


# --- error patterns ---------------------------------------------------------------------

_MONTHS = (
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?"
    r"|oct(ober)?|nov(ember)?|dec(ember)?"
)
_WEEKDAYS = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_UNITS = r"(second|minute|hour|day|night|week|weekend|month|quarter|season|year|decade)s?"
_COUNT = (
    r"(\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|\w+ty(-\w+)?|hundreds?|thousands?|several|few|many|some|couple)"
)
# The patterns of the gold text (or of the system's, for a false mention), first match wins.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("quarter or half", r"\b(quarter|half|Q[1-4]|H[12])\b"),
    ("decade or century", r"\d0'?s\b|\bdecades?\b|\bcentur(y|ies)\b|\bnineties\b"),
    (
        "now/currently/recently",
        r"^(right now|now|currently|current|recently|recent|present|presently|lately"
        r"|nowadays|these days|at present|the present|at the moment|immediately|soon"
        r"|former|once|ever|so far|to date|yet|still|already)$",
    ),
    ("N units ago", r"\bago\b"),
    ("a year earlier / later", r"\b(earlier|later|before|after|previous|prior|following)\b"),
    ("next year / next week", r"\b(next|coming|upcoming)\b"),
    ("last June / last Monday", rf"\blast\s+({_MONTHS}|{_WEEKDAYS})\b"),
    ("last/past/this + unit", rf"\b(last|past|this|that|current)\s+(\w+\s+)?{_UNITS}\b"),
    (
        "part of the day",
        r"\b(morning|afternoon|evening|night|tonight|noon|midday|midnight|overnight"
        r"|dawn|dusk)\b",
    ),
    ("season", r"\b(spring|summer|fall|autumn|winter)\b"),
    ("fiscal year", r"\bfiscal\b"),
    ("holiday", r"\b(thanksgiving|christmas|easter|new year's|election day|ramadan|holiday)"),
    ("end of a period", r"\b(year|month|week)[- ]end\b|\byear's end\b|\bthe end of\b"),
    ("the Nth day", r"\b(first|second|third|\w+th)\s+day\b"),
    ("year in words", r"\bnineteen\b|\btwo thousand\b"),
    ("daily / quarterly", r"^(hourly|daily|weekly|monthly|quarterly|yearly|annually)$"),
    ("the year / the period", rf"^(the|a|this|that)\s+(\w+\s+)?({_UNITS}|period|term|time)$"),
    ("today/yesterday/tomorrow", r"\b(today|yesterday|tomorrow)\b"),
    ("weekday", rf"\b{_WEEKDAYS}\b"),
    ("month and day", rf"\b({_MONTHS})\.?\s+\d{{1,2}}\b"),
    ("month", rf"\b({_MONTHS})\b"),
    ("year", r"^\d{4}$|\b(19|20)\d\d\b"),
    ("clock time", r"\d(:\d\d|\s*[ap]\.?m\b)|o'clock"),
    ("number of units", rf"\b{_COUNT}((\s+|-)\w+){{0,2}}(\s+|-){_UNITS}\b"),
    ("bare unit", rf"^{_UNITS}$"),
)
_COMPILED = tuple((label, re.compile(rule, re.IGNORECASE)) for label, rule in _PATTERNS)
_REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# Words that open a gold span and a finder's span may leave out (or add).
_LEADING = re.compile(
    r"^(the|a|an|this|that|these|those|its|his|her|their|our|about|some|each of the"
    r"|nearly|almost|around|more than|less than|at least|only|just|over|fiscal"
    r"|last|past|recent|early|late|earlier|later|mid"
    r"|since|until|from|by|in|on|at|during|for|within)\b",
    re.IGNORECASE,
)
# What a gold span may go on with after the words a finder's span stops at.
_TRAILING: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(rule, re.IGNORECASE))
    for label, rule in (
        ("a part of the day", r"^'?s?\s*(morning|afternoon|evening|night)s?\b"),
        ("'earlier/later/ago'", r"^\s*(earlier|later|ago|before|after|or)\b"),
        ("'this/last/next year'", r"^\s*(this|last|next)\s+(year|month|week)\b"),
        ("a day or date", rf"^\W*\s*({_WEEKDAYS}|{_MONTHS}|\d)"),
    )
)


def pattern_of(text: str, timex_type: str = "", value: str = "") -> str:
    """The pattern a TIMEX3's words (and gold type and value) fall under; "other" if none."""
    if timex_type == "SET":
        return "SET (every week, daily)"
    if timex_type == "DURATION" and "X" in value:
        return "duration of unstated length"
    if value in _REFERENCES:
        return "now/currently/recently, the past/future (PRESENT_REF, PAST_REF, FUTURE_REF)"
    stripped = text.strip()
    for label, rule in _COMPILED:
        if rule.search(stripped):
            return label
    return "other"


def _span_problem(gold: Timex, system: Timex) -> str:
    """How a finder's span differs from the gold span it overlaps."""
    if system.start <= gold.start and system.end >= gold.end:
        extra = _LEADING.match(system.text) if system.start < gold.start else None
        if extra:
            return f"extra leading '{extra.group().lower()}'"
        return "longer than gold (second half of a range, or more words)"
    if system.start > gold.start:
        missing = _LEADING.match(gold.text)
        if missing:
            return f"gold's leading '{missing.group().lower()}' missing"
    if system.end < gold.end:
        rest = gold.text[system.end - gold.start :]
        for label, rule in _TRAILING:
            if rule.match(rest):
                return f"gold's trailing {label} missing"
    return "shorter than gold, or shifted"


def _value_problem(pair: Pair) -> str:
    """What kind of wrong value a pair's system value is."""
    gold, system = pair.gold, pair.system
    if gold.type != system.type:
        if gold.type == "DATE" and system.type == "DURATION":
            return "date read as duration (a year earlier -> P1Y)"
        return f"{gold.type} read as {system.type}"
    if gold.type == "TIME" and gold.value[:10] != system.value[:10]:
        return "day of a clock time (the DCT's day is used)"
    if gold.value in _REFERENCES:
        return f"gold {gold.value}"
    day = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
    gold_day, system_day = day.match(gold.value), day.match(system.value)
    if gold_day and system_day and gold.value[:4].isdigit() and system.value[:4].isdigit():
        shared = min(len(gold_day.group()), len(system_day.group()))
        if gold_day.group()[:shared] != system_day.group()[:shared]:
            later = gold_day.group()[:shared] > system_day.group()[:shared]
            return "future read as past" if later else "past read as future"
        if gold.value.startswith(system.value) or system.value.startswith(gold.value):
            return "coarser or finer than gold"
        return "other calendar notation (week, quarter, part of day)"
    return "other"


def error_label(kind: str, gold: Timex | None, system: Timex | None) -> str:
    """A group label for one error: "missed: ...", "false: ...", "span: ...", "value: ..."."""
    if kind == "missed" and gold is not None:
        return "missed: " + pattern_of(gold.text, gold.type, gold.value)
    if kind == "false" and system is not None:
        return f"false {system.type.lower()}: " + pattern_of(system.text)
    assert gold is not None and system is not None
    if kind == "value":
        return "value: " + _value_problem(Pair(gold, system))
    return "span: " + _span_problem(gold, system)


def errors_of(alignments: list[Alignment]) -> dict[str, list[str]]:
    """Every error, as a line to print, grouped by label, the largest group first."""
    groups: dict[str, list[str]] = {}

    def add(kind: str, alignment: Alignment, gold: Timex | None, system: Timex | None) -> None:
        anchor = gold or system
        assert anchor is not None
        line = alignment.text.count("\n", 0, anchor.start) + 1
        shown = []
        for who, timex in (("gold", gold), ("system", system)):
            if timex is not None:
                shown.append(f"{who} {timex.text!r} {timex.type} {timex.value}")
        entry = f"{alignment.name}:{line}  " + " | ".join(shown)
        groups.setdefault(error_label(kind, gold, system), []).append(entry)

    for alignment in alignments:
        for timex in alignment.missed:
            add("missed", alignment, timex, None)
        for timex in alignment.false:
            add("false", alignment, None, timex)
        for pair in alignment.pairs:
            if not pair.strict:
                add("span", alignment, pair.gold, pair.system)
            if not pair.same_value:
                add("value", alignment, pair.gold, pair.system)
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))


# --- system output as TimeML, for the official toolkit ----------------------------------


def system_timeml(document: Document, system: list[Timex]) -> str:
    """A TimeML file with `document`'s DCT and text and the `system` TIMEX3 in the text."""
    pieces, position = [], 0
    for number, timex in enumerate(system, start=1):
        if timex.start < position:
            raise ValueError(f"{document.name}: system TIMEX3 overlap at offset {timex.start}")
        pieces.append(escape(document.text[position : timex.start]))
        attributes = f'tid="t{number}" type={quoteattr(timex.type)} value={quoteattr(timex.value)}'
        pieces.append(f"<TIMEX3 {attributes}>{escape(timex.text)}</TIMEX3>")
        position = timex.end
    pieces.append(escape(document.text[position:]))
    docid = escape(Path(document.name).name.removesuffix(".tml"))
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n\n'
        f"<DOCID>{docid}</DOCID>\n\n<DCT>{document.dct_xml}</DCT>\n\n"
        f"<TEXT>{''.join(pieces)}</TEXT>\n\n</TimeML>\n"
    )


def write_system_timeml(out_dir: Path, outputs: list[tuple[Document, list[Timex]]]) -> None:
    """Write each document's system TimeML under `out_dir`; never overwrite a file."""
    for document, _system in outputs:
        path = out_dir / document.name
        if path.exists() or path.is_symlink():
            raise DataProblem(f"{path}: already exists; give --write-timeml an empty folder")
    for document, system in outputs:
        path = out_dir / document.name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(system_timeml(document, system))


# --- the report -------------------------------------------------------------------------


@dataclass
class SetResult:
    """Everything measured on one set."""

    name: str
    documents: int
    score: Score
    types: dict[str, TypeRow]
    errors: dict[str, list[str]] = field(default_factory=dict)

    def as_json(self, with_errors: bool) -> dict[str, Any]:
        result: dict[str, Any] = {
            "set": self.name,
            "documents": self.documents,
            "counts": asdict(self.score),
            "figures": {key: round(value * 100, 2) for key, value in self.score.figures().items()},
            "per_type": {name: asdict(row) for name, row in self.types.items()},
            "error_counts": {label: len(lines) for label, lines in self.errors.items()},
        }
        if with_errors:
            result["errors"] = self.errors
        return result


def score_set(name: str, documents: list[Document]) -> tuple[SetResult, list]:
    """Run the finder on every document of a set and score it."""
    score, alignments, outputs = Score(), [], []
    for document in documents:
        system = system_timexes(document)
        outputs.append((document, system))
        alignment = align(document.name, document.text, document.timexes, system)
        score.add(alignment)
        alignments.append(alignment)
    result = SetResult(name, len(documents), score, per_type(alignments), errors_of(alignments))
    return result, outputs


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def print_set(result: SetResult, with_errors: bool) -> None:
    """The headline figures, the per-type table and (`with_errors`) the error groups."""
    score, figures = result.score, result.score.figures()
    print(
        f"TempEval-3 {result.name}: {result.documents} documents, {score.gold} gold TIMEX3, "
        f"{score.system} found"
    )
    print(f"  {'':8} {'F1':>6} {'P':>6} {'R':>6}  matches")
    for name in ("relaxed", "strict"):
        print(
            f"  {name:8} {figures[name + '_f1'] * 100:6.2f} "
            f"{figures[name + '_precision'] * 100:6.2f} {figures[name + '_recall'] * 100:6.2f}"
            f"  {getattr(score, name)}"
        )
    for name in ("value", "type"):
        accuracy = figures.get(name + "_accuracy", 0.0) * 100
        print(
            f"  {name:8} {figures[name + '_f1'] * 100:6.2f}  "
            f"({getattr(score, name)} of {score.relaxed} relaxed matches right, {accuracy:.1f}%)"
        )
    print(
        f"  {'type':9} {'gold':>5} {'found':>6} {'relaxed':>8} {'strict':>7} {'value':>6}"
        f" {'value acc':>9}"
    )
    for type_name, row in result.types.items():
        print(
            f"  {type_name:9} {row.gold:5d} {row.found:6d} {row.relaxed:8d} {row.strict:7d}"
            f" {row.value:6d} {_percent(row.value, row.relaxed):>9}"
        )
    if not result.errors:
        print("  no errors\n")
        return
    if result.name == "platinum" and not with_errors:
        # The test set is measured, never tuned on: its error groups are not printed unless
        # asked for, so a figures-only run shows nothing to tune on.
        print("  error patterns: not shown for the test set (--errors shows them)\n")
        return
    print("  errors by pattern:" if with_errors else "  error patterns (--errors lists them):")
    for label, lines in result.errors.items():
        print(f"    {len(lines):4d}  {label}")
        if with_errors:
            for line in lines:
                print(f"            {line}")
    print()


def finder_commit() -> str:
    """The repository's commit, to say which finder was measured ("unknown" outside git)."""
    import subprocess

    try:
        done = subprocess.run(
            ["git", "-C", str(Path(__file__).resolve().parent), "log", "-1", "--format=%h %cs"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score factcheck's date, time and duration finder on TempEval-3 TIMEX3."
    )
    parser.add_argument(
        "data_dir", type=Path, help="folder holding te3-platinum/ and TBAQ-cleaned/"
    )
    parser.add_argument("--set", choices=("platinum", "tbaq", "both"), default="platinum")
    parser.add_argument("--errors", action="store_true", help="list every error by pattern")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument(
        "--write-timeml",
        type=Path,
        metavar="OUT_DIR",
        help="also write the system output as TimeML (OUT_DIR/SET/...)",
    )
    args = parser.parse_args(argv)
    names = ("tbaq", "platinum") if args.set == "both" else (args.set,)
    try:
        if not args.data_dir.is_dir():
            raise DataProblem(f"{args.data_dir}: no such folder; {GET_DATA}")
        loaded = [
            (name, load_set(find_set_folder(args.data_dir, name), _PARTS[name])) for name in names
        ]
        results = []
        for name, documents in loaded:
            result, outputs = score_set(name, documents)
            results.append(result)
            if args.write_timeml is not None:
                write_system_timeml(args.write_timeml / name, outputs)
    except DataProblem as problem:
        print(f"tempeval3: {problem}", file=sys.stderr)
        return 2
    commit = finder_commit()
    if args.json:
        report = {"finder_commit": commit, "sets": [r.as_json(args.errors) for r in results]}
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"factcheck finder at {commit}; official TempEval-3 TIMEX3 metrics\n")
    for result in results:
        print_set(result, args.errors)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the output piped into `head`: stop quietly
        sys.stderr.close()
        sys.exit(0)
