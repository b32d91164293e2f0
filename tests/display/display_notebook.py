"""The notebook the display checks run: a long table, a scatter figure, a heatmap, a progress bar."""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

FIGURE_TITLES = ["Scatter <check> of 'points'", "Heatmap check"]

CELLS = [
    new_markdown_cell("# Display check"),
    new_code_cell(
        'var t = Table.create("Squares & roots",\n'
        '    IntColumn.create("n", java.util.stream.IntStream.range(0, 60).toArray()),\n'
        '    DoubleColumn.create("sqrt", java.util.stream.IntStream.range(0, 60).mapToDouble(Math::sqrt).toArray()));\n'
        't'),
    new_code_cell(
        'double[] xs = {1, 2, 3, 4, 5};\n'
        'double[] ys = {1.5, Double.NaN, 2.5, 4.0, 3.5};\n'
        'Plots.scatter("Scatter <check> of \'points\'").xTitle("x").yTitle("y").x("x", xs).y("series A", ys).build()'),
    new_code_cell(
        'double[][] z = new double[8][12];\n'
        'for (int i = 0; i < 8; i++) for (int j = 0; j < 12; j++) z[i][j] = Math.sin(i / 2.0) * Math.cos(j / 3.0);\n'
        'z[3][4] = Double.NaN;\n'
        'Plots.heatmap("Heatmap check", z).colorbar("value").build()'),
    new_code_cell(
        'try (var p = Progress.start("Counting", 40)) {\n'
        '    for (int i = 0; i < 40; i++) { Thread.sleep(25); p.step(); }\n'
        '}'),
]


def write(path):
    nb = new_notebook(cells=CELLS, metadata={
        "kernelspec": {"name": "subspace-java", "display_name": "Java (subspace)", "language": "java"},
        "language_info": {"name": "java"},
    })
    nbformat.write(nb, path)
    return path
