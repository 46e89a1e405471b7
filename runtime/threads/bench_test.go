package threads_test

import (
	"testing"

	"gokernel/runtime/threads"
)

// spin is a compiled CPU-bound loop that the compiler cannot remove.
func spin(n int, out *uint64) {
	x := uint64(1)
	for i := 0; i < n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	*out = x
}

const work = 1 << 24

func cpuThreads(b *testing.B, k int) {
	for b.Loop() {
		res := make([]uint64, k)
		ts := make([]*threads.Thread, k)
		for j := range ts {
			ts[j] = threads.Start(spin, work/k, &res[j])
		}
		for _, t := range ts {
			t.Join()
		}
	}
}

// BenchmarkCPUThreads1 and BenchmarkCPUThreads2 do the same total work on
// 1 and 2 threads: on 2 free cores the second takes about half the time
// (Go threads run in parallel, unlike Python's).
func BenchmarkCPUThreads1(b *testing.B) { cpuThreads(b, 1) }

// BenchmarkCPUThreads2: see BenchmarkCPUThreads1.
func BenchmarkCPUThreads2(b *testing.B) { cpuThreads(b, 2) }

// BenchmarkLockUncontended is the cost of Acquire+Release with no
// contention.
func BenchmarkLockUncontended(b *testing.B) {
	l := threads.NewLock()
	for b.Loop() {
		l.Acquire()
		l.Release()
	}
}

// BenchmarkRLockReentry is the cost of a re-entrant Acquire+Release by
// the holder (it reads the goroutine id).
func BenchmarkRLockReentry(b *testing.B) {
	r := threads.NewRLock()
	r.Acquire()
	for b.Loop() {
		r.Acquire()
		r.Release()
	}
	r.Release()
}
