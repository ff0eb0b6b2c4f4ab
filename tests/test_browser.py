"""A real browser opens the built example handbook, reads a term link's
tooltip, follows it, and lands on the glossary entry.

Uses Debian's chromium and chromium-driver; the fixture installs them with
apt-get when they are missing and the suite runs as root (as CI does).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading

import pytest

from conftest import ROOT

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture(scope="session")
def browser_binaries():
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            pytest.skip(
                "needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"
            )
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"],
            check=True,
            capture_output=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    return CHROMIUM, DRIVER


@pytest.fixture(scope="session")
def site_on_disk(tmp_path_factory):
    """The example handbook built once as HTML, for every test of this file."""
    out = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "-b",
            "html",
            "-d",
            str(out / ".doctrees"),
            str(ROOT / "examples" / "handbook"),
            str(out / "html"),
        ],
        check=True,
        capture_output=True,
    )
    return out / "html"


@pytest.fixture(scope="session")
def site(site_on_disk):
    """The built site served over HTTP on the loopback address."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site_on_disk))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def driver(browser_binaries, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser_binaries[0]
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    chrome = webdriver.Chrome(service=Service(executable_path=browser_binaries[1]), options=options)
    yield chrome
    chrome.quit()


def test_term_link_tooltip_and_landing(site, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{site}/chapters/learned-codecs.html")
    links = driver.find_elements(By.CSS_SELECTOR, "a.glossary-lint-term")
    link = next(a for a in links if a.text == "neural codec")
    assert link.get_attribute("title") == (
        "A learned audio compression model using encoder-decoder networks with vector quantization."
    )
    link.click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("/glossary.html#neural-codec"))
    entry = driver.find_element(By.ID, "neural-codec")
    assert entry.tag_name == "dt" and entry.text.startswith("Neural Codec")
    definition = entry.find_element(By.XPATH, "following-sibling::dd[1]")
    assert "learned audio compression model" in definition.text


def test_the_site_carries_its_own_mathjax(site_on_disk):
    import re

    page = (site_on_disk / "chapters" / "sound-as-numbers.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script[^>]*src="([^"]*)"', page)
    assert not [s for s in scripts if "://" in s or s.startswith("//")], scripts
    mathjax = [s for s in scripts if "mathjax" in s.lower()]
    assert mathjax and all((site_on_disk / "chapters" / s).resolve().is_file() for s in mathjax), mathjax


def test_math_renders_from_disk_without_network(site_on_disk, driver):
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get((site_on_disk / "chapters" / "sound-as-numbers.html").as_uri())
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.querySelectorAll('mjx-container mjx-math').length > 0")
    )
    rendered = driver.execute_script("return document.querySelector('mjx-container').innerText")
    assert "2595" in rendered and "\\log" not in rendered
