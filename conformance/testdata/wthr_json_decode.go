package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Unit is a measurement unit stored as a short code in JSON.
type Unit int

const (
	UnitUnknown Unit = iota
	UnitCelsius
	UnitFahrenheit
	UnitKmh
	UnitMph
)

var unitCodes = map[string]Unit{"C": UnitCelsius, "F": UnitFahrenheit, "km/h": UnitKmh, "mph": UnitMph}

func (u Unit) String() string {
	return [...]string{"unknown", "celsius", "fahrenheit", "km/h", "mph"}[u]
}

func (u *Unit) UnmarshalJSON(data []byte) error {
	var code string
	if json.Unmarshal(data, &code) != nil {
		return fmt.Errorf("unit must be a string, got %s", data)
	}
	v, ok := unitCodes[code]
	if !ok {
		return fmt.Errorf("unknown unit %q", code)
	}
	*u = v
	return nil
}

type Measurement struct {
	Station string  `json:"station"`
	Value   float64 `json:"value"`
	Unit    Unit    `json:"unit"`
}

// Normalized returns the value in metric units.
func (m Measurement) Normalized() (float64, string) {
	switch m.Unit {
	case UnitFahrenheit:
		return (m.Value - 32) * 5 / 9, "celsius"
	case UnitMph:
		return m.Value * 1.609344, "km/h"
	}
	return m.Value, m.Unit.String()
}

const payload = `[
  {"station": "PDX", "value": 59, "unit": "F"},
  {"station": "YVR", "value": 14.5, "unit": "C"},
  {"station": "SFO", "value": 22, "unit": "mph"},
  {"station": "LAX", "value": 31, "unit": "km/h"}
]`

func main() {
	var ms []Measurement
	if err := json.Unmarshal([]byte(payload), &ms); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	for _, m := range ms {
		v, u := m.Normalized()
		fmt.Printf("%-4s %6.1f %-10v -> %6.2f %s\n", m.Station, m.Value, m.Unit, v, u)
	}

	bad := []string{
		`{"station": "XXX", "value": 1, "unit": "knots"}`,
		`{"station": "YYY", "value": 1, "unit": 7}`,
		`{"station": "ZZZ", "value": "warm", "unit": "C"}`,
	}
	for _, b := range bad {
		var m Measurement
		err := json.Unmarshal([]byte(b), &m)
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &typeErr):
			fmt.Printf("type error: field=%s want=%v\n", typeErr.Field, typeErr.Type)
		case err != nil:
			fmt.Println("error:", err)
		}
	}

	dec := json.NewDecoder(strings.NewReader(`{"station":"AKL","value":18,"unit":"C","extra":true}`))
	dec.DisallowUnknownFields()
	var m Measurement
	err := dec.Decode(&m)
	fmt.Printf("strict decode: %v (partial %+v)\n", err, m)
}
