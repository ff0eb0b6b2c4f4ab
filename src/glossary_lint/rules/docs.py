"""Rule documentation, generated from the registry: ``explain`` and docs/rules.md."""

from __future__ import annotations

from .base import Rule
from .registry import ALL_RULES


def explain_text(rule: Rule) -> str:
    state = "on" if rule.enabled_by_default else "off"
    fix = "fixable" if rule.fixable else "not fixable"
    return (
        f"{rule.code} ({rule.name})\n\n{rule.summary}\n\n{rule.explanation}\n\n"
        f"Bad:  {rule.bad}\nGood: {rule.good}\n\n"
        f"Default severity: {rule.severity.value}; {state} by default; {fix}."
    )


def rules_markdown() -> str:
    """The text of docs/rules.md."""
    parts = [
        "# Rules\n",
        "Generated from the rule registry by `glossary-lint rules --markdown`; do not edit by hand.\n",
        "| code | name | default severity | on by default | fixable |",
        "|---|---|---|---|---|",
    ]
    for rule in ALL_RULES:
        parts.append(
            f"| {rule.code} | {rule.name} | {rule.severity.value} | "
            f"{'yes' if rule.enabled_by_default else 'no'} | {'yes' if rule.fixable else 'no'} |"
        )
    for rule in ALL_RULES:
        parts += [
            "",
            f"## {rule.code} {rule.name}",
            "",
            rule.summary,
            "",
            rule.explanation,
            "",
            f"Bad: {rule.bad}",
            "",
            f"Good: {rule.good}",
        ]
    return "\n".join(parts) + "\n"
