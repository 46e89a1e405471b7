package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface{ Kind() string }

type Click struct{ X, Y int }
type KeyPress struct {
	Key   rune
	Shift bool
}
type Scroll struct{ Delta int }
type Resize struct{ W, H int }
type Quit struct{ Reason string }

func (Click) Kind() string    { return "mouse" }
func (KeyPress) Kind() string { return "keyboard" }
func (Scroll) Kind() string   { return "mouse" }
func (*Resize) Kind() string  { return "window" }
func (Quit) Kind() string     { return "system" }

// Prioritized is optionally implemented by some events.
type Prioritized interface{ Priority() int }

func (Quit) Priority() int    { return 10 }
func (*Resize) Priority() int { return 5 }
func (k KeyPress) Priority() int {
	if k.Key == 27 {
		return 8
	}
	return 1
}

func handle(e Event) string {
	switch ev := e.(type) {
	case nil:
		return "nil event ignored"
	case Click:
		return fmt.Sprintf("click at (%d,%d)", ev.X, ev.Y)
	case KeyPress:
		if ev.Key == 27 {
			return "key ESC"
		}
		k := string(ev.Key)
		if ev.Shift {
			k = strings.ToUpper(k)
		}
		return "key " + k
	case Scroll, *Resize:
		return fmt.Sprintf("layout change %T (%s)", ev, ev.Kind())
	default:
		return fmt.Sprintf("unhandled %T", ev)
	}
}

func classify(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return fmt.Sprintf("string of len %d", len(x))
	case []int:
		return fmt.Sprintf("int slice sum-able, len %d", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Event:
		return "event of kind " + x.Kind()
	}
	return fmt.Sprintf("unknown %T", v)
}

type Name string

func (n Name) String() string { return "name<" + string(n) + ">" }

func main() {
	events := []Event{
		Click{10, 20}, KeyPress{'a', true}, Scroll{-3}, &Resize{800, 600},
		nil, Quit{"user"}, KeyPress{27, false}, Click{0, 0},
	}
	for i, e := range events {
		fmt.Printf("%d: %s\n", i, handle(e))
	}

	var urgent []Event
	for _, e := range events {
		if p, ok := e.(Prioritized); ok && p.Priority() >= 5 {
			urgent = append(urgent, e)
		}
	}
	sort.SliceStable(urgent, func(i, j int) bool {
		return urgent[i].(Prioritized).Priority() > urgent[j].(Prioritized).Priority()
	})
	for _, e := range urgent {
		fmt.Printf("urgent %T priority %d\n", e, e.(Prioritized).Priority())
	}

	if _, ok := any(events[3]).(Resize); !ok {
		fmt.Println("*Resize stored, so asserting Resize value fails")
	}
	c := events[0].(Click)
	fmt.Println("clicked x =", c.X)

	values := []any{42, int64(7), "hello", []int{1, 2}, errors.New("boom"), Name("ann"), Scroll{1}, 3.5}
	for _, v := range values {
		fmt.Println(classify(v))
	}
}
