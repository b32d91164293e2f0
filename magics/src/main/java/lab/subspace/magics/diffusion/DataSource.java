package lab.subspace.magics.diffusion;

/**
 * Where the rate experiment gets its samples: the synthetic {@link SubspaceMixture}, or a pool of
 * your own samples ({@link SamplePool}).
 *
 * <pre>{@code
 * DataSource src = SubspaceMixture.random(100, 3, 3, SubgaussianLaw.GAUSSIAN, 1L);
 * Split s = src.draw(400, 400, 7L);          // train 400 x 100, fresh 400 x 100, independent
 * }</pre>
 */
public interface DataSource {

    /** Ambient dimension D of the samples. */
    int dimension();

    /**
     * Independent training and fresh samples.
     *
     * @throws IllegalArgumentException when the sizes are not positive or the source cannot give that many
     */
    Split draw(int train, int fresh, long seed);
}
