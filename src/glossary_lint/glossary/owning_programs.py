"""A thing named together with the program it belongs to, when that program
is one the handbook's glossary never names: the thing is that program's,
not the one the entry defines.

English says whose a part is by naming the owner after it: "a plugin for
the quarrytool command", "the plugin shipped with the stonecutter-cli
package", "an extension of the kilnctl program".  When the owner is the
handbook's own project or one of the things its glossary is about ("each
subcommand of the kiln tool" in the Kiln handbook), the part is the
glossary's; when it is some other program, one the glossary's names and
definitions never write, the word means what that program calls so, which
the entry does not describe (a plugin of a neighbouring command-line
client is not the handbook's plugin type).

The owner must be spelled as a name, not as an English word ("a plugin for
the same tool", "the options of the main program" name no other program),
and called a program by the noun after it (``tool``, ``package``,
``client`` and the like), so that "the plugin for the sorting" keeps the
entry's sense.
"""

from __future__ import annotations

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word
from ..matching.words import WORD_RE
from ..sources.segments import PLACEHOLDER

#: Right after the mention: a preposition or a participle that says whose it
#: is, ``the``, a one-token name and a noun that calls it a program.
_OWNED_BY = lazy_compile(
    r"[ \t\n]+(?:(?:provided|shipped|bundled|installed|supplied)[ \t\n]+(?:by|with)|for|of|from)"
    rf"[ \t\n]+the[ \t\n]+([A-Za-z][\w.-]*[\w]|{PLACEHOLDER})[ \t\n]+"
    r"(?:tool|package|client|program|library|command|utility|application|app)\b"
)


def owned_by_unknown_program(
    text: str, end: int, known: frozenset[str], code_after: str | None = None
) -> bool:
    """Whether the mention ending at ``end`` of ``text`` is named as a part
    of a program (``a plugin for the quarrytool command``) whose name is no
    English word and has a word that the glossary's names and definitions
    (``known``, in small letters) never write.  A name written as code
    stands in ``text`` as a placeholder: ``code_after``, the text of the
    first code after the mention, if known, is that name.  With no glossary
    words to compare, nothing is another program's."""
    owned = _OWNED_BY.match(text, end) if known else None
    if owned is None:
        return False
    name = owned.group(1) if owned.group(1) != PLACEHOLDER else code_after
    if name is None:
        return False
    words = [w.casefold() for w in WORD_RE.findall(name)]
    if len(words) == 1 and is_known_word(name):
        return False  # "the main program", "the same tool": no name at all
    return any(w not in known for w in words)
