package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Active
	Closed
)

var statusNames = []string{"pending", "active", "closed"}

func (s Status) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(statusNames) {
		return nil, fmt.Errorf("invalid status %d", int(s))
	}
	return []byte(statusNames[s]), nil
}

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return errors.New("unknown status " + strconv.Quote(string(b)))
}

// Money is stored in cents but travels as a decimal string.
type Money struct{ Cents int64 }

func (m Money) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%d.%02d", m.Cents/100, m.Cents%100))
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return err
	}
	f, _ := strconv.ParseInt((frac + "00")[:2], 10, 64)
	m.Cents = w*100 + f
	return nil
}

// PtrOnly has a pointer-receiver marshaler, used only for addressable values.
type PtrOnly struct{ N int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) { return []byte(`"custom"`), nil }

type Order struct {
	ID     int             `json:"id"`
	Status Status          `json:"status"`
	Total  Money           `json:"total"`
	ByStat map[Status]int  `json:"by_status,omitempty"`
	Raw    json.RawMessage `json:"raw,omitempty"`
	Tag    PtrOnly         `json:"tag"`
}

type Secret string

func (Secret) MarshalJSON() ([]byte, error) { return nil, errors.New("refusing to serialize") }

func main() {
	o := Order{ID: 1, Status: Active, Total: Money{1999},
		ByStat: map[Status]int{Closed: 2, Pending: 5}, Raw: json.RawMessage(`{"a":[1,2]}`)}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)

	b, _ = json.Marshal(&o)
	fmt.Println("via pointer:", string(b))

	var back Order
	err = json.Unmarshal([]byte(`{"id":2,"status":"closed","total":"5.5","by_status":{"active":3},"raw":[true, null]}`), &back)
	fmt.Printf("%+v err=%v\n", back, err)
	fmt.Println("raw kept verbatim:", string(back.Raw))

	err = json.Unmarshal([]byte(`{"status":"lost"}`), &back)
	fmt.Println("bad status:", err)

	_, err = json.Marshal(Order{Status: Status(9)})
	fmt.Println("marshal invalid:", err)

	_, err = json.Marshal(map[string]any{"s": Secret("pw")})
	fmt.Println("marshaler error:", err)
	var me *json.MarshalerError
	fmt.Println("is MarshalerError:", errors.As(err, &me))

	list := []Money{{5}, {100}, {12345}}
	b, _ = json.Marshal(list)
	fmt.Println(string(b))

	var statuses []Status
	err = json.Unmarshal([]byte(`["active","pending","closed"]`), &statuses)
	fmt.Println(statuses, err)
	txt, _ := json.Marshal(statuses)
	fmt.Println(string(txt))

	var anyVal any
	_ = json.Unmarshal([]byte(`{"big": 12345678901234567890}`), &anyVal)
	fmt.Println(anyVal)
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890} {"big": 1}`))
	dec.UseNumber()
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("%v %T\n", m["big"], m["big"])
	}
}
