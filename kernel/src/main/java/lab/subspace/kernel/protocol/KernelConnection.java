package lab.subspace.kernel.protocol;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's five sockets, with request loops that react at once (see {@link PollingShellChannel}).
 *
 * <p>It keeps basekernel's message model, signing, handler registry and reply environment; only
 * the channel loops differ. The unbound sockets created by the superclass constructor are closed
 * immediately.
 */
public final class KernelConnection extends JupyterConnection {

    private final KernelConnectionProperties props;
    private final ZMQ.Context zmq = ZMQ.context(1);
    private final EchoHeartbeat heartbeat;
    private final PollingShellChannel shell;
    private final PollingShellChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;
    private final Object closeLock = new Object();
    private boolean closed;

    public KernelConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        super.close();
        this.props = props;
        HMACGenerator hmac = props.createHMACGenerator();
        this.heartbeat = new EchoHeartbeat(zmq, hmac);
        this.shell = new PollingShellChannel(zmq, hmac, false, this);
        this.control = new PollingShellChannel(zmq, hmac, true, this);
        this.stdin = new StdinChannel(zmq, hmac);
        this.iopub = new IOPubChannel(zmq, hmac);
    }

    @Override
    public void connect() {
        iopub.bind(props);
        stdin.bind(props);
        heartbeat.bind(props);
        control.bind(props);
        shell.bind(props);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public IOPubChannel getIOPub() {
        return iopub;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext context) {
        return new ReplyEnv(channel, stdin, iopub, context);
    }

    /** Asks every loop to stop; {@link #waitUntilClose()} then releases the sockets. */
    @Override
    public void close() {
        synchronized (closeLock) {
            closed = true;
            heartbeat.stop();
            shell.stop();
            control.stop();
            closeLock.notifyAll();
        }
    }

    /** Blocks until {@link #close()} was called and the loops ended, then closes sockets and context. */
    @Override
    public void waitUntilClose() {
        synchronized (closeLock) {
            while (!closed) {
                try {
                    closeLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        heartbeat.waitUntilClose();
        shell.waitUntilClose();
        control.waitUntilClose();
        heartbeat.closeSocket();
        shell.closeSocket();
        control.closeSocket();
        stdin.close();
        synchronized (iopub) {
            iopub.close();
        }
        zmq.close();
    }
}
