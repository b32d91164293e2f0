package lab.subspace.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs a snippet's {@code do_it$} method for JShell and keeps its raw result.
 *
 * <p>JShell's local engine turns every result into a string (calling {@code toString()} on a
 * 4000 x 4000 matrix takes seconds) and drops the object. Handing it this method instead keeps the
 * live object for the renderer and returns {@code null}, so JShell's string conversion is free.
 *
 * <p>JShell calls {@link #run()} without arguments on a thread it starts for the snippet, so the
 * call travels in an inheritable thread-local set by the thread that asks JShell to run it: each
 * session (the user's, and the compiler warm-up's on its own thread) keeps its own calls apart.
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

    private static final InheritableThreadLocal<Call> CALL = new InheritableThreadLocal<>();

    /** One snippet run: what it runs, the thread running it, and its raw result. */
    static final class Call {
        private final Method target;
        private volatile Thread runner;
        private volatile Object result;

        private Call(Method target) {
            this.target = target;
        }

        /** The thread running the snippet's code right now, or null. */
        Thread runner() {
            return runner;
        }

        /** The result, handed over once (threads the cell started keep this call, not its value). */
        Object takeResult() {
            Object r = result;
            result = null;
            return r;
        }
    }

    private Trampoline() {
    }

    /** Called reflectively by JShell on its execution thread. */
    public static Object run() throws Throwable {
        Call call = CALL.get();
        call.runner = Thread.currentThread();
        try {
            call.result = call.target.invoke(null);
            return null;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            call.runner = null;
        }
    }

    /** Prepares a call on this thread; the snippet thread JShell starts from here inherits it. */
    static Call arm(Method doIt) {
        Call call = new Call(doIt);
        CALL.set(call);
        return call;
    }

    static void disarm() {
        CALL.remove();
    }
}
