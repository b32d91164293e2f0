package lab.subspace.magics.coco;

import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * The synthetic sequence of the experiments [reconstructed from the abstract]: X = ball of radius R
 * around 0 in R^d, x* = (R/4) e_1, and a pool of fixed half-spaces {a_i.x &lt;= b_i}: a_1 = e_1 through
 * x*, the others with random unit normals within 60 degrees of e_1 and x* strictly inside. Round t
 * reveals one plane of the pool at random. Losses pull towards e_1, out of the feasible set, with
 * Gaussian noise: f_t = alpha/2 |x - c_t|^2, c_t = x* + pull e_1 + noise xi_t (strongly convex), or
 * f_t = -(pull e_1 + noise xi_t).x (convex), so the best feasible point lies on the face through x*.
 *
 * <pre>{@code
 * Scenario s = Scenario.defaults(LossClass.STRONGLY_CONVEX).withHorizon(2000).withSeed(3);
 * CocoComparison c = Coco.compare(s.problem(), s.options(), s.title());
 * }</pre>
 *
 * @param dimension d &gt;= 1
 * @param horizon   T &gt;= 1
 * @param planes    pool size &gt;= 1
 * @param alpha     strong convexity of the quadratic losses, &gt; 0
 * @param pull      mean push of the losses along e_1, &gt;= 0
 * @param noise     standard deviation of the loss noise, &gt;= 0
 * @param radius    R &gt; 0
 * @param lossClass strongly convex or convex losses
 * @param seed      seed of the pool, the noise and the order of the planes
 */
public record Scenario(int dimension, int horizon, int planes, double alpha, double pull, double noise, double radius,
        LossClass lossClass, long seed) {

    public Scenario {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1 but is " + dimension);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon T must be >= 1 but is " + horizon);
        }
        if (planes < 1) {
            throw new IllegalArgumentException("planes must be >= 1 but is " + planes);
        }
        if (!(alpha > 0) || !(pull >= 0) || !(noise >= 0) || !(radius > 0)) {
            throw new IllegalArgumentException("alpha and radius must be > 0, pull and noise >= 0, but alpha = " + alpha
                    + ", pull = " + pull + ", noise = " + noise + ", radius = " + radius);
        }
        if (lossClass == null) {
            throw new IllegalArgumentException("lossClass is null");
        }
    }

    /** d = 3, T = 10 000, 20 planes, alpha = 1, pull 0.5, noise 1, R = 2, seed 0. */
    public static Scenario defaults(LossClass lossClass) {
        return new Scenario(3, 10_000, 20, 1, 0.5, 1, 2, lossClass, 0);
    }

    public Scenario withHorizon(int t) {
        return new Scenario(dimension, t, planes, alpha, pull, noise, radius, lossClass, seed);
    }

    public Scenario withDimension(int d) {
        return new Scenario(d, horizon, planes, alpha, pull, noise, radius, lossClass, seed);
    }

    public Scenario withSeed(long s) {
        return new Scenario(dimension, horizon, planes, alpha, pull, noise, radius, lossClass, s);
    }

    public Scenario withLossClass(LossClass c) {
        return new Scenario(dimension, horizon, planes, alpha, pull, noise, radius, c, seed);
    }

    /** x* = (R/4) e_1, on the first plane. */
    public double[] optimum() {
        double[] x = new double[dimension];
        x[0] = radius / 4;
        return x;
    }

    /** The pool of half-spaces (the first through x*). */
    public HalfSpace[] pool() {
        Rng rng = new Rng(seed);
        double[] star = optimum();
        HalfSpace[] pool = new HalfSpace[planes];
        double[] e1 = new double[dimension];
        e1[0] = 1;
        pool[0] = new HalfSpace(e1, Vectors.dot(e1, star));
        for (int i = 1; i < planes; i++) {
            double[] a = dimension == 1 ? e1.clone() : rng.unitVector(dimension);
            while (a[0] < 0.5) {
                a = rng.unitVector(dimension);
            }
            pool[i] = new HalfSpace(a, Vectors.dot(a, star) + radius * rng.uniform(0.05, 0.25));
        }
        return pool;
    }

    /** RMS norm of the loss gradients near x*: the G of the D/(G sqrt t) schedule. */
    public double lipschitz() {
        double g = Math.sqrt(pull * pull + noise * noise * dimension);
        return lossClass == LossClass.STRONGLY_CONVEX ? alpha * g : g;
    }

    /** 1/(alpha t) or D/(G sqrt t) for the projection method, D/(G sqrt t) for the baseline. */
    public CocoOptions options() {
        StepSize convex = StepSize.convex(2 * radius, lipschitz());
        StepSize ours = lossClass == LossClass.STRONGLY_CONVEX ? StepSize.stronglyConvex(alpha) : convex;
        return CocoOptions.of(ours).withBaselineStep(convex);
    }

    public String title() {
        return lossClass.label() + " (d = " + dimension + ", " + planes + " planes)";
    }

    /** The sequence, drawn once from the seed. */
    public CocoProblem problem() {
        Memory.requireDoubles((long) horizon * (dimension + 4), "the COCO sequence (T = " + horizon + ", d = " + dimension + ")");
        Rng rng = new Rng(seed).split();
        HalfSpace[] pool = pool();
        double[] star = optimum();
        double[][] targets = new double[horizon][];
        int[] order = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            double[] v = rng.gaussianVector(dimension);
            for (int i = 0; i < dimension; i++) {
                v[i] *= noise;
            }
            v[0] += pull;
            if (lossClass == LossClass.STRONGLY_CONVEX) {
                for (int i = 0; i < dimension; i++) {
                    v[i] += star[i];
                }
            } else {
                for (int i = 0; i < dimension; i++) {
                    v[i] = -v[i];
                }
            }
            targets[t] = v;
            order[t] = rng.nextInt(planes);
        }
        return Sequences.of(Ball.centred(dimension, radius), lossClass, alpha, targets, pool, order);
    }
}
