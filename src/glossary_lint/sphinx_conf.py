"""Whether a handbook's Sphinx build may resolve a term reference in another
project's glossary.

With ``sphinx.ext.intersphinx``, Sphinx looks a ``:term:`` (or MyST
``{term}``) its own glossaries lack up in the inventories of the projects
``intersphinx_mapping`` names (Python's, NumPy's), and warns only if none
has it.  The linter cannot fetch those inventories, so it must know that
the build will try: the nearest ``conf.py`` at or above a document is read
as Python source, never run (it is a stranger's code), and counts as loading
intersphinx if it names the extension anywhere or assigns
``intersphinx_mapping`` a value that is not empty.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

from .glossary.bounded_read import FileRefused, read_regular_file

CONF_NAME = "conf.py"
EXTENSION = "sphinx.ext.intersphinx"
MAPPING = "intersphinx_mapping"
#: A conf.py is a page or two; one larger than this is not read.
MAX_CONF_BYTES = 1024 * 1024


def intersphinx_near(document: str | Path) -> bool:
    """Whether the nearest conf.py at or above ``document``'s folder loads intersphinx."""
    try:
        folder = Path(document).resolve().parent
    except (OSError, RuntimeError, ValueError):
        return False
    for candidate in (folder, *folder.parents):
        conf = candidate / CONF_NAME
        try:
            if conf.is_file():
                return _loads_intersphinx(conf, conf.stat().st_mtime_ns)
        except OSError:
            return False
    return False


@lru_cache(maxsize=64)
def _loads_intersphinx(conf: Path, stamp: int) -> bool:
    """Read once per version of the file (``stamp``): every document of a
    handbook asks about the same conf.py."""
    try:
        tree = ast.parse(read_regular_file(conf, MAX_CONF_BYTES, "a Sphinx conf.py").decode("utf-8-sig"))
    except (FileRefused, UnicodeDecodeError, SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return any(_names_extension(node) or _sets_mapping(node) for node in ast.walk(tree))


def _names_extension(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value == EXTENSION


def _sets_mapping(node: ast.AST) -> bool:
    """``intersphinx_mapping = {...}`` (or ``|=``, ``.update``, an annotated
    assignment), with a value that is not written as empty."""
    value: ast.expr | None
    if isinstance(node, ast.Assign):
        targets, value = node.targets, node.value
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        targets, value = [node.target], node.value
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("update", "setdefault", "__setitem__")
        and _is_mapping_name(node.func.value)
    ):
        return bool(node.args or node.keywords)
    else:
        return False
    if not any(
        _is_mapping_name(t) or isinstance(t, ast.Subscript) and _is_mapping_name(t.value) for t in targets
    ):
        return False
    empty = isinstance(value, ast.Dict) and not value.keys
    return value is not None and not empty


def _is_mapping_name(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id == MAPPING
