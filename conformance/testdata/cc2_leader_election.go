package main

import (
	"fmt"
	"sync"
)

// Chang-Roberts election on a unidirectional ring: every node sends its id
// clockwise, forwards smaller ids, swallows larger ones, and the node that
// gets its own id back is the leader (the lowest id wins).

type msg struct {
	kind string // "elect" or "leader"
	id   int
}

type result struct {
	leader    int
	forwarded int
	swallowed int
}

func node(id int, in <-chan msg, out chan<- msg, res *result, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- msg{"elect", id}
	for m := range in {
		switch m.kind {
		case "elect":
			switch {
			case m.id < id:
				res.forwarded++
				out <- m
			case m.id > id:
				res.swallowed++
			default:
				res.leader = id
				out <- msg{"leader", id}
			}
		case "leader":
			if m.id == id {
				return // announcement went all the way round
			}
			res.leader = m.id
			out <- m
			return
		}
	}
}

func elect(ids []int) []result {
	n := len(ids)
	links := make([]chan msg, n)
	for i := range links {
		links[i] = make(chan msg, n+1)
	}
	results := make([]result, n)
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go node(id, links[i], links[(i+1)%n], &results[i], &wg)
	}
	wg.Wait()
	return results
}

func report(name string, ids []int) {
	results := elect(ids)
	total := 0
	agree := true
	for _, r := range results {
		total += r.forwarded
		if r.leader != results[0].leader {
			agree = false
		}
	}
	fmt.Printf("%s: ring %v\n", name, ids)
	fmt.Printf("  leader %d, all agree %v, election messages %d\n",
		results[0].leader, agree, total+len(ids))
	for i, r := range results {
		fmt.Printf("  node %2d forwarded %d swallowed %d\n", ids[i], r.forwarded, r.swallowed)
	}
}

func main() {
	report("ascending", []int{1, 2, 3, 4, 5, 6})
	report("descending", []int{6, 5, 4, 3, 2, 1})
	report("mixed", []int{42, 17, 88, 5, 63, 29, 71})
	report("pair", []int{9, 3})
	report("single", []int{7})
}
