package lab.subspace.magics.merge;

/**
 * One merged model theta_0 + delta with how it was computed and its error decomposition.
 *
 * <pre>{@code
 * Merge m = SubspaceMerge.epimer(problem, 4);
 * double[] theta = m.parameters();              // merged parameters, length d
 * double bound = m.diagnostics().bound();
 * }</pre>
 *
 * @param method               which merge
 * @param rank                 subspace rank r (d for a whole-space merge)
 * @param basis                the subspace the merge lies in
 * @param delta                merged minus base parameters; not copied
 * @param parameters           theta_0 + delta; not copied
 * @param diagnostics          error decomposition under the problem's curvature
 * @param degenerateDirections directions of the subspace where the summed metric vanished; there
 *                             the merge keeps the flat mean
 */
public record Merge(MergeMethod method, int rank, TaskBasis basis, double[] delta, double[] parameters,
                    MergeDiagnostics diagnostics, int degenerateDirections) {

    /** "EpiMer (r = 4)" or "Fisher merging". */
    public String label() {
        return method.label(rank);
    }
}
