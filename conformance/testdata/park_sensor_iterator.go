package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Reading struct {
	Sensor string
	Level  int
	Cm     int // distance from ceiling sensor to nearest object
}

func (r Reading) Occupied() bool { return r.Cm < 150 }

// Readings yields the raw readings one at a time.
func Readings(data []Reading) iter.Seq[Reading] {
	return func(yield func(Reading) bool) {
		for _, r := range data {
			if !yield(r) {
				return
			}
		}
	}
}

// Filter keeps only readings that satisfy keep.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Enumerate pairs each value with a running index.
func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	data := []Reading{
		{"L1-S01", 1, 40}, {"L1-S02", 1, 260}, {"L1-S03", 1, 95},
		{"L2-S01", 2, 300}, {"L2-S02", 2, 120}, {"L2-S03", 2, 280},
		{"L3-S01", 3, 310}, {"L3-S02", 3, 305}, {"L3-S03", 3, 60},
	}

	fmt.Println("occupied spots:")
	for i, r := range Enumerate(Filter(Readings(data), Reading.Occupied)) {
		fmt.Printf("  %d. %s (level %d, %dcm)\n", i+1, r.Sensor, r.Level, r.Cm)
	}

	free := Filter(Readings(data), func(r Reading) bool { return !r.Occupied() })
	fmt.Println("first two free spots:")
	n := 0
	for r := range free {
		fmt.Println("  ", r.Sensor)
		n++
		if n == 2 {
			break
		}
	}

	level2 := Filter(Readings(data), func(r Reading) bool { return r.Level == 2 })
	names := []string{}
	for r := range level2 {
		names = append(names, strings.ToLower(r.Sensor))
	}
	fmt.Println("level 2 sensors:", strings.Join(names, ", "))

	cms := slices.Collect(func(yield func(int) bool) {
		for r := range Readings(data) {
			if !yield(r.Cm) {
				return
			}
		}
	})
	slices.Sort(cms)
	fmt.Println("sorted distances:", cms)

	for i, v := range slices.Backward(cms[:3]) {
		fmt.Printf("closest[%d] = %d\n", i, v)
	}
	for k, v := range slices.All([]string{"entry", "exit"}) {
		fmt.Println("lane", k, v)
	}
}
