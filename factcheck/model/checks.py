"""Consistency checks: rules across claims, written in the claims file under `checks:`.

Items name claims by id; `published` names the article's dateline. Each kind says one
thing a reader of the article takes for granted: the rounds come in this order, the third
round needs a first and a second, the time between two dates is what the article says.

Like the claims model, these are dataclasses whose annotations are read lazily (see
`factcheck.model.vocabulary`).
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from factcheck.model.bounds import NUMBER_LIMIT  # noqa: F401 (read by OperandValue, a string)
from factcheck.model.record import Record, record

if TYPE_CHECKING:
    from pydantic import Discriminator, Field, Tag

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
STRICT: dict[str, Any] = {"extra": "forbid"}

# Numbers within the range the checks compute with (`factcheck.model.bounds`). The JSON
# Schema says so in its own words (pydantic would write `ge`/`le` beside an `anyOf`, which
# no editor reads); a JSON Schema "number" includes the integers.
Number = """Annotated[
    int | float,
    Field(ge=-NUMBER_LIMIT, le=NUMBER_LIMIT),
    WithJsonSchema({"type": "number", "minimum": -NUMBER_LIMIT, "maximum": NUMBER_LIMIT}),
]"""
Count = """Annotated[
    int | float,
    Field(ge=0, le=NUMBER_LIMIT),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": NUMBER_LIMIT}),
]"""
# A claim of another claims file: FILE#claim-id, FILE relative to this one (docs/archive.md).
ITEM_PATTERN = r"^([^#\s][^#]*\.ya?ml#)?[A-Za-z0-9][A-Za-z0-9_.-]*$"
Item = """Annotated[
    str,
    Field(
        pattern=ITEM_PATTERN,
        description=(
            "A claim id, `published` for the article's dateline, or another claims file's "
            "claim as FILE#claim-id."
        ),
        examples=["round-2-date", "published", "june-02.yaml#round-1-date"],
    ),
]"""
Operand = """Annotated[
    str,
    Field(
        pattern=ITEM_PATTERN,
        description="A number, duration or time claim's id; for a pair claim, `ID.left` or "
        "`ID.right`; another claims file's claim as FILE#claim-id (FILE#ID.left for a side).",
        examples=["follow-up-count", "swap-count.left", "june-02.yaml#swap-count.left"],
    ),
]"""
OperandValue = """Annotated[
    Annotated[Operand, Tag("claim")]
    | Annotated[Number, Tag("number")]
    | Annotated[Sum, Tag("sum")],
    Discriminator(_operand_shape),
]"""

#: The aliases above, in order, for `factcheck.model.vocabulary.namespace`.
TYPE_ALIASES = {
    name: globals()[name] for name in ("Number", "Count", "Item", "Operand", "OperandValue")
}


def _operand_shape(value: object) -> str:
    if isinstance(value, dict):
        return "sum"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    return "claim"


def _within_shape(value: object) -> str:
    return "window" if isinstance(value, dict) else "id"


@record
class Sum(Record):
    """The sum of several operands: `{sum: [a, b]}`."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    sum: Annotated[list[OperandValue], Field(min_length=2)]


@record
class CheckBase(Record):
    """Fields every check has."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    id: Annotated[
        str, Field(pattern=ID_PATTERN, description="Unique id of the check in this file.")
    ]
    description: Annotated[
        str | None,
        Field(
            description="What the check states, in the article's terms.",
            examples=["The May 16 round comes before the June 2 round."],
        ),
    ] = None
    ignore: Annotated[
        dict[Annotated[str, Field(pattern=r"^FC[0-9]{3}$")], str],
        Field(description="Finding codes silenced on this check, with reasons."),
    ] = field(default_factory=dict)


@record
class ChronologyCheck(CheckBase):
    """These dates are in this order."""

    kind: Literal["chronology"]
    items: Annotated[
        list[Item], Field(min_length=2, examples=[["round-1-date", "round-2-date", "published"]])
    ]
    strict: Annotated[
        bool, Field(description="Each strictly before the next (false: same day allowed).")
    ] = True


@record
class SequenceCheck(CheckBase):
    """The numbered events of a series are consecutive and in date order."""

    kind: Literal["sequence"]
    series: Annotated[str, Field(pattern=ID_PATTERN, description="Id of the series subject.")]
    latest: Annotated[
        str | None,
        Field(
            pattern=ID_PATTERN,
            description="Id of the event the article calls the latest: none after it has happened.",
        ),
    ] = None
    ordinals: Annotated[
        list[str],
        Field(description="Ordinal claims about events of the series ('third round') to check."),
    ] = field(default_factory=list)


@record
class DurationCheck(CheckBase):
    """The time between two dated claims agrees with a stated duration."""

    kind: Literal["duration"]
    start: Item
    end: Item
    duration: Annotated[str, Field(pattern=ID_PATTERN, description="Id of the duration claim.")]
    inclusive: Annotated[
        bool, Field(description="Count both end days (a 'two-day visit' on June 26 and 27).")
    ] = False


@record
class NumericCheck(CheckBase):
    """A relation between numbers: equal, less, at most, sums, the two sides of an exchange."""

    kind: Literal["numeric"]
    left: OperandValue
    relation: Literal["equal", "not-equal", "less", "at-most", "greater", "at-least"]
    right: OperandValue


@record
class EqualCheck(CheckBase):
    """These claims state the same value."""

    kind: Literal["equal"]
    items: Annotated[list[Item], Field(min_length=2)]


@record
class CompatibleCheck(CheckBase):
    """These claims can all be true: one value satisfies each ("over an hour", "about 1 h 15")."""

    kind: Literal["compatible"]
    items: Annotated[
        list[Item], Field(min_length=2, examples=[["meeting-length", "meeting-length-later"]])
    ]


@record
class Window(Record):
    """A stretch of time: after/before two dates, or a duration from a start or to an end."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT

    after: Item | None = None
    before: Item | None = None
    start: Item | None = None
    end: Item | None = None
    duration: Annotated[
        str | None, Field(pattern=ID_PATTERN, description="Id of a duration claim.")
    ] = None


@record
class ContainmentCheck(CheckBase):
    """A date inside a stretch of time, or a place inside a place."""

    kind: Literal["containment"]
    item: Annotated[str, Field(pattern=ID_PATTERN, description="Id of a date or place claim.")]
    within: Annotated[
        Annotated[str, Field(pattern=ID_PATTERN), Tag("id")] | Annotated[Window, Tag("window")],
        Discriminator(_within_shape),
        Field(
            description="A place (subject or claim id), a date claim, or a window of time.",
            examples=["turkey", {"after": "round-1-date", "before": "round-2-date"}],
        ),
    ]


@record
class ValidityCheck(CheckBase):
    """A person held the title a claim gives them on the date it is used."""

    kind: Literal["validity"]
    title: Annotated[
        str, Field(pattern=ID_PATTERN, description="Id of a role claim about a person.")
    ]
    date: Annotated[
        Item, Field(description="The date the title is used: a date claim or `published`.")
    ]


CHECK_KINDS = (
    "chronology",
    "sequence",
    "duration",
    "numeric",
    "equal",
    "compatible",
    "containment",
    "validity",
)
