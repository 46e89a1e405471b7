"""Drive gokernel's compiled path with jupyter_client, as a front end does.

Usage: python3 compiled_session.py KERNEL_NAME < plan.json > observed.json

The plan gives the cells: setup (declarations), run (a %%run cell that
prints), panic (a %%run cell that panics), loop (a %%run cell that runs
until interrupted), after (a cell run after the interrupt). The script
only drives and records (outputs, the interrupt's timing, the processes
left after shutdown); the Go test decides what is right.
"""
import json
import sys
import time

from jupyter_client.manager import KernelManager

from client_session import TIMEOUT, alive, descendants, run


def main():
    plan = json.load(sys.stdin)
    obs = {}
    km = KernelManager(kernel_name=sys.argv[1])
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    pids = []
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        obs["setup"] = run(kc, plan["setup"])
        obs["run"] = run(kc, plan["run"], timeout=180)  # the first build
        obs["panic"] = run(kc, plan["panic"], timeout=180)

        msg_id = kc.execute(plan["loop"], stop_on_error=False)
        started = False
        deadline = time.time() + 180
        while time.time() < deadline and not started:
            m = kc.get_iopub_msg(timeout=180)
            started = (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream"
                       and "started" in m["content"]["text"])
        pids = descendants(km.provisioner.pid)
        t0 = time.time()
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        obs["interrupt"] = {
            "started": started,
            "status": reply["content"]["status"],
            "ename": reply["content"].get("ename"),
            "seconds": time.time() - t0,
        }
        while True:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                break
        obs["after"] = run(kc, plan["after"])
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    obs["left_after_shutdown"] = [p for p in pids if alive(p)]
    json.dump(obs, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
