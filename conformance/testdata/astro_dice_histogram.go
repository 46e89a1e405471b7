package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

const rolls = 36000

// expected returns the exact probability of each total for two six-sided dice.
func expected() map[int]float64 {
	p := make(map[int]float64)
	for a := 1; a <= 6; a++ {
		for b := 1; b <= 6; b++ {
			p[a+b] += 1.0 / 36
		}
	}
	return p
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var counts [13]int
	for range rolls {
		d1 := rng.IntN(6) + 1
		d2 := rng.IntN(6) + 1
		counts[d1+d2]++
	}

	probs := expected()
	maxCount := 0
	for _, c := range counts {
		maxCount = max(maxCount, c)
	}

	fmt.Printf("%d rolls of two dice\n", rolls)
	fmt.Printf("%3s %6s %8s  %s\n", "sum", "count", "expect", "histogram")
	chi2 := 0.0
	total := 0
	for sum := 2; sum <= 12; sum++ {
		c := counts[sum]
		e := probs[sum] * rolls
		chi2 += (float64(c) - e) * (float64(c) - e) / e
		total += sum * c
		bar := strings.Repeat("#", c*50/maxCount)
		fmt.Printf("%3d %6d %8.1f  %s\n", sum, c, e, bar)
	}
	fmt.Printf("sample mean %.4f (theory 7)\n", float64(total)/rolls)
	fmt.Printf("chi-squared = %.3f with 10 degrees of freedom\n", chi2)
	// 5% critical value for 10 dof is 18.307
	if chi2 < 18.307 {
		fmt.Println("consistent with fair dice at the 5% level")
	} else {
		fmt.Println("dice look suspicious at the 5% level")
	}

	// A few individual rolls from a fresh generator with the same seed.
	again := rand.New(rand.NewPCG(1, 2))
	var first []string
	for range 10 {
		first = append(first, fmt.Sprint(again.IntN(6)+1))
	}
	fmt.Println("first ten dice:", strings.Join(first, " "))
}
