package main

import (
	"fmt"
	"strings"
)

type Event interface {
	Ward() string
}

type Admission struct {
	Patient string
	WardID  string
}

type Discharge struct {
	Patient string
	WardID  string
	Days    int
}

type Transfer struct {
	Patient  string
	From, To string
}

type CodeBlue struct {
	Room int
}

func (a Admission) Ward() string { return a.WardID }
func (d Discharge) Ward() string { return d.WardID }
func (t Transfer) Ward() string  { return t.To }
func (c *CodeBlue) Ward() string { return fmt.Sprintf("room-%d", c.Room) }

func (d Discharge) String() string {
	return fmt.Sprintf("%s home after %d day(s)", d.Patient, d.Days)
}

func describe(e Event) string {
	switch v := e.(type) {
	case Admission:
		return "ADMIT    " + v.Patient + " -> " + v.WardID
	case Discharge:
		return "DISCHARGE " + v.String()
	case Transfer:
		return fmt.Sprintf("TRANSFER %s: %s => %s", v.Patient, v.From, v.To)
	case *CodeBlue:
		return "CODE BLUE " + strings.ToUpper(v.Ward())
	case nil:
		return "nil event"
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

type otherEvent struct{}

func (otherEvent) Ward() string { return "?" }

func main() {
	events := []Event{
		Admission{"Reyes", "ortho"},
		Transfer{"Reyes", "ortho", "icu"},
		&CodeBlue{Room: 412},
		Discharge{"Walsh", "cardio", 4},
		otherEvent{},
		nil,
	}

	perWard := map[string]int{}
	for i, e := range events {
		fmt.Printf("%d %s\n", i, describe(e))
		if e != nil {
			perWard[e.Ward()]++
		}
	}

	for _, e := range events {
		if s, ok := e.(fmt.Stringer); ok {
			fmt.Println("stringer found:", s)
		}
	}

	var e Event = Admission{"Ng", "neuro"}
	if a, ok := e.(Admission); ok {
		fmt.Printf("%+v\n", a)
	}
	_, isTransfer := e.(Transfer)
	fmt.Println("is transfer:", isTransfer)
	fmt.Printf("types: %T %T\n", events[0], events[2])
	fmt.Println("icu events:", perWard["icu"], "ortho events:", perWard["ortho"])
}
