package lab.subspace.kernel.spi;

import java.util.List;

/** A value displayed as several outputs, one after the other, in this order. */
public interface Composite {

    List<?> parts();
}
