"""A title held on the date it is used ("Defense Minister Rustem Umerov said on June 26")."""

from __future__ import annotations

import datetime as dt

from factcheck.article.normalize import normalize_phrase
from factcheck.consistency.facts import Facts
from factcheck.consistency.truth import Truth
from factcheck.consistency.verdict import Verdict, holds, missing
from factcheck.model.checks import ValidityCheck
from factcheck.values import DateValue


def _key(title: str) -> str:
    return normalize_phrase(title).casefold()


def validity(check: ValidityCheck, facts: Facts) -> list[Verdict]:
    title_fact = facts.get(check.title)
    when = facts.date(check.date)
    if title_fact is None or title_fact.claim is None or not isinstance(title_fact.value, str):
        return [missing("FC409", check.title, "title")]
    if when is None:
        return [missing("FC409", check.date, "date")]
    date, date_fact = when
    person_id = title_fact.claim.subject
    person = facts.subjects.get(person_id)
    involved = (title_fact, date_fact)
    title = title_fact.value
    if person is None or not person.titles:
        return [
            Verdict(
                Truth.UNKNOWN,
                "FC409",
                f"`{person_id}` has no `titles:` record, so {title_fact.label()} on "
                f"{date_fact.label()} cannot be checked: add the titles held with their dates",
                involved,
            )
        ]
    records = [t for t in person.titles if _key(title) in {_key(n) for n in (t.title, *t.aliases)}]
    if not records:
        known = ", ".join(t.title for t in person.titles)
        return [
            Verdict(
                Truth.FALSE,
                "FC409",
                f"{title_fact.label()}: `{person_id}`'s recorded titles ({known}) do not "
                "include it",
                involved,
            )
        ]
    answers = []
    for record in records:
        # No `since`: the start is unknown, so only a date after `until` can be told.
        since = DateValue.from_edtf(record.since) if record.since else None
        until = DateValue.from_edtf(record.until).end if record.until else dt.date.max
        answers.append(
            Truth.of(
                since is not None and since.end <= date.start and date.end <= until,
                (since is not None and date.end < since.start) or date.start > until,
            )
        )
    if Truth.TRUE in answers:
        return [holds("FC409", involved)]
    spans = "; ".join(_span(r.since, r.until) for r in records)
    if all(a is Truth.FALSE for a in answers):
        message = (
            f"{title_fact.label()} is used on {date_fact.label()}, but `{person_id}` held it "
            f"{spans}"
        )
        return [Verdict(Truth.FALSE, "FC409", message, involved)]
    message = f"cannot tell whether `{person_id}` was {title} on {date_fact.label()}: held {spans}"
    return [Verdict(Truth.UNKNOWN, "FC409", message, involved)]


def _span(since: str | None, until: str | None) -> str:
    """When a title was held, as the message says it ("2023-09-06 to now")."""
    if since:
        return f"{since} to {until or 'now'}"
    return (
        f"until {until} (from a date not recorded: add `since`)"
        if until
        else ("from a date not recorded (add `since`)")
    )
