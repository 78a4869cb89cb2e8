"""Date intervals whose ends are months or years, as EDTF level 0 allows (`2006-10/2007-09`,
`2004/2006`, `2006-10/2007-09-30`): accepted, grounded in the article's words and compared
as the day intervals they stand for, in value checks and consistency checks alike. Before,
only day ends were read, and `2006-10/2007-09` was FC106."""

from __future__ import annotations

from pathlib import Path

ARTICLE = """\
---
title: Back wages recovered
published: 2007-12-28T10:00:00-05:00
---

The division recovered $220 million in back wages from October 2006 to September 2007.
Its audits ran from 2004 to 2006, and the last one from May 2006 to June 30, 2006.
A report followed on Nov. 14.
"""

CLAIM = """\
  - id: {id}
    subject: wages
    property: {property}
    type: date
    value: {value}
    text: {text}
    status: unverified
"""


def _claims_file(tmp_path: Path, claims: list[tuple[str, str, str]], checks: str = "") -> Path:
    """A claims file on ARTICLE with date claims (id, value, text), one a property."""
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    body = "".join(
        CLAIM.format(id=id_, property=id_, value=value, text=text) for id_, value, text in claims
    )
    path = tmp_path / "claims.yaml"
    path.write_text(
        "article:\n  path: a.md\nsubjects:\n  wages: {kind: event}\nclaims:\n" + body + checks,
        encoding="utf-8",
    )
    return path


def _codes(run) -> set[str]:  # type: ignore[no-untyped-def]
    """The finding codes of a run, the unverified-claim warnings aside."""
    return {f["code"] for f in run.findings() if f["code"] != "FC425"}


def test_a_month_interval_is_grounded_in_from_october_to_september(factcheck, tmp_path) -> None:
    claims = _claims_file(
        tmp_path,
        [
            ("period", "2006-10/2007-09", "from October 2006 to September 2007"),
            ("audits", "2004/2006", "from 2004 to 2006"),
            ("last-audit", "2006-05/2006-06-30", "from May 2006 to June 30, 2006"),
        ],
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.out
    assert _codes(run) == set()
    claimed = {c["id"]: (c["result"], c["value"]) for c in run.report["claims"]}
    # Shown as the days they stand for, as the article's words read.
    assert claimed == {
        "period": ("warning", "2006-10-01/2007-09-30"),
        "audits": ("warning", "2004-01-01/2006-12-31"),
        "last-audit": ("warning", "2006-05-01/2006-06-30"),
    }


def test_a_month_interval_the_words_do_not_say_is_fc301_on_its_value(factcheck, tmp_path) -> None:
    claims = _claims_file(
        tmp_path, [("period", "2006-10/2007-10", "from October 2006 to September 2007")]
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert (finding["line"], finding["column"]) == (10, 12)
    assert finding["message"] == (
        "the article's “from October 2006 to September 2007” is 2006-10-01/2007-09-30 "
        "(dateline 2007-12-28), not 2006-10-01/2007-10-31"
    )
    assert finding["hint"] == "Write `value: 2006-10-01/2007-09-30` if the article is right."


def test_a_month_interval_takes_part_in_chronology_checks(factcheck, tmp_path) -> None:
    report = ("report", "2007-11-14", "Nov. 14")
    period = ("period", "2006-10/2007-09", "from October 2006 to September 2007")
    checks = (
        "checks:\n"
        "  - {id: holds, kind: chronology, items: [period, report]}\n"
        "  - {id: broken, kind: chronology, items: [report, period]}\n"
    )
    run = factcheck("verify", "--format", "json", _claims_file(tmp_path, [period, report], checks))
    assert run.code == 1
    results = {c["id"]: c["result"] for c in run.report["checks"]}
    assert results == {"holds": "pass", "broken": "fail"}
    [finding] = run.findings("FC401")
    assert finding["check"] == "broken"


def test_an_interval_ending_before_it_starts_is_fc106_with_its_place(factcheck, tmp_path) -> None:
    claims = _claims_file(
        tmp_path,
        [
            ("period", "2007-09/2006-10", "from October 2006 to September 2007"),
            ("month", "2006-10/2007-13", "from October 2006 to September 2007"),
        ],
    )
    run = factcheck("verify", "--format", "line", claims)
    assert run.code == 1
    lines = [line for line in run.out.splitlines() if " FC106 " in line]
    assert lines == [
        f"{claims}:10:12: FC106 error `value` of claim `period`: "
        "2007-09/2006-10 ends before it starts; write the earlier date first [period]",
        f"{claims}:17:12: FC106 error `value` of claim `month`: "
        "2007-13 is not a real month: months run from 01 to 12 [month]",
    ]
