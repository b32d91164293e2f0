package lab.subspace.magics.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;

/**
 * What the audit is given for one layer: activations of the base and the aligned model on the same
 * prompts (rows = prompts, columns = the d activation coordinates), optionally also with the chat
 * template applied, and optionally which prompts form the safety set Ds and the control set Dc.
 * Alternatively a precomputed shift matrix ({@link #ofShift}).
 *
 * <pre>{@code
 * ActivationSets s = ActivationSets.of(base, aligned)
 *         .withTemplates(baseTemplated, alignedTemplated)
 *         .withRows(safetyIdx, controlIdx);
 * Map<ShiftVariant, DMatrixRMaj> m = s.variants();      // naive, template, aligned, DiD
 * }</pre>
 *
 * @param base            base model on raw prompts, or null for a shift-only set
 * @param aligned         aligned model on raw prompts (or the shift itself for a shift-only set)
 * @param templateBase    base model on templated prompts, or null
 * @param templateAligned aligned model on templated prompts, or null
 * @param safety          row indices of Ds, or null (all rows)
 * @param control         row indices of Dc, or null
 */
public record ActivationSets(DMatrixRMaj base, DMatrixRMaj aligned, DMatrixRMaj templateBase,
        DMatrixRMaj templateAligned, int[] safety, int[] control) {

    public ActivationSets {
        if (aligned == null) {
            throw new IllegalArgumentException("the aligned activations (or the shift) are missing");
        }
        EffectiveRank.requireShift(base == null ? "shift" : "aligned", aligned);
        if (base != null) {
            EffectiveRank.requireShift("base", base);
            Matrices.requireSameShape("base", base, "aligned", aligned);
        }
        if ((templateBase == null) != (templateAligned == null)) {
            throw new IllegalArgumentException("give both templated activation sets (base and aligned) or neither");
        }
        if (templateBase != null) {
            if (base == null) {
                throw new IllegalArgumentException("templated activations need the raw base and aligned activations too");
            }
            EffectiveRank.requireShift("template-base", templateBase);
            EffectiveRank.requireShift("template-aligned", templateAligned);
            Matrices.requireSameShape("template-base", templateBase, "base", base);
            Matrices.requireSameShape("template-aligned", templateAligned, "base", base);
        }
        if (control != null && safety == null) {
            throw new IllegalArgumentException("control rows were given without safety rows");
        }
        safety = safety == null ? null : checkRows("safety", safety, aligned.numRows);
        control = control == null ? null : checkRows("control", control, aligned.numRows);
    }

    /** Base and aligned activations on the same prompts. */
    public static ActivationSets of(DMatrixRMaj base, DMatrixRMaj aligned) {
        if (base == null) {
            throw new IllegalArgumentException("the base activations are missing");
        }
        return new ActivationSets(base, aligned, null, null, null, null);
    }

    /** A precomputed shift matrix M (rows = prompts). */
    public static ActivationSets ofShift(DMatrixRMaj shift) {
        return new ActivationSets(null, shift, null, null, null, null);
    }

    /** The same activations plus both models on templated prompts. */
    public ActivationSets withTemplates(DMatrixRMaj templatedBase, DMatrixRMaj templatedAligned) {
        return new ActivationSets(base, aligned, templatedBase, templatedAligned, safety, control);
    }

    /** The same activations with the safety set Ds and (optionally null) control set Dc. */
    public ActivationSets withRows(int[] safetyRows, int[] controlRows) {
        return new ActivationSets(base, aligned, templateBase, templateAligned, safetyRows, controlRows);
    }

    @Override
    public int[] safety() {
        return safety == null ? null : safety.clone();
    }

    @Override
    public int[] control() {
        return control == null ? null : control.clone();
    }

    public boolean isShiftOnly() {
        return base == null;
    }

    public boolean hasTemplates() {
        return templateBase != null;
    }

    public boolean hasControl() {
        return control != null;
    }

    /** Number of prompts (rows). */
    public int prompts() {
        return aligned.numRows;
    }

    /** Activation width d. */
    public int dimension() {
        return aligned.numCols;
    }

    /** The shift over all prompts before row selection: template-controlled when templates are given. */
    public DMatrixRMaj controlledShift() {
        if (isShiftOnly()) {
            return aligned.copy();
        }
        return hasTemplates() ? CommonOps_DDRM.subtract(templateAligned, templateBase, null)
                : CommonOps_DDRM.subtract(aligned, base, null);
    }

    /**
     * The shift matrices over the safety set (all prompts when no safety set is given), in the
     * order naive, template, aligned, DiD (or shift, DiD without templates).
     */
    public Map<ShiftVariant, DMatrixRMaj> variants() {
        Map<ShiftVariant, DMatrixRMaj> full = new EnumMap<>(ShiftVariant.class);
        if (hasTemplates()) {
            full.put(ShiftVariant.NAIVE, CommonOps_DDRM.subtract(templateAligned, base, null));
            full.put(ShiftVariant.TEMPLATE, CommonOps_DDRM.subtract(templateAligned, templateBase, null));
            full.put(ShiftVariant.ALIGNED, CommonOps_DDRM.subtract(templateAligned, aligned, null));
        } else {
            full.put(ShiftVariant.SHIFT, controlledShift());
        }
        Map<ShiftVariant, DMatrixRMaj> out = new LinkedHashMap<>();
        for (Map.Entry<ShiftVariant, DMatrixRMaj> e : full.entrySet()) {
            out.put(e.getKey(), safety == null ? e.getValue() : RowOps.select(e.getValue(), safety));
        }
        if (control != null) {
            out.put(ShiftVariant.DID, differenceInDifferences());
        }
        return out;
    }

    /** The same shift variant over the control set (null without one; DiD has none). */
    public DMatrixRMaj onControl(ShiftVariant v) {
        if (control == null || v == ShiftVariant.DID) {
            return null;
        }
        DMatrixRMaj m = switch (v) {
            case NAIVE -> CommonOps_DDRM.subtract(templateAligned, base, null);
            case ALIGNED -> CommonOps_DDRM.subtract(templateAligned, aligned, null);
            default -> controlledShift();
        };
        return RowOps.select(m, control);
    }

    /** M_DiD = M[Ds] - column means of M[Dc], M the template-controlled shift. */
    public DMatrixRMaj differenceInDifferences() {
        if (safety == null || control == null) {
            throw new IllegalArgumentException("the DiD variant needs both safety and control rows");
        }
        DMatrixRMaj m = controlledShift();
        double[] mean = Centering.columnMeans(RowOps.select(m, control));
        DMatrixRMaj out = RowOps.select(m, safety);
        for (int i = 0; i < out.numRows; i++) {
            for (int j = 0; j < out.numCols; j++) {
                out.unsafe_set(i, j, out.unsafe_get(i, j) - mean[j]);
            }
        }
        return out;
    }

    /**
     * Activations to ablate and to read the refusal direction from: the aligned model's (templated
     * when given); for a shift-only set, the shift.
     */
    public DMatrixRMaj alignedActivations() {
        return hasTemplates() ? templateAligned : aligned;
    }

    private static int[] checkRows(String name, int[] rows, int n) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("the " + name + " set is empty");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= n) {
                throw new IllegalArgumentException(name + " row " + rows[i] + " (position " + i + ") is outside 0.."
                        + (n - 1) + " (there are " + n + " prompts)");
            }
        }
        return rows.clone();
    }

    @Override
    public String toString() {
        return "ActivationSets[" + prompts() + " prompts x " + dimension() + (isShiftOnly() ? ", shift" : "")
                + (hasTemplates() ? ", with templates" : "")
                + (safety == null ? "" : ", |Ds| = " + safety.length)
                + (control == null ? "" : ", |Dc| = " + control.length) + "]";
    }
}
