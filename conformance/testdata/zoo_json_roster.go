package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Diet struct {
	Food  string  `json:"food"`
	Kg    float64 `json:"kg"`
	Times int     `json:"times_per_day"`
}

type Animal struct {
	Name      string   `json:"name"`
	Species   string   `json:"species"`
	Age       int      `json:"age"`
	Enclosure string   `json:"enclosure,omitempty"`
	Diet      []Diet   `json:"diet"`
	Notes     []string `json:"notes,omitempty"`
	internal  string
}

const input = `[
  {"name": "Tembo", "species": "elephant", "age": 31, "enclosure": "Savanna",
   "diet": [{"food": "hay", "kg": 90, "times_per_day": 3}, {"food": "fruit", "kg": 8.5, "times_per_day": 1}]},
  {"name": "Ice", "species": "penguin", "age": 4,
   "diet": [{"food": "herring", "kg": 0.9, "times_per_day": 2}], "notes": ["molting"]}
]`

func main() {
	var roster []Animal
	if err := json.Unmarshal([]byte(input), &roster); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	for _, a := range roster {
		daily := 0.0
		for _, d := range a.Diet {
			daily += d.Kg * float64(d.Times)
		}
		fmt.Printf("%s (%s, %d): %.1f kg/day, enclosure=%q\n", a.Name, a.Species, a.Age, daily, a.Enclosure)
	}

	roster[1].Enclosure = "Polar"
	roster[1].Notes = nil
	roster[1].internal = "not exported"
	out, err := json.Marshal(roster[1])
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	pretty, _ := json.MarshalIndent(roster[0].Diet[0], "", "  ")
	fmt.Println(string(pretty))

	var generic map[string]any
	_ = json.Unmarshal([]byte(`{"name":"Kiwi","age":2,"tags":["bird","nocturnal"]}`), &generic)
	fmt.Printf("age has type %T, tags has type %T\n", generic["age"], generic["tags"])

	bad := `{"name": "Oops", "age": "seven"}`
	var a Animal
	err = json.Unmarshal([]byte(bad), &a)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("bad field %q: got %s\n", typeErr.Field, typeErr.Value)
	}

	dec := json.NewDecoder(strings.NewReader(`{"food":"krill","kg":1.5,"times_per_day":4,"extra":true}`))
	dec.DisallowUnknownFields()
	var d Diet
	fmt.Println("strict decode:", dec.Decode(&d))
}
