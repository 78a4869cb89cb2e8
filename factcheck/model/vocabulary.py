"""The words the model's annotations are written in (`Field`, `Tag`, ...), read two ways.

The claims model is plain dataclasses whose annotations stay strings until read
(`from __future__ import annotations`), written in pydantic's vocabulary:
`Annotated[str, Field(pattern=ID_PATTERN)]`. Importing the model therefore costs a few
dataclasses, not pydantic: its import, schema generation and validator build were ~200 ms
of every cold `factcheck verify`. The annotations are evaluated in one of two namespaces:

- `fast_names()`: stand-ins that only record their arguments, for
  `factcheck.model.fast_reader`, which checks and builds a valid file in one pass;
- `pydantic_names()`: pydantic's own objects, for `factcheck.model.reading`'s full
  validation (every mistake named and located) and for the JSON Schema.

Both readings see the same strings, so the model has one definition. A module's type
aliases are strings too, listed in its `TYPE_ALIASES`; `namespace()` evaluates them among
the names of the reading, so `Identifier | None` means a union and not `str | None`.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType, ModuleType
from typing import Any

#: Keyword arguments of `Field(...)` the fast reader enforces; documentation-only ones are
#: listed so that a constraint it does not know stops the build instead of passing unread.
ENFORCED_FIELD_ARGUMENTS = frozenset(
    {"pattern", "min_length", "max_length", "ge", "le", "discriminator"}
)
DOCUMENTING_FIELD_ARGUMENTS = frozenset({"description", "examples", "title"})


class _StandIn:
    """A record of an annotation's arguments, hashed by identity (typing hashes metadata).

    Plain classes, not dataclasses: a dataclass costs about a millisecond to create, and
    a cold start pays for every one.
    """

    __slots__ = ()


class FieldSpec(_StandIn):
    """What `Field(...)` in an annotation says: constraints and documentation."""

    __slots__ = ("arguments",)

    def __init__(self, arguments: dict[str, Any]) -> None:
        self.arguments = MappingProxyType(arguments)


def field_spec(**arguments: Any) -> FieldSpec:
    """Stand-in for `pydantic.Field` inside `Annotated` (the model never gives it a default)."""
    unknown = arguments.keys() - ENFORCED_FIELD_ARGUMENTS - DOCUMENTING_FIELD_ARGUMENTS
    if unknown:
        raise TypeError(f"the fast reader does not know Field({', '.join(sorted(unknown))})")
    return FieldSpec(arguments)


class _Validator(_StandIn):
    __slots__ = ("function",)

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function


class AfterValidator(_Validator):
    """Stand-in for `pydantic.AfterValidator`: a check run on the validated value."""

    __slots__ = ()


class BeforeValidator(_Validator):
    """Stand-in for `pydantic.BeforeValidator`: a conversion run on the raw value."""

    __slots__ = ()


class Discriminator(_Validator):
    """Stand-in for `pydantic.Discriminator`: picks a union member's `Tag` from the value."""

    __slots__ = ()


class Tag(_StandIn):
    """Stand-in for `pydantic.Tag`: names a union member for its `Discriminator`."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class WithJsonSchema(_StandIn):
    """Stand-in for `pydantic.WithJsonSchema`: documentation only."""

    __slots__ = ("schema",)

    def __init__(self, schema: Any) -> None:
        self.schema = schema


class AwareDatetime:
    """Stand-in for `pydantic.AwareDatetime`: a date-time with its time zone."""


def fast_names() -> dict[str, Any]:
    """The stand-ins, by the names the annotations use."""
    return {
        "Field": field_spec,
        "AfterValidator": AfterValidator,
        "BeforeValidator": BeforeValidator,
        "Discriminator": Discriminator,
        "Tag": Tag,
        "WithJsonSchema": WithJsonSchema,
        "AwareDatetime": AwareDatetime,
    }


def pydantic_names() -> dict[str, Any]:
    """pydantic's objects, by the same names (imports pydantic)."""
    import pydantic

    return {name: getattr(pydantic, name) for name in fast_names()}


def namespace(module: ModuleType, names: dict[str, Any]) -> dict[str, Any]:
    """`names` and `module`'s type aliases evaluated among them, in the order listed."""
    space = dict(names)
    for alias, text in module.TYPE_ALIASES.items():
        space[alias] = eval(text, vars(module), space)  # our own constant annotation text
    return space
