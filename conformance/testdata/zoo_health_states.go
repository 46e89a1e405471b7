package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Status int

const (
	Healthy Status = iota
	Observation
	Treatment
	Recovery
)

var statusNames = [...]string{"healthy", "observation", "treatment", "recovery"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

type Event string

var ErrBadTransition = errors.New("invalid transition")

type Patient struct {
	Name    string   `json:"name"`
	Status  Status   `json:"status"`
	History []string `json:"history"`
}

func (p *Patient) Apply(e Event) error {
	from := p.Status
	switch {
	case from == Healthy && e == "symptom":
		p.Status = Observation
	case from == Observation && e == "diagnosed":
		p.Status = Treatment
	case from == Observation && e == "cleared":
		p.Status = Healthy
	case from == Treatment && e == "improving":
		p.Status = Recovery
	case from == Recovery && e == "relapse":
		p.Status = Treatment
	case from == Recovery && e == "discharged":
		p.Status = Healthy
	default:
		return fmt.Errorf("%s: %q while %v: %w", p.Name, e, from, ErrBadTransition)
	}
	p.History = append(p.History, fmt.Sprintf("%v->%v", from, p.Status))
	return nil
}

func main() {
	p := &Patient{Name: "Nala"}
	events := []Event{"symptom", "diagnosed", "improving", "relapse", "improving", "discharged", "discharged"}
	for _, e := range events {
		if err := p.Apply(e); err != nil {
			fmt.Println("rejected:", err)
			fmt.Println("  is bad transition:", errors.Is(err, ErrBadTransition))
			continue
		}
		fmt.Printf("%-11s => %v\n", e, p.Status)
	}

	out, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		fmt.Println("json error:", err)
		return
	}
	fmt.Println(string(out))

	q := Patient{Name: "Ziggy"}
	_ = q.Apply("symptom")
	_ = q.Apply("cleared")
	fmt.Printf("%s ended %v after %d steps: %v\n", q.Name, q.Status, len(q.History), q.History)
	fmt.Println("out of range status:", Status(7))
}
