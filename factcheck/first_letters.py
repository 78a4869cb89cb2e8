r"""Word alternatives written to start with the class of their first letters.

A pattern such as ``\b(?:will|would|next)\b`` starts with ``\b``, so ``finditer`` and
``search`` try it at every character of the text; one that starts with a class of characters
lets the engine skip in C to the characters of that class (CPython's `re` does this for a
leading class, never for a leading ``\b``, look-around or case-insensitive letters). So
``from_first_letters`` writes ``\b(?:alt|alt...)`` as ``[first letters](?<=\b.)(?:...)``:
the class, then the ``\b`` before the letter just read, then each alternative's rest after a
look-behind for its own first letter. Same matches, same spans, a third to a tenth of the
time on news text.

Case-insensitive alternatives keep their case folding exactly: the class lists every
character `re` folds to each first letter (the dotless and dotted i, the long s, the Kelvin
sign, besides the two ASCII cases), and the rest of each alternative is matched under
``(?i:...)``. tests/test_first_letters.py checks the fold table against `re` over all of
Unicode and the patterns against the plain ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters other than the two ASCII cases that `re.IGNORECASE` matches to an ASCII letter.
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _cases(first: str) -> str:
    """``first`` and every character `re.IGNORECASE` takes for it."""
    lower = first.lower()
    return "".join(dict.fromkeys(lower + lower.upper() + FOLDS.get(lower, "")))


def from_first_letters(alternatives: Iterable[str], *, ignore_case: bool = False) -> str:
    r"""The regex text ``\b(?:a|b|...)`` for ``alternatives`` (regex texts, each starting
    with a literal character: a letter or an apostrophe), as a pattern that starts with the
    class of their first characters. With ``ignore_case``, the alternatives match as under
    `re.IGNORECASE` (the rest of the pattern it is put in is not affected)."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0].lower() if ignore_case else alternative[0]
        by_first.setdefault(first, []).append(alternative[1:])
    classes = {first: _cases(first) if ignore_case else first for first in by_first}
    rest = "(?i:" if ignore_case else "(?:"
    branches = "|".join(
        f"(?<=[{re.escape(classes[first])}]){rest}{'|'.join(rests)})"
        for first, rests in by_first.items()
    )
    return rf"[{re.escape(''.join(classes.values()))}](?<=\b.)(?:{branches})"
