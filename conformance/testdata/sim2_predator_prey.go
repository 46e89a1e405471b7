package main

import (
	"fmt"
	"strings"
)

// Params holds Lotka-Volterra coefficients scaled by 1000 so that all
// arithmetic stays in integers.
type Params struct {
	preyBirth     int // per mille growth of prey per step
	predation     int // per million: prey eaten per predator-prey encounter
	predatorGain  int // per million: predators born per encounter
	predatorDeath int // per mille death rate of predators
	capacity      int // carrying capacity of prey
}

type Population struct {
	Prey, Predators int
}

func (p Population) String() string {
	return fmt.Sprintf("prey=%5d predators=%4d", p.Prey, p.Predators)
}

func (pr Params) Step(p Population) Population {
	encounters := int64(p.Prey) * int64(p.Predators)
	growth := p.Prey * pr.preyBirth / 1000
	crowding := int(int64(growth) * int64(p.Prey) / int64(pr.capacity))
	eaten := int(encounters * int64(pr.predation) / 1_000_000)
	born := int(encounters * int64(pr.predatorGain) / 1_000_000)
	died := p.Predators * pr.predatorDeath / 1000
	next := Population{
		Prey:      p.Prey + growth - crowding - eaten,
		Predators: p.Predators + born - died,
	}
	next.Prey = max(next.Prey, 0)
	next.Predators = max(next.Predators, 0)
	return next
}

func bar(n, scale int, ch string) string {
	return strings.Repeat(ch, n/scale)
}

func main() {
	params := Params{preyBirth: 120, predation: 1500, predatorGain: 300, predatorDeath: 90, capacity: 5000}
	pop := Population{Prey: 1000, Predators: 40}
	peakPrey, peakPred := pop, pop
	var history []Population
	for step := 0; step <= 200; step++ {
		history = append(history, pop)
		if pop.Prey > peakPrey.Prey {
			peakPrey = pop
		}
		if pop.Predators > peakPred.Predators {
			peakPred = pop
		}
		pop = params.Step(pop)
	}
	for i := 0; i < len(history); i += 8 {
		p := history[i]
		fmt.Printf("%3d %v |%-30s|%s\n", i, p, bar(p.Prey, 100, "*"), bar(p.Predators, 10, "o"))
	}
	fmt.Println("peak prey:", peakPrey)
	fmt.Println("peak predators:", peakPred)
	extinct := -1
	for i, p := range history {
		if p.Predators == 0 || p.Prey == 0 {
			extinct = i
			break
		}
	}
	if extinct < 0 {
		fmt.Println("both species survived 200 steps")
	} else {
		fmt.Println("extinction at step", extinct)
	}
}
