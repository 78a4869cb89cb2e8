"""Tell a weight in pounds from money in pounds: "weighed 300 pounds", "a 100-pound bag",
"carries a heavy pack, up to 100 pounds" are `lb`; "paid 5,000 pounds", "£5,000", "5,000
pounds sterling" are `GBP` (tests/gold/README.md, "One rule for every corpus": `lb` where it
weighs, `GBP` where it pays).

The value reader reads "pounds" after a figure as the currency, as a claim's words alone
cannot say which it is; the finder sees the words around it. A drafted claim then says
`unit: lb`, and verify, told the unit, reads "100 pounds" as 100 in it
(``factcheck.model.units.without_unit``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.mentions._spans import Candidate
from factcheck.mentions._text import word_set
from factcheck.values import NumberValue

# Words that say a figure in pounds is a weight, or money, when they stand before it in its
# clause; the nearer one decides ("paid 30 pounds for a 20-pound bag" has its own noun).
_WEIGHT_CUES = word_set(
    "weigh weighs weighed weighing weight weights heavy heavier heaviest load loads loaded "
    "pack packs backpack payload lift lifts lifted lifting carry carries carried carrying "
    "haul hauled hauling"
)
_MONEY_CUES = word_set(
    "paid pay pays paying cost costs costing price priced prices worth fine fined fee fees "
    "salary wage wages earn earns earned earning spend spends spent spending budget bought "
    "buy buys sold sell sells raised raise donated donate loan loans bid offer offered fund "
    "funding invest invested investment deal contract bill bonus prize charge charged "
    "compensation damages award awarded owed owes debt sterling"
)
# What "pounds of" and "N-pound" go on to when they are money: "5 million pounds of
# funding", "a 20-pound note".
_MONEY_NOUNS = word_set(
    "funding investment investments money debt debts aid cash revenue revenues spending "
    "savings damages assets taxpayers public note notes coin coins fine fines fee fees "
    "ticket tickets bill voucher vouchers bet bets prize bonus charge levy tax deal loan "
    "grant payment payments salary wage budget contract reward"
)
_WORD = re.compile(r"[A-Za-z]+")
# Where a clause before the figure starts: a sentence's end, a semicolon, a line break.
_CLAUSE_START = re.compile(r"[.!?;:]\s|\n")
# How far back the cue words are looked for.
_REACH = 80
# "a 100-pound bag": the figure, "-pound" and the noun it describes.
_HYPHENATED = re.compile(
    r"(?<![\w.,-])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?-pound(?= ([a-z]+))"
)


def _cue_before(text: str, start: int) -> str | None:
    """ "weight" or "money": the nearer cue in the clause before ``start``, or None."""
    window = text[max(0, start - _REACH) : start]
    clause = list(_CLAUSE_START.finditer(window))
    if clause:
        window = window[clause[-1].end() :]
    for word in reversed(_WORD.findall(window)):
        lowered = word.lower()
        if lowered in _MONEY_CUES:
            return "money"
        if lowered in _WEIGHT_CUES:
            return "weight"
    return None


def _said_after(text: str, end: int) -> str | None:
    """ "weight" or "money" as the words right after "pounds" say ("pounds of cocaine",
    "pounds sterling", "pounds of funding"), or None."""
    after = _WORD.findall(text[end : end + 40])[:2]
    if not after:
        return None
    if after[0].lower() == "sterling":
        return "money"
    if after[0].lower() == "of" and len(after) > 1:
        return "money" if after[1].lower() in _MONEY_NOUNS else "weight"
    return None


def in_pounds_weight(text: str, start: int, end: int, value: object) -> object:
    """``value`` with the unit `lb` where the figure at ``start``-``end`` is "N pounds" of
    weight; any other value as it is."""
    if not isinstance(value, NumberValue) or value.unit != "GBP":
        return value
    phrase = text[start:end]
    if not phrase.lower().endswith(("pounds", "pound")) or "£" in phrase or "GBP" in phrase:
        return value
    said = _said_after(text, end) or _cue_before(text, start)
    return replace(value, unit="lb") if said == "weight" else value


def hyphenated_weights(text: str) -> list[Candidate]:
    """ "100-pound" before a noun that is no money ("a 100-pound bag", not "a 20-pound
    note"): the figure and its unit, as "11,000-ton" is."""
    if "-pound " not in text:
        return []
    return [
        Candidate(match.start(), match.end(), match.group())
        for match in _HYPHENATED.finditer(text)
        if match.group(1) not in _MONEY_NOUNS and _cue_before(text, match.start()) != "money"
    ]


def weight_unit(text: str, candidate: Candidate, value: object) -> object:
    """The value of a "100-pound" candidate in `lb`; any other as it is."""
    if (
        isinstance(value, NumberValue)
        and value.unit is None
        and candidate.phrase.endswith("-pound")
    ):
        return replace(value, unit="lb")
    return in_pounds_weight(text, candidate.start, candidate.end, value)
