package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Guest struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	VIP   bool   `json:"vip"`
}

type Reservation struct {
	ID       string            `json:"id"`
	Guest    Guest             `json:"guest"`
	Room     int               `json:"room"`
	Nights   int               `json:"nights"`
	Rate     float64           `json:"rate_per_night"`
	Extras   []string          `json:"extras,omitempty"`
	Notes    map[string]string `json:"notes,omitempty"`
	internal string
}

func (r Reservation) Total() float64 { return float64(r.Nights) * r.Rate }

const incoming = `[
  {"id":"R-1001","guest":{"name":"Ana Souza","vip":true},"room":412,"nights":3,"rate_per_night":180.5,
   "extras":["parking","breakfast"],"notes":{"pillow":"firm","arrival":"late"}},
  {"id":"R-1002","guest":{"name":"Ben Ito","email":"ben@example.com","vip":false},"room":207,"nights":1,"rate_per_night":99}
]`

func main() {
	var list []Reservation
	if err := json.Unmarshal([]byte(incoming), &list); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	for _, r := range list {
		fmt.Printf("%s %-10s room %d  %d night(s)  total %.2f  extras=%v\n",
			r.ID, r.Guest.Name, r.Room, r.Nights, r.Total(), r.Extras)
	}

	// Modify and re-encode one reservation (map keys are sorted by encoding/json).
	r := list[0]
	r.Nights++
	r.internal = "never serialized"
	r.Notes["crib"] = "yes"
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	compact, _ := json.Marshal(list[1])
	fmt.Println(string(compact))

	// Decode into a generic map to inspect unknown structure.
	var generic map[string]any
	_ = json.Unmarshal(compact, &generic)
	fmt.Printf("room field is %T with value %v\n", generic["room"], generic["room"])

	// Errors from bad input.
	dec := json.NewDecoder(strings.NewReader(`{"id":"R-9","room":"penthouse"}`))
	var bad Reservation
	if err := dec.Decode(&bad); err != nil {
		var typeErr *json.UnmarshalTypeError
		fmt.Println("bad input:", err)
		if errors.As(err, &typeErr) {
			fmt.Printf("field %q expected %v\n", typeErr.Field, typeErr.Type)
		}
	}
}
