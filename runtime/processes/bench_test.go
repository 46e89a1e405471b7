package processes

import (
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"testing"

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

func init() { Register("signalBack", signalBack) }

// BenchmarkProcessStart: from Start to the target running (it signals
// back through a queue).
func BenchmarkProcessStart(b *testing.B) {
	b.Run("go", func(b *testing.B) {
		q := queues.NewQueue(0)
		var ps []*Process
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			p, err := Start(signalBack, q)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := q.Get(); err != nil {
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
		items := make([]int, 10000)
		for i := range items {
			items[i] = i
		}
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
