// Lab 9: the cigarette smokers problem with channels and "pusher"
// goroutines. The agent's choices follow a fixed sequence, so the number of
// cigarettes each smoker rolls is deterministic.
package main

import (
	"fmt"
	"sync"
)

type Ingredient int

const (
	Tobacco Ingredient = iota
	Paper
	Matches
)

func (i Ingredient) String() string {
	return [...]string{"tobacco", "paper", "matches"}[i]
}

type table struct {
	mu      sync.Mutex
	present [3]bool
	smokers [3]chan struct{} // smokers[i] holds an infinite supply of ingredient i
}

// push is called when ingredient i lands on the table. If the other missing
// ingredient is already there, the smoker who owns the third one is woken.
func (t *table) push(i Ingredient) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for j := range Ingredient(3) {
		if j != i && t.present[j] {
			t.present[j] = false
			t.smokers[3-i-j] <- struct{}{}
			return
		}
	}
	t.present[i] = true
}

func main() {
	const rounds = 30
	t := &table{}
	for i := range t.smokers {
		t.smokers[i] = make(chan struct{}, 1)
	}
	ingredients := [3]chan struct{}{make(chan struct{}), make(chan struct{}), make(chan struct{})}
	agentWake := make(chan struct{})

	var pushers, smokers sync.WaitGroup
	for i := range Ingredient(3) {
		pushers.Go(func() {
			for range ingredients[i] {
				t.push(i)
			}
		})
	}
	var smoked [3]int
	for i := range 3 {
		smokers.Go(func() {
			for range t.smokers[i] {
				smoked[i]++
				agentWake <- struct{}{}
			}
		})
	}

	var offered [3]int
	seq := uint32(1)
	for range rounds {
		seq = seq*1103515245 + 12345
		missing := Ingredient((seq >> 16) % 3)
		offered[missing]++
		for j := range Ingredient(3) {
			if j != missing {
				ingredients[j] <- struct{}{}
			}
		}
		<-agentWake
	}
	for _, ch := range ingredients {
		close(ch)
	}
	pushers.Wait()
	for _, ch := range t.smokers {
		close(ch)
	}
	smokers.Wait()

	total := 0
	for i := range Ingredient(3) {
		fmt.Printf("smoker with %-8v smoked %2d (agent withheld %v %d times)\n", i, smoked[i], i, offered[i])
		total += smoked[i]
	}
	fmt.Println("total cigarettes:", total, "rounds:", rounds, "ok:", total == rounds && smoked == offered)
}
