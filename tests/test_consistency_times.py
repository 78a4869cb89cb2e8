"""Times of day as claims and in checks: duration, chronology, numeric (issue 14).

A meeting "from 2:44 p.m. to 3:58 p.m." that lasted "about 1 hour and 15 minutes": the clock
times and the duration check each other. Each case writes the article and claims file into
tmp_path and runs `factcheck verify` as CI would.
"""

from __future__ import annotations

from test_consistency_compatible import ARTICLE, LENGTH, MEETING, claim, codes, verify

DURATION = (
    "  - {id: meeting-length, kind: duration, start: meeting, end: meeting, duration: length}\n"
)
START = claim("start", "round-2", "start", "time", '"14:44"', "2:44 p.m.")
END = claim("end", "round-2", "end", "time", '"15:58+03:00"', "3:58 p.m. Istanbul time")


def test_clock_times_agree_with_the_duration(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, MEETING + LENGTH, DURATION)
    assert run.code == 0, run.findings()
    assert run.report["checks"][0]["result"] == "pass"


def test_a_changed_end_time_contradicts_the_duration(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("3:58 p.m.", "4:58 p.m.")
    meeting = MEETING.replace("15:58", "16:58").replace("to 3:58", "to 4:58")
    run = verify(factcheck, tmp_path, meeting + LENGTH, DURATION, article=article)
    assert run.code == 1
    [finding] = run.findings("FC405")
    assert finding["check"] == "meeting-length"
    assert "is 2 h 14 min" in finding["message"]
    assert "allows 1 h 7.5 min to 1 h 22.5 min" in finding["message"]


def test_a_changed_duration_contradicts_the_clock_times(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("about 1 hour and 15", "about 2 hours and 15")
    length = LENGTH.replace("PT1H15M", "PT2H15M").replace("1 hour and", "2 hours and")
    run = verify(factcheck, tmp_path, MEETING + length, DURATION, article=article)
    assert codes(run) == ["FC405"]


def test_separate_start_and_end_claims_with_one_zone_given(factcheck, tmp_path) -> None:
    checks = "  - {id: length-check, kind: duration, start: start, end: end, duration: length}\n"
    run = verify(factcheck, tmp_path, START + END + LENGTH, checks)
    assert run.code == 0, run.findings()


def test_chronology_of_times_converts_between_offsets(factcheck, tmp_path) -> None:
    # 11:30 UTC is 14:30 in Istanbul: before the meeting's 14:44+03:00 start.
    article = ARTICLE.replace("said.\n\nUkraine", "said. A statement came at 11:30 GMT.\n\nUkraine")
    statement = claim("statement", "round-2", "statement", "time", '"11:30Z"', "11:30 GMT")
    checks = "  - {id: order, kind: chronology, items: [statement, meeting]}\n"
    run = verify(factcheck, tmp_path, statement + MEETING, checks, article=article)
    assert run.code == 0, run.findings()
    late = article.replace("11:30 GMT", "12:30 GMT")  # 15:30 in Istanbul, during the meeting
    statement = statement.replace("11:30", "12:30")
    run = verify(factcheck, tmp_path, statement + MEETING, checks, article=late)
    [finding] = run.findings("FC401")
    assert "`statement` 12:30+00:00" in finding["message"]
    assert "must come before `meeting`" in finding["message"]


def test_numeric_adds_a_duration_to_a_time(factcheck, tmp_path) -> None:
    checks = (
        "  - {id: ends-after, kind: numeric, left: {sum: [start, length]}, relation: at-least,"
        " right: end}\n"
    )
    run = verify(factcheck, tmp_path, START + END + LENGTH, checks)
    # 14:44 plus 67.5 to 82.5 minutes is 15:51 to 16:06; 15:58 lies inside: cannot tell.
    assert run.code == 0
    assert [f["code"] for f in run.findings()] == ["FC410"]
    assert "15:51 to 16:06" in run.findings()[0]["message"]
    # The end of the meeting cannot come before its start.
    before = (
        "  - {id: ends-before, kind: numeric, left: {sum: [start, length]}, relation: less, "
        "right: start}\n"
    )
    run = verify(factcheck, tmp_path, START + END + LENGTH, before)
    [finding] = run.findings("FC406")
    assert "must be less than `start` 14:44" in finding["message"]


def test_numeric_compares_durations(factcheck, tmp_path) -> None:
    over = claim("length-umerov", "round-2", "said-length", "duration", "PT1H", "over an hour",
                 "qualifier: over")  # fmt: skip
    checks = "  - {id: long, kind: numeric, left: length, relation: less, right: length-umerov}\n"
    run = verify(factcheck, tmp_path, LENGTH + over, checks)
    [finding] = run.findings()  # 67.5 to 82.5 minutes against over 60: cannot tell
    assert finding["code"] == "FC410"
    assert "1 h 7.5 min to 1 h 22.5 min and 1 h to no limit" in finding["message"]
    checks = "  - {id: long, kind: numeric, left: length, relation: less, right: 60}\n"
    run = verify(factcheck, tmp_path, LENGTH, checks)
    assert [f["code"] for f in run.findings()] == ["FC411"]


def test_numeric_duration_against_a_bare_number_fails_that_check_alone(factcheck, tmp_path) -> None:
    checks = (
        "  - {id: bad, kind: numeric, left: length, relation: less, right: 90}\n"
        "  - {id: meeting-length, kind: duration, start: meeting, end: meeting, duration: length}\n"
    )
    run = verify(factcheck, tmp_path, MEETING + LENGTH, checks)
    assert run.code == 1
    [finding] = run.findings("FC411")
    assert finding["check"] == "bad"
    assert "compares like with like" in finding["message"]
    assert [c["result"] for c in run.report["checks"]] == ["fail", "pass"]
    assert {c["id"]: c["result"] for c in run.report["claims"]}["length"] == "pass"


def test_a_check_naming_the_wrong_type_fails_that_check_alone(factcheck, tmp_path) -> None:
    checks = (
        "  - {id: wrong, kind: chronology, items: [length, meeting]}\n"
        "  - {id: meeting-length, kind: duration, start: meeting, end: meeting, duration: length}\n"
    )
    run = verify(factcheck, tmp_path, MEETING + LENGTH, checks)
    assert run.code == 1
    [finding] = run.findings("FC411")
    assert finding["check"] == "wrong"
    assert "`length` is a duration claim" in finding["message"]
    assert [c["result"] for c in run.report["checks"]] == ["fail", "pass"]
    claims = {c["id"]: c["result"] for c in run.report["claims"]}
    assert claims == {"meeting": "pass", "length": "pass"}


def test_a_clock_time_that_is_not_the_articles(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, START.replace('"14:44"', '"14:45"'))
    [finding] = run.findings("FC301")
    assert "“2:44 p.m.” is 14:44, not 14:45" in finding["message"]


def test_the_claim_may_add_the_zone_the_article_leaves_out(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, START.replace('"14:44"', '"2025-06-02T14:44+03:00"'))
    assert run.code == 0, run.findings()
    wrong_zone = END.replace("+03:00", "+02:00")
    run = verify(factcheck, tmp_path, wrong_zone)
    [finding] = run.findings("FC301")
    assert "its offset" in finding["message"]


def test_an_unquoted_time_is_explained_not_misread(factcheck, tmp_path) -> None:
    # YAML 1.1 reads 14:44 unquoted as 884 (base 60).
    run = verify(factcheck, tmp_path, START.replace('"14:44"', "14:44"))
    assert run.code == 1
    [finding] = run.findings()
    assert finding["code"] == "FC106"
    assert 'value: "14:44"' in finding["message"]
    assert finding["line"] == 10


def test_a_time_that_does_not_exist_is_refused_where_it_stands(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, START.replace('"14:44"', '"24:10"'))
    assert run.code == 1
    [finding] = run.findings()
    assert finding["code"] in ("FC104", "FC106")
    assert finding["line"] == 10
    assert "HH:MM" in finding["message"] + finding["hint"]
