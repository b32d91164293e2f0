/**
 * GAME, "Group-Aware Matrix Estimation and Latent Subspace Recovery": a convex estimator for a
 * partially observed matrix whose rows belong to overlapping groups, penalising each group's
 * block of rows with its own nuclear norm (plus an optional global one).
 *
 * <p>Entry points: {@link lab.subspace.magics.game.Game} (the ADMM solver and lambda paths),
 * {@link lab.subspace.magics.game.Lambdas} (penalty weights from the noise level and sampling
 * rates), {@link lab.subspace.magics.game.SoftImpute} and {@link lab.subspace.magics.game.Baselines}
 * (the baselines), {@link lab.subspace.magics.game.GroupTables} (group memberships from tables,
 * indicator matrices or member lists), {@link lab.subspace.magics.game.Comparison} (all methods,
 * tuned alike, scored per group), {@link lab.subspace.magics.game.GroupedLowRank} (the synthetic
 * design) and the experiments {@link lab.subspace.magics.game.DensitySweep} and
 * {@link lab.subspace.magics.game.LambdaPath}. The magic is {@code %game}
 * ({@link lab.subspace.magics.game.GameMagic}).
 *
 * <pre>{@code
 * MaskedMatrix Y = Matrices.masked("Y", "ratings.csv");
 * GroupMembership groups = GroupTables.from("groups", "groups.csv", Y.rows());
 * ComparisonReport r = Comparison.run("ratings", Y, groups, null, null, ComparisonOptions.defaults(Double.NaN));
 * }</pre>
 */
package lab.subspace.magics.game;
