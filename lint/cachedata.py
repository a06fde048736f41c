"""The cache's file format: a per-file result as plain JSON, and back, validated.

A cache folder may come from anywhere (a pull request can commit one), so its
entries are data only. Reading one never imports, unpickles or runs anything
the entry names: the only objects it can rebuild are the dataclasses listed in
:data:`TYPES` (fixed here, in code), each field is checked against its declared
type, and anything else (an unknown type, a missing or extra field, a wrong
type, ``NaN``) makes the whole entry invalid, which the cache treats as a miss.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import math
import typing
from functools import cache
from typing import Any

#: The dataclasses a cached result may hold, by name → the module that defines them.
TYPES = {
    "Finding": "lint.findings",
    "Related": "lint.findings",
    "Located": "lint.findings",
    "Suppression": "lint.suppress",
    "IdentityFact": "lint.analyzers.sourcing",
    "ArticleView": "lint.view",
    "ViewBlock": "lint.view",
}
_TAG = "$type"


class InvalidEntry(ValueError):
    """What a cache entry holds is not a result this version wrote."""


def _type(name: str) -> type:
    module = TYPES.get(name)
    if module is None:
        raise InvalidEntry(f"unknown type {name!r}")
    cls = getattr(importlib.import_module(module), name)
    if not dataclasses.is_dataclass(cls):  # pragma: no cover - a programming error
        raise InvalidEntry(f"{name} is not a dataclass")
    return cls


def encode(value: Any) -> Any:
    """A JSON-ready copy of a result value (dataclasses of :data:`TYPES`, tuples, lists,
    str-keyed dicts, str, int, finite float, bool, None); ValueError for anything else."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if TYPES.get(name) != type(value).__module__:
            raise ValueError(f"{name} is not a cacheable type")
        return {_TAG: name, **{f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) and not k.startswith("$") for k in value):
            raise ValueError("dict keys must be plain strings")
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise ValueError(f"{type(value).__name__} is not cacheable")


def decode(value: Any) -> Any:
    """The inverse of :func:`encode`: lists come back as tuples (the dataclasses hold tuples)."""
    if isinstance(value, list):
        return tuple(decode(v) for v in value)
    if isinstance(value, dict):
        if _TAG not in value:
            return {k: decode(v) for k, v in value.items()}
        cls = _type(value[_TAG])
        fields = {f.name: f for f in dataclasses.fields(cls)}
        given = {k: v for k, v in value.items() if k != _TAG}
        if set(given) != set(fields):
            raise InvalidEntry(f"{cls.__name__}: fields {sorted(given)} are not {sorted(fields)}")
        kwargs = {k: decode(v) for k, v in given.items()}
        for k, v in kwargs.items():
            if not (_fits(v, str(fields[k].type)) or _in_literal(v, cls, k)):
                raise InvalidEntry(f"{cls.__name__}.{k}: {type(v).__name__} is not {fields[k].type}")
        return cls(**kwargs)
    return value


_SCALARS: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "None": (type(None),)}


def _fits(value: Any, annotation: str) -> bool:
    """Whether a decoded value has the declared type (the annotations the cacheable types use)."""
    annotation = annotation.strip()
    if "|" in annotation and "[" not in annotation:
        return any(_fits(value, part) for part in annotation.split("|"))
    if annotation in _SCALARS:
        return isinstance(value, _SCALARS[annotation]) and (annotation == "bool" or not isinstance(value, bool))
    if annotation.startswith("tuple[") and annotation.endswith(", ...]"):
        inner = annotation[len("tuple[") : -len(", ...]")]
        return isinstance(value, tuple) and all(_fits(v, inner) for v in value)
    if annotation.startswith("tuple[") and annotation.endswith("]"):  # fixed length: tuple[int, int]
        parts = _top_level(annotation[len("tuple[") : -1])
        return isinstance(value, tuple) and len(value) == len(parts) and all(_fits(v, t) for v, t in zip(value, parts))
    if annotation.startswith("Mapping[str, str]"):
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    if annotation in TYPES:
        return type(value).__name__ == annotation and type(value).__module__ == TYPES[annotation]
    return False


def _top_level(args: str) -> list[str]:
    """The comma-separated parts of a type's arguments, brackets kept whole."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(args):
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(args[start:i].strip())
            start = i + 1
    return [*parts, args[start:].strip()]


def _in_literal(value: Any, cls: type, name: str) -> bool:
    """Whether a field typed by a ``Literal`` alias (``kind: ViewKind``) holds one of its values."""
    hint = _hints(cls).get(name)
    return typing.get_origin(hint) is typing.Literal and value in typing.get_args(hint)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _no_constants(name: str) -> Any:
    raise InvalidEntry(f"{name} is not valid JSON")


def dumps(value: Any) -> bytes:
    return json.dumps(encode(value), ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def loads(data: bytes) -> Any:
    """Parse and rebuild an entry; InvalidEntry (or ValueError) when it is not one."""
    return decode(json.loads(data, parse_constant=_no_constants))
