package jupytertest

import (
	"encoding/json"
	"testing"
	"time"

	"gokernel/kernel/gotool"
)

// The compiled path driven by Debian's jupyter_client as a front end
// drives it: a %%run cell prints, a panic is the cell's error at its
// line, KernelManager.interrupt_kernel stops a compiled program at once,
// the session lives on, and shutdown leaves no process behind.
func TestJupyterClientCompiled(t *testing.T) {
	needGokernel(t)
	needPython(t, "jupyter_client", "python3-jupyter-client")
	if _, err := gotool.Find(); err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	plan, _ := json.Marshal(map[string]string{
		"setup": "func square(x int) int { return x * x }",
		"run":   "%%run\nfmt.Println(square(12))",
		"panic": "%%run\nvar m map[string]int\nm[\"x\"] = square(2)",
		"loop":  "%%run\nfmt.Println(\"started\")\nfor {\n}",
		"after": "square(5)",
	})
	out := python(t, 5*time.Minute, string(plan), "compiled_session.py", "gokernel")
	var o struct {
		Run, Panic, After execution
		Interrupt         struct {
			Started bool    `json:"started"`
			Status  string  `json:"status"`
			EName   string  `json:"ename"`
			Seconds float64 `json:"seconds"`
		}
		LeftAfterShutdown []int `json:"left_after_shutdown"`
	}
	if err := json.Unmarshal(out, &o); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if o.Run.Status != "ok" || o.Run.text("stream") != "144\n" {
		t.Errorf("%%%%run: %+v", o.Run)
	}
	if o.Panic.Status != "error" || len(o.Panic.Outputs) == 0 || o.Panic.Outputs[len(o.Panic.Outputs)-1].EName != "panic" {
		t.Errorf("a compiled panic: %+v", o.Panic)
	}
	if !o.Interrupt.Started || o.Interrupt.Status != "error" || o.Interrupt.EName != "Interrupted" || o.Interrupt.Seconds > 10 {
		t.Errorf("interrupt of a compiled program: %+v", o.Interrupt)
	}
	if o.After.Status != "ok" || o.After.text("execute_result") != "25" {
		t.Errorf("after the interrupt: %+v", o.After)
	}
	if len(o.LeftAfterShutdown) > 0 {
		t.Errorf("processes left after shutdown: %v", o.LeftAfterShutdown)
	}
	if t.Failed() {
		t.Logf("compiled_session.py observed:\n%s", out)
	} else {
		t.Logf("interrupt of a compiled program answered in %.3fs", o.Interrupt.Seconds)
	}
}
