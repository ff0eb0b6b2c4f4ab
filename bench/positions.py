"""Are glossary-lint's reported positions exact, and is its fixer exact, on real handbooks?

Usage (from the project root)::

    python bench/positions.py [CORPUS ...] [--no-fix] [--show N] [--stress]
    python bench/positions.py --folder DIR --glossary GLOSSARY.yaml   # any folder

For every handbook (the five of ../shared/tools/corpora.tsv and those of
bench/accuracy/heldout.tsv, fetched as the accuracy harness fetches them), the
glossary is imported (``--stress``: a made-up glossary, see STRESS_GLOSSARY) and
``check --format json`` runs with every rule and GL090 selected.
Then, with no labels read at all (this is about positions, not about which
findings are right):

* each finding's span (line, column to end_line, end_column; 1-based, columns in
  Unicode characters, lines ended by LF, CRLF or CR, the text decoded as the linter
  decodes it: UTF-8 with or without a BOM, UTF-16 with a BOM) is cut out of the
  file and compared with the finding's ``found`` text.  GL003 reports the whole
  term markup, so its ``found`` (the name) need only lie inside the span;
* a copy of the prose is fixed with ``check --fix`` and compared with the
  original: applying the replacements of the SARIF report's fixes by hand
  must give the fixed file, or else every changed character must lie inside
  a reported fixable span;
* the fixed file's markup (docutils' errors and elements, markdown-it's block
  tokens; docutils' infos aside) must be what it was: a fix changes words,
  never a table's borders;
* a second ``--fix`` (``--diff``) on the fixed copy must change nothing;
* GL000 (a file that could not be read or parsed, or a crash) and GL090 (text
  that could not be placed) are counted per handbook, and any traceback on
  stderr is a crash.

It prints one line per handbook and a summary, and exits 1 on any mismatch.
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "accuracy"))

from corpora import CLI, Corpus, FetchFailed, ImportFailed, corpora, fetch, heldout, import_glossary  # noqa: E402

ALL_RULES = "GL001,GL002,GL003,GL004,GL005,GL090"
#: A term wrapped over two lines: ``found`` has one space where the source breaks the line.
EXACT_ACROSS_LINES = "exact across a line break"
#: Markup inside a word (``Enco\\dec``, ``*Enc*odec``): ``found`` is the word as read.
EXACT_BUT_MARKUP = "exact but for markup inside"
#: A term wrapped over two lines of a grid table cell: the span holds the cells beside it.
EXACT_ACROSS_CELL_LINES = "exact across a line break in a grid table cell"
GOOD = {"exact", EXACT_ACROSS_LINES, EXACT_BUT_MARKUP, EXACT_ACROSS_CELL_LINES}


#: ``--stress``: a glossary whose made-up spellings of common words make nearly every
#: use of them a fixable finding, so positions and fixes are checked on thousands of
#: places in each handbook's real markup instead of its few real slips.
STRESS_GLOSSARY = "terms:\n" + "".join(
    f"- id: stress-{word.lower().replace(' ', '-')}\n  term: {word}\n  case: exact\n"
    f"  definition: A made-up spelling, so that each use of the word is a finding.\n"
    + (f"  variants: [{variants}]\n" if variants else "")
    for word, variants in (
        ("FiLe", ""),
        ("WiTh", ""),
        ("DaTa", ""),
        ("UsEr", ""),
        ("SeE", ""),
        ("tWo wOrds", "for example, such as, in order to, at least"),
    )
)


def decode(data: bytes) -> str:
    """The text as glossary-lint reads it (sources/reading.py)."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(codec)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    return data.decode("utf-8")


LINE_BREAK = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Where each line starts: lines end with LF, CRLF or a lone CR (as editors
    and the Language Server Protocol count them)."""
    return [0, *(m.end() for m in LINE_BREAK.finditer(text))]


def offset(starts: list[int], text: str, line: int, column: int) -> int | None:
    """The offset of 1-based (line, column), or None when it is not in the text."""
    if not 1 <= line <= len(starts) or column < 1:
        return None
    at = starts[line - 1] + column - 1
    end = len(text) if line == len(starts) else starts[line]
    while end > starts[line - 1] and text[end - 1] in "\r\n" and line < len(starts):
        end -= 1
    return at if at <= end else None


@dataclass
class Tally:
    findings: int = 0
    checked: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    fix_files: int = 0
    fix_mismatches: int = 0
    #: Handbooks where a second ``--fix`` would still change something.
    fix_again: list[str] = field(default_factory=list)
    #: Files whose markup a fix changed (a table docutils no longer reads, ...).
    broken: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


def run_cli(
    root: Path, prose: tuple[str, ...], glossary: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    """``check`` over ``prose`` (relative to ``root``) with every rule and GL090."""
    return subprocess.run(
        [*CLI, "check", *prose, "--select", ALL_RULES, "--glossary", str(glossary), *options],
        capture_output=True,
        text=True,
        cwd=root,
    )


def run_check(
    root: Path, prose: tuple[str, ...], glossary: Path, *extra: str
) -> tuple[list[dict], str, int]:
    proc = run_cli(root, prose, glossary, "--format", "json", *extra)
    try:
        findings = json.loads(proc.stdout)["findings"]
    except (ValueError, KeyError):
        findings = []
    return findings, proc.stderr, proc.returncode


def classify(text: str, starts: list[int], f: dict) -> tuple[str, str]:
    """The kind of agreement between ``f``'s span and its ``found`` text, and the cut text."""
    start = offset(starts, text, f["line"], f["column"])
    end = offset(starts, text, f["end_line"], f["end_column"])
    found = f.get("found") or ""
    if start is None or end is None or end < start:
        return "span outside the file", ""
    cut = text[start:end]
    if cut == found:
        return "exact", cut
    if f["code"] == "GL003" and found and " ".join(found.split()) in " ".join(cut.split()):
        return "exact", cut
    if LINE_BREAK.search(cut) and re.sub(r"[ \t]*(?:\r\n?|\n)[ \t>]*", " ", cut) == found:
        return EXACT_ACROSS_LINES, cut
    lines = LINE_BREAK.split(cut)
    if len(lines) == 2 and "|" in cut:
        first, last = lines[0].split("|")[0].rstrip(), lines[1].split("|")[-1].lstrip()
        if f"{first} {last}" == found:
            return EXACT_ACROSS_CELL_LINES, cut
    if re.sub(r"[\\*_`]", "", cut) == found:
        return EXACT_BUT_MARKUP, cut
    if " ".join(cut.split()) == " ".join(found.split()):
        return "whitespace differs", cut
    line_end = starts[f["line"]] if f["line"] < len(starts) else len(text)
    line_text = text[starts[f["line"] - 1] : line_end]
    if found and found in line_text:
        return "shifted on its line", cut
    if found and found in text[max(0, start - 2000) : end + 2000]:
        return "found nearby, not on its line", cut
    if found.casefold() == cut.casefold():
        return "letter case differs", cut
    return "other text", cut


Key = tuple[str, int, int, int, int]


def sarif_replacements(root: Path, prose: tuple[str, ...], glossary: Path) -> dict[Key, str]:
    """The text each fix of ``check --format sarif`` puts in its region, by path and
    region: the exact replacement (JSON's ``suggestion`` is the term as people read
    it: a term wrapped over two lines is fixed keeping its line break)."""
    proc = run_cli(root, prose, glossary, "--format", "sarif")
    found: dict[Key, str] = {}
    for run in json.loads(proc.stdout or '{"runs": []}')["runs"]:
        for result in run["results"]:
            for fix in result.get("fixes", []):
                for change in fix["artifactChanges"]:
                    path = unquote(change["artifactLocation"]["uri"])
                    for replacement in change["replacements"]:
                        r = replacement["deletedRegion"]
                        key = (path, r["startLine"], r["startColumn"], r["endLine"], r["endColumn"])
                        found[key] = replacement["insertedContent"]["text"]
    return found


def key_of(f: dict) -> Key:
    return (f["path"], f["line"], f["column"], f["end_line"], f["end_column"])


def expected_fix(text: str, starts: list[int], findings: list[dict], replacements: dict[Key, str]) -> str:
    """``text`` with each fixable finding's replacement (SARIF's, else the suggestion)
    put in its span (the first of overlapping ones), as fixer.apply_fixes does."""
    spans = []
    for f in findings:
        if not f.get("fixable") or f.get("suggestion") is None:
            continue
        start = offset(starts, text, f["line"], f["column"])
        end = offset(starts, text, f["end_line"], f["end_column"])
        if start is not None and end is not None:
            spans.append((start, end, replacements.get(key_of(f), f["suggestion"])))
    parts, last = [], 0
    for start, end, suggestion in sorted(spans):
        if start < last or text[start:end] == suggestion:
            continue
        parts += [text[last:start], suggestion]
        last = end
    return "".join(parts) + text[last:]


def unexplained_changes(old: str, new: str, spans: list[tuple[int, int]]) -> list[str]:
    """The changes from ``old`` to ``new`` that fall outside every span, as text."""
    out = []
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_starts = [0]
    for line in old_lines:
        old_starts.append(old_starts[-1] + len(line))
    blocks = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal":
            continue
        a, b = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        base = old_starts[i1]
        for tag2, k1, k2, _, _ in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag2 == "equal":
                continue
            lo, hi = base + k1, base + k2
            if not any(s <= lo and hi <= e for s, e in spans):
                out.append(f"{old[max(0, lo - 20):hi + 20]!r} -> line {old.count(chr(10), 0, lo) + 1}")
    return out


def structure(path: str, text: str) -> list[str]:
    """What the parser makes of ``text``'s markup, words aside: for reST the
    docutils errors and the doctree's element names, for Markdown the block tokens.
    A fix changes words only, so this must be the same before and after it."""
    if path.endswith((".rst", ".txt")):
        from docutils import nodes
        from docutils.core import publish_doctree

        tree = publish_doctree(
            text, settings_overrides={"report_level": 5, "halt_level": 5, "file_insertion_enabled": False}
        )
        for note in list(tree.findall(nodes.system_message)):
            if note["level"] < 2 and note.parent is not None:  # an info is no fault of the markup
                note.parent.remove(note)
        return [
            n.tagname + (f":{n['level']}" if isinstance(n, nodes.system_message) else "")
            for n in tree.findall(nodes.Element)
        ]
    from markdown_it import MarkdownIt

    return [t.type for t in MarkdownIt("commonmark").enable("table").parse(text)]


def copy_prose(corpus: Corpus, dest: Path) -> None:
    for entry in corpus.prose:
        source = corpus.root / entry
        for path in [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file()):
            target = dest / path.relative_to(corpus.root)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    for name in ("pyproject.toml", ".glossary-lint.yaml"):  # the same configuration as the original
        if (corpus.root / name).is_file():
            (dest / name).write_bytes((corpus.root / name).read_bytes())


def check_corpus(
    corpus: Corpus, tmp: Path, fix: bool, tally: Tally, show: int, glossary: Path | None = None
) -> str:
    glossary = glossary or import_glossary(corpus, tmp)
    findings, stderr, code = run_check(corpus.root, corpus.prose, glossary)
    if "Traceback" in stderr or code not in (0, 1):
        tally.crashes.append(f"{corpus.name}: check exit {code}: {stderr.strip()[-300:]}")
    texts: dict[str, tuple[str, list[int]]] = {}
    kinds: Counter[str] = Counter()
    codes: Counter[str] = Counter(f["code"] for f in findings)
    by_path: dict[str, list[dict]] = {}
    for f in findings:
        tally.findings += 1
        by_path.setdefault(f["path"], []).append(f)
        if f["code"] in ("GL000", "GL090"):
            continue
        if f["path"] not in texts:
            text = decode((corpus.root / f["path"]).read_bytes())
            texts[f["path"]] = (text, line_starts(text))
        text, starts = texts[f["path"]]
        kind, cut = classify(text, starts, f)
        tally.checked += 1
        kinds[kind] += 1
        if kind not in GOOD and len(tally.examples) < show:
            tally.examples.append(
                f"{corpus.name}/{f['path']}:{f['line']}:{f['column']}-{f['end_line']}:{f['end_column']} "
                f"{f['code']} {kind}: found {f.get('found')!r}, source {cut!r}"
            )
    tally.kinds.update(kinds)
    tally.codes.update(c for c in codes if c in ("GL000", "GL090"))
    fix_note = ""
    if fix:
        copy = tmp / f"{corpus.name}-fix"
        copy_prose(corpus, copy)
        replacements = sarif_replacements(corpus.root, corpus.prose, glossary)
        _, fix_err, fix_code = run_check(copy, corpus.prose, glossary, "--fix")
        if "Traceback" in fix_err or fix_code not in (0, 1):
            tally.crashes.append(f"{corpus.name}: --fix exit {fix_code}: {fix_err.strip()[-300:]}")
        changed = bad = 0
        for path in sorted(p for p in copy.rglob("*") if p.is_file()):
            rel = path.relative_to(copy).as_posix()
            before = (corpus.root / rel).read_bytes()
            after = path.read_bytes()
            if before == after:
                continue
            changed += 1
            old, new = decode(before), decode(after)
            starts = line_starts(old)
            if structure(rel, old) != structure(rel, new):
                tally.broken.append(f"{corpus.name}/{rel}")
            mine = [f for f in by_path.get(rel, []) if f.get("fixable")]
            same_bom = before[:3] == after[:3] or not (
                before.startswith(codecs.BOM_UTF8) or after.startswith(codecs.BOM_UTF8)
            )
            if new == expected_fix(old, starts, mine, replacements) and same_bom:
                continue
            spans = []
            for f in mine:
                s = offset(starts, old, f["line"], f["column"])
                e = offset(starts, old, f["end_line"], f["end_column"])
                if s is not None and e is not None:
                    spans.append((s, e))
            outside = unexplained_changes(old, new, spans)
            if outside or not same_bom:
                bad += 1
                if len(tally.examples) < show:
                    tally.examples.append(f"{corpus.name}/{rel}: fix changed outside spans: {outside[:3]}")
        tally.fix_files += changed
        tally.fix_mismatches += bad
        again = run_cli(copy, corpus.prose, glossary, "--diff")
        if "Traceback" in again.stderr:
            tally.crashes.append(f"{corpus.name}: --diff: {again.stderr.strip()[-300:]}")
        if again.returncode == 1 and again.stdout.strip():  # exit 1: it would change something
            tally.fix_again.append(f"{corpus.name}: {again.stderr.strip().splitlines()[-1]}")
        fix_note = f"; --fix changed {changed} files, {bad} outside the reported spans"
    off = sum(n for k, n in kinds.items() if k not in GOOD)
    return (
        f"{corpus.name}: {len(findings)} findings, {sum(kinds.values())} positions checked, {off} not exact"
        + (f" ({', '.join(f'{k} {n}' for k, n in kinds.items() if k not in GOOD)})" if off else "")
        + f"; GL000 {codes['GL000']}, GL090 {codes['GL090']}{fix_note}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="*", help="handbook names (default: all)")
    parser.add_argument("--no-fix", action="store_true", help="skip the --fix comparison")
    parser.add_argument("--show", type=int, default=40, help="mismatches to print")
    parser.add_argument(
        "--folder", type=Path, help="check this folder's files instead, with --glossary (a YAML glossary)"
    )
    parser.add_argument("--glossary", type=Path, help="the glossary for --folder")
    parser.add_argument(
        "--stress", action="store_true", help="use STRESS_GLOSSARY instead of each handbook's glossary"
    )
    args = parser.parse_args(argv)
    listed: list[Corpus | str] = [*corpora(), *(e.name for e in heldout())]
    if args.folder:
        folder = args.folder.resolve()
        listed = [Corpus(folder.name, None, tuple(p.name for p in sorted(folder.iterdir())), folder)]
    tally = Tally()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        stress = tmp / "stress.yaml"
        stress.write_text(STRESS_GLOSSARY, encoding="utf-8")
        for item in listed:
            item_name = item if isinstance(item, str) else item.name
            if args.corpus and item_name not in args.corpus:
                continue
            try:
                entry = None if isinstance(item, Corpus) else next(e for e in heldout() if e.name == item)
                corpus = item if entry is None else fetch(entry)
                glossary = stress if args.stress else args.glossary.resolve() if args.folder else None
                print(check_corpus(corpus, tmp, not args.no_fix, tally, args.show, glossary), flush=True)
            except (FetchFailed, ImportFailed) as exc:
                print(f"{item_name}: not checked: {exc}", flush=True)
    off = sum(n for k, n in tally.kinds.items() if k not in GOOD)
    print(
        f"== {tally.findings} findings, {tally.checked} positions checked ({tally.kinds[EXACT_ACROSS_LINES]} "
        f"across a line break, {tally.kinds[EXACT_ACROSS_CELL_LINES]} across the lines of a grid table cell, "
        f"{tally.kinds[EXACT_BUT_MARKUP]} with markup inside), {off} not exact"
        + (f" ({', '.join(f'{k} {n}' for k, n in tally.kinds.items() if k not in GOOD)})" if off else "")
        + f"; GL000 {tally.codes['GL000']}, GL090 {tally.codes['GL090']}"
        + ("" if args.no_fix else f"; --fix changed {tally.fix_files} files, {tally.fix_mismatches} wrong")
        + ("" if args.no_fix else f", {len(tally.broken)} files' markup changed")
        + f"; crashes {len(tally.crashes)}"
    )
    for line in tally.crashes:
        print("  crash: " + line)
    for line in tally.fix_again:
        print("  a second --fix would change more: " + line)
    for line in tally.broken:
        print("  --fix changed the markup of " + line)
    for line in tally.examples:
        print("  " + line)
    return 1 if off or tally.fix_mismatches or tally.crashes or tally.fix_again or tally.broken else 0


if __name__ == "__main__":
    sys.exit(main())
