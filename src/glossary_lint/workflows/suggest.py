"""``glossary-lint suggest``: terms the handbook uses but the glossary lacks.

Ranked by how many chapters use a term, then how often; each comes with the
expansion the text gives, if any, and a YAML stub to paste into the glossary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import yaml

from ..reporters.escaping import json_safe, printable
from ..reporters.text import counted
from ..rules.acronyms import word_kind
from ..sources.anchors import heading_slug
from .usage import Usage


@dataclass(frozen=True)
class Suggestion:
    term: str
    kind: str  # "acronym or name" | "phrase"
    chapters: int
    uses: int
    expansion: str | None
    where: tuple[str, ...]

    def stub(self) -> dict[str, object]:
        entry: dict[str, object] = {"id": heading_slug(self.term), "term": self.term}
        if self.expansion:
            entry["expansion"] = self.expansion
        if word_kind(self.term.split("-")[0]) is not None:
            entry["case"] = "exact"
        entry["definition"] = "TODO: define it."
        return entry


def suggest(usage: Usage, min_uses: int = 2) -> list[Suggestion]:
    found: list[Suggestion] = []
    for kind, table in (("acronym or name", usage.undefined), ("phrase", usage.phrases)):
        for term, per_chapter in table.items():
            uses = sum(per_chapter.values())
            if uses < min_uses:
                continue
            long_forms = usage.expansions.get(term)
            expansion = long_forms.most_common(1)[0][0] if long_forms else None
            where = tuple(chapter for chapter, _ in per_chapter.most_common(3))
            found.append(Suggestion(term, kind, len(per_chapter), uses, expansion, where))
    return sorted(found, key=lambda s: (-s.chapters, -s.uses, s.term.casefold()))


def render_text(suggestions: list[Suggestion]) -> str:
    import os

    paths = [p for s in suggestions for p in s.where]
    root = os.path.dirname(os.path.commonprefix(paths)) if len(paths) > 1 else ""
    lines = []
    for rank, s in enumerate(suggestions, 1):
        expansion = f" = {printable(s.expansion)}" if s.expansion else ""
        where = ", ".join(printable(os.path.relpath(p, root) if root else p) for p in s.where)
        counts = f"{counted(s.chapters, 'chapter')}, {counted(s.uses, 'use')}"
        lines.append(f"{rank:3}. {printable(s.term)}{expansion}  ({s.kind}; {counts}; e.g. {where})")
    if suggestions:
        lines += ["", "# YAML stubs to paste under 'terms:' (definitions to write):"]
        stubs = yaml.safe_dump(
            [s.stub() for s in suggestions], allow_unicode=True, sort_keys=False, width=10_000
        )
        lines += ["  " + line for line in stubs.rstrip().splitlines()]
    else:
        lines.append("No suggestions: every technical term the chapters use is in the glossary.")
    return "\n".join(lines) + "\n"


def render_json(suggestions: list[Suggestion]) -> str:
    return (
        json_safe(
            json.dumps(
                {
                    "version": 1,
                    "suggestions": [
                        {
                            "term": s.term,
                            "kind": s.kind,
                            "chapters": s.chapters,
                            "uses": s.uses,
                            "expansion": s.expansion,
                            "examples": list(s.where),
                            "stub": s.stub(),
                        }
                        for s in suggestions
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        + "\n"
    )
