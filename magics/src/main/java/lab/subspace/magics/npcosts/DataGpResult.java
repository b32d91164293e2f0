package lab.subspace.magics.npcosts;

import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link DataGp#analyze}.
 *
 * @param kernel    the prior
 * @param contexts  context inputs; not copied
 * @param labels    context labels; not copied
 * @param targets   target inputs; not copied
 * @param noise     noise standard deviation
 * @param exact     the exact GP predictive at the targets (noisy outputs)
 * @param ranks     representation sizes d
 * @param kl        KL(GP || rank-d) per target, joint over the targets
 * @param leftOut   share of the Gram matrix's trace left out at each d
 */
public record DataGpResult(Kernel kernel, DMatrixRMaj contexts, double[] labels, DMatrixRMaj targets, double noise, Predictive exact,
        int[] ranks, double[] kl, double[] leftOut) {

    public DataGpResult {
        ranks = ranks.clone();
        kl = kl.clone();
        leftOut = leftOut.clone();
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    @Override
    public double[] kl() {
        return kl.clone();
    }

    @Override
    public double[] leftOut() {
        return leftOut.clone();
    }

    /** KL and left-out trace per rank. */
    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "KL(GP || rank-d Gram truncation): %s, noise sd %.3g, n = %d, T = %d",
                kernel.describe(), noise, contexts.numRows, targets.numRows)).ints("d").doubles("KL per target (nats)",
                        "trace share left out");
        for (int i = 0; i < ranks.length; i++) {
            b.row(ranks[i], kl[i], leftOut[i]);
        }
        return b.build();
    }

    /** The exact predictive mean with a two-sd band against the first input coordinate. */
    public Figure predictiveFigure() {
        int t = targets.numRows;
        Integer[] order = new Integer[t];
        for (int i = 0; i < t; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(targets.get(a, 0), targets.get(b, 0)));
        double[] x = new double[t];
        double[] m = new double[t];
        double[] lo = new double[t];
        double[] hi = new double[t];
        double[] v = exact.variance();
        for (int i = 0; i < t; i++) {
            int j = order[i];
            x[i] = targets.get(j, 0);
            m[i] = exact.mean()[j];
            lo[i] = m[i] - 2 * Math.sqrt(v[j]);
            hi[i] = m[i] + 2 * Math.sqrt(v[j]);
        }
        return Plots.lines("Exact GP predictive (mean +- 2 sd)").xTitle("x (first coordinate)").yTitle("y")
                .series("predictive mean +- 2 sd", x, m).band(lo, hi).build();
    }

    /** KL against d on log-log axes. */
    public Figure klFigure() {
        double[] d = new double[ranks.length];
        double[] k = new double[ranks.length];
        int count = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] > 0 && kl[i] > 0) {
                d[count] = ranks[i];
                k[count++] = kl[i];
            }
        }
        return Plots.lines("Information bottleneck on your data: KL(GP || rank d)").logLog().xTitle("representation dimension d")
                .yTitle("KL per target (nats)").series("rank-d Gram truncation", java.util.Arrays.copyOf(d, count),
                        java.util.Arrays.copyOf(k, count)).build();
    }
}
