"""What the words around a word in capitals say it is, when it is no acronym
to spell out: a placeholder of a command's synopsis, a signal's or a
register's name, an example of a data source or a file format, part of a
reference to a published work, a value of a configuration line, a control's
label on a screen.

Each is a form of the writing, not a list of words: a reader who sees
``[-n] ADDR LEN BYTE+`` knows the capitals are the command's arguments; one
who reads ``the QZRST signal`` knows it is a wire's name, as the hardware's
manual writes it; ``free sources such as QZSD and QZCA`` names two
providers, and ``QZJ, 9(100), 6396`` a journal.  GL002 asks these only of
the words its cheaper tests leave (:mod:`.undefined`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word, is_ordinary_word
from ..matching.words import occurrences

#: A token of a command's synopsis: an option (``-n``, ``[-f]``), an argument
#: in capitals, maybe optional or repeated (``[REG...]``, ``BYTE+``), a
#: command's name in small letters, or ``Usage:``.
_SYNOPSIS_TOKEN = lazy_compile(
    r"\[?-{1,2}[\w-]+\]?|\[?[A-Z][A-Z0-9_]*(?:\.\.\.|…|\+)?\]?|[a-z][\w-]*|Usage:|\\",
)
#: The parts of a synopsis that only a synopsis writes: an optional argument
#: or option in brackets, a repeat mark, or the ``Usage:`` label.
_SYNOPSIS_MARK = lazy_compile(r"\[[-A-Z][^\]\s]*\]|[A-Z]\+(?!\w)|^Usage:")
#: Most tokens a synopsis line holds.
_SYNOPSIS_TOKENS = 10


def is_synopsis_line(line: str) -> bool:
    """A command's synopsis (``ADDR [LEN] FILENAME``, ``[-p] [-f] [REG...]``,
    ``Usage: readap [APSEL] ADDR``): short, no sentence, every token an
    option, an argument in capitals or a command's name, and at least one
    mark only a synopsis writes (brackets, ``+``, ``Usage:``)."""
    tokens = line.split()
    if not tokens or len(tokens) > _SYNOPSIS_TOKENS or not _SYNOPSIS_MARK.search(line.strip()):
        return False
    return all(_SYNOPSIS_TOKEN.fullmatch(token) for token in tokens) and any(
        t.strip("[].+…\\")[:1].isupper() and t.strip("[].+…\\").isupper() for t in tokens
    )


#: A repeat mark after a placeholder: ``BYTE+``, ``ADDR...``.
_REPEAT = lazy_compile(r"(?:\+|\.\.\.|…)(?![\w])")
#: The end of a placeholder in square brackets: ``[LEN]``, ``[REG...]``.
_OPTIONAL_END = lazy_compile(r"(?:\.\.\.|…)?\]")


def is_placeholder(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is an argument's placeholder:
    in square brackets (``[LEN]``), with a repeat mark (``BYTE+``), or on a
    synopsis line (:func:`is_synopsis_line`), where every word in capitals
    is one."""
    if text[start - 1 : start] == "[" and _OPTIONAL_END.match(text, end):
        return True
    if _REPEAT.match(text, end) and text[start - 1 : start] in ("", " ", "\t", "\n"):
        return True
    return is_synopsis_line(_line_around(text, start, end))


#: Longest line read as a synopsis: a longer one is prose, and reading a
#: whole long line at each of its words would grow with its square.
_SYNOPSIS_CHARS = 160


def _line_around(text: str, start: int, end: int) -> str:
    """The line holding ``text[start:end]``, or "" where it is longer than a
    synopsis can be."""
    line_start = text.rfind("\n", max(0, start - _SYNOPSIS_CHARS), start) + 1
    if line_start == 0 and start > _SYNOPSIS_CHARS:
        return ""
    line_end = text.find("\n", end, end + _SYNOPSIS_CHARS)
    if line_end < 0:
        if len(text) - end > _SYNOPSIS_CHARS:
            return ""
        line_end = len(text)
    return text[line_start:line_end]


def in_angle_brackets(source: str, word: str) -> bool:
    """Whether the source writes ``<word>`` escaped for HTML (``&lt;APSEL&gt;``):
    a placeholder, as a usage line shows the value to give."""
    return f"&lt;{word}&gt;" in source


#: A word that names the thing right before or after it as a piece of
#: hardware's wiring: ``the QZRST signal``, ``signal QZDO``, ``the QZEN pin``,
#: ``a QZIB bus`` (the standard its wires and messages follow, by its name).
#: Not ``port``: a block has ports (``QZM port 0``, one of a trace unit's).
_HARDWARE = r"(?:signals?|pins?|registers?|bus|buses|busses)"
_HARDWARE_AFTER = lazy_compile(rf"[ \t]+{_HARDWARE}(?![\w-])", re.IGNORECASE)
_HARDWARE_BEFORE = lazy_compile(rf"(?<![\w-]){_HARDWARE}[ \t]+$", re.IGNORECASE)


def names_hardware(text: str, start: int, end: int) -> bool:
    """Whether the word is named as a signal, a pin, a register or a bus: a
    name the chip's manual or the bus's standard gives, in capitals as it
    writes it, not a phrase the handbook could spell out (``the QZRST
    signal``, ``signal QZDO``, ``a QZIB bus``)."""
    return bool(_HARDWARE_AFTER.match(text, end) or _HARDWARE_BEFORE.search(text, max(0, start - 12), start))


#: A word that names the thing right before or after it as a control on a
#: screen or a keyboard: ``the QUIT button``, ``button QUIT``, ``click QUIT``.
_CONTROL = r"(?:buttons?|menus?|tabs?|keys?)"
_CONTROL_AFTER = lazy_compile(rf"[ \t]+{_CONTROL}(?![\w-])", re.IGNORECASE)
_CONTROL_BEFORE = lazy_compile(
    rf"(?<![\w-])(?:{_CONTROL}|click(?:ing)?|press(?:ing)?|tap(?:ping)?)[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: How far before a word the control's noun or verb is looked for.
_CONTROL_REACH = 24


def labels_control(word: str, text: str, start: int, end: int) -> bool:
    """Whether the word in capitals is a control's label, written as the
    screen shows it (``the QUIT button will quit the session``): named as a
    button, menu, tab or key, or after ``click`` or ``press``, and written in
    small letters as a word of the same text, where the writer says what
    the control does.  An acronym's letters in small type are no word the
    sentence would use; a label in capitals is a word set in capitals.
    The control is looked for before the word is asked of the English table
    (which may decode a section of about 16 kB): most words have none."""
    if not (word.isalpha() and word.isupper()):
        return False
    before = _CONTROL_BEFORE.search(text, max(0, start - _CONTROL_REACH), start)
    if not (before or _CONTROL_AFTER.match(text, end)):
        return False
    return is_known_word(word.lower()) and _written_alone(text, word.lower())


#: A word for a kind of provider, collection or format whose examples are
#: names: ``sources``, ``datasets``, ``databases``, ``networks``, ``formats``;
#: a program's parts that read or write files, which are named by the
#: format they read (``readers such as QZW and QZX``, ``importers like QZW``);
#: published standards and specifications, whose examples are their titles
#: (``standards such as QZ-XCHG``); the artifacts a build makes, which are
#: files, and so come in formats (``an artifact, e.g. a QZL or a bitstream``);
#: and programs a reader runs, whose examples are products (``third-party
#: programs such as QZIS``, ``software like QZV``; not ``tools``, whose
#: examples are as often methods of the field, ``tools such as QZA``).
_SOURCE_NOUN = (
    r"(?:sources|data[ \t]?sets|databases|archives|repositories|catalogu?es|networks|providers"
    r"|services|formats|files|readers|parsers|importers|exporters|loaders"
    r"|standards|specifications|artifacts?|artefacts?|software|programs)"
)
#: How an example follows it: ``such as``, ``like``, ``including``, ``from``,
#: ``(e.g.``, ``(``, after a blank; or a comma and ``e.g.``, ``for example``,
#: ``for instance`` or ``such as`` (``an artifact, e.g. a QZL``).
_EXAMPLES_INTRO = (
    r"(?:\s+(?:such\s+as|like|including|from|\((?:\s*(?:e\.g\.|i\.e\.|such\s+as|like|including),?)?)"
    r"|,\s*(?:e\.g\.|for\s+example|for\s+instance|such\s+as),?)"
)
#: What may qualify the noun before its examples: ``datasets with existing
#: splits (like QZD)``, ``sources that have a licence such as QZS``: the
#: examples are still of that kind of source, a narrower one.
_QUALIFIER = r"(?:\s+(?:with|without|having|that\s+have)(?:\s+[\w-]+){1,3})?"
#: An article before an item or the word: ``the QZSD``, ``a QZL``.
_ARTICLE = r"(?:(?:the|an?)\s+)?"
_LIST_ITEM = rf"{_ARTICLE}[^\W_][\w.-]*"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
#: How far before the word an introduced list may start.
_LIST_REACH = 160


@lru_cache(maxsize=1024)
def _example_pattern(word: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-]){_SOURCE_NOUN}{_QUALIFIER}{_EXAMPLES_INTRO}\s*(?:{_LIST_ITEM}{_LIST_SEP})*{_ARTICLE}"
        rf"{re.escape(word)}$",
        re.IGNORECASE,
    )


#: :func:`_example_pattern` without its word, which follows where this ends.
_EXAMPLES_BEFORE = lazy_compile(
    rf"(?<![\w-]){_SOURCE_NOUN}{_QUALIFIER}{_EXAMPLES_INTRO}\s*(?:{_LIST_ITEM}{_LIST_SEP})*{_ARTICLE}\Z",
    re.IGNORECASE,
)

#: A kind of source, format or standard and the list of examples after it,
#: matched where one of :data:`_NOUN_OPENINGS` starts (:func:`examples_of_sources`).
_EXAMPLES_AT = lazy_compile(
    rf"{_SOURCE_NOUN}{_QUALIFIER}{_EXAMPLES_INTRO}\s*(?P<items>(?:{_LIST_ITEM}{_LIST_SEP})*{_LIST_ITEM})",
    re.IGNORECASE,
)
#: How each noun of :data:`_SOURCE_NOUN` opens, in small letters: found by
#: ``str.find``, which skips to them in C (the pattern tried at every
#: letter of a file took 1.9 s over the five handbooks' 7 MB; this, a sixth,
#: about as long as :func:`.noun_places` takes over the same texts).
_NOUN_OPENINGS = (
    "source data archive repositor catalog network provider service format file "
    "reader parser importer exporter loader standard specification artifact artefact "
    "software program".split()
)
_ITEM_SEP = lazy_compile(_LIST_SEP)
_ITEM_ARTICLE = lazy_compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def examples_of_sources(text: str) -> Iterator[str]:
    """The items ``text`` gives as examples of a kind of source, format or
    standard (``standards such as QZ-XCHG and QZDL``: ``QZ-XCHG``, ``QZDL``),
    each without its article, and the words it names as one of such a kind
    (``QZIS or similar software``): the words :func:`example_of_source` tells
    apart at one use, for a run's survey of the names its files write
    (:mod:`.acronym_names`)."""
    lower = text.lower()
    starts = set()
    for opening in _NOUN_OPENINGS:
        for at in occurrences(lower, opening):
            if not (at and (lower[at - 1].isalnum() or lower[at - 1] in "_-")):
                starts.add(at)
    for at in sorted(starts):
        match = _EXAMPLES_AT.match(text, at)
        if match:
            for item in _ITEM_SEP.split(match.group("items")):
                yield _ITEM_ARTICLE.sub("", item, count=1).rstrip(".")
    for opening in _OTHERS_OPENINGS:
        for at in occurrences(lower, opening):
            if not _OTHERS_KIND.match(text, at):
                continue  # "other" before no kind of source or program: most of them
            before = _AND_OTHERS_BEFORE.search(text, max(0, at - _OTHERS_REACH), at)
            if before and _AND_OTHERS.match(text, before.end("word")):
                yield before.group("word")


_ONE_OF = lazy_compile(rf",\s+one\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}{_SOURCE_NOUN}(?![\w-])", re.IGNORECASE)
#: One of :data:`_SOURCE_NOUN`, in the singular too: ``or a similar tool``.
_KIND_NOUN = (
    r"(?:sources?|data[ \t]?sets?|databases?|archives?|repositor(?:y|ies)|catalogu?es?|networks?|providers?"
    r"|services?|formats?|files?|standards?|specifications?|software|programs?)"
)
#: How the words of :data:`_AND_OTHERS` that say so open: found by ``str.find``
#: (``another`` holds ``other``).
_OTHERS_OPENINGS = ("similar", "other")
#: How far before such a word the named one may start.
_OTHERS_REACH = 60
#: The word before ``or similar``, ``and other``, ``or another``.
_AND_OTHERS_BEFORE = lazy_compile(
    r"(?<![\w-])(?P<word>[^\W_][\w]*?)(?:(?<=[A-Z0-9])s|['’]s?)?"
    r"[ \t]+(?:or|and)[ \t]+(?:an?[ \t]+|any[ \t]+|an)?\Z"
)
#: ``similar software``, ``other data sources``: where :data:`_AND_OTHERS` may end.
_OTHERS_KIND = lazy_compile(rf"(?:similar|other)[ \t]+(?:[\w-]+[ \t]+)?{_KIND_NOUN}(?![\w-])", re.IGNORECASE)
#: The word is one of a kind named after it: ``QZIS or similar software``,
#: ``QZSD and other sources``, ``QZV or another program``.
_AND_OTHERS = lazy_compile(
    rf"(?:['’]?s)?[ \t]+(?:or|and)[ \t]+(?:an?[ \t]+|any[ \t]+)?(?:similar|other|another)"
    rf"[ \t]+(?:[\w-]+[ \t]+)?{_KIND_NOUN}(?![\w-])",
    re.IGNORECASE,
)


def example_of_source(word: str, text: str, start: int, end: int) -> bool:
    """Whether the word is given as an example of a kind of source,
    collection or format (``free sources such as QZSD, QZNR and QZCA``,
    ``datasets from QZSD and the QZNR``, ``file formats such as QZW``,
    ``QZSD, one of the data sources``, ``QZIS or similar software``): the
    examples of a kind of provider are names of providers, as the examples
    of a kind of file are formats, those of a file reader or parser
    (``readers such as QZW``) the formats they read, and those of a kind of
    program (``programs such as QZIS``) products.  An example glued to a
    hyphen (``parsers like QZD-based splitting``) is another thing, named by
    what it is based on: the acronym stays one.
    ``models`` and ``metrics`` are no such words: their examples are as often
    kinds of model or measure, acronyms of the field."""
    if _AND_OTHERS.match(text, end) or _ONE_OF.match(text, end):
        return True
    if text[end : end + 1] == "-":
        return False
    lo = max(0, start - _LIST_REACH)
    found = text[start:end]
    if found.isascii() and word.isascii() and found.lower() == word.lower() and "\n" not in found:
        # The word is the text it stands for: the list must end where it
        # starts, which one pattern for every word tells (compiling a
        # pattern per word cost 0.4 ms each, 8 ms of a run of the handbook).
        before = bool(_EXAMPLES_BEFORE.search(text[lo:start]))
    else:
        before = bool(_example_pattern(word).search(text[lo:end]))
    return before


#: What a reference to a published work writes: a DOI, a volume or pages, a
#: volume and issue (``9(100)``), a year in brackets, ``et al.``, a report
#: or proceedings, a title in quotes, an author by initials and surname
#: (``J. A. Doe,``), a year closing a clause (``, Aug. 2004.``), an author by
#: surname and initials before the next author or the year (``Doe, J. A. &``,
#: ``Doe, J. (2020)``, the APA style), a preprint's arXiv identifier.
_REFERENCE_CUES = (
    lazy_compile(r"\bdoi\b|doi\.org", re.IGNORECASE),
    lazy_compile(r"\b(?:vol|pp?|no)\.\s*\d"),
    lazy_compile(r"\b\d+\(\d+\),"),
    lazy_compile(r"\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)"),
    lazy_compile(r"\bet\s+al\b"),
    lazy_compile(r"\b(?:Rep|Proc|Tech|Conf)\.(?!\w)"),
    lazy_compile(r"[\"“'‘][A-Z][^\"”’]{20,300}[,.]?[\"”'’]"),
    lazy_compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?,"),
    lazy_compile(r",\s(?:[A-Z][a-z]{2}\.\s)?(?:1[89]|20)\d\d[.,](?:\s|$)"),
    lazy_compile(r"(?<![\w.])[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s(?:[A-Z]\.\s?){1,3}(?:[,&(]|and\b)"),
    lazy_compile(r"\barXiv:\s?\d{4}\.\d{4,5}"),
)
#: Cues a paragraph needs to read as a reference.
_REFERENCE_CUES_NEEDED = 2
#: Four authors or more in a row, each a surname and its initials without
#: stops (``Pham QD, Stuart RM, Nguyen TV, Luong QC``): the Vancouver style of
#: medicine's and biology's references, a cue strong enough alone.
_AUTHOR_RUN = lazy_compile(r"(?:(?<![\w-])[A-Z][a-z'’-]+ [A-Z]{1,3}, ){3,}[A-Z][a-z'’-]+ [A-Z]{1,3}\b")


def reads_as_reference(text: str) -> bool:
    """A paragraph that cites a work (a numbered note ``.. [1] A. Doe,
    "Title," Journal, vol. 8, pp. 1-6``, or ``Doe, J. (2024). Title. QZJ,
    9(100), 6396.``): its title and venue use their authors' short forms, as
    a bibliography entry does.  Two cues or more: one alone (a year in
    brackets, ``et al.``) is as often a sentence about the work.  A run of
    four authors in the Vancouver style (:data:`_AUTHOR_RUN`) is enough alone."""
    if _AUTHOR_RUN.search(text):
        return True
    found = 0
    for cue in _REFERENCE_CUES:
        if cue.search(text):
            found += 1
            if found >= _REFERENCE_CUES_NEEDED:
                return True
    return False


#: One line that is a key and its value: ``dwi: QZT``, ``mode = QZX``.
_KEY_VALUE_LINE = lazy_compile(r"\s*[a-z][\w.-]*\s*[:=]\s*[^\s:=]+\s*")


def is_key_value_line(text: str) -> bool:
    """A paragraph that is one configuration line (``dwi: QZT``), left out
    of a code block by the writer's indentation: a value, not prose."""
    return _KEY_VALUE_LINE.fullmatch(text) is not None


#: Capitals and one digit: ``QZM3``, a model or release of a line of them.
_NUMBERED = lazy_compile(r"([A-Z]{2,})(\d)")


def has_numbered_sibling(word: str, text: str, start: int, end: int) -> bool:
    """Whether the same capitals with another single digit stand near the
    word (``the QZM3 and QZM4 cores``, ``QZY2 and QZY3``): models or releases
    of one named line, numbered as a vendor counts them.  Numbers of two
    digits are sizes (``FP16`` and ``FP32``, two formats of the field)."""
    numbered = _NUMBERED.fullmatch(word)
    if numbered is None:
        return False
    stem, digit = numbered.groups()
    near = text[max(0, start - 40) : end + 40]
    return any(m.group(1) != digit for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}(\d)(?![\w])", near))


#: Fewest letters of a clipped word in capitals: three-letter capitals open
#: too many English words by chance (``LIF`` of ``lifetime``).
_CLIPPED_LETTERS = 4
#: Where a sentence ends, on either side of a word.
_SENTENCE_BREAK = lazy_compile(r"[.;:!?](?:\s|$)|\n\s*\n")


def clips_word_of_sentence(word: str, text: str, start: int, end: int) -> bool:
    """Whether the word in capitals is the opening letters of an everyday
    English word its own sentence writes (``the QUAR object holds every
    quarantine rule``): a clipped word, as code names its variables and
    fields (a configuration's ``CONF``, an address's ``ADDR``), not the
    initials of a phrase; and the sentence gives the reader the word it
    clips."""
    if len(word) < _CLIPPED_LETTERS or not (word.isalpha() and word.isupper()):
        return False
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
    after = _SENTENCE_BREAK.search(text, end)
    sentence = text[breaks[-1] if breaks else 0 : after.start() if after else len(text)]
    prefix = word.lower()
    lowered = sentence.lower()
    # The pattern holds the prefix as it is: a sentence without it (most) needs
    # no pattern compiled for the word.
    return prefix in lowered and any(
        w.startswith(prefix) and len(w) > len(prefix) + 1 and is_ordinary_word(w)
        for w in re.findall(rf"(?<![^\W_]){prefix}[a-z]+", lowered)
    )


@lru_cache(maxsize=1024)
def _small_code_pattern(word: str) -> re.Pattern[str]:
    """Inline code (Markdown's ``x``, reST's double ones) that is the word in
    small letters alone, or opens with it and a blank (a command, a setting);
    or the word in small letters alone in bold, a list item's label."""
    small = re.escape(word.lower())
    return re.compile(
        rf"(?<![`\w])`{{1,2}}{small}(?:`|[ \t][^`\n]*`)"
        rf"|^[ \t]*[-*+][ \t]+\*\*{small}\*\*[ \t]*:",
        re.M,
    )


def coded_in_small_letters(word: str, paragraph: str) -> bool:
    """Whether ``paragraph`` (a paragraph's source) writes the word in small
    letters as inline code (``a model of type `qzm`, ... the QZM head``),
    or as the bold label of a list item (``* **qzm**: the QZM head``, a list
    of the values an option takes, each in bold as the file spells it):
    the code is the value a program takes, a model type, a command or a
    setting, and the capitals in the paragraph's prose name that value, as
    prose writes a code name in capitals beside others (``MLP, CNN, QZM``),
    not a phrase the reader was meant to have spelled out."""
    if not (word.isalnum() and word.isupper() and word[0].isalpha()):
        return False
    # Both branches of the pattern hold the word in small letters as it is: a
    # paragraph without it needs no pattern compiled for the word.
    return (
        ("`" in paragraph or "**" in paragraph)
        and word.lower() in paragraph
        and _small_code_pattern(word).search(paragraph) is not None
    )


#: The word after an acronym (past its plural), in small letters: ``QZ plots``.
_WORD_AFTER = lazy_compile(r"(?:['’]?s)?[ \t]+([a-z]{3,})(?![\w-])")


def joined_in_source(word: str, text: str, end: int, source: str) -> bool:
    """Whether the document's source (``source``, in small letters) writes
    the word and the one after it run together as one token (``the QZ
    plots`` beside the code's ``qzplot`` or the class ``QZPlot``): the pair
    is the name of the thing the code names, cut in two for prose, and the
    capitals are that name's part, not initials the page owes a reader."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    following = after.group(1)
    forms = {following, following[:-1]} if following.endswith("s") else {following}
    return any(_written_alone(source, word.lower() + form) for form in forms)


def _written_alone(source: str, token: str) -> bool:
    """Whether ``source`` writes ``token`` with no letter or digit on either
    side (``(?<![^\\W_])token(?![^\\W_])``): found by ``str.find``, as a
    pattern made of the token would be compiled for each word asked and
    tried at every character of the page."""
    end = len(token)
    for at in occurrences(source, token):
        if (at == 0 or not source[at - 1].isalnum()) and not source[at + end : at + end + 1].isalnum():
            return True
    return False
