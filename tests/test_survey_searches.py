"""The house survey's searches give what the slower patterns they replaced
gave: the same matches on random texts built from the pieces each pattern
looks for, and the characters around them."""

from __future__ import annotations

import random
import re

from growth import assert_linear

from glossary_lint.rules import class_nouns, house_style
from glossary_lint.rules.dotted_names import dotted_names

#: The patterns as they were before they were made cheaper to search with.
OLD_CODE_NAME = re.compile(r"[`.~<]([A-Z][\w]*)(?=[`(.>])|(?<![\w.`~<-])([A-Z][\w]*)(?=\()")
OLD_CAPITAL_AFTER_LOWER = re.compile(r"(?<![^\s(])[a-z][a-z'’]*,?[ \t]+([A-Z][a-z]+)\b")
OLD_INLINE_CODE = re.compile(r"(:term:|\{term\})?`([^`\n]+(?:\n[^`\n]+)?)`|``[^`]+?``")
OLD_DOTTED_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
OLD_PROSE_WORD = re.compile(r"(?<![\w./`~<\-])[a-z]+(?![\w/`(\-])")

PIECES = [
    "shelf",
    "Shelf",
    "rack",
    "Rack",
    "SHED",
    "x9",
    "_",
    "é",
    "’",
    "'",
    " ",
    "  ",
    "\t",
    "\n",
    ",",
    ".",
    "(",
    ")",
    "`",
    "``",
    "~",
    "<",
    ">",
    "-",
    "/",
    ":term:",
    "{term}",
    ":term",
    "{term",
    " <x>",
    "<",
    "1",
]


#: Fewer pieces, so a lower-case word and a capital often stand side by side.
SENTENCE_PIECES = ["shelf", "Rack", "RAck", " ", "\t", "\n", ",", "(", "’s", "'", "x", "Ra", "_", "1"]


def _old_inline_prose(code: re.Match[str]) -> str:
    """What prose_text puts for a match of OLD_INLINE_CODE: a term reference's text in its
    backticks, else a placeholder."""
    return f"`{house_style._TARGET.sub('', code.group(2))}`" if code.group(1) else house_style.PLACEHOLDER


def texts(count: int = 3000, seed: int = 21, pieces: list[str] = PIECES):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))


def test_the_surveys_patterns_match_what_the_old_ones_matched():
    for text in texts():
        # References are no code (house_style._REFERENCE): both patterns read the text without them.
        unreferenced = house_style._REFERENCE.sub(" ", text)
        assert house_style.code_names(text) == frozenset(
            a or b for a, b in OLD_CODE_NAME.findall(unreferenced)
        ), text
        assert [w for _, w in house_style._CAPITAL_AFTER_LOWER.findall(" " + text)] == (
            OLD_CAPITAL_AFTER_LOWER.findall(text)
        ), text
        assert house_style._INLINE_CODE.sub("|", text) == OLD_INLINE_CODE.sub("|", text), text
        assert house_style._INLINE_CODE.sub(house_style._inline_prose, text) == OLD_INLINE_CODE.sub(
            _old_inline_prose, text
        ), text
        assert list(dotted_names(text)) == OLD_DOTTED_NAME.findall(text), text
        assert class_nouns._PROSE_WORD.findall(text) == OLD_PROSE_WORD.findall(text), text
    for text in texts(pieces=SENTENCE_PIECES):
        assert [w for _, w in house_style._CAPITAL_AFTER_LOWER.findall(" " + text)] == (
            OLD_CAPITAL_AFTER_LOWER.findall(text)
        ), text


def test_a_form_of_one_word_is_the_form_the_patterns_give():
    """spacing_form runs its patterns only on a form with something to respace."""
    pieces = [*SENTENCE_PIECES, "-", "\u2010", "\u2011", "  ", "é", "\u00a0"]
    for text in texts(pieces=pieces):
        full = house_style._HYPHENS.sub("-", house_style._SPACES.sub(" ", text))
        assert house_style.spacing_form(text) == full[:1].lower() + full[1:], text


#: Pieces of dotted names and what may stand next to them: digits (a
#: superscript one too), underscores, a letter beyond ASCII, runs of dots.
DOTTED_PIECES = ["shelf", "Rack", "x", "_", "9", "²", "é", ".", "..", " ", "\n", "(", "-", "/", "`"]


def test_dotted_names_are_the_matches_of_the_pattern_they_replace():
    for text in texts(count=5000, seed=33, pieces=DOTTED_PIECES):
        assert list(dotted_names(text)) == OLD_DOTTED_NAME.findall(text), text


def test_a_long_run_of_dots_and_names_is_read_in_time_linear_in_it():
    """Each run is walked back once, from its first dot: a run with
    thousands of dots must not be walked back from each."""

    def text(n: int) -> str:
        return "a." * n + "b " + "(x.y) " * n

    assert list(dotted_names(text(2_000))) == OLD_DOTTED_NAME.findall(text(2_000))
    assert_linear(lambda n: lambda: list(dotted_names(text(n))), 10_000)


OLD_REFERENCE = re.compile(
    r"(?::|\{)(?:std:)?(?:term|ref|doc|numref|abbr|dfn|guilabel|menuselection|download)(?::|\})`[^`]*`"
    r"|(?<![`\w])`[^`\n]+`__?(?![\w`])"
)
#: Pieces of references and of hyperlinks (```Shelf`_``), and what stands around them.
REFERENCE_PIECES = [
    ":term:",
    "{term}",
    ":std:ref:",
    "{doc}",
    ":abbr",
    "`",
    "``",
    "_",
    "__",
    "shelf",
    "Rack",
    "x",
    " ",
    "\n",
    ":",
    "{",
    "}",
    "<",
    ">",
    "9",
]


def test_references_are_what_the_pattern_they_replace_finds():
    for text in texts(count=5000, seed=44, pieces=REFERENCE_PIECES):
        assert house_style._REFERENCE.sub("|", text) == OLD_REFERENCE.sub("|", text), text


#: What the lines prose_text blanks open or end with, and pieces of inline math and ordinary lines.
LINE_PIECES = [
    "$ ",
    "$x$",
    "::",
    ":",
    ">>>",
    ">> ",
    "... ",
    "..",
    ".. _",
    ".. code-block:: py",
    ".. note::",
    "(t)=",
    "(a b)=",
    "()=",
    "shelf",
    " ",
    "  ",
    "\t",
    "\n",
    "\n",
    "\n    ",
    "\r",
    "\u00a0",
    "x",
]


def _old_blank_code_lines(text: str, code: list[str]) -> str:
    """prose_text's reading of the lines of a text without backticks, as it was
    before a text was read line by line only where a line is marked."""
    kept: list[str] = []
    block_indent: int | None = None
    for line in text.split("\n"):
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if block_indent is not None:
            if not stripped or indent > block_indent:
                kept.append("")
                code.append(line)
                continue
            block_indent = None
        if stripped.startswith((">>>", "... ", "$ ")) or house_style._TARGET_LINE.match(stripped):
            kept.append("")
            if not house_style._TARGET_LINE.match(stripped):
                code.append(line)
            continue
        if house_style._LITERAL_START.match(line):
            block_indent = indent
            line = "" if stripped.startswith(".. ") else line.rstrip().removesuffix("::")
        kept.append(line)
    return "\n".join(kept)


def test_prose_text_blanks_the_lines_it_blanked_when_it_read_every_line():
    """prose_text reads a text line by line only where a line may be blanked or
    cut (:func:`house_style._has_marked_line`); what it gives is what reading every
    line of every text that held a mark anywhere gave."""
    marked = 0
    for text in texts(count=8000, seed=45, pieces=LINE_PIECES):
        code: list[str] = []
        old_code: list[str] = []
        assert house_style.prose_text(text, code) == _old_blank_code_lines(text, old_code), text
        assert code == old_code, text
        marked += house_style._has_marked_line(text)
    assert 500 < marked < 7500  # texts with marked lines and without were tried


def test_the_class_noun_forms_are_the_prose_words_among_them():
    forms = {"shelf", "shelfs", "shelves", "rack", "racks", "sh"}
    pattern = class_nouns._prose_forms(forms)
    pieces = [*PIECES, "shelves", "racks", "sh", "shelfs", "rackshelf"]
    for text in texts(count=5000, seed=46, pieces=pieces):
        assert pattern.findall(text) == [w for w in class_nouns._PROSE_WORD.findall(text) if w in forms], text


def test_many_class_names_are_counted_from_every_prose_word():
    """An alternation of many forms is slower than the search for every
    lower-case word: past FEW_NAMES headwords the survey makes none, and
    counts the same."""
    from glossary_lint.glossary.loader import parse_glossary

    def entries(count: int) -> str:
        return "".join(
            f"  - id: t{i}\n    term: Shelf{chr(97 + i % 26)}{chr(97 + i // 26)}Rack\n    case: exact\n    definition: A rack.\n"
            for i in range(count)
        )

    text = "A shelfaarack, two shelfbaracks and the shelfbarack `Shelfaarack` holds.\n"
    counts = []
    for count in (class_nouns.FEW_NAMES, class_nouns.FEW_NAMES + 1):
        nouns = class_nouns.ClassNounCount(parse_glossary(f"version: 1\nterms:\n{entries(count)}"))
        assert (nouns._prose_forms is None) == (count > class_nouns.FEW_NAMES)
        nouns.add(text, [])
        counts.append(dict(nouns.lower))
    assert counts[0] == counts[1] == {"shelfaarack": 1, "shelfbarack": 2}
