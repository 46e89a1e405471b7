package main

import (
	"fmt"
	"sort"
	"sync"
)

type Customer struct {
	ID      int
	Arrival int // logical arrival tick
	Service int // ticks of haircut
}

type Outcome struct {
	Customer
	Barber     int
	Start, End int
	TurnedAway bool
}

func (o Outcome) String() string {
	if o.TurnedAway {
		return fmt.Sprintf("customer %2d arrived t=%2d: turned away (no chair)", o.ID, o.Arrival)
	}
	return fmt.Sprintf("customer %2d arrived t=%2d: barber %d cut t=%2d..%2d (waited %d)",
		o.ID, o.Arrival, o.Barber, o.Start, o.End, o.Start-o.Arrival)
}

// simulate runs a discrete-event barbershop: decisions use logical time only,
// then the haircuts themselves are "performed" by barber goroutines.
func simulate(customers []Customer, barbers, chairs int) []Outcome {
	free := make([]int, barbers) // tick when each barber becomes free
	var plan []Outcome
	var queueEnds []int // start times of customers still waiting
	for _, c := range customers {
		waiting := 0
		for _, s := range queueEnds {
			if s > c.Arrival {
				waiting++
			}
		}
		b := 0
		for i := range free {
			if free[i] < free[b] {
				b = i
			}
		}
		start := max(free[b], c.Arrival)
		if start > c.Arrival && waiting >= chairs {
			plan = append(plan, Outcome{Customer: c, TurnedAway: true})
			continue
		}
		free[b] = start + c.Service
		queueEnds = append(queueEnds, start)
		plan = append(plan, Outcome{Customer: c, Barber: b, Start: start, End: free[b]})
	}
	queues := make([]chan *Outcome, barbers)
	var wg sync.WaitGroup
	work := make([]int, barbers)
	for b := range queues {
		queues[b] = make(chan *Outcome, len(plan))
		wg.Go(func() {
			for o := range queues[b] {
				work[b] += o.Service
			}
		})
	}
	for i := range plan {
		if !plan[i].TurnedAway {
			queues[plan[i].Barber] <- &plan[i]
		}
	}
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	fmt.Println("work per barber:", work)
	return plan
}

func main() {
	var cs []Customer
	for i := range 14 {
		cs = append(cs, Customer{ID: i + 1, Arrival: i * 2, Service: 3 + (i*5)%4})
	}
	out := simulate(cs, 2, 1)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	served, away := 0, 0
	for _, o := range out {
		fmt.Println(o)
		if o.TurnedAway {
			away++
		} else {
			served++
		}
	}
	fmt.Printf("served=%d turned away=%d\n", served, away)
}
