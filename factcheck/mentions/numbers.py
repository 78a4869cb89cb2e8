"""Find figures: "1,200", "up to 1,200", "$1.2 billion", "45%", "between 1,000 and 1,200",
"two", and exchanges such as "1,000-for-1,000" and parts of a whole such as "32 of 33" (kind
"pair").

A span holds the hedge, the currency, the scale, the percent sign and a measure unit ("10 km",
"25 basis points": ``values.measures``) with the figure, never the noun after it.
``factcheck.values.parse_number`` gives the value; a span it cannot read is dropped. Figures
that are really identifiers (phone numbers, "version 3.11.7", "F-16", "Article 5") and the
pronoun "one" are not mentions.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re

from factcheck.lazy_pattern import lazy
from factcheck.mentions._lexicon import (
    NUMBER_WORDS,
    SIMPLE_COUNT,
    WORD_NUMBER,
    lead,
    negated_verb_hedge,
)
from factcheck.mentions._scan import anchored, any_word_of, digit_runs, occurrences
from factcheck.mentions._spans import Candidate, Taken, pick_longest
from factcheck.mentions._text import (
    FUNCTION_WORDS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Doc,
    indices,
    word_set,
)
from factcheck.mentions.degrees import with_named_scale
from factcheck.mentions.model import Mention
from factcheck.mentions.pounds import hyphenated_weights, weight_unit
from factcheck.values import NumberValue, PairValue, parse_number
from factcheck.values._tokens import tokenize
from factcheck.values.currency_codes import ISO_4217_CODES
from factcheck.values.measures import GLUED_SYMBOLS, first_words, read_measure_unit
from factcheck.values.numbers import CURRENCY_NAMES

_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9])"
# A sign glued to the digits: "changed little (+49,000)", "from -140,000 to -227,000".
_SIGN = r"[+-](?=[0-9])"
# A fraction of a point, as central banks write rates: "1/2 percentage point", "4-3/4 to 5
# percent". The value reader reads one only before a percent or percentage points.
_FRACTION = r"(?:[0-9]+-)?[1-9]/[248](?![0-9/])"
# Scale words in any case: a headline writes "$1 Billion".
# Some papers hyphenate the scale to the figure ("up to $4-billion", "a 3-million budget"):
# the scale is the figure's all the same (tests/gold/README.md: a span holds its scale).
_SCALE = r"(?:[ -](?i:thousand|million|billion|trillion)\b|(?:bn|bln|mn|mln|tn|m|k)\b)"
# A currency named after the figure is part of its span, as a sign before it is ("18 billion
# reais" as "$1.2 billion"): tests/gold/README.md, "One rule for every corpus". So is one
# whose word names several countries' money ("1.2 billion rupees"): the value reader gives
# it no code (a wrong one would let a claim pass against another country's money), but the
# claim's text still says what the figure counts.
_SHARED_CURRENCY_NAMES = (
    *("rupees", "rupee", "pesos", "peso", "shillings", "shilling", "francs", "franc"),
    *("dinars", "dinar", "dirhams", "dirham", "kronor", "krona", "kroner", "krone", "lira"),
)
_CURRENCY_AFTER = "|".join(
    sorted(map(re.escape, [*CURRENCY_NAMES, *_SHARED_CURRENCY_NAMES]), key=len, reverse=True)
)
_CODES_AFTER = "|".join(sorted(ISO_4217_CODES))
# The country's adjective is part of the currency ("30 Swiss francs", "5 Australian dollars");
# the value reader then gives no code, as "Australian dollars" are no USD. A day or month
# name is no such adjective ("paid 300 Monday, pounds ...").
_COUNTRY_WORD = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)[A-Z][a-z]+ "
)
# "35-plus degrees", "20 million-plus users": the hedge `at least`, written after the figure
# (tests/gold-dev-news/README.md's decision, adopted by tests/gold/README.md).
_AFTER = (
    rf"(?: ?%|[ -]percent\b| per cent\b| pct\b| (?:{_COUNTRY_WORD}){{0,2}}(?:{_CURRENCY_AFTER})\b"
    rf"| (?:{_CODES_AFTER})\b(?![-'])"  # "100,000 EGP": an ISO 4217 code, in capitals
    r"|-plus\b(?!-)"  # not "40-plus-year", an adjective of length
    # a speed's unit glued to the digits ("80mph storm"): in the span, as it cannot be left
    # out of a word; the value is the bare figure, as a rate's is
    r"|(?<=[0-9])(?:mph|kph)\b)"
)
_AMOUNT = (
    rf"(?:{_FRACTION}|(?:{_SIGN}|US\$|[$€£₴]|(?:USD|EUR|GBP|UAH) ?)?{_DIGITS}{_SCALE}?"
    rf"|{WORD_NUMBER}){_AFTER}?"
)
_LEFT = frozenset(".,/:+#'-")
# Nothing glued after the figure but a measure's symbol ("120km": see _with_measure).
_RIGHT = rf"(?!(?!(?:{GLUED_SYMBOLS})\b)[\w/]|[.,:][0-9])"
# The figure itself, from its currency or first digit or word: the hedge and "between"
# before it are read backwards (_lexicon.lead).
_HIGH = (
    rf"(?:{_FRACTION}|(?:US\$|[$€£₴]|(?:USD|EUR|GBP|UAH) ?)?{_DIGITS}{_SCALE}?|{SIMPLE_COUNT}"
    rf"(?: (?:thousand|million|billion|trillion))?){_AFTER}?"
)
_NUMBER = re.compile(
    rf"(?P<low>{_AMOUNT})(?:(?P<sep> ?- ?| to | and |-for-| for | of )(?P<high>{_HIGH}))?{_RIGHT}"
)
# Phone numbers, version numbers and ratios are not counts: their figures are masked. Few
# articles have any, so each of these patterns is compiled only for an article that has
# what its matches hold, and tried only where a match can start (see _masked).
_PHONE = lazy(
    r"\+[0-9]{1,3}[ .-]?(?:\([0-9]{2,4}\)[ .-]?)?[0-9]{1,4}(?:[ .-][0-9]{2,4}){2,}"
    r"|\+[0-9]{1,3}[ .-]?(?:\([0-9]{2,4}\)[ .-]?)?[0-9]{2,4}(?:[ .-][0-9]{2,4})+"
    r"|\([0-9]{2,4}\)[ .-]?[0-9]{2,4}(?:[ .-][0-9]{2,4})+"
    r"|[0-9]{2,4}(?:[ .-][0-9]{2,4}){2,}|[0-9]{3}-[0-9]{4}\b"
)
# "one in five children": a ratio, not two counts.
# Not "$51,017 in 2012": the digits of a longer figure, or a year after "in", make no ratio.
# "7 out of every 10 Americans": "every" makes it a ratio too ("32 out of 33" is a pair).
_RATIO = lazy(
    r"\b(?<![0-9][,.])(?:[Oo]ne|[0-9]+) (?:in|out of every) "
    r"(?:two|three|four|five|six|seven|eight|nine|ten|(?!(?:1[89]|20)[0-9]{2}\b)[0-9]+)\b"
)
_VERSION = lazy(
    r"\b[vV]?[0-9]+(?:\.[0-9]+){2,}\b|(?i:\b(?:version|v\.?|release|build|update) )[0-9][0-9.]*"
)
# Identifiers written with figures that no count is: a coordinate in degrees, minutes and
# seconds ("19°25'16\" N"), a legal citation ("18 U.S.C. § 1001", "40 C.F.R. 60.5"), a
# street address ("490 S. Paw Paw St.", "1600 Pennsylvania Avenue").
# A coordinate in decimal degrees names its hemisphere ("24.773°N, 90.480°E"); a temperature
# ("41°", "38°C") names none.
_COORDINATE = lazy(
    r"[0-9]{1,3}° ?[0-9]{1,2}(?:\.[0-9]+)?['′](?: ?[0-9]{1,2}(?:\.[0-9]+)?[\"″])?"
    r"|[0-9]{1,3}(?:\.[0-9]+)? ?° ?[NSEW]\b"
)
# A clock's offset from UTC is no amount: "(+6 GMT)", "GMT+8", "UTC -5".
_UTC_OFFSET = lazy(
    r"[+-][0-9]{1,2}(?::?[0-9]{2})? ?(?:GMT|UTC)\b|(?:GMT|UTC) ?[+-][0-9]{1,2}(?::?[0-9]{2})?"
)
_CITATION = lazy(
    r"(?:\b[0-9]+ (?:U\.S\.C\.|USC|C\.F\.R\.|CFR|Stat\.|U\.S\.)(?: ?§+)? ?)?§+ ?[0-9][0-9a-z.()-]*"
    r"|\b[0-9]+ (?:U\.S\.C\.|USC|C\.F\.R\.|CFR) ?[0-9][0-9a-z.()-]*"
)
_ADDRESS = lazy(
    r"\b[0-9]{1,5} (?:[NSEW]\.? )?(?:[A-Z][\w.'-]* ){1,4}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pl|Place|Pkwy|Parkway|"
    r"Hwy|Highway|Sq|Square)\b\.?"
)
# What follows " in " in a ratio: a count from two to ten, or digits.
_RATIO_OF = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", *"0123456789")
# The words _VERSION's second branch finds before " 3". Their first and last letters have
# no case forms but the two ASCII ones, so checking those two is enough to rule a place out.
_VERSION_WORDS = ("version", "v.", "v", "release", "build", "update")
# "rose from 2.1% to 2.5%" states two figures, not a range.
_CHANGE = lazy(
    r"(?:rose|risen|rising|fell|fallen|falling|increased|increasing|decreased|grew|grown|"
    r"dropped|climbed|jumped|declined|cut|raised|lowered|slipped|surged|slashed|boosted|"
    r"up|down|changed|revised|went)\b[\w ,]{0,20}$"
)
# Nouns after which "one" is a count ("one person was killed"), not a pronoun or article.
_ONE_COUNTS = word_set(
    "person man woman child boy girl infant baby passenger soldier civilian officer journalist "
    "resident patient "
    "prisoner hostage worker student member victim death fatality drone missile ship plane "
    "aircraft tank vehicle village city country point vote seat"
)


def _masked(text: str) -> Taken:
    """The characters of phone numbers, version numbers and ratios: what each pattern's
    finditer would find, searching only texts and places where it can match."""
    runs = digit_runs(text)
    phone = anchored(_PHONE(), text, _phone_starts(text, runs)) if _phone_groups(text, runs) else ()
    versions = _version_starts(text, runs)
    ratios = _ratio_starts(text, runs)
    return Taken(
        [
            *(
                match.span()
                for matches in (
                    phone,
                    anchored(_VERSION(), text, versions) if versions else (),
                    anchored(_RATIO(), text, ratios) if ratios else (),
                    *_identifiers(text, runs),
                )
                for match in matches
            ),
            *_zip_codes(text, runs),
        ]
    )


# A US state's name or postal code, a comma or not, and a space: what stands before a ZIP
# code in an address ("Ocean City, Maryland, 21842", "Lawrence, MI 49064"). Built on first
# use: the state names come from the gazetteer.
_STATE_BEFORE_ZIP: list[re.Pattern[str]] = []


def _state_before_zip() -> re.Pattern[str]:
    if not _STATE_BEFORE_ZIP:
        from factcheck.consistency import gazetteer

        states = "|".join(map(re.escape, gazetteer.us_states()))
        _STATE_BEFORE_ZIP.append(re.compile(rf"(?:\b(?:{states})|\b[A-Z]{{2}}),? $"))
    return _STATE_BEFORE_ZIP[0]


# What ends a ZIP code: the line, or a comma, semicolon, bracket or period ending the address;
# "-1234" (ZIP+4) first.
_ZIP_END = lazy(r"(?:-[0-9]{4})?(?:$|\n|[,;)](?![0-9])|\.(?:$|\s))", re.M)


def _zip_codes(text: str, runs: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The spans of ZIP codes: five digits after a state's name or postal code that end the
    address ("Ocean City, Maryland, 21842" is an address, no count)."""
    spans = []
    for start, end in runs:
        if end - start != 5 or not _ZIP_END().match(text, end):
            continue  # "In Texas, 21842 people voted": words go on, a count
        if start and text[start - 1].isalnum():
            continue
        if _state_before_zip().search(text, max(0, start - 24), start):
            spans.append((start, end))
    return spans


def _identifiers(text: str, runs: tuple[tuple[int, int], ...]) -> list[list[re.Match[str]]]:
    """Coordinates, legal citations and street addresses, each searched only where its
    mark stands (a degree sign, a section sign or "U.S.C."/"C.F.R.", a street word) and
    tried only at runs of digits (or at the section sign)."""
    found: list[list[re.Match[str]]] = []
    starts = [start for start, _ in runs]
    if "°" in text:
        found.append(anchored(_COORDINATE(), text, starts))
    if "GMT" in text or "UTC" in text:
        found.append(list(_UTC_OFFSET().finditer(text)))
    if "§" in text or "U.S.C." in text or "C.F.R." in text or "USC" in text or "CFR" in text:
        found.append(anchored(_CITATION(), text, starts + occurrences(text, ("§",))))
    if _STREET_WORD.search(text):
        found.append(anchored(_ADDRESS(), text, _address_starts(text, runs)))
    return found


def _address_starts(text: str, runs: tuple[tuple[int, int], ...]) -> list[int]:
    """The runs of digits where an _ADDRESS match can start: at most five digits, then a
    space and a capital ("1600 Pennsylvania Avenue"), not every figure of the text."""
    return [
        start
        for start, end in runs
        if end - start <= 5 and text.startswith(" ", end) and "A" <= text[end + 1 : end + 2] <= "Z"
    ]


# Whether a text names a street at all (\b(?:St|Street|...)\b, searched from the capitals).
_STREET_WORD = any_word_of(
    "St Street Ave Avenue Rd Road Blvd Boulevard Dr Drive Ln Lane Pl Place Pkwy Parkway Hwy "
    "Highway Sq Square"
)


def _phone_groups(text: str, runs: tuple[tuple[int, int], ...]) -> bool:
    """Whether two digit groups are joined by a space, period or hyphen ("12 34"), as every
    branch of _PHONE ends: a run of two or more digits, one of those marks, and another."""
    return any(
        end - start >= 2 and following == end + 1 and last - following >= 2 and text[end] in " .-"
        for (start, end), (following, last) in itertools.pairwise(runs)
    )


def _phone_starts(text: str, runs: tuple[tuple[int, int], ...]) -> list[int]:
    """Where a _PHONE match can start: at a "+" or "(", or at any digit (a group of two to
    four digits may start inside a longer run). The pattern starts with neither a character
    nor a class, so its finditer tried every place of the text: a twelfth of the article's
    instructions wherever prices or votes ("$75.84", "55-45") made it search."""
    starts = occurrences(text, ("+", "("))
    starts += [index for start, end in runs for index in range(start, end)]
    return starts


def _version_starts(text: str, runs: tuple[tuple[int, int], ...]) -> list[int]:
    """Where a _VERSION match can start: at "3.11.7" or "v3.11.7" (digits, a period and a
    digit), or at one of _VERSION_WORDS that ends a space before digits ("build 12")."""
    starts = []
    for start, end in runs:
        if text.startswith(".", end) and text[end + 1 : end + 2].isdigit():
            starts.append(start)
            if start and text[start - 1] in "vV":
                starts.append(start - 1)
        if start < 2 or text[start - 1] != " ":
            continue
        for word in _VERSION_WORDS:
            first = start - 1 - len(word)
            if (
                first >= 0
                and text[first] in (word[0], word[0].upper())
                and text[start - 2] in (word[-1], word[-1].upper())
            ):
                starts.append(first)
    return starts


def _ratio_starts(text: str, runs: tuple[tuple[int, int], ...]) -> list[int]:
    """Where a _RATIO match can start: at digits or "one" before " in " or " out of every "
    and a count."""
    ins = {
        index
        for joint in (" in ", " out of every ")
        for index in occurrences(text, (joint,))
        if text.startswith(_RATIO_OF, index + len(joint))
    }
    starts = [start for start, end in runs if end in ins]
    starts += [index - 3 for index in ins if text.startswith(("one", "One"), index - 3, index)]
    return starts


def _parse(phrase: str) -> NumberValue | PairValue | None:
    """The value verify reads from the same words: "£350m" is 350 million there too, and
    "10m" without a currency (ten metres, or ten million?) is no value in either."""
    return parse_number(phrase)


# Verbs a headline puts before a count, capitalized as every headline word is: with them
# the figure is a count, not the number of "Article 5" or "Flight 17".
_HEADLINE_VERBS = word_set(
    "hits hit tops top nears near reaches reach passes pass exceeds exceed surpasses surpass "
    "kills kill rises rise climbs climb falls fall drops drop jumps jump soars soar nears "
    "doubles adds add cuts cut loses lose gains gain wins win"
)


def _identifier_before(text: str, start: int) -> bool:
    """ "Article 5", "Boeing 737", "Flight 17": a capitalized word glued by one space."""
    match = re.search(r"(?:^|[^\w.])([A-Z][\w.-]*) $", text[max(0, start - 30) : start])
    if not match:
        return False
    word = match.group(1).rstrip(".").lower()
    if word in FUNCTION_WORDS or word in MONTH_NAMES or word in WEEKDAY_NAMES:
        return False
    if word in _HEADLINE_VERBS:
        return False  # a headline's capitals: "Death Toll Hits 85", "Exports Top 400"
    # The character before the word, past spaces, quotes and brackets; walked back rather
    # than stripped from a copy of all the text before it, which each figure made afresh.
    index = start - len(match.group(1)) - 1
    while index > 0 and text[index - 1] in " \"'(":
        index -= 1
    return index > 0 and text[index - 1] not in ".!?\n:"


# Signs and words of a unit or currency, any of which in a figure makes it one with a unit.
_UNIT_WORDS = ("%", "$", "€", "£", "₴", "percent", "per cent", "pct", "USD", "EUR", "GBP", "UAH")
_UNIT_WORDS += ("dollar", "euro", "pound", "hryvn")
# "It was never about three names": "about" is the preposition here, not a hedge.
_PREPOSITION_ABOUT = lazy(r"\b(?:never|not|all)\s$", re.IGNORECASE)


# "the toll passed 20,000": the verb says the figure is passed, the hedge `over`, as
# "topped" does (tests/gold/README.md, "One rule for every corpus"). Only where the figure
# counts nothing after it: "the House passed two bills" passed exactly two, and a vote
# ("passed 52-47") or a negation ("has not passed 1,000") states no bound.
_PASSED_BEFORE = lazy(r"(?<![\w'])[Pp]ass(?:ed|es|ing) $")
_NEGATED = lazy(r"(?:\b(?:not|never|no longer|yet to)|n't) $", re.IGNORECASE)
_PASSED_AFTER = lazy(
    r" *(?:$|[.,;:!?)\"']|(?:on|in|at|for|last|this|early|late|earlier|as|and|when|with|during|"
    r"within|since|after|before|by|mark|threshold|level|milestone|barrier|for the first)\b)"
)


def _passed(text: str, match: re.Match[str]) -> int | None:
    """Where "passed" starts before the figure ``match`` when the verb bounds it, else None."""
    start = match.start()
    if match.group("high"):
        return None  # "passed 52-47": a vote
    verb = _PASSED_BEFORE().search(text, max(0, start - 8), start)
    if verb is None or _NEGATED().search(text, max(0, verb.start() - 12), verb.start()):
        return None
    after = _PASSED_AFTER().match(text, match.end())
    following = re.match(r" ([A-Za-z]+)", text[match.end() : match.end() + 30])
    if after is None and not (following and following.group(1).lower() in first_words()):
        return None  # "passed two bills": a count of what was passed
    return verb.start()


class _Read:
    """One figure as found: the match of the figure and the hedge and opener before it."""

    def __init__(self, match: re.Match[str], text: str) -> None:
        self.match = match
        leading = lead(text, match.start())
        self.qualifier = leading.group("qual") if leading else None
        self.opener = leading.group("opener") if leading else None
        self.qualifier_start = leading.start("qual") if leading and self.qualifier else None
        self.opener_start = leading.start("opener") if leading and self.opener else None
        if self.qualifier is None and self.opener is None:
            passed = _passed(text, match)
            if passed is not None:
                self.qualifier = text[passed : match.start() - 1]
                self.qualifier_start = passed


def _is_range(read: _Read, text: str) -> bool:
    """Whether "X to Y" / "X-Y" / "between X and Y" is one range rather than two figures."""
    match = read.match
    opener = (read.opener or "").lower()
    separator = match.group("sep").strip()
    if separator in ("for", "-for-", "of"):
        return True  # one pair: "1,000-for-1,000", "32 of 33"
    if opener and separator not in ({"between": "and", "from": "to"}[opener], "-"):
        return False
    if separator == "and" and not opener:
        return False
    start = read.opener_start if read.opener_start is not None else match.start()
    before = text[max(0, start - 40) : start]
    if separator == "to" and _CHANGE().search(before):
        return False  # "rose from 2.1% to 2.5%", "rose 3.2% to 41.80"
    low_unit = any(unit in match.group("low") for unit in _UNIT_WORDS)
    high_unit = any(unit in match.group("high") for unit in _UNIT_WORDS)
    return not (low_unit and not high_unit)


def _variants(read: _Read, text: str) -> list[Candidate]:
    """The whole reading, and shorter ones in case the longer one does not parse."""
    match = read.match
    low_start, low_end = match.span("low")
    end = match.end()
    qualifier = read.qualifier
    if qualifier is not None and read.qualifier_start is not None:
        before = text[max(0, read.qualifier_start - 10) : read.qualifier_start]
        if qualifier.lower() == "about" and _PREPOSITION_ABOUT().search(before):
            qualifier = None
        elif negated_verb_hedge(text, qualifier, read.qualifier_start):
            qualifier = None  # "did not exceed 1,000"
    opener_start = read.opener_start if read.opener_start is not None else low_start
    start = read.qualifier_start if qualifier is not None else opener_start
    qualifier_start = read.qualifier_start if qualifier is not None else low_start
    variants = []
    if match.group("high"):
        if _is_range(read, text):
            variants.append(Candidate(start, end, text[start:end]))
        high_start = match.start("high")
        variants.append(Candidate(high_start, end, text[high_start:end]))
    variants.append(Candidate(qualifier_start, low_end, text[qualifier_start:low_end]))  # type: ignore[arg-type]
    variants.append(Candidate(low_start, low_end, text[low_start:low_end]))
    return variants


# The word right after a figure, after a space or a hyphen or glued to it.
_FIRST_WORD = re.compile(r"[ -]?([^\W\d_]+)")
# How far past a figure a measure unit can end ("-square kilometres", "-metric tons").
_MEASURE_REACH = 24


def _with_measure(text: str, candidate: Candidate) -> Candidate | None:
    """The candidate and the measure unit written after it ("approximately 10 km", "between 5
    and 7 km", "120-kilometre"), read by the value reader's own rule
    (``values.measures.read_measure_unit``) from the words that follow, in the same paragraph.
    Reading them with the reader, rather than with a pattern of every unit's forms in
    _NUMBER, agrees with verify by construction and costs no compiling at start-up."""
    end = candidate.end
    word = _FIRST_WORD.match(text, end)
    degrees = text.startswith(("°", " °"), end)  # "30 °C", "41°F"
    if not degrees and (word is None or word.group(1).lower() not in first_words()):
        return None  # most figures: no unit's first word after them
    following = text[end : end + _MEASURE_REACH].split("\n", 1)[0]
    tokens = tokenize(following)  # a space before the first word is stripped: put it back
    if tokens and following[0] == " ":
        tokens[0] = tokens[0]._replace(spaced=True)
    read = read_measure_unit(tokens, 0)
    if read is None:
        return None
    # The unit's words end where the text of its tokens does: the text is normalized, so
    # each token is preceded by one space or none.
    unit_end = end + sum(len(token.raw) + token.spaced for token in tokens[: read[1]])
    if text[unit_end - len(tokens[read[1] - 1].raw) : unit_end] != tokens[read[1] - 1].raw:
        return None
    return Candidate(candidate.start, unit_end, text[candidate.start : unit_end])


# A share of a unit in words ("two-tenths of a percentage point", "half a percentage point",
# "one half mile"): searched only in an article that has one of its words. A share of a
# whole ("more than half of the deaths") and thirds are no figure (values.numbers reads the
# same shares).
_SHARE_WORDS = ("half", "Half", "quarter", "fifth", "eighth", "tenth")
_SHARE = lazy(
    r"(?<![\w-])(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
    r"[Nn]ine)[- ])?(?:[Hh]alf|quarters?|fifths?|eighths?|tenths?)(?![\w-])"
    r"(?:(?: of (?:an?|one)| an?) (?:percentage points?|percent|per cent|pct|point)\b)?"
)
_SHARE_UNITS = ("point", "points", "percent", "cent", "pct")
_SHARE_SIDES = word_set("first second latter other top bottom upper lower back front")
_GLUED_SHARE = lazy(r"-(?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b")


def _shares(text: str) -> list[Candidate]:
    """Shares of a unit, with and without their hedge."""
    if not any(word in text for word in _SHARE_WORDS):
        return []
    found = []
    for match in _SHARE().finditer(text):
        start, end = match.span()
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before and before.group(1).lower() in _SHARE_SIDES:
            continue  # "the first half", "the other half"
        if match.group().rsplit(" ", 1)[-1] not in _SHARE_UNITS:
            measured = _with_measure(text, Candidate(start, end, text[start:end]))
            if measured is None:
                continue  # "half of the deaths", "a quarter of a century"
            end = measured.end  # "one half mile"
        found.append(Candidate(start, end, text[start:end]))
        leading = lead(text, start)
        if leading and leading.group("qual"):
            first = leading.start("qual")
            found.append(Candidate(first, end, text[first:end]))
    return found


# A fraction is a figure of its own only in a rate or a change of one ("1/2 percentage
# point", "4-3/4 to 5 percent"): elsewhere "3/4" may be a date, a score or a share.
_FRACTION_UNITS = frozenset({"%", "pp"})


_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*) $")

# "twice" is the number 2, a count of occasions ("denied it twice") or a factor ("twice as
# many"), as "three separate occasions" and "15 times" are figures (tests/gold/README.md,
# "One rule for every corpus"). "twice a week", "twice each month" and "twice-weekly" are
# frequencies, not counts, and are left: the claims model's frequency (`R/P1W`) says once a
# period, so no claim could hold them, and a number 2 would drop the period they state.
_TWICE = lazy(
    r"\b[Tt]wice\b(?!-| (?:a|an|per|each|every) (?:[a-z]+ )?(?:second|minute|hour|day|night|"
    r"week|weekend|fortnight|month|quarter|season|year|decade|century)s?\b"
    # "twice yearly": a count per period, as "twice a year" is
    r"| (?:daily|nightly|hourly|weekly|fortnightly|monthly|annually|yearly)\b)"
)


def _twice(text: str) -> list[Candidate]:
    if "wice" not in text:
        return []
    return [Candidate(*match.span(), match.group()) for match in _TWICE().finditer(text)]


def _identifier_nouns(text: str) -> set[str]:
    """The words, in lower case, that the article puts before bare digits as an identifier
    mid-sentence ("the Fissure 8 spatter cone"), with their plurals: the same word names an
    identifier at the start of a sentence and in lower case too ("Fissure 8 lava
    fountains", "lava from fissure 8", "Fissures 6 and 8")."""
    nouns: set[str] = set()
    for start, end in digit_runs(text):
        if (
            start >= 2
            and text[start - 1] == " "
            and _BARE_DIGITS.fullmatch(text, start, end)
            and _identifier_before(text, start)
        ):
            word = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if word:
                nouns.add(word.group(1).lower())
    return nouns | {noun + "s" for noun in nouns}


# Nouns that number the steps of a programme, in lower case as much as capitalized: "BNCOC
# phase 1", "stage 2 of the plan", "tier 3 restrictions". The digits after them name a step.
_STEP_NOUNS = frozenset({"phase", "phases", "stage", "stages", "tier", "tiers"})
# "Day 16 of the Games" and "week 3 of the strike" number a day and a week the same way, where
# the word is capitalized or the digits are followed by "of" ("on the first day 300 people
# queued" counts people).
_DAY_NOUNS = frozenset({"day", "week"})


# "net zero" names a target, and the emergency numbers after a verb of calling name a line:
# neither is an amount.
_NET_ZERO = lazy(r"\b[Nn]et[ -]$")
_CALLED = lazy(
    r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling) $", re.I
)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "111"})


def _names_no_amount(text: str, start: int, phrase: str) -> bool:
    """Whether the figure ``phrase`` at ``start`` is a name, not an amount: "net zero",
    "Net Zero commitments", "the women called 911"."""
    if phrase.lower() == "zero":
        return _NET_ZERO().search(text, max(0, start - 4), start) is not None
    if phrase in _EMERGENCY_NUMBERS:
        return _CALLED().search(text, max(0, start - 10), start) is not None
    return False


def _learned_identifier(text: str, start: int, nouns: set[str]) -> bool:
    """Whether the bare digits at ``start`` follow one of the article's identifier nouns, or a
    noun that numbers a programme's steps."""
    if start < 2 or text[start - 1] != " ":
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None:
        return False
    noun = word.group(1).lower()
    if noun in _DAY_NOUNS:
        return (
            word.group(1)[0].isupper()
            or re.match(r"[0-9]+ of ", text[start : start + 12]) is not None
        )
    return noun in nouns or noun in _STEP_NOUNS


def _wanted(text: str, candidate: Candidate, value: object) -> bool:
    words = candidate.phrase.lower()
    if "/" in words and not (isinstance(value, NumberValue) and value.unit in _FRACTION_UNITS):
        return False
    if re.fullmatch(r"(?:an?|one)", words.split()[-1] if words else ""):
        after = re.match(r" ([a-z]+)", text[candidate.end : candidate.end + 20])
        hedged = " " in words
        return hedged or bool(after and after.group(1) in _ONE_COUNTS)
    if (
        isinstance(value, NumberValue)
        and value.amount == 0
        and "zero" not in words
        and not re.search(r"[0-9]", words)
    ):
        return False
    if _LEADING_ZERO.match(candidate.phrase):
        return False  # "079", "007": a code or a reference number, not a count
    if _subdivision(text, candidate.start, candidate.end):
        return False  # "Article 14(2)", "Section 5(a)(3)": a paragraph's number
    # An identifier is bare digits: "2 Million" or "40%" after a capital is a quantity.
    bare = _BARE_DIGITS.fullmatch(candidate.phrase) is not None
    return not (bare and _identifier_before(text, candidate.start))


_BARE_DIGITS = re.compile(r"[0-9][0-9,.]*")


def _subdivision(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is bracketed and glued to the identifier before it,
    as a law numbers its paragraphs ("Article 14(2)", "Section 5(a)(3)", "Rule 10b-5(1)")."""
    return (
        start >= 2
        and text[start - 1] == "("
        and (text[start - 2].isalnum() or text[start - 2] == ")")
        and text[end : end + 1] == ")"
    )


# A figure written with a leading zero (not "0.5", not "0"): how codes are written.
_LEADING_ZERO = re.compile(r"0[0-9]")


# What a figure starts with, besides digits: a currency sign or code, or a number word.
_CURRENCIES = ("$", "€", "£", "₴", "US$", "USD", "EUR", "GBP", "UAH")
_WORD_STARTS = NUMBER_WORDS | {"a", "an", "half"}
_START = operator.itemgetter(0)  # a token's start
_BEFORE_SIGN = frozenset(" \n([\"'")


def _figure_starts(doc: Doc) -> set[int]:
    """Where a figure can start: a run of digits, a currency sign or code, or a number word
    among the text's tokens. (A digit inside a run, or a sign inside "US$", follows a letter
    or digit, where no figure starts.)"""
    text, tokens = doc.text, doc.tokens
    starts = {start for start, _ in digit_runs(text)}
    # A sign glued to digits after a space, a parenthesis or the start: "(+49,000)", "-140,000"
    # (not the hyphen of "COVID-19" or "55-45").
    starts.update(
        start - 1
        for start in list(starts)
        if start and text[start - 1] in "+-" and (start == 1 or text[start - 2] in _BEFORE_SIGN)
    )
    starts.update(occurrences(text, _CURRENCIES))
    words = set(indices(map(_WORD_STARTS.__contains__, doc.lowered)))
    words.update(_hyphenated_counts(doc))
    starts.update(tokens[index].start for index in words if tokens[index].kind == "word")
    return starts


def _hyphenated_counts(doc: Doc) -> set[int]:
    """The tokens that hold a hyphen and start with a number word ("twenty-five"), found
    from the text's hyphens (each is in the last token that starts at or before it). There
    are few, and splitting every token at its hyphen took as many instructions as the rest
    of the search for where figures start."""
    tokens = doc.tokens
    hyphens = occurrences(doc.text, ("-",))
    holding = {bisect.bisect_right(tokens, at, key=_START) - 1 for at in hyphens}
    return {index for index in holding if doc.lowered[index].partition("-")[0] in _WORD_STARTS}


def _matches(doc: Doc) -> list[re.Match[str]]:
    """Matches of _NUMBER from each place a figure can start. Matching only there, rather
    than scanning every letter of the text, is what keeps this fast."""
    text = doc.text
    starts = [
        start
        for start in _figure_starts(doc)
        if not (start and (text[start - 1].isalnum() or text[start - 1] in _LEFT))
        or text.endswith(_MAGNITUDE, 0, start)
    ]
    return anchored(_NUMBER, text, starts)


# A quake's size glued to its word by a hyphen, as agencies write it ("a magnitude-5.0
# earthquake"): the figure after the hyphen is a figure, not part of a code.
_MAGNITUDE = ("magnitude-", "Magnitude-")


def _number_word_names(doc: Doc) -> set[int]:
    """Where a number word in capitals opens a name rather than states a count ("the Ten Most
    Wanted Fugitives list", "the Five Eyes alliance"): in prose, a capitalized number word
    before another capitalized word, not at the start of a sentence, is part of a name. A
    headline capitalizes every word ("Storm Kills Ten People"), so there the same two words
    are a name only where the article's prose writes them as one."""
    tokens = doc.tokens
    in_prose: set[tuple[str, str]] = set()
    in_headlines: list[tuple[int, tuple[str, str]]] = []
    names: set[int] = set()
    for index in indices(map(NUMBER_WORDS.__contains__, doc.lowered)):
        token = tokens[index]
        if not token.capitalized or index + 1 == len(tokens):
            continue
        following = tokens[index + 1]
        if not following.capitalized or following.start != token.end + 1:
            continue
        words = (token.text, following.text)
        if doc.in_headline(token.start):
            in_headlines.append((token.start, words))
        elif not doc.starts_sentence(index):
            in_prose.add(words)
            names.add(token.start)
    names.update(start for start, words in in_headlines if words in in_prose)
    return names


def find_numbers(text: str, blocked: Taken, doc: Doc | None = None) -> list[Mention]:
    """Number and pair mentions outside ``blocked`` (dates, times, durations, ordinals)."""
    doc = doc or Doc(text)
    masked = _masked(text)
    named = _number_word_names(doc)
    identifier_nouns = _identifier_nouns(text)
    candidates = [
        variant
        for match in _matches(doc)
        for variant in _variants(_Read(match, text), text)
        if not masked.hits(variant.start, variant.end)
    ]
    candidates += [
        measured
        for candidate in candidates
        if (measured := _with_measure(text, candidate)) is not None
        and not masked.hits(measured.start, measured.end)
    ]
    candidates += _shares(text)
    candidates += _twice(text)
    candidates += hyphenated_weights(text)  # "a 100-pound bag"

    def parse(candidate: Candidate) -> object | None:
        if candidate.start in named and " " not in candidate.phrase:
            return None  # "Ten" of "the Ten Most Wanted Fugitives"
        if _names_no_amount(text, candidate.start, candidate.phrase):
            return None  # "net zero", "called 911"
        if _GLUED_SHARE().match(text, candidate.end):
            return None  # "two" of "two-tenths", "two-thirds": a share, not a count
        if _BARE_DIGITS.fullmatch(candidate.phrase) and _learned_identifier(
            text, candidate.start, identifier_nouns
        ):
            return None  # "Fissure 8 lava fountains", after "the Fissure 8 cone"
        value = _parse(candidate.phrase)
        if value is None or not _wanted(text, candidate, value):
            return None
        return weight_unit(text, candidate, value)  # "weighed 300 pounds": lb, not GBP

    kept = pick_longest(candidates, parse, blocked)
    mentions = [
        Mention(
            "pair" if isinstance(value, PairValue) else "number",
            c.start,
            c.end,
            text[c.start : c.end],
            value,
        )
        for c, value in kept
    ]
    return with_named_scale(text, mentions)  # "35-plus degrees" after a story's "Celsius"
