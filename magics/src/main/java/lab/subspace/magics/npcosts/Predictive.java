package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;

/**
 * A Gaussian predictive distribution over T target outputs.
 *
 * @param mean       predictive means (length T); not copied
 * @param covariance T x T predictive covariance; not copied
 */
public record Predictive(double[] mean, DMatrixRMaj covariance) {

    public Predictive {
        if (covariance.numRows != mean.length || covariance.numCols != mean.length) {
            throw new IllegalArgumentException("the mean has " + mean.length + " entries but the covariance is "
                    + covariance.numRows + " x " + covariance.numCols);
        }
    }

    /** The marginal variances (the covariance's diagonal). */
    public double[] variance() {
        double[] v = new double[mean.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = covariance.unsafe_get(i, i);
        }
        return v;
    }
}
