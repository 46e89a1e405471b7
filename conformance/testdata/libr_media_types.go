package main

import (
	"fmt"
	"strings"
)

// Item is anything that can sit in the library collection.
type Item interface {
	ID() string
	LoanDays() int
}

type Book struct {
	Code  string
	Pages int
}

type DVD struct {
	Code    string
	Minutes int
}

type Magazine struct {
	Code  string
	Issue int
}

type EBook struct {
	Code   string
	SizeMB float64
}

func (b Book) ID() string     { return b.Code }
func (b Book) LoanDays() int  { return 21 }
func (d DVD) ID() string      { return d.Code }
func (d DVD) LoanDays() int   { return 7 }
func (m Magazine) ID() string { return m.Code }
func (m Magazine) LoanDays() int {
	if m.Issue > 100 {
		return 3
	}
	return 7
}
func (e *EBook) ID() string    { return e.Code }
func (e *EBook) LoanDays() int { return 14 }

// Renewable is an optional interface some items support.
type Renewable interface {
	MaxRenewals() int
}

func (b Book) MaxRenewals() int { return 2 }

func describe(it Item) string {
	switch v := it.(type) {
	case Book:
		return fmt.Sprintf("book with %d pages", v.Pages)
	case DVD:
		return fmt.Sprintf("dvd running %dh%02dm", v.Minutes/60, v.Minutes%60)
	case Magazine:
		return fmt.Sprintf("magazine issue #%d", v.Issue)
	case *EBook:
		return fmt.Sprintf("ebook of %.1f MB", v.SizeMB)
	default:
		return "unknown item"
	}
}

func main() {
	items := []Item{
		Book{"B-001", 320},
		DVD{"D-042", 142},
		Magazine{"M-777", 128},
		&EBook{"E-900", 2.75},
		Magazine{"M-778", 12},
	}

	totalDays := 0
	for _, it := range items {
		totalDays += it.LoanDays()
		line := fmt.Sprintf("%-6s %-24s loan %2d days", it.ID(), describe(it), it.LoanDays())
		if r, ok := it.(Renewable); ok {
			line += fmt.Sprintf(", renewable x%d", r.MaxRenewals())
		}
		fmt.Println(line)
	}
	fmt.Println("total loan days:", totalDays)

	counts := map[string]int{}
	for _, it := range items {
		name := fmt.Sprintf("%T", it)
		counts[strings.Replace(name, "main.", "", 1)]++
	}
	for _, k := range []string{"Book", "DVD", "Magazine", "*EBook"} {
		fmt.Printf("%-9s %d\n", k, counts[k])
	}

	var any1 any = 42
	if _, ok := any1.(Item); !ok {
		fmt.Printf("%v (%T) is not an Item\n", any1, any1)
	}
}
