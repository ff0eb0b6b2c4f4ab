"""Generate src/glossary_lint/data/wordnet-acronyms.txt from WordNet 3.0.

WordNet (Princeton University; Debian package ``wordnet-base``, under the
WordNet 3.0 licence, which allows copying and modifying the database if its
copyright notice, statements and disclaimer go with every copy) keeps an
acronym as a lemma of the synset of what it stands for: ``MRI`` beside
``magnetic_resonance_imaging``, ``RNA`` beside ``ribonucleic_acid``.  So,
unlike a bare list of acronyms, it says what each one means, and how many
things it means.  It is a dictionary of general English, which is what
GNU V.E.R.A.'s computing list (``vera_acronyms.py``) lacks: the acronyms of
science and medicine a technical reader meets (``MRI``, ``RNA``).

GL002 takes from it only the acronyms that a synset's own words spell out,
judged by WordNet's data alone, never by a handbook's text:

* written in capitals and digits exactly as the lemma is (``Ar``, argon, is
  a chemical symbol, not an acronym);
* every synset holding the acronym (each of its meanings) has a lemma of
  two words or more that spells it out the way GL002 checks an expansion
  (``rules.acronyms.spells_out``): an acronym with a meaning its words do
  not give, such as a state's postal code (``TX`` of ``Texas``) or a
  group's nickname, is an abbreviation WordNet records, not a long form
  abbreviated;
* one meaning: an acronym in several synsets (``DC``, direct current and
  the District of Columbia) leaves the reader to guess which sense the
  handbook means, so it needs defining;
* not the name of a place, a person or an organisation (WordNet's lexicographer
  files ``noun.location``, ``noun.person``, ``noun.group``): those are names
  (``FBI``, ``NATO``), which GL002 leaves to ``undefined-name``.

And the chemical formulas WordNet gives a substance by (``CO2`` beside
``carbon_dioxide``, ``H2O`` beside ``water``): a lemma with one meaning, in
the lexicographer file of substances (``noun.substance``), whose letters read
as the symbols of chemical elements each with its count (IUPAC's symbols,
at least one count, a count of two to 99 as a formula writes it).  No word
spells a formula out letter by letter, so the condition above cannot take
it, yet a reader knows the substance by it; GL002 needs no definition of it
(written with subscripts, ``CO₂``, it is no candidate at all).  The
symbols alone would not do: ``CD4`` (a cluster of differentiation) is no
formula, and outside WordNet's substances ``FP16`` and ``BF16`` read as
elements too.

``bench/accuracy/known_acronyms.py`` measures each of these conditions over
the labelled findings of the tuned handbooks.

Run it where Debian's package archive is reachable (``apt-get download
wordnet-base`` is done for you), or give the ``.deb`` or the folder holding
WordNet's ``data.*`` files (``/usr/share/wordnet`` where it is installed)::

    python tools/wordnet_acronyms.py [PATH] [--output FILE]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import debian_package

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from glossary_lint.rules.acronyms import spells_out  # noqa: E402

OUTPUT = ROOT / "src" / "glossary_lint" / "data" / "wordnet-acronyms.txt"
PACKAGE = "wordnet-base"
#: WordNet's data files, one for each part of speech, as Debian installs them.
DATA_FILES = tuple(f"usr/share/wordnet/data.{pos}" for pos in ("noun", "verb", "adj", "adv"))

#: The lexicographer files in order of their numbers (lexnames(5WN)).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
#: The files of names: places, people, organisations.
NAMES = frozenset({"noun.location", "noun.person", "noun.group"})

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
#: The symbols of the chemical elements (IUPAC, the 118 named elements).
ELEMENTS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se "
    "Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy "
    "Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf "
    "Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og"
).split()
#: A formula: element symbols, each with a count of 2 to 99 or none (a count of one is never written).
_FORMULA = re.compile(
    "(?:(?:{})(?:[2-9]|[1-9][0-9])?)+".format("|".join(sorted(ELEMENTS, key=len, reverse=True)))
)
SUBSTANCES = "noun.substance"
#: An adjective's syntactic marker after the lemma: ``big(a)``.
_MARKER = re.compile(r"\([a-z]+\)$")


@dataclass(frozen=True, slots=True)
class Synset:
    """One meaning: the lemmas that name it and the file it was written in."""

    lexname: str
    lemmas: tuple[str, ...]

    def spells(self, acronym: str) -> bool:
        """Whether a lemma of two words or more spells the acronym out."""
        return any(
            len(words := re.split(r"[_ ]", lemma)) > 1 and spells_out(acronym, words)
            for lemma in self.lemmas
            if lemma != acronym
        )


def synsets(data: str) -> Iterator[Synset]:
    """Every synset of a ``data.*`` file: ``offset lex_filenum ss_type w_cnt
    word lex_id [word lex_id ...] ...`` (wndb(5WN)); the licence lines at the
    top start with spaces."""
    for line in data.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        lemmas = tuple(_MARKER.sub("", fields[4 + 2 * i]) for i in range(count))
        yield Synset(LEXNAMES[int(fields[1])], lemmas)


def meanings(all_synsets: Iterable[Synset]) -> dict[str, list[Synset]]:
    """Each lemma written in capitals and digits, with the synsets it is in."""
    found: dict[str, list[Synset]] = {}
    for synset in all_synsets:
        for lemma in dict.fromkeys(synset.lemmas):
            if _ACRONYM.fullmatch(lemma):
                found.setdefault(lemma, []).append(synset)
    return found


def spelled(synsets_of: list[Synset], acronym: str) -> bool:
    return all(s.spells(acronym) for s in synsets_of)


def one_meaning(synsets_of: list[Synset]) -> bool:
    return len(synsets_of) == 1


def not_a_name(synsets_of: list[Synset]) -> bool:
    return all(s.lexname not in NAMES for s in synsets_of)


def is_formula(word: str) -> bool:
    """``CO2``, ``C2H6``: element symbols with counts, at least one count."""
    return any(ch.isdigit() for ch in word) and _FORMULA.fullmatch(word) is not None


def names_a_substance(synsets_of: list[Synset], acronym: str) -> bool:
    """A chemical formula WordNet gives a substance by, with one meaning."""
    return one_meaning(synsets_of) and synsets_of[0].lexname == SUBSTANCES and is_formula(acronym)


def known_to_a_general_reader(acronym: str, synsets_of: list[Synset]) -> bool:
    """The selection the module docstring explains."""
    return (
        one_meaning(synsets_of) and spelled(synsets_of, acronym) and not_a_name(synsets_of)
    ) or names_a_substance(synsets_of, acronym)


def select(found: dict[str, list[Synset]]) -> list[str]:
    return sorted(a for a, s in found.items() if known_to_a_general_reader(a, s))


def licence(data: str) -> str:
    """WordNet's licence, as the data file's numbered opening lines give it."""
    lines = []
    for line in data.splitlines():
        if not line.startswith("  "):
            break
        lines.append(re.sub(r"^\s+\d+ ?", "", line).rstrip())
    return "\n".join(lines)


def version(data: str) -> str:
    found = re.search(r"WordNet (\d[\d.]*)", licence(data))
    return found.group(1) if found else "unknown"


HEADER = """\
# Acronyms a general technical reader knows, taken from WordNet {version} (Princeton
# University), as packaged by Debian ('{package}').  Generated by tools/wordnet_acronyms.py:
# do not edit by hand, run it again.  Only the acronyms written in capitals in one synset
# (one meaning) that a lemma of several words of that synset spells out, and that are not
# the name of a place, person or organisation; and the chemical formulas of its substances
# (one meaning, element symbols with counts): {count} of WordNet's {total} lemmas in
# capitals.  GL002 takes them as written.  One acronym a line.
#
# WordNet's licence, which this derived list is distributed under:
#
{licence}
"""


def generate(texts: Iterable[str]) -> str:
    texts = list(texts)
    found = meanings(s for text in texts for s in synsets(text))
    chosen = select(found)
    notice = debian_package.commented(licence(texts[0]))
    header = HEADER.format(
        version=version(texts[0]), package=PACKAGE, count=len(chosen), total=len(found), licence=notice
    )
    return header + "".join(f"{a}\n" for a in chosen)


def read_data(path: Path) -> list[str]:
    """The text of WordNet's four data files, noun first."""
    texts = debian_package.read_texts(path, list(DATA_FILES))
    return [texts[member] for member in DATA_FILES]


def main(argv: list[str] | None = None) -> int:
    return debian_package.write_generated(
        argv,
        __doc__,
        PACKAGE,
        "wordnet-base_*.deb, or a folder of WordNet's data.* files",
        OUTPUT,
        lambda source: generate(read_data(source)),
    )


if __name__ == "__main__":
    sys.exit(main())
