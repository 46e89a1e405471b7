package shared_test

import (
	"testing"

	"gokernel/runtime/shared"
)

// BenchmarkLockUncontended is the cost of a shared Lock's Acquire+Release
// (two flock calls) with no contention.
func BenchmarkLockUncontended(b *testing.B) {
	l := shared.NewLock()
	for b.Loop() {
		l.Acquire()
		l.Release()
	}
}

// BenchmarkAddAtomic is the cost of an atomic add on shared memory.
func BenchmarkAddAtomic(b *testing.B) {
	v := shared.NewInt(0)
	for b.Loop() {
		v.AddAtomic(1)
	}
}

// BenchmarkLockedAddParallel adds under the value's lock from several
// goroutines of one process.
func BenchmarkLockedAddParallel(b *testing.B) {
	v := shared.NewInt(0)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			v.Lock()
			v.Add(1)
			v.Unlock()
		}
	})
}
