"""Auto-links in a Sphinx build: which mentions the extension turned into links to a
glossary entry, to be compared with labels of links that point at the wrong sense
(a glossary term that is also an ordinary word, used in its ordinary sense).

Every page of a reST/MyST corpus (or a seeded sample of them) is copied at run time into a
temporary Sphinx project whose conf.py loads the extension with the corpus's
imported glossary and a small recorder extension that writes every link made
(page, link text, the paragraph around it) once the doctrees are resolved.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from labels import unescape
from planting import documents

#: Pages built: all of them by default (a build of every page of the three reST
#: corpora takes well under a minute); a number draws a seeded sample.
SAMPLE: int | None = None
CONTEXT = 40

RECORDER = '''
"""Writes every glossary link of the build, one JSON object a line."""
import json
from docutils import nodes

OUT = {out!r}


def _texts(node):
    return [t for t in node.findall(nodes.Text)]


def _shown(text):
    # As a reader sees it: docutils keeps a backslash escape (``:term:`x`\\s``)
    # as a NUL in the node's string, which astext() removes.
    return text.astext()


def record(app, doctree, docname):
    with open(OUT, "a", encoding="utf-8") as sink:
        for link in doctree.findall(nodes.reference):
            if "glossary-lint-term" not in link.get("classes", []):
                continue
            block = link.parent
            while block is not None and not isinstance(block, (nodes.paragraph, nodes.TextElement)):
                block = block.parent
            block = block if block is not None else link.parent
            before, seen = [], False
            own = set(id(t) for t in _texts(link))
            for text in _texts(block):
                if id(text) in own:
                    seen = True
                    break
                before.append(_shown(text))
            head = "".join(before)
            whole = "".join(_shown(t) for t in _texts(block))
            sink.write(json.dumps({{"page": docname, "text": link.astext(),
                                    "refuri": link.get("refuri", ""), "before": head,
                                    "context": whole}}) + "\\n")


def setup(app):
    app.connect("doctree-resolved", record, priority=900)
    return {{"parallel_read_safe": True}}
'''

CONF = """import sys
sys.path.insert(0, {here!r})
project = "accuracy sample"
extensions = [{myst}"glossary_lint_sphinx", "accuracy_recorder"]
{math}glossary_lint_glossary = {glossary!r}
glossary_lint_check = False
root_doc = "index"
suppress_warnings = ["*"]
exclude_patterns = ["_build"]
"""


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Link:
    page: str
    text: str
    before: str
    context: str

    @property
    def paragraph(self) -> str:
        """The whole paragraph, on one line, with the link text in ``[[...]]``: what
        a labeller reads before deciding."""
        after = self.context[len(self.before) + len(self.text) :]
        return _one_line(self.before + "[[" + self.text + "]]" + after)

    @property
    def excerpt(self) -> str:
        """The link text with a little of the words around it, on one line."""
        after = self.context[len(self.before) + len(self.text) :]
        return _one_line(self.before[-CONTEXT:] + self.text + after[:CONTEXT])


@dataclass(frozen=True)
class LinkLabel:
    page: str
    text: str
    excerpt: str
    verdict: str  # wrong | right
    note: str = ""


def parse_link_labels(text: str, source: str = "<links>") -> list[LinkLabel]:
    """``page<TAB>link text<TAB>excerpt<TAB>wrong|right<TAB>note`` lines, escaped as labels
    files are; ``#`` starts a comment."""
    labels = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [unescape(c) for c in raw.split("\t")]
        if len(cells) < 4 or cells[3] not in ("wrong", "right"):
            raise ValueError(f"{source}:{number}: expected page, text, excerpt, wrong|right, note")
        labels.append(LinkLabel(cells[0], cells[1], cells[2], cells[3], "\t".join(cells[4:])))
    return labels


def match_links(links: list[Link], labels: list[LinkLabel]) -> list[LinkLabel | None]:
    """A label matches a link on the same page with the same text whose paragraph holds the
    excerpt; a label whose excerpt is the link's own is taken first, so that where a paragraph
    has two mentions and only one is linked, the other's label does not claim it."""
    pool = list(labels)
    result: list[LinkLabel | None] = [None] * len(links)
    for own in (True, False):
        for i, link in enumerate(links):
            if result[i] is not None:
                continue
            hit = next((lb for lb in pool if _labels(lb, link, own)), None)
            if hit is not None:
                pool.remove(hit)
                result[i] = hit
    return result


def stale_link_labels(links: list[Link], labels: list[LinkLabel]) -> list[LinkLabel]:
    """The labels no link of a build of every page takes: the link is no longer
    made (a wrong one fixed, a right one lost) or its page changed."""
    taken = [label for label in match_links(links, labels) if label is not None]
    stale = list(labels)
    for label in taken:
        stale.remove(label)
    return stale


def _labels(label: LinkLabel, link: Link, own: bool) -> bool:
    if label.page != link.page or label.text != link.text:
        return False
    if own:
        return label.excerpt in link.excerpt or link.excerpt in label.excerpt
    return label.excerpt in _one_line(link.context)


def sample_pages(root: Path, prose: tuple[str, ...], seed: int, size: int | None = SAMPLE) -> list[Path]:
    pages = [p for p in documents(root, prose) if p.suffix in (".rst", ".md")]
    if size is None or size >= len(pages):
        return sorted(pages)
    rng = random.Random(seed)
    return sorted(rng.sample(pages, size))


def build(
    root: Path, prose: tuple[str, ...], glossary: Path, work: Path, seed: int = 12, size: int | None = SAMPLE
) -> list[Link]:
    """Build the sample with the extension and return the links it made."""
    src = work / "src"
    src.mkdir(parents=True)
    pages = sample_pages(root, prose, seed, size)
    names = []
    for page in pages:
        rel = page.relative_to(root)
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, src / rel)
        names.append(rel.with_suffix("").as_posix())
    out = work / "links.jsonl"
    (work / "accuracy_recorder.py").write_text(RECORDER.format(out=str(out)), encoding="utf-8")
    markdown = any(p.suffix == ".md" for p in pages)
    myst = '"myst_parser", ' if markdown else ""
    # The Markdown handbooks write math as $...$ and $$...$$ (sympy's MyST pages,
    # neural-audio-theory's KaTeX): read as math, as their own builds do.
    math = 'myst_enable_extensions = ["dollarmath"]\n' if markdown else ""
    (src / "conf.py").write_text(
        CONF.format(here=str(work), myst=myst, math=math, glossary=str(glossary)), encoding="utf-8"
    )
    (src / "glossary_page.rst").write_text("Glossary\n========\n\n.. yaml-glossary::\n", encoding="utf-8")
    toctree = "\n".join("   " + n for n in ["glossary_page", *names])
    (src / "index.rst").write_text(f"Sample\n======\n\n.. toctree::\n\n{toctree}\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "-b",
            "dummy",
            "-d",
            str(work / "doctrees"),
            str(src),
            str(work / "out"),
        ],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        raise RuntimeError(f"Sphinx build failed (exit {proc.returncode}): {lines[-1] if lines else ''}")
    links = []
    if out.exists():
        for raw in out.read_text(encoding="utf-8").splitlines():
            d = json.loads(raw)
            links.append(Link(d["page"], d["text"], d["before"], d["context"]))
    return links
