"""Find frequencies: "every day", "each Thursday", "every six months", "held annually".

A frequency says how often something happens (TimeML's SET expressions); its value is a
`FrequencyValue` read by `factcheck.values.parse_frequency`, which reads the same words, so a
drafted claim (`type: frequency`, `value: R/P1D`) verifies. Two forms are found, each as
precisely as TimeBank and AQUAINT annotate them (TBAQ, TempEval-3's development data):

- "every" or "each" with a unit, a counted unit, a weekday or a month: "every day", "each
  year", "every other week", "every six months", "each Thursday", "each July" (all nine on
  TBAQ are annotated SET). "every few days" names no number and is left, and "every hour of
  delay" counts hours, it says nothing of how often.
- A weekday in the plural, or with a part of the day in the plural: "open on Saturdays",
  "flights on Tuesday nights" (TBAQ's one instance is SET).
- An adverb of frequency where it modifies a verb: "rallies are held almost daily", "gather daily
  outside the home", "commemorations held here annually", "pounding cities nightly". Not where it is
  an adjective ("daily flights", "the weekly radio address": TBAQ marks about half of those,
  "average daily volume" never), a count per period ("twice yearly", "twice-yearly", "three times
  weekly": no period between occurrences says it), a newspaper ("the Communist Party daily Granma",
  "the Daily Mail", "China Daily": "Daily" capitalized is never read), or a rate after an amount
  ("$17.9 million annually", "rise 8.5% annually", "10,000 units annually": how much per year, not
  how often; TBAQ marks one in four). "on a daily basis" is found as its adjective, "daily",
  TimeML's span ("on an annual basis" as "annual basis": "annual" alone is an adjective).
  "quarterly" is left: in financial copy ("adjusted quarterly") TBAQ never marks it.

An adjective of frequency right after an article or a possessive ("a daily public rally",
"his weekly radio address", "the daily tally of inspections") is found only when asked
(``find_mentions(..., uncheckable=True)``), as the kind ``frequency_adjective``: TimeML marks
it (TBAQ: all 5 of its instances), but this project's gold corpora count an adjective as no
frequency (tests/gold/README.md, "the daily updates" in tests/gold-dev-real), so coverage and
``extract`` do not see it. "a daily" before a capital ("the daily Granma") is a newspaper,
and "annual" and "quarterly" are left (TBAQ marks none of "its quarterly dividend", "the
annual meeting").

Rates written "a year" or "a day" ("$5 a year", "700 drones a day") are not frequencies
either: TBAQ marks 4 of 11, and the gold corpora of this project count them as no mention.
"""

from __future__ import annotations

import re

from factcheck.lazy_pattern import lazy
from factcheck.mentions._lexicon import NUMBER_WORDS, trie
from factcheck.mentions._scan import anchored, occurrences
from factcheck.mentions._spans import Taken
from factcheck.mentions.model import Mention
from factcheck.values.frequency import MONTHS, WEEKDAYS, parse_frequency

FREQUENCY_KIND = "frequency"
FREQUENCY_ADJECTIVE_KIND = "frequency_adjective"

_UNIT = r"(?:minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_COUNT = rf"(?:[0-9]+|{trie(NUMBER_WORDS)})"
_EVERY = lazy(
    rf"\b(?:[Ee]very|[Ee]ach) (?:other (?:{_UNIT}|{'|'.join(WEEKDAYS)})"
    rf"|(?:{_COUNT} )?{_UNIT}|{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b(?![-']| of\b)"
)
_EVERY_WORDS = ("every ", "Every ", "each ", "Each ")  # where each _EVERY match starts
_WEEKDAYS_PLURAL = lazy(
    rf"\b(?:{'|'.join(WEEKDAYS)})(?:s| (?:mornings|afternoons|evenings|nights))\b(?![-'])"
)
# Not glued to a word before it: "twice-yearly", "bi-weekly" say more than once per period.
_ADVERB = lazy(
    r"(?<!-)\b(?:daily|nightly|hourly|weekly|fortnightly|monthly|annually|yearly)\b(?!-)"
)
# What every match of _WEEKDAYS_PLURAL and of _ADVERB holds ("fortnightly" holds "nightly"):
# most articles hold none, and a search of the text for each costs a few microseconds, a
# try of the pattern at every word a hundred.
_WEEKDAY_PLURAL_FORMS = tuple(f"{day}s" for day in WEEKDAYS)
_WEEKDAY_PLURAL_FORMS += ("day mornings", "day afternoons", "day evenings", "day nights")
_ADVERB_WORDS = ("daily", "nightly", "hourly", "weekly", "monthly", "annually", "yearly")
_BASIS = lazy(r"\b[Oo]n an? (?P<word>daily|weekly|monthly|yearly|annual) basis\b")
# Words after which a frequency word is a noun or an adjective: "the daily", "its weekly".
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "your", "my",
                          "this", "that", "these", "those", "each", "every"))  # fmt: skip
_LEADS = sorted(_DETERMINERS - {"each", "every"})
# "a daily public rally", "his weekly radio address": an article or a possessive, the word,
# then a word in lower case (not "the daily Granma", a newspaper).
_ADJECTIVE = lazy(
    r"(?<![\w-])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _LEADS) + r") "
    r"(?P<word>daily|nightly|hourly|weekly|fortnightly|monthly|yearly) (?=[a-z])"
)
# Words that may follow an adverb of frequency: a preposition, a conjunction, an adverb.
_AFTER_ADVERB = frozenset((
    "for", "from", "in", "on", "at", "to", "since", "until", "till", "through", "throughout",
    "outside", "inside", "and", "or", "but", "with", "by", "during", "between", "across", "over",
    "under", "here", "there", "as", "while", "when", "because", "before", "after", "around",
    "near", "into", "via", "except", "including", "instead", "again", "now",
))  # fmt: skip
# A count of times before the adverb makes it so many times per period ("twice yearly",
# "three times weekly"); a `FrequencyValue` holds the period between occurrences, not a
# count per period (ISO 8601's "R2/P1Y" is two repetitions, not two a year), so these are
# left unfound, as "twice a year" is.
_COUNTS_PER_PERIOD = frozenset(("twice", "thrice", "times"))
# An amount just before the adverb makes it a rate: "$17.9 million annually".
_AMOUNT = re.compile(rf"[0-9%$]|\b(?:{trie(NUMBER_WORDS)}|percent|per cent)\b(?!-)", re.IGNORECASE)


def _adverb_of_frequency(text: str, start: int, end: int) -> bool:
    """Whether the frequency word at [start, end) modifies a verb: not a noun or an adjective
    (judged by the word before and after it), and not a rate after an amount."""
    before = text[max(0, start - 40) : start].split()
    if before and before[-1].lower() in _DETERMINERS:
        return False
    if any(_AMOUNT.search(word) for word in before[-3:]):
        return False
    if before and before[-1].lower() in _COUNTS_PER_PERIOD:
        return False  # "meets twice yearly": twice a year, which no `R/` period holds
    after = text[end : end + 24]
    if not after or not after[0].isspace():
        return not after or after[0] in ".,;:!?)\"'"
    following = after.split()
    if not following:
        return True
    word = following[0].rstrip(".,;:!?)\"'")
    return word in _AFTER_ADVERB


def find_frequencies(text: str, blocked: Taken) -> list[Mention]:
    """Every frequency in normalized ``text`` that overlaps no ``blocked`` span (times)."""
    found: list[tuple[int, int]] = []
    # Tried only where "every " or "each " stands: the pattern starts at a word boundary,
    # which finditer tries at every character of the text.
    starts = occurrences(text, _EVERY_WORDS)
    if starts:
        found += [match.span() for match in anchored(_EVERY(), text, starts)]
    if any(form in text for form in _WEEKDAY_PLURAL_FORMS):
        found += [match.span() for match in _WEEKDAYS_PLURAL().finditer(text)]
    if any(word in text for word in _ADVERB_WORDS):
        for match in _ADVERB().finditer(text):
            if _adverb_of_frequency(text, *match.span()):
                found.append(match.span())
    if " basis" in text:
        for match in _BASIS().finditer(text):
            # "annual" alone is an adjective ("the annual parade"): "annual basis" is read.
            end = match.end() if match.group("word") == "annual" else match.end("word")
            found.append((match.start("word"), end))
    mentions = []
    for start, end in sorted(set(found)):
        if blocked.hits(start, end):
            continue
        words = text[start:end]
        value = parse_frequency(words)
        if value is not None:
            mentions.append(Mention(FREQUENCY_KIND, start, end, words, value))
    return mentions


def find_frequency_adjectives(text: str, blocked: Taken) -> list[Mention]:
    """Every adjective of frequency after an article or a possessive in normalized ``text``
    that overlaps no ``blocked`` span (see the module docstring: found only when asked)."""
    if not any(word in text for word in _ADVERB_WORDS):
        return []
    mentions = []
    for match in _ADJECTIVE().finditer(text):
        start, end = match.span("word")
        value = parse_frequency(match.group("word"))
        if value is not None and not blocked.hits(start, end):
            mentions.append(Mention(FREQUENCY_ADJECTIVE_KIND, start, end, text[start:end], value))
    return mentions
