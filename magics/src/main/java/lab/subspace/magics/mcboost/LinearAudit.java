package lab.subspace.magics.mcboost;

import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Linear functions h(x) = beta . phi(x), phi = (1, features, group indicators): the audit of
 * multiaccuracy (Kim, Ghorbani and Zou, 2019) and of universal adaptability under covariate shift.
 * The step is the (Newton-weighted) least-squares fit of the residual; the statistic is the score
 * test r' Phi (Phi' W Phi)^-1 Phi' r / dispersion against the chi-square quantile with p degrees of freedom.
 */
record LinearAudit(boolean withGroups) implements AuditClass {

    /** Ridge on the normal equations, relative to their mean diagonal: only guards against collinear columns. */
    static final double RIDGE = 1e-9;

    @Override
    public String name() {
        return withGroups ? "linear (features + groups)" : "linear (features)";
    }

    @Override
    public Audit audit(McData data, double[] scores, Loss loss, double delta) {
        DMatrixRMaj phi = design(data, withGroups);
        int n = phi.numRows;
        int p = phi.numCols;
        double[] r = new double[n];
        DMatrixRMaj weighted = new DMatrixRMaj(n, p);
        DMatrixRMaj b = new DMatrixRMaj(p, 1);
        for (int i = 0; i < n; i++) {
            r[i] = loss.residual(data.labels()[i], scores[i]);
            double w = loss.curvature(data.labels()[i], scores[i]);
            for (int j = 0; j < p; j++) {
                double v = phi.unsafe_get(i, j);
                weighted.unsafe_set(i, j, w * v);
                b.data[j] += v * r[i];
            }
        }
        DMatrixRMaj gramW = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(phi, weighted, gramW);
        DMatrixRMaj beta = solve(gramW, b);
        DMatrixRMaj gram = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(phi, phi, gram);
        DMatrixRMaj g = solve(gram, b);
        double violation = Math.sqrt(Math.max(0, CommonOps_DDRM.dot(b, g)) / n);
        double score = CommonOps_DDRM.dot(b, beta) / loss.dispersion(r);
        return new Audit(new Linear(beta.data.clone(), withGroups), violation, score / chiSquareQuantile(p, 1 - delta));
    }

    /** phi(x) for every row: the constant, the features, then the group indicators. */
    static DMatrixRMaj design(McData data, boolean withGroups) {
        int d = data.dimension();
        int groups = withGroups ? data.groups().count() : 0;
        DMatrixRMaj phi = new DMatrixRMaj(data.size(), 1 + d + groups);
        for (int i = 0; i < data.size(); i++) {
            phi.unsafe_set(i, 0, 1);
            for (int j = 0; j < d; j++) {
                phi.unsafe_set(i, 1 + j, data.features().unsafe_get(i, j));
            }
            for (int g = 0; g < groups; g++) {
                phi.unsafe_set(i, 1 + d + g, data.groups().contains(g, i) ? 1 : 0);
            }
        }
        return phi;
    }

    /** a^-1 b for a symmetric positive semi-definite a, with a tiny relative ridge. */
    static DMatrixRMaj solve(DMatrixRMaj a, DMatrixRMaj b) {
        int p = a.numRows;
        DMatrixRMaj m = a.copy();
        double ridge = RIDGE * Math.max(CommonOps_DDRM.trace(a) / p, 1e-300);
        for (int j = 0; j < p; j++) {
            m.add(j, j, ridge);
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(p);
        DMatrixRMaj x = new DMatrixRMaj(p, 1);
        if (!solver.setA(m)) {
            solver = LinearSolverFactory_DDRM.pseudoInverse(true);
            solver.setA(m);
        }
        solver.solve(b, x);
        return x;
    }

    /** Wilson-Hilferty approximation of the chi-square quantile (within ~1% for p >= 2). */
    static double chiSquareQuantile(int p, double level) {
        double z = lab.subspace.numerics.stats.SpecialFunctions.normalQuantile(level);
        double a = 2.0 / (9.0 * p);
        double c = 1 - a + z * Math.sqrt(a);
        return p * c * c * c;
    }

    /** A fitted linear update. */
    record Linear(double[] beta, boolean withGroups) implements AuditFunction {

        @Override
        public double[] evaluate(McData data, double[] scores, Loss loss) {
            DMatrixRMaj phi = design(data, withGroups);
            if (phi.numCols != beta.length) {
                throw new IllegalArgumentException("this linear update has " + beta.length + " coefficients but the data give "
                        + phi.numCols + " (1 + " + data.dimension() + " features" + (withGroups ? " + "
                        + data.groups().count() + " groups" : "") + ")");
            }
            double[] h = new double[data.size()];
            for (int i = 0; i < h.length; i++) {
                double s = 0;
                for (int j = 0; j < beta.length; j++) {
                    s += phi.unsafe_get(i, j) * beta[j];
                }
                h[i] = s;
            }
            return h;
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("linear, beta = [");
            for (int j = 0; j < beta.length; j++) {
                sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", beta[j]));
            }
            return sb.append(']').toString();
        }
    }
}
