"""Display outputs of a notebook executed through the installed kernel (nbclient), and its
nbconvert HTML export: the bundles a frontend receives must be complete and well-formed."""
import json
import math
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import display_notebook

PLOTLY = "application/vnd.plotly.v1+json"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    path = display_notebook.write(tmp_path_factory.mktemp("display") / "display_check.ipynb")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name="subspace-java", timeout=120, allow_errors=False).execute()
    nbformat.write(nb, path)
    return path, nb


def outputs(nb, cell):
    return nb.cells[cell].outputs


def no_nan(value, where):
    if isinstance(value, float):
        assert math.isfinite(value), f"non-finite number in {where}"
    elif isinstance(value, dict):
        for k, v in value.items():
            no_nan(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            no_nan(v, f"{where}[{i}]")


def test_table_bundle(executed):
    _, nb = executed
    (out,) = outputs(nb, 1)
    html, text = out.data["text/html"], out.data["text/plain"]
    assert "<table" in html and "Squares &amp; roots" in html
    assert "more rows" in html and "more rows" in text
    assert html.count("<tr") < 30, "a 60-row table must be truncated"


def test_figure_bundles_are_real_plotly_json(executed):
    _, nb = executed
    figures = [o for c in (2, 3) for o in outputs(nb, c) if PLOTLY in o.get("data", {})]
    assert len(figures) == 2
    for out, title in zip(figures, display_notebook.FIGURE_TITLES):
        fig = out.data[PLOTLY]
        assert isinstance(fig, dict) and set(fig) >= {"data", "layout"}
        json.dumps(fig, allow_nan=False)  # strict JSON: no NaN/Infinity anywhere
        no_nan(fig, "figure")
        assert fig["layout"]["title"] == {"text": title} or fig["layout"]["title"]["text"] == title
        for axis in ("xaxis", "yaxis"):
            if "title" in fig["layout"].get(axis, {}):
                assert isinstance(fig["layout"][axis]["title"], dict)
        assert "text/html" in out.data and "text/plain" in out.data
    scatter = figures[0].data[PLOTLY]["data"][0]
    assert scatter["name"] == "series A"
    assert scatter["y"] == [1.5, None, 2.5, 4.0, 3.5]
    heat = figures[1].data[PLOTLY]["data"][0]
    assert heat["type"] == "heatmap" and heat["z"][3][4] is None
    assert heat["colorbar"]["title"] == {"text": "value"}


def test_progress_is_one_output_updated_in_place(executed):
    path, nb = executed
    outs = outputs(nb, 4)
    assert len(outs) == 1, "the progress bar must stay one output"
    assert "100%" in outs[0].data["text/plain"] and "done" in outs[0].data["text/plain"]
    assert "display_id" in outs[0].get("transient", {}) or outs[0].output_type == "display_data"


def test_nbconvert_html_has_a_fallback_loader_per_figure(executed, tmp_path):
    path, _ = executed
    subprocess.run([sys.executable, "-m", "nbconvert", "--to", "html", "--output-dir", str(tmp_path), str(path)],
                   check=True, capture_output=True)
    html = (tmp_path / "display_check.html").read_text(encoding="utf-8")
    # nbconvert keeps text/html (the plotly mime type is not rendered there): one div + loader per figure
    assert html.count('class="subspace-plotly"') == 2
    assert html.count("window.subspacePlotlyLoading.then(draw, fail)") == 2
    assert html.count("plotly.js-dist-min@4.1.2/plotly.min.js") >= 2
    assert "Figure: Heatmap check (1 trace: heatmap)" in html
