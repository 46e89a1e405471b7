package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type LabResult struct {
	Test  string  `json:"test"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Flag  string  `json:"flag,omitempty"`
}

type Record struct {
	PatientID int         `json:"patient_id"`
	Name      string      `json:"name"`
	Allergies []string    `json:"allergies"`
	Labs      []LabResult `json:"labs"`
	Notes     *string     `json:"notes,omitempty"`
	internal  string
}

const incoming = `{
  "patient_id": 4021,
  "name": "Maya Rios",
  "allergies": ["penicillin", "latex"],
  "labs": [
    {"test": "HbA1c", "value": 7.9, "unit": "%", "flag": "H"},
    {"test": "Sodium", "value": 139, "unit": "mmol/L"}
  ],
  "ward": "ignored field"
}`

func main() {
	var r Record
	if err := json.Unmarshal([]byte(incoming), &r); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%+v\n", r.Labs)
	fmt.Println("patient:", r.PatientID, r.Name)
	fmt.Println("allergies:", strings.Join(r.Allergies, ", "))
	fmt.Println("notes is nil:", r.Notes == nil)

	note := "fasting sample"
	r.Notes = &note
	r.internal = "not exported"
	r.Labs = append(r.Labs, LabResult{Test: "Potassium", Value: 5.8, Unit: "mmol/L", Flag: "H"})

	out, err := json.Marshal(r)
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r.Labs[2]); err != nil {
		fmt.Println(err)
	}

	var generic map[string]any
	_ = json.Unmarshal([]byte(incoming), &generic)
	fmt.Printf("patient_id decoded as %T\n", generic["patient_id"])
	fmt.Printf("labs decoded as %T with %d items\n", generic["labs"], len(generic["labs"].([]any)))

	bad := `{"patient_id": "not-a-number"}`
	var r2 Record
	err = json.Unmarshal([]byte(bad), &r2)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error: field=%s value=%s\n", typeErr.Field, typeErr.Value)
	}
}
