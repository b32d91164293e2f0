package lab.subspace.kernel.eval;

import java.util.List;

/**
 * An error as Jupyter shows it: a name, a one-line value and the traceback lines (ANSI colours allowed).
 *
 * @param interrupted true when the cell stopped because the user interrupted it
 */
public record CellError(String name, String value, List<String> traceback, boolean interrupted) {

    public CellError {
        traceback = List.copyOf(traceback);
    }
}
