"""Compatible values, durations and times in checks, a wrong type failing one check (issue 14).

Each case writes a real-shaped article about the June 2 Istanbul talks and its claims file
into tmp_path and runs `factcheck verify` as CI would.
"""

from __future__ import annotations

from pathlib import Path

from conftest import Run

ARTICLE = """---
title: Russia and Ukraine hold second round of talks in Istanbul
published: 2025-06-02T20:15:00+03:00
---

Russian and Ukrainian delegations met at the Ciragan Palace in Istanbul on Monday for a
second round of direct peace talks. The meeting ran from 2:44 p.m. to 3:58 p.m. Istanbul
time and lasted about 1 hour and 15 minutes, Turkish officials said.

Ukraine's Defense Minister Rustem Umerov said the talks lasted over an hour. The two sides
agreed to exchange up to 1,200 prisoners, and at least 1,000 would be freed this week, he
said. Russia offered a 30-day ceasefire in some sections of the front.
"""

HEAD = """article: {path: article.md}
sources:
  ap: {publisher: Associated Press, date: "2025-06-02"}
subjects:
  talks: {kind: series, name: Istanbul talks}
  round-2: {kind: event, part_of: talks, ordinal: 2, name: second round}
  swap: {kind: event}
  truce: {kind: event}
claims:
"""


def claim(
    claim_id: str, subject: str, prop: str, kind: str, value: str, text: str, *extra: str
) -> str:
    more = "".join(f", {e}" for e in extra)
    return (
        f"  - {{id: {claim_id}, subject: {subject}, property: {prop}, type: {kind}, "
        f'value: {value}, text: "{text}", status: verified, sources: [ap]{more}}}\n'
    )


MEETING = claim("meeting", "round-2", "time", "time", '"14:44+03:00/15:58+03:00"',
                "from 2:44 p.m. to 3:58 p.m. Istanbul time")  # fmt: skip
LENGTH = claim("length", "round-2", "length", "duration", "PT1H15M",
               "about 1 hour and 15 minutes", "qualifier: about")  # fmt: skip
LENGTH_UMEROV = claim("length-umerov", "round-2", "length", "duration", "PT1H", "over an hour",
                      "qualifier: over")  # fmt: skip
UP_TO = claim("swap-most", "swap", "count", "number", "1200", "up to 1,200", "qualifier: up to")
AT_LEAST = claim("swap-least", "swap", "count", "number", "1000", "at least 1,000",
                 "qualifier: at least")  # fmt: skip
TRUCE = claim("truce-length", "truce", "length", "duration", "P30D", "30-day")


def verify(factcheck, tmp_path: Path, claims: str, checks: str = "", article: str = ARTICLE) -> Run:
    (tmp_path / "article.md").write_text(article)
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + claims + (f"checks:\n{checks}" if checks else ""))
    run = factcheck("verify", "--format", "json", path)
    assert "Traceback" not in run.out + run.err
    return run


def codes(run: Run) -> list[str]:
    return sorted(f["code"] for f in run.findings() if f["severity"] != "info")


# FC421: two values conflict only when no single true value satisfies both ------------------


def test_over_an_hour_and_about_an_hour_and_a_quarter_are_compatible(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, MEETING + LENGTH + LENGTH_UMEROV + UP_TO + AT_LEAST)
    assert run.code == 0, run.findings()
    assert codes(run) == []


def test_a_30_day_and_a_90_day_truce_conflict(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("some sections", "what it called a 90-day pause, in some sections")
    other = claim("truce-again", "truce", "length", "duration", "P90D", "90-day")
    run = verify(factcheck, tmp_path, TRUCE + other, article=article)
    assert run.code == 1
    [finding] = run.findings("FC421")
    assert finding["claim"] == "truce-again"
    assert "cannot be true together with `truce-length` P30D" in finding["message"]
    assert finding["line"] == HEAD.count("\n") + 2


def test_under_an_hour_and_over_an_hour_conflict(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("lasted over an hour", "lasted under an hour")
    under = claim("length-umerov", "round-2", "length", "duration", "PT1H", "under an hour",
                  "qualifier: under")  # fmt: skip
    run = verify(factcheck, tmp_path, LENGTH + under, article=article)
    assert [f["claim"] for f in run.findings("FC421")] == ["length-umerov"]


# kind: compatible (FC429) and equal (FC407) -----------------------------------------------


def test_compatible_check_passes_for_two_descriptions_of_one_meeting(factcheck, tmp_path) -> None:
    checks = "  - {id: lengths, kind: compatible, items: [length, length-umerov]}\n"
    run = verify(factcheck, tmp_path, LENGTH + LENGTH_UMEROV, checks)
    assert run.code == 0, run.findings()
    assert run.report["checks"][0]["result"] == "pass"


def test_compatible_check_passes_for_up_to_and_at_least(factcheck, tmp_path) -> None:
    checks = "  - {id: counts, kind: compatible, items: [swap-most, swap-least]}\n"
    run = verify(factcheck, tmp_path, UP_TO + AT_LEAST, checks)
    assert run.code == 0, run.findings()


def test_compatible_check_fails_when_no_value_satisfies_both(factcheck, tmp_path) -> None:
    # "about 1 hour and 15 minutes" is 67.5 to 82.5 minutes; "about 2 hours" 108 to 132.
    article = ARTICLE.replace("lasted over an hour", "lasted about 2 hours")
    two = claim("length-umerov", "round-2", "talk-time", "duration", "PT2H", "about 2 hours",
                "qualifier: about")  # fmt: skip
    checks = "  - {id: lengths, kind: compatible, items: [length, length-umerov]}\n"
    run = verify(factcheck, tmp_path, LENGTH + two, checks, article=article)
    assert run.code == 1
    [finding] = run.findings("FC429")
    assert finding["check"] == "lengths"
    assert "cannot both be true" in finding["message"]
    assert "`length-umerov` about PT2H" in finding["message"]
    assert run.report["checks"][0]["result"] == "fail"


def test_equal_still_requires_the_same_value(factcheck, tmp_path) -> None:
    checks = "  - {id: same, kind: equal, items: [swap-most, swap-least]}\n"
    run = verify(factcheck, tmp_path, UP_TO + AT_LEAST, checks)
    # Compatible, not equal: the precision given cannot decide it (information, not error).
    assert run.code == 0
    assert [f["code"] for f in run.findings()] == ["FC410"]


def test_equal_durations_that_cannot_be_the_same_fail(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("lasted over an hour", "lasted about 2 hours")
    two = claim("length-umerov", "round-2", "talk-time", "duration", "PT2H", "about 2 hours",
                "qualifier: about")  # fmt: skip
    checks = "  - {id: same, kind: equal, items: [length, length-umerov]}\n"
    run = verify(factcheck, tmp_path, LENGTH + two, checks, article=article)
    assert [f["code"] for f in run.findings()] == ["FC407"]


def test_equal_on_two_compatible_lengths_cannot_tell(factcheck, tmp_path) -> None:
    # "over an hour" and "about 1 hour and 15 minutes" may be one length; equal needs more.
    checks = "  - {id: same, kind: equal, items: [length, length-umerov]}\n"
    run = verify(factcheck, tmp_path, LENGTH + LENGTH_UMEROV, checks)
    assert run.code == 0
    [finding] = run.findings()
    assert finding["code"] == "FC410"
    assert "equals `length` about PT1H15M" in finding["message"]
