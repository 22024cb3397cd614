"""Running the dashboard with `streamlit run` and driving it with Playwright (tests, bench)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# What "the page has drawn" means: land and country borders on the map, points on the
# timeline, and the footer the app writes last.
MAP_PATHS = ".js-plotly-plot .geo .countries path, .js-plotly-plot .geo .land path"
TIMELINE_POINTS = ".js-plotly-plot .cartesianlayer .scatterlayer path.point"
DONE_TEXT = "Page computed in"
DONE = f"text=/{DONE_TEXT}/"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def chromium_path() -> str | None:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).is_file() and os.access(path, os.X_OK) else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(
    log: Path,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    script: Path = ROOT / "dashboard.py",
) -> Server:
    """`streamlit run dashboard.py` (or ``script``) on a free local port; returns when
    /_stcore/health answers."""
    port = free_port()
    environment = {**os.environ, **(env or {})}
    environment.pop("INCIDENTS_ONLINE_GEOCODER", None)
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        # Files edited while a test runs must not put a "rerun?" prompt on the page.
        "--server.fileWatcherType",
        "none",
    ]
    handle = log.open("wb")
    process = subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=handle, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    server = Server(process, url, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited ({process.returncode}): {log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.02)  # the benchmarks time from here: a late look adds to them
    server.stop()
    raise TimeoutError(f"streamlit did not answer within {timeout:.0f} s: {log.read_text()}")


def launch_chromium(playwright):  # -> playwright Browser
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


# All at once, looked at on each frame the browser draws: four waits one after the other
# each paid Playwright's round trip, and together they saw a drawn page 0.3 to 0.6 s late.
_DRAWN = """([selectors, done]) => !!document.body
    && document.body.textContent.includes(done)
    && selectors.every((selector) => document.querySelector(selector))"""


def wait_until_drawn(
    page, *, timeout_ms: float = 120_000, points: bool = True, charts: bool = True
) -> None:
    """Wait until the app finished its run (its closing caption, and the app saying that no
    run is in flight) and both charts have drawn (``charts=False``: the run alone)."""
    selectors = [IDLE, *([MAP_PATHS] if charts else []), *([TIMELINE_POINTS] if points else [])]
    page.wait_for_function(_DRAWN, arg=[selectors, DONE_TEXT], polling="raf", timeout=timeout_ms)


def metric(page, label: str) -> str:
    """The value of the st.metric with this label."""
    box = page.locator("[data-testid='stMetric']").filter(has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def choose_in_multiselect(page, label: str, option: str) -> None:
    """Type ``option`` into the multiselect labelled ``label`` and pick it."""
    box = page.locator("[data-testid='stMultiSelect']").filter(has_text=label).first
    box.locator("input").click()
    box.locator("input").fill(option)
    page.locator("[role='option']").filter(has_text=option).first.click()
    page.keyboard.press("Escape")
