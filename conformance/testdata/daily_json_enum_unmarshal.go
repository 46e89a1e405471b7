package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

var priorityNames = map[string]Priority{"low": Low, "medium": Medium, "high": High}

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

func (p *Priority) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("priority must be a string: %w", err)
	}
	v, ok := priorityNames[strings.ToLower(s)]
	if !ok {
		return fmt.Errorf("unknown priority %q", s)
	}
	*p = v
	return nil
}

func (p Priority) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.String())
}

type Ticket struct {
	ID       int      `json:"id"`
	Title    string   `json:"title"`
	Priority Priority `json:"priority"`
	Tags     []string `json:"tags,omitempty"`
}

func (t Ticket) Validate() error {
	var errs []error
	if t.ID <= 0 {
		errs = append(errs, errors.New("id must be positive"))
	}
	if strings.TrimSpace(t.Title) == "" {
		errs = append(errs, errors.New("title is required"))
	}
	return errors.Join(errs...)
}

func main() {
	inputs := []string{
		`{"id": 1, "title": "Fix login", "priority": "HIGH", "tags": ["auth"]}`,
		`{"id": 2, "title": "Update docs", "priority": "low"}`,
		`{"id": 3, "title": "Refactor", "priority": "urgent"}`,
		`{"id": 0, "title": "  ", "priority": "medium"}`,
		`{"id": 4, "title": "Numbers", "priority": 3}`,
	}
	for i, in := range inputs {
		var t Ticket
		if err := json.Unmarshal([]byte(in), &t); err != nil {
			fmt.Printf("#%d decode error: %v\n", i, err)
			continue
		}
		if err := t.Validate(); err != nil {
			fmt.Printf("#%d invalid: %s\n", i, strings.ReplaceAll(err.Error(), "\n", "; "))
			continue
		}
		out, _ := json.Marshal(t)
		fmt.Printf("#%d ok: %+v -> %s\n", i, t, out)
	}
}
