"""The claims model's records behave as `@dataclass(frozen=True, kw_only=True)` classes.

`factcheck.model.record` shares one set of methods among the model's classes instead of
generating them per class (a cold start paid ~15 ms for that). Every class made with
`@record` is compared here with a twin made by `dataclasses.make_dataclass` from the same
fields, frozen and keyword-only: construction and its errors, repr, equality, hash,
immutability, copy, pickle, `dataclasses.replace` and `asdict`.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest

from factcheck.model import checks, claims
from factcheck.model.record import Record, record

RECORDS = sorted(
    (
        value
        for module in (claims, checks)
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Record)
        and value is not Record
        and value.__module__ == module.__name__
    ),
    key=lambda cls: cls.__qualname__,
)
IDS = [cls.__qualname__ for cls in RECORDS]


def _twin(cls: type) -> type:
    """The class `@dataclass(frozen=True, kw_only=True)` makes of `cls`'s fields."""
    specs = []
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:
            spec = dataclasses.field(default_factory=f.default_factory)
        elif f.default is not dataclasses.MISSING:
            spec = dataclasses.field(default=f.default)
        else:
            spec = dataclasses.field()
        specs.append((f.name, Any, spec))
    return dataclasses.make_dataclass(cls.__qualname__, specs, frozen=True, kw_only=True)


def _required(cls: type) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]


def _every_field(cls: type, tag: str = "") -> dict[str, Any]:
    return {f.name: f"{cls.__qualname__}.{f.name}{tag}" for f in dataclasses.fields(cls)}


def _outcome(function: Any, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    """What a call gives: its value (shown), or its exception's type and message."""
    try:
        return "value", repr(function(*args, **kwargs))
    except Exception as error:
        return type(error).__name__, str(error)


@pytest.fixture(params=RECORDS, ids=IDS)
def pair(request: pytest.FixtureRequest) -> tuple[type, type]:
    return request.param, _twin(request.param)


def test_the_model_is_made_of_records() -> None:
    assert len(RECORDS) >= 30
    assert claims.DateClaim in RECORDS and checks.ChronologyCheck in RECORDS
    assert all(dataclasses.is_dataclass(cls) for cls in RECORDS)


def test_a_record_is_built_and_shown_as_its_twin(pair: tuple[type, type]) -> None:
    ours, twin = pair
    for arguments in (_every_field(ours), dict.fromkeys(_required(ours), "x")):
        made, expected = ours(**arguments), twin(**arguments)
        assert repr(made) == repr(expected)
        assert list(vars(made).items()) == list(vars(expected).items())
        assert dataclasses.asdict(made) == dataclasses.asdict(expected)
    fresh = [ours(**dict.fromkeys(_required(ours), "x")) for _ in range(2)]
    for f in dataclasses.fields(ours):
        if f.default_factory is not dataclasses.MISSING:  # a new list or dict each time
            assert getattr(fresh[0], f.name) is not getattr(fresh[1], f.name)


def test_a_record_is_equal_and_hashed_as_its_twin(pair: tuple[type, type]) -> None:
    ours, twin = pair
    first, same, other = _every_field(ours), _every_field(ours), _every_field(ours, "'")
    assert ours(**first) == ours(**same) and twin(**first) == twin(**same)
    assert ours(**first) != ours(**other) and twin(**first) != twin(**other)
    assert hash(ours(**first)) == hash(twin(**first))
    assert ours(**first).__eq__(twin(**first)) is NotImplemented  # another class
    assert ours(**first) != twin(**first)
    bare = dict.fromkeys(_required(ours), "x")
    assert _outcome(hash, ours(**bare)) == _outcome(hash, twin(**bare))
    for shared in RECORDS[:3]:  # a record of another class is never equal
        if shared is not ours:
            assert ours(**first) != shared(**_every_field(shared))


def test_a_record_is_frozen_as_its_twin(pair: tuple[type, type]) -> None:
    ours, twin = pair
    arguments = _every_field(ours)
    made, expected = ours(**arguments), twin(**arguments)
    name = next(iter(arguments))
    for change, *change_args in (
        (setattr, name, "changed"),
        (setattr, "not_a_field", 1),
        (delattr, name),
    ):
        got = _outcome(change, made, *change_args)
        assert got == _outcome(change, expected, *change_args)
        assert got[0] == "FrozenInstanceError"
    assert vars(made) == vars(expected)


def test_a_wrong_call_fails_as_on_its_twin(pair: tuple[type, type]) -> None:
    ours, twin = pair
    every, required = _every_field(ours), _required(ours)
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((), {}),
        (("x",), every),
        (("x", "y"), {}),
        ((), {**every, "unknown": 1}),
        (("x",), {"unknown": 1}),
    ]
    for left_out in range(1, min(3, len(required)) + 1):
        partial = dict(every)
        for name in required[:left_out]:
            del partial[name]
        calls.append(((), partial))
    for args, kwargs in calls:
        got = _outcome(ours, *args, **kwargs)
        assert got == _outcome(twin, *args, **kwargs)
        if args or "unknown" in kwargs or not set(required) <= kwargs.keys():
            assert got[0] == "TypeError"


def test_a_record_copies_pickles_and_is_replaced_as_its_twin(pair: tuple[type, type]) -> None:
    ours, _ = pair
    made = ours(**_every_field(ours))
    for copied in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert type(copied) is ours and copied == made
    name = dataclasses.fields(ours)[0].name
    changed = dataclasses.replace(made, **{name: "replaced"})
    assert changed == ours(**{**_every_field(ours), name: "replaced"})
    assert getattr(made, name) != "replaced"


def test_a_record_that_holds_itself_is_shown_with_an_ellipsis() -> None:
    subject = claims.Subject(kind="event", aliases=[])
    twin = _twin(claims.Subject)(kind="event", aliases=[])
    subject.aliases.append(subject)
    twin.aliases.append(twin)
    assert repr(subject) == repr(twin)
    assert "aliases=[...]" in repr(subject)


def test_record_is_only_for_subclasses_of_record() -> None:
    class Plain:
        name: str

    with pytest.raises(TypeError, match="subclasses of Record"):
        record(Plain)

    class Counted(Record):
        count: int = dataclasses.field(default=0, init=False)

    with pytest.raises(TypeError, match="every field of a record is an argument"):
        record(Counted)
