package lab.subspace.magics.deblur;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.image.Gallery;
import lab.subspace.display.image.Images;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link DeblurExperiment}: every method's restoration and scores, with the views
 * a notebook shows (table, images side by side, training curves, bias estimates, learned filters).
 *
 * @param setup        the experiment's setup
 * @param truth        the clean scene (for scoring only)
 * @param frames       the noisy frames every self-supervised method trained on
 * @param results      one row per method, in the order of the table
 * @param oracleLambda noise-to-signal ratio per ring of the averaged frames (what the multi-frame
 *                     filter should learn), computed from the clean scene's spectrum
 */
public record DeblurReport(DeblurSetup setup, double[][] truth, NoisyFrames frames, List<MethodResult> results,
                           double[] oracleLambda) {

    public DeblurReport {
        truth = Psf.copy(truth);
        results = List.copyOf(results);
        oracleLambda = oracleLambda.clone();
    }

    @Override
    public double[][] truth() {
        return Psf.copy(truth);
    }

    @Override
    public double[] oracleLambda() {
        return oracleLambda.clone();
    }

    /** The row of a self-supervised method. */
    public MethodResult result(Method method) {
        return result(method.label());
    }

    /** The row with this name (see {@link DeblurExperiment#AVERAGE}, {@link DeblurExperiment#WIENER}). */
    public MethodResult result(String method) {
        return results.stream().filter(r -> r.method().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No result for '" + method + "'; methods: "
                        + results.stream().map(MethodResult::method).toList()));
    }

    /** PSNR, SSIM, RMSE, mean error and estimated bias per method, with what each method was given. */
    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "Deblurring at %s photons, bias %s (%s)",
                        fmt(setup.sensor().photons()), fmt(setup.sensor().bias()), setup.psf().name()))
                .strings("method", "trained on").doubles("PSNR (dB)", "SSIM", "RMSE", "mean error", "estimated bias", "true bias")
                .booleans("converged");
        for (MethodResult r : results) {
            String given = r.training() != null ? "noisy frames + PSF"
                    : r.method().equals(DeblurExperiment.WIENER) ? "PSF, bias, noise, clean spectrum" : "nothing (averaged frames)";
            Quality q = r.quality();
            b.row(r.method(), given, q.psnr(), q.ssim(), q.rmse(), q.meanError(),
                    Double.isNaN(r.biasEstimate()) ? null : r.biasEstimate(), setup.sensor().bias(),
                    r.training() == null ? null : r.training().converged());
        }
        return b.build();
    }

    /**
     * Clean scene, one noisy frame, then every restoration with its PSNR, on the same grey scale
     * [0, 1] (short captions; {@code gallery().toImage()} is one PNG).
     */
    public Gallery gallery() {
        int k = frames.longestExposure();
        double[][] one = frames.frame(k);
        double t = frames.exposure(k);
        for (double[] row : one) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= t;
            }
        }
        Gallery g = Gallery.of("clean (scoring only)", Images.grey(truth, 0, 1))
                .and(String.format(Locale.ROOT, "1 frame %.1f dB", ImageQuality.psnr(truth, one)), Images.grey(one, 0, 1));
        for (MethodResult r : results) {
            g = g.and(String.format(Locale.ROOT, "%s %.1f dB", shortCaption(r), r.quality().psnr()), Images.grey(r.image(), 0, 1));
        }
        return g.scale(Math.max(1, Math.min(3, 192 / Math.max(frames.rows(), frames.cols()))));
    }

    private static String shortCaption(MethodResult r) {
        if (r.training() != null) {
            return r.training().method().shortLabel();
        }
        return r.method().equals(DeblurExperiment.WIENER) ? "Wiener (oracle)" : "average";
    }

    /** The Noise2Noise training loss per epoch for each self-supervised method. */
    public Figure trainingFigure() {
        LineChart c = Plots.lines("Training curves: Noise2Noise loss (MSE against held-out noisy frames)").logY()
                .xTitle("epoch (pretrain-finetune: pretraining, then finetuning)").yTitle("loss per pixel");
        for (MethodResult r : results) {
            if (r.training() != null) {
                double[] loss = r.training().loss();
                c.series(r.method(), index(loss.length), loss);
            }
        }
        return c.build();
    }

    /** The bias estimate per epoch of each bias-aware method, and the true bias. */
    public Figure biasFigure() {
        LineChart c = Plots.lines("Estimated bias during training vs true bias").xTitle("epoch").yTitle("bias b");
        int longest = 1;
        for (MethodResult r : results) {
            if (r.training() != null && r.training().method().biasAware()) {
                double[] b = r.training().bias();
                longest = Math.max(longest, b.length);
                c.series(r.method() + " (estimate)", index(b.length), b);
            }
        }
        double[] truthLine = new double[longest];
        java.util.Arrays.fill(truthLine, setup.sensor().bias());
        return c.series("true bias", index(longest), truthLine).build();
    }

    /** Learned noise-to-signal profiles lambda(f) against the oracle one of the averaged frames. */
    public Figure filterFigure() {
        double[] rings = LearnedFilter.ringFrequencies(frames.rows(), frames.cols());
        double[] f = java.util.Arrays.copyOfRange(rings, 1, rings.length);
        LineChart c = Plots.lines("Learned filter G = conj(H) / (|H|^2 + lambda): regularisation profile").logLog()
                .xTitle("radial frequency (cycles / pixel)").yTitle("lambda (noise-to-signal ratio)");
        c.series("oracle: noise / scene power, average of frames", f, java.util.Arrays.copyOfRange(oracleLambda, 1, oracleLambda.length));
        for (MethodResult r : results) {
            if (r.training() != null) {
                c.series(r.method(), f, r.training().filter().lambda(f));
            }
        }
        return c.build();
    }

    /** Table, images (one PNG), training curves, bias estimates and filters, in that order. */
    public Outputs outputs() {
        return Outputs.of(table(), gallery().toImage(), trainingFigure(), biasFigure(), filterFigure());
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (MethodResult r : results) {
            parts.add(String.format(Locale.ROOT, "%s %.2f dB", r.method(), r.quality().psnr()));
        }
        return "DeblurReport[" + setup + ": " + String.join(", ", parts) + "]";
    }

    static double[] index(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
