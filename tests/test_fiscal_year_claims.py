"""A date claim on a fiscal year ("FY2007", "fiscal 2009") cannot be checked: whose fiscal
year it is, and so which months it holds, is not in the words. `verify` says so (FC302 for
the claim's `text`, FC106 for a `value: FY2007`) and what to write instead, where before the
hint was the generic one ("Make `text` the words that state the value")."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = """\
---
title: Back wages recovered
published: 2007-12-28T10:00:00-05:00
---

The division recovered $220 million in back wages in FY2007, its fiscal year.
It ran from October 2006 to September 2007, and audits grew in fiscal 2009 plans.
The department said so on Friday.
"""

CLAIM = """\
  - id: {id}
    subject: wages
    property: {id}
    type: {type}
    value: {value}
    text: {text}
    status: unverified
"""


def _verify(factcheck, tmp_path: Path, *claims: tuple[str, str, str, str]):  # type: ignore[no-untyped-def]
    """`verify --format json` of a claims file on ARTICLE with claims (id, type, value, text)."""
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    body = "".join(
        CLAIM.format(id=id_, type=type_, value=value, text=text)
        for id_, type_, value, text in claims
    )
    path = tmp_path / "claims.yaml"
    path.write_text(
        "article:\n  path: a.md\nsubjects:\n  wages: {kind: event}\nclaims:\n" + body,
        encoding="utf-8",
    )
    return factcheck("verify", "--format", "json", path)


def _hint(named: str) -> str:
    return (
        f"“{named}” is a fiscal year, and whose it is (the US government's runs October to "
        "September, the UK's April to March, a company's its own) is not in the words, so no "
        "date can be read from them. If the article gives the period's dates, claim those as "
        "an interval (`value: 2006-10/2007-09`, `text: from October 2006 to September "
        f"2007`); else claim the words as they stand (`type: text`, `value: {named}`)."
    )


@pytest.mark.parametrize(("value", "text"), [("2007", "FY2007"), ("2009", "fiscal 2009")])
def test_a_date_claim_on_a_fiscal_year_is_fc302_saying_why_and_what_to_write(
    factcheck, tmp_path: Path, value: str, text: str
) -> None:
    run = _verify(factcheck, tmp_path, ("fy", "date", value, text))
    assert run.code == 1
    [finding] = run.findings("FC302")
    assert (finding["claim"], finding["line"], finding["column"]) == ("fy", 11, 11)
    assert finding["message"] == f"“{text}” cannot be read as a date: it names a fiscal year"
    assert finding["hint"] == _hint(text)


def test_a_fiscal_year_as_a_value_is_fc106_with_the_same_hint(factcheck, tmp_path) -> None:
    run = _verify(factcheck, tmp_path, ("fy", "date", "FY2007", "FY2007"))
    assert run.code == 1
    [finding] = run.findings("FC106")
    assert (finding["claim"], finding["line"], finding["column"]) == ("fy", 10, 12)
    assert finding["message"] == "`value` of claim `fy` 'FY2007' is a fiscal year"
    assert finding["hint"] == _hint("FY2007")


def test_other_unreadable_dates_keep_the_plain_hint(factcheck, tmp_path) -> None:
    run = _verify(factcheck, tmp_path, ("fy", "date", "2007", "back wages"))
    [finding] = run.findings("FC302")
    assert finding["message"] == "“back wages” cannot be read as a date"
    assert finding["hint"] == "Make `text` the words that state the value, with their qualifier."


def test_what_the_hint_says_to_write_verifies(factcheck, tmp_path) -> None:
    run = _verify(
        factcheck,
        tmp_path,
        ("period", "date", "2006-10/2007-09", "from October 2006 to September 2007"),
        ("fy", "text", "FY2007", "FY2007"),
    )
    assert run.code == 0, run.out
    assert {f["code"] for f in run.findings()} == {"FC425"}  # unverified, nothing else


def test_explain_fc302_tells_of_fiscal_years(factcheck) -> None:
    run = factcheck("explain", "FC302")
    assert run.code == 0
    assert 'A fiscal year ("FY2007", "fiscal 2009") is no date either' in " ".join(run.out.split())
