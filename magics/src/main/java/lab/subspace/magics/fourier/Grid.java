package lab.subspace.magics.fourier;

/**
 * The shape of a signal: a line of {@code cols} samples ({@code rows == 1}) or a
 * {@code rows x cols} image, stored row-major in a flat array. Frequencies use the same indexing
 * as the DFT: index {@code u * cols + v} holds frequency (u, v), and the Hermitian partner of a
 * frequency is (-u mod rows, -v mod cols).
 *
 * <pre>{@code
 * Grid line = Grid.line(32);        // 1-D signals of 32 samples
 * Grid tex = Grid.square(8);        // 8 x 8 textures
 * int p = tex.partner(9);           // index of frequency (-1, -1)
 * }</pre>
 *
 * @param rows 1 for 1-D signals
 * @param cols samples per row
 */
public record Grid(int rows, int cols) {

    public Grid {
        if (rows < 1 || cols < 2) {
            throw new IllegalArgumentException("a grid needs rows >= 1 and cols >= 2 but is " + rows + " x " + cols);
        }
    }

    /** 1-D signals of {@code n} samples. */
    public static Grid line(int n) {
        return new Grid(1, n);
    }

    /** Square {@code n x n} images. */
    public static Grid square(int n) {
        return new Grid(n, n);
    }

    /** Grid for 1-D (dims 1) or square 2-D (dims 2) signals of side {@code n}. */
    public static Grid of(int dims, int n) {
        if (dims != 1 && dims != 2) {
            throw new IllegalArgumentException("dims must be 1 or 2 but is " + dims);
        }
        return dims == 1 ? line(n) : square(n);
    }

    /** Number of samples (pixels), also the number of frequencies. */
    public int size() {
        return rows * cols;
    }

    public boolean isLine() {
        return rows == 1;
    }

    /** Index of the Hermitian partner -k of frequency index k. */
    public int partner(int k) {
        int u = k / cols;
        int v = k % cols;
        return ((rows - u) % rows) * cols + (cols - v) % cols;
    }

    /** |k| with frequencies folded to the symmetric range (-n/2, n/2]: the radius used by power laws. */
    public double radius(int k) {
        int u = k / cols;
        int v = k % cols;
        int fu = Math.min(u, rows - u);
        int fv = Math.min(v, cols - v);
        return Math.sqrt((double) fu * fu + (double) fv * fv);
    }

    /** "32" for a line, "8 x 8" for an image. */
    public String describe() {
        return isLine() ? String.valueOf(cols) : rows + " x " + cols;
    }
}
