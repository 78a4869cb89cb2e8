"""Word lists the number, duration and ordinal finders share, built from the values package,
and the hedge before a figure."""

from __future__ import annotations

import re

from factcheck.lazy_pattern import LazyPattern
from factcheck.mentions._text import phrases, word_set
from factcheck.values import normalize_qualifier

_UNITS = word_set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = word_set("twenty thirty forty fifty sixty seventy eighty ninety")
_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
NUMBER_WORDS = _UNITS | _TENS | frozenset(_SCALES)


def trie(words: list[str] | frozenset[str], *, capitalizable: bool = False) -> str:
    """A regex alternation of ``words`` as a trie ("t(?:en|wo|h(?:ree|irty))"), optionally
    matching each word capitalized too ("[Tt]wo").

    The regex engine tries the branches of a flat alternation one after the other at every
    position; a trie tests each character once. Spelled-out capitals keep the first-character
    scan that (?i:...) would turn off. Longer words win over their prefixes ("fourteen" over
    "four") because every branch is followed by the rest of the pattern.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict, top: bool) -> str:
        branches = []
        for char in sorted(node, key=lambda c: (c == "", c)):
            if char == "":
                continue
            head = f"[{char.upper()}{char}]" if top and capitalizable else re.escape(char)
            branches.append(head + build(node[char], False))
        if "" in node:
            return f"(?:{'|'.join(branches)})?" if branches else ""
        if len(branches) == 1:
            return branches[0]
        return f"(?:{'|'.join(branches)})"

    return build(tree, True)


_WORD = f"(?:{trie(NUMBER_WORDS)})"
_SCALE_WORD = "(?:hundred|thousand|million|billion|trillion|dozen)"
# "twenty-five", "two hundred and fifty", "three-and-a-half", "a dozen", "half a million".
# A spelled-out count and "a hundred" share the words that may follow ("-five", " and
# fifty"), written once: (?:A|B)T tries AT, then BT, as AT|BT does, and the pattern
# compiles a third of a millisecond faster in each of the two patterns that hold it. Only a
# spelled-out count takes "-and-a-half": (?(spelled)...) applies where its group matched.
WORD_NUMBER = (
    rf"(?:(?:(?P<spelled>{trie(NUMBER_WORDS, capitalizable=True)})|[Aa]n? {_SCALE_WORD}\b)"
    rf"(?:(?:-| |-and-| and ){_WORD})*\b(?(spelled)(?:(?:-and-a-half| and a half)\b)?)"
    r"|[Hh]alf an? (?:million|billion)\b"
    # "half a dozen", "a half-dozen", "the half dozen": six
    r"|(?:[Aa] )?[Hh]alf(?:-| | a )dozen\b)"
)
# A count in one word or digits, for the far end of a range ("two to three days").
SIMPLE_COUNT = rf"(?:[0-9]+(?:\.[0-9]+)?|{trie(_UNITS | _TENS)})"
_QUALIFIER_PHRASES = phrases(
    "over|more than|above|in excess of|upwards of|upward of|just over|well over|under|"
    "fewer than|less than|below|well under|up to|at most|no more than|as many as|as much as|"
    "a maximum of|at least|no fewer than|no less than|a minimum of|nearly|almost|close to|"
    "just under|just shy of|about|around|approximately|roughly|some|an estimated|estimated|"
    "a little over|a little more than|slightly more than|slightly over|a little under|"
    "a little less than|slightly less than|slightly under|surpass|surpasses|surpassed|"
    "surpassing|exceed|exceeds|exceeded|exceeding|topped|topping|"
    # a ceiling by its height or a negated "exceed": "as high as 800 percent", "not exceeding
    # 750", "a fine not to exceed $5,000", "not more than 20"
    "as high as|not exceeding|not to exceed|not more than"
)
# Only the hedges the values package knows, longest first ("just over" before "over").
_HEDGES = [phrase for phrase in _QUALIFIER_PHRASES if normalize_qualifier(phrase) is not None]
QUALIFIER = "(?i:{})".format(
    "|".join(
        re.escape(phrase).replace(r"\ ", " ") for phrase in sorted(_HEDGES, key=len, reverse=True)
    )
)
# The hedge and "between" or "from" before a figure or a length, read backwards from where
# the figure starts: a pattern that starts with optional words makes the regex engine try
# every position of the text, several times slower.
_LEAD = re.compile(
    rf"(?:(?<!\w)(?P<qual>{QUALIFIER}) )?(?:(?<!\w)(?P<opener>[Bb]etween|[Ff]rom) )?$"
)
# The last word of every hedge and opener, in lower case: a lead ends with one and a space.
_LEAD_ENDS = tuple(sorted({phrase.split()[-1] for phrase in _HEDGES} | {"between", "from"}))
_LONGEST_END = max(map(len, _LEAD_ENDS))


ORDINAL_WORDS = word_set(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth "
    "hundredth thousandth"
)


# Hedges that are verbs ("could surpass 1,000"): after a negation ("did not exceed $5
# million") they bound the figure from above, if at all, so the figure keeps no hedge.
VERB_HEDGES = word_set(
    "surpass surpasses surpassed surpassing exceed exceeds exceeded exceeding topped topping"
)
_NEGATION = LazyPattern(r"(?:\b(?:not|never|no longer)|n't)\s$", re.IGNORECASE)


def negated_verb_hedge(text: str, qualifier: str, start: int) -> bool:
    """Whether the hedge ``qualifier`` at ``start`` is a verb a negation stands before."""
    return qualifier.lower() in VERB_HEDGES and bool(
        _NEGATION.search(text, max(0, start - 12), start)
    )


def lead(text: str, start: int) -> re.Match[str] | None:
    """What ``_LEAD.search`` finds in the 30 characters before ``start``, or None where it can
    find neither a hedge nor an opener (only its empty match, which tells nothing).

    A hedge or an opener ends in one of _LEAD_ENDS and a space just before ``start`` (or
    before a line break there, where "$" also matches). Nine figures in ten follow other words
    ("on 27", "the 30"), and the search, which tries every hedge at each of the 30 places, is
    left out for them. Where the word before the space is not ASCII, case-insensitive
    matching pairs letters that str.lower does not ("ſ" and "s"), so the search is made."""
    before = text[start - 1 : start] if start else ""
    if before == " ":
        word = text[max(0, start - 1 - _LONGEST_END) : start - 1]
        if word.isascii() and not word.lower().endswith(_LEAD_ENDS):
            return None
    elif before != "\n":
        return None
    return _LEAD.search(text, max(0, start - 30), start)
