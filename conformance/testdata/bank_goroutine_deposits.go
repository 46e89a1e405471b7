package main

import (
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
	count   int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.count++
}

func (a *Account) Snapshot() (int, int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance, a.count
}

type branchResult struct {
	branch string
	total  int
	items  int
}

func main() {
	branches := map[string][]int{
		"north": {120, 45, 300, 80, 15},
		"south": {500, 250},
		"east":  {10, 20, 30, 40, 50, 60, 70},
		"west":  {999, 1},
	}

	acct := &Account{}
	results := make(chan branchResult, len(branches))
	var wg sync.WaitGroup

	for name, deposits := range branches {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for _, d := range deposits {
				acct.Deposit(d)
				sum += d
			}
			results <- branchResult{name, sum, len(deposits)}
		}()
	}

	wg.Wait()
	close(results)

	var all []branchResult
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].branch < all[j].branch })
	for _, r := range all {
		fmt.Printf("%-6s %2d deposits, total %5d\n", r.branch, r.items, r.total)
	}

	bal, n := acct.Snapshot()
	fmt.Printf("account balance %d from %d deposits\n", bal, n)

	// Fan out interest calculations over a worker pool, gather by index.
	principals := []int{1000, 2500, 4000, 12000, 750, 3300}
	interest := make([]int, len(principals))
	jobs := make(chan int)
	var workers sync.WaitGroup
	for range 3 {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for i := range jobs {
				interest[i] = principals[i] * 4 / 100
			}
		}()
	}
	for i := range principals {
		jobs <- i
	}
	close(jobs)
	workers.Wait()

	totalInterest := 0
	for i, p := range principals {
		fmt.Printf("principal %6d -> interest %4d\n", p, interest[i])
		totalInterest += interest[i]
	}
	fmt.Println("total interest:", totalInterest)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("statement printed once") })
	}
}
