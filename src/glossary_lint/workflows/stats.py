"""``glossary-lint stats``: which terms the chapters use, how often and where.

Text and JSON for reading and tools; HTML for looking: one self-contained
page (no scripts, no external files) with a terms x chapters heat map.
"""

from __future__ import annotations

import html
import json
import math
import os

from ..glossary.model import Glossary
from ..reporters.escaping import json_safe, printable
from .usage import Usage


def _rows(glossary: Glossary, usage: Usage) -> list[tuple[str, str, int, int]]:
    """(id, heading, uses, chapters) for every entry, most used first."""
    rows = []
    for term in glossary:
        per: dict[str, int] = usage.terms.get(term.id, {})
        rows.append((term.id, term.heading, sum(per.values()), len(per)))
    return sorted(rows, key=lambda r: (-r[2], r[1].casefold()))


def _undefined(usage: Usage) -> list[tuple[str, int, int]]:
    rows = [(w, sum(c.values()), len(c)) for w, c in usage.undefined.items()]
    return sorted(rows, key=lambda r: (-r[2], -r[1], r[0].casefold()))


def render_text(glossary: Glossary, usage: Usage) -> str:
    rows = _rows(glossary, usage)
    used = [r for r in rows if r[2]]
    lines = [
        f"{len(used)} of {len(rows)} glossary terms are used in {len(usage.chapters)} chapters.",
        *[f"Left out: {page} (the glossary page)." for page in usage.glossary_pages],
        "",
        f"{'term':<44} {'uses':>5} {'chapters':>8}",
    ]
    lines += [f"{heading:<44} {uses:>5} {chapters:>8}" for _, heading, uses, chapters in used]
    unused = [heading for _, heading, uses, _ in rows if not uses]
    lines += ["", f"Never used ({len(unused)}): " + (", ".join(unused) if unused else "none")]
    undefined = _undefined(usage)
    lines += [
        "",
        f"Undefined terms ({len(undefined)}), by chapters: "
        + ", ".join(f"{w} ({c}/{u})" for w, u, c in undefined[:40])
        + (" ..." if len(undefined) > 40 else ""),
    ]
    for problem in usage.unreadable:
        lines.append(f"unreadable: {printable(problem)}")
    return "\n".join(lines) + "\n"


def render_json(glossary: Glossary, usage: Usage) -> str:
    terms = []
    for term_id, heading, uses, chapters in _rows(glossary, usage):
        per: dict[str, int] = usage.terms.get(term_id, {})
        terms.append(
            {
                "id": term_id,
                "term": heading,
                "uses": uses,
                "chapters": chapters,
                "by_chapter": dict(sorted(per.items())),
            }
        )
    report = {
        "version": 1,
        "chapters": usage.chapters,
        "glossary_pages": usage.glossary_pages,
        "terms": terms,
        "unused": [t["id"] for t in terms if not t["uses"]],
        "undefined": [{"term": w, "uses": u, "chapters": c} for w, u, c in _undefined(usage)],
        "unreadable": usage.unreadable,
    }
    return json_safe(json.dumps(report, indent=2, ensure_ascii=False)) + "\n"


def render_html(glossary: Glossary, usage: Usage) -> str:
    rows = _rows(glossary, usage)
    chapters = usage.chapters
    common = os.path.commonpath(chapters) if len(chapters) > 1 else ""
    short = [os.path.relpath(c, common) if common else c for c in chapters]
    empty: dict[str, int] = {}
    peak = max((usage.terms.get(r[0], empty).get(c, 0) for r in rows for c in chapters), default=0) or 1
    head = "".join(f'<th class="ch"><span>{html.escape(s)}</span></th>' for s in short)
    body = []
    for term_id, heading, uses, count in rows:
        per: dict[str, int] = usage.terms.get(term_id, {})
        cells = []
        for chapter, name in zip(chapters, short):
            n = per.get(chapter, 0)
            level = math.log1p(n) / math.log1p(peak)
            colour = f"hsl(210, 80%, {100 - 62 * level:.0f}%)" if n else "#fafafa"
            title = html.escape(f"{heading} in {name}: {n}")
            cells.append(f'<td style="background:{colour}" title="{title}">{n or ""}</td>')
        cls = ' class="unused"' if not uses else ""
        body.append(
            f"<tr{cls}><th>{html.escape(heading)}</th><td class='n'>{uses}</td>"
            f"<td class='n'>{count}</td>{''.join(cells)}</tr>"
        )
    undefined = ", ".join(f"{html.escape(w)} ({c})" for w, _, c in _undefined(usage)[:60])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Glossary usage</title>
<style>
body {{ font: 13px system-ui, sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #ddd; padding: 2px 4px; text-align: center; min-width: 1.4em; }}
th {{ text-align: left; white-space: nowrap; font-weight: normal; }}
th.ch {{ height: 11em; vertical-align: bottom; }}
th.ch span {{ writing-mode: vertical-rl; transform: rotate(180deg); }}
td.n {{ font-weight: bold; }}
tr.unused th {{ color: #b00; }}
</style></head><body>
<h1>Glossary usage: {len([r for r in rows if r[2]])} of {len(rows)} terms in {len(chapters)} chapters</h1>
<p>Rows: glossary terms, most used first (unused in red). Columns: chapters. A darker cell is more mentions;
hover a cell for the count.</p>
<table><thead><tr><th>term</th><th>uses</th><th>chapters</th>{head}</tr></thead>
<tbody>{"".join(body)}</tbody></table>
<h2>Undefined terms, by number of chapters</h2><p>{undefined or "none"}</p>
</body></html>
"""
