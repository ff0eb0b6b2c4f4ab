"""Which files a run checks: named files always, folders by include/exclude.

Folders are walked in sorted order; a folder or file whose name matches an
exclude pattern is pruned, and so is anything the ``.gitignore`` files met
on the way exclude (pathspec is imported only when one exists).  Symlinked
folders are not followed, which also rules out symlink loops.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .config import Config


def discover(paths: Sequence[Path], config: Config) -> Iterator[Path]:
    """Yield each file to check once, in a stable order."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates: Iterator[Path] = _walk(path, config)
        else:
            candidates = iter([path])  # named explicitly: checked even if excluded
        for candidate in candidates:
            key = Path(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                yield candidate


def _excluded(name: str, config: Config) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in config.exclude)


def _walk(root: Path, config: Config) -> Iterator[Path]:
    ignores: list[tuple[Path, Any]] = []
    if config.respect_gitignore:
        ignores = _parent_gitignores(root)
    yield from _walk_folder(root, config, ignores)


def _walk_folder(folder: Path, config: Config, ignores: list[tuple[Path, Any]]) -> Iterator[Path]:
    if config.respect_gitignore:
        spec = _gitignore(folder)
        if spec is not None:
            ignores = [*ignores, (folder, spec)]
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if _excluded(entry.name, config):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if _ignored(path, is_dir, ignores):
            continue
        if is_dir:
            yield from _walk_folder(path, config, ignores)
        elif any(fnmatch.fnmatch(entry.name, pattern) for pattern in config.include):
            yield path


def _gitignore(folder: Path) -> Any:
    file = folder / ".gitignore"
    if not file.is_file():
        return None
    import pathspec

    try:
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.PathSpec.from_lines("gitwildmatch", lines)


def _parent_gitignores(root: Path) -> list[tuple[Path, Any]]:
    """The .gitignore files above ``root`` up to the repository's top."""
    found: list[tuple[Path, Any]] = []
    folder = root.resolve()
    for parent in folder.parents:
        spec = _gitignore(parent)
        if spec is not None:
            found.append((parent, spec))
        if (parent / ".git").exists():
            break
    return list(reversed(found))


def _ignored(path: Path, is_dir: bool, ignores: list[tuple[Path, Any]]) -> bool:
    for base, spec in ignores:
        try:
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
        except ValueError:
            continue
        rel = Path(rel).as_posix() + ("/" if is_dir else "")
        if not rel.startswith("../") and spec.match_file(rel):
            return True
    return False
