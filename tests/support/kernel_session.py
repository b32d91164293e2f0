"""A thin, validating wrapper over jupyter_client for the end-to-end tests."""
import os
import time
from dataclasses import dataclass, field

from jupyter_client.manager import KernelManager

from msgspec import validate

KERNEL_NAME = os.environ.get("SUBSPACE_KERNEL_NAME", "subspace-java")


@dataclass
class Execution:
    reply: dict
    messages: list = field(default_factory=list)  # iopub messages for this request, in order

    @property
    def status(self):
        return self.reply["content"]["status"]

    def of_type(self, *types):
        return [m for m in self.messages if m["header"]["msg_type"] in types]

    @property
    def stdout(self):
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == "stdout")

    @property
    def stderr(self):
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == "stderr")

    @property
    def result(self):
        results = self.of_type("execute_result")
        return results[0]["content"]["data"] if results else None

    @property
    def error(self):
        errors = self.of_type("error")
        return errors[0]["content"] if errors else None

    @property
    def displays(self):
        return [m["content"] for m in self.of_type("display_data")]


class Kernel:
    """A started kernel and a client; every message received is validated against the spec."""

    def __init__(self, name=KERNEL_NAME, cwd=None, env=None, stderr=None):
        self.km = KernelManager(kernel_name=name)
        kwargs = {}
        if stderr is not None:
            kwargs["stderr"] = stderr
        if cwd:
            kwargs["cwd"] = str(cwd)
        if env:
            kwargs["env"] = {**os.environ, **env}
        self.km.start_kernel(**kwargs)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.validated = 0

    def _check(self, msg):
        validate(msg)
        self.validated += 1
        return msg

    def shell_reply(self, msg_id, timeout=60):
        deadline = time.time() + timeout
        while True:
            msg = self._check(self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time())))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def iopub_until_idle(self, msg_id, timeout=60):
        out = []
        deadline = time.time() + timeout
        while True:
            msg = self._check(self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time())))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            out.append(msg)
            if msg["header"]["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return out

    def execute(self, code, timeout=60, **kwargs):
        msg_id = self.kc.execute(code, **kwargs)
        messages = self.iopub_until_idle(msg_id, timeout)
        reply = self.shell_reply(msg_id, timeout)
        return Execution(reply, messages)

    def request(self, method, *args, **kwargs):
        """Sends a shell request (complete, inspect, is_complete, history, kernel_info, comm_info)."""
        msg_id = getattr(self.kc, method)(*args, **kwargs)
        reply = self.shell_reply(msg_id)
        self.iopub_until_idle(msg_id)
        return reply["content"]

    def close(self):
        try:
            self.kc.stop_channels()
        finally:
            self.km.shutdown_kernel(now=False)
