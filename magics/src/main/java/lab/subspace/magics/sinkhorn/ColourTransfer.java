package lab.subspace.magics.sinkhorn;

import java.util.EnumMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.knn.Knn;
import lab.subspace.numerics.knn.Neighbors;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.random.Rng;

/**
 * Colour transfer by optimal transport (Rabin, Ferradans, Papadakis 2014, "Adaptive color transfer
 * with relaxed optimal transport"), the SROT paper's second experiment: sample colours from both
 * pictures, transport the source samples onto the target samples with EOT, SROT, SOT and exact OT,
 * move each sample by its barycentric map T(s) = sum_j P_sj y_j / a_s, and move every pixel by the
 * displacement T(s) - s of its nearest sampled colour.
 *
 * <pre>{@code
 * ColourTransferReport r = ColourTransfer.run(source, target, 400, OtSettings.defaults().withEps(0.05).withSeed(1));
 * }</pre>
 */
public final class ColourTransfer {

    private ColourTransfer() {
    }

    /**
     * @param samples  colours sampled from each picture (at most its number of pixels); the plans are
     *                 samples x samples
     * @param settings eps (fraction of the largest squared colour distance), slices, seed (also of the sampling)
     */
    public static ColourTransferReport run(Picture source, Picture target, int samples, OtSettings settings) {
        int n = source.pixels().numRows;
        int m = target.pixels().numRows;
        if (samples < 2 || samples > Math.min(n, m)) {
            throw new IllegalArgumentException("samples must be between 2 and the smaller picture's " + Math.min(n, m)
                    + " pixels, got " + samples);
        }
        Rng rng = new Rng(settings.seed());
        DMatrixRMaj xs = rows(source.pixels(), rng.sample(n, samples));
        DMatrixRMaj ys = rows(target.pixels(), rng.sample(m, samples));
        OtProblem problem = OtProblem.of(xs, ys);
        SinkhornReport plans = OtComparison.run(problem, settings, OtMethod.parse("all"),
                SinkhornPlot.parse("none", 3, true));
        Neighbors nearest = Knn.search(source.pixels(), xs, 1);
        Map<OtMethod, Picture> out = new EnumMap<>(OtMethod.class);
        for (MethodRun run : plans.runs()) {
            Interrupts.check();
            DMatrixRMaj mapped = OT.barycentricMap(run.result(), problem);
            out.put(run.method(), recolour(source, xs, mapped, nearest));
        }
        Map<OtMethod, Double> distance = new EnumMap<>(OtMethod.class);
        DMatrixRMaj reference = out.get(OtMethod.EXACT).pixels();
        out.forEach((method, picture) -> distance.put(method, meanDistance(picture.pixels(), reference)));
        return new ColourTransferReport(source, target, out, plans, distance);
    }

    private static DMatrixRMaj rows(DMatrixRMaj m, int[] idx) {
        DMatrixRMaj out = new DMatrixRMaj(idx.length, m.numCols);
        for (int r = 0; r < idx.length; r++) {
            System.arraycopy(m.data, idx[r] * m.numCols, out.data, r * m.numCols, m.numCols);
        }
        return out;
    }

    /** Each pixel moves by the displacement of its nearest sample; colours are clamped to [0, 1]. */
    private static Picture recolour(Picture source, DMatrixRMaj samples, DMatrixRMaj mapped, Neighbors nearest) {
        DMatrixRMaj px = source.pixels();
        DMatrixRMaj out = new DMatrixRMaj(px.numRows, 3);
        for (int i = 0; i < px.numRows; i++) {
            int s = nearest.index(i, 0);
            for (int k = 0; k < 3; k++) {
                double v = px.data[i * 3 + k] + mapped.data[s * 3 + k] - samples.data[s * 3 + k];
                out.data[i * 3 + k] = Math.max(0, Math.min(1, v));
            }
        }
        return new Picture(out, source.width());
    }

    private static double meanDistance(DMatrixRMaj p, DMatrixRMaj q) {
        double total = 0;
        for (int i = 0; i < p.numRows; i++) {
            double s = 0;
            for (int k = 0; k < 3; k++) {
                double t = p.data[i * 3 + k] - q.data[i * 3 + k];
                s += t * t;
            }
            total += Math.sqrt(s);
        }
        return total / p.numRows;
    }
}
