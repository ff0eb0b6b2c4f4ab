"""The real pre-commit, from PyPI, runs this project's hooks on a handbook repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GLOSSARY, ROOT


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def handbook(tmp_path):
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.fail("the project is not a git checkout with a commit; pre-commit needs one to install from")
    repo = tmp_path / "handbook"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.email", "editor@example.invalid", cwd=repo)
    git("config", "user.name", "Editor", cwd=repo)
    shutil.copy(GLOSSARY, repo / "glossary.yaml")
    (repo / ".glossary-lint.yaml").write_text("glossary: glossary.yaml\n")
    (repo / "chapter.md").write_text("# Codecs\n\nWe decode Encodec tokens with a hifi-gan vocoder.\n")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n"
        "    hooks:\n      - id: glossary-lint\n      - id: glossary-lint-fix\n"
    )
    git("add", ".", cwd=repo)
    return repo


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_check_hook_fails_fix_hook_rewrites_second_run_passes(handbook):
    check = pre_commit(handbook, "glossary-lint", "--all-files")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "chapter.md:3:11: GL001 'Encodec' should be written 'EnCodec'" in check.stdout

    fix = pre_commit(handbook, "glossary-lint-fix", "--all-files")
    assert fix.returncode == 1  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in fix.stdout
    assert (
        handbook / "chapter.md"
    ).read_text() == "# Codecs\n\nWe decode EnCodec tokens with a HiFi-GAN vocoder.\n"

    again = pre_commit(handbook, "--all-files")
    assert again.returncode == 0, again.stdout + again.stderr
