package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// Ballot as recorded by the scanner (CVR) and as read by a human auditor.
type Ballot struct {
	ID      int
	Scanned string
	Actual  string
}

func (b Ballot) Mismatch() bool { return b.Scanned != b.Actual }

// makeElection builds a deterministic pile of ballots with a few scanner errors.
func makeElection(r *rand.Rand, n int) []Ballot {
	out := make([]Ballot, n)
	for i := range out {
		choice := "Ruiz"
		if r.Float64() < 0.46 {
			choice = "Shah"
		}
		scanned := choice
		if r.IntN(100) == 0 {
			scanned = "Ruiz" // scanner misread
		}
		out[i] = Ballot{ID: 10000 + i, Scanned: scanned, Actual: choice}
	}
	return out
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	ballots := makeElection(r, 5000)

	reported := map[string]int{}
	actual := map[string]int{}
	for _, b := range ballots {
		reported[b.Scanned]++
		actual[b.Actual]++
	}
	fmt.Printf("reported: Ruiz=%d Shah=%d\n", reported["Ruiz"], reported["Shah"])
	fmt.Printf("actual  : Ruiz=%d Shah=%d\n", actual["Ruiz"], actual["Shah"])

	// Draw escalating audit samples without replacement.
	perm := r.Perm(len(ballots))
	for _, size := range []int{50, 200, 800} {
		sample := perm[:size]
		mism := 0
		ruiz := 0
		for _, idx := range sample {
			b := ballots[idx]
			if b.Mismatch() {
				mism++
			}
			if b.Actual == "Ruiz" {
				ruiz++
			}
		}
		rate := float64(mism) / float64(size)
		fmt.Printf("sample %4d: mismatches=%2d rate=%.4f ruiz share=%5.1f%%\n",
			size, mism, rate, 100*float64(ruiz)/float64(size))
	}

	first := slices.Clone(perm[:8])
	slices.Sort(first)
	ids := make([]int, len(first))
	for i, idx := range first {
		ids[i] = ballots[idx].ID
	}
	fmt.Println("first ballots pulled (sorted):", ids)

	shuffled := []string{"Ward 1", "Ward 2", "Ward 3", "Ward 4", "Ward 5"}
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	fmt.Println("audit order of wards:", shuffled)
	fmt.Printf("dice roll for tie-break: %d, coin: %t\n", r.IntN(6)+1, r.IntN(2) == 1)
}
