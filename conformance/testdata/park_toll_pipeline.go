package main

import (
	"fmt"
	"strings"
)

type Crossing struct {
	Seq   int
	Plate string
	Class string
}

type Charged struct {
	Crossing
	Cents int
}

func generate(plates []string) <-chan Crossing {
	out := make(chan Crossing)
	go func() {
		defer close(out)
		for i, p := range plates {
			class := "car"
			switch {
			case strings.HasPrefix(p, "T"):
				class = "truck"
			case strings.HasPrefix(p, "M"):
				class = "moto"
			}
			out <- Crossing{Seq: i + 1, Plate: p, Class: class}
		}
	}()
	return out
}

func price(in <-chan Crossing) <-chan Charged {
	out := make(chan Charged)
	table := map[string]int{"car": 275, "truck": 940, "moto": 120}
	go func() {
		defer close(out)
		for c := range in {
			out <- Charged{Crossing: c, Cents: table[c.Class]}
		}
	}()
	return out
}

func discount(in <-chan Charged, every int) <-chan Charged {
	out := make(chan Charged, 2)
	go func() {
		defer close(out)
		for c := range in {
			if c.Seq%every == 0 {
				c.Cents = c.Cents / 2
			}
			out <- c
		}
	}()
	return out
}

func main() {
	plates := []string{"CAR100", "T-4421", "M-77", "CAR200", "T-9000", "CAR300", "M-12", "CAR400"}
	results := discount(price(generate(plates)), 3)

	total := 0
	byClass := map[string]int{}
	for c := range results {
		total += c.Cents
		byClass[c.Class] += c.Cents
		fmt.Printf("#%d %-7s %-5s %5d\n", c.Seq, c.Plate, c.Class, c.Cents)
	}
	fmt.Println("total:", total)
	for _, k := range []string{"car", "moto", "truck"} {
		fmt.Printf("  %-5s %d\n", k, byClass[k])
	}

	done := make(chan struct{})
	counts := make(chan int)
	go func() {
		defer close(done)
		sum := 0
		for n := range counts {
			sum += n
		}
		fmt.Println("booth counter sum:", sum)
	}()
	for i := 1; i <= 5; i++ {
		counts <- i * 10
	}
	close(counts)
	<-done
	_, ok := <-results
	fmt.Println("results channel open:", ok)
}
