"""Generate src/glossary_lint/data/cspell-acronyms.txt from CSpell's
software-terms dictionary.

CSpell (Street Side Software, MIT licence) ships, in the npm package
``@cspell/dict-software-terms``, word lists a spelling checker of software
documentation accepts.  Two of them are lists of acronyms by their titles:
``computing-acronyms.txt`` and ``networkingTerms.txt``.  They hold what the
reference works GL002 already reads lack, being newer than GNU V.E.R.A.'s
last edition and WordNet 3.0: acronyms of virtualisation and data-centre
networking (``VXLAN``, ``VNC`` in one sense).  They give no expansion, so
no count of meanings can be taken from them; the selection is by their
spelling and V.E.R.A.'s data, never by a handbook's text:

* from the two acronym lists: their entries written in capitals and digits
  with two letters or more (``VXLAN``, ``EBGP``): a spelling list holds
  each case it accepts, and the lower-case and mixed-case entries
  (``vxlan``, ``Gbit``, ``DEVs``) are the same words or plurals, not
  further acronyms;
* from any of the package's lists, in any case (``rbac``): a word that GNU
  V.E.R.A. (``vera_acronyms.py``) gives one meaning, written in capitals.
  Each source vouches for what the other cannot: CSpell that the word is
  in use in software writing today, V.E.R.A. that it is an acronym and what
  it stands for.  V.E.R.A.'s one-meaning acronyms alone silence real
  findings (``IIR``, ``MDCT``, ``DWT``: acronyms of signal processing or
  of a debugger's own field), and so do the capitals of CSpell's other
  lists (``DC``, which V.E.R.A. gives several meanings).

``bench/accuracy/known_acronyms.py`` measures each list over the labelled
findings of the tuned handbooks.

Run it where the npm registry and Debian's archive are reachable (``npm
pack`` and ``apt-get download vera`` are done for you) or give the
package's tarball (or the folder it unpacks to) and V.E.R.A.'s info file or
``.deb``::

    python tools/cspell_acronyms.py [PATH] [--vera VERA] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import debian_package
import vera_acronyms

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "glossary_lint" / "data" / "cspell-acronyms.txt"
PACKAGE = "@cspell/dict-software-terms"
#: The package's lists of acronyms, by their titles.
LISTS = ("package/dict/computing-acronyms.txt", "package/dict/networkingTerms.txt")
#: Its other lists: software terms of every kind, tools, services, compounds.
OTHER_LISTS = tuple(
    f"package/dict/{name}"
    for name in ("softwareTerms.txt.gz", "software-tools.txt", "webServices.txt", "coding-compound-terms.txt")
)
MEMBERS = (*LISTS, *OTHER_LISTS, "package/LICENSE", "package/package.json")

_ACRONYM = re.compile(r"[A-Z0-9]*[A-Z][A-Z0-9]*")


def download(package: str = PACKAGE) -> Path:
    """Fetch the package's tarball into a temporary folder with ``npm pack``."""
    folder = Path(tempfile.mkdtemp(prefix="cspell-"))
    subprocess.run(["npm", "pack", "--silent", package], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return next(folder.glob("*.tgz"))


def read_package(path: Path, members: tuple[str, ...] = MEMBERS) -> dict[str, str]:
    """The text of ``members`` from the tarball, or from the folder it unpacks to."""
    if path.is_file():
        with tempfile.TemporaryDirectory() as tmp, tarfile.open(path) as archive:
            archive.extractall(tmp, filter="data")
            return debian_package.read_texts(Path(tmp), list(members))
    return debian_package.read_texts(path, list(members))


def entries(text: str) -> list[str]:
    """The words of one list: one a line; ``#`` starts a comment (the
    ``cspell-tools`` directives are comments)."""
    return [w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split()]


def is_acronym(word: str) -> bool:
    """Written in capitals and digits, two letters or more."""
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isalpha() for c in word) >= 2


def listed_acronyms(texts: dict[str, str]) -> frozenset[str]:
    """The first condition: the acronym lists' entries in capitals."""
    return frozenset(w for member in LISTS for w in entries(texts[member]) if is_acronym(w))


def vouched_by_vera(texts: dict[str, str], info: str) -> frozenset[str]:
    """The second condition: any list's words, in capitals, that V.E.R.A.
    gives one meaning written in capitals."""
    words = {w.upper() for member in (*LISTS, *OTHER_LISTS) for w in entries(texts[member])}
    meanings: dict[str, list[vera_acronyms.Entry]] = {}
    for entry in vera_acronyms.entries(info):
        if entry.acronym in words:
            meanings.setdefault(entry.acronym, []).append(entry)
    return frozenset(
        a for a, m in meanings.items() if vera_acronyms.one_meaning(m) and vera_acronyms.in_capitals(m)
    )


def select(texts: dict[str, str], info: str) -> list[str]:
    return sorted(listed_acronyms(texts) | vouched_by_vera(texts, info))


HEADER = """\
# Acronyms a general technical reader knows, taken from CSpell's software-terms dictionary
# (npm package '{package}' {version}, https://github.com/streetsidesoftware/cspell-dicts)
# with GNU V.E.R.A. edition {edition} (Debian 'vera') as a witness.  Generated by
# tools/cspell_acronyms.py: do not edit by hand, run it again.  The entries written in capitals
# and digits, two letters or more, of its lists computing-acronyms.txt and networkingTerms.txt
# ({listed}), and the words of any of its lists, in any case, that V.E.R.A. gives one meaning
# written in capitals ({vouched}): {count} acronyms.  GL002 takes them as written.  One
# acronym a line.
#
# CSpell's licence, which this derived list is distributed under:
#
{licence}
#
# V.E.R.A. (Virtual Entity of Relevant Acronyms), by Oliver Heidelbach: GNU Free
# Documentation License 1.1 or later.
"""


def generate(texts: dict[str, str], info: str) -> str:
    chosen = select(texts, info)
    version = json.loads(texts["package/package.json"]).get("version", "unknown")
    notice = debian_package.commented(texts["package/LICENSE"].strip())
    header = HEADER.format(
        package=PACKAGE,
        version=version,
        edition=vera_acronyms.edition(info),
        listed=len(listed_acronyms(texts)),
        vouched=len(vouched_by_vera(texts, info)),
        count=len(chosen),
        licence=notice,
    )
    return header + "".join(f"{a}\n" for a in chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "source", nargs="?", type=Path, help="the package's .tgz, or the folder it unpacks to"
    )
    parser.add_argument("--vera", type=Path, help="vera.info, vera.info.gz or vera_*.deb")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    texts = read_package(args.source or download())
    info = vera_acronyms.read_info(args.vera or vera_acronyms.download())
    args.output.write_text(generate(texts, info), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
