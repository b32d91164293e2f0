package lab.subspace.magics.factorlink;

/**
 * The links of the synthetic experiments: the linear control and three nonlinear monotone links
 * (saturating, odd with a flat centre, convex).
 *
 * <pre>{@code
 * FactorData d = SyntheticFactors.sample(SyntheticSpec.defaults(Link.EXP), 7);
 * }</pre>
 */
public enum Link implements LinkFunction {
    /** g(z) = z: the linear factor model. */
    LINEAR("z") {
        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public double derivative(double z) {
            return 1;
        }
    },
    /** g(z) = tanh(z): saturates for |z| beyond about 2. */
    TANH("tanh(z)") {
        @Override
        public double value(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
    },
    /** g(z) = z^3: monotone with g'(0) = 0. */
    CUBIC("z^3") {
        @Override
        public double value(double z) {
            return z * z * z;
        }

        @Override
        public double derivative(double z) {
            return 3 * z * z;
        }
    },
    /** g(z) = exp(z): convex, heavy right tail. */
    EXP("exp(z)") {
        @Override
        public double value(double z) {
            return Math.exp(z);
        }

        @Override
        public double derivative(double z) {
            return Math.exp(z);
        }
    };

    private final String formula;

    Link(String formula) {
        this.formula = formula;
    }

    /** The formula, for legends ("tanh(z)"). */
    public String formula() {
        return formula;
    }
}
