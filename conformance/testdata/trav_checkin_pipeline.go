package main

import (
	"fmt"
	"strings"
)

type Passenger struct {
	ID       int
	Name     string
	BagKg    float64
	Verified bool
	Gate     string
}

// generate emits passengers in order on an unbuffered channel.
func generate(names []string, weights []float64) <-chan Passenger {
	out := make(chan Passenger)
	go func() {
		defer close(out)
		for i, n := range names {
			out <- Passenger{ID: i + 1, Name: n, BagKg: weights[i]}
		}
	}()
	return out
}

// verify checks passports; names containing a digit fail.
func verify(in <-chan Passenger) <-chan Passenger {
	out := make(chan Passenger)
	go func() {
		defer close(out)
		for p := range in {
			p.Verified = !strings.ContainsAny(p.Name, "0123456789")
			out <- p
		}
	}()
	return out
}

// assignGate sends heavy-bag passengers to the oversize desk first.
func assignGate(in <-chan Passenger) <-chan Passenger {
	out := make(chan Passenger)
	go func() {
		defer close(out)
		for p := range in {
			switch {
			case !p.Verified:
				p.Gate = "-"
			case p.BagKg > 23:
				p.Gate = "B12 (oversize desk)"
			default:
				p.Gate = fmt.Sprintf("B%d", 10+p.ID%3)
			}
			out <- p
		}
	}()
	return out
}

func main() {
	names := []string{"Ingrid", "Rafael", "B0b", "Sunita", "Yusuf", "Chloé", "Kenji"}
	weights := []float64{18.2, 24.9, 12, 22.95, 30.1, 7.5, 23}

	done := make(chan struct{})
	summary := make(chan string, 1)
	stages := assignGate(verify(generate(names, weights)))

	go func() {
		var ok, refused int
		var total float64
		for p := range stages {
			status := "OK"
			if !p.Verified {
				status = "REFUSED"
				refused++
			} else {
				ok++
				total += p.BagKg
			}
			fmt.Printf("#%d %-7s %5.2f kg  %-8s gate %s\n", p.ID, p.Name, p.BagKg, status, p.Gate)
		}
		summary <- fmt.Sprintf("checked in %d, refused %d, hold load %.2f kg", ok, refused, total)
		close(done)
	}()

	<-done
	fmt.Println(<-summary)
}
