package processes

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
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
// multiprocessing in one run and prints one table of both; it never fails
// on timing (the machine may be busy), only when the work fails.
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
	mean := func(n int, op func() error) time.Duration {
		t0 := time.Now()
		for i := 0; i < n; i++ {
			if err := op(); err != nil {
				t.Fatal(err)
			}
		}
		return time.Since(t0) / time.Duration(n)
	}
	goNs := map[string]time.Duration{}

	q := queues.NewQueue(0)
	var ps []*Process
	goNs["start"] = mean(iters, func() error {
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
	goNs["map10k"] = mean(iters, func() error { _, err := pool.Map(square, items); return err })
	pool.Terminate()

	for _, workers := range []int{1, 2} {
		pool := NewPool(workers)
		pool.Map(square, []int{1, 2, 3, 4})
		goNs[fmt.Sprint("fib", workers)] = mean(max(2, iters/4), func() error { _, err := pool.Map(fib, fibItems(goFib)); return err })
		pool.Terminate()
	}

	out, err := exec.Command("/usr/bin/python3", "testdata/bench_mp.py", "report", strconv.Itoa(iters), strconv.Itoa(pythonFib)).CombinedOutput()
	if err != nil {
		t.Skipf("python3 multiprocessing failed: %v\n%s", err, out)
	}
	pyNs := map[string]time.Duration{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var mode string
		var ns int64
		if _, err := fmt.Sscanf(line, "%s ns_per_op %d", &mode, &ns); err == nil {
			pyNs[mode] = time.Duration(ns)
		}
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-40s %12s %12s %9s\n", "mean of one operation", "Go", "Python", "Go/Python")
	row := func(what, key string) {
		fmt.Fprintf(&b, "%-40s %12s %12s %9.2f\n", what, ms(goNs[key]), ms(pyNs[key]), float64(goNs[key])/float64(pyNs[key]))
	}
	row("Process start -> target running", "start")
	row("Pool(2).Map, 10,000 squares", "map10k")
	fmt.Fprintf(&b, "%-40s %12s %12s\n", fmt.Sprintf("8 x fib (Go %d, Python %d), 1 worker", goFib, pythonFib), ms(goNs["fib1"]), ms(pyNs["fib1"]))
	fmt.Fprintf(&b, "%-40s %12s %12s\n", "  the same, 2 workers", ms(goNs["fib2"]), ms(pyNs["fib2"]))
	fmt.Fprintf(&b, "%-40s %11.2fx %11.2fx\n", "  speedup of 2 workers over 1", float64(goNs["fib1"])/float64(goNs["fib2"]), float64(pyNs["fib1"])/float64(pyNs["fib2"]))
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
