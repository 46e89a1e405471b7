package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Volume struct {
	CallNo float64
	Title  string
}

func (v Volume) String() string { return fmt.Sprintf("%06.2f %s", v.CallNo, v.Title) }

// insertionSort mimics how a page puts a cart of books back in order,
// counting how many moves it takes.
func insertionSort(vs []Volume) int {
	moves := 0
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && vs[j].CallNo < vs[j-1].CallNo; j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
			moves++
		}
	}
	return moves
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))

	shelf := []Volume{
		{5.133, "Go Programming"},
		{16.5, "Data Science"},
		{150.1, "Psychology Today"},
		{332.6, "Investing"},
		{509.2, "History of Science"},
		{641.5, "Baking"},
		{796.3, "Soccer Tactics"},
		{823.9, "Mystery Anthology"},
	}
	cart := slices.Clone(shelf)
	r.Shuffle(len(cart), func(i, j int) { cart[i], cart[j] = cart[j], cart[i] })

	fmt.Println("returned cart (shuffled):")
	for _, v := range cart {
		fmt.Println("  ", v)
	}
	moves := insertionSort(cart)
	fmt.Println("moves needed to reshelve:", moves)
	fmt.Println("back in order:", slices.Equal(cart, shelf))

	fmt.Println("random spot checks:")
	for range 4 {
		v := shelf[r.IntN(len(shelf))]
		fmt.Printf("  check %-20q at %v\n", v.Title, v.CallNo)
	}

	var hist [5]int
	for range 1000 {
		hist[r.IntN(5)]++
	}
	for day, n := range hist {
		fmt.Printf("day %d visits %4d %s\n", day+1, n, strings.Repeat("#", n/20))
	}
	fmt.Printf("random float: %.4f\n", r.Float64())
	fmt.Println("permutation:", r.Perm(6))
}
