package lab.subspace.display.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.subspace.kernel.spi.MimeBundle;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class MatrixRendererTest {

    private final MatrixRenderer r = new MatrixRenderer();

    private static DMatrixRMaj counting(int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, 100 * i + j);
            }
        }
        return m;
    }

    @Test
    void smallMatrixIsShownWholeAndAligned() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1, -0.5}, {1e-9, Double.NaN}});
        assertEquals(String.join("\n",
                "DMatrixRMaj 2 × 2",
                "      1  -0.5",
                "  1e-09   NaN"), r.text(m));
        assertEquals("DMatrixRMaj 3 × 3\n  1  0  0\n  0  1  0\n  0  0  1", r.text(CommonOps_DDRM.identity(3)));
    }

    @Test
    void largeMatrixElidesMiddleRowsAndColumns() {
        String text = r.text(counting(100, 50));
        String[] lines = text.split("\n");
        assertEquals("DMatrixRMaj 100 × 50", lines[0]);
        assertEquals(1 + 12 + 1, lines.length, "12 rows and one ⋮ row");
        assertTrue(lines[1].matches(" +0 +1 +2 +3 +4  … +45 +46 +47 +48 +49"), lines[1]);
        assertTrue(lines[1].endsWith("49"), lines[1]);
        assertTrue(lines[7].contains("⋮"), text);
        assertTrue(lines[8].matches(" +9400 +9401 .*"), lines[8]);
        assertTrue(lines[13].endsWith("9949"));
        assertFalse(text.matches("(?s).*\\n +600 .*"), "row 6 is hidden");
        assertTrue(text.matches("(?s).*\\n +500 .*"), "row 5 is shown");
    }

    @Test
    void htmlHasIndicesEllipsesAndEscapedCaption() {
        String html = r.html(counting(100, 50));
        assertTrue(html.contains("<caption style=\"caption-side:top;text-align:left\">DMatrixRMaj 100 × 50</caption>"));
        assertTrue(html.contains("<th style=\"color:#777\">99</th>"), "row index of the last row");
        assertTrue(html.contains("<th style=\"color:#777\">49</th>"), "column index of the last column");
        assertTrue(html.contains("<td>…</td>") && html.contains("<tr><th>⋮</th>"));
        assertEquals(1 + 12 + 1, html.split("<tr><th", -1).length - 1, "header, 12 rows, ellipsis row");
    }

    @Test
    void arraysRaggedArraysAndVectors() {
        assertEquals("double[2][3]\n  1  2  3\n  4  5  6", r.text(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertEquals("double[2][] (ragged: 1 to 3 columns)\n  1\n  4  5  6", r.text(new double[][] {{1}, {4, 5, 6}}));
        assertEquals("double[3]\n  0.25  Inf  -Inf", r.text(new double[] {0.25, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}));
        double[] longVector = new double[1000];
        for (int i = 0; i < longVector.length; i++) {
            longVector[i] = i;
        }
        String v = r.text(longVector);
        assertTrue(v.startsWith("double[1000]\n  0  1  2"), v);
        assertTrue(v.contains("9  …  990"), v);
        assertEquals(2, v.lines().count());
        assertEquals("double[0][0]", r.text(new double[0][]));
    }

    @Test
    void sparseAndSimpleMatricesUseTheirValues() {
        DMatrixSparseCSC s = new DMatrixSparseCSC(2, 2);
        s.set(1, 0, 7);
        assertEquals("DMatrixSparseCSC 2 × 2\n  0  0\n  7  0", r.text(s));
        MimeBundle b = r.render(new SimpleMatrix(new double[][] {{2, 3}}));
        assertEquals("DMatrixRMaj 1 × 2\n  2  3", b.get(MimeBundle.TEXT));
        assertTrue(b.has(MimeBundle.HTML));
    }

    @Test
    void limitsAreConfigurableAndValidated() {
        String text = new MatrixRenderer(2, 2).text(counting(5, 5));
        assertEquals("DMatrixRMaj 5 × 5\n    0  …    4\n    ⋮  …    ⋮\n  400  …  404", text);
        assertThrows(IllegalArgumentException.class, () -> new MatrixRenderer(1, 5));
    }
}
