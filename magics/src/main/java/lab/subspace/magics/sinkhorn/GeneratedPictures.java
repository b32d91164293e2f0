package lab.subspace.magics.sinkhorn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/**
 * The two generated pictures of the colour-transfer experiment: a sunset (purple-to-orange sky, a
 * yellow sun, a dark sea with reflections) and a meadow (blue sky, white clouds, green hills, yellow
 * flowers), with seeded texture so that their colour clouds are not degenerate.
 *
 * <pre>{@code
 * Picture source = GeneratedPictures.sunset(64, 48, 1L);
 * Picture target = GeneratedPictures.meadow(64, 48, 2L);
 * }</pre>
 */
public final class GeneratedPictures {

    private GeneratedPictures() {
    }

    /** A sunset over the sea, width x height pixels. */
    public static Picture sunset(int width, int height, long seed) {
        check(width, height);
        Rng rng = new Rng(seed);
        DMatrixRMaj px = new DMatrixRMaj(width * height, 3);
        double horizon = 0.62;
        double sunX = 0.68;
        double sunY = 0.5;
        double sunR = 0.11;
        for (int i = 0; i < height; i++) {
            double v = (i + 0.5) / height;
            for (int j = 0; j < width; j++) {
                double u = (j + 0.5) / width;
                double[] c;
                if (v < horizon) {
                    double t = v / horizon; // 0 at the top, 1 at the horizon
                    c = mix(new double[] {0.22, 0.08, 0.38}, new double[] {1.0, 0.52, 0.16}, t * t);
                    double dx = (u - sunX) * width / height;
                    double dy = v - sunY;
                    double r = Math.sqrt(dx * dx + dy * dy);
                    if (r < sunR) {
                        c = mix(new double[] {1.0, 0.93, 0.55}, new double[] {1.0, 0.75, 0.3}, r / sunR);
                    } else if (r < 2.5 * sunR) {
                        c = mix(c, new double[] {1.0, 0.7, 0.3}, 0.5 * (2.5 * sunR - r) / (1.5 * sunR));
                    }
                } else {
                    double t = (v - horizon) / (1 - horizon);
                    c = mix(new double[] {0.35, 0.14, 0.3}, new double[] {0.07, 0.05, 0.18}, t);
                    // the sun's reflection: a wavy golden column under it
                    double wave = Math.sin(40 * v + 3 * rng.uniform()) * 0.02;
                    if (Math.abs(u - sunX + wave) < 0.06 * (1 - 0.6 * t)) {
                        c = mix(c, new double[] {1.0, 0.72, 0.3}, 0.75);
                    }
                }
                put(px, i * width + j, c, rng, 0.03);
            }
        }
        return new Picture(px, width);
    }

    /** A meadow under a blue sky, width x height pixels. */
    public static Picture meadow(int width, int height, long seed) {
        check(width, height);
        Rng rng = new Rng(seed);
        DMatrixRMaj px = new DMatrixRMaj(width * height, 3);
        double[][] clouds = {{0.22, 0.16, 0.13, 0.05}, {0.62, 0.1, 0.17, 0.06}, {0.85, 0.28, 0.1, 0.04}};
        for (int i = 0; i < height; i++) {
            double v = (i + 0.5) / height;
            for (int j = 0; j < width; j++) {
                double u = (j + 0.5) / width;
                double hill = 0.48 + 0.07 * Math.sin(2 * Math.PI * (u * 1.3 + 0.1)) + 0.03 * Math.sin(2 * Math.PI * 3.1 * u);
                double[] c;
                if (v < hill) {
                    c = mix(new double[] {0.2, 0.45, 0.85}, new double[] {0.7, 0.85, 0.98}, v / hill);
                    for (double[] cl : clouds) {
                        double dx = (u - cl[0]) / cl[2];
                        double dy = (v - cl[1]) / cl[3];
                        double r2 = dx * dx + dy * dy;
                        if (r2 < 1) {
                            c = mix(c, new double[] {0.97, 0.97, 0.97}, 1 - r2 * r2);
                        }
                    }
                } else {
                    double t = (v - hill) / (1 - hill);
                    double stripes = 0.5 + 0.5 * Math.sin(25 * u + 8 * v);
                    c = mix(new double[] {0.45, 0.72, 0.2}, new double[] {0.1, 0.35, 0.08}, 0.6 * t + 0.3 * stripes);
                    if (rng.uniform() < 0.04) {
                        c = new double[] {0.98, 0.85, 0.2}; // a flower
                    }
                }
                put(px, i * width + j, c, rng, 0.03);
            }
        }
        return new Picture(px, width);
    }

    private static double[] mix(double[] a, double[] b, double t) {
        double s = Math.max(0, Math.min(1, t));
        return new double[] {a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1]), a[2] + s * (b[2] - a[2])};
    }

    private static void put(DMatrixRMaj px, int row, double[] c, Rng rng, double noise) {
        for (int k = 0; k < 3; k++) {
            px.set(row, k, Math.max(0, Math.min(1, c[k] + noise * rng.gaussian())));
        }
    }

    private static void check(int width, int height) {
        if (width < 4 || height < 4) {
            throw new IllegalArgumentException("a generated picture needs at least 4 x 4 pixels, got " + width + " x " + height);
        }
    }
}
