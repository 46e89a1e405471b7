package main

import (
	"fmt"
	"math/rand/v2"
)

type Customer struct {
	ID      int
	Arrival int
	Service int
}

type Teller struct {
	Name     string
	busyTill int
	served   []int
}

func (t *Teller) Free(now int) bool { return now >= t.busyTill }

type Stats struct {
	totalWait int
	maxWait   int
	maxQueue  int
	count     int
}

func (s *Stats) record(wait int) {
	s.totalWait += wait
	s.count++
	s.maxWait = max(s.maxWait, wait)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var customers []Customer
	clock := 0
	for i := 1; i <= 12; i++ {
		clock += rng.IntN(4)
		customers = append(customers, Customer{ID: i, Arrival: clock, Service: 2 + rng.IntN(5)})
	}

	tellers := []*Teller{{Name: "Ann"}, {Name: "Ben"}}
	var queue []Customer
	var st Stats
	next := 0
	for now := 0; next < len(customers) || len(queue) > 0; now++ {
		for next < len(customers) && customers[next].Arrival == now {
			queue = append(queue, customers[next])
			next++
		}
		st.maxQueue = max(st.maxQueue, len(queue))
		for _, t := range tellers {
			if len(queue) == 0 {
				break
			}
			if t.Free(now) {
				c := queue[0]
				queue = queue[1:]
				wait := now - c.Arrival
				st.record(wait)
				t.busyTill = now + c.Service
				t.served = append(t.served, c.ID)
				fmt.Printf("t=%2d %s serves #%-2d (arrived %2d, waited %d, takes %d)\n", now, t.Name, c.ID, c.Arrival, wait, c.Service)
			}
		}
	}
	for _, t := range tellers {
		fmt.Printf("%-4s served %v, done at %d\n", t.Name, t.served, t.busyTill)
	}
	fmt.Printf("customers=%d avg wait=%.2f max wait=%d max queue=%d\n",
		st.count, float64(st.totalWait)/float64(st.count), st.maxWait, st.maxQueue)
}
