package lab.subspace.magics.deblur;

import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Results of {@link BiasSweep}, indexed {@code [method][bias][repeat]} with methods in the order
 * of {@link BiasSweep#METHODS}. Arrays are copied out.
 *
 * @param base      the setup (its bias is replaced by each swept value)
 * @param biases    the true biases
 * @param repeats   scenes per bias
 * @param meanError mean of restored minus clean
 * @param rmse      root mean squared error
 * @param psnr      PSNR in dB
 * @param estimate  estimated bias (0 for plain Noise2Noise, which assumes zero-mean noise)
 */
public record BiasSweepReport(DeblurSetup base, double[] biases, int repeats, double[][][] meanError, double[][][] rmse,
                              double[][][] psnr, double[][][] estimate) {

    public BiasSweepReport {
        biases = biases.clone();
        meanError = deepCopy(meanError);
        rmse = deepCopy(rmse);
        psnr = deepCopy(psnr);
        estimate = deepCopy(estimate);
    }

    @Override
    public double[] biases() {
        return biases.clone();
    }

    @Override
    public double[][][] meanError() {
        return deepCopy(meanError);
    }

    @Override
    public double[][][] rmse() {
        return deepCopy(rmse);
    }

    @Override
    public double[][][] psnr() {
        return deepCopy(psnr);
    }

    @Override
    public double[][][] estimate() {
        return deepCopy(estimate);
    }

    /** Mean over repeats of the mean error at each bias. */
    public double[] meanError(Method method) {
        return average(meanError[index(method)]);
    }

    public double[] rmse(Method method) {
        return average(rmse[index(method)]);
    }

    public double[] psnr(Method method) {
        return average(psnr[index(method)]);
    }

    public double[] estimate(Method method) {
        return average(estimate[index(method)]);
    }

    /** Least-squares slope of the mean error against b over all runs: 0 means no bias is left. */
    public double slope(Method method) {
        double[][] e = meanError[index(method)];
        double mx = 0;
        double my = 0;
        int n = 0;
        for (int i = 0; i < biases.length; i++) {
            for (double v : e[i]) {
                mx += biases[i];
                my += v;
                n++;
            }
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < biases.length; i++) {
            for (double v : e[i]) {
                sxy += (biases[i] - mx) * (v - my);
                sxx += (biases[i] - mx) * (biases[i] - mx);
            }
        }
        return sxy / sxx;
    }

    /** Largest |estimated - true bias| over all runs (bias-aware methods). */
    public double maxEstimateError(Method method) {
        double worst = 0;
        double[][] b = estimate[index(method)];
        for (int i = 0; i < biases.length; i++) {
            for (double v : b[i]) {
                worst = Math.max(worst, Math.abs(v - biases[i]));
            }
        }
        return worst;
    }

    /** Largest |mean error| over all runs. */
    public double maxAbsMeanError(Method method) {
        double worst = 0;
        for (double[] row : meanError[index(method)]) {
            for (double v : row) {
                worst = Math.max(worst, Math.abs(v));
            }
        }
        return worst;
    }

    public Table table() {
        Tables.Builder t = Tables.builder(String.format(Locale.ROOT, "Bias sweep at %s photons (%d scene%s per bias)",
                        DeblurReport.fmt(base.sensor().photons()), repeats, repeats == 1 ? "" : "s"))
                .doubles("true bias").strings("method").doubles("PSNR (dB)", "RMSE", "mean error", "estimated bias");
        for (int i = 0; i < biases.length; i++) {
            for (Method m : BiasSweep.METHODS) {
                t.row(biases[i], m.label(), psnr(m)[i], rmse(m)[i], meanError(m)[i], m.biasAware() ? estimate(m)[i] : null);
            }
        }
        return t.build();
    }

    /** Mean error against b: plain Noise2Noise leaves a bias proportional to b, Physen-N2N none. */
    public Figure meanErrorFigure() {
        LineChart c = Plots.lines("Bias left in the restoration vs sensor bias b").xTitle("true bias b")
                .yTitle("mean error (restored - clean)").x(biases);
        for (Method m : BiasSweep.METHODS) {
            c.y(m.label(), meanError(m));
        }
        return c.y("restored = clean + b", biases).build();
    }

    /** Estimated against true bias, every run, with the identity line. */
    public Figure estimateFigure() {
        LineChart c = Plots.scatter("Estimated vs true bias").xTitle("true bias b").yTitle("estimated bias");
        for (Method m : BiasSweep.METHODS) {
            if (m.biasAware()) {
                double[][] b = estimate[index(m)];
                double[] x = new double[biases.length * repeats];
                double[] y = new double[x.length];
                for (int i = 0; i < biases.length; i++) {
                    for (int r = 0; r < repeats; r++) {
                        x[i * repeats + r] = biases[i];
                        y[i * repeats + r] = b[i][r];
                    }
                }
                c.series(m.label(), x, y);
            }
        }
        return c.series("estimate = truth", biases, biases).build();
    }

    /** RMSE against b, with |b| for reference: plain Noise2Noise's error floor rises with |b|. */
    public Figure rmseFigure() {
        LineChart c = Plots.lines("Error floor vs sensor bias").xTitle("true bias b").yTitle("RMSE").x(biases);
        for (Method m : BiasSweep.METHODS) {
            c.y(m.label(), rmse(m));
        }
        return c.y("|b|", java.util.Arrays.stream(biases).map(Math::abs).toArray()).build();
    }

    public Outputs outputs() {
        return Outputs.of(table(), meanErrorFigure(), estimateFigure(), rmseFigure());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BiasSweepReport[%d biases x %d scenes; mean-error slope: plain %.3f, Physen %.3f, multi-frame %.3f]",
                biases.length, repeats, slope(Method.PLAIN_N2N), slope(Method.PHYSEN), slope(Method.PHYSEN_MULTIFRAME));
    }

    private static int index(Method m) {
        for (int k = 0; k < BiasSweep.METHODS.length; k++) {
            if (BiasSweep.METHODS[k] == m) {
                return k;
            }
        }
        throw new IllegalArgumentException(m.label() + " is not part of the bias sweep (" + java.util.Arrays.toString(BiasSweep.METHODS) + ")");
    }

    private static double[] average(double[][] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (double v : a[i]) {
                s += v;
            }
            out[i] = s / a[i].length;
        }
        return out;
    }

    static double[][][] deepCopy(double[][][] a) {
        double[][][] out = new double[a.length][][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Psf.copy(a[i]);
        }
        return out;
    }
}
