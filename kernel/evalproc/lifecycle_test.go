package evalproc

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const orphanHelperEnv = "GOKERNEL_EVALPROC_ORPHAN_HELPER"

// orphanHelper plays a kernel process: it starts a supervisor, prints the
// evaluator's pid and waits to be killed.
func orphanHelper() int {
	var argv []string
	json.Unmarshal([]byte(os.Getenv(orphanHelperEnv)), &argv)
	s, err := Start(Options{Command: argv})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	fmt.Println(s.Pid())
	select {}
}

// alive reports whether pid exists and is not a zombie.
func alive(pid int) bool {
	st := procState(pid)
	return st != "" && st != "Z"
}

// procState is the state letter of pid ("R", "S", "T", "Z"...), "" if gone.
func procState(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// groupMembers lists the live processes of process group pgid.
func groupMembers(pgid int) []int {
	var pids []int
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid pgrp ...
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		if len(f) >= 3 && f[0] != "Z" && f[2] == strconv.Itoa(pgid) {
			pids = append(pids, pid)
		}
	}
	return pids
}

func TestCloseLeavesNoProcessAndNoSharedMemory(t *testing.T) {
	s, _ := start(t)
	pid := s.Pid()
	imports(t, s, "os")
	// A child process in the evaluator's group, and a shared-memory file.
	mustExec(t, s, `
os.StartProcess("/bin/sleep", []string{"sleep", "300"}, &os.ProcAttr{})
os.WriteFile("/dev/shm/" + os.Getenv("GOKERNEL_SHM_PREFIX") + "test", []byte("x"), 0o600)
`)
	if members := groupMembers(pid); len(members) < 2 {
		t.Fatalf("process group %d has %v, want the evaluator and its child", pid, members)
	}
	shm := filepath.Join("/dev/shm", s.ShmPrefix()+"test")
	if _, err := os.Stat(shm); err != nil {
		t.Fatalf("the cell's shared-memory file: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the process group to end", func() bool { return len(groupMembers(pid)) == 0 })
	if _, err := os.Stat(shm); !os.IsNotExist(err) {
		t.Errorf("%s still exists after Close (%v)", shm, err)
	}
	if _, err := s.Execute(context.Background(), ExecRequest{Cell: newCell(), Code: "1"}, nil); err != ErrClosed {
		t.Errorf("Execute after Close: %v, want ErrClosed", err)
	}
}

func TestEvaluatorDiesWithKernel(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	argv, _ := json.Marshal(evaluatorCmd)
	cmd.Env = append(os.Environ(), orphanHelperEnv+"="+string(argv))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper said %q", line)
	}
	if !alive(pid) {
		t.Fatalf("evaluator %d is not running", pid)
	}
	cmd.Process.Signal(syscall.SIGKILL) // the kernel gets no chance to clean up
	cmd.Wait()
	waitFor(t, "the orphaned evaluator to die", func() bool { return !alive(pid) })
}

func TestRestartClearsState(t *testing.T) {
	s, _ := start(t)
	old := s.Pid()
	mustExec(t, s, `func answer() int { return 42 }`)
	if _, rep := mustExec(t, s, `answer()`); plain(rep) != "42" {
		t.Fatalf("answer() = %q", plain(rep))
	}
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	if s.Pid() == old {
		t.Error("Restart kept the evaluator process")
	}
	waitFor(t, "the old evaluator to end", func() bool { return !alive(old) })
	if _, rep := execCell(t, s, `answer()`); rep.Status != "error" {
		t.Errorf("answer() after Restart: %+v, want an error (undefined)", rep)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	s, _ := start(t)
	imports(t, s, "fmt")
	ctx := context.Background()
	matches, start, end, err := s.Complete(ctx, "fmt.Prin", 8)
	if err != nil {
		t.Fatal(err)
	}
	if !contains(matches, "Println") && !contains(matches, "fmt.Println") {
		t.Errorf("Complete(fmt.Prin) = %v [%d:%d]", matches, start, end)
	}
	if _, _, err := s.Inspect(ctx, "fmt.Println", 5, 0); err != nil {
		t.Error(err)
	}
	if status, _, err := s.IsComplete(ctx, "x := 1"); err != nil || status != "complete" {
		t.Errorf("IsComplete = %q, %v", status, err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestUserExpressions(t *testing.T) {
	s, _ := start(t)
	rep, err := s.Execute(context.Background(), ExecRequest{Cell: newCell(), Code: "x := 20",
		UserExpressions: map[string]string{"double": "x * 2", "bad": "nosuchname"}}, nil)
	if err != nil || rep.Status != "ok" {
		t.Fatalf("%v %+v", err, rep.Error)
	}
	d, _ := rep.UserExpressions["double"].(map[string]any)
	if d["status"] != "ok" || !strings.Contains(fmt.Sprint(d["data"]), "40") {
		t.Errorf("double = %v", d)
	}
	b, _ := rep.UserExpressions["bad"].(map[string]any)
	if b["status"] != "error" {
		t.Errorf("bad = %v", b)
	}
}

func TestContextCancelInterrupts(t *testing.T) {
	s, _ := start(t)
	mustExec(t, s, `import "time"`)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	pid := s.Pid()
	rep, err := s.Execute(ctx, ExecRequest{Cell: newCell(), Code: `for { time.Sleep(time.Millisecond) }`}, nil)
	if err != nil || rep.Status != "error" {
		t.Fatalf("%v %+v", err, rep)
	}
	if s.Pid() != pid {
		t.Errorf("an interruptible loop restarted the evaluator: %+v", rep.Error)
	}
}

func TestEvaluatorStartedByHandFailsClearly(t *testing.T) {
	out, err := exec.Command(evaluatorCmd[0], evaluatorCmd[1:]...).CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Errorf("exit: %v, want status 2", err)
	}
	if !strings.Contains(string(out), "no command channel") {
		t.Errorf("output %q does not explain", out)
	}
}

func TestStartFailuresAreClear(t *testing.T) {
	for _, c := range []struct {
		argv []string
		want string
	}{
		{[]string{"/nonexistent/gokernel", EvaluatorCommand}, "starting the evaluator"},
		{[]string{"/bin/sh", "-c", "echo cannot start >&2; exit 7"}, "exited at start (exit status 7: cannot start)"},
	} {
		s, err := Start(Options{Command: c.argv})
		if err == nil {
			s.Close()
			t.Errorf("Start(%v) succeeded", c.argv)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("Start(%v): %v, want it to say %q", c.argv, err, c.want)
		}
	}
}
