package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

type Car struct {
	ID      int
	Arrive  int // minute of day
	Stay    time.Duration
	SpotIdx int
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	const spots = 6
	occupied := make([]int, spots) // minute the spot becomes free again
	var parked, turnedAway int
	var cars []Car

	minute := 8 * 60
	for id := 1; id <= 14; id++ {
		minute += r.IntN(25)
		stay := time.Duration(30+r.IntN(180)) * time.Minute
		spot := -1
		for i, freeAt := range occupied {
			if freeAt <= minute {
				spot = i
				break
			}
		}
		if spot < 0 {
			turnedAway++
			fmt.Printf("%02d:%02d car %2d turned away\n", minute/60, minute%60, id)
			continue
		}
		occupied[spot] = minute + int(stay.Minutes())
		parked++
		cars = append(cars, Car{id, minute, stay, spot})
		fmt.Printf("%02d:%02d car %2d -> spot %d for %v\n", minute/60, minute%60, id, spot, stay)
	}

	fmt.Printf("parked=%d turned away=%d\n", parked, turnedAway)

	var totalStay time.Duration
	for _, c := range cars {
		totalStay += c.Stay
	}
	avg := totalStay / time.Duration(len(cars))
	fmt.Println("average stay:", avg.Round(time.Minute))

	// Bar chart of how often each spot was used.
	use := make([]int, spots)
	for _, c := range cars {
		use[c.SpotIdx]++
	}
	for i, n := range use {
		fmt.Printf("spot %d |%-6s| %d\n", i, strings.Repeat("#", n), n)
	}

	perm := r.Perm(5)
	fmt.Println("patrol order:", perm)
	fmt.Printf("random fee multiplier: %.3f\n", 1+r.Float64()/2)
	names := []string{"north", "south", "east", "west"}
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	fmt.Println("gate maintenance order:", names)
}
