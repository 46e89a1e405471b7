package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Money is stored in cents but serialized as a decimal string.
type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%d.%02d", m/100, m%100))
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money must be a string: %w", err)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("bad money %q: %w", s, err)
	}
	*m = Money(f*100 + 0.5)
	return nil
}

type Item struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price Money  `json:"unit_price"`
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Items    []Item            `json:"items"`
	Notes    string            `json:"notes,omitempty"`
	Tags     map[string]string `json:"tags,omitempty"`
	Paid     bool              `json:"paid"`
	Internal string            `json:"-"`
	Total    Money             `json:"total"`
	Weight   float64           `json:"weight_kg,string"`
}

func (o *Order) Recalc() {
	o.Total = 0
	for _, it := range o.Items {
		o.Total += it.Price * Money(it.Qty)
	}
}

const input = `[
 {"id": 17, "customer": "Northwind", "paid": true, "weight_kg": "12.5",
  "items": [{"sku": "A-1", "qty": 3, "unit_price": "19.99"}, {"sku": "B-7", "qty": 1, "unit_price": "250.00"}],
  "tags": {"region": "EU", "channel": "web"}, "total": "0.00"},
 {"id": 18, "customer": "Contoso", "paid": false, "weight_kg": "0.75",
  "items": [{"sku": "C-2", "qty": 10, "unit_price": "4.05"}], "notes": "leave at dock", "total": "0.00"}
]`

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(input), &orders); err != nil {
		fmt.Println("decode:", err)
		return
	}
	for i := range orders {
		orders[i].Recalc()
		orders[i].Internal = "secret-margin"
	}
	for _, o := range orders {
		fmt.Printf("%+v\n", o)
	}

	out, err := json.MarshalIndent(orders[0], "", "  ")
	if err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Println(string(out))

	compact, _ := json.Marshal(orders[1])
	fmt.Println(string(compact))
	fmt.Println("internal field leaked:", strings.Contains(string(out)+string(compact), "secret"))

	bad := []string{
		`{"id": "nineteen", "customer": "X"}`,
		`{"id": 20, "items": [{"sku": "Z", "qty": 1, "unit_price": 9.99}]}`,
		`{"id": 21, "customer": "Y", "discount": 5}`,
		`{"id": 22, "customer": "Y"`,
	}
	for _, b := range bad {
		var o Order
		dec := json.NewDecoder(strings.NewReader(b))
		dec.DisallowUnknownFields()
		err := dec.Decode(&o)
		var typeErr *json.UnmarshalTypeError
		var synErr *json.SyntaxError
		switch {
		case errors.As(err, &typeErr):
			fmt.Printf("type error: field=%s want=%v\n", typeErr.Field, typeErr.Type)
		case errors.As(err, &synErr):
			fmt.Printf("syntax error at offset %d\n", synErr.Offset)
		case err != nil:
			fmt.Println("other error:", err)
		default:
			fmt.Println("ok")
		}
	}
}
