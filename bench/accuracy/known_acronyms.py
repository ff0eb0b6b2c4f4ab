"""Which source of "acronyms a general technical reader knows" separates the
kind: over every labelled GL002 finding of the tuned handbooks, how many
labelled ``known-acronym`` a source would silence (wanted) and how many
labelled real (lost findings an editor would act on).

A source is adopted only if it silences no real finding.  Each is
taken the way GL002 would take it: the hand-kept list in all its forms
(version, prefix, dropped letter), a reference list's acronyms as written.

Usage: python bench/accuracy/known_acronyms.py [VERA] [--wordnet WORDNET] [--cspell CSPELL]
(vera.info[.gz] or vera_*.deb, wordnet-base_*.deb or a folder of WordNet's
data.* files, the tarball of npm's @cspell/dict-software-terms; each fetched
with ``apt-get download`` or ``npm pack`` when left out).
WordNet's candidates are measured beyond the adopted V.E.R.A. list, CSpell's
beyond V.E.R.A.'s and WordNet's adopted lists: what each would add to GL002
as it stands.

Batch 5 (plone-restapi covasim pvlib xrtpy) is the team's unseen measure:
its labels are never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "tools"), str(ROOT / "src")]

import cspell_acronyms as cspell  # noqa: E402
import debian_package  # noqa: E402
import vera_acronyms as vera  # noqa: E402
import wordnet_acronyms as wordnet  # noqa: E402
from labels import Label, read_labels  # noqa: E402

from glossary_lint.rules import word_lists  # noqa: E402

TUNED = """neural-audio-theory sphinx sqlalchemy sympy electron
pyramid celery salt xarray nilearn aiohttp attrs cython aesara
zuul octavia nipoppy manila ciw oaklib traccuracy gnocchi
demcompare rnalysis ruffus spatialdata
networkx datalad causal-testing-framework pyocd""".split()


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
        "V.E.R.A., one meaning": frozenset(a for a, m in by_acronym.items() if vera.one_meaning(m)),
        "V.E.R.A., tagged with a hand-kept acronym": frozenset(a for a, m in by_acronym.items() if tagged(m)),
        "V.E.R.A., adopted (one meaning, tagged, in capitals)": frozenset(
            vera.select(vera.entries(info), hand)
        ),
        "V.E.R.A., one meaning, in capitals, any reference tag": frozenset(
            a for a, m in by_acronym.items() if one_meaning_in_capitals(m) and any(e.tags for e in m)
        ),
        "V.E.R.A., one meaning, in capitals, no reference tag": frozenset(
            a for a, m in by_acronym.items() if one_meaning_in_capitals(m) and not any(e.tags for e in m)
        ),
    }


def one_meaning_in_capitals(meanings: list[vera.Entry]) -> bool:
    """The adopted selection's conditions but the tag."""
    return vera.one_meaning(meanings) and vera.in_capitals(meanings)


def wordnet_sources(texts: list[str], vera_adopted: frozenset[str]) -> dict[str, frozenset[str]]:
    """WordNet's lemmas in capitals, whole and under each condition of
    ``wordnet_acronyms.select`` alone and together, with a length floor
    too; each beside V.E.R.A.'s adopted list, as GL002 would read them."""
    found = wordnet.meanings(s for text in texts for s in wordnet.synsets(text))
    conditions: dict[str, Callable[[str, list[wordnet.Synset]], bool]] = {
        "every lemma in capitals": lambda a, s: True,
        "one meaning": lambda a, s: wordnet.one_meaning(s),
        "spelled out by a lemma of several words": lambda a, s: wordnet.spelled(s, a),
        "not a place, person or organisation": lambda a, s: wordnet.not_a_name(s),
        "one meaning, spelled out": lambda a, s: wordnet.one_meaning(s) and wordnet.spelled(s, a),
        "adopted (one meaning, spelled out, not a name)": wordnet.known_to_a_general_reader,
        "adopted, three letters or more": lambda a, s: (
            len(a) >= 3 and wordnet.known_to_a_general_reader(a, s)
        ),
    }
    chosen = {name: frozenset(a for a, s in found.items() if keep(a, s)) for name, keep in conditions.items()}
    return {f"WordNet, {name} ({len(own)} of its own)": vera_adopted | own for name, own in chosen.items()}


def cspell_sources(texts: dict[str, str], info: str, adopted: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each of CSpell's lists, its words in capitals (``cspell.is_acronym``),
    alone and together, and each condition of the adopted selection, each
    beside the adopted V.E.R.A. and WordNet lists."""

    def capitals(members: tuple[str, ...]) -> frozenset[str]:
        return frozenset(w for m in members for w in cspell.entries(texts[m]) if cspell.is_acronym(w))

    every = (*cspell.LISTS, *cspell.OTHER_LISTS)
    rows = {f"{Path(m).name.removesuffix('.gz')} in capitals": capitals((m,)) for m in every}
    rows["every list in capitals"] = capitals(every)
    rows["the two acronym lists in capitals"] = cspell.listed_acronyms(texts)
    rows["any list's words that V.E.R.A. gives one meaning in capitals"] = cspell.vouched_by_vera(texts, info)
    rows["adopted (both)"] = frozenset(cspell.select(texts, info))
    return {f"CSpell, {name} ({len(own)} of its own)": adopted | own for name, own in rows.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vera", nargs="?", type=Path)
    parser.add_argument("--wordnet", type=Path)
    parser.add_argument("--cspell", type=Path)
    args = parser.parse_args(argv)
    info = vera.read_info(args.vera or vera.download())
    all_sources = sources(info)
    texts = wordnet.read_data(args.wordnet or debian_package.download(wordnet.PACKAGE))
    vera_adopted = all_sources["V.E.R.A., adopted (one meaning, tagged, in capitals)"]
    all_sources.update(wordnet_sources(texts, vera_adopted))
    wordnet_adopted = next(v for k, v in all_sources.items() if k.startswith("WordNet, adopted (one"))
    package = cspell.read_package(args.cspell or cspell.download())
    all_sources.update(cspell_sources(package, info, wordnet_adopted))
    labels = gl002_labels()
    known = [lab for lab in labels if lab.kind == "known-acronym"]
    real = [lab for lab in labels if lab.verdict == "real"]
    baseline = {id(lab) for lab in silenced(known, frozenset())}
    with_vera = {id(lab) for lab in silenced(known, vera_adopted)}
    with_wordnet = {id(lab) for lab in silenced(known, wordnet_adopted)}
    print(
        f"GL002 labels of {len(TUNED)} tuned handbooks: {len(labels)}, "
        f"{len(known)} labelled known-acronym, {len(real)} labelled real\n"
    )
    for name, reference in all_sources.items():
        quiet_known = silenced(known, reference)
        before, than = baseline, "the hand-kept list"
        if name.startswith("WordNet"):
            before, than = with_vera, "V.E.R.A.'s adopted list"
        if name.startswith("CSpell"):
            before, than = with_wordnet, "V.E.R.A.'s and WordNet's adopted lists"
        new = [lab for lab in quiet_known if id(lab) not in before]
        lost = silenced(real, reference)
        verdict = "adoptable" if not lost else "silences real findings"
        print(f"{name}: {len(reference)} acronyms; {verdict}")
        beyond = f"{len(new)} beyond {than}: {words(new)}"
        print(f"  known-acronym silenced: {len(quiet_known)}/{len(known)}, {beyond}")
        print(f"  real silenced: {len(lost)}/{len(real)}: {words(lost)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
