package lab.subspace.kernel.install;

import jdk.jshell.JShell;

/**
 * Run in a child JVM by {@link CompilerTiersTest}: evaluates snippets as a kernel does (javac) and
 * runs a numeric loop, so the JVM's compilation log shows which tiers compiled each.
 */
public final class JitWorkload {

    private JitWorkload() {
    }

    public static void main(String[] args) {
        int snippets = Integer.parseInt(args[0]);
        double sum = 0;
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.eval("import java.util.*;");
            for (int i = 0; i < snippets; i++) {
                shell.eval(i % 2 == 0 ? "1 + " + i : "int v" + (i % 7) + " = " + i + ";");
                sum += dotProduct(i);
            }
        }
        System.out.println("workload done " + sum);
    }

    /** Numeric code stands for the numerics: it must still reach C2. */
    static double dotProduct(int seed) {
        double[] a = new double[2048];
        double[] b = new double[2048];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i + seed) * 0.5;
            b[i] = i * 0.25;
        }
        double s = 0;
        for (int r = 0; r < 20; r++) {
            for (int i = 0; i < a.length; i++) {
                s += a[i] * b[i];
            }
        }
        return s;
    }
}
