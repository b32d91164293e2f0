package lab.subspace.magics.pos;

import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;

/** Label vectors for the {@code %pos} options: class indices or 0/1 flags, from a variable or a .npy/.csv file. */
final class LabelInputs {

    private LabelInputs() {
    }

    /** Non-negative integer labels (an int[] variable, or whole numbers in a vector). */
    static int[] classes(MagicContext context, String option, String ref) {
        Object value = context.hasVariable(ref) ? context.variable(ref) : null;
        if (value instanceof int[] ints) {
            return check(option, ref, ints.clone());
        }
        double[] v = Inputs.vector(context, option, ref);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || v[i] > Integer.MAX_VALUE) {
                throw new UserError(option + " " + ref + " must hold whole numbers (class indices) but entry " + i + " is " + v[i]);
            }
            out[i] = (int) v[i];
        }
        return check(option, ref, out);
    }

    /** 0/1 flags (a boolean[] variable, or 0/1 numbers). */
    static boolean[] flags(MagicContext context, String option, String ref) {
        Object value = context.hasVariable(ref) ? context.variable(ref) : null;
        if (value instanceof boolean[] b) {
            return b.clone();
        }
        int[] c = classes(context, option, ref);
        boolean[] out = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            if (c[i] > 1) {
                throw new UserError(option + " " + ref + " must hold 0 (inlier) or 1 (outlier) but entry " + i + " is " + c[i]);
            }
            out[i] = c[i] == 1;
        }
        return out;
    }

    private static int[] check(String option, String ref, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new UserError(option + " " + ref + " must hold labels >= 0 but entry " + i + " is " + labels[i]);
            }
        }
        return labels;
    }
}
