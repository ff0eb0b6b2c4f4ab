"""Which files a run checks: named files always, folders by include/exclude.

Folders are walked in sorted order; a folder or file whose name matches an
exclude pattern is pruned, and so is anything the ``.gitignore`` files met
on the way exclude (pathspec is imported only when one exists).  Symlinked
folders are not followed, which also rules out symlink loops.  A symlinked
file is never read (see :mod:`glossary_lint.sources.reading`): the walk passes over
one whose target is a file inside the walked folder, which is checked under
its own name, and yields any other so that it is reported.
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
    yield from _walk_folder(root, config, ignores, os.path.realpath(root))


def _walk_folder(folder: Path, config: Config, ignores: list[tuple[Path, Any]], tree: str) -> Iterator[Path]:
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
            yield from _walk_folder(path, config, ignores, tree)
        elif any(fnmatch.fnmatch(entry.name, pattern) for pattern in config.include):
            if not (entry.is_symlink() and _links_inside(path, tree)):
                yield path


def _links_inside(link: Path, tree: str) -> bool:
    """Whether ``link`` leads to a regular file inside the folder ``tree``."""
    target = os.path.realpath(link)
    return os.path.isfile(target) and os.path.commonpath([target, tree]) == tree


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
