package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Status int

const (
	Active Status = iota
	Discontinued
	Backorder
)

var statusNames = map[Status]string{Active: "active", Discontinued: "discontinued", Backorder: "backorder"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalText() ([]byte, error) {
	name, ok := statusNames[s]
	if !ok {
		return nil, fmt.Errorf("bad status %d", int(s))
	}
	return []byte(name), nil
}

func (s *Status) UnmarshalText(b []byte) error {
	for k, v := range statusNames {
		if v == string(b) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Dimensions struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
	D float64 `json:"d"`
}

type Item struct {
	SKU      string            `json:"sku"`
	Name     string            `json:"name"`
	Qty      int               `json:"qty"`
	Status   Status            `json:"status"`
	Tags     []string          `json:"tags,omitempty"`
	Dims     *Dimensions       `json:"dims,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	internal string
}

func main() {
	items := []Item{
		{SKU: "LMP-001", Name: "Desk lamp", Qty: 12, Status: Active, Tags: []string{"office", "lighting"},
			Dims: &Dimensions{20, 45, 20}, Attrs: map[string]string{"color": "black", "bulb": "E27"}},
		{SKU: "CHR-204", Name: "Chair", Qty: 0, Status: Backorder, internal: "hidden"},
		{SKU: "TBL-009", Name: "Side table \"Oslo\"", Qty: 3, Status: Discontinued},
	}
	out, err := json.MarshalIndent(items, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(out))

	var back []Item
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	for _, it := range back {
		fmt.Printf("%-8s %-20q qty=%2d status=%-12v dims=%v internal=%q\n", it.SKU, it.Name, it.Qty, it.Status, it.Dims != nil, it.internal)
	}

	bad := []string{
		`{"sku":"X","status":"retired"}`,
		`{"sku":"Y","qty":"many"}`,
		`{"sku":"Z","qty":5,"status":"active","extra":true}`,
	}
	for _, src := range bad {
		dec := json.NewDecoder(strings.NewReader(src))
		dec.DisallowUnknownFields()
		var it Item
		err := dec.Decode(&it)
		var ute *json.UnmarshalTypeError
		switch {
		case err == nil:
			fmt.Printf("decoded %+v\n", it)
		case errors.As(err, &ute):
			fmt.Printf("type error: field=%s value=%s want=%v\n", ute.Field, ute.Value, ute.Type)
		default:
			fmt.Println("error:", err)
		}
	}
	_, err = json.Marshal(Item{SKU: "Q", Status: Status(9)})
	fmt.Println("marshal bad status:", err != nil)
}
