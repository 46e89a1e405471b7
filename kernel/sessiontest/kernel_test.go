// Package sessiontest drives the real kernel binary over ZeroMQ through a
// long learner session: reruns in any order, redefinitions that leave
// stale declarations, runtime objects shared with children, memory over
// thousands of executes, and broken cell text (issue 7).
package sessiontest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gokernel-session-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "gokernel")
	build := exec.Command("go", "build", "-o", binary, "gokernel")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building gokernel:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// kernel is a running gokernel.
type kernel struct {
	tb testing.TB
	k  *client.Client
}

func start(tb testing.TB, env ...string) *kernel {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	k, err := client.Launch(ctx, []string{binary, "-f", "{connection_file}"}, client.LaunchOptions{Dir: tb.TempDir(), Env: env})
	if err != nil {
		tb.Fatal(err)
	}
	if err := k.WaitReady(ctx); err != nil {
		k.Close()
		tb.Fatal(err)
	}
	kn := &kernel{tb: tb, k: k}
	tb.Cleanup(kn.close)
	return kn
}

func (k *kernel) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	k.k.Shutdown(ctx, false)
	k.k.Close()
}

// exec runs a cell and returns what it produced, failed or not.
func (k *kernel) exec(code string) *client.ExecResult {
	k.tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	r, err := k.k.Execute(ctx, code, client.ExecOptions{})
	if err != nil {
		k.tb.Fatalf("execute: %v\ncell:\n%s", err, code)
	}
	return r
}

// ok runs a cell that must succeed.
func (k *kernel) ok(code string) *client.ExecResult {
	k.tb.Helper()
	r := k.exec(code)
	if r.Status != "ok" {
		k.tb.Fatalf("cell failed: %s\nstdout:\n%s\nstderr:\n%s\ncell:\n%s", describe(r), r.Stdout, r.Stderr, code)
	}
	return r
}

func describe(r *client.ExecResult) string {
	if r.Error == nil {
		return r.Status
	}
	return r.Error.Ename + ": " + r.Error.Evalue
}

// rss is the resident memory in bytes of the kernel and all its
// descendants (evaluator, children), from /proc.
func (k *kernel) rss() int64 {
	k.tb.Helper()
	root := k.k.Process().Pid
	children := map[int][]int{}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		ppid, _ := strconv.Atoi(f[1])
		children[ppid] = append(children[ppid], pid)
	}
	var total int64
	stack := []int{root}
	for len(stack) > 0 {
		pid := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		stack = append(stack, children[pid]...)
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				total += kb << 10
			}
		}
	}
	return total
}
