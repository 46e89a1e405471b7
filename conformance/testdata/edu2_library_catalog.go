// Week 5 assignment: a small library catalog with checkouts.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Book struct {
	ISBN     string
	Title    string
	Author   string
	Year     int
	Borrower string
}

type Library struct {
	books map[string]*Book
}

var (
	ErrNotFound  = errors.New("book not found")
	ErrBorrowed  = errors.New("book already borrowed")
	ErrAvailable = errors.New("book is not borrowed")
)

func NewLibrary() *Library {
	return &Library{books: make(map[string]*Book)}
}

func (l *Library) Add(b Book) {
	l.books[b.ISBN] = &b
}

func (l *Library) Checkout(isbn, who string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("checkout %s: %w", isbn, ErrNotFound)
	}
	if b.Borrower != "" {
		return fmt.Errorf("checkout %q by %s: %w (held by %s)", b.Title, who, ErrBorrowed, b.Borrower)
	}
	b.Borrower = who
	return nil
}

func (l *Library) Return(isbn string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("return %s: %w", isbn, ErrNotFound)
	}
	if b.Borrower == "" {
		return fmt.Errorf("return %q: %w", b.Title, ErrAvailable)
	}
	b.Borrower = ""
	return nil
}

// Sorted lists books ordered by author, then year.
func (l *Library) Sorted() []Book {
	out := make([]Book, 0, len(l.books))
	for _, b := range l.books {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Author != out[j].Author {
			return out[i].Author < out[j].Author
		}
		return out[i].Year < out[j].Year
	})
	return out
}

func (l *Library) report() {
	for _, b := range l.Sorted() {
		status := "available"
		if b.Borrower != "" {
			status = "borrowed by " + b.Borrower
		}
		fmt.Printf("  %-6s %-28s %-16s %d  %s\n", b.ISBN, b.Title, b.Author, b.Year, status)
	}
}

func main() {
	lib := NewLibrary()
	lib.Add(Book{ISBN: "111", Title: "The Go Programming Language", Author: "Donovan", Year: 2015})
	lib.Add(Book{ISBN: "222", Title: "Structure and Interpretation", Author: "Abelson", Year: 1985})
	lib.Add(Book{ISBN: "333", Title: "The C Programming Language", Author: "Kernighan", Year: 1978})
	lib.Add(Book{ISBN: "444", Title: "The Practice of Programming", Author: "Kernighan", Year: 1999})

	fmt.Println("catalog:")
	lib.report()

	steps := []struct{ op, isbn, who string }{
		{"out", "111", "ana"},
		{"out", "111", "ben"},
		{"out", "999", "ana"},
		{"ret", "333", ""},
		{"out", "444", "cho"},
		{"ret", "111", ""},
	}
	for _, s := range steps {
		var err error
		if s.op == "out" {
			err = lib.Checkout(s.isbn, s.who)
		} else {
			err = lib.Return(s.isbn)
		}
		switch {
		case err == nil:
			fmt.Printf("%s %s: ok\n", s.op, s.isbn)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%s %s: missing -> %v\n", s.op, s.isbn, err)
		default:
			fmt.Printf("%s %s: refused -> %v\n", s.op, s.isbn, err)
		}
	}
	fmt.Println("final catalog:")
	lib.report()
}
