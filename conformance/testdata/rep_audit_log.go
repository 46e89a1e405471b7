package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// A newline-delimited JSON audit trail as exported by the billing system.
const trail = `{"seq":1,"at":"2024-09-02T08:00:00Z","user":"amy","action":"invoice.create","target":"INV-501","amount":1200.00}
{"seq":2,"at":"2024-09-02T08:05:30Z","user":"amy","action":"invoice.send","target":"INV-501"}
{"seq":3,"at":"2024-09-02T09:12:00Z","user":"bob","action":"payment.record","target":"INV-501","amount":1200.00}
{"seq":4,"at":"2024-09-02T09:40:00Z","user":"bob","action":"invoice.create","target":"INV-502","amount":310.25}
{"seq":5,"at":"2024-09-02T09:41:00Z","user":"amy","action":"invoice.void","target":"INV-502","reason":"duplicate"}
{"seq":7,"at":"2024-09-02T10:00:00Z","user":"cal","action":"payment.refund","target":"INV-501","amount":200.00}
{"seq":8,"at":"2024-09-02T09:59:00Z","user":"cal","action":"invoice.create","target":"INV-503","amount":75.50}
`

type Event struct {
	Seq    int       `json:"seq"`
	At     time.Time `json:"at"`
	User   string    `json:"user"`
	Action string    `json:"action"`
	Target string    `json:"target"`
	Amount float64   `json:"amount,omitempty"`
	Reason string    `json:"reason,omitempty"`
}

type IntegrityError struct {
	Seq    int
	Reason string
}

func (e *IntegrityError) Error() string {
	return fmt.Sprintf("audit integrity violation at seq %d: %s", e.Seq, e.Reason)
}

type Checker struct {
	last     Event
	balances map[string]float64
	issues   []error
}

func (c *Checker) Observe(e Event) {
	if c.last.Seq != 0 {
		if e.Seq != c.last.Seq+1 {
			c.issues = append(c.issues, &IntegrityError{e.Seq, fmt.Sprintf("gap after seq %d", c.last.Seq)})
		}
		if e.At.Before(c.last.At) {
			c.issues = append(c.issues, &IntegrityError{e.Seq, fmt.Sprintf("timestamp goes back %v", c.last.At.Sub(e.At))})
		}
	}
	switch verb := e.Action[strings.IndexByte(e.Action, '.')+1:]; verb {
	case "create":
		c.balances[e.Target] += e.Amount
	case "record":
		c.balances[e.Target] -= e.Amount
	case "refund":
		c.balances[e.Target] += e.Amount
	case "void":
		c.balances[e.Target] = 0
	}
	c.last = e
}

func main() {
	dec := json.NewDecoder(strings.NewReader(trail))
	dec.DisallowUnknownFields()
	c := &Checker{balances: map[string]float64{}}
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(err)
		}
		extra := ""
		if e.Amount != 0 {
			extra = fmt.Sprintf(" %.2f", e.Amount)
		}
		if e.Reason != "" {
			extra += " (" + e.Reason + ")"
		}
		fmt.Printf("#%d %s %-4s %-15s %s%s\n", e.Seq, e.At.Format("15:04:05"), e.User, e.Action, e.Target, extra)
		c.Observe(e)
	}

	fmt.Println("\nOpen balances:")
	for _, inv := range []string{"INV-501", "INV-502", "INV-503"} {
		fmt.Printf("  %s %8.2f\n", inv, c.balances[inv])
	}

	if len(c.issues) == 0 {
		fmt.Println("audit trail verified")
		return
	}
	fmt.Printf("\n%d integrity issue(s) found\n", len(c.issues))
	for _, err := range c.issues {
		fmt.Println(" -", err)
	}
	var ie *IntegrityError
	if errors.As(errors.Join(c.issues...), &ie) {
		// A tampered audit trail is unrecoverable for this batch job.
		panic(fmt.Errorf("aborting export: %w", ie))
	}
}
