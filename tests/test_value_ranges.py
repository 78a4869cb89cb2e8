"""Every value range: out of range is a located FC104/FC106 naming the range, never a traceback.

Claims files and articles come from whoever opens a pull request. Each case writes a real
claims file and article into tmp_path and runs `factcheck verify` as CI would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Run

ARTICLE = """---
title: Third round of talks planned
published: 2025-06-27T22:57:00+03:00
---

The latest peace talks took place on June 2 in Istanbul, following an earlier meeting on
May 16. A 1,000-for-1,000 swap took place in late May, the third round of a 30-day truce.
Officials counted 1,200 prisoners.
"""
HEAD = "article: {path: article.md}\nsubjects: {s: {kind: event}}\nclaims:\n"
BIG = "1" * 5000


def _claim(claim_id: str, kind: str, value: str, text: str) -> str:
    return (
        f"  - {{id: {claim_id}, subject: s, property: {claim_id}, type: {kind}, value: {value}, "
        f"text: {text}, status: unverified}}\n"
    )


def _verify(factcheck, tmp_path: Path, claims: str, article: str = ARTICLE, *extra: str) -> Run:
    (tmp_path / "article.md").write_text(article)
    path = tmp_path / "claims.yaml"
    path.write_text(claims)
    run = factcheck("verify", "--format", "json", path, *extra)
    assert "Traceback" not in run.out + run.err
    return run


def _only(run: Run, code: str) -> dict:
    assert run.code == 1, run.out + run.err
    found = run.findings(code)
    assert len(found) == 1, [(f["code"], f["message"]) for f in run.findings()]
    return found[0]


def _column(claims: str, line: int, text: str) -> int:
    """The 1-based column of `text` on 1-based `line` of `claims`."""
    return claims.splitlines()[line - 1].index(text) + 1


# Integers too long for Python to convert ----------------------------------------------------


@pytest.mark.parametrize(
    ("claims", "line", "needle"),
    [
        (HEAD + _claim("count", "number", BIG, '"1,000"'), 4, BIG),
        (
            "article: {path: article.md}\nsubjects:\n  s: {kind: event, ordinal: " + BIG + "}\n"
            "claims:\n" + _claim("round", "ordinal", "3", "third round"),
            3,
            BIG,
        ),
        ("version: " + BIG + "\n" + HEAD + _claim("count", "number", "1000", '"1,000"'), 1, BIG),
    ],
    ids=["value", "ordinal", "version"],
)
def test_an_integer_of_5000_digits_is_a_located_fc104(
    factcheck, tmp_path, claims: str, line: int, needle: str
) -> None:
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (line, _column(claims, line, needle))
    assert (
        "this number has 5,000 digits; a number here may have at most 1,000" in (finding["message"])
    )
    assert "1,000,000,000,000,000,000" in finding["hint"]


def test_an_integer_of_5000_digits_in_front_matter_is_a_located_fc104(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("---\n\n", f"version: {BIG}\n---\n\n", 1)
    run = _verify(factcheck, tmp_path, HEAD + _claim("d", "date", "2025-06-02", "June 2"), article)
    finding = _only(run, "FC104")
    assert finding["file"].endswith("article.md")
    assert (finding["line"], finding["column"]) == (4, len("version: ") + 1)
    assert finding["message"].startswith("front matter: this number has 5,000 digits")


def test_a_base_60_integer_too_long_to_read_is_refused_not_converted(factcheck, tmp_path) -> None:
    sexagesimal = "1" + ":30" * 2000  # YAML 1.1 base 60: converting it is quadratic
    claims = HEAD + _claim("count", "number", sexagesimal, '"1,000"')
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert finding["line"] == 4
    assert "a number here may have at most 1,000" in finding["message"]


# Numbers, counts and ordinals ---------------------------------------------------------------

NUMBER_RANGE = "a number runs from -1,000,000,000,000,000,000 to 1,000,000,000,000,000,000"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1e400", "'1e400'"),  # YAML 1.1 reads it as text; as a number it is infinite
        ("1.0e+400", "infinite (too large to compute with)"),
        (".inf", "infinite (too large to compute with)"),
        ("-.inf", "infinite (too large to compute with)"),
        (".nan", "not a number (.nan)"),
        ("1000000000000000001", "1000000000000000001"),
        ("-2.5e+30", "-2.5e+30"),
    ],
)
def test_a_number_out_of_range_is_fc104_naming_the_range(
    factcheck, tmp_path, value: str, shown: str
) -> None:
    claims = HEAD + _claim("count", "number", value, '"1,000-for-1,000"')
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, value + ","))
    assert finding["message"] == (
        f"`value` of claim `count` is {shown}, out of range: {NUMBER_RANGE} (10^18) and is finite"
    )
    assert finding["hint"].startswith("Write the number the article gives")


def test_the_largest_number_allowed_is_read(factcheck, tmp_path) -> None:
    claims = HEAD + _claim("count", "number", "1000000000000000000", '"1,200"')
    run = _verify(factcheck, tmp_path, claims)
    assert not run.findings("FC104")
    (compared,) = run.findings("FC301")  # the value is read and compared with the words
    assert compared["message"] == ("the article's “1,200” is 1,200, not 1,000,000,000,000,000,000")


def test_a_range_end_out_of_range_is_fc104_on_that_end(factcheck, tmp_path) -> None:
    claims = HEAD + _claim("count", "number", "{min: 1000, max: 1.0e+300}", '"1,000"')
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, "1.0e+300"))
    assert finding["message"].startswith("`value.max` of claim `count` is 1e+300, out of range")


def test_a_negative_count_in_a_pair_is_fc104(factcheck, tmp_path) -> None:
    claims = HEAD + _claim("swap", "pair", "[1000, -1000]", '"1,000-for-1,000"')
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, "-1000"))
    assert finding["message"] == (
        "`value.1` of claim `swap` is -1000, out of range: each side of an exchange is a count "
        "from 0 to 1,000,000,000,000,000,000 (10^18)"
    )


def test_a_check_constant_out_of_range_is_fc104(factcheck, tmp_path) -> None:
    claims = (
        HEAD
        + _claim("count", "number", "1000", '"1,000-for-1,000"')
        + "checks:\n  - {id: cap, kind: numeric, left: count, relation: at-most, right: .inf}\n"
    )
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (6, _column(claims, 6, ".inf"))
    assert NUMBER_RANGE in finding["message"]


@pytest.mark.parametrize("value", ["1000000000000000000000000000000", "10001", "0"])
def test_an_ordinal_out_of_range_is_fc104(factcheck, tmp_path, value: str) -> None:
    claims = HEAD + _claim("round", "ordinal", value, "third round")
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, value + ","))
    assert finding["message"] == (
        f"`value` of claim `round` is {value}, out of range: an ordinal runs from 1 to 10,000"
    )
    assert "3 for “third”" in finding["hint"]


def test_a_subject_ordinal_out_of_range_is_fc104_and_the_sequence_check_never_runs(
    factcheck, tmp_path
) -> None:
    huge = "1000000000000000000000000000000"
    claims = (
        "article: {path: article.md}\nsubjects:\n  talks: {kind: series}\n"
        f"  r: {{kind: event, part_of: talks, ordinal: {huge}}}\nclaims:\n"
        + _claim("d", "date", "2025-06-02", "June 2").replace("subject: s", "subject: r")
        + "checks:\n  - {id: seq, kind: sequence, series: talks}\n"
    )
    finding = _only(_verify(factcheck, tmp_path, claims), "FC104")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, huge))
    assert finding["message"] == (
        f"`subjects.r.ordinal` is {huge}, out of range: an ordinal runs from 1 to 10,000"
    )


# Durations, dates and datelines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "length"),
    [
        ("P99999999Y", "99,999,999 years"),
        ("P10001Y", "10,001 years"),
        ("PT999999999999H", "114,079,459 years"),
        ("P" + "9" * 60 + "D", "far more"),
    ],
)
def test_a_duration_over_10000_years_is_fc106(factcheck, tmp_path, value: str, length) -> None:
    claims = HEAD + _claim("truce", "duration", value, "30-day")
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, value))
    assert "is out of range: a duration is at most 10,000 years long" in finding["message"]
    assert f"(this one is {length})" in finding["message"]
    assert len(finding["message"]) < 200
    assert "at most 10,000 years long" in finding["hint"]


@pytest.mark.parametrize("value", ["P" + "0" * 5000 + "1D", "P" + "9" * 5000 + "D"])
def test_a_duration_text_of_5000_characters_is_fc106(factcheck, tmp_path, value: str) -> None:
    claims = HEAD + _claim("truce", "duration", value, "30-day")
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, value))
    assert finding["message"].endswith(
        f"… is {len(value):,} characters long: a duration is written in at most 64 (P3Y6M, PT48H)"
    )


def test_a_duration_range_end_over_10000_years_is_fc106(factcheck, tmp_path) -> None:
    claims = HEAD + _claim("truce", "duration", "{min: P2D, max: P99999999Y}", "30-day")
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, "P99999999Y"))


@pytest.mark.parametrize(
    "value", ['"-9999"', "9999-12-31/..", "Y170000002", "2025-06-02/..", '"../2025-06-02"']
)
def test_edtf_extremes_are_fc106_naming_the_years_allowed(factcheck, tmp_path, value) -> None:
    claims = HEAD + _claim("d", "date", value, "June 2")
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (finding["line"], finding["column"]) == (4, _column(claims, 4, value))
    assert (
        "is not valid notation (a date here has a year from 0001 to 9999)" in (finding["message"])
    )
    assert "open or unknown ends (`..`), negative and Y-prefixed years" in finding["hint"]


def test_a_year_before_1_is_fc106(factcheck, tmp_path) -> None:
    claims = HEAD + _claim("d", "date", '"0000"', "June 2")
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (
        finding["message"] == "`value` of claim `d`: 0000 is not a real year: years start at 0001"
    )


def test_a_title_held_since_an_edtf_extreme_is_fc106(factcheck, tmp_path) -> None:
    claims = (
        "article: {path: article.md}\nsubjects:\n  s:\n    kind: person\n"
        '    titles: [{title: Minister, since: "-9999"}]\nclaims:\n'
        + _claim("d", "date", "2025-06-02", "June 2")
    )
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (finding["line"], finding["column"]) == (5, _column(claims, 5, '"-9999"'))
    assert "a year from 0001 to 9999" in finding["message"]


@pytest.mark.parametrize("published", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"])
def test_a_dateline_far_in_the_future_or_past_is_fc106(factcheck, tmp_path, published) -> None:
    claims = (
        f"article: {{path: article.md, published: {published}}}\n"
        "subjects: {s: {kind: event}}\nclaims:\n" + _claim("d", "date", "2025-06-02", "June 2")
    )
    finding = _only(_verify(factcheck, tmp_path, claims), "FC106")
    assert (finding["line"], finding["column"]) == (1, _column(claims, 1, published))
    assert finding["message"] == (
        f"`article.published`: {published} is out of range: a dateline has a year from 1000 to 2999"
    )


# The second line of defence: values the model accepts at the calendar's ends -------------

EDGE_CLAIMS = (
    HEAD
    + _claim("last", "date", "9999-12-31", "June 2")
    + _claim("first", "date", "0001-01-01", "May 16")
    + _claim("all", "date", "0001-01-01/9999-12-31", "late May")
    + _claim("long", "duration", "P10000Y", "30-day")
    + "checks:\n"
    "  - {id: after-last, kind: containment, item: last, within: {after: last}}\n"
    "  - {id: before-first, kind: containment, item: first, within: {before: first}}\n"
    "  - {id: ten-thousand, kind: containment, item: last, within: {start: last, duration: long}}\n"
    "  - {id: order, kind: chronology, items: [first, last, published]}\n"
    "  - {id: inside, kind: containment, item: last, within: all}\n"
)


@pytest.mark.parametrize("report", ["json", "html", "markdown", "sarif", "junit", "line"])
def test_checks_at_the_calendars_ends_cannot_tell_and_every_report_is_written(
    factcheck, tmp_path, report: str
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE)
    (tmp_path / "claims.yaml").write_text(EDGE_CLAIMS)
    output = tmp_path / f"report.{report}"
    run = factcheck("verify", "--format", report, "--output", output, tmp_path / "claims.yaml")
    assert "Traceback" not in run.out + run.err
    assert run.code == 1 and run.err == ""
    assert output.stat().st_size > 0
    if report == "json":
        import json

        report_data = json.loads(output.read_text())
        findings = report_data["findings"]
        overflowed = [f for f in findings if "beyond the calendar" in f["message"]]
        assert {(f["code"], f["check"]) for f in overflowed} == {
            ("FC410", "after-last"),
            ("FC410", "before-first"),
        }
        assert sorted(f["line"] for f in overflowed) == [9, 10]
        results = {check["id"]: check["result"] for check in report_data["checks"]}
        assert results["ten-thousand"] == "pass"  # its window's end stops at 9999-12-31
        assert {f["check"] for f in findings if f["code"] == "FC401"} == {"order"}


@pytest.mark.parametrize("published", ["9999-12-31T23:59:00-12:00", "0001-01-01T00:00:00+14:00"])
def test_a_front_matter_dateline_at_the_calendars_ends_draws_the_timeline(
    factcheck, tmp_path, published: str
) -> None:
    article = ARTICLE.replace("2025-06-27T22:57:00+03:00", published)
    (tmp_path / "article.md").write_text(article)
    (tmp_path / "claims.yaml").write_text(EDGE_CLAIMS)
    output = tmp_path / "report.html"
    run = factcheck("verify", "--format", "html", "--output", output, tmp_path / "claims.yaml")
    assert "Traceback" not in run.out + run.err
    assert run.code == 1 and run.err == ""
    page = output.read_text()
    assert page.count('class="tl-mark ') == 3  # last, first and all are drawn


# extract --------------------------------------------------------------------------------------


def test_extract_update_refuses_a_claims_file_with_a_value_out_of_range(
    factcheck, tmp_path
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE)
    claims = tmp_path / "claims.yaml"
    original = (
        "article:\n  path: article.md\nsubjects:\n  s:\n    kind: event\nclaims:\n"
        "  - id: round\n    subject: s\n    property: round\n    type: ordinal\n"
        "    value: 1000000000000000000000000000000\n    text: third round\n"
        "    status: unverified\n"
    )
    claims.write_text(original)
    run = factcheck("extract", tmp_path / "article.md", "--update", claims)
    assert "Traceback" not in run.out + run.err
    assert run.code == 2
    assert run.err == (
        f"factcheck: error: {claims}:11:12: FC104 `value` of claim `round` is "
        "1000000000000000000000000000000, out of range: an ordinal runs from 1 to 10,000: "
        "fix it first\n"
    )
    assert claims.read_text() == original  # nothing a user wrote is lost


def test_extract_of_an_article_with_a_5000_digit_front_matter_value_exits_cleanly(
    factcheck, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.md").write_text(ARTICLE.replace("---\n\n", f"n: {BIG}\n---\n\n", 1))
    run = factcheck("extract", "article.md", "--published", "2025-06-27")
    assert "Traceback" not in run.out + run.err
    assert run.code in (0, 2)


def test_the_highest_ordinal_allowed_names_its_missing_events_as_runs(factcheck, tmp_path) -> None:
    claims = (
        "article: {path: article.md}\nsubjects:\n  talks: {kind: series}\n"
        "  r2: {kind: event, part_of: talks, ordinal: 2}\n"
        "  r: {kind: event, part_of: talks, ordinal: 10000}\nclaims:\n"
        + _claim("d", "date", "2025-06-02", "June 2").replace("subject: s", "subject: r")
        + "checks:\n  - {id: seq, kind: sequence, series: talks}\n"
    )
    run = _verify(factcheck, tmp_path, claims)
    (finding,) = run.findings("FC402")
    assert finding["line"] == 9
    assert finding["message"] == (
        "series `talks` has events up to number 10000 but none numbered 1, 3–9999: add the "
        "missing events to `subjects:`"
    )


@pytest.mark.parametrize(
    ("item", "holds"), [("2025-06-02", True), ("2025-07-01", False)], ids=["inside", "later"]
)
def test_a_window_lasting_over_a_duration_has_no_last_day(
    factcheck, tmp_path, item: str, holds: bool
) -> None:
    """ "over 30 days" has no upper bound: once an OverflowError (ceil of infinity)."""
    claims = (
        HEAD
        + _claim("start", "date", "2025-05-16", "May 16")
        + _claim("item", "date", item, "June 2")
        + "  - {id: long, subject: s, property: long, type: duration, value: P30D, "
        "qualifier: over, text: 30-day, status: unverified}\n" + "checks:\n"
        "  - {id: inside, kind: containment, item: item, within: {start: start, duration: long}}\n"
    )
    run = _verify(factcheck, tmp_path, claims)
    (result,) = run.report["checks"]
    assert result["result"] == ("pass" if holds else "cannot-tell")
    window = [f for f in run.findings() if f.get("check") == "inside"]
    if holds:
        assert window == []
    else:
        assert [(f["code"], f["line"]) for f in window] == [("FC410", 8)]
        assert window[0]["message"].startswith("cannot tell whether `item` 2025-07-01")
        assert "beyond the calendar" not in window[0]["message"]


@pytest.mark.parametrize("published", ["9999-12-31T23:00:00+00:00", "0001-01-01"])
def test_front_matter_dateline_outside_the_years_is_located(factcheck, tmp_path, published):
    """The article's own `published` has the claims file's range: a year 9999 dateline would
    push "next week" past the calendar."""
    (tmp_path / "a.md").write_text(f"---\ntitle: T\npublished: {published}\n---\n\nOn June 2.\n")
    claims = tmp_path / "c.yaml"
    claims.write_text(
        "article: {path: a.md}\nsubjects: {s: {kind: event}}\nclaims:\n"
        '  - {id: c, subject: s, property: date, type: date, value: "2025-06-02", '
        "text: June 2, status: unverified}\n"
    )
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    [finding] = run.findings("FC106")
    assert (finding["file"], finding["line"], finding["column"]) == (
        str(tmp_path / "a.md"),
        3,
        12,
    )
    assert finding["message"] == (
        f"front matter `published` {published!r} is outside the years 1000 to 2999 a dateline "
        "can have (dates read against it must stay inside the calendar)"
    )
