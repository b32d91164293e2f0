package lab.subspace.kernel.protocol;

import java.util.List;
import java.util.Map;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.ReplyType;
import io.github.spencerpark.jupyter.messages.reply.InterruptReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.request.CommInfoRequest;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import io.github.spencerpark.jupyter.messages.request.ShutdownRequest;

/**
 * Replies that the Jupyter message spec requires to carry {@code status: "ok"}; basekernel 2.3.0's
 * versions omit it (kernel_info, history, interrupt, shutdown, comm_info), which strict clients reject.
 */
public final class Replies {

    private Replies() {
    }

    public static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused") // serialised by gson
        private final String status = "ok";
        @SuppressWarnings("unused")
        private final boolean debugger = false;

        public KernelInfo(String implementation, String version, LanguageInfo language, String banner,
                          List<LanguageInfo.Help> helpLinks) {
            super(Header.PROTOCOL_VERISON, implementation, version, language, banner, helpLinks);
        }
    }

    /** history_reply with entries as [session, line, input] triples, as the spec says. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final class History implements ContentType<History>, ReplyType<HistoryRequest> {
        private final String status = "ok";
        private final List<List<Object>> history;

        public History(List<HistoryEntry> entries) {
            this.history = entries.stream()
                    .map(e -> List.<Object>of(e.getSession(), e.getCellNumber(), e.getInput()))
                    .toList();
        }

        @Override
        public MessageType<History> getType() {
            return (MessageType) MessageType.HISTORY_REPLY;
        }

        @Override
        public MessageType<HistoryRequest> getRequestType() {
            return MessageType.HISTORY_REQUEST;
        }

        public String status() {
            return status;
        }

        public List<List<Object>> history() {
            return history;
        }
    }

    public static final class Interrupt extends InterruptReply {
        @SuppressWarnings("unused")
        private final String status = "ok";
    }

    /** shutdown_reply: basekernel's class has a private constructor, so this one stands alone. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final class Shutdown implements ContentType<Shutdown>, ReplyType<ShutdownRequest> {
        private final String status = "ok";
        private final boolean restart;

        public Shutdown(boolean restart) {
            this.restart = restart;
        }

        @Override
        public MessageType<Shutdown> getType() {
            return (MessageType) MessageType.SHUTDOWN_REPLY;
        }

        @Override
        public MessageType<ShutdownRequest> getRequestType() {
            return MessageType.SHUTDOWN_REQUEST;
        }

        public boolean restart() {
            return restart;
        }

        public String status() {
            return status;
        }
    }

    /** execute_reply for a request skipped because an earlier cell failed (stop_on_error). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final class Aborted implements ContentType<Aborted>, ReplyType<ExecuteRequest> {
        private final String status = "aborted";

        @Override
        public MessageType<Aborted> getType() {
            return (MessageType) MessageType.EXECUTE_REPLY;
        }

        @Override
        public MessageType<ExecuteRequest> getRequestType() {
            return MessageType.EXECUTE_REQUEST;
        }

        public String status() {
            return status;
        }
    }

    /** comm_info_reply: this kernel opens no comms. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final class CommInfo implements ContentType<CommInfo>, ReplyType<CommInfoRequest> {
        private final String status = "ok";
        private final Map<String, Object> comms = Map.of();

        @Override
        public MessageType<CommInfo> getType() {
            return (MessageType) MessageType.COMM_INFO_REPLY;
        }

        @Override
        public MessageType<CommInfoRequest> getRequestType() {
            return MessageType.COMM_INFO_REQUEST;
        }

        public String status() {
            return status;
        }

        public Map<String, Object> comms() {
            return comms;
        }
    }
}
