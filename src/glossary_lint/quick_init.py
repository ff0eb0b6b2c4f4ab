"""A quicker ``__init__`` for the frozen, slotted dataclasses made by the thousand.

A frozen dataclass's generated ``__init__`` sets each field with
``object.__setattr__(self, name, value)``, the generic path that looks the
name up on the class for every field of every object.  A check of the
Markdown handbook makes about 5,000 segments, 2,500 spellings and 1,400
mentions, and the nine to ten fields of a segment took most of the 1.9 µs
it cost to make one.  :func:`quick_init` replaces the class's ``__init__``
with one of the same signature that hands each value to its slot's own
setter (the member descriptor's ``__set__``, taken once), which the frozen
``__setattr__`` never sees either: the object is as frozen afterwards, and
equal to one the generated ``__init__`` makes (a test compares them).

Only a class whose every field is a slot with a plain default or none
(no ``default_factory``, no keyword-only field, no init-only variable; a
field with ``init=False`` has a default, which ``__init__`` sets) is
changed; any other is returned as it is.
"""

from __future__ import annotations

import dataclasses
from types import MemberDescriptorType
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` with an ``__init__`` that sets its slots directly (see the module)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    params: list[str] = []
    lines: list[str] = []
    namespace: dict[str, Any] = {}
    for i, f in enumerate(fields):
        slot = cls.__dict__.get(f.name)
        if (
            type(slot) is not MemberDescriptorType
            or f.kw_only
            or f.default_factory is not dataclasses.MISSING
            or (not f.init and f.default is dataclasses.MISSING)
            or f.name.startswith("__")
        ):
            return cls
        namespace[f"_set{i}"] = slot.__set__
        if not f.init:  # set to its default, as the generated __init__ sets it
            namespace[f"_default{i}"] = f.default
            lines.append(f"    _set{i}(self, _default{i})")
            continue
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default{i}"] = f.default
            params.append(f"{f.name}=_default{i}")
        lines.append(f"    _set{i}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        lines.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(lines) or "    pass") + "\n"
    exec(source, namespace)  # noqa: S102 - source built above from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = {**{f.name: f.type for f in fields if f.init}, "return": None}
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
