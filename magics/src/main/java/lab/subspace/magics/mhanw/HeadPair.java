package lab.subspace.magics.mhanw;

import java.util.Arrays;

/**
 * Two heads' subspaces compared: the principal angles between them and their overlap.
 *
 * @param first   index of the first head
 * @param second  index of the second head (greater than {@code first})
 * @param cosines cosines of the principal angles, descending (min(k_first, k_second) values)
 * @param overlap |Q_first^T Q_second|_F^2 / min(k_first, k_second): the mean squared cosine, 1 for
 *                identical subspaces and 0 for orthogonal ones
 */
public record HeadPair(int first, int second, double[] cosines, double overlap) {

    public HeadPair {
        cosines = cosines.clone();
    }

    /** The pair from the singular values of Q_first^T Q_second (clipped to [0, 1]). */
    static HeadPair fromCosines(int first, int second, double[] singularValues) {
        double[] c = new double[singularValues.length];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.max(0, Math.min(1, singularValues[i]));
            sum += c[i] * c[i];
        }
        Arrays.sort(c);
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            double t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new HeadPair(first, second, c, c.length == 0 ? 0 : sum / c.length);
    }

    @Override
    public double[] cosines() {
        return cosines.clone();
    }

    /** Principal angles in radians, ascending. */
    public double[] angles() {
        double[] a = new double[cosines.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.acos(cosines[i]);
        }
        return a;
    }

    /** Principal angles in degrees, ascending. */
    public double[] anglesDegrees() {
        double[] a = angles();
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.toDegrees(a[i]);
        }
        return a;
    }

    /** Mean principal angle in degrees. */
    public double meanAngleDegrees() {
        return Arrays.stream(anglesDegrees()).average().orElse(Double.NaN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeadPair p && p.first == first && p.second == second && p.overlap == overlap
                && Arrays.equals(p.cosines, cosines);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * first + second) + Arrays.hashCode(cosines);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "HeadPair[%d, %d: overlap %.4f, angles %s deg]", first, second, overlap,
                Arrays.toString(Arrays.stream(anglesDegrees()).map(x -> Math.round(x * 10) / 10.0).toArray()));
    }
}
