package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// Dist is an exact probability distribution over integer outcomes.
type Dist map[int]float64

func Die(sides int) Dist {
	d := Dist{}
	for i := 1; i <= sides; i++ {
		d[i] = 1 / float64(sides)
	}
	return d
}

// Plus convolves two independent distributions (in a fixed order, so float sums are reproducible).
func (a Dist) Plus(b Dist) Dist {
	out := Dist{}
	alo, ahi := a.Bounds()
	blo, bhi := b.Bounds()
	for x := alo; x <= ahi; x++ {
		for y := blo; y <= bhi; y++ {
			out[x+y] += a[x] * b[y]
		}
	}
	return out
}

func (a Dist) Bounds() (lo, hi int) {
	lo, hi = math.MaxInt, math.MinInt
	for x := range a {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func (a Dist) Mean() float64 {
	m := 0.0
	lo, hi := a.Bounds()
	for x := lo; x <= hi; x++ {
		m += float64(x) * a[x]
	}
	return m
}

func (a Dist) StdDev() float64 {
	mu, v := a.Mean(), 0.0
	lo, hi := a.Bounds()
	for x := lo; x <= hi; x++ {
		v += (float64(x) - mu) * (float64(x) - mu) * a[x]
	}
	return math.Sqrt(v)
}

type Roller struct{ rng *rand.Rand }

func (r Roller) Roll(n, sides int) int {
	total := 0
	for range n {
		total += 1 + r.rng.IntN(sides)
	}
	return total
}

func main() {
	roller := Roller{rand.New(rand.NewPCG(6, 6))}
	const trials = 3600
	counts := make([]int, 13)
	for range trials {
		counts[roller.Roll(2, 6)]++
	}
	exact := Die(6).Plus(Die(6))
	fmt.Println("2d6 over 3600 rolls")
	fmt.Println("sum  count  observed  expected")
	for s := 2; s <= 12; s++ {
		obs := 100 * float64(counts[s]) / trials
		fmt.Printf("%3d  %5d  %7.2f%%  %7.2f%%  %s\n", s, counts[s], obs, 100*exact[s], strings.Repeat("*", counts[s]/20))
	}
	chi := 0.0
	for s := 2; s <= 12; s++ {
		e := exact[s] * trials
		chi += (float64(counts[s]) - e) * (float64(counts[s]) - e) / e
	}
	fmt.Printf("chi-squared (10 dof): %.3f\n", chi)

	fmt.Println("\nexact distributions:")
	for _, spec := range []struct{ n, sides int }{{1, 20}, {3, 6}, {4, 4}, {2, 10}} {
		d := Die(spec.sides)
		for i := 1; i < spec.n; i++ {
			d = d.Plus(Die(spec.sides))
		}
		lo, hi := d.Bounds()
		mode := lo
		for x := lo; x <= hi; x++ {
			if d[x] > d[mode]+1e-12 {
				mode = x
			}
		}
		label := fmt.Sprintf("%dd%d", spec.n, spec.sides)
		fmt.Printf("%-5s range %2d..%-2d mean %5.2f sd %4.2f mode %2d (%.2f%%)\n",
			label, lo, hi, d.Mean(), d.StdDev(), mode, 100*d[mode])
	}

	// Advantage: roll 2d20 keep the highest, compare with a plain d20.
	beat := 0
	for range 10000 {
		adv := max(roller.Roll(1, 20), roller.Roll(1, 20))
		if adv >= 15 {
			beat++
		}
	}
	fmt.Printf("\nP(advantage d20 >= 15): simulated %.2f%%, exact %.2f%%\n",
		float64(beat)/100, 100*(1-math.Pow(14.0/20, 2)))
}
