package lab.subspace.kernel.eval;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process engine, extended to keep each snippet's result object and the class that
 * holds its variables, and to interrupt cooperatively before stopping by force.
 */
final class CellExecutionControl extends LocalExecutionControl {

    private volatile Object lastValue;
    private volatile Trampoline.Call call;
    private final List<Class<?>> invoked = new CopyOnWriteArrayList<>();

    CellExecutionControl(CellLoaderDelegate delegate) {
        super(delegate);
    }

    @Override
    protected String invoke(Method doIt) throws Exception {
        invoked.add(doIt.getDeclaringClass());
        Trampoline.Call c = Trampoline.arm(doIt);
        call = c;
        try {
            return super.invoke(Trampoline.RUN);
        } finally {
            call = null;
            Trampoline.disarm();
            lastValue = c.takeResult();
        }
    }

    /** Forgets the previous eval's results (call before each eval). */
    void reset() {
        lastValue = null;
        invoked.clear();
    }

    Object lastValue() {
        return lastValue;
    }

    /**
     * The generated classes of the snippets run by the last eval, in order: each holds its
     * snippet's variable as a static field ({@code int a = 1, b = 2;} runs two snippets).
     */
    List<Class<?>> invokedClasses() {
        return List.copyOf(invoked);
    }

    /** True while cell code runs. */
    boolean running() {
        return runner() != null;
    }

    private Thread runner() {
        Trampoline.Call c = call;
        return c == null ? null : c.runner();
    }

    /** Sets the interrupt flag of the thread running cell code (solvers poll it). */
    boolean interruptRunner() {
        Thread t = runner();
        if (t != null) {
            t.interrupt();
            return true;
        }
        return false;
    }
}
