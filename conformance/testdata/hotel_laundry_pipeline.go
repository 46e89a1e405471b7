package main

import (
	"fmt"
	"strings"
)

type Bag struct {
	Room  int
	Items []string
}

type Cleaned struct {
	Room    int
	Pieces  int
	Charge  float64
	Express bool
}

// collect emits bags in a fixed order and closes the channel when done.
func collect(bags []Bag) <-chan Bag {
	out := make(chan Bag)
	go func() {
		defer close(out)
		for _, b := range bags {
			out <- b
		}
	}()
	return out
}

func wash(in <-chan Bag) <-chan Cleaned {
	out := make(chan Cleaned)
	go func() {
		defer close(out)
		for b := range in {
			c := Cleaned{Room: b.Room, Pieces: len(b.Items)}
			for _, item := range b.Items {
				switch {
				case strings.HasPrefix(item, "suit"):
					c.Charge += 14.00
				case item == "shirt":
					c.Charge += 4.50
				default:
					c.Charge += 2.25
				}
				if strings.HasSuffix(item, "!") {
					c.Express = true
				}
			}
			out <- c
		}
	}()
	return out
}

func surcharge(in <-chan Cleaned) <-chan Cleaned {
	out := make(chan Cleaned, 2)
	go func() {
		defer close(out)
		for c := range in {
			if c.Express {
				c.Charge *= 1.5
			}
			out <- c
		}
	}()
	return out
}

func main() {
	bags := []Bag{
		{312, []string{"shirt", "shirt", "socks"}},
		{118, []string{"suit jacket", "suit trousers!"}},
		{505, []string{"dress", "shirt", "scarf", "towel"}},
		{221, nil},
		{309, []string{"shirt!"}},
	}

	var total float64
	var pieces int
	for c := range surcharge(wash(collect(bags))) {
		flag := ""
		if c.Express {
			flag = " (express)"
		}
		fmt.Printf("room %d: %d piece(s) %7.2f%s\n", c.Room, c.Pieces, c.Charge, flag)
		total += c.Charge
		pieces += c.Pieces
	}
	fmt.Printf("total: %d pieces, %.2f\n", pieces, total)

	// A done channel lets the consumer stop the producer early.
	done := make(chan struct{})
	nums := make(chan int)
	go func() {
		defer close(nums)
		for n := 100; ; n++ {
			select {
			case nums <- n:
			case <-done:
				return
			}
		}
	}()
	var tickets []int
	for n := range nums {
		tickets = append(tickets, n)
		if len(tickets) == 4 {
			close(done)
			break
		}
	}
	fmt.Println("laundry tickets issued:", tickets)
}
