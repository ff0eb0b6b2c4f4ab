"""Regular expressions compiled when first used, not when their module is imported.

``check`` imports every rule module, even for one Markdown file, and their
module-level patterns took a sixth of its start-up to compile (218
patterns): a check of a one-line file uses a few of them, and one of the
whole Markdown handbook about two thirds (the rest guard rarer shapes of
prose, reST or HTML).  Python keeps no compiled pattern between
processes, so every run paid for all of them; those a run uses are now
made from the engine code :mod:`.regex_cache` keeps in the cache folder.

A :func:`lazy_compile` pattern compiles itself when a method or attribute
is first asked of it, copies the compiled pattern's bound methods into its
own ``__dict__`` and drops its ``__getattr__`` (it becomes a
:class:`_Compiled`): from then on ``PATTERN.search(...)`` finds the bound
method there, with no Python call in between.  It stands wherever a
compiled pattern is called or read; it is not one (``re.sub(PATTERN, ...)``,
``re.Pattern.finditer(PATTERN, ...)`` and ``isinstance`` need a real one).
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

#: What callers ask of a pattern: copied from the compiled one on first use.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Compiled:
    """A :class:`_LazyPattern` once compiled: the compiled pattern's bound
    methods and attributes in its ``__dict__``, and no ``__getattr__``, which
    would make every look-up take Python's slow path (a third more time
    per ``search`` of a short text)."""

    def __repr__(self) -> str:
        return f"lazy_compile({self.__dict__['pattern']!r}, {self.__dict__['flags']!r})"


class _LazyPattern(_Compiled):
    """A pattern's source and flags, compiled on the first attribute asked."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.__dict__["_source"] = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance dict lacks: before the first use,
        # or a name no compiled pattern has (an AttributeError, as from one).
        from .regex_cache import compile_cached  # imported when first needed, as the cache folder is

        compiled = compile_cached(*self.__dict__["_source"])
        for attribute in _FORWARDED:
            self.__dict__[attribute] = getattr(compiled, attribute)
        self.__class__ = _Compiled  # type: ignore[assignment]
        return getattr(compiled, name)

    def __repr__(self) -> str:
        pattern, flags = self.__dict__["_source"]
        return f"lazy_compile({pattern!r}, {flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module's docstring)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


def possessive(pattern: str) -> str:
    """``pattern`` with its possessive quantifiers (``*+``, ``++``) where the
    regex engine has them (Python 3.11 on), else made greedy again: callers
    use them only where a character given back could never match what comes
    next, so both forms find the same matches and 3.10 pays only the time."""
    if sys.version_info >= (3, 11):
        return pattern
    return pattern.replace("*+", "*").replace("++", "+")  # pragma: no cover - Python 3.10 only
