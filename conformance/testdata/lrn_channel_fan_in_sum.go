package main

import (
	"fmt"
	"slices"
	"sync"
)

type Partial struct {
	Source string
	Sum    int
	Count  int
}

var totalMessages int

func main() {
	sources := map[string][]int{
		"sensorA": {3, 5, 7},
		"sensorB": {10, 20},
		"sensorC": {1, 1, 1, 1, 1},
		"sensorD": {},
	}
	fmt.Println("sources:", sources)

	merged := make(chan Partial)
	var wg sync.WaitGroup
	for name, vals := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for _, v := range vals {
				s += v
			}
			merged <- Partial{Source: name, Sum: s, Count: len(vals)}
		}()
	}

	go func() {
		wg.Wait()
		close(merged)
	}()

	partials := []Partial{}
	for p := range merged {
		partials = append(partials, p)
		totalMessages++
	}
	slices.SortFunc(partials, func(a, b Partial) int {
		if a.Source < b.Source {
			return -1
		}
		if a.Source > b.Source {
			return 1
		}
		return 0
	})
	fmt.Println("messages received:", totalMessages)
	grand, count := 0, 0
	for _, p := range partials {
		fmt.Printf("%+v\n", p)
		grand += p.Sum
		count += p.Count
	}
	fmt.Println("grand total:", grand, "values:", count)
	if count > 0 {
		fmt.Printf("overall mean: %.3f\n", float64(grand)/float64(count))
	}

	sums := map[string]int{}
	for _, p := range partials {
		sums[p.Source] = p.Sum
	}
	fmt.Println("sums map:", sums)

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(done)
		got := 0
		for t := range ticks {
			got += t
		}
		fmt.Println("ticker consumer got total", got)
	}()
	for i := range 5 {
		ticks <- i + 1
	}
	close(ticks)
	<-done
	fmt.Println("done channel closed, value:", struct{}{})
}
