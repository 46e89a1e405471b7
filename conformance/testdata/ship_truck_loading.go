package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Weighted interface {
	Weight() int
}

type Crate struct {
	Label string
	Kg    int
}

func (c Crate) Weight() int    { return c.Kg }
func (c Crate) String() string { return fmt.Sprintf("%s(%d)", c.Label, c.Kg) }

type Bin[T Weighted] struct {
	Cap   int
	Used  int
	Items []T
}

func (b *Bin[T]) Fits(x T) bool { return b.Used+x.Weight() <= b.Cap }

func (b *Bin[T]) Add(x T) {
	b.Items = append(b.Items, x)
	b.Used += x.Weight()
}

// FirstFitDecreasing packs items into as few bins of capacity cap as it can.
func FirstFitDecreasing[T Weighted](items []T, capacity int) ([]*Bin[T], []T) {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b T) int {
		return cmp.Compare(b.Weight(), a.Weight())
	})
	var bins []*Bin[T]
	var rejected []T
next:
	for _, it := range sorted {
		if it.Weight() > capacity {
			rejected = append(rejected, it)
			continue
		}
		for _, b := range bins {
			if b.Fits(it) {
				b.Add(it)
				continue next
			}
		}
		nb := &Bin[T]{Cap: capacity}
		nb.Add(it)
		bins = append(bins, nb)
	}
	return bins, rejected
}

func Sum[T Weighted](xs []T) int {
	total := 0
	for _, x := range xs {
		total += x.Weight()
	}
	return total
}

func main() {
	crates := []Crate{
		{"tiles", 420}, {"paint", 180}, {"bolts", 95}, {"pipes", 610},
		{"lamps", 60}, {"doors", 350}, {"sinks", 270}, {"glass", 240},
		{"anvil", 1300}, {"cable", 130}, {"boards", 510},
	}
	const truckCap = 1000
	bins, rejected := FirstFitDecreasing(crates, truckCap)
	for i, b := range bins {
		fill := float64(b.Used) / float64(b.Cap) * 100
		fmt.Printf("truck %d: %4d/%d kg (%5.1f%%) %v\n", i+1, b.Used, b.Cap, fill, b.Items)
	}
	fmt.Printf("rejected: %v\n", rejected)
	fmt.Printf("trucks used: %d, total loaded %d kg of %d kg\n",
		len(bins), Sum(crates)-Sum(rejected), Sum(crates))
	lightest := slices.MinFunc(crates, func(a, b Crate) int { return cmp.Compare(a.Kg, b.Kg) })
	fmt.Printf("lightest crate: %+v\n", lightest)
}
