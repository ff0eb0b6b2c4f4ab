"""Where a mention is the value that a label in the text gives: the command
whose usage line follows ``Usage:``, the name after ``Name:`` or "Default
driver name:".

Reference pages and option tables write such lines for every command and
setting, and the word after the label is then a name, of a command, a
driver, a package, written as the program spells it: ``Usage: rollout
[--dry-run]`` gives the syntax of the ``rollout`` command, not the thing
the glossary calls a rollout, and "Default provider name: amphora" names a
driver after the amphorae it makes.  A link there would send the reader to
the entry about the thing where the line is about the command or the
driver.  Other labels keep the link: after "Architecture:" or "Input:" the
term is the thing itself.  A name mid-sentence may be given its other name
in brackets the same way, "your Octavia (load-balancer) endpoint": the
catalog's name for the service, in small letters, not the entry's thing; an
acronym after its spelled-out name ("Mac App Store (MAS)") is the entry, and
so are words in brackets after a common noun ("the input (mel
spectrogram)").
"""

from __future__ import annotations

import re

#: A label saying that a name or a usage line follows, ending right before
#: the mention: ``Usage:``, ``usage:``, ``Name:``, ``provider name:``.
_NAMING_LABEL = re.compile(r"\b(?:[Uu]sage|USAGE|[Nn]ame|NAME)[ \t]*:[ \t]*\n?[ \t]*$")


def follows_naming_label(text: str, start: int) -> bool:
    """Whether ``text[start:]`` comes right after a label that introduces a
    command's usage or a name (``Usage: rollout [--dry-run]``)."""
    return _NAMING_LABEL.search(text, max(0, start - 40), start) is not None


#: A capitalised name after a small letter or a comma, then an opening bracket.
_NAME_BEFORE_BRACKET = re.compile(r"[a-z,][ \t]+[A-Z][\w-]*[ \t]*\($")


def other_name_in_brackets(text: str, start: int, end: int, found: str) -> bool:
    """Whether ``found`` (``text[start:end]``) in small letters is the whole
    of a bracket right after a capitalised name mid-sentence: "your Octavia
    (load-balancer) endpoint"."""
    return (
        found == found.lower()
        and text[end : end + 1] == ")"
        and _NAME_BEFORE_BRACKET.search(text, max(0, start - 60), start) is not None
    )
