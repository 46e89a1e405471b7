package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type LineItem struct {
	SKU      string  `json:"sku"`
	Quantity int     `json:"qty"`
	Price    float64 `json:"price"`
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Ship     Address           `json:"ship_to"`
	Items    []LineItem        `json:"items"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Paid     bool              `json:"paid"`
	Notes    *string           `json:"notes"`
	internal int
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Quantity) * it.Price
	}
	return t
}

func main() {
	note := "leave at door"
	orig := Order{
		ID:       4411,
		Customer: "Grace Hopper",
		Ship:     Address{Street: "1 Navy Way", City: "Arlington"},
		Items: []LineItem{
			{"PEN-BLK", 10, 0.99},
			{"NB-A5", 3, 4.5},
		},
		Tags:     []string{"priority", "gift"},
		Meta:     map[string]string{"source": "web", "campaign": "spring", "ab": "b"},
		Paid:     true,
		Notes:    &note,
		internal: 7,
	}

	compact, err := json.Marshal(orig)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(compact))

	pretty, _ := json.MarshalIndent(orig.Items, "", "  ")
	fmt.Println(string(pretty))

	var back Order
	if err := json.Unmarshal(compact, &back); err != nil {
		panic(err)
	}
	orig.internal = 0
	fmt.Println("round trip equal:", reflect.DeepEqual(orig, back))
	fmt.Printf("total: %.2f, notes: %q\n", back.Total(), *back.Notes)

	raw := `{"id": 9, "customer": "Linus", "items": [{"sku":"X","qty":2,"price":1.25}],
	         "paid": false, "notes": null, "extra": [1,2,3]}`
	var o2 Order
	dec := json.NewDecoder(strings.NewReader(raw))
	if err := dec.Decode(&o2); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", o2)

	dec = json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	var o3 Order
	err = dec.Decode(&o3)
	fmt.Println("strict decode error:", err)

	var generic map[string]any
	_ = json.Unmarshal([]byte(raw), &generic)
	items := generic["items"].([]any)
	first := items[0].(map[string]any)
	fmt.Printf("generic: id=%v (%T) qty=%v extra=%v\n", generic["id"], generic["id"], first["qty"], generic["extra"])

	bad := `{"id": "not-a-number"}`
	var o4 Order
	err = json.Unmarshal([]byte(bad), &o4)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Printf("type error: field=%s value=%s type=%v\n", ute.Field, ute.Value, ute.Type)
	}
}
