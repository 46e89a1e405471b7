package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Ballot struct {
	ID       int
	Precinct string
	Choice   string
	Spoiled  bool
}

// Box is a ballot box that can be walked with range-over-func.
type Box struct {
	ballots []Ballot
}

func (b *Box) Drop(bl Ballot) { b.ballots = append(b.ballots, bl) }

// All yields every ballot in the order it was dropped.
func (b *Box) All() iter.Seq2[int, Ballot] {
	return func(yield func(int, Ballot) bool) {
		for i, bl := range b.ballots {
			if !yield(i, bl) {
				return
			}
		}
	}
}

// Valid filters out spoiled ballots.
func Valid(seq iter.Seq2[int, Ballot]) iter.Seq[Ballot] {
	return func(yield func(Ballot) bool) {
		for _, bl := range seq {
			if bl.Spoiled {
				continue
			}
			if !yield(bl) {
				return
			}
		}
	}
}

// Take stops a sequence after n items.
func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	box := &Box{}
	choices := []string{"yes", "no", "yes", "abstain", "yes", "no"}
	for i := range 18 {
		box.Drop(Ballot{
			ID:       1000 + i,
			Precinct: fmt.Sprintf("P%d", i%3+1),
			Choice:   choices[i%len(choices)],
			Spoiled:  i%7 == 4,
		})
	}

	fmt.Println("first five valid ballots:")
	for bl := range Take(Valid(box.All()), 5) {
		fmt.Printf("  #%d %s %s\n", bl.ID, bl.Precinct, bl.Choice)
	}

	tally := map[string]int{}
	for bl := range Valid(box.All()) {
		tally[bl.Choice]++
	}
	for _, k := range slices.Sorted(maps.Keys(tally)) {
		fmt.Printf("%-8s %s %d\n", k, strings.Repeat("#", tally[k]), tally[k])
	}

	spoiled := []int{}
	for i, bl := range box.All() {
		if bl.Spoiled {
			spoiled = append(spoiled, i)
		}
	}
	fmt.Println("spoiled positions:", spoiled)

	next, stop := iter.Pull(Valid(box.All()))
	defer stop()
	for range 2 {
		bl, ok := next()
		fmt.Printf("pulled %v ok=%t\n", bl.ID, ok)
	}
	ids := slices.Collect(Take(Valid(box.All()), 3))
	fmt.Printf("collected %d ballots, last id %d\n", len(ids), ids[len(ids)-1].ID)
}
