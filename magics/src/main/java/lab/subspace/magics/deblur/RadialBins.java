package lab.subspace.magics.deblur;

/**
 * Groups the frequencies of a {@code rows x cols} spectrum into rings of equal radial frequency:
 * ring {@code r} holds the frequencies whose radius, in cycles per pixel times
 * {@code max(rows, cols)}, rounds to {@code r}. Ring 0 holds the DC frequency alone, so a
 * constant offset (the sensor bias) only ever touches ring 0.
 */
final class RadialBins {

    final int rows;
    final int cols;
    /** Ring of each frequency, in spectrum order (row-major). */
    final int[] ring;
    final int count;

    RadialBins(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.ring = new int[rows * cols];
        int scale = Math.max(rows, cols);
        int max = 0;
        for (int u = 0; u < rows; u++) {
            double fu = (u <= rows / 2 ? u : u - rows) / (double) rows;
            for (int v = 0; v < cols; v++) {
                double fv = (v <= cols / 2 ? v : v - cols) / (double) cols;
                int r = (int) Math.round(Math.sqrt(fu * fu + fv * fv) * scale);
                ring[u * cols + v] = r;
                max = Math.max(max, r);
            }
        }
        this.count = max + 1;
    }

    /** Radial frequency of ring {@code r} in cycles per pixel. */
    double frequency(int r) {
        return r / (double) Math.max(rows, cols);
    }
}
