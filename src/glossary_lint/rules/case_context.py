"""Where a capital letter is not a misspelling.

Handbooks capitalise terms in many places that are not mid-sentence prose:
a sentence start (also the first word of a list item, a table cell, or the
text after ``**Label**:`` or an arrow), Title Case headings, table headers,
link text quoting a chapter title, bold labels, proper names that contain a
term (``Flash Attention``, ``Music Transformer``), and an expansion written
right before its acronym (``Residual Vector Quantization (RVQ)``).  These
functions decide that from the segment text around a span; GL001 and the
fixer's replacement both use them, so they agree on what is allowed.  The
other way round, :func:`capitals_can_only_be_slips` says where a capital on
an everyday word has no reason but a slip (``enable Context isolation``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lazy_re import lazy_compile
from ..matching.words import WORD_RE
from ..sources.segments import PLACEHOLDER, Segment
from .sentence_case_spans import in_title_case_range

#: Characters after which the next word starts a sentence or a clause that
#: may be capitalised.
_SENTENCE_ENDS = frozenset(".!?:;|→⇒←↔•·…+=×")
#: Characters skipped when looking back for a sentence end: blanks,
#: brackets, emphasis marks, and the quotation marks that open a quote, the
#: English ones and the guillemets and low quotes of French, German and
#: others (``«Pluggable» means ...``): a quote that opens a sentence
#: capitalises its first word as the sentence would.
_OPENERS = frozenset(" \t\n\"'“‘«‹„‚([{*_")
#: Capitalised words that start sentences and are not part of a name.
_FUNCTION_WORDS = frozenset(
    """
a an the this that these those each every all any some no our your their its his her my we you
they it in on at by for from to of with without into onto over under about after before during
and or but nor so yet if when while where why how what which who whom whose use using via per
is are was were be been being has have had do does did can could may might must shall should
will would not also both either neither see note step part chapter section table figure
""".split()
)

#: A neighbouring word, on the same line or across one line break.
_WORD_BEFORE = lazy_compile(r"([^\W_][\w'’-]*)(?:[ \t]+|[ \t]*\n[ \t]*)$")
_WORD_AFTER = lazy_compile(r"^(?:[ \t]+|[ \t]*\n[ \t]*)([^\W_][\w'’-]*)")
_ACRONYM_AFTER = lazy_compile(r"^\s*\(\s*[A-Z][A-Za-z0-9-]*[A-Z0-9]s?\s*[),;]")
_ACRONYM_BEFORE = lazy_compile(r"[A-Z][A-Za-z0-9-]*[A-Z0-9]\s*\(\s*$")


def at_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, list item, cell or clause."""
    j = start - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    if j < 0:
        return True
    ch = text[j]
    if ch == PLACEHOLDER:
        return False
    if ch in _SENTENCE_ENDS:
        return True
    # A dash used as a separator: "word — Term", "word - Term".
    return ch in "—–-" and j > 0 and text[j - 1] in " \t"


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the span is part of a capitalised name (``Flash Attention``).

    The span must itself be capitalised and stand next to another
    capitalised word that is not a function word such as ``The``.
    """
    if not text[start : start + 1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and _is_name_word(before.group(1)):
        return True
    after = _WORD_AFTER.match(text[end : end + 40])
    return bool(after and _is_name_word(after.group(1)))


def paired_by_slash(text: str, start: int, end: int) -> bool:
    """Whether the capitalised span stands across a slash from another
    capitalised word (``a Widget Store/Widget Cache pair``): names paired,
    each in its capitals.  A reason for GL001's capitals only: the words of
    ``Melody/MIDI`` are each still the term they name, so a link stays."""
    if not text[start : start + 1].isupper():
        return False
    slashed_after = _SLASHED_AFTER.match(text, end, min(len(text), end + 40))
    slashed_before = _SLASHED_BEFORE.search(text, max(0, start - 40), start)
    return bool(
        (slashed_after and _is_name_word(slashed_after.group(1)))
        or (slashed_before and _is_name_word(slashed_before.group(1)))
    )


_SLASHED_AFTER = lazy_compile(r"/([^\W_][\w'’-]*)")
_SLASHED_BEFORE = lazy_compile(r"([^\W_][\w'’-]*)/$")


def paired_in_contrast(text: str, start: int, end: int) -> bool:
    """Whether the capitalised span and another capitalised word each stand
    before the same noun, joined by 'and', 'or' or a comma (``Widget builds
    and Gadget builds``): two kinds of one thing named side by side, the
    author capitalising each kind as a name.  One capital alone gives no
    such reason; the parallel one, before the very same noun, does."""
    if not text[start : start + 1].isupper():
        return False
    noun = _NOUN_AFTER.match(text, end, min(len(text), end + 40))
    if noun is None or not noun.group(1)[:1].islower():
        return False
    head = noun.group(1).casefold()
    after = _CONTRAST_AFTER.match(text, noun.end(), min(len(text), noun.end() + 80))
    if after and _is_name_word(after.group(1)) and after.group(2).casefold() == head:
        return True
    before = _CONTRAST_BEFORE.search(text, max(0, start - 80), start)
    return bool(before and _is_name_word(before.group(1)) and before.group(2).casefold() == head)


#: The word just after the span: the noun both kinds stand before.
_NOUN_AFTER = lazy_compile(r"\s+([^\W_][\w'’-]*)")
#: How two kinds are joined: a comma, 'and' or 'or' (with an Oxford comma or none).
_JOIN = r"(?:,[ \t]*\n?[ \t]*|,?\s+(?:and|or)\s+)"
#: ``and Gadget builds`` after the span's noun: the other kind's word and its noun.
_CONTRAST_AFTER = lazy_compile(_JOIN + r"([^\W_][\w'’-]*)\s+([a-z][\w'’-]*)")
#: ``Gadget builds and`` before the span: the other kind's word and its noun.
_CONTRAST_BEFORE = lazy_compile(r"(?<![\w'’-])([^\W_][\w'’-]*)\s+([a-z][\w'’-]*)" + _JOIN + "$")


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in _FUNCTION_WORDS


def beside_acronym(text: str, start: int, end: int) -> bool:
    """``Residual Vector Quantization (RVQ)`` or ``RVQ (Residual Vector Quantization)``;
    also a term that opens a longer expansion (:func:`opens_expansion`)."""
    if _partly_capitalised(text[start:end]):
        return False
    after = _ACRONYM_AFTER.match(text[end : end + 40])
    if after is not None and _lone_capital_word(text, start, end, after.group(0)):
        return False
    return bool(after or _ACRONYM_BEFORE.search(text[max(0, start - 40) : start])) or opens_expansion(
        text, start, end
    )


#: A capitalised word before the span, through small words: the span ends a
#: longer expansion (``Residual Vector Quantization (RVQ)``).
_CAPITAL_WORD_BEFORE = lazy_compile(
    r"[A-Z][\w'’-]*(?:[ \t]+(?:a|an|the|of|as|for|to|in|on|and|by|with))*[ \t]*\n?[ \t]*$"
)


def _lone_capital_word(text: str, start: int, end: int, acronym: str) -> bool:
    """``Megawatts (MW)``: one word, capitalised, alone before an acronym of
    several capitals.  Its capital marks one letter of them at most, so it
    marks no expansion; the acronym gives it no reason.  The last word of a
    longer expansion (``Residual Vector Quantization (RVQ)``) and a word
    whose one capital is the acronym's one (``Bytes (B)``) keep theirs."""
    if len(WORD_RE.findall(text[start:end])) != 1:
        return False
    if sum(ch.isupper() for ch in acronym) < 2:
        return False
    return _CAPITAL_WORD_BEFORE.search(text, max(0, start - 80), start) is None


def _partly_capitalised(span: str) -> bool:
    """``Widget serving layer``: a first word capitalised and a later word,
    other than a small word, in lower case.  An expansion beside its acronym
    takes capitals to mark the acronym's letters, all of its words alike
    (``Widget Serving Layer (WSL)``) or none; a capital on some words alone
    marks nothing, so the acronym gives it no reason."""
    words = span.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and any(w[:1].islower() and w.casefold() not in _TITLE_SMALL_WORDS for w in words[1:])
    )


#: The rest of an expansion after a term: small and capitalised words, the
#: last one capitalised, then the acronym in brackets.
_EXPANSION_REST = lazy_compile(
    r"((?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:a|an|the|of|as|for|to|in|on|and|by|with)\b)*"
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w'’-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:a|an|the|of|as|for|to|in|on|and|by|with)\b)*)+)"
    r"\s*\(\s*([A-Z][A-Za-z0-9]*[A-Z0-9])s?\s*[),;]"
)


def opens_expansion(text: str, start: int, end: int) -> bool:
    """``Widget Serving as a Service (WSaaS)``: the term's words open an
    expansion that goes on, through small words, to the acronym it spells;
    the capitals are the expansion's.  The acronym's capitals must be the
    first letters of the expansion's capitalised words, in order, so a
    bracketed acronym of another name after a capitalised word (``Widget
    Serving for Python (CPU)``) gives no reason."""
    rest = _EXPANSION_REST.match(text, end, min(len(text), end + 80))
    if rest is None:
        return False
    words = WORD_RE.findall(text[start:end]) + WORD_RE.findall(rest.group(1))
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials == "".join(ch for ch in rest.group(2) if ch.isupper())


#: After a name: up to two lower-case words (the name's head noun), then a
#: bracket that says the acronym abbreviates them (``system (abbreviated
#: "WS"``, ``(or WS``, ``(short: WS``), the acronym perhaps quoted.
_ABBREVIATED_AFTER = lazy_compile(
    r"((?:(?:[ \t]+|[ \t]*\n[ \t]*)[a-z]+){0,2})\s*\(\s*(?:abbreviated|abbr\.|short|or)\b:?\s*"
    r"[\"'“‘`]*([A-Z][A-Za-z0-9]*[A-Z0-9])[\"'”’`]*\s*[),;]"
)


def named_with_abbreviation(text: str, start: int, end: int) -> bool:
    """``the Widget Serving system (abbreviated "WS")``: every word of the
    span capitalised, and a bracket after it, past a head noun or two in
    lower case, that says so in words that the capitals' initials are the
    acronym's: the capitals mark its letters, as an expansion's do right
    before its acronym (:func:`beside_acronym`).  A bracket of other
    letters, or capitals on some of the span's words only, gives no reason."""
    words = WORD_RE.findall(text[start:end])
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    after = _ABBREVIATED_AFTER.match(text, end, min(len(text), end + 80))
    if after is None:
        return False
    return "".join(w[0] for w in words) == "".join(ch for ch in after.group(2) if ch.isupper())


_QUOTED = lazy_compile(r"[\"“]([^\"“”\n]{3,200})[\"”]")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Inside a quoted title in Title Case (``the "Memory Pool Design" note``)."""
    for match in _QUOTED.finditer(text):
        if match.start(1) <= start and end <= match.end(1):
            words = [
                w
                for w in re.findall(r"[^\W\d_][\w'’-]*", match.group(1))
                if w.casefold() not in _FUNCTION_WORDS
            ]
            return len(words) >= 2 and all(w[0].isupper() for w in words)
    return False


def title_allowed(segment: Segment, start: int, end: int) -> bool:
    """Whether every word of the span may be capitalised (Title Case)."""
    return (
        segment.kind.is_title
        or in_title_case_range(segment, start, end)
        or in_name(segment.text, start, end)
        or paired_by_slash(segment.text, start, end)
        or paired_in_contrast(segment.text, start, end)
        or beside_acronym(segment.text, start, end)
        or named_with_abbreviation(segment.text, start, end)
        or in_quoted_title(segment.text, start, end)
    )


#: A lower-case word just before, in the same sentence (across one line break at most).
_LOWER_WORD_BEFORE = lazy_compile(r"(?<![^\s(])[a-z][a-z'’]*(?:-[a-z]+)*,?(?:[ \t]+|[ \t]*\n[ \t]*)$")
#: The rest of a word after a term's stem: its plural or possessive ending.
WORD_REST = lazy_compile(r"[\w'’]*")
#: Source characters that mark a span up or quote it when they stand right before it.
_MARKUP_BEFORE = frozenset("*_`\"'“‘|[<")


def capital_has_reason(segment: Segment, source: str, start: int, end: int) -> bool:
    """Whether the text gives the span's capitals a reason: a sentence start,
    a title, link text, emphasis, a quotation, a name made of capitalised
    words (also joined by a small word: ``Bulk Update by Widget``), a
    word that gives or cites a name (``a class called Widget``), or a label
    given (``marked as Widget``)."""
    text = segment.text
    rest = WORD_REST.match(text, end)  # a plural or possessive ending belongs to the word
    word_end = rest.end() if rest else end
    if capital_allowed(segment, start, word_end) or _marked_up(segment, source, start, end):
        return True
    if text[word_end : word_end + 1] == ":" and re.search(r"\n[ \t]*$", text[max(0, start - 40) : start]):
        return True  # 'Widget: none' on a line of its own: a label, the line break meant
    if labels_interface(text, start, word_end):
        return True  # 'the View column', 'the Identity service', 'Site Setup → Widgets'
    if _VERSION_AFTER.match(text, word_end):
        return True  # 'Widget Rules v1', 'Widget Rules 2.0': one release's name
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and (
        _word(before) in _NAMING_WORDS
        or _joins_title_words(text, before, text[start:end], lambda at: after_hard_break(segment, source, at))
        or _labelled_as(text, before)
    )


def after_hard_break(segment: Segment, source: str, start: int) -> bool:
    """Whether the span opens a line that a hard line break starts (a line
    of the source ending in a backslash, Markdown's break): the lines of a
    reference entry (``**Usage**: ... \\`` then ``Target memory layout.``)
    are set one under the other, each starting afresh.  (A reST backslash
    before a line end joins the lines: the text keeps no line break.)"""
    if not re.search(r"\n[ \t]*$", segment.text[max(0, start - 20) : start]):
        return False
    offset = segment.source_offset(start)
    if offset is None:
        return False
    line_start = source.rfind("\n", 0, offset)
    return (
        line_start > 0 and not source[line_start + 1 : offset].strip() and source[:line_start].endswith("\\")
    )


#: A version after capitalised words makes them the name of one release or
#: generation of a thing (``Widget Rules v1``, ``Widget Rules 2.0``), which
#: keeps the capitals its makers gave it.  One dot is a release here
#: (``Rules 2.0``), where GL002's ``_RELEASE`` (:mod:`.acronym_names`) asks
#: for two: after a word in capitals, ``QRX 4.5`` is as often a value.
_VERSION_AFTER = lazy_compile(r"[ \t]+(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)+)(?![\w.]\w)")


#: Verbs that give a thing a label or a class (``marked as Failed``).
_LABEL_VERBS = frozenset(
    "annotated marked labelled labeled flagged classified tagged categorised categorized".split()
)


def _labelled_as(text: str, before: re.Match[str]) -> bool:
    """``annotated as False Alarm``, ``marked as Done``: the capitalised
    words after ``as`` are the label given, written as the label is."""
    if _word(before) != "as":
        return False
    verb = _LOWER_WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
    return verb is not None and _word(verb) in _LABEL_VERBS


_ARTICLES = frozenset("the a an each this".split())
#: Parts of a screen or a table that a label names: ``the View column``,
#: ``the Save button``, ``the Network tab``.
_SCREEN_PARTS = frozenset(
    "column row field button tab menu pane panel dialog window checkbox toolbar sidebar".split()
)
_UI_PARTS = _SCREEN_PARTS | frozenset(
    # A platform names each of its services so (``the Identity service``, ``the
    # Image service``): the capitalised word is the service's name, not the
    # common noun it is made of.  So does a web API each type of resource it
    # serves (``the Invoice resource``): the name its data model gives it.
    ["service", "resource"]
)


def labels_interface(text: str, start: int, end: int, services: bool = True) -> bool:
    """Whether the capitalised words ``text[start:end]`` are a label the
    program's interface shows, written as it shows them: the name of a part
    of a screen or table after an article (``the View column``, ``the Widget
    Rules control panel``), a step of a menu path (``Site Setup → Widget
    Rules``), or, with ``services``, the name of a platform's service (``the
    Identity service``), which may be the very thing a glossary defines.  A
    plural or possessive ending after ``end`` belongs to the words."""
    rest = WORD_REST.match(text, end)
    end = rest.end() if rest else end
    article = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if (
        article is not None
        and article.group(1).casefold() in _ARTICLES
        and _names_ui_part(text, start, end, _UI_PARTS if services else _SCREEN_PARTS)
    ):
        return True
    return _MENU_STEP_BEFORE.search(text, max(0, start - 60), start) is not None or (
        _MENU_STEP_AFTER.match(text, end) is not None
    )


#: A lower-case word that may open a part's name of two words (``control panel``).
_LOWER_WORD = lazy_compile(r"[a-z]+")
#: The arrows that join the steps of a menu path (``File > Save As``,
#: ``Settings → Network``), with the capitalised step on the other side.
_ARROW = r"(?:→|⇒|›|»|->|>)"
_MENU_STEP_BEFORE = lazy_compile(rf"[A-Z][\w'’-]*[ \t]*{_ARROW}[ \t]*$")
_MENU_STEP_AFTER = lazy_compile(rf"[ \t]*{_ARROW}[ \t]*[A-Z]")


def every_word_capitalised(words: str) -> bool:
    """Whether every word of ``words``, as spaces part them, opens with a
    capital, as a label on a screen has it (``Add-ons``, ``Widget Rules``)."""
    parts = words.split()
    return bool(parts) and all(w[:1].isupper() for w in parts)


def _names_ui_part(text: str, start: int, end: int, parts: frozenset[str]) -> bool:
    """Whether the capitalised words ``text[start:end]`` label the screen or
    table part named after them (``the Save button``): a label keeps the
    capitals it is shown with; so does the name of a platform's service.  A
    part named in two words (``the Widget Rules control panel``) takes a
    label capitalised on every word, as a screen shows it: ``the Widget
    rule handle resource`` is a capital at the wrong place."""
    after = _WORD_AFTER.match(text[end : end + 40])
    if after is None:
        return False
    if after.group(1) in parts:
        return True
    if not every_word_capitalised(text[start:end]) or not _LOWER_WORD.fullmatch(after.group(1)):
        return False
    second = _WORD_AFTER.match(text[end + after.end() : end + after.end() + 40])
    return second is not None and second.group(1) in _SCREEN_PARTS


def capitals_can_only_be_slips(segment: Segment, source: str, start: int, end: int) -> bool:
    """Whether capitals in an ordinary-word span can have no reason but a slip.

    Ordinary words are capitalised for many reasons (:func:`capital_has_reason`).
    Where none holds, and a lower-case word of the same sentence stands just
    before (``enable Context isolation``) or a small word that opens the
    sentence (``The Widget runs``), the capital is a slip; so are capitals
    of the later words where the span starts a sentence (``Context
    Isolation is on``)."""
    text = segment.text
    if at_sentence_start(text, start):
        later = re.findall(r"[^\W\d_][\w'’]*", text[start:end])[1:]
        return (
            any(w[:1].isupper() for w in later)
            and not title_allowed(segment, start, end)
            and not _marked_up(segment, source, start, end)
            and not labels_interface(text, start, end)
        )
    if capital_has_reason(segment, source, start, end):
        return False
    if _LOWER_WORD_BEFORE.search(text, max(0, start - 60), start):
        return True
    opener = _WORD_BEFORE.search(text, max(0, start - 40), start)
    # 'These Widgets can': only the first word of a sentence takes a capital.
    return (
        opener is not None
        and opener.group(1).casefold() in _DETERMINERS
        and at_sentence_start(text, opener.start(1))
    )


def _marked_up(segment: Segment, source: str, start: int, end: int) -> bool:
    """Emphasised, quoted or written as code in the source (the segment's
    text has lost that markup)."""
    span = segment.source_span(start, end)
    return span is None or (span[0] > 0 and source[span[0] - 1] in _MARKUP_BEFORE)


def _word(before: re.Match[str]) -> str:
    return before.group().strip().rstrip(",")


#: Words after which a capitalised word is a name or a title being given or
#: cited (``a class called Widget``, ``see Widgets``), or the label of a
#: button or menu (``click Widget``).
_NAMING_WORDS = frozenset(
    (
        "see called named titled entitled labelled labeled click clicking press pressing tap choose select"
        # ``a field of type Widget``: the data type cited by the name its schema gives it.
        " type"
    ).split()
)
#: Words that open a sentence before its noun (``The``, ``Each``, ``With``):
#: the noun keeps its case.
_DETERMINERS = frozenset(
    "a an the this that these those each every all any some no our your their its his her my both "
    "either neither another such many most several with without in on at by for from into onto "
    "after before during if when while since unlike once".split()
)
#: Small words that Title Case leaves in lower case between capitalised words
#: (not ``and``/``or``: 'the Main and Widget parts' joins two words, each in its own case).
_TITLE_SMALL_WORDS = frozenset("a an the for of to in on at by with from into via as vs".split())


def _joins_title_words(
    text: str, before: re.Match[str], found: str, opens_line: Callable[[int], bool]
) -> bool:
    """``Bulk Update by Primary Key``, ``Attach to Process``: the lower-case
    word is a small word inside a run of capitalised words, which is a name
    or a title.  A word whose capital opens its sentence, or a line that a
    hard line break starts (``opens_line``: ``Stop the Widget`` under a
    command's usage line), is no word of a name."""
    if _word(before) not in _TITLE_SMALL_WORDS or not all(w[:1].isupper() for w in WORD_RE.findall(found)):
        return False  # 'Tools for Latent diffusion': the term itself is not in Title Case
    previous = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
    # 'Open a Widget': a sentence's first word is capitalised whatever it is;
    # 'CQT for Widget': an acronym is in capitals whatever the style.
    return bool(
        previous
        and _is_name_word(previous.group(1))
        and not previous.group(1).isupper()
        and not at_sentence_start(text, previous.start(1))
        and not opens_line(previous.start(1))
    )


def capital_allowed(segment: Segment, start: int, end: int) -> bool:
    """Whether the span's first letter may be a capital."""
    return at_sentence_start(segment.text, start) or title_allowed(segment, start, end)
