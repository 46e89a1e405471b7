package main

import (
	"fmt"
	"strings"
)

type Dough struct {
	ID     int
	Kind   string
	Weight int // grams
}

type Loaf struct {
	Dough
	Scored bool
	Baked  bool
}

// mix produces raw dough pieces in order.
func mix(kinds []string, count int) <-chan Dough {
	out := make(chan Dough)
	go func() {
		defer close(out)
		for i := range count {
			out <- Dough{ID: i + 1, Kind: kinds[i%len(kinds)], Weight: 500 + 25*(i%3)}
		}
	}()
	return out
}

// shape drops pieces that are under weight and scores the rest.
func shape(in <-chan Dough, minWeight int) <-chan Loaf {
	out := make(chan Loaf)
	go func() {
		defer close(out)
		for d := range in {
			if d.Weight < minWeight {
				continue
			}
			out <- Loaf{Dough: d, Scored: true}
		}
	}()
	return out
}

// bake marks each loaf as baked.
func bake(in <-chan Loaf) <-chan Loaf {
	out := make(chan Loaf)
	go func() {
		defer close(out)
		for l := range in {
			l.Baked = true
			out <- l
		}
	}()
	return out
}

func (l Loaf) String() string {
	flags := []string{}
	if l.Scored {
		flags = append(flags, "scored")
	}
	if l.Baked {
		flags = append(flags, "baked")
	}
	return fmt.Sprintf("#%02d %-6s %dg [%s]", l.ID, l.Kind, l.Weight, strings.Join(flags, ","))
}

func main() {
	kinds := []string{"white", "rye", "spelt", "oat"}
	loaves := bake(shape(mix(kinds, 12), 510))

	total := 0
	perKind := map[string]int{}
	for l := range loaves {
		fmt.Println(l)
		total += l.Weight
		perKind[l.Kind]++
	}
	fmt.Printf("baked weight: %.2f kg\n", float64(total)/1000)
	for _, k := range kinds {
		fmt.Printf("%-6s %d\n", k, perKind[k])
	}

	// A buffered channel acts as a cooling rack with limited space.
	rack := make(chan string, 3)
	for _, item := range []string{"rye", "oat", "spelt", "white"} {
		select {
		case rack <- item:
			fmt.Println("rack <-", item)
		default:
			fmt.Println("rack full, holding", item)
		}
	}
	fmt.Println("rack holds", len(rack), "of", cap(rack))
	close(rack)
	for item := range rack {
		fmt.Print(item, ";")
	}
	fmt.Println()
}
