package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
)

type LineItem struct {
	Product  string  `json:"product"`
	Quantity int     `json:"qty"`
	Price    float64 `json:"unit_price"`
}

type Order struct {
	ID       int        `json:"id"`
	Customer string     `json:"customer"`
	Items    []LineItem `json:"items"`
	Note     string     `json:"note,omitempty"`
	Pickup   bool       `json:"pickup"`
}

func (o Order) Total() float64 {
	sum := 0.0
	for _, it := range o.Items {
		sum += float64(it.Quantity) * it.Price
	}
	return sum
}

const incoming = `[
  {"id": 101, "customer": "Ada", "pickup": true,
   "items": [{"product": "sourdough", "qty": 2, "unit_price": 6.5},
             {"product": "cinnamon roll", "qty": 6, "unit_price": 2.25}]},
  {"id": 102, "customer": "Grace", "pickup": false, "note": "ring the bell",
   "items": [{"product": "birthday cake", "qty": 1, "unit_price": 38}]},
  {"id": 103, "customer": "Linus", "pickup": true,
   "items": []}
]`

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(incoming), &orders); err != nil {
		log.Fatal(err)
	}

	fmt.Printf("decoded %d orders\n", len(orders))
	for _, o := range orders {
		fmt.Printf("#%d %-6s items=%d total=%6.2f pickup=%t\n",
			o.ID, o.Customer, len(o.Items), o.Total(), o.Pickup)
		if o.Note != "" {
			fmt.Printf("     note: %q\n", o.Note)
		}
	}

	// Build a receipt and encode it back out.
	receipt := struct {
		OrderID int      `json:"order_id"`
		Lines   []string `json:"lines"`
		Total   float64  `json:"total"`
	}{OrderID: orders[0].ID, Total: orders[0].Total()}
	for _, it := range orders[0].Items {
		receipt.Lines = append(receipt.Lines, fmt.Sprintf("%dx %s", it.Quantity, it.Product))
	}

	compact, err := json.Marshal(receipt)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(compact))

	pretty, err := json.MarshalIndent(orders[2], "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(pretty))

	// Decoding into a generic map: keys are sorted by the encoder.
	var generic map[string]any
	_ = json.Unmarshal([]byte(`{"z": 1, "a": [true, null], "m": {"k": "v"}}`), &generic)
	again, _ := json.Marshal(generic)
	fmt.Println(string(again))

	var bad Order
	err = json.Unmarshal([]byte(`{"id": "not-a-number"}`), &bad)
	fmt.Println("bad input error:", err != nil)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("field %q expected %v\n", typeErr.Field, typeErr.Type)
	}
}
