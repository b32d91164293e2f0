/**
 * Getting a researcher's data in and results out: NumPy {@code .npy} files ({@link lab.subspace.data.Npy},
 * {@link lab.subspace.data.NpyArray}), CSV files as Tablesaw tables ({@link lab.subspace.data.Csv}), and
 * conversion of notebook values (arrays, EJML matrices, tables, paths) to {@code DMatrixRMaj} with
 * validation helpers ({@link lab.subspace.data.Matrices}, {@link lab.subspace.data.MaskedMatrix} for
 * matrices with missing entries).
 *
 * <p>Convention used throughout the project: a data matrix holds one sample per ROW.
 *
 * <pre>{@code
 * DMatrixRMaj X = Matrices.from("X", "activations.npy");
 * Matrices.requireFinite("X", X);
 * }</pre>
 */
package lab.subspace.data;
