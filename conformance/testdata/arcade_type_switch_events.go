package main

import (
	"fmt"
	"strings"
)

type Event interface {
	Machine() string
}

type CoinInserted struct {
	Where string
	Cents int
}

type GameOver struct {
	Where    string
	Initials string
	Score    int
}

type Tilt struct {
	Where string
}

type Maintenance struct {
	Where  string
	Reason string
}

func (e CoinInserted) Machine() string { return e.Where }
func (e GameOver) Machine() string     { return e.Where }
func (e Tilt) Machine() string         { return e.Where }
func (e *Maintenance) Machine() string { return e.Where }

func (e Tilt) String() string { return "TILT! at " + e.Where }

func describe(e Event) string {
	switch ev := e.(type) {
	case CoinInserted:
		return fmt.Sprintf("coin %d¢ into %s", ev.Cents, ev.Where)
	case GameOver:
		return fmt.Sprintf("%s finished %s with %d", ev.Initials, ev.Where, ev.Score)
	case fmt.Stringer:
		return ev.String()
	case *Maintenance:
		return fmt.Sprintf("%s down: %s", ev.Where, strings.ToLower(ev.Reason))
	case nil:
		return "no event"
	default:
		return fmt.Sprintf("unknown %T", ev)
	}
}

func classify(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return fmt.Sprintf("string of length %d", len(x))
	case []Event:
		return fmt.Sprintf("batch of %d events", len(x))
	case error:
		return "error: " + x.Error()
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	events := []Event{
		CoinInserted{"Road Rash", 25},
		GameOver{"Road Rash", "VEX", 18250},
		Tilt{"Jungle Pinball"},
		&Maintenance{"Claw Crane", "GRIPPER STUCK"},
		nil,
	}
	revenue := 0
	for i, e := range events {
		fmt.Printf("%d: %s\n", i, describe(e))
		if c, ok := e.(CoinInserted); ok {
			revenue += c.Cents
		}
	}
	fmt.Println("revenue cents:", revenue)

	for _, v := range []any{7, int64(9), "tokens", events[:2], fmt.Errorf("jam"), 3.5} {
		fmt.Println(classify(v))
	}
}
