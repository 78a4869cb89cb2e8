"""How tokens stand to each other, for the people finder: glued by one space, the token at an
offset, the verbs of speech that may close a name or a title.
"""

from __future__ import annotations

import bisect
import operator

from factcheck.mentions._text import Doc, Token, word_set

_TOKEN_START = operator.attrgetter("start")  # "then-President", "ex-minister"
SPEECH = word_set(
    "said says told added wrote stated noted argued warned insisted claimed declared "
    "explained announced urged replied responded"
)


def glued(doc: Doc, left: Token, right: Token) -> bool:
    """Whether two tokens are separated by exactly one space."""
    return doc.text[left.end : right.start] == " "


def token_after(doc: Doc, offset: int) -> int:
    """The index of the first token that starts at or after character ``offset``."""
    return bisect.bisect_left(doc.tokens, offset, key=_TOKEN_START)
