package processes

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/runtime/queues"
)

// The Go benchmarks next to the same work done by Python's multiprocessing
// (testdata/bench_mp.py, which reports its own time per operation), so one
// run gives both:
//
//	go test -run '^$' -bench . -benchtime 20x ./runtime/processes/
//
// The children here run compiled functions; in a notebook a child also
// rebuilds the session's declarations in a fresh interpreter (~5-20 ms).

func signalBack(q *queues.Queue) error { return q.Put(1) }

// fib is the CPU-bound work of the course's comparison of threads and
// processes (recursive on purpose).
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func init() {
	Register("signalBack", signalBack)
	Register("fib", fib)
}

// startToRunning starts a Process and waits until its target runs.
func startToRunning(q *queues.Queue) (*Process, error) {
	p, err := Start(signalBack, q)
	if err != nil {
		return nil, err
	}
	_, err = q.Get()
	return p, err
}

// tenThousand is the input of the Map benchmarks.
func tenThousand() []int {
	items := make([]int, 10000)
	for i := range items {
		items[i] = i
	}
	return items
}

// fibItems is the input of the CPU benchmarks: cpuItems calls of fib(n).
func fibItems(n int) []int {
	items := make([]int, cpuItems)
	for i := range items {
		items[i] = n
	}
	return items
}

// BenchmarkProcessStart: from Start to the target running (it signals
// back through a queue).
func BenchmarkProcessStart(b *testing.B) {
	b.Run("go", func(b *testing.B) {
		q := queues.NewQueue(0)
		var ps []*Process
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			p, err := startToRunning(q)
			if err != nil {
				b.Fatal(err)
			}
			ps = append(ps, p)
		}
		b.StopTimer()
		for _, p := range ps {
			p.Join()
		}
	})
	b.Run("python", func(b *testing.B) { runPython(b, "start") })
}

// BenchmarkPoolMap10k: Map of 10,000 tiny tasks on 2 workers (chunked).
func BenchmarkPoolMap10k(b *testing.B) {
	b.Run("go", func(b *testing.B) {
		pool := NewPool(2)
		defer pool.Terminate()
		items := tenThousand()
		if _, err := pool.Map(square, items); err != nil { // warm up
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := pool.Map(square, items); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("python", func(b *testing.B) { runPython(b, "map10k") })
}

// The CPU benchmarks do the same total work (8 calls of spin) on 1 and on
// 2 workers; on 2 cores the second should take about half the time.
// Python's spin does less work per call (it is ~100x slower): compare the
// speedups, not the times.
const (
	cpuItems  = 8
	goSpin    = 20_000_000
	pythonSpn = 200_000
)

func benchCPU(b *testing.B, workers int) {
	pool := NewPool(workers)
	defer pool.Terminate()
	items := make([]int, cpuItems)
	for i := range items {
		items[i] = goSpin
	}
	if _, err := pool.Map(square, []int{1, 2, 3, 4}); err != nil { // warm up
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pool.Map(spin, items); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPoolCPU1(b *testing.B) {
	b.Run("go", func(b *testing.B) { benchCPU(b, 1) })
	b.Run("python", func(b *testing.B) { runPython(b, "cpu1", strconv.Itoa(pythonSpn)) })
}

func BenchmarkPoolCPU2(b *testing.B) {
	b.Run("go", func(b *testing.B) { benchCPU(b, 2) })
	b.Run("python", func(b *testing.B) { runPython(b, "cpu2", strconv.Itoa(pythonSpn)) })
}

// BenchmarkPoolFib: 8 calls of fib(27) on 1 and 2 workers (Python: fib(22),
// which takes about as long; compare the speedups).
const (
	goFib     = 27
	pythonFib = 22
)

func BenchmarkPoolFib(b *testing.B) {
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("go-%dw", workers), func(b *testing.B) {
			pool := NewPool(workers)
			defer pool.Terminate()
			if _, err := pool.Map(square, []int{1, 2, 3, 4}); err != nil { // warm up
				b.Fatal(err)
			}
			items := fibItems(goFib)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := pool.Map(fib, items); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("python-%dw", workers), func(b *testing.B) {
			runPython(b, fmt.Sprintf("fib%d", workers), strconv.Itoa(pythonFib))
		})
	}
}

// TestPythonRatios measures the benchmarks' work in Go and in Python's
// multiprocessing in one run and prints one table of both: the fastest
// iteration (least disturbed by other work on the machine) and the mean.
// It never fails on timing, only when the work fails.
//
//	go test -count=1 -run TestPythonRatios -v ./runtime/processes/
func TestPythonRatios(t *testing.T) {
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3 to compare with")
	}
	if testing.Short() {
		t.Skip("measures for a few seconds")
	}
	inCell(t)
	const iters = 20
	type figures struct {
		min, mean time.Duration
		n         int
	}
	goFig := map[string]figures{}
	// measure adds n runs of op to the figures of key.
	measure := func(key string, n int, op func() error) {
		for i := 0; i < n; i++ {
			t0 := time.Now()
			if err := op(); err != nil {
				t.Fatal(err)
			}
			d := time.Since(t0)
			f := goFig[key]
			if f.n == 0 || d < f.min {
				f.min = d
			}
			f.mean = (f.mean*time.Duration(f.n) + d) / time.Duration(f.n+1)
			f.n++
			goFig[key] = f
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")

	q := queues.NewQueue(0)
	var ps []*Process
	measure("start", iters, func() error {
		p, err := startToRunning(q)
		ps = append(ps, p)
		return err
	})
	for _, p := range ps {
		p.Join()
	}

	pool := NewPool(2)
	items := tenThousand()
	pool.Map(square, items) // warm up
	measure("map10k", iters, func() error { _, err := pool.Map(square, items); return err })
	pool.Terminate()

	// The CPU-bound work in rounds that alternate pools of 1 and 2 workers
	// with the same work in goroutines of this process (what the machine
	// gives at the moment: others may be using it).
	pools := map[int]*Pool{1: NewPool(1), 2: NewPool(2)}
	for _, pool := range pools {
		pool.Map(square, []int{1, 2, 3, 4}) // warm up
	}
	for round := 0; round < max(2, iters/4); round++ {
		for _, workers := range []int{1, 2} {
			measure(fmt.Sprint("fib", workers), 1, func() error { _, err := pools[workers].Map(fib, fibItems(goFib)); return err })
			measure(fmt.Sprint("threads", workers), 1, func() error {
				var wg sync.WaitGroup
				for w := 0; w < workers; w++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for i := w; i < cpuItems; i += workers {
							fib(goFib)
						}
					}()
				}
				wg.Wait()
				return nil
			})
		}
	}
	for _, pool := range pools {
		pool.Terminate()
	}

	out, err := exec.Command("/usr/bin/python3", "testdata/bench_mp.py", "report", strconv.Itoa(iters), strconv.Itoa(pythonFib)).CombinedOutput()
	if err != nil {
		t.Skipf("python3 multiprocessing failed: %v\n%s", err, out)
	}
	pyFig := map[string]figures{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var mode string
		var least, mean int64
		if _, err := fmt.Sscanf(line, "%s min_ns %d mean_ns %d", &mode, &least, &mean); err == nil {
			pyFig[mode] = figures{time.Duration(least), time.Duration(mean), 1}
		}
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/1e6) }
	ratio := func(a, b time.Duration) string { return fmt.Sprintf("%.2f", float64(a)/float64(b)) }
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d CPUs, load average %s", runtime.NumCPU(), load)
	fmt.Fprintf(&b, "%-38s | %8s %8s %9s | %8s %8s %9s\n", "one operation, ms", "Go min", "Py min", "Go/Py", "Go mean", "Py mean", "Go/Py")
	row := func(what, key string) {
		g, p := goFig[key], pyFig[key]
		fmt.Fprintf(&b, "%-38s | %8s %8s %9s | %8s %8s %9s\n", what, ms(g.min), ms(p.min), ratio(g.min, p.min), ms(g.mean), ms(p.mean), ratio(g.mean, p.mean))
	}
	row("Process start -> target running", "start")
	row("Pool(2).Map, 10,000 squares", "map10k")
	row(fmt.Sprintf("8 x fib(Go %d, Py %d), 1 worker", goFib, pythonFib), "fib1")
	row("  the same, 2 workers", "fib2")
	speedup := func(f map[string]figures, min bool) string {
		if min {
			return fmt.Sprintf("%.2fx", float64(f["fib1"].min)/float64(f["fib2"].min))
		}
		return fmt.Sprintf("%.2fx", float64(f["fib1"].mean)/float64(f["fib2"].mean))
	}
	fmt.Fprintf(&b, "%-38s | %8s %8s %9s | %8s %8s\n", "  speedup of 2 workers over 1", speedup(goFig, true), speedup(pyFig, true), "", speedup(goFig, false), speedup(pyFig, false))
	fmt.Fprintf(&b, "%-38s | %8s %8s %9s | %8s\n", "  in goroutines of one process", fmt.Sprintf("%.2fx", float64(goFig["threads1"].min)/float64(goFig["threads2"].min)), "", "",
		fmt.Sprintf("%.2fx", float64(goFig["threads1"].mean)/float64(goFig["threads2"].mean)))
	t.Log(b.String())
}

// runPython runs the Python counterpart for b.N iterations and reports
// the time per operation it measured itself.
func runPython(b *testing.B, mode string, extra ...string) {
	args := append([]string{"testdata/bench_mp.py", mode, strconv.Itoa(b.N)}, extra...)
	out, err := exec.Command("/usr/bin/python3", args...).CombinedOutput()
	if err != nil {
		b.Skipf("python3 multiprocessing benchmark failed: %v\n%s", err, out)
	}
	i := bytes.LastIndex(out, []byte("ns_per_op "))
	if i < 0 {
		b.Fatalf("no ns_per_op in python output:\n%s", out)
	}
	var ns float64
	if _, err := fmt.Sscan(string(out[i+len("ns_per_op "):]), &ns); err != nil {
		b.Fatalf("bad python output %q: %v", out, err)
	}
	b.ReportMetric(ns, "ns/op")
}
