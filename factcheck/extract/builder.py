"""From an article's mentions to a draft: which mentions need claims, and the claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.article.normalize import normalize_phrase
from factcheck.check.search import find_all, stands_alone
from factcheck.extract.draft import (
    ARTICLE_SUBJECT,
    DraftClaim,
    DraftSubject,
    _counter,
    claim_type,
    contexts_for,
    property_for,
    slug,
    unique,
    value_fields,
)
from factcheck.extract.words import claim_words
from factcheck.mentions.model import Mention
from factcheck.mentions.speaker_phrases import speaker_kind
from factcheck.values import DateValue


@dataclass
class Draft:
    subjects: list[DraftSubject] = field(default_factory=list)
    claims: list[DraftClaim] = field(default_factory=list)
    # Mentions whose words verify could not find on their own ("2002" in the reference
    # number "2002-079"): a claim of them would fail its first check, so none is drafted and
    # the user is told.
    left_out: list[Mention] = field(default_factory=list)
    # Mentions in a passage the article repeats word for word (a script's speaker line given
    # twice): no context picks one out, so none is drafted and the user is told.
    repeated: list[Mention] = field(default_factory=list)


def uncovered(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions no claim's words overlap (each looked up by bisection in the claimed
    stretches, not compared with every claim)."""
    from factcheck.coverage import ClaimedSpans

    claimed = ClaimedSpans(spans)
    return [m for m in mentions if not claimed.overlaps(m.start, m.end)]


def _title_property(titles: dict[str, list[str]], subject_id: str, title: str) -> str:
    """`title` for a person's first title, `title-2`... for each other one ("NASA astronaut"
    and "Commander" are both Mark Kelly's): one property would make them conflict (FC421)."""
    held = titles.setdefault(subject_id, [])
    if title.casefold() not in held:
        held.append(title.casefold())
    number = held.index(title.casefold()) + 1
    return "title" if number == 1 else f"title-{number}"


def build_draft(
    text: str,
    mentions: list[Mention],
    title: str | None,
    taken_ids: set[str],
    known_subjects: dict[str, tuple[str, ...]],
    original: Callable[[int, int], str] = lambda start, end: "",
    anchor: dt.date | None = None,
) -> Draft:
    """Claims for `mentions` of normalized article `text`.

    `original(start, end)` gives the article's own characters for a stretch of `text` (its
    en dashes and curly quotes), used for `text:` when they read the same once normalized.

    `taken_ids` are ids already used (claims and subjects); `known_subjects` maps existing
    subject ids to their names and aliases, reused when a mention names one of them.

    `anchor` is the dateline the mentions' dates were read against: a claim's words are
    chosen so that verify reads the drafted value from them (`claim_words`), and a date after
    it belongs to an event still to come, so its claim's subject is `planned`.
    """
    draft = Draft()
    by_name = {n.casefold(): sid for sid, names in known_subjects.items() for n in names}
    added: dict[str, str] = {}
    tried: dict[str, int] = {}  # for unique(): the number each id base has reached
    words = []
    drafted = []
    for mention in mentions:
        stands_on = claim_words(text, mention, anchor)
        if stands_alone(text, stands_on.start, stands_on.end):
            drafted.append(mention)
            words.append(stands_on)
        else:
            draft.left_out.append(mention)
    contexts = contexts_for(text, [(w.start, w.end) for w in words])
    # A passage the article repeats word for word (a script's speaker line, given twice) has
    # no context that picks one of its mentions out: those are left out, and named.
    count = _counter(text, [c for c in contexts if c is not None], len(contexts))
    repeated = [c is not None and count(c) > 1 for c in contexts]
    draft.repeated += [m for m, r in zip(drafted, repeated, strict=True) if r]
    kept = [i for i, r in enumerate(repeated) if not r]
    drafted, words, contexts = ([xs[i] for i in kept] for xs in (drafted, words, contexts))
    titles: dict[str, list[str]] = {}  # a person's distinct titles, each its own property

    def subject(kind: str, name: str | None, spelled: str | None = None) -> str:
        if not name:
            name, kind = _article_name(title), "other"
            wanted = ARTICLE_SUBJECT
        else:
            wanted = slug(name)
        key = name.casefold()
        if key in by_name:
            return by_name[key]
        if key not in added:
            subject_id = wanted if wanted not in taken_ids else unique(wanted, taken_ids, tried)
            taken_ids.add(subject_id)
            added[key] = subject_id
            draft.subjects.append(DraftSubject(subject_id, kind, name))
        subject_id = added[key]
        if spelled is not None and not _names(spelled, name):
            _add_alias(draft, subject_id, spelled)
        return subject_id

    def planned() -> str:
        key = "\0planned"  # no name's key: names are keyed by their casefold
        if key not in added:
            subject_id = unique(PLANNED_SUBJECT, taken_ids, tried)
            added[key] = subject_id
            draft.subjects.append(DraftSubject(subject_id, "event", PLANNED_NAME, planned=True))
        return added[key]

    full_name = _full_names(mentions, known_subjects)
    for mention, stands_on, context in zip(drafted, words, contexts, strict=True):
        if mention.kind == "person":
            subject_id = subject("person", str(mention.value), mention.text)
        elif mention.kind == "role":
            subject_id = subject("person", mention.person)
        elif mention.kind == "quote":
            # A speaker that is a body ("the Ministry of Defence said") is an organisation.
            speaker = full_name(mention.speaker)
            subject_id = subject(speaker_kind(speaker or ""), speaker)
        elif mention.kind == "place":
            subject_id = subject("place", str(mention.value), mention.text)
        elif _after(mention.value, anchor):
            subject_id = planned()
        else:
            subject_id = subject("other", None)
        claim_id = unique(f"{mention.kind}-{slug(mention.text)}", taken_ids, tried)
        fields: dict[str, object] = {
            "subject": subject_id,
            "property": _title_property(titles, subject_id, str(mention.value))
            if mention.kind == "role"
            else property_for(mention.kind, claim_id),
            "type": claim_type(mention.kind),
        }
        fields.update(value_fields(mention.kind, mention.value))
        fields.update(stands_on.fields)
        if mention.kind == "time":
            fields["value"] = mention.text
        normalized = text[stands_on.start : stands_on.end]
        own = original(stands_on.start, stands_on.end)
        fields["text"] = own if normalize_phrase(own) == normalized else normalized
        if context:
            fields["context"] = context
        fields["status"] = "unverified"
        draft.claims.append(DraftClaim(claim_id, fields))
    return draft


def _article_name(title: str | None) -> str:
    """The name of the subject that holds the facts a draft cannot place, and not the title
    itself: a subject whose name a sentence uses is what that sentence speaks of (FC428), and
    every fact of the title would then contradict the article's other facts once its own
    claim is removed."""
    return f"Facts of the article “{title}”" if title else "Facts of the article"


# Words before a surname that are not part of the name ("Mr Alkatiri said").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"})


def _full_names(
    mentions: list[Mention], known_subjects: dict[str, tuple[str, ...]]
) -> Callable[[str | None], str | None]:
    """Who a quote's speaker is, by the names the article gives in full: the finder gives the
    speaker as the sentence names them ("Putin", "Mr Alkatiri"), and the person named in full
    elsewhere ("Vladimir Putin") is the same subject when no one else has that surname."""
    # surname -> the people of that surname (a subject's id, or a name's casefold) -> a name
    by_surname: dict[str, dict[str, str]] = {}
    known = {name.casefold(): sid for sid, names in known_subjects.items() for name in names}
    named = [(sid, name) for sid, names in known_subjects.items() for name in names]
    named += [(str(m.value), str(m.value)) for m in mentions if m.kind == "person"]
    named += [(m.person, m.person) for m in mentions if m.kind == "role" and m.person]
    for who, name in named:
        parts = name.split()
        if len(parts) > 1:
            who = known.get(who.casefold(), who.casefold())
            by_surname.setdefault(parts[-1].casefold(), {}).setdefault(who, name)

    def full_name(speaker: str | None) -> str | None:
        if not speaker:
            return speaker
        parts = speaker.split()
        if parts and parts[0].rstrip(".").casefold() in _HONORIFICS and len(parts) > 1:
            parts = parts[1:]
        if len(parts) != 1:
            return speaker
        people = by_surname.get(parts[0].casefold(), {})
        return next(iter(people.values())) if len(people) == 1 else speaker

    return full_name


# Where a draft puts the dates of events still to come at the dateline (FC422 would call a
# date after it a mistake on any other subject); the editor gives each its own event.
PLANNED_SUBJECT = "planned"
PLANNED_NAME = "Events still to come at the dateline"


def _after(value: object, anchor: dt.date | None) -> bool:
    """Whether `value` is a date that begins after the dateline (as FC422 judges it)."""
    return anchor is not None and isinstance(value, DateValue) and value.start > anchor


def _names(words: str, name: str) -> bool:
    """Whether the article's `words` name `name` as verify sees it (FC307)."""
    return bool(find_all(normalize_phrase(words), normalize_phrase(name)))


def _add_alias(draft: Draft, subject_id: str, spelled: str) -> None:
    """Give the drafted subject the article's spelling of its name ("TORONTO" in a dateline),
    so the claims grounded in it name it. A subject the claims file already has is left as it
    is (--update never changes a line)."""
    for drafted in draft.subjects:
        if drafted.id == subject_id:
            if not any(_names(spelled, alias) for alias in drafted.aliases):
                drafted.aliases.append(spelled)
            return
