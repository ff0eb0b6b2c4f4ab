"""The rule registry: every rule of the package, by code.

``glossary-lint rules``, ``glossary-lint explain`` and docs/rules.md are all
generated from :data:`RULES`.  Each rule lives in a module of this package
that defines ``RULE``; the registry finds the modules itself, so adding a
rule means adding one module (and its tests), nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import Rule
from .unreadable_file import UNREADABLE

#: Modules of the package that hold machinery, not rules (``docs`` reads the registry).
_MACHINERY = frozenset({"base", "registry", "docs", "unreadable_file"})


def _discover() -> dict[str, Rule]:
    found: list[Rule] = []
    for info in pkgutil.iter_modules(_package_path()):
        if info.name in _MACHINERY:
            continue
        module = importlib.import_module(f"{__package__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if isinstance(rule, Rule):
            found.append(rule)
    return {rule.code: rule for rule in sorted(found, key=lambda r: r.code)}


def _package_path() -> list[str]:
    from . import __path__ as path

    return list(path)


RULES: dict[str, Rule] = _discover()

ALL_CODES = frozenset(RULES) | {UNREADABLE.code}

#: Every rule, GL000 last, in the order ``rules`` and docs/rules.md list them.
ALL_RULES: tuple[Rule, ...] = (*RULES.values(), UNREADABLE)

_BY_NAME = {rule.name: rule.code for rule in ALL_RULES}


def rule_for(code: str) -> Rule:
    return UNREADABLE if code == UNREADABLE.code else RULES[code]


def code_of(name: str) -> str | None:
    """The code a user means by ``name``: a code in any case (``gl001``) or a rule
    name (``term-spelling``); None when it names no rule."""
    wanted = name.strip()
    if wanted.upper() in ALL_CODES:
        return wanted.upper()
    return _BY_NAME.get(wanted.lower())
