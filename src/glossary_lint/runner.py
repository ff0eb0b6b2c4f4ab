"""Runs the linter over many files, in parallel when it pays.

Worker processes are forked (where the platform can) after the glossary is
loaded and the matcher built, so each worker starts with them in memory
instead of loading them again.  Progress goes to stderr only when stderr is
a terminal, so CI logs and piped output never see it.  Findings come out
file by file, in the order the files were found, as soon as each file is
checked: the CLI streams them to its report instead of holding them all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .discovery import discover
from .engine import Linter
from .gc_pause import paused_collector
from .rules.acronym_habit import ProseHabit
from .rules.acronym_names import RunNames
from .rules.findings import Finding
from .rules.house_style import HouseStyle, HouseSurvey
from .sources.reading import readable_texts

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .workflows.directive_terms import DirectiveNames

#: Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 8

_worker_linter: Linter | None = None


@dataclass(frozen=True)
class RunResult:
    findings: list[Finding]
    #: The files checked, in order.
    paths: list[Path]

    @property
    def files(self) -> int:
        return len(self.paths)


def run(paths: Sequence[Path], linter: Linter, jobs: int = 0) -> RunResult:
    """Every finding of the files under ``paths``, held in one list."""
    files = list(discover(paths, linter.config))
    findings = [f for found in lint_files(files, linter, jobs) for f in found]
    return RunResult(findings, files)


def lint_files(files: Sequence[Path], linter: Linter, jobs: int = 0) -> Iterator[list[Finding]]:
    """The findings of each file of ``files`` in turn, sorted within the file.

    When a rule reads the run's house style, the files are surveyed first,
    so each file is judged with what the others show; a file checked alone
    (a pre-commit hook's) is surveyed too, for what it shows itself.  So is
    whether the handbook spells out its acronyms, when a rule asks (GL002),
    and which terms the files' own glossary directives define (GL003)."""
    workers = jobs or os.cpu_count() or 1
    if workers > 1 and len(files) >= PARALLEL_THRESHOLD:
        results = _parallel(list(files), linter, workers)
    else:
        _survey_run(files, linter)
        results = (linter.lint_path(f) for f in files)
    progress = _Progress(len(files)) if sys.stderr.isatty() and len(files) > 1 else None
    for done, found in enumerate(results, 1):
        yield found
        if progress:
            progress.update(done)
    if progress:
        progress.close()


def _survey_run(
    files: Sequence[Path], linter: Linter, pool: ProcessPoolExecutor | None = None, workers: int = 1
) -> None:
    """The house style, GL002's gate where the glossary does not decide it,
    the acronyms the files spell out as names (GL002, GL005), and the names
    the files' glossary directives define (GL003), from one
    read of each file: each pre-pass sees every text as it is read, and
    none is kept.  With a ``pool`` of ``workers`` processes, the files are
    read in parts by them (:class:`_RunReading`)."""
    surveyed = bool(files) and any(rule.uses_house_style for rule in linter.rules)
    habit = False
    if any(rule.uses_acronym_habit for rule in linter.rules):
        linter.defines_acronyms = linter.glossary_gate_open
        habit = not linter.defines_acronyms
    shape = _Shape(
        surveyed,
        habit,
        any(rule.uses_directive_terms for rule in linter.rules),
        any(rule.uses_run_names for rule in linter.rules),
    )
    reading = _RunReading(shape, linter)
    if shape.reads and pool is not None:
        for part in _parallel_reading(list(files), shape, pool, workers):
            reading.merge(part)
    elif shape.reads:
        for path, text in readable_texts(files):
            reading.add(path, text)
    reading.apply(linter)


@dataclass(frozen=True)
class _Shape:
    """Which pre-passes a run makes (:func:`_survey_run`)."""

    surveyed: bool
    habit: bool
    directives: bool
    names: bool

    @property
    def reads(self) -> bool:
        return self.surveyed or self.habit or self.directives or self.names


class _RunReading:
    """The pre-passes of :func:`_survey_run` over the texts of some files,
    each text read once by all of them.  What they hold adds up, so the
    files may be read in parts, in order, and the parts merged: the answers
    are those one read of every file in turn gives."""

    def __init__(self, shape: _Shape, linter: Linter) -> None:
        self.house = HouseSurvey(linter.glossary, linter.matcher) if shape.surveyed else None
        self.habit = ProseHabit() if shape.habit else None
        self.directives: DirectiveNames | None = None
        if shape.directives:
            from .workflows.directive_terms import DirectiveNames

            self.directives = DirectiveNames()
        self.names = RunNames() if shape.names else None

    def add(self, path: Path, text: str) -> None:
        """Read one text.  The collector waits while the pre-passes read it
        (as while a document is checked: :meth:`Linter.lint_text`), and runs
        between texts."""
        with paused_collector():
            if self.habit is not None:
                self.habit.add(text)
            if self.directives is not None:
                self.directives.add(path, text)
            if self.names is not None:
                self.names.add(text)
            if self.house is not None:
                self.house.add(text)

    def merge(self, later: _RunReading) -> None:
        """Add what ``later`` read: the files after this reading's."""
        if self.house is not None and later.house is not None:
            self.house.merge(later.house)
        if self.habit is not None and later.habit is not None:
            self.habit.merge(later.habit)
        if self.directives is not None and later.directives is not None:
            self.directives.merge(later.directives)
        if self.names is not None and later.names is not None:
            self.names.merge(later.names)

    def apply(self, linter: Linter) -> None:
        """Give ``linter`` the answers."""
        linter.house = self.house.result() if self.house is not None else HouseStyle()
        if self.habit is not None:
            linter.defines_acronyms = self.habit.shown
        if self.directives is not None:
            linter.directive_terms = self.directives.result()
        if self.names is not None:
            linter.run_names = self.names.result()


def _read_in_worker(task: tuple[_Shape, list[Path]]) -> _RunReading:
    assert _worker_linter is not None
    shape, files = task
    reading = _RunReading(shape, _worker_linter)
    for path, text in readable_texts(files):
        reading.add(path, text)
    return reading


def _parallel_reading(
    files: list[Path], shape: _Shape, pool: ProcessPoolExecutor, workers: int
) -> Iterator[_RunReading]:
    """The pre-passes' readings of ``files`` in parts, in order, read by the
    workers of ``pool``.  A part is a run of neighbouring files: about four
    per worker, so a worker that is given slow files does not hold the
    others up for long."""
    size = max(1, -(-len(files) // (workers * 4)))
    yield from pool.map(_read_in_worker, [(shape, files[i : i + size]) for i in range(0, len(files), size)])


@dataclass(frozen=True)
class _RunAnswers:
    """What the pre-passes of :func:`_survey_run` give the linter, sent to the
    workers with the files they check: they were forked before the survey."""

    house: HouseStyle
    defines_acronyms: bool
    directive_terms: AbstractSet[str]
    run_names: AbstractSet[str]

    @classmethod
    def of(cls, linter: Linter) -> _RunAnswers:
        return cls(linter.house, linter.defines_acronyms, linter.directive_terms, linter.run_names)

    def apply(self, linter: Linter) -> None:
        linter.house = self.house
        linter.defines_acronyms = self.defines_acronyms
        linter.directive_terms = self.directive_terms
        linter.run_names = self.run_names


def _lint_in_worker(task: tuple[_RunAnswers, Path]) -> list[Finding]:
    assert _worker_linter is not None
    answers, path = task
    answers.apply(_worker_linter)
    return _worker_linter.lint_path(path)


def _set_worker_linter(linter: Linter) -> None:
    global _worker_linter
    _worker_linter = linter


def _build_lazy_indexes(glossary: object) -> None:
    """Build the indexes the glossary makes on first use (its ``names`` and
    ``anchors``: about 0.2 s each with 10,000 terms, whatever the documents)
    before the workers are forked, so they share one copy instead of each
    building its own.  Every ``cached_property`` is built, so an index added
    to the glossary later is shared too."""
    for klass in type(glossary).__mro__:
        for name, attribute in vars(klass).items():
            if isinstance(attribute, cached_property):
                getattr(glossary, name)


def _parallel(files: list[Path], linter: Linter, workers: int):  # type: ignore[no-untyped-def]
    """The files surveyed (:func:`_survey_run`) and checked by one pool of
    workers: a worker checks files with what it read while surveying (the
    English word table, the answers per word of prose) still in memory, and
    no second set of processes is forked."""
    workers = min(workers, len(files))
    with _pool(linter, workers) as pool:
        _survey_run(files, linter, pool, workers)
        answers = _RunAnswers.of(linter)
        tasks = [(answers, path) for path in files]
        yield from pool.map(_lint_in_worker, tasks, chunksize=max(1, len(files) // (workers * 4)))


def _pool(linter: Linter, workers: int) -> ProcessPoolExecutor:
    """Worker processes that each hold ``linter`` (forked, where the platform can)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        _build_lazy_indexes(linter.glossary)
        # The English word table, which every run's matcher reads (for typos):
        # read once here, not once in each worker.
        from .matching.english import is_known_word

        is_known_word("the")
    _set_worker_linter(linter)
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_set_worker_linter,
        initargs=(linter,),
    )


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total

    def update(self, done: int) -> None:
        sys.stderr.write(f"\rglossary-lint: {done}/{self.total} files")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
