"""A chapter's doctree is freed once the chapter is done (issue 14): docutils
keeps the state machines of nested parses for the next parse, and they
pointed at the last document they read, which the collector then walked
again and again in its older generations before the next parse let it go."""

from __future__ import annotations

import gc
import weakref

from docutils.parsers.rst.states import RSTState

from glossary_lint.sources.rest import parse_doctree

#: Nested parses of every kind docutils keeps a machine for: a list, a
#: definition list, a directive's body, a field list, a table cell.
NESTED = """Kiln logs
=========

- A bullet with *emphasis* and a second line
  that wraps.

  - A nested bullet.

glaze
   A coat of glass fired onto the ware.

.. note::

   The note's body is parsed as reST: a ``literal`` and a :term:`kiln`.

:Author: The studio
:Cone: 6

+-------+--------+
| cone  | colour |
+=======+========+
| 6     | warm   |
+-------+--------+

.. versionadded:: 2.0
   Firing logs keep the cone.
"""

OTHER = """Glazes
======

1. Mix the glaze.
2. Sieve it twice.

.. seealso::

   The firing chapter, and a list:

   * one
   * two
"""


def test_a_doctree_is_garbage_once_its_parse_is_done():
    parse_doctree("warm-up.rst", OTHER)  # the kept machines exist before, as in a run
    gc.collect()
    doctree = parse_doctree("kiln.rst", NESTED)
    left = weakref.ref(doctree)
    del doctree
    gc.collect()
    assert left() is None


def test_parses_in_a_row_give_the_doctrees_of_parses_alone():
    alone = {}
    for name, text in (("kiln.rst", NESTED), ("glazes.rst", OTHER)):
        RSTState.nested_sm_cache.clear()  # as in a process that parses nothing else
        alone[name] = parse_doctree(name, text).pformat()
    in_a_row = [
        (name, parse_doctree(name, text).pformat())
        for name, text in [("kiln.rst", NESTED), ("glazes.rst", OTHER)] * 3
    ]
    assert all(tree == alone[name] for name, tree in in_a_row)


def test_the_state_machines_of_a_parse_are_freed_without_the_collector():
    """docutils' machines, its own and the nested ones it unlinks, hold a cycle
    per state (a state's transitions are its bound methods): once unlinked they
    are freed by reference counting, and the collector meets none of them."""
    from docutils.statemachine import State

    parse_doctree("warm-up.rst", OTHER)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        parse_doctree("kiln.rst", NESTED)
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        states = [found for found in gc.garbage if isinstance(found, State)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert states == []


def test_unlinking_is_restored_after_a_parse():
    from docutils.statemachine import State

    unlink = State.unlink
    parse_doctree("kiln.rst", NESTED)
    assert State.unlink is unlink
