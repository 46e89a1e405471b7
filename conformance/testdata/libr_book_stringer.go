package main

import "fmt"

// Book is a single title held in the library catalog.
type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
	Copies int
}

// String implements fmt.Stringer for a compact catalog line.
func (b Book) String() string {
	return fmt.Sprintf("%s by %s (%d)", b.Title, b.Author, b.Year)
}

// Barcode is a numeric label stuck on each physical copy.
type Barcode uint32

func (c Barcode) String() string {
	return fmt.Sprintf("LIB-%08X", uint32(c))
}

type shelfMark struct {
	Section string
	Number  float64
}

func main() {
	b := Book{
		ISBN:   "978-0-13-110362-7",
		Title:  "The C Programming Language",
		Author: "Kernighan & Ritchie",
		Year:   1988,
		Copies: 3,
	}

	fmt.Printf("%%v:  %v\n", b)
	fmt.Printf("%%s:  %s\n", b)
	fmt.Printf("%%q:  %q\n", b.Title)
	fmt.Printf("%%T:  %T\n", b)
	fmt.Printf("%%d:  %d copies\n", b.Copies)

	mark := shelfMark{Section: "QA76", Number: 73.1}
	fmt.Printf("%%v:  %v\n", mark)
	fmt.Printf("%%+v: %+v\n", mark)
	fmt.Printf("%%#v: %#v\n", mark)

	codes := []Barcode{48879, 3054, 1}
	for i, c := range codes {
		fmt.Printf("copy %d: %v raw=%d hex=%x\n", i+1, c, uint32(c), uint32(c))
	}

	fmt.Printf("%-30s|%6s\n", "title", "year")
	fmt.Printf("%-30.30s|%6d\n", b.Title, b.Year)
	fmt.Printf("%-30.30s|%6d\n", "Go", 2015)

	price := 42.5
	fmt.Printf("replacement cost: [%8.2f]\n", price)
	fmt.Printf("replacement cost: [%-8.2f]\n", price)
	fmt.Printf("as exponent:      %e\n", price)
	fmt.Printf("bool available:   %t\n", b.Copies > 0)
	fmt.Printf("pointer type:     %T\n", &b)
	fmt.Printf("slice of codes:   %v\n", codes)
	fmt.Printf("isbn bytes:       % x\n", b.ISBN[:3])
}
