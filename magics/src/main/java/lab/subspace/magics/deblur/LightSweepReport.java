package lab.subspace.magics.deblur;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Results of {@link LightSweep}: mean PSNR and SSIM, indexed {@code [method][level]}.
 *
 * @param base    the setup (its photon count is replaced by each level)
 * @param photons the light levels
 * @param repeats scenes per level
 * @param methods method names, in the order of the rows of {@code psnr} and {@code ssim}
 * @param psnr    mean PSNR in dB
 * @param ssim    mean SSIM
 */
public record LightSweepReport(DeblurSetup base, double[] photons, int repeats, List<String> methods, double[][] psnr,
                               double[][] ssim) {

    public LightSweepReport {
        photons = photons.clone();
        methods = List.copyOf(methods);
        psnr = Psf.copy(psnr);
        ssim = Psf.copy(ssim);
    }

    @Override
    public double[] photons() {
        return photons.clone();
    }

    @Override
    public double[][] psnr() {
        return Psf.copy(psnr);
    }

    @Override
    public double[][] ssim() {
        return Psf.copy(ssim);
    }

    /** Mean PSNR of a self-supervised method at each level. */
    public double[] psnr(Method method) {
        return psnr(method.label());
    }

    /** Mean PSNR of the named method at each level. */
    public double[] psnr(String method) {
        return psnr[index(method)].clone();
    }

    public double[] ssim(Method method) {
        return ssim[index(method.label())].clone();
    }

    public Table table() {
        Tables.Builder t = Tables.builder(String.format(Locale.ROOT, "Light sweep, bias %s (%d scene%s per level)",
                        DeblurReport.fmt(base.sensor().bias()), repeats, repeats == 1 ? "" : "s"))
                .doubles("photons").strings("method").doubles("PSNR (dB)", "SSIM");
        for (int i = 0; i < photons.length; i++) {
            for (int k = 0; k < methods.size(); k++) {
                t.row(photons[i], methods.get(k), psnr[k][i], ssim[k][i]);
            }
        }
        return t.build();
    }

    /** PSNR against the photon count of a white pixel (log axis). */
    public Figure psnrFigure() {
        LineChart c = Plots.lines("PSNR vs light level").logX().xTitle("photons per white pixel (exposure 1)")
                .yTitle("PSNR (dB)").x(photons);
        for (int k = 0; k < methods.size(); k++) {
            c.y(methods.get(k), psnr[k]);
        }
        return c.build();
    }

    /** SSIM against the photon count of a white pixel (log axis). */
    public Figure ssimFigure() {
        LineChart c = Plots.lines("SSIM vs light level").logX().xTitle("photons per white pixel (exposure 1)")
                .yTitle("SSIM").x(photons);
        for (int k = 0; k < methods.size(); k++) {
            c.y(methods.get(k), ssim[k]);
        }
        return c.build();
    }

    public Outputs outputs() {
        return Outputs.of(table(), psnrFigure(), ssimFigure());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LightSweepReport[%d levels x %d scenes, methods %s]", photons.length, repeats, methods);
    }

    private int index(String method) {
        int k = methods.indexOf(method);
        if (k < 0) {
            throw new IllegalArgumentException("No method '" + method + "' in the light sweep; methods: " + methods);
        }
        return k;
    }
}
