package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
)

type Ticket int

const (
	Adult Ticket = iota
	Child
	Senior
	Member
)

func (t Ticket) String() string {
	return [...]string{"adult", "child", "senior", "member"}[t]
}

var prices = map[Ticket]int{Adult: 2400, Child: 1200, Senior: 1800, Member: 0}

func cents(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))

	sold := map[Ticket]int{}
	hourly := make([]int, 8)
	for hour := range hourly {
		arrivals := 20 + rng.IntN(40)
		hourly[hour] = arrivals
		for range arrivals {
			t := Ticket(rng.IntN(4))
			sold[t]++
		}
	}

	fmt.Println("Arrivals per hour from 09:00:")
	for i, n := range hourly {
		fmt.Printf("  %02d:00 %3d %s\n", 9+i, n, bar(n/4))
	}

	revenue := 0
	keys := slices.Sorted(maps.Keys(sold))
	for _, t := range keys {
		r := sold[t] * prices[t]
		revenue += r
		fmt.Printf("%-7v x%3d = %9s\n", t, sold[t], cents(r))
	}
	fmt.Println("Revenue:", cents(revenue))

	peak := slices.Index(hourly, slices.Max(hourly))
	fmt.Printf("Peak hour: %02d:00 with %d visitors\n", 9+peak, hourly[peak])

	backup := maps.Clone(sold)
	clear(sold)
	fmt.Println("after clear:", len(sold), "entries; backup keeps", len(backup))

	shuffled := []string{"lions", "bears", "seals", "owls", "bats"}
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	fmt.Println("Raffle order:", shuffled)
	fmt.Printf("Lucky visitor number: %d\n", rng.IntN(10000))
}

func bar(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '#'
	}
	return string(b)
}
