package main

import (
	"errors"
	"fmt"
	"strings"
)

type Derailment struct {
	Train string
	Km    float64
}

func (d Derailment) Error() string {
	return fmt.Sprintf("derailment of %s at km %.1f", d.Train, d.Km)
}

type Consist struct {
	coaches []string
}

// Detach removes the coach at position i; it panics on a bad index.
func (c *Consist) Detach(i int) string {
	coach := c.coaches[i]
	c.coaches = append(c.coaches[:i], c.coaches[i+1:]...)
	return coach
}

// safely turns any panic in f into an error.
func safely(label string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s: %w", label, v)
			case string:
				err = fmt.Errorf("%s: %s", label, v)
			default:
				err = fmt.Errorf("%s: unexpected %v", label, v)
			}
		}
	}()
	f()
	return nil
}

func runShunt(log *[]string) {
	defer func() { *log = append(*log, "shunter returns to cabin") }()
	defer func() { *log = append(*log, "handbrakes applied") }()
	*log = append(*log, "shunting started")
	panic(Derailment{Train: "6M45", Km: 12.4})
}

func main() {
	c := &Consist{coaches: []string{"DVT", "TF", "TS", "TS", "RFM", "TS"}}

	err := safely("detach 4", func() { fmt.Println("detached:", c.Detach(4)) })
	fmt.Println("err:", err, "| coaches now", c.coaches)

	err = safely("detach 9", func() { c.Detach(9) })
	fmt.Println("err:", err)

	var log []string
	err = safely("yard move", func() { runShunt(&log) })
	fmt.Println("err:", err)
	fmt.Println("log:", strings.Join(log, " -> "))

	var d Derailment
	if errors.As(err, &d) {
		fmt.Printf("recovered derailment: train=%s km=%.1f\n", d.Train, d.Km)
	}

	err = safely("points", func() { panic("points failed to detect") })
	fmt.Println("err:", err)

	err = safely("counter", func() { panic(42) })
	fmt.Println("err:", err)

	err = safely("nil map", func() {
		var platforms map[string]int
		platforms["1"] = 3
	})
	fmt.Println("err:", err)

	for i := 3; i >= 1; i-- {
		defer fmt.Println("deferred departure countdown", i)
	}
	fmt.Println("main finished normally")
}
