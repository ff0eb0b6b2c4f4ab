"""Compiled regular expressions kept between runs, in the cache folder.

A check of the Markdown handbook compiles about 160 of the project's
patterns (:mod:`.lazy_re` compiles only those a run uses), and compiling
them took about 20 ms of every run: Python parses a pattern and turns it
into the regex engine's code in Python, then hands the code to the engine
(``_sre.compile``), which checks it and is fast.  The code depends only on
the pattern, its flags and the Python that made it, so it is written to
the cache folder once and handed to the engine directly on later runs.

The file is named after the Python that wrote it (its version string and
the regex engine's magic number), so another Python never reads it; its
hash line (:mod:`.glossary.cache_files`) turns a torn or altered file away,
and the engine checks the code it is given.  Anything that does not fit
(an entry of the wrong shape, a Python whose ``re`` lacks the steps used
here) falls back to ``re.compile``: the cache only ever costs or saves time.
A pattern built this way equals the one ``re.compile`` builds (patterns
compare equal when their flags, source and engine code are the same), which
the tests check for every pattern of the package.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import re
import sys
from typing import Any

from .glossary.cache_files import cache_dir, read_verified, write_verified

try:  # the steps of re.compile: parse, make the engine's code, hand it over
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _STEPS = callable(getattr(_compiler, "_code", None)) and callable(getattr(_parser, "parse", None))
except ImportError:  # pragma: no cover - a Python without them uses re.compile
    _STEPS = False

#: An entry: flags as compiled, the engine's code, the number of groups,
#: the group names' numbers, and each group's name (None for an unnamed one).
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: Entries kept in the file at most: more means patterns of older releases
#: piled up, and the file is started again from this run's.
MAX_ENTRIES = 2000

_loaded: dict[tuple[str, int], _Entry] | None = None
_used: dict[tuple[str, int], _Entry] = {}
_dirty = False
#: Set by ``--no-cache``: the cache folder is neither read nor written.
_avoided = False


def avoid_cache() -> None:
    """Compile with ``re.compile`` from now on, neither reading nor writing
    the cache folder (``--no-cache``; a process runs one command)."""
    global _avoided
    _avoided = True


def cache_name() -> str:
    """The file's name, after the Python and regex engine that wrote it."""
    magic = getattr(sys.modules.get("_sre"), "MAGIC", 0)
    tag = hashlib.sha256(f"{sys.version}|{magic}|{sys.implementation.cache_tag}".encode()).hexdigest()[:16]
    return f"patterns-{tag}.json"


def _load() -> dict[tuple[str, int], _Entry]:
    global _loaded
    if _loaded is None:
        _loaded = {}
        body = read_verified(cache_dir() / cache_name())
        if body is not None:
            try:
                rows = json.loads(body)
                _loaded = {(row[0], row[1]): tuple(row[2:]) for row in rows}  # type: ignore[misc]
            except (ValueError, TypeError, IndexError, KeyError):
                _loaded = {}
    return _loaded


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """What ``re.compile`` does for a str pattern, keeping the engine's code."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    entry: _Entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _from_entry(pattern, entry), entry


def _from_entry(pattern: str, entry: Any) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache folder's code when it has it."""
    global _dirty
    flags = int(flags)
    if _avoided or not _STEPS or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _load().get(key)
    if entry is not None:
        try:
            compiled = _from_entry(pattern, entry)
        except Exception:  # a wrong shape, or code the engine refuses: compiled anew below
            pass
        else:
            _used[key] = entry
            return compiled
    try:
        compiled, entry = _build(pattern, flags)
    except re.error:
        raise
    except Exception:  # another Python's re: compiled the ordinary way, not kept
        return re.compile(pattern, flags)
    if not _dirty:
        _dirty = True
        atexit.register(save)
    _used[key] = entry
    return compiled


def save() -> None:
    """Write the patterns this process compiled anew, with those already kept."""
    global _dirty, _loaded
    if not _dirty or _avoided:
        return
    _dirty = False
    kept = dict(_load())
    if len(kept) + len(_used) > MAX_ENTRIES:
        kept = {}
    kept.update(_used)
    _loaded = kept
    rows = [[pattern, flags, *entry] for (pattern, flags), entry in kept.items()]
    write_verified(cache_dir() / cache_name(), json.dumps(rows, separators=(",", ":")).encode())
