package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Losses;

/**
 * Fits a linear or logistic task from theta_0 by minimising J(theta) = L(theta) + (mu/2)|theta - theta_0|^2
 * exactly (normal equations, or damped Newton), so that theta_t is a true minimiser and the
 * quadratic model of J around it has no linear term.
 */
final class FineTuning {

    static final int MAX_NEWTON = 50;
    static final double NEWTON_TOL = 1e-10;

    private FineTuning() {
    }

    /** The result of one fit. */
    record Fit(double[] theta, DMatrixRMaj hessian, double mu, int iterations, boolean converged) {
    }

    /** Training loss L (mean squared error / 2, or mean binary cross-entropy). */
    static double loss(TaskKind kind, DMatrixRMaj x, DMatrixRMaj y, double[] theta) {
        DMatrixRMaj f = CommonOps_DDRM.mult(x, Matrices.column(theta), null);
        return kind == TaskKind.REGRESSION ? 0.5 * Losses.mse(f, y).value() : Losses.bceWithLogits(f, y).value();
    }

    /** Fraction of correctly classified samples (logistic tasks). */
    static double accuracy(DMatrixRMaj x, DMatrixRMaj y, double[] theta) {
        DMatrixRMaj f = CommonOps_DDRM.mult(x, Matrices.column(theta), null);
        int right = 0;
        for (int i = 0; i < f.numRows; i++) {
            if ((f.data[i] > 0) == (y.data[i] > 0.5)) {
                right++;
            }
        }
        return (double) right / f.numRows;
    }

    /** J(theta) = L(theta) + (mu/2)|theta - theta_0|^2. */
    static double objective(TaskKind kind, DMatrixRMaj x, DMatrixRMaj y, double[] base, double mu, double[] theta) {
        double[] moved = Vectors.minus(theta, base);
        return loss(kind, x, y, theta) + 0.5 * mu * Vectors.dot(moved, moved);
    }

    /** Hessian of L at theta: X^T W X / n with W = I (regression) or diag(p (1 - p)) (logistic). */
    static DMatrixRMaj hessian(TaskKind kind, DMatrixRMaj x, double[] theta) {
        int n = x.numRows;
        DMatrixRMaj weighted = x.copy();
        if (kind == TaskKind.LOGISTIC) {
            DMatrixRMaj f = CommonOps_DDRM.mult(x, Matrices.column(theta), null);
            for (int i = 0; i < n; i++) {
                double p = Activation.SIGMOID.apply(f.data[i]);
                double w = p * (1 - p);
                for (int j = 0; j < x.numCols; j++) {
                    weighted.unsafe_set(i, j, weighted.unsafe_get(i, j) * w);
                }
            }
        }
        DMatrixRMaj h = Products.multTransA(x, weighted, null);
        CommonOps_DDRM.scale(1.0 / n, h);
        symmetrise(h);
        return h;
    }

    /** Minimises J with mu = anchor * trace(H(theta_0)) / d. */
    static Fit fit(TaskKind kind, DMatrixRMaj x, DMatrixRMaj y, double[] base, double anchor) {
        int d = base.length;
        double mu = anchor * CommonOps_DDRM.trace(hessian(kind, x, base)) / d;
        double[] theta = base.clone();
        boolean converged = false;
        int it = 0;
        // Regression: J is quadratic, so one Newton step from theta_0 is exact.
        int maxIterations = kind == TaskKind.REGRESSION ? 1 : MAX_NEWTON;
        double current = objective(kind, x, y, base, mu, theta);
        while (it < maxIterations) {
            Interrupts.check();
            it++;
            DMatrixRMaj h = hessian(kind, x, theta);
            addDiagonal(h, mu);
            double[] step = solve(h, gradient(kind, x, y, base, mu, theta));
            double t = 1;
            double[] next = Vectors.plusScaled(theta, step, -t);
            double value = objective(kind, x, y, base, mu, next);
            // Damped Newton: halve the step until J decreases (J is strongly convex for mu > 0).
            while (kind == TaskKind.LOGISTIC && value > current && t > 1e-8) {
                t *= 0.5;
                next = Vectors.plusScaled(theta, step, -t);
                value = objective(kind, x, y, base, mu, next);
            }
            double stepNorm = t * Vectors.norm(step);
            theta = next;
            current = value;
            if (kind == TaskKind.REGRESSION || stepNorm <= NEWTON_TOL * (1 + Vectors.norm(theta))) {
                converged = true;
                break;
            }
        }
        DMatrixRMaj h = hessian(kind, x, theta);
        addDiagonal(h, mu);
        return new Fit(theta, h, mu, it, converged);
    }

    private static double[] gradient(TaskKind kind, DMatrixRMaj x, DMatrixRMaj y, double[] base, double mu, double[] theta) {
        int n = x.numRows;
        DMatrixRMaj f = CommonOps_DDRM.mult(x, Matrices.column(theta), null);
        for (int i = 0; i < n; i++) {
            double pred = kind == TaskKind.REGRESSION ? f.data[i] : Activation.SIGMOID.apply(f.data[i]);
            f.data[i] = (pred - y.data[i]) / n;
        }
        double[] g = CommonOps_DDRM.multTransA(x, f, null).data;
        for (int i = 0; i < g.length; i++) {
            g[i] += mu * (theta[i] - base[i]);
        }
        return g;
    }

    private static double[] solve(DMatrixRMaj spd, double[] rhs) {
        DMatrixRMaj out = new DMatrixRMaj(rhs.length, 1);
        if (!CommonOps_DDRM.solveSPD(spd.copy(), Matrices.column(rhs), out)) {
            CommonOps_DDRM.solve(spd, Matrices.column(rhs), out);
        }
        return out.data;
    }

    private static void addDiagonal(DMatrixRMaj h, double mu) {
        for (int i = 0; i < h.numRows; i++) {
            h.unsafe_set(i, i, h.unsafe_get(i, i) + mu);
        }
    }

    static void symmetrise(DMatrixRMaj h) {
        for (int i = 0; i < h.numRows; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (h.unsafe_get(i, j) + h.unsafe_get(j, i));
                h.unsafe_set(i, j, m);
                h.unsafe_set(j, i, m);
            }
        }
    }
}
