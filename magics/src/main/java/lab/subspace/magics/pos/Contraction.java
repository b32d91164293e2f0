package lab.subspace.magics.pos;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.LineFit;

/**
 * Off-subspace energy against depth for residual layers that remove the normal-space component
 * ({@link ResidualRemoval}), the reconstructed contraction experiment of "Axiomatizing Neural
 * Networks via Pursuit of Subspaces" (arXiv, 2025). The union is learned from noisy training
 * points by {@link SubspaceEstimation}; noisier test points go through the layers; the energy is
 * measured against the TRUE union. Three stacks: hard selection on the true union (exactly
 * (1 - eta)^2 per layer), hard selection on the learned union (the measurement), soft
 * (attention-like) selection on the learned union.
 *
 * <p>The learned union differs from the true one by small principal angles, so the energy stops
 * at a floor: the energy left after projecting on the learned union. The rate is fitted on the
 * layers whose energy is still {@value #FLOOR_FACTOR} times above that floor.
 *
 * <pre>{@code
 * ContractionReport r = Contraction.run(ContractionSpec.defaults());
 * double rate = r.rate();                  // fitted energy factor per layer, vs (1 - eta)^2
 * }</pre>
 */
public final class Contraction {

    /** Layers count for the fit while their energy is at least this many times the floor. */
    public static final double FLOOR_FACTOR = 10;

    private Contraction() {
    }

    public static ContractionReport run(ContractionSpec spec) {
        Rng rng = new Rng(spec.seed());
        UnionOfSubspaces truth = UnionOfSubspaces.random(spec.ambient(), spec.dims(), rng.nextLong());
        UnionSample train = truth.sample(spec.trainPoints(), spec.trainNoise(), rng.split());
        SubspaceStructure learned = SubspaceEstimation.fit(train.points(), EstimationOptions.defaults().withSeed(rng.nextLong()));
        Recovery recovery = Recovery.of(learned, truth, train.labels());
        DMatrixRMaj test = truth.sample(spec.testPoints(), spec.testNoise(), rng.split()).points();
        List<DMatrixRMaj> est = learned.bases();
        double[] exact = ResidualRemoval.offUnionEnergy(test, truth.bases(), truth, spec.eta(), spec.layers(), 0);
        double[] hard = ResidualRemoval.offUnionEnergy(test, est, truth, spec.eta(), spec.layers(), 0);
        double[] soft = ResidualRemoval.offUnionEnergy(test, est, truth, spec.eta(), spec.layers(), spec.temperature());
        // the fixed point of the learned layers: project on the learned union (eta = 1), twice so the selection settles
        double floor = truth.offUnionEnergy(ResidualRemoval.step(ResidualRemoval.step(test, est, 1), est, 1));
        int fitLayers = geometricLayers(hard, floor);
        return new ContractionReport(spec, recovery, exact, hard, soft, floor, fitLayers, fit(exact, exact.length), fit(hard, fitLayers),
                fit(soft, geometricLayers(soft, floor)));
    }

    /** Layers 0..m-1 whose energy is at least FLOOR_FACTOR times the floor (at least 3). */
    static int geometricLayers(double[] e, double floor) {
        int m = 0;
        while (m < e.length && e[m] >= FLOOR_FACTOR * floor) {
            m++;
        }
        return Math.max(3, m);
    }

    /** log E_l = a + l log(rate) over the first m layers. */
    static LineFit fit(double[] e, int m) {
        double[] l = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            l[i] = i;
            y[i] = Math.max(e[i], Double.MIN_NORMAL);
        }
        return LineFit.semiLog(l, y);
    }
}
