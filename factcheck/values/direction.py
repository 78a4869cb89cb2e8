"""Which way from the dateline a date without a year lies, by what its sentence says.

"April 9" under a November 2024 dateline is 2024-04-09 in "the bank cut rates on April 9"
and 2025-04-09 in "the bank will next review rates on April 9". The words alone cannot tell;
the sentence can: its tense and a few cue words ("will", "payable", "effective", "as soon
as"). The mention finder (`factcheck.mentions.dates`) and the value reader `verify` uses
(`factcheck.check.values`) both read a date through `read_date_at`, so a draft `extract`
writes is the value `verify` reads back.

The rule, in order (each tested in tests/values/test_values_direction.py, and measured on
TempEval-3's TBAQ: docs/tempeval3.md):

1. A cue just before the date puts it ahead: "payable Dec. 7", "effective June 1", "which
   expire Nov. 21", "due on", "as soon as Tuesday", "scheduled Thursday", "stock of record
   Nov. 15", "postponed until Tuesday", "extended to Nov. 20", "let the measures lapse at
   the end of July". "called for", "set for" fix it ahead as rule 3c's words do: "Quebec
   election called for September" (in August), "a vote set for Sunday".
   "until", "through" just before the date end a stretch that may be over or not: the
   nearer of the two readings ("closed until Wednesday" in a Monday article is two days
   ahead, not five back; "had bought shares through Sept. 29" in an October one is last
   month's).
2. A verb in the past tense just before the date puts it behind: "talks opened on Tuesday",
   "Cuba predicted Wednesday", "took place on July 2" (even after "will" earlier).
3. Future words earlier in the sentence put it ahead: "will", "'ll", "would", "is due to",
   "scheduled", "set to", "plans to", "planning", "is supposed to", "expects", "upcoming",
   "next" (not "next to": "the blasts next to the U.S. embassies on Friday"); unless a verb
   that is past tense wherever it stands ("was", "said", "took") comes between them and the
   date ("will take him from the relatives who cared for him since he was rescued in late
   November"). "would" stays a cue: on TBAQ dropping it lost
   four future dates ("a ceremonial accession would still be held ... on April 24") for one
   past one ("said they would look for ways around Wednesday's ruling"). Nor when the date
   is in a relative clause ("where", "which", "who", "whose", "when") after the future
   words whose own verb is past ("hoped she would bring aid to the countries where the Aug.
   7 blasts killed 257 people"; the verb as rule 5 finds it).
   Words of what may come, "could", "should", "might" (not "could not", "could have"), put
   a weekday in the coming week and another date ahead as rule 5 does, within four months
   ("forecasters said the storm could turn ... throughout the day Tuesday"; "sites could
   only be visited ... as laid down by the Feb. 23 accord" in March is last February's).
   A deadline with no future words before it, "by" just before the date ("to pay down
   the loan by February"), takes the nearer reading, as "until" does.
4. A date that opens its sentence ("On Tuesday, the league plans to hold...") takes the
   direction of the first tensed verb after it, when that is "will", "plans to", "is to".
5. Otherwise, a date that read in the coming year lies no more than four months after the
   dateline is read there ("is calling for the redemption on Dec. 7" in an October story,
   "has invited the ministers to a ceremony on March 12" in a February one), unless the
   nearest verb leans past: the last verb form before the date, or when there is none
   before it the first after it ("In January, the company brought in a new chief"), is in
   the past tense ("changed to a calendar year in December"; "has invited", "is held" are
   not past). A weekday is not moved so (its week is rule 2's and 3's). On TBAQ this read 9
   more values right and 1 wrong ("In January, a week after the 25th anniversary of Roe vs.
   Wade, a bombing killed ...", where "vs." ended the sentence before the verb, until a
   title's period stopped ending it); a window of
   two, three, five or six months read fewer right. An infinitive is not past, even after
   a past verb: "subpoenaed him to testify on Feb. 10" is ahead (TBAQ's reading), and so,
   less surely, is "met to review the October agreement".
6. Otherwise no direction: `parse_date`'s own reading (the latest such date no more than
   two weeks after the dateline) stands. A sentence in the past tense is not enough to move
   a date back: "ruled Wednesday that he must be returned by Jan. 14" is a deadline ahead.

7. A bare weekday left with no direction by rules 1-5 is the coming one when the nearest
   earlier mention of the same weekday in the story, bare too, was put ahead by its own
   sentence ("will be at the new peace talks Monday in Geneva ... created a suitable
   atmosphere for Monday's meetings"): a story's weekday names one day throughout.

8. A month's day joined to a next date that states its year takes that year, whatever the
   dateline: "April 24" of "met on April 24 and 25, 1999" (and "Dec. 30 to Jan. 2, 2001"
   is read as the words say, one year).

A sentence ends at ". ", "? ", "! ", a line break, or such a mark inside a closing quote
(``... will rise.'' The rate fell in December``: the quote's "will" is not the next
sentence's); not at a title's period ("Mr. Smith", "Roe vs. Wade"), nor before a lower-case
word ("a U.S. landfall around late Wednesday").

Only words that leave the year to the reader move: a stated year, "last", "next", "this",
"ago", "yesterday", "the month", "the week", a quarter or a weekend already say where they lie.
"""

from __future__ import annotations

import bisect
import datetime
import re
from typing import Literal

from factcheck.article.sentences import word_before
from factcheck.first_letters import from_first_letters
from factcheck.lazy_pattern import lazy as _lazy
from factcheck.values._calendar import month_end
from factcheck.values._holidays import holiday_in, holiday_name
from factcheck.values._slice_scans import BoundedScan, SliceScan
from factcheck.values.dates import parse_date
from factcheck.values.types import DateValue

# "nearest": whichever of the past and the future reading lies nearer the dateline; "soon":
# the future reading when it lies no more than SOON_MONTHS after the dateline (rule 5);
# "likely": "soon", and a weekday the coming one (rule 3c).
Direction = Literal["past", "future", "nearest", "soon", "likely"]
SOON_MONTHS = 4


# Where sentences end: ". ", "? ", "! " or a line break (an abbreviation's ". " too: a date
# then looks at a shorter sentence, which costs a cue, never a wrong one), but not a title's
# period ("Mr. Smith", "Roe vs. Wade": the verb after it is the sentence's). Only titles:
# the shared splitter's other abbreviations and initials ("Inc.", "U.S.") end sentences
# often enough in wire copy that reading past them lost 3 values on TBAQ for 1 (round 5).
# Nor a mark before a lower-case word, which starts no sentence: "U.S. landfall", "U.N.
# peace talks" ("will be at the new U.N. peace talks Monday" keeps its "will").
# (Written as `[.?!] (?![a-z])|\n` reads, but starting with a class of characters, which the
# engine skips to in C; an alternation of a class and a character is tried at every character.)
MARKS = re.compile(r"[.?!\n](?:(?<=\n)|(?<=[.?!]) (?![a-z]))")
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gen", "Gov", "Lt", "Col",
                     "Maj", "Capt", "Adm", "Sgt", "Brig", "Cmdr", "Rev", "Hon", "vs"))  # fmt: skip
_marks_of: tuple[str, list[int], list[int]] = ("", [], [])


def _after_title(text: str, mark: re.Match[str]) -> bool:
    """Whether ``mark`` is the period of a title or "vs." ("Mr. Smith", "Roe vs. Wade"),
    which never ends a sentence in news copy."""
    return text[mark.start()] == "." and word_before(text, mark.start()) in _TITLES


def sentence_start(text: str, index: int) -> int:
    """Where the sentence holding ``index`` starts: after the last ". ", "? ", "! " or line
    break that ends before it.

    The marks' places are found once a text and looked up by bisection: a search back from
    each date for each mark crossed the whole text when it lacked one (an article whose
    paragraphs are single sentences has no ". "), quadratic in its length."""
    global _marks_of
    if _marks_of[0] is not text:
        ends = [match.end() for match in MARKS.finditer(text) if not _after_title(text, match)]
        _marks_of = (text, ends, [end - (2 if text[end - 1] == " " else 1) for end in ends])
    _, ends, starts = _marks_of
    last = bisect.bisect_right(ends, index) - 1  # the last mark that ends by `index`
    return starts[last] + 1 if last >= 0 else 0


def next_mark(text: str, index: int) -> int:
    """Where the first sentence mark at or after ``index`` starts (the end of the text when
    none does), as ``MARKS.search(text, index)`` finds it, by bisection."""
    sentence_start(text, index)  # finds the marks of `text` if not yet known
    _, _, starts = _marks_of
    following = bisect.bisect_left(starts, index)
    return starts[following] if following < len(starts) else len(text)


def sentence_end(text: str, index: int) -> int:
    """Where the sentence holding ``index`` ends (its mark, or the end of the text)."""
    sentence_start(text, index)  # finds the marks of `text` if not yet known
    _, ends, starts = _marks_of
    following = bisect.bisect_right(ends, index)
    return starts[following] if following < len(starts) else len(text)


# Rule 1: words just before a date that set it ahead, with the preposition they may take.
_CUE_AHEAD = _lazy(
    r"\b(?:payable|effective|expir(?:e|es|ing)|laps(?:e|es|ing)|due|as (?:soon|early) as|"
    r"(?:re)?scheduled|slated|planned|record|(?:will|to) be held)"
    r"(?: (?:on|for|by|from|in|until|as of|at))?(?: the)? $"
    r"|\b(?:postponed|delayed|deferred|adjourned|extended|put off) (?:until|till|to) $",
    re.IGNORECASE,
)
# A preposition a claim's words may open with, which the cues read as words before the date.
_LEAD_PREPOSITION = _lazy(r"(?:[Ff]or|[Oo]n|[Ii]n|[Bb]y|[Aa]t|[Uu]ntil|[Tt]ill|[Tt]hrough) ")
# Rule 1c: a date fixed for something, "Quebec election called for September", "a vote set
# for Sunday": ahead as "could" puts it (rule 3c), a weekday the coming one and another date
# within four months ("The vote is set for Dec. 30" in March stays last December's).
_CUE_FIXED = _lazy(r"\b(?:called|set|fixed|timed) for $")
# Rule 1b: the end of a stretch, which may have ended or not: "closed until Wednesday"
# (in a Monday article, the coming one), "had bought shares through Sept. 29" (in an
# October one, the last one). The nearer of the two readings.
_CUE_END = _lazy(r"\b(?:[Uu]ntil|[Tt]ill|[Tt]hrough) $")
# Rule 3b: a deadline, "by" just before the date, in a sentence with no future words: also
# the nearer reading ("to pay down the loan by February" in October is the coming one;
# "by June, sales had doubled" in November the last one).
_CUE_BY = _lazy(r"\b[Bb]y $")
# Rule 2: a verb in the past tense just before the date (perhaps with "on"); not the verbs
# that schedule ("scheduled Friday", "expected Friday", "planned for"), nor a passive of
# the future, a participle after "will be" or "to be" ("will be launched on Saturday", "is
# to be announced Tuesday"; "was launched", "has been filed", "could be located Wednesday"
# stay past).
_PAST_JUST_BEFORE = _lazy(
    r"(?<!\bwill be )(?<!'ll be )(?<!\bto be )"
    r"\b(?:(?!(?:re)?schedul|expect|plann|slat|intend|need|extend|postpon)[a-z]+ed|said|told|"
    r"met|left|began|spoke|came|went|held|took|gave|won|lost|fell|rose|struck|saw|sent|wrote|"
    r"was|were|took place)(?: (?:on|late|early))? $"
)
# Rule 3: future words before the date, anywhere in its sentence.
# (Written from their first letters, `factcheck.first_letters`: the plain
# `\b(?:will|'ll|...)\b` under re.IGNORECASE, tried at every character of every block of
# lines a date's sentence reaches, was the rule's dearest scan.)
_FUTURE = _lazy(
    from_first_letters(
        [
            "will", "'ll", "would",
            *(f"{verb} forecast" for verb in ("is", "are")),
            *(f"{verb} (?:due|scheduled|expected|slated|to)" for verb in ("is", "are", "was")),
            "were (?:due|scheduled|expected|slated|to)",
            "set to", "is supposed to", "are supposed to", "planned (?:for|to)", "scheduled",
            "plans? to", "planning", "intends? to", "expects?", "upcoming", r"next(?! to\b)",
        ],
        ignore_case=True,
    )
    + r"\b"
)  # fmt: skip
# Rule 3c: words of what may come, weaker than _FUTURE's: "forecasters said the storm could
# turn ... Tuesday", "the result should be released late Monday or Tuesday". Not "could not"
# ("could not stop the bullet that tore through his window Friday night") nor "could have".
_MAYBE = _lazy(r"\b(?:could|should|might)\b(?! (?:not|have|not have)\b)", re.IGNORECASE)
# A verb in the past tense after the future words and before the date: the date belongs to
# that verb ("will take him from the relatives who cared for him since he was rescued in late
# November"). Only forms that are past tense wherever they stand ("-ed" words are also
# adjectives and participles: "will be held in Vienna, as planned").
_PAST_SINCE = _lazy(
    r"\b(?:was|were|had|did|said|told|took|met|began|came|went|won|lost|fell|rose|struck|"
    r"killed|died)\b"
)
# A relative clause between the future words and the date: its own verb decides ("hoped
# she would bring aid to the countries where the Aug. 7 blasts killed 257 people").
_RELATIVE = _lazy(r"\b(?:where|which|who|whose|when)\b")
# Future words after a date that opens its sentence: only the present and future tenses
# ("would" and "planned to" are past plans as often as not: "On Friday, the government
# planned to pay the first claims" was last Friday).
_FUTURE_AFTER = _lazy(
    r"\b(?:will|'ll|plans? to|intends? to|(?:is|are) (?:due|scheduled|expected|set|slated|"
    r"supposed|to))\b",
    re.IGNORECASE,
)
# What may stand before a date that opens its sentence: quotes and spaces, then these words.
# (A word starts with a letter, which no mark is: the words start where the marks end.)
_OPENING_MARKS = _lazy(r"[\s\"'`(]*")
_OPENING_WORD = _lazy(r"(?:[Oo]n|[Bb]y|[Aa]lso|[Aa]nd|[Bb]ut|[Tt]hen) ")
_A_YEAR_AGO = _lazy(r"\s*[Aa] year ago\s*")
# A phrase that says itself where it lies: its year, or a word placing it.
_STATED = _lazy(
    r"[0-9]{4}|\b(?:last|ago|yesterday|today|tonight|tomorrow|this|earlier|next|year|month|week|"
    r"weekend|quarter|half|q[1-4]|eighteen|nineteen|thousand)\b",
    re.IGNORECASE,
)
# A weekday, perhaps with a part of it ("Tuesday morning"): a week on or back, not a year.
_WEEKDAY_ONLY = _lazy(
    r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


# Rule 5: verb forms that say the past, and forms that do not. A past form after "has",
# "have", "is", "be" ... is a perfect or a passive ("has invited", "will be held"): not past.
_NOT_AFTER = "".join(
    rf"(?<!\b{word} )" for word in ("has", "have", "'s", "'ve", "is", "are", "be", "been", "being")
)
# Irregular past forms that are no present form too ("set", "put", "cut", "read" are both).
_IRREGULAR_PAST = (
    "was|were|had|did|said|told|took|met|began|came|went|won|lost|fell|rose|struck|died|"
    "brought|bought|sought|fought|caught|taught|thought|found|made|gave|left|sold|became|"
    "grew|paid|chose|led|ran|saw|wrote|spoke|sent|spent|held|kept|built|got|stood|understood|"
    "knew|drew|drove|flew|threw|broke|woke|wore|swore|stole|froze|rode|rang|sang|sank|sat|"
    "shot|shook|slid|fled|fed|felt|heard|hid|hung|laid|lent|lit|meant|slept|swept|swung|"
    "stuck|tore|forgot|forgave|overtook|undertook|withdrew|arose|ate|bore|bit"
)
_VERB_FORM = _lazy(
    rf"\b{_NOT_AFTER}(?P<past>{_IRREGULAR_PAST}|[a-z]{{2,}}ed)\b"
    r"|\b(?:to (?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)[a-z]+|is|are|am|"
    r"be|will|would|'ll|shall|can|may|must|should|has|have)\b"
)


# A character no _VERB_FORM match takes in: anything but a lower-case letter, an apostrophe
# and the space of "to go" (the space after an "o"). How far back its lookbehinds read: "\b"
# and "being " before a form, seven characters.
_NOT_IN_A_FORM = _lazy(r"[^a-z' ]|(?<!o) ")
_FORM_LOOKBEHIND = 7
# More than any _FUTURE, _PAST_SINCE or _RELATIVE match reads past its start: its longest
# match ("are supposed to", 15 characters) and the "\b" after it.
_WORD_REACH = 32


class _Sentences:
    """The direction rule's look-ups in one text, found once for the text and answered by
    bisection: a date costs about the same in a sentence of any length.

    Each answers what the rule asks of the words before a date (``text[first:start]``, from
    the last quote end in its sentence) and after it (``text[end:last]``, to the first), the
    plain way's pieces: the same matches, with the same reading of their edges (see
    `factcheck.values._slice_scans`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._quote_starts: list[int] | None = None
        self._quote_ends: list[int] = []
        self._openings: dict[int, tuple[int, frozenset[int]]] = {}
        # From a sentence's start or a quote's end (no match holds the mark or the space
        # before it); from the end of a future word (a word's end, which no word match holds).
        self._future = BoundedScan(_FUTURE, text, _WORD_REACH)
        self._maybe = BoundedScan(_MAYBE, text, _WORD_REACH)
        self._past_since = BoundedScan(_PAST_SINCE, text, _WORD_REACH)
        self._relative = BoundedScan(_RELATIVE, text, _WORD_REACH)
        self._forms = SliceScan(
            _VERB_FORM,
            text,
            barrier=_NOT_IN_A_FORM,
            behind=_FORM_LOOKBEHIND,
            value=lambda form: form.group("past") is not None,
        )

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Where the words before ``text[start:end]`` start and the words after it end: its
        sentence's bounds, cut at a closing quote between (``... will rise.'' The rate fell in
        December``: the quote's "will" is not the next sentence's)."""
        text = self.text
        first = sentence_start(text, start)
        last = sentence_end(text, max(start, end - 1))
        if self._quote_starts is None:
            found = list(_QUOTE_END().finditer(text))
            self._quote_starts = [quote_end.start() for quote_end in found]
            self._quote_ends = [quote_end.end() for quote_end in found]
        starts, ends = self._quote_starts, self._quote_ends
        before = bisect.bisect_right(ends, start) - 1  # the last quote end within the words before
        if before >= 0 and starts[before] >= first:
            first = ends[before]
        after = bisect.bisect_left(starts, end)  # the first quote end within the words after
        if after < len(starts) and ends[after] <= last:
            last = starts[after] + 1
        return first, max(last, end)

    def direction(self, first: int, start: int, end: int, last: int) -> Direction | None:
        """The direction the words ``text[first:start]`` before a date and ``text[end:last]``
        after it give it, or None when they give none (the rules in the module docstring)."""
        text = self.text
        # A claim's words may open with the preposition the finder leaves out ("for
        # September"): the cues read it as the finder's words do, before the date.
        lead = _LEAD_PREPOSITION().match(text, start, end)
        near = text[max(first, start - 40) : lead.end() if lead else start]
        if _CUE_AHEAD().search(near):
            return "future"
        if _CUE_FIXED().search(near):
            return "likely"
        if _CUE_END().search(near):
            return "nearest"
        if _PAST_JUST_BEFORE().search(near):
            return "past"
        future = self._future.last_end(first, start)
        if future is not None and not self._past_since.finds(future, start):
            clause = self._relative.last_end(future, start)
            if clause is None or not self.leans_past(clause, start, end, last):
                return "future"
        maybe = self._maybe.last_end(first, start)
        if maybe is not None and not self._past_since.finds(maybe, start):
            return "likely"
        if _CUE_BY().search(near):
            return "nearest"
        if self._opens(first, start):
            # "On Tuesday, the league plans to hold a news conference": the date opens its
            # sentence, and the verb after it, future or past, says which Tuesday. (The words
            # after are cut out here only for the date that opens the sentence.)
            after = text[end:last]
            ahead, behind = _FUTURE_AFTER().search(after), _PAST_SINCE().search(after)
            if ahead and (behind is None or ahead.start() < behind.start()):
                return "future"
        return None

    def leans_past(self, first: int, start: int, end: int, last: int) -> bool:
        """Whether the verb nearest a date, the last verb form in ``text[first:start]`` or,
        when there is none, the first in ``text[end:last]``, is in the past tense (rule 5)."""
        past = self._forms.last(first, start)
        if past is None:
            past = self._forms.first(end, last)
        return bool(past)

    def _opens(self, first: int, start: int) -> bool:
        """Whether ``text[first:start]`` is only what may stand before a date that opens its
        sentence (quotes, spaces, "On", "And" ...). The places where such words may end are
        found once for each ``first``: "On and and and ..." is read once, not once a date."""
        known = self._openings.get(first)
        if known is None:
            marks_end = _OPENING_MARKS().match(self.text, first).end()  # type: ignore[union-attr]
            ends = []
            word = _OPENING_WORD().match(self.text, marks_end)
            while word is not None:
                ends.append(word.end())
                word = _OPENING_WORD().match(self.text, word.end())
            known = self._openings[first] = (marks_end, frozenset(ends))
        marks_end, word_ends = known
        return start <= marks_end or start in word_ends


_sentences_of: _Sentences | None = None


def _sentences(text: str) -> _Sentences:
    """The look-ups of ``text``, kept while the same text is asked about."""
    global _sentences_of
    if _sentences_of is None or _sentences_of.text is not text:
        _sentences_of = _Sentences(text)
    return _sentences_of


def leans_past(before: str, after: str) -> bool:
    """Whether the verb nearest a date, the last verb form in ``before`` or, when there is
    none, the first in ``after``, is in the past tense (rule 5)."""
    text = before + after
    return _Sentences(text).leans_past(0, len(before), len(before), len(text))


def _last_future(before: str) -> int | None:
    """Where the last of _FUTURE's words in ``before`` ends, or None if there is none."""
    return _Sentences(before)._future.last_end(0, len(before))


def direction_of(before: str, after: str = "") -> Direction | None:
    """The direction the sentence gives a date between ``before`` and ``after`` (the rest of
    its sentence on each side), or None when it gives none (rules in the module docstring)."""
    text = before + after
    return _Sentences(text).direction(0, len(before), len(before), len(text))


# A sentence that ends inside a closing quote, '." ', ".' ", ".'' " (wire copy's closing
# ``...''): the quote's "will" must not set the dates of the next sentence ahead. Only the
# direction rule cuts there; story references (``values.reference``) count sentences as
# MARKS does.
_QUOTE_END = _lazy(r"[.?!](?:''|[\"']) ")


def direction_at(text: str, start: int, end: int, *, soon: bool = True) -> Direction | None:
    """The direction the sentence of ``text`` holding ``text[start:end]`` gives that date.

    With ``soon=False`` rule 5 is not asked, and a date it would give "soon" gets None: the
    caller knows "soon" would not move the date (its verb search is the rule's dearest)."""
    sentences = _sentences(text)
    first, last = sentences.around(start, end)
    direction = sentences.direction(first, start, end, last)
    if direction is None and soon and not sentences.leans_past(first, start, end, last):
        return "soon"
    return direction


def _shifted_year(value: DateValue, years: int, phrase: str = "") -> DateValue | None:
    """The same day, month or part of a month ``years`` years on (back when negative); a
    holiday's date in that year ("Thanksgiving" is not on the same day every year)."""
    holiday = holiday_name(phrase) if phrase else None
    if holiday is not None:
        return DateValue.for_day(holiday_in(holiday, value.start.year + years))
    try:
        start = value.start.replace(year=value.start.year + years)
        end = value.end.replace(year=value.end.year + years)
    except ValueError:  # February 29
        return None
    if value.precision == "month":
        return DateValue.for_month(start.year, start.month)
    if value.precision != "day" and (value.end + datetime.timedelta(days=1)).day == 1:
        # "late February" keeps its end; a day stays that day (February 28 a year before a
        # leap year is February 28, not a day that would end on the 29th).
        end = DateValue.for_month(end.year, end.month).end
    return DateValue(start, end, value.precision)


def _months_after(anchor: datetime.date, months: int) -> datetime.date:
    """The day ``months`` months after ``anchor`` (the month's last day when it has fewer)."""
    year, month = divmod(anchor.month - 1 + months, 12)
    year += anchor.year
    month += 1
    return datetime.date(year, month, min(anchor.day, month_end(year, month).day))


def directed(
    value: DateValue, phrase: str, anchor: datetime.date, direction: Direction | None
) -> DateValue:
    """``value``, read from ``phrase``, moved to the side of ``anchor`` that ``direction``
    says: a yearless date a year on or back, a bare weekday a week on."""
    if direction is None or _STATED().search(phrase):
        return value
    weekday = _WEEKDAY_ONLY().fullmatch(phrase.strip()) is not None
    if direction == "likely":
        direction = "future" if weekday else "soon"
    if direction == "soon":
        if weekday or value.end >= anchor:
            return value
        later = _shifted_year(value, 1, phrase)
        if later is None or not anchor < later.start <= _months_after(anchor, SOON_MONTHS):
            return value
        return later
    if direction != "past" and value.end < anchor:
        if weekday:
            later: DateValue | None = DateValue.for_day(value.start + datetime.timedelta(days=7))
        else:
            later = _shifted_year(value, 1, phrase)
        if later is None or later.end < anchor:
            return value
        if direction == "nearest" and later.start - anchor >= anchor - value.end:
            return value
        return later
    if direction != "future" and value.start > anchor and not weekday:
        earlier = _shifted_year(value, -1, phrase)
        if earlier is None or earlier.start > anchor:
            return value
        if direction == "nearest" and anchor - earlier.end >= value.start - anchor:
            return value
        return earlier
    return value


# The last text read by `read_date_at`, and its answers by phrase, anchor and place.
_read_in: tuple[str, dict[tuple[str, datetime.date, int, int], DateValue | None]] = ("", {})


def read_date_at(
    phrase: str, anchor: datetime.date, text: str, start: int, end: int
) -> DateValue | None:
    """The date ``phrase``, said at ``text[start:end]``, names, read as its sentence says:
    ``parse_date``'s reading moved by ``direction_at``. None when the phrase is no date.

    The answer depends on the arguments alone, and `verify` asks twice for most dates of an
    article: the value check at the words a claim quotes, then the mention finder where the
    article says them. The answers for the last text are kept, so the second question costs
    a look-up, not the sentence's cue searches again."""
    global _read_in
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()
    if _read_in[0] is not text and _read_in[0] != text:
        _read_in = (text, {})
    answers = _read_in[1]
    key = (phrase, anchor, start, end)
    try:
        return answers[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable phrase or anchor: answer without keeping it
        return _read_date_at(phrase, anchor, text, start, end)
    value = answers[key] = _read_date_at(phrase, anchor, text, start, end)
    return value


def _read_date_at(
    phrase: str, anchor: datetime.date, text: str, start: int, end: int
) -> DateValue | None:
    value = parse_date(phrase, anchor)
    if value is None:
        # "February" in "in January and February": the second of two joined dates
        from factcheck.values.conjuncts import read_conjunct

        conjunct = read_conjunct(phrase, anchor, text, start, end)
        if conjunct is not None:
            return conjunct
    if value is None or _A_YEAR_AGO().fullmatch(phrase):
        # "a year earlier", "the quarter": dated by a quarter the story named before ("a
        # year ago" too, when its sentence named one; else parse_date's year).
        from factcheck.values.reference import read_reference

        return read_reference(phrase, anchor, text, start, end) or value
    if _STATED().search(phrase):
        return value
    year = _joined_year(value, text, end)
    if year is not None:
        return _shifted_year(value, year - value.start.year, phrase) or value
    # Rule 5 ("soon") moves only a date that lies before the dateline and whose next year's
    # reading lies within SOON_MONTHS after it; for any other date "soon" reads as None
    # does, so its verb search is skipped (most dates of a story lie weeks behind it).
    try:
        soon = directed(value, phrase, anchor, "soon") is not value
    except ValueError:  # a reading the probe cannot make: ask the rule in full, as before
        soon = True
    direction = direction_at(text, start, end, soon=soon)
    if direction in (None, "soon") and _named_ahead_before(phrase, text, start):
        direction = "future"
    return directed(value, phrase, anchor, direction)


# What may follow a yearless month's day whose year the next date gives: "and 25, 1999",
# "to May 3, 1999", "- 25, 1999", "or April 2, 2001" (the year only after a day of it).
_JOINED_YEAR = _lazy(
    r"(?:,? (?:and|or|to|through|until) | ?- ?)(?:[A-Z][a-z]{2,8}\.? )?"
    r"[0-9]{1,2}(?:st|nd|rd|th)?, (?P<year>1[0-9]{3}|20[0-9]{2})\b"
)


def _joined_year(value: DateValue, text: str, end: int) -> int | None:
    """The year a month's day joined to a next date takes from it: "April 24" of "April 24 and
    25, 1999" is 1999's, whatever the dateline (rule 8). None when nothing gives one."""
    if value.precision != "day" or value.start != value.end:
        return None
    joined = _JOINED_YEAR().match(text, end)
    return int(joined.group("year")) if joined else None


# A word before a weekday that says itself which week it lies in ("last Friday").
_WEEK_WORD = _lazy(r"\b(?:last|this|next|past|coming|previous|following) $", re.IGNORECASE)


def _named_ahead_before(phrase: str, text: str, start: int) -> bool:
    """Whether a bare weekday with no cue of its own ("created a suitable atmosphere for
    Monday's meetings") was named just before in the story, bare too, in a sentence that
    put it ahead ("will be at the new peace talks Monday"): a story's weekday is one day
    throughout (rule 7). Only the nearest earlier mention is read: "last Friday" there
    ("mailed last Friday ... shares fell 50 cents on Friday") says the week itself."""
    weekday = _WEEKDAY_ONLY().fullmatch(phrase.strip())
    if weekday is None:
        return False
    name = re.sub(r"^on ", "", weekday.group(0), flags=re.IGNORECASE).split(" ")[0]
    earlier = _weekday_before(text, name, start)
    if earlier is None or _WEEK_WORD().search(text, max(0, earlier[0] - 12), earlier[0]):
        return False
    return direction_at(text, *earlier) in ("future", "likely")


# Each weekday's name as a group of its own, so a match says which day it names whatever its
# case (re.IGNORECASE also folds "ſ" to "s", which str.lower does not).
_ANY_WEEKDAY = _lazy(
    "|".join(
        rf"\b(?P<{day}>{day})\b"
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    ),
    re.IGNORECASE,
)
# The weekday names of the last text asked about, by day: (end, start) pairs in text order,
# found in one scan, so asking for each of a long text's weekdays stays linear.
_weekdays_of: tuple[str, dict[str, list[tuple[int, int]]]] = ("", {})


def _weekday_before(text: str, name: str, start: int) -> tuple[int, int] | None:
    """The span of the last mention of weekday `name` that ends by `start`, or None."""
    global _weekdays_of
    if _weekdays_of[0] is not text:
        found: dict[str, list[tuple[int, int]]] = {}
        for match in _ANY_WEEKDAY().finditer(text):
            found.setdefault(match.lastgroup or "", []).append((match.end(), match.start()))
        _weekdays_of = (text, found)
    named = _ANY_WEEKDAY().fullmatch(name)
    spans = _weekdays_of[1].get(named.lastgroup or "", []) if named else []
    index = bisect.bisect_right(spans, (start, start))
    if index == 0:
        return None
    end, begin = spans[index - 1]
    return begin, end
