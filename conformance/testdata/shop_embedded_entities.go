package main

import (
	"fmt"
	"strings"
)

// Audit holds fields every stored entity shares.
type Audit struct {
	ID        int
	CreatedBy string
	Version   int
}

func (a *Audit) Touch(user string) {
	a.Version++
	if a.CreatedBy == "" {
		a.CreatedBy = user
	}
}

func (a Audit) Label() string { return fmt.Sprintf("#%d v%d by %s", a.ID, a.Version, a.CreatedBy) }

type Priced struct {
	PriceCents int64
}

func (p Priced) PriceString() string {
	return fmt.Sprintf("$%d.%02d", p.PriceCents/100, p.PriceCents%100)
}

type Product struct {
	Audit
	Priced
	Name string
}

type DigitalProduct struct {
	Product
	DownloadMB int
}

// Label overrides the promoted Audit.Label but still reuses it.
func (d DigitalProduct) Label() string {
	return d.Product.Label() + fmt.Sprintf(" [download %d MB]", d.DownloadMB)
}

type Customer struct {
	Audit
	Email string
}

type Labeler interface{ Label() string }

type Toucher interface{ Touch(user string) }

func main() {
	chair := Product{Audit: Audit{ID: 1}, Priced: Priced{14900}, Name: "Oak Chair"}
	ebook := DigitalProduct{
		Product:    Product{Audit: Audit{ID: 2}, Priced: Priced{1299}, Name: "Woodworking 101"},
		DownloadMB: 48,
	}
	cust := Customer{Audit: Audit{ID: 77}, Email: "noor@example.com"}

	// Touch is promoted from Audit; pointers let it modify the embedded struct.
	for _, t := range []Toucher{&chair, &ebook, &cust} {
		t.Touch("admin")
	}
	chair.Touch("editor")
	chair.PriceCents = 12900 // promoted field from Priced

	fmt.Println(chair.Name, chair.PriceString(), chair.Label())
	fmt.Println(ebook.Name, ebook.PriceString(), ebook.Label())
	fmt.Println(cust.Email, cust.Label())

	// The embedded value is still reachable explicitly.
	fmt.Println("ebook inner label:", ebook.Product.Audit.Label())
	fmt.Println("ebook id via promotion:", ebook.ID, "same as", ebook.Product.Audit.ID)

	var all []Labeler = []Labeler{chair, ebook, cust}
	fmt.Println("all labels:")
	for _, l := range all {
		kind := fmt.Sprintf("%T", l)
		fmt.Printf("  %-22s %s\n", strings.TrimPrefix(kind, "main."), l.Label())
	}

	fmt.Printf("%+v\n", chair)
}
