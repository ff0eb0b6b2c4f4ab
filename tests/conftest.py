"""Shared fixtures: the project's glossary, a linter, and CLI runners."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "data" / "glossary.yaml"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "neural-audio-theory" / "docs"
SEED = SHARED / "seeds" / "glossary-seed.txt"


@pytest.fixture(autouse=True, scope="session")
def _session_cache(tmp_path_factory):
    """The same folder for the whole process, left set after the last test:
    what the process writes at exit (the compiled patterns' file, which
    ``regex_cache`` saves then, and the upkeep that a write may start:
    ``cache_upkeep``) goes there too, never to the user's cache folder."""
    os.environ["GLOSSARY_LINT_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "glossary-cache")


@pytest.fixture(autouse=True)
def _private_cache(_session_cache, tmp_path_factory, monkeypatch):
    """Every test, and every CLI it starts, caches compiled glossaries in a
    folder of the test session's own, never in the user's cache."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "glossary-cache"))


@pytest.fixture(scope="session")
def glossary():
    from glossary_lint.glossary.loader import load_glossary

    return load_glossary(GLOSSARY)


@pytest.fixture(scope="session")
def linter(glossary):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    return Linter(glossary, Config(root=ROOT, glossary=GLOSSARY))


@pytest.fixture
def lint(linter):
    """Lint a text as a file of the given name; returns the findings."""

    def run(text: str, name: str = "doc.md", linter_=None):
        return (linter_ or linter).lint_text(name, text)

    return run


@pytest.fixture
def cli():
    """Run the real console entry point in a subprocess (exit code, stdout, stderr)."""

    def run(*args: str, cwd: Path | None = None, input: str | None = None):
        proc = subprocess.run(
            [sys.executable, "-m", "glossary_lint", *args],
            cwd=cwd or ROOT,
            capture_output=True,
            text=True,
            input=input,
            timeout=120,
        )
        return proc

    return run


def needs_corpus():
    return pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")


pytest_plugins = ("sphinx.testing.fixtures",)


@pytest.fixture(scope="session")
def rootdir():
    """Where sphinx.testing finds the test roots (tests/roots/test-NAME)."""
    return Path(__file__).resolve().parent / "roots"


@pytest.fixture
def gl001_of_run(tmp_path):
    """Write files into one folder and check them as one run (so the run's
    house style is surveyed) with a glossary given as YAML; returns each
    GL001 finding as ``(file name, found text)``."""
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import parse_glossary
    from glossary_lint.runner import run

    def check(glossary_yaml: str, files: dict[str, str]) -> list[tuple[str, str | None]]:
        paths = []
        for name, text in files.items():
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        linter = Linter(parse_glossary(glossary_yaml), Config(root=tmp_path))
        return [(Path(f.path).name, f.found) for f in run(paths, linter).findings if f.code == "GL001"]

    return check
