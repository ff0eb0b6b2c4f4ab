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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path

from .discovery import discover
from .engine import REST_SUFFIXES, Linter
from .gc_pause import paused_collector
from .rules.acronym_habit import ProseHabit
from .rules.acronym_names import RunNames
from .rules.base import Rule
from .rules.findings import Finding
from .rules.house_style import HouseStyle, HouseSurvey, remember_code_names
from .rules.survey_parts import decode_strings, decode_survey, encode_strings, encode_survey
from .sources.reading import readable_texts
from .survey_cache import CachedFile, SurveyCache, SurveyedFile

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
    survey_run(files, linter)
    workers = jobs or os.cpu_count() or 1
    progress = _Progress(len(files)) if sys.stderr.isatty() and len(files) > 1 else None
    if workers > 1 and len(files) >= PARALLEL_THRESHOLD:
        results = _parallel(list(files), linter, workers)
    else:
        results = (linter.lint_path(f) for f in files)
    for done, found in enumerate(results, 1):
        yield found
        if progress:
            progress.update(done)
    if progress:
        progress.close()
    # The words this process classified (the survey's, and with one process
    # every file's), for the next run's matcher.
    linter.matcher.save_words()


def survey_run(files: Sequence[Path], linter: Linter) -> None:
    """The house style, GL002's gate where the glossary does not decide it,
    the acronyms the files spell out as names (GL002, GL005), and the names
    the files' glossary directives define (GL003), from one
    read of each file: each pre-pass sees every text as it is read, and
    none is kept."""
    surveyed = bool(files) and any(rule.uses_house_style for rule in linter.rules)
    habit = None
    if any(rule.uses_acronym_habit for rule in linter.rules):
        linter.defines_acronyms = linter.glossary_gate_open
        habit = None if linter.defines_acronyms else ProseHabit()
    directives = None
    if any(rule.uses_directive_terms for rule in linter.rules):
        from .workflows.directive_terms import DirectiveNames

        directives = DirectiveNames()
    names: _Names | None = None
    if names_read(linter.rules, defines_acronyms=True):
        if habit is not None and not names_read(linter.rules, defines_acronyms=False):
            names = _NamesBehindHabit(habit)
        else:
            names = _Names()
    read = surveyed or habit is not None or directives is not None or names is not None
    cache = SurveyCache.of(linter.glossary) if read else None
    house = HouseSurvey(linter.glossary, linter.matcher) if surveyed else None
    if names is not None:
        names.opened = cache.file if cache is not None else _uncached
    decode_house = partial(decode_survey, terms=linter.glossary.by_id)
    for path, text in readable_texts(files) if read else ():
        # The collector waits while the pre-passes read a text (as while a
        # document is checked: :meth:`Linter.lint_text`), and runs between texts.
        with paused_collector():
            file = cache.file(path, text) if cache is not None else SurveyedFile(text)
            if habit is not None and not habit.shown:
                habit.merge(
                    file.part(
                        f"habit-{habit.enough}",
                        partial(habit.spelled_out, text),
                        encode_strings,
                        decode_strings,
                    )
                )
            if directives is not None:
                directives.add(path, text)
            if names is not None:
                names.add(path, file)
            if house is not None:
                rest = path.suffix.lower() in REST_SUFFIXES
                part = file.part("house", partial(house.part, text, rest), encode_survey, decode_house)
                house.merge(part)
                if isinstance(file, CachedFile):  # GL001 reads a checked file's code names again
                    remember_code_names(file.digest, part.code_names)
            file.save()
    linter.house = house.result() if house is not None else HouseStyle()
    if habit is not None:
        linter.defines_acronyms = habit.shown
    if directives is not None:
        linter.directive_terms = directives.result()
    if names is not None:
        found = names.result()
        linter.run_names = frozenset() if found is None else found
        linter.run_names_read = found is not None


def names_read(rules: Iterable[Rule], defines_acronyms: bool) -> bool:
    """Whether a run whose answer to GL002's gate is ``defines_acronyms``
    has a rule that reads the acronyms its files spell out as names."""
    return any(rule.uses_run_names and (defines_acronyms or not rule.run_names_need_habit) for rule in rules)


def _uncached(path: Path, text: str) -> SurveyedFile:
    return SurveyedFile(text)


class _Names:
    """The acronyms the run's files spell out as names, counted in every text."""

    def __init__(self) -> None:
        self.names = RunNames()
        #: How a file read again is opened (through the run's survey cache, if any).
        self.opened: Callable[[Path, str], SurveyedFile] = _uncached

    def add(self, path: Path, file: SurveyedFile) -> None:
        self.count(file)

    def count(self, file: SurveyedFile) -> None:
        """Count the names of one file (its part kept in the cache, if any)."""
        self.names.merge(
            file.part("names", partial(RunNames.spelled_out, file.text), encode_strings, decode_strings)
        )

    def result(self) -> frozenset[str] | None:
        """The names, or None where they were not counted."""
        return self.names.result()


#: How many characters of text :class:`_NamesBehindHabit` keeps to count
#: if the habit shows: a handbook's prose (sqlalchemy's is 1.9 million),
#: and a bound on the memory a run of any size holds for it.
KEPT_CHARS = 4_000_000


class _NamesBehindHabit(_Names):
    """The names where only GL002 reads them, which is silent unless the
    run's prose shows the habit of spelling out acronyms: a run that never
    shows it (most handbooks whose glossary has few acronyms) counts none
    (a tenth of the run-wide survey of the sqlalchemy handbook).  The files
    read before the habit shows are kept (their texts up to :data:`KEPT_CHARS`
    characters; the files past that are read again at the end), and counted
    when it does; each file after that is counted as it is read."""

    def __init__(self, habit: ProseHabit) -> None:
        super().__init__()
        self.habit = habit
        self.kept: list[SurveyedFile] = []
        self.kept_chars = 0
        #: The files read before the habit showed whose text was not kept.
        self.unkept: list[Path] = []

    def add(self, path: Path, file: SurveyedFile) -> None:
        if self.habit.shown:
            for kept in self.kept:
                self.count(kept)
                kept.save()  # read before this file: its names were counted only now
            self.kept.clear()
            self.count(file)
        elif self.kept_chars + len(file.text) <= KEPT_CHARS:
            self.kept.append(file)
            self.kept_chars += len(file.text)
        else:
            self.unkept.append(path)

    def result(self) -> frozenset[str] | None:
        self.kept.clear()
        if not self.habit.shown:
            return None
        for path, text in readable_texts(self.unkept):
            file = self.opened(path, text)
            self.count(file)
            file.save()
        return self.names.result()


def _lint_in_worker(path: Path) -> list[Finding]:
    assert _worker_linter is not None
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
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        _build_lazy_indexes(linter.glossary)
    _set_worker_linter(linter)
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(files)),
        mp_context=context,
        initializer=_set_worker_linter,
        initargs=(linter,),
    )
    with pool:
        yield from pool.map(_lint_in_worker, files, chunksize=max(1, len(files) // (workers * 4)))


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total

    def update(self, done: int) -> None:
        sys.stderr.write(f"\rglossary-lint: {done}/{self.total} files")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
