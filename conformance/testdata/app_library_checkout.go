package main

import (
	"errors"
	"fmt"
	"sort"
)

type Media struct {
	ID    string
	Title string
	Year  int
}

func (m Media) Label() string { return fmt.Sprintf("%s (%d)", m.Title, m.Year) }

type Book struct {
	Media
	Author string
	Pages  int
}

type Member struct {
	Name  string
	Limit int
}

type CheckoutError struct {
	Member string
	BookID string
	Reason string
}

func (e *CheckoutError) Error() string {
	return fmt.Sprintf("checkout %s by %s refused: %s", e.BookID, e.Member, e.Reason)
}

var ErrUnknownBook = errors.New("unknown book")

type loan struct {
	member string
	due    int
}

type Library struct {
	books   map[string]*Book
	loans   map[string]loan
	members map[string]*Member
	today   int
	fees    map[string]int
}

func NewLibrary(books []*Book, members []*Member) *Library {
	l := &Library{books: map[string]*Book{}, loans: map[string]loan{},
		members: map[string]*Member{}, fees: map[string]int{}}
	for _, b := range books {
		l.books[b.ID] = b
	}
	for _, m := range members {
		l.members[m.Name] = m
	}
	return l
}

func (l *Library) countLoans(member string) int {
	n := 0
	for _, ln := range l.loans {
		if ln.member == member {
			n++
		}
	}
	return n
}

func (l *Library) Checkout(member, id string) error {
	b, ok := l.books[id]
	if !ok {
		return fmt.Errorf("checkout %q: %w", id, ErrUnknownBook)
	}
	if ln, out := l.loans[id]; out {
		return &CheckoutError{member, id, "already loaned to " + ln.member}
	}
	if l.fees[member] > 0 {
		return &CheckoutError{member, id, fmt.Sprintf("owes %d cents", l.fees[member])}
	}
	if l.countLoans(member) >= l.members[member].Limit {
		return &CheckoutError{member, id, "loan limit reached"}
	}
	l.loans[id] = loan{member, l.today + 14}
	fmt.Printf("day %2d: %-5s borrows %-28s due day %d\n", l.today, member, b.Label(), l.today+14)
	return nil
}

func (l *Library) Return(id string) {
	ln := l.loans[id]
	delete(l.loans, id)
	late := l.today - ln.due
	if late > 0 {
		l.fees[ln.member] += late * 25
		fmt.Printf("day %2d: %-5s returns %s, %d days late, fee now %d\n", l.today, ln.member, id, late, l.fees[ln.member])
		return
	}
	fmt.Printf("day %2d: %-5s returns %s on time\n", l.today, ln.member, id)
}

func (l *Library) Pay(member string) {
	fmt.Printf("day %2d: %-5s pays %d cents\n", l.today, member, l.fees[member])
	delete(l.fees, member)
}

func main() {
	books := []*Book{
		{Media{"B1", "The Go Programming Language", 2015}, "Donovan", 380},
		{Media{"B2", "Structure and Interpretation", 1985}, "Abelson", 657},
		{Media{"B3", "The Pragmatic Programmer", 1999}, "Hunt", 352},
		{Media{"B4", "Clean Architecture", 2017}, "Martin", 432},
	}
	lib := NewLibrary(books, []*Member{{"alice", 2}, {"bob", 1}})

	try := func(member, id string) {
		err := lib.Checkout(member, id)
		var ce *CheckoutError
		switch {
		case err == nil:
		case errors.As(err, &ce):
			fmt.Printf("day %2d: refused (%s): %v\n", lib.today, ce.Reason, err)
		case errors.Is(err, ErrUnknownBook):
			fmt.Printf("day %2d: no such book: %v\n", lib.today, err)
		}
	}

	try("alice", "B1")
	try("alice", "B2")
	try("alice", "B3")
	try("bob", "B1")
	try("bob", "B9")
	try("bob", "B3")
	lib.today = 10
	lib.Return("B2")
	lib.today = 20
	lib.Return("B3")
	try("bob", "B2")
	lib.Pay("bob")
	try("bob", "B2")
	lib.today = 31
	lib.Return("B1")

	fmt.Println("--- outstanding loans ---")
	ids := make([]string, 0, len(lib.loans))
	for id := range lib.loans {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		b := lib.books[id]
		fmt.Printf("%s %-30q by %-8s -> %s (due %d)\n", id, b.Title, b.Author, lib.loans[id].member, lib.loans[id].due)
	}
	fmt.Println("fees:", lib.fees)
	fmt.Printf("%T embeds %T; B4 = %+v\n", books[0], books[0].Media, books[3].Media)
}
