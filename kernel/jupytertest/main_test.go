package jupytertest

import (
	"bytes"
	"context"
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

// Set up once by TestMain.
var (
	moduleRoot string // the checkout
	binary     string // the gokernel binary built for this run
	buildErr   error  // why the binary is missing
	specPrefix string // --prefix the kernelspec was installed into
	jupyterEnv []string
)

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "gokernel-jupytertest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" {
		fmt.Fprintln(os.Stderr, "cannot find the gokernel module:", err)
		return 1
	}
	moduleRoot = filepath.Dir(strings.TrimSpace(string(out)))
	// Everything Jupyter reads or writes stays in tmp, so the user's own
	// kernelspecs, config and history neither disturb nor get disturbed.
	specPrefix = filepath.Join(tmp, "prefix")
	jupyterEnv = []string{
		"JUPYTER_PATH=" + filepath.Join(specPrefix, "share", "jupyter"),
		"JUPYTER_DATA_DIR=" + filepath.Join(tmp, "data"),
		"JUPYTER_CONFIG_DIR=" + filepath.Join(tmp, "config"),
		"JUPYTER_RUNTIME_DIR=" + filepath.Join(tmp, "runtime"),
		"IPYTHONDIR=" + filepath.Join(tmp, "ipython"),
		"PYDEVD_DISABLE_FILE_VALIDATION=1", // quiets ipykernel's debugger warning
	}
	bin := filepath.Join(tmp, "bin", "gokernel")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = moduleRoot
	if out, err := build.CombinedOutput(); err != nil {
		buildErr = fmt.Errorf("go build: %v\n%s", err, firstLines(string(out), 5))
	} else if out, err := exec.Command(bin, "install", "--prefix", specPrefix).CombinedOutput(); err != nil {
		buildErr = fmt.Errorf("gokernel install --prefix: %v\n%s", err, out)
	} else {
		binary = bin
	}
	return m.Run()
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// needGokernel skips (or, under GOKERNEL_REQUIRE_BINARY=1, fails) when the
// binary could not be built and installed.
func needGokernel(t testing.TB) {
	t.Helper()
	if buildErr == nil {
		return
	}
	if os.Getenv("GOKERNEL_REQUIRE_BINARY") == "1" {
		t.Fatalf("gokernel binary: %v", buildErr)
	}
	t.Skipf("gokernel binary does not build yet (set GOKERNEL_REQUIRE_BINARY=1 to fail instead): %v", buildErr)
}

// needPython skips unless /usr/bin/python3 imports module.
func needPython(t testing.TB, module, debPackage string) {
	t.Helper()
	if err := exec.Command("/usr/bin/python3", "-c", "import "+module).Run(); err != nil {
		t.Skipf("%s not installed: apt-get install %s", module, debPackage)
	}
}

// command runs name with the test's Jupyter environment. If it outlives
// ctx, it is killed with every process below it (jupyter_client starts
// kernels in their own sessions, out of reach of a process-group kill), so
// a hung test leaves nothing behind.
func command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), jupyterEnv...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error {
		for _, p := range descendants(cmd.Process.Pid) {
			syscall.Kill(p, syscall.SIGKILL)
		}
		return nil
	}
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// descendants lists pid and every process below it, parents first, from
// /proc.
func descendants(pid int) []int {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// After the command name (in parentheses): state, ppid, ...
		i := bytes.LastIndexByte(stat, ')')
		f := strings.Fields(string(stat[i+1:]))
		if len(f) > 1 {
			ppid, _ := strconv.Atoi(f[1])
			children[ppid] = append(children[ppid], p)
		}
	}
	out := []int{pid}
	for i := 0; i < len(out); i++ {
		out = append(out, children[out[i]]...)
	}
	return out
}

// python runs a script from testdata with stdin and returns its stdout.
func python(t *testing.T, timeout time.Duration, stdin string, script string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := command(ctx, "/usr/bin/python3", append([]string{filepath.Join("testdata", script)}, args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %q: %v\nstdout:\n%s\nstderr:\n%s", script, args, err, stdout.String(), firstLines(stderr.String(), 60))
	}
	return stdout.Bytes()
}
