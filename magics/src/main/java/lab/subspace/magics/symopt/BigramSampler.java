package lab.subspace.magics.symopt;

import java.util.Arrays;

import lab.subspace.numerics.random.Rng;

/** Draws (token, next token) pairs from a V x V joint table by inverting its cumulative sum. */
final class BigramSampler {

    private final double[] cdf;
    private final int vocabulary;

    BigramSampler(double[] joint, int vocabulary) {
        this.vocabulary = vocabulary;
        this.cdf = new double[joint.length];
        double acc = 0;
        for (int i = 0; i < joint.length; i++) {
            acc += joint[i];
            cdf[i] = acc;
        }
    }

    /** Fills x and y with one batch. */
    void sample(Rng rng, int[] x, int[] y) {
        double total = cdf[cdf.length - 1];
        for (int b = 0; b < x.length; b++) {
            double u = rng.uniform() * total;
            int i = Arrays.binarySearch(cdf, u);
            i = i >= 0 ? i + 1 : -i - 1;
            // skip zero-probability cells that share the cumulative value
            while (i < cdf.length - 1 && (i == 0 ? cdf[0] : cdf[i] - cdf[i - 1]) == 0) {
                i++;
            }
            i = Math.min(i, cdf.length - 1);
            x[b] = i / vocabulary;
            y[b] = i % vocabulary;
        }
    }
}
