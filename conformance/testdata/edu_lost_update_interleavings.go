// Lecture 2: why `count++` is not atomic - a model checker in 100 lines.
//
// Instead of running a racy program (whose output would be random), we model
// each thread as the machine instructions LOAD, ADD, STORE and enumerate
// *every* possible interleaving. Counting the final values shows exactly how
// often updates are lost. Then we model the fixed version, where a lock makes
// the three instructions one indivisible step.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Op int

const (
	Load Op = iota
	Add
	Store
	Atomic // LOAD+ADD+STORE under a lock
)

func (o Op) String() string { return [...]string{"LOAD", "ADD", "STORE", "LOCKED++"}[o] }

type Thread struct {
	prog []Op
	pc   int
	reg  int
}

// explore runs all interleavings depth-first, recording the final counter.
func explore(threads []Thread, shared int, trace []string, outcomes map[int]int, example map[int]string) {
	progressed := false
	for i := range threads {
		t := threads[i]
		if t.pc == len(t.prog) {
			continue
		}
		progressed = true
		next := make([]Thread, len(threads))
		copy(next, threads)
		s := shared
		switch t.prog[t.pc] {
		case Load:
			next[i].reg = s
		case Add:
			next[i].reg++
		case Store:
			s = next[i].reg
		case Atomic:
			s++
		}
		next[i].pc++
		step := fmt.Sprintf("T%d:%v", i, t.prog[t.pc])
		explore(next, s, append(trace, step), outcomes, example)
	}
	if !progressed {
		outcomes[shared]++
		if _, ok := example[shared]; !ok {
			example[shared] = strings.Join(trace, " ")
		}
	}
}

func report(title string, prog []Op, nthreads int) {
	threads := make([]Thread, nthreads)
	for i := range threads {
		threads[i] = Thread{prog: prog}
	}
	outcomes, example := map[int]int{}, map[int]string{}
	explore(threads, 0, nil, outcomes, example)

	keys := make([]int, 0, len(outcomes))
	total := 0
	for k, n := range outcomes {
		keys = append(keys, k)
		total += n
	}
	sort.Ints(keys) // never print a map in iteration order
	fmt.Printf("%s, %d threads: %d interleavings\n", title, nthreads, total)
	for _, k := range keys {
		fmt.Printf("  final=%d  %4d times (%5.1f%%)\n", k, outcomes[k], 100*float64(outcomes[k])/float64(total))
		if nthreads == 2 {
			fmt.Printf("           e.g. %s\n", example[k])
		}
	}
}

func main() {
	racy := []Op{Load, Add, Store}
	fixed := []Op{Atomic}
	report("racy count++", racy, 2)
	report("racy count++", racy, 3)
	report("locked count++", fixed, 2)
	report("locked count++", fixed, 3)

	// The real fix in Go, with real goroutines: only the fixed result is shown.
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 3; g++ {
		wg.Go(func() {
			for i := 0; i < 10000; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("goroutines with mutex: count =", count)
}
