package main

import (
	"fmt"
	"slices"
	"sort"
	"sync"
)

type Task struct {
	ID   int
	Name string
}

func main() {
	// Since Go 1.22 each iteration has its own copy of the loop variable.
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- three-clause loop closures")

	var printers []func() string
	for _, name := range []string{"ann", "ben", "cid"} {
		printers = append(printers, func() string { return "hi " + name })
	}
	for _, p := range printers {
		fmt.Println(p())
	}

	// Pointers to the loop variable are distinct per iteration.
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println("distinct pointers:", ptrs[0] != ptrs[1], "values:", *ptrs[0], *ptrs[1], *ptrs[2])

	// Changes made in the body carry over into the next iteration's copy.
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		defer func() { fmt.Println("deferred sees", i) }()
		if i > 6 {
			break
		}
	}

	tasks := []Task{{1, "parse"}, {2, "check"}, {3, "compile"}, {4, "link"}}
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		results = map[int]string{}
	)
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			results[t.ID] = fmt.Sprintf("%s done", t.Name)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	counters := make([]func() int, 3)
	for i := range counters {
		count := i * 100
		counters[i] = func() int { count++; return count }
	}
	for range 2 {
		for _, c := range counters {
			fmt.Print(c(), " ")
		}
	}
	fmt.Println("<- independent counters")

	out := make(chan string, len(tasks))
	for i, t := range tasks {
		go func() { out <- fmt.Sprintf("%d:%s", i, t.Name) }()
	}
	var got []string
	for range tasks {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(got)

	byLen := map[int][]func() string{}
	for _, w := range []string{"go", "rust", "zig", "java", "c"} {
		byLen[len(w)] = append(byLen[len(w)], func() string { return w })
	}
	lens := make([]int, 0, len(byLen))
	for k := range byLen {
		lens = append(lens, k)
	}
	slices.Sort(lens)
	for _, l := range lens {
		var ws []string
		for _, f := range byLen[l] {
			ws = append(ws, f())
		}
		fmt.Printf("len %d: %v\n", l, ws)
	}
}
