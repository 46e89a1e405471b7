package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Shaft struct {
	ID          string   `json:"id"`
	ServedFloor []int    `json:"served_floors"`
	SpeedMps    float64  `json:"speed_mps"`
	Express     bool     `json:"express,omitempty"`
	Notes       *string  `json:"notes,omitempty"`
	Features    []string `json:"features,omitempty"`
}

type Building struct {
	Name    string            `json:"name"`
	Floors  int               `json:"floors"`
	Shafts  []Shaft           `json:"shafts"`
	Labels  map[string]string `json:"labels"`
	secret  string
	Ignored string `json:"-"`
}

const input = `{
  "name": "Harbor Tower",
  "floors": 24,
  "shafts": [
    {"id": "A", "served_floors": [0, 1, 2, 3, 4, 5, 6, 7, 8], "speed_mps": 1.6},
    {"id": "B", "served_floors": [0, 12, 13, 14, 15, 16], "speed_mps": 4.0, "express": true,
     "features": ["destination-dispatch", "regen-drive"]},
    {"id": "S", "served_floors": [-1, 0, 24], "speed_mps": 1.0, "notes": "service car"}
  ],
  "labels": {"owner": "Harbor LLC", "city": "Lisbon"},
  "unknown_field": 99
}`

func main() {
	var b Building
	if err := json.Unmarshal([]byte(input), &b); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%s has %d floors and %d shafts\n", b.Name, b.Floors, len(b.Shafts))
	for _, s := range b.Shafts {
		note := "-"
		if s.Notes != nil {
			note = *s.Notes
		}
		top := slices.Max(s.ServedFloor)
		fmt.Printf("  shaft %s: %d stops, top %2d, %.1f m/s, express=%t, notes=%s, features=%s\n",
			s.ID, len(s.ServedFloor), top, s.SpeedMps, s.Express, note, strings.Join(s.Features, "+"))
	}

	// Modify and encode back; map keys are emitted in sorted order.
	b.Shafts = slices.DeleteFunc(b.Shafts, func(s Shaft) bool { return s.ID == "S" })
	b.Labels["status"] = "renovating"
	b.secret = "hidden"
	b.Ignored = "also hidden"
	for _, s := range b.Shafts {
		line, err := json.Marshal(s)
		if err != nil {
			fmt.Println("encode error:", err)
			return
		}
		fmt.Println(string(line))
	}
	labels, _ := json.MarshalIndent(b.Labels, "", "  ")
	fmt.Println(string(labels))
	whole, _ := json.Marshal(b)
	fmt.Println("secret or ignored leaked:", strings.Contains(string(whole), "hidden"))

	// Decoding into a generic map.
	var raw map[string]any
	_ = json.Unmarshal([]byte(input), &raw)
	fmt.Printf("floors as %T = %v\n", raw["floors"], raw["floors"])
	fmt.Printf("unknown_field = %v\n", raw["unknown_field"])

	// Errors for bad input.
	var bad Building
	err := json.Unmarshal([]byte(`{"floors": "many"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error: field=%s value=%s\n", typeErr.Field, typeErr.Value)
	}
}
