// Simulate several dungeon delves concurrently; results are gathered in a fixed order.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

type Party struct {
	ID    int
	Name  string
	HP    int
	Power int
	Rolls []int // pre-rolled d20s, so goroutine scheduling cannot change results
}

type Result struct {
	PartyID int
	Floors  int
	Gold    int
	Fled    bool
}

func delve(p Party) Result {
	res := Result{PartyID: p.ID}
	hp := p.HP
	for i, roll := range p.Rolls {
		floor := i + 1
		danger := 5 + floor*2
		if roll+p.Power >= danger {
			res.Gold += floor * 10
		} else {
			hp -= danger - roll
		}
		if hp <= 10 {
			res.Fled = true
			break
		}
		res.Floors = floor
	}
	return res
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	names := []string{"Iron Owls", "Moss Kin", "Red Lanterns", "Quiet Foxes", "Salt Dogs", "Ember Court"}
	parties := make([]Party, len(names))
	for i, n := range names {
		rolls := make([]int, 10)
		for j := range rolls {
			rolls[j] = r.IntN(20) + 1
		}
		parties[i] = Party{ID: i, Name: n, HP: 40 + 5*i, Power: 3 + i%3, Rolls: rolls}
	}

	results := make([]Result, len(parties))
	var (
		wg        sync.WaitGroup
		mu        sync.Mutex
		totalGold int
	)
	done := make(chan int, len(parties))
	for i, p := range parties {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := delve(p)
			results[i] = res // each goroutine owns its own slot
			mu.Lock()
			totalGold += res.Gold
			mu.Unlock()
			done <- p.ID
		}()
	}
	wg.Wait()
	close(done)

	var finished []int
	for id := range done {
		finished = append(finished, id)
	}
	slices.Sort(finished) // arrival order is nondeterministic, so sort it
	fmt.Println("parties reported:", finished)

	for _, res := range results {
		p := parties[res.PartyID]
		status := "cleared"
		if res.Fled {
			status = "fled"
		}
		fmt.Printf("%-12s hp=%2d pow=%d rolls=%v -> floors %2d gold %3d %s\n",
			p.Name, p.HP, p.Power, p.Rolls, res.Floors, res.Gold, status)
	}
	byStatus := map[bool][]string{}
	for _, res := range results {
		byStatus[res.Fled] = append(byStatus[res.Fled], parties[res.PartyID].Name)
	}
	fmt.Printf("cleared all floors: %q\n", byStatus[false])
	fmt.Printf("fled early:         %q\n", byStatus[true])
	ranked := slices.Clone(results)
	slices.SortStableFunc(ranked, func(a, b Result) int { return b.Gold - a.Gold })
	fmt.Printf("richest: %s with %d gold\n", parties[ranked[0].PartyID].Name, ranked[0].Gold)
	fmt.Printf("total gold: %d\n", totalGold)
}
