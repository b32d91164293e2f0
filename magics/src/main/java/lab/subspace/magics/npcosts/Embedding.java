package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;

/** Inputs on the torus [0, 1)^dx fed to networks as (cos 2 pi x_c, sin 2 pi x_c) per coordinate. */
final class Embedding {

    private Embedding() {
    }

    static int width(int dx) {
        return 2 * dx;
    }

    /** Writes the embedding of row i of x into row r of out, starting at column c0. */
    static void write(DMatrixRMaj x, int i, DMatrixRMaj out, int r, int c0) {
        for (int c = 0; c < x.numCols; c++) {
            double a = 2 * Math.PI * x.unsafe_get(i, c);
            out.unsafe_set(r, c0 + 2 * c, Math.cos(a));
            out.unsafe_set(r, c0 + 2 * c + 1, Math.sin(a));
        }
    }
}
