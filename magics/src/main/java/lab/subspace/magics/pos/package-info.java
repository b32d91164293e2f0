/**
 * {@code %pos}: "Axiomatizing Neural Networks via Pursuit of Subspaces" (arXiv, 2025), whose
 * geometric postulates are turned into measurements on data and networks.
 *
 * <ul>
 * <li>{@link lab.subspace.magics.pos.SubspaceEstimation}: the union of subspaces of unlabeled data
 * or activations (spectral clustering of a neighbourhood graph, then K-subspaces), with the number
 * of subspaces, their dimensions and the principal angles between them
 * ({@link lab.subspace.magics.pos.SubspaceStructure}).</li>
 * <li>{@link lab.subspace.magics.pos.AngularSelector} and {@link lab.subspace.magics.pos.PatternPurity}:
 * ReLU as an angular selector, activation patterns per subspace.</li>
 * <li>{@link lab.subspace.magics.pos.ResidualRemoval} and {@link lab.subspace.magics.pos.Contraction}:
 * residual layers removing the normal-space component, off-subspace energy vs depth.</li>
 * <li>{@link lab.subspace.magics.pos.AnomalyDetection}: distance to the learned union as an anomaly
 * score, against Gaussian baselines.</li>
 * </ul>
 */
package lab.subspace.magics.pos;
