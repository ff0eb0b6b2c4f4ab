"""The real handbooks as the harness sees them: each one's glossary imported with the
CLI, and its prose checked with the CLI, exactly as a new user would run them.

Everything goes through the console entry point (not the engine's Python API), so
the figures are those of the tool users run, whatever the rules look like inside.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"
CORPORA_TSV = SHARED / "tools" / "corpora.tsv"
CORPUS_DIR = SHARED / "corpus"
PROJECT_GLOSSARY = ROOT / "data" / "glossary.yaml"
HELDOUT_TSV = Path(__file__).resolve().parent / "heldout.tsv"
#: Unpacked held-out sdists, kept between runs (and shared with show.py) so each is fetched once.
HELDOUT_CACHE = Path(tempfile.gettempdir()) / "glossary-lint-heldout"
CLI = [sys.executable, "-m", "glossary_lint"]


@dataclass(frozen=True)
class Corpus:
    name: str
    #: The glossary page, relative to the corpus; None: the project's data/glossary.yaml.
    glossary_page: str | None
    prose: tuple[str, ...]
    root: Path


@dataclass(frozen=True)
class Finding:
    """One finding of ``check --format json``, its path relative to the corpus root."""

    path: str
    line: int
    column: int
    code: str
    found: str
    message: str
    end_line: int = 0
    end_column: int = 0


def corpora(tsv: Path = CORPORA_TSV, corpus_dir: Path = CORPUS_DIR) -> list[Corpus]:
    """The handbooks listed in corpora.tsv, in its order."""
    found = []
    for raw in tsv.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        name, page, prose = raw.split("\t")
        found.append(Corpus(name, None if page == "-" else page, tuple(prose.split()), corpus_dir / name))
    return found


@dataclass(frozen=True)
class HeldOut:
    """A held-out handbook: a source distribution on PyPI, pinned, never tuned on."""

    name: str
    requirement: str
    glossary_page: str
    prose: tuple[str, ...]
    #: The sdist's SHA-256 (hex); the fetched archive must match it, so the figures are
    #: always measured on the same bytes. Empty: not checked.
    sha256: str = ""


_SHA256 = re.compile(r"[0-9a-f]{64}")


def heldout(tsv: Path = HELDOUT_TSV) -> list[HeldOut]:
    """The held-out handbooks listed in heldout.tsv, in its order; a malformed line is
    an error naming the file and line (a silently skipped corpus would look measured)."""
    found = []
    for number, raw in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if (
            len(cells) not in (4, 5)
            or "==" not in cells[1]
            or not cells[3].split()
            or (len(cells) == 5 and not _SHA256.fullmatch(cells[4]))
        ):
            raise ValueError(
                f"{tsv}:{number}: expected name, pinned requirement (pkg==version), glossary page, "
                "prose, and optionally the sdist's sha256 (64 lower-case hex digits)"
            )
        name, requirement, page, prose = cells[:4]
        if any(entry.name == name for entry in found):
            raise ValueError(f"{tsv}:{number}: the name {name!r} is listed twice; labels are kept by name")
        found.append(
            HeldOut(name, requirement, page, tuple(prose.split()), cells[4] if len(cells) == 5 else "")
        )
    return found


class FetchFailed(Exception):
    """The held-out sdist could not be downloaded or unpacked; the message says why."""


def sdist_names(name: str, version: str) -> list[str]:
    """The file names a source distribution of ``name`` may have: PEP 625's
    (the name lower-cased, each run of ``-``, ``_`` and ``.`` one ``_``:
    ``plone.restapi`` is ``plone_restapi-X.tar.gz``) first, then the older
    habit of writing the name as the project spells it."""
    spellings = [re.sub(r"[-_.]+", "_", name).lower(), name.replace("-", "_"), name]
    return list(dict.fromkeys(f"{spelling}-{version}.tar.gz" for spelling in spellings))


def fetch(entry: HeldOut, cache: Path = HELDOUT_CACHE) -> Corpus:
    """The held-out handbook as a corpus, its sdist downloaded with pip into ``cache``
    and unpacked there (once: a later run reuses the unpacked tree)."""
    unpacked = cache / entry.requirement.replace("==", "-")
    if not (unpacked / "done").exists():
        download = cache / "download"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--no-deps",
                "--no-binary",
                ":all:",
                entry.requirement,
                "-d",
                str(download),
            ],
            capture_output=True,
            text=True,
        )
        name, version = entry.requirement.split("==")
        archives = [download / f for f in sdist_names(name, version) if (download / f).is_file()]
        if proc.returncode != 0 or not archives:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            raise FetchFailed(
                f"pip download {entry.requirement} failed: {detail[-1] if detail else 'no archive'}"
            )
        digest = hashlib.sha256(archives[0].read_bytes()).hexdigest()
        if entry.sha256 and digest != entry.sha256:
            archives[0].unlink()  # so a later run downloads it afresh
            raise FetchFailed(
                f"{archives[0].name} has sha256 {digest}, heldout.tsv pins {entry.sha256}: not measured"
            )
        with tarfile.open(archives[0]) as tar:
            tar.extractall(unpacked, filter="data")
        (unpacked / "done").write_text(entry.requirement, encoding="utf-8")
    tops = [p for p in unpacked.iterdir() if p.is_dir()]
    return Corpus(entry.name, entry.glossary_page, entry.prose, tops[0] if len(tops) == 1 else unpacked)


class ImportFailed(Exception):
    """The corpus's glossary page could not be imported; the message says why."""


def import_glossary(corpus: Corpus, tmp: Path) -> Path:
    """The corpus's glossary as a YAML file (imported into ``tmp``), or the project's own."""
    if corpus.glossary_page is None:
        return PROJECT_GLOSSARY
    out = tmp / f"{corpus.name}.yaml"
    proc = subprocess.run(
        [*CLI, "import", str(corpus.root / corpus.glossary_page), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0 or not out.exists():
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise ImportFailed(
            f"import of {corpus.glossary_page} failed (exit {proc.returncode}): "
            f"{detail[-1] if detail else 'no message'}"
        )
    return out


def check(root: Path, prose: tuple[str, ...], glossary: Path) -> list[Finding]:
    """Findings of ``check --format json`` over ``prose`` (relative to ``root``)."""
    proc = subprocess.run(
        [*CLI, "check", *prose, "--format", "json", "--glossary", str(glossary)],
        capture_output=True,
        text=True,
        cwd=root,
    )
    try:
        raw = json.loads(proc.stdout)["findings"]
    except (ValueError, KeyError):
        raise RuntimeError(
            f"check gave no JSON report (exit {proc.returncode}): "
            f"{(proc.stderr or proc.stdout).strip()[:300]}"
        ) from None
    return [
        Finding(
            os.path.relpath(os.path.join(root, f["path"]), root).replace(os.sep, "/"),
            int(f["line"]),
            int(f["column"]),
            f["code"],
            f.get("found") or "",
            f["message"],
            int(f.get("end_line") or f["line"]),
            int(f.get("end_column") or f["column"]),
        )
        for f in raw
    ]
