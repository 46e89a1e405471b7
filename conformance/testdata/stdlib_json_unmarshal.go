package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Items    []Item            `json:"items"`
	Meta     map[string]string `json:"meta"`
	Coupon   *string           `json:"coupon"`
}

const orderJSON = `{"id": 1001, "customer": "Grace",
  "items": [{"sku": "PEN-1", "qty": 3, "price": 1.25}, {"sku": "PAD-9", "qty": 1, "price": 4.5}],
  "meta": {"channel": "web"}, "coupon": null, "paid": true}`

func main() {
	var order Order
	if err := json.Unmarshal([]byte(orderJSON), &order); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", order)
	fmt.Println("lines:", len(order.Items), "coupon nil:", order.Coupon == nil)

	var generic map[string]any
	_ = json.Unmarshal([]byte(orderJSON), &generic)
	for _, k := range slices.Sorted(maps.Keys(generic)) {
		fmt.Printf("%-8s %-22T %v\n", k, generic[k], generic[k])
	}
	first := generic["items"].([]any)[0].(map[string]any)
	fmt.Println("first sku:", first["sku"], "qty*2:", first["qty"].(float64)*2)

	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "small": 3, "pi": 3.14}`))
	dec.UseNumber()
	var nums map[string]any
	_ = dec.Decode(&nums)
	for _, k := range slices.Sorted(maps.Keys(nums)) {
		n := nums[k].(json.Number)
		i, errI := n.Int64()
		f, _ := n.Float64()
		fmt.Printf("%-5s string=%s int=%d interr=%v float=%g\n", k, n, i, errI != nil, f)
	}

	bad := []string{`{"id": "seven"}`, `{"id": 1,}`, `[1, 2`, `{"items": {"sku": "x"}}`}
	for _, b := range bad {
		var o Order
		err := json.Unmarshal([]byte(b), &o)
		fmt.Printf("%-24s -> %v\n", b, err)
		if se, ok := errors.AsType[*json.SyntaxError](err); ok {
			fmt.Println("   syntax error at offset", se.Offset)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			fmt.Println("   type error: field", te.Field, "value", te.Value)
		}
	}

	strict := json.NewDecoder(strings.NewReader(`{"sku": "A", "color": "red"}`))
	strict.DisallowUnknownFields()
	var it Item
	fmt.Println("strict:", strict.Decode(&it))
	var list []int
	fmt.Println(json.Unmarshal([]byte(`[3, 1, 2]`), &list), list, json.Valid([]byte(`{"a":}`)))
}
