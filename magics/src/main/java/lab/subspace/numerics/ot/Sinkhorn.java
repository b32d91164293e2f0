package lab.subspace.numerics.ot;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;

/** The Sinkhorn loop shared by EOT and SROT: stopping rule, eps-scaling, over-relaxation, progress. */
final class Sinkhorn {

    /** Intermediate eps-scaling stages stop at this marginal error (relative to the total mass). */
    private static final double STAGE_TOL = 1e-5;

    private Sinkhorn() {
    }

    /**
     * @param logQ  log(reference / (a b^T)) row-major (n x m), or null for the product reference (EOT)
     * @param label name shown on the progress bar
     */
    static SinkhornResult solve(double[] a, double[] b, DMatrixRMaj cost, double[] logQ, double eps,
                                SinkhornOptions options, String label) {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a positive finite number, got " + eps);
        }
        int n = a.length;
        int m = b.length;
        Memory.requireMatrices(n, m, 2, label + " kernel and plan");
        ScaledKernel kernel = new ScaledKernel(a, b, cost.data, logQ, options.parallel());
        double[] schedule = schedule(cost, eps, options.epsScaling());
        double mass = Weights.sum(a);
        Overrelaxation sor = new Overrelaxation(options.overrelaxation());
        double[] trace = new double[16];
        int checks = 0;
        int it = 0;
        boolean converged = false;
        try (Progress progress = Progress.start(label, options.maxIter(), Duration.ofSeconds(1))) {
            for (int stage = 0; stage < schedule.length && it < options.maxIter(); stage++) {
                boolean last = stage == schedule.length - 1;
                double tol = last ? options.tol() : Math.max(options.tol(), STAGE_TOL * mass);
                kernel.setEps(schedule[stage]);
                sor.reset();
                Stall stall = new Stall();
                while (it < options.maxIter()) {
                    Interrupts.check();
                    it++;
                    progress.step();
                    double omega = sor.omega();
                    if (kernel.sweep(omega) == ScaledKernel.Status.ROW_TROUBLE) {
                        kernel.fold();
                        kernel.rebuildRows();
                        sor.restartWindow();
                        continue;
                    }
                    double err = Math.sqrt(kernel.rowError2() + kernel.columnError2());
                    sor.observe(err);
                    if (stall.stalled(err)) {
                        break;
                    }
                    if ((it - 1) % options.checkEvery() == 0 || it == options.maxIter()) {
                        if (checks == trace.length) {
                            trace = Arrays.copyOf(trace, 2 * checks);
                        }
                        trace[checks++] = err;
                        progress.note(String.format(Locale.ROOT, "eps %.3g, error %.2e", schedule[stage], err));
                        if (err < tol) {
                            converged = last;
                            break;
                        }
                    }
                    if (kernel.updateColumns(omega) == ScaledKernel.Status.COLUMN_TROUBLE) {
                        kernel.fold();
                        kernel.rebuildColumns();
                        sor.restartWindow();
                    }
                }
            }
            if (converged) {
                progress.set(options.maxIter());
            }
        }
        double used = kernel.eps(); // differs from eps only if eps-scaling ran out of sweeps early
        ScaledKernel.Finished done = kernel.finish();
        DMatrixRMaj plan = DMatrixRMaj.wrap(n, m, done.plan());
        return new SinkhornResult(plan, done.cost(), done.f(), done.g(), used, it, done.marginalError(), converged,
                Arrays.copyOf(trace, checks));
    }

    /**
     * Detects a run whose best error has not improved by {@link #GAIN} over {@link #WINDOW} sweeps:
     * at that pace the tolerance is out of reach (a nearly diagonal reference plan whose rows barely
     * couple, or a tolerance below what rounding allows), so it stops, unconverged.
     */
    private static final class Stall {
        static final int WINDOW = 1000;
        static final double GAIN = 1e-3;
        private double best = Double.POSITIVE_INFINITY;
        private double previous = Double.POSITIVE_INFINITY;
        private int sweeps;

        boolean stalled(double err) {
            best = Math.min(best, err);
            if (++sweeps < WINDOW) {
                return false;
            }
            boolean progress = best < (1 - GAIN) * previous;
            previous = best;
            best = Double.POSITIVE_INFINITY;
            sweeps = 0;
            return !progress;
        }
    }

    /** eps itself, or spread(C), spread(C)/2, ... down to eps when eps-scaling. */
    static double[] schedule(DMatrixRMaj cost, double eps, boolean scaling) {
        if (!scaling) {
            return new double[] {eps};
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int size = cost.numRows * cost.numCols;
        for (int q = 0; q < size; q++) {
            min = Math.min(min, cost.data[q]);
            max = Math.max(max, cost.data[q]);
        }
        double start = max - min;
        int stages = 1;
        for (double e = start; e > eps; e /= 2) {
            stages++;
        }
        double[] out = new double[stages];
        double e = start;
        for (int q = 0; q < stages - 1; q++, e /= 2) {
            out[q] = e;
        }
        out[stages - 1] = eps;
        return out;
    }
}
