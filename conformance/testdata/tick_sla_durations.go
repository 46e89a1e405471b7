package main

import (
	"fmt"
	"time"
)

type Priority int

const (
	P1 Priority = iota + 1
	P2
	P3
	P4
)

var slaTarget = map[Priority]time.Duration{
	P1: 4 * time.Hour,
	P2: 24 * time.Hour,
	P3: 3 * 24 * time.Hour,
	P4: 10 * 24 * time.Hour,
}

type Ticket struct {
	ID        string
	Priority  Priority
	Opened    time.Time
	Responded time.Time
}

func (t Ticket) ResponseTime() time.Duration {
	return t.Responded.Sub(t.Opened)
}

func humanize(d time.Duration) string {
	days := int(d.Hours()) / 24
	rest := d - time.Duration(days)*24*time.Hour
	if days > 0 {
		return fmt.Sprintf("%dd %s", days, rest.Round(time.Minute))
	}
	return d.Round(time.Minute).String()
}

func main() {
	base := time.Date(2024, time.March, 4, 9, 0, 0, 0, time.UTC)
	tickets := []Ticket{
		{"INC-1", P1, base, base.Add(3*time.Hour + 12*time.Minute)},
		{"INC-2", P1, base.Add(time.Hour), base.Add(6*time.Hour + 30*time.Minute)},
		{"REQ-3", P2, base, base.Add(20 * time.Hour)},
		{"REQ-4", P3, base, base.Add(80*time.Hour + 45*time.Second)},
		{"REQ-5", P4, base, base.Add(50 * time.Hour)},
	}

	var total time.Duration
	breaches := 0
	for _, t := range tickets {
		rt := t.ResponseTime()
		target := slaTarget[t.Priority]
		total += rt
		status := "met"
		if rt > target {
			status = "BREACHED by " + (rt - target).String()
			breaches++
		}
		fmt.Printf("%s P%d response=%-14v target=%-10v %s\n", t.ID, t.Priority, rt, target, status)
	}

	avg := total / time.Duration(len(tickets))
	fmt.Println("average response:", avg.Truncate(time.Second))
	fmt.Println("average humanized:", humanize(avg))
	fmt.Printf("breaches: %d of %d\n", breaches, len(tickets))
	fmt.Printf("P1 target in minutes: %.0f\n", slaTarget[P1].Minutes())

	d, err := time.ParseDuration("1h30m15s")
	fmt.Println("parsed:", d, "seconds:", d.Seconds(), "err:", err)
	_, err = time.ParseDuration("two hours")
	fmt.Println("bad parse:", err)
	fmt.Println("deadline for INC-1:", base.Add(slaTarget[P1]).Format(time.RFC3339))
}
