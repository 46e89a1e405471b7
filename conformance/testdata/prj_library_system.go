package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

var (
	ErrNotFound      = errors.New("not found")
	ErrAlreadyLoaned = errors.New("already loaned")
)

type LoanError struct {
	ISBN   string
	Member string
	Err    error
}

func (e *LoanError) Error() string {
	return fmt.Sprintf("loan %s to %s: %v", e.ISBN, e.Member, e.Err)
}

func (e *LoanError) Unwrap() error { return e.Err }

type Book struct {
	ISBN, Title, Author string
	Year                int
	Borrower            string
}

func (b Book) String() string {
	status := "available"
	if b.Borrower != "" {
		status = "loaned to " + b.Borrower
	}
	return fmt.Sprintf("%-22q %-12s %d [%s]", b.Title, b.Author, b.Year, status)
}

type Library struct {
	books   map[string]*Book
	history []string
}

func NewLibrary() *Library { return &Library{books: map[string]*Book{}} }

func (l *Library) Add(b Book) { l.books[b.ISBN] = &b }

func (l *Library) Lend(isbn, member string) error {
	b, ok := l.books[isbn]
	if !ok {
		return &LoanError{isbn, member, ErrNotFound}
	}
	if b.Borrower != "" {
		return &LoanError{isbn, member, fmt.Errorf("held by %s: %w", b.Borrower, ErrAlreadyLoaned)}
	}
	b.Borrower = member
	l.history = append(l.history, member+" borrowed "+b.Title)
	return nil
}

func (l *Library) Return(isbn string) error {
	b, ok := l.books[isbn]
	if !ok || b.Borrower == "" {
		return fmt.Errorf("return %s: %w", isbn, ErrNotFound)
	}
	l.history = append(l.history, b.Borrower+" returned "+b.Title)
	b.Borrower = ""
	return nil
}

func (l *Library) Catalog(filter func(*Book) bool) []*Book {
	var out []*Book
	for _, b := range l.books {
		if filter == nil || filter(b) {
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b *Book) int { return strings.Compare(a.Title, b.Title) })
	return out
}

func main() {
	lib := NewLibrary()
	lib.Add(Book{"111", "The Go Programming", "Donovan", 2015, ""})
	lib.Add(Book{"222", "Dune", "Herbert", 1965, ""})
	lib.Add(Book{"333", "Neuromancer", "Gibson", 1984, ""})
	lib.Add(Book{"444", "Snow Crash", "Stephenson", 1992, ""})

	steps := []struct{ op, isbn, who string }{
		{"lend", "222", "ann"}, {"lend", "222", "bob"}, {"lend", "999", "cat"},
		{"lend", "333", "bob"}, {"return", "222", ""}, {"return", "222", ""}, {"lend", "222", "bob"},
	}
	for _, s := range steps {
		var err error
		if s.op == "lend" {
			err = lib.Lend(s.isbn, s.who)
		} else {
			err = lib.Return(s.isbn)
		}
		var le *LoanError
		switch {
		case err == nil:
			fmt.Printf("%-6s %s ok\n", s.op, s.isbn)
		case errors.As(err, &le) && errors.Is(err, ErrAlreadyLoaned):
			fmt.Printf("%-6s %s conflict for member %s: %v\n", s.op, s.isbn, le.Member, err)
		default:
			fmt.Printf("%-6s %s failed (notfound=%t): %v\n", s.op, s.isbn, errors.Is(err, ErrNotFound), err)
		}
	}
	fmt.Println("-- catalog --")
	for _, b := range lib.Catalog(nil) {
		fmt.Println(b)
	}
	fmt.Println("-- before 1990 --")
	for _, b := range lib.Catalog(func(b *Book) bool { return b.Year < 1990 }) {
		fmt.Println(" ", b.Title)
	}
	fmt.Println("-- history --")
	fmt.Println(strings.Join(lib.history, "\n"))
}
