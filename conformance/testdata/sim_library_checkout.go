package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Borrowable interface {
	ID() string
	Title() string
	LoanDays() int
}

type base struct {
	id, title string
}

func (b base) ID() string    { return b.id }
func (b base) Title() string { return b.title }

type Book struct{ base }

func (Book) LoanDays() int { return 21 }

type DVD struct{ base }

func (DVD) LoanDays() int { return 7 }

type Magazine struct{ base }

func (Magazine) LoanDays() int { return 3 }

var (
	ErrCheckedOut   = errors.New("already checked out")
	ErrNotCheckedIn = errors.New("not checked out")
)

type Library struct {
	catalog map[string]Borrowable
	loans   map[string]string // item id -> member
}

func (l *Library) Checkout(member, id string) (int, error) {
	item := l.catalog[id]
	if who, ok := l.loans[id]; ok {
		return 0, fmt.Errorf("%s wants %q, held by %s: %w", member, item.Title(), who, ErrCheckedOut)
	}
	l.loans[id] = member
	return item.LoanDays(), nil
}

func (l *Library) Return(id string) error {
	if _, ok := l.loans[id]; !ok {
		return fmt.Errorf("return %s: %w", id, ErrNotCheckedIn)
	}
	delete(l.loans, id)
	return nil
}

func main() {
	lib := &Library{catalog: map[string]Borrowable{}, loans: map[string]string{}}
	for _, it := range []Borrowable{Book{base{"b1", "Dune"}}, Book{base{"b2", "Emma"}},
		DVD{base{"d1", "Alien"}}, Magazine{base{"m1", "Byte"}}} {
		lib.catalog[it.ID()] = it
	}

	checkout := func(member, id string) func() error {
		return func() error {
			days, err := lib.Checkout(member, id)
			if err == nil {
				fmt.Printf("%s gets %q for %d days\n", member, lib.catalog[id].Title(), days)
			}
			return err
		}
	}
	giveBack := func(id string) func() error { return func() error { return lib.Return(id) } }
	steps := []func() error{checkout("ann", "b1"), checkout("bob", "b1"), checkout("ann", "d1"),
		checkout("bob", "m1"), giveBack("b2"), giveBack("b1"), checkout("bob", "b1")}
	for i, step := range steps {
		err := step()
		switch {
		case err == nil:
			fmt.Printf("step %d: ok\n", i)
		case errors.Is(err, ErrCheckedOut):
			fmt.Printf("step %d: denied: %v\n", i, err)
		default:
			fmt.Printf("step %d: error: %v\n", i, err)
		}
	}

	for _, id := range slices.Sorted(maps.Keys(lib.catalog)) {
		it := lib.catalog[id]
		holder := cmp.Or(lib.loans[id], "-")
		fmt.Printf("%-3s %-14T %-6s %2dd holder=%s\n", id, it, it.Title(), it.LoanDays(), holder)
	}
	fmt.Println(lib.loans)
}
