"""Print each finding nobody has labelled yet, in its source context, with a labels
line to complete: the labeller reads every finding where it stands.

CORPUS may also name a held-out handbook of heldout.tsv (fetched from PyPI once).

Usage: python bench/accuracy/show.py CORPUS [--code GL001] [--context N]
       [--links [--pages N] [--verdict wrong|right]] [--stale [--drop]]

With ``--links``, the auto-links of the Sphinx sample nobody has labelled yet,
each with its paragraph (a comment line, the link in ``[[...]]``) and a stub line
for ``labels/CORPUS.links.tsv``;
with ``--verdict wrong`` (or ``right``), the links labelled so, each with its label line.

With ``--stale``, the labels that match no finding now (each printed as its
labels line); with ``--drop`` as well, the stale *false* labels are removed from
``labels/CORPUS.tsv``.  Stale *real* labels stay: they record slips the rules
used to find and no longer do, which the run reports.  With ``--links
--stale``, the link labels no link of a build of every page takes (``--pages``
is refused: a sample leaves most labels unmatched); ``--drop`` removes them
all from ``labels/CORPUS.links.tsv``, wrong and right, once printed: a link no
longer made counts in no figure.

Each finding prints as ``path:line:column code 'found'``, the lines around it
(the finding's line marked ``>``), then a stub labels line with the verdict,
kind and note left as ``?``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from autolinks import Link, LinkLabel, build, match_links, parse_link_labels, stale_link_labels  # noqa: E402
from corpora import check, corpora, heldout, import_glossary  # noqa: E402
from labels import Label, drop_labels, escape, format_label, match, read_labels  # noqa: E402
from glossary_lint.reporters.escaping import printable  # noqa: E402
from run import LABELS, held_out_corpus, labels_path  # noqa: E402


def links_to_show(
    links: list[Link], labels: list[LinkLabel], verdict: str | None = None
) -> list[tuple[Link, LinkLabel | None]]:
    """The links nobody has labelled yet, or with ``verdict`` those labelled so
    (``wrong``: the ones to read when looking for the kinds a rule could catch)."""
    return [
        (link, label)
        for link, label in zip(links, match_links(links, labels))
        if (label is None if verdict is None else label is not None and label.verdict == verdict)
    ]


def show_links(name: str, links: list[Link], verdict: str | None = None) -> int:
    path = LABELS / f"{name}.links.tsv"
    labels = parse_link_labels(path.read_text(encoding="utf-8"), str(path)) if path.exists() else []
    for link, label in links_to_show(links, labels, verdict):
        print("# " + escape(link.paragraph))
        cells = (link.excerpt, "?", "") if label is None else (label.excerpt, label.verdict, label.note)
        print("\t".join(escape(c) for c in (link.page, link.text, *cells)))
    return 0


def stale_links(name: str, links: list[Link], drop: bool) -> int:
    """Print the link labels no link takes now; with ``drop``, remove them."""
    path = LABELS / f"{name}.links.tsv"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    stale = stale_link_labels(links, parse_link_labels(text, str(path)))
    for label in stale:
        print(
            "\t".join(escape(c) for c in (label.page, label.text, label.excerpt, label.verdict, label.note))
        )
    if drop and stale:
        path.write_text(drop_labels(text, stale, str(path), parse_link_labels), encoding="utf-8")
        print(f"dropped {len(stale)} stale link labels from {path}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--code", help="only this rule")
    parser.add_argument("--context", type=int, default=2, help="lines before and after")
    parser.add_argument("--links", action="store_true", help="auto-links of the Sphinx sample instead")
    parser.add_argument("--pages", type=int, default=None, help="with --links: a seeded sample of N pages")
    parser.add_argument(
        "--verdict",
        choices=("wrong", "right"),
        help="with --links: the links labelled so, with their labels, instead of the unlabelled ones",
    )
    parser.add_argument("--stale", action="store_true", help="labels that match no finding now, instead")
    parser.add_argument(
        "--drop", action="store_true", help="with --stale: remove the stale false labels from the labels file"
    )
    args = parser.parse_args()
    corpus = next((c for c in corpora() if c.name == args.corpus), None)
    if corpus is None and args.corpus in {e.name for e in heldout()}:
        corpus = held_out_corpus(args.corpus)
        if corpus is None:
            return 1
    if corpus is None:
        print(f"show: unknown corpus {args.corpus!r}")
        return 2
    if args.links and args.stale and args.pages is not None:
        print("show: --stale with --links reads a build of every page; leave out --pages")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        glossary = import_glossary(corpus, Path(tmp))
        if args.links and args.stale:
            return stale_links(
                corpus.name, build(corpus.root, corpus.prose, glossary, Path(tmp) / "sphinx"), args.drop
            )
        if args.links:
            return show_links(
                corpus.name,
                build(corpus.root, corpus.prose, glossary, Path(tmp) / "sphinx", size=args.pages),
                args.verdict,
            )
        findings = check(corpus.root, corpus.prose, glossary)
    path = labels_path(corpus.name)
    matching = match(findings, read_labels(path))
    if args.stale:
        for label in matching.stale:
            print(format_label(label))
        fixed = [label for label in matching.stale if label.verdict == "false"]
        if args.drop and fixed:
            path.write_text(drop_labels(path.read_text(encoding="utf-8"), fixed, str(path)), encoding="utf-8")
            print(f"dropped {len(fixed)} stale false labels from {path}")
        return 0
    cache: dict[str, list[str]] = {}
    for finding, label in zip(findings, matching.labels):
        if label is not None or (args.code and finding.code != args.code):
            continue
        lines = cache.setdefault(
            finding.path,
            (corpus.root / finding.path).read_text(encoding="utf-8", errors="replace").split("\n"),
        )
        print(
            f"{finding.path}:{finding.line}:{finding.column} {finding.code} {finding.found!r}  "
            f"{printable(finding.message)}"
        )
        for n in range(max(1, finding.line - args.context), min(len(lines), finding.line + args.context) + 1):
            print(f"  {'>' if n == finding.line else ' '}{n:>5} {printable(lines[n - 1][:220])}")
        print(
            "  " + format_label(Label(finding.path, finding.line, finding.found, finding.code, "?", "?", "?"))
        )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
