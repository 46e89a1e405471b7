package main

import (
	"encoding/json"
	"fmt"
)

type Cents int64

// MarshalJSON writes money as a decimal string so no precision is lost.
func (c Cents) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%d.%02d", c/100, c%100))
}

type Address struct {
	Line1   string `json:"line1"`
	Line2   string `json:"line2,omitempty"`
	City    string `json:"city"`
	Postal  string `json:"postal_code"`
	Country string `json:"country"`
}

type Item struct {
	SKU       string `json:"sku"`
	Name      string `json:"name"`
	Qty       int    `json:"qty"`
	UnitPrice Cents  `json:"unit_price"`
	GiftWrap  bool   `json:"gift_wrap,omitempty"`
}

type Customer struct {
	ID       int    `json:"id"`
	Email    string `json:"email"`
	Phone    string `json:"phone,omitempty"`
	password string // unexported: never exported
}

type Order struct {
	ID         string            `json:"order_id"`
	Customer   Customer          `json:"customer"`
	Items      []Item            `json:"items"`
	ShipTo     *Address          `json:"ship_to,omitempty"`
	Coupon     string            `json:"coupon,omitempty"`
	Total      Cents             `json:"total"`
	Tags       []string          `json:"tags,omitempty"`
	Meta       map[string]string `json:"meta,omitempty"`
	InternalID int               `json:"-"`
}

func (o *Order) computeTotal() {
	o.Total = 0
	for _, it := range o.Items {
		o.Total += it.UnitPrice * Cents(it.Qty)
	}
}

func main() {
	physical := Order{
		ID:       "ORD-7781",
		Customer: Customer{ID: 42, Email: "mia@example.com", Phone: "+1-555-0100", password: "hunter2"},
		Items: []Item{
			{SKU: "CANDLE-L", Name: "Soy Candle (L)", Qty: 2, UnitPrice: 1800, GiftWrap: true},
			{SKU: "MATCH-10", Name: "Matches x10", Qty: 1, UnitPrice: 250},
		},
		ShipTo:     &Address{Line1: "4 Quay St", City: "Leeds", Postal: "LS1 4AB", Country: "GB"},
		Coupon:     "HYGGE5",
		Tags:       []string{"gift"},
		Meta:       map[string]string{"source": "newsletter", "campaign": "winter"},
		InternalID: 99123,
	}
	physical.computeTotal()

	digital := Order{
		ID:       "ORD-7782",
		Customer: Customer{ID: 7, Email: "raj@example.com"},
		Items:    []Item{{SKU: "EBOOK-GO", Name: "Learning Go (ebook)", Qty: 1, UnitPrice: 2999}},
	}
	digital.computeTotal()

	data, err := json.MarshalIndent(physical, "", "  ")
	if err != nil {
		fmt.Println("export failed:", err)
		return
	}
	fmt.Println(string(data))

	// digital orders have no address, so ship_to is dropped entirely
	compact, err := json.Marshal(digital)
	if err != nil {
		fmt.Println("export failed:", err)
		return
	}
	fmt.Println(string(compact))
}
