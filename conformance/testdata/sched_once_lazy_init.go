package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// SyscallTable is expensive to build, so it is created lazily exactly once.
type SyscallTable struct {
	once    sync.Once
	numbers map[string]int
	builds  atomic.Int32
}

func (t *SyscallTable) init() {
	t.builds.Add(1)
	names := []string{"read", "write", "open", "close", "stat", "fstat", "lstat", "poll", "lseek", "mmap"}
	t.numbers = make(map[string]int, len(names))
	for i, n := range names {
		t.numbers[n] = i
	}
}

func (t *SyscallTable) Lookup(name string) (int, bool) {
	t.once.Do(t.init)
	n, ok := t.numbers[name]
	return n, ok
}

var errNoDevice = errors.New("device not present")

func main() {
	table := &SyscallTable{}
	queries := []string{"open", "mmap", "fork", "read", "poll", "close", "clone", "stat"}

	type answer struct {
		name string
		num  int
		ok   bool
	}
	answers := make([]answer, len(queries))
	var wg sync.WaitGroup
	for i, q := range queries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, ok := table.Lookup(q)
			answers[i] = answer{q, n, ok}
		}()
	}
	wg.Wait()

	sort.Slice(answers, func(i, j int) bool { return answers[i].name < answers[j].name })
	for _, a := range answers {
		if a.ok {
			fmt.Printf("%-6s -> syscall %2d\n", a.name, a.num)
		} else {
			fmt.Printf("%-6s -> unknown\n", a.name)
		}
	}
	fmt.Printf("table built %d time(s) for %d lookups\n", table.builds.Load(), len(queries))

	// sync.OnceValue caches a computed value for all callers.
	var calls atomic.Int32
	pageSize := sync.OnceValue(func() int {
		calls.Add(1)
		return 1 << 12
	})
	sizes := make([]int, 6)
	for i := range sizes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sizes[i] = pageSize() * (i + 1)
		}()
	}
	wg.Wait()
	fmt.Println("buffer sizes:", sizes, "computed", calls.Load(), "time(s)")

	// sync.OnceValues also remembers an error: probing a device only happens once.
	var probes int
	probe := sync.OnceValues(func() (string, error) {
		probes++
		return "", errNoDevice
	})
	for attempt := 1; attempt <= 3; attempt++ {
		if _, err := probe(); err != nil {
			fmt.Printf("attempt %d: %v (is errNoDevice: %v)\n", attempt, err, errors.Is(err, errNoDevice))
		}
	}
	fmt.Println("device probed", probes, "time(s)")
}
