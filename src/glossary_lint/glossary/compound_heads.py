"""Where a mention opens a hyphenated compound that names another thing, or
stands before a noun that makes the phrase the name of another thing.

``salt-minion`` is the minion daemon, ``amphora-agent`` the agent that runs
in an amphora, ``Pylons-discuss`` a mailing list, ``ICA-AROMA`` a tool: the
term before the hyphen only says which one, and a link on it would send the
reader to an entry about something else.  Hyphens also make compound
modifiers, where the term keeps its own sense (``GAN-based``,
``JSON-serializable``, ``voxel-wise``, ``DBAPI-level``) and phrases joined by
a function word (``IPC-over-STDIO``, ``text-to-speech``).

There is no part-of-speech tagger here (see :mod:`..rules.word_roles`), so
the word after the hyphen is sorted by three documented sources: the
combining forms that make a modifier of a name (``MODIFIER_ENDS``, shared
with GL001, and :data:`_MODIFIER_NOUNS` below), the endings of English
participles and adjectives (:data:`_MODIFIER_SHAPE`), and the function
words that never head a noun phrase (``NOT_NOUNS``).  A number after the
hyphen (``GPT-2``) is a version of the term.  Any other word, a noun, a
name or an acronym, is the head of the compound, and the compound is that
thing.  A term written after the hyphen (``LAION-CLAP``, a CLAP model) is
not looked at here, and neither is a compound that is itself an entry's
name: the mention is then the whole compound.  The one exception is a
mention that spaces the words its entry joins by a hyphen while the text
joins its first word to the word before ("the org-config project" for
``config-project``): the text's compound is then ``org-config``.
"""

from __future__ import annotations

import re

from ..rules.word_roles import MODIFIER_ENDS, NOT_NOUNS
from ..sources.segments import Segment

#: Nouns that, after a hyphen, make the compound say where or how far
#: something applies, the term keeping its sense: ``waveform-level``,
#: ``spectrogram-domain``, ``server-side``, ``cluster-wide``, ``voxel-wise``; and adjectives
#: that combine so (``CPU-bound``, ``vendor-agnostic``).
_MODIFIER_NOUNS = frozenset(
    "level domain side wide wise scale".split()
    + "centric agnostic dependent independent safe bound heavy intensive".split()
)
#: Endings of participles and adjectives: ``GAN-generated``, ``JSON-serializable``,
#: ``voxel-wise``, ``model-training``.  ``-ing`` and ``-ed`` need a stem of four
#: letters or more, so that ``string`` and ``speed`` stay nouns.
_MODIFIER_SHAPE = re.compile(r"\w{2,}(?:able|ible|wise|less|ish)|\w{4,}ing|\w{3,}[^e]ed")
#: A hyphen straight after the mention and the word it joins.
_JOINED_WORD = re.compile(r"[-\u2010\u2011]([^\W_][\w'’]*)")


def opens_other_compound(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` of ``text`` is joined by a hyphen
    to a word that heads the compound (``amphora-agent``), so that the
    compound names that word's thing and not the term."""
    joined = _JOINED_WORD.match(text, end)
    if joined is None:
        return False
    word = joined.group(1)
    low = word.casefold()
    if word[0].isdigit() or low in NOT_NOUNS or low in MODIFIER_ENDS or low in _MODIFIER_NOUNS:
        return False
    return _MODIFIER_SHAPE.fullmatch(low) is None


#: A word joined by a hyphen right before a mention: ``org-`` of "org-config project".
_JOINED_BEFORE = re.compile(r"[^\W_][-\u2010\u2011]$")


def closes_other_compound(text: str, start: int, found: str, name: str) -> bool:
    """Whether the mention ``found`` at ``start`` of ``text`` spaces the words
    that the entry's name joins by a hyphen, while its first word is joined
    by a hyphen to the word before: "the org-config project" for the entry
    ``config-project``.  The text's hyphen makes its own compound
    (``org-config``, a repository's name), and the words after it only
    happen to spell the entry's; where the text writes the entry as the entry
    does (``org-config-project``), the compound ends in the entry, and that
    is left to the other checks."""
    return (
        any(h in name for h in "-\u2010\u2011")
        and not any(h in found for h in "-\u2010\u2011")
        and len(found.split()) > 1
        and _JOINED_BEFORE.search(text, max(0, start - 2), start) is not None
    )


#: Nouns for parts of a system that are named after what they serve or hold,
#: so that the word before them says which one: "the amphora provider" is a
#: provider driver, "the minion folder" a folder, "a time series database" a
#: database, none of them the thing the words name alone.
_NAMED_PARTS = frozenset(
    "provider providers driver drivers plugin plugins backend backends".split()
    + "folder folders database databases".split()
)
#: The word after the mention, across spaces or one line break.
_SPACED_WORD = re.compile(r"[ \t]*\n?[ \t]+([A-Za-z]+)\b|\n([A-Za-z]+)\b")


def names_part_after(text: str, end: int, definition: str) -> str | None:
    """The noun of a part named after the mention ending at ``end`` of
    ``text`` (``provider`` of "the amphora provider"), or None.  A
    definition whose first sentence calls the entry such a part ("A plugin
    that ...") makes the phrase the entry itself, so it gives None too."""
    noun = _noun_after(text, end)
    if noun is None or noun not in _NAMED_PARTS:
        return None
    return None if definition_calls_it(definition, noun) else noun


def _noun_after(text: str, end: int) -> str | None:
    """The word right after ``end`` of ``text``, across spaces or one line
    break, in small letters: the noun a mention may be the modifier of."""
    after = _SPACED_WORD.match(text, end)
    return None if after is None else (after.group(1) or after.group(2)).casefold()


def definition_calls_it(definition: str, noun: str) -> bool:
    """Whether the definition's first sentence calls the entry ``noun`` ("A plugin that ...")."""
    first = re.split(r"(?<=[.!?])\s", definition.strip(), maxsplit=1)[0]
    return re.search(rf"\b{noun.rstrip('s')}", first, re.IGNORECASE) is not None


#: Nouns for the items of a program's interface that are labelled with a
#: word: "the descendants command", "the Pipelines menu", "the Refresh
#: button".  The word before them is the item's label, the name of a command
#: or a menu, not the thing the glossary defines under that word.
_LABELLED_ITEMS = frozenset(
    "command commands subcommand subcommands menu menus button buttons tab tabs".split()
)


def labels_item_after(text: str, end: int, definition: str) -> bool:
    """Whether the one-word mention ending at ``end`` of ``text`` is the label
    of an interface item named after it (``descendants`` of "the descendants
    command").  A definition that calls the entry such an item ("A command
    that ...") makes the phrase the entry itself."""
    noun = _noun_after(text, end)
    return noun in _LABELLED_ITEMS and not definition_calls_it(definition, noun)


#: Nouns for the named parts of a configuration file or a record: "the
#: **paths** section", "the **retries** key".
_FILE_PARTS = frozenset("section key field block option parameter setting".split())


def names_file_part(segment: Segment, start: int, end: int, definition: str) -> bool:
    """Whether the mention ``segment.text[start:end]``, set alone in bold (a
    title range that is no link text), names the part of a file that the
    noun after it calls it: "**retries** in the **paths** section of the
    config".  Bold around a single word before such a noun marks it as the
    part's literal name, as code would; in plain words ("the outputs
    section") the phrase may be about the thing the entry defines.  A
    definition that calls the entry such a part ("A section of ...") makes
    the phrase the entry itself."""
    bold = (start, end) in segment.title_ranges and not segment.in_link(start, end)
    noun = _noun_after(segment.text, end)
    return bold and noun in _FILE_PARTS and not definition_calls_it(definition, noun)


#: An acronym: capitals, and digits after the first letter (``RPC``, ``H5``).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


def names_class_after(found: str, text: str, end: int, definition: str) -> bool:
    """Whether the acronym ``found``, ending at ``end`` of ``text``, is the
    name of a class in code: "a copy of the RPC class".  An acronym entry
    stands for what its letters spell out (a model, a protocol), and the class
    that implements it is named with the same letters; the entry is that
    class only where its definition's first sentence calls it one.  A word in
    small letters before "class" ("an estimator class") says what the class
    is, and keeps its sense."""
    if _ACRONYM.fullmatch(found) is None:
        return False
    return _noun_after(text, end) in ("class", "classes") and not definition_calls_it(definition, "class")


#: Words after which a name is the class another class is made from:
#: "RPCoptim inherits from RPC", "a subclass of RPC".
_BASE_OF = re.compile(
    r"\b(?:inherits?|inheriting|derives?|derived|deriving)[ \t]*\n?[ \t]+from[ \t]*\n?[ \t]+$"
    r"|\bsubclass(?:es|ing)?(?:[ \t]*\n?[ \t]+of)?[ \t]*\n?[ \t]+$"
)


def inherited_from(found: str, text: str, start: int, definition: str) -> bool:
    """Whether the acronym ``found`` at ``start`` of ``text`` is a class that
    another inherits from: "RPCoptim inherits from RPC(C++) and
    GeoModelTemplate".  Only a class is inherited from, so the letters name
    the code that implements what the acronym stands for, as in "the RPC
    class" (:func:`names_class_after`); a definition whose first sentence
    calls the entry a class makes it that class."""
    return (
        _ACRONYM.fullmatch(found) is not None
        and _BASE_OF.search(text, max(0, start - 40), start) is not None
        and not definition_calls_it(definition, "class")
    )


#: "two classes Pinfile, Workspace", "the classes Reader and Writer": the
#: word "classes", then capitalised names joined by commas or a conjunction.
_CLASS_SERIES = re.compile(
    r"\bclasses[ \t]*\n?[ \t]+(?:[A-Z]\w*(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]+(?:and|or)[ \t]+))*$"
)


def listed_as_class(found: str, text: str, start: int, definition: str) -> bool:
    """Whether the capitalised mention at ``start`` of ``text`` is one name in
    a series the sentence calls classes: "the API provides two classes
    Pinfile, Workspace".  Each item is the name of a class in code, written
    in its case, and the entry is that class only where its definition's
    first sentence calls it one (as :func:`names_class_after` asks of "the
    RPC class")."""
    return (
        found[:1].isupper()
        and _CLASS_SERIES.search(text, max(0, start - 200), start) is not None
        and not definition_calls_it(definition, "class")
    )


#: Nouns after which a phrase in Title Case is the proper name of an offering:
#: "their Load Balancing service", "each Load Balancing provider".
_OFFERINGS = frozenset("service services provider providers project projects team teams".split())
#: Two words or more, each capitalised, the rest in small letters: "Load Balancing".
_TITLE_CASE = re.compile(r"[A-Z][a-z]+(?:[ \t]*\n?[ \t]+[A-Z][a-z]+)+")
#: A small letter or a comma before the phrase, across spaces: mid-sentence.
_MID_SENTENCE = re.compile(r"[a-z,][ \t]*\n?[ \t]*$")


def names_offering(text: str, start: int, end: int, definition: str) -> bool:
    """Whether the mention ``text[start:end]``, in Title Case mid-sentence, names
    a service or a project after the process it provides: "upgrading their
    Load Balancing service", where running prose writes the process in small
    letters ("load balancing spreads requests").  A definition whose first
    sentence calls the entry a service or a project makes it that offering."""
    after = _SPACED_WORD.match(text, end)
    if after is None:
        return False
    noun = (after.group(1) or after.group(2)).casefold()
    return (
        noun in _OFFERINGS
        and _TITLE_CASE.fullmatch(text, start, end) is not None
        and _MID_SENTENCE.search(text, max(0, start - 40), start) is not None
        and not definition_calls_it(definition, noun)
    )


#: A word with a capital joined by a hyphen right before a mention, itself not
#: the end of a longer hyphenated run: ``CMSIS-`` of "CMSIS-DAP".
_NAME_BEFORE = re.compile(r"(?<![\w\-\u2010\u2011])([^\W_]*[A-Z][^\W_]*)[-\u2010\u2011]$")


def name_joined_before(text: str, start: int) -> str | None:
    """The word with a capital that a hyphen joins to the mention starting at
    ``start`` of ``text`` (``CMSIS`` of "CMSIS-DAP", ``AHB`` of "AHB-AP"), or
    None.  A word in small letters before a hyphen is most often a prefix or
    a modifier (``non-``, ``multi-``, ``log-mel``), the term keeping its
    sense; a word with a capital is a name, and whether the compound is one
    kind of the term (``AHB-AP``, an access port) or a thing of its own
    (``CMSIS-DAP``, a probe protocol) only the handbook's usage tells
    (see the Sphinx extension's ``joined_names``)."""
    joined = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return None if joined is None else joined.group(1)


def closes_capitalised_name(text: str, start: int, found: str, spelling: str) -> bool:
    """Whether the mention ``found`` at ``start`` of ``text``, capitalised
    where its entry writes it in small letters (``spelling``), is joined by a
    hyphen to a capitalised word before it: ``Kelpie-Herders``, the name of a
    project or a product in Title Case, of which the mention is only the last
    word.  Running text gives the capital no other reason (a heading's or a
    bold label's Title Case is left to the caller); an acronym entry
    (``AHB-AP``), written in capitals by its entry, is one kind of the term
    and is judged by usage instead (:func:`name_joined_before`)."""
    if not found[:1].isupper() or not spelling[:1].islower() or found.isupper():
        return False
    return name_joined_before(text, start) is not None
