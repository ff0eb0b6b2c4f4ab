"""The accuracy harness: how many of glossary-lint's findings on the real handbooks
an editor would act on, how many planted misspellings it finds, and how many of
the Sphinx extension's auto-links point at the wrong sense.

Usage (from the project root)::

    python bench/accuracy/run.py [CORPUS ...] [--heldout] [--no-planted] [--no-links]
        [--seed N] [--per-kind N] [--pages N]

Corpora are those of ../shared/tools/corpora.tsv (all by default); with
``--heldout``, also those of bench/accuracy/heldout.tsv, fetched from PyPI.  Labels are
in bench/accuracy/labels/; see bench/accuracy/README.md for how to label.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpora import (  # noqa: E402
    Corpus,
    FetchFailed,
    Finding,
    ImportFailed,
    check,
    corpora,
    fetch,
    heldout,
    import_glossary,
)
from labels import false_kinds, match, read_labels, tally  # noqa: E402

LABELS = HERE / "labels"


def labels_path(name: str) -> Path:
    return LABELS / f"{name}.tsv"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def report_findings(corpus: Corpus, findings: list[Finding]) -> dict[str, tuple[int, int, int, int]]:
    matching = match(findings, read_labels(labels_path(corpus.name)))
    counts = tally(findings, matching)
    print(f"  {'rule':<6} {'findings':>8} {'real':>5} {'false':>5} {'unlabelled':>10} {'precision':>9}")
    rows = {}
    for code, t in counts.items():
        print(
            f"  {code:<6} {t.findings:>8} {t.real:>5} {t.false:>5} {t.unlabelled:>10} {_pct(t.precision):>9}"
        )
        rows[code] = (t.findings, t.real, t.false, t.unlabelled)
    if not counts:
        print("  no findings")
    kinds = false_kinds(matching)
    if kinds:
        print("  false kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
    lost = [label for label in matching.stale if label.verdict == "real"]
    if lost:
        print(
            f"  {len(lost)} real slips labelled earlier are no longer reported: "
            + ", ".join(sorted({label.found for label in lost}))
        )
    if len(matching.stale) > len(lost):
        print(
            f"  {len(matching.stale) - len(lost)} false labels match no finding now "
            "(fixed, or moved more than the tolerance; show.py --stale --drop removes them)"
        )
    return rows


def copy_prose(corpus: Corpus, dest: Path) -> None:
    """Copy the corpus's prose folders to ``dest``, writable whatever the shared copy's
    permissions (it is read-only), so plants can be written and the copy removed."""
    for entry in corpus.prose:
        source = corpus.root / entry
        for path in [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file()):
            target = dest / path.relative_to(corpus.root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def report_planted(
    corpus: Corpus, glossary: Path, seed: int, per_kind: int, tmp: Path, misses: int = 8
) -> None:
    from planting import KINDS, apply, page_headwords, plan

    from glossary_lint.glossary.loader import load_glossary

    clean = tmp / f"{corpus.name}-clean"
    planted = tmp / f"{corpus.name}-planted"
    for dest in (clean, planted):
        copy_prose(corpus, dest)
    headwords: frozenset[str] = frozenset()
    if corpus.glossary_page is not None:
        page = corpus.root / corpus.glossary_page
        headwords = page_headwords(page.read_text(encoding="utf-8", errors="replace"), page.suffix)
    plants = plan(
        clean, corpus.prose, load_glossary(glossary), seed=seed, per_kind=per_kind, headwords=headwords
    )
    apply(planted, plants)
    before = {(f.path, f.line, f.code, f.found) for f in check(clean, corpus.prose, glossary)}
    after = check(planted, corpus.prose, glossary)
    planted_lines = {(p.path, p.line) for p in plants}
    found_by_kind: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    missed = []
    for plant in plants:
        hit = any(
            f.code == "GL001"
            and f.path == plant.path
            and f.line == plant.line
            and f.column < plant.end_column
            and plant.column < max(f.end_column, f.column + len(f.found))
            for f in after
        )
        found_by_kind[plant.kind][1] += 1
        found_by_kind[plant.kind][0] += hit
        if not hit:
            missed.append(plant)
    outside = [
        f
        for f in after
        if (f.path, f.line) not in planted_lines and (f.path, f.line, f.code, f.found) not in before
    ]
    total = sum(n for _, n in found_by_kind.values())
    hits = sum(h for h, _ in found_by_kind.values())
    print(
        f"  planted misspellings (seed {seed}): {hits}/{total} found, "
        f"recall {_pct(hits / total if total else None)}"
    )
    for kind, (h, n) in found_by_kind.items():
        print(f"    {kind:<17} {h:>3}/{n:<3} {_pct(h / n if n else None)}")
    print(f"  new findings outside the planted lines: {len(outside)}")
    for f in outside[:5]:
        print(f"    {f.path}:{f.line}:{f.column} {f.code} {f.found!r}")
    for p in missed[:misses]:
        print(f"    missed {p.kind}: {p.original!r} -> {p.planted!r} at {p.path}:{p.line}")


def report_links(
    corpus: Corpus, glossary: Path, seed: int, tmp: Path, pages: int | None = None
) -> tuple[int, int] | None:
    """Print the corpus's auto-link figures; return (links made, labelled wrong), or
    None when the build failed."""
    from autolinks import build, match_links, parse_link_labels

    path = LABELS / f"{corpus.name}.links.tsv"
    labels = parse_link_labels(path.read_text(encoding="utf-8"), str(path)) if path.exists() else []
    try:
        links = build(
            corpus.root, corpus.prose, glossary, tmp / f"{corpus.name}-sphinx", seed=seed, size=pages
        )
    except RuntimeError as exc:
        print(f"  auto-links: not measured: {exc}")
        return None
    matched = match_links(links, labels)
    wrong = sum(1 for m in matched if m is not None and m.verdict == "wrong")
    right = sum(1 for m in matched if m is not None and m.verdict == "right")
    linked = len({link.page for link in links})
    rate = _pct(wrong / len(links) if links else None)
    built = "all pages" if pages is None else f"a sample of {pages} pages"
    print(
        f"  auto-links in a Sphinx build of {built}: {len(links)} links on {linked} pages; "
        f"labelled wrong sense {wrong}, right {right}, not labelled {len(links) - wrong - right}; "
        f"wrong-sense rate {rate} of links made"
        + (" (a floor while links are unlabelled)" if len(links) > wrong + right else "")
    )
    return len(links), wrong


def links_total(measured: list[tuple[int, int]]) -> str:
    """The wrong-sense rate over every corpus built: the figure issue 12 sets a bound on."""
    made = sum(n for n, _ in measured)
    wrong = sum(w for _, w in measured)
    return (
        f"== auto-links over {len(measured)} corpora: {made} links, labelled wrong sense {wrong}, "
        f"wrong-sense rate {_pct(wrong / made if made else None)}"
    )


def held_out_corpus(name: str) -> Corpus | None:
    """The held-out handbook ``name``, fetched; None (with a one-line message) when it
    cannot be fetched, e.g. the registry is unreachable: the run goes on without it."""
    entry = next(e for e in heldout() if e.name == name)
    try:
        return fetch(entry)
    except FetchFailed as exc:
        print(f"== {name}: held-out corpus skipped: {exc}")
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="*", help="corpus names (default: all)")
    parser.add_argument("--no-planted", action="store_true", help="skip the planted-misspelling recall")
    parser.add_argument("--no-links", action="store_true", help="skip the Sphinx auto-link build")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--per-kind", type=int, default=30, help="plants of each kind per corpus")
    parser.add_argument("--misses", type=int, default=8, help="missed plants to print per corpus")
    parser.add_argument(
        "--pages",
        type=int,
        default=None,
        help="build a seeded sample of N pages for auto-links (default: all)",
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="also the held-out handbooks of heldout.tsv (fetched from PyPI)",
    )
    args = parser.parse_args(argv)
    listed: list[Corpus | str] = [*corpora(), *(e.name for e in heldout() if args.heldout)]
    names = [c if isinstance(c, str) else c.name for c in listed]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        # Labels are kept by name (labels/NAME.tsv): two handbooks of one name would share them.
        print(f"accuracy: corpus name {twice[0]!r} is listed twice (corpora.tsv and heldout.tsv); "
              "each handbook's labels are kept under its name")
        return 2
    unknown = set(args.corpus) - set(names)
    if unknown:
        print(f"accuracy: unknown corpus {sorted(unknown)[0]!r} (known: {', '.join(names)})")
        return 2
    measured: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for item, item_name in zip(listed, names):
            if args.corpus and item_name not in args.corpus:
                continue
            corpus = held_out_corpus(item) if isinstance(item, str) else item
            if corpus is None:
                continue
            print(f"== {corpus.name}")
            try:
                glossary = import_glossary(corpus, tmp)
            except ImportFailed as exc:
                print(f"  not measured: {exc}")
                continue
            report_findings(corpus, check(corpus.root, corpus.prose, glossary))
            if not args.no_planted:
                report_planted(corpus, glossary, args.seed, args.per_kind, tmp, args.misses)
            if not args.no_links:
                figures = report_links(corpus, glossary, args.seed, tmp, args.pages)
                if figures is not None:
                    measured.append(figures)
    if len(measured) > 1:
        print(links_total(measured))
    return 0


if __name__ == "__main__":
    sys.exit(main())
