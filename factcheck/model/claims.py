"""The claims file: what a fact-checker writes for one article.

The models are the single source of truth for the format: `schemas/claims.schema.json`
is generated from them, so titles, descriptions and examples here are what a YAML
language server shows people as they type. Shape is validated here; whether a value
means what the article's words say is checked later, against the article.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    WithJsonSchema,
)

from factcheck.model.checks import Check

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
CODE_PATTERN = r"^FC[0-9]{3}$"
EDTF_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"
ISO_DURATION_PATTERN = (
    r"^P"
    r"(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$"
)


def _real_date(value: str) -> str:
    """The pattern admits 2025-02-30; only a calendar knows it does not exist."""
    from factcheck.values import DateValue

    DateValue.from_edtf(value)
    return value


def _real_duration(value: str) -> str:
    """The pattern admits a bare `P`; a duration needs at least one amount."""
    from factcheck.values import Duration

    Duration.from_iso(value)
    return value


EdtfDate = Annotated[
    str,
    Field(
        pattern=EDTF_PATTERN,
        description="YYYY-MM-DD (day), YYYY-MM (month), YYYY (year) or START/END (interval).",
        examples=["2025-06-02", "2022-03", "2025-05-21/2025-05-31"],
    ),
    AfterValidator(_real_date),
]
IsoDuration = Annotated[
    str,
    Field(pattern=ISO_DURATION_PATTERN, examples=["P30D", "P3Y6M", "PT48H"]),
    AfterValidator(_real_duration),
]

Identifier = Annotated[
    str,
    Field(pattern=ID_PATTERN, min_length=1, max_length=120, examples=["round-2-date"]),
]


def _false_as_word(value: object) -> object:
    """`status: false` unquoted is a YAML boolean; it means the verdict "false"."""
    return "false" if value is False else value


Status = Annotated[
    Literal["verified", "unverified", "disputed", "false"],
    BeforeValidator(_false_as_word),
    WithJsonSchema(
        {
            "enum": ["verified", "unverified", "disputed", "false", False],
            "description": "The verdict: verified, unverified, disputed or false.",
        }
    ),
]
Qualifier = Literal["over", "under", "up to", "at least", "nearly", "about"]
SubjectKind = Literal["event", "series", "person", "place", "organisation", "role", "other"]


def _shape(value: object) -> str:
    """Pick a union member by the YAML shape, so errors speak of one member only."""
    return "mapping" if isinstance(value, dict) else "scalar"


class Strict(BaseModel):
    """Unknown keys are mistakes (a misspelt `contxt` must not be ignored silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(Strict):
    """Where a fact was checked, recorded as a fact-checker cites it: never an invented address."""

    title: str | None = Field(None, description="Title of the document, as published.")
    publisher: str | None = Field(
        None, description="Outlet or body that published it.", examples=["The Kyiv Independent"]
    )
    author: str | None = Field(None, description="Author or speaker, when known.")
    date: str | None = Field(
        None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="Publication date (YYYY, YYYY-MM or YYYY-MM-DD).",
        examples=["2025-06-27"],
    )
    url: str | None = Field(
        None, pattern=r"^https?://\S+$", description="Address, only where it is known to be real."
    )
    accessed: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Date the address was read."
    )
    archived_url: str | None = Field(None, pattern=r"^https?://\S+$", description="Archived copy.")
    quote: str | None = Field(
        None, description="The passage of the source that supports the claim."
    )
    note: str | None = Field(
        None, description="Anything a later reader of this source should know."
    )


SourceRef = Annotated[
    Annotated[str, Field(pattern=ID_PATTERN), Tag("scalar")] | Annotated[Source, Tag("mapping")],
    Discriminator(_shape),
]


class ArticleRef(Strict):
    """The article the claims are about."""

    path: str = Field(
        description="Path of the article, relative to this claims file (Markdown, HTML or text).",
        examples=["../articles/2025-06-27-putin-third-round.md"],
    )
    published: AwareDatetime | None = Field(
        None,
        description=(
            "Publication date-time with its time zone: the anchor that turns 'June 2' into a "
            "full date. Defaults to the article's front matter; when both are given they must "
            "agree."
        ),
        examples=["2025-06-27T22:57:00+03:00"],
    )


class TitleHeld(Strict):
    """A title a person held from one date to another (`until` absent: still holds it)."""

    title: str = Field(min_length=1, examples=["Defense Minister"])
    aliases: list[str] = Field(
        default_factory=list,
        description="Other ways the title is written.",
        examples=[["Defence Minister", "Minister of Defense"]],
    )
    since: EdtfDate = Field(description="First date in office.")
    until: EdtfDate | None = Field(None, description="Last date in office, if it ended.")
    sources: list[SourceRef] = Field(default_factory=list)


class Subject(Strict):
    """Something claims talk about: an event, person, place, series, organisation or role."""

    kind: SubjectKind = Field(description="What sort of thing this is.")
    name: str | None = Field(None, description="Its usual name.", examples=["Vladimir Putin"])
    aliases: list[str] = Field(
        default_factory=list, description="Other names the article may use.", examples=[["Putin"]]
    )
    part_of: Identifier | None = Field(
        None, description="Id of the subject (a series, an event) this one is part of."
    )
    ordinal: int | None = Field(
        None, ge=1, description="Position of this event within its series (2 for the second round)."
    )
    within: Identifier | None = Field(
        None, description="Id of the place this place lies in (Istanbul within Turkey)."
    )
    titles: list[TitleHeld] = Field(
        default_factory=list,
        description="Titles this person held, with dates: what `validity` checks read.",
    )
    planned: bool = Field(
        False,
        description="An event that had not happened at the dateline (a proposed round): it may "
        "be dated after publication.",
    )
    note: str | None = None


class ClaimBase(Strict):
    """Fields every claim has, whatever its value type."""

    id: Identifier = Field(description="Unique id of the claim in this file.")
    subject: Identifier = Field(
        description="Id of the subject (see `subjects`) the claim is about."
    )
    property: str = Field(
        min_length=1,
        description="Which property of the subject the claim states.",
        examples=["date", "venue", "count", "title", "quote"],
    )
    text: str = Field(
        min_length=1,
        description=(
            "The article's own words that state the fact (quotes, dashes, spacing and line "
            "breaks may differ; the words may not)."
        ),
        examples=["June 2"],
    )
    context: str | None = Field(
        None,
        min_length=1,
        description="A longer passage around `text`, to pick one of several occurrences.",
        examples=["The latest peace talks between Russia and Ukraine took place on June 2"],
    )
    status: Status = Field(description="The fact-checker's verdict on the claim.")
    sources: list[SourceRef] = Field(
        default_factory=list,
        description="Where it was checked: ids from the top-level `sources`, or inline sources.",
    )
    note: str | None = Field(None, description="Free-text note for other fact-checkers.")
    ignore: dict[
        Annotated[str, Field(pattern=CODE_PATTERN)], Annotated[str, Field(min_length=3)]
    ] = Field(
        default_factory=dict,
        description="Finding codes silenced on this claim, each with the reason why.",
        examples=[{"FC304": "The article rounds the date; the exact day is sourced."}],
    )


class Range(Strict):
    """An inclusive range: "2–3-day", "between 1,000 and 1,200"."""

    min: float | int = Field(description="Lower end.")
    max: float | int = Field(description="Upper end.")


class DurationRange(Strict):
    """An inclusive range of ISO 8601 durations: "2–3-day" is {min: P2D, max: P3D}."""

    min: IsoDuration
    max: IsoDuration


class DateClaim(ClaimBase):
    """A date in EDTF / ISO 8601-2 notation, at the precision the article gives."""

    model_config = ConfigDict(coerce_numbers_to_str=True)
    type: Literal["date"]
    value: EdtfDate


class NumberClaim(ClaimBase):
    """A number or count, with the qualifier the article puts on it."""

    type: Literal["number"]
    value: Annotated[
        Annotated[int | float, Tag("scalar")] | Annotated[Range, Tag("mapping")],
        Discriminator(_shape),
    ] = Field(examples=[1200, {"min": 1000, "max": 1200}])
    qualifier: Qualifier | None = Field(
        None, description="'up to 1,200' is value 1200 with qualifier 'up to'."
    )
    unit: str | None = Field(None, description="'%' or a currency code such as USD.")


class PairClaim(ClaimBase):
    """The two sides of an exchange: "1,000-for-1,000" is [1000, 1000]."""

    type: Literal["pair"]
    value: Annotated[list[int | float], Field(min_length=2, max_length=2)] = Field(
        examples=[[1000, 1000]]
    )
    qualifier: Qualifier | None = None


class DurationClaim(ClaimBase):
    """A duration in ISO 8601 ("30-day" is P30D), or a range of them."""

    type: Literal["duration"]
    value: Annotated[
        Annotated[IsoDuration, Tag("scalar")] | Annotated[DurationRange, Tag("mapping")],
        Discriminator(_shape),
    ] = Field(examples=["P30D", "P3Y6M", {"min": "P2D", "max": "P3D"}])
    qualifier: Qualifier | None = Field(
        None, description="'nearly three-and-a-half years' is P3Y6M with qualifier 'nearly'."
    )


class OrdinalClaim(ClaimBase):
    """A position in a sequence: "third round" is 3."""

    type: Literal["ordinal"]
    value: int = Field(ge=1, examples=[3])


class NameClaim(ClaimBase):
    """A place, person, role or title, or organisation, named as the article names it."""

    type: Literal["place", "person", "role", "organisation"]
    value: str = Field(min_length=1, examples=["Istanbul", "Rustem Umerov", "Defense Minister"])


class QuoteClaim(ClaimBase):
    """A direct quote: `value` is the verbatim words, `subject` is the speaker."""

    type: Literal["quote"]
    value: str = Field(min_length=1, description="The quoted words, verbatim.")


class TextClaim(ClaimBase):
    """Any other statement, kept as free text."""

    type: Literal["text"]
    value: str = Field(min_length=1)


Claim = Annotated[
    DateClaim
    | NumberClaim
    | PairClaim
    | DurationClaim
    | OrdinalClaim
    | NameClaim
    | QuoteClaim
    | TextClaim,
    Field(discriminator="type"),
]

CLAIM_TYPES = (
    "date",
    "number",
    "pair",
    "duration",
    "ordinal",
    "place",
    "person",
    "role",
    "organisation",
    "quote",
    "text",
)


class ClaimsFile(Strict):
    """One article's checkable claims."""

    model_config = ConfigDict(
        title="factcheck claims file",
        json_schema_extra={"$comment": "Generated from factcheck.model.claims; do not edit."},
    )
    version: Literal[1] = Field(1, description="Format version of this file.")
    article: ArticleRef
    sources: dict[Identifier, Source] = Field(
        default_factory=dict, description="Sources cited by several claims, by id."
    )
    subjects: dict[Identifier, Subject] = Field(
        default_factory=dict, description="What the claims are about, by id."
    )
    claims: list[Claim] = Field(min_length=1, description="The article's checkable claims.")
    checks: list[Check] = Field(
        default_factory=list,
        description="Consistency rules across claims: chronology, sequence, duration, numeric, "
        "equal, containment, validity.",
    )
