"""One changed fact, one finding: group the findings an edit of the article causes (FC207).

Editing "June 2" to "June 3" in one sentence used to give four findings: FC203 on the claim
of the date, FC203 on the claim whose context held "June 2", FC205 on the claim pinned to the
sentence, FC501 for the unclaimed "June 3", and none of them said what happened. A claim
whose words (`text`, or `context`) are gone was verified in a sentence that an editor
changed; this module finds that sentence as it was and as it is, aligns the two word by word,
and reports one FC207 per changed stretch of words that a claim stood on:

    the article now says `June 3` where `round-2-date` says `June 2`

The findings the same stretch caused carry the FC207's `cause` id. After configuration has
set severities and silenced what a claim ignores (`fold`), they are marked `folded`: every
report keeps them (the JSON report for machines, with `folded_into`), shows them under their
primary finding, and counts the cause once.

Where the sentence was:

- From the lock: the claim's pinned sentence. The sentence it became is the current
  sentence of another claim pinned to it that is still found, or else the article's sentence
  sharing most of its word pairs (an index of word pairs, built once: linear in the article
  and the lock, however many claims are missing).
- Without a pin, from the claim's `context`: the nearest passage to it (`passage_hint`), if
  it keeps at least half of the context's word pairs (`_alike`).
- A claim with neither has no known place. Its hint (the nearest passage) is dropped when it
  lies wholly in other claims' words: those are that claim's words, not what replaced these.

A pinned sentence that no sentence of the article is like any more (and whose claims'
contexts find no edit either) was deleted: its claims get one FC207 for the removal, "the
article no longer has the sentence `…` that `a`, `b` were verified against", and no nearest
passage, which could only be somewhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise

from factcheck.article.model import Article
from factcheck.article.normalize import normalize_phrase
from factcheck.check.grounding import passage_hint, with_passage
from factcheck.check.search import WHOLE_SEARCH_UNDER, find_all
from factcheck.coverage import ClaimedSpans
from factcheck.findings import Finding, WordChange
from factcheck.load.claims_loader import LoadedClaims
from factcheck.load.positioned_yaml import Position
from factcheck.mentions.model import Mention
from factcheck.model.claims import ClaimsFile
from factcheck.pin.lock import Pin
from factcheck.pin.sentences import (
    EDGE_PUNCTUATION,
    article_sentence_spans,
    changed_stretches,
    map_range,
    trim_edges,
)
from factcheck.result import ClaimResult

PRIMARY_CODE = "FC207"
MISSING_CODES = frozenset({"FC201", "FC203"})
PINNED_CODE = "FC205"
# Findings located on the article's words that an edit made new: folded when they stand in
# the words the edit put in.
AT_NEW_WORDS = frozenset({"FC501", "FC428"})
_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"\w+")
# A word pair the article repeats more often than this says nothing about which sentence an
# old one became (and would make a hostile article's index vote cost quadratic).
_MOST_SENTENCES_A_PAIR = 16
# A pinned sentence longer than this is no sentence a person accepted (the lock is written by
# `accept`, but a pull request can edit it): it is not aligned, so no cost grows with it.
LONGEST_SENTENCE = 10_000


@dataclass
class _Region:
    """A sentence as it was (`old`) and the stretch of the article it is now."""

    old: str
    start: int
    end: int
    claims: list[ClaimResult] = field(default_factory=list)


@dataclass
class _Stretch:
    """Changed words of a region, widened to the claims' whole words: old[a1:a2] → new[b1:b2];
    then the old words, and where the new ones stand in the article: text[start:end]."""

    a1: int
    a2: int
    b1: int = 0
    b2: int = 0
    claims: list[str] = field(default_factory=list)  # affected, their words first
    by_text: list[str] = field(default_factory=list)  # whose `text` held the old words
    missing: list[str] = field(default_factory=list)  # whose FC201/FC203 it explains
    # Where the `text` of claims whose context it broke still stands: no claim covers it now.
    orphaned: list[tuple[int, int]] = field(default_factory=list)
    pinned: list[str] = field(default_factory=list)  # whose FC205 it explains
    old: str = ""
    start: int = 0
    end: int = 0
    cause: str = ""


def group_by_cause(
    findings: list[Finding],
    claims: list[ClaimResult],
    model: ClaimsFile,
    loaded: LoadedClaims,
    article: Article,
    pins: dict[str, Pin],
    mentions: list[Mention],
) -> list[Finding]:
    """`findings` with an FC207 added for each stretch of words an edit changed under a
    claim, and every finding that stretch caused given the FC207's `cause` id.

    Missing claims' hints are also placed where the claim stood: the nearest passage within
    the sentence it became, or none where no place is known and the passage is another
    claim's words.
    """
    missing = [c for c in claims if c.missing]
    if not missing:
        return findings
    text = article.text.text
    written = {c.id: c for c in model.claims}
    order = {claim_id: index for index, claim_id in enumerate(written)}  # place in the file
    finder = _SentenceFinder(text, pins, claims)
    claimed = ClaimedSpans(c.span for c in claims if c.span)
    passages = {
        f.claim: f.changes[0]
        for f in findings
        if f.code in MISSING_CODES and f.changes and f.changes[0].kind == "passage"
    }
    regions: dict[tuple[str, int, int], _Region] = {}
    hints: dict[str, WordChange | None] = {}
    gone: dict[str, list[ClaimResult]] = {}  # pinned sentences the article no longer has
    for claim in missing:
        # The pinned sentence, when the lock says where the words stood, and where it is now.
        pin = _usable_pin(claim, pins)
        found = finder.became(pin.sentence) if pin else None
        if pin is not None and found is None:  # the article has no sentence like it now
            gone.setdefault(pin.sentence, []).append(claim)
        region = (pin.sentence, *found) if pin and found else None
        if region is not None:
            start, end = region[1], region[2]
            if end - start <= WHOLE_SEARCH_UNDER:  # else grounding's hint stands
                phrase = claim.missing or ""
                hints[claim.id] = passage_hint(
                    article, phrase, _written_phrase(written[claim.id]), claim.id, start, end
                )
        else:
            passage = passages.get(claim.id)
            context = written[claim.id].context
            if (
                passage is not None
                and context is not None
                and _alike(normalize_phrase(context), text[passage.start : passage.end])
            ):
                region = (normalize_phrase(context), passage.start, passage.end)
            elif passage is not None and _within(claimed, passage.start, passage.end):
                hints[claim.id] = None
        if region is not None:
            regions.setdefault(region, _Region(*region)).claims.append(claim)
    changed = {f.claim for f in findings if f.code == PINNED_CODE and f.claim}
    stretches = [
        stretch
        for region in regions.values()
        for stretch in _group_region(region, text, finder, changed)
    ]
    primaries: list[Finding] = []
    causes: dict[tuple[str, str | None], str] = {}  # (code, claim) → cause
    at_new: list[tuple[int, int, str]] = []  # the new words' spans, with their cause
    orphaned: dict[int, str] = {}  # where the words of a claim the edit broke start
    for stretch in _merged_in_article(stretches):
        primaries.append(_primary(stretch, text, order, pins, loaded, article))
        for claim_id in stretch.missing:
            causes.setdefault(("missing", claim_id), stretch.cause)
        for claim_id in stretch.pinned:
            causes.setdefault((PINNED_CODE, claim_id), stretch.cause)
        at_new.append((stretch.start, max(stretch.end, stretch.start + 1), stretch.cause))
        orphaned.update({start: stretch.cause for start, _end in stretch.orphaned})
    explained = {c for _code, c in causes}
    unpinned = _held_by_gone(
        [c for c in missing if c.id not in explained and c.id not in pins], list(gone)
    )
    around: _FoundAround | None = None
    for sentence, lost in gone.items():
        ids = [c.id for c in lost if c.id not in explained]
        if not ids:
            continue
        around = around or _FoundAround(claims, order)
        also = unpinned.get(sentence, [])
        removal = _removal(sentence, ids, also, around, finder, loaded, article)
        primaries.append(removal)
        for claim_id in ids + also:
            causes[("missing", claim_id)] = removal.cause or ""
            hints[claim_id] = None  # a nearest passage could only be somewhere else
    findings = [_with_hint(f, hints) for f in findings]
    if not primaries:
        return findings
    starts = (
        _mention_spans(mentions, article)
        if any(f.code in AT_NEW_WORDS and not _words_of(f) for f in findings)
        else {}
    )
    tagged = []
    for finding in findings:
        cause = None
        if finding.code in MISSING_CODES:
            cause = causes.get(("missing", finding.claim))
        elif finding.code == PINNED_CODE:
            cause = causes.get((PINNED_CODE, finding.claim))
        elif finding.code in AT_NEW_WORDS and finding.article_line:
            span = _words_of(finding) or starts.get(
                (finding.article_line, finding.article_column or 1)
            )
            if span is not None:
                cause = _overlapping(at_new, span) or orphaned.get(span[0])
        tagged.append(replace(finding, cause=cause) if cause else finding)
    return tagged + primaries


def _within(claimed: ClaimedSpans, start: int, end: int) -> bool:
    """Whether text[start:end] lies wholly in words claims stand on."""
    last = bisect_right(claimed.starts, start) - 1
    return last >= 0 and claimed.ends[last] >= end


def _overlapping(places: list[tuple[int, int, str]], span: tuple[int, int]) -> str | None:
    """The cause of the place (sorted, not overlapping) that shares a character with span."""
    last = bisect_left(places, (span[1],)) - 1  # the last place starting before span's end
    if last >= 0 and places[last][1] > span[0]:
        return places[last][2]
    return None


def fold(findings: list[Finding]) -> list[Finding]:
    """Mark the findings whose primary FC207 is kept (after configuration) `folded` under
    it; a cause whose FC207 was silenced or turned off folds nothing."""
    kept = {f.cause for f in findings if f.code == PRIMARY_CODE and f.cause}
    out = []
    for finding in findings:
        if finding.cause is None or finding.code == PRIMARY_CODE:
            out.append(finding)
        elif finding.cause in kept:
            out.append(replace(finding, folded=True))
        else:
            out.append(replace(finding, cause=None))
    return out


# --- where the claim's sentence was, and what it is now ---------------------------------


def _usable_pin(claim: ClaimResult, pins: dict[str, Pin]) -> Pin | None:
    """The claim's pin, if it says where the claim's missing words stood."""
    pin = pins.get(claim.id)
    if pin is None or pin.text != claim.text or not claim.missing:
        return None
    if len(pin.sentence) > LONGEST_SENTENCE:
        return None
    if len(find_all(pin.sentence, claim.missing)) != 1:
        return None  # the claim's words changed since it was accepted, not the article
    return pin


class _SentenceFinder:
    """Where the article's sentences are now: each found claim's sentence by its pinned one,
    and an index of every sentence's word pairs, built when first asked."""

    def __init__(self, text: str, pins: dict[str, Pin], claims: list[ClaimResult]) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._pairs: dict[tuple[str, ...], list[int]] = {}
        self._became: dict[str, tuple[int, int] | None] = {}
        # Found claims by the sentence they were pinned to: the first of each, and those
        # whose FC205 the sentence's edit may explain.
        self.found_at: dict[str, int] = {}
        self.pinned: dict[str, list[ClaimResult]] = {}
        for claim in claims:
            pin = pins.get(claim.id)
            if claim.span and pin is not None:
                self.found_at.setdefault(pin.sentence, claim.span[0])
                self.pinned.setdefault(pin.sentence, []).append(claim)

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = list(article_sentence_spans(self.text))
            for number, (start, end) in enumerate(self._spans):
                for pair in set(_pairs(self.text[start:end])):
                    places = self._pairs.setdefault(pair, [])
                    if len(places) <= _MOST_SENTENCES_A_PAIR:
                        places.append(number)
        return self._spans

    def became(self, sentence: str) -> tuple[int, int] | None:
        """The sentence of the article that pinned `sentence` is now (memoized)."""
        if sentence not in self._became:
            at = self.found_at.get(sentence)
            self._became[sentence] = (
                self.sentence_at(at) if at is not None else self.most_like(sentence)
            )
        return self._became[sentence]

    def sentence_at(self, index: int) -> tuple[int, int]:
        spans = self.spans
        number = max(0, bisect_right(spans, (index, len(self.text))) - 1)
        return spans[number]

    def most_like(self, sentence: str) -> tuple[int, int] | None:
        """The one sentence sharing at least half of `sentence`'s word pairs, and more of
        them than any other sentence does (None when none does, or two tie)."""
        spans = self.spans
        pairs = set(_pairs(sentence))
        votes: Counter[int] = Counter()
        for pair in pairs:
            places = self._pairs.get(pair, [])
            if len(places) <= _MOST_SENTENCES_A_PAIR:
                votes.update(places)
        ranked = votes.most_common(2)
        if not ranked or ranked[0][1] * 2 < len(pairs):
            return None
        if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
            return None
        return spans[ranked[0][0]]


def _alike(context: str, passage: str) -> bool:
    """Whether the nearest passage can be what a claim's context became: it keeps at least
    half of the context's word pairs (of its words, for a context of three words or fewer).
    Else the passage is other words that merely share some (the context's sentence was
    deleted, and "told reporters on June 27" is no edit of "a press briefing on June 26")."""
    if len(_TOKEN.findall(context)) <= 3:
        old, new = _words(context), _words(passage)
    else:
        old, new = Counter(_pairs(context)), Counter(_pairs(passage))
    return sum((old & new).values()) * 2 >= sum(old.values())


def _words(phrase: str) -> Counter[tuple[str, ...]]:
    return Counter((w.casefold(),) for w in _TOKEN.findall(phrase))


def _pairs(sentence: str) -> list[tuple[str, ...]]:
    """The sentence's pairs of adjacent words (its one word, for a one-word sentence)."""
    words = [w.casefold() for w in _TOKEN.findall(sentence)]
    if len(words) < 2:
        return [tuple(words)] if words else []
    return list(pairwise(words))


def _written_phrase(claim: object) -> str:
    context = getattr(claim, "context", None)
    return context if context is not None else str(getattr(claim, "text", ""))


def _with_hint(finding: Finding, hints: dict[str, WordChange | None]) -> Finding:
    if finding.code not in MISSING_CODES or finding.claim not in hints:
        return finding
    return with_passage(finding, hints[finding.claim])


def _words_of(finding: Finding) -> tuple[int, int] | None:
    """The span of the fact a finding is about, when it carries it (FC501 does)."""
    for change in finding.changes:
        if change.kind == "mention":
            return change.start, change.end
    return None


def _mention_spans(
    mentions: list[Mention], article: Article
) -> dict[tuple[int, int], tuple[int, int]]:
    """Each mention's span, by the line and column an FC428 names (an FC501 carries its own)."""
    return {article.text.line_column(m.start): (m.start, m.end) for m in mentions}


# --- aligning a sentence as it was with the sentence as it is -----------------------------


def _group_region(
    region: _Region, text: str, finder: _SentenceFinder, changed: set[str]
) -> list[_Stretch]:
    """Each changed stretch of the region that a missing claim stood on.

    Words are aligned without the punctuation at their edges: "Istanbul" in a claim's
    context and "Istanbul," in the sentence are the same word.
    """
    old_spans = [(m.start(), m.end()) for m in _WORD.finditer(region.old)]
    old_words = [region.old[s:e] for s, e in old_spans]
    new_spans = [m.span() for m in _WORD.finditer(text, region.start, region.end)]
    stretches = changed_stretches(
        [w.strip(EDGE_PUNCTUATION) for w in old_words],
        [text[s:e].strip(EDGE_PUNCTUATION) for s, e in new_spans],
    )
    if not stretches:
        return []
    # Each missing claim's phrase and text, as word ranges of the old sentence.
    phrases: dict[str, tuple[int, int]] = {}
    texts: dict[str, tuple[int, int]] = {}
    texts_written = {c.id: normalize_phrase(c.text) for c in region.claims}
    for claim in region.claims:
        found = find_all(region.old, claim.missing or "")
        if len(found) != 1:
            continue
        phrases[claim.id] = _word_range(old_spans, found[0].start, found[0].end)
        inside = find_all(region.old, texts_written[claim.id], found[0].start, found[0].end)
        if len(inside) == 1:
            texts[claim.id] = _word_range(old_spans, inside[0].start, inside[0].end)
    widened: list[_Stretch] = []
    for a1, a2, _b1, _b2 in stretches:
        hit = [c for c, r in phrases.items() if _touches(a1, a2, r)]
        if not hit:
            continue
        stretch = _Stretch(a1, a2, missing=hit)
        for claim_id in hit:
            text_range = texts.get(claim_id)
            if text_range and _touches(a1, a2, text_range):
                stretch.a1 = min(stretch.a1, text_range[0])
                stretch.a2 = max(stretch.a2, text_range[1])
                stretch.by_text.append(claim_id)
        stretch.claims = stretch.by_text + [c for c in hit if c not in stretch.by_text]
        widened.append(stretch)
    merged = _merged(widened)
    # Claims pinned to this sentence whose every change is one of these stretches: their
    # FC205 says nothing these do not.
    if all(any(s.a1 <= a1 and a2 <= s.a2 for s in merged) for a1, a2, _, _ in stretches):
        pinned = [
            c.id
            for c in finder.pinned.get(region.old, [])
            if c.span and region.start <= c.span[0] < region.end and c.id in changed
        ]
        if merged:
            merged[0].pinned = pinned
            merged[0].claims += [c for c in pinned if c not in merged[0].claims]
    for stretch in merged:
        if stretch.a1 == stretch.a2:  # words added: shown with the words either side
            stretch.a1, stretch.a2 = max(0, stretch.a1 - 1), min(len(old_words), stretch.a2 + 1)
        stretch.b1, stretch.b2 = map_range(stretches, stretch.a1, stretch.a2)
        stretch.old = " ".join(old_words[stretch.a1 : stretch.a2]).strip(EDGE_PUNCTUATION)
        if stretch.b1 < stretch.b2:
            start, end = trim_edges(text, new_spans[stretch.b1][0], new_spans[stretch.b2 - 1][1])
        else:  # words removed: where they stood
            start = end = new_spans[stretch.b1][0] if stretch.b1 < len(new_spans) else region.end
        stretch.start, stretch.end = start, end
        for claim_id in stretch.missing:
            words = texts_written.get(claim_id, "")
            found = find_all(text, words, region.start, region.end) if words else []
            if len(found) == 1:
                stretch.orphaned.append((found[0].start, found[0].end))
    return merged


def _merged_in_article(stretches: list[_Stretch]) -> list[_Stretch]:
    """One stretch per place in the article: without a lock, two claims' contexts can each
    find the same edit (`June 2 in Istanbul` and `took place on June 2`). The one that names a
    claim's `text` is kept, and takes the other's claims."""
    out: list[_Stretch] = []
    for stretch in sorted(stretches, key=lambda s: (s.start, s.end)):
        last = out[-1] if out else None
        if last is None or stretch.start >= max(last.end, last.start + 1):
            out.append(stretch)
            continue
        keep, other = (last, stretch) if last.by_text or not stretch.by_text else (stretch, last)
        for name in ("by_text", "claims", "missing", "pinned"):
            kept: list[str] = getattr(keep, name)
            kept += [c for c in getattr(other, name) if c not in kept]
        keep.claims = keep.by_text + [c for c in keep.claims if c not in keep.by_text]
        out[-1] = keep
    return out


def _word_range(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The words (by number) that characters [start, end) of their text fall in."""
    first = next(i for i, (_, e) in enumerate(spans) if e > start)
    last = max(i for i, (s, _) in enumerate(spans) if s < end)
    return first, last + 1


def _touches(a1: int, a2: int, words: tuple[int, int]) -> bool:
    """Whether a change of old words [a1, a2) (an addition when empty) falls in `words`."""
    w1, w2 = words
    if a1 == a2:
        return w1 < a1 < w2
    return a1 < w2 and a2 > w1


def _merged(stretches: list[_Stretch]) -> list[_Stretch]:
    out: list[_Stretch] = []
    for stretch in sorted(stretches, key=lambda s: (s.a1, s.a2)):
        last = out[-1] if out else None
        if last is not None and stretch.a1 < last.a2:
            last.a2 = max(last.a2, stretch.a2)
            last.by_text += [c for c in stretch.by_text if c not in last.by_text]
            rest = [c for c in stretch.claims if c not in last.claims]
            last.claims = last.by_text + [c for c in last.claims + rest if c not in last.by_text]
        else:
            out.append(stretch)
    return out


def _primary(
    stretch: _Stretch,
    text: str,
    order: dict[str, int],
    pins: dict[str, Pin],
    loaded: LoadedClaims,
    article: Article,
) -> Finding:
    """The FC207 of one stretch, located on its first claim's words and the article's;
    `order` gives each claim's place in the claims file."""
    start, end, old = stretch.start, stretch.end, stretch.old
    new = text[start:end]
    line, column = article.text.line_column(start)
    first = stretch.claims[0]
    key = "text" if first in stretch.by_text else "context"
    position = loaded.position_of("claims", order[first], key)
    stretch.cause = f"{loaded.display}#change-{line}:{column}"
    holder = f"`{first}`" if key == "text" else f"the context of `{first}`"
    if new:
        message = f"the article now says `{new}` where {holder} says `{old}`"
    else:
        message = f"the article no longer says `{old}`, which {holder} says"
    others = stretch.claims[1:]
    if others:
        message += f" (also affects {', '.join(f'`{c}`' for c in others)})"
    ids = " ".join(stretch.claims)
    pinned = any(c in pins for c in stretch.claims)
    hint = (
        f"If the article is right, re-check {_listed(stretch.claims)} against it and update "
        f"`value`, `text` and `context`"
        + (f", then run `factcheck accept {ids}`" if pinned else "")
        + "; if the claim is right, correct the article."
    )
    change = WordChange(old, new, start, end, line, column, "replaced", tuple(stretch.claims))
    return _edit_finding(message, hint, first, position, stretch.cause, loaded, article, change)


def _edit_finding(
    message: str,
    hint: str,
    claim: str,
    position: Position,
    cause: str,
    loaded: LoadedClaims,
    article: Article,
    change: WordChange | None,
) -> Finding:
    """The FC207 of one edit, changed words or a deleted sentence alike: an error on
    `claim`'s key at `position` in the claims file and, where the edit's place in the
    article is known (`change`), there too. One shape, so every report treats both alike."""
    return Finding(
        PRIMARY_CODE,
        "error",
        message,
        loaded.display,
        position.line,
        position.column,
        hint,
        claim=claim,
        article_file=article.display if change else None,
        article_line=change.article_line if change else None,
        article_column=change.article_column if change else None,
        changes=(change,) if change else (),
        cause=cause,
    )


# A removed sentence is quoted up to this many characters (cut at a word, then "…").
_QUOTED_SENTENCE = 80


class _FoundAround:
    """For each claim, the nearest claim before and after it in the claims file whose words
    were found: built once, so placing any number of deleted sentences stays linear."""

    def __init__(self, claims: list[ClaimResult], order: dict[str, int]) -> None:
        self.order = order
        self.at = {c.id: i for i, c in enumerate(claims)}
        self.before: list[ClaimResult | None] = []
        last: ClaimResult | None = None
        for claim in claims:
            self.before.append(last)
            last = claim if claim.span else last
        self.after: list[ClaimResult | None] = [None] * len(claims)
        last = None
        for i in range(len(claims) - 1, -1, -1):
            self.after[i] = last
            last = claims[i] if claims[i].span else last


# An unpinned claim's missing words are looked for in at most this many deleted sentences,
# so a hostile lock of thousands of them costs no more than a few per claim.
_MOST_GONE_LOOKED_IN = 64


def _held_by_gone(claims: list[ClaimResult], gone: list[str]) -> dict[str, list[str]]:
    """Claims the lock does not pin (not yet verified) whose missing words stood once in
    one deleted sentence, and in no other: the deletion broke them too."""
    held: dict[str, list[str]] = {}
    if not gone or len(gone) > _MOST_GONE_LOOKED_IN:
        return held
    for claim in claims:
        phrase = claim.missing or ""
        if not phrase:
            continue
        counts = [len(find_all(sentence, phrase)) for sentence in gone]
        if sum(counts) == 1:
            held.setdefault(gone[counts.index(1)], []).append(claim.id)
    return held


def _removal(
    sentence: str,
    ids: list[str],
    also: list[str],
    around: _FoundAround,
    finder: _SentenceFinder,
    loaded: LoadedClaims,
    article: Article,
) -> Finding:
    """The FC207 of a deleted sentence: on the `text:` of its first claim (in file order)
    and, where the claims around it tell, where it stood in the article."""
    ids = sorted(ids, key=around.order.__getitem__)
    first = ids[0]
    position = loaded.position_of("claims", around.order[first], "text")
    quoted = sentence
    if len(quoted) > _QUOTED_SENTENCE:
        cut = quoted.rfind(" ", 0, _QUOTED_SENTENCE)
        quoted = quoted[: cut if cut > 0 else _QUOTED_SENTENCE].rstrip(EDGE_PUNCTUATION) + " …"
    verb = "was" if len(ids) == 1 else "were"
    message = (
        f"the article no longer has the sentence `{quoted}` that {_listed(ids)} {verb} "
        "verified against"
    )
    also = sorted(also, key=around.order.__getitem__)
    if also:
        message += f" (also affects {', '.join(f'`{c}`' for c in also)})"
    ids = ids + also
    one = len(ids) == 1
    hint = (
        f"If the sentence was removed on purpose, delete {_listed(ids)} or point "
        f"{'it' if one else 'them'} at the words that state {'its fact' if one else 'their facts'} "
        f"now and run `factcheck accept` with the ids you keep; if not, restore the sentence."
    )
    place = _where_removed(first, around, finder)
    change = None
    if place is not None:
        # Just after the last character of the sentence before (the character at `place`
        # may be a paragraph break, which the source does not hold as one character).
        line, column = article.text.line_column(place - 1)
        change = WordChange(sentence, "", place, place, line, column + 1, "replaced", tuple(ids))
    cause = f"{loaded.display}#removed-{first}"
    return _edit_finding(message, hint, first, position, cause, loaded, article, change)


def _where_removed(first: str, around: _FoundAround, finder: _SentenceFinder) -> int | None:
    """Where a deleted sentence stood: just after the sentence of the found claim before
    `first` in the claims file, when the found claim after it is in the very next sentence
    (nothing but white space between them); else not known."""
    at = around.at[first]
    before, after = around.before[at], around.after[at]
    if before is None or after is None or before.span is None or after.span is None:
        return None
    _start, end = finder.sentence_at(before.span[0])
    start, _end = finder.sentence_at(after.span[0])
    if end > start or finder.text[end:start].strip():
        return None
    return end


def _listed(ids: list[str]) -> str:
    quoted = [f"`{i}`" for i in ids]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
