package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Health uint8

const (
	Susceptible Health = iota
	Infected
	Recovered
)

func (h Health) String() string {
	switch h {
	case Susceptible:
		return "S"
	case Infected:
		return "I"
	case Recovered:
		return "R"
	}
	return "?"
}

type Agent struct {
	State    Health
	DaysSick int
	Infector int
}

type Params struct {
	Population   int
	Contacts     int
	Transmission float64
	SickDays     int
	Seed         uint64
}

type Census map[Health]int

func run(p Params, chart bool) (peakDay, peak int, c Census, days int) {
	rng := rand.New(rand.NewPCG(p.Seed, 99))
	agents := make([]Agent, p.Population)
	for i := range 3 {
		agents[i*p.Population/3].State = Infected
	}
	for day := 0; ; day++ {
		c = Census{}
		for _, a := range agents {
			c[a.State]++
		}
		if c[Infected] > peak {
			peak, peakDay = c[Infected], day
		}
		if chart {
			bar := strings.Repeat("#", c[Infected]*50/p.Population)
			fmt.Printf("day %2d S=%3d I=%3d R=%3d |%s\n", day, c[Susceptible], c[Infected], c[Recovered], bar)
		}
		if c[Infected] == 0 || day == 60 {
			return peakDay, peak, c, day
		}
		var newly []int
		for i := range agents {
			if agents[i].State != Infected {
				continue
			}
			for range p.Contacts {
				j := rng.IntN(p.Population)
				if agents[j].State == Susceptible && rng.Float64() < p.Transmission {
					newly = append(newly, j)
					agents[j].Infector = i
				}
			}
		}
		for i := range agents {
			if agents[i].State == Infected {
				if agents[i].DaysSick++; agents[i].DaysSick >= p.SickDays {
					agents[i].State = Recovered
				}
			}
		}
		for _, j := range newly {
			agents[j].State = Infected
		}
	}
}

func main() {
	base := Params{Population: 300, Contacts: 4, Transmission: 0.12, SickDays: 5, Seed: 2020}
	fmt.Printf("params: %+v\n", base)
	peakDay, peak, final, days := run(base, true)
	fmt.Printf("peak of %d infected on day %d; outbreak over after %d days\n", peak, peakDay, days)
	fmt.Printf("never infected: %d (%.1f%%)\n", final[Susceptible], 100*float64(final[Susceptible])/float64(base.Population))

	fmt.Println("\ntransmission sweep:")
	fmt.Printf("%-6s %-5s %-8s %s\n", "beta", "R0", "peak", "attack rate")
	for _, beta := range []float64{0.02, 0.05, 0.08, 0.15, 0.25} {
		p := base
		p.Transmission = beta
		r0 := beta * float64(p.Contacts*p.SickDays)
		_, pk, fin, _ := run(p, false)
		attack := 100 * float64(p.Population-fin[Susceptible]) / float64(p.Population)
		fmt.Printf("%-6.2f %-5.1f %-8d %5.1f%%\n", beta, r0, pk, attack)
	}
}
