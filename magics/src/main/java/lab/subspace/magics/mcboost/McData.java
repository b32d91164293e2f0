package lab.subspace.magics.mcboost;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;

/**
 * What MCBoost post-processes: the base predictor's predictions, the labels, the groups and
 * (optionally) features that linear and tree audits may use. Arrays are not copied; do not
 * modify them.
 *
 * <pre>{@code
 * McData d = new McData(basePredictions, labels, Groups.fromColumns(table, "region"), Matrices.of(table, "x1", "x2"));
 * }</pre>
 *
 * @param base     base predictions, on the prediction scale (probabilities for the logistic loss)
 * @param labels   outcomes (0/1 or frequencies for the logistic loss)
 * @param groups   possibly overlapping groups ({@link Groups#none()} for none)
 * @param features n x d audit features; a 0-column matrix when there are none
 */
public record McData(double[] base, double[] labels, Groups groups, DMatrixRMaj features) {

    public McData {
        if (base.length != labels.length) {
            throw new IllegalArgumentException(base.length + " base predictions but " + labels.length + " labels");
        }
        if (base.length == 0) {
            throw new IllegalArgumentException("no rows: MCBoost needs at least one prediction");
        }
        if (groups == null) {
            groups = Groups.none();
        }
        if (groups.count() > 0 && groups.rows() != base.length) {
            throw new IllegalArgumentException("the groups cover " + groups.rows() + " rows but there are " + base.length
                    + " predictions");
        }
        if (features == null) {
            features = new DMatrixRMaj(base.length, 0);
        }
        if (features.numRows != base.length) {
            throw new IllegalArgumentException("features are " + Matrices.shape(features) + " but there are "
                    + base.length + " predictions");
        }
        Matrices.requireFinite("features", features);
    }

    /** Predictions and labels only. */
    public static McData of(double[] base, double[] labels) {
        return new McData(base, labels, Groups.none(), null);
    }

    public int size() {
        return base.length;
    }

    /** Number of feature columns. */
    public int dimension() {
        return features.numCols;
    }

    /** Throws naming the first label or prediction outside the loss's domain. */
    public void requireValid(Loss loss) {
        for (int i = 0; i < base.length; i++) {
            loss.requirePrediction(i, base[i]);
            loss.requireLabel(i, labels[i]);
        }
    }

    /** The rows {@code rows} (in that order). */
    public McData subset(int[] rows) {
        double[] b = new double[rows.length];
        double[] y = new double[rows.length];
        DMatrixRMaj x = new DMatrixRMaj(rows.length, features.numCols);
        for (int k = 0; k < rows.length; k++) {
            b[k] = base[rows[k]];
            y[k] = labels[rows[k]];
            for (int j = 0; j < features.numCols; j++) {
                x.unsafe_set(k, j, features.unsafe_get(rows[k], j));
            }
        }
        return new McData(b, y, groups.subset(rows), x);
    }

    /** The same rows with other base predictions (e.g. a boosted predictor's). */
    public McData withBase(double[] predictions) {
        return new McData(predictions, labels, groups, features);
    }

    /** Base scores under {@code loss} (logits for the logistic loss). */
    double[] baseScores(Loss loss) {
        double[] s = new double[base.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = loss.score(base[i]);
        }
        return s;
    }
}
