package main

import (
	"fmt"
	"slices"
)

type Meter struct {
	Machine  string
	Readings []int
}

func (m Meter) Range() (lo, hi int) {
	if len(m.Readings) == 0 {
		return 0, 0
	}
	lo, hi = m.Readings[0], m.Readings[0]
	for _, r := range m.Readings[1:] {
		lo = min(lo, r)
		hi = max(hi, r)
	}
	return lo, hi
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

func main() {
	meters := []Meter{
		{"Hammer Strike", []int{420, 980, 150, 1001, 760}},
		{"Punch Bag", []int{88, 120, 99}},
		{"Broken Meter", nil},
	}
	for _, m := range meters {
		lo, hi := m.Range()
		fmt.Printf("%-14s lo=%4d hi=%4d\n", m.Machine, lo, hi)
	}

	for _, v := range []int{-20, 500, 1500} {
		fmt.Printf("clamp(%d) = %d\n", v, clamp(v, 0, 999))
	}

	fmt.Println("max of floats:", max(2.5, 1.0, 7.25))
	fmt.Println("min of strings:", min("pong", "asteroids", "tempest"))

	all := slices.Concat(meters[0].Readings, meters[1].Readings)
	fmt.Println("slices.Max:", slices.Max(all), "slices.Min:", slices.Min(all))
	fmt.Println("index of 1001:", slices.Index(all, 1001))
	fmt.Println("contains 99:", slices.Contains(all, 99))

	credits := map[string]int{"P1": 3, "P2": 5}
	fmt.Println("credits before clear:", len(credits))
	clear(credits)
	fmt.Println("credits after clear:", len(credits), credits)

	lights := []bool{true, true, false, true}
	clear(lights)
	fmt.Println("lights after clear:", lights, len(lights))

	buf := make([]int, 0, 8)
	buf = append(buf, all[:3]...)
	fmt.Printf("buf=%v len=%d cap=%d\n", buf, len(buf), cap(buf))
	buf = slices.Grow(buf, 10)
	fmt.Println("grown cap at least 13:", cap(buf) >= 13)
	buf = slices.Compact(slices.Sorted(slices.Values([]int{3, 1, 3, 2, 1})))
	fmt.Println("unique sorted:", buf)
}
