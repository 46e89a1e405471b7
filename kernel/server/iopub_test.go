package server_test

import (
	"context"
	"io"
	"log"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"gokernel/kernel/client"
)

// A subscriber that stops reading must not make the kernel's memory grow
// with the output: the IOPub queue is bounded and drops instead.
func TestStalledSubscriberBoundsMemory(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"strings\"\n)")

	stalled := zmq4.NewSub(context.Background(), zmq4.WithLogger(log.New(io.Discard, "", 0)))
	defer stalled.Close()
	ci := k.ConnectionInfo()
	if err := stalled.Dial(ci.Addr(ci.IOPubPort)); err != nil {
		t.Fatal(err)
	}
	if err := stalled.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	// It never calls Recv: zmq4 buffers a few messages, then TCP fills up.

	const outputMiB = 400
	call, err := k.SendExecute("line := strings.Repeat(\"x\", 1<<20-1)\nfor i := 0; i < "+strconv.Itoa(outputMiB)+"; i++ {\n\tfmt.Println(line)\n}", client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer call.Close()
	// Only the reply is awaited: IOPub messages, the idle among them, may
	// be dropped while the stalled subscriber holds the queue.
	reply, err := call.Reply(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st := content(t, reply)["status"]; st != "ok" {
		t.Fatalf("cell status %v", st)
	}
	peak := peakRSSMiB(t, k.Process().Pid)
	t.Logf("kernel peak RSS %d MiB for %d MiB of output", peak, outputMiB)
	if peak > outputMiB/2 {
		t.Errorf("kernel peak RSS %d MiB while a subscriber stalled on %d MiB of output", peak, outputMiB)
	}
	stalled.Close()
	// The shared IOPub queue still holds the backlog for a moment (zmq4
	// drops whatever does not fit, for every subscriber), so the first
	// cells after the stall may lose IOPub messages; the kernel must
	// serve whole cells again once it has drained.
	deadline := time.Now().Add(60 * time.Second)
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, 5*time.Second)
		r, err := k.Execute(actx, `fmt.Println("still serving")`, client.ExecOptions{})
		cancel()
		if err == nil && r.Status == "ok" && r.Stdout == "still serving\n" {
			t.Logf("whole cell again at attempt %d", attempt)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the stall the kernel does not serve whole cells: %v %+v", err, r)
		}
	}
}

// peakRSSMiB reads a process's peak resident set size (VmHWM).
func peakRSSMiB(t *testing.T, pid int) int {
	t.Helper()
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmHWM:" {
			kb, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatal(err)
			}
			return kb / 1024
		}
	}
	t.Fatal("no VmHWM")
	return 0
}
