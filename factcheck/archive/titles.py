"""Titles held over time, declared once in the register and checked in every article.

A register subject's `titles:` (Defense Minister, since 2023-09-06, until 2025-07-17) say
when each title was held. Every role claim about that subject, in any file, is checked
against them on its article's dateline: an article dated after the tenure ended that calls
him Defense Minister is FC605, without a `validity` check in each file.
"""

from __future__ import annotations

import datetime as dt

from factcheck.archive.facts import ArchiveFact
from factcheck.article.normalize import normalize_phrase
from factcheck.model.claims import TitleHeld
from factcheck.values import DateValue


def title_problem(fact: ArchiveFact, titles: tuple[TitleHeld, ...]) -> str | None:
    """Why `fact` (a role claim) misstates its subject's title on its dateline, or None.

    None also when it cannot be told: no dateline, or a tenure whose dates are too coarse
    to say (a title held "since 2023" used in an article of 2023).
    """
    if not fact.origin.dateline or not isinstance(fact.value, str):
        return None
    used = _key(fact.value)
    records = [t for t in titles if used in {_key(n) for n in (t.title, *t.aliases)}]
    if not records:
        known = ", ".join(t.title for t in titles)
        return f"`{fact.subject}`'s titles in the register ({known}) do not include {fact.value!r}"
    day = dt.date.fromisoformat(fact.origin.dateline)
    for record in records:
        since = DateValue.from_edtf(record.since)
        until = DateValue.from_edtf(record.until) if record.until else None
        if since.start <= day and (until is None or day <= until.end):
            return None  # held then (or possibly, at the tenure's precision)
    spans = "; ".join(f"{r.since} to {r.until or 'now'}" for r in records)
    return (
        f"the article is dated {fact.origin.dateline}, but the register says `{fact.subject}` "
        f"was {records[0].title} {spans}"
    )


def _key(title: str) -> str:
    return normalize_phrase(title).casefold()
