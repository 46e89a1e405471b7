// Fan-in: several generator goroutines feed one channel; the merged stream
// arrives in scheduling order, so it is collected and sorted before printing.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sync"
)

type Item struct {
	Source string
	Value  int
}

func (it Item) String() string { return fmt.Sprintf("%d<%s>", it.Value, it.Source) }

type Generator func(yield func(int))

func squares(n int) Generator {
	return func(yield func(int)) {
		for i := 1; i <= n; i++ {
			yield(i * i)
		}
	}
}

func fibonacci(n int) Generator {
	return func(yield func(int)) {
		a, b := 0, 1
		for range n {
			yield(a)
			a, b = b, a+b
		}
	}
}

func multiples(k, n int) Generator {
	return func(yield func(int)) {
		for i := 1; i <= n; i++ {
			yield(k * i)
		}
	}
}

func start(name string, g Generator) <-chan Item {
	ch := make(chan Item)
	go func() {
		defer close(ch)
		g(func(v int) { ch <- Item{name, v} })
	}()
	return ch
}

func merge(inputs ...<-chan Item) <-chan Item {
	out := make(chan Item)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				out <- it
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	merged := merge(
		start("sq", squares(8)),
		start("fib", fibonacci(10)),
		start("x7", multiples(7, 6)),
	)
	var items []Item
	perSource := map[string]int{}
	for it := range merged {
		items = append(items, it)
		perSource[it.Source]++
	}
	slices.SortFunc(items, func(a, b Item) int {
		return cmp.Or(cmp.Compare(a.Value, b.Value), cmp.Compare(a.Source, b.Source))
	})
	fmt.Println("received:", len(items))
	fmt.Println(items)
	for _, src := range slices.Sorted(maps.Keys(perSource)) {
		fmt.Printf("%s sent %d\n", src, perSource[src])
	}
}
