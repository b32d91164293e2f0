package lab.subspace.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.ZMQ;

class IopubQueueTest {

    /** Records what would be sent and from which thread; queued sends are slow, as under load. */
    private static final class RecordingSocket extends IOPubChannel {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        RecordingSocket(ZMQ.Context zmq) throws Exception {
            super(zmq, new HMACGenerator("hmac-sha256", UUID.randomUUID().toString()));
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            if (Thread.currentThread().getName().equals("iopub")) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(message.getContent() instanceof PublishStream s ? s.getText() : String.valueOf(message.getContent()));
            threads.add(Thread.currentThread().getName());
        }
    }

    private static Message<?> text(Message<?> parent, String text) {
        return new Message<>(parent, PublishStream.MESSAGE_TYPE, new PublishStream(PublishStream.StreamType.OUT, text));
    }

    private ZMQ.Context zmq;
    private RecordingSocket socket;
    private IopubQueue queue;
    private Message<?> parent;

    @BeforeEach
    void open() throws Exception {
        zmq = ZMQ.context(1);
        socket = new RecordingSocket(zmq);
        queue = new IopubQueue(socket);
        parent = new Message<>(new Header<>("s", MessageType.EXECUTE_REQUEST), null);
    }

    @AfterEach
    void close() {
        socket.close();
        zmq.close();
    }

    @Test
    void aDirectSendWaitsForEverythingQueuedBeforeIt() {
        queue.publish(text(parent, "a"));
        queue.publish(text(parent, "b"));
        queue.publishNow(text(parent, "result"));
        queue.publishNow(new Message<>(parent, PublishStatus.MESSAGE_TYPE, PublishStatus.IDLE));
        assertEquals(4, socket.sent.size(), "publishNow returns once its message is sent");
        assertEquals(List.of("a", "b", "result"), socket.sent.subList(0, 3));
        assertEquals(List.of("iopub", "iopub"), socket.threads.subList(0, 2), "cell output goes through the sender thread");
        String self = Thread.currentThread().getName();
        assertEquals(List.of(self, self), socket.threads.subList(2, 4), "the kernel's own messages skip the hand-off");
    }

    @Test
    void drainWaitsForQueuedMessages() {
        queue.drain(); // nothing queued yet
        for (int i = 0; i < 3; i++) {
            queue.publish(text(parent, "line " + i));
        }
        queue.drain();
        assertEquals(List.of("line 0", "line 1", "line 2"), socket.sent);
    }
}
