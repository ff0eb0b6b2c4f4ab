"""The rules: one module per rule, found by :mod:`.registry`.

The names below are what the rest of the program imports.
"""

from __future__ import annotations

from .base import Hit, Rule, RuleContext
from .registry import ALL_CODES, RULES, UNREADABLE, rule_for

__all__ = ["ALL_CODES", "RULES", "UNREADABLE", "Hit", "Rule", "RuleContext", "rule_for"]
