package notebooks_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/notebook"
	"gokernel/kernel/wire"
)

// alive reports whether pid is a live process (not a zombie).
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	return err == nil && !strings.Contains(string(stat), ") Z ")
}

// pids parses the "pid N" lines a cell printed.
func pids(t *testing.T, out string) []int {
	var ps []int
	for _, l := range lines(out) {
		if rest, ok := strings.CutPrefix(l, "pid "); ok {
			ps = append(ps, atoi(t, rest))
		}
	}
	return ps
}

// TestInterruptStopsProcessesAndPoolTasks interrupts a cell that started a
// process and a pool map that would each run for an hour: the cell reports
// the interrupt, the process and the workers running its tasks are gone
// within seconds (the pool replaces its workers), and the session keeps
// its state.
func TestInterruptStopsProcessesAndPoolTasks(t *testing.T) {
	s := open(t, "00-hello.ipynb")
	s.run(`func nap(d int) int {
	time.Sleep(time.Duration(d) * time.Second)
	return d
}
kept := 42`)
	r := s.run(`pool := processes.NewPool(2)
for _, w := range pool.Pids() {
	fmt.Println("pid", w)
}`)
	workers := pids(t, r.Stdout)
	if len(workers) != 2 {
		t.Fatalf("want 2 worker pids, got:\n%s", r.Stdout)
	}

	// The interrupted cell starts a process and maps over the pool.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	call, err := s.k.SendExecute(`p, _ := processes.Start(nap, 3600)
fmt.Println("pid", p.Pid())
pool.Map(nap, []int{3600, 3600})`, client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	printed := make(chan string, 16)
	type outcome struct {
		reply *wire.Message
		err   error
	}
	done := make(chan outcome, 1)
	go func() {
		reply, _, err := call.Wait(ctx, func(m *wire.Message) {
			if m.Header.MsgType == "stream" {
				c, _ := client.Content(m)
				printed <- c["text"].(string)
			}
		}, nil)
		done <- outcome{reply, err}
	}()
	var text string
	for len(pids(t, text)) == 0 {
		select {
		case s := <-printed:
			text += s
		case <-ctx.Done():
			t.Fatal("the cell did not print its process id")
		}
	}
	started := append(pids(t, text), workers...)
	time.Sleep(300 * time.Millisecond) // let the map reach the workers
	if err := s.k.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	o := <-done
	if o.err != nil {
		t.Fatal(o.err)
	}
	content, _ := client.Content(o.reply)
	if content["status"] != "error" || !strings.Contains(content["ename"].(string), "Interrupt") {
		t.Fatalf("want an interrupted error, got %v", content)
	}
	deadline := time.Now().Add(5 * time.Second)
	for _, pid := range started {
		for alive(pid) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if alive(pid) {
			t.Errorf("process %d the cell started is still running after the interrupt", pid)
		}
	}
	if got := s.run("kept").Result["text/plain"]; got != "42" {
		t.Fatalf("session state lost after the interrupt: kept = %v", got)
	}
	if out := s.run("res, err := pool.Map(nap, []int{0, 0})\nfmt.Println(res, err)").Stdout; out != "[0 0] <nil>\n" {
		t.Fatalf("the pool does not work after the interrupt: %q", out)
	}
}

// TestKilledRunLeavesNoKernel kills `gokernel run` (as a closed pipe, a
// Ctrl-C or the OOM killer would) while a cell runs: the kernel it
// launched and that kernel's evaluator shut down on their own.
func TestKilledRunLeavesNoKernel(t *testing.T) {
	dir := t.TempDir()
	nbPath := filepath.Join(dir, "sleepy.ipynb")
	nb := `{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
  "source": "fmt.Println(\"pid\", os.Getpid())\ntime.Sleep(time.Hour)"}],
 "metadata": {"kernelspec": {"name": "gokernel", "display_name": "Go", "language": "go"}},
 "nbformat": 4, "nbformat_minor": 5}`
	if err := os.WriteFile(nbPath, []byte(nb), 0o644); err != nil {
		t.Fatal(err)
	}
	run := exec.Command(binary, "run", nbPath)
	out, err := run.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	run.Stderr = io.Discard
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	defer run.Process.Kill()
	// The evaluator prints its pid; its parent is the kernel.
	evaluator := 0
	sc := bufio.NewScanner(out)
	for evaluator == 0 && sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "pid "); ok {
			evaluator = atoi(t, rest)
		}
	}
	if evaluator == 0 {
		t.Fatal("the cell did not print its pid")
	}
	kernel := parentOf(t, evaluator)
	run.Process.Kill()
	run.Wait()
	deadline := time.Now().Add(10 * time.Second)
	for (alive(kernel) || alive(evaluator)) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if alive(kernel) || alive(evaluator) {
		syscall.Kill(kernel, syscall.SIGKILL)
		t.Fatalf("after gokernel run was killed, its kernel (%d, alive %v) or evaluator (%d, alive %v) kept running", kernel, alive(kernel), evaluator, alive(evaluator))
	}
}

// parentOf reads a process's parent pid from /proc.
func parentOf(t *testing.T, pid int) int {
	t.Helper()
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	return atoi(t, fields[1])
}

// TestRunFilesLateOutputInItsCell: `gokernel run` puts output that arrives
// after its cell ended (a pool map left running, E6 without the wait) in
// that cell, as Jupyter shows it, not in the cell that runs at the time.
func TestRunFilesLateOutputInItsCell(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "late.ipynb"), filepath.Join(dir, "out.ipynb")
	nb := &notebook.Notebook{NBFormat: 4, NBFormatMinor: 5, Metadata: map[string]any{}}
	for _, src := range []string{
		"func hello(name string) {\n\ttime.Sleep(200 * time.Millisecond)\n\tfmt.Println(\"hello from\", name)\n}\npool := processes.NewPool(2)\nres := pool.MapAsync(hello, []string{\"a\", \"b\"})\nfmt.Println(\"Done!\")",
		"res.Wait()\nfmt.Println(\"waited\")",
	} {
		nb.Cells = append(nb.Cells, &notebook.Cell{Type: "code", Source: src})
	}
	if err := nb.WriteFile(in); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "run", in, "-o", out)
	printed, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gokernel run: %v\n%s", err, printed)
	}
	if !strings.Contains(string(printed), "[later output of In [1]]") {
		t.Errorf("the late output is not labelled with its cell:\n%s", printed)
	}
	ran, err := notebook.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := func(c *notebook.Cell) string {
		var b strings.Builder
		for _, o := range c.Outputs {
			b.WriteString(o.Text)
		}
		return b.String()
	}
	first, second := text(ran.Cells[0]), text(ran.Cells[1])
	if !strings.HasPrefix(first, "Done!\n") || !strings.Contains(first, "hello from a\n") || !strings.Contains(first, "hello from b\n") {
		t.Errorf("first cell's outputs %q, want Done! then both greetings", first)
	}
	if second != "waited\n" {
		t.Errorf("second cell's outputs %q, want only its own line", second)
	}
}
