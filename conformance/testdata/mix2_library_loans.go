package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrNotFound    = errors.New("book not found")
	ErrUnavailable = errors.New("book unavailable")
	ErrLimit       = errors.New("loan limit reached")
)

type Book struct {
	ISBN   string
	Title  string
	Copies int
}

type Member struct {
	Name  string
	Loans []string
}

type Library struct {
	books   map[string]*Book
	members map[string]*Member
	limit   int
}

func NewLibrary(limit int) *Library {
	return &Library{books: map[string]*Book{}, members: map[string]*Member{}, limit: limit}
}

func (l *Library) AddBook(isbn, title string, copies int) {
	l.books[isbn] = &Book{ISBN: isbn, Title: title, Copies: copies}
}

func (l *Library) member(name string) *Member {
	m, ok := l.members[name]
	if !ok {
		m = &Member{Name: name}
		l.members[name] = m
	}
	return m
}

func (l *Library) Borrow(name, isbn string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("borrow %q: %w", isbn, ErrNotFound)
	}
	m := l.member(name)
	if len(m.Loans) >= l.limit {
		return fmt.Errorf("%s borrowing %q: %w", name, b.Title, ErrLimit)
	}
	if b.Copies == 0 {
		return fmt.Errorf("%s borrowing %q: %w", name, b.Title, ErrUnavailable)
	}
	b.Copies--
	m.Loans = append(m.Loans, isbn)
	return nil
}

func (l *Library) Return(name, isbn string) bool {
	m := l.member(name)
	for i, x := range m.Loans {
		if x == isbn {
			m.Loans = append(m.Loans[:i], m.Loans[i+1:]...)
			l.books[isbn].Copies++
			return true
		}
	}
	return false
}

func main() {
	lib := NewLibrary(2)
	lib.AddBook("111", "The Go Programming Language", 1)
	lib.AddBook("222", "Dune", 2)
	lib.AddBook("333", "SICP", 1)

	requests := []struct{ who, isbn string }{
		{"ann", "111"}, {"bob", "111"}, {"ann", "222"}, {"ann", "333"},
		{"bob", "999"}, {"bob", "222"}, {"cat", "222"},
	}
	for _, r := range requests {
		err := lib.Borrow(r.who, r.isbn)
		switch {
		case err == nil:
			fmt.Printf("ok    %-4s %s\n", r.who, r.isbn)
		case errors.Is(err, ErrUnavailable):
			fmt.Printf("wait  %v\n", err)
		case errors.Is(err, ErrLimit), errors.Is(err, ErrNotFound):
			fmt.Printf("deny  %v\n", err)
		}
	}
	fmt.Println("return ann 111:", lib.Return("ann", "111"))
	fmt.Println("return ann 111 again:", lib.Return("ann", "111"))
	if err := lib.Borrow("bob", "111"); err != nil {
		fmt.Println("unexpected:", err)
	}

	names := make([]string, 0, len(lib.members))
	for n := range lib.members {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s has %d loan(s): %v\n", n, len(lib.members[n].Loans), lib.members[n].Loans)
	}
	isbns := []string{"111", "222", "333"}
	for _, i := range isbns {
		b := lib.books[i]
		fmt.Printf("%s %-28q copies=%d\n", b.ISBN, b.Title, b.Copies)
	}
	if _, ok := lib.books["444"]; !ok {
		fmt.Println("444 not in catalog")
	}
}
