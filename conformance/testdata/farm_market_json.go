package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
)

type Quote struct {
	Commodity string   `json:"commodity"`
	Unit      string   `json:"unit"`
	Price     float64  `json:"price"`
	Change    float64  `json:"change_pct"`
	Organic   bool     `json:"organic,omitempty"`
	Markets   []string `json:"markets"`
	internal  string
}

type Bulletin struct {
	Week   int     `json:"week"`
	Quotes []Quote `json:"quotes"`
}

const incoming = `{
  "week": 27,
  "quotes": [
    {"commodity": "wheat", "unit": "tonne", "price": 231.5, "change_pct": -1.2, "markets": ["Leeds", "York"]},
    {"commodity": "milk", "unit": "litre", "price": 0.38, "change_pct": 0.5, "organic": true, "markets": ["Bristol"]},
    {"commodity": "eggs", "unit": "dozen", "price": 2.15, "change_pct": 3.1, "markets": []}
  ]
}`

func main() {
	var b Bulletin
	if err := json.Unmarshal([]byte(incoming), &b); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("week %d, %d quotes\n", b.Week, len(b.Quotes))
	sort.Slice(b.Quotes, func(i, j int) bool { return b.Quotes[i].Change > b.Quotes[j].Change })
	for _, q := range b.Quotes {
		fmt.Printf("  %-6s %8.2f per %-6s %+5.1f%% organic=%t markets=%q\n",
			q.Commodity, q.Price, q.Unit, q.Change, q.Organic, q.Markets)
	}

	b.Quotes = append(b.Quotes, Quote{Commodity: "wool", Unit: "kg", Price: 1.05, internal: "hidden"})
	out, err := json.Marshal(b.Quotes[len(b.Quotes)-1])
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println("compact:", string(out))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b.Quotes[1]); err != nil {
		fmt.Println("encode error:", err)
	}

	var generic map[string]any
	if err := json.Unmarshal([]byte(incoming), &generic); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	keys := make([]string, 0, len(generic))
	for k := range generic {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("top-level %q has type %T\n", k, generic[k])
	}

	var bad Bulletin
	err = json.Unmarshal([]byte(`{"week": "twenty"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("bad field %q: got %s, want %v\n", typeErr.Field, typeErr.Value, typeErr.Type)
	}
}
