/**
 * MCBoost, after "Multicalibration Boosting: Theory, Convergence, and Transferability" (2025):
 * post-processing a predictor so that its residual is uncorrelated with every function of an
 * audit class (groups x level sets, linear functions, small trees), for squared, logistic and
 * pinball (quantile) losses; stopping rules; per-group calibration reports; and the experiments
 * (calibration-risk trade-off, covariate-shift transfer, convergence to the Bregman projection).
 *
 * <p>Entry points: {@link lab.subspace.magics.mcboost.McBoost} (the algorithm),
 * {@link lab.subspace.magics.mcboost.McTables} (your table), {@link lab.subspace.magics.mcboost.AuditClass},
 * {@link lab.subspace.magics.mcboost.Loss}, {@link lab.subspace.magics.mcboost.StopRule},
 * {@link lab.subspace.magics.mcboost.McError}, {@link lab.subspace.magics.mcboost.CalibrationReport},
 * {@link lab.subspace.magics.mcboost.BregmanProjection}, {@link lab.subspace.magics.mcboost.Intervals}
 * (BatchGCP / BatchMVP intervals: two pinball runs), and the experiments
 * {@link lab.subspace.magics.mcboost.Tradeoff}, {@link lab.subspace.magics.mcboost.Transfer},
 * {@link lab.subspace.magics.mcboost.Convergence}. The magic is {@code %mcboost}.
 *
 * <pre>{@code
 * McTables.Result r = McTables.fit(table, "p", "y", List.of("region"), List.of(), AuditClass.levelSets(10),
 *         Loss.logistic(), McOptions.defaults(), 0.3, 7);
 * }</pre>
 */
package lab.subspace.magics.mcboost;
