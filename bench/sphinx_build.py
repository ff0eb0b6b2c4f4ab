"""Build time of the real handbook with and without glossary_lint_sphinx, in one run.

Usage: python bench/sphinx_build.py [--repeat N]   (each build is fresh, -j 1)
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from environment import ENV  # noqa: E402
from handbook_site import CORPUS, prepare  # noqa: E402


def build_time(src: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sphinx", "-q", "-E", "-j", "1", "-b", "html", "-d",
                    str(out / "doctrees"), str(src), str(out / "html")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"bench: the real handbook is not at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        plain = prepare(Path(tmp) / "plain", with_extension=False)
        linted = prepare(Path(tmp) / "linted", with_extension=True)
        without, with_ext = [], []
        for i in range(args.repeat):  # interleaved, so drift in the machine hits both
            without.append(build_time(plain, Path(tmp) / f"out-plain-{i}"))
            with_ext.append(build_time(linted, Path(tmp) / f"out-linted-{i}"))
    best_without, best_with = min(without), min(with_ext)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}; best of {args.repeat}, -j 1")
    print(f"real handbook, Sphinx + MyST: {best_without:.2f} s without the extension, "
          f"{best_with:.2f} s with it: overhead {100 * (best_with / best_without - 1):.1f}%")


if __name__ == "__main__":
    main()
