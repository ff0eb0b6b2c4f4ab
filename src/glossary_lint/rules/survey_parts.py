"""A file's part of the run's survey written as plain JSON values, and read back.

The runner keeps each file's part of the survey between runs
(:mod:`glossary_lint.survey_cache`): a re-run over files that did not
change reads their parts instead of surveying their text again.  A part
read back must be the part the text would give, or a finding could change
without a reason a user can see; so what is read is never trusted: every
value's type is checked while it is decoded (a count is an ``int`` and not
a ``bool``, every string a ``str``), a term id must name an entry of the
glossary, and anything else makes :func:`decode_survey` raise
:class:`BadPart` (the file's part is then computed again).  JSON runs no
code when it is read, unlike pickle.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, TypeVar

from ..glossary.model import Term
from .code_spellings import CodeSpellingPart
from .house_style import CapitalPart, SpacingPart, SurveyPart


class BadPart(Exception):
    """A value read back that is not a part of the survey."""


def encode_survey(part: SurveyPart) -> dict[str, Any]:
    """``part`` as JSON values (lists in the parts' own order: counts keep
    the order their keys were first met, as the survey's counters do)."""
    return {
        "spacing": _counted(part.spacing.counts),
        "code_parts": sorted(part.spacing.code_parts),
        "code_forms": sorted(part.in_code.forms),
        "in_prose": _counted(part.in_code.in_prose),
        "declared": sorted(part.in_code.declared),
        "first": [
            [term_id, form, list(proper), listed]
            for (term_id, form), (proper, listed) in part.in_code.first.items()
        ],
        "lower": [[term_id, n] for term_id, n in part.capitals.lower.items()],
        "capitals": [[term_id, list(shape), n] for (term_id, shape), n in part.capitals.capitals.items()],
        "guessed": sorted(part.capitals.guessed),
        "styled": [[term_id, n] for term_id, n in part.capitals.styled.items()],
        "kept": [[form, n] for form, n in part.capitals.kept.items()],
        "lowered": [[form, n] for form, n in part.capitals.lowered.items()],
        "code_names": sorted(part.code_names),
        "noun_lower": [[form, n] for form, n in part.noun_lower.items()],
        "linked": sorted(list(pair) for pair in part.linked),
        "prose_capitals": sorted(part.prose_capitals),
        "names": _counted(part.names),
        "opened": _counted(part.spacing.opened),
        "closed": [[word, n] for word, n in part.spacing.closed.items()],
    }


def _counted(counts: Counter[tuple[str, str]]) -> list[list[Any]]:
    return [[a, b, n] for (a, b), n in counts.items()]


def decode_survey(data: Any, terms: Mapping[str, Term]) -> SurveyPart:
    """The part :func:`encode_survey` wrote, its term ids looked up in
    ``terms`` (the glossary's entries by id); :class:`BadPart` for anything else."""
    if type(data) is not dict:
        raise BadPart("not an object")
    spacing = _pair_counts(data.get("spacing"))
    met: dict[str, Term] = {}
    for term_id, _ in spacing:
        if term_id not in terms:
            raise BadPart(f"no entry {term_id!r}")
        met.setdefault(term_id, terms[term_id])
    opened = _pair_counts(data.get("opened"))
    if any(term_id not in terms for term_id, _ in opened):
        raise BadPart("no such entry")
    first = {}
    for row in _rows(data.get("first"), 4):
        term_id, form, proper, listed = row
        _check(type(term_id) is str and type(form) is str and type(listed) is bool)
        first[(term_id, form)] = (tuple(_strings(proper)), listed)
    capitals: Counter[tuple[str, tuple[int, ...]]] = Counter()
    for row in _rows(data.get("capitals"), 3):
        term_id, shape, n = row
        _check(type(term_id) is str and type(shape) is list and all(type(i) is int for i in shape))
        capitals[(term_id, tuple(shape))] = _count(n)
    return SurveyPart(
        SpacingPart(
            spacing,
            frozenset(_strings(data.get("code_parts"))),
            met,
            opened,
            _word_counts(data.get("closed")),
        ),
        CodeSpellingPart(
            frozenset(_strings(data.get("code_forms"))),
            _pair_counts(data.get("in_prose")),
            first,
            frozenset(_strings(data.get("declared"))),
        ),
        CapitalPart(
            _word_counts(data.get("lower")),
            capitals,
            set(_strings(data.get("guessed"))),
            _word_counts(data.get("styled")),
            _word_counts(data.get("kept")),
            _word_counts(data.get("lowered")),
        ),
        frozenset(_strings(data.get("code_names"))),
        _word_counts(data.get("noun_lower")),
        frozenset((a, b) for a, b in map(_string_pair, _rows(data.get("linked"), 2))),
        frozenset(_strings(data.get("prose_capitals"))),
        _pair_counts(data.get("names")),
    )


def encode_strings(names: frozenset[str]) -> list[str]:
    """A set of strings (the acronyms a file spells out, its names) as a JSON list."""
    return sorted(names)


def decode_strings(data: Any) -> frozenset[str]:
    """The set :func:`encode_strings` wrote; :class:`BadPart` for anything else."""
    return frozenset(_strings(data))


def _check(ok: bool) -> None:
    if not ok:
        raise BadPart("a value of the wrong type")


def _strings(data: Any) -> list[str]:
    _check(type(data) is list and all(type(item) is str for item in data))
    return data  # type: ignore[no-any-return]


def _rows(data: Any, width: int) -> list[list[Any]]:
    _check(type(data) is list and all(type(row) is list and len(row) == width for row in data))
    return data  # type: ignore[no-any-return]


def _count(n: Any) -> int:
    _check(type(n) is int and n > 0)
    return n  # type: ignore[no-any-return]


def _string_pair(row: list[Any]) -> tuple[str, str]:
    _check(type(row[0]) is str and type(row[1]) is str)
    return row[0], row[1]


K = TypeVar("K")


def _pair_counts(data: Any) -> Counter[tuple[str, str]]:
    """Rows ``[a, b, count]`` as a counter of ``(a, b)``, in the rows' order."""
    rows = _rows(data, 3)
    _check(all(type(a) is str and type(b) is str and type(n) is int and n > 0 for a, b, n in rows))
    return _distinct_counts({(a, b): n for a, b, n in rows}, rows)


def _word_counts(data: Any) -> Counter[str]:
    """Rows ``[word, count]`` as a counter of the words, in the rows' order."""
    rows = _rows(data, 2)
    _check(all(type(word) is str and type(n) is int and n > 0 for word, n in rows))
    return _distinct_counts(dict(rows), rows)


def _distinct_counts(counts: dict[K, int], rows: list[list[Any]]) -> Counter[K]:
    """``counts``, made from ``rows`` whose cells were checked, as a counter;
    a key written twice is no counter's writing.  The rows are checked by one
    generator each, not by Python calls for each cell: a re-run reads
    thousands of rows from the survey's cache, and those calls took most of
    the time of decoding them."""
    _check(len(counts) == len(rows))
    return Counter(counts)
