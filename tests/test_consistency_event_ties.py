"""FC428 generalised: a sentence naming an event and a weekday or date is checked against
the event's claimed date, with no claim of its own (issue 14).

Each case writes a real-shaped article and claims file into tmp_path and runs `factcheck
verify` as CI would.
"""

from __future__ import annotations

from pathlib import Path

from conftest import Run

ARTICLE = """---
title: Ukraine and Russia hold second round of talks in Istanbul
published: 2025-06-03T10:00:00+03:00
---

Russian and Ukrainian delegations met in Istanbul on June 2 for a second round of direct
talks, after a first meeting on May 16.

The second round lasted just over an hour on Monday, Turkish officials said.

The talks on Monday ended without a ceasefire, but both sides agreed a prisoner exchange.
"""

CLAIMS = """article: {path: article.md}
sources:
  ap: {publisher: Associated Press, date: "2025-06-02"}
subjects:
  talks: {kind: series, name: Istanbul talks}
  round-1: {kind: event, part_of: talks, ordinal: 1}
  round-2: {kind: event, part_of: talks, ordinal: 2, aliases: [the talks]}
claims:
  - {id: round-2-date, subject: round-2, property: date, type: date, value: 2025-06-02,
     text: June 2, status: verified, sources: [ap]}
  - {id: round-1-date, subject: round-1, property: date, type: date, value: 2025-05-16,
     text: May 16, status: verified, sources: [ap]}
"""


def verify(factcheck, tmp_path: Path, article: str = ARTICLE) -> Run:
    (tmp_path / "article.md").write_text(article)
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS)
    run = factcheck("verify", "--format", "json", path)
    assert "Traceback" not in run.out + run.err
    return run


def test_the_right_weekdays_beside_an_ordinal_and_an_alias_pass(factcheck, tmp_path) -> None:
    # Two rounds named in one sentence, each with its own date: no false alarm either.
    run = verify(factcheck, tmp_path)
    assert run.code == 0, run.findings()
    assert run.findings() == []


def test_a_changed_weekday_beside_the_ordinal_names_the_events_claim(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, ARTICLE.replace("hour on Monday", "hour on Tuesday"))
    assert run.code == 1
    [finding] = run.findings("FC428")
    assert finding["claim"] == "round-2-date"
    assert (finding["article_line"], finding["article_column"]) == (9, 46)
    assert "“Tuesday”" in finding["message"]
    assert "`round-2-date` 2025-06-02" in finding["message"]


def test_a_changed_weekday_beside_the_events_alias(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, ARTICLE.replace("talks on Monday", "talks on Sunday"))
    [finding] = run.findings("FC428")
    assert finding["claim"] == "round-2-date"
    assert finding["article_line"] == 11


def test_a_changed_date_beside_the_ordinal(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, ARTICLE.replace("hour on Monday", "hour on June 3"))
    [finding] = run.findings("FC428")
    assert finding["claim"] == "round-2-date"
    assert "“June 3”" in finding["message"]


def test_a_weekday_the_sentence_measures_from_is_not_the_events(factcheck, tmp_path) -> None:
    article = ARTICLE.replace(
        "The second round lasted just over an hour on Monday",
        "The second round came two days after drone strikes on Saturday",
    )
    run = verify(factcheck, tmp_path, article)
    assert run.findings("FC428") == []


def test_a_weekday_of_another_week_is_read_as_a_date(factcheck, tmp_path) -> None:
    # "last Tuesday" is a date (May 27 from a June 3 dateline), not round 2's weekday.
    article = ARTICLE.replace("hour on Monday", "hour on last Tuesday")
    run = verify(factcheck, tmp_path, article)
    [finding] = run.findings("FC428")
    assert "2025-05-27" in finding["message"]


def test_lengths_written_side_by_side_are_one_length(factcheck, tmp_path) -> None:
    article = ARTICLE.replace(
        "The second round lasted just over an hour on Monday",
        "The second round began at 2:44 p.m. and ended at 3:58 p.m. "
        "The talks lasted 1 hour 14 minutes",
    )
    claims = CLAIMS + (
        '  - {id: start, subject: round-2, property: start, type: time, value: "14:44",\n'
        '     text: "2:44 p.m.", status: verified, sources: [ap]}\n'
        '  - {id: end, subject: round-2, property: end, type: time, value: "15:58",\n'
        '     text: "3:58 p.m.", status: verified, sources: [ap]}\n'
    )
    (tmp_path / "article.md").write_text(article)
    (tmp_path / "claims.yaml").write_text(claims)
    run = factcheck("verify", "--format", "json", tmp_path / "claims.yaml")
    assert run.findings() == []
    (tmp_path / "article.md").write_text(article.replace("1 hour 14", "1 hour 44"))
    run = factcheck("verify", "--format", "json", tmp_path / "claims.yaml")
    [finding] = run.findings("FC428")  # 104 minutes, not the 74 from 2:44 to 3:58
    assert finding["claim"] == "start"
    assert "“1 hour” (a duration, PT1H) speaks of `round-2`" in finding["message"]


def test_a_date_measured_from_the_event_is_not_the_events(factcheck, tmp_path) -> None:
    # "on June 1, a day before the talks": June 1 dates the strikes, counted from the talks.
    article = ARTICLE.replace(
        "The talks on Monday ended",
        "Drones struck airfields on June 1, a day before the talks. The talks on Monday ended",
    )
    claims = CLAIMS.replace("claims:\n", "  strikes: {kind: event}\nclaims:\n") + (
        "  - {id: strike-date, subject: strikes, property: date, type: date,\n"
        "     value: {relative_to: round-2-date, offset: -P1D},\n"
        '     text: "a day before the talks", status: verified, sources: [ap]}\n'
    )
    (tmp_path / "article.md").write_text(article)
    (tmp_path / "claims.yaml").write_text(claims)
    run = factcheck("verify", "--format", "json", tmp_path / "claims.yaml")
    assert run.findings() == []
    (tmp_path / "article.md").write_text(article.replace("June 1, a day", "June 1, two days"))
    (tmp_path / "claims.yaml").write_text(claims.replace("a day before", "two days before"))
    run = factcheck("verify", "--format", "json", tmp_path / "claims.yaml")
    [finding] = run.findings()
    assert finding["code"] == "FC301"  # the words now say -P2D; the claim still -P1D


TIMES = (
    '  - {id: start, subject: round-2, property: start, type: time, value: "14:44",\n'
    '     text: "2:44 p.m.", status: verified, sources: [ap]}\n'
    '  - {id: end, subject: round-2, property: end, type: time, value: "15:58",\n'
    '     text: "3:58 p.m.", status: verified, sources: [ap]}\n'
)


def test_the_span_a_sentence_gives_the_event_must_be_its_times(factcheck, tmp_path) -> None:
    held = "The second round began at 2:44 p.m. and ended at 3:58 p.m. "
    article = ARTICLE.replace(
        "The talks on Monday ended", held + "The talks ran from 2:44 p.m. to 4:58 p.m. and ended"
    )
    (tmp_path / "article.md").write_text(article)
    (tmp_path / "claims.yaml").write_text(CLAIMS + TIMES)
    run = factcheck("verify", "--format", "json", tmp_path / "claims.yaml")
    [finding] = run.findings("FC428")
    assert "“4:58 p.m.” (a time) speaks of `round-2`" in finding["message"]
    planned = ARTICLE.replace(
        "The talks on Monday ended",
        held + "Officials moved the talks to 5 p.m. and then back. The talks ended",
    )
    (tmp_path / "article.md").write_text(planned)
    run = factcheck("verify", "--format", "json", tmp_path / "claims.yaml")
    assert run.findings() == []
