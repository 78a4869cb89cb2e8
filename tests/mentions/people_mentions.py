"""What the finder gives a sentence, as the people and quote-speaker tests compare it.

Shared by the rounds of titled-people tests so each states only its sentences and expectations.
"""

from __future__ import annotations

import datetime

from factcheck.mentions import find_mentions

# A fixed day the sentences are read on: none of these tests is about dates.
ANCHOR = datetime.date(2025, 6, 27)


def people(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, person) of every role and person the finder gives ``text``, in order."""
    return [
        (m.kind, m.text, m.person)
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("role", "person")
    ]


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of every quote the finder gives ``text``, in order."""
    return [(m.text, m.speaker) for m in find_mentions(text, ANCHOR) if m.kind == "quote"]


def titled(role: str, name: str) -> list[tuple[str, str, str | None]]:
    """A role naming its person, then the person: how a titled name is found."""
    return [("role", role, name), ("person", name, None)]
