package lab.subspace.display.plots;

import org.ejml.data.DMatrix;

/** EJML matrices as the row arrays the figure builders take. */
public final class Arrays2D {

    private Arrays2D() {
    }

    public static double[][] of(DMatrix m) {
        double[][] out = new double[m.getNumRows()][m.getNumCols()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = m.get(i, j);
            }
        }
        return out;
    }
}
