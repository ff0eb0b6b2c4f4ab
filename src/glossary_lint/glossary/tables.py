"""Tables a glossary alone decides, kept in the cache folder beside it.

Some sets are read off every entry of the glossary by every run: the forms
the glossary writes (:attr:`~.model.Glossary.known_forms`), the house
survey's lower-case words and their parts.  With 10,000 terms each costs
tens of milliseconds, every run, for the same answer.  A function marked
:func:`glossary_table` is computed once per glossary object and, when the
glossary came through the cache (:mod:`.cache`), once per glossary file:
its value is written beside the cached model and read back, as strings
(a list or a map), by the runs after.

A table's file is trusted no more than the model's.  Its name hashes the
glossary's cache name (so its bytes, the tool's version and the model's
shape), the table's name and every source and data file of the package
(:func:`~.remembered_digests.package_digest`), so an edited glossary or
changed code looks for another file: the code of a module the table's
function calls (a pattern of :mod:`~glossary_lint.matching.words`) decides
its value as much as the function's own.  The first line is the SHA-256 of the rest, the value's type
is checked when it is read, and a file that fails either is ignored and
written again.  A run without the cache (``--no-cache``) computes every
table and writes none.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from .cache_files import read_verified, write_verified
from .remembered_digests import package_digest


class TableKind(Enum):
    """How a table is written as JSON, and what it is read back as."""

    #: A set of strings: a JSON list, read back as a frozenset.
    STRINGS = "strings"
    #: A map of strings to strings: a JSON list of its keys then its values
    #: (:func:`_pairs`), read back as a dict.
    STRING_MAP = "string map"
    #: Maps of strings to strings, by name: a JSON object of such lists, read
    #: back as a dict of dicts (an index kept in the shape its reader uses).
    STRING_MAPS = "string maps"


class _Tabled(Protocol):
    #: Values computed for this glossary, by table name.
    tables: dict[str, Any]
    #: The cache file of the glossary's model, when it came through the cache.
    cache_file: Path | None


T = TypeVar("T")


def glossary_table(
    kind: TableKind, uses: tuple[str, ...] = ()
) -> Callable[[Callable[[Any], T]], Callable[[Any], T]]:
    """Mark a function of a glossary alone as a table of ``kind``.  ``uses``
    names the other modules whose code decides its value, in the table's
    name (its file's name hashes all of the package's code anyway:
    :func:`table_file`)."""

    def mark(compute: Callable[[Any], T]) -> Callable[[Any], T]:
        name = "\0".join((f"{compute.__module__}.{compute.__qualname__}", *uses))

        @wraps(compute)
        def table(glossary: _Tabled) -> T:
            tables = glossary.tables
            if name not in tables:
                tables[name] = _cached(glossary, name, kind, compute)
            return tables[name]  # type: ignore[no-any-return]

        return table

    return mark


def _cached(glossary: _Tabled, name: str, kind: TableKind, compute: Callable[[Any], T]) -> T:
    entry = glossary.cache_file
    file = None if entry is None else table_file(entry, name)
    if file is not None:
        body = read_verified(file)
        read = None if body is None else _decode(kind, body)
        if read is not None:
            return cast(T, read)
    value = compute(glossary)
    if file is not None:
        write_verified(file, _encode(kind, value))
    return value


def table_file(entry: Path, name: str) -> Path | None:
    """The file of table ``name`` of the glossary cached in ``entry``; None when
    a file of the package cannot be read (then nothing is cached).  The
    package's digest stands for the code that computes the table, all of it:
    a key of the computing module's source alone missed the modules it calls
    (a table built with :data:`~glossary_lint.matching.words.WORD_RE` kept
    the file of the pattern it was built with)."""
    code = package_digest()
    if code is None:
        return None
    key = hashlib.sha256(f"{entry.name}\0{name}\0{code}".encode()).hexdigest()
    return entry.with_name(f"{entry.stem}-table-{key[:32]}.json")


def _encode(kind: TableKind, value: Any) -> bytes:
    data: Any
    if kind is TableKind.STRINGS:
        data = sorted(value)
    elif kind is TableKind.STRING_MAP:
        data = [*value, *value.values()]
    else:
        data = {name: [*part, *part.values()] for name, part in value.items()}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _decode(kind: TableKind, body: bytes) -> frozenset[str] | dict[str, Any] | None:
    """The value, or None when the data is not of the table's kind."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    try:
        # join() takes only strings: one pass in C checks every item.
        if kind is TableKind.STRINGS and type(data) is list:
            "".join(data)
            return frozenset(data)
        if kind is TableKind.STRING_MAP:
            return _pairs(data)
        if kind is TableKind.STRING_MAPS and type(data) is dict:
            maps = {name: _pairs(part) for name, part in data.items()}
            return None if None in maps.values() else maps
    except TypeError:
        pass
    return None


def _pairs(data: Any) -> dict[str, str] | None:
    """A map written as one list of strings, its keys then its values (each
    key once), or None.  A list of strings decodes a third faster than an
    object of them, which has JSON look every key up in a memo: 5 ms of
    reading the matcher's index for 10,000 terms."""
    if type(data) is not list or len(data) % 2:
        return None
    "".join(data)  # TypeError unless every item is a string
    half = len(data) // 2
    found = dict(zip(data[:half], data[half:]))
    return found if len(found) == half else None
