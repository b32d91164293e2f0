"""JupyterLab 4 in Debian's chromium (driven by Python playwright): the display notebook is run
in the real frontend and what it draws is checked - native Plotly figures with their titles, an
HTML table, and a progress bar that ends at 100% as a single output. Screenshot in target/browser/."""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "display"))
import display_notebook  # noqa: E402
from paths import ROOT  # noqa: E402

SHOTS = ROOT / "target" / "browser"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    work = tmp_path_factory.mktemp("lab")
    display_notebook.write(work / "display_check.ipynb")
    port, token = free_port(), secrets.token_hex(16)
    cmd = [str(Path(sys.executable).with_name("jupyter")), "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
           f"--ServerApp.token={token}", f"--ServerApp.root_dir={work}",
           f"--LabApp.workspaces_dir={work / '.workspaces'}", f"--LabApp.user_settings_dir={work / '.settings'}",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.news_url=None"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    log = open(work / "lab.log", "w")
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2)
            break
        except OSError:
            assert server.poll() is None, (work / "lab.log").read_text()
            assert time.time() < deadline, "JupyterLab did not start:\n" + (work / "lab.log").read_text()
            time.sleep(0.5)
    yield f"http://127.0.0.1:{port}/lab/tree/display_check.ipynb?token={token}"
    server.terminate()
    server.wait(timeout=20)
    log.close()


def test_jupyterlab_draws_tables_figures_and_one_progress_bar(lab):
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is required (scripts/test installs it with apt-get)"
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2400})
        try:
            check_notebook(page, lab)
        finally:
            page.screenshot(path=str(SHOTS / "jupyterlab-display.png"), full_page=True)
            browser.close()


def check_notebook(page, lab):
    page.goto(lab)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    # wait until the kernel is connected and idle (status bar), then Run > Run All Cells
    page.wait_for_function("document.body.innerText.includes('Java (subspace) | Idle')", timeout=90_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li.lm-Menu-item[data-command='runmenu:run-all']")

    # the plotly renderer puts js-plotly-plot on the output element itself or on a child
    plotly = ".jp-RenderedPlotly.js-plotly-plot, .jp-RenderedPlotly .js-plotly-plot"
    page.wait_for_function(f"document.querySelectorAll({plotly!r}).length >= 2", timeout=120_000)
    plots = page.locator(plotly)
    assert plots.count() == 2
    for i, title in enumerate(display_notebook.FIGURE_TITLES):
        gtitle = plots.nth(i).locator(".gtitle")
        gtitle.wait_for(state="visible", timeout=30_000)
        assert gtitle.text_content() == title
    assert plots.nth(0).evaluate("el => el.data[0].name") == "series A"  # the graph div plotly.js drew
    assert plots.nth(1).locator(".cbtitle").count() == 1

    table = page.locator(".jp-RenderedHTMLCommon table").first
    table.wait_for(state="visible", timeout=30_000)
    assert "Squares & roots" in table.inner_text()

    progress_cell = page.locator(".jp-Notebook .jp-CodeCell").nth(3)
    page.wait_for_function(
        "() => { const c = document.querySelectorAll('.jp-Notebook .jp-CodeCell')[3];"
        " const t = c && c.querySelector('.jp-OutputArea') && c.querySelector('.jp-OutputArea').innerText;"
        " return t && t.includes('100%') && t.includes('done'); }",  # the step to 40/40 can render before close()'s 'done'
        timeout=60_000)
    assert progress_cell.locator(".jp-OutputArea-output").count() == 1
    assert "done" in progress_cell.locator(".jp-OutputArea-output").inner_text()
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
