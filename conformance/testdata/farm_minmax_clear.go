package main

import (
	"fmt"
	"slices"
)

type DayLog struct {
	Day     int
	HighC   int
	LowC    int
	MilkL   int
	Visitor []string
}

func main() {
	week := []DayLog{
		{1, 19, 8, 410, []string{"vet"}},
		{2, 22, 11, 398, nil},
		{3, 17, 6, 425, []string{"feed truck", "inspector"}},
		{4, 25, 13, 402, nil},
		{5, 21, 9, 415, []string{"farrier"}},
	}

	hottest, coldest := week[0].HighC, week[0].LowC
	for _, d := range week[1:] {
		hottest = max(hottest, d.HighC)
		coldest = min(coldest, d.LowC)
	}
	fmt.Printf("week range: %d C to %d C\n", coldest, hottest)
	fmt.Println("biggest of literal values:", max(3, 7, 5), "smallest:", min(2.5, 1.25, 4.0))
	fmt.Println("alphabetically first crop:", min("rye", "oats", "wheat"))

	// Clamp the milking parlour's reported yield between limits.
	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	for _, v := range []int{350, 405, 470} {
		fmt.Printf("yield %d clamped to %d\n", v, clamp(v, 400, 420))
	}

	// range over an integer to print a simple bar chart.
	for i := range len(week) {
		d := week[i]
		bar := ""
		for range (d.MilkL - 390) / 5 {
			bar += "*"
		}
		fmt.Printf("day %d %4d L %s\n", d.Day, d.MilkL, bar)
	}

	visitors := map[string]int{}
	for _, d := range week {
		for _, v := range d.Visitor {
			visitors[v] = d.Day
		}
	}
	fmt.Println("visitors recorded:", len(visitors))
	clear(visitors)
	fmt.Println("after clear:", len(visitors), visitors)

	readings := []int{14, 15, 13, 16}
	fmt.Println("soil temps:", readings, "len", len(readings))
	clear(readings)
	fmt.Println("after clear:", readings, "len", len(readings))

	milk := make([]int, 0, len(week))
	for _, d := range week {
		milk = append(milk, d.MilkL)
	}
	fmt.Println("max via slices.Max:", slices.Max(milk), "min via slices.Min:", slices.Min(milk))
	idx := slices.Index(milk, slices.Max(milk))
	fmt.Println("best milking day:", week[idx].Day)

	var countdown []int
	for i := range 5 {
		countdown = append(countdown, 5-i)
	}
	fmt.Println("days until market:", countdown)
}
