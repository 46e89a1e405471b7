"""Answer a cell's read of stdin with jupyter_client's KernelClient.input(),
as jupyter console and the classic Notebook do (its input_reply has an
empty parent header).

Usage: python3 input_session.py KERNEL_NAME < plan.json > observed.json

The plan gives "code": a cell that prints "name? " without a newline,
reads a line and prints "hello " and the line; "answer" is the line.
The script only drives and records; the Go test decides what is right.
"""
import json
import sys

from jupyter_client.manager import KernelManager

TIMEOUT = 60


def main():
    name = sys.argv[1]
    plan = json.load(sys.stdin)
    obs = {"requests": [], "stdout": "", "errors": []}
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        msg_id = kc.execute(plan["code"], allow_stdin=True)
        # The request comes on stdin; the answer goes the way a console
        # sends it.
        req = kc.get_stdin_msg(timeout=TIMEOUT)
        obs["requests"].append({
            "msg_type": req["msg_type"],
            "prompt": req["content"].get("prompt"),
            "password": req["content"].get("password"),
            "parent_matches": req["parent_header"].get("msg_id") == msg_id,
        })
        kc.input(plan["answer"])
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        obs["status"] = reply["content"]["status"]
        while True:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "stream" and m["content"]["name"] == "stdout":
                obs["stdout"] += m["content"]["text"]
            elif m["msg_type"] == "error":
                obs["errors"].append(m["content"]["ename"] + ": " + m["content"]["evalue"])
            elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    json.dump(obs, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
