// Inventory with crafting recipes and custom errors.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

var ErrUnknownRecipe = errors.New("unknown recipe")

type MissingError struct {
	Item       string
	Have, Need int
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("missing %s: have %d, need %d", e.Item, e.Have, e.Need)
}

type Recipe struct {
	Output string
	Count  int
	Inputs map[string]int
}

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func (inv Inventory) String() string {
	keys := make([]string, 0, len(inv))
	for k, v := range inv {
		if v > 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s x%d", k, inv[k])
	}
	return "{" + b.String() + "}"
}

func (inv Inventory) Craft(book map[string]Recipe, name string) error {
	r, ok := book[name]
	if !ok {
		return fmt.Errorf("craft %q: %w", name, ErrUnknownRecipe)
	}
	needs := make([]string, 0, len(r.Inputs))
	for k := range r.Inputs {
		needs = append(needs, k)
	}
	slices.Sort(needs)
	for _, k := range needs {
		if inv[k] < r.Inputs[k] {
			return fmt.Errorf("craft %q: %w", name, &MissingError{k, inv[k], r.Inputs[k]})
		}
	}
	for _, k := range needs {
		inv[k] -= r.Inputs[k]
	}
	inv.Add(r.Output, r.Count)
	return nil
}

func main() {
	book := map[string]Recipe{
		"plank":  {"plank", 4, map[string]int{"log": 1}},
		"stick":  {"stick", 4, map[string]int{"plank": 2}},
		"torch":  {"torch", 4, map[string]int{"stick": 1, "coal": 1}},
		"sword":  {"sword", 1, map[string]int{"stick": 1, "iron": 2}},
		"shield": {"shield", 1, map[string]int{"plank": 6, "iron": 1}},
	}
	inv := Inventory{"log": 3, "coal": 2, "iron": 3}
	fmt.Println("start:", inv)

	plan := []string{"plank", "plank", "stick", "torch", "sword", "shield", "sword", "potion", "torch", "shield"}
	crafted := 0
	for step, name := range plan {
		err := inv.Craft(book, name)
		var miss *MissingError
		switch {
		case err == nil:
			crafted++
			fmt.Printf("%2d. crafted %-7s -> %v\n", step+1, name, inv)
		case errors.Is(err, ErrUnknownRecipe):
			fmt.Printf("%2d. skip: %v\n", step+1, err)
		case errors.As(err, &miss):
			fmt.Printf("%2d. fail: %v (short by %d)\n", step+1, err, miss.Need-miss.Have)
		default:
			fmt.Printf("%2d. unexpected: %v\n", step+1, err)
		}
	}
	fmt.Printf("crafted %d of %d, final %v\n", crafted, len(plan), inv)
	fmt.Printf("%#v\n", book["torch"])
}
