package main

import (
	"fmt"
	"strings"
)

type Drink interface {
	Name() string
	Price() float64
}

type Coffee struct {
	Shots int
	Milk  string
}

func (c Coffee) Name() string {
	if c.Milk == "" {
		return fmt.Sprintf("%d-shot black coffee", c.Shots)
	}
	return fmt.Sprintf("%d-shot coffee with %s milk", c.Shots, c.Milk)
}
func (c Coffee) Price() float64 { return 2.00 + 0.75*float64(c.Shots) }

type Tea struct {
	Leaf   string
	Minute int
}

func (t Tea) Name() string      { return t.Leaf + " tea" }
func (t Tea) Price() float64    { return 2.50 }
func (t Tea) Steep() string     { return fmt.Sprintf("steep %d min", t.Minute) }
func (t *Tea) Strengthen()      { t.Minute++ }
func (t Tea) Caffeinated() bool { return !strings.Contains(t.Leaf, "herbal") }

type Smoothie struct {
	Fruits []string
}

func (s *Smoothie) Name() string   { return strings.Join(s.Fruits, "-") + " smoothie" }
func (s *Smoothie) Price() float64 { return 3.00 + 0.50*float64(len(s.Fruits)) }

type Caffeinated interface {
	Caffeinated() bool
}

func (c Coffee) Caffeinated() bool { return true }

func describe(d Drink) string {
	switch v := d.(type) {
	case Coffee:
		return fmt.Sprintf("coffee, %d shots", v.Shots)
	case Tea:
		return "tea, " + v.Steep()
	case *Tea:
		return "tea pointer, " + v.Steep()
	case *Smoothie:
		return fmt.Sprintf("smoothie of %d fruits", len(v.Fruits))
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	strong := &Tea{Leaf: "assam", Minute: 4}
	strong.Strengthen()
	order := []Drink{
		Coffee{Shots: 2, Milk: "oat"},
		Coffee{Shots: 1},
		Tea{Leaf: "herbal mint", Minute: 5},
		strong,
		&Smoothie{Fruits: []string{"mango", "banana", "kiwi"}},
	}

	total := 0.0
	for i, d := range order {
		fmt.Printf("%d) %-32s $%.2f  [%s]\n", i+1, d.Name(), d.Price(), describe(d))
		total += d.Price()
	}
	fmt.Printf("order total: $%.2f\n", total)

	caf := 0
	for _, d := range order {
		if c, ok := d.(Caffeinated); ok && c.Caffeinated() {
			caf++
		}
	}
	fmt.Println("caffeinated drinks:", caf)

	var nothing Drink
	fmt.Println("nil drink is nil:", nothing == nil)
	if _, ok := order[0].(Tea); !ok {
		fmt.Printf("first drink is %T, not a Tea\n", order[0])
	}
}
