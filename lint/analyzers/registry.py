"""The analyzer registry: each analyzer's name, its typed options and the message fields it fills.

An analyzer is registered with :func:`analyzer`, which names it and gives a frozen dataclass of its
options (types and defaults in one place)::

    @dataclass(frozen=True)
    class UnsourcedOptions:
        min_words: int = option(80, "body words below which the rule stays silent")

    @analyzer("sourcing.unsourced_article", options=UnsourcedOptions, fields=("words",))
    def unsourced_article(doc, rule, ctx): ...

When a pack loads, a rule's ``options`` table is checked against the dataclass (:func:`build_options`):
an unknown key or a value of the wrong type is a one-line error, a missing key takes the default.
The analyzer reads the result as ``rule.options``. ``fields`` names the values its hits carry for
the rule's TOML ``message`` (``{match}`` is always there).

Built-in analyzers live in ``lint/analyzers/<module>.py`` and are imported the first time a rule
names them. Installed packages add their own through the ``credlint.analyzers`` entry-point group:
the entry point's name is the namespace of the analyzers its module registers (entry point
``house = "credlint_house.analyzers"`` provides ``house.*``), imported the first time a rule names
one. A plugin's rule pack is an entry point of ``credlint.packs`` whose object is the path of a
pack file or folder, enabled by naming it ``plugin:house`` among the rule packs. Only installed
code runs: nothing in a checked folder or a rule pack is ever imported.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import math
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable, Mapping, TypeVar

from lint.errors import CredlintError


T = TypeVar("T")


@dataclass(frozen=True)
class NoOptions:
    """The options of an analyzer that takes none."""


@dataclass(frozen=True)
class Registered:
    """One registered analyzer."""

    name: str
    #: ``fn(doc, rule, ctx) -> Iterable[Hit]``, or a corpus analyzer (``collect``/``check``).
    target: Any
    options: type
    #: The values its hits carry for the rule's message; ``match`` is always among them.
    fields: tuple[str, ...]
    corpus: bool


class PluginError(CredlintError):
    """An installed plugin that cannot be found or loaded."""


class OptionError(ValueError):
    """An option table that does not fit an analyzer's options (``field`` is ``options.<key>``)."""

    def __init__(self, field: str, why: str) -> None:
        super().__init__(f"{field}: {why}")
        self.field = field
        self.why = why


_REGISTRY: dict[str, Registered] = {}


def option(default: Any, doc: str) -> Any:
    """A dataclass field with its default and one line of documentation (``credlint rule``)."""
    if isinstance(default, dict):  # a fresh table per options object (kept a dict: rules are pickled)
        return dataclasses.field(default_factory=lambda: dict(default), metadata={"doc": doc})
    if isinstance(default, list):
        default = tuple(default)
    return dataclasses.field(default=default, metadata={"doc": doc})


def analyzer(name: str, *, options: type = NoOptions, fields: tuple[str, ...] = ()) -> Callable[[T], T]:
    """Register ``target`` (a function or a corpus-analyzer object) under ``name``."""
    if not (dataclasses.is_dataclass(options) and options.__dataclass_params__.frozen):  # type: ignore[attr-defined]
        raise TypeError(f"analyzer {name}: options must be a frozen dataclass")
    if "." not in name:
        raise ValueError(f"analyzer name {name!r} must be 'namespace.name'")

    def register(target: T) -> T:
        corpus = hasattr(target, "collect") and hasattr(target, "check")
        old = _REGISTRY.get(name)
        if old is not None and old.target is not target:
            raise ValueError(f"analyzer {name!r} is registered twice")
        _REGISTRY[name] = Registered(name, target, options, ("match", *fields), corpus)
        return target

    return register


def registered() -> dict[str, Registered]:
    """Every analyzer registered so far (the built-in ones once their modules are imported)."""
    return dict(_REGISTRY)


# -- options ---------------------------------------------------------------------------------------
@cache
def _hints(cls: type) -> dict[str, Any]:
    """The resolved field types of an options class (its annotations are strings until asked)."""
    return typing.get_type_hints(cls)


def type_text(tp: Any) -> str:
    """How a user reads an option's type: 'a whole number', 'a list of strings'…"""
    tp = _without_none(tp)
    if tp is bool:
        return "a boolean"
    if tp is int:
        return "a whole number"
    if tp is float:
        return "a number"
    if tp is str:
        return "a string"
    origin = typing.get_origin(tp)
    if origin is tuple:
        return f"a list of {_plural(typing.get_args(tp)[0])}"
    if origin in (dict, collections.abc.Mapping):
        return f"a table of {_plural(typing.get_args(tp)[1])}"
    if dataclasses.is_dataclass(tp):
        keys = ", ".join(f.name for f in dataclasses.fields(tp))
        return f"a table of {keys}"
    return {dict: "a table", list: "a list"}.get(tp, getattr(tp, "__name__", str(tp)))


def _plural(tp: Any) -> str:
    return {str: "strings", int: "whole numbers", float: "numbers", bool: "booleans"}.get(tp, "values")


def _without_none(tp: Any) -> Any:
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        arms = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(arms) == 1:
            return arms[0]
    return tp


def _value_text(value: Any) -> str:
    return type_text(type(value))


def _coerce(value: Any, tp: Any, where: str) -> Any:
    tp = _without_none(tp)
    origin = typing.get_origin(tp)

    def wrong() -> OptionError:
        shown = "" if isinstance(value, dict | list) else f" ({value!r})"
        return OptionError(where, f"must be {type_text(tp)}, not {_value_text(value)}{shown}")

    if isinstance(value, float) and not math.isfinite(value):
        raise OptionError(where, f"must be a finite number, not {value}")
    if tp is bool:
        if not isinstance(value, bool):
            raise wrong()
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong()
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise wrong()
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise wrong()
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise wrong()
        item = typing.get_args(tp)[0]
        return tuple(_coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise wrong()
        return build_options(tp, value, where)
    if origin in (dict, collections.abc.Mapping):
        if not isinstance(value, dict):
            raise wrong()
        item = typing.get_args(tp)[1]
        return {k: _coerce(v, item, f"{where}.{k}") for k, v in value.items()}
    raise TypeError(f"{where}: options of type {tp!r} are not supported")  # a bug in the analyzer, not in the pack


def build_options(cls: type, raw: Mapping[str, Any] | None, where: str = "options") -> Any:
    """The options object of ``cls`` from a TOML table; :class:`OptionError` for a bad key or value."""
    known = [f.name for f in dataclasses.fields(cls)]
    hints = _hints(cls)
    values = {}
    for key, value in (raw or {}).items():
        if key not in known:
            choices = ", ".join(known) if known else "none (this analyzer takes no options)"
            raise OptionError(f"{where}.{key}", f"unknown option; known: {choices}")
        values[key] = _coerce(value, hints[key], f"{where}.{key}")
    return cls(**values)


@dataclass(frozen=True)
class OptionDoc:
    """One option as ``credlint rule`` prints it."""

    name: str
    type: str
    default: Any
    doc: str


def describe(cls: type) -> list[OptionDoc]:
    """The options of ``cls``: name, type, default and documentation, nested tables flattened."""
    out: list[OptionDoc] = []
    hints = _hints(cls)
    defaults = cls()
    for f in dataclasses.fields(cls):
        tp = _without_none(hints[f.name])
        value = getattr(defaults, f.name)
        if dataclasses.is_dataclass(tp) and value is not None:
            out += [dataclasses.replace(d, name=f"{f.name}.{d.name}") for d in describe(tp)]
            continue
        out.append(OptionDoc(f.name, type_text(tp), value, f.metadata.get("doc", "")))
    return out


def as_toml(value: Any) -> str:
    """An option value written as in a pack (``true``, ``["a", "b"]``, ``{ points = 6 }``)."""
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) else f"{value:.1f}"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, tuple | list):
        return "[" + ", ".join(as_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {as_toml(v)}" for k, v in value.items()) + " }" if value else "{}"
    if dataclasses.is_dataclass(value):
        return as_toml({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return str(value)


def _key(name: str) -> str:
    return name if name.replace("_", "").replace("-", "").isalnum() else as_toml(name)
