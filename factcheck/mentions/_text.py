"""Words, sentences and paragraphs of normalized article text, with their offsets.

Every finder reads the same text; this module splits it once so that the name, quote and
place finders agree on what a word, a capitalized name and a sentence are.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import NamedTuple

from factcheck.article.normalize import paragraph_starts, paragraph_within
from factcheck.article.sentences import sentence_spans


def word_set(words: str) -> frozenset[str]:
    """A set of the space-separated words of ``words`` (for readable word lists)."""
    return frozenset(words.split())


def phrases(text: str) -> list[str]:
    """The "|"-separated phrases of ``text`` (for readable lists of multi-word phrases)."""
    return text.split("|")


_TITLE_ABBREVIATIONS = (
    "Sen|Rep|Gen|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Brig|Cmdr|Dr|Mr|Mrs|Ms|Mt|St|Jr|Sr|Prof"
)
# Possessive quantifiers (++, *+): nothing follows them in their branch, so giving back
# characters could never help a match, and not keeping track of that is faster. The two
# look-aheads only fail early what would fail anyway: finditer tries the pattern at every
# space, where no branch matches, and the abbreviations at every word, where only a capital
# can start one. They cut the tokenizer's regex work by a quarter (callgrind, 60 articles).
_TOKEN = re.compile(
    r"(?=\S)(?:"
    rf"(?P<abbr>(?=[A-Z])(?:(?:[A-Z]\.){{2,}}+|(?:{_TITLE_ABBREVIATIONS})\.))"
    r"|(?P<word>[^\W\d_]++(?:['-][^\W\d_]++)*+)"
    r"|(?P<num>\d++(?:[.,:]\d++)*+)"
    r"|(?P<punct>\S))"
)
_OPENERS = re.compile(r"""[ "'(\[]*+""")  # what may stand before a sentence's first word
_KIND = operator.attrgetter("lastgroup")  # the name of a token match's group: its kind

MONTH_NAMES = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAY_NAMES = word_set("monday tuesday wednesday thursday friday saturday sunday")
# Words that start sentences or join clauses, capitalized only by their position.
FUNCTION_WORDS = word_set(
    "a an the this that these those it its he she they we i you his her their our my your "
    "in on at by for of with from to into onto about after before during since until while "
    "when where as and but or nor so yet if then than though although because despite "
    "meanwhile however also only just still even already now today yesterday tomorrow "
    "there here what which who whom whose how why all some many most several both each "
    "every any no not nearly almost over under up around more less some another other "
    "according following amid among earlier later last next first asked told said"
)


# Verbs of a headline in title case: "Blinken Meets German Foreign Minister Baerbock", "José
# Mujica Rejects …". A capitalized verb ends a name (a person's or a place's) and is no
# modifier of the title after it.
HEADLINE_VERBS = word_set(
    "meets meet says say tells calls visits welcomes hosts rejects urges condemns warns holds "
    "speaks joins signs announces thanks backs slams vows seeks names appoints resigns wins "
    "arrives leaves travels discusses defends denies accuses praises criticises criticizes "
    "receives addresses launches opens asks briefs brief tours outlines unveils reaffirms "
    "pledges marks honors honours highlights delivers testifies nominates sworn pleads plead "
    "admits admit sentenced charged convicted indicted arrested passes approves approaches "
    "hits strikes batters lashes pounds nears reaches enters kills "
    # the verbs of saying in a headline with a plural subject: "Western Observers Call Belarus
    # Election a 'Failure'", "Leaders Urge Calm" (not "mark", "name", "back": name words)
    "call urge warn vow reject deny condemn accuse pledge"
)


class Token(NamedTuple):
    """A word, number or punctuation mark and where it stands in the text."""

    start: int
    end: int
    text: str
    kind: str  # "word", "abbr", "num" or "punct"

    @property
    def capitalized(self) -> bool:
        return self.kind in ("word", "abbr") and self.text[0].isupper()

    @property
    def bare(self) -> str:
        """The word without a possessive "'s" ("Kyiv's" -> "Kyiv")."""
        return self.text[:-2] if self.text.endswith("'s") else self.text


def _tokens(matches: list[re.Match[str]], texts: list[str], kinds: list[str]) -> list[Token]:
    """The tokens of the token pattern's ``matches``, whose texts and kinds are given.

    An article has a thousand or more, so the work for each runs in C: map() calls each
    match's methods and tuple.__new__ builds each Token from (start, end, text, kind), a
    fifth faster than a comprehension that does the same in Python."""
    fields = zip(
        map(re.Match.start, matches), map(re.Match.end, matches), texts, kinds, strict=True
    )
    return list(map(tuple.__new__, itertools.repeat(Token), fields))


# An article of 1,000 words has some 1,400 tokens: one batch, as before.
_MATCHES_AT_ONCE = 8192
# Past this many characters a text's token strings (and their lower case) are interned: one
# string for each distinct word instead of one for each token saved a quarter of the memory
# of checking a 2 MB article, but costs 4% of the finder's time on an article of ordinary
# length, whose memory does not matter.
SHARED_WORDS_FROM = 200_000


def indices(selectors: Iterable[object]) -> Iterator[int]:
    """The indices at which ``selectors`` are true (itertools.compress over 0, 1, 2...)."""
    return itertools.compress(itertools.count(), selectors)


class Doc:
    """Normalized text split into tokens and sentences once for all finders.

    Besides the tokens, their texts and kinds as lists of their own, and the texts in lower
    case: a finder that looks for a few words among a thousand tokens selects them with
    map() and ``indices`` in C, about five times faster than a loop over the tokens in
    Python (the title, place and figure finders all do)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.shares_words = len(text) > SHARED_WORDS_FROM
        self.token_texts: list[str] = []
        self.token_kinds: list[str] = []
        self.tokens: list[Token] = []
        # The pattern's matches a batch at a time: all of them at once (some 150 bytes a
        # match, a token every five characters) were a third of the peak memory of
        # checking a long article, and were dropped as soon as the tokens were made.
        scan = _TOKEN.finditer(text)
        while matches := list(itertools.islice(scan, _MATCHES_AT_ONCE)):
            texts = list(map(re.Match.group, matches))
            if self.shares_words:
                texts = list(map(sys.intern, texts))
            kinds = list(map(_KIND, matches))
            self.token_texts += texts
            self.token_kinds += kinds
            self.tokens += _tokens(matches, texts, kinds)
        # Sentence start -> where its first character other than an opener stands.
        self._content_starts: dict[int, int] = {}
        # Paragraph start -> whether the paragraph is in headline case.
        self._headline_paragraphs: dict[int, bool] = {}

    @cached_property
    def lowered(self) -> list[str]:
        """Each token's text in lower case (in a long text, one string a distinct word)."""
        lowered = list(map(str.lower, self.token_texts))
        return list(map(sys.intern, lowered)) if self.shares_words else lowered

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence, by the splitter the pinned sentences use too
        (``factcheck.article.sentences``); a paragraph break always ends one."""
        spans: list[tuple[int, int]] = []
        offset = 0
        text = self.text
        for paragraph in text.split("\n"):
            end = offset + len(paragraph)
            spans += sentence_spans(text, offset, end)
            offset = end + 1
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, index: int) -> tuple[int, int]:
        """The sentence holding character ``index``."""
        position = bisect.bisect_right(self._sentence_starts, index) - 1
        return self.sentences[max(position, 0)]

    def sentences_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that start in [start, end), found by bisection."""
        first = bisect.bisect_left(self._sentence_starts, start)
        last = bisect.bisect_left(self._sentence_starts, end, first)
        return self.sentences[first:last]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return paragraph_starts(self.text)

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line (paragraph) starts: where a pattern's multi-line "^" can match.
        A finder that tries such a pattern only there (`_scan.anchored`) skips the
        thousands of other places its ``finditer`` would try."""
        return [0, *self._paragraph_starts]

    def paragraph_at(self, index: int) -> tuple[int, int]:
        """The paragraph holding character ``index``, as `normalize.paragraph_bounds` finds
        it (by bisection: a search of the text for breaks at each question was quadratic in
        a long paragraph), from this text's own paragraph starts."""
        return paragraph_within(self._paragraph_starts, len(self.text), index)

    def in_headline(self, offset: int) -> bool:
        """Whether the paragraph holding ``offset`` is written in headline case (see
        ``headline_case``: "Russia Ready To Hold Third Round Of Talks, Putin Says"), each
        paragraph read once a text: the name, place and number finders ask per word, and a
        long paragraph read again for each was quadratic."""
        start, end = self.paragraph_at(offset)
        answer = self._headline_paragraphs.get(start)
        if answer is None:
            answer = self._headline_paragraphs[start] = headline_case(self.text[start:end])
        return answer

    def starts_sentence(self, token_index: int) -> bool:
        """Whether the token opens its sentence (ignoring opening quotes and brackets).

        Nothing but openers stands between the sentence's start and the token: the token
        starts at or before the sentence's first other character, found once a sentence
        (copying the sentence up to the token at each question was quadratic in a long one).
        """
        start = self.tokens[token_index].start
        sentence_start = self.sentence_at(start)[0]
        content = self._content_starts.get(sentence_start)
        if content is None:
            content = _OPENERS.match(self.text, sentence_start).end()
            self._content_starts[sentence_start] = content
        return start <= content


def headline_case(paragraph: str) -> bool:
    """Whether ``paragraph`` has four or more words, three or more of four letters or more,
    and at most one of those in lower case. Read word by word up to the second long word in
    lower case, which settles it: prose has one within its first few words."""
    words = long = lower = 0
    for word in paragraph.split():
        if not word[:1].isalpha():
            continue
        words += 1
        if len(word) >= 4:
            long += 1
            if word[0].islower():
                lower += 1
                if lower > 1:
                    return False
    return words >= 4 and long >= 3
