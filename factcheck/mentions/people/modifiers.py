"""A title's modifiers before its head ("former Ukrainian Defense Minister"), and a post's
title before a rank ("Police Chief Brig. Gen.").
"""

from __future__ import annotations

from factcheck.mentions._text import FUNCTION_WORDS, HEADLINE_VERBS, MONTH_NAMES, WEEKDAY_NAMES, Doc
from factcheck.mentions.model import Mention
from factcheck.mentions.people.names import COURTESIES
from factcheck.mentions.people.remits import JOINED_PORTFOLIOS
from factcheck.mentions.people.titles import (
    LOWER_MODIFIERS,
    MAX_HEAD,
    RANKS,
    STANDALONE,
    head_at,
    head_at_word,
)
from factcheck.mentions.people.tokens import glued

# Modifiers a title may have before its head: news copy has at most three ("former
# Ukrainian Defense Minister"); unbounded, a run of 100,000 "President"s walked back over
# all the earlier ones from each of them.
_MAX_MODIFIERS = 8


def chain_start(doc: Doc, head: int, formal: bool, floor: int = 0) -> int | None:
    """First token of the title's modifiers ("Turkish" in "Turkish President"), or None.

    The modifiers never reach back past token ``floor`` (the end of the last name found),
    nor more than ``_MAX_MODIFIERS`` tokens.
    """
    tokens = doc.tokens
    start = head
    lower_run = 0
    while start > 0 and head - start < _MAX_MODIFIERS:
        token = tokens[start - 1]
        if token.text == ")" and glued(doc, token, tokens[start]):
            acronym = _acronym_expanded(doc, start - 1, floor)
            if acronym is None:
                break
            start = acronym  # "the UNAIDS (Joint United Nations Programme …) Executive Director"
            lower_run = 0
            continue
        if _numbered_body(doc, start - 1, floor):
            start -= 1  # "Expedition 36 Flight Engineers": a number that names the body
            continue
        if not glued(doc, token, tokens[start]) or token.kind not in ("word", "abbr"):
            break
        if tokens[start].text in RANKS and token.text not in RANKS and head_at_word(token.text):
            break  # "Police Chief Brig. Gen. Royke Lumowa": two titles (title_before_rank)
        if (
            token.text == "and"
            and start < head
            and start - 2 >= floor
            and tokens[start].capitalized
            and tokens[start - 2].capitalized
            and tokens[start - 2].bare.lower() in JOINED_PORTFOLIOS
        ):
            start -= 1  # "Environment and Urbanization Minister": two portfolios, one title
            continue
        if (
            token.text == "of"
            and tokens[start].capitalized
            and start - 2 >= floor
            and tokens[start - 2].capitalized
            and tokens[start - 2].text.lower() not in FUNCTION_WORDS
        ):
            start -= 1  # "Bank of England Governor": a body's name as the modifier
            continue
        word = token.bare.lower()
        if start - 1 < floor:
            break
        if token.text in COURTESIES:
            break  # "Her Majesty Queen Elizabeth II": the courtesy is no modifier
        if token.text[0].isupper():
            acronym = len(token.text) > 1 and token.text.isupper()  # "the WHO director-general"
            inner = (  # "Abegweit First Nation Chief": "First" inside a body's name
                token.text == "First"
                and start - 2 >= floor
                and tokens[start - 2].capitalized
                and glued(doc, tokens[start - 2], token)
            )
            if (
                not acronym
                and not inner
                and (
                    word in FUNCTION_WORDS
                    or word in MONTH_NAMES
                    or word in WEEKDAY_NAMES
                    or word in HEADLINE_VERBS
                )
            ):
                break
            lower_run = 0
        elif word in LOWER_MODIFIERS or token.text.startswith("then-") or token.text.endswith("'s"):
            lower_run = 0
        elif lower_run < 2 and not formal and word not in FUNCTION_WORDS:
            lower_run += 1
        else:
            break
        start -= 1
    while (
        start < head
        and tokens[start].text.islower()
        and tokens[start].text not in LOWER_MODIFIERS
        and not tokens[start].text.endswith("'s")
    ):
        start += 1
    if start == head and not formal:
        head_word = tokens[head].text.lower()
        if head_word not in STANDALONE:
            return None
    return start


def title_before_rank(doc: Doc, rank: int, floor: int, person: str) -> list[Mention]:
    """The post's title before a rank at token ``rank`` ("West Papua Regional Police Chief"
    before "Brig. Gen."), or a lower-case one with its modifiers ("acting military leader"
    before "General Sekouba Konate"), as a role of ``person``; [] if no title ends there."""
    tokens = doc.tokens
    if rank == 0 or tokens[rank].text not in RANKS:
        return []
    before = tokens[rank - 1].text
    lower = before.islower() and glued(doc, tokens[rank - 1], tokens[rank])
    if before in RANKS or not (head_at_word(before) or lower):
        return []
    for first in range(max(floor, rank - MAX_HEAD), rank):
        head = head_at(doc, first)
        if head is None or head[0] != rank:
            continue
        start = chain_start(doc, first, head[1], floor)
        if start is None:
            return []
        role = doc.text[tokens[start].start : tokens[rank - 1].end]
        return [
            Mention("role", tokens[start].start, tokens[rank - 1].end, role, role, person=person)
        ]
    return []


def _numbered_body(doc: Doc, index: int, floor: int) -> bool:
    """Whether token ``index`` is a number inside a body's name before a title: between a
    capitalized name word and a capitalized modifier ("Expedition 36 Flight Engineers",
    "Apollo 11 Commander"), all one space apart. Not after a month or a weekday ("June 2
    President …")."""
    tokens = doc.tokens
    if index - 1 < floor or index + 1 >= len(tokens) or tokens[index].kind != "num":
        return False
    before, number, after = tokens[index - 1], tokens[index], tokens[index + 1]
    word = before.text.lower()
    return (
        before.kind == "word"
        and before.capitalized
        and after.capitalized
        and word not in FUNCTION_WORDS
        and word not in MONTH_NAMES
        and word not in WEEKDAY_NAMES
        and word not in HEADLINE_VERBS
        and glued(doc, before, number)
        and glued(doc, number, after)
    )


def _acronym_expanded(doc: Doc, close: int, floor: int) -> int | None:
    """The index of the acronym before the parenthesis that token ``close`` ends, where an
    acronym is spelled out before a title ("UNAIDS (Joint United Nations Programme against
    HIV/AIDS) Executive Director"); None if the parenthesis is anything else."""
    tokens = doc.tokens
    opening = close - 1
    while opening > floor and close - opening < 12 and tokens[opening].text != "(":
        if tokens[opening].text in (")", '"', ",", ".", ";", ":"):
            return None
        opening -= 1
    acronym = opening - 1
    if acronym < floor or tokens[opening].text != "(":
        return None
    word = tokens[acronym].text
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    return acronym if glued(doc, tokens[acronym], tokens[opening]) else None
