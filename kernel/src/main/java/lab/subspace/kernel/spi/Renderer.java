package lab.subspace.kernel.spi;

/** Turns a value into a MIME bundle (text/plain should always be present). */
@FunctionalInterface
public interface Renderer<T> {

    MimeBundle render(T value);
}
