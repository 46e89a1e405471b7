package main

import (
	"fmt"
	"sort"
	"sync"
)

// Inventory tracks available copies and is shared by all desks.
type Inventory struct {
	mu     sync.Mutex
	copies map[string]int
	loans  []string
}

func (inv *Inventory) Checkout(desk int, patron, title string) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.copies[title] == 0 {
		return false
	}
	inv.copies[title]--
	inv.loans = append(inv.loans, fmt.Sprintf("%s<-%s", title, patron))
	return true
}

type request struct {
	patron, title string
}

func main() {
	inv := &Inventory{copies: map[string]int{
		"Emma":       2,
		"Persuasion": 1,
		"Ivanhoe":    3,
	}}

	desks := [][]request{
		{{"ana", "Emma"}, {"bo", "Persuasion"}, {"cy", "Ivanhoe"}},
		{{"di", "Emma"}, {"ed", "Emma"}, {"fay", "Ivanhoe"}},
		{{"gus", "Persuasion"}, {"hal", "Ivanhoe"}, {"ivy", "Ivanhoe"}},
	}

	var wg sync.WaitGroup
	denied := make([]int, len(desks))
	for d, queue := range desks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, r := range queue {
				if !inv.Checkout(d, r.patron, r.title) {
					denied[d]++
				}
			}
		}()
	}
	wg.Wait()

	totalDenied := 0
	for _, n := range denied {
		totalDenied += n
	}
	fmt.Println("requests:", 9)
	fmt.Println("loans made:", len(inv.loans))
	fmt.Println("denied:", totalDenied)

	titles := make([]string, 0, len(inv.copies))
	for t := range inv.copies {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	for _, t := range titles {
		fmt.Printf("  %-10s left on shelf: %d\n", t, inv.copies[t])
	}

	perTitle := map[string]int{}
	for _, l := range inv.loans {
		for i := range len(l) {
			if l[i] == '<' {
				perTitle[l[:i]]++
				break
			}
		}
	}
	for _, t := range titles {
		fmt.Printf("  %-10s loaned: %d\n", t, perTitle[t])
	}
}
