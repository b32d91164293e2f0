package lab.subspace.magics.audit;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * A synthetic stand-in for the paper's LLM activations with planted structure, so that every step
 * of the audit can be checked against a known answer. Per layer l, for prompt x (the first half
 * safety prompts, the second half control prompts):
 * <pre>
 *   base, raw        h = c(x)                                  content: rank-k_c factors + topic offset on Ds
 *   base, templated  h = c(x) + t_l + T_l s(x)                 chat template: a common vector + rank-k_t variation
 *   aligned, raw     h = c(x) + g_l + G_l z(x)                 alignment drift: common vector + rank-k_d variation
 *   aligned, templ.  h = c(x) + t_l + T_l s(x) + g_l + G_l z(x) + 1[x in Ds] a(x) r_l
 * </pre>
 * plus independent isotropic noise in each set; the refusal direction r_l (unit) is active only
 * with the template and only on Ds, with strength a(x) ~ N(alpha_l, (alpha_l / 4)^2) peaking in the
 * middle layers. So the naive shift carries the template (inflated rank), the template-controlled
 * shift does not, the DiD shift's leading direction is r_l, and centering removes the large mean
 * shift (g_l + alpha_l r_l) that dominates the uncentered spectrum.
 *
 * <pre>{@code
 * SyntheticActivations.Model m = SyntheticActivations.generate(8, 512, 128, 11);
 * ActivationSets layer4 = m.layers().sets().get(4);
 * double[] planted = m.refusal().get(4);
 * }</pre>
 */
public final class SyntheticActivations {

    static final int CONTENT_RANK = 48;
    static final int TEMPLATE_RANK = 12;
    static final int DRIFT_RANK = 6;
    static final double NOISE = 0.005;

    private SyntheticActivations() {
    }

    /**
     * The generated layers and what was planted.
     *
     * @param layers  activation sets with templates, Ds = rows 0..n-1, Dc = rows n..2n-1
     * @param refusal planted unit refusal direction per layer
     * @param alpha   mean refusal strength per layer
     */
    public record Model(LayerFiles.Layers layers, List<double[]> refusal, double[] alpha) {

        public Model {
            refusal = List.copyOf(refusal);
            alpha = alpha.clone();
        }

        @Override
        public double[] alpha() {
            return alpha.clone();
        }
    }

    /**
     * @param layers       number of layers (&gt;= 1)
     * @param d            activation width (&gt;= 32)
     * @param perSet       prompts in each of Ds and Dc (&gt;= 8)
     */
    public static Model generate(int layers, int d, int perSet, long seed) {
        if (layers < 1) {
            throw new IllegalArgumentException("layers must be >= 1 but is " + layers);
        }
        if (d < 32) {
            throw new IllegalArgumentException("d must be >= 32 (the planted subspaces need room) but is " + d);
        }
        if (perSet < 8) {
            throw new IllegalArgumentException("each prompt set needs at least 8 prompts but has " + perSet);
        }
        int n = 2 * perSet;
        Memory.requireDoubles(4L * layers * n * d, "synthetic activations " + layers + " x 4 x " + n + " x " + d);
        Rng rng = new Rng(seed);
        // prompt-level latent variables shared by all layers (the same prompts flow through the model)
        DMatrixRMaj content = rng.gaussian(n, CONTENT_RANK);
        DMatrixRMaj templ = rng.gaussian(n, TEMPLATE_RANK);
        DMatrixRMaj drift = rng.gaussian(n, DRIFT_RANK);
        double[] strength = new double[n];
        for (int i = 0; i < perSet; i++) {
            strength[i] = 1 + 0.25 * rng.gaussian();
        }
        int[] safety = range(0, perSet);
        int[] control = range(perSet, n);
        List<String> names = new ArrayList<>();
        List<ActivationSets> sets = new ArrayList<>();
        List<double[]> refusal = new ArrayList<>();
        double[] alpha = new double[layers];
        for (int l = 0; l < layers; l++) {
            Interrupts.check();
            double depth = layers == 1 ? 0.5 : (double) l / (layers - 1);
            alpha[l] = 6 * (0.35 + 0.65 * Math.exp(-Math.pow((depth - 0.6) / 0.3, 2)));
            DMatrixRMaj c = scaledBasis(rng, d, CONTENT_RANK, 3.0, 0.93);
            DMatrixRMaj t = scaledBasis(rng, d, TEMPLATE_RANK, 3.0, 0.9);
            DMatrixRMaj g = scaledBasis(rng, d, DRIFT_RANK, 0.5, 0.8);
            double[] tMean = scaled(rng.unitVector(d), 8);
            double[] gMean = scaled(rng.unitVector(d), 2.5);
            double[] topic = scaled(rng.unitVector(d), 1.5);
            double[] r = rng.unitVector(d);

            DMatrixRMaj base = CommonOps_DDRM.multTransB(content, c, null);
            addRows(base, topic, safety, 1);
            DMatrixRMaj templateShift = CommonOps_DDRM.multTransB(templ, t, null);
            addAll(templateShift, tMean);
            DMatrixRMaj driftShift = CommonOps_DDRM.multTransB(drift, g, null);
            addAll(driftShift, gMean);

            DMatrixRMaj baseTemplated = CommonOps_DDRM.add(base, templateShift, null);
            DMatrixRMaj aligned = CommonOps_DDRM.add(base, driftShift, null);
            DMatrixRMaj alignedTemplated = CommonOps_DDRM.add(baseTemplated, driftShift, null);
            for (int i : safety) {
                for (int j = 0; j < d; j++) {
                    alignedTemplated.unsafe_set(i, j, alignedTemplated.unsafe_get(i, j) + alpha[l] * strength[i] * r[j]);
                }
            }
            for (DMatrixRMaj m : List.of(base, baseTemplated, aligned, alignedTemplated)) {
                for (int k = 0; k < m.data.length; k++) {
                    m.data[k] += NOISE * rng.gaussian();
                }
            }
            names.add(String.format(java.util.Locale.ROOT, "layer_%02d", l));
            sets.add(ActivationSets.of(base, aligned).withTemplates(baseTemplated, alignedTemplated)
                    .withRows(safety, control));
            refusal.add(r);
        }
        return new Model(new LayerFiles.Layers(names, sets), refusal, alpha);
    }

    /** d x k with orthonormal columns scaled by top * decay^i. */
    private static DMatrixRMaj scaledBasis(Rng rng, int d, int k, double top, double decay) {
        DMatrixRMaj q = rng.orthonormal(d, k);
        for (int j = 0; j < k; j++) {
            double s = top * Math.pow(decay, j);
            for (int i = 0; i < d; i++) {
                q.unsafe_set(i, j, q.unsafe_get(i, j) * s);
            }
        }
        return q;
    }

    private static double[] scaled(double[] v, double s) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= s;
        }
        return v;
    }

    private static void addAll(DMatrixRMaj m, double[] v) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                m.unsafe_set(i, j, m.unsafe_get(i, j) + v[j]);
            }
        }
    }

    private static void addRows(DMatrixRMaj m, double[] v, int[] rows, double scale) {
        for (int i : rows) {
            for (int j = 0; j < m.numCols; j++) {
                m.unsafe_set(i, j, m.unsafe_get(i, j) + scale * v[j]);
            }
        }
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
