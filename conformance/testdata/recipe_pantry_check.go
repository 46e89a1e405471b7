package main

import (
	"fmt"
	"strings"
)

// Stock is anything kept in the pantry.
type Stock interface {
	Label() string
}

type Counted struct {
	Name  string
	Count int
}

type Weighed struct {
	Name  string
	Grams float64
}

type Liquid struct {
	Name string
	Ml   int
}

type Spice string

func (c Counted) Label() string { return c.Name }
func (w Weighed) Label() string { return w.Name }
func (l Liquid) Label() string  { return l.Name }
func (s Spice) Label() string   { return string(s) }

// describe uses a type switch to format each kind of stock.
func describe(s Stock) string {
	switch v := s.(type) {
	case Counted:
		if v.Count == 1 {
			return fmt.Sprintf("1 %s", v.Name)
		}
		return fmt.Sprintf("%d %ss", v.Count, v.Name)
	case Weighed:
		if v.Grams >= 1000 {
			return fmt.Sprintf("%.2f kg of %s", v.Grams/1000, v.Name)
		}
		return fmt.Sprintf("%.0f g of %s", v.Grams, v.Name)
	case Liquid:
		return fmt.Sprintf("%d ml of %s", v.Ml, v.Name)
	case Spice:
		return "a jar of " + strings.ToLower(string(v))
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func lowStock(s Stock) bool {
	switch v := s.(type) {
	case Counted:
		return v.Count < 3
	case Weighed:
		return v.Grams < 250
	case Liquid:
		return v.Ml < 200
	}
	return false
}

func main() {
	pantry := []Stock{
		Counted{"egg", 2},
		Counted{"lemon", 1},
		Weighed{"flour", 1500},
		Weighed{"sugar", 120},
		Liquid{"milk", 750},
		Liquid{"soy sauce", 90},
		Spice("Cumin"),
	}

	for i, s := range pantry {
		status := "ok"
		if lowStock(s) {
			status = "buy more"
		}
		fmt.Printf("%d. %-20s %-13T %s\n", i+1, describe(s), s, status)
	}

	var item Stock = Spice("Saffron")
	if sp, ok := item.(Spice); ok {
		fmt.Printf("spice label: %q\n", sp.Label())
	}
	if _, ok := item.(Counted); !ok {
		fmt.Println("saffron is not counted")
	}
}
