package main

import (
	"fmt"
	"strings"
)

type Frac struct{ Num, Den int }

func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewFrac(n, d int) Frac {
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return Frac{0, 1}
	}
	return Frac{n / g, d / g}
}

func (f Frac) Mul(o Frac) Frac { return NewFrac(f.Num*o.Num, f.Den*o.Den) }
func (f Frac) Add(o Frac) Frac { return NewFrac(f.Num*o.Den+o.Num*f.Den, f.Den*o.Den) }

func (f Frac) String() string {
	if f.Num < 0 {
		return "-" + Frac{-f.Num, f.Den}.String()
	}
	whole, rem := f.Num/f.Den, f.Num%f.Den
	switch {
	case rem == 0:
		return fmt.Sprint(whole)
	case whole == 0:
		return fmt.Sprintf("%d/%d", rem, f.Den)
	default:
		return fmt.Sprintf("%d %d/%d", whole, rem, f.Den)
	}
}

type Ingredient struct {
	Name   string
	Amount Frac
	Unit   string
}

type Recipe struct {
	Title    string
	Serves   int
	Contents []Ingredient
}

func (r Recipe) Scale(serves int) Recipe {
	factor := NewFrac(serves, r.Serves)
	out := Recipe{Title: r.Title, Serves: serves}
	for _, ing := range r.Contents {
		ing.Amount = ing.Amount.Mul(factor)
		out.Contents = append(out.Contents, ing)
	}
	return out
}

func (r Recipe) Print() {
	fmt.Printf("== %s (serves %d) ==\n", r.Title, r.Serves)
	for _, ing := range r.Contents {
		fmt.Printf("  %-8s %-6s %s\n", ing.Amount, ing.Unit, ing.Name)
	}
}

func main() {
	pancakes := Recipe{
		Title:  "Pancakes",
		Serves: 4,
		Contents: []Ingredient{
			{"flour", NewFrac(3, 2), "cup"},
			{"milk", NewFrac(5, 4), "cup"},
			{"egg", NewFrac(1, 1), ""},
			{"sugar", NewFrac(2, 3), "tbsp"},
			{"salt", NewFrac(1, 8), "tsp"},
		},
	}
	pancakes.Print()
	for _, n := range []int{2, 6, 10} {
		pancakes.Scale(n).Print()
	}
	total := NewFrac(0, 1)
	for _, ing := range pancakes.Scale(6).Contents {
		if ing.Unit == "cup" {
			total = total.Add(ing.Amount)
		}
	}
	fmt.Println("cups total for 6:", total)
	fmt.Println(strings.Repeat("-", 20))
	fmt.Printf("%v %+v %s\n", NewFrac(-6, 4), NewFrac(10, -4), NewFrac(0, 5))
}
