package lab.subspace.kernel.eval;

/** How a cell ended: with a value to show, without one, or with an error. */
public sealed interface CellOutcome {

    record Value(Object value) implements CellOutcome {
    }

    record NoValue() implements CellOutcome {
    }

    record Failure(CellError error) implements CellOutcome {
    }
}
