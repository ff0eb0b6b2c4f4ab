"""What a run's survey (:func:`glossary_lint.runner.survey_run`) told a linter, as one value.

The CLI surveys a run and checks it once.  The front-ends that keep
findings from one survey to the next (a Sphinx environment between
builds, the language server's open documents between saves) compare the
evidence of two surveys to know when documents they did not re-read must
be checked again, and the language server hands the last evidence on to a
linter it makes again while the glossary is typed, rather than reading
every file at each keystroke.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from .engine import Linter
from .rules.house_style import HouseStyle
from .runner import names_read


@dataclass(frozen=True)
class RunEvidence:
    house: HouseStyle
    #: The run's answer to GL002's gate (the glossary's, or the prose habit's).
    defines_acronyms: bool
    directive_terms: frozenset[str]
    #: None where the survey did not count them (:attr:`Linter.run_names_read`).
    run_names: AbstractSet[str] | None

    @classmethod
    def of(cls, linter: Linter) -> RunEvidence:
        """The evidence ``linter`` holds (the directive terms read, so that two compare by their names)."""
        names = linter.run_names if linter.run_names_read else None
        return cls(linter.house, linter.defines_acronyms, frozenset(linter.directive_terms), names)

    def give(self, linter: Linter) -> bool:
        """Hand the evidence to a linter made since: the glossary's own
        answer to GL002's gate, when it says yes, stays the linter's.  False,
        and nothing handed, where the linter would read names the survey did
        not count (a glossary typed into opening the gate): it must survey."""
        defines_acronyms = linter.glossary_gate_open or self.defines_acronyms
        if self.run_names is None and names_read(linter.rules, defines_acronyms):
            return False
        linter.house = self.house
        linter.defines_acronyms = defines_acronyms
        linter.directive_terms = self.directive_terms
        linter.run_names = frozenset() if self.run_names is None else self.run_names
        linter.run_names_read = self.run_names is not None
        return True
