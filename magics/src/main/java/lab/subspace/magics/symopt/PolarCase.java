package lab.subspace.magics.symopt;

/**
 * Newton-Schulz and the Gram route against the SVD polar factor on one matrix.
 *
 * @param name            what the matrix is
 * @param rows            m
 * @param cols            n
 * @param condition       s_1 / s_r over the nonzero singular values
 * @param rank            r
 * @param iterations      Newton-Schulz iterations to the tolerance
 * @param converged       whether it got there within the budget
 * @param newtonSchulzError |NS - SVD|_F / |SVD|_F
 * @param gramError       |Gram route - SVD|_F / |SVD|_F
 * @param errorTrace      NS error after each iteration
 */
public record PolarCase(String name, int rows, int cols, double condition, int rank, int iterations, boolean converged,
        double newtonSchulzError, double gramError, double[] errorTrace) {

    public PolarCase {
        errorTrace = errorTrace.clone();
    }

    @Override
    public double[] errorTrace() {
        return errorTrace.clone();
    }
}
