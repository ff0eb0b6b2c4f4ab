"""Where a word of prose is a piece of a name from code or the file system.

A glossary term inside ``pyramid_jinja2``, ``maps.jinja`` or ``~/minion`` is
spelled as the package, file or folder is named, and it does not mean what
the glossary defines: GL001 leaves its spelling alone, and an auto-link
would point the reader at the wrong thing.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile

#: A path that starts at the root, a home folder, a variable or the current
#: folder, up to the word: ``/``, ``/srv/``, ``~/``, ``$HOME/``, ``./``.
#: ``\Z``, not ``$``: ``$`` also matches before a line break, and a path
#: that ends the line before (``the /etc/hosts`` then ``resolver, ...``) is
#: no folder of the next line's first word.
_PATH_BEFORE = lazy_compile(r"(?:^|[\s(\"'‘“`])(?:[$~.]\S*/|/\S*)\Z")


def in_identifier(text: str, start: int, end: int) -> bool:
    """``pyramid_jinja2``, ``jinja2_env``: a word joined to other letters by an
    underscore is a part of a code identifier (a package, a variable), which
    has its own spelling.  So is a word joined by ``=`` to a value
    (``width=6``, ``mode=strict``): a keyword argument or an option, as
    code writes it."""
    return bool(
        re.search(r"[^\W_]_$", text[max(0, start - 2) : start])
        or re.match(r"_[^\W_]", text[end : end + 2])
        or _KEYWORD_VALUE.match(text, end)
        or _VALUE_OF_KEYWORD.search(text, max(0, start - 2), start)
    )


#: ``=`` and a value straight after a word, and a word and ``=`` straight before one.
_KEYWORD_VALUE = lazy_compile(r"=(?!=)[^\s=]")
_VALUE_OF_KEYWORD = lazy_compile(r"[^\W_]=$")


def file_extension(found: str, text: str, start: int) -> bool:
    """``.jinja2``, ``.mako``: a lower-case word right after a dot that follows no
    word is a file name extension, written as the files are named."""
    return found.islower() and bool(re.search(r"(?:^|[^\w.])\.$", text[max(0, start - 2) : start]))


def in_code_token(found: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (written ``found``) is part of a name from
    code or the file system rather than a word of the sentence.

    The word is read to its end, past an inflection the mention leaves out
    (``contentrules.slack``).  Besides :func:`in_identifier` and
    :func:`file_extension`: a dot with no
    space joins the parts of a dotted name (``maps.jinja``,
    ``kombu.connection``), where the part after the dot starts in lower case;
    a capital after the dot (``Squirrel.Windows``) is as often a product's
    own name, so it is left to the words, unless a module path of two
    lower-case parts or more comes before it (:data:`_MODULE_PATH`:
    ``package.tools.Lantern``), the path to a class as an import string or
    a dotted reference writes it.  A colon with no space joins a
    compact identifier's prefix to its local name (``skos:prefLabel``,
    ``rdfs:label``, ``sqlite:obo``), on either side of it as the dot does;
    a colon before a space or a slash is the sentence's or a URL's
    (``lamps: lantern``, ``https://``).  A word with brackets straight
    after it is indexed or tagged (:data:`_SUBSCRIPT`), and one with round brackets
    straight after it is a call (:func:`_is_call`).  And a word after a slash, in a
    path that starts with ``/``, ``~``, ``$`` or ``.`` (``$HOME/minion``), is
    a folder or file name.
    """
    # A mention may end inside its word (``contentrule`` of ``contentrules``,
    # an inflection the matcher reads past): what joins the word to code is
    # after the whole word.
    end = _WORD_REST.match(text, end).end()  # type: ignore[union-attr]
    if in_identifier(text, start, end) or file_extension(found, text, start):
        return True
    if found[:1].islower() and re.search(r"\w[.:]$", text[max(0, start - 2) : start]):
        return True
    if (
        found[:1].isupper()
        and text[start - 1 : start] == "."
        and _MODULE_PATH.search(text, max(0, start - 200), start)
    ):
        return True
    if re.match(r"\.[a-z]|:[^\W\d]", text[end : end + 2]) or _SUBSCRIPT.match(text, end):
        return True
    if _is_call(found, text, end):
        return True
    return bool(_PATH_BEFORE.search(text, max(0, start - 200), start))


#: The letters and digits left of a word after a mention that ends inside it
#: (its inflection: the ``s`` of ``contentrules``); none when the word ends there.
_WORD_REST = lazy_compile(r"[^\W_]*")

#: Two lower-case parts of a dotted name or more, and the dot after them,
#: right before a word (``package.tools.`` of ``package.tools.Lantern``):
#: modules, as an import path names them on the way to a class.  Each part
#: has two characters or more, so an abbreviation's dots (``e.g.``,
#: ``i.e.``) before a word whose space was left out make no path; one
#: part alone (``Lantern.Glow``, ``lantern.Glow``) is left to the words,
#: as a product may be named so.
_MODULE_PATH = lazy_compile(r"(?<![\w.])[a-z_][a-z0-9_]+(?:\.[a-z_][a-z0-9_]+)+\.\Z")

#: Brackets straight after a word, holding no space: an index, key or
#: process id (``haproxy[1644]``, ``env[HOME]``), never prose (not a
#: Markdown footnote, ``[^1]``).
_SUBSCRIPT = lazy_compile(r"\[(?!\^)[^\]\s]+\]")

#: Round brackets straight after a word, empty or holding arguments as code
#: writes them (names, values, commas, no other spaces); group 1 holds the
#: arguments.  Not a plural ending in brackets (``endpoint(s)``, ``class(es)``).
_CALL = lazy_compile(r"\((?!(?:e?s)\))((?:[\w.*'\"=\[\]-]+(?:,\s*[\w.*'\"=\[\]-]+)*)?)\)")


def _is_call(found: str, text: str, end: int) -> bool:
    """Whether ``found``, ending at ``end`` of ``text``, is called like a function:
    ``cleanup()``, ``open(path, mode='r')``.  Prose that leaves a call out of
    code markup still names a function or method, never the glossary's term.
    Words in brackets with spaces between them are prose (``SLA(Service
    Level Agreement)``, a gloss missing its space), and an acronym in capitals
    with an argument is mathematics' notation for a quantity as a function of
    a variable (``PSD(f)``, ``CDF(x)``): the term itself.
    """
    call = _CALL.match(text, end)
    return call is not None and not (call.group(1) and found.isupper())


def last_name(code: str) -> str:
    """The last name of a dotted path as code writes it: ``~pkg.Configurator()`` is ``Configurator``."""
    return code.strip().removesuffix("()").rsplit(".", 1)[-1].lstrip("~")
