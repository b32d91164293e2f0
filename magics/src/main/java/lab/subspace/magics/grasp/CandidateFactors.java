package lab.subspace.magics.grasp;

import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.BarChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Candidate latent factors of a weight update, from {@link Factors}: its leading singular directions
 * in the representation, with their energies, and optionally how well each matches a known
 * direction and how strongly the pretrained weights already read it.
 *
 * @param singularValues   s_1 &gt;= s_2 &gt;= ... of the listed directions; not copied
 * @param totalEnergy      sum of all squared singular values of the update (its squared Frobenius norm)
 * @param directions       d x k, the directions in the representation (orthonormal columns)
 * @param otherSide        the paired singular vectors on the layer's other side
 * @param referenceCosines |cos| between each direction and a reference direction, or null
 * @param baseReading      |W0 v_j| / (|W0|_F / sqrt(d)) for pretrained weights W0 (1 = an average
 *                         direction; &gt; 1: the pretrained model relies on it), or null
 */
public record CandidateFactors(double[] singularValues, double totalEnergy, DMatrixRMaj directions, DMatrixRMaj otherSide,
        double[] referenceCosines, double[] baseReading) {

    /** Number of directions listed. */
    public int count() {
        return singularValues.length;
    }

    /** Share of the update's energy in each direction, s_j^2 / sum_i s_i^2. */
    public double[] energyShares() {
        double[] e = new double[count()];
        for (int j = 0; j < e.length; j++) {
            e[j] = singularValues[j] * singularValues[j] / totalEnergy;
        }
        return e;
    }

    /** Share of the top direction: how concentrated the update is. */
    public double topShare() {
        return energyShares()[0];
    }

    /** The k leading directions (d x k): the V of GRASP's projection. */
    public DMatrixRMaj directions(int k) {
        if (k < 1 || k > count()) {
            throw new IllegalArgumentException("k must be in [1, " + count() + "] but is " + k);
        }
        return CommonOps_DDRM.extract(directions, 0, directions.numRows, 0, k);
    }

    /** |cos| between the top direction and the reference (NaN without one). */
    public double topCosine() {
        return referenceCosines == null ? Double.NaN : referenceCosines[0];
    }

    /**
     * These factors with |cos| to a reference direction u (a d-vector, any length; e.g. a planted or
     * a probed factor).
     */
    public CandidateFactors withReference(DMatrixRMaj reference) {
        int d = directions.numRows;
        if (reference.getNumElements() != d || (reference.numRows != 1 && reference.numCols != 1)) {
            throw new IllegalArgumentException("the reference must be a vector of length d = " + d + " but is " + Matrices.shape(reference));
        }
        Matrices.requireFinite("the reference", reference);
        double norm = NormOps_DDRM.normF(reference);
        if (norm == 0) {
            throw new IllegalArgumentException("the reference direction is zero");
        }
        double[] cos = new double[count()];
        for (int j = 0; j < cos.length; j++) {
            double dot = 0;
            for (int i = 0; i < d; i++) {
                dot += directions.unsafe_get(i, j) * reference.data[i];
            }
            cos[j] = Math.abs(dot) / norm;
        }
        return new CandidateFactors(singularValues, totalEnergy, directions, otherSide, cos, baseReading);
    }

    /**
     * These factors with the pretrained weights' reading of each: |W0 v_j| relative to an average
     * direction. W0 is outputs x d (reading layer) with d matching the directions.
     */
    public CandidateFactors withBase(DMatrixRMaj base) {
        Matrices.requireCols("the pretrained weights W0", base, directions.numRows);
        Matrices.requireFinite("the pretrained weights W0", base);
        double average = NormOps_DDRM.normF(base) / Math.sqrt(base.numCols);
        if (average == 0) {
            throw new IllegalArgumentException("the pretrained weights W0 are all zeros");
        }
        DMatrixRMaj read = CommonOps_DDRM.mult(base, directions, null);
        double[] ratio = new double[count()];
        for (int j = 0; j < ratio.length; j++) {
            double sq = 0;
            for (int i = 0; i < read.numRows; i++) {
                sq += read.unsafe_get(i, j) * read.unsafe_get(i, j);
            }
            ratio[j] = Math.sqrt(sq) / average;
        }
        return new CandidateFactors(singularValues, totalEnergy, directions, otherSide, referenceCosines, ratio);
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "Candidate factors: top %d singular directions of a %d x %d update",
                count(), otherSide.numRows, directions.numRows)).ints("direction").doubles("singular value", "energy share",
                "cumulative share");
        if (referenceCosines != null) {
            b.doubles("|cos| to reference");
        }
        if (baseReading != null) {
            b.doubles("pretrained reading");
        }
        double[] share = energyShares();
        double cumulative = 0;
        for (int j = 0; j < count(); j++) {
            cumulative += share[j];
            Object[] row = new Object[4 + (referenceCosines != null ? 1 : 0) + (baseReading != null ? 1 : 0)];
            row[0] = j + 1;
            row[1] = singularValues[j];
            row[2] = share[j];
            row[3] = cumulative;
            int c = 4;
            if (referenceCosines != null) {
                row[c++] = referenceCosines[j];
            }
            if (baseReading != null) {
                row[c] = baseReading[j];
            }
            b.row(row);
        }
        return b.build();
    }

    /** Energy share of each direction (and |cos| to the reference when given). */
    public Figure figure() {
        String[] names = new String[count()];
        for (int j = 0; j < names.length; j++) {
            names[j] = "v" + (j + 1);
        }
        BarChart chart = Plots.bars("Candidate factors: energy share of each singular direction of the update", names)
                .xTitle("singular direction").yTitle("share / |cos|").add("energy share s_j^2 / sum s^2", energyShares());
        if (referenceCosines != null) {
            chart.add("|cos| to reference", referenceCosines);
        }
        return chart.build();
    }

    public Outputs outputs() {
        return Outputs.of(table(), figure());
    }
}
