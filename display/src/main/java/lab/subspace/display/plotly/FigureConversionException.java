package lab.subspace.display.plotly;

/**
 * A tablesaw-jsplot figure whose JavaScript could not be turned into Plotly JSON. Thrown instead
 * of showing a blank or partial chart; the message names the trace or layout and the place.
 */
public class FigureConversionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public FigureConversionException(String message) {
        super(message);
    }
}
