"""Generate src/glossary_lint/data/wordnet-names.txt from WordNet 3.0.

A glossary page that capitalises every headword (``Fourier Transform``,
``Sample Rate``) hides which capitals belong to the words: ``import`` must
guess, and a guess of sentence case that lowers a person's name gives the
entry the spelling ``fourier transform``, which GL001 then asks the prose to
follow and ``--fix`` would write.  English settles those words itself: a
name, and the words made from one (``Gaussian``, ``Markov``, ``Laplace``,
``Martian``), is written with its capital wherever it stands.

WordNet (Princeton University; Debian package ``wordnet-base``, under the
WordNet 3.0 licence) writes each lemma in the case English gives it, so it
says which words those are by its own data, never by a handbook's text: a
word (a lemma, or a word of a lemma of several, split at spaces and hyphens)
that every lemma holding it writes with a first capital and small letters
after it, and that no lemma writes in lower case.  ``Fourier`` (only in
``Fourier``, ``Fourier_analysis``, ``Fourier_series``) is one; ``Gauss``
(also the unit ``gauss``) and ``Boolean`` (also ``boolean``) are not.  Left
out as well: a plural that a lower-case lemma makes (``Fields`` of W. C.
Fields is the plural of ``field``), or another of its inflected forms
(WordNet's exception lists, ``*.exc``), since a headword in Title Case
writes those words too (``Custom Fields``); and words of one letter.

Only the names of people and the adjectives made from names are kept: a
word of a lemma of a person (lexicographer file ``noun.person``:
``Simeon_Denis_Poisson`` gives ``Poisson``) or a lemma of a relational
adjective (``adj.pert``: ``Gaussian``, ``Bayesian``).  Those are what a
technical glossary's headwords hold (a law, a method, a distribution
named after its author); the names of places and products that WordNet
also keeps coincide with the names of software more often than not
(``Jinja`` is a town in Uganda, and a template engine that a handbook may
write in lower case, as its renderer's name).

Run it where Debian's package archive is reachable (``apt-get download
wordnet-base`` is done for you), or give the ``.deb`` or the folder holding
WordNet's files (``/usr/share/wordnet`` where it is installed)::

    python tools/wordnet_names.py [PATH] [--output FILE]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import debian_package
import wordnet_acronyms as wordnet

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "glossary_lint" / "data" / "wordnet-names.txt"
#: WordNet's lists of inflected forms (``geese goose``), one for each part of speech.
EXCEPTION_FILES = tuple(f"usr/share/wordnet/{pos}.exc" for pos in ("noun", "verb", "adj", "adv"))

#: A word of a lemma: a lemma's parts between spaces (``_``) and hyphens.
_PARTS = re.compile(r"[_\-]")
#: How English writes a name: a capital, then small letters only.
_NAME = re.compile(r"[A-Z][a-z]+")
#: Plural endings a lower-case lemma takes, and what each replaces.
_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))


#: The lexicographer files whose words are kept (see the module).
NAMED = frozenset({"noun.person", "adj.pert"})


def lemma_words(synsets: Iterable[wordnet.Synset]) -> tuple[dict[str, set[str]], set[str]]:
    """Each word of the synsets' lemmas, by its case-folded form, with the
    ways the lemmas write it; and the words (as written) of the synsets of
    :data:`NAMED`."""
    forms: dict[str, set[str]] = defaultdict(set)
    named: set[str] = set()
    for synset in synsets:
        for lemma in synset.lemmas:
            for word in _PARTS.split(lemma):
                word = word.strip("'.")
                if word.isalpha():
                    forms[word.casefold()].add(word)
                    if synset.lexname in NAMED:
                        named.add(word)
    return forms, named


def inflected(exceptions: Iterable[str]) -> set[str]:
    """The inflected forms of WordNet's exception lists (``children`` of ``child``)."""
    return {line.split()[0].casefold() for text in exceptions for line in text.splitlines() if line.split()}


def names(forms: dict[str, set[str]], named: set[str], inflections: set[str]) -> list[str]:
    """The words every lemma writes as a name, of a person's name or a
    relational adjective (see the module), as written."""
    lower = {key for key, written in forms.items() if any(w.islower() for w in written)}

    def inflects_lower(key: str) -> bool:
        if key in inflections:
            return True
        return any(key.endswith(end) and key[: len(key) - len(end)] + add in lower for end, add in _PLURALS)

    chosen = []
    for key, written in forms.items():
        if len(key) < 2 or len(written) != 1:
            continue
        (word,) = written
        if word in named and _NAME.fullmatch(word) and not inflects_lower(key):
            chosen.append(word)
    return sorted(chosen)


HEADER = """\
# Names of people, and adjectives made from names, that English writes only with their
# capital, taken from WordNet {version} (Princeton University), as packaged by Debian
# ('{package}').  Generated by tools/wordnet_names.py: do not edit by hand, run it again.
# A word every lemma holding it writes with a first capital and small letters after it,
# and no lemma in lower case, that is neither a plural nor another inflected form of a
# lower-case lemma, and that names a person or is a relational adjective (noun.person,
# adj.pert): {count} words.  'import' keeps their capital in a headword whose case it
# guesses (Fourier Transform: Fourier transform).  One word a line.
#
# WordNet's licence, which this derived list is distributed under:
#
{licence}
"""


def generate(data: list[str], exceptions: list[str]) -> str:
    forms, named = lemma_words(synset for text in data for synset in wordnet.synsets(text))
    chosen = names(forms, named, inflected(exceptions))
    notice = debian_package.commented(wordnet.licence(data[0]))
    header = HEADER.format(
        version=wordnet.version(data[0]), package=wordnet.PACKAGE, count=len(chosen), licence=notice
    )
    return header + "".join(f"{word}\n" for word in chosen)


def read(path: Path) -> tuple[list[str], list[str]]:
    """WordNet's four data files (noun first) and its four exception lists."""
    texts = debian_package.read_texts(path, [*wordnet.DATA_FILES, *EXCEPTION_FILES])
    return [texts[m] for m in wordnet.DATA_FILES], [texts[m] for m in EXCEPTION_FILES]


def main(argv: list[str] | None = None) -> int:
    return debian_package.write_generated(
        argv,
        __doc__,
        wordnet.PACKAGE,
        "wordnet-base_*.deb, or a folder of WordNet's files",
        OUTPUT,
        lambda source: generate(*read(source)),
    )


if __name__ == "__main__":
    sys.exit(main())
