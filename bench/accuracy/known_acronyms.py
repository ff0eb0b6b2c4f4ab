"""Which source of "acronyms a general technical reader knows" separates the
kind: over every labelled GL002 finding of the tuned handbooks, how many
labelled ``known-acronym`` a source would silence (wanted) and how many
labelled real (lost findings an editor would act on).

A source is adopted only if it silences at most two real findings.  Each is
taken the way GL002 would take it: the hand-kept list in all its forms
(version, prefix, dropped letter), a reference list's acronyms as written.

Usage: python bench/accuracy/known_acronyms.py [VERA]   (vera.info[.gz] or vera_*.deb;
fetched with ``apt-get download vera`` when left out)

Batch 4 (demcompare rnalysis ruffus spatialdata) is the team's unseen measure:
its labels are never read here.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "tools"), str(ROOT / "src")]

import vera_acronyms as vera  # noqa: E402
from labels import Label, read_labels  # noqa: E402

from glossary_lint.rules import word_lists  # noqa: E402

TUNED = """neural-audio-theory sphinx sqlalchemy sympy electron
pyramid celery salt xarray nilearn aiohttp attrs cython aesara
zuul octavia nipoppy manila ciw oaklib traccuracy gnocchi""".split()


def gl002_labels() -> list[Label]:
    return [
        label
        for name in TUNED
        for label in read_labels(HERE / "labels" / f"{name}.tsv")
        if label.code == "GL002"
    ]


def silenced(labels: list[Label], reference: frozenset[str]) -> list[Label]:
    """The labels GL002 would not report with ``reference`` as its V.E.R.A. list."""
    original: Callable[[], frozenset[str]] = word_lists.reference_acronyms
    word_lists.reference_acronyms = lambda: reference  # type: ignore[assignment]
    try:
        return [
            lab
            for lab in labels
            if word_lists.is_common_acronym(lab.found) or word_lists.is_slip_of_common_acronym(lab.found)
        ]
    finally:
        word_lists.reference_acronyms = original  # type: ignore[assignment]


def words(labels: list[Label]) -> str:
    counts = Counter(lab.found for lab in labels)
    return " ".join(f"{w}({n})" if n > 1 else w for w, n in sorted(counts.items())) or "-"


def sources(info: str) -> dict[str, frozenset[str]]:
    """Each candidate: V.E.R.A. whole, and each of the adopted selection's
    conditions alone, so the table shows what each one buys."""
    hand = vera.hand_kept_acronyms()
    by_acronym: dict[str, list[vera.Entry]] = {}
    for entry in vera.entries(info):
        by_acronym.setdefault(entry.acronym, []).append(entry)

    def tagged(meanings: list[vera.Entry]) -> bool:
        return any(vera._normalised(t) in hand for e in meanings for t in e.tags)

    return {
        "hand-kept list only": frozenset(),
        "V.E.R.A., every acronym": frozenset(by_acronym),
        "V.E.R.A., one meaning": frozenset(
            a for a, m in by_acronym.items() if len({e.meaning for e in m}) == 1
        ),
        "V.E.R.A., tagged with a hand-kept acronym": frozenset(a for a, m in by_acronym.items() if tagged(m)),
        "V.E.R.A., adopted (one meaning, tagged, in capitals)": frozenset(
            vera.select(vera.entries(info), hand)
        ),
    }


def main(argv: list[str]) -> int:
    info = vera.read_info(Path(argv[0]) if argv else vera.download())
    labels = gl002_labels()
    known = [lab for lab in labels if lab.kind == "known-acronym"]
    real = [lab for lab in labels if lab.verdict == "real"]
    baseline = {id(lab) for lab in silenced(known, frozenset())}
    print(
        f"GL002 labels of {len(TUNED)} tuned handbooks: {len(labels)}, "
        f"{len(known)} labelled known-acronym, {len(real)} labelled real\n"
    )
    for name, reference in sources(info).items():
        quiet_known = silenced(known, reference)
        new = [lab for lab in quiet_known if id(lab) not in baseline]
        lost = silenced(real, reference)
        verdict = "adoptable" if len(lost) <= 2 else "silences too many real"
        print(f"{name}: {len(reference)} acronyms; {verdict}")
        beyond = f"{len(new)} beyond the hand-kept list: {words(new)}"
        print(f"  known-acronym silenced: {len(quiet_known)}/{len(known)}, {beyond}")
        print(f"  real silenced: {len(lost)}/{len(real)}: {words(lost)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
