"""The environment every benchmarked command runs in.

A machine that sets PYTHONDONTWRITEBYTECODE never caches the bytecode of
an editable install, so every run would compile glossary-lint's sources
again, while the installed packages it is compared with (markdown-it-py,
Sphinx) ship compiled.  Users' machines cache bytecode; so do the
benchmarks, and each figure is a best of several runs, after the first
has written the cache.
"""

from __future__ import annotations

import os

ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
