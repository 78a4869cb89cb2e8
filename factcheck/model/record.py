"""Frozen, keyword-only dataclasses whose methods are shared instead of generated.

`@dataclass(frozen=True, kw_only=True)` writes an `__init__`, `__repr__`, `__eq__`,
`__hash__`, `__setattr__` and `__delattr__` for each class and compiles each with `exec`:
about half a millisecond a class, some 15 ms for the 31 classes of the claims model, paid by
every cold start. `@record` makes the same classes, still dataclasses (pydantic and the fast
reader take their fields from `dataclasses.fields`), but asks `dataclass` for the fields
only; the methods are `Record`'s, written once, reading each class's fields as the
generated ones would: the same arguments and defaults, the same errors, repr, equality and
hash, and a `FrozenInstanceError` on any assignment. `tests/test_record.py` holds every
model class to a `@dataclass(frozen=True, kw_only=True)` twin.

pydantic builds instances by filling their `__dict__` (as it does for any dataclass), and so
do `pickle` and `copy`; none of them calls `__init__` or `__setattr__`. Two things differ from
generated methods, and nothing here reads them: `__dataclass_params__` says `init`, `repr`,
`eq` and `frozen` are false (the decorator generated none of them), and `inspect.signature`
shows `(*args, **values)`. Equality compares the fields as one tuple, as the generated
`__eq__` does through Python 3.12; from 3.13 that method compares field by field after an
identity test, which differs only for a field holding the same NaN object on both sides
(the model's numbers refuse NaN, so no claim can hold one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform

_Class = TypeVar("_Class", bound=type)
_ABSENT = object()


class _Shape:
    """What the shared methods need of one class's fields, worked out once."""

    __slots__ = ("compared", "fields", "hashed", "names", "qualname", "shown")

    def __init__(self, cls: type) -> None:
        own = fields(cls)
        self.qualname = cls.__qualname__
        self.names = frozenset(f.name for f in own if f.init)
        # (name, default, factory) in the order the generated __init__ sets them.
        self.fields = tuple(
            (
                f.name,
                f.default,
                None if f.default_factory is MISSING else f.default_factory,
            )
            for f in own
            if f.init
        )
        self.shown = tuple(f.name for f in own if f.repr)
        self.compared = _values_of(tuple(f.name for f in own if f.compare))
        self.hashed = _values_of(
            tuple(f.name for f in own if (f.compare if f.hash is None else f.hash))
        )


def _values_of(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of an instance's values of `names`: what the generated `__eq__` compares
    and `__hash__` hashes (attrgetter gives a tuple itself from two names on)."""
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda instance: (one(instance),)
    return lambda instance: ()


_SHAPES: dict[type, _Shape] = {}


@dataclass_transform(kw_only_default=True, frozen_default=True)
def record(cls: _Class) -> _Class:
    """`@dataclass(frozen=True, kw_only=True)` for a subclass of `Record`, without
    generating its methods (see the module docstring)."""
    if not issubclass(cls, Record):
        raise TypeError(f"@record is for subclasses of Record, not {cls.__qualname__}")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__qualname__}: a record has no __post_init__")
    made = dataclass(kw_only=True, init=False, repr=False, eq=False)(cls)
    if not all(f.init for f in fields(made)):
        raise TypeError(f"{cls.__qualname__}: every field of a record is an argument")
    _SHAPES[made] = _Shape(made)
    return made


class Record:
    """The methods of a frozen, keyword-only dataclass, for the classes `@record` makes.

    No `__slots__` here: the instances keep their `__dict__`, as dataclasses' do, and
    pydantic does not take them for slotted dataclasses.
    """

    def __init__(self, *args: Any, **values: Any) -> None:
        shape = _SHAPES[type(self)]
        if args or not values.keys() <= shape.names:
            _raise_signature_error(shape, args, values)
        instance = self.__dict__
        missing = False
        for name, default, factory in shape.fields:
            value = values.get(name, _ABSENT)
            if value is _ABSENT:
                if factory is not None:
                    value = factory()
                elif default is MISSING:
                    missing = True
                    continue
                else:
                    value = default
            instance[name] = value
        if missing:
            _raise_signature_error(shape, args, values)

    @recursive_repr()
    def __repr__(self) -> str:
        shape = _SHAPES[type(self)]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in shape.shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            values = _SHAPES[type(self)].compared
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_SHAPES[type(self)].hashed(self))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def _raise_signature_error(shape: _Shape, args: tuple[Any, ...], values: dict[str, Any]) -> None:
    """Raise the TypeError the generated `__init__` raises for these arguments, by calling a
    function with its signature (built here, on this rare path only: a wrong call is a
    programming error, and its message should be Python's own)."""
    parameters = ", ".join(
        name if default is MISSING and factory is None else f"{name}=None"
        for name, default, factory in shape.fields
    )
    namespace: dict[str, Any] = {}
    # The names are the dataclass's field names: identifiers, checked by `dataclass`.
    keywords = f", *, {parameters}" if parameters else ""
    exec(f"def __init__(self{keywords}):\n    pass", namespace)
    signature = namespace["__init__"]
    signature.__qualname__ = f"{shape.qualname}.__init__"
    signature(None, *args, **values)
    raise AssertionError("unreachable: the arguments fit the signature")  # pragma: no cover
