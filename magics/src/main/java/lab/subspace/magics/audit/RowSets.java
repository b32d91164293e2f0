package lab.subspace.magics.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;

/** Reads a prompt-index option: a range list like {@code 0:128,200:210}, an int[] variable, or a vector / file of indices. */
final class RowSets {

    private static final Pattern RANGES = Pattern.compile("\\d+(:\\d+)?(,\\d+(:\\d+)?)*");

    private RowSets() {
    }

    static int[] read(MagicContext context, String option, String ref) {
        if (ref == null) {
            return null;
        }
        String s = ref.strip();
        if (RANGES.matcher(s).matches() && !context.hasVariable(s)) {
            return parse(option, s);
        }
        if (context.hasVariable(s)) {
            Object v = context.variable(s);
            if (v instanceof int[] a) {
                return a.clone();
            }
            if (v instanceof List<?> list && list.stream().allMatch(o -> o instanceof Integer)) {
                return list.stream().mapToInt(o -> (Integer) o).toArray();
            }
        }
        double[] v = Inputs.vector(context, option, s);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || v[i] < 0) {
                throw new UserError(option + " " + ref + ": entry " + i + " is " + v[i] + ", not a row index");
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    /** "a:b" is a..b-1 (Python slice), "a" is one row. */
    static int[] parse(String option, String spec) {
        List<Integer> rows = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] ab = part.split(":");
            int a = Integer.parseInt(ab[0]);
            int b = ab.length == 1 ? a + 1 : Integer.parseInt(ab[1]);
            if (b <= a) {
                throw new UserError(option + " " + spec + ": the range " + part + " is empty (write start:end with end > start)");
            }
            for (int i = a; i < b; i++) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
