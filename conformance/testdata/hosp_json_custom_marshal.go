package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Waiting Status = iota
	InTreatment
	Discharged
)

var statusNames = []string{"waiting", "in_treatment", "discharged"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Minutes time.Duration

func (m Minutes) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(m).String())
}

func (m *Minutes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*m = Minutes(d)
	return nil
}

type Visit struct {
	Patient string         `json:"patient"`
	Status  Status         `json:"status"`
	Wait    Minutes        `json:"wait"`
	Tags    map[Status]int `json:"tags,omitempty"`
}

func main() {
	visits := []Visit{
		{"Zhang", Waiting, Minutes(45 * time.Minute), nil},
		{"Yilmaz", InTreatment, Minutes(90 * time.Minute), map[Status]int{Discharged: 1, Waiting: 2}},
	}
	b, err := json.MarshalIndent(visits, "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))

	in := `[{"patient":"Xu","status":"discharged","wait":"1h5m"},
	        {"patient":"Vega","status":"in_treatment","wait":"12m30s"}]`
	var decoded []Visit
	if err := json.Unmarshal([]byte(in), &decoded); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, v := range decoded {
		fmt.Printf("%-5s %-13v waited %v\n", v.Patient, v.Status, time.Duration(v.Wait))
	}

	bad := `{"patient":"Ude","status":"lost","wait":"5m"}`
	var v Visit
	err = json.Unmarshal([]byte(bad), &v)
	fmt.Println("bad status:", err)

	dec := json.NewDecoder(strings.NewReader(`{"patient":"Roe","extra":true}`))
	dec.DisallowUnknownFields()
	fmt.Println("strict decode:", dec.Decode(&v))
}
