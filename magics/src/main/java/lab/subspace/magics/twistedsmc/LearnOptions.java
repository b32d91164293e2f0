package lab.subspace.magics.twistedsmc;

/**
 * Settings of the iterative twist learning.
 *
 * <pre>{@code
 * LearnOptions o = LearnOptions.defaults().withEta(0.5).withIterations(10).withParticles(128);
 * LearnOptions untempered = o.withEta(Double.POSITIVE_INFINITY);
 * }</pre>
 *
 * @param iterations K &gt;= 1 updates of the twist
 * @param particles  paths drawn from the current proposal per iteration, &gt;= 2
 * @param eta        trust-region size &gt; 0: the update targets q^{1/(1+eta)} pi^{eta/(1+eta)}, i.e. path
 *                   weights raised to eta / (1 + eta); infinity is the untempered update (weights to the power 1)
 * @param ridge      S_y regulariser in units of the step's kernel variance, &gt;= 0
 */
public record LearnOptions(int iterations, int particles, double eta, double ridge) {

    public LearnOptions {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1 but is " + iterations);
        }
        if (particles < 2) {
            throw new IllegalArgumentException("the learner needs at least 2 paths per iteration but got " + particles);
        }
        if (!(eta > 0)) {
            throw new IllegalArgumentException("the trust-region size eta must be > 0 (or infinity) but is " + eta);
        }
        if (!(ridge >= 0) || Double.isInfinite(ridge)) {
            throw new IllegalArgumentException("the ridge must be finite and >= 0 but is " + ridge);
        }
    }

    /** 8 iterations of 1024 paths, eta = 1 (weights to the power 1/2), ridge 1e-3. */
    public static LearnOptions defaults() {
        return new LearnOptions(8, 1024, 1, 1e-3);
    }

    /** The weight exponent alpha = eta / (1 + eta) (1 when eta is infinite). */
    public double exponent() {
        return Double.isInfinite(eta) ? 1 : eta / (1 + eta);
    }

    public LearnOptions withIterations(int k) {
        return new LearnOptions(k, particles, eta, ridge);
    }

    public LearnOptions withParticles(int n) {
        return new LearnOptions(iterations, n, eta, ridge);
    }

    public LearnOptions withEta(double e) {
        return new LearnOptions(iterations, particles, e, ridge);
    }

    public LearnOptions withRidge(double r) {
        return new LearnOptions(iterations, particles, eta, r);
    }
}
