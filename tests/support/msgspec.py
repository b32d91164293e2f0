"""Jupyter messaging spec (5.3) shapes as JSON schemas: every message the kernel sends is checked.

Only what the spec requires is enforced (required keys and their types); extra keys are allowed,
as the spec allows them.
"""
import jsonschema

STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
OBJ = {"type": "object"}
STR_LIST = {"type": "array", "items": STR}

HEADER = {
    "type": "object",
    "required": ["msg_id", "msg_type", "username", "session", "date", "version"],
    "properties": {"msg_id": STR, "msg_type": STR, "username": STR, "session": STR, "version": STR},
}

MIME_BUNDLE = {"type": "object", "required": ["text/plain"], "additionalProperties": True}
DISPLAY = {"type": "object", "required": ["data", "metadata"], "properties": {"data": MIME_BUNDLE, "metadata": OBJ}}


def obj(required, **props):
    return {"type": "object", "required": list(required), "properties": props}


CONTENT = {
    "status": obj(["execution_state"], execution_state={"enum": ["busy", "idle", "starting"]}),
    "execute_input": obj(["code", "execution_count"], code=STR, execution_count=INT),
    "stream": obj(["name", "text"], name={"enum": ["stdout", "stderr"]}, text=STR),
    "display_data": DISPLAY,
    "update_display_data": {**DISPLAY, "required": ["data", "metadata", "transient"],
                            "properties": {**DISPLAY["properties"], "transient": obj(["display_id"], display_id=STR)}},
    "execute_result": {**DISPLAY, "required": ["data", "metadata", "execution_count"],
                       "properties": {**DISPLAY["properties"], "execution_count": INT}},
    "error": obj(["ename", "evalue", "traceback"], ename=STR, evalue=STR, traceback=STR_LIST),
    "clear_output": obj(["wait"], wait=BOOL),
    "kernel_info_reply": obj(["status", "protocol_version", "implementation", "implementation_version",
                              "language_info", "banner"],
                             status={"const": "ok"}, protocol_version=STR, implementation=STR,
                             implementation_version=STR, banner=STR,
                             language_info=obj(["name", "version", "mimetype", "file_extension"],
                                               name={"const": "java"}, version=STR, mimetype=STR,
                                               file_extension=STR)),
    "complete_reply": obj(["status", "matches", "cursor_start", "cursor_end", "metadata"],
                          status={"const": "ok"}, matches=STR_LIST, cursor_start=INT, cursor_end=INT, metadata=OBJ),
    "inspect_reply": obj(["status", "found", "data", "metadata"], status={"const": "ok"}, found=BOOL,
                         data=OBJ, metadata=OBJ),
    "is_complete_reply": obj(["status"], status={"enum": ["complete", "incomplete", "invalid", "unknown"]}),
    "history_reply": obj(["status", "history"], status={"const": "ok"},
                         history={"type": "array", "items": {"type": "array", "minItems": 3, "maxItems": 3}}),
    "interrupt_reply": obj(["status"], status={"const": "ok"}),
    "shutdown_reply": obj(["status", "restart"], status={"const": "ok"}, restart=BOOL),
    "comm_info_reply": obj(["status", "comms"], status={"const": "ok"}, comms=OBJ),
}

EXECUTE_REPLY_OK = obj(["status", "execution_count", "user_expressions"], status={"const": "ok"},
                       execution_count=INT, user_expressions=OBJ)
EXECUTE_REPLY_ERROR = obj(["status", "execution_count", "ename", "evalue", "traceback"], status={"const": "error"},
                          execution_count=INT, ename=STR, evalue=STR, traceback=STR_LIST)

EXECUTE_REPLY_ABORTED = obj(["status"], status={"const": "aborted"})


def validate(msg):
    """Raises jsonschema.ValidationError when msg does not have the shape the spec gives its type."""
    jsonschema.validate(msg["header"], HEADER)
    if msg["parent_header"]:
        jsonschema.validate(msg["parent_header"], HEADER)
    assert isinstance(msg["metadata"], dict), "metadata must be an object"
    msg_type = msg["header"]["msg_type"]
    assert msg.get("msg_type", msg_type) == msg_type
    content = msg["content"]
    if msg_type == "execute_reply":
        schema = {"ok": EXECUTE_REPLY_OK, "aborted": EXECUTE_REPLY_ABORTED}.get(content.get("status"), EXECUTE_REPLY_ERROR)
    else:
        assert msg_type in CONTENT, f"unexpected message type {msg_type}"
        schema = CONTENT[msg_type]
    jsonschema.validate(content, schema)
    if msg_type in ("display_data", "execute_result", "update_display_data"):
        for mime, value in content["data"].items():
            if mime.startswith("text/") or mime.startswith("image/"):
                assert isinstance(value, str), f"{mime} must be a string"
            if mime == "application/json" or mime.endswith("+json"):
                assert isinstance(value, (dict, list)), f"{mime} must be embedded JSON, not {type(value).__name__}"
