"""From an article's mentions to a draft: which mentions need claims, and the claims."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.article.normalize import normalize_phrase
from factcheck.extract.draft import (
    ARTICLE_SUBJECT,
    DraftClaim,
    DraftSubject,
    claim_type,
    contexts_for,
    property_for,
    slug,
    unique,
    value_fields,
)
from factcheck.mentions.model import Mention
from factcheck.mentions.speaker_phrases import speaker_kind


@dataclass
class Draft:
    subjects: list[DraftSubject] = field(default_factory=list)
    claims: list[DraftClaim] = field(default_factory=list)


def uncovered(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions no claim's words overlap (each looked up by bisection in the claimed
    stretches, not compared with every claim)."""
    from factcheck.coverage import ClaimedSpans

    claimed = ClaimedSpans(spans)
    return [m for m in mentions if not claimed.overlaps(m.start, m.end)]


def build_draft(
    text: str,
    mentions: list[Mention],
    title: str | None,
    taken_ids: set[str],
    known_subjects: dict[str, tuple[str, ...]],
    original: Callable[[int, int], str] = lambda start, end: "",
) -> Draft:
    """Claims for `mentions` of normalized article `text`.

    `original(start, end)` gives the article's own characters for a stretch of `text` (its
    en dashes and curly quotes), used for `text:` when they read the same once normalized.

    `taken_ids` are ids already used (claims and subjects); `known_subjects` maps existing
    subject ids to their names and aliases, reused when a mention names one of them.
    """
    draft = Draft()
    by_name = {n.casefold(): sid for sid, names in known_subjects.items() for n in names}
    added: dict[str, str] = {}
    tried: dict[str, int] = {}  # for unique(): the number each id base has reached
    contexts = contexts_for(text, [(mention.start, mention.end) for mention in mentions])

    def subject(kind: str, name: str | None) -> str:
        if not name:
            name, kind = title or "the article", "other"
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
        return added[key]

    for mention, context in zip(mentions, contexts, strict=True):
        if mention.kind == "person":
            subject_id = subject("person", str(mention.value))
        elif mention.kind == "role":
            subject_id = subject("person", mention.person)
        elif mention.kind == "quote":
            # A speaker that is a body ("the Ministry of Defence said") is an organisation.
            subject_id = subject(speaker_kind(mention.speaker or ""), mention.speaker)
        elif mention.kind == "place":
            subject_id = subject("place", str(mention.value))
        else:
            subject_id = subject("other", None)
        claim_id = unique(f"{mention.kind}-{slug(mention.text)}", taken_ids, tried)
        fields: dict[str, object] = {
            "subject": subject_id,
            "property": property_for(mention.kind, claim_id),
            "type": claim_type(mention.kind),
        }
        fields.update(value_fields(mention.kind, mention.value))
        if mention.kind == "time":
            fields["value"] = mention.text
        own = original(mention.start, mention.end)
        fields["text"] = own if normalize_phrase(own) == mention.text else mention.text
        if context:
            fields["context"] = context
        fields["status"] = "unverified"
        draft.claims.append(DraftClaim(claim_id, fields))
    return draft
