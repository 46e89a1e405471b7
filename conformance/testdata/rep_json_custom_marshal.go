package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

var priorityNames = []string{"low", "normal", "high", "urgent"}

func (p Priority) String() string { return priorityNames[p] }

func (p Priority) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.String())
}

func (p *Priority) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range priorityNames {
		if strings.EqualFold(n, s) {
			*p = Priority(i)
			return nil
		}
	}
	return fmt.Errorf("unknown priority %q", s)
}

// Duration serializes as a human readable string like "1h30m0s".
type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Ticket struct {
	ID        int           `json:"id"`
	Title     string        `json:"title"`
	Priority  Priority      `json:"priority"`
	Estimate  Duration      `json:"estimate"`
	RawBudget time.Duration `json:"raw_budget_ns"`
	Opened    time.Time     `json:"opened"`
	Assignee  string        `json:"assignee,omitempty"`
}

func main() {
	opened := time.Date(2024, time.March, 4, 9, 15, 0, 0, time.UTC)
	tickets := []Ticket{
		{1, "Fix invoice rounding", High, Duration{90 * time.Minute}, 2 * time.Hour, opened, "dana"},
		{2, "Quarterly VAT export", Urgent, Duration{4 * time.Hour}, 6 * time.Hour, opened.Add(26 * time.Hour), ""},
	}
	out, err := json.MarshalIndent(tickets, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	in := `[{"id":3,"title":"Archive 2019 ledgers","priority":"LOW","estimate":"45m","raw_budget_ns":3600000000000,"opened":"2024-03-06T14:00:00Z"},
	        {"id":4,"title":"Payroll hotfix","priority":"Normal","estimate":"2h15m","raw_budget_ns":0,"opened":"2024-03-07T08:30:00+01:00","assignee":"lee"}]`
	var decoded []Ticket
	if err := json.Unmarshal([]byte(in), &decoded); err != nil {
		panic(err)
	}
	var total time.Duration
	for _, t := range decoded {
		total += t.Estimate.Duration
		fmt.Printf("#%d %-22s %-7v est=%-8v budget=%-6v opened=%s\n",
			t.ID, t.Title, t.Priority, t.Estimate.Duration, t.RawBudget, t.Opened.UTC().Format("Mon 02 Jan 15:04 MST"))
	}
	fmt.Printf("total estimate: %v (%.2f hours)\n", total, total.Hours())

	for _, bad := range []string{
		`{"id":5,"priority":"critical"}`,
		`{"id":6,"estimate":"ten minutes"}`,
	} {
		var t Ticket
		err := json.Unmarshal([]byte(bad), &t)
		fmt.Println("error:", err)
		var syn *json.SyntaxError
		fmt.Println("  is syntax error:", errors.As(err, &syn))
	}
}
