package main

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
)

type Population struct {
	Size   int
	Freq   float64
	rng    *rand.Rand
	Trace  []float64
	FixGen int
}

func NewPopulation(size int, p0 float64, seed int64) *Population {
	return &Population{Size: size, Freq: p0, rng: rand.New(rand.NewSource(seed)), FixGen: -1}
}

// Step draws the next generation by binomial sampling of 2N alleles.
func (p *Population) Step() {
	n := 2 * p.Size
	count := 0
	for range n {
		if p.rng.Float64() < p.Freq {
			count++
		}
	}
	p.Freq = float64(count) / float64(n)
	p.Trace = append(p.Trace, p.Freq)
}

func (p *Population) Run(gens int) {
	for g := range gens {
		p.Step()
		if p.FixGen < 0 && (p.Freq == 0 || p.Freq == 1) {
			p.FixGen = g + 1
			return
		}
	}
}

func bar(f float64) string {
	w := int(f*30 + 0.5)
	return strings.Repeat("#", w) + strings.Repeat(".", 30-w)
}

type Summary struct {
	Seed    int64
	Final   float64
	FixedAt int
	Outcome string
	MaxFreq float64
}

func main() {
	p := NewPopulation(20, 0.5, 42)
	p.Run(25)
	fmt.Println("single replicate N=20, p0=0.5, seed=42")
	for g, f := range p.Trace {
		fmt.Printf("gen %2d %5.3f %s\n", g+1, f, bar(f))
	}

	const reps = 12
	results := make([]Summary, reps)
	var wg sync.WaitGroup
	for i := range reps {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seed := int64(100 + i)
			pop := NewPopulation(15, 0.3, seed)
			pop.Run(200)
			s := Summary{Seed: seed, Final: pop.Freq, FixedAt: pop.FixGen, Outcome: "segregating"}
			for _, f := range pop.Trace {
				s.MaxFreq = max(s.MaxFreq, f)
			}
			switch pop.Freq {
			case 0:
				s.Outcome = "lost"
			case 1:
				s.Outcome = "fixed"
			}
			results[i] = s
		}(i)
	}
	wg.Wait()
	fmt.Println("replicates N=15 p0=0.3:")
	tally := map[string]int{}
	for _, r := range results {
		fmt.Printf("  %+v\n", r)
		tally[r.Outcome]++
	}
	fmt.Printf("lost=%d fixed=%d segregating=%d\n", tally["lost"], tally["fixed"], tally["segregating"])
}
