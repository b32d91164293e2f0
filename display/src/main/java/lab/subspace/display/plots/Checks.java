package lab.subspace.display.plots;

/** Argument checks shared by the figure builders; messages name the figure and the series. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        return value;
    }

    static void sameLength(String what, int n, String other, int m) {
        if (n != m) {
            throw new IllegalArgumentException(what + " has " + n + " values but " + other + " has " + m);
        }
    }

    /** Throws when nothing in {@code values} could be drawn (all NaN, or none positive on a log axis). */
    static void drawable(String what, double[] values, boolean log) {
        for (double v : values) {
            if (Double.isFinite(v) && (!log || v > 0)) {
                return;
            }
        }
        throw new IllegalArgumentException(what + (log ? " has no positive finite value to show on a log axis" : " has no finite value to draw"));
    }

    /** The number of columns of a non-empty rectangular matrix. */
    static int rectangular(String what, double[][] z) {
        if (z == null || z.length == 0 || z[0] == null || z[0].length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < z.length; i++) {
            if (z[i] == null || z[i].length != z[0].length) {
                throw new IllegalArgumentException(what + " is not rectangular: row 0 has " + z[0].length
                        + " values but row " + i + " has " + (z[i] == null ? 0 : z[i].length));
            }
        }
        return z[0].length;
    }
}
