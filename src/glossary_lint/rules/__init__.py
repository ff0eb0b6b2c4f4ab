"""The rules: one module per rule, found by :mod:`.registry`.

The names below are what the rest of the program imports.
"""

from __future__ import annotations

from .base import Hit, Rule, RuleContext
from .registry import ALL_CODES, ALL_RULES, RULES, UNREADABLE, code_of, rule_for

__all__ = [
    "ALL_CODES",
    "ALL_RULES",
    "RULES",
    "UNREADABLE",
    "Hit",
    "Rule",
    "RuleContext",
    "code_of",
    "rule_for",
]
