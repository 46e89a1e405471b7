package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type Valuer interface{ Value() int }

// Tally has a value-receiver Value and a pointer-receiver Inc.
type Tally struct{ n int }

func (t Tally) Value() int { return t.n }
func (t *Tally) Inc()      { t.n++ }

// IncCopy has a value receiver, so it only changes a copy.
func (t Tally) IncCopy() Tally { t.n++; return t }

// Wrapper embeds Tally by value; PtrWrapper embeds *Tally.
type Wrapper struct {
	Tally
	label string
}

type PtrWrapper struct {
	*Tally
	label string
}

func check(name string, v any) {
	_, isCounter := v.(Counter)
	_, isValuer := v.(Valuer)
	fmt.Printf("%-22s %-18T Counter=%-5t Valuer=%t\n", name, v, isCounter, isValuer)
}

func bump(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Value()
}

func main() {
	t := Tally{}
	check("Tally value", t)
	check("*Tally", &t)
	check("Wrapper value", Wrapper{label: "w"})
	check("*Wrapper", &Wrapper{label: "w"})
	check("PtrWrapper value", PtrWrapper{Tally: &Tally{}})

	got := bump(&t, 3)
	fmt.Println("bump &t by 3:", got, "t.n =", t.n)

	t.Inc() // addressable: Go takes &t automatically
	fmt.Println("after t.Inc():", t.Value())
	c := t.IncCopy()
	fmt.Println("IncCopy result:", c.Value(), "original:", t.Value())

	// A Valuer holding a copy does not see later changes.
	var v Valuer = t
	t.Inc()
	fmt.Println("valuer snapshot:", v.Value(), "live:", t.Value())

	// A Valuer holding a pointer sees them.
	v = &t
	t.Inc()
	fmt.Println("valuer via pointer:", v.Value())

	// Ranging over values copies each element.
	tallies := []Tally{{1}, {2}, {3}}
	for _, x := range tallies {
		x.Inc()
	}
	fmt.Println("after range copy:", tallies)
	for i := range tallies {
		tallies[i].Inc()
	}
	fmt.Println("after index inc:", tallies)

	// PtrWrapper values share the embedded pointer.
	pw := PtrWrapper{Tally: &Tally{10}, label: "shared"}
	pw2 := pw
	pw2.Inc()
	fmt.Println("shared through copy:", pw.Value(), pw2.Value())

	w := Wrapper{Tally{5}, "own"}
	w2 := w
	w2.Inc()
	fmt.Println("independent copies:", w.Value(), w2.Value())

	counters := []Counter{&t, &w, pw}
	total := 0
	for _, ct := range counters {
		total += bump(ct, 2)
	}
	fmt.Println("total after bumping all:", total)
}
