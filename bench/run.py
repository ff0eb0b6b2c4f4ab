"""Benchmark glossary-lint against its floor and its peers, in one run.

Rows, on the real handbook (../shared/corpus) and on a 20x copy of it:

* glossary-lint: the CLI's wall time (default --jobs, and --jobs 1);
* parse only: markdown-it-py parsing the same files in a fresh process, with
  the same plugins: the floor for any Python linter of Markdown;
* textlint + textlint-rule-terminology configured with the same terms, when
  Node and npm are here (installed into bench/.node on first use); with each
  tool's start-up on a one-line file, and glossary-lint running GL001 alone
  (term spellings: the work textlint-rule-terminology does);

plus the 10,000-term synthetic glossary against the 76-term one, on the
handbook, with the compiled glossary cache cold, warm and off; one chapter's
wall time; the reST handbooks (sphinx, sqlalchemy) against docutils parsing
the same files (bench/rest_floor.py); and the peak memory of a 100x copy of
the handbook against the handbook itself (bench/memory.py).  Every figure is
the best of --repeat runs, measured in this run; ratios are against figures
of the same run, which is what to read on a machine others share.

Usage: python bench/run.py [--repeat N] [--no-textlint] [--copies N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from environment import ENV  # noqa: E402
from memory import peak_memory  # noqa: E402
from rest_floor import rest_rows  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "neural-audio-theory" / "docs"
GLOSSARY = ROOT / "data" / "glossary.yaml"
NODE_DIR = ROOT / "bench" / ".node"

PARSE_ONLY = """
import sys
from pathlib import Path
from glossary_lint.sources.markdown import _parser
md = _parser()
for path in sorted(Path(sys.argv[1]).rglob("*.md")):
    md.parse(path.read_text(encoding="utf-8"))
"""


def best_of(repeat: int, command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None,
            before=None) -> float:
    """Best wall time of ``repeat`` runs; ``before()`` runs untimed before each."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       env=env or ENV)
        times.append(time.perf_counter() - start)
    return min(times)


def make_copies(target: Path, copies: int) -> Path:
    for i in range(copies):
        shutil.copytree(CORPUS, target / f"copy{i:03}")
    return target


def synthetic_glossary(path: Path, size: int) -> None:
    """``size`` invented terms of one to four words, plus the real 76."""
    import yaml

    rng = random.Random(7)
    real = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))["terms"]
    seen = {t["id"] for t in real}
    terms = list(real)
    while len(terms) < size:
        words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 10)))
                 for _ in range(rng.randint(1, 4))]
        ident = "-".join(words)
        if ident in seen:
            continue
        seen.add(ident)
        terms.append({"id": ident, "term": " ".join(words).title(), "definition": "Synthetic."})
    path.write_text(yaml.safe_dump({"version": 1, "terms": terms}, sort_keys=False), encoding="utf-8")


IN_PROCESS = """
import sys, time
from pathlib import Path
from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import load_glossary
from glossary_lint.sources.markdown import parse_markdown
texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(Path(sys.argv[2]).rglob("*.md"))]
docs = [parse_markdown(p, t) for p, t in texts]
best = float("inf")
for _ in range(int(sys.argv[3])):
    # A fresh linter each time: a run pays for the matcher's typo cache and the
    # glossary's lazy indexes once, on its first documents.
    glossary = load_glossary(sys.argv[1])
    linter = Linter(glossary, Config(root=Path("."), glossary=Path(sys.argv[1])))
    start = time.perf_counter()
    for doc in docs:
        linter.lint_document(doc)
    best = min(best, time.perf_counter() - start)
print(best)
"""


def in_process(glossary: Path, folder: Path, repeat: int) -> float:
    """Matching and rules only, on documents parsed beforehand, as one run's
    first (and only) pass over them."""
    out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(glossary), str(folder), str(repeat)],
                         capture_output=True, text=True, check=True, cwd=ROOT, env=ENV)
    return float(out.stdout)


def textlint_available() -> bool:
    if not shutil.which("node") or not shutil.which("npm"):
        return False
    if not (NODE_DIR / "node_modules" / ".bin" / "textlint").exists():
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(["npm", "install", "--silent", "--prefix", str(NODE_DIR),
                               "textlint@14", "textlint-rule-terminology@5"],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"textlint could not be installed: {proc.stderr.strip()[:200]}", file=sys.stderr)
            return False
    return True


def textlint_config(folder: Path) -> Path:
    """textlint-rule-terminology with the glossary's spellings as its terms."""
    sys.path.insert(0, str(ROOT / "src"))
    from glossary_lint.glossary.loader import load_glossary

    terms = sorted({s.text for t in load_glossary(GLOSSARY) for s in t.spellings()
                    if s.kind.value != "variant"})
    config = folder / ".textlintrc.json"
    config.write_text(json.dumps({"rules": {"terminology": {"defaultTerms": False, "terms": terms}}}))
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-textlint", action="store_true")
    parser.add_argument("--copies", type=int, default=100, help="copies of the handbook for the memory row")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"bench: the real handbook is not at {CORPUS}")
    python = sys.executable
    cli = [python, "-m", "glossary_lint", "check", "--glossary", str(GLOSSARY), "--format", "json"]
    use_textlint = not args.no_textlint and textlint_available()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; best of {args.repeat}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # Every run caches its compiled glossary here, never in the user's cache.
        ENV["GLOSSARY_LINT_CACHE_DIR"] = str(Path(tmp) / "glossary-cache")
        x20 = make_copies(Path(tmp) / "x20", 20)
        textlint_rc = textlint_config(Path(tmp)) if use_textlint else None
        for label, folder in (("handbook (54 files)", CORPUS), ("20x handbook (1080 files)", x20)):
            parse = best_of(args.repeat, [python, "-c", PARSE_ONLY, str(folder)])
            lint = best_of(args.repeat, [*cli, str(folder)])
            lint1 = best_of(args.repeat, [*cli, "--jobs", "1", str(folder)])
            row = {"corpus": label, "parse_only": parse, "glossary_lint": lint, "glossary_lint_j1": lint1}
            if textlint_rc is not None:
                binary = NODE_DIR / "node_modules" / ".bin" / "textlint"
                row["textlint"] = best_of(args.repeat, [str(binary), "--config", str(textlint_rc),
                                                        "--format", "json", str(folder)])
            rows.append(row)
        same_work = same_work_rows(args.repeat, Path(tmp), cli, textlint_rc)
        synthetic = Path(tmp) / "synthetic.yaml"
        synthetic_glossary(synthetic, 10_000)
        sizes = glossary_sizes(args.repeat, Path(tmp), synthetic)
        match_big = in_process(synthetic, CORPUS, args.repeat)
        match_small = in_process(GLOSSARY, CORPUS, args.repeat)
        chapter = max((p for p in CORPUS.rglob("*.md") if p.stem != "glossary"), key=lambda p: p.stat().st_size)
        one = best_of(args.repeat, [python, "-m", "glossary_lint", "check", "--glossary", str(GLOSSARY),
                                    str(chapter)], env=sizes.pop("env"))
        rest = rest_rows(args.repeat, Path(tmp), best_of)
        memory = memory_rows(Path(tmp), args.copies)
    print()
    print("| corpus | parse only | glossary-lint | ratio | glossary-lint -j1 | ratio | textlint | textlint / -j1 |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        textlint = f"{r['textlint']:.2f} s" if "textlint" in r else "n/a (no Node)"
        faster = f"{r['textlint'] / r['glossary_lint_j1']:.1f}x" if "textlint" in r else "n/a"
        print(f"| {r['corpus']} | {r['parse_only']:.2f} s | {r['glossary_lint']:.2f} s | "
              f"{r['glossary_lint'] / r['parse_only']:.2f}x | {r['glossary_lint_j1']:.2f} s | "
              f"{r['glossary_lint_j1'] / r['parse_only']:.2f}x | {textlint} | {faster} |")
    if same_work:
        w = same_work
        print(f"start-up, one one-line file: textlint {w['textlint_one']:.2f} s, glossary-lint -j1 "
              f"{w['lint_one']:.2f} s; handbook with GL001 only (the work textlint-rule-terminology does): "
              f"glossary-lint -j1 {w['lint_gl001']:.2f} s, textlint / that {rows[0]['textlint'] / w['lint_gl001']:.1f}x")
    print()
    print("glossary size, handbook, -j1, whole run (cold: empty cache folder; warm: cache filled):")
    print("| glossary | cache cold | cache warm | --no-cache |")
    print("|---|---|---|---|")
    for label in ("76 terms", "10,000 terms"):
        r = sizes[label]
        print(f"| {label} | {r['cold']:.2f} s | {r['warm']:.2f} s | {r['off']:.2f} s |")
    small, big = sizes["76 terms"], sizes["10,000 terms"]
    print(f"10,000 / 76 terms: warm {big['warm'] / small['warm']:.2f}x, cold {big['cold'] / small['cold']:.2f}x, "
          f"no cache {big['off'] / small['off']:.2f}x")
    print(f"glossary size, handbook, matching and rules only: 76 terms {match_small:.3f} s; "
          f"10,000 terms {match_big:.3f} s; ratio {match_big / match_small:.2f}x")
    print()
    print(f"one chapter ({chapter.relative_to(CORPUS)}, {chapter.stat().st_size:,} bytes), whole run, "
          f"warm cache: {one:.2f} s")
    print()
    print("| reST handbook | files | bare docutils | docutils + stand-ins (floor) | glossary-lint | ratio | "
          "glossary-lint -j1 | ratio | -j1 / bare |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rest:
        print(f"| {r['corpus']} | {r['files']} | {r['bare']:.2f} s | {r['floor']:.2f} s | {r['lint']:.2f} s | "
              f"{r['lint'] / r['floor']:.2f}x | {r['lint_j1']:.2f} s | {r['lint_j1'] / r['floor']:.2f}x | "
              f"{r['lint_j1'] / r['bare']:.2f}x |")
    print()
    print("peak memory, check with default --jobs (PSS summed over the process and its workers; "
          "largest single process):")
    print("| corpus | files | wall | peak, all processes | peak, largest process |")
    print("|---|---|---|---|---|")
    for r in memory:
        print(f"| {r['corpus']} | {r['files']} | {r['wall']:.1f} s | {r['tree_mb']:.0f} MB | {r['single_mb']:.0f} MB |")
    for one, many in (memory[0:2], memory[2:4]):
        print(f"{many['corpus']} / {one['corpus']}: all processes {many['tree_mb'] / one['tree_mb']:.2f}x, "
              f"largest process {many['single_mb'] / one['single_mb']:.2f}x")


def same_work_rows(repeat: int, tmp: Path, cli: list[str], textlint_rc: Path | None) -> dict:
    """What the textlint comparison is made of: each tool's start-up (one
    one-line file), and glossary-lint doing only what textlint-rule-terminology
    does (term spellings: GL001) on the handbook."""
    if textlint_rc is None:
        return {}
    one = tmp / "one" / "page.md"
    one.parent.mkdir()
    one.write_text("One line of prose.\n", encoding="utf-8")
    binary = NODE_DIR / "node_modules" / ".bin" / "textlint"
    return {
        "textlint_one": best_of(repeat, [str(binary), "--config", str(textlint_rc), "--format", "json", str(one)]),
        "lint_one": best_of(repeat, [*cli, "--jobs", "1", str(one)]),
        "lint_gl001": best_of(repeat, [*cli, "--jobs", "1", "--select", "GL001", str(CORPUS)]),
    }


def glossary_sizes(repeat: int, tmp: Path, synthetic: Path) -> dict:
    """Whole -j1 runs on the handbook: each glossary with the cache cold
    (emptied before each run), warm (filled by an untimed run) and off."""
    cache = tmp / "glossary-cache"
    env = {**ENV, "GLOSSARY_LINT_CACHE_DIR": str(cache)}
    result: dict = {"env": env}
    for label, glossary in (("76 terms", GLOSSARY), ("10,000 terms", synthetic)):
        cli = [sys.executable, "-m", "glossary_lint", "check", "--glossary", str(glossary), "--format", "json",
               "--jobs", "1", str(CORPUS)]
        cold = best_of(repeat, cli, env=env, before=lambda: shutil.rmtree(cache, ignore_errors=True))
        best_of(1, cli, env=env)
        warm = best_of(repeat, cli, env=env)
        off = best_of(repeat, [*cli, "--no-cache"], env=env)
        result[label] = {"cold": cold, "warm": warm, "off": off}
    return result


def memory_rows(tmp: Path, copies: int) -> list[dict]:
    """The handbook and a ``copies``-fold copy of it, checked with the default
    --jobs; memory must not grow with the number of files."""
    rows = []
    many = make_copies(tmp / f"x{copies}", copies)
    # The report holds every finding (it is sorted before it is printed), so it
    # grows with the findings; the second pair, with one rare rule, shows what
    # the run keeps per file when the report stays small.
    for label, folder, files, rules in (
            ("handbook", CORPUS, 54, []), (f"{copies}x handbook", many, 54 * copies, []),
            ("handbook, --select GL001", CORPUS, 54, ["--select", "GL001"]),
            (f"{copies}x handbook, --select GL001", many, 54 * copies, ["--select", "GL001"])):
        command = [sys.executable, "-m", "glossary_lint", "check", "--glossary", str(GLOSSARY), "--format", "json",
                   *rules, str(folder)]
        wall, tree_kb, single_kb = peak_memory(command, cwd=ROOT, env=ENV)
        rows.append({"corpus": label, "files": files, "wall": wall, "tree_mb": tree_kb / 1024,
                     "single_mb": single_kb / 1024})
    return rows

if __name__ == "__main__":
    main()
