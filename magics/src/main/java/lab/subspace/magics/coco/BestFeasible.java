package lab.subspace.magics.coco;

import java.util.List;

import lab.subspace.kernel.spi.Interrupts;

/**
 * The comparator of the regret: min over the region of sum_{t &lt;= T} f_t, by projected gradient
 * descent on the average loss with a backtracking step (the sufficient-decrease test of projected
 * gradient methods), projecting with Dykstra.
 */
final class BestFeasible {

    private static final int MAX_ITERATIONS = 2000;

    private BestFeasible() {
    }

    /** A minimiser and the minimum of the summed loss. */
    record Minimum(double[] point, double value) {
    }

    static Minimum minimise(List<Loss> losses, int horizon, NestedRegion region, double[] start) {
        double[] x = region.project(start).point();
        double fx = average(losses, horizon, x);
        double s = 1;
        for (int it = 0; it < MAX_ITERATIONS && s > 1e-14; it++) {
            Interrupts.check();
            double[] g = averageGradient(losses, horizon, x);
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = x[i] - s * g[i];
            }
            double[] xn = region.project(y).point();
            double move = Vectors.distance(xn, x);
            double fn = average(losses, horizon, xn);
            double model = fx;
            for (int i = 0; i < x.length; i++) {
                model += g[i] * (xn[i] - x[i]);
            }
            model += move * move / (2 * s);
            if (fn <= model + 1e-15 * Math.abs(fx)) {
                // projections are exact only to the region's tolerance, so smaller moves are noise
                boolean stalled = move <= 10 * region.tolerance() * (1 + Vectors.norm(x))
                        || fx - fn <= 1e-15 * Math.max(1, Math.abs(fx));
                x = xn;
                fx = fn;
                if (stalled) {
                    break;
                }
                // a step far past X only makes Dykstra slow: keep s |g| within a few diameters
                s = Math.min(2 * s, 4 * region.domain().diameter() / Math.max(Vectors.norm(g), 1e-300));
            } else {
                s /= 2;
            }
        }
        return new Minimum(x, fx * horizon);
    }

    private static double average(List<Loss> losses, int horizon, double[] x) {
        double s = 0;
        for (int t = 0; t < horizon; t++) {
            s += losses.get(t).value(x);
        }
        return s / horizon;
    }

    private static double[] averageGradient(List<Loss> losses, int horizon, double[] x) {
        double[] g = new double[x.length];
        for (int t = 0; t < horizon; t++) {
            double[] gt = losses.get(t).gradient(x);
            for (int i = 0; i < g.length; i++) {
                g[i] += gt[i];
            }
        }
        for (int i = 0; i < g.length; i++) {
            g[i] /= horizon;
        }
        return g;
    }
}
