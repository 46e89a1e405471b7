package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Flight struct {
	Number    string   `json:"number"`
	From      string   `json:"from"`
	To        string   `json:"to"`
	Minutes   int      `json:"minutes"`
	Seat      string   `json:"seat,omitempty"`
	Meals     []string `json:"meals,omitempty"`
	Cancelled bool     `json:"cancelled"`
}

type Trip struct {
	Reference string            `json:"ref"`
	Passenger string            `json:"passenger"`
	Flights   []Flight          `json:"flights"`
	Extras    map[string]int    `json:"extras"`
	Notes     *string           `json:"notes"`
	Tags      map[string]string `json:"-"`
}

const input = `{
  "ref": "QX7P2L",
  "passenger": "Olu Adeyemi",
  "flights": [
    {"number": "KL588", "from": "LOS", "to": "AMS", "minutes": 400, "seat": "32A", "meals": ["dinner"]},
    {"number": "KL1001", "from": "AMS", "to": "LHR", "minutes": 70, "cancelled": true},
    {"number": "BA431", "from": "AMS", "to": "LHR", "minutes": 75, "seat": "14C"}
  ],
  "extras": {"bags": 2, "lounge": 1},
  "notes": null,
  "unknown_field": 42
}`

func main() {
	var t Trip
	if err := json.Unmarshal([]byte(input), &t); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%s for %s, %d flights, notes=%v\n", t.Reference, t.Passenger, len(t.Flights), t.Notes)

	active := t.Flights[:0:0]
	total := 0
	for _, f := range t.Flights {
		if f.Cancelled {
			fmt.Printf("  skipping cancelled %s\n", f.Number)
			continue
		}
		active = append(active, f)
		total += f.Minutes
	}
	fmt.Printf("air time %dh%02dm across %d flights\n", total/60, total%60, len(active))
	fmt.Printf("first flight: %+v\n", active[0])

	note := "window seats preferred"
	t.Notes = &note
	t.Flights = active
	t.Extras["insurance"] = 1
	t.Tags = map[string]string{"internal": "not exported"}

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(t); err != nil {
		fmt.Println("encode error:", err)
	}

	// Strict decoding rejects unknown fields.
	dec := json.NewDecoder(strings.NewReader(input))
	dec.DisallowUnknownFields()
	var strict Trip
	err := dec.Decode(&strict)
	fmt.Println("strict decode:", err)

	var bad Flight
	err = json.Unmarshal([]byte(`{"number": "X1", "minutes": "ninety"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error on field %q: got %s, want %v\n", typeErr.Field, typeErr.Value, typeErr.Type)
	}
}
