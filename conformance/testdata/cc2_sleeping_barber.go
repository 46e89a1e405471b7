package main

import (
	"fmt"
	"sync"
)

// Sleeping barber. Customers arrive in waves; each wave arrives while the
// barber is busy (asleep in the back), so the number who find a free chair
// depends only on how many chairs are free, not on goroutine timing.

type customer struct {
	id   int
	done chan struct{}
}

type Shop struct {
	chairs chan customer // the waiting room
	wake   chan int      // "serve up to n customers"
	served chan int      // how many were actually served
}

func (s *Shop) barber() {
	for n := range s.wake {
		count := 0
		for count < n && len(s.chairs) > 0 {
			c := <-s.chairs
			close(c.done) // haircut finished
			count++
		}
		s.served <- count
	}
	close(s.served)
}

// arrive tries to take a chair; it returns false if the room is full.
func (s *Shop) arrive(c customer) bool {
	select {
	case s.chairs <- c:
		return true
	default:
		return false
	}
}

func main() {
	const seats = 4
	shop := &Shop{
		chairs: make(chan customer, seats),
		wake:   make(chan int),
		served: make(chan int),
	}
	go shop.barber()

	waves := []struct{ arrivals, capacity int }{
		{3, 2}, {5, 3}, {1, 1}, {6, 4}, {2, 0}, {7, 5}, {0, 4}, {4, 2},
	}

	var customersWG sync.WaitGroup
	nextID := 0
	totalSeated, totalAway, totalServed := 0, 0, 0
	for i, w := range waves {
		results := make(chan bool, w.arrivals)
		var arrivalsWG sync.WaitGroup
		for j := 0; j < w.arrivals; j++ {
			c := customer{id: nextID, done: make(chan struct{})}
			nextID++
			arrivalsWG.Add(1)
			customersWG.Add(1)
			go func() {
				defer customersWG.Done()
				sat := shop.arrive(c)
				results <- sat
				arrivalsWG.Done()
				if sat {
					<-c.done // wait in the chair until the barber is done
				}
			}()
		}
		arrivalsWG.Wait()
		close(results)
		seated, away := 0, 0
		for sat := range results {
			if sat {
				seated++
			} else {
				away++
			}
		}

		shop.wake <- w.capacity
		served := <-shop.served
		totalSeated += seated
		totalAway += away
		totalServed += served
		fmt.Printf("wave %d: %d arrived, %d seated, %d turned away, %d served, %d still waiting\n",
			i+1, w.arrivals, seated, away, served, len(shop.chairs))
	}

	// Closing time: the barber finishes everyone still waiting.
	shop.wake <- seats
	last := <-shop.served
	totalServed += last
	close(shop.wake)
	customersWG.Wait()
	_, open := <-shop.served

	fmt.Println("served at closing:", last)
	fmt.Println("customers:", nextID)
	fmt.Println("seated:", totalSeated, "turned away:", totalAway)
	fmt.Println("served:", totalServed)
	fmt.Println("everyone seated got a haircut:", totalSeated == totalServed)
	fmt.Println("barber has gone home:", !open)
}
