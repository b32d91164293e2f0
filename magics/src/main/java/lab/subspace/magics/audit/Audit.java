package lab.subspace.magics.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.stats.Bootstrap;
import lab.subspace.numerics.stats.Interval;

/**
 * The effective-rank audit of "An Effective-Rank Audit of Alignment-Induced Activation Shifts:
 * Confound Control, Constructive Calibration, and Limits": for each shift variant (naive,
 * template-controlled, within-aligned template shift, difference in differences; see
 * {@link ShiftVariant}) rank_eps and rho_eps, centered and not, |cos| of the leading shift
 * directions with the refusal direction, a bootstrap interval for rho_eps, kappa_lb against the
 * control set; optionally an ablation curve of the leading directions against random projectors.
 *
 * <p>Data convention: rows are prompts, columns the d activation coordinates (as exported from
 * PyTorch: {@code acts[layer]} of shape [n_prompts, d_model]).
 *
 * <pre>{@code
 * ActivationSets s = ActivationSets.of(base, aligned).withTemplates(tBase, tAligned).withRows(ds, dc);
 * AuditReport r = Audit.run(s, AuditOptions.defaults().ablate(1, 2, 5, 10).bootstrap(200));
 * double cos = r.variant(ShiftVariant.DID).leadingCosine();
 * LayerReport layers = Audit.layers(LayerFiles.read(dir, ds, dc), AuditOptions.defaults());
 * }</pre>
 */
public final class Audit {

    private Audit() {
    }

    /** Audits one layer's activation sets. */
    public static AuditReport run(ActivationSets sets, AuditOptions options) {
        Map<ShiftVariant, DMatrixRMaj> shifts = sets.variants();
        int[] safety = sets.safety();
        int[] control = sets.control();
        double[] direction = control == null ? null : RefusalDirection.of(sets.alignedActivations(), safety, control);

        List<VariantAudit> audits = new ArrayList<>();
        int boot = options.bootstrap();
        // the bootstrap evaluates the statistic once per resample plus once on the data itself
        try (Progress progress = Progress.start("audit", shifts.size() * (long) (boot > 0 ? boot + 1 : 1),
                Duration.ofSeconds(1))) {
            int index = 0;
            for (Map.Entry<ShiftVariant, DMatrixRMaj> e : shifts.entrySet()) {
                Interrupts.check();
                ShiftVariant v = e.getKey();
                DMatrixRMaj m = e.getValue();
                RankProfile unc = EffectiveRank.of(m, options.eps());
                RankProfile cen = EffectiveRank.of(m, options.eps(), true);
                double[] cos = new double[0];
                if (direction != null) {
                    DMatrixRMaj used = options.center() ? Centering.centerColumns(m) : m;
                    int k = Math.min(options.topDirections(), Math.min(m.numRows, m.numCols));
                    cos = RefusalDirection.cosines(Spectra.top(used, k).v(), direction);
                }
                Interval ci = null;
                if (boot > 0) {
                    ci = bootstrap(m, options, options.seed() + index, progress);
                } else {
                    progress.step();
                }
                GapDiagnostic gap = null;
                DMatrixRMaj onControl = sets.onControl(v);
                if (onControl != null && options.eps() > 0) {
                    int pairs = Math.min(m.numRows, onControl.numRows);
                    DMatrixRMaj h = head(m, pairs);
                    DMatrixRMaj u = head(onControl, pairs);
                    if (EffectiveRank.energy(h) + EffectiveRank.energy(u) > 0) {
                        gap = SpectralGap.of(h, u, options.eps());
                    }
                }
                audits.add(new VariantAudit(v, unc, cen, cos, ci, gap));
                index++;
            }
        }

        ShiftVariant ablated = null;
        AblationCurve curve = null;
        String downstream = null;
        int[] ks = options.ablate();
        if (ks.length > 0) {
            ablated = primary(List.copyOf(shifts.keySet()));
            DMatrixRMaj m = shifts.get(ablated);
            DMatrixRMaj used = options.center() ? Centering.centerColumns(m) : m;
            int kmax = 0;
            for (int k : ks) {
                kmax = Math.max(kmax, k);
            }
            int limit = Math.min(m.numRows, m.numCols);
            if (kmax > limit) {
                throw new IllegalArgumentException("cannot ablate " + kmax + " directions: the " + ablated.label()
                        + " variant is " + m.numRows + " x " + m.numCols + ", so at most " + limit + " exist");
            }
            DMatrixRMaj directions = Spectra.top(used, Math.max(1, kmax)).v();
            DMatrixRMaj acts = sets.alignedActivations();
            DMatrixRMaj h = safety == null ? acts.copy() : RowOps.select(acts, safety);
            ToDoubleFunction<DMatrixRMaj> f = options.downstream();
            if (f != null) {
                downstream = "user function";
            } else if (direction != null) {
                f = meanProjection(direction);
                downstream = "mean projection on the refusal direction";
            } else {
                f = retainedEnergy(h);
                downstream = "retained share of |h|^2";
            }
            curve = Ablation.curve(h, directions, ks, f, options.randomDraws(), options.seed());
        }
        return new AuditReport(options, sets.toString(), audits, direction, ablated, curve, downstream);
    }

    /**
     * Audits every layer and computes kappa_lb for each ordered pair of layers on the primary
     * variant (which needs the same prompts, hence the same shapes, in every layer).
     */
    public static LayerReport layers(LayerFiles.Layers layers, AuditOptions options) {
        List<AuditReport> reports = new ArrayList<>();
        List<DMatrixRMaj> primaries = new ArrayList<>();
        ShiftVariant primary = null;
        try (Progress progress = Progress.start("layers", layers.sets().size(), Duration.ofSeconds(1))) {
            for (ActivationSets s : layers.sets()) {
                Interrupts.check();
                AuditReport r = run(s, options);
                reports.add(r);
                Map<ShiftVariant, DMatrixRMaj> v = s.variants();
                primary = primary(List.copyOf(v.keySet()));
                primaries.add(v.get(primary));
                progress.step();
            }
        }
        List<SpectralGap.LayerPair> gaps = primaries.size() > 1 && options.eps() > 0
                ? SpectralGap.pairs(primaries, options.eps()) : List.of();
        return new LayerReport(layers.names(), reports, primary, gaps);
    }

    /** DiD when present, else the template-controlled shift, else the plain shift. */
    static ShiftVariant primary(List<ShiftVariant> present) {
        for (ShiftVariant v : List.of(ShiftVariant.DID, ShiftVariant.TEMPLATE, ShiftVariant.SHIFT)) {
            if (present.contains(v)) {
                return v;
            }
        }
        return present.get(0);
    }

    /** Mean over rows of h . r: how much of the refusal direction the activations still carry. */
    public static ToDoubleFunction<DMatrixRMaj> meanProjection(double[] direction) {
        double[] r = direction.clone();
        return h -> {
            if (h.numCols != r.length) {
                throw new IllegalArgumentException("activations have " + h.numCols + " columns but the direction has "
                        + r.length + " entries");
            }
            double acc = 0;
            for (int i = 0; i < h.numRows; i++) {
                int off = i * h.numCols;
                for (int j = 0; j < r.length; j++) {
                    acc += h.data[off + j] * r[j];
                }
            }
            return acc / h.numRows;
        };
    }

    private static ToDoubleFunction<DMatrixRMaj> retainedEnergy(DMatrixRMaj reference) {
        double total = EffectiveRank.energy(reference);
        return h -> total == 0 ? 0 : EffectiveRank.energy(h) / total;
    }

    private static Interval bootstrap(DMatrixRMaj m, AuditOptions o, long seed, Progress progress) {
        int d = m.numCols;
        return Bootstrap.interval(m.numRows, idx -> {
            DMatrixRMaj s = RowOps.select(m, idx);
            if (o.center()) {
                s = Centering.centerColumns(s);
            }
            progress.step();
            return (double) Spectra.spectrum(s, Spectra.Method.AUTO).energyRank(o.eps()) / d;
        }, o.bootstrap(), o.level(), seed);
    }

    private static DMatrixRMaj head(DMatrixRMaj m, int rows) {
        if (rows == m.numRows) {
            return m;
        }
        int[] idx = new int[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        return RowOps.select(m, idx);
    }
}
