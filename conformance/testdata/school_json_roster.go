package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Guardian struct {
	Name  string `json:"name"`
	Phone string `json:"phone,omitempty"`
}

type Pupil struct {
	ID        int            `json:"id"`
	Name      string         `json:"name"`
	Form      string         `json:"form"`
	Grades    map[string]int `json:"grades"`
	Guardian  *Guardian      `json:"guardian,omitempty"`
	Notes     string         `json:"-"`
	Boarding  bool           `json:"boarding"`
	Nicknames []string       `json:"nicknames,omitempty"`
}

type Roster struct {
	School string  `json:"school"`
	Pupils []Pupil `json:"pupils"`
}

const input = `{
  "school": "Hillside Academy",
  "pupils": [
    {"id": 1, "name": "Ravi", "form": "7B", "grades": {"maths": 81, "art": 90}, "boarding": true},
    {"id": 2, "name": "Sofia", "form": "7A", "grades": {"maths": 95},
     "guardian": {"name": "Elena", "phone": "555-0102"}, "nicknames": ["Sof"]},
    {"id": 3, "name": "Tom", "form": "8C", "grades": {}, "unknown_field": 42}
  ]
}`

func main() {
	var r Roster
	if err := json.Unmarshal([]byte(input), &r); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("School: %s, pupils: %d\n", r.School, len(r.Pupils))
	for _, p := range r.Pupils {
		g := "none"
		if p.Guardian != nil {
			g = p.Guardian.Name
		}
		fmt.Printf("  #%d %-6s form=%s grades=%v guardian=%s\n", p.ID, p.Name, p.Form, p.Grades, g)
	}

	r.Pupils[2].Grades["science"] = 73
	r.Pupils[2].Notes = "secret"
	r.Pupils = append(r.Pupils, Pupil{ID: 4, Name: "Uma", Form: "7A",
		Guardian: &Guardian{Name: "Raj"}})

	out, err := json.MarshalIndent(r.Pupils[2:], "", "  ")
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"form": "7A", "count": 2, "tag": "<A&B>"})

	var bad Roster
	err = json.Unmarshal([]byte(`{"school": 7}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error on field %q: got %s\n", typeErr.Field, typeErr.Value)
	}

	dec := json.NewDecoder(strings.NewReader(`{"id":9,"name":"Vic","extra":true}`))
	dec.DisallowUnknownFields()
	var p Pupil
	fmt.Println("strict decode:", dec.Decode(&p))
}
