"""Where a term's words in prose are a command, an option or a placeholder as typed.

A handbook of a command-line tool names its commands in running text
without code markup often enough: "run the ``tool sub show`` command"
written plainly, "for example, tool sub create", a definition list whose
items are the options themselves (``--engine <engine>``).  A glossary term
that a command line holds as a word (a subcommand, an option's name, the
option's placeholder) is then spelled as the command is typed, not as the
glossary spells the concept, and GL001 has no slip to report.

The evidence is the page's own:

* an option's name straight after ``--`` (``--engine``), or a placeholder
  standing alone in angle brackets (``<engine>``): no word of a sentence is
  written so;
* a lower-case word right after a noun of a kind of software (``the
  package kilnware``, ``via module kilnware``): the noun names the word as
  the package or command, in apposition, spelled as it is installed (but
  not a typo of an English word, ``the package resovler``: the noun then
  modifies that word, as in "the package resolver");
* lower-case words that the page's code (what its prose segments do not
  cover: literal blocks, inline literals) writes as the same run of three
  words or more, one beside the term at least (``tool engine list`` in
  prose where a literal block runs ``$ tool engine list --all``; two words,
  "an engine list call", may be the prose's own), or a term of several words
  that opens one of the code's lines (``tool sub`` where the code types
  ``$ tool sub show``).

A lower-case term alone, with no neighbouring word the code shares, stays
a slip even where the code holds it: code writes ``engine`` as a key or a
name as often as a command, and prose about the concept spells it as the
glossary does.  Capitals never read so: commands are typed in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word
from ..matching.matcher import Mention
from ..sources.document import Document
from .acronym_names import PRODUCT_NOUNS

#: ``--`` straight before a word, at the start of a line or after a space or bracket: an option's name.
_OPTION_BEFORE = lazy_compile(r"(?:^|[\s(\[])--$")
#: A word of a command as typed: lower-case letters, digits, hyphens.
_COMMAND_WORD = r"[a-z][a-z0-9-]*"
#: A noun of a kind of software straight before a mention (``via package alembic``): it names the mention.
_KIND_BEFORE = lazy_compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, PRODUCT_NOUNS)) + r")[ \t]+$")
#: How many words a run of prose must hold, the term's among them, to be a command the code types:
#: two (``a kilnroom create call`` beside ``potter kilnroom create``) may be the prose's own words.
_RUN_WORDS = 3
#: The command word before a mention, joined to it by spaces on its line.
_WORD_BEFORE = lazy_compile(r"(?<![\w.\-/])(" + _COMMAND_WORD + r")[ \t]+$")
#: The command word after a mention, joined to it by spaces on its line.
_WORD_AFTER = lazy_compile(r"[ \t]+(" + _COMMAND_WORD + r")(?![\w\-/])")


def typed_as_command(mention: Mention, code: Callable[[], str]) -> bool:
    """Whether a lower-case mention is an option, a placeholder or words of a
    command line as the page's ``code`` (:func:`page_code_text`, asked only
    when needed) types it (see the module doc)."""
    found = mention.found
    if not found.islower() or mention.ambiguous:
        return False
    text, start, end = mention.segment.text, mention.start, mention.end
    if _OPTION_BEFORE.search(text, max(0, start - 3), start):
        return True
    if text[start - 1 : start] == "<" and text[end : end + 1] == ">":
        return True
    if (
        not mention.separators
        and not _slip_of_english_word(mention)
        and _KIND_BEFORE.search(text, max(0, start - 20), start)
    ):
        return True  # 'the package kilnware': the package's name, as it is installed
    if mention.typo or any(s not in (" ", "\n") for s in mention.separators) or mention.suffix:
        return False
    words = found.split()
    before = _neighbours(_WORD_BEFORE, text, start, backwards=True)
    after = _neighbours(_WORD_AFTER, text, end, backwards=False)
    runs = [
        run
        for i in range(len(before) + 1)
        for j in range(len(after) + 1)
        if (i < len(before) or j) and len(run := [*before[i:], *words, *after[:j]]) >= _RUN_WORDS
    ]
    if not runs and len(words) < 2:
        return False
    source = code()
    if not source:
        return False
    # A pattern that opens on a look-behind is tried at every offset of the
    # page's code: a run none of whose words the code holds all of (most)
    # is turned away by a substring test of each word instead.
    if any(_run_pattern(run).search(source) for run in runs if all(map(source.__contains__, run))):
        return True
    return len(words) > 1 and words[0] in source and _opening_pattern(words).search(source) is not None


def _slip_of_english_word(mention: Mention) -> bool:
    """A typo of a term that is an English word (``the package resovler``
    beside "resolver"): the noun of a kind of software before it modifies
    that word (English's compound noun, "the package resolver"), as it
    modifies any noun, and does not give a package's name.  A package is
    named as installed, which may differ from the glossary's name in case,
    not in the letters of an English word; a coined name (``kilnwre``)
    after such a noun may still be the package's own."""
    return mention.typo and all(is_known_word(c.spelling.text) for c in mention.candidates)


def _neighbours(pattern: re.Pattern[str], text: str, at: int, backwards: bool) -> list[str]:
    """Up to two command words joined by blanks to the mention, before or
    after it, in reading order."""
    found: list[str] = []
    for _ in range(_RUN_WORDS - 1):
        match = pattern.search(text, max(0, at - 40), at) if backwards else pattern.match(text, at)
        if match is None:
            break
        found.append(match.group(1))
        at = match.start() if backwards else match.end()
    return found[::-1] if backwards else found


def _run_pattern(words: list[str]) -> re.Pattern[str]:
    """The words as one run of a code line, spaced by blanks, whole words only."""
    return re.compile(r"(?<![\w\-/.])" + r"[ \t]+".join(map(re.escape, words)) + r"(?![\w\-/.])")


def _opening_pattern(words: list[str]) -> re.Pattern[str]:
    """The words opening a code line, after its indent and a shell prompt
    (``$``) if any, and followed by more of the command (a subcommand or an
    argument): the words alone on a line may be a key or a title."""
    body = r"[ \t]+".join(map(re.escape, words))
    return re.compile(r"^[ \t]*(?:\$[ \t]+)?" + body + r"[ \t]+[\w<\[{-]", re.MULTILINE)


def page_code_text(document: Document) -> str:
    """The page's source with every character its prose segments copy made a
    NUL (no blank nor word: runs of words never join across it), line
    breaks kept: what is left is code, markup and the like, read
    line by line.  Prose of the page never matches a command here, so a
    slip that the page repeats is not taken for the command it resembles."""
    source = document.source
    spans = sorted((at, at + length) for segment in document.segments for _, at, length in segment.pieces)
    parts: list[str] = []
    done = 0  # the source before it is in ``parts``
    for start, end in spans:
        end = min(end, len(source))
        if end <= done:
            continue
        start = max(start, done)
        parts += (source[done:start], _NOT_LINE_BREAK.sub("\x00", source[start:end]))
        done = end
    parts.append(source[done:])
    return "".join(parts)


#: Every character but a line break: what :func:`page_code_text` blanks out of prose.
_NOT_LINE_BREAK = lazy_compile(r"[^\n]")
