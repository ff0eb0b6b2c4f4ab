"""Read a file out of a Debian package, for the generators of data files
(``vera_acronyms.py``, ``wordnet_acronyms.py``): each takes its source from
Debian's archive so that anyone can regenerate the same list, and the
package's name and version say exactly which edition it came from."""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

#: The version in a ``.deb``'s name: ``wamerican_2020.12.07-2_all.deb``.
_EDITION = re.compile(r"_([^_]+)_[^_]+\.deb$")


def download(package: str) -> Path:
    """Fetch ``package``'s ``.deb`` into a temporary folder with ``apt-get download``."""
    folder = Path(tempfile.mkdtemp(prefix=f"{package}-"))
    subprocess.run(["apt-get", "download", package], cwd=folder, check=True)
    return next(folder.glob(f"{package}_*.deb"))


def read_texts(path: Path, members: list[str]) -> dict[str, str]:
    """The text of each of ``members`` (paths inside the package, e.g.
    ``usr/share/info/vera.info.gz``) of the ``.deb`` at ``path``, unpacked
    once.  ``path`` may instead be a folder holding the files as installed
    (``/usr/share/wordnet``), or the one file itself.  Gzipped files are
    unpacked; bytes that are not UTF-8 are replaced, never fatal."""
    if path.suffix == ".deb":
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["dpkg-deb", "-x", str(path), tmp], check=True)
            return read_texts(Path(tmp), [m.lstrip("/") for m in members])
    if path.is_dir():
        found = {m: path / m for m in members}
        found = {m: f if f.exists() else path / Path(m).name for m, f in found.items()}
        return {m: _decoded(f.read_bytes()) for m, f in found.items()}
    return {m: _decoded(path.read_bytes()) for m in members}


def read_text(path: Path, member: str) -> str:
    """:func:`read_texts` for one file."""
    return read_texts(path, [member])[member]


def _decoded(raw: bytes) -> str:
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def edition(path: Path) -> str:
    """The package's version from a ``.deb``'s name, or ``unknown`` for another file."""
    found = _EDITION.search(path.name)
    return found.group(1) if found else "unknown"


def commented(text: str) -> str:
    """``text`` as comment lines of a list's header (a source's licence)."""
    return "\n".join(f"# {line}".rstrip() for line in text.splitlines())


def write_generated(
    argv: list[str] | None,
    doc: str,
    package: str,
    source_help: str,
    output: Path,
    make: Callable[[Path], str],
) -> int:
    """The command line of a generator: ``[PATH] [--output FILE]``, the
    package downloaded when no path is given, and ``make(path)`` written to
    the output."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, help=source_help)
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args(argv)
    args.output.write_text(make(args.source or download(package)), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def write_list(
    argv: list[str] | None,
    doc: str,
    package: str,
    member: str,
    output: Path,
    make: Callable[[str, str], str],
) -> int:
    """:func:`write_generated` for a generator that reads one file of one
    package: ``make(text, edition)``."""
    return write_generated(
        argv,
        doc,
        package,
        f"{package}'s .deb or the file itself",
        output,
        lambda source: make(read_text(source, member), edition(source)),
    )
