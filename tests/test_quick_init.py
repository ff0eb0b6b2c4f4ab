"""quick_init: the same objects as a frozen dataclass's own __init__ makes, faster."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from glossary_lint.glossary.model import CasePolicy, Spelling, SpellingKind
from glossary_lint.matching.matcher import Mention
from glossary_lint.quick_init import quick_init
from glossary_lint.sources.segments import BlockKind, Segment


def _pair() -> tuple[type, type]:
    """Two copies of one class: with the generated __init__ and with quick_init's."""

    def make() -> type:
        @dataclass(frozen=True, slots=True)
        class Shelf:
            label: str
            width: int
            books: tuple[str, ...] = ()
            tilted: bool = False
            _count: int = field(default=-1, repr=False, compare=False)

            def __post_init__(self) -> None:
                object.__setattr__(self, "_count", len(self.books))

        return Shelf

    return make(), quick_init(make())


def test_same_fields_defaults_and_post_init() -> None:
    plain, quick = _pair()
    assert quick.__init__ is not plain.__init__
    for args, kwargs in [
        (("oak", 3), {}),
        (("pine", 2, ("a", "b")), {}),
        (("elm",), {"width": 4, "tilted": True}),
        ((), {"label": "ash", "width": 1, "books": ("c",), "_count": 9}),
    ]:
        a, b = plain(*args, **kwargs), quick(*args, **kwargs)
        assert [getattr(a, f.name) for f in dataclasses.fields(a)] == [
            getattr(b, f.name) for f in dataclasses.fields(b)
        ]
        assert repr(a).split("(", 1)[1] == repr(b).split("(", 1)[1]
        assert b._count == len(b.books)


def test_signature_and_errors_as_generated() -> None:
    plain, quick = _pair()
    assert str(inspect.signature(plain)) == str(inspect.signature(quick))
    with pytest.raises(TypeError):
        quick("oak")  # a field without a default left out
    with pytest.raises(TypeError):
        quick("oak", 1, colour="red")
    shelf = quick("oak", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        shelf.label = "pine"  # type: ignore[misc]
    assert hash(shelf) == hash(quick("oak", 1))


def test_other_classes_left_as_they_are() -> None:
    @dataclass(frozen=True, slots=True)
    class Factory:
        items: list[int] = field(default_factory=list)

    @dataclass(frozen=True)
    class NoSlots:
        name: str

    @dataclass(frozen=True, slots=True)
    class Unset:
        name: str
        size: int = field(init=False)

    for cls in (Factory, NoSlots, Unset):
        init = cls.__init__
        assert quick_init(cls).__init__ is init


def test_a_field_left_out_of_init_gets_its_default() -> None:
    def make() -> type:
        @dataclass(frozen=True, slots=True)
        class Hidden:
            name: str
            size: int = field(init=False, default=7)

        return Hidden

    plain, quick = make(), quick_init(make())
    assert quick.__init__ is not plain.__init__
    assert quick("jar").size == plain("jar").size == 7
    assert str(inspect.signature(quick)) == str(inspect.signature(plain))
    with pytest.raises(TypeError):
        quick("jar", 3)
    assert dataclasses.replace(quick("jar"), name="pot") == quick("pot")


def test_package_classes_use_it() -> None:
    segment = Segment("a kiln", BlockKind.PARAGRAPH, ((0, 4, 6),), headword=True)
    assert segment.source_offset(2) == 6 and segment.headword
    # Its pieces' starts, worked out when first asked, are those of its own pieces after a replace.
    moved = dataclasses.replace(segment, text="x a kiln", pieces=((0, 0, 1), (2, 10, 6)))
    assert (moved.source_offset(0), moved.source_offset(1), moved.source_offset(4)) == (0, None, 12)
    assert segment.source_span(2, 6) == (6, 10) and moved.is_verbatim(2, 8) and not moved.is_verbatim(0, 3)
    assert segment == Segment("a kiln", BlockKind.PARAGRAPH, ((0, 4, 6),), (), (), False, False, False, True)
    spelling = Spelling("kiln", SpellingKind.CANONICAL, CasePolicy.SENTENCE)
    assert spelling.key == "kiln"
    mention = Mention(segment, 2, 6, 6, (), ())
    assert (mention.found, mention.typo, mention.replaced) == ("kiln", False, "")
    for cls in (Segment, Spelling, Mention):
        assert "_set0" in cls.__init__.__globals__
