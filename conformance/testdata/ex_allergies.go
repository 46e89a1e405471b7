package main

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

type Allergen uint

const (
	Eggs Allergen = 1 << iota
	Peanuts
	Shellfish
	Strawberries
	Tomatoes
	Chocolate
	Pollen
	Cats
	allAllergens = 1<<iota - 1
)

var names = map[Allergen]string{
	Eggs: "eggs", Peanuts: "peanuts", Shellfish: "shellfish", Strawberries: "strawberries",
	Tomatoes: "tomatoes", Chocolate: "chocolate", Pollen: "pollen", Cats: "cats",
}

func (a Allergen) String() string {
	if n, ok := names[a]; ok {
		return n
	}
	var parts []string
	for _, x := range a.Split() {
		parts = append(parts, names[x])
	}
	return strings.Join(parts, "|")
}

func (a Allergen) Split() []Allergen {
	var out []Allergen
	for b := a & allAllergens; b != 0; b &= b - 1 {
		out = append(out, Allergen(1)<<bits.TrailingZeros(uint(b)))
	}
	return out
}

func AllergicTo(score uint, a Allergen) bool { return Allergen(score)&a != 0 }

func Allergies(score uint) []string {
	var out []string
	for _, a := range Allergen(score).Split() {
		out = append(out, a.String())
	}
	return out
}

func main() {
	tests := []struct {
		score uint
		want  []string
	}{
		{0, nil},
		{1, []string{"eggs"}},
		{2, []string{"peanuts"}},
		{3, []string{"eggs", "peanuts"}},
		{5, []string{"eggs", "shellfish"}},
		{248, []string{"strawberries", "tomatoes", "chocolate", "pollen", "cats"}},
		{255, []string{"eggs", "peanuts", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"}},
		{509, []string{"eggs", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"}},
		{257, []string{"eggs"}},
	}
	for _, tc := range tests {
		got := Allergies(tc.score)
		status := "PASS"
		if !slices.Equal(got, tc.want) {
			status = "FAIL"
		}
		fmt.Printf("%s score %3d (%09b): %v\n", status, tc.score, tc.score, got)
	}
	checks := []struct {
		score uint
		a     Allergen
		want  bool
	}{
		{34, Peanuts, true}, {34, Chocolate, true}, {34, Eggs, false}, {128, Cats, true}, {256, Cats, false},
	}
	for _, c := range checks {
		got := AllergicTo(c.score, c.a)
		status := "PASS"
		if got != c.want {
			status = "FAIL"
		}
		fmt.Printf("%s allergic(%d, %v) = %t\n", status, c.score, c.a, got)
	}
	fmt.Println(Peanuts|Pollen, Allergen(0), uint(allAllergens))
	fmt.Printf("%v %d %s\n", []Allergen{Cats, Eggs | Cats}, Tomatoes, Shellfish)
}
