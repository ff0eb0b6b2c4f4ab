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
term is the thing itself.
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
