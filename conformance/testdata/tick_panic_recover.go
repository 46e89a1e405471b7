package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Ticket struct {
	ID    int
	Seats []string
	Price float64
}

// mustSeat panics when the index is invalid, like a careless helper might.
func mustSeat(t *Ticket, i int) string {
	return t.Seats[i]
}

func safeProcess(t *Ticket, seatIdx int) (seat string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ticket %d: recovered: %v", t.ID, r)
		}
	}()
	if t.Price < 0 {
		panic(errors.New("negative price"))
	}
	return mustSeat(t, seatIdx), nil
}

func releaseLocks(names ...string) {
	for _, n := range names {
		defer fmt.Println("  release", n)
	}
	fmt.Println("  releasing in reverse order:")
}

func countdown() (result int) {
	defer func() { result *= 10 }()
	for i := range 3 {
		defer func() { result += i }()
	}
	return 1
}

func main() {
	tickets := []struct {
		t   *Ticket
		idx int
	}{
		{&Ticket{ID: 1, Seats: []string{"A1", "A2"}, Price: 30}, 1},
		{&Ticket{ID: 2, Seats: []string{"B7"}, Price: 30}, 3},
		{&Ticket{ID: 3, Seats: []string{"C2"}, Price: -5}, 0},
		{&Ticket{ID: 4, Seats: []string{"D4", "D5", "D6"}, Price: 45}, 2},
	}
	for _, c := range tickets {
		seat, err := safeProcess(c.t, c.idx)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("ticket %d -> seat %s\n", c.t.ID, seat)
	}

	releaseLocks("seat-map", "inventory", "payment")
	fmt.Println("countdown result:", countdown())

	func() {
		defer func() {
			r := recover()
			if re, ok := r.(runtime.Error); ok {
				fmt.Println("recovered runtime error:", re.Error())
			}
		}()
		var m map[string]int
		m["refunds"]++
	}()
	fmt.Println("program continues normally")
}
