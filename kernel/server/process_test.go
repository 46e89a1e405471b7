package server_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gokernel/kernel/client"
)

// When the evaluator process dies, the running cell fails saying so, a new
// evaluator starts with the session's declarations replayed, and the error
// names the variables whose values were lost.
func TestEvaluatorDeath(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"time\"\n)")
	mustRun(t, k.Client, `func keep() int { return 7 }`)
	mustRun(t, k.Client, `func down(n int) int { return down(n+1) + 1 }`)
	for _, tc := range []struct{ name, code string }{
		// A panic in a callback run by compiled code is recovered by
		// nobody (a function value: a literal gets a go statement's
		// recover).
		{"goroutine panic", "cb := func() { panic(\"nobody recovers this\") }\ntime.AfterFunc(0, cb)\ntime.Sleep(time.Hour)"},
		{"stack overflow", `down(0)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mustRun(t, k.Client, `var lostValue = 1`)
			mustRun(t, k.Client, `lostValue = 99`)
			pid := evaluatorPID(t, k)
			res := run(t, k.Client, tc.code, client.ExecOptions{})
			if res.Status != "error" {
				t.Fatalf("status %s", res.Status)
			}
			if !strings.Contains(errorText(res), "lostValue") {
				t.Errorf("error does not name the lost variable:\n%s", errorText(res))
			}
			waitGone(t, pid)
			if r := mustRun(t, k.Client, `keep()`); r.Text() != "7" {
				t.Errorf("declaration not restored: keep() = %q", r.Text())
			}
			if evaluatorPID(t, k) == pid {
				t.Errorf("same evaluator pid after its death")
			}
		})
	}
}

// os.Exit in a cell does not end the evaluator (kernel/eval ends the
// cell instead): the cell fails with the exit status and the session
// keeps its state.
func TestOSExitIsAnError(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, `import "os"`)
	mustRun(t, k.Client, `keptValue := 99`)
	pid := evaluatorPID(t, k)
	res := run(t, k.Client, `os.Exit(3)`, client.ExecOptions{})
	if res.Status != "error" || res.Error == nil || res.Error.Ename != "ExitStatus" ||
		res.Error.Evalue != "the program exited with status 3" {
		t.Errorf("os.Exit(3): status %s, error:\n%s", res.Status, errorText(res))
	}
	if r := mustRun(t, k.Client, `keptValue`); r.Text() != "99" {
		t.Errorf("state lost: keptValue = %q", r.Text())
	}
	if evaluatorPID(t, k) != pid {
		t.Errorf("the evaluator was replaced")
	}
}

// evaluatorPID asks the running cell's process (the evaluator) for its pid.
func evaluatorPID(t *testing.T, k *kernel) int {
	t.Helper()
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"os\"\n)")
	res := mustRun(t, k.Client, `fmt.Println(os.Getpid())`)
	pid, err := strconv.Atoi(strings.TrimSpace(res.Stdout))
	if err != nil {
		t.Fatalf("evaluator pid: %v (stdout %q)", err, res.Stdout)
	}
	if pid == k.Process().Pid {
		t.Fatalf("the cell ran in the kernel process")
	}
	return pid
}

// alive reports whether pid exists (a zombie counts as gone: it is dead
// and only waits for its parent).
func alive(pid int) bool {
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return false
	}
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	stat := string(data)
	i := strings.LastIndexByte(stat, ')')
	return i < 0 || !strings.HasPrefix(stat[i:], ") Z")
}

// waitGone waits until pid has ended; there is no timing assertion, only
// the test's overall deadline.
func waitGone(t *testing.T, pid int) {
	t.Helper()
	ctx := testContext(t)
	for alive(pid) {
		select {
		case <-ctx.Done():
			t.Fatalf("process %d still running", pid)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// sessionLeftovers starts a child process from a cell (runtime/processes)
// and creates a shared-memory segment with the session's prefix; it
// returns the pids and the segment glob, for checks that shutdown removes
// them all.
func sessionLeftovers(t *testing.T, k *kernel) (evaluator, child int, shmGlob string) {
	t.Helper()
	evaluator = evaluatorPID(t, k)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"os\"\n\"time\"\n)")
	mustRun(t, k.Client, `func nap() { time.Sleep(time.Hour) }`)
	res := mustRun(t, k.Client, `napper, err := processes.Start(nap)
if err != nil {
	panic(err)
}
if err := os.WriteFile("/dev/shm/"+session.ShmPrefix()+"probe", []byte("x"), 0o600); err != nil {
	panic(err)
}
fmt.Println(napper.Pid())
fmt.Println(session.ShmPrefix())`)
	lines := strings.Fields(res.Stdout)
	if len(lines) != 2 {
		t.Fatalf("cell output %q", res.Stdout)
	}
	child, err := strconv.Atoi(lines[0])
	if err != nil {
		t.Fatal(err)
	}
	if !alive(child) {
		t.Fatalf("child %d not running", child)
	}
	shmGlob = "/dev/shm/" + lines[1] + "*"
	if m, _ := filepath.Glob(shmGlob); len(m) != 1 {
		t.Fatalf("segment not created: %v", m)
	}
	return evaluator, child, shmGlob
}

func assertCleanedUp(t *testing.T, k *kernel, evaluator, child int, shmGlob string) {
	t.Helper()
	select {
	case <-k.Exited():
	case <-testContext(t).Done():
		t.Fatal("kernel did not exit")
	}
	if err := k.ExitErr(); err != nil {
		t.Errorf("kernel exit: %v", err)
	}
	waitGone(t, evaluator)
	waitGone(t, child)
	if m, _ := filepath.Glob(shmGlob); len(m) != 0 {
		t.Errorf("shared memory left behind: %v", m)
	}
}

func TestShutdown(t *testing.T) {
	k := startKernel(t)
	evaluator, child, shm := sessionLeftovers(t, k)
	if err := k.Shutdown(testContext(t), false); err != nil {
		t.Fatal(err)
	}
	assertCleanedUp(t, k, evaluator, child, shm)
}

// shutdown_request is also accepted on shell, as the spec allows.
func TestShutdownOnShell(t *testing.T) {
	k := startKernel(t)
	evaluator := evaluatorPID(t, k)
	m, err := k.Request(testContext(t), client.Shell, "shutdown_request", map[string]any{"restart": false})
	if err != nil {
		t.Fatal(err)
	}
	if v := content(t, m); m.Header.MsgType != "shutdown_reply" || v["status"] != "ok" || v["restart"] != false {
		t.Errorf("%s %v", m.Header.MsgType, v)
	}
	select {
	case <-k.Exited():
	case <-testContext(t).Done():
		t.Fatal("kernel did not exit")
	}
	waitGone(t, evaluator)
}

func TestSIGTERM(t *testing.T) {
	k := startKernel(t)
	evaluator, child, shm := sessionLeftovers(t, k)
	if err := k.Process().Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	assertCleanedUp(t, k, evaluator, child, shm)
}

func TestRestart(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, `restartVar := 1`)
	evaluator, child, shm := sessionLeftovers(t, k)
	old := k.Process().Pid
	nc, err := k.Client.Restart(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	waitGone(t, old)
	waitGone(t, evaluator)
	waitGone(t, child)
	if m, _ := filepath.Glob(shm); len(m) != 0 {
		t.Errorf("shared memory left behind: %v", m)
	}
	res, err := nc.Execute(ctx, `restartVar`, client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "error" || res.ExecutionCount != 1 {
		t.Errorf("after restart: status %s (restartVar = %q), execution_count %d", res.Status, res.Text(), res.ExecutionCount)
	}
}

// TestParentDeathShutsDown: a kernel whose launching frontend dies (it is
// named in JPY_PARENT_PID, as jupyter_client does) shuts down with its
// evaluator instead of running on as an orphan.
func TestParentDeathShutsDown(t *testing.T) {
	ctx := testContext(t)
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "kernel.pid")
	// sh stands for the frontend: it starts the kernel and waits.
	script := `JPY_PARENT_PID=$$ "$0" -f "$1" & echo $! > "$2"; wait`
	c, err := client.Launch(ctx, []string{"/bin/sh", "-c", script, kernelBin, "{connection_file}", pidFile}, client.LaunchOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	evaluator, err := strconv.Atoi(mustRun(t, c, `os.Getpid()`).Text())
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	kernel, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Process().Kill(); err != nil {
		t.Fatal(err)
	}
	waitGone(t, kernel)
	waitGone(t, evaluator)
}
