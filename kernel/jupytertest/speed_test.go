package jupytertest

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/wire"
)

// The cells TestSpeedRatios runs, each kernel in its own language. Every
// measuring cell prints "KEY ns_per_op N check C": the mean time of one
// operation measured inside the cell (so that messaging to the notebook is
// not counted, alike on both sides) and a check value that both sides must
// agree on (the work was really done).
var (
	goSpeedSetup = `func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func square(x int) int { return x * x }

func signalBack(q *queues.Queue) { q.Put(1) }

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}`

	// Blocks keep each cell's variables local, so that no cell changes the
	// session's declarations (from which the native children are built);
	// each warms its pool up before measuring anyway.
	goSpeedCells = []string{`{
	q := queues.NewQueue(0)
	p, _ := processes.Start(signalBack, q) // warm up: the native child is built
	q.Get()
	p.Join()
	var times []time.Duration
	var ps []*processes.Process
	for i := 0; i < 20; i++ {
		t0 := time.Now()
		p, err := processes.Start(signalBack, q)
		if err != nil {
			panic(err)
		}
		q.Get()
		times = append(times, time.Since(t0))
		ps = append(ps, p)
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println("start ns_per_op", int64(median(times)), "check", len(ps))
}`, `{
	pool := processes.NewPool(2)
	items := make([]int, 10000)
	for i := range items {
		items[i] = i
	}
	pool.Map(square, items) // warm up
	var out []any
	var times []time.Duration
	for i := 0; i < 10; i++ {
		t0 := time.Now()
		var err error
		if out, err = pool.Map(square, items); err != nil {
			panic(err)
		}
		times = append(times, time.Since(t0))
	}
	sum := 0
	for _, v := range out {
		sum += v.(int)
	}
	fmt.Println("map10k ns_per_op", int64(median(times)), "check", sum)
	pool.Terminate()
}`, `{
	// fib(27) is about a millisecond of compiled work: the pool's own
	// cost shows. fib(32) is about ten times more.
	for _, n := range []int{27, 32} {
		for _, workers := range []int{1, 2} {
			pool := processes.NewPool(workers)
			pool.Map(fib, []int{20, 20, 20, 20}) // warm up
			items := []int{n, n, n, n, n, n, n, n}
			var out []any
			var times []time.Duration
			for i := 0; i < 3; i++ {
				t0 := time.Now()
				var err error
				if out, err = pool.Map(fib, items); err != nil {
					panic(err)
				}
				times = append(times, time.Since(t0))
			}
			sum := 0
			for _, v := range out {
				sum += v.(int)
			}
			fmt.Printf("fib%d_%d ns_per_op %d check %d\n", n, workers, int64(median(times)), sum)
			pool.Terminate()
		}
	}
}`}

	// Python: multiprocessing with the fork start method (Debian's
	// default for Python < 3.14), functions defined in the cell.
	pySpeedSetup = `import multiprocessing as mp
import statistics
import time

ctx = mp.get_context("fork")

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def square(x):
    return x * x

def signal_back(q):
    q.put(1)`

	pySpeedCells = []string{`q = ctx.Queue()
p = ctx.Process(target=signal_back, args=(q,))
p.start(); q.get(); p.join()  # warm up
times = []
ps = []
for _ in range(20):
    t0 = time.perf_counter_ns()
    p = ctx.Process(target=signal_back, args=(q,))
    p.start()
    q.get()
    times.append(time.perf_counter_ns() - t0)
    ps.append(p)
for p in ps:
    p.join()
print("start ns_per_op", int(statistics.median(times)), "check", len(ps))`, `items = list(range(10000))
with ctx.Pool(2) as pool:
    pool.map(square, items)  # warm up
    times = []
    for _ in range(10):
        t0 = time.perf_counter_ns()
        out = pool.map(square, items)
        times.append(time.perf_counter_ns() - t0)
print("map10k ns_per_op", int(statistics.median(times)), "check", sum(out))`, `for n, iters in ((27, 3), (32, 1)):
    for workers in (1, 2):
        with ctx.Pool(workers) as pool:
            pool.map(fib, [20, 20, 20, 20])  # warm up
            items = [n] * 8
            times = []
            for _ in range(iters):
                t0 = time.perf_counter_ns()
                out = pool.map(fib, items)
                times.append(time.perf_counter_ns() - t0)
        print(f"fib{n}_{workers} ns_per_op {int(statistics.median(times))} check {sum(out)}")`}
)

// cellFigures parses the "KEY ns_per_op N check C" lines of a cell.
func cellFigures(t *testing.T, kernel, out string, ns map[string]time.Duration, check map[string]string) {
	t.Helper()
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Fields(l)
		if len(f) != 5 || f[1] != "ns_per_op" || f[3] != "check" {
			t.Fatalf("%s printed %q, want KEY ns_per_op N check C", kernel, l)
		}
		n, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil {
			t.Fatalf("%s printed %q", kernel, l)
		}
		ns[f[0]], check[f[0]] = time.Duration(n), f[4]
	}
}

// runTimed runs code and returns the result, the time from sending to the
// cell's first stream output (0 if none) and to its end.
func runTimed(t *testing.T, ctx context.Context, c *client.Client, code string) (res *client.ExecResult, first, wall time.Duration) {
	t.Helper()
	t0 := time.Now()
	var firstAt time.Time
	res, err := c.Execute(ctx, code, client.ExecOptions{OnIOPub: func(m *wire.Message) {
		if m.Header.MsgType == "stream" && firstAt.IsZero() {
			firstAt = time.Now()
		}
	}})
	wall = time.Since(t0)
	if err != nil {
		t.Fatalf("execute %q: %v", code, err)
	}
	if res.Status != "ok" {
		t.Fatalf("execute %q: status %s %+v\n%s", code, res.Status, res.Error, res.Stderr)
	}
	if !firstAt.IsZero() {
		first = firstAt.Sub(t0)
	}
	return res, first, wall
}

// medianRun runs code n times (runTimed) and returns the medians and the
// last result.
func medianRun(t *testing.T, ctx context.Context, c *client.Client, code string, n int) (res *client.ExecResult, first, wall time.Duration) {
	t.Helper()
	var firsts, walls []time.Duration
	for i := 0; i < n; i++ {
		var f, w time.Duration
		res, f, w = runTimed(t, ctx, c, code)
		firsts, walls = append(firsts, f), append(walls, w)
	}
	return res, percentile(firsts, 0.5), percentile(walls, 0.5)
}

// TestSpeedRatios measures, from cells through the real kernels in one
// run, CPU-bound work and process pools in gokernel (interpreted cells,
// %%run compiled cells, native children with GOKERNEL_NATIVE_CHILDREN=wait)
// against ipykernel (CPython, multiprocessing with fork), and prints one
// table with both sides, the ratio and the target. It never fails on
// timing; it fails when a cell fails or the two sides disagree on a
// result.
func TestSpeedRatios(t *testing.T) {
	if testing.Short() {
		t.Skip("measurements take about half a minute; skipped with -short")
	}
	gk := gokernelUnderTest(t)
	py := ipykernelUnderTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), benchTimeout)
	defer cancel()

	launch := func(k kernelUnderTest, env ...string) *client.Client {
		c, err := client.Launch(ctx, k.argv, client.LaunchOptions{Env: append(append([]string(nil), jupyterEnv...), env...), Stderr: io.Discard})
		if err != nil {
			t.Fatalf("start %s: %v", k.name, err)
		}
		if err := c.WaitReady(ctx); err != nil {
			c.Close()
			t.Fatalf("start %s: %v", k.name, err)
		}
		t.Cleanup(func() {
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			c.Shutdown(sctx, false)
			c.Close()
		})
		return c
	}
	g := launch(gk, "GOKERNEL_NATIVE_CHILDREN=wait")
	p := launch(py)
	mustRun(t, ctx, g, goSpeedSetup)
	mustRun(t, ctx, p, pySpeedSetup)

	// (a) and (b): a fib(27) cell, interpreted, compiled and in CPython.
	const fibRuns = 3
	gInterp, _, gInterpWall := medianRun(t, ctx, g, "fib(27)", fibRuns)
	pRes, _, pWall := medianRun(t, ctx, p, "fib(27)", fibRuns)
	if gInterp.Text() != pRes.Text() {
		t.Fatalf("fib(27): gokernel %q, Python %q", gInterp.Text(), pRes.Text())
	}
	runCell := "%%run\nfmt.Println(fib(27))"
	firstRun, firstOut, firstWall := runTimed(t, ctx, g, runCell)
	warm, warmOut, warmWall := medianRun(t, ctx, g, runCell, fibRuns)
	for _, r := range []*client.ExecResult{firstRun, warm} {
		if r.Stdout != pRes.Text()+"\n" || r.Stderr != "" {
			t.Fatalf("%%%%run fib(27): stdout %q stderr %q, want %s (Python's)", r.Stdout, r.Stderr, pRes.Text())
		}
	}

	// (c): processes and pools, from cells.
	gNs, gCheck := map[string]time.Duration{}, map[string]string{}
	pNs, pCheck := map[string]time.Duration{}, map[string]string{}
	for i := range goSpeedCells {
		cellFigures(t, "gokernel", mustRun(t, ctx, g, goSpeedCells[i]).Stdout, gNs, gCheck)
		cellFigures(t, "ipykernel", mustRun(t, ctx, p, pySpeedCells[i]).Stdout, pNs, pCheck)
	}
	for key, want := range pCheck {
		if gCheck[key] != want {
			t.Errorf("%s: gokernel's check value %q, Python's %q", key, gCheck[key], want)
		}
	}

	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "measure\tgokernel\tPython\tgokernel/Python\ttarget\t")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.4g ms", float64(d.Microseconds())/1000) }
	row := func(name string, gv, pv time.Duration, target string) {
		fmt.Fprintf(w, "%s\t%s\t%s\t%.3gx\t%s\t\n", name, ms(gv), ms(pv), float64(gv)/float64(pv), target)
	}
	only := func(name string, gv time.Duration, target string) {
		fmt.Fprintf(w, "%s\t%s\t\t\t%s\t\n", name, ms(gv), target)
	}
	row("fib(27) cell, interpreted (wall)", gInterpWall, pWall, "")
	row("fib(27) cell, %%run warm (wall)", warmWall, pWall, "")
	only("%%run first build: first output", firstOut, "")
	only("%%run first build: cell (wall)", firstWall, "")
	only("%%run warm: first output", warmOut, "<= 300 ms")
	row("process start to target running", gNs["start"], pNs["start"], "<= 1x")
	row("Map 10,000 tiny tasks, 2 workers", gNs["map10k"], pNs["map10k"], "<= 1.5x")
	speedup := func(ns map[string]time.Duration, n int) string {
		return fmt.Sprintf("%.2fx", float64(ns[fmt.Sprintf("fib%d_1", n)])/float64(ns[fmt.Sprintf("fib%d_2", n)]))
	}
	for _, n := range []int{27, 32} {
		target := ""
		if n == 27 {
			target = "<= 0.1x"
		}
		row(fmt.Sprintf("Map 8 x fib(%d), 1 worker", n), gNs[fmt.Sprintf("fib%d_1", n)], pNs[fmt.Sprintf("fib%d_1", n)], "")
		row(fmt.Sprintf("Map 8 x fib(%d), 2 workers", n), gNs[fmt.Sprintf("fib%d_2", n)], pNs[fmt.Sprintf("fib%d_2", n)], target)
		fmt.Fprintf(w, "%s\t%s\t%s\t\t%s\t\n", "  speedup 1 -> 2 workers", speedup(gNs, n), speedup(pNs, n), ">= 1.8x")
	}
	w.Flush()
	// Speedups need free cores: say how busy the machine was.
	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("from cells, gokernel (GOKERNEL_NATIVE_CHILDREN=wait) vs ipykernel (/usr/bin/python3, multiprocessing fork); %d cores, load average %s:\n%s",
		runtime.NumCPU(), strings.Join(strings.Fields(string(load))[:3], " "), b.String())
}
