package lab.subspace.kernel.spi;

/**
 * A magic command ({@code %name args} or {@code %%name args} with a cell body).
 *
 * <p>Implementations are picocli {@code @Command} classes whose annotated fields receive the
 * parsed options before {@link #run} is called. A magic only parses options, calls a plain Java
 * API, and returns the result: the kernel displays it (through the registered renderers and
 * presenters) and hands it to {@code var r = %name ...}. The declared return type of {@code run}
 * becomes the static type of {@code r}, so declare the most specific type.
 */
public interface Magic {

    Object run(MagicContext context) throws Exception;
}
