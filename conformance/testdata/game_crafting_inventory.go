package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

var ErrUnknownRecipe = errors.New("unknown recipe")

// MissingError reports which ingredients were short.
type MissingError struct {
	Item    string
	Missing map[string]int
}

func (e *MissingError) Error() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(e.Missing)) {
		parts = append(parts, fmt.Sprintf("%d %s", e.Missing[k], k))
	}
	return fmt.Sprintf("cannot craft %s: need %s more", e.Item, strings.Join(parts, ", "))
}

type Recipe struct {
	Output string
	Count  int
	Inputs map[string]int
}

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func (inv Inventory) String() string {
	var sb strings.Builder
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		if inv[k] == 0 {
			continue
		}
		fmt.Fprintf(&sb, "  %-8s x%d\n", k, inv[k])
	}
	return sb.String()
}

type Workshop struct {
	recipes map[string]Recipe
	log     []string
}

func (w *Workshop) Craft(inv Inventory, item string, times int) error {
	r, ok := w.recipes[item]
	if !ok {
		return fmt.Errorf("craft %q: %w", item, ErrUnknownRecipe)
	}
	missing := map[string]int{}
	for in, n := range r.Inputs {
		if have := inv[in]; have < n*times {
			missing[in] = n*times - have
		}
	}
	if len(missing) > 0 {
		return &MissingError{Item: item, Missing: missing}
	}
	for in, n := range r.Inputs {
		inv[in] -= n * times
	}
	inv.Add(r.Output, r.Count*times)
	w.log = append(w.log, fmt.Sprintf("%dx %s", times, item))
	return nil
}

func main() {
	w := &Workshop{recipes: map[string]Recipe{
		"plank":   {"plank", 4, map[string]int{"log": 1}},
		"stick":   {"stick", 4, map[string]int{"plank": 2}},
		"torch":   {"torch", 4, map[string]int{"stick": 1, "coal": 1}},
		"pickaxe": {"pickaxe", 1, map[string]int{"stick": 2, "plank": 3}},
		"ironaxe": {"ironaxe", 1, map[string]int{"stick": 2, "iron": 3}},
	}}
	inv := Inventory{"log": 3, "coal": 2, "iron": 1}
	fmt.Print("Starting inventory:\n", inv)

	orders := []struct {
		item  string
		times int
	}{
		{"plank", 3}, {"stick", 2}, {"pickaxe", 1}, {"torch", 2},
		{"ironaxe", 1}, {"sword", 1}, {"torch", 5}, {"pickaxe", 2},
	}
	for _, o := range orders {
		err := w.Craft(inv, o.item, o.times)
		var me *MissingError
		switch {
		case err == nil:
			fmt.Printf("ok:   crafted %d %s\n", o.times, o.item)
		case errors.As(err, &me):
			fmt.Printf("fail: %v\n", me)
		case errors.Is(err, ErrUnknownRecipe):
			fmt.Printf("fail: %v\n", err)
		}
	}
	fmt.Print("Final inventory:\n", inv)
	fmt.Printf("Crafting log: %q\n", w.log)

	total := 0
	for _, n := range inv {
		total += n
	}
	fmt.Println("items held:", total)
}
