package main

import (
	"container/ring"
	"fmt"
	"strings"
)

func ringValues(r *ring.Ring) []any {
	var vals []any
	r.Do(func(v any) {
		vals = append(vals, v)
	})
	return vals
}

func main() {
	r := ring.New(5)
	fmt.Println("len:", r.Len())
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	fmt.Println("values:", ringValues(r))

	r = r.Move(2)
	fmt.Println("after Move(2):", ringValues(r))
	fmt.Println("prev value:", r.Prev().Value, "next value:", r.Next().Value)

	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum:", sum)

	removed := r.Unlink(2)
	fmt.Println("unlinked:", ringValues(removed), "remaining:", ringValues(r))

	extra := ring.New(2)
	extra.Value = "a"
	extra.Next().Value = "b"
	r.Link(extra)
	fmt.Println("after link:", ringValues(r), "len", r.Len())

	// A ring as a fixed-size history buffer: keep the last 3 commands.
	history := ring.New(3)
	for _, cmd := range strings.Fields("ls cd pwd make test") {
		history.Value = cmd
		history = history.Next()
	}
	var recent []string
	history.Do(func(v any) {
		if v != nil {
			recent = append(recent, v.(string))
		}
	})
	fmt.Println("recent commands:", recent)

	// Round-robin over players.
	players := ring.New(3)
	for _, name := range []string{"ann", "ben", "cat"} {
		players.Value = name
		players = players.Next()
	}
	var turns []string
	for range 7 {
		turns = append(turns, players.Value.(string))
		players = players.Next()
	}
	fmt.Println("turns:", strings.Join(turns, " -> "))

	var single ring.Ring
	fmt.Println("zero ring len:", single.Len(), single.Value)
}
