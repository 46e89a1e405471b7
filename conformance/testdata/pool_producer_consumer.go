package main

import (
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID       int
	Producer string
	Qty      int
}

type Tally struct {
	mu     sync.Mutex
	byProd map[string]int
	ids    []int
}

func (t *Tally) Add(o Order) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.byProd[o.Producer] += o.Qty
	t.ids = append(t.ids, o.ID)
}

func producer(name string, base, count int, queue chan<- Order, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range count {
		queue <- Order{ID: base + i, Producer: name, Qty: (base+i)%5 + 1}
	}
}

func consumer(queue <-chan Order, tally *Tally, handled *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range queue {
		tally.Add(o)
		*handled++
	}
}

func main() {
	queue := make(chan Order, 4) // small bounded buffer
	tally := &Tally{byProd: map[string]int{}}

	var prodWG, consWG sync.WaitGroup
	producers := []struct {
		name        string
		base, count int
	}{
		{"north", 100, 12},
		{"south", 200, 8},
		{"east", 300, 15},
	}
	for _, p := range producers {
		prodWG.Add(1)
		go producer(p.name, p.base, p.count, queue, &prodWG)
	}

	handled := make([]int, 3)
	for c := range handled {
		consWG.Add(1)
		go consumer(queue, tally, &handled[c], &consWG)
	}

	prodWG.Wait()
	close(queue) // no more orders; consumers drain and exit
	consWG.Wait()

	names := make([]string, 0, len(tally.byProd))
	for n := range tally.byProd {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("quantity per producer:")
	for _, n := range names {
		fmt.Printf("  %-6s %3d\n", n, tally.byProd[n])
	}

	sort.Ints(tally.ids)
	fmt.Println("orders processed:", len(tally.ids))
	fmt.Println("first five ids:", tally.ids[:5])
	fmt.Println("last five ids:", tally.ids[len(tally.ids)-5:])

	total := 0
	for _, h := range handled {
		total += h
	}
	fmt.Println("consumer handled total:", total)
}
