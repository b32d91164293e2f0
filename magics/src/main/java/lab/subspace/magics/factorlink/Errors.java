package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;

/**
 * The error measure of the experiments: |X - M|_F / |M - mean(M)|_F, relative to the true
 * matrix's variation so that links with a large mean (exp) are not flattered.
 *
 * <pre>{@code
 * double e = Errors.relative(fit.completed(), data.truth());
 * }</pre>
 */
public final class Errors {

    private Errors() {
    }

    /** @throws IllegalArgumentException when the shapes differ or the truth is constant */
    public static double relative(DMatrixRMaj estimate, DMatrixRMaj truth) {
        Matrices.requireSameShape("the estimate", estimate, "the truth", truth);
        double mean = 0;
        int n = truth.getNumElements();
        for (int k = 0; k < n; k++) {
            mean += truth.data[k] / n;
        }
        double num = 0;
        double den = 0;
        for (int k = 0; k < n; k++) {
            double d = estimate.data[k] - truth.data[k];
            num += d * d;
            double c = truth.data[k] - mean;
            den += c * c;
        }
        if (!(den > 0)) {
            throw new IllegalArgumentException("the true matrix is constant: a relative error is undefined");
        }
        return Math.sqrt(num / den);
    }
}
