package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

const productFeed = `sku,name,price,qty,category
BK-001,"Go in Action",39.99,12,books
BK-002,"The Pragmatic Programmer",44.50,0,books
EL-100,USB Hub,19.9,25,electronics
EL-101,"Monitor Stand, Bamboo",34.00,7,electronics
EL-102,Webcam,abc,3,electronics
KT-010,Chef Knife,59.00,-2,kitchen
KT-011,Cutting Board,24.95,15
KT-012,Spatula,4.5,40,kitchen
`

type Product struct {
	SKU      string
	Name     string
	Cents    int64
	Qty      int
	Category string
}

// parseCents turns "19.9" or "44.50" into cents without using floats.
func parseCents(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("too many decimals in %q", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad price %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad price %q: %w", s, err)
	}
	return w*100 + f, nil
}

func parseRow(rec []string) (Product, error) {
	price, err := parseCents(rec[2])
	if err != nil {
		return Product{}, err
	}
	qty, err := strconv.Atoi(rec[3])
	if err != nil {
		return Product{}, fmt.Errorf("bad qty: %w", err)
	}
	if qty < 0 {
		return Product{}, fmt.Errorf("negative qty %d", qty)
	}
	return Product{rec[0], rec[1], price, qty, rec[4]}, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(productFeed))
	r.FieldsPerRecord = -1 // we check the count ourselves

	header, err := r.Read()
	if err != nil {
		fmt.Println("cannot read header:", err)
		return
	}
	fmt.Println("columns:", strings.Join(header, " | "))

	var products []Product
	var problems []string
	line := 1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if len(rec) != len(header) {
			problems = append(problems, fmt.Sprintf("line %d: expected %d fields, got %d", line, len(header), len(rec)))
			continue
		}
		p, err := parseRow(rec)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d (%s): %v", line, rec[0], err))
			continue
		}
		products = append(products, p)
	}

	fmt.Printf("imported %d products:\n", len(products))
	var stockValue int64
	for _, p := range products {
		v := p.Cents * int64(p.Qty)
		stockValue += v
		fmt.Printf("  %-7s %-26s %4d.%02d x %2d  [%s]\n", p.SKU, p.Name, p.Cents/100, p.Cents%100, p.Qty, p.Category)
	}
	fmt.Printf("stock value: %d.%02d\n", stockValue/100, stockValue%100)

	fmt.Printf("%d rows rejected:\n", len(problems))
	for _, msg := range problems {
		fmt.Println("  " + msg)
	}
}
