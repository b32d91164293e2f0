/**
 * Statistics for experiment reports: line and log-log fits with confidence intervals
 * ({@link lab.subspace.numerics.stats.LineFit}), descriptive statistics, percentile bootstrap, rank
 * correlation, AUROC, binomial tail log-probabilities, isotonic regression, and the special
 * functions behind them.
 */
package lab.subspace.numerics.stats;
