package lab.subspace.kernel.spi;

/**
 * A mistake by the user (unknown option, missing variable, wrong shape): shown as one clear
 * line, without a stack trace, and the kernel state is left as it was.
 */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
