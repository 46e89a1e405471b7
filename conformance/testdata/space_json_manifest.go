package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type CrewMember struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

type Payload struct {
	Name   string  `json:"name"`
	MassKg float64 `json:"mass_kg"`
	Secret bool    `json:"-"`
}

type Manifest struct {
	Mission  string             `json:"mission"`
	Vehicle  string             `json:"vehicle"`
	Crew     []CrewMember       `json:"crew,omitempty"`
	Payloads []Payload          `json:"payloads"`
	Orbit    map[string]float64 `json:"orbit"`
	Notes    string             `json:"notes,omitempty"`
}

func (m Manifest) TotalMass() float64 {
	sum := 0.0
	for _, p := range m.Payloads {
		sum += p.MassKg
	}
	return sum
}

const incoming = `{
  "mission": "ARTEMIS-DEMO",
  "vehicle": "Heavy-9",
  "crew": [
    {"name": "R. Vance", "role": "commander"},
    {"name": "P. Iyer", "role": "pilot"}
  ],
  "payloads": [
    {"name": "Lunar Relay", "mass_kg": 1250.5},
    {"name": "Rover Kit", "mass_kg": 430}
  ],
  "orbit": {"apogee_km": 384400, "perigee_km": 185, "inclination_deg": 28.5}
}`

func main() {
	var m Manifest
	if err := json.Unmarshal([]byte(incoming), &m); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("mission %s on %s, crew %d, payload %.1f kg\n",
		m.Mission, m.Vehicle, len(m.Crew), m.TotalMass())
	for _, c := range m.Crew {
		fmt.Printf("  %+v\n", c)
	}
	fmt.Printf("inclination: %.1f deg\n", m.Orbit["inclination_deg"])

	cargo := Manifest{
		Mission:  "CARGO-12",
		Vehicle:  "Lifter-2",
		Payloads: []Payload{{Name: "Water", MassKg: 600}, {Name: "Classified", MassKg: 75, Secret: true}},
		Orbit:    map[string]float64{"perigee_km": 410, "apogee_km": 420},
	}
	out, err := json.MarshalIndent(cargo, "", "  ")
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	bad := `{"mission": "X", "payloads": [{"name": "Y", "mass_kg": "heavy"}]}`
	var broken Manifest
	err = json.NewDecoder(strings.NewReader(bad)).Decode(&broken)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("bad field %q: got %s, want %v\n", typeErr.Field, typeErr.Value, typeErr.Type)
	}
}
