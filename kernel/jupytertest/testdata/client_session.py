"""Drive a kernel with jupyter_client as a notebook front end does.

Usage: python3 client_session.py KERNEL_NAME < plan.json > observed.json

The plan gives the code to send (so the script serves any language):
  print_code   prints a line            value_code  has a result
  define_code  defines state            use_code    uses that state
  loop_code    runs until interrupted
The script only drives and records; the Go test decides what is right.
"""
import json
import os
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 60


def run(kc, code, timeout=TIMEOUT):
    """Execute code; return the reply content and the IOPub outputs."""
    outputs = []

    def hook(msg):
        t = msg["msg_type"]
        c = msg["content"]
        if t == "stream":
            outputs.append({"type": t, "name": c["name"], "text": c["text"]})
        elif t in ("execute_result", "display_data"):
            outputs.append({"type": t, "text": c["data"].get("text/plain", "")})
        elif t == "error":
            outputs.append({"type": t, "ename": c["ename"], "evalue": c["evalue"]})

    reply = kc.execute_interactive(code, output_hook=hook, timeout=timeout)
    return {"status": reply["content"]["status"], "reply": reply["content"], "outputs": outputs}


def descendants(pid):
    """Pids of pid and every process below it, from /proc."""
    children = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def alive(pid):
    """A zombie (exited, not yet reaped by init) counts as gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def main():
    name = sys.argv[1]
    plan = json.load(sys.stdin)
    obs = {}
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        obs["ready"] = True
        kc.kernel_info()
        info = kc.get_shell_msg(timeout=TIMEOUT)["content"]
        obs["kernel_info"] = {k: info.get(k) for k in ("status", "protocol_version", "implementation", "language_info")}

        obs["print"] = run(kc, plan["print_code"])
        obs["value"] = run(kc, plan["value_code"])
        obs["define"] = run(kc, plan["define_code"])

        # Interrupt a cell that never ends on its own.
        # stop_on_error=False: after an error ipykernel aborts the requests
        # that reach it shortly after, which on a loaded machine would
        # include the next check.
        msg_id = kc.execute(plan["loop_code"], stop_on_error=False)
        busy = False
        deadline = time.time() + TIMEOUT
        while time.time() < deadline and not busy:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            busy = (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "busy")
        time.sleep(0.5)  # let the loop really run
        t0 = time.time()
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        obs["interrupt"] = {
            "parent_matches": reply["parent_header"].get("msg_id") == msg_id,
            "status": reply["content"]["status"],
            "ename": reply["content"].get("ename"),
            "seconds": time.time() - t0,
        }
        # Drain the loop cell's IOPub up to its idle, then check the kernel
        # still works and kept its state.
        while True:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                break
        obs["after_interrupt"] = run(kc, plan["use_code"])

        old_pid = km.provisioner.pid if km.provisioner else None
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=TIMEOUT)
        obs["restart"] = {"new_process": km.provisioner.pid != old_pid, "old_alive": alive(old_pid)}
        obs["after_restart"] = run(kc, plan["use_code"])

        pids = descendants(km.provisioner.pid)
        obs["processes_before_shutdown"] = len(pids)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    obs["left_after_shutdown"] = [p for p in pids if alive(p)]
    obs["is_alive"] = km.is_alive()
    json.dump(obs, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
