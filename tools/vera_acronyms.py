"""Generate src/glossary_lint/data/vera-acronyms.txt from GNU V.E.R.A.

GNU V.E.R.A. ("Virtual Entity of Relevant Acronyms", Debian package ``vera``,
GFDL 1.1 or later) lists about 9,400 acronyms of computing with their
expansions.  Most of them mean several things (``PCA`` is a policy
certification authority there and principal component analysis in a
statistics handbook), so the whole list would hide acronyms a reader of a
field's handbook needs defined.  GL002 takes from it only the acronyms whose
meaning a general technical reader can be trusted to know, judged by
V.E.R.A.'s own data, never by a handbook's text:

* one meaning: every entry of the acronym expands to the same words, so the
  reader who knows the acronym knows the sense the handbook means;
* in a field a general technical reader works in: the entry's reference tags
  (the parenthesised topics after the expansion, e.g. ``(I/O)``, ``(LAN)``)
  name an acronym of the hand-kept list ``data/common-acronyms.txt``; an
  entry tagged only with a vendor, a standards body or nothing is a
  specialist's;
* an acronym, not a name: an entry whose usual spelling (V.E.R.A.'s quoted
  form, ``"MacOS"``) has small letters is a product name written its own way.

Run it where Debian's package archive is reachable (``apt-get download vera``
is done for you) or give the path of ``vera.info`` (optionally gzipped) or of
the ``.deb``::

    python tools/vera_acronyms.py [PATH] [--output FILE]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import debian_package

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "glossary_lint" / "data"
OUTPUT = DATA / "vera-acronyms.txt"
HAND_KEPT = DATA / "common-acronyms.txt"

#: The node header of each letter's chapter (``Node: A,``): entries stand only there.
_NODE = re.compile(r"^File: [^,]+,\s+Node: ([^,]+),")
_KEY = re.compile(r"[A-Z0-9]+")
_QUOTED_STYLE = re.compile(r',?\s*"([^"]*)"\s*$')
_TAGS = re.compile(r"\(([^()]*)\)")
_EXPLANATION = re.compile(r"\[[^\]]*\]|\([^()]*\)")


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of an acronym as V.E.R.A. gives it."""

    acronym: str
    expansion: str

    @property
    def usual_spelling(self) -> str | None:
        """V.E.R.A.'s quoted common style (``"R/W"``, ``"MacOS"``), if any."""
        quoted = _QUOTED_STYLE.search(self.expansion)
        return quoted.group(1) if quoted else None

    @property
    def tags(self) -> tuple[str, ...]:
        """The reference tags after the expansion, as written (``I/O``, ``LAN``):
        its last parenthesised group, which a cross-reference may follow
        (``(LAN, IEEE 802.1q), vowlan``)."""
        found = _TAGS.findall(_QUOTED_STYLE.sub("", self.expansion))
        return tuple(t.strip() for t in found[-1].split(",")) if found else ()

    @property
    def meaning(self) -> str:
        """The expansion without tags, explanations and spelling: two entries
        with the same words mean the same thing (``MIMO`` tagged twice)."""
        text = _EXPLANATION.sub(" ", _QUOTED_STYLE.sub("", self.expansion))
        return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def read_info(path: Path) -> str:
    """The text of ``vera.info`` from the file, its gzip, or the Debian package."""
    return debian_package.read_text(path, "usr/share/info/vera.info.gz")


def entries(info: str) -> Iterator[Entry]:
    """Every entry of the letter chapters: a key line in capitals and digits,
    then its expansion indented, wrapped over lines, up to a blank line."""
    in_letters = False
    key: str | None = None
    lines: list[str] = []
    for line in [*info.splitlines(), ""]:
        node = _NODE.match(line)
        if node:
            in_letters = len(node.group(1)) == 1  # "0", "A" ... "Z"
            key, lines = None, []
            continue
        if not in_letters:
            continue
        if key and line.startswith(" ") and line.strip():
            lines.append(line.strip())
            continue
        if key and lines:
            yield Entry(key, " ".join(lines))
        key, lines = (line, []) if _KEY.fullmatch(line) else (None, [])


def _normalised(tag: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", tag).upper()


def known_to_a_general_reader(meanings: list[Entry], hand_kept: frozenset[str]) -> bool:
    """The selection the module docstring explains: one meaning, a tag naming
    an acronym of the hand-kept list, and no small letters in its spelling."""
    if not one_meaning(meanings) or not in_capitals(meanings):
        return False
    return any(_normalised(tag) in hand_kept for e in meanings for tag in e.tags)


def one_meaning(meanings: list[Entry]) -> bool:
    return len({e.meaning for e in meanings}) == 1


def in_capitals(meanings: list[Entry]) -> bool:
    """No entry's usual spelling has small letters (``"MacOS"`` is a name)."""
    return not any(re.search(r"[a-z]", e.usual_spelling or "") for e in meanings)


def select(all_entries: Iterable[Entry], hand_kept: frozenset[str]) -> list[str]:
    by_acronym: dict[str, list[Entry]] = {}
    for entry in all_entries:
        by_acronym.setdefault(entry.acronym, []).append(entry)
    return sorted(a for a, meanings in by_acronym.items() if known_to_a_general_reader(meanings, hand_kept))


def hand_kept_acronyms(path: Path = HAND_KEPT) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    return frozenset(
        w.upper() for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


def edition(info: str) -> str:
    found = re.search(r"Edition (\S+)", info)
    return found.group(1) if found else "unknown"


HEADER = """\
# Acronyms a general technical reader knows, taken from GNU V.E.R.A. (Virtual Entity of
# Relevant Acronyms), edition {edition}, by Oliver Heidelbach, as packaged by Debian ('vera');
# GNU Free Documentation License 1.1 or later.  Generated by tools/vera_acronyms.py: do not
# edit by hand, run it again.  Only the acronyms whose entries all mean one thing, in a field
# the hand-kept list data/common-acronyms.txt names (an entry's reference tag such as '(I/O)'
# or '(LAN)'), and that are written in capitals: {count} of V.E.R.A.'s {total}.
# GL002 takes them as written: no version, prefix or dropped-letter forms (those are the
# hand-kept list's).  One acronym a line.
"""


def generate(info: str, hand_kept: frozenset[str]) -> str:
    all_entries = list(entries(info))
    chosen = select(all_entries, hand_kept)
    total = len({e.acronym for e in all_entries})
    return HEADER.format(edition=edition(info), count=len(chosen), total=total) + "".join(
        f"{a}\n" for a in chosen
    )


def download() -> Path:
    """Fetch the Debian package into a temporary folder."""
    return debian_package.download("vera")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, help="vera.info, vera.info.gz or vera_*.deb")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    info = read_info(args.source or download())
    args.output.write_text(generate(info, hand_kept_acronyms()), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
