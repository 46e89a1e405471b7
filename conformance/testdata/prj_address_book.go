package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Phone string

type Address struct {
	Street, City, Country string
}

func (a Address) String() string { return a.Street + ", " + a.City + " (" + a.Country + ")" }

type Contact struct {
	First, Last string
	Email       string
	Phones      []Phone
	Address
	Tags []string
}

func (c Contact) FullName() string { return c.First + " " + c.Last }

type DuplicateError struct{ Email string }

func (d *DuplicateError) Error() string { return "duplicate contact " + d.Email }

var ErrInvalid = errors.New("invalid contact")

type Book struct{ contacts []Contact }

func (b *Book) Add(c Contact) error {
	if c.First == "" || !strings.Contains(c.Email, "@") {
		return fmt.Errorf("add %q: %w", c.FullName(), ErrInvalid)
	}
	if slices.ContainsFunc(b.contacts, func(x Contact) bool { return strings.EqualFold(x.Email, c.Email) }) {
		return &DuplicateError{c.Email}
	}
	b.contacts = append(b.contacts, c)
	return nil
}

type Query func(Contact) bool

func ByCity(city string) Query { return func(c Contact) bool { return c.City == city } }
func ByTag(tag string) Query   { return func(c Contact) bool { return slices.Contains(c.Tags, tag) } }
func NameHas(s string) Query {
	s = strings.ToLower(s)
	return func(c Contact) bool { return strings.Contains(strings.ToLower(c.FullName()), s) }
}
func And(qs ...Query) Query {
	return func(c Contact) bool {
		for _, q := range qs {
			if !q(c) {
				return false
			}
		}
		return true
	}
}

func Search[T any](items []T, keep func(T) bool, less func(a, b T) int) []T {
	var out []T
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	slices.SortStableFunc(out, less)
	return out
}

func byLastFirst(a, b Contact) int {
	return cmp.Or(strings.Compare(a.Last, b.Last), strings.Compare(a.First, b.First))
}

func main() {
	b := &Book{}
	inputs := []Contact{
		{"Ada", "Lovelace", "ada@math.example", []Phone{"+44 20 1234"}, Address{"12 St James Sq", "London", "UK"}, []string{"math", "vip"}},
		{"Alan", "Turing", "alan@bletchley.example", nil, Address{"Hut 8", "Bletchley", "UK"}, []string{"math"}},
		{"Grace", "Hopper", "grace@navy.example", []Phone{"+1 555 0100", "+1 555 0101"}, Address{"1 Navy Way", "Arlington", "US"}, []string{"vip"}},
		{"Charles", "Babbage", "charles@math.example", nil, Address{"1 Dorset St", "London", "UK"}, []string{"math"}},
		{"", "Nobody", "nobody@example", nil, Address{}, nil},
		{"Ada", "Clone", "ADA@math.example", nil, Address{}, nil},
		{"Edsger", "Dijkstra", "ewd-at-utexas", nil, Address{}, nil},
	}
	for _, c := range inputs {
		err := b.Add(c)
		var dup *DuplicateError
		switch {
		case errors.As(err, &dup):
			fmt.Println("skip duplicate:", dup.Email)
		case errors.Is(err, ErrInvalid):
			fmt.Println("skip invalid:", err)
		}
	}
	queries := []struct {
		name string
		q    Query
	}{
		{"london", ByCity("London")},
		{"math+london", And(ByTag("math"), ByCity("London"))},
		{"vip", ByTag("vip")},
		{"name~'a'", NameHas("A")},
		{"nobody", NameHas("zzz")},
	}
	for _, q := range queries {
		res := Search(b.contacts, q.q, byLastFirst)
		names := make([]string, len(res))
		for i, c := range res {
			names[i] = c.FullName()
		}
		fmt.Printf("%-12s %d: %s\n", q.name, len(res), strings.Join(names, "; "))
	}
	byPhones := Search(b.contacts, func(Contact) bool { return true }, func(x, y Contact) int {
		return cmp.Compare(len(y.Phones), len(x.Phones))
	})
	for _, c := range byPhones {
		fmt.Printf("%-16s %-24s %d phone(s) %v\n", c.FullName(), c.Address, len(c.Phones), c.Phones)
	}
}
