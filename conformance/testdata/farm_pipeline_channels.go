package main

import (
	"fmt"
	"strings"
)

type Crate struct {
	ID     int
	Fruit  string
	Weight float64
	Grade  string
}

// pick emits crates straight from the orchard.
func pick(fruits []string) <-chan Crate {
	out := make(chan Crate)
	go func() {
		defer close(out)
		for i, f := range fruits {
			out <- Crate{ID: i + 1, Fruit: f, Weight: 8 + float64(len(f))*0.75}
		}
	}()
	return out
}

// grade assigns a grade based on weight.
func grade(in <-chan Crate) <-chan Crate {
	out := make(chan Crate)
	go func() {
		defer close(out)
		for c := range in {
			switch {
			case c.Weight >= 12:
				c.Grade = "A"
			case c.Weight >= 11:
				c.Grade = "B"
			default:
				c.Grade = "C"
			}
			out <- c
		}
	}()
	return out
}

// label uppercases fruit names for the shipping labels.
func label(in <-chan Crate) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for c := range in {
			out <- fmt.Sprintf("crate %02d %-10s %5.2f kg grade %s",
				c.ID, strings.ToUpper(c.Fruit), c.Weight, c.Grade)
		}
	}()
	return out
}

func main() {
	fruits := []string{"apple", "pear", "plum", "cherry", "apricot", "quince", "fig", "blackberry"}

	// An unbuffered pipeline preserves order from a single producer.
	for line := range label(grade(pick(fruits))) {
		fmt.Println(line)
	}

	// Fan-in with a done channel, counting grades in the main goroutine.
	counts := map[string]int{}
	done := make(chan struct{})
	graded := grade(pick(fruits))
	go func() {
		defer close(done)
		for c := range graded {
			counts[c.Grade]++
		}
	}()
	<-done
	for _, g := range []string{"A", "B", "C"} {
		fmt.Printf("grade %s: %d crates\n", g, counts[g])
	}

	// A buffered channel acts as a loading dock with limited space.
	dock := make(chan int, 3)
	for i := range 3 {
		dock <- i + 100
	}
	fmt.Println("dock length:", len(dock), "capacity:", cap(dock))
	close(dock)
	for id := range dock {
		fmt.Println("loaded pallet", id)
	}
	v, ok := <-dock
	fmt.Println("receive from closed dock:", v, ok)
}
