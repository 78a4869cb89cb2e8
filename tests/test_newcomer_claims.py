"""Claims a newcomer writes that used to be refused (issue 15, item 5): measure units on
numbers, and a title held without a recorded `since`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = """---
title: Rates, roads and crowds
published: 2025-06-27T10:00:00+03:00
---

President Vladimir Putin spoke on June 26. The bank raised rates by 50 basis points, the
convoy drove a 120-km road, it carried 2.5 t of aid, and some 300 people came.
"""

CLAIM = """  - id: {id}
    subject: putin
    property: {id}
    type: number
    value: {value}
    unit: {unit}
    text: "{text}"
    status: verified
    sources: [{{publisher: Reuters}}]
"""


def _claims_file(tmp_path: Path, claims: str, titles: str = "[{title: President}]") -> Path:
    (tmp_path / "article.md").write_text(ARTICLE)
    path = tmp_path / "claims.yaml"
    path.write_text(
        "article:\n  path: article.md\nsubjects:\n"
        f"  putin: {{kind: person, name: Vladimir Putin, titles: {titles}}}\n"
        "  talk: {kind: event}\nclaims:\n" + claims
    )
    return path


@pytest.mark.parametrize(
    ("unit", "value", "text"),
    [("bp", 50, "50 basis points"), ("km", 120, "120-km"), ("t", 2.5, "2.5 t"),
     ("people", 300, "300 people")],
)  # fmt: skip
def test_a_number_in_a_measure_unit_is_accepted(factcheck, tmp_path, unit, value, text) -> None:
    claims = _claims_file(tmp_path, CLAIM.format(id="n", value=value, unit=unit, text=text))
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.out
    assert [(c["id"], c["result"]) for c in run.report["claims"]] == [("n", "pass")]


def test_the_unit_must_be_in_the_words(factcheck, tmp_path) -> None:
    claims = _claims_file(tmp_path, CLAIM.format(id="n", value=300, unit="km", text="300 people"))
    run = factcheck("verify", "--format", "line", claims)
    assert run.code == 1
    assert run.out.splitlines() == [
        f"{claims}:11:12: FC301 error the article's “300 people” is 300, not 300 km [n]"
    ]


def test_a_title_without_since_is_read_and_its_check_cannot_tell(factcheck, tmp_path) -> None:
    claims = _claims_file(
        tmp_path,
        "  - {id: title, subject: putin, property: title, type: role, value: President,\n"
        "     text: President, status: verified, sources: [{publisher: x}]}\n"
        "  - {id: talk-date, subject: talk, property: date, type: date, value: 2025-06-26,\n"
        "     text: June 26, status: verified, sources: [{publisher: x}]}\n"
        "checks:\n  - {id: president-then, kind: validity, title: title, date: talk-date}\n",
    )
    run = factcheck("verify", "--format", "line", claims)
    assert run.code == 0, run.out + run.err
    assert run.out.splitlines() == [
        f"{claims}:12:5: FC410 info cannot tell whether `putin` was President on `talk-date` "
        "2025-06-26 (line 9, article line 6): held from a date not recorded (add `since`) "
        "[title]"
    ]


def test_a_title_without_since_still_fails_after_until(factcheck, tmp_path) -> None:
    claims = _claims_file(
        tmp_path,
        "  - {id: title, subject: putin, property: title, type: role, value: President,\n"
        "     text: President, status: verified, sources: [{publisher: x}]}\n"
        "  - {id: talk-date, subject: talk, property: date, type: date, value: 2025-06-26,\n"
        "     text: June 26, status: verified, sources: [{publisher: x}]}\n"
        "checks:\n  - {id: president-then, kind: validity, title: title, date: talk-date}\n",
        titles="[{title: President, until: 2024-05-07}]",
    )
    run = factcheck("verify", "--format", "line", claims)
    assert run.code == 1
    assert "FC409 error" in run.out
    assert "but `putin` held it until 2024-05-07 (from a date not recorded: add `since`)" in run.out


def _dated_claims(tmp_path: Path, check: str) -> Path:
    return (
        _claims_file(
            tmp_path,
            "  - {id: talk-date, subject: talk, property: date, type: date, value: 2025-06-26,\n"
            "     text: June 26, status: verified, sources: [{publisher: x}]}\n"
            f"checks:\n  - {check}\n",
        ).parent
        / "claims.yaml"
    )


def test_a_same_day_chronology_says_strict_false_in_its_hint(factcheck, tmp_path) -> None:
    claims = _dated_claims(tmp_path, "{id: order, kind: chronology, items: [talk-date, talk-date]}")
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = run.findings("FC401")
    assert finding["message"].endswith(
        "; they can fall on the same day, and a chronology is strict by default"
    )
    assert finding["hint"] == (
        "If the same day is allowed, add `strict: false` to the check (each item on or before "
        "the next); otherwise check each claim named against the article."
    )


def test_strict_false_allows_the_same_day(factcheck, tmp_path) -> None:
    claims = _dated_claims(
        tmp_path, "{id: order, kind: chronology, strict: false, items: [talk-date, talk-date]}"
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.out
    assert run.findings("FC401") == []


def test_dates_out_of_order_get_no_strict_false_hint(factcheck, tmp_path) -> None:
    claims = _dated_claims(tmp_path, "{id: order, kind: chronology, items: [published, talk-date]}")
    [finding] = factcheck("verify", "--format", "json", claims).findings("FC401")
    assert "strict" not in finding["message"] + finding["hint"]


def test_explain_fc401_names_strict_false(factcheck) -> None:
    assert (
        "write `strict: false` on the check to allow the same day"
        in factcheck("explain", "chronology").out
    )
