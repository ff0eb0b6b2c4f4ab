"""CPU time of a Sphinx build of a real reST handbook with the extension's checks on.

The extension surveys the build's sources before the read, as ``check``
surveys its run (sphinx_ext/run_survey.py).  This prints the CPU time
(user + system of the sphinx process) of three builds of one handbook's
prose from ../shared/corpus, with its glossary imported from its page:
fresh (``-E``), incremental after one page is touched, and again with
nothing changed.  Run it once per version of the code (PYTHONPATH picks
one) and interleave the runs.

Usage: python bench/sphinx_survey.py [CORPUS] [--repeat N]   (default sqlalchemy, -j 1)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: (glossary page, prose folders) of the reST handbooks, as ../shared/tools/corpora.tsv lists them.
REST = {
    "sqlalchemy": (
        "doc/build/glossary.rst",
        ("doc/build/orm", "doc/build/core", "doc/build/tutorial", "doc/build/faq"),
    ),
    "sphinx": ("doc/glossary.rst", ("doc/usage", "doc/tutorial", "doc/development", "doc/extdev")),
}
CONF = """project = "survey bench"
extensions = ["glossary_lint_sphinx"]
glossary_lint_glossary = "glossary.yaml"
suppress_warnings = ["*"]
"""


def prepare(name: str, src: Path) -> Path:
    """A Sphinx project of the handbook's prose pages, its glossary and a toctree over them."""
    from glossary_lint.workflows.importers import import_rest, to_yaml

    root = CORPORA / name
    page, folders = REST[name]
    names = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.rst")):
            target = src / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            names.append(path.relative_to(root).with_suffix("").as_posix())
    (src / "glossary.yaml").write_text(
        to_yaml(import_rest((root / page).read_text(encoding="utf-8"))), encoding="utf-8"
    )
    (src / "conf.py").write_text(CONF, encoding="utf-8")
    toctree = "".join(f"   {n}\n" for n in names)
    (src / "index.rst").write_text(f"Bench\n=====\n\n.. toctree::\n\n{toctree}", encoding="utf-8")
    return src / (names[len(names) // 2] + ".rst")


def cpu_time(args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default="sqlalchemy", choices=sorted(REST))
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not (CORPORA / args.corpus).is_dir():
        sys.exit(f"bench: {CORPORA / args.corpus} is not there")
    times: dict[str, list[float]] = {"fresh": [], "one page touched": [], "nothing changed": []}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        touched = prepare(args.corpus, src)
        build = [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "-j",
            "1",
            "-b",
            "dummy",
            "-d",
            f"{tmp}/doctrees",
            str(src),
            f"{tmp}/out",
        ]
        for _ in range(args.repeat):
            times["fresh"].append(cpu_time([*build[:3], "-E", *build[3:]]))
            os.utime(touched)  # now: after the fresh build's read, before the next one's
            times["one page touched"].append(cpu_time(build))
            times["nothing changed"].append(cpu_time(build))
    import glossary_lint

    print(
        f"{args.corpus}, code from {Path(glossary_lint.__file__).parents[2]}, best of {args.repeat}, CPU s:"
    )
    for what, values in times.items():
        print(f"  {what}: {min(values):.2f}")


if __name__ == "__main__":
    main()
