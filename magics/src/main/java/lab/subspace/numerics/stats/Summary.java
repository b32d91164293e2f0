package lab.subspace.numerics.stats;

/** Count, mean, sd (n - 1) and five-number summary of a sample. */
public record Summary(int n, double mean, double sd, double min, double q25, double median, double q75, double max) {
}
