package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
)

type Sale struct {
	Item     string  `json:"item"`
	Qty      int     `json:"qty"`
	Price    float64 `json:"price"`
	Barista  string  `json:"barista"`
	Discount float64 `json:"discount,omitempty"`
}

type Report struct {
	Date       string             `json:"date"`
	Revenue    float64            `json:"revenue"`
	ItemsSold  int                `json:"items_sold"`
	ByItem     map[string]int     `json:"by_item"`
	ByBarista  map[string]float64 `json:"by_barista"`
	TopItem    string             `json:"top_item"`
	Notes      []string           `json:"notes,omitempty"`
	internalID int
}

const input = `[
 {"item":"latte","qty":2,"price":4.5,"barista":"ana"},
 {"item":"espresso","qty":1,"price":2.75,"barista":"ben"},
 {"item":"scone","qty":3,"price":3.2,"barista":"ana","discount":0.5},
 {"item":"latte","qty":1,"price":4.5,"barista":"chloe"},
 {"item":"mocha","qty":2,"price":5.25,"barista":"ben"}
]`

func build(date string, sales []Sale) Report {
	r := Report{Date: date, ByItem: map[string]int{}, ByBarista: map[string]float64{}, internalID: 99}
	for _, s := range sales {
		amount := float64(s.Qty)*s.Price - s.Discount
		r.Revenue += amount
		r.ItemsSold += s.Qty
		r.ByItem[s.Item] += s.Qty
		r.ByBarista[s.Barista] += amount
	}
	items := make([]string, 0, len(r.ByItem))
	for k := range r.ByItem {
		items = append(items, k)
	}
	sort.Slice(items, func(i, j int) bool {
		if r.ByItem[items[i]] != r.ByItem[items[j]] {
			return r.ByItem[items[i]] > r.ByItem[items[j]]
		}
		return items[i] < items[j]
	})
	r.TopItem = items[0]
	return r
}

func main() {
	var sales []Sale
	if err := json.Unmarshal([]byte(input), &sales); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("decoded %d sales; first: %+v\n", len(sales), sales[0])

	rep := build("2024-03-15", sales)
	out, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	var back Report
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("round trip error:", err)
		return
	}
	fmt.Println("round trip top item:", back.TopItem, "internalID:", back.internalID)

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"ok": true, "count": len(sales), "note": "<closing>"})

	var bad []Sale
	err = json.Unmarshal([]byte(`[{"item":"tea","qty":"two"}]`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error on field %q: got %s\n", typeErr.Field, typeErr.Value)
	}
}
