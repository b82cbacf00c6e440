"""The diagnosis report in a real browser: headless Chromium (Debian's `chromium`, driven by
Playwright) loads `index.html` at a laptop's 1366 x 768 viewport. No console errors, no failed
loads, every SVG of the page laid out with a size and inside the viewport's width (no sideways
scrolling), no legend or label cut short, and a screenshot of the laptop-sized viewport. (A
full-page capture of the long report can exceed what headless Chromium renders in one piece on a
busy machine, so the page's length is read from the layout instead.)"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest

import crystaldb

VIEWPORT = {"width": 1366, "height": 768}
# The flags a root, offline, GPU-less machine needs (no sandbox, no background connections).
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str | None:
    return os.environ.get("CRYSTALDB_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_report_renders_in_headless_chromium(tmp_path: Path, mp_db: crystaldb.Database) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = chromium()
    if exe is None:
        pytest.skip("no chromium on PATH (scripts/python_tests.sh installs Debian's chromium when it can)")
    report = tmp_path / "report"
    doc = mp_db.diagnose(["magpie", "magpie_raw"], split="chemsys", labels=["crystal_system", "spacegroup"],
                         properties=["band_gap", "formation_energy_per_atom"], train_sizes=[100, "all"], sample=200,
                         cluster_sample=300, k_max=4, restarts=1, tsne_sample=200, report=report)
    html = (report / "index.html").read_text()
    n_svg = html.count("<svg")
    assert n_svg >= 8, n_svg

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=FLAGS)
        page = browser.new_page(viewport=VIEWPORT)
        console: list[str] = []
        errors: list[str] = []
        failed: list[str] = []
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto((report / "index.html").resolve().as_uri(), wait_until="load")
        boxes = page.eval_on_selector_all(
            "svg", "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.width, r.height]; })"
        )
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        scroll_height = page.evaluate("document.documentElement.scrollHeight")
        texts = page.eval_on_selector_all("svg text", "els => els.map(e => e.textContent)")
        shot = page.screenshot(timeout=60_000)
        browser.close()

    assert not errors and not failed, (errors, failed)
    assert not [m for m in console if m.startswith(("error", "warning"))], console
    assert len(boxes) == n_svg
    for left, right, width, height in boxes:
        assert width > 100 and height > 100, boxes
        assert left >= 0 and right <= VIEWPORT["width"], boxes
    assert scroll_width <= VIEWPORT["width"]
    assert png_size(shot) == (VIEWPORT["width"], VIEWPORT["height"])
    assert scroll_height > 3 * VIEWPORT["height"], scroll_height
    assert not [t for t in texts if "…" in t]
    # Every representation's full name is in some legend.
    for rep in doc["representations"]:
        assert rep["name"] in texts, (rep["name"], sorted(set(texts))[:50])
