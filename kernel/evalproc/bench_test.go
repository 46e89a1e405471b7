package evalproc

import (
	"context"
	"sync/atomic"
	"testing"
)

// BenchmarkExecuteTrivial is the round trip of a cell through the
// supervisor, the evaluator process and yaegi: `1+1`.
func BenchmarkExecuteTrivial(b *testing.B) {
	s, _ := start(b)
	ctx := context.Background()
	for b.Loop() {
		rep, err := s.Execute(ctx, ExecRequest{Cell: "bench", Code: "1+1"}, nil)
		if err != nil || rep.Status != "ok" {
			b.Fatalf("%v %+v", err, rep.Error)
		}
	}
}

// BenchmarkPrint100k prints 100,000 lines in a cell; it reports the
// OnOutput calls per cell (coalescing) and the bytes per second.
func BenchmarkPrint100k(b *testing.B) {
	var calls, bytes atomic.Int64
	s, _ := start(b, func(o *Options) {
		o.OnOutput = func(o Output) { calls.Add(1); bytes.Add(int64(len(o.Text))) }
	})
	imports(b, s, "fmt")
	ctx := context.Background()
	calls.Store(0)
	bytes.Store(0)
	n := 0
	for b.Loop() {
		rep, err := s.Execute(ctx, ExecRequest{Cell: "bench", Code: `for i := 0; i < 100000; i++ { fmt.Println(i) }`}, nil)
		if err != nil || rep.Status != "ok" {
			b.Fatalf("%v %+v", err, rep.Error)
		}
		n++
	}
	b.SetBytes(bytes.Load() / int64(n))
	b.ReportMetric(float64(calls.Load())/float64(n), "outputs/cell")
}
