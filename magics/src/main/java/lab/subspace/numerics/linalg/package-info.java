/**
 * Linear algebra on top of EJML: singular spectra and energy ranks ({@link lab.subspace.numerics.linalg.Spectra}),
 * Gram matrices ({@link lab.subspace.numerics.linalg.Gram}), subspaces and principal angles
 * ({@link lab.subspace.numerics.linalg.Subspaces}), soft / singular value thresholding
 * ({@link lab.subspace.numerics.linalg.Shrinkage}), functions of SPD matrices ({@link lab.subspace.numerics.linalg.Spd}),
 * softmax and log-sum-exp ({@link lab.subspace.numerics.linalg.Softmax}), centering, row helpers, and
 * fast dense products for training-sized matrices ({@link lab.subspace.numerics.linalg.Products}).
 */
package lab.subspace.numerics.linalg;
