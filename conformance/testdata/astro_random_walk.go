package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Dist2() int { return p.X*p.X + p.Y*p.Y }

var moves = [4]Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}

// Walk performs a 2D lattice walk and records the squared distance at each step.
func Walk(rng *rand.Rand, steps int) (Point, []int) {
	var p Point
	d2 := make([]int, steps+1)
	for i := 1; i <= steps; i++ {
		m := moves[rng.IntN(4)]
		p.X += m.X
		p.Y += m.Y
		d2[i] = p.Dist2()
	}
	return p, d2
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	const walkers, steps = 2000, 400

	msd := make([]float64, steps+1)
	endpoints := map[int]int{} // distance band -> count
	returned := 0
	for range walkers {
		end, d2 := Walk(rng, steps)
		for i, v := range d2 {
			msd[i] += float64(v)
		}
		for _, v := range d2[1:] {
			if v == 0 {
				returned++
				break
			}
		}
		band := int(math.Sqrt(float64(end.Dist2()))) / 5
		endpoints[band]++
	}

	fmt.Printf("%d walkers, %d steps each\n", walkers, steps)
	fmt.Printf("%6s %10s %10s %8s\n", "step", "<r^2>", "rms", "sqrt(N)")
	for _, n := range []int{1, 10, 25, 50, 100, 200, 400} {
		mean := msd[n] / walkers
		fmt.Printf("%6d %10.2f %10.3f %8.3f\n", n, mean, math.Sqrt(mean), math.Sqrt(float64(n)))
	}
	fmt.Printf("fraction that revisited the origin: %.3f\n", float64(returned)/walkers)

	fmt.Println("final distance from origin:")
	maxBand := 0
	for b := range endpoints {
		maxBand = max(maxBand, b)
	}
	for b := 0; b <= maxBand; b++ {
		c := endpoints[b]
		line := fmt.Sprintf("  %3d-%-3d %4d %s", b*5, b*5+4, c, strings.Repeat("*", c/10))
		fmt.Println(strings.TrimRight(line, " "))
	}

	// A single 1D walk drawn as a little trace.
	pos := 0
	var trace []string
	for range 12 {
		if rng.IntN(2) == 0 {
			pos--
		} else {
			pos++
		}
		trace = append(trace, fmt.Sprintf("%+d", pos))
	}
	fmt.Println("1D walk:", strings.Join(trace, " "))
}
