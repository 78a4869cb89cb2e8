"""Check and build a valid claims file without pydantic: one pass, strict, never laxer.

Every claims file is read here first, from the model's own annotations (read with the
stand-ins of `factcheck.model.vocabulary`). Whatever this reading cannot vouch for,
pydantic would either reject or convert: a number where text goes, `status: false`,
a date-time in a rarer notation, any mistake. All of that raises `Declined`, and pydantic
reads the file instead, accepting what it converts and naming every mistake. So this
reading may be stricter than pydantic, never laxer, and what it builds is what pydantic
builds; tests compare the two on every fixture and example.

Strictness by construction: a value must have exactly the type the annotation names
(`bool` is not an `int`), a mapping exactly the keys its dataclass has, a pattern must
match a string without line breaks (Python's `$` also matches before a final newline;
pydantic's does not).
"""

from __future__ import annotations

import inspect
import re
import sys
import types
from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass
from datetime import datetime
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from factcheck.lazy_pattern import lazy
from factcheck.model import vocabulary as v

Reader = Callable[[Any], Any]

#: The date-time notation read here; rarer ones (no seconds, a space for `T`) go to pydantic.
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")
_SCALARS = (str, int, float, bool)


class Declined(Exception):
    """This reading cannot vouch for the input; pydantic must read it."""


_READERS: dict[type, Reader] = {}


def read(cls: type, data: Any) -> Any:
    """An instance of dataclass `cls` built from `data`, or `Declined`."""
    return _dataclass_reader(cls)(data)


def _dataclass_reader(cls: type) -> Reader:
    """Read a mapping with exactly `cls`'s keys into `cls`; built once per class."""
    if cls in _READERS:
        return _READERS[cls]
    readers: dict[str, Reader] = {}
    required: set[str] = set()

    def read_dataclass(value: Any) -> Any:
        if type(value) is not dict or not required <= value.keys():
            raise Declined
        arguments = {}
        for key, item in value.items():
            reader = readers.get(key)  # a key that is not text matches no field
            if reader is None:
                raise Declined
            arguments[key] = reader(item)
        return cls(**arguments)

    _READERS[cls] = read_dataclass  # before the fields: a model may contain itself (Sum)
    hints = _hints(cls)
    for item in fields(cls):
        readers[item.name] = _reader(hints[item.name])
        if item.default is MISSING and item.default_factory is MISSING:
            required.add(item.name)
    return read_dataclass


def _hints(cls: type) -> dict[str, Any]:
    """`cls`'s field annotations, evaluated with the stand-ins (its bases' first)."""
    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if is_dataclass(klass):
            hints.update(_own_hints(klass))
    return hints


@cache
def _own_hints(cls: type) -> dict[str, Any]:
    """The annotations `cls` itself declares, each evaluated once per process."""
    module = sys.modules[cls.__module__]
    space = _namespace(module)
    return {
        name: eval(text, vars(module), space)  # the model's own annotation text
        for name, text in inspect.get_annotations(cls).items()
        if not text.startswith("ClassVar[")
    }


@cache
def _namespace(module: types.ModuleType) -> dict[str, Any]:
    return v.namespace(module, v.fast_names())


# Readers by hint: the claims' shared fields (ClaimBase's, CheckBase's) and the common
# aliases are read alike in every class; built once, not once per class (711 -> 158 builds
# for the claims model). A reader is a pure function of its hint, and typing's equality
# tells hints apart by their metadata, which the stand-ins compare by identity.
_BY_HINT: dict[Any, Reader] = {}


def _reader(hint: Any) -> Reader:
    """The reader of a value annotated `hint`."""
    try:
        return _BY_HINT[hint]
    except KeyError:
        reader = _BY_HINT[hint] = _new_reader(hint)
        return reader
    except TypeError:  # an unhashable hint: read as well, only not remembered
        return _new_reader(hint)


def _new_reader(hint: Any) -> Reader:
    origin = get_origin(hint)
    if origin is Annotated:
        base, *metadata = get_args(hint)
        return _annotated_reader(base, metadata)
    if origin in (Union, types.UnionType):
        return _union_reader(get_args(hint))
    if origin is Literal:
        return _literal_reader(get_args(hint))
    if origin is list:
        (item_hint,) = get_args(hint)
        return _list_reader(_reader(item_hint))
    if origin is dict:
        key_hint, value_hint = get_args(hint)
        return _dict_reader(_reader(key_hint), _reader(value_hint))
    if hint in _SCALARS:
        return _exact_type_reader((hint,))
    if hint is v.AwareDatetime:
        return _read_aware_datetime
    if isinstance(hint, type) and is_dataclass(hint):
        return _dataclass_reader(hint)
    raise TypeError(f"the fast reader cannot read {hint!r}")


def _annotated_reader(base: Any, metadata: list[Any]) -> Reader:
    """Apply `Field` constraints and validators around the reader of `base`."""
    spec: dict[str, Any] = {}
    for item in metadata:
        if isinstance(item, v.FieldSpec):
            spec.update(item.arguments)
    befores = [item.function for item in metadata if isinstance(item, v.BeforeValidator)]
    afters = [item.function for item in metadata if isinstance(item, v.AfterValidator)]
    chooser = next((item.function for item in metadata if isinstance(item, v.Discriminator)), None)
    if chooser is not None:
        base_reader = _tagged_union_reader(get_args(base), chooser)
    elif "discriminator" in spec:
        base_reader = _keyed_union_reader(get_args(base), spec["discriminator"])
    else:
        base_reader = _reader(base)
    checks = _constraint_checks(spec)
    if not (befores or checks or afters):  # documentation only: nothing to add per value
        return base_reader

    def read_annotated(value: Any) -> Any:
        for before in befores:
            try:
                value = before(value)
            except Exception as error:  # pydantic reports a validator's failure
                raise Declined from error
        value = base_reader(value)
        if value is not None:  # pydantic constrains the value of `str | None`, not the None
            for check in checks:
                if not check(value):
                    raise Declined
        for after in afters:
            try:
                value = after(value)
            except Exception as error:  # pydantic reports a validator's failure
                raise Declined from error
        return value

    return read_annotated


def _constraint_checks(spec: dict[str, Any]) -> list[Callable[[Any], bool]]:
    checks: list[Callable[[Any], bool]] = []
    if "pattern" in spec:
        pattern = lazy(spec["pattern"])  # compiled for the first value it checks, if any
        checks.append(lambda value: "\n" not in value and pattern().search(value) is not None)
    if "min_length" in spec:
        least = spec["min_length"]
        checks.append(lambda value: len(value) >= least)
    if "max_length" in spec:
        most = spec["max_length"]
        checks.append(lambda value: len(value) <= most)
    if "ge" in spec:
        bound = spec["ge"]
        checks.append(lambda value: value >= bound)  # false for NaN too, as in pydantic
    if "le" in spec:
        top = spec["le"]
        checks.append(lambda value: value <= top)
    return checks


def _tagged_union_reader(members: tuple[Any, ...], chooser: Callable[[Any], str]) -> Reader:
    """A union whose member is named by `Tag` and picked by a function of the value."""
    by_tag: dict[str, Reader] = {}
    for member in members:
        tags = [item.name for item in get_args(member)[1:] if isinstance(item, v.Tag)]
        if get_origin(member) is not Annotated or len(tags) != 1:
            raise TypeError(f"union member without a Tag: {member!r}")
        by_tag[tags[0]] = _reader(member)

    def read_tagged(value: Any) -> Any:
        reader = by_tag.get(chooser(value))
        if reader is None:
            raise Declined
        return reader(value)

    return read_tagged


def _keyed_union_reader(members: tuple[Any, ...], key: str) -> Reader:
    """A union of dataclasses told apart by the literal value of their field `key`."""
    by_value: dict[Any, Reader] = {}
    for member in members:
        for literal in get_args(_hints(member)[key]):
            by_value[literal] = _dataclass_reader(member)

    def read_keyed(value: Any) -> Any:
        if type(value) is not dict:
            raise Declined
        tag = value.get(key)
        reader = by_value.get(tag) if type(tag) is str else None
        if reader is None:
            raise Declined
        return reader(value)

    return read_keyed


def _union_reader(members: tuple[Any, ...]) -> Reader:
    """`X | None`, or a union of plain scalar types (`int | float`) taken as they are."""
    optional = type(None) in members
    rest = [member for member in members if member is not type(None)]
    if len(rest) == 1:
        inner = _reader(rest[0])
    elif all(member in _SCALARS for member in rest):
        inner = _exact_type_reader(tuple(rest))
    else:
        raise TypeError(f"the fast reader cannot read the union {members!r}")
    if not optional:
        return inner
    return lambda value: None if value is None else inner(value)


def _literal_reader(allowed: tuple[Any, ...]) -> Reader:
    """One of the literal values, of the same type (`True` is not the literal 1)."""
    choices = {(type(choice), choice) for choice in allowed}

    def read_literal(value: Any) -> Any:
        if type(value) not in _SCALARS or (type(value), value) not in choices:
            raise Declined
        return value

    return read_literal


def _exact_type_reader(allowed: tuple[type, ...]) -> Reader:
    def read_exact(value: Any) -> Any:
        if type(value) not in allowed:
            raise Declined
        return value

    return read_exact


def _list_reader(item: Reader) -> Reader:
    def read_list(value: Any) -> Any:
        if type(value) is not list:
            raise Declined
        return [item(element) for element in value]

    return read_list


def _dict_reader(key: Reader, item: Reader) -> Reader:
    def read_dict(value: Any) -> Any:
        if type(value) is not dict:
            raise Declined
        return {key(name): item(element) for name, element in value.items()}

    return read_dict


def _read_aware_datetime(value: Any) -> datetime:
    if type(value) is not str or _DATETIME.fullmatch(value) is None:
        raise Declined
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise Declined from error
    if moment.tzinfo is None:
        raise Declined
    return moment
