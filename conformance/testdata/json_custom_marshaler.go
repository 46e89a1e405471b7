package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Active Status = iota + 1
	Disabled
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower([]string{"", "Active", "Disabled"}[s]))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "disabled":
		*s = Disabled
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

type Account struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
}

func main() {
	b, err := json.Marshal([]Account{{"a", Active}, {"b", Disabled}})
	fmt.Println(string(b), err)
	var accs []Account
	err = json.Unmarshal(b, &accs)
	fmt.Println(accs, err)
	err = json.Unmarshal([]byte(`{"status":"gone"}`), &accs[0])
	fmt.Println(err)
}
