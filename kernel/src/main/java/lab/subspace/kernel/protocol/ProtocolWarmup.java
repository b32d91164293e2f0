package lab.subspace.kernel.protocol;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import lab.subspace.kernel.eval.CompilerWarmup;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Rehearses one cell's messages on private in-process sockets, so HotSpot compiles the message path
 * (Gson, HMAC signing, JeroMQ frames, the result's rendering) while the kernel is idle.
 *
 * <p>On two cores the JIT is busy with javac for the first few hundred cells; until it reaches the
 * kernel's own code, sending a cell's five messages costs a few milliseconds instead of about
 * 0.1 ms. Nothing here touches the kernel's sockets: the request travels over an in-process pair
 * and the replies go to a publisher nobody subscribes to, which drops them.
 */
public final class ProtocolWarmup implements CompilerWarmup.Companion {

    private static final Logger LOG = Logger.getLogger(ProtocolWarmup.class.getName() + ".socket");

    private final ZMQ.Context zmq = ZMQ.context(1);
    private final Rehearsal client;
    private final Rehearsal kernel;
    private final Rehearsal outputs;
    private final Supplier<DisplayData> result;
    private final String session = UUID.randomUUID().toString();
    private int count;
    private int answered;

    /** @param result renders a typical value the way a cell's result is rendered */
    public ProtocolWarmup(Supplier<DisplayData> result) throws NoSuchAlgorithmException, InvalidKeyException {
        this.result = result;
        HMACGenerator hmac = new HMACGenerator("hmac-sha256", UUID.randomUUID().toString());
        String pair = "inproc://protocol-warmup-" + session;
        this.kernel = new Rehearsal(zmq, SocketType.PAIR, hmac);
        this.kernel.bind(pair);
        this.client = new Rehearsal(zmq, SocketType.PAIR, hmac);
        this.client.connect(pair);
        this.outputs = new Rehearsal(zmq, SocketType.PUB, hmac);
        this.outputs.bind("inproc://protocol-warmup-out-" + session);
    }

    /** One execute request read and answered with the messages a cell with a value sends. */
    @Override
    public void round() {
        int n = ++count;
        String code = "1 + " + n;
        client.sendMessage(new Message<>(new Header<>(session, MessageType.EXECUTE_REQUEST),
                new ExecuteRequest(code, false, true, Map.of(), false, true)));
        Message<?> request = kernel.readMessage();
        if (request == null || request.getHeader().getType() != MessageType.EXECUTE_REQUEST) {
            return;
        }
        outputs.sendMessage(new Message<>(request, PublishStatus.MESSAGE_TYPE, PublishStatus.BUSY));
        outputs.sendMessage(new Message<>(request, PublishExecuteInput.MESSAGE_TYPE, new PublishExecuteInput(code, n)));
        outputs.sendMessage(new Message<>(request, PublishExecuteResult.MESSAGE_TYPE, new PublishExecuteResult(n, result.get())));
        outputs.sendMessage(new Message<>(request, ExecuteReply.MESSAGE_TYPE, new ExecuteReply(n, Map.of())));
        outputs.sendMessage(new Message<>(request, PublishStatus.MESSAGE_TYPE, PublishStatus.IDLE));
        answered++;
    }

    /** Rounds whose request arrived intact (signature checked, content parsed) and were answered. */
    public int answered() {
        return answered;
    }

    @Override
    public void close() {
        client.close();
        kernel.close();
        outputs.close();
        zmq.close();
    }

    /** basekernel's socket (framing, signing, JSON) on a socket type and address of our choosing. */
    private static final class Rehearsal extends JupyterSocket {
        Rehearsal(ZMQ.Context context, SocketType type, HMACGenerator hmac) {
            super(context, type, hmac, LOG);
            setLinger(0);
        }

        @Override
        public void bind(io.github.spencerpark.jupyter.kernel.KernelConnectionProperties props) {
            throw new UnsupportedOperationException("bound to an in-process address instead");
        }
    }
}
