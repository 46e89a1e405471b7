package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Identified interface {
	ID() string
}

type Registry[T Identified] struct {
	items map[string]T
}

func NewRegistry[T Identified]() *Registry[T] {
	return &Registry[T]{items: make(map[string]T)}
}

func (r *Registry[T]) Add(item T) bool {
	if _, exists := r.items[item.ID()]; exists {
		return false
	}
	r.items[item.ID()] = item
	return true
}

func (r *Registry[T]) Get(id string) (T, bool) {
	v, ok := r.items[id]
	return v, ok
}

func (r *Registry[T]) SortedIDs() []string {
	ids := make([]string, 0, len(r.items))
	for id := range r.items {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

type Animal struct {
	Tag, Name string
}

func (a Animal) ID() string { return a.Tag }

type Keeper struct {
	Badge int
	Name  string
}

func (k Keeper) ID() string { return fmt.Sprintf("K%03d", k.Badge) }

type Weighing struct {
	Name string
	Kg   float64
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best
}

func main() {
	animals := NewRegistry[Animal]()
	for _, a := range []Animal{{"Z-07", "Zuri"}, {"A-02", "Asha"}, {"M-11", "Milo"}, {"A-02", "Dup"}} {
		fmt.Printf("add %-5s ok=%t\n", a.Tag, animals.Add(a))
	}
	fmt.Println("animal ids:", animals.SortedIDs())

	keepers := NewRegistry[Keeper]()
	keepers.Add(Keeper{5, "Rosa"})
	keepers.Add(Keeper{42, "Tom"})
	fmt.Println("keeper ids:", keepers.SortedIDs())

	if k, ok := keepers.Get("K042"); ok {
		fmt.Printf("found %+v\n", k)
	}
	if _, ok := animals.Get("Q-99"); !ok {
		fmt.Println("Q-99 not registered")
	}

	weights := []Weighing{{"Zuri", 310}, {"Asha", 4200}, {"Milo", 65}}
	heavy := MaxBy(weights, func(w Weighing) float64 { return w.Kg })
	fmt.Printf("heaviest: %s at %.0f kg\n", heavy.Name, heavy.Kg)
	longest := MaxBy([]string{"ox", "okapi", "owl"}, func(s string) int { return len(s) })
	fmt.Println("longest name:", longest)
}
