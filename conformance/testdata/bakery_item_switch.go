package main

import (
	"fmt"
	"strings"
)

type Bakeable interface {
	Name() string
	Minutes() int
}

type Bread struct {
	Kind   string
	Loaves int
	Crusty bool
}

type Pastry struct {
	Kind    string
	Filling string
}

type Cake struct {
	Flavor string
	Tiers  int
}

func (b Bread) Name() string  { return b.Kind + " bread" }
func (b Bread) Minutes() int  { return 35 }
func (p Pastry) Name() string { return p.Kind }
func (p Pastry) Minutes() int { return 18 }
func (c *Cake) Name() string  { return c.Flavor + " cake" }
func (c *Cake) Minutes() int  { return 25 + 10*c.Tiers }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing on the tray"
	case Bread:
		crust := "soft"
		if x.Crusty {
			crust = "crusty"
		}
		return fmt.Sprintf("%d %s loaves of %s", x.Loaves, crust, x.Kind)
	case Pastry:
		return fmt.Sprintf("%s filled with %s", x.Kind, x.Filling)
	case *Cake:
		return fmt.Sprintf("%d-tier %s cake", x.Tiers, x.Flavor)
	case string:
		return "a note: " + strings.ToUpper(x)
	case int, int64:
		return fmt.Sprintf("a count of %v (%T)", x, x)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	things := []any{
		Bread{"rye", 4, true},
		Pastry{"danish", "apricot"},
		&Cake{"lemon", 3},
		"oven 2 is hot",
		42,
		int64(7),
		3.14,
		nil,
	}
	for i, t := range things {
		fmt.Printf("%d. %s\n", i+1, describe(t))
	}

	var schedule []Bakeable
	for _, t := range things {
		if b, ok := t.(Bakeable); ok {
			schedule = append(schedule, b)
		}
	}
	total := 0
	for _, b := range schedule {
		fmt.Printf("%-14s %3d min\n", b.Name(), b.Minutes())
		total += b.Minutes()
	}
	fmt.Println("total oven minutes:", total)

	// A Cake value (not pointer) does not satisfy Bakeable.
	var v any = Cake{"carrot", 1}
	_, ok := v.(Bakeable)
	fmt.Println("Cake value is Bakeable:", ok)
}
