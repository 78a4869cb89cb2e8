"""Consistency checks: rules across claims, written in the claims file under `checks:`.

Items name claims by id; `published` names the article's dateline. Each kind says one
thing a reader of the article takes for granted: the rounds come in this order, the third
round needs a first and a second, the time between two dates is what the article says.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
Item = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        description="A claim id, or `published` for the article's dateline.",
        examples=["round-2-date", "published"],
    ),
]
Operand = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="A number claim's id; for a pair claim, `ID.left` or `ID.right`.",
        examples=["follow-up-count", "swap-count.left"],
    ),
]


def _operand_shape(value: object) -> str:
    if isinstance(value, dict):
        return "sum"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    return "claim"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Sum(_Strict):
    """The sum of several operands: `{sum: [a, b]}`."""

    sum: list[OperandValue] = Field(min_length=2)


OperandValue = Annotated[
    Annotated[Operand, Tag("claim")]
    | Annotated[float | int, Tag("number")]
    | Annotated[Sum, Tag("sum")],
    Discriminator(_operand_shape),
]
Sum.model_rebuild()


class CheckBase(_Strict):
    """Fields every check has."""

    id: str = Field(pattern=ID_PATTERN, description="Unique id of the check in this file.")
    description: str | None = Field(
        None,
        description="What the check states, in the article's terms.",
        examples=["The May 16 round comes before the June 2 round."],
    )
    ignore: dict[Annotated[str, Field(pattern=r"^FC[0-9]{3}$")], str] = Field(
        default_factory=dict, description="Finding codes silenced on this check, with reasons."
    )


class ChronologyCheck(CheckBase):
    """These dates are in this order."""

    kind: Literal["chronology"]
    items: list[Item] = Field(
        min_length=2, examples=[["round-1-date", "round-2-date", "published"]]
    )
    strict: bool = Field(
        True, description="Each strictly before the next (false: same day allowed)."
    )


class SequenceCheck(CheckBase):
    """The numbered events of a series are consecutive and in date order."""

    kind: Literal["sequence"]
    series: str = Field(pattern=ID_PATTERN, description="Id of the series subject.")
    latest: str | None = Field(
        None,
        pattern=ID_PATTERN,
        description="Id of the event the article calls the latest: none after it has happened.",
    )
    ordinals: list[str] = Field(
        default_factory=list,
        description="Ordinal claims about events of the series ('third round') to check.",
    )


class DurationCheck(CheckBase):
    """The time between two dated claims agrees with a stated duration."""

    kind: Literal["duration"]
    start: Item
    end: Item
    duration: str = Field(pattern=ID_PATTERN, description="Id of the duration claim.")
    inclusive: bool = Field(
        False, description="Count both end days (a 'two-day visit' on June 26 and 27)."
    )


class NumericCheck(CheckBase):
    """A relation between numbers: equal, less, at most, sums, the two sides of an exchange."""

    kind: Literal["numeric"]
    left: OperandValue
    relation: Literal["equal", "not-equal", "less", "at-most", "greater", "at-least"]
    right: OperandValue


class EqualCheck(CheckBase):
    """These claims state the same value."""

    kind: Literal["equal"]
    items: list[Item] = Field(min_length=2)


class Window(_Strict):
    """A stretch of time: after/before two dates, or a duration from a start or to an end."""

    after: Item | None = None
    before: Item | None = None
    start: Item | None = None
    end: Item | None = None
    duration: str | None = Field(None, pattern=ID_PATTERN, description="Id of a duration claim.")


def _within_shape(value: object) -> str:
    return "window" if isinstance(value, dict) else "id"


class ContainmentCheck(CheckBase):
    """A date inside a stretch of time, or a place inside a place."""

    kind: Literal["containment"]
    item: str = Field(pattern=ID_PATTERN, description="Id of a date or place claim.")
    within: Annotated[
        Annotated[str, Field(pattern=ID_PATTERN), Tag("id")] | Annotated[Window, Tag("window")],
        Discriminator(_within_shape),
    ] = Field(
        description="A place (subject or claim id), a date claim, or a window of time.",
        examples=["turkey", {"after": "round-1-date", "before": "round-2-date"}],
    )


class ValidityCheck(CheckBase):
    """A person held the title a claim gives them on the date it is used."""

    kind: Literal["validity"]
    title: str = Field(pattern=ID_PATTERN, description="Id of a role claim about a person.")
    date: Item = Field(description="The date the title is used: a date claim or `published`.")


Check = Annotated[
    ChronologyCheck
    | SequenceCheck
    | DurationCheck
    | NumericCheck
    | EqualCheck
    | ContainmentCheck
    | ValidityCheck,
    Field(discriminator="kind"),
]
CHECK_KINDS = ("chronology", "sequence", "duration", "numeric", "equal", "containment", "validity")
