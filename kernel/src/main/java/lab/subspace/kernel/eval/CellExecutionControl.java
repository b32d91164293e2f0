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
    private final List<Class<?>> invoked = new CopyOnWriteArrayList<>();

    CellExecutionControl(CellLoaderDelegate delegate) {
        super(delegate);
    }

    @Override
    protected String invoke(Method doIt) throws Exception {
        invoked.add(doIt.getDeclaringClass());
        Trampoline.arm(doIt);
        try {
            return super.invoke(Trampoline.RUN);
        } finally {
            lastValue = Trampoline.disarm();
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
        return Trampoline.runner() != null;
    }

    /** Sets the interrupt flag of the thread running cell code (solvers poll it). */
    boolean interruptRunner() {
        Thread t = Trampoline.runner();
        if (t != null) {
            t.interrupt();
            return true;
        }
        return false;
    }
}
