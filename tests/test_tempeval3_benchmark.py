"""The TempEval-3 benchmark's reading, value rules and official metrics, on our own TimeML.

The benchmark is benchmarks/tempeval3.py (`python benchmarks/tempeval3.py DATA_DIR`); the
corpus is not in the repository, so these tests write small TimeML documents of their own
into tmp_path, with counts worked out by hand from the toolkit's definitions: a pair is a
gold and a system TIMEX3 sharing a character (one to one), strict when the texts are equal,
P = matches / system, R = matches / gold, value F1 = (right values / pairs) x relaxed F1.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import tempeval3
from tempeval3 import Score, Timex, align, read_timeml

from factcheck.values.frequency import FrequencyValue
from factcheck.values.types import DateValue, Duration, DurationValue

# Written for these tests: a council meeting, three TIMEX3 besides the DCT, an EVENT around
# words between them and an entity in the text, so offsets must skip tags and count "&" once.
COUNCIL = """<?xml version="1.0" ?>
<TimeML>
<DOCID>council</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-22" temporalFunction="false" \
functionInDocument="CREATION_TIME">March 22, 2024</TIMEX3></DCT>
<TEXT>
The Parks &amp; Roads council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on \
<TIMEX3 tid="t1" type="TIME" value="2024-03-19TMO">Tuesday morning</TIMEX3>,
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> after the vote of \
<TIMEX3 tid="t3" type="DATE" value="2024-03-03">March 3, 2024</TIMEX3>.
</TEXT>
</TimeML>
"""


def _at(text: str, words: str, timex_type: str, value: str) -> Timex:
    start = text.index(words)
    return Timex(start, start + len(words), words, timex_type, value)


def test_reads_dct_text_and_gold_offsets() -> None:
    document = read_timeml(COUNCIL, "council.tml")
    assert document.dct == datetime.date(2024, 3, 22)
    assert document.text.startswith("\nThe Parks & Roads council met on Tuesday morning,\n")
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Tuesday morning", "TIME", "2024-03-19TMO"),
        ("two weeks", "DURATION", "P2W"),
        ("March 3, 2024", "DATE", "2024-03-03"),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_official_counts_and_figures_on_a_document_of_our_own() -> None:
    document = read_timeml(COUNCIL, "council.tml")
    text = document.text
    system = [
        _at(text, "Tuesday", "DATE", "2024-03-19"),  # relaxed only; wrong value and type
        _at(text, "two weeks", "DURATION", "P2W"),  # strict; right value and type
        _at(text, "the vote", "DATE", "2024-03-03"),  # no gold: a false mention
    ]  # "March 3, 2024" is missed
    alignment = align(document.name, text, document.timexes, system)
    assert [t.text for t in alignment.missed] == ["March 3, 2024"]
    assert [t.text for t in alignment.false] == ["the vote"]
    score = Score()
    score.add(alignment)
    assert (score.gold, score.system, score.relaxed, score.strict) == (3, 3, 2, 1)
    assert (score.value, score.type) == (1, 1)
    figures = score.figures()
    assert figures["strict_precision"] == pytest.approx(1 / 3)
    assert figures["strict_recall"] == pytest.approx(1 / 3)
    assert figures["strict_f1"] == pytest.approx(1 / 3)
    assert figures["relaxed_precision"] == pytest.approx(2 / 3)
    assert figures["relaxed_recall"] == pytest.approx(2 / 3)
    assert figures["relaxed_f1"] == pytest.approx(2 / 3)
    assert figures["value_f1"] == pytest.approx(1 / 2 * 2 / 3)
    assert figures["type_f1"] == pytest.approx(1 / 2 * 2 / 3)


def test_micro_average_sums_counts_over_documents_before_dividing() -> None:
    gold = [Timex(0, 4, "2024", "DATE", "2024")]
    score = Score()
    score.add(align("a", "2024", gold, gold))  # 1 of 1
    score.add(align("b", "2024", gold, []))  # 0 of 1
    score.add(align("c", "2024", gold, []))  # 0 of 1
    figures = score.figures()
    assert figures["relaxed_recall"] == pytest.approx(1 / 3)  # not the mean of 1, 0, 0 per file
    assert figures["relaxed_precision"] == 1.0


def test_one_system_span_over_two_gold_pairs_with_the_first_only() -> None:
    text = "from March 3 to March 5"
    gold = [_at(text, "March 3", "DATE", "2024-03-03"), _at(text, "March 5", "DATE", "2024-03-05")]
    system = [_at(text, "from March 3 to March 5", "DATE", "2024-03-03")]
    alignment = align("range", text, gold, system)
    assert [(p.gold.text, p.strict, p.same_value) for p in alignment.pairs] == [
        ("March 3", False, True)
    ]
    assert [t.text for t in alignment.missed] == ["March 5"]
    assert tempeval3.error_label("span", gold[0], system[0]) == "span: extra leading 'from'"
    assert tempeval3.error_label("missed", gold[1], None) == "missed: month and day"


def test_per_type_table_counts_gold_by_gold_type_and_found_by_system_type() -> None:
    document = read_timeml(COUNCIL, "council.tml")
    text = document.text
    system = [_at(text, "Tuesday", "DATE", "2024-03-19"), _at(text, "two weeks", "DURATION", "P2W")]
    rows = tempeval3.per_type([align("council", text, document.timexes, system)])
    assert (rows["TIME"].gold, rows["TIME"].found, rows["TIME"].relaxed) == (1, 0, 1)
    assert (rows["TIME"].strict, rows["TIME"].value) == (0, 0)
    assert (rows["DATE"].gold, rows["DATE"].found, rows["DATE"].relaxed) == (1, 1, 0)
    assert (rows["DURATION"].strict, rows["DURATION"].value) == (1, 1)
    assert rows["SET"].gold == 0


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-06-16", "2025-06-22", "2025-W25"),  # last week
        ("2025-06-23", "2025-06-27", "2025-W26"),  # earlier this week
        ("2025-06-23", "2025-06-25", "2025-06-23"),  # June 23-25: a range of days
        ("2025-06-21", "2025-06-22", "2025-W25-WE"),  # the weekend
        ("2025-04-01", "2025-06-30", "2025-Q2"),
        ("2025-07-01", "2025-12-31", "2025-H2"),
        ("1990-01-01", "1999-12-31", "199"),
        ("1900-01-01", "1999-12-31", "19"),
        ("2025-05-21", "2025-05-31", "2025-05"),  # late May
        ("2025-05-11", "2025-05-20", "2025-05"),  # mid-May
        ("2025-06-01", "2025-06-27", "2025-06"),  # earlier this month
        ("2023-01-01", "2023-04-30", "2023"),  # early 2023
        ("2023-09-01", "2023-12-31", "2023"),  # late 2023
        ("2025-01-01", "2025-06-27", "2025"),  # earlier this year
        ("2025-06-02", "2025-06-04", "2025-06-02"),  # June 2-4 (from a Monday): a range
        ("2025-06-01", "2025-06-04", "2025-06-01"),  # June 1-4: a range, not the month
        ("2025-01-01", "2025-01-04", "2025-01-01"),  # Jan. 1-4: a range, not the year
        ("1994-01-01", "1997-12-31", "1994"),  # between 1994 and 1997: the first end, a year
        ("1991-01-01", "1992-12-31", "1991"),  # 1991-92
        ("1998-09-01", "1998-11-30", "1998-FA"),  # last fall
        ("2025-03-01", "2025-05-31", "2025-SP"),  # this spring
        ("2024-06-01", "2024-08-31", "2024-SU"),  # last summer
        ("2024-12-01", "2025-02-28", "2024-WI"),  # last winter: the year it began
    ],
)
def test_interval_values(start: str, end: str, expected: str) -> None:
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    dct = datetime.date(2025, 6, 27)  # a Friday: "earlier this week" runs Monday to it
    assert tempeval3.interval_value(first, last, dct) == expected


def test_values_of_days_times_parts_of_days_and_durations() -> None:
    dct = datetime.date(2025, 6, 27)
    day = DateValue.for_day(datetime.date(2025, 6, 24))
    assert tempeval3.timeml_value("date", day, dct, "Tuesday") == "2025-06-24"
    assert tempeval3.timeml_value("date", day, dct, "Tuesday morning") == "2025-06-24TMO"
    assert tempeval3.timeml_type("date", "Tuesday morning", day) == "TIME"
    assert tempeval3.timeml_value("date", day, dct, "tonight") == "2025-06-24TNI"
    # a part of a day the story dates ("in the morning": story_years.find_parts_of_days)
    assert tempeval3.timeml_value("story_period", day, dct, "the morning") == "2025-06-24TMO"
    assert tempeval3.timeml_type("story_period", "mid-afternoon", day) == "TIME"
    assert tempeval3.timeml_value("story_period", day, dct, "mid-afternoon") == "2025-06-24TAF"
    assert tempeval3.timeml_value("date", DateValue.for_month(2025, 5), dct) == "2025-05"
    assert tempeval3.timeml_value("time", "22:57+03:00", dct) == "2025-06-27T22:57"
    weeks = DurationValue(Duration(weeks=2), Duration(weeks=3))
    assert tempeval3.timeml_value("duration", weeks, dct) == "P2W"
    hours = DurationValue(Duration(hours=24), Duration(hours=24))
    assert tempeval3.timeml_value("duration", hours, dct) == "PT24H"


@pytest.mark.parametrize(
    ("notation", "words", "expected"),
    [
        ("R/P1D", "daily", "P1D"),
        ("R/P2W", "every two weeks", "P2W"),
        ("R/P1Y", "annually", "P1Y"),
        ("R/PT1H", "hourly", "PT1H"),
        ("R/P3M", "every quarter", "P1Q"),
        ("R/P3M", "every three months", "P3M"),
        ("R/P1W/Thursday", "each Thursday", "XXXX-WXX-4"),
        ("R/P1W/Monday", "every Monday", "XXXX-WXX-1"),
        ("R/P1W/Tuesday", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("R/P1Y/July", "each July", "XXXX-07"),
    ],
)
def test_frequencies_are_sets_with_timeml_values(notation: str, words: str, expected: str) -> None:
    value = FrequencyValue.from_iso(notation)
    dct = datetime.date(2025, 6, 27)
    assert tempeval3.timeml_value("frequency", value, dct, words) == expected
    assert tempeval3.timeml_type("frequency", words, value) == "SET"


def _data_dir(tmp_path: Path, source: str, name: str = "doc.tml") -> Path:
    folder = tmp_path / "data" / "te3-platinum"
    folder.mkdir(parents=True)
    (folder / name).write_text(source, encoding="utf-8")
    return tmp_path / "data"


TALKS = """<?xml version="1.0" ?>
<TimeML>
<DOCID>talks</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-22" functionInDocument="CREATION_TIME">\
March 22, 2024</TIMEX3></DCT>
<TEXT>
The talks opened on <TIMEX3 tid="t1" type="DATE" value="2024-03-03">March 3, 2024</TIMEX3>, \
and lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_command_line_scores_a_set_and_prints_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data_dir(tmp_path, TALKS)
    assert tempeval3.main([str(data), "--set", "platinum"]) == 0
    out = capsys.readouterr().out
    assert "TempEval-3 platinum: 1 documents, 2 gold TIMEX3, 2 found" in out
    assert "  relaxed  100.00 100.00 100.00  2" in out
    assert "  value    100.00  (2 of 2 relaxed matches right, 100.0%)" in out
    assert "  no errors" in out
    assert tempeval3.main([str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sets"][0]["counts"] == {
        "gold": 2,
        "system": 2,
        "relaxed": 2,
        "strict": 2,
        "value": 2,
        "type": 2,
    }


def test_system_timeml_keeps_the_text_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data_dir(tmp_path, TALKS)
    out_dir = tmp_path / "system"
    assert tempeval3.main([str(data), "--write-timeml", str(out_dir)]) == 0
    written = (out_dir / "platinum" / "doc.tml").read_text(encoding="utf-8")
    again = read_timeml(written, "doc.tml")
    assert again.text == read_timeml(TALKS, "doc.tml").text
    assert [(t.text, t.type, t.value) for t in again.timexes] == [
        ("March 3, 2024", "DATE", "2024-03-03"),
        ("three days", "DURATION", "P3D"),
    ]
    capsys.readouterr()
    assert tempeval3.main([str(data), "--write-timeml", str(out_dir)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (out_dir / "platinum" / "doc.tml").read_text(encoding="utf-8") == written


def test_missing_data_says_how_to_get_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert tempeval3.main([str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err
    assert "qiangning/StructTempRel-EMNLP17" in err
    (tmp_path / "empty").mkdir()
    assert tempeval3.main([str(tmp_path / "empty"), "--set", "tbaq"]) == 2
    assert "no TBAQ-cleaned/ folder" in capsys.readouterr().err


def test_broken_xml_is_reported_at_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data_dir(tmp_path, TALKS.replace("</TEXT>", "</TEXTS>"))
    assert tempeval3.main([str(data)]) == 2
    err = capsys.readouterr().err
    assert f"{data / 'te3-platinum' / 'doc.tml'}:7:3: not well-formed XML (mismatched tag)" in err
    assert "Traceback" not in err


def test_entity_declarations_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "aaaa">]>\n' + TALKS.split("\n", 1)[1]
    data = _data_dir(tmp_path, bomb)
    assert tempeval3.main([str(data)]) == 2
    assert "DOCTYPE or ENTITY declaration" in capsys.readouterr().err


MISSED = TALKS.replace("lasted <TIMEX3", "lasted about <TIMEX3").replace(
    '<TIMEX3 tid="t1" type="DATE" value="2024-03-03">March 3, 2024</TIMEX3>',
    '<TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">currently</TIMEX3>',
)


def test_the_test_set_shows_no_error_groups_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Platinum is measured, never tuned on: a figures-only run prints no error groups."""
    data = _data_dir(tmp_path, MISSED)
    assert tempeval3.main([str(data), "--set", "platinum"]) == 0
    out = capsys.readouterr().out
    assert "error patterns: not shown for the test set (--errors shows them)" in out
    assert "missed:" not in out
    assert tempeval3.main([str(data), "--set", "platinum", "--errors"]) == 0
    assert "errors by pattern:" in capsys.readouterr().out
