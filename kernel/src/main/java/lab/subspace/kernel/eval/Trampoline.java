package lab.subspace.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs a snippet's {@code do_it$} method for JShell and keeps its raw result.
 *
 * <p>JShell's local engine turns every result into a string (calling {@code toString()} on a
 * 4000 x 4000 matrix takes seconds) and drops the object. Handing it this method instead keeps the
 * live object for the renderer and returns {@code null}, so JShell's string conversion is free.
 * Only one snippet runs at a time (the shell channel is sequential), so static state suffices.
 */
public final class Trampoline {

    static final Method RUN;

    static {
        try {
            RUN = Trampoline.class.getMethod("run");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static volatile Method target;
    private static volatile Object result;
    private static volatile Thread runner;

    private Trampoline() {
    }

    /** Called reflectively by JShell on its execution thread. */
    public static Object run() throws Throwable {
        runner = Thread.currentThread();
        try {
            result = target.invoke(null);
            return null;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            runner = null;
        }
    }

    static void arm(Method doIt) {
        target = doIt;
        result = null;
    }

    static Object disarm() {
        Object r = result;
        target = null;
        result = null;
        return r;
    }

    /** The thread running cell code right now, or null. */
    static Thread runner() {
        return runner;
    }
}
