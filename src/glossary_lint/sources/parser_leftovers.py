"""What docutils' reST parser keeps of a document after parsing it, let go.

docutils keeps the state machines of nested parses (a list, a directive's
body) for the next parse to reuse (``RSTState.nested_sm_cache``, shared by
every parse in the process).  Each kept machine still points at the last
document it read, through its memo, its states, its input lines and the
machine it ran under, whose own states point at that document too.  So the
doctree of one chapter stays alive until a later parse reuses the machine:
it is out of reach when a chapter is done, but not yet garbage, so the
collector moves it, tens of thousands of objects, into an older generation,
and then walks it again at each of that generation's collections before it
frees it.  Measured over the sqlalchemy handbook (140 chapters): those
collections took 0.10 s of CPU time; with the references let go after each
parse, each doctree is freed by the first collection after its chapter.

Only what a machine's next run sets again is let go (its ``run`` sets the
memo, document, reporter, node and input lines, and each state's
``runtime_init`` its memo, document, inliner and reporter), so a parse
reads exactly as before; the chain of machines a reused one ran under is
kept as docutils left it.

The machines docutils does not keep it unlinks when their parse is done
(``StateMachine.unlink``), but that only cuts each state's link to its
machine: a state's transitions still hold bound methods of the state, a
cycle for each state, and a nested list's machine has fifteen states with
a score of transitions each.  Over the sqlalchemy handbook that was most of
the garbage a chapter's parse left for the collector (110,000 of 176,000
objects, twenty chapters).  :func:`unlinking_transitions` makes an unlinked
state drop its transitions too (nothing runs an unlinked state again), so
reference counting frees it as soon as its machine is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docutils.parsers.rst.states import RSTState
from docutils.statemachine import State

#: What a machine's next run sets again.
_MACHINE_FIELDS = ("memo", "document", "reporter", "node", "input_lines")
#: What a state's ``runtime_init`` sets again.
_STATE_FIELDS = ("memo", "document", "inliner", "reporter")


@contextmanager
def unlinking_transitions() -> Iterator[None]:
    """For the time of a parse, unlinking a state (docutils does when its
    machine is done) also drops its transitions, the cycles that kept it
    for the collector."""
    unlink = State.unlink

    def unlink_all(state: State) -> None:
        unlink(state)
        state.transitions = {}
        state.transition_order = []

    State.unlink = unlink_all  # type: ignore[method-assign]
    try:
        yield
    finally:
        State.unlink = unlink  # type: ignore[method-assign]


def let_go_of_parse() -> None:
    """Drop the kept machines' references to the document they read last
    (and the references of the machines they ran under)."""
    seen: set[int] = set()
    for kept in getattr(RSTState, "nested_sm_cache", ()):
        machine: Any = kept
        while machine is not None and id(machine) not in seen:
            seen.add(id(machine))
            _clear(machine, _MACHINE_FIELDS)
            for state in (getattr(machine, "states", None) or {}).values():
                _clear(state, _STATE_FIELDS)
            machine = getattr(machine, "parent_state_machine", None)


def _clear(holder: object, fields: tuple[str, ...]) -> None:
    attributes = vars(holder)
    for name in fields:
        if name in attributes:
            attributes[name] = None
