package lab.subspace.numerics.ot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Npy;
import lab.subspace.numerics.ot.ExactResult;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.ot.SinkhornOptions;
import lab.subspace.numerics.ot.SinkhornResult;
import lab.subspace.numerics.ot.SlicedResult;
import lab.subspace.numerics.ot.TransportResult;

/**
 * Runs one solver on inputs written by {@code bench/ot_vs_pot.py} and reports timings and results
 * (not a unit test: the Python script drives it so that POT and this code see the same arrays).
 *
 * <pre>
 * java -cp magics/target/classes:kernel/target/classes:kernel/target/plugins/* \
 *     lab.subspace.numerics.ot.bench.OtBenchmark --dir DIR \
 *     --task eot --eps 0.01 --tol 1e-9 --max-iter 1000 --check-every 10 --repeat 5 --warmup 2
 * </pre>
 *
 * Inputs in DIR, NumPy {@code .npy} files (shapes come from the files): x (n x d), y (m x d),
 * a (n), b (m), C (n x m, used as the cost when present, else |x - y|^2), theta (d x L, for
 * sot/srot/sw). Outputs in DIR (unless {@code --no-output}): {@code <task>_plan.npy} (n x m),
 * {@code <task>_f.npy}, {@code <task>_g.npy}, and one JSON line on standard output: task, times (s),
 * cpu (s of process CPU time, all JVM threads, per timed run),
 * median, cost, iterations, error, converged, distance (SW). With {@code --serve} the data is loaded
 * once and each line of standard input (options such as {@code --task eot --eps 0.01 --plain}) runs
 * one timed run, so that a caller can alternate its runs with ours under the same machine load.
 */
public final class OtBenchmark {

    private OtBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = parse(args);
        Path dir = Path.of(required(opt, "dir"));
        DMatrixRMaj x = Npy.read(dir.resolve("x.npy")).toMatrix();
        DMatrixRMaj y = Npy.read(dir.resolve("y.npy")).toMatrix();
        OtProblem problem = OtProblem.of(x, y).withWeights(Npy.read(dir.resolve("a.npy")).toVector(),
                Npy.read(dir.resolve("b.npy")).toVector());
        if (Files.exists(dir.resolve("C.npy"))) {
            problem = problem.withCost(Npy.read(dir.resolve("C.npy")).toMatrix());
        }
        DMatrixRMaj theta = Files.exists(dir.resolve("theta.npy")) ? Npy.read(dir.resolve("theta.npy")).toMatrix() : null;
        if (opt.containsKey("serve")) {
            // one run per line of standard input (the same options as the command line), so that the
            // caller can alternate its own runs with ours under the same machine load
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
                Map<String, String> request = new HashMap<>(opt);
                request.putAll(parse(line.trim().split("\\s+")));
                System.out.println(measure(problem, theta, request, dir, 0, 1));
                System.out.flush();
            }
            return;
        }
        System.out.println(measure(problem, theta, opt, dir, Integer.parseInt(opt.getOrDefault("warmup", "2")),
                Integer.parseInt(opt.getOrDefault("repeat", "5"))));
    }

    /** Runs the requested task {@code warmup} times untimed, then {@code repeat} times timed; returns the JSON report. */
    private static String measure(OtProblem p, DMatrixRMaj directions, Map<String, String> opt, Path dir, int warmup,
                                  int repeat) throws IOException {
        String task = required(opt, "task");
        SinkhornOptions so = SinkhornOptions.defaults()
                .withTol(Double.parseDouble(opt.getOrDefault("tol", "1e-9")))
                .withMaxIter(Integer.parseInt(opt.getOrDefault("max-iter", "1000")))
                .withCheckEvery(Integer.parseInt(opt.getOrDefault("check-every", "10")))
                .withEpsScaling(opt.containsKey("eps-scaling"))
                .withOverrelaxation(!opt.containsKey("plain"))
                .withParallel(!opt.containsKey("sequential"));
        double eps = Double.parseDouble(opt.getOrDefault("eps", "0.01"));
        Supplier<Object> run = switch (task) {
            case "eot" -> () -> OT.eot(p, eps, so);
            case "srot" -> () -> OT.srot(p, eps, directions, so);
            case "sot" -> () -> OT.sot(p, directions, 2);
            case "sw" -> () -> OT.sw(p, directions, 2);
            case "exact" -> () -> OT.exact(p);
            default -> throw new IllegalArgumentException("unknown task " + task);
        };
        Object result = null;
        for (int r = 0; r < warmup; r++) {
            result = run.get();
        }
        double[] times = new double[repeat];
        double[] cpu = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            result = run.get();
            times[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (processCpuNanos() - c0) / 1e9;
        }
        return report(task, times, cpu, result, opt.containsKey("no-output") ? null : dir);
    }

    /**
     * CPU time of the whole JVM (solver, JIT and GC threads) in ns: on a loaded shared machine it
     * varies far less than wall time (the Python side measures POT with time.process_time). Summed
     * over /proc/self/task/N/schedstat, which counts ns, where the MXBean's process CPU time counts
     * 10 ms ticks on Linux (as long as a solve); elsewhere the MXBean's.
     */
    private static long processCpuNanos() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
        long sum = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    String line = Files.readString(thread.resolve("schedstat"));
                    sum += Long.parseLong(line.substring(0, line.indexOf(' ')));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while we listed them: its time no longer counts on either side
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    private static String report(String task, double[] times, double[] cpu, Object result, Path dir) throws IOException {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
        StringBuilder json = new StringBuilder();
        json.append(String.format(Locale.ROOT, "{\"task\": \"%s\", \"median\": %.6f, \"times\": %s, \"cpu\": %s", task,
                median, Arrays.toString(times), Arrays.toString(cpu)));
        if (result instanceof TransportResult t) {
            json.append(String.format(Locale.ROOT, ", \"cost\": %.17g", t.cost()));
            if (dir != null) {
                Npy.write(dir.resolve(task + "_plan.npy"), t.plan());
            }
        }
        if (result instanceof SinkhornResult s) {
            json.append(String.format(Locale.ROOT, ", \"iterations\": %d, \"error\": %.6g, \"converged\": %b",
                    s.iterations(), s.marginalError(), s.converged()));
            if (dir != null) {
                Npy.write(dir.resolve(task + "_f.npy"), s.f());
                Npy.write(dir.resolve(task + "_g.npy"), s.g());
            }
        } else if (result instanceof ExactResult e) {
            json.append(String.format(Locale.ROOT, ", \"iterations\": %d, \"converged\": %b", e.iterations(), e.optimal()));
            if (dir != null) {
                Npy.write(dir.resolve(task + "_f.npy"), e.f());
                Npy.write(dir.resolve(task + "_g.npy"), e.g());
            }
        } else if (result instanceof SlicedResult s) {
            json.append(String.format(Locale.ROOT, ", \"distance\": %.17g", s.distance()));
        } else if (result instanceof Double distance) {
            json.append(String.format(Locale.ROOT, ", \"distance\": %.17g", distance));
        }
        return json.append('}').toString();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k < args.length; k++) {
            if (!args[k].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[k]);
            }
            String key = args[k].substring(2);
            boolean flag = k + 1 == args.length || args[k + 1].startsWith("--");
            out.put(key, flag ? "" : args[++k]);
        }
        return out;
    }

    private static String required(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }
}
