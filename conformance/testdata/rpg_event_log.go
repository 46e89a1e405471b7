// A combat event log processed with generic iterator helpers and a type switch.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Event interface{ Turn() int }

type base struct{ T int }

func (b base) Turn() int { return b.T }

type Hit struct {
	base
	Src, Dst string
	Dmg      int
	Crit     bool
}

type Heal struct {
	base
	Who    string
	Amount int
}

type Death struct {
	base
	Who string
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Describe(e Event) string {
	switch e := e.(type) {
	case Hit:
		s := fmt.Sprintf("%s hits %s for %d", e.Src, e.Dst, e.Dmg)
		if e.Crit {
			s += " (critical!)"
		}
		return s
	case Heal:
		return fmt.Sprintf("%s recovers %d", e.Who, e.Amount)
	case Death:
		return fmt.Sprintf("%s falls", e.Who)
	default:
		return fmt.Sprintf("unknown %T", e)
	}
}

func main() {
	log := []Event{
		Hit{base{1}, "Vex", "Ogre", 7, false},
		Hit{base{1}, "Ogre", "Vex", 11, false},
		Heal{base{2}, "Vex", 6},
		Hit{base{2}, "Nim", "Ogre", 14, true},
		Hit{base{2}, "Ogre", "Nim", 9, false},
		Hit{base{3}, "Vex", "Ogre", 8, false},
		Hit{base{3}, "Nim", "Ogre", 5, false},
		Death{base{3}, "Ogre"},
		Heal{base{4}, "Nim", 9},
	}
	for _, e := range log {
		fmt.Printf("[turn %d] %-33s %T\n", e.Turn(), Describe(e), e)
	}

	hits := Map(Filter(slices.Values(log), func(e Event) bool { _, ok := e.(Hit); return ok }),
		func(e Event) Hit { return e.(Hit) })
	dealt := map[string]int{}
	taken := map[string]int{}
	var crits []string
	for h := range hits {
		dealt[h.Src] += h.Dmg
		taken[h.Dst] += h.Dmg
		if h.Crit {
			crits = append(crits, h.Src)
		}
	}
	fmt.Println("damage dealt:", dealt)
	fmt.Println("damage taken:", taken)
	fmt.Printf("crits by: %q\n", crits)

	var b strings.Builder
	for t := range 5 {
		turn := t + 1
		n := 0
		for range Filter(slices.Values(log), func(e Event) bool { return e.Turn() == turn }) {
			n++
		}
		fmt.Fprintf(&b, "t%d:%d ", turn, n)
	}
	fmt.Println("events per turn:", strings.TrimSpace(b.String()))
	first := slices.IndexFunc(log, func(e Event) bool { _, ok := e.(Death); return ok })
	fmt.Printf("first death at index %d: %+v\n", first, log[first])
}
