"""What the finder reads as numbers in a sentence: the number tests' one view of its output."""

from __future__ import annotations

import datetime

from factcheck.mentions import find_mentions


def found_numbers(sentence: str, anchor: datetime.date) -> list[tuple[str, object]]:
    """(the words, the NumberValue) of each number mention of `sentence` read at `anchor`."""
    return [
        (mention.text, mention.value)
        for mention in find_mentions(sentence, anchor)
        if mention.kind == "number"
    ]
