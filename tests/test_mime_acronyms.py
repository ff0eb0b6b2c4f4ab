"""How tools/mime_acronyms.py picks format acronyms from a shared-mime-info database."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import mime_acronyms  # noqa: E402

DATABASE = """<?xml version="1.0"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-qzf">
    <comment>QZF kiln chart</comment>
    <acronym>QZF</acronym>
    <expanded-acronym>Quarry Zone Format</expanded-acronym>
    <glob pattern="*.qzf"/>
    <glob pattern="*.qzf3"/>
    <glob pattern="*.qz"/>
    <glob pattern="*.qzfx"/>
  </mime-type>
  <mime-type type="text/x-kilnml">
    <acronym>KilnML</acronym>
    <glob pattern="*.kml2"/>
  </mime-type>
  <mime-type type="text/x-two-words">
    <acronym>QZ NG</acronym>
  </mime-type>
  <mime-type type="image/x-glaze">
    <comment>glaze swatch</comment>
    <glob pattern="*.gsw"/>
  </mime-type>
</mime-info>
"""


def test_acronyms_in_capitals_and_their_versioned_extensions_are_kept():
    assert mime_acronyms.select(DATABASE) == ["QZF", "QZF3"]


def test_generator_writes_the_source_edition_licence_and_count():
    text = mime_acronyms.generate(DATABASE, "9.9-1")
    header = " ".join(line for line in text.splitlines() if line.startswith("#"))
    assert "'shared-mime-info' 9.9-1" in header and "General Public License" in header
    assert "2 acronyms." in header
    assert [line for line in text.splitlines() if not line.startswith("#")] == ["QZF", "QZF3"]


@pytest.mark.parametrize(
    "name,version",
    [("shared-mime-info_9.9-1_amd64.deb", "9.9-1"), ("freedesktop.org.xml", "unknown")],
)
def test_the_edition_comes_from_the_package_file_name(name, version):
    assert mime_acronyms.debian_package.edition(Path("/tmp") / name) == version
