package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// Allergen is a bit set of the 14 common allergens (a subset here).
type Allergen uint16

const (
	Gluten Allergen = 1 << iota
	Dairy
	Egg
	Nuts
	Peanut
	Soy
	Fish
	Shellfish
	Sesame
)

var allergenNames = []string{"gluten", "dairy", "egg", "nuts", "peanut", "soy", "fish", "shellfish", "sesame"}

func (a Allergen) String() string {
	if a == 0 {
		return "none"
	}
	var parts []string
	for i, name := range allergenNames {
		if a&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

func (a Allergen) Has(b Allergen) bool { return a&b == b }

func (a *Allergen) Add(b Allergen)    { *a |= b }
func (a *Allergen) Remove(b Allergen) { *a &^= b }

type Dish struct {
	Name      string
	Allergens Allergen
}

func main() {
	menu := []Dish{
		{"pad thai", Peanut | Egg | Soy | Fish},
		{"caesar salad", Gluten | Dairy | Egg | Fish},
		{"hummus plate", Sesame | Gluten},
		{"fruit salad", 0},
		{"prawn tempura", Shellfish | Gluten | Egg},
	}

	for _, d := range menu {
		fmt.Printf("%-13s %09b 0x%03x count=%d %v\n",
			d.Name, uint16(d.Allergens), uint16(d.Allergens), bits.OnesCount16(uint16(d.Allergens)), d.Allergens)
	}

	guest := Gluten | Dairy
	fmt.Printf("guest avoids: %v (%d)\n", guest, guest)
	for _, d := range menu {
		if d.Allergens&guest == 0 {
			fmt.Println("  safe for guest:", d.Name)
		}
	}

	var glutenFree Allergen
	glutenFree.Add(Gluten | Egg)
	glutenFree.Remove(Gluten)
	fmt.Println("after add/remove:", glutenFree, "has egg:", glutenFree.Has(Egg))

	var union Allergen
	for _, d := range menu {
		union |= d.Allergens
	}
	fmt.Printf("whole menu: %s\n", union)
	fmt.Printf("missing from menu: %v\n", (Sesame<<1-1)&^union)
	raw := uint16(union)
	fmt.Printf("%%d=%d %%o=%o %%X=%X %%#x=%#x %%T=%T\n", raw, raw, raw, raw, union)
}
