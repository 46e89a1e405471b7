package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Weight marshals as a string with a unit, e.g. "12.5kg".
type Weight float64

func (w Weight) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%.1fkg", float64(w)))
}

func (w *Weight) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("weight must be a string: %w", err)
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "kg"), 64)
	if err != nil {
		return fmt.Errorf("weight %q: %w", s, err)
	}
	*w = Weight(v)
	return nil
}

type Parcel struct {
	ID      string   `json:"id"`
	Weight  Weight   `json:"weight"`
	Stops   []string `json:"stops"`
	Fragile bool     `json:"fragile,omitempty"`
}

func decode(input string) {
	var p Parcel
	err := json.Unmarshal([]byte(input), &p)
	if err == nil {
		fmt.Printf("ok      %+v\n", p)
		return
	}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		fmt.Printf("syntax  offset %d: %v\n", syn.Offset, syn)
	case errors.As(err, &typ):
		fmt.Printf("type    field %q wants %v, got %s\n", typ.Field, typ.Type, typ.Value)
	default:
		fmt.Printf("other   %v (is ErrSyntax: %t)\n", err, errors.Is(err, strconv.ErrSyntax))
	}
}

func main() {
	inputs := []string{
		`{"id":"P-1","weight":"12.5kg","stops":["Depot","Lyon"]}`,
		`{"id":"P-2","weight":"3kg","stops":[],"fragile":true}`,
		`{"id":"P-3","weight":"7kg",}`,
		`{"id":42,"weight":"1kg"}`,
		`{"id":"P-5","weight":9}`,
		`{"id":"P-6","weight":"heavy"}`,
		`{"id":"P-7","stops":"Paris"}`,
		`[1,2,3]`,
	}
	for _, in := range inputs {
		decode(in)
	}

	out, err := json.Marshal([]Parcel{
		{ID: "P-8", Weight: 2.25, Stops: []string{"Nice"}},
		{ID: "P-9", Weight: 40, Fragile: true},
	})
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(out))

	_, err = json.Marshal(map[string]any{"bad": make(chan int)})
	var ute *json.UnsupportedTypeError
	fmt.Println("unsupported type:", errors.As(err, &ute), err)

	fmt.Println("valid?", json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
}
