package lab.subspace.kernel.eval;

import java.lang.reflect.Method;

import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process engine, extended to keep each snippet's result object and the class that
 * holds its variables, and to interrupt cooperatively before stopping by force.
 */
final class CellExecutionControl extends LocalExecutionControl {

    private volatile Object lastValue;
    private volatile Class<?> lastSnippetClass;

    CellExecutionControl(CellLoaderDelegate delegate) {
        super(delegate);
    }

    @Override
    protected String invoke(Method doIt) throws Exception {
        lastSnippetClass = doIt.getDeclaringClass();
        Trampoline.arm(doIt);
        try {
            return super.invoke(Trampoline.RUN);
        } finally {
            lastValue = Trampoline.disarm();
        }
    }

    /** Forgets the previous snippet's result (call before each eval). */
    void reset() {
        lastValue = null;
        lastSnippetClass = null;
    }

    Object lastValue() {
        return lastValue;
    }

    /** The generated class of the snippet last run: it holds that snippet's variable as a static field. */
    Class<?> lastSnippetClass() {
        return lastSnippetClass;
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
