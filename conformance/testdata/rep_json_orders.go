package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Address struct {
	Street  string `json:"street"`
	City    string `json:"city"`
	Postal  string `json:"postal_code"`
	Country string `json:"country"`
	Line2   string `json:"line2,omitempty"`
}

type OrderLine struct {
	SKU      string  `json:"sku"`
	Qty      int     `json:"qty"`
	Price    float64 `json:"unit_price"`
	Discount float64 `json:"discount,omitempty"`
}

type Customer struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

type Order struct {
	ID       string            `json:"order_id"`
	Customer Customer          `json:"customer"`
	ShipTo   *Address          `json:"ship_to,omitempty"`
	Lines    []OrderLine       `json:"lines"`
	Notes    string            `json:"-"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Paid     bool              `json:"paid"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, l := range o.Lines {
		t += float64(l.Qty) * l.Price * (1 - l.Discount)
	}
	return t
}

const incoming = `[
  {"order_id":"SO-1001","customer":{"id":7,"name":"Northwind"},
   "ship_to":{"street":"1 Pier Rd","city":"Seattle","postal_code":"98101","country":"US"},
   "lines":[{"sku":"TEA-01","qty":10,"unit_price":4.5},{"sku":"MUG-02","qty":2,"unit_price":12,"discount":0.25}],
   "paid":true, "unknown_field": 42},
  {"order_id":"SO-1002","customer":{"id":9,"name":"Contoso","email":"ap@contoso.example"},
   "lines":[{"sku":"COF-11","qty":3,"unit_price":18.75}],
   "tags":["rush","wholesale"],"meta":{"channel":"edi","batch":"B7"},"paid":false}
]`

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(incoming), &orders); err != nil {
		fmt.Println("decode:", err)
		return
	}
	for _, o := range orders {
		city := "(pickup)"
		if o.ShipTo != nil {
			city = o.ShipTo.City
		}
		fmt.Printf("%s %-10s lines=%d total=%.2f paid=%t ship=%s\n",
			o.ID, o.Customer.Name, len(o.Lines), o.Total(), o.Paid, city)
	}

	// Internal note is never serialized.
	orders[0].Notes = "call before delivery"
	orders[0].Tags = append(orders[0].Tags, "priority")

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(orders[0]); err != nil {
		fmt.Println("encode:", err)
	}

	compact, err := json.Marshal(orders[1])
	if err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Println(string(compact))

	// Round-trip check.
	var back Order
	if err := json.Unmarshal(compact, &back); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("round trip equal total: %v, meta channel=%s\n", back.Total() == orders[1].Total(), back.Meta["channel"])

	var bad Order
	err = json.Unmarshal([]byte(`{"order_id":"SO-1","lines":[{"sku":"X","qty":"two"}]}`), &bad)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		fmt.Printf("type error at %s: got %s, want %v\n", te.Field, te.Value, te.Type)
	}
}
