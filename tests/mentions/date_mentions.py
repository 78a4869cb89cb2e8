"""What the finder reads as dates in a sentence: the phrase tests' one view of its output."""

from __future__ import annotations

import datetime

from factcheck.mentions import find_mentions


def found_dates(sentence: str, anchor: datetime.date) -> list[tuple[str, str]]:
    """(the words, the EDTF value) of each date mention of `sentence` read at `anchor`."""
    return [
        (mention.text, mention.value.edtf())  # type: ignore[attr-defined]
        for mention in find_mentions(sentence, anchor)
        if mention.kind == "date"
    ]
