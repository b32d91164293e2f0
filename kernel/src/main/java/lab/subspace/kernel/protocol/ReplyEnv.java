package lab.subspace.kernel.protocol;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.MessageContext;

/** basekernel's reply environment, constructible from our connection (its constructor is protected). */
final class ReplyEnv extends ShellReplyEnvironment {

    private boolean abortQueuedExecutes;

    ReplyEnv(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub, MessageContext context) {
        super(shell, stdin, iopub, context);
    }

    void abortQueuedExecutes() {
        abortQueuedExecutes = true;
    }

    boolean shouldAbortQueuedExecutes() {
        return abortQueuedExecutes;
    }
}
