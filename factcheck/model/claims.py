"""The claims file: what a fact-checker writes for one article.

The models are the single source of truth for the format: `schemas/claims.schema.json`
is generated from them, so titles, descriptions and examples here are what a YAML
language server shows people as they type. Shape is validated here; whether a value
means what the article's words say is checked later, against the article.

They are frozen dataclasses (made by `factcheck.model.record`, whose methods are shared
rather than generated for each class) with annotations in pydantic's vocabulary, kept as
strings until read (see `factcheck.model.vocabulary`): a valid file is read without importing
pydantic, and pydantic reads the rest, naming every mistake.
"""

from __future__ import annotations

from dataclasses import field
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from factcheck.model.bounds import (
    FIRST_PUBLISHED_YEAR,
    LAST_PUBLISHED_YEAR,
    MAX_ORDINAL,
    NUMBER_LIMIT,  # noqa: F401 (read when the aliases Number and Count are evaluated here)
)
from factcheck.model.checks import (
    ChronologyCheck,
    CompatibleCheck,
    ContainmentCheck,
    Count,
    DurationCheck,
    EqualCheck,
    Number,
    NumericCheck,
    SequenceCheck,
    ValidityCheck,
)
from factcheck.model.record import Record, record

if TYPE_CHECKING:
    from pydantic import (
        AfterValidator,
        AwareDatetime,
        Discriminator,
        Field,
        Tag,
    )

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
CODE_PATTERN = r"^FC[0-9]{3}$"
# Another claims file's claim: FILE#claim-id, FILE relative to the claims file naming it.
CLAIM_REF_PATTERN = r"^[^#\s][^#]*\.ya?ml#[A-Za-z0-9][A-Za-z0-9_.-]*$"
EDTF_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"
ISO_DURATION_PATTERN = (
    r"^P"
    r"(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$"
)
_CLOCK = (
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}T)?([01][0-9]|2[0-3]):[0-5][0-9]"
    r"(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])?"
)
TIME_PATTERN = rf"^{_CLOCK}(/{_CLOCK})?$"
OFFSET_PATTERN = r"^[+-]?P([0-9]{1,4}W|[0-9]{1,5}D|[0-9]{1,4}W[0-9]{1,5}D)$"
_ON = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
    "|June|July|August|September|October|November|December"
)
FREQUENCY_PATTERN = rf"^R/{ISO_DURATION_PATTERN[1:-1]}(/({_ON}))?$"
#: Unknown keys are mistakes (a misspelt `contxt` must not be ignored silently).
STRICT: dict[str, Any] = {"extra": "forbid"}


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


def _real_frequency(value: str) -> str:
    """The pattern admits `R/P0D` and `R/P2D/Thursday`; only the value knows why not."""
    from factcheck.values.frequency import FrequencyValue

    FrequencyValue.from_iso(value)
    return value


def _real_time(value: str) -> str:
    """The pattern admits 2025-02-30T10:00 and an interval ending before it starts."""
    from factcheck.values import TimeValue

    TimeValue.from_iso(value)
    return value


def _quoted_time(value: object) -> object:
    """YAML 1.1 reads an unquoted `14:44` as 884, a number in base 60: say how to write it."""
    if isinstance(value, int) and not isinstance(value, bool):
        hours, minutes = divmod(value, 60)
        written = f" (an unquoted {hours}:{minutes:02d})" if 0 <= hours < 24 else ""
        raise ValueError(
            f"YAML read the number {value}{written}: write a time in quotes, "
            f'value: "{hours:02d}:{minutes:02d}"'
            if written
            else f'a time is text such as "14:44", not the number {value}'
        )
    return value


def _computable_dateline(value: datetime) -> datetime:
    """A dateline anchors the dates read from the article, which have years 1000 to 2999;
    one outside them would put dates a few days or a time zone away outside the calendar."""
    if not FIRST_PUBLISHED_YEAR <= value.year <= LAST_PUBLISHED_YEAR:
        raise ValueError(
            f"{value.isoformat()} is out of range: a dateline has a year from "
            f"{FIRST_PUBLISHED_YEAR} to {LAST_PUBLISHED_YEAR}"
        )
    return value


def _false_as_word(value: object) -> object:
    """`status: false` unquoted is a YAML boolean; it means the verdict "false"."""
    return "false" if value is False else value


def _shape(value: object) -> str:
    """Pick a union member by the YAML shape, so errors speak of one member only."""
    return "mapping" if isinstance(value, dict) else "scalar"


# Type aliases are strings too, evaluated with the annotations (see TYPE_ALIASES).
EdtfDate = """Annotated[
    str,
    Field(
        pattern=EDTF_PATTERN,
        description="YYYY-MM-DD (day), YYYY-MM (month), YYYY (year) or START/END (interval; "
        "each end a day, a month or a year: 2006-10/2007-09 is October 2006 to September "
        "2007).",
        examples=["2025-06-02", "2022-03", "2025-05-21/2025-05-31", "2006-10/2007-09"],
    ),
    AfterValidator(_real_date),
]"""
IsoDuration = """Annotated[
    str,
    Field(pattern=ISO_DURATION_PATTERN, examples=["P30D", "P3Y6M", "PT48H"]),
    AfterValidator(_real_duration),
]"""
IsoFrequency = """Annotated[
    str,
    Field(
        pattern=FREQUENCY_PATTERN,
        description="R/ and the period between occurrences (an ISO 8601 repeating interval): "
        "R/P1D daily, R/P2W every two weeks, R/P1Y annually; a weekday or month after one more "
        "/ for R/P1W/Thursday (each Thursday) or R/P1Y/July (each July).",
        examples=["R/P1D", "R/P2W", "R/P1Y", "R/P1W/Thursday"],
    ),
    AfterValidator(_real_frequency),
]"""
IsoTime = """Annotated[
    str,
    Field(
        pattern=TIME_PATTERN,
        description="HH:MM on a 24-hour clock, with an optional UTC offset and date "
        "(2025-06-02T14:44+03:00), or START/END for an interval.",
        examples=["14:44", "15:58+03:00", "14:44/15:58", "2025-06-02T14:44+03:00"],
    ),
    BeforeValidator(_quoted_time),
    AfterValidator(_real_time),
]"""
Identifier = """Annotated[
    str, Field(pattern=ID_PATTERN, min_length=1, max_length=120, examples=["round-2-date"])
]"""
Status = """Annotated[
    Literal["verified", "unverified", "disputed", "false"],
    BeforeValidator(_false_as_word),
    WithJsonSchema(
        {
            "enum": ["verified", "unverified", "disputed", "false", False],
            "description": "The verdict: verified, unverified, disputed or false.",
        }
    ),
]"""
Qualifier = 'Literal["over", "under", "up to", "at least", "nearly", "about"]'
SubjectKind = 'Literal["event", "series", "person", "place", "organisation", "role", "other"]'
SourceRef = """Annotated[
    Annotated[str, Field(pattern=ID_PATTERN), Tag("scalar")] | Annotated[Source, Tag("mapping")],
    Discriminator(_shape),
]"""


@record
class Source(Record):
    """Where a fact was checked, recorded as a fact-checker cites it: never an invented address."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    title: Annotated[str | None, Field(description="Title of the document, as published.")] = None
    publisher: Annotated[
        str | None,
        Field(description="Outlet or body that published it.", examples=["The Kyiv Independent"]),
    ] = None
    author: Annotated[str | None, Field(description="Author or speaker, when known.")] = None
    date: Annotated[
        str | None,
        Field(
            pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
            description="Publication date (YYYY, YYYY-MM or YYYY-MM-DD).",
            examples=["2025-06-27"],
        ),
    ] = None
    url: Annotated[
        str | None,
        Field(pattern=r"^https?://\S+$", description="Address, only where it is known to be real."),
    ] = None
    accessed: Annotated[
        str | None, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="Date the address was read.")
    ] = None
    archived_url: Annotated[
        str | None, Field(pattern=r"^https?://\S+$", description="Archived copy.")
    ] = None
    quote: Annotated[
        str | None, Field(description="The passage of the source that supports the claim.")
    ] = None
    note: Annotated[
        str | None, Field(description="Anything a later reader of this source should know.")
    ] = None


@record
class ArticleRef(Record):
    """The article the claims are about."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    path: Annotated[
        str,
        Field(
            description="Path of the article, relative to this claims file (Markdown, HTML or "
            "text).",
            examples=["../articles/2025-06-27-putin-third-round.md"],
        ),
    ]
    published: Annotated[
        Annotated[AwareDatetime, AfterValidator(_computable_dateline)] | None,
        Field(
            description=(
                "Publication date-time with its time zone: the anchor that turns 'June 2' into a "
                "full date. Defaults to the article's front matter; when both are given they "
                "must agree. Years 1000 to 2999."
            ),
            examples=["2025-06-27T22:57:00+03:00"],
        ),
    ] = None


@record
class TitleHeld(Record):
    """A title a person held from one date to another (`until` absent: still holds it)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    title: Annotated[str, Field(min_length=1, examples=["Defense Minister"])]
    aliases: Annotated[
        list[str],
        Field(
            description="Other ways the title is written.",
            examples=[["Defence Minister", "Minister of Defense"]],
        ),
    ] = field(default_factory=list)
    since: Annotated[
        EdtfDate | None,
        Field(
            description="First date in office, if known (without it, a date before `until` "
            "cannot be told to fall in office)."
        ),
    ] = None
    until: Annotated[EdtfDate | None, Field(description="Last date in office, if it ended.")] = None
    sources: list[SourceRef] = field(default_factory=list)


@record
class Subject(Record):
    """Something claims talk about: an event, person, place, series, organisation or role."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    kind: Annotated[SubjectKind, Field(description="What sort of thing this is.")]
    name: Annotated[
        str | None, Field(description="Its usual name.", examples=["Vladimir Putin"])
    ] = None
    aliases: Annotated[
        list[str],
        Field(description="Other names the article may use.", examples=[["Putin"]]),
    ] = field(default_factory=list)
    part_of: Annotated[
        Identifier | None,
        Field(description="Id of the subject (a series, an event) this one is part of."),
    ] = None
    ordinal: Annotated[
        int | None,
        Field(
            ge=1,
            le=MAX_ORDINAL,
            description="Position of this event within its series (2 for the second round).",
        ),
    ] = None
    within: Annotated[
        Identifier | None,
        Field(description="Id of the place this place lies in (Istanbul within Turkey)."),
    ] = None
    titles: Annotated[
        list[TitleHeld],
        Field(description="Titles this person held, with dates: what `validity` checks read."),
    ] = field(default_factory=list)
    planned: Annotated[
        bool,
        Field(
            description="An event that had not happened at the dateline (a proposed round): it "
            "may be dated after publication."
        ),
    ] = False
    note: str | None = None


@record
class ClaimBase(Record):
    """Fields every claim has, whatever its value type."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    id: Annotated[Identifier, Field(description="Unique id of the claim in this file.")]
    subject: Annotated[
        Identifier, Field(description="Id of the subject (see `subjects`) the claim is about.")
    ]
    property: Annotated[
        str,
        Field(
            min_length=1,
            description="Which property of the subject the claim states.",
            examples=["date", "venue", "count", "title", "quote"],
        ),
    ]
    text: Annotated[
        str,
        Field(
            min_length=1,
            description=(
                "The article's own words that state the fact (quotes, dashes, spacing and line "
                "breaks may differ; the words may not)."
            ),
            examples=["June 2"],
        ),
    ]
    context: Annotated[
        str | None,
        Field(
            min_length=1,
            description="A longer passage around `text`, to pick one of several occurrences.",
            examples=["The latest peace talks between Russia and Ukraine took place on June 2"],
        ),
    ] = None
    status: Annotated[Status, Field(description="The fact-checker's verdict on the claim.")]
    sources: Annotated[
        list[SourceRef],
        Field(
            description="Where it was checked: ids from the top-level `sources`, or inline sources."
        ),
    ] = field(default_factory=list)
    note: Annotated[str | None, Field(description="Free-text note for other fact-checkers.")] = None
    ignore: Annotated[
        dict[Annotated[str, Field(pattern=CODE_PATTERN)], Annotated[str, Field(min_length=3)]],
        Field(
            description="Finding codes silenced on this claim, each with the reason why.",
            examples=[{"FC304": "The article rounds the date; the exact day is sourced."}],
        ),
    ] = field(default_factory=dict)
    corrects: Annotated[
        str | None,
        Field(
            pattern=CLAIM_REF_PATTERN,
            description=(
                "An earlier article's claim this one corrects (it was wrong): FILE#claim-id, "
                "FILE relative to this claims file. Needs a `correction:` note."
            ),
            examples=["2025-06-02-istanbul-second-round.yaml#ceasefire-proposal-duration"],
        ),
    ] = None
    supersedes: Annotated[
        str | None,
        Field(
            pattern=CLAIM_REF_PATTERN,
            description=(
                "An earlier article's claim this one replaces (it was right then, the fact "
                "has changed): FILE#claim-id. Needs a `correction:` note."
            ),
            examples=["2025-06-02-istanbul-second-round.yaml#swap-count"],
        ),
    ] = None
    correction: Annotated[
        str | None,
        Field(
            min_length=3,
            description="What changed and why, as the correction note readers see.",
            examples=["An earlier version said 90 days; Kyiv proposed 30."],
        ),
    ] = None


@record
class Range(Record):
    """An inclusive range: "2–3-day", "between 1,000 and 1,200"."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    min: Annotated[Number, Field(description="Lower end.")]
    max: Annotated[Number, Field(description="Upper end.")]


@record
class DurationRange(Record):
    """An inclusive range of ISO 8601 durations: "2–3-day" is {min: P2D, max: P3D}."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    min: IsoDuration
    max: IsoDuration


@record
class RelativeDay(Record):
    """A date counted from another claim's date: "a day earlier" than the talks."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    relative_to: Annotated[
        Identifier, Field(description="Id of the date claim this date is counted from.")
    ]
    offset: Annotated[
        str,
        Field(
            pattern=OFFSET_PATTERN,
            description="Days (D) or weeks (W) from that date, negative for before: "
            '"a day earlier" and "the eve of" are -P1D, "two days after" P2D.',
            examples=["-P1D", "P2D", "P1W"],
        ),
    ]


@record
class DateClaim(ClaimBase):
    """A date in EDTF / ISO 8601-2 notation, at the precision the article gives, or counted
    from another date claim ("a day earlier")."""

    # A year written bare (`value: 2025`) is a YAML integer; pydantic reads it as text.
    __pydantic_config__: ClassVar[dict[str, Any]] = {**STRICT, "coerce_numbers_to_str": True}

    type: Literal["date"]
    value: Annotated[
        Annotated[EdtfDate, Tag("scalar")] | Annotated[RelativeDay, Tag("mapping")],
        Discriminator(_shape),
        Field(examples=["2025-06-02", {"relative_to": "talks-date", "offset": "-P1D"}]),
    ]


@record
class NumberClaim(ClaimBase):
    """A number or count, with the qualifier the article puts on it."""

    type: Literal["number"]
    value: Annotated[
        Annotated[Number, Tag("scalar")] | Annotated[Range, Tag("mapping")],
        Discriminator(_shape),
        Field(examples=[1200, {"min": 1000, "max": 1200}]),
    ]
    qualifier: Annotated[
        Qualifier | None, Field(description="'up to 1,200' is value 1200 with qualifier 'up to'.")
    ] = None
    unit: Annotated[
        str | None,
        Field(
            description="'%', a currency code such as USD, or a measure: bp, pp (percentage "
            "points), km, m, cm, mi, ft, km2, ha, kg, t, l, MW, GW, °C, °F, people (written after "
            "the number in `text`).",
            examples=["%", "USD", "km", "bp", "people"],
        ),
    ] = None


@record
class PairClaim(ClaimBase):
    """Two counts that are one fact: the sides of an exchange ("1,000-for-1,000" is [1000,
    1000]) or, with `relation: of`, a part of a whole ("32 of 33" is [32, 33])."""

    type: Literal["pair"]
    value: Annotated[
        list[Count],
        Field(min_length=2, max_length=2, examples=[[1000, 1000]]),
    ]
    qualifier: Qualifier | None = None
    relation: Annotated[
        Literal["for", "of"],
        Field(description="'for': an exchange, '1,000-for-1,000'; 'of': a part, '32 of 33'."),
    ] = "for"


@record
class DurationClaim(ClaimBase):
    """A duration in ISO 8601 ("30-day" is P30D), or a range of them."""

    type: Literal["duration"]
    value: Annotated[
        Annotated[IsoDuration, Tag("scalar")] | Annotated[DurationRange, Tag("mapping")],
        Discriminator(_shape),
        Field(examples=["P30D", "P3Y6M", {"min": "P2D", "max": "P3D"}]),
    ]
    qualifier: Annotated[
        Qualifier | None,
        Field(description="'nearly three-and-a-half years' is P3Y6M with qualifier 'nearly'."),
    ] = None


@record
class TimeClaim(ClaimBase):
    """A time of day ("2:44 p.m." is 14:44), an interval of them, or a date and time."""

    type: Literal["time"]
    value: IsoTime


@record
class FrequencyClaim(ClaimBase):
    """How often something happens: "daily" is R/P1D, "each Thursday" R/P1W/Thursday."""

    type: Literal["frequency"]
    value: IsoFrequency


@record
class OrdinalClaim(ClaimBase):
    """A position in a sequence: "third round" is 3."""

    type: Literal["ordinal"]
    value: Annotated[int, Field(ge=1, le=MAX_ORDINAL, examples=[3])]


@record
class NameClaim(ClaimBase):
    """A place, person, role or title, or organisation, named as the article names it."""

    type: Literal["place", "person", "role", "organisation"]
    value: Annotated[
        str, Field(min_length=1, examples=["Istanbul", "Rustem Umerov", "Defense Minister"])
    ]


@record
class QuoteClaim(ClaimBase):
    """A direct quote: `value` is the verbatim words, `subject` is the speaker."""

    type: Literal["quote"]
    value: Annotated[str, Field(min_length=1, description="The quoted words, verbatim.")]


@record
class TextClaim(ClaimBase):
    """Any other statement, kept as free text."""

    type: Literal["text"]
    value: Annotated[str, Field(min_length=1)]


Claim = """Annotated[
    DateClaim
    | NumberClaim
    | PairClaim
    | DurationClaim
    | TimeClaim
    | FrequencyClaim
    | OrdinalClaim
    | NameClaim
    | QuoteClaim
    | TextClaim,
    Field(discriminator="type"),
]"""

#: The aliases above, in order, for `factcheck.model.vocabulary.namespace`.
TYPE_ALIASES = {
    name: globals()[name]
    for name in (
        "Number",
        "Count",
        "EdtfDate",
        "IsoDuration",
        "IsoTime",
        "IsoFrequency",
        "Identifier",
        "Status",
        "Qualifier",
        "SubjectKind",
        "SourceRef",
        "Claim",
    )
}

CLAIM_TYPES = (
    "date",
    "number",
    "pair",
    "duration",
    "time",
    "frequency",
    "ordinal",
    "place",
    "person",
    "role",
    "organisation",
    "quote",
    "text",
)


@record
class ClaimsFile(Record):
    """One article's checkable claims."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        **STRICT,
        "title": "factcheck claims file",
        "json_schema_extra": {"$comment": "Generated from factcheck.model.claims; do not edit."},
    }

    version: Annotated[Literal[1], Field(description="Format version of this file.")] = 1
    article: ArticleRef
    sources: Annotated[
        dict[Identifier, Source], Field(description="Sources cited by several claims, by id.")
    ] = field(default_factory=dict)
    subjects: Annotated[
        dict[Identifier, Subject], Field(description="What the claims are about, by id.")
    ] = field(default_factory=dict)
    claims: Annotated[
        list[Claim], Field(min_length=1, description="The article's checkable claims.")
    ]
    checks: Annotated[
        list[
            Annotated[
                ChronologyCheck
                | SequenceCheck
                | DurationCheck
                | NumericCheck
                | EqualCheck
                | CompatibleCheck
                | ContainmentCheck
                | ValidityCheck,
                Field(discriminator="kind"),
            ]
        ],
        Field(
            description="Consistency rules across claims: chronology, sequence, duration, "
            "numeric, equal, compatible, containment, validity."
        ),
    ] = field(default_factory=list)


@record
class RegisterFile(Record):
    """An archive's shared subjects, declared once: a file named by `register:` that holds
    only `subjects:` (and the `sources:` their titles cite), with no article of its own."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        **STRICT,
        "title": "factcheck register file",
        "json_schema_extra": {"$comment": "Generated from factcheck.model.claims; do not edit."},
    }

    version: Annotated[Literal[1], Field(description="Format version of this file.")] = 1
    sources: Annotated[
        dict[Identifier, Source],
        Field(description="Sources the subjects' titles cite, by id."),
    ] = field(default_factory=dict)
    subjects: Annotated[
        dict[Identifier, Subject],
        Field(
            min_length=1,
            description="The subjects every claims file of the archive shares, by id: events, "
            "people (with the titles they held, and when), places, series, organisations.",
        ),
    ]
