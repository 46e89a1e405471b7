package main

import (
	"fmt"
	"iter"
	"strings"
)

type Reading struct {
	Day      int
	TempC    float64
	RainMM   float64
	WindKmh  int
	Overcast bool
}

type WeatherLog struct {
	readings []Reading
}

// All yields each reading in order.
func (w *WeatherLog) All() iter.Seq[Reading] {
	return func(yield func(Reading) bool) {
		for _, r := range w.readings {
			if !yield(r) {
				return
			}
		}
	}
}

// Indexed yields the day number along with the reading.
func (w *WeatherLog) Indexed() iter.Seq2[int, Reading] {
	return func(yield func(int, Reading) bool) {
		for i, r := range w.readings {
			if !yield(i, r) {
				return
			}
		}
	}
}

func Where[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	log := &WeatherLog{readings: []Reading{
		{1, 18.2, 0, 12, false},
		{2, 16.9, 4.5, 20, true},
		{3, 21.4, 0, 8, false},
		{4, 14.0, 12.1, 35, true},
		{5, 15.5, 2.0, 18, true},
		{6, 23.8, 0, 5, false},
		{7, 19.1, 0.5, 10, true},
	}}

	fmt.Println("day  temp  rain  wind")
	for i, r := range log.Indexed() {
		bar := strings.Repeat("#", int(r.RainMM))
		line := fmt.Sprintf("%3d %5.1f %5.1f %5d %s", i+1, r.TempC, r.RainMM, r.WindKmh, bar)
		fmt.Println(strings.TrimRight(line, " "))
	}

	wet := Where(log.All(), func(r Reading) bool { return r.RainMM > 1 })
	fmt.Print("wet days:")
	for r := range wet {
		fmt.Printf(" %d", r.Day)
	}
	fmt.Println()

	warm := Take(Where(log.All(), func(r Reading) bool { return r.TempC > 18 }), 2)
	for r := range warm {
		fmt.Printf("first warm days: day %d at %.1f C\n", r.Day, r.TempC)
	}

	total := 0.0
	for r := range log.All() {
		if r.WindKmh > 30 {
			fmt.Printf("stopping at storm on day %d\n", r.Day)
			break
		}
		total += r.RainMM
	}
	fmt.Printf("rain before the storm: %.1f mm\n", total)
}
