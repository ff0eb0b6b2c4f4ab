"""The compiled glossary cache: a validated glossary kept as JSON between runs.

Reading and validating a glossary's YAML is most of a run's fixed cost with
a big glossary (about 0.5 s for 10,000 terms); decoding the same model from
JSON costs a tenth of that.  The cache never trusts what it reads:

* the file name is a hash of the glossary's bytes, the tool's version, a
  fingerprint of the model's dataclass fields and the digest of every source
  and data file of the package (the loader's code decides the model as much
  as the YAML: :func:`~.remembered_digests.package_digest`), so an edited
  glossary, a new release, a model with a new field or changed code looks
  for another file (a glossary of the same size and mtime but other bytes
  included);
* the data format is JSON, which runs no code when read (never pickle);
* every value is checked against the field's type while it is decoded, so a
  truncated, corrupt or foreign file is ignored and rebuilt, never used;
* files are written to a temporary name and renamed into place, so two
  processes writing at once leave one whole file.

The encoding is generic: it follows ``dataclasses.fields()`` and the type
hints of :class:`~glossary_lint.glossary.model.Glossary` and everything it holds,
so a field added to ``Term`` is cached (and changes the fingerprint) without
a change here.  A field whose type this module cannot encode turns the cache
off rather than caching it wrongly.

A sequence of a plain slotted dataclass (the glossary's terms) is written by
column: ``[count, {field: [value of each object]}]``, a field every object
leaves at its default left out.  Read back, each column is checked with one
test of its values' types and set on all objects in one pass; an object per
row, as JSON objects, was half of decoding 10,000 terms (their keys
repeated in every row, and a dict made of each).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from collections import deque
from collections.abc import Callable
from enum import Enum
from functools import cache, lru_cache
from itertools import repeat
from operator import lt
from pathlib import Path
from typing import Any

from .. import __version__
from ..gc_pause import paused_collector
from .cache_files import cache_dir, read_verified, write_verified
from .loader import glossary_text, parse_glossary, read_glossary_bytes, read_glossary_text
from .model import Glossary
from .remembered_digests import package_digest

#: Bumped when the layout of a cache file changes in a way the fingerprint cannot see
#: (2: sequences of slotted dataclasses by column).
FORMAT = 2


class _Unusable(Exception):
    """A cache file whose content does not have the model's shape."""


class _Uncacheable(Exception):
    """A model field of a type the generic encoding does not know."""


def load_glossary_cached(path: str | os.PathLike[str], use_cache: bool = True) -> Glossary:
    """Load a glossary like :func:`~glossary_lint.glossary.loader.load_glossary`,
    through the cache unless ``use_cache`` is false.  A glossary with errors
    raises ``GlossaryError`` as before and is never cached."""
    name = os.fspath(path)
    if not use_cache:
        return parse_glossary(read_glossary_text(name), name)
    # The key hashes the file's bytes: a warm run never decodes them.  Only a
    # valid glossary is written, so bytes with a cache file are valid text.
    data = read_glossary_bytes(name)
    entry = cache_entry(data)
    if entry is None:
        return parse_glossary(glossary_text(data, name), name)
    glossary = _read(entry, name)
    if glossary is None:
        glossary = parse_glossary(glossary_text(data, name), name)
        _write(entry, glossary)
    # Its tables (:mod:`.tables`) are kept beside it.
    object.__setattr__(glossary, "cache_file", entry)
    return glossary


def cache_entry(content: str | bytes) -> Path | None:
    """The file that caches the glossary whose file holds ``content`` (its
    bytes, or its text, taken as UTF-8); None when the model has a field
    type the cache cannot encode, or a file of the package cannot be read."""
    try:
        fingerprint = model_fingerprint()
    except _Uncacheable:
        return None
    code = package_digest()
    if code is None:
        return None
    data = content.encode("utf-8") if isinstance(content, str) else content
    key = hashlib.sha256(f"{FORMAT}\0{__version__}\0{fingerprint}\0{code}\0".encode() + data)
    return cache_dir() / f"glossary-{key.hexdigest()}.json"


def _read(entry: Path, name: str) -> Glossary | None:
    """The cached model, or None when the file is missing or not wholly valid:
    its first line is the SHA-256 of the rest, so a torn or altered file
    fails before a value of it is used."""
    body = read_verified(entry)
    if body is None:
        return None
    try:
        with paused_collector():  # tens of thousands of objects, none of them garbage
            data = json.loads(body)
            if type(data) is not dict:
                return None
            # The same bytes may sit at another path: the model names the file
            # read now (set before the model is built, not by building it twice).
            data["path"] = name
            glossary: Glossary = _decode(Glossary, data)
    except (ValueError, _Unusable, TypeError, RecursionError):
        return None
    return glossary


def _write(entry: Path, glossary: Glossary) -> None:
    encoded = _encoder(Glossary)(glossary)
    write_verified(entry, json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


Encoder = Callable[[Any], Any]


def _same(value: Any) -> Any:
    """A value JSON writes as it is (a string, number, flag or null)."""
    return value


@cache
def _encoder(hint: Any) -> Encoder:
    """A function that turns a value of type ``hint`` into plain JSON values,
    in the shape :func:`_decoder` of the same type reads; a dataclass field
    left at its default is left out (most are)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        if len(options) != 1:
            raise _Uncacheable(hint)
        inner = _encoder(options[0])
        return lambda value: None if value is None else inner(value)
    if origin in (tuple, list, frozenset):
        args = typing.get_args(hint)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            parts = [_encoder(a) for a in args]
            return lambda value: [p(v) for p, v in zip(parts, value)]
        if _by_columns(args[0]):
            return _columns_encoder(args[0])
        item = _encoder(args[0])
        return lambda value: [item(v) for v in value]
    if origin is dict:
        value_encoder = _encoder(typing.get_args(hint)[1])
        return lambda value: {key: value_encoder(item) for key, item in value.items()}
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda value: value.value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields = _field_encoders(hint)
        return lambda value: {
            name: encode(item)
            for name, default, encode in fields
            if (item := getattr(value, name)) != default or default is dataclasses.MISSING
        }
    return _same


def _field_encoders(cls: type) -> list[tuple[str, Any, Encoder]]:
    """Each field a dataclass's constructor takes (those the decoder reads),
    with its default and its encoder."""
    hints = typing.get_type_hints(cls)
    return [(f.name, f.default, _encoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init]


def _by_columns(hint: Any) -> bool:
    """Whether a sequence of ``hint`` is written by column: a plain slotted
    dataclass, whose objects the decoder builds a field at a time."""
    return isinstance(hint, type) and dataclasses.is_dataclass(hint) and _slotted_builder(hint) is not None


@cache
def _columns_encoder(cls: type) -> Encoder:
    """A function that writes a sequence of ``cls`` objects as ``[count,
    {field: column}]``.  A field at its default in every object has no
    column; one set in fewer than half of them is sparse, ``{"rows": [...],
    "values": [...]}`` (the rows in increasing order, each with its value):
    most fields of most entries are left at their defaults, and a value per
    entry would cost a decoder call per entry."""
    fields = _field_encoders(cls)

    def columns(objects: Any) -> list[Any]:
        objects = list(objects)
        count = len(objects)
        found: dict[str, Any] = {}
        for name, default, encode in fields:
            values = [getattr(o, name) for o in objects]
            if default is not dataclasses.MISSING:
                rows = [i for i, value in enumerate(values) if value != default]
                if not rows:
                    continue
                if 2 * len(rows) < count:
                    found[name] = {"rows": rows, "values": [encode(values[i]) for i in rows]}
                    continue
            elif not count:
                continue
            found[name] = values if encode is _same else list(map(encode, values))
        return [count, found]

    return columns


def _decode(hint: Any, data: Any) -> Any:
    """``data`` as a value of type ``hint``; :class:`_Unusable` if it is not one."""
    return _decoder(hint)(data)


Decoder = Callable[[Any], Any]


def _refuse(hint: Any) -> typing.NoReturn:
    raise _Unusable(hint)


@cache
def _decoder(hint: Any) -> Decoder:
    """A function that checks and converts JSON data of type ``hint``, built
    once per type: the 10,000-term glossary has 100,000 values to check."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_decoder(option) for option in typing.get_args(hint) if option is not type(None)]
        nullable = type(None) in typing.get_args(hint)

        def union(data: Any) -> Any:
            if data is None and nullable:
                return None
            for option in options:
                try:
                    return option(data)
                except _Unusable:
                    continue
            _refuse(hint)

        return union
    if origin in (tuple, list, frozenset):
        args = typing.get_args(hint)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            parts = [_decoder(a) for a in args]
            return lambda data: (
                tuple(p(d) for p, d in zip(parts, data))
                if type(data) is list and len(data) == len(parts)
                else _refuse(hint)
            )
        item = _decoder(args[0])
        many = _MANY.get(item)
        if many is not None:
            # Objects of a slotted dataclass (10,000 terms) are read by column.
            return lambda data: origin(many(data))
        return lambda data: origin(map(item, data)) if type(data) is list else _refuse(hint)
    if origin is dict:
        key_type, value_type = typing.get_args(hint)
        value = _decoder(value_type)
        if key_type is not str:
            raise _Uncacheable(hint)
        return lambda data: {k: value(v) for k, v in data.items()} if type(data) is dict else _refuse(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = {m.value: m for m in hint}
        return lambda data: members[data] if type(data) in (str, int) and data in members else _refuse(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    if hint is float:
        return lambda data: data if type(data) in (int, float) else _refuse(hint)
    if hint in (str, int, bool, type(None)):
        # type(), not isinstance: a bool is an int to isinstance, and must not pass for one.
        return lambda data: data if type(data) is hint else _refuse(hint)
    raise _Uncacheable(hint)


def _dataclass_decoder(cls: type) -> Decoder:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    hints = typing.get_type_hints(cls)
    decoders = {f.name: _decoder(hints[f.name]) for f in fields}
    required = {
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }

    # A field of a plain type is checked in place: a call per value was most
    # of decoding 10,000 terms, whose fields are mostly strings.
    plain = {f.name: hints[f.name] for f in fields if hints[f.name] in (str, int, bool)}

    def checked(data: Any) -> dict[str, Any]:
        if type(data) is not dict or not required <= data.keys() or not data.keys() <= decoders.keys():
            _refuse(cls)
        values = {}
        for name, value in data.items():
            kind = plain.get(name)
            if kind is None:
                values[name] = decoders[name](value)
            elif type(value) is kind:  # type(), not isinstance: a bool is no int here
                values[name] = value
            else:
                _refuse(cls)
        return values

    def decode_one(data: Any) -> Any:
        return cls(**checked(data))

    build = _slotted_builder(cls)
    if build is None:
        return decode_one
    defaults = {f.name: f.default for f in fields}

    def many(data: Any) -> list[Any]:
        """The objects of ``[count, {field: column}]`` (:func:`_columns_encoder`),
        each column checked and set on all of them at once."""
        if type(data) is not list or len(data) != 2:
            _refuse(cls)
        count, columns = data
        if type(count) is not int or count < 0 or type(columns) is not dict:
            _refuse(cls)
        if not (columns.keys() <= decoders.keys() and (required <= columns.keys() or not count)):
            _refuse(cls)
        return build(count, {name: column_values(name, column, count) for name, column in columns.items()})

    def column_values(name: str, column: Any, count: int) -> list[Any]:
        """The values of one column, checked: a value per object, or a sparse
        column's values put in their rows, the default in the others."""
        if type(column) is list:
            rows, found = None, column
            if len(found) != count:
                _refuse(cls)
        elif type(column) is dict and column.keys() == {"rows", "values"}:
            rows, found = column["rows"], column["values"]
            if (
                defaults[name] is dataclasses.MISSING
                or type(rows) is not list
                or type(found) is not list
                or len(rows) != len(found)
                or not set(map(type, rows)) <= {int}
                or (rows and not 0 <= rows[0] <= rows[-1] < count)
                or not all(map(lt, rows, rows[1:]))
            ):
                _refuse(cls)
        else:
            _refuse(cls)
        kind = plain.get(name)
        if kind is None:
            found = list(map(decoders[name], found))
        elif not set(map(type, found)) <= {kind}:  # type(), not isinstance: a bool is no int here
            _refuse(cls)
        if rows is None:
            return found  # type: ignore[no-any-return]
        values = [defaults[name]] * count
        for row, value in zip(rows, found):
            values[row] = value
        return values

    _MANY[decode_one] = many
    return decode_one


#: Decoders of a slotted dataclass, to the function that decodes a sequence
#: of its objects at once (written by :func:`_columns_encoder`).
_MANY: dict[Decoder, Callable[[Any], list[Any]]] = {}


def _slotted_builder(cls: type) -> Callable[[int, dict[str, list[Any]]], list[Any]] | None:
    """A faster ``[cls(**values) for values in ...]`` for checked values, given
    as a column of values per field (a field without a column is its default
    in every object), or None when ``cls`` is not a plain slotted dataclass.

    A frozen dataclass's ``__init__`` sets its fields one call each, every
    field, by keyword: most of decoding 10,000 terms.  Here each field is set
    for all objects in one pass through its slot, a default where the cache
    left the field out (as ``_encode`` does), and ``__post_init__`` runs
    after, as ``__init__`` would run it.
    """
    fields = dataclasses.fields(cls)
    slots = [cls.__dict__.get(f.name) for f in fields]
    if not (
        _generated_init(cls)
        and all(isinstance(slot, types.MemberDescriptorType) for slot in slots)
        and all(f.init and f.default_factory is dataclasses.MISSING for f in fields)
    ):
        return None
    setters = [
        (f.name, None if f.default is dataclasses.MISSING else f.default, slot.__set__)  # type: ignore[union-attr]
        for f, slot in zip(fields, slots)
    ]
    post_init = getattr(cls, "__post_init__", None)
    new = object.__new__

    def build(count: int, columns: dict[str, list[Any]]) -> list[Any]:
        objects: list[Any] = [new(cls) for _ in range(count)]
        for name, default, set_slot in setters:
            # A field no row has (most of a term's) is its default in every object.
            deque(map(set_slot, objects, columns.get(name) or repeat(default)), maxlen=0)
        if post_init is not None:
            deque(map(post_init, objects), maxlen=0)
        return objects

    return build


@dataclasses.dataclass(frozen=True)
class _Probe:
    """A dataclass whose ``__init__`` is the generated one, to learn what the
    running Python's generated code looks like."""

    value: int


def _generated_init(cls: type) -> bool:
    """Whether ``cls(...)`` does nothing but what the batch builder does: the
    dataclass's generated ``__init__`` (which a class body's own ``__init__``
    replaces with ``init=True`` still set), no ``__new__`` or ``__setattr__``
    of its own (the generated code of a class that is not frozen calls it),
    and no init-only fields (``__post_init__`` would expect them)."""
    init = cls.__dict__.get("__init__")
    code = getattr(init, "__code__", None)
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    return (
        params.init
        and code is not None
        and code.co_filename == _Probe.__init__.__code__.co_filename
        and init.__qualname__ == f"{cls.__qualname__}.__init__"  # type: ignore[union-attr]
        and cls.__new__ is object.__new__
        and (params.frozen or cls.__setattr__ is object.__setattr__)
        and len(cls.__dataclass_fields__) == len(dataclasses.fields(cls))  # type: ignore[attr-defined]
    )


def _default_text(default: Any) -> str:
    # MISSING's repr holds an address, which changes from process to process.
    return "" if default is dataclasses.MISSING else f" = {default!r}"


def _init_fields(cls: type) -> dict[str, tuple[Any, Any]]:
    """The fields ``cls(...)`` takes, with their resolved type hints and
    defaults (a default is what an omitted field decodes to)."""
    hints = typing.get_type_hints(cls)
    return {f.name: (hints[f.name], f.default) for f in dataclasses.fields(cls) if f.init}


@lru_cache(maxsize=1)
def model_fingerprint() -> str:
    """A hash of :func:`describe_model` of :class:`Glossary`."""
    described = describe_model(Glossary)
    _decoder(Glossary)  # a type the decoder does not know turns the cache off here
    _encoder(Glossary)  # ... and one the encoder does not (a union of two types)
    return hashlib.sha256(described.encode()).hexdigest()[:16]


def describe_model(root: type) -> str:
    """The shape of a model: every field's name, type and default, every
    enum's values, all the way down from ``root``."""
    parts: list[str] = []
    seen: set[Any] = set()

    def describe(hint: Any) -> None:
        if hint in seen:
            return
        seen.add(hint)
        origin = typing.get_origin(hint)
        if origin is not None:
            if origin not in (typing.Union, types.UnionType, tuple, list, frozenset, dict):
                raise _Uncacheable(hint)
            parts.append(repr(hint))
            for arg in typing.get_args(hint):
                if arg is not Ellipsis:
                    describe(arg)
        elif isinstance(hint, type) and issubclass(hint, Enum):
            parts.append(f"{hint.__qualname__}={sorted(str(m.value) for m in hint)}")
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
            fields = _init_fields(hint)
            described = ", ".join(f"{n}: {t!r}{_default_text(d)}" for n, (t, d) in fields.items())
            parts.append(f"{hint.__qualname__}({described})")
            for field_type, _default in fields.values():
                describe(field_type)
        elif hint not in (str, int, float, bool, type(None)):
            raise _Uncacheable(hint)

    describe(root)
    return "\n".join(parts)
