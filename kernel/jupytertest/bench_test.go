package jupytertest

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"gokernel/kernel/client"
)

// A kernel under measurement and the code that does the same in its language.
type kernelUnderTest struct {
	name     string
	argv     []string
	setup    string // run once after start
	trivial  string // a cell that does almost nothing and shows nothing
	print100 string // prints the numbers 0..99999, one a line
}

func gokernelUnderTest(t testing.TB) kernelUnderTest {
	needGokernel(t)
	return kernelUnderTest{
		name:     "gokernel",
		argv:     []string{binary, "-f", "{connection_file}"},
		setup:    `import "fmt"`,
		trivial:  "x := 1",
		print100: "for i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}",
	}
}

func ipykernelUnderTest(t testing.TB) kernelUnderTest {
	needPython(t, "ipykernel", "python3-ipykernel")
	return kernelUnderTest{
		name:     "ipykernel",
		argv:     []string{"/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"},
		setup:    "pass",
		trivial:  "x = 1",
		print100: "for i in range(100000):\n    print(i)",
	}
}

// kernelsUnderTest name the sub-benchmarks; each makes its kernel (or
// skips) inside its own sub-benchmark.
var kernelsUnderTest = []struct {
	name string
	make func(testing.TB) kernelUnderTest
}{{"gokernel", gokernelUnderTest}, {"ipykernel", ipykernelUnderTest}}

const benchTimeout = 5 * time.Minute

// start launches k and returns the client and the time from launch to the
// first kernel_info_reply. A kernel_info_request goes out every 100ms
// (one sent before the kernel binds its socket may wait in a queue or be
// lost) and the replies are polled every 2ms.
func start(ctx context.Context, k kernelUnderTest) (*client.Client, time.Duration, error) {
	t0 := time.Now()
	// The kernels' own logs would drown the figures; a kernel that fails
	// shows it through the protocol.
	c, err := client.Launch(ctx, k.argv, client.LaunchOptions{Env: jupyterEnv, Stderr: io.Discard})
	if err != nil {
		return nil, 0, err
	}
	var calls []*client.Call
	defer func() {
		for _, call := range calls {
			call.Close()
		}
	}()
	expired, cancel := context.WithCancel(ctx)
	cancel() // Reply with a done context only checks for a reply
	var lastSend time.Time
	for {
		if time.Since(lastSend) >= 100*time.Millisecond {
			call, err := c.Send(client.Shell, "kernel_info_request", nil)
			if err != nil {
				c.Close()
				return nil, 0, err
			}
			calls = append(calls, call)
			lastSend = time.Now()
		}
		for _, call := range calls {
			if _, err := call.Reply(expired); err == nil {
				took := time.Since(t0)
				if err := c.WaitReady(ctx); err != nil {
					c.Close()
					return nil, 0, err
				}
				return c, took, nil
			}
		}
		select {
		case <-c.Exited():
			c.Close()
			return nil, 0, fmt.Errorf("%s exited during start: %v", k.name, c.ExitErr())
		case <-ctx.Done():
			c.Close()
			return nil, 0, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// startReady starts k and runs its setup cell.
func startReady(tb testing.TB, ctx context.Context, k kernelUnderTest) *client.Client {
	tb.Helper()
	c, _, err := start(ctx, k)
	if err != nil {
		tb.Fatalf("start %s: %v", k.name, err)
	}
	mustRun(tb, ctx, c, k.setup)
	return c
}

func mustRun(tb testing.TB, ctx context.Context, c *client.Client, code string) *client.ExecResult {
	tb.Helper()
	res, err := c.Execute(ctx, code, client.ExecOptions{})
	if err != nil {
		tb.Fatalf("execute %q: %v", code, err)
	}
	if res.Status != "ok" {
		tb.Fatalf("execute %q: status %s %+v", code, res.Status, res.Error)
	}
	return res
}

// printLines runs the 100,000-line cell and returns its wall time and how
// many IOPub stream messages carried the lines. Losing a line is a failure.
func printLines(tb testing.TB, ctx context.Context, c *client.Client, k kernelUnderTest) (time.Duration, int) {
	tb.Helper()
	t0 := time.Now()
	res := mustRun(tb, ctx, c, k.print100)
	took := time.Since(t0)
	if res.Stdout != expected100k {
		tb.Fatalf("%s: printed %d bytes, want %d: lines were lost or changed", k.name, len(res.Stdout), len(expected100k))
	}
	n := 0
	for _, m := range res.IOPub {
		if m.Header.MsgType == "stream" {
			n++
		}
	}
	return took, n
}

var expected100k = func() string {
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte('\n')
	}
	return b.String()
}()

// treeRSS is the resident memory in bytes of pid and all its descendants
// (for gokernel: the kernel and its evaluator), from /proc.
func treeRSS(pid int) (int64, error) {
	var total int64
	for _, p := range descendants(pid) {
		status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p))
		if err != nil {
			continue // exited meanwhile
		}
		for _, line := range strings.Split(string(status), "\n") {
			if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				if err != nil {
					return 0, fmt.Errorf("/proc/%d/status: VmRSS %q", p, rest)
				}
				total += kb * 1024
			}
		}
	}
	if total == 0 {
		return 0, fmt.Errorf("no VmRSS for process %d", pid)
	}
	return total, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[int(p*float64(len(s)-1)+0.5)]
}

func BenchmarkStart(b *testing.B) {
	for _, ku := range kernelsUnderTest {
		b.Run(ku.name, func(b *testing.B) {
			k := ku.make(b)
			ctx, cancel := context.WithTimeout(context.Background(), benchTimeout)
			defer cancel()
			var total time.Duration
			for i := 0; i < b.N; i++ {
				c, took, err := start(ctx, k)
				if err != nil {
					b.Fatal(err)
				}
				total += took
				c.Close()
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms-to-kernel-info")
		})
	}
}

func BenchmarkExecute(b *testing.B) {
	for _, ku := range kernelsUnderTest {
		b.Run(ku.name, func(b *testing.B) {
			k := ku.make(b)
			ctx, cancel := context.WithTimeout(context.Background(), benchTimeout)
			defer cancel()
			c := startReady(b, ctx, k)
			defer c.Close()
			times := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				mustRun(b, ctx, c, k.trivial)
				times = append(times, time.Since(t0))
			}
			b.StopTimer()
			b.ReportMetric(float64(percentile(times, 0.5).Microseconds()), "p50-us")
			b.ReportMetric(float64(percentile(times, 0.95).Microseconds()), "p95-us")
		})
	}
}

func BenchmarkPrint100k(b *testing.B) {
	for _, ku := range kernelsUnderTest {
		b.Run(ku.name, func(b *testing.B) {
			k := ku.make(b)
			ctx, cancel := context.WithTimeout(context.Background(), benchTimeout)
			defer cancel()
			c := startReady(b, ctx, k)
			defer c.Close()
			msgs := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				_, n := printLines(b, ctx, c, k)
				msgs += n
			}
			b.ReportMetric(float64(msgs)/float64(b.N), "iopub-msgs/op")
		})
	}
}

func BenchmarkRSS(b *testing.B) {
	for _, ku := range kernelsUnderTest {
		b.Run(ku.name, func(b *testing.B) {
			k := ku.make(b)
			ctx, cancel := context.WithTimeout(context.Background(), benchTimeout)
			defer cancel()
			var total int64
			for i := 0; i < b.N; i++ {
				c := startReady(b, ctx, k)
				mustRun(b, ctx, c, k.trivial)
				rss, err := treeRSS(c.Process().Pid)
				c.Close()
				if err != nil {
					b.Fatal(err)
				}
				total += rss
			}
			b.ReportMetric(float64(total)/float64(b.N)/(1<<20), "RSS-MB")
		})
	}
}

// figures are one kernel's measurements in TestBenchRatios.
type figures struct {
	start            time.Duration // median of several starts
	execP50, execP95 time.Duration
	print100k        time.Duration
	printMsgs        int
	rss              int64
}

func measure(t *testing.T, k kernelUnderTest) figures {
	ctx, cancel := context.WithTimeout(context.Background(), benchTimeout)
	defer cancel()
	var f figures
	var starts []time.Duration
	for i := 0; i < 5; i++ {
		c, took, err := start(ctx, k)
		if err != nil {
			t.Fatalf("start %s: %v", k.name, err)
		}
		starts = append(starts, took)
		c.Close()
	}
	f.start = percentile(starts, 0.5)

	c := startReady(t, ctx, k)
	defer c.Close()
	var times []time.Duration
	for i := 0; i < 200; i++ {
		t0 := time.Now()
		mustRun(t, ctx, c, k.trivial)
		times = append(times, time.Since(t0))
	}
	f.execP50, f.execP95 = percentile(times, 0.5), percentile(times, 0.95)
	rss, err := treeRSS(c.Process().Pid)
	if err != nil {
		t.Fatal(err)
	}
	f.rss = rss
	f.print100k, f.printMsgs = printLines(t, ctx, c, k)
	return f
}

// TestBenchRatios measures gokernel and ipykernel in one run and prints
// gokernel/ipykernel ratios next to the targets. It never fails on timing
// (machines are noisy); it fails only if a kernel misbehaves (e.g. loses
// printed lines).
func TestBenchRatios(t *testing.T) {
	if testing.Short() {
		t.Skip("measurements take about a minute; skipped with -short")
	}
	g := measure(t, gokernelUnderTest(t))
	p := measure(t, ipykernelUnderTest(t))
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "measure\tgokernel\tipykernel\tratio\ttarget\t")
	row := func(name string, gv, pv float64, unit, target string) {
		fmt.Fprintf(w, "%s\t%.4g %s\t%.4g %s\t%.2fx\t%s\t\n", name, gv, unit, pv, unit, gv/pv, target)
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	row("start to kernel_info_reply", ms(g.start), ms(p.start), "ms", "<= 0.2x")
	row("execute p50", ms(g.execP50), ms(p.execP50), "ms", "<= 0.7x")
	row("execute p95", ms(g.execP95), ms(p.execP95), "ms", "")
	row("print 100,000 lines", ms(g.print100k), ms(p.print100k), "ms", "<= 0.5x")
	row("  IOPub stream messages", float64(g.printMsgs), float64(p.printMsgs), "", "")
	row("RSS after start (tree)", float64(g.rss)/(1<<20), float64(p.rss)/(1<<20), "MB", "")
	w.Flush()
	t.Logf("gokernel vs ipykernel on this machine:\n%s", b.String())
}
