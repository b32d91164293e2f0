package lab.subspace.numerics.nn;

import lab.subspace.numerics.stats.SpecialFunctions;

/** Element-wise activation functions with their derivatives. */
public enum Activation {
    RELU {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1 : 0;
        }
    },
    TANH {
        @Override
        public double apply(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1 - a * a;
        }
    },
    SIGMOID {
        @Override
        public double apply(double z) {
            // two branches so that exp never overflows
            if (z >= 0) {
                return 1 / (1 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1 + e);
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1 - a);
        }
    },
    IDENTITY {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1;
        }
    },
    /** erf(z): its Gaussian kernel E[erf(w.x) erf(w.x')] has a closed form, popular in feature-learning theory. */
    ERF {
        @Override
        public double apply(double z) {
            return SpecialFunctions.erf(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 2 / Math.sqrt(Math.PI) * Math.exp(-z * z);
        }
    },
    /** The exact GELU z Phi(z). */
    GELU {
        @Override
        public double apply(double z) {
            return z * SpecialFunctions.normalCdf(z);
        }

        @Override
        public double derivative(double z, double a) {
            return SpecialFunctions.normalCdf(z) + z * SpecialFunctions.normalPdf(z);
        }
    };

    /** The activation of a pre-activation z. */
    public abstract double apply(double z);

    /** Its derivative at z, given {@code a = apply(z)} (which makes tanh and sigmoid cheap). */
    public abstract double derivative(double z, double a);
}
