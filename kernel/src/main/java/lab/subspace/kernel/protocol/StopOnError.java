package lab.subspace.kernel.protocol;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;

/** Lets the execute handler ask the shell loop to abort the execute requests queued behind a failure. */
public final class StopOnError {

    private StopOnError() {
    }

    public static void abortQueuedExecutes(ShellReplyEnvironment env) {
        if (env instanceof ReplyEnv r) {
            r.abortQueuedExecutes();
        }
    }
}
