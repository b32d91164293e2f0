package lab.subspace.magics.npcosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.LineFit;

/**
 * The information-bottleneck cost of "Three Costs of Amortizing Gaussian Process Inference with
 * Neural Processes": a latent representation of dimension d can at best be the rank-d Mercer
 * truncation of the kernel (a Bayesian linear model on the top-d eigenfunctions). This sweep
 * computes the exact KL between the full GP predictive and the rank-d one at random targets,
 * averaged over random context sets on the torus [0, 1)^dx and, in closed form, over labels
 * drawn from the GP. The paper's rates: the truncation term decays like exp(-c d^{2/dx}) for the
 * SE kernel and like d^{-2 nu/dx} for Matern-nu [reconstructed experiment].
 *
 * <p>While the left-out modes are resolvable by the context set (n lambda_d &gt;&gt; noise^2) the KL
 * per target is close to the truncation term tau(d) / (2 noise^2), first order in the left-out
 * prior variance tau(d) = sum_{j &gt; d} lambda_j; beyond that it falls like tau(d)^2 (a KL is
 * second order in a perturbation the data cannot see), twice the rate.
 *
 * <pre>{@code
 * BottleneckResult r = Bottleneck.run(BottleneckSpec.defaults(1));
 * r.curve(KernelFamily.MATERN_32).slope();    // about -3 = -2 nu / dx
 * }</pre>
 */
public final class Bottleneck {

    private Bottleneck() {
    }

    /** Runs the sweep (a progress bar after one second). */
    public static BottleneckResult run(BottleneckSpec spec) {
        int dx = spec.dimension();
        double s2 = spec.noise() * spec.noise();
        List<BottleneckCurve> curves = new ArrayList<>();
        int work = 0;
        for (KernelFamily f : spec.families()) {
            work += spec.sets() * spec.ranks(f).length;
        }
        try (Progress progress = Progress.start("%np-costs bottleneck (dx = " + dx + ")", work, Duration.ofSeconds(1))) {
            for (KernelFamily f : spec.families()) {
                PeriodicKernel k = new PeriodicKernel(new Kernel(f, spec.lengthscale(), 1, dx));
                int[] ranks = spec.ranks(f);
                List<MercerBasis> bases = new ArrayList<>();
                for (int d : ranks) {
                    bases.add(k.mercer(d));
                }
                double[] cov = new double[ranks.length];
                double[] mean = new double[ranks.length];
                // the same context sets for every kernel: differences between kernels are not sampling noise
                Rng rng = new Rng(spec.seed());
                for (int s = 0; s < spec.sets(); s++) {
                    DMatrixRMaj xc = rng.uniform(spec.contexts(), dx, 0, 1);
                    DMatrixRMaj xt = rng.uniform(spec.targets(), dx, 0, 1);
                    Conditional full = Conditional.of(k, xc, xt, s2, true);
                    DMatrixRMaj labels = k.matrix(xc, xc);
                    for (int i = 0; i < labels.numRows; i++) {
                        labels.add(i, i, s2);
                    }
                    for (int r = 0; r < ranks.length; r++) {
                        Interrupts.check();
                        Conditional truncated = Conditional.of(bases.get(r), xc, xt, s2, true);
                        KlParts e = GaussianKl.expected(full, truncated, labels);
                        cov[r] += e.covariance() / (spec.sets() * (double) spec.targets());
                        mean[r] += e.mean() / (spec.sets() * (double) spec.targets());
                        progress.step();
                    }
                }
                double[] kl = new double[ranks.length];
                double[] trunc = new double[ranks.length];
                for (int r = 0; r < ranks.length; r++) {
                    kl[r] = cov[r] + mean[r];
                    trunc[r] = bases.get(r).tail() / (2 * s2);
                }
                curves.add(curve(f, dx, ranks, kl, cov, mean, trunc));
            }
        }
        return new BottleneckResult(spec, curves);
    }

    static BottleneckCurve curve(KernelFamily f, int dx, int[] ranks, double[] kl, double[] cov, double[] mean, double[] trunc) {
        double[] d = new double[ranks.length];
        for (int r = 0; r < ranks.length; r++) {
            d[r] = ranks[r];
        }
        if (f == KernelFamily.SE) {
            double[] x = pow(d, 2.0 / dx);
            LineFit alt = LineFit.semiLog(pow(d, 1.0 / dx), kl);
            return new BottleneckCurve(f, ranks, kl, cov, mean, trunc, LineFit.semiLog(x, kl), LineFit.semiLog(x, trunc), alt.r2(),
                    Double.NaN);
        }
        return new BottleneckCurve(f, ranks, kl, cov, mean, trunc, LineFit.logLog(d, kl), LineFit.logLog(d, trunc), Double.NaN,
                -2 * f.nu() / dx);
    }

    static double[] pow(double[] v, double p) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.pow(v[i], p);
        }
        return out;
    }
}
